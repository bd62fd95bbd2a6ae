"""Search never shows a page the reader could not open (issue 12, item 3).

A page with a view restriction (a login, a password or groups, set on the page or on one of its ancestors)
and a page that is not live are kept out of the index: ``search.documents`` builds no document for them,
and every change that can make a page private (publish, unpublish, move, delete, and adding, changing or
removing a view restriction on it or above it: ``search/signals.py``) rewrites the documents of the pages
concerned, in both backends, through the usual task.

This module is the second line, for an index that is behind (a task not run yet, an Elasticsearch update
retried later): the search views drop every result and suggestion that is such a page when they answer.
Nobody sees restricted pages in search, not even readers who could open them: search lists public pages.
"""

from collections.abc import Iterable

from django.db import connection
from wagtail.models import Page, PageViewRestriction

from .backends import SearchResult, Suggestions


def hidden_page_ids(page_ids: Iterable[int]) -> set[int]:
    """Those of ``page_ids`` that search must not show: gone, not live, or under a view restriction.

    Every search answer asks, so it is one short statement written out (the ORM's anti-join with ``Left()``
    took 2 ms to compile and plan for 0.1 ms of work; this takes 0.4 ms in all): the live pages among the ids
    with their paths, and after them the paths of the restricted pages (a restricted page's path starts every
    path below it; there are few). It reads the rows as they are, so a write that sent no signal (a bulk
    update, a restriction written by hand) is seen by the next search."""
    wanted = {int(page_id) for page_id in page_ids}
    if not wanted:
        return set()
    quote = connection.ops.quote_name
    page, restriction = quote(Page._meta.db_table), quote(PageViewRestriction._meta.db_table)
    placeholders = ", ".join(["%s"] * len(wanted))
    sql = (
        f"SELECT {page}.id, {page}.path FROM {page} WHERE {page}.live = %s AND {page}.id IN ({placeholders}) "  # noqa: S608 (table names of ours; the ids are parameters)
        f"UNION ALL SELECT NULL, {page}.path FROM {restriction} INNER JOIN {page} ON {page}.id = {restriction}.page_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, *sorted(wanted)])
        rows = cursor.fetchall()
    restricted = tuple(path for pk, path in rows if pk is None)
    shown = {pk for pk, path in rows if pk is not None and not path.startswith(restricted)}
    return wanted - shown


def visible_result(result: SearchResult) -> SearchResult:
    """``result`` without the pages search must not show (its count lowered by as many)."""
    hidden = hidden_page_ids(item["id"] for item in result.results)
    if hidden:
        result.results = [item for item in result.results if item["id"] not in hidden]
        result.count = max(len(result.results), result.count - len(hidden))
    return result


def visible_suggestions(suggestions: Suggestions) -> Suggestions:
    """``suggestions`` without the pages search must not show, by the page each one names (``page_id``): one
    statement, as for results. A suggestion that names no page is left out (it cannot be checked)."""
    if not suggestions:
        return suggestions
    named = [item.get("page_id") for item in suggestions]
    hidden = hidden_page_ids(page_id for page_id in named if page_id is not None) | {None}
    kept = [item for item, page_id in zip(suggestions, named, strict=True) if page_id not in hidden]
    return Suggestions(kept, backend=suggestions.backend)
