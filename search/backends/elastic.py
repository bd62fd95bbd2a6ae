"""The Elasticsearch backend, with the elasticsearch-dsl API that lives in the official client.

One index per language behind an alias (``<prefix>-<lang>`` → ``<prefix>-<lang>-<timestamp>``).
Only analysis components of the core build are used (``standard`` tokenizer, ``lowercase``,
``simple``), so the same mapping works on the test server and on a full cluster; diacritic folding
and CJK grams are computed in Python (``search.text``).

This is the only module that imports the client library. Every error it raises (unreachable node,
timeout, refused request, failed bulk item) leaves as ``BackendUnavailable``.

Several nodes: ``URLS`` lists them (``ELASTICSEARCH_URL`` may hold several, comma-separated, each
with its own ``user:password@`` and ``https``). A node that refuses a connection is marked dead for
``DEAD_NODE_BACKOFF`` seconds (doubling on each failure up to ``MAX_DEAD_NODE_BACKOFF``) and the same
request is retried on the next one (``MAX_RETRIES``, by default one retry per other node), so one node
down costs nothing visible. A node that *times out* is not retried unless ``RETRY_ON_TIMEOUT`` is set:
a slow cluster should hand the request to the database copy (``FallbackSearchBackend``) at once,
not multiply its timeout.
"""

import logging
import os
import time
from collections.abc import Callable, Iterable
from functools import partial

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers
from elasticsearch.dsl import (
    Date,
    Document,
    Double,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    MetaField,
    Q,
    Response,
    Search,
    Text,
    analyzer,
    normalizer,
)
from elasticsearch.serializer import OrjsonSerializer

from cms.i18n import LANGUAGE_CODES

from ..analysis import fuzziness
from ..documents import index_fields, search_ranges
from ..labels import facet_list
from ..params import SearchParams
from ..query import (
    EXACT_WEIGHT,
    SYNONYM_FACTOR,
    Alternative,
    Clause,
    Frequencies,
    Probe,
    QueryPlan,
    Term,
    parse_query,
)
from ..text import MARK_CLOSE, MARK_OPEN, cjk_query_grams, cjk_runs, fold, spans_from_marked, terms_spans, words
from .base import BackendUnavailable, BaseSearchBackend, SearchResult, Suggestions, best_highlight, result_item

logger = logging.getLogger(__name__)

portal_text = analyzer("portal_text", tokenizer="standard", filter=["lowercase"])
portal_lower = normalizer("portal_lower", filter=["lowercase"])


class SearchDocument(Document):
    """The mapping of one language's index (see ``search.documents`` for the values).

    Each field is indexed for what the queries ask of it, no more (every indexed position and norm is
    work in a bulk load): ``all_exact`` only answers ``term`` filters (documents, no frequencies,
    positions or norms); ``all_folded`` answers filters, phrases and the highlight query but never
    scores (positions, no norms); the stems and CJK grams are matched as words, never as phrases
    (frequencies for BM25, no positions). The fields that phrases and highlighting use keep positions.
    ``SOURCE_EXCLUDES`` keeps out of ``_source`` what no search reads back."""

    page_id = Integer()
    language = Keyword()
    shown_language = Keyword()
    type = Keyword(eager_global_ordinals=True)
    title = Text(analyzer=portal_text, copy_to="all_exact")
    title_folded = Text(analyzer=portal_text, copy_to="all_folded")
    summary = Text(analyzer=portal_text, copy_to="all_exact")
    summary_folded = Text(analyzer=portal_text, copy_to="all_folded")
    topics = Text(analyzer=portal_text, copy_to="all_exact")  # the page's sectors: what it is about
    topics_folded = Text(analyzer=portal_text, copy_to="all_folded")
    body = Text(analyzer=portal_text, copy_to="all_exact")
    body_folded = Text(analyzer=portal_text, copy_to="all_folded")
    meta = Text(analyzer=portal_text, copy_to="all_exact")
    meta_folded = Text(analyzer=portal_text, copy_to="all_folded")
    all_folded = Text(analyzer=portal_text, norms=False)
    all_exact = Text(analyzer=portal_text, index_options="docs", norms=False)  # the words as written: exact tier
    title_stems = Text(analyzer=portal_text, index_options="freqs")  # English stems (search.documents.index_fields)
    stems = Text(analyzer=portal_text, index_options="freqs")
    title_cjk = Text(analyzer="simple", index_options="freqs")
    cjk = Text(analyzer="simple", index_options="freqs")  # space-separated CJK unigrams and bigrams, one token each
    sector_codes = Keyword(eager_global_ordinals=True)
    sector_tree = Keyword(eager_global_ordinals=True)  # the sectors and their ancestors
    sector_labels = Keyword(index=False)
    place_id = Keyword()
    place_tree = Keyword(eager_global_ordinals=True)  # the place, its ancestors, what absorbed it
    location_label = Keyword(index=False)
    status = Keyword(eager_global_ordinals=True)
    capital_usd = Double()
    # numbers: {range name: Double}, added from the catalogue kinds' range filters (index_definition)
    location = GeoPoint()
    published_at = Date()
    last_verified = Date()
    url = Keyword(index=False)
    agency = Keyword(index=False)
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
# Indexed but never read back: searches return SOURCE_FIELDS, highlight HIGHLIGHT_FIELDS (from _source),
# suggestions read title, url and type, a rebuild compares ``version``.
SOURCE_EXCLUDES = [
    "topics",
    "topics_folded",
    "meta",
    "meta_folded",
    "title_stems",
    "stems",
    "title_cjk",
    "cjk",
]
HIGHLIGHT_FIELDS = ("title", "title_folded", "summary", "summary_folded", "body", "body_folded")
# The constant parts of a search's body (``ElasticsearchBackend._page_of``): the facets' aggregations, and the
# highlighting (one fragment per field, marked with characters that no document holds; its query is added).
FACET_AGGREGATIONS = {
    "type": {"terms": {"field": "type", "size": 10}},
    "status": {"terms": {"field": "status", "size": 10}},
    "sector": {"terms": {"field": "sector_tree", "size": 30}},
    "location": {"terms": {"field": "place_tree", "size": 30}},
}
_HIGHLIGHT_FIELD = {
    "pre_tags": [MARK_OPEN],
    "post_tags": [MARK_CLOSE],
    "require_field_match": False,
    "fragment_size": 200,
    "number_of_fragments": 1,
    "no_match_size": 0,
}
HIGHLIGHT = {
    "fields": dict.fromkeys(HIGHLIGHT_FIELDS, _HIGHLIGHT_FIELD),
    "type": "unified",
    "encoder": "default",
}
INDEXED_KEYS = frozenset(SearchDocument._doc_type.mapping.to_dict()["properties"]) | {"numbers"}


