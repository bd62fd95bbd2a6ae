"""Demand insights in the Wagtail admin: the dashboard's URL, its menu item (for users who may see inquiry
statistics) and a panel on the admin's home page beside the inquiry figures."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from inquiries.permissions import inquiry_permission_policy
from inquiries.selectors import statistics_agencies_for_user

from .selectors import demand_report
from .urls import admin_urlpatterns


def _may_see(user) -> bool:
    return inquiry_permission_policy.user_has_permission(user, "view_statistics")


class DemandMenuItem(MenuItem):
    def is_shown(self, request):
        return _may_see(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_urlpatterns


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return DemandMenuItem(_("Demand insights"), reverse("insights_dashboard"), icon_name="view", order=310)


class DemandPanel(Component):
    """The five most viewed pages and the province's funnel over three months, with a link to the rest."""

    name = "demand_insights"
    order = 160
    template_name = "insights/admin/panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        report = demand_report(agencies=statistics_agencies_for_user(self.user), months=3)
        return {"report": report, "projects": report["projects"][:5], "url": reverse("insights_dashboard")}


@hooks.register("construct_homepage_panels")
def add_demand_panel(request, panels):
    if _may_see(request.user):
        panels.append(DemandPanel(request.user))
