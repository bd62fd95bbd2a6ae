"""Thin views of the catalogue: they read the request, call the selectors and hand a context to templates."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms.models import SiteSettings
from investment.forms import DEFAULT_PAGE_SIZE, CatalogueFilterForm
from investment.selectors import COMPARE_MAX, CompareError, catalogue_list, catalogue_map_points, project_compare


def catalogue_listing_context(*, request, index_page, kind: str) -> dict:
    form = CatalogueFilterForm(request.GET or None, kind=kind)
    filter_errors = []
    if form.is_bound and not form.is_valid():
        for name, errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            filter_errors += [f"{label}: {error}" if label else str(error) for error in errors]
        items_page = None
        total = 0
        filters = {}
    else:
        filters = form.cleaned_data if form.is_bound else {}
        queryset = catalogue_list(kind=kind, filters=filters).child_of(index_page)
        paginator = Paginator(queryset, filters.get("page_size") or DEFAULT_PAGE_SIZE)
        items_page = paginator.get_page(filters.get("page") or 1)
        total = paginator.count
    query = request.GET.copy()
    query.pop("page", None)
    view = filters.get("view") or "list"
    items = list(items_page) if items_page is not None else []
    site_settings = SiteSettings.for_request(request)
    return {
        "filter_form": form,
        "filter_errors": filter_errors,
        "items_page": items_page,
        "items": items,
        "total": total,
        "kind": kind,
        "view": view,
        "query_without_page": query.urlencode(),
        "map_points": catalogue_map_points(items=items, request=request),
        "map_tile_url": site_settings.map_tile_url,
        "compare_max": COMPARE_MAX,
    }


def _parse_ids(raw: str) -> list[int] | None:
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if not parts or not all(part.isdigit() and len(part) < 12 for part in parts):
        return None
    ids = [int(part) for part in parts]
    return list(dict.fromkeys(ids))


def project_compare_view(request, *, index_page):
    raw = ",".join(request.GET.getlist("ids"))
    error = ""
    projects = []
    ids = _parse_ids(raw)
    if ids is None:
        error = _("Choose between one and %(max)d projects to compare (ids=1,2,3).") % {"max": COMPARE_MAX}
    else:
        try:
            projects = project_compare(ids=ids)
        except CompareError as exc:
            if str(exc) == "too_many":
                error = _("You can compare at most %(max)d projects at a time.") % {"max": COMPARE_MAX}
            else:
                error = _("Some of the chosen projects do not exist or are not published.")
    context = {
        "page": index_page,
        "self": index_page,
        "projects": projects,
        "compare_error": error,
        "compare_max": COMPARE_MAX,
    }
    response = TemplateResponse(request, "investment/project_compare.html", context)
    if error:
        response.status_code = 400
    return response
