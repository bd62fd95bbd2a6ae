"""Who may do what with catalogue pages.

Wagtail's group page permissions decide the *section* rights (add/change on the three listing pages for
agency editors; add/change/publish/lock for the promotion centre's moderators). On top of that, an agency
editor may only touch the pages of their own agency (``Agency.editors``): for any other page the tester
below refuses editing, previewing (Wagtail's preview views ask ``can_edit``), deleting, moving, copying,
locking, unpublishing, revisions and moderation. Whoever holds *publish* permission over the page (a
moderator) or is a superuser is not restricted by agency.
"""

from django.utils.functional import cached_property
from wagtail.models import PagePermissionTester

from investment.models.agencies import Agency


def user_agency_ids(user) -> frozenset[int]:
    """The agencies whose editors group ``user`` belongs to (cached on the user object)."""
    cached = getattr(user, "_portal_agency_ids", None)
    if cached is None:
        if user is None or not user.is_authenticated or not user.is_active:
            cached = frozenset()
        else:
            cached = frozenset(Agency.objects.filter(editors__user=user).values_list("pk", flat=True))
        if user is not None:
            user._portal_agency_ids = cached
    return cached


def user_is_catalogue_moderator(user, page) -> bool:
    """True for superusers and for users who hold publish permission over ``page``."""
    if user is None or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return "publish" in PagePermissionTester(user, page).permissions


class AgencyPagePermissionTester(PagePermissionTester):
    @cached_property
    def agency_allowed(self) -> bool:
        if not self.user.is_active:
            return False
        if self.user.is_superuser or "publish" in self.permissions:
            return True
        agency_id = getattr(self.page, "agency_id", None)
        if agency_id is None:
            # A page being created: the create view asks the parent; the form limits the agency choice.
            return self.page.pk is None
        return agency_id in user_agency_ids(self.user)

    def can_edit(self):
        return self.agency_allowed and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self.agency_allowed and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self.agency_allowed and super().can_unpublish()

    def can_publish(self):
        return self.agency_allowed and super().can_publish()

    def can_submit_for_moderation(self):
        return self.agency_allowed and self.can_edit() and super().can_submit_for_moderation()

    def can_lock(self):
        return self.agency_allowed and super().can_lock()

    def can_unlock(self):
        return self.agency_allowed and super().can_unlock()

    def can_copy(self):
        return self.agency_allowed and super().can_copy()

    def can_move(self):
        return self.agency_allowed and super().can_move()

    def can_view_revisions(self):
        return self.agency_allowed and super().can_view_revisions()

    def can_set_view_restrictions(self):
        return self.agency_allowed and super().can_set_view_restrictions()

    def can_unschedule(self):
        return self.agency_allowed and super().can_unschedule()
