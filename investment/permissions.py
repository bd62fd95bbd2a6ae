"""Who may do what with catalogue pages.

Wagtail's group page permissions decide the *section* rights (add/change on the three listing pages for
agency editors; add/change/publish/lock for the promotion centre's moderators). On top of that, an agency
editor may only touch the pages of their own agency (``Agency.editors``): for any other page the tester
below refuses editing, previewing (Wagtail's preview views ask ``can_edit``), deleting, moving, copying,
locking, unpublishing, revisions and moderation. Whoever holds *publish* permission over the page (a
moderator) or is a superuser is not restricted by agency.

**What the admin lists** (issue 12, item 8). Wagtail lists a section's pages to whoever may explore it, so an
agency editor saw the other agencies' pages, draft titles included, in the explorer, the admin search, the
admin pages API and the site history. ``AgencyPagePermissionPolicy`` (registered for all pages, so every view
that asks Wagtail's policy registry gets it) leaves another agency's catalogue pages out of the pages a user
may explore or has permissions for, unless the user holds *publish* over them. The page chooser and the
translation-status report use it too (``cms.admin_pages``).
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

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


class AgencyPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, without other agencies' catalogue pages for agency editors (module docstring)."""

    def _foreign_catalogue_pages(self, user):
        """Catalogue pages of agencies whose editors ``user`` is not among, outside the user's publish rights."""
        publishable = super().instances_user_has_any_permission_for(user, {"publish"})
        return (
            Page.objects.filter(catalogue_entry_filter())
            .exclude(catalogue_agency_filter(user_agency_ids(user)))
            .exclude(pk__in=publishable.values("pk"))
        )

    def _scoped(self, user, pages):
        if self._base_queryset_for_user(user) is not None:  # superuser, inactive or anonymous
            return pages
        return pages.exclude(pk__in=self._foreign_catalogue_pages(user).values("pk"))

    def instances_user_has_any_permission_for(self, user, actions):
        return self._scoped(user, super().instances_user_has_any_permission_for(user, actions))

    def explorable_instances(self, user):
        return self._scoped(user, super().explorable_instances(user))


def catalogue_page_models() -> list[type[Page]]:
    """The page types an agency owns (those with an ``agency``: projects, opportunities, zones)."""
    return [
        model
        for model in apps.get_app_config("investment").get_models()
        if issubclass(model, Page) and any(field.name == "agency" for field in model._meta.concrete_fields)
    ]


def catalogue_entry_filter() -> Q:
    return Q(content_type__in=ContentType.objects.get_for_models(*catalogue_page_models()).values())


def catalogue_agency_filter(agency_ids) -> Q:
    """Pages (``Page`` rows) whose specific catalogue page belongs to one of ``agency_ids``."""
    condition = Q(pk__in=[])
    for model in catalogue_page_models():
        condition |= Q(pk__in=model.objects.filter(agency_id__in=agency_ids).values("pk"))
    return condition
