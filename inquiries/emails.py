"""The e-mails an inquiry causes, written into the outbox in the language of their reader:
the sender's language for the sender, the portal's source language for agency staff.

The sender is never left guessing: an e-mail on receipt (with the expected reply date), when the inquiry is
handed to another agency, when the agency asks for information, with each reply (signed by a named officer
with their title, direct phone and e-mail and the agency's address), and when it is closed (with the rating
link). Each links to the sender's private status page; its token is written again from the inquiry's salt
(``Inquiry.status_token``), and an e-mail whose token cannot be written says to use the first e-mail's link.
Every link starts with the configured base URL (``cms.links``).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms.i18n import localized
from cms.links import absolute_reverse, absolute_url
from investment import reply_facts

from .models import Inquiry, OutgoingEmail
from .outbox import email_queue
from .replies import officer_contact


def status_url(inquiry: Inquiry, token: str | None = None) -> str:
    """The sender's private status page in their language ("" when the token cannot be written again)."""
    token = token or inquiry.status_token
    if not token:
        return ""
    return absolute_reverse("inquiries:status", language=inquiry.language, kwargs={"token": token})


def admin_url(inquiry: Inquiry) -> str:
    return absolute_url(reverse("inquiries_admin:detail", args=[inquiry.pk]))


def _render(template: str, language: str, context: dict) -> str:
    with translation.override(language):
        return render_to_string(f"inquiries/emails/{template}.txt", context).strip() + "\n"


def _agency_recipients(inquiry: Inquiry) -> list[str]:
    recipients = list(inquiry.agency.inquiry_recipients)
    if inquiry.owner_id and inquiry.owner.email and inquiry.owner.email not in recipients:
        recipients.append(inquiry.owner.email)
    return recipients


def _sender_context(inquiry: Inquiry, *, token: str | None = None, officer=None, **extra) -> dict:
    """What every e-mail to the sender says (call with the sender's language active): who handles the
    inquiry, when the reply is expected, the private link, and the named contact."""
    language = inquiry.language
    url = status_url(inquiry, token)
    contact = officer_contact(officer=officer, agency=inquiry.agency, language=language)
    due = ""
    if inquiry.awaits_reply:
        due = reply_facts.day(timezone.localtime(inquiry.reply_due_at).date())
    return {
        "inquiry": inquiry,
        "agency_name": localized(inquiry.agency, "name", language)[0],
        "status_url": url,
        "rating_url": f"{url}#rating" if url else "",
        "reply_due": due,
        "reply_days": inquiry.agency.first_reply_working_days,
        "signature": contact.signature(),
        **extra,
    }


def _queue_to_sender(inquiry: Inquiry, *, key: str, kind: str, subject: str, template: str, context: dict):
    return email_queue(
        key=f"{inquiry.reference}:{key}",
        kind=kind,
        to=[inquiry.email],
        subject=subject,
        body=_render(template, inquiry.language, context),
        language=inquiry.language,
        inquiry=inquiry,
        reply_to=[inquiry.agency.email] if inquiry.agency.email else None,
    )


def queue_acknowledgement(inquiry: Inquiry, token: str) -> OutgoingEmail:
    with translation.override(inquiry.language):
        context = _sender_context(inquiry, token=token)
        subject = _("[%(reference)s] We have received your inquiry") % {"reference": inquiry.reference}
    return _queue_to_sender(
        inquiry,
        key="acknowledgement",
        kind=OutgoingEmail.Kind.ACKNOWLEDGEMENT,
        subject=subject,
        template="acknowledgement",
        context=context,
    )


def queue_agency_notice(inquiry: Inquiry, *, kind=OutgoingEmail.Kind.AGENCY_NOTICE, key_suffix="notice", extra=None):
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "inquiry": inquiry,
            "agency_name": inquiry.agency.name,
            "admin_url": admin_url(inquiry),
            "page_title": inquiry.page.title if inquiry.page_id else "",
            "extra": extra or {},
        }
        subjects = {
            OutgoingEmail.Kind.AGENCY_NOTICE: _("[%(reference)s] New inquiry for your agency"),
            OutgoingEmail.Kind.HAND_OVER_NOTICE: _("[%(reference)s] An inquiry was handed over to your agency"),
            OutgoingEmail.Kind.FOLLOW_UP_NOTICE: _("[%(reference)s] The sender added a message"),
        }
        subject = subjects[kind] % {"reference": inquiry.reference}
    return email_queue(
        key=f"{inquiry.reference}:{key_suffix}",
        kind=kind,
        to=_agency_recipients(inquiry),
        subject=subject,
        body=_render(str(kind), language, context),
        language=language,
        inquiry=inquiry,
    )


def queue_reply(inquiry: Inquiry, *, event_id: int, text: str, officer, closed: bool = False) -> OutgoingEmail:
    """The officer's reply, signed with their full contact; with the rating link when it closes the inquiry."""
    with translation.override(inquiry.language):
        context = _sender_context(inquiry, officer=officer, text=text, closed=closed)
        subject = _("[%(reference)s] Reply from %(agency)s") % {
            "reference": inquiry.reference,
            "agency": localized(inquiry.agency, "short_name", inquiry.language)[0] or context["agency_name"],
        }
    return _queue_to_sender(
        inquiry,
        key=f"reply:{event_id}",
        kind=OutgoingEmail.Kind.REPLY,
        subject=subject,
        template="reply",
        context=context,
    )


def queue_hand_over_to_sender(inquiry: Inquiry, *, event_id: int, from_agency) -> OutgoingEmail:
    """The inquiry moved to another agency: which one, who handles it there and when to expect the reply."""
    with translation.override(inquiry.language):
        context = _sender_context(
            inquiry,
            officer=inquiry.owner,
            from_agency=localized(from_agency, "name", inquiry.language)[0],
        )
        subject = _("[%(reference)s] Your inquiry was passed to %(agency)s") % {
            "reference": inquiry.reference,
            "agency": context["agency_name"],
        }
    return _queue_to_sender(
        inquiry,
        key=f"handed-over:{event_id}",
        kind=OutgoingEmail.Kind.HANDED_OVER,
        subject=subject,
        template="handed_over",
        context=context,
    )


def queue_information_request(inquiry: Inquiry, *, event_id: int, text: str, officer) -> OutgoingEmail:
    """The agency needs information from the sender to answer: the question, and how to answer it."""
    with translation.override(inquiry.language):
        context = _sender_context(inquiry, officer=officer, text=text)
        subject = _("[%(reference)s] %(agency)s needs some information from you") % {
            "reference": inquiry.reference,
            "agency": context["agency_name"],
        }
    return _queue_to_sender(
        inquiry,
        key=f"information-request:{event_id}",
        kind=OutgoingEmail.Kind.INFO_REQUEST,
        subject=subject,
        template="info_request",
        context=context,
    )


def queue_closure(inquiry: Inquiry, *, event_id: int, officer) -> OutgoingEmail:
    """The inquiry is closed: how to rate the answer, and how to reach the officer all the same."""
    with translation.override(inquiry.language):
        context = _sender_context(inquiry, officer=officer)
        subject = _("[%(reference)s] Your inquiry is closed: how did we do?") % {"reference": inquiry.reference}
    return _queue_to_sender(
        inquiry,
        key=f"closure:{event_id}",
        kind=OutgoingEmail.Kind.CLOSURE,
        subject=subject,
        template="closure",
        context=context,
    )
