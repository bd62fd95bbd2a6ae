"""Facet labels in the requested language.

The type facet's labels are the catalogue kinds' declared labels; the other facets' values (status,
sector, place) are labelled by the page classes that put them in the documents
(``search_facet_labels`` of ``cms.catalogue.CatalogueEntryMixin``), so this module knows no page type.
"""

from django.utils import translation

from cms.catalogue import catalogue_facet_labellers

from .documents import type_labels


def facet_labels(kind: str, values: list[str], language: str) -> dict[str, str]:
    """``{value: label}`` for the values of one facet, labels in ``language``."""
    with translation.override(language):
        if kind == "type":
            labels = type_labels()
            return {value: str(labels.get(value, value)) for value in values}
        found: dict[str, str] = {}
        for labeller in catalogue_facet_labellers():
            missing = [value for value in values if value not in found]
            if not missing:
                break
            found.update(labeller(facet=kind, values=missing, language=language))
        return found


def facet_list(kind: str, counts: list[tuple[str, int]], language: str) -> list[dict]:
    labels = facet_labels(kind, [value for value, _count in counts], language)
    return [{"value": value, "label": labels.get(value, value), "count": count} for value, count in counts]
