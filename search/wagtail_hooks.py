"""Search in the admin: the synonym sets editors keep (a snippet, "Search synonyms") and the report of
what investors searched for (``/admin/search-report/``: per language, the most frequent queries, those
that found nothing and those whose results nobody opened; each row links to a new synonym set that
starts with the query, the one click that teaches the portal a word it did not know).

Who may read the report (``portal_search.view_searchquerylog``) is granted per group in Wagtail's group
editor ("Search report" among the other permissions); the same people receive the weekly digest
(``inquiries.search_digest``)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .admin_views import search_report_view
from .models import SearchSynonym


class SynonymCreateView(CreateView):
    """The add form, filled from the report's link (``?language=en&terms=solar``)."""

    def get_initial(self):
        initial = super().get_initial()
        language = self.request.GET.get("language", "")
        if language in dict(SearchSynonym._meta.get_field("language").choices):
            initial["language"] = language
        terms = self.request.GET.get("terms", "")[: SearchSynonym.MAX_TERM_CHARS]
        if terms.strip():
            initial["terms"] = terms.strip() + ", "
        return initial


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    add_view_class = SynonymCreateView
    icon = "search"
    menu_label = _("Search synonyms")
    menu_name = "search-synonyms"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["terms", "language", "note", "updated_at"]
    list_filter = ["language"]
    search_fields = ["terms", "note"]


register_snippet(SearchSynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("search-report/", search_report_view, name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("portal_search.view_searchquerylog")


@hooks.register("register_admin_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(_("Search report"), reverse("search_report"), icon_name="search", order=330)


@hooks.register("register_permissions")
def register_search_report_permission():
    return Permission.objects.filter(content_type__app_label="portal_search", codename="view_searchquerylog")
