from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaksbr
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from cms.catalogue import catalogue_kind_of
from cms.render_cache import cached, html_for_reader, html_to_keep

from .. import people, timeline
from ..forms import InquiryForm, default_kind_for, new_form_token
from ..routing import routing_text

register = template.Library()


# Where a kept form has its one-time token: each reader gets a fresh one (``inquiries.idempotency``).
_FORM_TOKEN_SLOT = "@@portal-inquiry-form-token@@"  # noqa: S105  (a placeholder, not a secret)


@register.simple_tag(takes_context=True)
def inquiry_form(context, page=None):
    """The inquiry form for a project, opportunity or zone page, pre-filled with that page. It is the same for
    every reader but for the CSRF token and the form's one-time token, so its HTML (the country and sector lists
    are most of it) is kept until the next publish (``cms.render_cache``) with a slot for each."""
    page = getattr(page, "specific", page)
    about = page if catalogue_kind_of(page) is not None else None
    request = context.get("request")

    def compute() -> str:
        initial = {
            "kind": default_kind_for(about) if about else "general",
            "language": translation.get_language(),
            "form_token": _FORM_TOKEN_SLOT,
        }
        if about is not None:
            initial["page"] = about.pk
        section = context.template.engine.get_template("inquiries/includes/inquiry_form_section.html")
        values = {
            "form": InquiryForm(initial=initial, request=request),
            "about_page": about,
            "request": request,
            "csrf_token": context.get("csrf_token"),
            "consent_version": settings.PORTAL_INQUIRY_CONSENT_VERSION,
        }
        return html_to_keep(str(section.render(context.new(values))))

    about_id = about.pk if about is not None else ""
    # The consent version is a setting, not content: a new one is shown at once, not after the next publish.
    consent = settings.PORTAL_INQUIRY_CONSENT_VERSION
    html = cached("inquiry-form", about_id, consent, request=request, compute=compute)
    html = html_for_reader(html, request).replace(_FORM_TOKEN_SLOT, new_form_token())
    return mark_safe(html)  # noqa: S308  (the output of a template, escaped as it rendered)


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
