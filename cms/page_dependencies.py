"""Which cached pages a change to one page makes stale, and which pages a response showed.

Two sources, because neither alone can promise that no reader is ever served a stale page:

- **Recorded at render time** (``rendering()``, ``record_from``): every page row a cacheable response loaded
  after it was routed — the page itself, its ancestors (routing, breadcrumbs), the navigation, the cards of a listing,
  the related items, the featured pages of the home page, the pages behind rich-text links, whatever a template
  or a later change adds — is recorded, without any template or view having to name it, by a ``post_init``
  receiver on every page model, and the cached copy depends on each one (``cms.page_cache``). Whatever a page
  *showed* is therefore covered, whatever its relations were at the time (a project removed from a sector is
  still found on the pages that showed it under that sector). What this cannot see is a page that is *not* in
  the response yet but should be after the change: a newly published project that now belongs to a listing,
  to another project's related items, or to the home page's latest news.
- **Computed from the relations** (``pages_to_cool(page)``): the page, its ancestors, every listing of its kind
  (its parent index and any page class that declares ``page_cache_lists`` naming it, or the listing of its
  catalogue kind), the pages whose related items may show it (the page class's ``page_cache_related_ids()``:
  for catalogue pages every page of the same kind sharing a sector or the place), every page that references
  it (Wagtail's reference index: featured pages, chooser blocks, rich-text links) and every live page whose
  ``page_cache_features`` stream fields choose it (the home page's featured content). This is computed twice
  for a publish — from the rows before the save and after the commit — so a relation that was dropped and one
  that was added are both covered. It is also what a frontend cache (Varnish) can purge, since it has no
  recording of its own: ``urls_to_purge(pages_to_cool(page))``.

Recorded dependencies catch what was shown, computed ones what may now be shown: together a stale copy needs a
page that a response neither loaded nor could list, which the declarations above rule out as long as every
query over pages that is not a child listing is declared. A new kind of listing (a query over pages of some
class in a ``get_context``) must be declared with ``page_cache_lists`` on its page class; a fragment kept across
requests (``cms.render_cache.cached``) stores the ids of the pages it loaded and replays them on a hit
(``pages_loaded``, ``record_page_ids``), so it hides nothing from the recording.

Some pages are shown on every page, so a change to them cools everything (``cools_everything``): the home page
and its children (the navigation), and page classes that declare ``page_cache_everywhere = True`` (the privacy
notice in every footer, the glossary, legal documents found by number, the cost-of-business page). Snippets,
settings and reference data keep bumping the global generation (``cms.signals``).
"""

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_init
from wagtail.models import Page, ReferenceIndex

from cms.catalogue import catalogue_kind_of
from cms.i18n import LANGUAGE_CODES, page_url_in

TOP_DEPTH = 3  # the home page (2) and its children (3, the navigation) are on every page


class Recording:
    """The page ids a response loaded, from the moment its page was routed (``record_from(page)``)."""

    def __init__(self):
        self.page_ids: set[int] = set()
        self.active = False


_rendered: ContextVar[Recording | None] = ContextVar("portal_pages_rendered", default=None)
_collecting: ContextVar[tuple[set[int], ...]] = ContextVar("portal_pages_collected", default=())


# Recording ------------------------------------------------------------------------------------------------


@contextmanager
def rendering():
    """A ``Recording`` of this context (this thread's request); it records once ``record_from`` is called."""
    recording = Recording()
    token = _rendered.set(recording)
    try:
        yield recording
    finally:
        _rendered.reset(token)


def record_from(page) -> None:
    """Records ``page`` and every page loaded from now on (called once the request is routed to ``page``).

    Routing is left out on purpose: wagtail-modeltranslation's router loads every sibling of each ancestor to
    compare slugs, which would make each detail page depend on all its siblings. What routing depends on is
    covered otherwise: an ancestor unpublished, moved or given a new slug cools every page under it."""
    recording = _rendered.get()
    if recording is not None:
        recording.active = True
        recording.page_ids.add(page.pk)


