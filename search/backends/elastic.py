"""The Elasticsearch backend, with the elasticsearch-dsl API that lives in the official client.

One index per language behind an alias (``<prefix>-<lang>`` → ``<prefix>-<lang>-<timestamp>``).
Only analysis components of the core build are used (``standard`` tokenizer, ``lowercase``,
``simple``), so the same mapping works on the test server and on a full cluster; diacritic folding
and CJK grams are computed in Python (``search.text``).
"""

import logging
import time
from collections.abc import Callable, Iterable
from functools import lru_cache

from django.conf import settings
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, helpers
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Double,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    MetaField,
    Q,
    Search,
    Text,
    analyzer,
    normalizer,
)

from cms.i18n import LANGUAGE_CODES

from ..labels import facet_list
from ..params import SearchParams
from ..query import ParsedQuery, parse_query
from ..text import MARK_CLOSE, MARK_OPEN, cjk_query_grams, spans_from_marked, terms_spans
from .base import BackendUnavailable, SearchResult, best_highlight, result_item

logger = logging.getLogger(__name__)

ES_ERRORS = (ApiError, TransportError)

portal_text = analyzer("portal_text", tokenizer="standard", filter=["lowercase"])
portal_lower = normalizer("portal_lower", filter=["lowercase"])


class SearchDocument(Document):
    """The mapping of one language's index (see ``search.documents`` for the values)."""

    page_id = Integer()
    language = Keyword()
    shown_language = Keyword()
    type = Keyword(eager_global_ordinals=True)
    title = Text(analyzer=portal_text, fields={"sort": Keyword(normalizer=portal_lower)})
    title_folded = Text(analyzer=portal_text, copy_to="all_folded")
    summary = Text(analyzer=portal_text)
    summary_folded = Text(analyzer=portal_text, copy_to="all_folded")
    body = Text(analyzer=portal_text)
    body_folded = Text(analyzer=portal_text, copy_to="all_folded")
    meta = Text(analyzer=portal_text)
    meta_folded = Text(analyzer=portal_text, copy_to="all_folded")
    all_folded = Text(analyzer=portal_text)
    cjk = Text(analyzer="simple")  # space-separated CJK unigrams and bigrams, one token each
    sector_codes = Keyword(eager_global_ordinals=True)
    sector_tree = Keyword(eager_global_ordinals=True)  # the sectors and their ancestors
    sector_labels = Keyword(index=False)
    place_id = Keyword()
    place_tree = Keyword(eager_global_ordinals=True)  # the place, its ancestors, what absorbed it
    location_label = Keyword(index=False)
    status = Keyword(eager_global_ordinals=True)
    capital_vnd = Double()
    capital_usd = Double()
    location = GeoPoint()
    published_at = Date()
    last_verified = Date()
    url = Keyword(index=False)
    agency = Keyword(index=False)
    suggest = Completion(analyzer="simple", max_input_length=100)
    version = Keyword()

    class Meta:
        dynamic = MetaField("strict")


SOURCE_FIELDS = [
    "page_id",
    "type",
    "title",
    "summary",
    "body",
    "url",
    "sector_labels",
    "location_label",
    "capital_usd",
    "status",
    "shown_language",
]
HIGHLIGHT_FIELDS = ("title", "title_folded", "summary", "summary_folded", "body", "body_folded")


# --- the client and the names -------------------------------------------------------------


@lru_cache(maxsize=8)
def _client(url: str, timeout: float) -> Elasticsearch:
    return Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)


def get_client(*, timeout: float | None = None) -> Elasticsearch:
    """A client with a short timeout: a slow cluster must not hold the request (the database answers)."""
    return _client(settings.ELASTICSEARCH_URL, float(timeout or settings.PORTAL_SEARCH_TIMEOUT))


def alias_name(language: str) -> str:
    return f"{settings.PORTAL_SEARCH_INDEX_PREFIX}-{language}".lower()


def new_index_name(language: str) -> str:
    return f"{alias_name(language)}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 1_000_000:06d}"


def index_definition(name: str, *, loading: bool = False) -> Index:
    index = Index(name)
    index.settings(
        number_of_shards=1,
        number_of_replicas=settings.PORTAL_SEARCH_REPLICAS,
        refresh_interval="-1" if loading else "1s",
        max_result_window=10_000,
    )
    index.document(SearchDocument)
    return index


def alias_targets(client: Elasticsearch, alias: str) -> list[str]:
    try:
        return sorted(client.indices.get_alias(name=alias).body)
    except ApiError as exc:
        if exc.meta.status == 404:
            return []
        raise


# --- writing --------------------------------------------------------------------------------


def _action(index: str, doc: dict) -> dict:
    return {"_op_type": "index", "_index": index, "_id": str(doc["page_id"]), "_source": doc}


