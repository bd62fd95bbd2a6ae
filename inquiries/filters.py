"""The workspace's filters (the drilldown beside the listing's search box). Each maps a query parameter
to a rule kept elsewhere: the scope of the user's agencies (``selectors``), ``InquiryQuerySet.overdue``.
The text search is the listing's own search box (``InquiryQuerySet.search``)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import Inquiry, InquiryKind, InquiryStatus
from .selectors import agencies_for_user

ONLY = "1"  # ?overdue=1 and ?mine=1, as the workspace's links and bookmarks have always said


def _agencies(request):
    return agencies_for_user(request.user)


class InquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=InquiryStatus.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=InquiryKind.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    agency = django_filters.ModelChoiceFilter(
        label=_("Agency"), queryset=_agencies, to_field_name="slug", empty_label=_("All"), widget=forms.RadioSelect
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Reply due"),
        choices=[(ONLY, _("Overdue only"))],
        empty_label=_("All"),
        method="filter_overdue",
        widget=forms.RadioSelect,
    )
    mine = django_filters.ChoiceFilter(
        label=_("Owner"),
        choices=[(ONLY, _("Mine"))],
        empty_label=_("All"),
        method="filter_mine",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Inquiry
        fields = ["status", "kind", "agency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies_for_user(self.request.user).count() < 2:
            del self.filters["agency"]  # an officer of one agency has nothing to choose

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value == ONLY else queryset

    def filter_mine(self, queryset, name, value):
        return queryset.filter(owner=self.request.user) if value == ONLY else queryset
