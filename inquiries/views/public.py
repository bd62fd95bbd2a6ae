"""The investor's side: the inquiry form pages, the private status page, the response-times page."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..api import client_ip
from ..forms import FollowUpForm, InquiryForm, RatingForm, default_kind_for, inquiry_page_from_id
from ..models import InquiryKind
from ..routing import NoAgencyError
from ..selectors import (
    inquiry_acknowledgement_email,
    inquiry_get_by_token,
    inquiry_timeline,
    public_response_times,
    rate_limit_retry_after,
)
from ..services import InquiryActionError, inquiry_add_follow_up, inquiry_create, inquiry_rate, source_ip_hash
from ..visits import VisitForm


def inquiry_initial(request, page=None) -> dict:
    kind = request.GET.get("kind", "")
    if kind not in InquiryKind.values:
        kind = default_kind_for(page) if page is not None else InquiryKind.GENERAL
    return {"kind": kind, "page": page.pk if page is not None else "", "language": translation.get_language()}


@never_cache
@require_http_methods(["GET", "POST"])
def inquiry_new(request):
    """The general inquiry page, the partnership-offer form (?kind=partnership) and the site-visit or meeting
    request (?kind=visit, with the fields of ``VisitForm``); the forms on project, opportunity and zone pages
    post here too."""
    page = inquiry_page_from_id(request.POST.get("page") or request.GET.get("page"))
    status = 200
    wants_visit = request.method == "POST" and request.POST.get("kind") == InquiryKind.VISIT
    visit_form = VisitForm(request.POST if wants_visit else None)
    if request.method == "POST":
        form = InquiryForm(request.POST)
        visit_valid = visit_form.is_valid() if wants_visit else True
        ip = client_ip(request)
        retry_after = rate_limit_retry_after(ip_hash=source_ip_hash(ip))
        if retry_after:
            form.is_valid()
            form.add_error(None, _("Too many inquiries from your address. Please try again later."))
            status = 429
        elif form.is_valid() and visit_valid:
            data = form.cleaned_data
            try:
                result = inquiry_create(
                    kind=data["kind"],
                    name=data["name"],
                    email=data["email"],
                    organisation=data["organisation"],
                    country=data["country"],
                    phone=data["phone"],
                    message=data["message"],
                    page=data["page"],
                    sector=data["sector"],
                    language=translation.get_language(),
                    source_ip=ip,
                    visit=visit_form.details() if wants_visit else None,
                )
            except NoAgencyError:
                form.add_error(None, _("Inquiries cannot be received at the moment."))
                status = 503
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. Your inquiry %(reference)s has been received. A confirmation e-mail is on its "
                        "way; it can take a few minutes to arrive. Keep this page's address: it is your inquiry's "
                        "private page."
                    )
                    % {"reference": result.inquiry.reference},
                )
                return redirect("inquiries:status", token=result.token)
        else:
            status = 400
    else:
        form = InquiryForm(initial=inquiry_initial(request, page))
    kind = form["kind"].value()
    response = render(
        request,
        "inquiries/inquiry_new.html",
        {
            "form": form,
            "visit_form": visit_form,
            "about_page": page,
            "kind": kind,
            "consent_version": settings.PORTAL_INQUIRY_CONSENT_VERSION,
        },
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(retry_after)
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def inquiry_status(request, token: str):
    inquiry = inquiry_get_by_token(token=token)
    follow_up_form = FollowUpForm()
    rating_form = RatingForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "follow_up":
                follow_up_form = FollowUpForm(request.POST)
                if follow_up_form.is_valid():
                    inquiry_add_follow_up(inquiry=inquiry, message=follow_up_form.cleaned_data["message"])
                    messages.success(request, _("Your message has been added and passed to the agency."))
                    return redirect(request.path)
            elif action == "rate":
                rating_form = RatingForm(request.POST)
                if rating_form.is_valid():
                    inquiry_rate(
                        inquiry=inquiry,
                        rating=rating_form.cleaned_data["rating"],
                        comment=rating_form.cleaned_data["comment"],
                    )
                    messages.success(request, _("Thank you for your rating."))
                    return redirect(request.path)
            else:
                raise Http404
        except InquiryActionError as error:
            messages.error(request, str(error))
            return redirect(request.path)
        status = 400
    inquiry.refresh_from_db()
    response = render(
        request,
        "inquiries/inquiry_status.html",
        {
            "inquiry": inquiry,
            "events": inquiry_timeline(inquiry=inquiry, public_only=True),
            "follow_up_form": follow_up_form,
            "rating_form": rating_form,
            "acknowledgement": inquiry_acknowledgement_email(inquiry=inquiry),
        },
        status=status,
    )
    # The URL is a secret: never sent to another site. Not "no-referrer": with it browsers post the page's
    # own forms (follow-up, rating) with "Origin: null", which Django's CSRF check rightly refuses.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def response_times(request):
    return render(request, "inquiries/response_times.html", {"rows": public_response_times(days=90), "days": 90})
