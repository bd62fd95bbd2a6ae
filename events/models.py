"""Registration for the portal's events (``cms.NewsPage`` of kind "event").

Why an app of its own: a registration sends e-mail through the portal's outbox (``inquiries.outbox``) and
belongs to an agency (``investment.Agency``), and the base app ``cms``, where the event pages live, imports
no feature app. So the event page stays a plain CMS page, and an ``Event`` row here, set up in the admin
("Events"), switches registration on for it: capacity, the last day to register, the times, the organising
agency and when reminders go out.

A registration is ``confirmed`` while places are left, else ``waiting`` (first come, first served); a
cancellation frees a place and the first waiting registration is promoted at once (``services``). At most one
registration per e-mail address and event is active (not cancelled): a partial unique index, so two quick
submissions cannot both get in.

The registrant's private link carries a token derived from the row's ``secret`` with the site's key
(``registration_token``): the database alone (a backup, say) does not hold working links, and the e-mails
can always be written again with the same link.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

MAX_CAPACITY = 10_000


class Event(models.Model):
    page = models.OneToOneField(
        "cms.NewsPage",
        verbose_name=_("event page"),
        on_delete=models.CASCADE,
        related_name="registration_setup",
        limit_choices_to={"kind": "event"},
    )
    agency = models.ForeignKey(
        "investment.Agency", verbose_name=_("organising agency"), on_delete=models.PROTECT, related_name="events"
    )
    capacity = models.PositiveIntegerField(
        _("places"), validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)]
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    closes_on = models.DateField(
        _("last day to register"), null=True, blank=True, help_text=_("Empty: the day before the event.")
    )
    starts_at = models.TimeField(_("starts at"), null=True, blank=True, help_text=_("Local time, first day."))
    ends_at = models.TimeField(_("ends at"), null=True, blank=True, help_text=_("Local time, last day."))
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder (days before)"), default=2, validators=[MaxValueValidator(30)]
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("event with registration")
        verbose_name_plural = _("events with registration")
        ordering = ["-page__date"]

    def __str__(self) -> str:
        return str(self.page)

    def clean(self):
        page = getattr(self, "page", None)
        if page is not None and page.kind != "event":
            raise ValidationError({"page": _("Choose a page of kind “event”.")})
        one_day = page is not None and (not page.event_end or page.event_end == page.date)
        if self.starts_at and self.ends_at and one_day and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The event ends before it starts.")})

    @property
    def last_day_to_register(self):
        return self.closes_on or self.page.date - timedelta(days=1)

    def accepts_registrations(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.registration_open and self.page.live and today <= self.last_day_to_register


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=EventRegistration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=EventRegistration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=EventRegistration.Status.WAITING).order_by("created_at", "pk")


class EventRegistration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="vi")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, db_index=True)
    secret = models.CharField(max_length=64, editable=False, default="")
    consent_text_version = models.CharField(_("consent text version"), max_length=20)
    source_ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("place confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="cancelled"),
                name="events_one_active_registration_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        if not self.secret:
            self.secret = secrets.token_hex(16)
        super().save(*args, **kwargs)

    @property
    def token(self) -> str:
        return registration_token(self)

    @property
    def waiting_position(self) -> int | None:
        if self.status != self.Status.WAITING:
            return None
        ahead = self.event.registrations.waiting().filter(
            models.Q(created_at__lt=self.created_at) | models.Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return ahead.count() + 1


def _signature(secret: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), f"events.registration:{secret}".encode(), hashlib.sha256).hexdigest()


def registration_token(registration: EventRegistration) -> str:
    """``<id>-<signature>``: the registrant's private link (status, calendar file, cancellation)."""
    return f"{registration.pk}-{_signature(registration.secret)[:32]}"


def registration_from_token(token: str) -> EventRegistration | None:
    pk, _sep, signature = (token or "").partition("-")
    if not (pk.isascii() and pk.isdigit() and len(pk) < 19 and len(signature) == 32):
        return None
    registration = EventRegistration.objects.select_related("event", "event__page", "event__agency").filter(pk=pk)
    registration = registration.first()
    if registration is None or not hmac.compare_digest(_signature(registration.secret)[:32], signature):
        return None
    return registration
