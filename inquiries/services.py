"""Every write to an inquiry goes through here: each change, its timeline event and its e-mails
are saved in one transaction.

A service that moves the inquiry's status asks ``status_transition`` (the table in ``models/status.py``)
before anything else; a move the table does not allow raises ``InquiryActionError``, translated, which the
workspace and the status page show to the person who asked."""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from investment.models import Agency, Sector

from . import emails
from .models import (
    OPEN_STATUSES,
    Actor,
    Inquiry,
    InquiryAction,
    InquiryActionError,
    InquiryEvent,
    InquiryStatus,
    InquiryVisit,
    OfficerAbsence,
    new_status_token_salt,
    status_token_from_salt,
    status_token_hash,
    status_transition,
)
from .replies import unfilled_placeholders
from .routing import route, routing_record
from .selectors import follow_up_retry_after
from .visits import visit_save
from .workdays import reply_due

User = get_user_model()
SYSTEM = "system"
STAFF = "staff"


class IdempotencyKeyReused(Exception):
    """The idempotency key was already used by this client for a request with other content."""


class FollowUpLimitReached(InquiryActionError):
    """Too many messages from the sender (per inquiry or per address); ``retry_after`` in seconds."""

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class InquiryCreated:
    inquiry: Inquiry
    token: str | None  # the private status token; None when an idempotent replay returned the original
    replayed: bool


def source_ip_hash(ip: str) -> str:
    """A keyed hash of the sender's address: enough to rate-limit, useless to identify anyone."""
    return hmac.new(settings.SECRET_KEY.encode(), (ip or "").encode(), hashlib.sha256).hexdigest()


def _staff(actor) -> Actor:
    """Who acts for the agency: an officer, or the portal itself when there is no user (on receipt, commands)."""
    return Actor.SYSTEM if actor is None else Actor.OFFICER


def _actor_label(actor) -> str:
    """A code, not a name: ``system`` (no user) or ``staff`` (a user, kept in ``InquiryEvent.actor``). The
    name is written when the line is shown, in the reader's language (``inquiries.people.person_name``);
    ``staff`` still says who acted in general terms after the user was deleted."""
    return SYSTEM if actor is None else STAFF


def inquiry_event_add(
    *, inquiry: Inquiry, kind: str, actor=None, actor_label: str = "", text: str = "", data=None, is_public=False
) -> InquiryEvent:
    event = _event(
        inquiry=inquiry, kind=kind, actor=actor, actor_label=actor_label, text=text, data=data, is_public=is_public
    )
    event.save()
    return event


def _event(
    *, inquiry: Inquiry, kind: str, actor=None, actor_label: str = "", text: str = "", data=None, is_public=False
) -> InquiryEvent:
    """An unsaved timeline event (``inquiry_event_add`` saves one; a new inquiry saves its first ones at once)."""
    return InquiryEvent(
        inquiry=inquiry,
        kind=kind,
        actor=actor,
        actor_label=actor_label or _actor_label(actor),
        text=text,
        data=data or {},
        is_public=is_public,
    )


def officers_of(agency: Agency):
    if not agency.officers_id:
        return User.objects.none()
    return User.objects.filter(groups=agency.officers_id, is_active=True)


def absence_backup(user, on: date | None = None):
    """The backup of ``user`` if they are away on ``on`` (following a chain of at most five absences)."""
    on = on or timezone.localdate()
    seen = set()
    for _hop in range(5):
        absence = OfficerAbsence.objects.filter(officer=user, starts_on__lte=on, ends_on__gte=on).first()
        if absence is None or absence.backup_id in seen:
            return user
        seen.add(user.pk)
        user = absence.backup
    return user


def _pick_owner(agency: Agency):
    """The agency officer with the fewest open inquiries who is not away today."""
    today = timezone.localdate()
    away = OfficerAbsence.objects.filter(starts_on__lte=today, ends_on__gte=today).values("officer")
    candidates = (
        officers_of(agency)
        .exclude(pk__in=away)
        .annotate(load=Count("owned_inquiries", filter=Q(owned_inquiries__status__in=OPEN_STATUSES)))
        .order_by("load", "pk")
    )
    return candidates.first()


