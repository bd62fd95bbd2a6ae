from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ReplyTemplate, RoutingRule
from .selectors import user_is_officer
from .views import admin as views

admin_urlpatterns = [
    path("", views.workspace_index, name="index"),
    path("export.csv", views.inquiries_export, name="export"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("absences/", views.absences, name="absences"),
    path("outbox/", views.outbox, name="outbox"),
    path("<int:pk>/", views.inquiry_detail, name="detail"),
    path("<int:pk>/<slug:action>/", views.inquiry_action, name="action"),
]


@hooks.register("register_admin_urls")
def register_inquiry_urls():
    return [path("inquiries/", include((admin_urlpatterns, "inquiries_admin"), namespace="inquiries_admin"))]


class OfficerMenuItem(MenuItem):
    def is_shown(self, request):
        return user_is_officer(request.user)


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user_is_officer(user) or user.has_perm("inquiries.view_inquiry_statistics")


class RuleMenuItem(MenuItem):
    def __init__(self, *args, model, **kwargs):
        super().__init__(*args, **kwargs)
        self.model = model

    def is_shown(self, request):
        opts = self.model._meta
        return any(
            request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}") for action in ("add", "change")
        )


class RoutingRuleViewSet(ModelViewSet):
    model = RoutingRule
    icon = "redirect"
    add_to_admin_menu = False
    url_prefix = "inquiry-routing-rules"
    name = "inquiry_routing_rules"
    list_display = ["priority", "name", "target_agency", "to_page_agency", "is_active"]
    list_filter = ["is_active", "target_agency"]
    search_fields = ["name"]
    form_fields = [
        "name",
        "priority",
        "is_active",
        "kinds",
        "about_a_page",
        "page_agency",
        "sector",
        "place",
        "countries",
        "to_page_agency",
        "target_agency",
    ]


class ReplyTemplateViewSet(ModelViewSet):
    model = ReplyTemplate
    icon = "doc-full"
    add_to_admin_menu = False
    url_prefix = "inquiry-reply-templates"
    name = "inquiry_reply_templates"
    list_display = ["title", "language", "agency"]
    list_filter = ["language", "agency"]
    search_fields = ["title", "body"]
    form_fields = ["title", "language", "agency", "kinds", "body"]


routing_rule_viewset = RoutingRuleViewSet()
reply_template_viewset = ReplyTemplateViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [routing_rule_viewset, reply_template_viewset]


@hooks.register("register_admin_menu_item")
def register_inquiries_menu():
    menu = Menu(
        items=[
            OfficerMenuItem(_("Workspace"), reverse_lazy("inquiries_admin:index"), icon_name="mail", order=100),
            StatisticsMenuItem(
                _("Statistics"), reverse_lazy("inquiries_admin:dashboard"), icon_name="table", order=200
            ),
            OfficerMenuItem(_("Absences"), reverse_lazy("inquiries_admin:absences"), icon_name="date", order=300),
            RuleMenuItem(
                _("Routing rules"),
                reverse_lazy("inquiry_routing_rules:index"),
                icon_name="redirect",
                order=400,
                model=RoutingRule,
            ),
            RuleMenuItem(
                _("Reply templates"),
                reverse_lazy("inquiry_reply_templates:index"),
                icon_name="doc-full",
                order=500,
                model=ReplyTemplate,
            ),
        ]
    )
    return SubmenuMenuItem(_("Inquiries"), menu, icon_name="mail", name="inquiries", order=250)
