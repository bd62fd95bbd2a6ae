"""Whole-page caching for anonymous readers, invalidated on every publish.

A cached page is keyed by the current *generation*, a counter in the database that any change
visible on the public site bumps (publish, unpublish, move, delete, a snippet or setting saved).

The database row stays the truth. When the page cache's store is shared (one Redis for every app server, as
in production), a copy of the generation lives there too, and a cache hit costs no database round trip: a
bump updates the row, then overwrites the shared copy, so every server sees it at once; the copy is only
ever *added* from the row (never overwritten by a reader), so a reader that read the row just before a
bump cannot put the old value back. A per-process store (``locmem://``, development and tests) cannot carry
a bump to other processes, so there the row is read. Optionally each process also memoises its reading for
``PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS`` (default 0: off), which saves that round trip too at the
price of other servers seeing a publish up to that long later (the bumping process forgets its memo).

Never cached: anything but GET/HEAD under a language prefix, requests of officers and editors (the staff
marker of ``cms.staff_marker``: the user bar) or with a pending flash message, responses rendered for a
signed-in user, responses that set cookies, non-200 responses, and responses marked private/no-store. A
signed-in investor is served the anonymous copy (``cms.staff_marker`` states the design).

Pages with a form (every project, opportunity and zone embeds the inquiry form) are cached too: the
CSRF token is cut out of the stored copy and a fresh token for the reader is put back in when the
copy is served, so the form also works without JavaScript. This middleware therefore sits just
after ``CsrfViewMiddleware``, which reads the reader's CSRF cookie before and sets it after.
"""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.http import HttpResponse
from django.middleware.csrf import get_token

from cms.models import PageCacheGeneration
from cms.staff_marker import STAFF_COOKIE

logger = logging.getLogger(__name__)

PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
UNCACHED_SEGMENTS = ("/search/",)
# Django renders {% csrf_token %} as this input; the value is a 64-character masked token.
CSRF_INPUT = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(">)')
CSRF_SLOT = b"@@portal-csrf-token@@"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage
# Recomputed when a copy is served (the content changes length with the token).
UNSTORED_HEADERS = {"x-page-cache", "content-length"}


GENERATION_KEY = "generation"
_memo = {"value": None, "until": 0.0}  # this process's last reading of the generation


def _stored_generation() -> int:
    row = PageCacheGeneration.objects.filter(pk=1).values_list("generation", flat=True).first()
    return row or 0


def _store_is_shared(store) -> bool:
    return "locmem" not in type(store).__module__


def current_generation() -> int:
    """The page-cache generation: the local memo, else the shared copy, else the database row."""
    now = time.monotonic()
    if _memo["value"] is not None and now < _memo["until"]:
        return _memo["value"]
    store = caches[settings.PORTAL_PAGE_CACHE_ALIAS]
    value = store.get(GENERATION_KEY) if _store_is_shared(store) else None
    if value is None:
        value = _stored_generation()
        if _store_is_shared(store):
            store.add(GENERATION_KEY, value, None)
    _memo["value"], _memo["until"] = value, now + settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS
    return value


def forget_generation_memo() -> None:
    _memo["value"], _memo["until"] = None, 0.0


def bump_generation(**_kwargs) -> None:
    """Invalidates every cached page (run after the surrounding transaction commits)."""

    def bump():
        updated = PageCacheGeneration.objects.filter(pk=1).update(generation=F("generation") + 1)
        if not updated:
            PageCacheGeneration.objects.get_or_create(pk=1, defaults={"generation": 2})
        store = caches[settings.PORTAL_PAGE_CACHE_ALIAS]
        if _store_is_shared(store):
            store.set(GENERATION_KEY, _stored_generation(), None)
        forget_generation_memo()

    transaction.on_commit(bump)


def _cacheable_request(request) -> bool:
    return (
        settings.PORTAL_PAGE_CACHE_SECONDS > 0
        and request.method in {"GET", "HEAD"}
        and request.path.startswith(PREFIXES)
        and not any(segment in request.path for segment in UNCACHED_SEGMENTS)
        and STAFF_COOKIE not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def _cacheable_response(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and not getattr(request, "is_preview", False)
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        store = caches[settings.PORTAL_PAGE_CACHE_ALIAS]
        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        key = f"page:{current_generation()}:{request.get_host()}:{digest}"
        cached = store.get(key)
        if cached is not None:
            content, headers = cached
            if CSRF_SLOT in content:
                content = content.replace(CSRF_SLOT, get_token(request).encode())
            response = HttpResponse(content if request.method == "GET" else b"")
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
            content, slots = CSRF_INPUT.subn(rb"\1" + CSRF_SLOT + rb"\2", response.content)
            if content.count(b"csrfmiddlewaretoken") == slots:  # no token left that the pattern missed
                store.set(key, (content, headers), settings.PORTAL_PAGE_CACHE_SECONDS)
                response["X-Page-Cache"] = "miss"
        return response
