"""Query parameters of Wagtail's API v2 that reached the database unchecked, checked here (issue 12).

- ``offset``: Wagtail slices the queryset with it, so a number beyond the database's integers
  (``?offset=99999999999999999999``) answered 500 (PostgreSQL: bigint out of range; SQLite: Python int too
  large). An offset at or past the end is an empty page (the list may have shrunk since the last page was
  read), answered without asking the database for it.
- ``search_operator``: anything but ``and``/``or`` raised a ValueError in the search backend (500); 400 now.
- ``search``: the text itself is made safe by the search backend (``cms.wagtail_search``), for the admin's
  search and choosers as well.

``PortalPagination`` and ``PortalSearchFilter`` replace Wagtail's classes on the public endpoints
(``portal/api.py``) and on the admin's pages API (``cms/wagtail_hooks.py``).
"""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

SEARCH_OPERATORS = ("and", "or")


class PortalPagination(WagtailPagination):
    """Wagtail's ``offset``/``limit`` rules and answer, with the slice kept inside the list."""

    def paginate_queryset(self, queryset, request, view=None):
        offset, limit = self.offset_and_limit(request)
        self.view = view
        self.total_count = queryset.count()
        if offset >= self.total_count:
            return []
        return queryset[offset : offset + limit]

    @staticmethod
    def offset_and_limit(request) -> tuple[int, int]:
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        try:
            offset = int(request.GET.get("offset", 0))
            if offset < 0:
                raise ValueError
        except ValueError as exc:
            raise BadRequestError(_("offset must be a positive integer")) from exc
        try:
            limit = int(request.GET.get("limit", min(20, limit_max) if limit_max else 20))
            if limit < 0:
                raise ValueError
        except ValueError as exc:
            raise BadRequestError(_("limit must be a positive integer")) from exc
        if limit_max and limit > limit_max:
            raise BadRequestError(_("limit cannot be higher than %(max)d") % {"max": limit_max})
        return offset, limit


class PortalSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(
                _("search_operator: use %(choices)s.") % {"choices": " or ".join(f"'{op}'" for op in SEARCH_OPERATORS)}
            )
        return super().filter_queryset(request, queryset, view)
