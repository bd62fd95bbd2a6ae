"""Page changes → search updates (thin: the work is in ``search.services`` and ``search.tasks``).

A view restriction (login, password, groups) added, changed or removed on a page changes whether the page and
everything below it may be searched (``search.documents.page_is_searchable``): their documents are rewritten,
which removes them from both backends or puts them back (``search/visibility.py`` is the second line)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
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


def _restriction_changed(sender, instance, **kwargs):
    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path is None:
        return  # the page is being deleted with it: its own signal updates the index
    page_change_record(page_ids=list(Page.objects.filter(path__startswith=path).values_list("pk", flat=True)))


def connect() -> None:
    page_published.connect(_published, dispatch_uid="portal_search_published")
    page_unpublished.connect(_unpublished, dispatch_uid="portal_search_unpublished")
    post_page_move.connect(_moved, dispatch_uid="portal_search_moved")
    post_delete.connect(_deleted, dispatch_uid="portal_search_deleted")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="portal_search_restricted")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="portal_search_unrestricted")
