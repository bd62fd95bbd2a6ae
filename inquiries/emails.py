"""The e-mails an inquiry causes, written into the outbox in the language of their reader:
the sender's language for the sender, the portal's source language for agency staff.

The sender is never left guessing: an e-mail on receipt (with the expected reply date), when the inquiry is
handed to another agency, when the agency asks for information, with each reply (signed by a named officer
with their title, direct phone and e-mail and the agency's address), and when it is closed (with the rating
link). Each links to the sender's private status page; its token is written again from the inquiry's salt
(``Inquiry.status_token``), and an e-mail whose token cannot be written says to use the first e-mail's link.
Every link starts with the configured base URL (``cms.links``).

The two e-mails of a new inquiry (the acknowledgement and the agency's notice) are queued with a composer
(``outbox.email_composer``): the submission writes their rows (recipients, language, key) in its transaction,
and the task worker writes their text, in the same language from the same templates, before sending them.
The request does not render them, and the text is written from the inquiry as stored (its reference, agency,
reply date and status token).
"""

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from cms.i18n import localized
from cms.links import absolute_reverse, absolute_url
from investment import reply_facts

from .models import Inquiry, OutgoingEmail
from .outbox import email_composer, email_queue, emails_queue_new
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


@dataclass(frozen=True)
class SenderEmail:
    """One kind of e-mail to the sender: its outbox kind, its template (``inquiries/emails/<template>.txt``),
    its outbox key after the inquiry's reference (``{event}``: the timeline event it reports) and its subject
    (``%(reference)s``; ``%(agency)s``: the agency's name, or what the caller names it)."""

    kind: str
    template: str
    key: str
    subject: Promise


ACKNOWLEDGEMENT = SenderEmail(
    OutgoingEmail.Kind.ACKNOWLEDGEMENT,
    "acknowledgement",
    "acknowledgement",
    gettext_lazy("[%(reference)s] We have received your inquiry"),
)
REPLY = SenderEmail(
    OutgoingEmail.Kind.REPLY, "reply", "reply:{event}", gettext_lazy("[%(reference)s] Reply from %(agency)s")
)
HANDED_OVER = SenderEmail(
    OutgoingEmail.Kind.HANDED_OVER,
    "handed_over",
    "handed-over:{event}",
    gettext_lazy("[%(reference)s] Your inquiry was passed to %(agency)s"),
)
INFORMATION_REQUEST = SenderEmail(
    OutgoingEmail.Kind.INFO_REQUEST,
    "info_request",
    "information-request:{event}",
    gettext_lazy("[%(reference)s] %(agency)s needs some information from you"),
)
CLOSURE = SenderEmail(
    OutgoingEmail.Kind.CLOSURE,
    "closure",
    "closure:{event}",
    gettext_lazy("[%(reference)s] Your inquiry is closed: how did we do?"),
)


def _queue_to_sender(
    email: SenderEmail,
    inquiry: Inquiry,
    *,
    event_id: int | None = None,
    token: str | None = None,
    officer=None,
    agency: str = "",
    **extra,
) -> OutgoingEmail:
    """Queue ``email`` to the sender, written in their language (``extra``: more for its template)."""
    subject, body = _sender_text(email, inquiry, token=token, officer=officer, agency=agency, **extra)
    return email_queue(
        key=f"{inquiry.reference}:{email.key.format(event=event_id)}",
        kind=email.kind,
        to=[inquiry.email],
        subject=subject,
        body=body,
        language=inquiry.language,
        inquiry=inquiry,
        reply_to=[inquiry.agency.email] if inquiry.agency.email else None,
    )


def _sender_text(email: SenderEmail, inquiry: Inquiry, *, token=None, officer=None, agency="", **extra):
    """The subject and body of ``email`` to the sender, in their language (``extra``: more for its template)."""
    with translation.override(inquiry.language):
        context = _sender_context(inquiry, token=token, officer=officer, **extra)
        subject = str(email.subject) % {"reference": inquiry.reference, "agency": agency or context["agency_name"]}
    return subject, _render(email.template, inquiry.language, context)