# Settings while a new index is loaded (nothing searches it before the alias swap): no refresh, no
# replica to copy every document to, the translog fsynced in the background instead of per request.
# ``serving_settings`` puts them back before the swap.
LOADING_SETTINGS = {"refresh_interval": "-1", "number_of_replicas": 0, "translog.durability": "async"}


BULK_CHUNK_SIZE = 1000  # documents a bulk request at most (about 2.5 MB of JSON for catalogue pages) ...
BULK_MAX_BYTES = 5 * 1024 * 1024  # ... and bytes at most: long pages make smaller requests, not huge ones
# Bulk requests under way at once: one per core (Elasticsearch's write pool has one thread per core),
# two at least so that one indexes while the next is built and sent.
BULK_THREADS = max(2, min(4, os.cpu_count() or 2))
PROGRESS_EVERY = 1000  # documents between two calls of a bulk load's progress callback


def serving_settings(replicas: int) -> dict:
    return {"refresh_interval": "1s", "number_of_replicas": replicas, "translog.durability": "request"}


def index_definition(name: str, *, replicas: int, loading: bool = False) -> dict:
    """The body that creates one language's index: ``SearchDocument`` and a ``numbers`` object with one
    double per range filter the catalogue kinds declare (``search.documents.search_ranges``). A
    ``loading`` index has the ``LOADING_SETTINGS`` (``replicas`` applies once it serves)."""
    index = Index(name)
    index.settings(number_of_shards=1, max_result_window=10_000)
    index.settings(**(LOADING_SETTINGS if loading else serving_settings(replicas)))
    index.document(SearchDocument)
    body = index.to_dict()
    body["mappings"]["_source"] = {"excludes": SOURCE_EXCLUDES}
    body["mappings"]["properties"]["numbers"] = {
        "properties": {number: {"type": "double"} for number in search_ranges()}
    }
    return body


def node_urls(urls: str | Iterable[str]) -> list[str]:
    """``"https://u:p@es1:9200, https://u:p@es2:9200"`` or a list: the node URLs, blanks dropped."""
    if isinstance(urls, str):
        urls = urls.split(",")
    return [url.strip() for url in urls if url and url.strip()]


def _body(response) -> dict:
    """The JSON of an answer (this client wraps it in ``.body``; others answer the dict itself)."""
    return getattr(response, "body", response)


# --- searching: the queries -----------------------------------------------------------------


# The folded fields and their weights (relevance within a tier), the same as written, and the stems'.
FOLDED_FIELDS = ["title_folded^4", "summary_folded^2", "topics_folded^2", "body_folded", "meta_folded^0.5"]
EXACT_FIELDS = ["title^4", "summary^2", "topics^2", "body", "meta^0.5"]
FOLDED_WHEN_EXACT = 0.3  # a clause typed with diacritics ranks by its exact words, its folded ones count less
STEM_FIELDS = ["title_stems^3", "stems"]
PHRASE_SLOP = 1


def _fuzziness(term: Term) -> str:
    return str(term.fuzzy) if term.fuzzy else "0"


def alternative_match(alternative: Alternative, *, loose: bool):
    """Whether a page has this alternative (unscored): its words (folded, a stem, a near spelling), its
    phrase (in order, one word apart at most), or enough of its CJK grams."""
    if alternative.cjk:
        grams = alternative.grams
        match = Q(
            "match", cjk={"query": " ".join(grams), "minimum_should_match": alternative.required_grams(loose=loose)}
        )
        if alternative.by_characters:  # every character, and a pair unless loose (虾养殖: 虾, 养殖)
            characters = [Q("match", cjk={"query": " ".join(alternative.cjk), "operator": "and"})]
            if not loose:
                characters.append(Q("match", cjk={"query": " ".join(grams)}))
            return Q("bool", should=[match, Q("bool", filter=characters)], minimum_should_match=1)
        return match
    if len(alternative.terms) > 1:
        return Q("match_phrase", all_folded={"query": " ".join(alternative.words), "slop": PHRASE_SLOP})
    term = alternative.terms[0]
    options = [
        Q(
            "match",
            all_folded={"query": term.folded, "fuzziness": _fuzziness(term), "prefix_length": 1, "max_expansions": 20},
        )
    ]
    if term.stem:
        options.append(Q("match", stems=term.stem))
    return options[0] if len(options) == 1 else Q("bool", should=options, minimum_should_match=1)


