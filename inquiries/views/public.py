"""The investor's side: the inquiry form pages, the private status page, the response-times page.

The status page's address holds its secret token, so:

- it is sent with ``Referrer-Policy: no-referrer``: the browser names it to nobody, not to another site a
  link leads to and not to the portal itself (its CSS and scripts would carry it in ``Referer`` into access
  logs). Under that policy Chromium sends ``Origin: null`` with the page's form posts, which Django's CSRF
  check rightly refuses; so
- the page's forms (a message, a rating) post to a token-free address, ``…/inquiries/status/``, with the
  token in the body, and that view needs no CSRF check: the token is the credential, a site that does not
  know it cannot forge the post, and one that knows it does not need a visitor's browser to use it. The
  token stays out of the request line of the posts too; a success redirects to the page again.
- Logs and stored e-mails: ``inquiries/redaction.py``.
"""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..api import client_ip
from ..forms import FollowUpForm, InquiryForm, RatingForm, default_kind_for, inquiry_page_from_id
from ..idempotency import form_idempotency_key, request_fingerprint
from ..models import InquiryKind
from ..prefill import inquiry_prefill
from ..routing import NoAgencyError
from ..selectors import (
    inquiry_acknowledgement_email,
    inquiry_get_by_token,
    inquiry_timeline,
    public_response_times,
    rate_limit_retry_after,
)
from ..services import (
    FollowUpLimitReached,
    InquiryActionError,
    inquiry_add_follow_up,
    inquiry_create,
    inquiry_rate,
    inquiry_replay,
    source_ip_hash,
)
from ..visits import VisitForm

STATUS_REFERRER_POLICY = "no-referrer"


def inquiry_initial(request, page=None) -> dict:
    kind = request.GET.get("kind", "")
    if kind not in InquiryKind.values:
        kind = default_kind_for(page) if page is not None else InquiryKind.GENERAL
    initial = {"kind": kind, "page": page.pk if page is not None else "", "language": translation.get_language()}
    prefill = inquiry_prefill(user=getattr(request, "user", None))
    if page is not None:
        prefill.pop("sector", None)  # the page says what it is about
    return {**prefill, **initial}


def _form_fingerprint(request, form, visit_form=None) -> str:
    """The content of a form submission: every field as sent (a visit request's too), but the one-time token
    and the CSRF token."""
    names = [name for name in form.fields if name != "form_token"] + list(visit_form.fields if visit_form else [])
    return request_fingerprint({name: request.POST.getlist(name) for name in names})


@never_cache
@require_http_methods(["GET", "POST"])
def inquiry_new(request):
    """The general inquiry page, the partnership-offer form (?kind=partnership) and the site-visit or meeting
    request (?kind=visit, with the fields of ``VisitForm``); the forms on project, opportunity and zone pages
    post here too. Checks in the API's order (``inquiries/idempotency.py``): the form, a replay (a double
    click: the first inquiry's status page), the rate limit, then the inquiry."""
    page = inquiry_page_from_id(request.POST.get("page") or request.GET.get("page"), request)
    status = 200
    wants_visit = request.method == "POST" and request.POST.get("kind") == InquiryKind.VISIT
    visit_form = VisitForm(request.POST if wants_visit else None)
    if request.method == "POST":
        form = InquiryForm(request.POST, request=request)
        visit_valid = visit_form.is_valid() if wants_visit else True
        if form.is_valid() and visit_valid:
            data = form.cleaned_data
            fingerprint = _form_fingerprint(request, form, visit_form if wants_visit else None)
            # The browser's CSRF secret, which CsrfViewMiddleware checked on this POST (absent only where the
            # check is off, as in tests: no browser to scope a key to, so no replay either).
            browser_secret = request.META.get("CSRF_COOKIE", "")
            key = None
            if browser_secret:
                key = form_idempotency_key(
                    form_token=data["form_token"], browser_secret=browser_secret, fingerprint=fingerprint
                )
            ip = client_ip(request)
            replay = inquiry_replay(idempotency_key=key, fingerprint=fingerprint) if key else None
            retry_after = None if replay else rate_limit_retry_after(ip_hash=source_ip_hash(ip))
            if replay is not None and replay.inquiry.status_token:
                messages.info(
                    request,
                    _("We had already received this inquiry: its reference is %(reference)s.")
                    % {"reference": replay.inquiry.reference},
                )
                return redirect("inquiries:status", token=replay.inquiry.status_token)
            if retry_after:
                form.add_error(None, _("Too many inquiries from your address. Please try again later."))
                status = 429
            else:
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
                        idempotency_key=key,
                        idempotency_fingerprint=fingerprint if key else "",
                        replay_checked=True,
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
                            "Thank you. Your inquiry %(reference)s has been received. A confirmation e-mail is on "
                            "its way; it can take a few minutes to arrive. Keep this page's address: it is your "
                            "inquiry's private page."
                        )
                        % {"reference": result.inquiry.reference},
                    )
                    return redirect("inquiries:status", token=result.token or result.inquiry.status_token)
        else:
            status = 400
    else:
        form = InquiryForm(initial=inquiry_initial(request, page), request=request)
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


