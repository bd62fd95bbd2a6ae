"""Reads of what investors searched for (``SearchQueryLog``: no personal data), for the admin report
(``search.admin_views``).

Per language: the most frequent queries, the queries that found nothing (what the portal lacks, or words
it does not know yet: a synonym away), and the queries with results that nobody opened (results that
did not look like an answer)."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Avg, Count, Max, Q

from .models import SearchQueryLog

REPORT_ROWS = 25


@dataclass(frozen=True)
class QueryRow:
    language: str
    query: str
    searches: int
    results: float  # on average
    clicks: int
    last_searched: datetime

    @property
    def click_rate(self) -> float:
        return self.clicks / self.searches if self.searches else 0.0


def _rows(logs, *, limit: int) -> list[QueryRow]:
    grouped = (
        logs.values("language", "query")
        .annotate(
            searches=Count("pk"),
            results=Avg("result_count"),
            clicks=Count("clicked_page_id"),
            last_searched=Max("created_at"),
        )
        .order_by("-searches", "-last_searched", "query")
    )
    return [QueryRow(**row) for row in grouped[:limit]]


def search_report(
    *, since: datetime, until: datetime | None = None, language: str | None = None, limit: int = REPORT_ROWS
) -> dict:
    """``{"totals": {...}, "top": [...], "zero_results": [...], "no_clicks": [...]}`` for the period."""
    logs = SearchQueryLog.objects.filter(created_at__gte=since)
    if until is not None:
        logs = logs.filter(created_at__lt=until)
    if language:
        logs = logs.filter(language=language)
    totals = logs.aggregate(
        searches=Count("pk"),
        zero_results=Count("pk", filter=Q(result_count=0)),
        clicked=Count("clicked_page_id"),
        queries=Count("query", distinct=True),
    )
    with_results = logs.filter(result_count__gt=0)
    unclicked = with_results.values("language", "query").annotate(clicks=Count("clicked_page_id")).filter(clicks=0)
    no_clicks = with_results.filter(query__in=unclicked.values("query"))
    return {
        "totals": totals,
        "top": _rows(logs, limit=limit),
        "zero_results": _rows(logs.filter(result_count=0), limit=limit),
        "no_clicks": [row for row in _rows(no_clicks, limit=limit * 2) if row.clicks == 0][:limit],
    }


def search_digest(*, since: datetime, until: datetime, limit: int) -> dict[str, dict]:
    """What investors could not find between ``since`` and ``until``, per language that had searches
    (``{language: search_report(...)}`` in the order of ``LANGUAGES``; languages without searches are left
    out, so an empty dict means there is nothing to tell)."""
    digest = {}
    for language, _name in settings.LANGUAGES:
        report = search_report(since=since, until=until, language=language, limit=limit)
        if report["totals"]["searches"]:
            digest[language] = report
    return digest
