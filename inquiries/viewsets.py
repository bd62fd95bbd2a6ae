"""The "Inquiries" section of the Wagtail admin: one viewset per screen, grouped in one menu.

    /admin/inquiries/                       the workspace (index, ?export=csv|xlsx)
    /admin/inquiries/<id>/                  an inquiry, its timeline and its actions:
    /admin/inquiries/<id>/<action>/         acknowledge, owner, status, note, reply, request-information,
                                            hand-over, retry-email (POST)
    /admin/inquiries/dashboard/             statistics
    /admin/inquiries/absences/ (+ new/)     absences and backups
    /admin/inquiries/outbox/ (+ <id>/retry/) e-mails not sent yet
    /admin/inquiry-routing-rules/, /admin/inquiry-reply-templates/, /admin/inquiry-officer-profiles/,
    /admin/inquiry-office-closures/          ModelViewSets (reply templates with their placeholder list)

The menu shows each item to the users its viewset's permission policy (``permissions.py``) allows, and
hides the group when none is left.
"""

from django import forms
from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_forms import (
    OfficerProfileForm,
    PlaceholderHelpPanel,
    ReplyTemplateForm,
    body_field_names,
    title_field_names,
)
from .filters import InquiryFilterSet
from .forms import AbsenceForm
from .models import AgencyClosure, Inquiry, OfficerAbsence, OfficerProfile, OutgoingEmail, ReplyTemplate, RoutingRule
from .permissions import inquiry_permission_policy
from .views import admin as views


class ListingViewSet(ModelViewSet):
    """A ModelViewSet with an index (and an add view when ``add_view_enabled``) and the URLs it adds
    itself: objects here change through services, never through Wagtail's edit, copy or delete views,
    and no link points at views that do not exist."""

    add_view_enabled = False
    add_to_reference_index = False
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("edit", "delete", "history", "usage", "copy", "inspect"):
            kwargs[f"{name}_url_name"] = None
        if not self.add_view_enabled:
            kwargs["add_url_name"] = None
        return kwargs

    def get_urlpatterns(self):
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
        if self.add_view_enabled:
            urlpatterns.append(path("new/", self.add_view, name="add"))
        return urlpatterns

    def register_admin_url_finder(self):
        pass  # no edit view to find

    def get_permissions_to_register(self):
        return Permission.objects.none()  # the permission policy decides, not the model's add/change/delete


class InquiryViewSet(ListingViewSet):
    model = Inquiry
    name = "inquiries_admin"  # the URL namespace (e-mails link to inquiries_admin:detail)
    url_prefix = "inquiries"
    icon = "mail"
    menu_label = _("Workspace")
    index_view_class = views.InquiryIndexView
    filterset_class = InquiryFilterSet
    list_per_page = 50
    export_filename = "inquiries"
    operations = {
        "acknowledge": views.AcknowledgeView,
        "owner": views.OwnerView,
        "status": views.StatusView,
        "note": views.NoteView,
        "reply": views.ReplyView,
        "request-information": views.InformationRequestView,
        "hand-over": views.HandOverView,
        "retry-email": views.RetryEmailView,
    }

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/", self.construct_view(views.InquiryDetailView), name="detail"),
            *(
                path(f"<int:pk>/{action}/", self.construct_view(view), name=action.replace("-", "_"))
                for action, view in self.operations.items()
            ),
        ]

    def get_permissions_to_register(self):
        """Offered in the group editor: every agency's inquiries; every agency's statistics."""
        return Permission.objects.filter(
            content_type__app_label="inquiries", codename__in=["view_all_inquiries", "view_inquiry_statistics"]
        )


