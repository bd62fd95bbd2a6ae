"""The catalogue registry: each kind of catalogue page declares itself once, on its page class.

A page class joins the catalogue by inheriting ``CatalogueEntryMixin`` and declaring
``catalogue_kind = CatalogueKind(...)``: its key (the search type, the listing's kind), its labels, the
sorts and filters of its listing, whether it has a status and a capital, and its listing page class.
Everything else derives from that declaration: the listings' filter forms and queries, the catalogue
filters of API v2, the search documents and their facet labels, and the pages an inquiry can be about.

This module is the protocol only: it lives in the base app so that ``search`` and ``inquiries`` can
read the declarations without importing the app that defines the pages (``investment``). The kinds
are enumerated over Wagtail's ``get_page_models()``, so they are known once the models are loaded;
asking earlier raises ``AppRegistryNotReady`` rather than answering with a partial list.

What a catalogue page gives the search document builder (``search.documents``) beyond its translated
text is a ``SearchFacts``; how its facet values (status, sector, place) read in a language it answers
through ``search_facet_labels``. What it gives a reply to an inquiry about it (``inquiries.replies``) is
declared on its kind (``reply_placeholders``) and answered by ``reply_facts`` (see ``cms.replies``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import ClassVar

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import get_page_models

from cms.replies import ReplyPlaceholder


@dataclass(frozen=True)
class RangeFilter:
    """A number filtered by a lower and an upper bound: the listing's ``<name>_min`` and ``<name>_max``."""

    name: str  # the parameters' prefix: "capital" gives capital_min and capital_max
    field: str  # the model field compared: "capital_vnd"
    label_min: str
    label_max: str
    order_error: str  # the message when the upper bound is below the lower one
    max_value: Decimal
    decimal_places: int = 0
    # The typed unit → the field's unit (USD → VND), given whether the value is the upper bound.
    to_field: Callable[..., Decimal] | None = None

    @property
    def parameters(self) -> tuple[str, str]:
        return f"{self.name}_min", f"{self.name}_max"

    def field_value(self, typed: Decimal, *, upper: bool) -> Decimal:
        return self.to_field(typed, upper=upper) if self.to_field else typed


@dataclass(frozen=True)
class CatalogueKind:
    """The declaration of one kind of catalogue page (set as ``catalogue_kind`` on its page class)."""

    key: str  # "project": the search type, the listing's kind, the card's kind
    label: str  # "Investment project" (lazy, translated where it is read)
    listing_page: str  # "app_label.ModelName" of the page that lists this kind
    sorts: tuple[str, ...]  # the listing's sorts, the first is the default
    has_status: bool = True
    has_capital: bool = True  # a capital in VND (``capital_vnd``), shown and indexed in USD too
    ranges: tuple[RangeFilter, ...] = ()  # number filters of the listing, in the form's order
    option_field: str | None = None  # the listing's "kind" filter: a choice field or a list of choices
    option_label: str = ""
    option_any_label: str = ""
    inquiry_kind: str = "investment"  # the inquiry kind proposed on a page of this kind
    search_labels: tuple[str, ...] = ()  # fields whose translated labels (or text) the search document holds
    reply_placeholders: tuple[ReplyPlaceholder, ...] = ()  # what ``reply_facts`` fills in a reply template
    model: type | None = field(default=None, init=False, compare=False, repr=False)

    def __set_name__(self, owner, name):
        object.__setattr__(self, "model", owner)

    @property
    def plural_label(self) -> str:
        return self.model._meta.verbose_name_plural

    @property
    def listing_model(self) -> type:
        return apps.get_model(self.listing_page)

    @property
    def filters(self) -> tuple[str, ...]:
        """The names of the listing's filter parameters, in the form's order."""
        names = ["sector", "place"]
        if self.has_status:
            names.append("status")
        names += [name for number in self.ranges for name in number.parameters]
        if self.option_field:
            names.append("option")
        return tuple(names)


