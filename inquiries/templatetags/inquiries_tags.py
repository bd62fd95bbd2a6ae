from django import template
from django.conf import settings
from django.utils import translation

from cms.catalogue import catalogue_kind_of

from ..forms import InquiryForm, default_kind_for

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
        "form": InquiryForm(initial=initial),
        "about_page": about,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "consent_version": settings.PORTAL_INQUIRY_CONSENT_VERSION,
    }
