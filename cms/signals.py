"""What invalidates the page cache and the frontend cache: any change that the public site can show.

A page's publish, unpublish, move or delete cools the pages it can change (``cms.page_cache.cool_page``,
``cms.page_dependencies``): computed from the rows before the change (a full save, a delete) and after its
commit. A row that belongs to a page (an orderable with a ``ParentalKey``: gallery images, plots, articles) is
written when its page is published and counts as that page. Any other public row (snippets, settings,
reference data, images, documents) bumps the global generation: it may show anywhere, and bans everything from
the frontend cache (Varnish; a page's own change purges its addresses: ``cms/frontend_cache.py``).
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from cms import frontend_cache
from cms.i18n import LANGUAGE_CODES
from cms.page_cache import bump_generation, cool_before_change, cool_page, cool_shown
from cms.page_dependencies import connect_recording
from cms.renditions import renditions_queue
from cms.translation_status import translation_records_update

# Models whose rows appear on public pages (snippets, settings, reference data) invalidate too.
PUBLIC_APPS = {"cms", "investment", "wagtailimages", "wagtaildocs", "wagtailcore"}
IGNORED = {
    "PageCacheGeneration",
    "PageCacheVersion",
    "TranslationRecord",
    "Revision",
    "PageLogEntry",
    "ModelLogEntry",
    "ReferenceIndex",
    "Rendition",
}
SLUG_FIELDS = [build_localized_fieldname("slug", code) for code in LANGUAGE_CODES]


def _owning_page_field(model) -> str | None:
    """The attribute naming the page a row belongs to (a ``ParentalKey`` to a page class), if any."""
    for field in model._meta.concrete_fields:
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            return field.attname
    return None


def _public_model_changed(sender, instance, **kwargs):
    if sender._meta.app_label not in PUBLIC_APPS or sender.__name__ in IGNORED or kwargs.get("raw"):
        return
    if issubclass(sender, Page):
        return  # a saved draft changes nothing public; publishes, moves and deletes have their own signals
    owner = _owning_page_field(sender)
    if owner is not None:
        if getattr(instance, owner) is not None:
            cool_page(getattr(instance, owner))
        return  # written by its page's publish, whose purge covers it
    bump_generation()
    frontend_cache.frontend_cache_ban_all()


def _page_published(sender, instance, **kwargs):
    cool_page(instance.pk)


def _renditions_published(sender, instance, **kwargs):
    renditions_queue(page_ids=[instance.pk])  # made by the worker, not by the first reader (cms/renditions.py)


def _page_unpublished(sender, instance, **kwargs):
    cool_page(instance.pk)
    cool_shown(instance.get_descendants(inclusive=True).values_list("pk", flat=True))  # unreachable now


def _page_moved(sender, instance, parent_page_before=None, **kwargs):
    cool_page(instance.pk)
    if parent_page_before is not None:
        cool_before_change(parent_page_before)  # the listings it left
    cool_shown(instance.get_descendants(inclusive=True).values_list("pk", flat=True))  # new addresses


def _page_saving(sender, instance, update_fields=None, raw=False, **kwargs):
    """A full save (a publish) of a live page: what it can change as the rows still are (a sector it leaves)."""
    if raw or update_fields is not None or instance.pk is None:
        return
    before = Page.objects.filter(pk=instance.pk, live=True).specific().first()
    if before is None:
        return
    cool_before_change(before)
    if any(getattr(before, name, None) != getattr(instance, name, None) for name in SLUG_FIELDS):
        cool_shown(before.get_descendants().values_list("pk", flat=True))  # their addresses change


def _page_deleting(sender, instance, **kwargs):
    cool_before_change(instance)
    cool_shown([instance.pk])


def _record_translations(sender, instance, **kwargs):
    translation_records_update(page=instance.specific)


def connect():
    page_published.connect(_record_translations, dispatch_uid="translation_records_published")
    page_published.connect(_page_published, dispatch_uid="page_cache_published")
    page_published.connect(_renditions_published, dispatch_uid="renditions_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache_moved")
    connect_recording()
    # The frontend cache after the page cache (their on_commit callbacks run in this order): cms/frontend_cache.py.
    page_published.connect(frontend_cache.page_changed, dispatch_uid="frontend_cache_published")
    page_unpublished.connect(frontend_cache.page_changed, dispatch_uid="frontend_cache_unpublished")
    pre_page_move.connect(frontend_cache.page_moving, dispatch_uid="frontend_cache_moving")
    post_page_move.connect(frontend_cache.page_moved, dispatch_uid="frontend_cache_moved")
    pre_delete.connect(frontend_cache.page_deleting, sender=Page, dispatch_uid="frontend_cache_deleting")
    for model in apps.get_models():
        if issubclass(model, Page):
            pre_save.connect(_page_saving, sender=model, dispatch_uid=f"page_cache_saving_{model._meta.label}")
            pre_delete.connect(_page_deleting, sender=model, dispatch_uid=f"page_cache_deleting_{model._meta.label}")
        if model._meta.app_label in PUBLIC_APPS and model.__name__ not in IGNORED:
            post_save.connect(_public_model_changed, sender=model, dispatch_uid=f"page_cache_save_{model._meta.label}")
            post_delete.connect(
                _public_model_changed, sender=model, dispatch_uid=f"page_cache_delete_{model._meta.label}"
            )
