"""The database backend: the same contract, answered from ``SearchEntry`` (one row per page and
language, written from the same documents as the Elasticsearch index). Alone it is the search of a
site without Elasticsearch (``make run``); behind ``FallbackSearchBackend`` it is the copy that
answers when Elasticsearch does not.

Matching is substring matching on the folded, lower-case text (so ``dong thap`` finds
``Đồng Tháp`` and CJK text needs no spaces); ranking is simple (title first, then exact-diacritic
matches, then newest); facets are counts over the same filtered rows. One query per request (plus
the counts), paginated in the database. Works on SQLite and PostgreSQL.
"""

import math
from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import Case, Count, Exists, F, FloatField, IntegerField, OuterRef, Value, When
from django.db.models.functions import Cast

from ..labels import facet_list
from ..models import SearchEntry, SearchEntryTerm
from ..params import SearchParams
from ..query import ParsedQuery, parse_query
from ..text import fold_lower, terms_spans
from .base import BaseSearchBackend, SearchResult, Suggestions, best_highlight, result_item

KM_PER_DEGREE = 111.195


def filtered_entries(params: SearchParams, parsed: ParsedQuery):
    entries = SearchEntry.objects.filter(language=params.lang)
    for word in parsed.folded_words:
        entries = entries.filter(text_folded__contains=word)
    for run in parsed.cjk:
        entries = entries.filter(text_exact__contains=run)
    if params.types:
        entries = entries.filter(type__in=params.types)
    if params.statuses:
        entries = entries.filter(status__in=params.statuses)
    if params.capital_min is not None:
        entries = entries.filter(capital_usd__gte=params.capital_min)
    if params.capital_max is not None:
        entries = entries.filter(capital_usd__lte=params.capital_max)
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


def ordered(entries, params: SearchParams, parsed: ParsedQuery):
    if params.sort == "newest" or (params.sort == "relevance" and parsed.empty):
        return entries.order_by(F("published_at").desc(nulls_last=True), "-page_id")
    if params.sort == "capital_desc":
        return entries.order_by(F("capital_usd").desc(nulls_last=True), "page_id")
    if params.sort == "capital_asc":
        return entries.order_by(F("capital_usd").asc(nulls_last=True), "page_id")
    score = Value(0)
    if parsed.folded:
        score = score + Case(When(title_folded__contains=parsed.folded, then=Value(4)), default=Value(0))
        score = score + Case(
            *[When(title_folded__contains=word, then=Value(1)) for word in parsed.folded_words[:1]], default=Value(0)
        )
    if parsed.diacritics:
        score = score + Case(When(text_exact__contains=parsed.text, then=Value(3)), default=Value(0))
    for run in parsed.cjk[:1]:
        score = score + Case(When(title__contains=run, then=Value(4)), default=Value(0))
    return entries.alias(score=Cast(score, IntegerField())).order_by(
        "-score", F("published_at").desc(nulls_last=True), "page_id"
    )


def entry_doc(entry: SearchEntry, sector_labels: list[str]) -> dict:
    return {
        "type": entry.type,
        "page_id": entry.page_id,
        "title": entry.title,
        "url": entry.url,
        "summary": entry.summary,
        "body": entry.body,
        "sector_labels": sector_labels,
        "location_label": entry.location_label,
        "capital_usd": entry.capital_usd,
        "status": entry.status,
    }


def entries_search(params: SearchParams) -> SearchResult:
    parsed = parse_query(params.q)
    entries = filtered_entries(params, parsed)
    count = entries.count()
    page_rows = list(ordered(entries, params, parsed)[params.offset : params.offset + params.page_size])
    results = []
    for entry in page_rows:
        labels = [label for label in entry.sector_label.split("\n") if label]
        doc = entry_doc(entry, labels)
        spans = {}
        if not parsed.empty:
            for name in ("title", "summary", "body"):
                spans[name] = terms_spans(doc[name], list(parsed.folded_words), list(parsed.cjk))
        results.append(result_item(doc, best_highlight(doc, spans)))
    facets = {}
    ids = entries.values("pk")
    for name, column in (("type", "type"), ("status", "status")):
        rows = entries.exclude(**{column: ""}).values(column).annotate(n=Count("pk")).order_by("-n", column)
        facets[name] = facet_list(name, [(row[column], row["n"]) for row in rows[:30]], params.lang)
    for name, kind in (("sector", "sector"), ("location", "place")):
        rows = (
            SearchEntryTerm.objects.filter(kind=kind, entry__in=ids)
            .values("value")
            .annotate(n=Count("entry"))
            .order_by("-n", "value")[:30]
        )
        facets[name] = facet_list(name, [(row["value"], row["n"]) for row in rows], params.lang)
    facets = {name: facets[name] for name in ("type", "sector", "location", "status")}
    return SearchResult(
        count=count,
        page=params.page,
        page_size=params.page_size,
        backend="database",
        results=results,
        facets=facets,
    )


