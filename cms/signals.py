"""What invalidates the page cache and the frontend cache: any change that the public site can show."""

import functools

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete
from modelcluster.fields import ParentalKey
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from cms import frontend_cache
from cms.page_cache import bump_generation
from cms.translation_status import translation_records_update

# Models whose rows appear on public pages (snippets, settings, reference data) invalidate too.
PUBLIC_APPS = {"cms", "investment", "wagtailimages", "wagtaildocs", "wagtailcore"}
IGNORED = {
    "PageCacheGeneration",
    "TranslationRecord",
    "Revision",
    "PageLogEntry",
    "ModelLogEntry",
    "ReferenceIndex",
    "Rendition",
}


@functools.cache
def _part_of_a_page(model) -> bool:
    """A page's inline rows (images, documents: a ParentalKey to a page) are written when the page is published,
    and go public with it: its own purge covers them (a full ban on every publish would empty the cache)."""
    parents = [field.related_model for field in model._meta.concrete_fields if isinstance(field, ParentalKey)]
    return any(isinstance(parent, type) and issubclass(parent, Page) for parent in parents)


def _public_model_changed(sender, **kwargs):
    if sender._meta.app_label in PUBLIC_APPS and sender.__name__ not in IGNORED and not kwargs.get("raw"):
        # Saving a draft changes nothing public: pages only count when published (signals below).
        if issubclass(sender, Page) and kwargs.get("signal") is post_save:
            return
        bump_generation()
        if not issubclass(sender, Page) and not _part_of_a_page(sender):  # pages purge their own addresses
            frontend_cache.frontend_cache_ban_all()


def _record_translations(sender, instance, **kwargs):
    translation_records_update(page=instance.specific)


def connect():
    page_published.connect(_record_translations, dispatch_uid="translation_records_published")
    page_published.connect(bump_generation, dispatch_uid="page_cache_published")
    page_unpublished.connect(bump_generation, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="page_cache_moved")
    # The frontend cache after the page cache (their on_commit callbacks run in this order): cms/frontend_cache.py.
    page_published.connect(frontend_cache.page_changed, dispatch_uid="frontend_cache_published")
    page_unpublished.connect(frontend_cache.page_changed, dispatch_uid="frontend_cache_unpublished")
    pre_page_move.connect(frontend_cache.page_moving, dispatch_uid="frontend_cache_moving")
    post_page_move.connect(frontend_cache.page_moved, dispatch_uid="frontend_cache_moved")
    pre_delete.connect(frontend_cache.page_deleting, sender=Page, dispatch_uid="frontend_cache_deleting")
    for model in apps.get_models():
        if model._meta.app_label in PUBLIC_APPS and model.__name__ not in IGNORED:
            post_save.connect(_public_model_changed, sender=model, dispatch_uid=f"page_cache_save_{model._meta.label}")
            post_delete.connect(
                _public_model_changed, sender=model, dispatch_uid=f"page_cache_delete_{model._meta.label}"
            )
