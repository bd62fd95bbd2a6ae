"""What every search backend answers (the public contract of ``GET /api/search/``) and what it must do.

A backend is a class configured by one entry of ``PORTAL_SEARCH_BACKENDS`` (``{"BACKEND": "<dotted
path>", <OPTION>: value, ...}``, as Wagtail's ``WAGTAILSEARCH_BACKENDS``); ``search.backends.
get_search_backend()`` builds it. Reads (``search``, ``suggest``) raise ``BackendUnavailable`` when the
backend cannot answer, and so do writes: the callers keep the change (``PendingIndexUpdate``) and retry.
No caller sees the client library's own exceptions.
"""

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from ..params import SearchParams
from ..query import Frequencies, Probe, QueryPlan, query_plan
from ..text import excerpt_html

FREQUENCY_SECONDS = 300  # how long a counted document frequency is reused (the index changes slowly)
FREQUENCY_ENTRIES = 20_000

FACETS = ("type", "sector", "location", "status")
BACKEND_NAMES = ("elasticsearch", "database")
RESULT_FIELDS = ("type", "id", "title", "url", "summary", "highlight", "sector", "location", "capital_usd", "status")


@dataclass
class SearchResult:
    count: int
    page: int
    page_size: int
    backend: str  # "elasticsearch" | "database"
    results: list[dict] = field(default_factory=list)
    facets: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in FACETS})
    fallback: bool = False  # Elasticsearch is configured but did not answer: the database did
    took_ms: float | None = None  # Elasticsearch's own ``took``
    extra: dict = field(default_factory=dict)  # what a backend notes for itself (not in the answer)

    def as_json(self) -> dict:
        return {
            "count": self.count,
            "page": self.page,
            "page_size": self.page_size,
            "backend": self.backend,
            "results": self.results,
            "facets": self.facets,
        }

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.page_size))


class Suggestions(list):
    """``[{"text", "url", "type", "page_id"}, ...]`` that also says which backend made it (``backend``)."""

    def __init__(self, items: Iterable[dict] = (), *, backend: str):
        super().__init__(items)
        self.backend = backend


class BackendUnavailable(Exception):
    """The backend could not answer (unreachable, timed out, or refused the request)."""


class FrequencyCache:
    """Document frequencies counted by a backend, kept ``FREQUENCY_SECONDS`` (per process and backend;
    a write through this process forgets them). A plan asks for the same few probes again and again."""

    def __init__(self):
        self._lock = threading.Lock()
        self._found: dict[tuple, tuple[float, int]] = {}

    def get(self, key: tuple) -> int | None:
        with self._lock:
            found = self._found.get(key)
        if found is None or found[0] < time.monotonic():
            return None
        return found[1]

    def put(self, key: tuple, value: int) -> None:
        with self._lock:
            if len(self._found) >= FREQUENCY_ENTRIES:
                self._found.clear()
            self._found[key] = (time.monotonic() + FREQUENCY_SECONDS, value)

    def clear(self) -> None:
        with self._lock:
            self._found.clear()