def inquiry_create(
    *,
    kind: str,
    name: str,
    email: str,
    message: str,
    language: str,
    organisation: str = "",
    country: str = "",
    phone: str = "",
    page=None,
    sector: Sector | None = None,
    consent_text_version: str | None = None,
    idempotency_key: str | None = None,
    idempotency_fingerprint: str = "",
    source_ip: str = "",
    visit: dict | None = None,
    replay_checked: bool = False,
) -> InquiryCreated:
    """Validated data in, a stored, routed inquiry with its e-mails queued out (one transaction).
    ``visit``: the details of a site-visit or meeting request (``VisitForm.details()``), stored with it.

    The same ``idempotency_key`` (already scoped to its client, ``inquiries/idempotency.py``) never creates a
    second inquiry, even when sent concurrently: the unique index makes the second insert wait for the first
    and fail, and the original is returned; with another ``idempotency_fingerprint`` (other content) it
    raises ``IdempotencyKeyReused``. A replay has no token (``token=None``): the caller that needs the status
    page's address takes ``inquiry.status_token``, derived again from the stored salt. ``replay_checked``: the
    caller has just looked for the key with ``inquiry_replay`` (the views do, before the rate limit), so the
    insert is tried at once; a concurrent twin still ends in the replay below."""
    if idempotency_key and not replay_checked:
        existing = inquiry_replay(idempotency_key=idempotency_key, fingerprint=idempotency_fingerprint)
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            return _inquiry_create(
                kind=kind,
                name=name,
                email=email,
                message=message,
                language=language,
                organisation=organisation,
                country=country,
                phone=phone,
                page=page,
                sector=sector,
                consent_text_version=consent_text_version or settings.PORTAL_INQUIRY_CONSENT_VERSION,
                idempotency_key=idempotency_key or None,
                idempotency_fingerprint=idempotency_fingerprint,
                source_ip=source_ip,
                visit=visit,
            )
    except IntegrityError:
        if idempotency_key:
            existing = inquiry_replay(idempotency_key=idempotency_key, fingerprint=idempotency_fingerprint)
            if existing is not None:
                return existing
        raise


def inquiry_replay(*, idempotency_key: str, fingerprint: str) -> InquiryCreated | None:
    """The inquiry an earlier request with this (scoped) key created, or None; ``IdempotencyKeyReused`` when
    that request had other content."""
    existing = Inquiry.objects.filter(idempotency_key=idempotency_key).select_related("agency").first()
    if existing is None:
        return None
    if existing.idempotency_fingerprint != fingerprint:
        raise IdempotencyKeyReused
    return InquiryCreated(inquiry=existing, token=None, replayed=True)


def _inquiry_create(
    *, consent_text_version, idempotency_key, idempotency_fingerprint, source_ip, visit=None, **fields
) -> InquiryCreated:
    now = timezone.now()
    decision = route(kind=fields["kind"], page=fields["page"], sector=fields["sector"], country=fields["country"])
    salt = new_status_token_salt()
    token = status_token_from_salt(salt)  # written again into later e-mails (``Inquiry.status_token``)
    agency = decision.agency
    owner = _pick_owner(agency)
    # Written in the INSERT rather than by updates after it: the owner, and the acknowledgement of an agency
    # that acknowledges at once (its status is the table's, as ``_acknowledge`` would set it).
    acknowledged = agency.acknowledge_hours == 0
    status = InquiryStatus.NEW
    if acknowledged:
        status = status_transition(status=status, action=InquiryAction.ACKNOWLEDGE, by=_staff(None))
    inquiry = Inquiry.objects.create(
        **fields,
        reference=f"new-{status_token_hash(token)[:20]}",
        consent_text_version=consent_text_version,
        consent_at=now,
        agency=agency,
        owner=owner,
        status=status,
        acknowledged_at=now if acknowledged else None,
        routing_rule=decision.rule,
        routing_explanation=routing_record(decision.data, known=[agency]),
        created_at=now,
        reply_due_at=reply_due(agency=agency, start=now),
        status_token_hash=status_token_hash(token),
        status_token_salt=salt,
        idempotency_key=idempotency_key,
        idempotency_fingerprint=idempotency_fingerprint if idempotency_key else "",
        source_ip_hash=source_ip_hash(source_ip) if source_ip else "",
    )
    year = timezone.localtime(now).year
    inquiry.reference = f"{settings.PORTAL_INQUIRY_REFERENCE_PREFIX}-{year}-{inquiry.pk:06d}"
    Inquiry.objects.filter(pk=inquiry.pk).update(reference=inquiry.reference)

    if visit:
        visit_save(inquiry=inquiry, details=visit)
    events = [
        _event(inquiry=inquiry, kind=InquiryEvent.Kind.RECEIVED, actor_label=inquiry.name, is_public=True),
        _event(
            inquiry=inquiry,
            kind=InquiryEvent.Kind.ROUTED,
            data={**decision.data, "rule": decision.rule.pk if decision.rule else None},
        ),
    ]
    if owner is not None:
        events.append(_event(inquiry=inquiry, kind=InquiryEvent.Kind.OWNER, data={"owner": owner.pk}))
    if acknowledged:
        events.append(_event(inquiry=inquiry, kind=InquiryEvent.Kind.ACKNOWLEDGED, is_public=True))
    InquiryEvent.objects.bulk_create(events)  # one INSERT, in the timeline's order
    emails.queue_received(inquiry)  # the acknowledgement and the agency's notice, written by the worker
    return InquiryCreated(inquiry=inquiry, token=token, replayed=False)


