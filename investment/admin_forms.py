"""Admin forms: catalogue pages (an agency editor can only choose, and keep, their own agency) and the
tree of sectors and places (choose the parent on create; choosing another parent on edit moves the node
with everything below it, as Wagtail's collection form does)."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from investment.models.agencies import Agency
from investment.models.tree import CYCLE_MESSAGE, NBSP
from investment.permissions import user_agency_ids, user_is_catalogue_moderator


class CataloguePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.agency_restricted_to: frozenset[int] | None = None
        user = getattr(self, "for_user", None)
        if user is None or "agency" not in self.fields:
            return
        section = self.parent_page if self.parent_page is not None else self.instance
        if section is not None and section.pk and user_is_catalogue_moderator(user, section):
            return
        if user.is_superuser:
            return
        allowed = user_agency_ids(user)
        self.agency_restricted_to = allowed
        self.fields["agency"].queryset = Agency.objects.filter(pk__in=allowed)
        if len(allowed) == 1 and not self.instance.agency_id:
            self.fields["agency"].initial = next(iter(allowed))

    def clean_agency(self):
        agency = self.cleaned_data.get("agency")
        if self.agency_restricted_to is not None and agency is not None and agency.pk not in self.agency_restricted_to:
            raise forms.ValidationError(_("You can only publish pages of your own agency."), code="agency")
        return agency


def indented_label(node) -> str:
    """``node`` indented by its depth (non-breaking spaces, which a select keeps), as Wagtail's collections."""
    if node.depth <= 1:
        return str(node)
    return f"{NBSP * 4 * (node.depth - 1)}↳ {node}"


class TreeNodeForm(WagtailAdminModelForm):
    """The snippet form of a tree model (``Sector``, ``Place``): its ``parent`` is a choice of the nodes in
    tree order, indented by depth; empty means the top level. A parent that is the node itself or lies
    below it is refused with a field error, before anything is saved."""

    parent = forms.ModelChoiceField(
        queryset=None, required=False, label=_("parent"), empty_label=_("(top level)"), help_text=_(
            "Moving an entry moves everything under it too. It cannot go below itself or an entry under it."
        ),
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "parent" not in self.fields:
            return
        field = self.fields["parent"]
        field.queryset = self._meta.model.objects.in_tree_order()
        field.label_from_instance = indented_label
        if self.instance.pk and not self.is_bound:
            parent = self.instance.parent
            self.initial["parent"] = parent.pk if parent else None

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        if parent is not None and self.instance.pk and self.instance.contains(parent):
            raise forms.ValidationError(CYCLE_MESSAGE, code="cycle", params={"node": self.instance})
        return parent

    @transaction.atomic
    def save(self, commit=True):
        instance = super().save(commit=False)
        if not commit:
            return instance
        parent = self.cleaned_data.get("parent")
        if instance._state.adding:
            instance.insert_under(parent)
        else:
            instance.save()
            if "parent" in self.fields:
                instance.move_under(parent)
        self._save_m2m()
        return instance
