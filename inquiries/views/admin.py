"""The agency workspace in the Wagtail admin. Every view goes through ``selectors`` that limit the
inquiries to the user's agencies: another agency's inquiry answers 404, as if it did not exist."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from investment.models import Agency

from ..charts import bar_chart, column_chart
from ..forms import AbsenceForm, HandOverForm, NoteForm, OwnerForm, ReplyForm, StatusForm
from ..models import InquiryKind, InquiryStatus, OfficerAbsence, OutgoingEmail, ReplyTemplate
from ..outbox import email_retry
from ..selectors import (
    agencies_for_user,
    inquiry_get_for_user,
    inquiry_list_for_user,
    inquiry_statistics,
    inquiry_timeline,
    reply_templates_for,
    user_is_officer,
    user_sees_all,
)
from ..services import (
    InquiryActionError,
    inquiry_acknowledge,
    inquiry_add_note,
    inquiry_assign_owner,
    inquiry_hand_over,
    inquiry_reply,
    inquiry_set_status,
    officer_absence_create,
    officers_of,
)


def _require_officer(request):
    if not user_is_officer(request.user):
        raise PermissionDenied


def _filters(request) -> dict:
    get = request.GET
    return {
        "status": get.get("status", "") if get.get("status", "") in InquiryStatus.values else "",
        "kind": get.get("kind", "") if get.get("kind", "") in InquiryKind.values else "",
        "agency": get.get("agency", "")[:60],
        "overdue": get.get("overdue") == "1",
        "mine": get.get("mine") == "1",
        "q": get.get("q", "")[:100],
    }


def workspace_index(request):
    _require_officer(request)
    filters = _filters(request)
    inquiries = inquiry_list_for_user(user=request.user, **filters)
    page = Paginator(inquiries, 50).get_page(request.GET.get("p"))
    return render(
        request,
        "inquiries/admin/index.html",
        {
            "page_obj": page,
            "filters": filters,
            "agencies": agencies_for_user(request.user),
            "statuses": InquiryStatus.choices,
            "kinds": InquiryKind.choices,
            "query_string": request.GET.urlencode(),
            "overdue_count": inquiry_list_for_user(user=request.user, overdue=True).count(),
        },
    )


def inquiry_detail(request, pk: int):
    _require_officer(request)
    inquiry = inquiry_get_for_user(user=request.user, pk=pk)
    templates = reply_templates_for(inquiry=inquiry)
    reply_initial = {}
    template_id = request.GET.get("template", "")
    if template_id.isdigit():
        chosen = next((t for t in templates if t.pk == int(template_id)), None)
        if chosen is not None:
            reply_initial["text"] = chosen.render(
                name=inquiry.name,
                reference=inquiry.reference,
                agency=inquiry.agency.name,
                officer=request.user.get_full_name() or request.user.get_username(),
            )
    officers = officers_of(inquiry.agency)
    return render(
        request,
        "inquiries/admin/detail.html",
        {
            "inquiry": inquiry,
            "events": inquiry_timeline(inquiry=inquiry, public_only=False),
            "emails": inquiry.emails.order_by("created_at"),
            "owner_form": OwnerForm(officers=officers, initial={"owner": inquiry.owner_id}),
            "status_form": StatusForm(initial={"status": inquiry.status}),
            "note_form": NoteForm(),
            "reply_form": ReplyForm(initial=reply_initial),
            "hand_over_form": HandOverForm(current_agency=inquiry.agency),
            "templates": templates,
        },
    )


@require_POST
def inquiry_action(request, pk: int, action: str):
    _require_officer(request)
    inquiry = inquiry_get_for_user(user=request.user, pk=pk)
    user = request.user
    try:
        if action == "acknowledge":
            inquiry_acknowledge(inquiry=inquiry, actor=user)
            messages.success(request, _("Acknowledged."))
        elif action == "owner":
            form = OwnerForm(request.POST, officers=officers_of(inquiry.agency))
            if not form.is_valid():
                raise InquiryActionError(_("Choose an officer of the agency."))
            inquiry_assign_owner(inquiry=inquiry, owner=form.cleaned_data["owner"], actor=user)
            messages.success(request, _("Owner changed."))
        elif action == "status":
            form = StatusForm(request.POST)
            if not form.is_valid():
                raise InquiryActionError(_("Choose a status."))
            inquiry_set_status(inquiry=inquiry, status=form.cleaned_data["status"], actor=user)
            messages.success(request, _("Status changed."))
        elif action == "note":
            form = NoteForm(request.POST)
            if not form.is_valid():
                raise InquiryActionError(_("The note is empty or too long."))
            inquiry_add_note(inquiry=inquiry, text=form.cleaned_data["text"], actor=user)
            messages.success(request, _("Note added."))
        elif action == "reply":
            form = ReplyForm(request.POST)
            if not form.is_valid():
                raise InquiryActionError(_("The reply is empty or too long."))
            inquiry_reply(inquiry=inquiry, text=form.cleaned_data["text"], close=form.cleaned_data["close"], actor=user)
            messages.success(request, _("Reply queued; it is sent from the portal's outbox."))
        elif action == "hand-over":
            form = HandOverForm(request.POST, current_agency=inquiry.agency)
            if not form.is_valid():
                raise InquiryActionError(_("Choose another agency and give a reason."))
            inquiry_hand_over(
                inquiry=inquiry, to_agency=form.cleaned_data["agency"], reason=form.cleaned_data["reason"], actor=user
            )
            messages.success(request, _("Handed over to %(agency)s.") % {"agency": form.cleaned_data["agency"]})
            if not agencies_for_user(user).filter(pk=form.cleaned_data["agency"].pk).exists():
                return redirect("inquiries_admin:index")
        elif action == "retry-email":
            email = inquiry.emails.filter(pk=request.POST.get("email", "0") or 0).first()
            if email is None:
                raise Http404
            email_retry(email=email)
            messages.success(request, _("The e-mail is queued again."))
        else:
            raise Http404
    except InquiryActionError as error:
        messages.error(request, str(error))
    return redirect("inquiries_admin:detail", pk=inquiry.pk)


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """A cell that spreadsheet programs will not run as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def inquiries_export(request):
    _require_officer(request)
    filters = _filters(request)
    inquiries = inquiry_list_for_user(user=request.user, **filters)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="inquiries-{stamp}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Reference"),
            _("Received"),
            _("Kind"),
            _("Status"),
            _("Agency"),
            _("Owner"),
            _("Name"),
            _("E-mail"),
            _("Organisation"),
            _("Country"),
            _("Language"),
            _("Sector"),
            _("First reply"),
            _("Overdue"),
            _("Satisfaction"),
            _("Message"),
        ]
    )
    for inquiry in inquiries.iterator(chunk_size=500):
        writer.writerow(
            [
                csv_safe(value)
                for value in (
                    inquiry.reference,
                    timezone.localtime(inquiry.created_at).strftime("%Y-%m-%d %H:%M"),
                    inquiry.get_kind_display(),
                    inquiry.get_status_display(),
                    inquiry.agency,
                    inquiry.owner.get_username() if inquiry.owner_id else "",
                    inquiry.name,
                    inquiry.email,
                    inquiry.organisation,
                    inquiry.country.code,
                    inquiry.language,
                    inquiry.sector or "",
                    timezone.localtime(inquiry.first_reply_at).strftime("%Y-%m-%d %H:%M")
                    if inquiry.first_reply_at
                    else "",
                    _("yes") if inquiry.is_overdue else "",
                    inquiry.satisfaction or "",
                    inquiry.message,
                )
            ]
        )
    return response


