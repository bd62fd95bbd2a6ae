"""The "Events" section of the Wagtail admin: the events with registration (set-up, counts) and their
registrations (the list, filtered by event and status, exported as CSV or XLSX).

    /admin/events/ (+ new/, <id>/)         set up registration for an event page: places, dates, times
    /admin/events/registrations/           who registered, confirmed or waiting (?export=csv|xlsx)

Each user sees the events of their agencies only (``permissions.py``); nobody deletes an event here (its
registrations would go with it) and registrations change only through the registrants' own links.
"""

import datetime

from django.contrib.auth.models import Permission
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from inquiries.views.admin import csv_safe
from inquiries.viewsets import ListingViewSet

from .forms import EventForm
from .models import Event, EventRegistration
from .selectors import event_agencies_for_user, events_for_user, registrations_for_user
from .services import event_save


class EventIndexView(IndexView):
    default_ordering = "-page__date"

    @cached_property
    def columns(self):
        return [
            TitleColumn("page", label=_("Event"), url_name=self.edit_url_name),
            DateColumn("date", label=_("Date"), accessor=lambda event: event.page.date),
            Column(
                "agency", label=_("Organising agency"), accessor=lambda event: event.agency.short_name or event.agency
            ),
            Column("capacity", label=_("Places")),
            Column("confirmed_count", label=_("Confirmed")),
            Column("waiting_count", label=_("Waiting list")),
            TitleColumn(
                "registrations",
                label=_("Registrations"),
                accessor=lambda event: _("List and export"),
                get_url=lambda event: reverse("event_registrations:index") + f"?event={event.pk}",
            ),
        ]

    def get_base_queryset(self):
        return events_for_user(self.request.user)


class EventFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "agencies": event_agencies_for_user(self.request.user)}

    def save_instance(self):
        event, promoted = event_save(event=self.form.save(commit=False))
        return event


class EventCreateView(EventFormMixin, CreateView):
    pass


class EventEditView(EventFormMixin, EditView):
    def get_object(self, queryset=None):
        """Another agency's event answers 404, as if it did not exist."""
        return get_object_or_404(events_for_user(self.request.user), pk=self.kwargs["pk"])


class EventViewSet(ModelViewSet):
    model = Event
    name = "event_setup"
    url_prefix = "events"
    icon = "date"
    menu_label = gettext_lazy("Events with registration")
    index_view_class = EventIndexView
    add_view_class = EventCreateView
    edit_view_class = EventEditView
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return EventForm

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("delete", "history", "usage", "copy", "inspect"):
            kwargs[f"{name}_url_name"] = None
        return kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("<int:pk>/", self.edit_view, name="edit"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.none()


def _local_text(value: datetime.datetime) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def _local_naive(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value).replace(tzinfo=None)


class RegistrationIndexView(IndexView):
    """The registrations of the user's agencies' events; the export writes every page of the same rows."""

    default_ordering = "created_at"
    export_filename = "event-registrations"
    list_export = [
        "event",
        "get_status_display",
        "created_at",
        "name",
        "email",
        "organisation",
        "country.code",
        "phone",
        "language",
        "confirmed_at",
        "cancelled_at",
    ]
    export_headings = {
        "event": gettext_lazy("Event"),
        "get_status_display": gettext_lazy("Status"),
        "created_at": gettext_lazy("Registered"),
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("E-mail"),
        "organisation": gettext_lazy("Organisation"),
        "country.code": gettext_lazy("Country"),
        "phone": gettext_lazy("Phone"),
        "language": gettext_lazy("Language"),
        "confirmed_at": gettext_lazy("Place confirmed"),
        "cancelled_at": gettext_lazy("Cancelled"),
    }
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_CSV: _local_text,
            SpreadsheetExportMixin.FORMAT_XLSX: _local_naive,
        },
        str: {SpreadsheetExportMixin.FORMAT_CSV: csv_safe, SpreadsheetExportMixin.FORMAT_XLSX: csv_safe},
    }

    @cached_property
    def columns(self):
        return [
            Column("name", label=_("Name")),
            Column("email", label=_("E-mail")),
            Column("organisation", label=_("Organisation")),
            Column("event", label=_("Event")),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda registration: registration.status == EventRegistration.Status.CONFIRMED,
            ),
            DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
        ]

    def get_base_queryset(self):
        return registrations_for_user(self.request.user)


class RegistrationViewSet(ListingViewSet):
    model = EventRegistration
    name = "event_registrations"
    url_prefix = "events/registrations"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    index_view_class = RegistrationIndexView
    list_filter = ["event", "status"]
    list_per_page = 100
    export_filename = "event-registrations"


class EventViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Events")
    menu_icon = "date"
    menu_name = "events"
    menu_order = 260
    items = (RegistrationViewSet, EventViewSet)
