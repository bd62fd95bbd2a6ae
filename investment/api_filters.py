"""Catalogue filters of the pages endpoint of API v2: ``sector`` (VSIC code, with its sub-sectors),
``place`` (id, with the units below it; a former unit also matches the unit that absorbed it) and
``status``. Bad values answer 400 with a message."""

from django.db.models import Q
from django.utils import translation
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError

from cms.catalogue import catalogue_kind_of, catalogue_kinds
from investment.choices import ProjectStatus
from investment.models import Place, Sector

CATALOGUE_PARAMETERS = frozenset({"sector", "place", "status"})


def _catalogue_models() -> list[type]:
    return [kind.model for kind in catalogue_kinds().values()]


def _status_models() -> list[type]:
    return [kind.model for kind in catalogue_kinds().values() if kind.has_status]


def _restrict(queryset, models, **lookups):
    """Keeps the pages of ``models`` that match ``lookups``; pages of other types drop out."""
    candidates = [model for model in models if issubclass(model, queryset.model)]
    if not candidates:
        return queryset.none()
    condition = Q()
    for model in candidates:
        condition |= Q(pk__in=model.objects.filter(**lookups).values("pk"))
    return queryset.filter(condition)


class CatalogueFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        sector_code = request.GET.get("sector")
        if sector_code is not None:
            sector = Sector.objects.filter(code=sector_code.strip()).first()
            if sector is None:
                raise BadRequestError(f"sector: unknown VSIC code {sector_code!r}.")
            queryset = _restrict(queryset, _catalogue_models(), sectors__in=sector.with_descendants())
        place_id = request.GET.get("place")
        if place_id is not None:
            if not place_id.strip().isdigit() or len(place_id.strip()) > 12:
                raise BadRequestError(f"place: {place_id!r} is not a place id (a whole number).")
            place = Place.objects.filter(pk=int(place_id)).first()
            if place is None:
                raise BadRequestError(f"place: there is no place with id {place_id}.")
            queryset = _restrict(queryset, _catalogue_models(), place__in=place.matching_places())
        status = request.GET.get("status")
        if status is not None:
            if status not in ProjectStatus.values:
                choices = ", ".join(ProjectStatus.values)
                raise BadRequestError(f"status: unknown value {status!r}; use one of: {choices}.")
            kind = catalogue_kind_of(queryset.model)
            if kind is not None and not kind.has_status:
                raise BadRequestError(_no_status_message(kind))
            queryset = _restrict(queryset, _status_models(), status=status)
        return queryset


def _no_status_message(kind) -> str:
    """The 400 answer to a status filter on a kind without one, in English as the endpoint's other
    messages (the wording is part of the published API, so the kinds with a status are named as before)."""
    with translation.override("en"):
        return f"status: {kind.plural_label} have no status; filter projects or opportunities."


class _ViewWithoutCatalogueFields:
    """Hides the catalogue parameters from Wagtail's exact-match ``FieldsFilter`` (``place`` must include
    the units below it, which an exact match would not)."""

    def __init__(self, view):
        self._view = view

    def get_available_fields(self, model, db_fields_only=False):
        fields = self._view.get_available_fields(model, db_fields_only=db_fields_only)
        return [name for name in fields if name not in CATALOGUE_PARAMETERS]


class PortalFieldsFilter(FieldsFilter):
    def filter_queryset(self, request, queryset, view):
        return super().filter_queryset(request, queryset, _ViewWithoutCatalogueFields(view))
