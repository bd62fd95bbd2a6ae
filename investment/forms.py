"""The public filter form of the catalogue listings. Invalid input becomes a translated message, never a 500."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from investment.choices import Commodity, InvestmentForm, ProjectStatus
from investment.models import Place, Sector
from investment.selectors import KINDS, current_places, former_places

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
MAX_CAPITAL_USD = Decimal("1000000000000")


def _indented(depth: int, label: str) -> str:
    return f"{'— ' * max(depth - 1, 0)}{label}"


class CatalogueFilterForm(forms.Form):
    """Filters of one listing (``kind``: project, opportunity or zone). Capital is in US dollars."""

    sector = forms.ChoiceField(label=_("Sector"), required=False)
    place = forms.TypedChoiceField(label=_("Place"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *ProjectStatus.choices]
    )
    capital_min = forms.DecimalField(
        label=_("Capital from (USD)"), required=False, min_value=0, max_value=MAX_CAPITAL_USD, decimal_places=0
    )
    capital_max = forms.DecimalField(
        label=_("Capital up to (USD)"), required=False, min_value=0, max_value=MAX_CAPITAL_USD, decimal_places=0
    )
    option = forms.ChoiceField(label=_("Kind"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)
    view = forms.ChoiceField(
        label=_("View"), required=False, choices=[("list", _("List")), ("map", _("Map"))], initial="list"
    )
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1, max_value=100000)
    page_size = forms.IntegerField(label=_("Results per page"), required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    def __init__(self, data=None, *, kind: str, **kwargs):
        super().__init__(data, **kwargs)
        self.kind = KINDS[kind]
        sectors = list(Sector.objects.in_tree_order())
        self.fields["sector"].choices = [("", _("All sectors"))] + [
            (sector.code, _indented(sector.depth, f"{sector.code} · {sector.name}")) for sector in sectors
        ]
        current = [(place.pk, _indented(place.depth, place.name)) for place in current_places()]
        former = [(place.pk, place.name) for place in former_places()]
        place_choices = [("", _("All places")), (_("Current units"), current)]
        if former:
            place_choices.append((_("Former units (before the 2025 reorganisation)"), former))
        self.fields["place"].choices = place_choices
        self.fields["sort"].choices = [(key, SORT_LABELS[key]) for key in self.kind.sorts]
        if self.kind.option_field == "investment_forms":
            self.fields["option"].label = _("Investment form")
            self.fields["option"].choices = [("", _("Any form")), *InvestmentForm.choices]
        elif self.kind.option_field == "commodity":
            self.fields["option"].label = _("Commodity")
            self.fields["option"].choices = [("", _("Any commodity")), *Commodity.choices]
        else:
            del self.fields["option"]
        if not self.kind.has_status:
            del self.fields["status"]
        if not self.kind.has_capital:
            del self.fields["capital_min"]
            del self.fields["capital_max"]

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
        low, high = cleaned.get("capital_min"), cleaned.get("capital_max")
        if low is not None and high is not None and low > high:
            self.add_error("capital_max", _("The upper capital limit must not be below the lower one."))
        return cleaned

    @property
    def active_filters(self) -> bool:
        if not self.is_bound or not self.is_valid():
            return False
        keys = ("sector", "place", "status", "capital_min", "capital_max", "option")
        return any(self.cleaned_data.get(key) not in (None, "") for key in keys)
