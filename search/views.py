"""The search page and the search API (thin: parsing in ``params``, the work in the backend), and the
beacon that notes which result was opened (``services.search_click_record``)."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from cms.i18n import LANGUAGE_CODES

from .backends import get_search_backend
from .documents import type_labels
from .params import SearchParamsError, parse_search_params
from .services import click_token, search_click_record, search_query_note, search_query_save
from .visibility import visible_result, visible_suggestions

MAX_CLICK_RANK = 1000

MAX_SUGGEST_CHARS = 100
SUGGESTION_KEYS = ("text", "url", "type")  # what the API shows of a suggestion (PRODUCT.md)


def _language(request) -> str:
    requested = request.GET.get("lang", "")
    if requested in LANGUAGE_CODES:
        return requested
    current = translation.get_language() or settings.LANGUAGE_CODE
    return current if current in LANGUAGE_CODES else settings.LANGUAGE_CODE


def _note_after_answer(response, log) -> None:
    """Write the noted search once the answer has gone out: the WSGI server calls ``close()`` after the last
    byte (the reader no longer waits for the insert; on a database that flushes each commit to disk, that is
    the slowest part of a search after the search itself). Written before Django's own ``close()``, which
    hands the database connection back."""
    if log is None:
        return
    close = response.close

    def note_then_close():
        try:
            search_query_save(log)
        finally:
            close()

    response.close = note_then_close


def _bad_request(errors: dict[str, list[str]]) -> JsonResponse:
    message = " ".join(f"{field}: {' '.join(messages)}" for field, messages in errors.items())
    return JsonResponse({"message": message, "errors": errors}, status=400)


@require_GET
def api_search(request):
    """``GET /api/search/``: see PRODUCT.md for the contract."""
    with translation.override(_language(request)):
        try:
            params = parse_search_params(request.GET, default_language=_language(request))
        except SearchParamsError as exc:
            return _bad_request(exc.errors)
        result = visible_result(get_search_backend().search(params))
    log = search_query_note(params=params, result=result)
    response = JsonResponse(result.as_json(), json_dumps_params={"ensure_ascii": False})
    response["X-Search-Backend"] = result.backend
    if log is not None:  # other channels report an opened result with it (POST /api/search/click/)
        response["X-Search-Click"] = click_token(log)
    _note_after_answer(response, log)
    return response


@csrf_exempt  # a beacon (navigator.sendBeacon) sends no token; the click token is signed and single-use
@require_POST
def api_search_click(request):
    """``POST /api/search/click/`` (``click``: the token of the search, ``page``: the page opened,
    ``rank``: its position from 1): notes the result an investor opened. Answers 204 either way."""
    token = request.POST.get("click", "")[:200]
    page, rank = request.POST.get("page", ""), request.POST.get("rank", "")
    numbers = page.isascii() and page.isdigit() and len(page) <= 12 and rank.isascii() and rank.isdigit()
    if token and numbers and 1 <= int(rank) <= MAX_CLICK_RANK:
        search_click_record(token=token, page_id=int(page), rank=int(rank))
    return HttpResponse(status=204)


@require_GET
def api_suggest(request):
    """``GET /api/search/suggest/?q=&lang=``: ``{"suggestions": [{"text", "url", "type"}]}``."""
    language = _language(request)
    with translation.override(language):
        raw_lang = request.GET.get("lang", "")
        if raw_lang and raw_lang not in LANGUAGE_CODES:
            return _bad_request({"lang": [_("Unknown language; use one of: %s.") % ", ".join(LANGUAGE_CODES)]})
        q = request.GET.get("q", "").strip()
        if len(q) > MAX_SUGGEST_CHARS:
            return _bad_request(
                {"q": [_("Type at most %(max)s characters for suggestions.") % {"max": MAX_SUGGEST_CHARS}]}
            )
        suggestions = visible_suggestions(get_search_backend().suggest(q, language)) if q else None
    shown = [{key: item[key] for key in SUGGESTION_KEYS} for item in suggestions or []]
    response = JsonResponse({"suggestions": shown}, json_dumps_params={"ensure_ascii": False})
    response["X-Search-Backend"] = suggestions.backend if suggestions is not None else "none"
    return response


def _query_url(params: dict, **changes) -> str:
    merged = {**params, **changes}
    merged = {key: value for key, value in merged.items() if value not in ("", None)}
    if "page" in merged and str(merged["page"]) == "1":
        del merged["page"]
    return "?" + urlencode(merged)


@require_GET
def search_page(request):
    """``/<lang>/search/?q=…``: results, facets with counts, highlights, pagination."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    keys = ("q", "type", "sector", "location", "status", "capital_min", "capital_max", "near", "radius_km", "sort")
    current = {key: request.GET.get(key, "").strip() for key in keys if request.GET.get(key, "").strip()}
    data = {**current, "page": request.GET.get("page", ""), "lang": language}
    context = {"query": current.get("q", ""), "current": current, "sorts": _sorts(current)}
    try:
        params = parse_search_params(data, default_language=language)
    except SearchParamsError as exc:
        context["errors"] = exc.errors
        return render(request, "search/search_page.html", context, status=400)
    result = visible_result(get_search_backend().search(params))
    log = search_query_note(params=params, result=result)
    facets = []
    facet_names = {"type": _("Type"), "sector": _("Sector"), "location": _("Location"), "status": _("Status")}
    for name, values in result.facets.items():
        items = []
        for item in values:
            selected = current.get(name) == str(item["value"]) or (
                name in {"type", "status"} and str(item["value"]) in current.get(name, "").split(",")
            )
            link = _query_url(current, **{name: "" if selected else item["value"], "page": 1})
            items.append({**item, "selected": selected, "url": link})
        if items:
            facets.append({"name": name, "label": facet_names[name], "items": items})
    labels = type_labels()
    pages = None
    if result.num_pages > 1:
        last = min(result.num_pages, settings.PORTAL_SEARCH_MAX_PAGE)
        pages = {
            "number": params.page,
            "total": last,
            "previous": _query_url(current, page=params.page - 1) if params.page > 1 else None,
            "next": _query_url(current, page=params.page + 1) if params.page < last else None,
        }
    first_rank = params.offset + 1
    context.update(
        result=result,
        click=click_token(log) if log is not None else "",
        hits=[
            {**item, "type_label": labels.get(item["type"], ""), "rank": first_rank + number}
            for number, item in enumerate(result.results)
        ],
        facets=facets,
        pages=pages,
        simplified=result.fallback,  # Elasticsearch is configured and did not answer: the database did
        clear_url=_query_url({"q": current.get("q", "")}),
    )
    response = render(request, "search/search_page.html", context)
    _note_after_answer(response, log)
    return response


def _sorts(current: dict) -> list[dict]:
    labels = {
        "relevance": _("Relevance"),
        "newest": _("Newest"),
        "capital_desc": _("Capital, largest first"),
        "capital_asc": _("Capital, smallest first"),
    }
    chosen = current.get("sort", "relevance")
    return [{"value": value, "label": label, "selected": value == chosen} for value, label in labels.items()]
