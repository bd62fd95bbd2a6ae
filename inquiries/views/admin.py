"""The agency workspace in the Wagtail admin, on Wagtail's generic views (wired in ``viewsets.py``).

- The listing is an ``IndexView``: its base queryset is the user's scope (``inquiry_list_for_user``: the
  inquiries of their agencies), narrowed by ``filters.InquiryFilterSet`` and the search box; it exports
  what it shows as CSV or XLSX (``SpreadsheetExportMixin``), with the CSV formula guard (``csv_safe``).
- An inquiry's page and each action on it go through ``InquiryMixin``: a user who handles no agency is
  refused before any lookup; another agency's inquiry answers 404, as if it did not exist.
- Each action is one small ``BaseOperationView`` that reads its form, calls one service and says what
  happened; a refusal (``InquiryActionError``: the status table, an invalid form) becomes an error message.
- Statistics, absences and the e-mail outbox are views of their own, checked by the policies in
  ``permissions.py``.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, Table, TitleColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.views.generic.base import BaseObjectMixin, BaseOperationView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from cms.i18n import localized

from ..charts import bar_chart, column_chart
from ..forms import (
    AbsenceForm,
    EmailRetryForm,
    HandOverForm,
    InformationRequestForm,
    NoteForm,
    OwnerForm,
    ReplyForm,
    StatusForm,
)
from ..models import Inquiry, InquiryActionError, OutgoingEmail
from ..outbox import email_retry
from ..people import person_name
from ..permissions import inquiry_permission_policy
from ..replies import reply_suggest, reply_templates_for
from ..selectors import (
    absences_for_user,
    agencies_for_user,
    colleagues_of,
    inquiry_get_for_user,
    inquiry_list_for_user,
    inquiry_statistics,
    inquiry_timeline,
    statistics_agencies_for_user,
    user_sees_every_agency_statistics,
)
from ..services import (
    inquiry_acknowledge,
    inquiry_add_note,
    inquiry_assign_owner,
    inquiry_hand_over,
    inquiry_reply,
    inquiry_request_information,
    inquiry_set_status,
    officer_absence_create,
    officers_of,
)

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """A cell that spreadsheet programs will not run as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def _person(user) -> str:
    """A person named in the reader's language (``inquiries.people``; no avatar: nothing is loaded from
    another site)."""
    return person_name(user) or "—"


def _yes_or_blank(value: bool) -> str:
    return _("yes") if value else ""


def _local_text(value: datetime.datetime) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def _local_naive(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value).replace(tzinfo=None)  # a spreadsheet date, in the reader's time zone


# The listing -------------------------------------------------------------------------------------------


class InquiryTable(Table):
    def get_row_classname(self, instance):
        return "inquiry-overdue" if instance.is_overdue else ""

    def get_row_attrs(self, instance):
        return {**super().get_row_attrs(instance), "data-reference": instance.reference}


class SenderColumn(Column):
    cell_template_name = "inquiries/admin/cells/sender.html"


class ReplyDueColumn(Column):
    cell_template_name = "inquiries/admin/cells/reply_due.html"