def clause_match(clause: Clause, *, loose: bool):
    options = [alternative_match(alternative, loose=loose) for alternative in clause.alternatives]
    return options[0] if len(options) == 1 else Q("bool", should=options, minimum_should_match=1)


def alternative_relevance(alternative: Alternative):
    """How well a page has this alternative: BM25 over the weighted fields (title first)."""
    boost = SYNONYM_FACTOR if alternative.synonym else 1.0
    if alternative.cjk:
        query = " ".join(alternative.grams)
        return Q(
            "bool",
            should=[
                Q("match", title_cjk={"query": query, "boost": 4 * boost}),
                Q("match", cjk={"query": query, "boost": boost}),
            ],
        )
    exact = alternative.exact_forms
    if exact and not alternative.synonym:
        boost *= FOLDED_WHEN_EXACT
    if len(alternative.terms) > 1:
        folded = Q(
            "multi_match",
            query=" ".join(alternative.words),
            type="phrase",
            slop=PHRASE_SLOP,
            fields=FOLDED_FIELDS,
            boost=boost,
        )
        if not exact:
            return folded
        kind = "phrase" if len(exact) == len(alternative.terms) else "best_fields"
        as_typed = Q("multi_match", query=" ".join(exact), type=kind, slop=PHRASE_SLOP, fields=EXACT_FIELDS)
        return Q("bool", should=[as_typed, folded])
    term = alternative.terms[0]
    options = [
        Q(
            "multi_match",
            query=term.folded,
            fields=FOLDED_FIELDS,
            fuzziness=_fuzziness(term),
            prefix_length=1,
            max_expansions=20,
            boost=boost,
        )
    ]
    if term.stem:
        options.append(Q("multi_match", query=term.stem, fields=STEM_FIELDS, boost=0.8 * boost))
    relevance = options[0] if len(options) == 1 else Q("dis_max", queries=options, tie_breaker=0.3)
    if exact:
        return Q("bool", should=[Q("multi_match", query=exact[0], fields=EXACT_FIELDS), relevance])
    return relevance


def exact_match(clause: Clause):
    """The clause as typed, diacritics included ("cá" and not "cả"): every typed word in the page."""
    return Q("bool", filter=[Q("term", all_exact=form) for form in clause.exact_forms])


def text_query(plan: QueryPlan, *, loose: bool = False):
    """Pages with enough required clauses of the plan (``strict`` of them, ``loose`` in the second
    pass), scored in tiers: matched clauses (required ones above common ones), clauses matched exactly
    as typed, then relevance (``search.query``)."""
    if plan.empty:
        return Q("match_all")
    should = []
    for number, clause in enumerate(plan.clauses):
        weight = plan.coordination(number)
        should.append(Q("constant_score", filter=clause_match(clause, loose=False), boost=weight))
        if loose and any(alternative.relaxes for alternative in clause.alternatives):
            should.append(Q("constant_score", filter=clause_match(clause, loose=True), boost=weight / 2))
        if clause.exact_forms:
            should.append(Q("constant_score", filter=exact_match(clause), boost=EXACT_WEIGHT))
        should.append(Q("dis_max", queries=[alternative_relevance(alt) for alt in clause.alternatives]))
    if len(plan.phrase) > 1:
        phrase = " ".join(plan.phrase)
        should.append(Q("match_phrase", title_folded={"query": phrase, "slop": 2, "boost": 20}))
        should.append(Q("match_phrase", summary_folded={"query": phrase, "slop": 2, "boost": 5}))
    if plan.cjk_text:
        grams = [gram for run in plan.cjk_text.split() for gram in cjk_query_grams(run)]
        should.append(Q("match", title_cjk={"query": " ".join(grams), "operator": "and", "boost": 20}))
    matching = Q(
        "bool",
        should=[
            exact_match(clause)
            if loose and plan.loose_exact and clause.exact_forms
            else clause_match(clause, loose=loose)
            for clause in plan.required_clauses
        ],
        minimum_should_match=plan.loose if loose else plan.strict,
    )
    return Q("bool", filter=[matching], should=should)


def probe_query(probe: Probe):
    """Pages that have the probe (as the loose pass matches it)."""
    if probe.exact:
        return Q("bool", filter=[Q("term", all_exact=word) for word in probe.words])
    if probe.cjk:
        return alternative_match(Alternative(cjk=probe.cjk), loose=True)
    if len(probe.words) > 1:
        return Q("match_phrase", all_folded={"query": " ".join(probe.words)})
    options = [
        Q(
            "match",
            all_folded={
                "query": probe.words[0],
                "fuzziness": str(probe.fuzzy) if probe.fuzzy else "0",
                "prefix_length": 1,
            },
        )
    ]
    options += [Q("match", stems=form) for form in probe.forms]
    return options[0] if len(options) == 1 else Q("bool", should=options, minimum_should_match=1)


