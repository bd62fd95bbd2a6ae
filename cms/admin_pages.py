"""Which pages the admin names to a user outside the explorer (issue 12, item 8): the page chooser and the
translation-status report. Everything to a superuser; to anyone else the live pages without a pending draft
(their titles are public) and the pages the user may explore, as Wagtail's page permission policy says (the
portal registers its own, ``investment.permissions.AgencyPagePermissionPolicy``). A draft title is shown only
to whom may explore the page: an inquiry officer with no page rights sees no draft, an agency editor no
other agency's.
"""

from django.db.models import Q
from wagtail.models import Page
from wagtail.permissions import policy_registry


def pages_shown_in_admin(*, pages, user):
    if user.is_active and user.is_superuser:
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    hidden = Page.objects.exclude(Q(live=True, has_unpublished_changes=False) | Q(pk__in=explorable.values("pk")))
    # A list, not a subquery: the choosers' search runs this filter in the search backend too.
    return pages.exclude(pk__in=list(hidden.values_list("pk", flat=True)))