class StatisticsViewSet(ViewSet):
    """One view, shown in the menu to those its permission (``view_statistics``) lets in."""

    name = "inquiry_statistics"
    url_prefix = "inquiries/dashboard"
    icon = "table"
    menu_label = _("Statistics")
    view_class = views.InquiryStatisticsView

    def get_urlpatterns(self):
        return [path("", self.view_class.as_view(), name="index")]

    @cached_property
    def menu_item_class(self):
        permission = self.view_class.permission_required

        class StatisticsMenuItem(MenuItem):
            def is_shown(self, request):
                return inquiry_permission_policy.user_has_permission(request.user, permission)

        return StatisticsMenuItem


class AbsenceViewSet(ListingViewSet):
    model = OfficerAbsence
    name = "inquiry_absences"
    url_prefix = "inquiries/absences"
    icon = "date"
    menu_label = _("Absences")
    index_view_class = views.AbsenceIndexView
    add_view_class = views.AbsenceCreateView
    add_view_enabled = True
    list_display = ["officer", "backup", "starts_on", "ends_on", "note"]
    list_per_page = 100

    def get_form_class(self, for_update=False):
        return AbsenceForm


class OutboxViewSet(ListingViewSet):
    model = OutgoingEmail
    name = "inquiry_outbox"
    url_prefix = "inquiries/outbox"
    icon = "mail"
    menu_label = _("E-mail outbox")
    index_view_class = views.OutboxIndexView
    list_filter = ["status", "kind"]
    list_per_page = 100

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/retry/", self.construct_view(views.OutboxRetryView), name="retry"),
        ]


class RoutingRuleViewSet(ModelViewSet):
    model = RoutingRule
    icon = "redirect"
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
    """Reply templates: what each suits, and its body per language, beside the placeholders it may use."""

    model = ReplyTemplate
    icon = "doc-full"
    url_prefix = "inquiry-reply-templates"
    name = "inquiry_reply_templates"
    list_display = ["title", "agency", "languages"]
    list_filter = ["agency"]
    search_fields = ["title"]

    def get_edit_handler(self):
        bodies = [FieldPanel(name) for name in body_field_names()]
        return ObjectList(
            [
                MultiFieldPanel([FieldPanel(name) for name in title_field_names()], heading=_("Title")),
                MultiFieldPanel(
                    [
                        FieldPanel("agency"),
                        FieldPanel("kinds"),
                        FieldPanel("page_kinds"),
                        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                    ],
                    heading=_("Which inquiries it suits"),
                ),
                FieldPanel("guides", widget=forms.CheckboxSelectMultiple),
                PlaceholderHelpPanel(),
                MultiFieldPanel(bodies, heading=_("Text in each language")),
            ],
            base_form_class=ReplyTemplateForm,
        ).bind_to_model(self.model)


class OfficerProfileViewSet(ModelViewSet):
    """Every officer's profile, for those who manage officers; each officer edits their own on their account."""

    model = OfficerProfile
    icon = "user"
    url_prefix = "inquiry-officer-profiles"
    name = "inquiry_officer_profiles"
    menu_label = _("Officer profiles")
    list_display = ["user", "title", "phone", "email"]
    search_fields = ["title", "phone", "email"]
    form_fields = ["user", *OfficerProfileForm._meta.fields]


class AgencyClosureViewSet(ModelViewSet):
    """Days an agency's office is closed beyond the public holidays: reply deadlines skip them."""

    model = AgencyClosure
    icon = "date"
    url_prefix = "inquiry-office-closures"
    name = "inquiry_office_closures"
    menu_label = _("Office closures")
    list_display = ["agency", "starts_on", "ends_on", "reason"]
    list_filter = ["agency"]
    form_fields = ["agency", "starts_on", "ends_on", "reason"]


class InquiryViewSetGroup(ViewSetGroup):
    menu_label = _("Inquiries")
    menu_icon = "mail"
    menu_name = "inquiries"
    menu_order = 250
    items = (
        InquiryViewSet,
        StatisticsViewSet,
        AbsenceViewSet,
        OutboxViewSet,
        RoutingRuleViewSet,
        ReplyTemplateViewSet,
        OfficerProfileViewSet,
        AgencyClosureViewSet,
    )
