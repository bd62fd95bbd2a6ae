"""Facet labels in the requested language.

The type facet's labels are the catalogue kinds' declared labels; the other facets' values (status,
sector, place) are labelled by the page classes that put them in the documents
(``search_facet_labels`` of ``cms.catalogue.CatalogueEntryMixin``), so this module knows no page type.

Those labels come from the database (sector and place names), so each process remembers them per page-cache
generation (``cms.page_cache.current_generation``): an edit of reference data bumps the generation, and the
next search reads the labels again. A search then costs no label query, and the generation is read at most
once a second (``GENERATION_CHECK_SECONDS``: a renamed sector shows in other processes' facets up to a second
later; this process forgets at once). Values without a label are remembered as such. A row saved or
deleted in this process (of any model but the search app's own) also forgets them (``connect``): a rolled-back
transaction puts an older generation number back, and new rows must not meet labels read for the old ones.
"""

import threading
import time

from django.db.models.signals import post_delete, post_save
from django.utils import translation

from cms.catalogue import catalogue_facet_labellers
from cms.page_cache import current_generation

from .documents import type_labels


def facet_labels(kind: str, values: list[str], language: str) -> dict[str, str]:
    """``{value: label}`` for the values of one facet, labels in ``language``."""
    with translation.override(language):
        if kind == "type":
            labels = type_labels()
            return {value: str(labels.get(value, value)) for value in values}
        known = _known_labels(kind, language)
        unknown = [value for value in values if value not in known]
        if unknown:
            found: dict[str, str] = {}
            for labeller in catalogue_facet_labellers():
                missing = [value for value in unknown if value not in found]
                if not missing:
                    break
                found.update(labeller(facet=kind, values=missing, language=language))
            known.update({value: found.get(value) for value in unknown})
        return {value: known[value] for value in values if known.get(value) is not None}


_memo_lock = threading.Lock()
_memo: dict = {"generation": None, "checked_until": 0.0, "labels": {}}
GENERATION_CHECK_SECONDS = 1.0


def _known_labels(kind: str, language: str) -> dict[str, str | None]:
    """This process's labels of one facet in one language for the current generation (a value mapped to
    ``None`` has none); the labels of an older generation are dropped."""
    now = time.monotonic()
    if now >= _memo["checked_until"]:
        generation = current_generation()
        with _memo_lock:
            if _memo["generation"] != generation:
                _memo["generation"], _memo["labels"] = generation, {}
            _memo["checked_until"] = now + GENERATION_CHECK_SECONDS
    with _memo_lock:
        return _memo["labels"].setdefault((kind, language), {})


def facet_list(kind: str, counts: list[tuple[str, int]], language: str) -> list[dict]:
    labels = facet_labels(kind, [value for value, _count in counts], language)
    return [{"value": value, "label": labels.get(value, value), "count": count} for value, count in counts]


def forget_labels(sender=None, **kwargs) -> None:
    if sender is not None and sender._meta.app_label == "portal_search":
        return  # the search log and synonyms label nothing
    with _memo_lock:
        _memo.update(generation=None, checked_until=0.0, labels={})


def connect() -> None:
    post_save.connect(forget_labels, dispatch_uid="portal_search_forget_labels_saved")
    post_delete.connect(forget_labels, dispatch_uid="portal_search_forget_labels_deleted")
