"""The admin's pages API (``/admin/api/main/pages/``, used by the page explorer menu and the choosers), with
the portal's checked parameters (``cms.api_params``). ``cms/wagtail_hooks.py`` registers it in place of
Wagtail's through the ``construct_admin_api`` hook."""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.filters import SearchFilter

from cms.api_params import PortalPagination, PortalSearchFilter


class PortalPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    filter_backends = [
        PortalSearchFilter if backend is SearchFilter else backend for backend in PagesAdminAPIViewSet.filter_backends
    ]
    pagination_class = PortalPagination