def entries_suggest(q: str, language: str, *, limit: int = 8) -> list[dict]:
    folded = fold_lower(q.strip())[:100]
    parsed = parse_query(q)
    if parsed.empty or not folded.strip():
        return []
    entries = (
        SearchEntry.objects.filter(language=language, title_folded__contains=folded)
        .alias(prefix=Case(When(title_folded__startswith=folded, then=Value(0)), default=Value(1)))
        .order_by("prefix", "title")
        .values("title", "url", "type")[:limit]
    )
    return [{"text": row["title"], "url": row["url"], "type": row["type"]} for row in entries]


# --- writing: the rows --------------------------------------------------------------------------


def _entry(doc: dict) -> SearchEntry:
    text = " ".join([doc["title"], doc["summary"], doc["body"], doc["meta"]])
    return SearchEntry(
        page_id=doc["page_id"],
        language=doc["language"],
        type=doc["type"],
        title=doc["title"][:255],
        summary=doc["summary"],
        body=doc["body"],
        url=doc["url"][:500],
        shown_language=doc["shown_language"],
        text_exact=text.lower(),
        text_folded=fold_lower(text),
        title_folded=fold_lower(doc["title"])[:255],
        status=doc["status"],
        capital_usd=doc["capital_usd"],
        capital_vnd=doc["capital_vnd"],
        latitude=doc["location"]["lat"] if doc["location"] else None,
        longitude=doc["location"]["lon"] if doc["location"] else None,
        published_at=doc["published_at"],
        last_verified=doc["last_verified"],
        sector_label="\n".join(doc["sector_labels"])[:255],
        location_label=doc["location_label"][:255],
        version=doc["version"],
    )


def _terms(entry: SearchEntry, doc: dict) -> list[SearchEntryTerm]:
    terms = [SearchEntryTerm(entry=entry, kind="sector", value=code) for code in doc["sector_tree"]]
    terms += [SearchEntryTerm(entry=entry, kind="place", value=pk) for pk in doc["place_tree"]]
    return terms


def entries_write(documents: list[dict]) -> None:
    """Insert the documents' rows (the caller removed any previous ones)."""
    entries = SearchEntry.objects.bulk_create([_entry(doc) for doc in documents], batch_size=500)
    if entries and entries[0].pk is None:  # a database that does not return ids
        keys = {(doc["page_id"], doc["language"]) for doc in documents}
        by_key = {
            (entry.page_id, entry.language): entry
            for entry in SearchEntry.objects.filter(page_id__in={key[0] for key in keys})
        }
        entries = [by_key[(doc["page_id"], doc["language"])] for doc in documents]
    terms = [term for entry, doc in zip(entries, documents, strict=True) for term in _terms(entry, doc)]
    SearchEntryTerm.objects.bulk_create(terms, batch_size=1000)


class DatabaseSearchBackend(BaseSearchBackend):
    """``SearchEntry`` rows (and their ``SearchEntryTerm`` facet values). Every write is one
    transaction, so a reader sees a page's old rows or its new ones, never half of them; it raises
    no ``BackendUnavailable`` (a database error is the database's, reported as such)."""

    name = "database"

    def search(self, params: SearchParams) -> SearchResult:
        return entries_search(params)

    def suggest(self, q: str, language: str, *, limit: int = 8) -> Suggestions:
        return Suggestions(entries_suggest(q, language, limit=limit), backend=self.name)

    @transaction.atomic
    def write(self, page_id: int, documents: list[dict]) -> str:
        SearchEntry.objects.filter(page_id=page_id).delete()
        entries_write(documents)
        return "database"

    def delete(self, page_ids: Iterable[int]) -> None:
        SearchEntry.objects.filter(page_id__in=list(page_ids)).delete()

    @transaction.atomic
    def bulk_index(self, documents: Iterable[dict]) -> int:
        documents = list(documents)
        by_language: dict[str, set[int]] = {}
        for doc in documents:
            by_language.setdefault(doc["language"], set()).add(doc["page_id"])
        for language, page_ids in by_language.items():
            SearchEntry.objects.filter(language=language, page_id__in=page_ids).delete()
        entries_write(documents)
        return len(documents)

    @transaction.atomic
    def rebuild(self, documents: Iterable[dict], progress: Callable[[int], None] | None = None) -> dict:
        """The whole table in one transaction: readers see the old rows until the commit."""
        documents = list(documents)
        SearchEntryTerm.objects.all().delete()
        SearchEntry.objects.all().delete()
        entries_write(documents)
        if progress:
            progress(len(documents))
        return {"database": len(documents)}

    def indexed_versions(self, language: str) -> dict[int, str]:
        return dict(SearchEntry.objects.filter(language=language).values_list("page_id", "version"))

    def drop(self) -> None:
        SearchEntry.objects.all().delete()

    def status(self) -> dict:
        return {"status": "ok", "backend": self.name}