def highlight_query(plan: QueryPlan):
    """What the highlighter marks: the folded words (and near spellings), words starting with a stem."""
    words, _cjk = plan.highlight_terms()
    should = []
    for clause in plan.clauses:
        for alternative in clause.alternatives:
            for term in alternative.terms:
                should.append(
                    Q("match", all_folded={"query": term.folded, "fuzziness": _fuzziness(term), "prefix_length": 1})
                )
                if term.stem:
                    should.append(Q("prefix", all_folded=term.stem))
    return Q("bool", should=should) if should else None


SUGGEST_CANDIDATES = 3  # hits read per suggestion shown, so that titles starting with the text can move up


def suggest_query(prefix: str, *, latin: bool):
    """Titles with every typed word, the last one as a prefix ("cao l" finds "Khu công nghiệp Cao Lãnh"),
    on the folded title the index already has (no completion field to build in a bulk load). Words in
    the typed order score above words in any order. CJK text matches in order, also inside a word
    through the title's grams ("단지" finds "산업단지", "工业" not "企业…加工"). A typo is tolerated where
    search tolerates one (``search.analysis.fuzziness``: "industrail"), never in a Vietnamese syllable
    ("kho" is not "khu")."""
    folded = fold(prefix).lower()
    options = [Q("match_phrase_prefix", title_folded={"query": folded, "max_expansions": 50, "boost": 3})]
    grams = [gram for run in cjk_runs(prefix) for gram in cjk_query_grams(run)]
    if grams:  # each CJK character is a word: in any order they would be any characters of the title
        options.append(Q("match", title_cjk={"query": " ".join(grams), "operator": "and", "boost": 0.5}))
    else:
        options.append(Q("match_bool_prefix", title_folded={"query": folded, "operator": "and"}))
    typed = words(folded)
    if latin and typed and any(fuzziness(word) for word in typed):
        *whole, last = typed
        last_word = Q(
            "bool",
            should=[
                Q("prefix", title_folded=last),
                Q("match", title_folded={"query": last, "fuzziness": fuzziness(last), "prefix_length": 1}),
            ],
            minimum_should_match=1,
        )
        near = [Q("match", title_folded={"query": w, "fuzziness": fuzziness(w), "prefix_length": 1}) for w in whole]
        options.append(Q("bool", must=[*near, last_word], boost=0.5))
    return Q("bool", should=options, minimum_should_match=1)


def suggestion_order(prefix: str, hits: list[dict], limit: int) -> list[dict]:
    """``{text, url, type, page_id}`` of the first ``limit`` pages (one per URL): titles that start with the typed
    text (folded) first, then those that have it as typed (diacritics and all), each in the order found."""
    folded, typed = fold(prefix).lower(), prefix.lower()
    seen: set[str] = set()
    found = []
    for position, hit in enumerate(hits):
        url, title = hit.get("url"), str(hit.get("title", ""))
        if not url or url in seen:
            continue
        seen.add(url)
        rank = (not fold(title).lower().startswith(folded), typed not in title.lower(), position)
        found.append((rank, {"text": title, "url": url, "type": hit.get("type", ""), "page_id": hit.get("page_id")}))
    found.sort(key=lambda pair: pair[0])
    return [item for _rank, item in found[:limit]]


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
    if params.page_ids:
        found.append(Q("terms", page_id=list(params.page_ids)))
    for name, low, high in params.range_bounds():
        bounds = {}
        if low is not None:
            bounds["gte"] = low
        if high is not None:
            bounds["lte"] = high
        found.append(Q("range", **{f"numbers.{name}": bounds}))
    if params.near is not None:
        lat, lon = params.near
        found.append(Q("geo_distance", distance=f"{params.radius_km}km", location={"lat": lat, "lon": lon}))
    return found


def page_query(params: SearchParams, plan: QueryPlan, *, loose: bool = False):
    """The query of a page of results: the words' (``text_query``) within the filters, each added as
    ``Search.filter()`` adds it (built without a ``Search``, whose every call copies the whole search)."""
    query = text_query(plan, loose=loose)
    for clause in filters(params):
        query &= Q("bool", filter=[clause])
    return query


def sort_order(params: SearchParams, plan: QueryPlan) -> list:
    newest = {"published_at": {"order": "desc", "missing": "_last"}}
    if params.sort == "newest" or (params.sort == "relevance" and plan.empty):
        return [newest, {"page_id": {"order": "desc"}}]
    if params.sort == "capital_desc":
        return [{"capital_usd": {"order": "desc", "missing": "_last"}}, {"page_id": {"order": "asc"}}]
    if params.sort == "capital_asc":
        return [{"capital_usd": {"order": "asc", "missing": "_last"}}, {"page_id": {"order": "asc"}}]
    return ["_score", newest, {"page_id": {"order": "asc"}}]