@contextmanager
def pages_loaded():
    """The ids of the pages loaded inside this block, recorded or not: a fragment kept across requests
    (``cms.render_cache.cached``) stores them with itself and replays them with ``record_page_ids`` on a hit."""
    loaded: set[int] = set()
    token = _collecting.set((*_collecting.get(), loaded))
    try:
        yield loaded
    finally:
        _collecting.reset(token)


def record_page_ids(page_ids) -> None:
    """Adds ``page_ids`` to this response's recording (a kept fragment that showed them), if it records."""
    recording = _rendered.get()
    if recording is not None and recording.active:
        recording.page_ids.update(page_ids)


def _page_loaded(sender, instance, **kwargs):
    if instance.pk is None:
        return
    recording = _rendered.get()
    if recording is not None and recording.active:
        recording.page_ids.add(instance.pk)
    for loaded in _collecting.get():
        loaded.add(instance.pk)


def connect_recording() -> None:
    for model in apps.get_models():
        if issubclass(model, Page):
            post_init.connect(_page_loaded, sender=model, dispatch_uid=f"page_cache_loaded_{model._meta.label}")


# Computing ------------------------------------------------------------------------------------------------


def cools_everything(page) -> bool:
    """Whether a change to ``page`` shows on every page (the whole page cache is bumped)."""
    return page.depth <= TOP_DEPTH or bool(getattr(page.specific_class or type(page), "page_cache_everywhere", False))


@cache
def _listers_of(model: type) -> tuple[type, ...]:
    """Page classes that list pages of ``model`` beyond their own children (``page_cache_lists`` labels)."""
    labels = {cls._meta.label for cls in model.__mro__ if isinstance(cls, type) and hasattr(cls, "_meta")}
    listers = [
        lister
        for lister in apps.get_models()
        if issubclass(lister, Page) and labels & set(getattr(lister, "page_cache_lists", ()))
    ]
    kind = catalogue_kind_of(model)
    if kind is not None:
        listers.append(kind.listing_model)
    return tuple(listers)


@cache
def _featuring() -> tuple[tuple[type, tuple[str, ...]], ...]:
    """``(page class, stream field names)`` of every class that chooses pages to feature."""
    return tuple(
        (model, tuple(model.page_cache_features))
        for model in apps.get_models()
        if issubclass(model, Page) and getattr(model, "page_cache_features", ())
    )


def _chosen_page_ids(raw) -> Iterable[int]:
    """Page ids chosen in a stream field's raw data (values under a ``page`` key, at any depth)."""
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key == "page" and isinstance(value, int):
                yield value
            else:
                yield from _chosen_page_ids(value)
    elif isinstance(raw, list):
        for item in raw:
            yield from _chosen_page_ids(item)


def _referencing_page_ids(page) -> set[int]:
    page_type = ContentType.objects.get_for_model(Page)
    rows = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id=str(page.pk), base_content_type=page_type
    ).values_list("object_id", flat=True)
    return {int(object_id) for object_id in rows if object_id.isdigit()}


def pages_to_cool(page) -> set[int]:
    """The ids of the pages whose rendering may change when ``page`` is published, unpublished, moved or deleted,
    computed from the rows as they are now (call it before and after a change; see the module docstring)."""
    page = page.specific
    ids = {page.pk}
    ids |= set(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
    listers = _listers_of(type(page))
    if listers:
        types = ContentType.objects.get_for_models(*listers).values()
        ids |= set(Page.objects.live().filter(content_type__in=types).values_list("pk", flat=True))
    related = getattr(page, "page_cache_related_ids", None)
    if related is not None:
        ids |= set(related())
    ids |= _referencing_page_ids(page)
    for model, fields in _featuring():
        for featuring in model.objects.live().only("pk", *fields):
            if any(page.pk in _chosen_page_ids(getattr(featuring, name).raw_data) for name in fields):
                ids.add(featuring.pk)
    return ids


def urls_to_purge(page_ids: Iterable[int]) -> list[str]:
    """The path of each page in every language (for a frontend cache; sub-pages and query strings of a page
    start with its path, so a purge by prefix covers them)."""
    urls = []
    for page in Page.objects.filter(pk__in=list(page_ids)).specific():
        urls += [url for code in LANGUAGE_CODES if (url := page_url_in(page, code))]
    return sorted(set(urls))
