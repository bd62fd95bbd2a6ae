"""What both database matchers share: the filters (type, status, sector, place, number ranges, distance),
the sort orders that are not relevance, and turning rows into the API's results and facets."""

import math
from functools import partial

from django.db.models import Count, Exists, F, FloatField, OuterRef, Value
from django.db.models.functions import Cast

from ..labels import facet_list
from ..models import SearchEntry, SearchEntryTerm
from ..params import SearchParams
from ..query import QueryPlan
from ..text import terms_spans
from .base import FACETS, SearchResult, best_highlight, result_item

KM_PER_DEGREE = 111.195
RESULT_COLUMNS = (
    "id", "page_id", "type", "title", "url", "summary", "body", "sector_label", "location_label",
    "capital_usd", "status",
)  # fmt: skip


def filtered_entries(params: SearchParams, rows=SearchEntry.objects):
    """The rows of the language that pass the filters (no text matching): ``SearchEntry`` rows, or
    PostgreSQL's narrow copies of them (``SearchEntryVector``, whose key is the entry's id)."""
    entries = rows.filter(language=params.lang)
    if params.types:
        entries = entries.filter(type__in=params.types)
    if params.statuses:
        entries = entries.filter(status__in=params.statuses)
    if params.page_ids:
        entries = entries.filter(page_id__in=params.page_ids)
    for name, low, high in params.range_bounds():
        if low is not None:
            entries = entries.filter(**{f"numbers__{name}__gte": low})
        if high is not None:
            entries = entries.filter(**{f"numbers__{name}__lte": high})
    for kind, value in (("sector", params.sector), ("place", params.location)):
        if value:
            entries = entries.filter(
                Exists(SearchEntryTerm.objects.filter(entry=OuterRef("pk"), kind=kind, value=value))
            )
    if params.near is not None:
        entries = _near(entries, params.near, params.radius_km)
    return entries


def _near(entries, point: tuple[float, float], radius_km: float):
    """Within ``radius_km`` of ``point`` (equirectangular distance: plain arithmetic, so it runs on
    SQLite and PostgreSQL alike; exact enough at a province's scale)."""
    lat, lon = point
    lat_scale = KM_PER_DEGREE
    lon_scale = KM_PER_DEGREE * max(0.01, math.cos(math.radians(lat)))
    entries = entries.filter(
        latitude__gte=lat - radius_km / lat_scale,
        latitude__lte=lat + radius_km / lat_scale,
        longitude__gte=lon - radius_km / lon_scale,
        longitude__lte=lon + radius_km / lon_scale,
    )
    dy = (F("latitude") - Value(lat)) * Value(lat_scale)
    dx = (F("longitude") - Value(lon)) * Value(lon_scale)
    return entries.alias(distance2=Cast(dy * dy + dx * dx, FloatField())).filter(distance2__lte=radius_km**2)


def plain_order(params: SearchParams) -> list:
    """The order of a sort that is not relevance (or of relevance without words: newest first)."""
    if params.sort == "capital_desc":
        return [F("capital_usd").desc(nulls_last=True), "page_id"]
    if params.sort == "capital_asc":
        return [F("capital_usd").asc(nulls_last=True), "page_id"]
    return [F("published_at").desc(nulls_last=True), "-page_id"]


def _field_spans(doc: dict, words: list[str], cjk: list[str], name: str) -> list[tuple[int, int]]:
    return terms_spans(doc[name], words, cjk)


def results_for(entry_ids: list[int], plan: QueryPlan) -> list[dict]:
    """The API's results for these rows, in this order, with highlights of the plan's words."""
    rows = {row["id"]: row for row in SearchEntry.objects.filter(id__in=entry_ids).values(*RESULT_COLUMNS)}
    words, cjk = plan.highlight_terms()
    results = []
    for entry_id in entry_ids:
        row = rows.get(entry_id)
        if row is None:
            continue
        doc = {
            "type": row["type"],
            "page_id": row["page_id"],
            "title": row["title"],
            "url": row["url"],
            "summary": row["summary"],
            "body": row["body"],
            "sector_labels": [label for label in row["sector_label"].split("\n") if label],
            "location_label": row["location_label"],
            "capital_usd": row["capital_usd"],
            "status": row["status"],
        }
        spans_of = partial(_field_spans, doc, words, cjk)
        highlight = None if plan.empty else best_highlight(doc, spans_of)
        results.append(result_item(doc, highlight))
    return results


def facets_of(entries, params: SearchParams) -> dict[str, list[dict]]:
    """Facet counts over exactly these rows (a queryset: the rows of the results)."""
    facets = {}
    for name in ("type", "status"):
        rows = entries.exclude(**{name: ""}).values(name).annotate(n=Count("pk")).order_by("-n", name)
        facets[name] = facet_list(name, [(row[name], row["n"]) for row in rows[:30]], params.lang)
    ids = entries.values("pk")
    for name, kind in (("sector", "sector"), ("location", "place")):
        rows = (
            SearchEntryTerm.objects.filter(kind=kind, entry__in=ids)
            .values("value")
            .annotate(n=Count("entry"))
            .order_by("-n", "value")[:30]
        )
        facets[name] = facet_list(name, [(row["value"], row["n"]) for row in rows], params.lang)
    return {name: facets[name] for name in FACETS}


def search_result(params: SearchParams, *, count: int, results: list[dict], facets: dict) -> SearchResult:
    return SearchResult(
        count=count, page=params.page, page_size=params.page_size, backend="database", results=results, facets=facets
    )
