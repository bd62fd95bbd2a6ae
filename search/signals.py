"""Page changes → search updates (thin: the work is in ``search.services`` and ``search.tasks``)."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .services import page_change_record


def _published(sender, instance, **kwargs):
    page_change_record(page_ids=[instance.pk])


def _unpublished(sender, instance, **kwargs):
    page_change_record(page_ids=[instance.pk])


def _moved(sender, instance, **kwargs):
    # The page's URL changed, and so did the URLs of everything below it.
    ids = list(Page.objects.filter(path__startswith=instance.path).values_list("pk", flat=True))
    page_change_record(page_ids=ids or [instance.pk])


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_change_record(page_ids=[instance.pk])


def connect() -> None:
    page_published.connect(_published, dispatch_uid="portal_search_published")
    page_unpublished.connect(_unpublished, dispatch_uid="portal_search_unpublished")
    post_page_move.connect(_moved, dispatch_uid="portal_search_moved")
    post_delete.connect(_deleted, dispatch_uid="portal_search_deleted")