def _acknowledge(inquiry: Inquiry, *, actor, at: datetime | None = None) -> None:
    if inquiry.acknowledged_at is not None:
        return  # once is enough: nothing moves
    inquiry.status = status_transition(status=inquiry.status, action=InquiryAction.ACKNOWLEDGE, by=_staff(actor))
    inquiry.acknowledged_at = at or timezone.now()
    inquiry.save(update_fields=["acknowledged_at", "status"])
    inquiry_event_add(inquiry=inquiry, kind=InquiryEvent.Kind.ACKNOWLEDGED, actor=actor, is_public=True)


def _move(inquiry: Inquiry, *, to: InquiryStatus, actor) -> InquiryEvent | None:
    """Writes a move the table allowed, with its public line on the timeline (nothing if the status stays)."""
    if to == inquiry.status:
        return None
    old = inquiry.status
    inquiry.status = to
    inquiry.closed_at = timezone.now() if to == InquiryStatus.CLOSED else None
    inquiry.save(update_fields=["status", "closed_at"])
    return inquiry_event_add(
        inquiry=inquiry,
        kind=InquiryEvent.Kind.STATUS,
        actor=actor,
        data={"from": old, "to": to},  # shown as the status's label in the reader's language
        is_public=True,
    )


@transaction.atomic
def inquiry_acknowledge(*, inquiry: Inquiry, actor) -> Inquiry:
    _acknowledge(inquiry, actor=actor)
    return inquiry


@transaction.atomic
def inquiry_set_status(*, inquiry: Inquiry, status: str, actor) -> Inquiry:
    """An officer's choice of status (the table says which, from where); acknowledges the inquiry first.
    Closing it tells the sender, with the rating link."""
    target = status_transition(status=inquiry.status, action=InquiryAction.SET_STATUS, by=_staff(actor), to=status)
    _acknowledge(inquiry, actor=actor)
    event = _move(inquiry, to=target, actor=actor)
    if event is not None and target == InquiryStatus.CLOSED:
        emails.queue_closure(inquiry, event_id=event.pk, officer=actor or inquiry.owner)
    return inquiry


@transaction.atomic
def inquiry_assign_owner(*, inquiry: Inquiry, owner, actor) -> Inquiry:
    """Makes ``owner`` (an officer of the inquiry's agency; their backup while they are away) the owner."""
    if owner is not None:
        if not officers_of(inquiry.agency).filter(pk=owner.pk).exists():
            raise InquiryActionError(_("The owner must be an inquiry officer of the agency."))
        owner = absence_backup(owner)
    if (owner.pk if owner else None) == inquiry.owner_id:
        return inquiry
    inquiry.owner = owner
    inquiry.save(update_fields=["owner"])
    inquiry_event_add(
        inquiry=inquiry,
        kind=InquiryEvent.Kind.OWNER,
        actor=actor,
        data={"owner": owner.pk if owner else None},
    )
    _acknowledge(inquiry, actor=actor)
    return inquiry