class BaseSearchBackend(ABC):
    """One search engine behind the portal's search contract.

    Documents are the dictionaries of ``search.documents`` (one per page and language). ``params`` is
    the backend's entry of ``PORTAL_SEARCH_BACKENDS`` without ``BACKEND``; ``alias`` is its name there.
    """

    name: str  # what the API answers as "backend": "elasticsearch" | "database"
    option_names: tuple[str, ...] = ()  # the options it reads from its entry; any other key is refused

    def __init__(self, params: dict | None = None, *, alias: str = "default"):
        self.alias = alias
        unknown = set(params or {}) - set(self.option_names)
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ImproperlyConfigured(f"PORTAL_SEARCH_BACKENDS[{alias!r}]: {self.__class__.__name__} has no {names}.")

    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} {self.alias!r}>"

    # --- understanding a query -------------------------------------------------------------------

    def query_plan(self, params: SearchParams) -> QueryPlan:
        """The query's plan (``search.query``), corrected (``corrections``) and refined with what this
        backend's index knows (``frequencies``: the pages that have each probe, cached)."""
        plan = query_plan(params.q, params.lang)
        plan = plan.with_corrections(self.corrections(plan, params.lang))
        if len(plan.clauses) < 2:  # one clause: nothing to weigh against another, no word to join
            return plan
        return plan.refine(self.cached_frequencies(params.lang, plan.probes()))

    def corrections(self, plan: QueryPlan, language: str) -> dict[str, tuple[str, ...]]:
        """``{folded word: indexed words}`` for misspelt words (a backend without typo tolerance of its own)."""
        return {}

    def frequencies(self, language: str, probes: list[Probe]) -> Frequencies:
        """How many pages of the language there are and how many have each probe."""
        return Frequencies(total=0, counts=dict.fromkeys(probes, 1))

    def cached_frequencies(self, language: str, probes: list[Probe]) -> Frequencies:
        cache = self.__dict__.setdefault("_frequency_cache", FrequencyCache())
        total = cache.get((language, None))
        counts = {probe: cache.get((language, probe)) for probe in probes}
        missing = [probe for probe, count in counts.items() if count is None]
        if missing or total is None:
            counted = self.frequencies(language, missing)
            total = counted.total
            cache.put((language, None), total)
            for probe in missing:
                counts[probe] = counted.of(probe)
                cache.put((language, probe), counts[probe])
        return Frequencies(total=total, counts=counts)

    def forget_frequencies(self) -> None:
        cache = self.__dict__.get("_frequency_cache")
        if cache is not None:
            cache.clear()

    # --- reading ----------------------------------------------------------------------------------

    @abstractmethod
    def search(self, params: SearchParams) -> SearchResult:
        """One page of results with facets and highlights."""

    @abstractmethod
    def suggest(self, q: str, language: str, *, limit: int = 8) -> Suggestions:
        """Type-ahead: titles that start with (or contain) what was typed."""

    # --- writing ----------------------------------------------------------------------------------

    @abstractmethod
    def write(self, page_id: int, documents: list[dict]) -> str:
        """Replace the page's documents in every language (none: the page leaves the index).
        Returns "written", "deleted", "no-index" (no index yet: the next rebuild includes the
        page) or "database" (a database-only backend replaced its rows)."""

    @abstractmethod
    def delete(self, page_ids: Iterable[int]) -> None:
        """Remove the pages' documents in every language (missing ones are not an error)."""

    @abstractmethod
    def bulk_index(self, documents: Iterable[dict]) -> int:
        """Add or replace these documents (each replaces its page's document in its language)."""

    @abstractmethod
    def rebuild(self, documents: Iterable[dict], progress: Callable[[int], None] | None = None) -> dict:
        """Replace everything with ``documents``, atomically: readers see the old data until the
        swap. ``progress(documents_done)`` is called along the way. Returns a report."""

    @abstractmethod
    def indexed_versions(self, language: str) -> dict[int, str]:
        """``{page_id: version}`` of everything stored for the language (the reconcile compares)."""

    def index_exists(self) -> bool:
        """Whether there is an index to update (False: only a rebuild can start one)."""
        return True

    def stores(self) -> list["BaseSearchBackend"]:
        """The backends that keep a copy of the documents (the reconcile repairs each one)."""
        return [self]

    @abstractmethod
    def drop(self) -> None:
        """Remove everything this backend stores (benchmarks and tests clean up with it)."""

    # --- state ------------------------------------------------------------------------------------

    @abstractmethod
    def status(self) -> dict:
        """For /readyz: ``{"status": "ok" | "unavailable", "backend": name, ...}``."""


def load_backend(config: dict, *, alias: str) -> BaseSearchBackend:
    """The backend an entry of ``PORTAL_SEARCH_BACKENDS`` describes (``BACKEND`` is a class's dotted path)."""
    params = dict(config)
    backend_class = import_string(params.pop("BACKEND"))
    return backend_class(params, alias=alias)


def result_item(doc: dict, highlight: str | None) -> dict:
    capital = doc.get("capital_usd")
    return {
        "type": doc["type"],
        "id": doc["page_id"],
        "title": doc["title"],
        "url": doc.get("url") or "",
        "summary": doc.get("summary") or "",
        "highlight": highlight,
        "sector": ", ".join(doc.get("sector_labels") or []) or None,
        "location": doc.get("location_label") or None,
        "capital_usd": round(capital) if capital is not None else None,
        "status": doc.get("status") or None,
    }


def best_highlight(doc: dict, spans_of: Callable[[str], list[tuple[int, int]]]) -> str | None:
    """An excerpt with ``<mark>``s from the summary, else the body, else the title. ``spans_of(name)``: the
    highlighted spans of that field, asked for in that order until one gives an excerpt."""
    for name in ("summary", "body", "title"):
        text = doc.get(name) or ""
        if text and (excerpt := excerpt_html(text, spans_of(name))):
            return excerpt
    return None
