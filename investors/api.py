"""The JSON API of the investor's space under ``/api/account/`` (documented in ``investors.openapi``).

Signed in by the session (the browser's, or a headless client's through the accounts app); writes need the
CSRF token (header ``X-CSRFToken``) like every session-authenticated write. Anonymous callers get 401, except
on ``state/``, which answers everyone: it is what ``static/js/account.js`` asks on every (cached) page to
fill the header link, the saved state of the page's save buttons and the inquiry form's empty fields.
Nothing here is cached (``Cache-Control: private, no-store``). Errors: 400 ``{"errors": {field: [...]}}``,
translated into the language of ``?lang=`` or ``Accept-Language``."""

import json
from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from cms.i18n import LANGUAGE_CODES
from cms.links import absolute_url

from . import selectors
from .forms import ProfileForm, SavedSearchForm
from .models import InvestorProfile, SavedSearch
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

STATE_PAGES_MAX = 200


def _json(data, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-store"
    return response


def _no_content() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Cache-Control"] = "private, no-store"
    return response


def _errors(errors: dict, status: int = 400) -> JsonResponse:
    return _json({"errors": {key: [str(message) for message in value] for key, value in errors.items()}}, status)


def _language(request) -> str:
    requested = request.GET.get("lang", "")
    return requested if requested in LANGUAGE_CODES else (translation.get_language() or "vi")


def api_view(methods: list[str], *, anonymous: bool = False):
    """JSON view: allowed methods, the language of messages, 401 for anonymous callers, never cached."""

    def decorate(view):
        @never_cache
        @require_http_methods(methods)
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            with translation.override(_language(request)):
                if not anonymous and not request.user.is_authenticated:
                    return _json({"detail": translation.gettext("Sign in to use your account.")}, 401)
                return view(request, *args, **kwargs)

        return wrapped

    return decorate


def _body(request) -> dict | None:
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _bad_json() -> JsonResponse:
    return _errors({"body": [translation.gettext("Send a JSON object.")]})


def _page_ids(request) -> list[int]:
    raw = ",".join(request.GET.getlist("page"))
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    return list(dict.fromkeys(int(part) for part in parts if part.isascii() and part.isdigit() and len(part) < 12))[
        :STATE_PAGES_MAX
    ]


@require_GET
@api_view(["GET"], anonymous=True)
def api_state(request):
    """``GET /api/account/state/?page=1&page=2`` (or ``page=1,2``)."""
    user = request.user
    if not user.is_authenticated:
        return _json({"authenticated": False, "saved": [], "inquiry_defaults": {}})
    return _json(
        {
            "authenticated": True,
            "account_url": reverse("investors:dashboard"),
            "saved": selectors.shortlist_saved_ids(user=user, page_ids=_page_ids(request)),
            "inquiry_defaults": selectors.investor_inquiry_defaults(user=user),
        }
    )


def _item_json(item) -> dict:
    return {
        "page": item.page_id,
        "type": item.kind,
        "title": item.page.title,
        "url": absolute_url(item.page.url or ""),
        "note": item.note,
        "saved_at": item.created_at.isoformat(),
    }


@api_view(["GET", "POST"])
def api_shortlist(request):
    """``GET``: the shortlist. ``POST {"page": id, "note"?}``: saves a page (201, or 200 if already saved)."""
    if request.method == "GET":
        return _json({"results": [_item_json(item) for item in selectors.shortlist_list(user=request.user)]})
    data = _body(request)
    if data is None:
        return _bad_json()
    try:
        item, created = shortlist_add(user=request.user, page_id=data.get("page", ""), note=str(data.get("note") or ""))
    except SpaceError as exc:
        return _errors(exc.errors)
    item = next(entry for entry in selectors.shortlist_list(user=request.user) if entry.pk == item.pk)
    return _json(_item_json(item), 201 if created else 200)


@api_view(["PATCH", "DELETE"])
def api_shortlist_item(request, page_id: int):
    """``PATCH {"note"}``: the private note. ``DELETE``: removes the page (204, 404 if it was not saved)."""
    if request.method == "DELETE":
        return _no_content() if shortlist_remove(user=request.user, page_id=page_id) else _json({}, 404)
    data = _body(request)
    if data is None or not isinstance(data.get("note", ""), str):
        return _bad_json()
    try:
        shortlist_note_set(user=request.user, page_id=page_id, note=data.get("note", ""))
    except SpaceError as exc:
        return _errors(exc.errors, 404 if "page" in exc.errors else 400)
    item = next(entry for entry in selectors.shortlist_list(user=request.user) if entry.page_id == page_id)
    return _json(_item_json(item))


def _search_json(saved: SavedSearch) -> dict:
    return {
        "id": saved.pk,
        "name": saved.name,
        "params": saved.params,
        "language": saved.language,
        "source": saved.source,
        "frequency": saved.frequency,
        "created_at": saved.created_at.isoformat(),
        "last_sent_at": saved.last_sent_at.isoformat() if saved.last_sent_at else None,
    }


@api_view(["GET", "POST"])
def api_searches(request):
    """``GET``: the saved searches. ``POST {"params": {...}, "name"?, "frequency"?, "listing"?: kind}``."""
    if request.method == "GET":
        return _json({"results": [_search_json(saved) for saved in selectors.saved_search_list(user=request.user)]})
    data = _body(request)
    if data is None or not isinstance(data.get("params", {}), dict):
        return _bad_json()
    params = {str(key): str(value) for key, value in data.get("params", {}).items()}
    source = SavedSearch.Source.SEARCH
    try:
        if data.get("listing"):
            params = listing_params_to_search(kind=str(data["listing"]), data=params)
            source = SavedSearch.Source.LISTING
        saved, created = saved_search_create(
            user=request.user,
            data=params,
            language=params.get("lang") or _language(request),
            source=source,
            name=str(data.get("name") or ""),
            frequency=str(data.get("frequency") or ""),
        )
    except SpaceError as exc:
        return _errors(exc.errors)
    return _json(_search_json(saved), 201 if created else 200)


@api_view(["PATCH", "DELETE"])
def api_search_item(request, pk: int):
    saved = selectors.saved_search_get(user=request.user, pk=pk)
    if saved is None:
        return _json({}, 404)
    if request.method == "DELETE":
        saved_search_delete(saved_search=saved)
        return _no_content()
    data = _body(request)
    if data is None:
        return _bad_json()
    form = SavedSearchForm({"name": data.get("name", saved.name), "frequency": data.get("frequency", saved.frequency)})
    if not form.is_valid():
        return _errors(form.errors)
    return _json(_search_json(saved_search_update(saved_search=saved, **form.cleaned_data)))


def _profile_json(user) -> dict:
    profile = selectors.investor_profile_get(user=user) or InvestorProfile(user=user)
    saved = profile.pk is not None
    return {
        "language": profile.language,
        "country": profile.country.code if profile.country else "",
        "organisation": profile.organisation,
        "sectors": [sector.code for sector in profile.sectors.all()] if saved else [],
        "places": [place.pk for place in profile.places.all()] if saved else [],
        "inquiry_defaults": selectors.investor_inquiry_defaults(user=user),
    }


@api_view(["GET", "PUT"])
def api_profile(request):
    """``GET``: the profile and what it pre-fills. ``PUT``: the whole profile (absent fields are emptied)."""
    if request.method == "PUT":
        data = _body(request)
        if data is None:
            return _bad_json()
        lists = {name: data.get(name) or [] for name in ("sectors", "places")}
        if not all(isinstance(value, list) for value in lists.values()):
            return _errors({name: [translation.gettext("Send a list.")] for name in lists})
        form = ProfileForm(
            {
                "language": str(data.get("language") or ""),
                "country": str(data.get("country") or "").upper(),
                "organisation": str(data.get("organisation") or ""),
                **{name: [str(value) for value in values] for name, values in lists.items()},
            }
        )
        if not form.is_valid():
            return _errors(form.errors)
        investor_profile_update(user=request.user, **form.cleaned_data)
    return _json(_profile_json(request.user))
