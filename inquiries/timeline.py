"""What a line of an inquiry's timeline says, written when it is shown, in the reader's language.

Events store codes and parameters (``InquiryEvent.data``), not sentences: a status change keeps
``{"from", "to"}``, a hand-over the agencies' ids, a routing decision its reasons (``inquiries.routing``),
an owner change the officer's id, an officer's line the user (named by ``inquiries.people.person_name`` in
the reader's language, never a stored name). So a Japanese investor reads 回答済み where an officer in Hà Nội
reads "Đã trả lời", from the same row. Text that a person wrote (a reply, the sender's message, an
internal note, a hand-over reason) is shown as written and marked with its language: replies and the
sender's messages are in the inquiry's language, staff notes in the agencies' working language
(``settings.LANGUAGE_CODE``). Events stored before this rule (a sentence in ``text``, an officer's name in
``actor_label``) show that text, marked as written in the source language, when no user is left to name.
"""

from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.html import conditional_escape, format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from cms.formatting import format_date
from investment.models import Agency

from .models import InquiryEvent, InquiryStatus
from .models.status import Actor
from .people import former_officer, person_name
from .routing import routing_text

SYSTEM_LABEL = "system"  # ``inquiries.services.SYSTEM``: an event without a user
STAFF_LABEL = "staff"  # ``inquiries.services.STAFF``: an officer's event (the user in ``actor``)


def _written(text: str, language: str):
    """Text a person wrote, in the language they wrote it in."""
    paragraphs = mark_safe(linebreaks(text, autoescape=True))  # noqa: S308  (escaped by linebreaks)
    return format_html('<div class="timeline-text" lang="{}" data-original>{}</div>', language, paragraphs)


def _generated(text: str):
    return format_html('<div class="timeline-text">{}</div>', text)


def _person(pk, legacy: str = ""):
    """The officer ``pk`` named in the reader's language; for a deleted user, the name an old row stored
    (marked as written in the source language), else "a former officer"."""
    user = get_user_model().objects.select_related("officer_profile").filter(pk=pk).first() if pk else None
    if user is not None:
        return person_name(user)
    if legacy:
        return format_html('<span lang="{}" data-original>{}</span>', settings.LANGUAGE_CODE, legacy)
    return former_officer()


def event_actor(event: InquiryEvent):
    """Who did it: "the portal" in the reader's language, an officer's name, or the sender's name as they
    wrote it (marked with the inquiry's language)."""
    if event.actor_id is not None:
        return person_name(event.actor)
    if event.actor_label == SYSTEM_LABEL:
        return str(Actor.SYSTEM.label)
    if event.actor_label == STAFF_LABEL:
        return former_officer()
    return format_html('<span lang="{}" data-original>{}</span>', event.inquiry.language, event.actor_label)


def event_text(event: InquiryEvent, *, public: bool = False):
    """The line's text as HTML: generated from ``data`` in the active language, or the words a person
    wrote, marked with their language. ``public``: for the sender's status page (no internal details)."""
    data = event.data or {}
    kind = event.kind
    if kind == InquiryEvent.Kind.STATUS and data.get("to") in InquiryStatus.values:
        return _generated(InquiryStatus(data["to"]).label)
    if kind == InquiryEvent.Kind.HANDED_OVER and data.get("to"):
        agency = Agency.objects.filter(pk=data["to"]).first()
        if public or agency is not None:
            return _generated(_("Your inquiry was passed to %(agency)s.") % {"agency": agency.name if agency else "—"})
    if kind == InquiryEvent.Kind.ROUTED and data.get("via"):
        return format_html('<div class="timeline-text">{}</div>', routing_text(data))
    if kind == InquiryEvent.Kind.OWNER and "owner" in data:
        if data.get("absent"):
            until = date.fromisoformat(data["until"]) if data.get("until") else None
            text = _("%(backup)s covers for %(officer)s (away until %(until)s)") % {
                "backup": conditional_escape(_person(data["owner"], event.text)),
                "officer": conditional_escape(_person(data["absent"], data.get("absent_name", ""))),
                "until": conditional_escape(format_date(until) if until else "—"),
            }
            return _generated(mark_safe(text))  # noqa: S308  (every part is escaped)
        return _generated(_person(data["owner"], event.text) if data["owner"] else _("nobody"))
    if not event.text:
        return ""
    if kind in (InquiryEvent.Kind.REPLY, InquiryEvent.Kind.FOLLOW_UP):
        return _written(event.text, event.inquiry.language)
    if kind == InquiryEvent.Kind.NOTE:
        return _written(event.text, settings.LANGUAGE_CODE)
    # An event stored before codes (a sentence in the language that was active then).
    return _written(event.text, settings.LANGUAGE_CODE)
