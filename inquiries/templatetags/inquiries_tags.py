from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaksbr
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from cms.catalogue import catalogue_kind_of

from .. import people, timeline
from ..forms import InquiryForm, default_kind_for
from ..routing import routing_text

register = template.Library()


@register.inclusion_tag("inquiries/includes/inquiry_form_section.html", takes_context=True)
def inquiry_form(context, page=None):
    """The inquiry form for a project, opportunity or zone page, pre-filled with that page."""
    page = getattr(page, "specific", page)
    about = page if catalogue_kind_of(page) is not None else None
    initial = {"kind": default_kind_for(about) if about else "general", "language": translation.get_language()}
    if about is not None:
        initial["page"] = about.pk
    return {
        "form": InquiryForm(initial=initial, request=context.get("request")),
        "about_page": about,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "consent_version": settings.PORTAL_INQUIRY_CONSENT_VERSION,
    }


@register.simple_tag
def timeline_text(event, public=False):
    """The text of a timeline line in the reader's language (``inquiries.timeline``)."""
    return timeline.event_text(event, public=public)


@register.simple_tag
def timeline_actor(event):
    return timeline.event_actor(event)


@register.simple_tag
def routing_explanation(inquiry, events=None):
    """How the inquiry reached its agency, from the last routing decision's codes, in the reader's
    language (the stored record, in the source language, for an inquiry routed before codes)."""
    routed = [event for event in (events if events is not None else inquiry.events.all()) if event.kind == "routed"]
    if routed and routed[-1].data.get("via"):
        return routing_text(routed[-1].data)
    return inquiry.routing_explanation


@register.filter
def with_sender_words(text: str, inquiry):
    """A composed reply as HTML (line breaks kept), with the sender's own words that it quotes (their name and
    organisation, as they wrote them) marked with the inquiry's language: a preview in the officer's language
    quotes a Vietnamese sender's name in Vietnamese."""
    html = str(linebreaksbr(text))  # escaped
    words = sorted({inquiry.name, inquiry.organisation} - {""}, key=len, reverse=True)
    for index, value in enumerate(words):  # longest first, through markers, so that one never splits another
        html = html.replace(str(escape(value)), f"\x00{index}\x00")
    for index, value in enumerate(words):
        html = html.replace(
            f"\x00{index}\x00", format_html('<span lang="{}" data-original>{}</span>', inquiry.language, value)
        )
    return mark_safe(html)  # noqa: S308  (escaped by linebreaksbr, the spans built by format_html)


@register.filter
def person_name(user) -> str:
    """A person named in the active language (``inquiries.people``), "—" for nobody."""
    return people.person_name(user) or "—"


@register.simple_tag
def working_language() -> str:
    """The language staff write notes and reasons in (the portal's source language)."""
    return settings.LANGUAGE_CODE