def _field_spans(doc: dict, highlight: dict, cjk: list[str], name: str) -> list[tuple[int, int]]:
    """Spans of field ``name``'s original text that Elasticsearch highlighted, in the field as written or in
    its folded twin (which has the same length, character for character), plus the CJK strings. Asked for
    one field at a time (``best_highlight``), so that a hit whose summary has a mark reads no body."""
    original = doc.get(name) or ""
    if not original:
        return []
    spans: list[tuple[int, int]] = []
    for field, folded in ((name, False), (f"{name}_folded", True)):
        fragments = highlight.get(field)
        if not fragments:
            continue
        source = fold(original) if folded else original
        for fragment in fragments:
            plain, found = spans_from_marked(fragment)
            start = source.find(plain)
            if start != -1:
                spans.extend((start + s, start + e) for s, e in found)
    if cjk:
        spans.extend(terms_spans(original, [], cjk))
    return spans


# --- the backend ----------------------------------------------------------------------------


class ElasticsearchBackend(BaseSearchBackend):
    """Elasticsearch through the official client.

    The client library appears in four class attributes, ``client_class``, ``helpers`` (bulk,
    streaming bulk, scan), ``errors`` and ``not_found_error``, and two methods, ``client_options()``
    (the constructor's arguments) and ``slow_client()`` (the same connections with a long timeout).
    An OpenSearch backend is a subclass that overrides those with opensearch-py's (``OpenSearch``, its
    helpers and exceptions, ``timeout`` where this client says ``request_timeout``, no ``options()``)
    and keeps the rest: the mapping, queries and alias swaps are plain JSON that both engines speak
    (the DSL here only builds it), and every request goes through the client with ``index=`` and
    ``body=``. The setting then names the subclass (``BACKEND`` of the ``PRIMARY`` entry of
    ``PORTAL_SEARCH_BACKENDS``; ``PORTAL_SEARCH_ENGINE`` in the environment). ``name`` stays
    "elasticsearch": the API's ``backend`` says "the search engine answered", not which vendor's.

    Options: ``URLS`` (required), ``INDEX_PREFIX`` ("portal"), ``TIMEOUT`` (2 s per request; rebuilds
    and bulk loads allow longer), ``MAX_RETRIES`` (one per other node), ``RETRY_ON_TIMEOUT`` (False),
    ``DEAD_NODE_BACKOFF`` (1 s) and ``MAX_DEAD_NODE_BACKOFF`` (30 s), ``REPLICAS`` (0),
    ``REFRESH_ON_WRITE`` (True: a publish is searchable when the task ends), ``OPTIONS`` (more keyword
    arguments for the client, e.g. ``ca_certs``).
    """

    name = "elasticsearch"
    option_names = (
        "URLS",
        "INDEX_PREFIX",
        "TIMEOUT",
        "MAX_RETRIES",
        "RETRY_ON_TIMEOUT",
        "DEAD_NODE_BACKOFF",
        "MAX_DEAD_NODE_BACKOFF",
        "REPLICAS",
        "REFRESH_ON_WRITE",
        "OPTIONS",
    )
    client_class = Elasticsearch
    helpers = helpers
    errors = (ApiError, TransportError, helpers.BulkIndexError, helpers.ScanError)
    not_found_error = NotFoundError
    slow_timeout = 120.0  # seconds for rebuilds, bulk loads and scans

    def __init__(self, params: dict | None = None, *, alias: str = "default"):
        super().__init__(params, alias=alias)
        params = params or {}
        self.urls = node_urls(params.get("URLS") or [])
        if not self.urls:
            raise ImproperlyConfigured(f"PORTAL_SEARCH_BACKENDS[{alias!r}]: URLS lists no Elasticsearch node.")
        self.index_prefix = str(params.get("INDEX_PREFIX", "portal"))
        self.timeout = float(params.get("TIMEOUT", 2.0))
        self.max_retries = int(params.get("MAX_RETRIES", len(self.urls) - 1))
        self.retry_on_timeout = bool(params.get("RETRY_ON_TIMEOUT", False))
        self.dead_node_backoff = float(params.get("DEAD_NODE_BACKOFF", 1.0))
        self.max_dead_node_backoff = float(params.get("MAX_DEAD_NODE_BACKOFF", 30.0))
        self.replicas = int(params.get("REPLICAS", 0))
        self.refresh_on_write = bool(params.get("REFRESH_ON_WRITE", True))
        self.extra_options = dict(params.get("OPTIONS") or {})
        try:
            self.client = self.client_class(**self.client_options())
        except ValueError as exc:  # e.g. "URL must include a 'scheme', 'host', and 'port'"
            raise ImproperlyConfigured(f"PORTAL_SEARCH_BACKENDS[{alias!r}]: {exc}") from exc

    def client_options(self) -> dict:
        return {
            "hosts": self.urls,
            "request_timeout": self.timeout,
            "max_retries": self.max_retries,
            "retry_on_timeout": self.retry_on_timeout,
            "dead_node_backoff_factor": self.dead_node_backoff,
            "max_dead_node_backoff": self.max_dead_node_backoff,
            # orjson: a bulk load's NDJSON and every answer's parsing, several times faster than json
            "serializer": OrjsonSerializer(),
            **self.extra_options,
        }

    def slow_client(self):
        """The same connections with the long timeout (bulk loads, scans, index creation)."""
        return self.client.options(request_timeout=self.slow_timeout)

    def unavailable(self, exc: Exception) -> BackendUnavailable:
        return BackendUnavailable(f"{exc.__class__.__name__}: {str(exc)[:500]}")

    # --- names --------------------------------------------------------------------------------

    def alias_name(self, language: str) -> str:
        return f"{self.index_prefix}-{language}".lower()

    def new_index_name(self, language: str) -> str:
        return f"{self.alias_name(language)}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 1_000_000:06d}"

    def alias_targets(self, alias: str) -> list[str]:
        """The indices behind ``alias`` (none when it does not exist)."""
        try:
            return sorted(_body(self.client.indices.get_alias(name=alias)))
        except self.not_found_error:
            return []

    def index_exists(self) -> bool:
        try:
            return all(bool(self.client.indices.exists_alias(name=self.alias_name(code))) for code in LANGUAGE_CODES)
        except self.errors as exc:
            raise self.unavailable(exc) from exc

    # --- writing ------------------------------------------------------------------------------

    @staticmethod
    def _action(index: str, doc: dict) -> dict:
        source = dict(doc)
        for key in source.keys() - INDEXED_KEYS:  # a set difference: no Python loop over every key
            del source[key]
        source.update(index_fields(doc))
        return {"_op_type": "index", "_index": index, "_id": str(doc["page_id"]), "_source": source}

    def bulk_load(
        self,
        actions: Iterable[dict],
        *,
        chunk_size: int = BULK_CHUNK_SIZE,
        threads: int = BULK_THREADS,
        on_item: Callable[[int], None] | None = None,
        **bulk_options,
    ) -> int:
        """Bulk requests, ``threads`` of them under way at once (``parallel_bulk``: the actions are built
        and serialised here while Elasticsearch indexes the previous chunks); raises on the first failed
        item. ``on_item(written)`` is called every ``PROGRESS_EVERY`` documents. Returns the number of
        documents written."""
        written = 0
        for ok, _item in self.helpers.parallel_bulk(
            self.slow_client(),
            actions,
            thread_count=threads,
            chunk_size=chunk_size,
            max_chunk_bytes=BULK_MAX_BYTES,
            queue_size=threads,
            raise_on_error=True,
            **bulk_options,
        ):
            if ok:
                written += 1
                if on_item and written % PROGRESS_EVERY == 0:
                    on_item(written)
        return written

    def rebuild(self, documents: Iterable[dict], progress: Callable[[int], None] | None = None) -> dict:
        """Builds new indices from ``documents`` with the ``LOADING_SETTINGS`` (no refresh, no replica,
        background translog), puts the serving settings back and refreshes, then moves every language's
        alias to its new index in one atomic ``_aliases`` request and deletes the old ones. Searches keep
        reading the old indices until the swap."""
        client = self.slow_client()
        new = {language: self.new_index_name(language) for language in LANGUAGE_CODES}
        self.forget_frequencies()
        actions = (self._action(new[doc["language"]], doc) for doc in documents if doc["language"] in new)
        names = ",".join(new.values())
        try:
            for name in new.values():
                client.indices.create(index=name, body=index_definition(name, replicas=self.replicas, loading=True))
            count = self.bulk_load(actions, on_item=progress)
            if progress:
                progress(count)
            client.indices.put_settings(index=names, body={"index": serving_settings(self.replicas)})
            client.indices.refresh(index=names)
            self.swap_aliases(new)
        except self.errors as exc:
            self._delete_quietly(list(new.values()))
            raise self.unavailable(exc) from exc
        except BaseException:
            self._delete_quietly(list(new.values()))
            raise
        return {"elasticsearch": count, "aliases": {self.alias_name(language): name for language, name in new.items()}}

    def _delete_quietly(self, names: list[str]) -> None:
        for name in names:
            try:
                self.client.indices.delete(index=name, ignore_unavailable=True)
            except self.errors as exc:  # the rebuild's own error is the one to report
                logger.warning("Could not delete the unfinished index %s: %s", name, exc)

    def swap_aliases(self, new: dict[str, str]) -> None:
        """One ``POST _aliases``: every alias moves at once, then the old indices are deleted."""
        client = self.slow_client()
        actions = []
        old_indices = []
        for language, name in new.items():
            alias = self.alias_name(language)
            for old in self.alias_targets(alias):
                actions.append({"remove": {"index": old, "alias": alias}})
                old_indices.append(old)
            actions.append({"add": {"index": name, "alias": alias, "is_write_index": True}})
        client.indices.update_aliases(body={"actions": actions})
        for old in old_indices:
            client.indices.delete(index=old, ignore_unavailable=True)

    def write(self, page_id: int, documents: list[dict]) -> str:
        """Index the page's documents in every language (delete them where there are none)."""
        self.forget_frequencies()
        try:
            if not self.client.indices.exists_alias(name=self.alias_name(LANGUAGE_CODES[0])):
                return "no-index"
            by_language = {doc["language"]: doc for doc in documents}
            actions = []
            for language in LANGUAGE_CODES:
                alias = self.alias_name(language)
                if language in by_language:
                    actions.append(self._action(alias, by_language[language]))
                else:
                    actions.append({"_op_type": "delete", "_index": alias, "_id": str(page_id)})
            _success, errors = self.helpers.bulk(
                self.client,
                actions,
                raise_on_error=False,
                max_retries=0,
                refresh="wait_for" if self.refresh_on_write else False,
                require_alias=True,
            )
        except self.errors as exc:
            raise self.unavailable(exc) from exc
        self._raise_bulk_errors(errors)
        return "written" if documents else "deleted"

    def delete(self, page_ids: Iterable[int]) -> None:
        page_ids = list(page_ids)
        self.forget_frequencies()
        actions = [
            {"_op_type": "delete", "_index": self.alias_name(language), "_id": str(pk)}
            for language in LANGUAGE_CODES
            for pk in page_ids
        ]
        try:
            _success, errors = self.helpers.bulk(
                self.slow_client(),
                actions,
                raise_on_error=False,
                max_retries=0,
                require_alias=True,
                refresh="wait_for" if self.refresh_on_write else False,
            )
        except self.errors as exc:
            raise self.unavailable(exc) from exc
        self._raise_bulk_errors(errors)

    @staticmethod
    def _raise_bulk_errors(errors: list) -> None:
        """A delete of a document that is not there is no error; anything else is."""
        real_errors = [error for error in errors if not ("delete" in error and error["delete"].get("status") == 404)]
        if real_errors:
            raise BackendUnavailable(f"bulk errors: {str(real_errors)[:500]}")

    def bulk_index(self, documents: Iterable[dict]) -> int:
        aliases = set()
        self.forget_frequencies()

        def actions():
            for doc in documents:
                aliases.add(self.alias_name(doc["language"]))
                yield self._action(self.alias_name(doc["language"]), doc)

        try:
            written = self.bulk_load(actions(), require_alias=True)  # never create an index by accident
            if aliases and self.refresh_on_write:  # once at the end, not per chunk
                self.slow_client().indices.refresh(index=",".join(sorted(aliases)))
        except self.errors as exc:
            raise self.unavailable(exc) from exc
        return written

    def indexed_versions(self, language: str) -> dict[int, str]:
        versions = {}
        try:
            for hit in self.helpers.scan(
                self.slow_client(),
                index=self.alias_name(language),
                query={"query": {"match_all": {}}},
                _source=["version"],
                size=1000,
            ):
                versions[int(hit["_id"])] = hit["_source"].get("version", "")
        except self.errors as exc:
            raise self.unavailable(exc) from exc
        return versions

    def drop(self) -> None:
        """Delete this backend's indices (``<prefix>-<lang>-*``), by name: clusters refuse
        wildcard deletes (``action.destructive_requires_name``)."""
        try:
            for language in LANGUAGE_CODES:
                pattern = f"{self.alias_name(language)}-*"
                names = _body(self.client.indices.get(index=pattern, ignore_unavailable=True, allow_no_indices=True))
                for name in names:
                    self.client.indices.delete(index=name, ignore_unavailable=True)
        except self.errors as exc:
            raise self.unavailable(exc) from exc

    # --- reading ------------------------------------------------------------------------------

    def execute(self, index: str, search: Search) -> Response:
        """Send a search built with the DSL and wrap its answer (raises the client's errors)."""
        return Response(search, _body(self.client.search(index=index, body=search.to_dict())))

    def _skip_to(self, index: str, search: Search, offset: int) -> list | None:
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
            hits = self.execute(index, step).hits
            if len(hits) < size:
                return None
            after = list(hits[-1].meta.sort)
            remaining -= size
        return after

    def search(self, params: SearchParams) -> SearchResult:
        try:
            plan = self.query_plan(params)
            return self._search(params, plan)
        except self.errors as exc:
            raise self.unavailable(exc) from exc

    def frequencies(self, language: str, probes: list[Probe]) -> Frequencies:
        """One request: the language's page count and a ``filters`` bucket per probe."""
        search = Search().extra(size=0, track_total_hits=True)
        if probes:
            search.aggs.bucket(
                "probes", "filters", filters={f"p{number}": probe_query(probe) for number, probe in enumerate(probes)}
            )
        response = self.execute(self.alias_name(language), search)
        counts = {}
        if probes:
            buckets = response.aggregations.probes.buckets
            counts = {probe: buckets[f"p{number}"].doc_count for number, probe in enumerate(probes)}
        return Frequencies(total=response.hits.total.value, counts=counts)

    def _search(self, params: SearchParams, plan: QueryPlan) -> SearchResult:
        """The strict pass; when it finds fewer than ``LOOSE_BELOW`` pages and the plan has a looser
        one, the loose pass, kept when the plan accepts it (``QueryPlan.loose_accepted``): results,
        count and facets always come from the one query whose results are shown. When the counts foretell
        the loose pass (``QueryPlan.expects_loose``), both go in one ``_msearch`` (one round trip, run side by
        side); the strict answer still decides whether the loose one is used, as when they go one by one."""
        index = self.alias_name(params.lang)
        loose = None
        if plan.expects_loose() and not self._beyond_window(params):
            result, loose = self._both_passes(index, params, plan)
        else:
            result = self._page_of(index, params, plan, loose=False)
        if plan.wants_loose(result.count):
            if loose is None:
                loose = self._page_of(index, params, plan, loose=True)
            if loose.count > result.count and plan.loose_accepted(loose.count):
                loose.took_ms = (loose.took_ms or 0) + (result.took_ms or 0)
                return loose
        return result

    @staticmethod
    def _beyond_window(params: SearchParams) -> bool:
        """Whether the page lies past ``PORTAL_SEARCH_WINDOW``, reached with ``search_after`` (``_skip_to``)."""
        return params.offset + params.page_size > settings.PORTAL_SEARCH_WINDOW

    def _page_of(self, index: str, params: SearchParams, plan: QueryPlan, *, loose: bool) -> SearchResult:
        body, empty_page = self._page_request(index, params, plan, loose=loose)
        # The answer read as the plain dict it is (no DSL ``Response`` wrapping of every hit and bucket).
        answer = _body(self.client.search(index=index, body=body))
        return self._page_answer(answer, params, plan, empty_page=empty_page)

    def _both_passes(self, index: str, params: SearchParams, plan: QueryPlan) -> tuple[SearchResult, SearchResult]:
        """The strict and the loose pass of a page within the window, in one ``_msearch``."""
        strict, _empty = self._page_request(index, params, plan, loose=False)
        loose, _empty = self._page_request(index, params, plan, loose=True)
        answers = _body(self.client.msearch(searches=[{"index": index}, strict, {"index": index}, loose]))
        for answer in answers["responses"]:
            if "error" in answer:  # one search refused: as a refused single search would be
                error = answer["error"]
                reason = error.get("reason") if isinstance(error, dict) else error
                raise BackendUnavailable(f"msearch item {answer.get('status')}: {str(reason)[:500]}")
        return tuple(self._page_answer(answer, params, plan, empty_page=False) for answer in answers["responses"])

    def _page_request(self, index: str, params: SearchParams, plan: QueryPlan, *, loose: bool) -> tuple[dict, bool]:
        """The body of one pass's search for the page, and whether the page is known to be past the results."""
        query, order = page_query(params, plan, loose=loose), sort_order(params, plan)
        offset = params.offset
        # The DSL builds the query; the rest of the body is constant or nearly so, and is written as the JSON it
        # is (a ``Search`` copies itself at each call: a tenth of the request's own time went there).
        body = {
            "query": query.to_dict(),
            "sort": order,
            "aggs": FACET_AGGREGATIONS,
            "track_total_hits": True,
            "_source": SOURCE_FIELDS,
        }
        empty_page = False
        if not self._beyond_window(params):
            body.update({"from": offset, "size": params.page_size})
        else:
            after = self._skip_to(index, Search().query(query).sort(*order), offset)
            if after is None and offset:
                empty_page = True
                body["size"] = 0
            else:
                body["size"] = params.page_size
                if after is not None:
                    body["search_after"] = after
        marks = highlight_query(plan)
        if marks is not None or plan.cjk_text:
            body["highlight"] = {**HIGHLIGHT, "highlight_query": marks.to_dict()} if marks is not None else HIGHLIGHT
        return body, empty_page

    def _page_answer(self, answer: dict, params: SearchParams, plan: QueryPlan, *, empty_page: bool) -> SearchResult:
        """The result of one pass's answer: its page of hits with their highlights, the count and the facets."""
        results = []
        _words, cjk = plan.highlight_terms()
        for hit in [] if empty_page else answer["hits"]["hits"]:
            doc = hit.get("_source") or {}
            spans_of = partial(_field_spans, doc, hit.get("highlight") or {}, cjk)
            results.append(result_item(doc, best_highlight(doc, spans_of)))
        aggregations = answer["aggregations"]
        facets = {}
        for name in ("type", "sector", "location", "status"):
            buckets = [(bucket["key"], bucket["doc_count"]) for bucket in aggregations[name]["buckets"]]
            facets[name] = facet_list(name, buckets, params.lang)
        return SearchResult(
            count=answer["hits"]["total"]["value"],
            page=params.page,
            page_size=params.page_size,
            backend=self.name,
            results=results,
            facets=facets,
            took_ms=answer["took"],
        )

    def suggest(self, q: str, language: str, *, limit: int = 8) -> Suggestions:
        """Pages whose title has the typed words, the last one as a prefix (``suggest_query``); titles that
        start with the typed text first, then Elasticsearch's order (BM25 on the title: in-order
        matches and short titles above)."""
        parsed = parse_query(q)
        prefix = q.strip()[:100]
        if parsed.empty or not prefix:
            return Suggestions(backend=self.name)
        search = (
            Search()
            .query(suggest_query(prefix, latin=parsed.latin))
            .source(["title", "url", "type", "page_id"])
            .extra(size=limit * SUGGEST_CANDIDATES, track_total_hits=False)
        )
        try:
            response = self.execute(self.alias_name(language), search)
        except self.errors as exc:
            raise self.unavailable(exc) from exc
        return Suggestions(suggestion_order(prefix, [hit.to_dict() for hit in response], limit), backend=self.name)

    # --- state --------------------------------------------------------------------------------

    def status(self) -> dict:
        """The cluster's health and whether the default language's alias exists."""
        alias = self.alias_name(settings.LANGUAGE_CODE)
        try:
            cluster = _body(self.client.cluster.health(timeout=f"{int(self.timeout * 1000)}ms"))
            indexed = bool(self.client.indices.exists_alias(name=alias))
        except self.errors as exc:
            return {"status": "unavailable", "backend": self.name, "error": exc.__class__.__name__}
        healthy = cluster.get("status") in {"green", "yellow"} and indexed
        return {
            "status": "ok" if healthy else "unavailable",
            "backend": self.name,
            "cluster": cluster.get("status"),
            "nodes": cluster.get("number_of_nodes"),
            "index": alias if indexed else None,
        }