class InquiryIndexView(IndexView):
    """The inquiries of the user's agencies; the CSV/XLSX export writes the same rows, every page of them."""

    template_name = "inquiries/admin/index.html"
    table_class = InquiryTable
    default_ordering = "-created_at"
    search_kwarg = "q"
    is_searchable = True
    export_filename = "inquiries"
    list_export = [
        "reference",
        "created_at",
        "get_kind_display",
        "get_status_display",
        "agency",
        "owner",
        "name",
        "email",
        "organisation",
        "country.code",
        "language",
        "sector",
        "first_reply_at",
        "is_overdue",
        "satisfaction",
        "message",
    ]
    export_headings = {
        "reference": gettext_lazy("Reference"),
        "created_at": gettext_lazy("Received"),
        "get_kind_display": gettext_lazy("Kind"),
        "get_status_display": gettext_lazy("Status"),
        "agency": gettext_lazy("Agency"),
        "owner": gettext_lazy("Owner"),
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("E-mail"),
        "organisation": gettext_lazy("Organisation"),
        "country.code": gettext_lazy("Country"),
        "language": gettext_lazy("Language"),
        "sector": gettext_lazy("Sector"),
        "first_reply_at": gettext_lazy("First reply"),
        "is_overdue": gettext_lazy("Overdue"),
        "satisfaction": gettext_lazy("Satisfaction"),
        "message": gettext_lazy("Message"),
    }
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_CSV: _local_text,
            SpreadsheetExportMixin.FORMAT_XLSX: _local_naive,
        },
    }
    custom_field_preprocess = {
        "is_overdue": {
            SpreadsheetExportMixin.FORMAT_CSV: _yes_or_blank,
            SpreadsheetExportMixin.FORMAT_XLSX: _yes_or_blank,
        }
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label=_("Reference"),
                sort_key="reference",
                get_url=lambda inquiry: reverse("inquiries_admin:detail", args=[inquiry.pk]),
            ),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
            SenderColumn("sender", label=_("From")),
            Column("get_kind_display", label=_("Kind")),
            Column("agency", label=_("Agency"), accessor=lambda inquiry: inquiry.agency.short_name or inquiry.agency),
            Column("owner", label=_("Owner"), accessor=lambda inquiry: _person(inquiry.owner)),
            StatusTagColumn("get_status_display", label=_("Status"), primary=lambda inquiry: inquiry.is_open),
            ReplyDueColumn("reply_due_at", label=_("Reply due"), sort_key="reply_due_at"),
        ]

    def get_base_queryset(self):
        return inquiry_list_for_user(user=self.request.user)

    def get_search_form(self):
        form = super().get_search_form()
        form.fields["q"].widget.attrs["placeholder"] = _("Reference, name, e-mail, organisation, text")
        return form

    def search_queryset(self, queryset):
        return queryset.search(self.search_query) if self.is_searching else queryset

    def filter_queryset(self, queryset):
        # A bad value (an old bookmark, an edited URL) drops that one filter, not all of them.
        if self.filters:
            self.filters.is_valid()
            queryset = self.filters.filter_queryset(queryset)
        return queryset

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localtime():%Y%m%d-%H%M}"

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX keeps text as text (Wagtail turns a would-be formula cell back into a string); CSV has no types.
        return csv_safe(value) if export_format == self.FORMAT_CSV else value

    def write_csv_response(self, queryset):
        # Written whole inside the view, so that the headings and dates are in the user's language and
        # time zone (a streamed body would be written after the admin's overrides end). With a byte-order
        # mark, so that spreadsheet programs read UTF-8.
        body = b"\xef\xbb\xbf" + b"".join(self.stream_csv(queryset))
        response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only:
            context["overdue_count"] = inquiry_list_for_user(user=self.request.user).overdue().count()
        return context


# One inquiry ----------------------------------------------------------------------------------------


class PermissionFirstMixin(PermissionCheckedMixin):
    """Checks the permission before the object in the URL is looked up (Wagtail's check runs in
    ``dispatch``, after ``setup`` has fetched it): a user without it is refused, not told what exists."""

    def setup(self, request, *args, **kwargs):
        self.request = request
        if not self.user_has_permission(self.permission_required):
            raise PermissionDenied
        super().setup(request, *args, **kwargs)


class InquiryMixin(PermissionFirstMixin, BaseObjectMixin):
    """The inquiry in the URL, if the user handles its agency. A user who handles no agency is refused
    before the lookup; another agency's inquiry answers 404, so that its existence is not revealed."""

    model = Inquiry
    permission_required = "change"

    def get_object(self):
        return inquiry_get_for_user(user=self.request.user, pk=self.pk)


class InquiryDetailView(InquiryMixin, WagtailAdminTemplateMixin, TemplateView):
    """The inquiry, its timeline and e-mails, and a form for each action the status table allows now."""

    permission_required = "view"
    template_name = "inquiries/admin/detail.html"
    header_icon = "mail"
    index_url_name = "inquiries_admin:index"

    def get_page_title(self):
        return self.object.reference

    def get_page_subtitle(self):
        return self.object.get_status_display()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Inquiries")},
            {"url": "", "label": self.object.reference, "sublabel": self.get_page_subtitle()},
        ]

    def suggestion(self, templates):
        """The suggested reply: the best template (or the one chosen with ?template=<id>) filled in, in the
        investor's language, with its preview in the officer's own language."""
        template_id = self.request.GET.get("template", "")
        chosen = next((t for t in templates if str(t.pk) == template_id), templates[0] if templates else None)
        if chosen is None:
            return None
        return reply_suggest(
            inquiry=self.object,
            officer=self.request.user,
            officer_language=translation.get_language(),
            template=chosen,
        )

    def get_context_data(self, **kwargs):
        inquiry = self.object
        templates = reply_templates_for(inquiry=inquiry)
        for template in templates:
            # Its title for officers in the reader's language, else the one it has, marked with its language.
            title, language = localized(template, "title", translation.get_language())
            template.admin_title, template.admin_title_language = title, language
            template.admin_title_html = (
                title
                if language == translation.get_language()
                else format_html('<span lang="{}" data-original>{}</span>', language, title)
            )
        suggestion = self.suggestion(templates)
        initial = {"text": suggestion.composed.text} if suggestion else {}
        return super().get_context_data(
            inquiry=inquiry,
            events=inquiry_timeline(inquiry=inquiry, public_only=False),
            emails=inquiry.emails.order_by("created_at"),
            owner_form=OwnerForm(officers=officers_of(inquiry.agency), initial={"owner": inquiry.owner_id}),
            status_form=StatusForm(inquiry=inquiry),
            note_form=NoteForm(),
            reply_form=ReplyForm(initial=initial, language=inquiry.language),
            information_form=InformationRequestForm(language=inquiry.language),
            hand_over_form=HandOverForm(current_agency=inquiry.agency),
            templates=templates,
            suggestion=suggestion,
            can_request_information=inquiry.can_request_information,
            **kwargs,
        )


