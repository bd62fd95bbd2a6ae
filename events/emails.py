"""The e-mails a registration causes, in the registrant's language, through the portal's outbox
(``inquiries.outbox``: written in the same transaction as the change, delivered by the worker with retries).

Confirmations, promotions from the waiting list and reminders carry the event as a calendar file; every
e-mail carries the private link to see or cancel the registration. Keys make each e-mail once-only: the
confirmation of a registration is queued once, a reminder once, a repeat request gets a numbered copy."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from inquiries.models import OutgoingEmail
from inquiries.outbox import Attachment, email_queue

from .calendar import event_ics, event_page_url, ics_filename
from .models import EventRegistration

Kind = OutgoingEmail.Kind

SUBJECTS = {
    Kind.EVENT_CONFIRMATION: lambda: _("Your place is confirmed: %(title)s"),
    Kind.EVENT_WAITING: lambda: _("You are on the waiting list: %(title)s"),
    Kind.EVENT_PROMOTED: lambda: _("A place is free for you: %(title)s"),
    Kind.EVENT_REMINDER: lambda: _("Reminder: %(title)s"),
    Kind.EVENT_CANCELLED: lambda: _("Registration cancelled: %(title)s"),
}
WITH_CALENDAR = {Kind.EVENT_CONFIRMATION, Kind.EVENT_PROMOTED, Kind.EVENT_REMINDER}


def registration_url(registration: EventRegistration) -> str:
    with translation.override(registration.language):
        path = reverse("events:registration", kwargs={"token": registration.token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def registration_email(registration: EventRegistration, kind: str, *, key_suffix: str = "") -> OutgoingEmail:
    event = registration.event
    language = registration.language
    with translation.override(language):
        page = event.page
        context = {
            "registration": registration,
            "event": event,
            "title": page.title,
            "location": page.event_location,
            "page": page,
            "agency_name": event.agency.name,
            "agency": event.agency,
            "event_url": event_page_url(event, language),
            "registration_url": registration_url(registration),
            "position": registration.waiting_position,
        }
        subject = SUBJECTS[kind]() % {"title": page.title}
        body = render_to_string(f"events/emails/{kind.removeprefix('event_')}.txt", context).strip() + "\n"
    attachments = None
    if kind in WITH_CALENDAR:
        attachments = [
            Attachment(
                filename=ics_filename(event),
                content=event_ics(event, language=language),
                content_type="text/calendar; method=PUBLISH",
            )
        ]
    return email_queue(
        key=f"event-registration:{registration.pk}:{kind.removeprefix('event_')}{key_suffix}",
        kind=kind,
        to=[registration.email],
        subject=subject,
        body=body,
        language=language,
        reply_to=[event.agency.email] if event.agency.email else None,
        attachments=attachments,
    )
