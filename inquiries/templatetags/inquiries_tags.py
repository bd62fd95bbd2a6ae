from django import template
from django.conf import settings
from django.utils import translation

from cms.catalogue import catalogue_kind_of

from .. import timeline
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


@register.simple_tag
def working_language() -> str:
    """The language staff write notes and reasons in (the portal's source language)."""
    return settings.LANGUAGE_CODE
