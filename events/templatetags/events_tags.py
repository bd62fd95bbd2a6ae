from django import template
from django.conf import settings

from ..forms import RegistrationForm
from ..selectors import event_for_page

register = template.Library()


@register.inclusion_tag("events/includes/registration_box.html", takes_context=True)
def event_registration(context, page):
    """On an event page: places left and the registration form, or why registration is closed (nothing
    at all when the event has no registration set up)."""
    event = event_for_page(page=page)
    if event is None:
        return {"event": None}
    event.page = page
    return {
        "event": event,
        "page": page,
        "places_left": max(event.capacity - event.confirmed_count, 0),
        "open": event.accepts_registrations(),
        "form": RegistrationForm(),
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "consent_version": settings.PORTAL_INQUIRY_CONSENT_VERSION,
    }
