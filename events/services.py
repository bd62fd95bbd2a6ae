"""Every write to a registration goes through here, with its e-mails, in one transaction.

Capacity is kept by locking the event's row (``select_for_update``) for the length of each registration,
cancellation or capacity change: registrations for one event are counted one at a time, so two people never
both get the last place, and a freed place goes to the first on the waiting list at once. Different events
never wait for each other. The page cache is invalidated after each change, so the event page shows the places
that are really left (``cms.page_cache.bump_generation``).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.page_cache import bump_generation
from inquiries.models import OutgoingEmail

from .emails import registration_email
from .models import Event, EventRegistration

Kind = OutgoingEmail.Kind
Status = EventRegistration.Status


class RegistrationError(Exception):
    """A registration or cancellation that cannot happen; the message is translated, for the registrant."""


@dataclass(frozen=True)
class RegistrationResult:
    registration: EventRegistration
    repeated: bool  # this address was already registered: its e-mail was sent again, nothing else changed


def _locked(event: Event) -> Event:
    return Event.objects.select_for_update().select_related("page", "agency").get(pk=event.pk)


def event_places_left(*, event: Event) -> int:
    return max(event.capacity - event.registrations.confirmed().count(), 0)


def registration_create(
    *,
    event: Event,
    name: str,
    email: str,
    language: str,
    organisation: str = "",
    country: str = "",
    phone: str = "",
    source_ip_hash: str = "",
) -> RegistrationResult:
    """A confirmed place while there is one, else a place on the waiting list; the e-mail says which.
    The same address registering again changes nothing and gets its e-mail (with the same link) again."""
    try:
        with transaction.atomic():
            event = _locked(event)
            if not event.accepts_registrations():
                raise RegistrationError(_("Registration for this event is closed."))
            existing = event.registrations.active().filter(email__iexact=email).first()
            if existing is not None:
                resent = OutgoingEmail.objects.filter(key__startswith=f"event-registration:{existing.pk}:").count()
                kind = Kind.EVENT_CONFIRMATION if existing.status == Status.CONFIRMED else Kind.EVENT_WAITING
                registration_email(existing, kind, key_suffix=f":again-{resent}")
                return RegistrationResult(registration=existing, repeated=True)
            now = timezone.now()
            confirmed = event_places_left(event=event) > 0
            registration = EventRegistration.objects.create(
                event=event,
                name=name,
                email=email,
                organisation=organisation,
                country=country,
                phone=phone,
                language=language,
                status=Status.CONFIRMED if confirmed else Status.WAITING,
                confirmed_at=now if confirmed else None,
                consent_text_version=settings.PORTAL_INQUIRY_CONSENT_VERSION,
                source_ip_hash=source_ip_hash,
                created_at=now,
            )
            registration_email(registration, Kind.EVENT_CONFIRMATION if confirmed else Kind.EVENT_WAITING)
            bump_generation()
            return RegistrationResult(registration=registration, repeated=False)
    except IntegrityError:  # the same address in a concurrent request: that one won
        existing = event.registrations.active().filter(email__iexact=email).first()
        if existing is None:
            raise
        return RegistrationResult(registration=existing, repeated=True)


def _promote(event: Event) -> list[EventRegistration]:
    """Fills free places from the waiting list, first come first served (the event row is locked)."""
    promoted = []
    free = event_places_left(event=event)
    for registration in event.registrations.waiting().select_for_update()[:free] if free else []:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
        registration_email(registration, Kind.EVENT_PROMOTED)
        promoted.append(registration)
    return promoted


@transaction.atomic
def registration_cancel(*, registration: EventRegistration) -> list[EventRegistration]:
    """Cancels; a confirmed place goes to the first on the waiting list. Returns who was promoted."""
    event = _locked(registration.event)
    registration = EventRegistration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Status.CANCELLED:
        raise RegistrationError(_("This registration was already cancelled."))
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    registration.event = event
    registration_email(registration, Kind.EVENT_CANCELLED)
    promoted = _promote(event)
    bump_generation()
    return promoted


@transaction.atomic
def event_save(*, event: Event) -> tuple[Event, list[EventRegistration]]:
    """Saves the event's set-up (the admin form); more places promote as many from the waiting list."""
    event.full_clean()
    event.save()
    promoted = _promote(_locked(event))
    bump_generation()
    return event, promoted


def event_reminders_queue(*, today=None) -> int:
    """Queues the reminder of every confirmed registration whose event starts within its ``reminder_days``
    (and has not started yet). Once per registration (``reminded_at`` and the e-mail's key). Returns how many."""
    today = today or timezone.localdate()
    count = 0
    events = Event.objects.select_related("page", "agency").filter(page__live=True, page__date__gte=today)
    for event in events:
        if (event.page.date - today).days > event.reminder_days:
            continue
        with transaction.atomic():
            pending = event.registrations.confirmed().filter(reminded_at__isnull=True).select_for_update()
            for registration in pending:
                registration.event = event
                registration_email(registration, Kind.EVENT_REMINDER)
                registration.reminded_at = timezone.now()
                registration.save(update_fields=["reminded_at"])
                count += 1
    return count


REGISTRATION_RETENTION_DAYS = 180


@transaction.atomic
def registrations_anonymise(*, today=None) -> int:
    """Removes the personal data of registrations for events that ended more than
    ``REGISTRATION_RETENTION_DAYS`` ago (the privacy notice promises it); the counts stay. Returns how many."""
    today = today or timezone.localdate()
    limit = today - timedelta(days=REGISTRATION_RETENTION_DAYS)
    old = EventRegistration.objects.filter(
        models.Q(event__page__event_end__lt=limit)
        | models.Q(event__page__event_end__isnull=True, event__page__date__lt=limit)
    ).exclude(name="—")
    count = 0
    for registration in old.select_for_update():
        _registration_anonymise(registration)
        count += 1
    return count


def _registration_anonymise(registration: EventRegistration) -> None:
    registration.name = "—"
    registration.email = f"anonymised-{registration.pk}@invalid.invalid"
    registration.organisation = ""
    registration.phone = ""
    registration.source_ip_hash = ""
    registration.save(update_fields=["name", "email", "organisation", "phone", "source_ip_hash"])
    OutgoingEmail.objects.filter(key__startswith=f"event-registration:{registration.pk}:").update(
        to=[], reply_to=[], body="—", attachments=[]
    )


@transaction.atomic
def registrations_anonymise_for_sender(*, emails: list[str]) -> int:
    """Anonymises every registration made from one of ``emails`` (the erasure of a deleted account), by the
    same rule as the retention job: the events keep their counts."""
    if not emails:
        return 0
    query = models.Q()
    for address in emails:
        query |= models.Q(email__iexact=address.strip())
    count = 0
    for registration in EventRegistration.objects.filter(query).exclude(name="—").select_for_update():
        _registration_anonymise(registration)
        count += 1
    return count
