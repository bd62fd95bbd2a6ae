"""One search interface, two implementations.

``search(params)`` and ``suggest(q, lang)`` ask Elasticsearch when ``ELASTICSEARCH_URL`` is set,
and the database otherwise. When Elasticsearch fails or does not answer within
``PORTAL_SEARCH_TIMEOUT`` seconds, the database answers instead: the failure is logged, counted
(``search.health``, shown in ``/readyz``) and the answer says ``"backend": "database"``. After a
failure Elasticsearch is left alone for ``PORTAL_SEARCH_RETRY_AFTER`` seconds so a dead cluster
does not add its timeout to every request.
"""

import logging

from django.conf import settings

from .. import health
from ..params import SearchParams
from . import database
from .base import BackendUnavailable, SearchResult

logger = logging.getLogger("search")

__all__ = ["BackendUnavailable", "SearchResult", "elasticsearch_enabled", "search", "suggest"]


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def _elastic():
    from . import elastic

    return elastic


def search(params: SearchParams) -> SearchResult:
    if elasticsearch_enabled() and not health.circuit_open():
        try:
            result = _elastic().search(params)
        except BackendUnavailable as exc:
            health.record_fallback("search", exc)
            logger.warning("Elasticsearch search failed, answering from the database: %s", exc)
        else:
            health.record_success()
            return result
        result = database.search(params)
        result.fallback = True
        return result
    result = database.search(params)
    if elasticsearch_enabled():
        health.record_fallback("search", None)
        result.fallback = True
    return result


def suggest(q: str, language: str, *, limit: int = 8) -> tuple[list[dict], str]:
    """Suggestions and the backend that made them."""
    if elasticsearch_enabled() and not health.circuit_open():
        try:
            suggestions = _elastic().suggest(q, language, limit=limit)
        except BackendUnavailable as exc:
            health.record_fallback("suggest", exc)
            logger.warning("Elasticsearch suggest failed, answering from the database: %s", exc)
        else:
            health.record_success()
            return suggestions, "elasticsearch"
    elif elasticsearch_enabled():
        health.record_fallback("suggest", None)
    return database.suggest(q, language, limit=limit), "database"
