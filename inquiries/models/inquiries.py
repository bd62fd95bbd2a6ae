"""An inquiry from an investor or an enterprise, and the timeline of everything that happened to it."""

import base64
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .status import OPEN_STATUSES, Actor, InquiryAction, InquiryStatus, status_allows, status_targets


class InquiryKind(models.TextChoices):
    INVESTMENT = "investment", _("Investment")
    PARTNERSHIP = "partnership", _("Partnership offer")
    GENERAL = "general", _("General question")
    VISIT = "visit", _("Site visit or meeting")


def status_token_hash(token: str) -> str:
    """The stored form of a private status token: only its SHA-256 digest is kept."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_status_token() -> str:
    return secrets.token_urlsafe(32)


def new_status_token_salt() -> str:
    return secrets.token_urlsafe(16)


def status_token_from_salt(salt: str, key: str | None = None) -> str:
    """The private status token of an inquiry, derived from its stored salt and the ``SECRET_KEY``.

    Later e-mails (hand-over, request for information, reply, closing with the rating link) must link to
    the status page, but only the token's digest is stored. The token is therefore an HMAC of a random
    per-inquiry salt under the secret key: the database alone (a leaked backup) does not reveal it, and the
    portal can write it again into each e-mail. After the key changes (with the old one in
    ``SECRET_KEY_FALLBACKS``) the old token is still found; without it, ``Inquiry.status_token`` is None
    and e-mails say to use the link of the first one."""
    secret = (key or settings.SECRET_KEY).encode()
    digest = hmac.new(secret, b"inquiry-status:" + salt.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


class InquiryQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, now=None):
        """Open inquiries whose reply deadline (agency working days) has passed: the first reply, or the
        next one after a message from the sender (``reply_due_at`` is empty while no reply is owed)."""
        now = now or timezone.now()
        return self.open().filter(reply_due_at__lt=now)

    def search(self, text: str):
        """Those whose reference, sender, e-mail, organisation or message contains ``text`` (its first 100
        characters, case-insensitive)."""
        text = (text or "").strip()[:100]
        if not text:
            return self
        return self.filter(
            models.Q(reference__icontains=text)
            | models.Q(name__icontains=text)
            | models.Q(email__icontains=text)
            | models.Q(organisation__icontains=text)
            | models.Q(message__icontains=text)
        )


class Inquiry(models.Model):
    reference = models.CharField(_("reference"), max_length=32, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=InquiryKind.choices, default=InquiryKind.INVESTMENT)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254, db_index=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sector = models.ForeignKey(
        "investment.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="vi")
    consent_text_version = models.CharField(_("consent text version"), max_length=20)
    consent_at = models.DateTimeField(_("consent given at"))

    status = models.CharField(
        _("status"), max_length=20, choices=InquiryStatus.choices, default=InquiryStatus.NEW, db_index=True
    )
    agency = models.ForeignKey(
        "investment.Agency", verbose_name=_("agency"), on_delete=models.PROTECT, related_name="inquiries"
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_inquiries",
    )
    # The routing decision: which rule chose the agency and why (kept after the rule changes).
    routing_rule = models.ForeignKey(
        "inquiries.RoutingRule",
        verbose_name=_("routing rule"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    routing_explanation = models.TextField(_("routing explanation"), blank=True)

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    first_reply_at = models.DateTimeField(_("first reply"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # The reply the agency owes is due by then (its working days, ``workdays.py``): set on receipt, on a
    # hand-over and when the sender writes again; empty once answered or while waiting for the sender.
    reply_due_at = models.DateTimeField(_("reply due"), null=True, blank=True, db_index=True)

    status_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    status_token_salt = models.CharField(max_length=32, blank=True, editable=False)
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfaction"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    satisfaction_comment = models.TextField(_("satisfaction comment"), max_length=2000, blank=True)
    rated_at = models.DateTimeField(_("rated"), null=True, blank=True)

    # A client's Idempotency-Key (or the HTML form's one-time token) scoped to that client: a keyed hash, see
    # ``inquiries/idempotency.py``; and a hash of the request's content, so that the same key with another
    # request is refused instead of answered with this inquiry.
    idempotency_key = models.CharField(max_length=200, unique=True, null=True, blank=True, editable=False)
    idempotency_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    source_ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        permissions = [
            ("view_all_inquiries", _("Can see and handle the inquiries of every agency")),
            ("view_inquiry_statistics", _("Can see the statistics of every agency")),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return bool(self.is_open and self.reply_due_at and self.reply_due_at < timezone.now())

    @property
    def awaits_reply(self) -> bool:
        """The agency owes the sender a reply (shown on the status page with its expected date)."""
        return bool(self.is_open and self.reply_due_at)

    @property
    def status_token(self) -> str | None:
        """The private status token, written again for an e-mail (see ``status_token_from_salt``)."""
        if not self.status_token_salt or self.anonymised_at:
            return None
        for key in (settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", ())):
            token = status_token_from_salt(self.status_token_salt, key)
            if status_token_hash(token) == self.status_token_hash:
                return token
        return None

    # What the status table (``status.py``) lets people do now: the workspace and the status page offer
    # only these; the services check the same table again when the action comes in.

    @property
    def can_follow_up(self) -> bool:
        return self.anonymised_at is None and status_allows(self.status, InquiryAction.FOLLOW_UP, Actor.SENDER)

    @property
    def can_be_rated(self) -> bool:
        return self.satisfaction is None and status_allows(self.status, InquiryAction.RATE, Actor.SENDER)

    @property
    def can_be_handed_over(self) -> bool:
        return status_allows(self.status, InquiryAction.HAND_OVER, Actor.OFFICER)

    @property
    def can_request_information(self) -> bool:
        return self.anonymised_at is None and status_allows(self.status, InquiryAction.REQUEST_INFO, Actor.OFFICER)

    @property
    def status_choices_by_hand(self) -> list[tuple[str, str]]:
        """The statuses an officer may choose for it now, with their labels."""
        targets = status_targets(self.status, InquiryAction.SET_STATUS, Actor.OFFICER)
        return [(status.value, status.label) for status in targets]


class InquiryEvent(models.Model):
    """One line of an inquiry's timeline. Public events are shown to the sender on the status page."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        ROUTED = "routed", _("Routed")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        STATUS = "status", _("Status changed")
        OWNER = "owner", _("Owner changed")
        NOTE = "note", _("Internal note")
        REPLY = "reply", _("Reply sent")
        FOLLOW_UP = "follow_up", _("Message from the sender")
        HANDED_OVER = "handed_over", _("Handed over")
        INFO_REQUESTED = "info_requested", _("Information requested")
        RATED = "rated", _("Rated")
        ANONYMISED = "anonymised", _("Anonymised")

    PUBLIC_KINDS = (
        Kind.RECEIVED,
        Kind.ACKNOWLEDGED,
        Kind.STATUS,
        Kind.REPLY,
        Kind.FOLLOW_UP,
        Kind.HANDED_OVER,
        Kind.INFO_REQUESTED,
    )

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(_("by"), max_length=120, blank=True, help_text=_("The sender, or 'system'."))
    text = models.TextField(_("text"), blank=True)
    data = models.JSONField(default=dict, blank=True)
    is_public = models.BooleanField(_("shown to the sender"), default=False)
    created_at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    # Of a message from the sender: their address as a keyed hash (the follow-up limit per address counts it).
    source_ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    class Meta:
        verbose_name = _("inquiry event")
        verbose_name_plural = _("inquiry events")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.inquiry_id} {self.kind}"


class OfficerAbsence(models.Model):
    """An officer away between two dates: their open inquiries go to the backup officer."""

    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("officer"), on_delete=models.CASCADE, related_name="absences"
    )
    backup = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("backup officer"), on_delete=models.CASCADE, related_name="+"
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until (inclusive)"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("officer absence")
        verbose_name_plural = _("officer absences")
        ordering = ["-starts_on"]

    def __str__(self) -> str:
        return f"{self.officer} {self.starts_on}–{self.ends_on}"

    def covers(self, day) -> bool:
        return self.starts_on <= day <= self.ends_on