@dataclass
class SearchFacts:
    """What a catalogue page adds to each of its search documents (one per language): facet and filter
    values, ``numbers`` (the values of its kind's range filters, ``{RangeFilter.name: value in the
    field's unit}``: the search API filters them with ``<name>_min``/``<name>_max``), and ``meta``, text
    that is searched but not shown (agency, sector and place names at every level, the former names of
    its place, the labels of its choices)."""

    status: str = ""
    capital_usd: Decimal | None = None
    numbers: dict[str, Decimal | None] = field(default_factory=dict)
    sector_codes: list[str] = field(default_factory=list)
    sector_tree: list[str] = field(default_factory=list)  # the sectors and their ancestors
    sector_labels: list[str] = field(default_factory=list)
    place_id: str | None = None
    place_tree: list[str] = field(default_factory=list)  # the place, its ancestors, what absorbed it
    location_label: str = ""
    coordinates: tuple[float, float] | None = None
    last_verified: date | None = None
    agency: str = ""
    meta: list[str] = field(default_factory=list)


class CatalogueEntryMixin:
    """The protocol of a catalogue page class (mixed into its Wagtail ``Page`` model)."""

    catalogue_kind: ClassVar[CatalogueKind]

    @classmethod
    def search_reference(cls) -> dict:
        """Reference data loaded once per batch of documents and passed to ``search_facts`` (classes
        that inherit this loader share what it loaded)."""
        return {}

    @classmethod
    def search_prefetch(cls) -> tuple[str, ...]:
        """The relations ``search_facts`` reads, loaded for a whole batch of pages at once
        (``prefetch_related_objects``) so that building a batch's documents costs no query per page."""
        return ()

    def search_facts(self, *, language: str, reference: dict) -> SearchFacts:
        """The page's facts for its document in ``language`` (called with that language active)."""
        raise NotImplementedError

    @classmethod
    def search_facet_labels(cls, *, facet: str, values: list[str], language: str) -> dict[str, str]:
        """``{value: label}`` for the values of ``facet`` ("status", "sector", "location") this class
        knows, in ``language`` (called with that language active)."""
        return {}

    def reply_facts(self, *, language: str) -> dict[str, str]:
        """``{placeholder name: text}`` for the placeholders of its kind, in ``language`` (called with that
        language active); a fact without a value is left out."""
        raise NotImplementedError


@cache
def catalogue_kinds() -> dict[str, CatalogueKind]:
    """``{key: kind}`` of every page class that declares a catalogue kind, in model registration order."""
    apps.check_models_ready()
    kinds: dict[str, CatalogueKind] = {}
    for model in get_page_models():
        kind = getattr(model, "catalogue_kind", None)
        if not isinstance(kind, CatalogueKind) or kind.model is not model:
            continue  # not a catalogue page, or a subclass of one that does not declare its own kind
        if not issubclass(model, CatalogueEntryMixin):
            raise ImproperlyConfigured(f"{model.__name__} declares a catalogue kind without CatalogueEntryMixin.")
        if kind.key in kinds:
            raise ImproperlyConfigured(f"Two page classes declare the catalogue kind {kind.key!r}.")
        kinds[kind.key] = kind
    return kinds


def catalogue_kind(key: str) -> CatalogueKind:
    return catalogue_kinds()[key]


def catalogue_page_models() -> tuple[type, ...]:
    """The page classes of the catalogue (what an inquiry can be about)."""
    return tuple(kind.model for kind in catalogue_kinds().values())


def catalogue_kind_of(page_or_class) -> CatalogueKind | None:
    """The kind of a catalogue page (or page class), ``None`` for any other page."""
    cls = page_or_class if isinstance(page_or_class, type) else type(page_or_class)
    kind = getattr(cls, "catalogue_kind", None)
    return kind if isinstance(kind, CatalogueKind) and issubclass(cls, CatalogueEntryMixin) else None


def catalogue_kind_listed_by(listing_model: type) -> CatalogueKind:
    """The kind that ``listing_model`` (an index page class) lists."""
    for kind in catalogue_kinds().values():
        if issubclass(listing_model, kind.listing_model):
            return kind
    raise ImproperlyConfigured(f"No catalogue kind names {listing_model.__name__} as its listing page.")


def catalogue_facet_labellers() -> list[Callable[..., dict[str, str]]]:
    """The distinct ``search_facet_labels`` of the catalogue classes (an inherited one counts once)."""
    labellers: dict = {}
    for kind in catalogue_kinds().values():
        labeller = kind.model.search_facet_labels
        labellers.setdefault(labeller.__func__, labeller)
    return list(labellers.values())
