"""What an uncached render reuses from earlier renders: routes and page fragments, keyed by the version of the
public content.

The whole-page cache (``cms.page_cache``) answers a reader who asks for a page someone else asked for; this
module makes the render itself cheaper when the page is not cached (the first reader after a publish, every
reader with a session, every filter combination of a listing). It keeps, in the page cache's store:

- **routes**: which page (and which of its sub-routes) a URL path leads to, learnt from Wagtail's own routing
  the first time and read back in one query (the page, with what its class asks to select with it) instead of
  one query per level of the tree (``cms.views.pages.serve``, which then hands over to Wagtail's ``serve`` view, so the
  ``before_serve_page``/``on_serve_page`` hooks, view restrictions, passwords and redirects work as before; a
  route also remembers whether any view restriction applies, so that an unrestricted page skips Wagtail's two
  queries for them);
- **sites** (in each process, not in the store): the ``Site`` of a host, read once per content version
  (``site_for_request``) instead of once per request (a saved site moves the version);
- **fragments**: the navigation, the footer, a page's language links and lists of cards: see ``cached``; a
  listing's cards are read together (``cached_many``: one read of the store for all, one query for those missing).

Every key is made by ``render_key`` and carries the content version (``cms.page_cache.content_version``, read
once per request): any change the public site can show moves it (a publish too, although the page cache itself
cools only the pages a publish changes), so nothing kept here outlives the
content it was made from. A remembered route is also checked: the page must still exist and Wagtail's
``route()`` of that page must accept the rest of the path (a page unpublished since is a 404, as before).

Off when ``PORTAL_RENDER_CACHE_SECONDS`` is 0 (the test settings, where a test's changes roll back without
bumping the generation) and for previews; the tests that exercise it turn it on.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.http import Http404
from django.middleware.csrf import get_token
from django.utils import translation
from wagtail.models import Site

from cms.page_cache import content_version
from cms.page_dependencies import pages_loaded, record_page_ids
from cms.release import release

logger = logging.getLogger(__name__)

_GENERATION = "_portal_render_generation"
_MISSING = object()


def render_cache_enabled(request=None) -> bool:
    return settings.PORTAL_RENDER_CACHE_SECONDS > 0 and not getattr(request, "is_preview", False)


def render_generation(request=None) -> str:
    """The public content's version (``cms.page_cache.content_version``: any publish or global change moves it),
    read at most once per request."""
    if request is None:
        return content_version()
    generation = getattr(request, _GENERATION, None)
    if generation is None:
        generation = content_version()
        setattr(request, _GENERATION, generation)
    return generation


def render_key(name: str, *parts: Any, request=None) -> str:
    """The one place keys are made: ``render:<name>:<release>:<generation>:<language>:<site>:<parts…>`` (hashed
    when long); the site is the request's (Wagtail keeps it on the request); the release: ``cms.release``."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    site = Site.find_for_request(request) if request is not None else None
    tail = ":".join(str(part) for part in parts)
    if len(tail) > 120:
        tail = hashlib.sha256(tail.encode()).hexdigest()
    return f"render:{name}:{release()}:{render_generation(request)}:{language}:{site.pk if site else ''}:{tail}"


def _store():
    return caches[settings.PORTAL_PAGE_CACHE_ALIAS]


