"""Who may do what in the inquiry workspace, as Wagtail permission policies (registered in
``wagtail_hooks``; the viewsets' views check them, and the "Inquiries" menu shows an item only to a user
its policy allows).

An officer is a member of an agency's officers group (``Agency.officers``), not the holder of a model
permission: they see and handle the inquiries of their agencies and only those (another agency's inquiry
answers 404, see ``selectors.inquiry_get_for_user``). Two permissions widen that, and superusers have both:
``inquiries.view_all_inquiries`` (every agency's inquiries, and the e-mail outbox) and
``inquiries.view_inquiry_statistics`` (the statistics of every agency, for leadership and analysts).
Nobody adds, edits or deletes an inquiry here: inquiries arrive from the public form and the API, and
change only through the services.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from .models import Inquiry, OfficerAbsence, OutgoingEmail
from .selectors import (
    agencies_for_user,
    inquiry_list_for_user,
    user_is_officer,
    user_sees_all,
    user_sees_every_agency_statistics,
)


def _holds(codename: str) -> Q:
    """Users who hold ``inquiries.<codename>`` themselves or through a group."""
    return Q(user_permissions__content_type__app_label="inquiries", user_permissions__codename=codename) | Q(
        groups__permissions__content_type__app_label="inquiries", groups__permissions__codename=codename
    )


OFFICERS = Q(groups__officer_agencies__isnull=False) | Q(is_superuser=True) | _holds("view_all_inquiries")
SEE_ALL = Q(is_superuser=True) | _holds("view_all_inquiries")


class RulePermissionPolicy(BasePermissionPolicy):
    """A policy given as two tables: per action, the test for one user and the filter that finds them all.
    An action that is not listed is refused to everyone."""

    user_tests: dict = {}
    user_filters: dict = {}

    def user_has_permission(self, user, action):
        test = self.user_tests.get(action)
        if not (test and user.is_authenticated and user.is_active):
            return False
        # Answered once per user object, i.e. per request (as Django caches a user's permissions): the menu
        # asks for every item on every admin page.
        answers = user.__dict__.setdefault("_inquiry_policy_answers", {})
        key = (type(self).__name__, action)
        if key not in answers:
            answers[key] = bool(test(user))
        return answers[key]

    def users_with_any_permission(self, actions):
        query = Q(pk__in=[])
        for action in actions:
            if action in self.user_filters:
                query |= self.user_filters[action]
        return get_user_model().objects.filter(query, is_active=True).distinct()


class InquiryPermissionPolicy(RulePermissionPolicy):
    """``view`` and ``change``: the workspace, for the inquiries of the user's agencies; ``view_statistics``:
    the statistics (an officer sees their agencies', a holder of the permission every agency's)."""

    user_tests = {
        "view": user_is_officer,
        "change": user_is_officer,
        "view_statistics": lambda user: user_is_officer(user) or user_sees_every_agency_statistics(user),
    }
    user_filters = {
        "view": OFFICERS,
        "change": OFFICERS,
        "view_statistics": OFFICERS | _holds("view_inquiry_statistics"),
    }

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            action == "view_statistics" or agencies_for_user(user).filter(pk=instance.agency_id).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return inquiry_list_for_user(user=user)
        return Inquiry.objects.none()


class AbsencePermissionPolicy(RulePermissionPolicy):
    """Officers record their own absences and see those of their agencies' officers."""

    user_tests = {"view": user_is_officer, "add": user_is_officer}
    user_filters = {"view": OFFICERS, "add": OFFICERS}


class OutboxPermissionPolicy(RulePermissionPolicy):
    """The e-mails of every agency: for those who see every agency's inquiries; ``change`` is a retry."""

    user_tests = {"view": user_sees_all, "change": user_sees_all}
    user_filters = {"view": SEE_ALL, "change": SEE_ALL}


inquiry_permission_policy = InquiryPermissionPolicy(Inquiry)
absence_permission_policy = AbsencePermissionPolicy(OfficerAbsence)
outbox_permission_policy = OutboxPermissionPolicy(OutgoingEmail)
