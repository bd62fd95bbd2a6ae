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
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageViewRestriction, Site

from cms.i18n import page_url_in

from .backends import SearchResult, Suggestions


def _restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


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


def _page_ids_at(urls: Iterable[str], language: str) -> dict[str, int]:
    """``{url: page id}`` for the URLs (``/<lang>/…/``, as documents store them) that are pages of the default
    site in ``language`` (its translated ``url_path``); other URLs are left out."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    field = build_localized_fieldname("url_path", language)
    root_path = getattr(site.root_page, field, "") if site else ""
    prefix = f"/{language}/"
    wanted = {
        root_path + url[len(prefix) :]: url
        for url in urls
        if root_path and isinstance(url, str) and url.startswith(prefix)
    }
    pages = Page.objects.filter(**{f"{field}__in": list(wanted)}).values_list("pk", field)
    return {wanted[path]: pk for pk, path in pages}


def visible_suggestions(suggestions: Suggestions, language: str) -> Suggestions:
    """``suggestions`` without the pages search must not show. Suggestions carry URLs, not ids: each URL is
    looked up by the pages' translated ``url_path``, and a restricted page's URL starts every URL below it."""
    if not suggestions:
        return suggestions
    urls = [str(item.get("url", "")) for item in suggestions]
    at = _page_ids_at(urls, language)
    hidden = hidden_page_ids(at.values())
    restricted = [page_url_in(page, language) for page in Page.objects.filter(path__in=_restricted_paths())]
    prefixes = [url for url in restricted if url]
    kept = [
        item
        for item, url in zip(suggestions, urls, strict=True)
        if at.get(url) not in hidden and not any(url.startswith(prefix) for prefix in prefixes)
    ]
    return Suggestions(kept, backend=suggestions.backend)