class InquiryOperationView(InquiryMixin, BaseOperationView):
    """One action on one inquiry (POST only): reads its form, calls one service, and goes back to the
    inquiry with a message saying what happened or why not."""

    success_url_name = "inquiries_admin:detail"
    form_class = None
    invalid_message = None  # shown when the form is invalid

    def get_form_kwargs(self) -> dict:
        return {}

    @cached_property
    def data(self) -> dict:
        form = self.form_class(self.request.POST, **self.get_form_kwargs())
        if not form.is_valid():
            raise InquiryActionError(self.invalid_message)
        return form.cleaned_data

    def post(self, request, *args, **kwargs):
        try:
            self.perform_operation()
        except InquiryActionError as error:
            messages.error(request, str(error))
            return redirect(reverse(self.success_url_name, args=[self.object.pk]))
        self.add_success_message()
        return redirect(self.get_success_url())


class AcknowledgeView(InquiryOperationView):
    success_message = gettext_lazy("Acknowledged.")

    def perform_operation(self):
        inquiry_acknowledge(inquiry=self.object, actor=self.request.user)


class OwnerView(InquiryOperationView):
    form_class = OwnerForm
    invalid_message = gettext_lazy("Choose an officer of the agency.")
    success_message = gettext_lazy("Owner changed.")

    def get_form_kwargs(self):
        return {"officers": officers_of(self.object.agency)}

    def perform_operation(self):
        inquiry_assign_owner(inquiry=self.object, owner=self.data["owner"], actor=self.request.user)


class StatusView(InquiryOperationView):
    form_class = StatusForm
    invalid_message = gettext_lazy("Choose a status.")
    success_message = gettext_lazy("Status changed.")

    def get_form_kwargs(self):
        return {"inquiry": self.object}

    def perform_operation(self):
        inquiry_set_status(inquiry=self.object, status=self.data["status"], actor=self.request.user)


class NoteView(InquiryOperationView):
    form_class = NoteForm
    invalid_message = gettext_lazy("The note is empty or too long.")
    success_message = gettext_lazy("Note added.")

    def perform_operation(self):
        inquiry_add_note(inquiry=self.object, text=self.data["text"], actor=self.request.user)


class ReplyView(InquiryOperationView):
    form_class = ReplyForm
    invalid_message = gettext_lazy("The reply is empty or too long.")
    success_message = gettext_lazy("Reply queued; it is sent from the portal's outbox.")

    def perform_operation(self):
        data = self.data
        inquiry_reply(inquiry=self.object, text=data["text"], close=data["close"], actor=self.request.user)


class InformationRequestView(InquiryOperationView):
    form_class = InformationRequestForm
    invalid_message = gettext_lazy("Write what you need from the sender.")
    success_message = gettext_lazy("Request queued; the sender is asked by e-mail in their language.")

    def perform_operation(self):
        inquiry_request_information(inquiry=self.object, text=self.data["text"], actor=self.request.user)


class HandOverView(InquiryOperationView):
    """After handing over to an agency the user does not serve, the inquiry has left their workspace."""

    form_class = HandOverForm
    invalid_message = gettext_lazy("Choose another agency and give a reason.")

    def get_form_kwargs(self):
        return {"current_agency": self.object.agency}

    def perform_operation(self):
        data = self.data
        inquiry_hand_over(inquiry=self.object, to_agency=data["agency"], reason=data["reason"], actor=self.request.user)

    def get_success_message(self):
        return _("Handed over to %(agency)s.") % {"agency": self.data["agency"]}

    def get_success_url(self):
        if agencies_for_user(self.request.user).filter(pk=self.data["agency"].pk).exists():
            return super().get_success_url()
        return reverse("inquiries_admin:index")


