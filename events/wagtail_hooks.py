"""The events' part of the Wagtail admin: permission policies first, then the "Events" menu (``viewsets.py``)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Event, EventRegistration
from .permissions import event_permission_policy, registration_permission_policy
from .viewsets import EventViewSetGroup

register_permission_policy(Event, event_permission_policy)
register_permission_policy(EventRegistration, registration_permission_policy)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return EventViewSetGroup()
