from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Agency, Incentive, Place, Sector


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    list_display = ["name", "kind", "email", "phone", "editors", "first_reply_working_days"]
    search_fields = ["name", "email"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    list_display = ["code", "name", "parent"]
    search_fields = ["code", "name"]
    ordering = ["tree_path"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "kind", "code", "parent", "valid_from", "valid_until", "successor"]
    list_filter = ["kind", "valid_until"]
    search_fields = ["name", "former_names", "code"]
    ordering = ["tree_path"]


class IncentiveViewSet(SnippetViewSet):
    model = Incentive
    icon = "pick"
    list_display = ["title", "kind", "legal_basis"]
    search_fields = ["title"]


class ReferenceDataGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, SectorViewSet, PlaceViewSet, IncentiveViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Reference data")
    menu_name = "reference-data"
    menu_order = 300


register_snippet(ReferenceDataGroup)
