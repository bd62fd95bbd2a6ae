"""The reference data in the admin: agencies, sectors, places and incentives, one menu group.

Sectors and places are trees (``investment.models.tree``): their form chooses the parent on create and
moves the node with its subtree on edit (``TreeNodeForm``); the listing shows them in tree order,
indented. Deleting a node that still has nodes below it is refused with a message (the single delete
view and the bulk action alike), because treebeard would delete the whole subtree with it.

An agency created or edited here is provisioned (``investment.services``): its own media collection, and its
editors' image and document permissions limited to it and the shared collection (issue 12, item 4).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_forms import TreeNodeForm
from .models import Agency, Incentive, Place, Sector
from .models.tree import HAS_CHILDREN_MESSAGE, TreeNode
from .services import agency_editors_replaced, agency_provision

EDITORS_BEFORE = "_portal_agency_editors_before"


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    list_display = ["name", "kind", "email", "phone", "editors", "first_reply_working_days"]
    search_fields = ["name", "email"]


class TreeViewSet(SnippetViewSet):
    ordering = ["path"]

    def get_edit_handler(self):
        return ObjectList(self.model.panels, base_form_class=TreeNodeForm).bind_to_model(self.model)


class SectorViewSet(TreeViewSet):
    model = Sector
    icon = "tag"
    list_display = ["code", "indented_name"]
    search_fields = ["code", "name"]


class PlaceViewSet(TreeViewSet):
    model = Place
    icon = "site"
    list_display = ["indented_name", "kind", "code", "valid_from", "valid_until", "successor"]
    list_filter = ["kind", "valid_until"]
    search_fields = ["name", "former_names", "code"]


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


@hooks.register("before_delete_snippet")
def refuse_to_delete_a_subtree(request, instances):
    """A node goes only when nothing stays below it (what is selected with it goes too)."""
    nodes = [instance for instance in instances if isinstance(instance, TreeNode)]
    chosen = {node.pk for node in nodes}
    for node in nodes:
        if set(node.with_descendants().values_list("pk", flat=True)) - chosen:
            messages.error(request, HAS_CHILDREN_MESSAGE % {"node": node})
            return redirect(type(node).snippet_viewset.get_url_name("list"))
    return None


@hooks.register("after_create_snippet")
def provision_created_agency(request, instance):
    """An agency created in the admin gets its collection and its editors' permissions (``agency_provision``)."""
    if isinstance(instance, Agency):
        agency_provision(agency=instance)


@hooks.register("before_edit_snippet")
def remember_agency_editors(request, instance):
    if isinstance(instance, Agency):
        setattr(request, EDITORS_BEFORE, instance.editors_id)


@hooks.register("after_edit_snippet")
def provision_edited_agency(request, instance):
    """An edit repairs the agency's collection and permissions; a replaced editors group loses its access."""
    if isinstance(instance, Agency):
        agency_editors_replaced(agency=instance, previous_group_id=getattr(request, EDITORS_BEFORE, None))