def queue_received(inquiry: Inquiry) -> list[OutgoingEmail]:
    """The e-mails of a new inquiry, queued in its transaction and written by the worker: the acknowledgement to
    the sender (``acknowledgement_compose``) and the notice to the agency (``agency_notice_compose``)."""
    acknowledgement = OutgoingEmail(
        key=f"{inquiry.reference}:{ACKNOWLEDGEMENT.key}",
        kind=ACKNOWLEDGEMENT.kind,
        to=[inquiry.email],
        reply_to=[inquiry.agency.email] if inquiry.agency.email else [],
        language=inquiry.language,
        inquiry=inquiry,
        composer=ACKNOWLEDGEMENT_COMPOSER,
    )
    notice = OutgoingEmail(
        key=f"{inquiry.reference}:notice",
        kind=OutgoingEmail.Kind.AGENCY_NOTICE,
        to=_agency_recipients(inquiry),
        language=settings.LANGUAGE_CODE,
        inquiry=inquiry,
        composer=AGENCY_NOTICE_COMPOSER,
    )
    return emails_queue_new(emails=[acknowledgement, notice])


ACKNOWLEDGEMENT_COMPOSER = "acknowledgement"
AGENCY_NOTICE_COMPOSER = "agency_notice"


@email_composer(ACKNOWLEDGEMENT_COMPOSER)
def acknowledgement_compose(email: OutgoingEmail) -> tuple[str, str]:
    """The acknowledgement, with the status page's link (its token written again from the inquiry's salt)."""
    inquiry = Inquiry.objects.select_related("agency").get(pk=email.inquiry_id)
    return _sender_text(ACKNOWLEDGEMENT, inquiry)


@email_composer(AGENCY_NOTICE_COMPOSER)
def agency_notice_compose(email: OutgoingEmail) -> tuple[str, str]:
    """The new inquiry's notice to its agency: who wrote, about what, how it was routed, where to answer."""
    inquiry = Inquiry.objects.select_related("agency", "page").get(pk=email.inquiry_id)
    return _agency_text(inquiry, OutgoingEmail.Kind.AGENCY_NOTICE)


AGENCY_SUBJECTS = {
    OutgoingEmail.Kind.AGENCY_NOTICE: gettext_lazy("[%(reference)s] New inquiry for your agency"),
    OutgoingEmail.Kind.HAND_OVER_NOTICE: gettext_lazy("[%(reference)s] An inquiry was handed over to your agency"),
    OutgoingEmail.Kind.FOLLOW_UP_NOTICE: gettext_lazy("[%(reference)s] The sender added a message"),
}


def _agency_text(inquiry: Inquiry, kind: str, extra: dict | None = None) -> tuple[str, str]:
    """The subject and body of a notice to the agency's staff, in the portal's source language."""
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "inquiry": inquiry,
            "agency_name": inquiry.agency.name,
            "admin_url": admin_url(inquiry),
            "page_title": inquiry.page.title if inquiry.page_id else "",
            "extra": extra or {},
        }
        subject = str(AGENCY_SUBJECTS[kind]) % {"reference": inquiry.reference}
    return subject, _render(str(kind), language, context)


def queue_agency_notice(inquiry: Inquiry, *, kind: str, key_suffix: str, extra=None) -> OutgoingEmail:
    """A notice to the agency's staff about a change (hand-over, the sender's follow-up), quoting ``extra``."""
    subject, body = _agency_text(inquiry, kind, extra)
    return email_queue(
        key=f"{inquiry.reference}:{key_suffix}",
        kind=kind,
        to=_agency_recipients(inquiry),
        subject=subject,
        body=body,
        language=settings.LANGUAGE_CODE,
        inquiry=inquiry,
    )


def queue_reply(inquiry: Inquiry, *, event_id: int, text: str, officer, closed: bool = False) -> OutgoingEmail:
    """The officer's reply, signed with their full contact; with the rating link when it closes the inquiry."""
    short_name = localized(inquiry.agency, "short_name", inquiry.language)[0]
    return _queue_to_sender(
        REPLY, inquiry, event_id=event_id, officer=officer, agency=short_name, text=text, closed=closed
    )


def queue_hand_over_to_sender(inquiry: Inquiry, *, event_id: int, from_agency) -> OutgoingEmail:
    """The inquiry moved to another agency: which one, who handles it there and when to expect the reply."""
    from_name = localized(from_agency, "name", inquiry.language)[0]
    return _queue_to_sender(HANDED_OVER, inquiry, event_id=event_id, officer=inquiry.owner, from_agency=from_name)


def queue_information_request(inquiry: Inquiry, *, event_id: int, text: str, officer) -> OutgoingEmail:
    """The agency needs information from the sender to answer: the question, and how to answer it."""
    return _queue_to_sender(INFORMATION_REQUEST, inquiry, event_id=event_id, officer=officer, text=text)


def queue_closure(inquiry: Inquiry, *, event_id: int, officer) -> OutgoingEmail:
    """The inquiry is closed: how to rate the answer, and how to reach the officer all the same."""
    return _queue_to_sender(CLOSURE, inquiry, event_id=event_id, officer=officer)
