"""The investor's space at ``/<lang>/account/`` (thin views: reads in ``selectors``, writes in ``services``).

Every page here is for the signed-in user only (``login_required``: an anonymous reader is sent to
``settings.LOGIN_URL``) and private (``never_cache``: the page cache never stores it, browsers do not keep it).
The save buttons on cards, detail pages and search results are small forms that post here, so they work
without JavaScript; ``static/js/account.js`` turns them into toggles through the JSON API. The one public
page is the one-click unsubscribe of an alert (a signed link, see ``alerts``)."""

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from inquiries.selectors import inquiry_acknowledgement_email

from . import selectors
from .alerts import saved_search_from_token, saved_search_unsubscribe
from .forms import NoteForm, ProfileForm, SavedSearchForm
from .pending import shortlist_pending_remember
from .services import (
    SpaceError,
    investor_profile_update,
    listing_params_to_search,
    saved_search_create,
    saved_search_delete,
    saved_search_update,
    shortlist_add,
    shortlist_note_set,
    shortlist_remove,
)


def _back_url(request) -> str:
    """The page the form was on (``next``, else the Referer; same site only), or ``""``."""
    for target in (request.POST.get("next"), request.GET.get("next"), request.headers.get("Referer")):
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            parts = urlsplit(target)
            return parts.path + (f"?{parts.query}" if parts.query else "")
    return ""


def _back(request, fallback: str):
    """The page the form was on (see ``_back_url``), else ``fallback``."""
    return redirect(_back_url(request) or fallback)


def _errors_message(request, exc: SpaceError) -> None:
    for field_errors in exc.errors.values():
        for error in field_errors:
            messages.error(request, error)


