"""The public filter form of the catalogue listings. Invalid input becomes a translated message, never a 500.

Which filters a listing has comes from its kind's declaration (``CatalogueKind``): the status filter when
the kind has a status, a lower and an upper bound for each of its number filters (``ranges``), and the
kind's option field (investment form, commodity) with that field's own choices.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.catalogue import CatalogueKind
from cms.render_cache import cached
from investment.choices import ProjectStatus
from investment.models.reference import Place, Sector
from investment.selectors import current_places, former_places

SORT_LABELS = {
    "newest": _("Newest first"),
    "capital_desc": _("Capital: highest first"),
    "capital_asc": _("Capital: lowest first"),
    "verified": _("Recently verified"),
    "area_desc": _("Area: largest first"),
    "lease_asc": _("Lease price: lowest first"),
}
DEFAULT_PAGE_SIZE = 12
MAX_PAGE_SIZE = 60
PAGE_FIELDS = ("sort", "view", "page", "page_size")


def _indented(depth: int, label: str) -> str:
    return f"{'— ' * max(depth - 1, 0)}{label}"


def _reference_choices() -> dict[str, list]:
    """The sector and place choices in the active language (plain data, kept until the next publish)."""
    return {
        "sectors": [
            (sector.code, _indented(sector.depth, f"{sector.code} · {sector.name}"))
            for sector in Sector.objects.in_tree_order()
        ],
        "current": [(place.pk, _indented(place.depth, place.name)) for place in current_places()],
        "former": [(place.pk, place.name) for place in former_places()],
    }


def _choices_of(model_field) -> list:
    """The choices of a choice field, or of each item of a list of choices."""
    return list(getattr(model_field, "item_choices", None) or model_field.choices)


class CatalogueFilterForm(forms.Form):
    """Filters of one listing (``kind``: its declaration). Capital is in US dollars."""

    sector = forms.ChoiceField(label=_("Sector"), required=False)
    place = forms.TypedChoiceField(label=_("Place"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *ProjectStatus.choices]
    )
    option = forms.ChoiceField(label=_("Kind"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)
    view = forms.ChoiceField(
        label=_("View"), required=False, choices=[("list", _("List")), ("map", _("Map"))], initial="list"
    )
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1, max_value=100000)
    page_size = forms.IntegerField(label=_("Results per page"), required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    def __init__(self, data=None, *, kind: CatalogueKind, request=None, **kwargs):
        super().__init__(data, **kwargs)
        self.kind = kind
        reference = cached("filter-choices", request=request, compute=_reference_choices)
        self.fields["sector"].choices = [("", _("All sectors")), *reference["sectors"]]
        current, former = reference["current"], reference["former"]
        place_choices = [("", _("All places")), (_("Current units"), current)]
        if former:
            place_choices.append((_("Former units (before the 2025 reorganisation)"), former))
        self.fields["place"].choices = place_choices
        self.fields["sort"].choices = [(key, SORT_LABELS[key]) for key in kind.sorts]
        for number in kind.ranges:
            for name, label in zip(number.parameters, (number.label_min, number.label_max), strict=True):
                self.fields[name] = forms.DecimalField(
                    label=label,
                    required=False,
                    min_value=0,
                    max_value=number.max_value,
                    decimal_places=number.decimal_places,
                )
        if kind.option_field:
            option = self.fields["option"]
            option.label = kind.option_label
            option.choices = [("", kind.option_any_label), *_choices_of(kind.model._meta.get_field(kind.option_field))]
        for name in ("status", "option"):
            if name not in kind.filters:
                del self.fields[name]
        self.order_fields([*kind.filters, *PAGE_FIELDS])

    def clean_sector(self):
        code = self.cleaned_data.get("sector")
        if not code:
            return None
        return Sector.objects.get(code=code)

    def clean_place(self):
        pk = self.cleaned_data.get("place")
        if pk is None:
            return None
        return Place.objects.select_related("successor").get(pk=pk)

    def clean(self):
        cleaned = super().clean()
        for number in self.kind.ranges:
            low_name, high_name = number.parameters
            low, high = cleaned.get(low_name), cleaned.get(high_name)
            if low is not None and high is not None and low > high:
                self.add_error(high_name, number.order_error)
        return cleaned

    @property
    def active_filters(self) -> bool:
        if not self.is_bound or not self.is_valid():
            return False
        return any(self.cleaned_data.get(key) not in (None, "") for key in self.kind.filters)