def cached(name: str, *parts: Any, request=None, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept for ``PORTAL_RENDER_CACHE_SECONDS`` under ``render_key(name, *parts)``; the value must
    pickle (plain data or HTML, not model instances that carry a request)."""
    if not render_cache_enabled(request):
        return compute()
    key = render_key(name, *parts, request=request)
    store = _store()
    entry = store.get(key, _MISSING)
    if entry is _MISSING:
        with pages_loaded() as page_ids:
            value = compute()
        entry = (value, frozenset(page_ids))
        store.set(key, entry, settings.PORTAL_RENDER_CACHE_SECONDS)
    value, page_ids = entry
    record_page_ids(page_ids)  # the page cache's copy depends on the pages this fragment shows
    return value


# Django renders {% csrf_token %} as this input (a 64-character masked token): a kept fragment holds a slot instead,
# filled with the reader's own token when it is read (the save buttons of cards; cms.page_cache does the same for
# whole pages), so that no reader is handed the token of whoever rendered the fragment first.
_CSRF_INPUT = re.compile(r'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(">)')
_CSRF_SLOT = "@@portal-fragment-csrf-token@@"


def html_to_keep(html: str) -> str:
    """Rendered HTML as a fragment is kept: its CSRF tokens cut out (``html_for_reader`` puts the reader's in)."""
    return _CSRF_INPUT.sub(r"\g<1>" + _CSRF_SLOT + r"\g<2>", html)


def html_for_reader(html: str, request) -> str:
    """A kept fragment with the reader's CSRF token where it had one."""
    if _CSRF_SLOT not in html:
        return html
    return html.replace(_CSRF_SLOT, get_token(request) if request is not None else "")


def cached_many(
    name: str, parts: Sequence[tuple], *, request=None, compute: Callable[[list[int]], list[tuple[Any, Iterable[int]]]]
) -> list:
    """``cached`` for a list of fragments (a listing's cards) in one read of the store: ``parts[i]`` keys fragment
    ``i``; ``compute(indices)`` makes the fragments not kept, each as ``(value, ids of the pages it shows)``, in the
    order of ``indices`` (so the caller reads what they show in one query, and only for those)."""
    if not render_cache_enabled(request):
        return [value for value, _page_ids in compute(list(range(len(parts))))]
    keys = [render_key(name, *part, request=request) for part in parts]
    store = _store()
    found = store.get_many(keys)
    missing = [index for index, key in enumerate(keys) if key not in found]
    if missing:
        made = {}
        for index, (value, page_ids) in zip(missing, compute(missing), strict=True):
            made[keys[index]] = (value, frozenset(page_ids))
        store.set_many(made, settings.PORTAL_RENDER_CACHE_SECONDS)
        found.update(made)
    values = []
    for key in keys:
        value, page_ids = found[key]
        record_page_ids(page_ids)
        values.append(value)
    return values


# --- sites --------------------------------------------------------------------------------------------------

_sites: dict[tuple, Site | None] = {}
_SITES_KEPT = 64  # distinct (version, host, port) readings kept in this process before they are all forgotten


def site_for_request(request) -> Site | None:
    """``Site.find_for_request``, read once per content version, host and port in this process instead of once
    per request (its query is one of the costliest of a render): a saved or deleted site moves the version
    (``cms.signals``: ``wagtailcore`` rows bump the generation). Left on the request where Wagtail looks for it."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = (render_generation(request), request._get_raw_host(), request.get_port())
    site = _sites.get(key, _MISSING)
    if site is _MISSING:
        site = Site.find_for_request(request)
        if len(_sites) >= _SITES_KEPT:
            _sites.clear()
        _sites[key] = site
    if site is not None:
        site = copy.copy(site)  # each request its own instance: nothing it caches on the site is shared
        site._state.fields_cache = {}
    request._wagtail_site = site
    return site


# --- routes -------------------------------------------------------------------------------------------------


def _route_key(request, site, path: str) -> str:
    return render_key("route", path, request=request)


def remembered_route(request, site, path: str):
    """The route Wagtail found for ``path`` before, re-checked on the page read again; ``None`` when unknown."""
    entry = _store().get(_route_key(request, site, path))
    if entry is None:
        return None
    if len(entry) != 4:
        return None  # kept by an earlier release
    page_id, content_type_id, consumed, unrestricted = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    queryset = model._default_manager.all()
    related = getattr(model, "route_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    page = queryset.filter(pk=page_id).first()
    if page is None:
        return None
    if unrestricted:
        page.view_restrictions_known_none = True  # PortalPage.get_view_restrictions: no query
    components = [component for component in path.split("/") if component]
    try:
        return page.route(request, components[consumed:])
    except Http404:
        return None  # Wagtail's routing decides (and answers 404 itself)


def remember_route(request, site, path: str) -> None:
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is None:
        return
    page = route[0]
    consumed = page.depth - site.root_page.depth
    if consumed < 0:
        return
    # Whether any view restriction applies (on the page or an ancestor): a restriction saved or deleted moves the
    # content version, hence the key, so a route remembered as unrestricted is never served past a new restriction.
    unrestricted = not page.get_view_restrictions().exists()
    entry = (page.pk, page.content_type_id, consumed, unrestricted)
    _store().set(_route_key(request, site, path), entry, settings.PORTAL_RENDER_CACHE_SECONDS)