class RetryEmailView(InquiryOperationView):
    success_message = gettext_lazy("The e-mail is queued again.")

    def perform_operation(self):
        form = EmailRetryForm(self.request.POST)
        email = self.object.emails.filter(pk=form.cleaned_data["email"]).first() if form.is_valid() else None
        if email is None:
            raise Http404
        email_retry(email=email)


# Statistics -----------------------------------------------------------------------------------------


class InquiryStatisticsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Counts, response times and satisfaction over the agencies the user may see (``view_statistics``)."""

    permission_policy = inquiry_permission_policy
    permission_required = "view_statistics"
    template_name = "inquiries/admin/dashboard.html"
    page_title = gettext_lazy("Inquiry statistics")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title(), "sublabel": self.scope}]

    @cached_property
    def agencies(self):
        return statistics_agencies_for_user(self.request.user)

    @cached_property
    def scope(self) -> str:
        if user_sees_every_agency_statistics(self.request.user):
            return _("all agencies")
        return ", ".join(str(agency) for agency in self.agencies)

    def get_page_subtitle(self):
        return self.scope

    def get_context_data(self, **kwargs):
        stats = inquiry_statistics(agencies=self.agencies, months=12)
        reply_days = [
            (row["agency"].short_name or row["agency"].name, row["reply_median_days"] or 0) for row in stats["response"]
        ]
        charts = {
            "month": column_chart(stats["by_month"], title=_("Inquiries per month")),
            "sector": bar_chart(stats["by_sector"], title=_("By sector")),
            "country": bar_chart(stats["by_country"], title=_("By country")),
            "agency": bar_chart(stats["by_agency"], title=_("By agency")),
            "kind": bar_chart(stats["by_kind"], title=_("By kind")),
            "ratings": bar_chart(stats["ratings"], title=_("Satisfaction ratings (1–5)")),
            "reply": bar_chart(reply_days, title=_("Median working days to a first reply")),
        }
        return super().get_context_data(stats=stats, charts=charts, scope=self.scope, **kwargs)


# Absences -------------------------------------------------------------------------------------------


class AbsenceIndexView(IndexView):
    """Current and planned absences of the officers of the user's agencies."""

    default_ordering = "starts_on"

    def get_base_queryset(self):
        return absences_for_user(self.request.user)


class AbsenceCreateView(CreateView):
    """The user records their own absence; ``officer_absence_create`` hands their open inquiries over."""

    form_class = AbsenceForm
    submit_button_label = gettext_lazy("Record my absence")
    success_message = gettext_lazy("Absence recorded; your open inquiries go to your backup meanwhile.")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "colleagues": colleagues_of(self.request.user)}

    def save_instance(self):
        return officer_absence_create(officer=self.request.user, **self.form.cleaned_data)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except InquiryActionError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)

    def get_success_message(self, instance):
        return self.success_message

    def get_success_buttons(self):
        return []  # absences are not edited: a new one replaces a mistaken one


# The e-mail outbox ----------------------------------------------------------------------------------


class RetryColumn(Column):
    """A retry button (a POST form) on a failed e-mail."""

    cell_template_name = "inquiries/admin/cells/retry.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        context["retry_url"] = reverse("inquiry_outbox:retry", args=[instance.pk])
        return context


class OutboxIndexView(IndexView):
    """The e-mails not sent yet, or given up on (those can be queued again)."""

    default_ordering = "-created_at"

    @cached_property
    def columns(self):
        return [
            DateColumn("created_at", label=_("Queued"), sort_key="created_at"),
            Column("get_kind_display", label=_("Kind")),
            Column("to", label=_("To"), accessor=lambda email: ", ".join(email.to)),
            Column("get_status_display", label=_("Status")),
            Column("attempts", label=_("Attempts")),
            Column("last_error", label=_("Last error"), accessor=lambda email: email.last_error[:160]),
            RetryColumn("retry", label=""),
        ]

    def get_base_queryset(self):
        return OutgoingEmail.objects.exclude(status=OutgoingEmail.Status.SENT).select_related("inquiry")

    @cached_property
    def no_results_message(self):
        return _("Every e-mail has been sent.")


class OutboxRetryView(PermissionFirstMixin, BaseOperationView):
    """Queues a failed e-mail again (``change`` on the outbox: those who see every agency)."""

    model = OutgoingEmail
    permission_required = "change"
    success_message = gettext_lazy("The e-mail is queued again.")

    def perform_operation(self):
        email_retry(email=self.object)

    def get_success_url(self):
        return self.next_url or reverse("inquiry_outbox:index")