def _status_page(request, inquiry, token, *, follow_up_form=None, rating_form=None, status=200):
    inquiry.refresh_from_db()
    response = render(
        request,
        "inquiries/inquiry_status.html",
        {
            "inquiry": inquiry,
            "token": token,
            "events": inquiry_timeline(inquiry=inquiry, public_only=True),
            "follow_up_form": follow_up_form or FollowUpForm(),
            "rating_form": rating_form or RatingForm(),
            "acknowledgement": inquiry_acknowledgement_email(inquiry=inquiry),
        },
        status=status,
    )
    response["Referrer-Policy"] = STATUS_REFERRER_POLICY
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
def inquiry_status(request, token: str):
    return _status_page(request, inquiry_get_by_token(token=token), token)


@never_cache
@csrf_exempt  # the token in the body is the credential (see the module docstring)
@require_POST
def inquiry_status_action(request):
    """The status page's forms: ``token``, ``action`` (``follow_up`` or ``rate``) and the form's fields."""
    token = request.POST.get("token", "")
    inquiry = inquiry_get_by_token(token=token)
    page_url = reverse("inquiries:status", kwargs={"token": token})
    follow_up_form = rating_form = None
    action = request.POST.get("action")
    try:
        if action == "follow_up":
            follow_up_form = FollowUpForm(request.POST)
            if follow_up_form.is_valid():
                inquiry_add_follow_up(
                    inquiry=inquiry, message=follow_up_form.cleaned_data["message"], source_ip=client_ip(request)
                )
                messages.success(request, _("Your message has been added and passed to the agency."))
                return redirect(page_url)
        elif action == "rate":
            rating_form = RatingForm(request.POST)
            if rating_form.is_valid():
                inquiry_rate(
                    inquiry=inquiry,
                    rating=rating_form.cleaned_data["rating"],
                    comment=rating_form.cleaned_data["comment"],
                )
                messages.success(request, _("Thank you for your rating."))
                return redirect(page_url)
        else:
            raise Http404
    except FollowUpLimitReached as error:
        # The message stays in the form, with the reason: nothing the sender wrote is lost.
        follow_up_form.add_error(None, str(error))
        response = _status_page(request, inquiry, token, follow_up_form=follow_up_form, status=429)
        response["Retry-After"] = str(error.retry_after)
        return response
    except InquiryActionError as error:
        messages.error(request, str(error))
        return redirect(page_url)
    return _status_page(request, inquiry, token, follow_up_form=follow_up_form, rating_form=rating_form, status=400)


def response_times(request):
    return render(request, "inquiries/response_times.html", {"rows": public_response_times(days=90), "days": 90})