def bulk_load(
    client: Elasticsearch, actions: Iterable[dict], *, chunk_size: int = 500, on_chunk: Callable | None = None
) -> int:
    """Bulk requests; raises on the first failed item. Returns the number of documents written."""
    written = 0
    for ok, _item in helpers.streaming_bulk(
        client.options(request_timeout=120), actions, chunk_size=chunk_size, raise_on_error=True, max_retries=0
    ):
        if ok:
            written += 1
            if on_chunk and written % chunk_size == 0:
                on_chunk(written)
    return written


def rebuild(
    documents: Iterable[dict], *, progress: Callable[[int], None] | None = None, languages=None
) -> dict[str, str]:
    """Builds new indices from ``documents`` (refresh off during the load), then moves every
    language's alias to its new index in one atomic ``_aliases`` request and deletes the old ones.
    Searches keep reading the old indices until the swap. Returns ``{alias: new_index}``."""
    client = get_client(timeout=60)
    languages = list(languages or LANGUAGE_CODES)
    new = {language: new_index_name(language) for language in languages}
    for _language, name in new.items():
        index_definition(name, loading=True).create(using=client)
    try:
        count = 0

        def actions():
            nonlocal count
            for doc in documents:
                if doc["language"] in new:
                    count += 1
                    if progress and count % 100 == 0:
                        progress(count)
                    yield _action(new[doc["language"]], doc)

        bulk_load(client, actions())
        if progress:
            progress(count)
        for name in new.values():
            client.indices.put_settings(index=name, settings={"index": {"refresh_interval": "1s"}})
            client.indices.refresh(index=name)
        swap_aliases(client, new)
    except Exception:
        for name in new.values():
            client.indices.delete(index=name, ignore_unavailable=True)
        raise
    return {alias_name(language): name for language, name in new.items()}