@transaction.atomic
def inquiry_add_note(*, inquiry: Inquiry, text: str, actor) -> InquiryEvent:
    return inquiry_event_add(inquiry=inquiry, kind=InquiryEvent.Kind.NOTE, actor=actor, text=text.strip())


@transaction.atomic
def inquiry_reply(*, inquiry: Inquiry, text: str, actor, close: bool = False) -> InquiryEvent:
    """Sends ``text`` to the sender through the outbox and records it on the timeline."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    action = InquiryAction.REPLY_AND_CLOSE if close else InquiryAction.REPLY
    target = status_transition(status=inquiry.status, action=action, by=_staff(actor))
    text = text.strip()
    if not text:
        raise InquiryActionError(_("The reply is empty."))
    _refuse_unfilled(text)
    now = timezone.now()
    _acknowledge(inquiry, actor=actor, at=now)
    event = inquiry_event_add(inquiry=inquiry, kind=InquiryEvent.Kind.REPLY, actor=actor, text=text, is_public=True)
    if inquiry.first_reply_at is None:
        inquiry.first_reply_at = now
    inquiry.reply_due_at = None  # answered: nothing is owed until the sender writes again
    if inquiry.owner_id is None and actor is not None and officers_of(inquiry.agency).filter(pk=actor.pk).exists():
        inquiry.owner = actor
    inquiry.save(update_fields=["first_reply_at", "reply_due_at", "owner"])
    _move(inquiry, to=target, actor=actor)
    emails.queue_reply(inquiry, event_id=event.pk, text=text, officer=actor or inquiry.owner, closed=close)
    return event


def _refuse_unfilled(text: str) -> None:
    """A reply or a request that still holds a placeholder (its value was missing) is not sent."""
    unfilled = unfilled_placeholders(text)
    if unfilled:
        names = ", ".join("{" + name + "}" for name in unfilled)
        raise InquiryActionError(
            _("The text still holds placeholders without a value: %(names)s. Write the facts in, or remove them.")
            % {"names": names}
        )


@transaction.atomic
def inquiry_request_information(*, inquiry: Inquiry, text: str, actor) -> InquiryEvent:
    """Asks the sender for what the agency needs to answer; the inquiry waits for them (no reply is owed
    meanwhile) and their answer on the status page sets a new reply deadline."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    target = status_transition(status=inquiry.status, action=InquiryAction.REQUEST_INFO, by=_staff(actor))
    text = text.strip()
    if not text:
        raise InquiryActionError(_("Write what you need from the sender."))
    _refuse_unfilled(text)
    _acknowledge(inquiry, actor=actor)
    event = inquiry_event_add(
        inquiry=inquiry, kind=InquiryEvent.Kind.INFO_REQUESTED, actor=actor, text=text, is_public=True
    )
    inquiry.reply_due_at = None
    inquiry.save(update_fields=["reply_due_at"])
    _move(inquiry, to=target, actor=actor)
    emails.queue_information_request(inquiry, event_id=event.pk, text=text, officer=actor or inquiry.owner)
    return event


