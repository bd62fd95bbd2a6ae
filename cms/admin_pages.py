"""Which pages the admin names to a user outside the explorer (issue 12, item 8): the page chooser, the
translation-status report and the bulk actions' confirmation pages (which listed, by title, every page whose
id was in the address, the ones the user may not act on included; ids are sequential). Everything to a
superuser; to anyone else the live pages without a pending draft (their titles are public) and the pages the
user may explore, as Wagtail's page permission policy says (the portal registers its own,
``investment.permissions.AgencyPagePermissionPolicy``). A draft title is shown only to whom may explore the
page: an inquiry officer with no page rights sees no draft, an agency editor no other agency's.
"""

from django.db.models import Q
from django.http import Http404
from wagtail.admin.views.pages.bulk_actions import (
    DeleteBulkAction,
    MoveBulkAction,
    PublishBulkAction,
    UnpublishBulkAction,
)
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry


def pages_shown_in_admin(*, pages, user):
    if user.is_active and user.is_superuser:
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    hidden = Page.objects.exclude(Q(live=True, has_unpublished_changes=False) | Q(pk__in=explorable.values("pk")))
    # A list, not a subquery: the choosers' search runs this filter in the search backend too.
    return pages.exclude(pk__in=list(hidden.values_list("pk", flat=True)))


class ScopedPageBulkActionMixin:
    """Names among the pages the user may not act on only those the admin shows the user."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = extra["items_with_no_access"]
        shown = pages_shown_in_admin(
            pages=Page.objects.filter(pk__in=[page.pk for page in refused]), user=self.request.user
        )
        shown_ids = set(shown.values_list("pk", flat=True))
        extra["items_with_no_access"] = [page for page in refused if page.pk in shown_ids]
        return objects, extra


SCOPED_PAGE_BULK_ACTIONS = [
    type(f"Scoped{action.__name__}", (ScopedPageBulkActionMixin, action), {})
    for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
]


class ScopedConfirmWorkflowCancellationView(ConfirmWorkflowCancellationView):
    """Wagtail's confirmation, asked before publishing a page that is in a workflow, checks no permission: it
    named any page's workflow and task to anyone signed in to the admin. Only who may edit the page sees it
    (the step belongs to the edit view); anyone else gets 404, as for a page they may not open."""

    def dispatch(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_edit():
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ScopedPageViewSet(PageViewSet):
    """Wagtail's default page views, but for the workflow-cancellation confirmation (above); registered for
    ``Page`` after Wagtail's own base viewset, so every page type uses it (``cms.wagtail_hooks``)."""

    confirm_workflow_cancellation_view_class = ScopedConfirmWorkflowCancellationView