@never_cache
@login_required
def dashboard(request):
    user = request.user
    return render(
        request,
        "investors/dashboard.html",
        {
            "shortlist": selectors.shortlist_list(user=user),
            "searches": selectors.saved_search_list(user=user),
            "inquiries": list(selectors.investor_inquiries(user=user)[:100]),
            "verified_emails": selectors.investor_verified_emails(user=user),
            "profile": selectors.investor_profile_get(user=user),
            "frequencies": SavedSearchForm.base_fields["frequency"].choices,
            "compare_max": selectors.COMPARE_MAX,
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    current = selectors.investor_profile_get(user=request.user)
    status = 200
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            investor_profile_update(user=request.user, **form.cleaned_data)
            messages.success(request, _("Your profile has been saved."))
            return redirect("investors:profile")
        status = 400
    else:
        initial = {}
        if current is not None:
            initial = {
                "language": current.language,
                "country": current.country.code if current.country else "",
                "organisation": current.organisation,
                "sectors": list(current.sectors.all()),
                "places": list(current.places.all()),
            }
        form = ProfileForm(initial=initial)
    return render(request, "investors/profile.html", {"form": form}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def shortlist_toggle(request):
    """The save button without JavaScript: adds the page (``action=save``) or removes it (``action=remove``).
    Signed out, a save is remembered and completed by the sign-in it leads to (``investors.pending``)."""
    if not request.user.is_authenticated:
        if request.method == "POST" and request.POST.get("action") != "remove":
            shortlist_pending_remember(session=request.session, page_id=request.POST.get("page", ""))
            messages.info(request, _("Sign in or create an account: the page will then be saved to your shortlist."))
            return redirect_to_login(_back_url(request) or reverse("investors:dashboard"))
        return redirect_to_login(request.get_full_path())
    if request.method == "GET":  # an old bookmark, or back here after signing in: show the shortlist
        return redirect("investors:dashboard")
    page_id = request.POST.get("page", "")
    try:
        if request.POST.get("action") == "remove":
            shortlist_remove(user=request.user, page_id=page_id)
            messages.success(request, _("Removed from your shortlist."))
        else:
            shortlist_add(user=request.user, page_id=page_id)
            messages.success(request, _("Saved to your shortlist."))
    except SpaceError as exc:
        _errors_message(request, exc)
    return _back(request, "investors:dashboard")


@never_cache
@login_required
@require_POST
def shortlist_note(request, page_id: int):
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            shortlist_note_set(user=request.user, page_id=page_id, note=form.cleaned_data["note"])
            messages.success(request, _("Your note has been saved."))
        except SpaceError as exc:
            _errors_message(request, exc)
    else:
        for error in form.errors.get("note", []):
            messages.error(request, error)
    return redirect("investors:dashboard")


@never_cache
@login_required
def compare(request):
    """Side by side: projects go to the catalogue's own comparison (``ProjectIndexPage.compare``); other
    kinds, or a mix, get the table of key facts every catalogue page has."""
    raw = ",".join(request.GET.getlist("ids"))
    ids = [int(part) for part in raw.split(",") if part.strip().isdigit() and len(part.strip()) < 12]
    items = selectors.shortlist_compare(user=request.user, ids=list(dict.fromkeys(ids)))
    if not items:
        messages.error(request, _("Tick two or more pages of your shortlist to compare them."))
        return redirect("investors:dashboard")
    if all(item.kind == "project" for item in items) and len(items) <= 3:
        compare_url = items[0].page.compare_url
        if compare_url:
            return redirect(compare_url + "?ids=" + ",".join(str(item.page_id) for item in items))
    return render(request, "investors/compare.html", {"items": items})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def searches(request):
    """GET: the saved searches (on the dashboard). POST: saves a search from the search page (its parameters)
    or a listing (``source=listing`` and ``kind``: the listing's filters)."""
    if request.method == "GET":
        return redirect("investors:dashboard")
    data = request.POST
    source = data.get("source", "search")
    try:
        if source == "listing":
            data = listing_params_to_search(kind=data.get("kind", ""), data=data)
        saved, created = saved_search_create(
            user=request.user,
            data=data,
            language=translation.get_language(),
            source=source,
            name=request.POST.get("name", ""),
        )
    except SpaceError as exc:
        _errors_message(request, exc)
        return _back(request, "investors:dashboard")
    messages.success(
        request,
        _("Search saved. You will get an e-mail when new pages match it.")
        if created
        else _("You had already saved this search."),
    )
    return redirect("investors:dashboard")


@never_cache
@login_required
@require_POST
def search_edit(request, pk: int):
    saved = selectors.saved_search_get(user=request.user, pk=pk)
    if saved is None:
        raise Http404
    if request.POST.get("action") == "delete":
        saved_search_delete(saved_search=saved)
        messages.success(request, _("The saved search has been deleted."))
        return redirect("investors:dashboard")
    form = SavedSearchForm(request.POST)
    if form.is_valid():
        saved_search_update(saved_search=saved, **form.cleaned_data)
        messages.success(request, _("Your alert settings have been saved."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("investors:dashboard")


@never_cache
@login_required
def inquiry_detail(request, reference: str):
    inquiry = selectors.investor_inquiry_get(user=request.user, reference=reference)
    if inquiry is None:
        raise Http404
    return render(
        request,
        "investors/inquiry.html",
        {
            "inquiry": inquiry,
            "events": selectors.investor_inquiry_timeline(inquiry=inquiry),
            "acknowledgement": inquiry_acknowledgement_email(inquiry=inquiry),
            "status_token": inquiry.status_token,
        },
    )


@never_cache
@csrf_exempt  # RFC 8058: the mail provider posts "List-Unsubscribe=One-Click" without a token; the link is signed
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    saved = saved_search_from_token(token)
    if saved is None:
        return render(request, "investors/unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST":
        saved_search_unsubscribe(saved_search=saved)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=204)
        return render(request, "investors/unsubscribe.html", {"saved": saved, "done": True})
    return render(request, "investors/unsubscribe.html", {"saved": saved, "token": token})
