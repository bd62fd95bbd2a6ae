"""A primary backend (Elasticsearch) with the database copy behind it, and the circuit breaker.

Reads go to the primary. When it raises ``BackendUnavailable`` (unreachable, timed out, refused)
the fallback (the database) answers instead: the failure is logged, counted and shown in
``/readyz``, and the answer says ``"backend": "database"``. After a failure the primary is left
alone for ``RETRY_AFTER`` seconds (the circuit is open), so a dead cluster does not add its timeout
to every request; each read in that time is counted as a fallback too.

Writes go to the fallback first (the copy that must never miss a change, and the one that answers
while the primary is away), then to the primary; a primary failure raises ``BackendUnavailable``
after the database copy is current, so the caller keeps the change (``PendingIndexUpdate``) and
retries it. Writes ignore the circuit: a retry is how the primary comes back.

The breaker's state is per process and per alias (``circuit_breaker(alias)``), not per backend
object: a backend built again after a settings change keeps the counts.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterable

from django.utils import timezone

from ..params import SearchParams
from .base import BackendUnavailable, BaseSearchBackend, SearchResult, Suggestions, load_backend

logger = logging.getLogger("search")

DATABASE_BACKEND = {"BACKEND": "search.backends.database.DatabaseSearchBackend"}
READS = ("search", "suggest")


class CircuitBreaker:
    """How often this process fell back, the last error, and until when the primary is left alone."""

    def __init__(self):
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._fallbacks = dict.fromkeys(READS, 0)
            self._last_fallback_at: str | None = None
            self._last_error = ""
            self._down_until = 0.0

    def record_fallback(self, kind: str, error: Exception | None, *, retry_after: float) -> None:
        """A read answered by the fallback; with ``error``, the primary failed: open the circuit."""
        with self._lock:
            self._fallbacks[kind] = self._fallbacks.get(kind, 0) + 1
            self._last_fallback_at = timezone.now().isoformat()
            if error is not None:
                self._last_error = str(error)[:300]
                self._down_until = time.monotonic() + retry_after

    def record_success(self) -> None:
        with self._lock:
            self._down_until = 0.0

    def is_open(self) -> bool:
        """True while the primary is being left alone after a failure."""
        return time.monotonic() < self._down_until

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._fallbacks)

    def snapshot(self) -> dict:
        with self._lock:
            return {
                "fallbacks": dict(self._fallbacks),
                "last_fallback_at": self._last_fallback_at,
                "last_error": self._last_error,
            }


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def circuit_breaker(alias: str = "default") -> CircuitBreaker:
    with _breakers_lock:
        return _breakers.setdefault(alias, CircuitBreaker())


def reset_circuit_breakers() -> None:
    with _breakers_lock:
        breakers = list(_breakers.values())
    for breaker in breakers:
        breaker.reset()


class FallbackSearchBackend(BaseSearchBackend):
    """Options: ``PRIMARY`` (a backend entry, required), ``FALLBACK`` (a backend entry; the database
    backend by default), ``RETRY_AFTER`` (seconds the circuit stays open after a failure; 5)."""

    option_names = ("PRIMARY", "FALLBACK", "RETRY_AFTER")

    def __init__(self, params: dict | None = None, *, alias: str = "default"):
        super().__init__(params, alias=alias)
        params = params or {}
        self.primary = load_backend(params["PRIMARY"], alias=alias)
        self.fallback = load_backend(params.get("FALLBACK") or DATABASE_BACKEND, alias=alias)
        self.retry_after = float(params.get("RETRY_AFTER", 5.0))
        self.breaker = circuit_breaker(alias)
        self.name = self.primary.name

    # --- reading ----------------------------------------------------------------------------------

    def _read(self, kind: str, primary_read: Callable, fallback_read: Callable):
        if self.breaker.is_open():
            self.breaker.record_fallback(kind, None, retry_after=self.retry_after)
            return fallback_read()
        try:
            answer = primary_read()
        except BackendUnavailable as exc:
            self.breaker.record_fallback(kind, exc, retry_after=self.retry_after)
            logger.warning("%s %s failed, answering from %s: %s", self.primary.name, kind, self.fallback.name, exc)
            return fallback_read()
        self.breaker.record_success()
        return answer

    def search(self, params: SearchParams) -> SearchResult:
        def from_fallback() -> SearchResult:
            result = self.fallback.search(params)
            result.fallback = True
            return result

        return self._read("search", lambda: self.primary.search(params), from_fallback)

    def suggest(self, q: str, language: str, *, limit: int = 8) -> Suggestions:
        return self._read(
            "suggest",
            lambda: self.primary.suggest(q, language, limit=limit),
            lambda: self.fallback.suggest(q, language, limit=limit),
        )

    # --- writing: the fallback's copy first, then the primary ------------------------------------

    def write(self, page_id: int, documents: list[dict]) -> str:
        self.fallback.write(page_id, documents)
        return self.primary.write(page_id, documents)

    def delete(self, page_ids: Iterable[int]) -> None:
        page_ids = list(page_ids)
        self.fallback.delete(page_ids)
        self.primary.delete(page_ids)

    def bulk_index(self, documents: Iterable[dict]) -> int:
        documents = list(documents)
        self.fallback.bulk_index(documents)
        return self.primary.bulk_index(documents)

    def rebuild(self, documents: Iterable[dict], progress: Callable[[int], None] | None = None) -> dict:
        documents = list(documents)
        report = self.fallback.rebuild(documents)
        report.update(self.primary.rebuild(documents, progress))
        return report

    def indexed_versions(self, language: str) -> dict[int, str]:
        return self.primary.indexed_versions(language)

    def index_exists(self) -> bool:
        return self.fallback.index_exists() and self.primary.index_exists()

    def stores(self) -> list[BaseSearchBackend]:
        return [*self.fallback.stores(), *self.primary.stores()]

    def drop(self) -> None:
        self.fallback.drop()
        self.primary.drop()

    # --- state ------------------------------------------------------------------------------------

    def status(self) -> dict:
        """The primary's status, which backend is answering, and the fallback counts."""
        status = self.primary.status()
        serving = status["backend"] if status["status"] == "ok" else self.fallback.name
        return {**status, "serving": serving, **self.breaker.snapshot()}