def swap_aliases(client: Elasticsearch, new: dict[str, str]) -> None:
    """One ``POST _aliases``: every alias moves at once, then the old indices are deleted."""
    actions = []
    old_indices = []
    for language, name in new.items():
        alias = alias_name(language)
        for old in alias_targets(client, alias):
            actions.append({"remove": {"index": old, "alias": alias}})
            old_indices.append(old)
        actions.append({"add": {"index": name, "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(actions=actions)
    for old in old_indices:
        client.indices.delete(index=old, ignore_unavailable=True)


def indices_exist() -> bool:
    client = get_client()
    return all(client.indices.exists_alias(name=alias_name(language)) for language in LANGUAGE_CODES)


def write_page(page_id: int, documents: list[dict]) -> str:
    """Index the page's documents in every language (or delete them when there are none).
    Raises ``BackendUnavailable`` when Elasticsearch does not take them.
    Returns "written", "deleted" or "no-index" (no alias yet: the next rebuild includes the page)."""
    client = get_client()
    try:
        if not client.indices.exists_alias(name=alias_name(LANGUAGE_CODES[0])):
            return "no-index"
        by_language = {doc["language"]: doc for doc in documents}
        actions = []
        for language in LANGUAGE_CODES:
            alias = alias_name(language)
            if language in by_language:
                actions.append(_action(alias, by_language[language]))
            else:
                actions.append({"_op_type": "delete", "_index": alias, "_id": str(page_id)})
        _success, errors = helpers.bulk(
            client,
            actions,
            raise_on_error=False,
            max_retries=0,
            refresh="wait_for" if settings.PORTAL_SEARCH_REFRESH_ON_WRITE else False,
            require_alias=True,
        )
    except ES_ERRORS as exc:
        raise BackendUnavailable(f"{exc.__class__.__name__}: {exc}") from exc
    real_errors = [error for error in errors if not ("delete" in error and error["delete"].get("status") == 404)]
    if real_errors:
        raise BackendUnavailable(f"bulk errors: {str(real_errors)[:500]}")
    return "written" if documents else "deleted"


def delete_documents(language: str, page_ids: list[int]) -> None:
    client = get_client(timeout=30)
    actions = [{"_op_type": "delete", "_index": alias_name(language), "_id": str(pk)} for pk in page_ids]
    _success, errors = helpers.bulk(client, actions, raise_on_error=False, max_retries=0, require_alias=True)
    real_errors = [error for error in errors if error.get("delete", {}).get("status") != 404]
    if real_errors:
        raise BackendUnavailable(f"bulk errors: {str(real_errors)[:500]}")


def index_documents(documents: list[dict]) -> None:
    client = get_client(timeout=60)
    bulk_load(client, (_action(alias_name(doc["language"]), doc) for doc in documents))


def indexed_versions(language: str) -> dict[int, str]:
    """``{page_id: version}`` of everything in the language's index (for the reconcile)."""
    client = get_client(timeout=60)
    versions = {}
    for hit in helpers.scan(
        client, index=alias_name(language), query={"query": {"match_all": {}}}, _source=["version"], size=1000
    ):
        versions[int(hit["_id"])] = hit["_source"].get("version", "")
    return versions


def cluster_status() -> dict:
    client = get_client()
    health = client.cluster.health(timeout=f"{int(settings.PORTAL_SEARCH_TIMEOUT * 1000)}ms").body
    return {"cluster": health.get("status"), "nodes": health.get("number_of_nodes")}


# --- searching ------------------------------------------------------------------------------


def text_query(parsed: ParsedQuery):
    """Every word must match the folded text (typo-tolerant for Latin script), CJK runs must match
    their grams; matches as typed (with diacritics) and in the title rank higher."""
    if parsed.empty:
        return Q("match_all")
    must = []
    should = []
    if parsed.words:
        fuzziness = settings.PORTAL_SEARCH_FUZZINESS if parsed.latin else "0"
        must.append(
            Q(
                "match",
                all_folded={
                    "query": parsed.folded,
                    "operator": "and",
                    "fuzziness": fuzziness,
                    "prefix_length": 1,
                    "max_expansions": 20,
                },
            )
        )
        should += [
            Q("match", all_folded={"query": parsed.folded, "operator": "and", "boost": 2}),
            Q("match_phrase", title_folded={"query": parsed.folded, "slop": 1, "boost": 6}),
            Q("match", title_folded={"query": parsed.folded, "boost": 3}),
            Q("match", summary_folded={"query": parsed.folded, "boost": 1}),
        ]
        if parsed.diacritics:
            should += [
                Q("match_phrase", title={"query": parsed.text, "slop": 1, "boost": 12}),
                Q("match", title={"query": parsed.text, "boost": 8}),
                Q("match", summary={"query": parsed.text, "boost": 4}),
                Q("match", body={"query": parsed.text, "boost": 2}),
                Q("match", meta={"query": parsed.text, "boost": 2}),
            ]
    if parsed.cjk:
        grams = [gram for run in parsed.cjk for gram in cjk_query_grams(run)]
        clause = {"query": " ".join(grams)}
        if len(grams) <= 3:
            clause["operator"] = "and"
        else:
            clause["minimum_should_match"] = "75%"
        must.append(Q("match", cjk=clause))
        should.append(Q("match_phrase", title={"query": " ".join(parsed.cjk), "boost": 6}))
        should.append(Q("match_phrase", summary={"query": " ".join(parsed.cjk), "boost": 2}))
    return Q("bool", must=must, should=should)


def filters(params: SearchParams) -> list:
    found = []
    if params.types:
        found.append(Q("terms", type=list(params.types)))
    if params.sector:
        found.append(Q("term", sector_tree=params.sector))
    if params.location:
        found.append(Q("term", place_tree=params.location))
    if params.statuses:
        found.append(Q("terms", status=list(params.statuses)))
    if params.capital_min is not None or params.capital_max is not None:
        bounds = {}
        if params.capital_min is not None:
            bounds["gte"] = params.capital_min
        if params.capital_max is not None:
            bounds["lte"] = params.capital_max
        found.append(Q("range", capital_usd=bounds))
    if params.near is not None:
        lat, lon = params.near
        found.append(Q("geo_distance", distance=f"{params.radius_km}km", location={"lat": lat, "lon": lon}))
    return found


def sort_order(params: SearchParams, parsed: ParsedQuery) -> list:
    newest = {"published_at": {"order": "desc", "missing": "_last"}}
    if params.sort == "newest" or (params.sort == "relevance" and parsed.empty):
        return [newest, {"page_id": {"order": "desc"}}]
    if params.sort == "capital_desc":
        return [{"capital_usd": {"order": "desc", "missing": "_last"}}, {"page_id": {"order": "asc"}}]
    if params.sort == "capital_asc":
        return [{"capital_usd": {"order": "asc", "missing": "_last"}}, {"page_id": {"order": "asc"}}]
    return ["_score", newest, {"page_id": {"order": "asc"}}]


def base_search(params: SearchParams, parsed: ParsedQuery) -> Search:
    search = Search(using=get_client(), index=alias_name(params.lang)).query(text_query(parsed))
    for clause in filters(params):
        search = search.filter(clause)
    return search.sort(*sort_order(params, parsed))


def _skip_to(search: Search, offset: int) -> list | None:
    """``search_after`` values that start the page at ``offset``, walking in steps of the window
    (deep pages never use ``from`` beyond the window). ``None`` when the results end before."""
    window = settings.PORTAL_SEARCH_WINDOW
    after = None
    remaining = offset
    for _step in range(1 + offset // max(1, window)):  # bounded: offset is capped by the parameters
        if remaining <= 0:
            break
        size = min(remaining, window)
        step = search.extra(size=size, track_total_hits=False).source(False)
        if after is not None:
            step = step.extra(search_after=after)
        hits = step.execute().hits
        if len(hits) < size:
            return None
        after = list(hits[-1].meta.sort)
        remaining -= size
    return after


def search(params: SearchParams) -> SearchResult:
    parsed = parse_query(params.q)
    try:
        return _search(params, parsed)
    except ES_ERRORS as exc:
        raise BackendUnavailable(f"{exc.__class__.__name__}: {exc}") from exc


def _search(params: SearchParams, parsed: ParsedQuery) -> SearchResult:
    search = base_search(params, parsed)
    offset = params.offset
    final = search.extra(track_total_hits=True).source(SOURCE_FIELDS)
    empty_page = False
    if offset + params.page_size <= settings.PORTAL_SEARCH_WINDOW:
        final = final.extra(from_=offset, size=params.page_size)
    else:
        after = _skip_to(search, offset)
        if after is None and offset:
            empty_page = True
            final = final.extra(size=0)
        else:
            final = final.extra(size=params.page_size)
            if after is not None:
                final = final.extra(search_after=after)
    final.aggs.bucket("type", "terms", field="type", size=10)
    final.aggs.bucket("status", "terms", field="status", size=10)
    final.aggs.bucket("sector", "terms", field="sector_tree", size=30)
    final.aggs.bucket("location", "terms", field="place_tree", size=30)
    if not parsed.empty:
        final = final.highlight(
            *HIGHLIGHT_FIELDS,
            pre_tags=[MARK_OPEN],
            post_tags=[MARK_CLOSE],
            require_field_match=False,
            fragment_size=200,
            number_of_fragments=1,
            no_match_size=0,
        )
        final = final.highlight_options(type="unified", encoder="default")
    response = final.execute()
    results = []
    for hit in [] if empty_page else response.hits:
        doc = hit.to_dict()
        spans = _highlight_spans(doc, getattr(hit.meta, "highlight", None), parsed)
        results.append(result_item(doc, best_highlight(doc, spans)))
    facets = {}
    for name in ("type", "sector", "location", "status"):
        buckets = [(bucket.key, bucket.doc_count) for bucket in getattr(response.aggregations, name).buckets]
        facets[name] = facet_list(name, buckets, params.lang)
    return SearchResult(
        count=response.hits.total.value,
        page=params.page,
        page_size=params.page_size,
        backend="elasticsearch",
        results=results,
        facets=facets,
        took_ms=response.took,
    )


def _highlight_spans(doc: dict, highlight, parsed: ParsedQuery) -> dict[str, list[tuple[int, int]]]:
    """Spans of the original text that Elasticsearch highlighted, in the field as written or in its
    folded twin (which has the same length, character for character), plus the CJK runs."""
    spans: dict[str, list[tuple[int, int]]] = {}
    highlight = highlight.to_dict() if highlight is not None else {}
    for field, fragments in highlight.items():
        name = field.removesuffix("_folded")
        original = doc.get(name) or ""
        if not original:
            continue
        folded_source = _folded(original) if field.endswith("_folded") else original
        for fragment in fragments:
            plain, found = spans_from_marked(fragment)
            start = folded_source.find(plain)
            if start == -1 or not found:
                continue
            spans.setdefault(name, []).extend((start + s, start + e) for s, e in found)
    if parsed.cjk:
        for name in ("title", "summary", "body"):
            spans.setdefault(name, []).extend(terms_spans(doc.get(name) or "", [], list(parsed.cjk)))
    return spans


def _folded(text: str) -> str:
    from ..text import fold

    return fold(text)


def suggest(q: str, language: str, *, limit: int = 8) -> list[dict]:
    parsed = parse_query(q)
    prefix = q.strip()[:100]
    if parsed.empty or not prefix:
        return []
    completion = {"field": "suggest", "size": limit, "skip_duplicates": True}
    if parsed.latin and len(prefix) >= 4:
        completion["fuzzy"] = {"fuzziness": 1, "prefix_length": 2}
    search = (
        Search(using=get_client(), index=alias_name(language))
        .source(["title", "url", "type"])
        .extra(size=0)
        .suggest("titles", prefix, completion=completion)
    )
    try:
        response = search.execute()
    except ES_ERRORS as exc:
        raise BackendUnavailable(f"{exc.__class__.__name__}: {exc}") from exc
    suggestions = []
    seen = set()
    for option in response.suggest.titles[0].options:
        source = option._source
        if source.url in seen:
            continue
        seen.add(source.url)
        suggestions.append({"text": source.title, "url": source.url, "type": source.type})
    return suggestions
