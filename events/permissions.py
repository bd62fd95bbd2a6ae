"""Who may manage events and see their registrations: the officers and editors of the organising agency
(``selectors.event_agencies_for_user``), and those who see every agency (superusers, holders of
``inquiries.view_all_inquiries``). Nobody adds or edits a registration in the admin: registrants do, on the
site; an officer sees the list, exports it and sets up the event."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from .models import Event, EventRegistration
from .selectors import event_agencies_for_user, events_for_user, registrations_for_user

MANAGERS = (
    Q(is_superuser=True)
    | Q(groups__officer_agencies__isnull=False)
    | Q(groups__edited_agencies__isnull=False)
    | Q(user_permissions__codename="view_all_inquiries", user_permissions__content_type__app_label="inquiries")
    | Q(groups__permissions__codename="view_all_inquiries", groups__permissions__content_type__app_label="inquiries")
)


def user_manages_events(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    answers = user.__dict__.setdefault("_event_policy_answers", {})
    if "manages" not in answers:
        answers["manages"] = event_agencies_for_user(user).exists()
    return answers["manages"]


class EventPermissionPolicy(BasePermissionPolicy):
    actions = {"view", "add", "change"}

    def user_has_permission(self, user, action):
        return action in self.actions and user_manages_events(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & self.actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(MANAGERS, is_active=True).distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            event_agencies_for_user(user).filter(pk=instance.agency_id).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return events_for_user(user)
        return Event.objects.none()


class RegistrationPermissionPolicy(EventPermissionPolicy):
    actions = {"view"}

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            event_agencies_for_user(user).filter(pk=instance.event.agency_id).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return registrations_for_user(user)
        return EventRegistration.objects.none()


event_permission_policy = EventPermissionPolicy(Event)
registration_permission_policy = RegistrationPermissionPolicy(EventRegistration)
