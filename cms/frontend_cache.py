"""The frontend cache (Varnish, deploy/varnish/portal.vcl): what it is told to forget, and pages it may store.

Purging, through Wagtail's ``wagtail.contrib.frontend_cache`` backends (``WAGTAILFRONTENDCACHE``, set from
``PORTAL_FRONTEND_CACHE_URL``; empty: no frontend cache, nothing is sent):

- a page published, unpublished, moved or deleted: ``urls_to_purge(page)`` (the page in every language, the
  listings above it, the home page), computed when the signal fires (a moved or deleted page: before the
  change too, so the old addresses go) and sent after the transaction commits. Varnish's PURGE bans every
  stored variant of each path, whatever its query string (a listing's ``?page=2`` and filters).
- a snippet, setting or other public row saved or deleted (what ``cms/signals.py`` bumps the page-cache
  generation for): a full BAN, since any page may show it.
- inside ``frontend_cache_deferred()`` (the demo load, imports): nothing per page; one full BAN at the end.

Order: Django's own page cache is invalidated first (its ``on_commit`` callback is registered first, by the
handlers connected before these in ``cms/signals.py``), then Varnish is purged; the other way round, a reader
arriving in between would make Varnish store the old copy again from Django's cache.

Sent synchronously from the process that made the change, not through the task queue (Wagtail's own
``purge_urls_from_cache`` enqueues a task): a publish is visible on the next request, not after the worker's
next poll. A purge Varnish does not answer is logged (``wagtail.frontendcache``) and not retried; ``PAGE_TTL``
in the VCL bounds how long such a page stays stale. Wagtail's app itself is not installed: its signal
handlers would purge a second time, before the commit, and only the page's own address.

Forms on stored pages: a fetch Varnish will store carries ``X-Frontend-Cache: store``. For it
``FrontendCacheMiddleware`` empties the CSRF input of every form and drops the CSRF cookie, so the stored copy
carries no reader's token and no Set-Cookie; ``static/js/csrf.js`` then fetches the reader's own token from
``/csrf/`` (uncached; it sets the cookie) and fills it in. Without JavaScript the post fails Django's CSRF check
and ``cms.views.csrf.csrf_failure`` shows the form again, translated, with a fresh token and everything typed,
to send once more (never a bare 403, nothing lost). The header is only a request to leave tokens out: sent by
anyone else it costs them their token, nothing more.
"""

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page

from cms.i18n import LANGUAGE_CODES
from cms.links import page_absolute_url
from cms.page_dependencies import pages_to_cool

logger = logging.getLogger("wagtail.frontendcache")

