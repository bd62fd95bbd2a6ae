"""The search backend's state, as /readyz reports it: which backend, whether it answers, and how
often this process had to fall back to the database (counters are per process; the circuit
breaker that keeps them belongs to ``search.backends.fallback``)."""

from .backends import circuit_breaker, get_search_backend, reset_circuit_breakers
from .models import PendingIndexUpdate


def fallback_counts(alias: str = "default") -> dict:
    return circuit_breaker(alias).counts()


def reset() -> None:
    reset_circuit_breakers()


def search_backend_status(alias: str = "default") -> dict:
    """``{"status", "backend", ["serving", "cluster", "index", "error"], "fallbacks", "last_fallback_at",
    "last_error", "pending_updates"}``."""
    backend = get_search_backend(alias)
    body = circuit_breaker(alias).snapshot()
    try:
        body["pending_updates"] = PendingIndexUpdate.objects.count()
    except Exception as exc:  # the database probe reports the database; here we only note it
        body["pending_updates"] = None
        body["pending_error"] = exc.__class__.__name__
    return {**backend.status(), **body}
