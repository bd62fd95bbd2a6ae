"""Renditions made when a page is published, by the task worker, not in the first reader's request.

Each page class says which images it shows and in which filter specs: ``PortalPage.rendition_specs()`` yields
``(image, spec)`` pairs, the spec written exactly as in the template's ``{% image %}`` or ``{% picture %}`` tag
(``"width-{640,1200} format-{webp,jpeg}"``; brace patterns are expanded as the tags expand them), for its detail
page and for the cards and lists that show it elsewhere (a listing's card, the home page's latest news).

On publish (``cms.signals``) the page's id is queued (``renditions_queue``); once the publish commits, the task
``cms.tasks.generate_renditions`` makes the missing renditions (``renditions_generate``: the existing ones read
in one query per image, each missing one created by Wagtail's ``get_rendition``, one row per statement, so the
task cannot deadlock with a render making the same renditions). The first render then
finds them all and creates none; a detail page reads the renditions of its images in one query
(``renditions_attach``: a project's main image and gallery together). Nothing depends on the task: a rendition
it has not made yet (the worker is behind or down) is made by the render, as before. Bulk operations (the demo
load) queue one task for all their pages when they end (``renditions_deferred``).
"""

import copy
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page

from cms.tasks import generate_renditions

_deferred: ContextVar[set[int] | None] = ContextVar("portal_renditions_deferred", default=None)


def rendition_filter_specs(spec: str) -> list[str]:
    """The filter specs a template tag with ``spec`` asks for (``"fill-{400x300,800x600} format-webp"`` →
    ``["fill-400x300|format-webp", "fill-800x600|format-webp"]``)."""
    return Filter.expand_spec(spec.split())


def page_rendition_specs(page) -> list[tuple[object, list[str]]]:
    """The images ``page`` shows (anywhere) with the filter specs of each, without duplicates."""
    specs: dict[int, tuple[object, dict[str, None]]] = {}
    for image, spec in getattr(page, "rendition_specs", lambda: ())():
        if image is None:
            continue
        entry = specs.setdefault(image.pk, (image, {}))
        entry[1].update(dict.fromkeys(rendition_filter_specs(spec)))
    return [(image, list(wanted)) for image, wanted in specs.values()]


def renditions_generate(*, page_id: int) -> int:
    """Makes the renditions the live page ``page_id`` shows; returns how many it created (0 when the page is
    gone, not live, or every rendition exists)."""
    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return 0
    page = page.specific
    created = 0
    for image, specs in page_rendition_specs(page):
        existing = set(image.renditions.filter(filter_spec__in=specs).values_list("filter_spec", flat=True))
        if len(existing) == len(specs):
            continue  # the common case after the first publish: one query, no image opened
        missing = sorted(set(specs) - existing)
        for spec in missing:  # one row per statement: never holds one rendition while waiting for another
            image.get_rendition(spec)
        created += len(missing)
    return created


def renditions_queue(*, page_ids: Iterable[int]) -> None:
    """Queues the renditions of these pages once the current transaction commits (inside
    ``renditions_deferred``: when the block ends)."""
    page_ids = sorted(set(page_ids))
    if not page_ids:
        return
    pending = _deferred.get()
    if pending is not None:
        pending.update(page_ids)
        return
    transaction.on_commit(lambda: generate_renditions.enqueue(page_ids))


@contextmanager
def renditions_deferred() -> Iterator[None]:
    """For bulk operations: the pages published in the block get one task at its end (done or failed)."""
    if _deferred.get() is not None:
        yield
        return
    pages: set[int] = set()
    token = _deferred.set(pages)
    try:
        yield
    finally:
        _deferred.reset(token)
        renditions_queue(page_ids=pages)


def renditions_attach(images: Iterable) -> None:
    """Reads the renditions of ``images`` (``None`` skipped) in one query and leaves each image's own where
    Wagtail's ``get_renditions`` looks first (``prefetched_renditions``, as ``prefetch_renditions`` leaves
    them): the template tags then find them without a query, and create only what is missing."""
    images = [image for image in images if image is not None]
    if not images:
        return
    renditions = get_image_model().get_rendition_model().objects.filter(image_id__in={image.pk for image in images})
    by_image: dict[int, list] = {}
    for rendition in renditions:
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for image in images:
        image.prefetched_renditions = [copy.copy(rendition) for rendition in by_image.get(image.pk, [])]
        for rendition in image.prefetched_renditions:
            rendition.image = image  # as a prefetch leaves it: the tag reads the image (its alt text) without a query
