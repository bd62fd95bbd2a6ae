"""The e-mails an inquiry causes, written into the outbox in the language of their reader:
the sender's language for the sender, the portal's source language for agency staff."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Inquiry, OutgoingEmail
from .outbox import email_queue


def status_url(inquiry: Inquiry, token: str) -> str:
    with translation.override(inquiry.language):
        path = reverse("inquiries:status", kwargs={"token": token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def admin_url(inquiry: Inquiry) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("inquiries_admin:detail", args=[inquiry.pk])


def _render(template: str, language: str, context: dict) -> str:
    with translation.override(language):
        return render_to_string(f"inquiries/emails/{template}.txt", context).strip() + "\n"


def _agency_recipients(inquiry: Inquiry) -> list[str]:
    recipients = list(inquiry.agency.inquiry_recipients)
    if inquiry.owner_id and inquiry.owner.email and inquiry.owner.email not in recipients:
        recipients.append(inquiry.owner.email)
    return recipients


def queue_acknowledgement(inquiry: Inquiry, token: str) -> OutgoingEmail:
    language = inquiry.language
    with translation.override(language):
        context = {
            "inquiry": inquiry,
            "agency_name": inquiry.agency.name,
            "status_url": status_url(inquiry, token),
            "reply_days": inquiry.agency.first_reply_working_days,
        }
        subject = _("[%(reference)s] We have received your inquiry") % {"reference": inquiry.reference}
    return email_queue(
        key=f"{inquiry.reference}:acknowledgement",
        kind=OutgoingEmail.Kind.ACKNOWLEDGEMENT,
        to=[inquiry.email],
        subject=subject,
        body=_render("acknowledgement", language, context),
        language=language,
        inquiry=inquiry,
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


def queue_reply(inquiry: Inquiry, *, event_id: int, text: str, officer_name: str) -> OutgoingEmail:
    language = inquiry.language
    with translation.override(language):
        context = {"inquiry": inquiry, "agency_name": inquiry.agency.name, "text": text, "officer": officer_name}
        subject = _("[%(reference)s] Reply from %(agency)s") % {
            "reference": inquiry.reference,
            "agency": inquiry.agency.short_name or inquiry.agency.name,
        }
    return email_queue(
        key=f"{inquiry.reference}:reply:{event_id}",
        kind=OutgoingEmail.Kind.REPLY,
        to=[inquiry.email],
        subject=subject,
        body=_render("reply", language, context),
        language=language,
        inquiry=inquiry,
        reply_to=[inquiry.agency.email] if inquiry.agency.email else None,
    )