FETCH_HEADER = "X-Frontend-Cache"
CSRF_VALUE = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(">)')

_deferred: ContextVar[list | None] = ContextVar("portal_frontend_cache_deferred", default=None)
_moving: dict[int, set[str]] = {}  # page id → its addresses before a move (pre_page_move → post_page_move)


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend (a PURGE per address, to ``LOCATION`` with the page's host) with a timeout, so a
    hanging cache cannot hold a publish, and a full ``BAN`` (deploy/varnish/portal.vcl)."""

    TIMEOUT = 5

    def _request(self, method: str, path: str, query: str = "", host: str | None = None) -> None:
        target = urlunsplit([self.cache_scheme, self.cache_netloc, path, query, ""])
        headers = {"User-Agent": "portal-frontend-cache", **({"Host": host} if host else {})}
        try:
            with urlopen(Request(target, method=method, headers=headers), timeout=self.TIMEOUT):  # noqa: S310
                pass  # (the configured cache's address)
        except (URLError, OSError) as exc:
            logger.error("Frontend cache %s: %s %s failed: %s", self.cache_netloc, method, path, exc)

    def purge(self, url) -> None:
        parts = urlsplit(url)
        self._request("PURGE", parts.path, parts.query, host=parts.netloc)

    def ban_all(self) -> None:
        self._request("BAN", "/")


def frontend_cache_fetch(request) -> bool:
    """Whether Varnish will store the answer to this request (it says so in ``FETCH_HEADER``)."""
    return request.headers.get(FETCH_HEADER) == "store" and request.method in {"GET", "HEAD"}


def _page_urls(page) -> set[str]:
    urls = set()
    extra_paths = [path for path in page.get_cached_paths() if path != "/"]
    for language in LANGUAGE_CODES:
        url = page_absolute_url(page, language)
        if url:
            urls.add(url)
            urls.update(url.rstrip("/") + "/" + path.lstrip("/") for path in extra_paths)
    return urls


def urls_to_purge(page) -> set[str]:
    """Every address that may show ``page`` as it was published: the pages the page cache cools for it
    (``cms.page_dependencies.pages_to_cool``: the page, its ancestors, the listings of its kind, pages that
    choose or reference it, the home page when it features it), each in every language with its routable
    sub-pages, and the site's home page. Absolute URLs (``PORTAL_BASE_URL``); Varnish purges each path with all
    its query strings. Related-item blocks picked at render time are recorded only by the page cache: their
    staleness in Varnish is bounded by the VCL's ``PAGE_TTL``."""
    page = page.specific_deferred if type(page) is Page else page
    ids = pages_to_cool(page)
    site = page.get_site()
    if site is not None:
        ids.add(site.root_page_id)
    pages = {item.pk: item for item in Page.objects.filter(pk__in=ids).specific()}
    pages[page.pk] = page  # as it is now (a page being deleted or moved: its addresses before the change)
    urls: set[str] = set()
    for item in pages.values():
        urls |= _page_urls(item)
    return urls


def _send(urls: set[str] | None) -> None:
    """Purge ``urls`` (``None``: ban everything) from every configured frontend cache."""
    for name, backend in get_backends().items():
        if urls is None:
            if hasattr(backend, "ban_all"):
                backend.ban_all()
            else:
                logger.warning("Frontend cache %s cannot ban everything", name)
            continue
        backend.purge_batch(sorted(url for url in urls if backend.invalidates_hostname(urlsplit(url).netloc)))


def _after_commit(urls: set[str] | None) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    pending = _deferred.get()
    if pending is not None:
        pending.append(urls)
        return
    transaction.on_commit(lambda: _send(urls))


def frontend_cache_purge(*, page) -> None:
    """Purge ``urls_to_purge(page)`` once the current transaction commits."""
    if settings.WAGTAILFRONTENDCACHE:
        _after_commit(set() if _deferred.get() is not None else urls_to_purge(page))


def frontend_cache_ban_all(**_kwargs) -> None:
    """Ban every stored page once the current transaction commits."""
    _after_commit(None)


@contextmanager
def frontend_cache_deferred() -> Iterator[None]:
    """For bulk operations: no purge per page inside the block, one full ban when it ends (done or failed)."""
    if _deferred.get() is not None:
        yield
        return
    pending: list = []
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
        if pending and settings.WAGTAILFRONTENDCACHE:
            transaction.on_commit(lambda: _send(None))


# -- signal handlers (connected in cms/signals.py, after the page cache's) -----------------------------------
def page_changed(sender, instance, **kwargs) -> None:
    frontend_cache_purge(page=instance)


def page_moving(sender, instance, **kwargs) -> None:
    if settings.WAGTAILFRONTENDCACHE and _deferred.get() is None:
        _moving[instance.pk] = urls_to_purge(instance)


def page_moved(sender, instance, **kwargs) -> None:
    before = _moving.pop(instance.pk, set())
    frontend_cache_purge(page=Page.objects.get(pk=instance.pk).specific)
    if before:
        _after_commit(before)


def page_deleting(sender, instance, **kwargs) -> None:
    """``pre_delete`` of the base ``Page`` row (once per page, a deleted subtree's pages each)."""
    if instance.live:
        frontend_cache_purge(page=instance)


class FrontendCacheMiddleware:
    """For a fetch Varnish will store: no reader's CSRF token in the page and no CSRF cookie (see the module
    docstring). Sits before ``CsrfViewMiddleware``, so it sees the response after that has set the cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not frontend_cache_fetch(request):
            return response
        response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
        if not response.streaming and b"csrfmiddlewaretoken" in response.content:
            response.content = CSRF_VALUE.sub(rb"\1\2", response.content)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
