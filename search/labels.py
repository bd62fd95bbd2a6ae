"""Facet labels in the requested language."""

from django.utils import translation

from .documents import TYPE_LABELS, localized


def facet_labels(kind: str, values: list[str], language: str) -> dict[str, str]:
    """``{value: label}`` for the values of one facet, labels in ``language``."""
    from investment.choices import ProjectStatus
    from investment.models import Place, Sector

    with translation.override(language):
        if kind == "type":
            return {value: str(TYPE_LABELS.get(value, value)) for value in values}
        if kind == "status":
            labels = dict(ProjectStatus.choices)
            return {value: str(labels.get(value, value)) for value in values}
        if kind == "sector":
            sectors = Sector.objects.filter(code__in=values)
            return {sector.code: str(localized(sector, "name", language)[0] or sector.code) for sector in sectors}
        if kind == "location":
            ids = [int(value) for value in values if value.isdigit()]
            places = Place.objects.filter(pk__in=ids)
            return {str(place.pk): str(localized(place, "name", language)[0] or place.pk) for place in places}
    return {}


def facet_list(kind: str, counts: list[tuple[str, int]], language: str) -> list[dict]:
    labels = facet_labels(kind, [value for value, _count in counts], language)
    return [{"value": value, "label": labels.get(value, value), "count": count} for value, count in counts]
