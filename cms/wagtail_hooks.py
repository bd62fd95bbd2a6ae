from django.http import HttpResponseBadRequest
from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.admin_api import PortalPagesAdminAPIViewSet
from cms.admin_pages import SCOPED_PAGE_BULK_ACTIONS, ScopedPageViewSet, pages_shown_in_admin
from cms.models import GlossaryTerm
from cms.page_cache import SERVED_PAGE_ATTRIBUTE
from cms.page_dependencies import record_from
from cms.views.translation_copy import copy_translation_content
from cms.views.translation_status import translation_review, translation_status


@hooks.register("before_serve_page")
def note_the_served_page(page, request, serve_args, serve_kwargs):
    """The page cache keys a copy on the page it served (``cms.page_cache``: its ``output:`` version) and on
    the pages loaded from here on (``cms.page_dependencies``)."""
    setattr(request, SERVED_PAGE_ATTRIBUTE, page.pk)
    record_from(page)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("translation-status/", translation_status, name="translation_status"),
        path(
            "translation-status/<int:page_id>/<str:language>/reviewed/",
            translation_review,
            name="translation_review",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="globe", order=900)


@hooks.register("register_admin_urls", order=-1)
def register_translation_copy_url():
    """Before wagtail-modeltranslation's unchecked view of the same URL, with the same pattern (``\\d``
    matches every Unicode digit, which ``int()`` accepts), so that no URL reaches the add-on's view."""
    return [
        re_path(
            r"pages/(?P<page_id>\d+)/edit/copy_translation_content/$",
            copy_translation_content,
            name="copy_translation_content",
        )
    ]


@hooks.register("before_copy_page", order=-1)
def refuse_a_copy_without_a_valid_destination(request, page):
    """Wagtail's copy view and wagtail-modeltranslation's replacement of it (the ``before_copy_page`` hook
    that renders its own form) both read ``new_parent_page`` with ``Page.objects.get`` before the form is
    validated: a missing, malformed or unknown id answered 500. Here it answers 400 first. (The user's right
    to copy this page was checked by Wagtail before any hook runs; the destination's by the form.)"""
    if request.method != "POST":
        return None
    raw = request.POST.get("new_parent_page", "")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18 and Page.objects.filter(pk=int(raw)).exists()):
        return HttpResponseBadRequest(_("Choose the page to copy this page under."))
    return None


@hooks.register("construct_admin_api")
def register_checked_admin_pages_api(router):
    router.register_endpoint("pages", PortalPagesAdminAPIViewSet)


@hooks.register("construct_page_chooser_queryset")
def chooser_shows_what_the_user_may_see(pages, request):
    """No draft title of a page the user may not explore (``cms.admin_pages``)."""
    return pages_shown_in_admin(pages=pages, user=request.user)


# After Wagtail's own (order=1): the registry keeps the last class registered for an action.
for scoped_action in SCOPED_PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", scoped_action, order=1)


class GlossaryTermViewSet(SnippetViewSet):
    """The glossary in the admin: a term and its definition in every language."""

    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["term", "key", "definition"]
    search_fields = ["term", "definition", "key"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_admin_viewset", order=1)  # after Wagtail's base page viewset, so that it replaces it
def register_scoped_page_viewset():
    return ScopedPageViewSet("portal_pages")
