"""The search backend's state, as /readyz reports it: which backend, whether it answers, and how
often this process had to fall back to the database (counters are per process)."""

import threading
import time

from django.conf import settings
from django.utils import timezone

_lock = threading.Lock()
_state = {
    "fallbacks": {"search": 0, "suggest": 0},
    "last_fallback_at": None,
    "last_error": "",
    "down_until": 0.0,
}


def record_fallback(kind: str, error: Exception | None) -> None:
    with _lock:
        _state["fallbacks"][kind] = _state["fallbacks"].get(kind, 0) + 1
        _state["last_fallback_at"] = timezone.now().isoformat()
        if error is not None:
            _state["last_error"] = str(error)[:300]
            _state["down_until"] = time.monotonic() + settings.PORTAL_SEARCH_RETRY_AFTER


def record_success() -> None:
    with _lock:
        _state["down_until"] = 0.0


def circuit_open() -> bool:
    """True while Elasticsearch is being left alone after a failure."""
    return time.monotonic() < _state["down_until"]


def fallback_counts() -> dict:
    with _lock:
        return dict(_state["fallbacks"])


def reset() -> None:
    with _lock:
        _state["fallbacks"] = {"search": 0, "suggest": 0}
        _state["last_fallback_at"] = None
        _state["last_error"] = ""
        _state["down_until"] = 0.0


def search_backend_status() -> dict:
    from .models import PendingIndexUpdate

    with _lock:
        body = {
            "fallbacks": dict(_state["fallbacks"]),
            "last_fallback_at": _state["last_fallback_at"],
            "last_error": _state["last_error"],
        }
    try:
        body["pending_updates"] = PendingIndexUpdate.objects.count()
    except Exception as exc:  # the database probe reports the database; here we only note it
        body["pending_updates"] = None
        body["pending_error"] = exc.__class__.__name__
    if not settings.ELASTICSEARCH_URL:
        return {"status": "ok", "backend": "database", **body}
    from .backends.elastic import ES_ERRORS, alias_name, get_client

    try:
        cluster = get_client().cluster.health(timeout=f"{int(settings.PORTAL_SEARCH_TIMEOUT * 1000)}ms").body
        client = get_client()
        indexed = client.indices.exists_alias(name=alias_name(settings.LANGUAGE_CODE)).body
    except ES_ERRORS as exc:
        return {
            "status": "unavailable",
            "backend": "elasticsearch",
            "serving": "database",
            "error": exc.__class__.__name__,
            **body,
        }
    status = "ok" if cluster.get("status") in {"green", "yellow"} and indexed else "unavailable"
    return {
        "status": status,
        "backend": "elasticsearch",
        "serving": "elasticsearch" if status == "ok" else "database",
        "cluster": cluster.get("status"),
        "index": alias_name(settings.LANGUAGE_CODE) if indexed else None,
        **body,
    }