def dashboard(request):
    user = request.user
    if user_sees_all(user) or user.has_perm("inquiries.view_inquiry_statistics"):
        agencies = Agency.objects.all()
        scope = _("all agencies")
    elif user_is_officer(user):
        agencies = agencies_for_user(user)
        scope = ", ".join(str(a) for a in agencies)
    else:
        raise PermissionDenied
    stats = inquiry_statistics(agencies=agencies, months=12)
    charts = {
        "month": column_chart(stats["by_month"], title=_("Inquiries per month")),
        "sector": bar_chart(stats["by_sector"], title=_("By sector")),
        "country": bar_chart(stats["by_country"], title=_("By country")),
        "agency": bar_chart(stats["by_agency"], title=_("By agency")),
        "kind": bar_chart(stats["by_kind"], title=_("By kind")),
        "ratings": bar_chart(stats["ratings"], title=_("Satisfaction ratings (1–5)")),
        "reply": bar_chart(
            [
                (row["agency"].short_name or row["agency"].name, row["reply_median_days"] or 0)
                for row in stats["response"]
            ],
            title=_("Median working days to a first reply"),
        ),
    }
    return render(request, "inquiries/admin/dashboard.html", {"stats": stats, "charts": charts, "scope": scope})


def absences(request):
    _require_officer(request)
    user = request.user
    agencies = agencies_for_user(user)
    colleagues = officers_of(agencies.first()).exclude(pk=user.pk) if agencies.count() == 1 else None
    if colleagues is None:
        from django.contrib.auth import get_user_model

        colleagues = (
            get_user_model()
            .objects.filter(groups__officer_agencies__in=agencies, is_active=True)
            .exclude(pk=user.pk)
            .distinct()
        )
    form = AbsenceForm(request.POST or None, colleagues=colleagues)
    if request.method == "POST" and form.is_valid():
        try:
            officer_absence_create(officer=user, **form.cleaned_data)
        except InquiryActionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Absence recorded; your open inquiries go to your backup meanwhile."))
            return redirect("inquiries_admin:absences")
    visible = OfficerAbsence.objects.select_related("officer", "backup")
    if not user_sees_all(user):
        visible = visible.filter(officer__groups__officer_agencies__in=agencies).distinct()
    return render(
        request,
        "inquiries/admin/absences.html",
        {"form": form, "absences": visible.filter(ends_on__gte=timezone.localdate())[:100]},
    )


def outbox(request):
    """Superusers: the e-mails that failed, to retry them."""
    if not user_sees_all(request.user):
        raise PermissionDenied
    if request.method == "POST":
        email = OutgoingEmail.objects.filter(pk=request.POST.get("email", "0") or 0).first()
        if email is not None:
            email_retry(email=email)
            messages.success(request, _("The e-mail is queued again."))
        return redirect("inquiries_admin:outbox")
    emails = OutgoingEmail.objects.exclude(status=OutgoingEmail.Status.SENT).order_by("-created_at")[:200]
    return render(request, "inquiries/admin/outbox.html", {"emails": emails})


__all__ = ["ReplyTemplate"]