@transaction.atomic
def inquiry_hand_over(*, inquiry: Inquiry, to_agency: Agency, reason: str, actor) -> Inquiry:
    """Hands a mis-routed inquiry to another agency; the timeline (its history) stays with it."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    target = status_transition(status=inquiry.status, action=InquiryAction.HAND_OVER, by=_staff(actor))
    if to_agency.pk == inquiry.agency_id:
        raise InquiryActionError(_("The inquiry is already with this agency."))
    from_agency = inquiry.agency
    now = timezone.now()
    data = {"from": from_agency.pk, "to": to_agency.pk, "reason": reason}
    routed = {**data, "via": "hand_over", "actor_id": actor.pk if actor else None}  # named when shown
    explanation = routing_record(routed)
    inquiry.agency = to_agency
    inquiry.routing_rule = None
    inquiry.routing_explanation = explanation
    inquiry.status = target
    inquiry.owner = _pick_owner(to_agency)
    inquiry.reply_due_at = reply_due(agency=to_agency, start=now)  # the new agency's own commitment
    inquiry.save()
    # Both lines are written from ``data`` in the reader's language when shown (``inquiries.timeline``).
    handed = inquiry_event_add(
        inquiry=inquiry, kind=InquiryEvent.Kind.HANDED_OVER, actor=actor, data=data, is_public=True
    )
    inquiry_event_add(
        inquiry=inquiry,
        kind=InquiryEvent.Kind.ROUTED,
        actor=actor,
        data=routed,
    )
    if inquiry.owner_id:
        inquiry_event_add(
            inquiry=inquiry,
            kind=InquiryEvent.Kind.OWNER,
            data={"owner": inquiry.owner_id},
        )
    count = inquiry.events.filter(kind=InquiryEvent.Kind.HANDED_OVER).count()
    emails.queue_agency_notice(
        inquiry,
        kind=emails.OutgoingEmail.Kind.HAND_OVER_NOTICE,
        key_suffix=f"hand-over:{count}",
        extra={"from_agency": str(from_agency), "reason": reason},
    )
    emails.queue_hand_over_to_sender(inquiry, event_id=handed.pk, from_agency=from_agency)
    return inquiry


@transaction.atomic
def inquiry_add_follow_up(*, inquiry: Inquiry, message: str, source_ip: str = "") -> InquiryEvent:
    """A message from the sender, through the private status page. Each one e-mails the agency, so they are
    limited (``follow_up_retry_after``): per inquiry, counted under the inquiry's row lock, so that a burst of
    concurrent posts cannot pass the limit together; and per sender address, across inquiries."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    target = status_transition(status=inquiry.status, action=InquiryAction.FOLLOW_UP, by=Actor.SENDER)
    if inquiry.anonymised_at:
        raise InquiryActionError(_("This inquiry is closed."))
    ip_hash = source_ip_hash(source_ip) if source_ip else ""
    retry_after = follow_up_retry_after(inquiry=inquiry, ip_hash=ip_hash)
    if retry_after:
        message_text = _("You have sent many messages in a short time. Please try again in %(minutes)s minutes.")
        raise FollowUpLimitReached(message_text % {"minutes": max(1, -(-retry_after // 60))}, retry_after=retry_after)
    event = inquiry_event_add(
        inquiry=inquiry,
        kind=InquiryEvent.Kind.FOLLOW_UP,
        actor_label=inquiry.name,
        text=message.strip(),
        is_public=True,
    )
    if ip_hash:
        InquiryEvent.objects.filter(pk=event.pk).update(source_ip_hash=ip_hash)
    if target != inquiry.status:  # the follow-up on the timeline says why; no separate status line
        inquiry.status = target
    # A reply is owed again: by the agency's commitment from now, unless an earlier deadline still runs.
    due = reply_due(agency=inquiry.agency, start=timezone.now())
    inquiry.reply_due_at = min(inquiry.reply_due_at, due) if inquiry.reply_due_at else due
    inquiry.save(update_fields=["status", "reply_due_at"])
    emails.queue_agency_notice(
        inquiry,
        kind=emails.OutgoingEmail.Kind.FOLLOW_UP_NOTICE,
        key_suffix=f"follow-up:{event.pk}",
        extra={"message": event.text},
    )
    return event


@transaction.atomic
def inquiry_rate(*, inquiry: Inquiry, rating: int, comment: str = "") -> Inquiry:
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    status_transition(status=inquiry.status, action=InquiryAction.RATE, by=Actor.SENDER)
    if inquiry.satisfaction is not None:
        raise InquiryActionError(_("This inquiry cannot be rated (it is not closed, or it was already rated)."))
    if not 1 <= int(rating) <= 5:
        raise InquiryActionError(_("Choose a rating from 1 to 5."))
    inquiry.satisfaction = int(rating)
    inquiry.satisfaction_comment = comment.strip()
    inquiry.rated_at = timezone.now()
    inquiry.save(update_fields=["satisfaction", "satisfaction_comment", "rated_at"])
    inquiry_event_add(
        inquiry=inquiry, kind=InquiryEvent.Kind.RATED, actor_label=inquiry.name, data={"rating": inquiry.satisfaction}
    )
    return inquiry


@transaction.atomic
def officer_absence_create(*, officer, backup, starts_on: date, ends_on: date, note: str = "") -> OfficerAbsence:
    if ends_on < starts_on:
        raise InquiryActionError(_("The absence ends before it starts."))
    if backup.pk == officer.pk:
        raise InquiryActionError(_("The backup must be someone else."))
    absence = OfficerAbsence.objects.create(
        officer=officer, backup=backup, starts_on=starts_on, ends_on=ends_on, note=note
    )
    absences_apply()
    return absence


@transaction.atomic
def absences_apply(*, on: date | None = None) -> int:
    """Hands the open inquiries of officers away today to their backups. Returns how many moved."""
    on = on or timezone.localdate()
    moved = 0
    for absence in OfficerAbsence.objects.filter(starts_on__lte=on, ends_on__gte=on).select_related("officer"):
        backup = absence_backup(absence.officer, on)
        if backup.pk == absence.officer_id:
            continue
        for inquiry in Inquiry.objects.open().filter(owner=absence.officer).select_for_update():
            inquiry.owner = backup
            inquiry.save(update_fields=["owner"])
            inquiry_event_add(
                inquiry=inquiry,
                kind=InquiryEvent.Kind.OWNER,
                data={
                    "owner": backup.pk,
                    "absent": absence.officer_id,
                    "until": absence.ends_on.isoformat(),
                },
            )
            moved += 1
    return moved


ANONYMOUS = "—"


def _inquiry_anonymise(inquiry: Inquiry) -> None:
    """Removes the personal data of one inquiry (locked by the caller); statistics keep working."""
    inquiry.name = ANONYMOUS
    inquiry.email = f"anonymised-{inquiry.pk}@invalid.invalid"
    inquiry.organisation = ""
    inquiry.phone = ""
    inquiry.message = ANONYMOUS
    inquiry.satisfaction_comment = ""
    inquiry.idempotency_key = None
    inquiry.idempotency_fingerprint = ""
    inquiry.source_ip_hash = ""
    inquiry.anonymised_at = timezone.now()
    inquiry.save()
    inquiry.events.filter(kind__in=[InquiryEvent.Kind.FOLLOW_UP, InquiryEvent.Kind.REPLY]).update(text=ANONYMOUS)
    inquiry.events.filter(kind=InquiryEvent.Kind.RECEIVED).update(actor_label=ANONYMOUS)
    inquiry.events.filter(kind__in=[InquiryEvent.Kind.FOLLOW_UP, InquiryEvent.Kind.RATED]).update(
        actor_label=ANONYMOUS, source_ip_hash=""
    )
    inquiry.emails.update(to=[], reply_to=[], body=ANONYMOUS, subject=inquiry.reference, attachments=[])
    InquiryVisit.objects.filter(inquiry=inquiry).update(attendees="")
    inquiry_event_add(inquiry=inquiry, kind=InquiryEvent.Kind.ANONYMISED)


@transaction.atomic
def inquiries_anonymise(*, older_than: datetime) -> int:
    """Removes the personal data of inquiries received before ``older_than``; statistics keep working."""
    count = 0
    for inquiry in Inquiry.objects.filter(created_at__lt=older_than, anonymised_at__isnull=True).select_for_update():
        _inquiry_anonymise(inquiry)
        count += 1
    return count


@transaction.atomic
def inquiries_anonymise_for_sender(*, emails: list[str]) -> int:
    """Anonymises, by the same rule as the retention job, every inquiry sent from one of ``emails`` (matched
    without regard to case): the erasure of a deleted account. The agencies keep the inquiries, their
    references, statuses and dates (statistics and response times), without who sent them or what they wrote."""
    query = Q()
    for address in emails:
        query |= Q(email__iexact=address.strip())
    if not emails:
        return 0
    count = 0
    for inquiry in Inquiry.objects.filter(query, anonymised_at__isnull=True).select_for_update():
        _inquiry_anonymise(inquiry)
        count += 1
    return count
