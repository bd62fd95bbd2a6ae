from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import GlossaryTerm
from cms.views.translation_status import translation_review, translation_status


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
