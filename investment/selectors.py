"""Reads of the catalogue: listings with their filters, related items, comparison and map points.

Every function here returns querysets whose SQL count does not depend on how many items are shown:
specific models are queried directly, StreamFields are deferred, images are joined and the sectors and the
images' renditions are prefetched in one query each.

The page models call these functions (their ``get_context`` and routes), so this module never imports
them: a kind's page class comes from its declaration (``CatalogueKind.model``) or from the page at
hand, and only the reference data and the pages' inline parts are imported by name.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Prefetch, Q, QuerySet
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model

from cms.catalogue import CatalogueKind, catalogue_kind
from cms.media_privacy import hidden_collection_ids
from cms.render_cache import render_cache_enabled
from cms.renditions import renditions_attach
from cms.visibility import public_pages
from investment.choices import Month
from investment.fields import MultipleChoiceListField
from investment.models.parts import ProjectDocument, ProjectImage, ZonePlot
from investment.models.reference import Place, Sector

COMPARE_MAX = 3
MAP_MAX_POINTS = 2000  # the map of a listing shows every match up to this many (one query, no per-item reads)
LISTING_RENDITIONS = ("fill-480x270|format-webp", "fill-480x270|format-jpeg")

ORDERINGS = {
    "newest": (F("first_published_at").desc(nulls_last=True), "-pk"),
    "capital_desc": (F("capital_vnd").desc(nulls_last=True), "-pk"),
    "capital_asc": (F("capital_vnd").asc(nulls_last=True), "-pk"),
    "verified": ("-last_verified", "-pk"),
    "area_desc": (F("area_ha").desc(nulls_last=True), "-pk"),
    "lease_asc": (F("lease_price_usd_m2").asc(nulls_last=True), "-pk"),
}


# What a card (investment/includes/card.html) and a map marker show, and what Wagtail needs for the page's URL;
# modeltranslation adds each translated field's copies. A page row has over a hundred columns, most of them
# per-language copies of texts only the detail page shows.
CARD_FIELDS = (
    "id", "path", "depth", "url_path", "title", "slug", "live", "content_type", "locale", "last_verified",
    "summary", "main_image", "latitude", "longitude", "capital_vnd", "area_ha", "status", "commodity",
    "occupancy_percent", "agency__name", "agency__short_name", "place",
)  # fmt: skip


def _has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def card_fields(model) -> list[str]:
    """``CARD_FIELDS`` that ``model`` has."""
    return [name for name in CARD_FIELDS if _has_field(model, name.split("__", 1)[0])]


def _renditions_prefetch(image_lookup: str, *specs: str) -> Prefetch:
    """The renditions of the images at ``image_lookup`` (joined with ``select_related``) in one query, where
    Wagtail's ``get_rendition`` looks for them (``prefetched_renditions``, as ``prefetch_renditions`` leaves them)."""
    renditions = get_image_model().get_rendition_model().objects.all()
    if specs:
        renditions = renditions.filter(filter_spec__in=specs)
    return Prefetch(f"{image_lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")


def catalogue_base_queryset(*, model, request=None) -> QuerySet:
    """Live, public pages of ``model`` with what a listing card shows, in a fixed number of queries
    (``request``: the view restrictions are read once per request, cms/visibility.py)."""
    return (
        public_pages(model.objects.live(), request=request)
        .defer_streamfields()
        .select_related("agency", "place", "main_image")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.in_tree_order()),
            _renditions_prefetch("main_image", *LISTING_RENDITIONS),
        )
    )


def sector_subtree(*, code: str) -> QuerySet:
    sector = Sector.objects.get(code=code)
    return sector.with_descendants()


def catalogue_list(*, kind: CatalogueKind, filters: dict, request=None) -> QuerySet:
    """The live pages of one catalogue kind matching cleaned ``filters`` (see ``CatalogueFilterForm``)."""
    model = kind.model
    queryset = catalogue_base_queryset(model=model, request=request).only(*card_fields(model))
    sector: Sector | None = filters.get("sector")
    if sector is not None:
        matching = model.objects.filter(sectors__in=sector.with_descendants()).values("pk")
        queryset = queryset.filter(pk__in=matching)
    place: Place | None = filters.get("place")
    if place is not None:
        queryset = queryset.filter(place__in=place.matching_places())
    if kind.has_status and filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    for number in kind.ranges:
        low, high = (filters.get(name) for name in number.parameters)
        if low is not None:
            queryset = queryset.filter(**{f"{number.field}__gte": number.field_value(low, upper=False)})
        if high is not None:
            queryset = queryset.filter(**{f"{number.field}__lte": number.field_value(high, upper=True)})
    option = filters.get("option")
    if kind.option_field and option:
        if isinstance(model._meta.get_field(kind.option_field), MultipleChoiceListField):
            # A JSON list of codes; the codes are distinct words, so a quoted-substring match is exact.
            queryset = queryset.filter(**{f"{kind.option_field}__icontains": f'"{option}"'})
        else:
            queryset = queryset.filter(**{kind.option_field: option})
    sort = filters.get("sort") or kind.sorts[0]
    return queryset.order_by(*ORDERINGS[sort])


class ListedPages:
    """One page of a listing as the ids of its items, in order, read in one narrow query: the cards kept by the
    render cache need nothing more (``catalogue_tags.catalogue_cards``), and ``load`` reads the pages of the others
    in one query, with what a card shows (``catalogue_list``'s columns, joins and prefetches)."""

    def __init__(self, *, queryset: QuerySet, items_page, request=None):
        self.queryset = queryset
        self._pages: dict | None = None
        if render_cache_enabled(request):
            self.ids: list[int] = list(items_page.object_list.prefetch_related(None).values_list("pk", flat=True))
        else:  # nothing is kept (tests, previews): the pages themselves, in the same one query as before
            self._pages = {page.pk: page for page in items_page.object_list}
            self.ids = list(self._pages)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def load(self, ids: list[int]) -> dict:
        """The pages ``ids`` (those still live and public) by id."""
        if self._pages is not None:
            return {pk: self._pages[pk] for pk in ids if pk in self._pages}
        return self.queryset.order_by().in_bulk(ids)


def catalogue_related(*, page, sector_ids: list[int] | None = None, request=None, limit: int = 4) -> list:
    """Other live pages of the same kind sharing a sector or the place, most recently verified first.

    ``sector_ids``: the page's sectors when the caller has them already (saves a query)."""
    model = type(page)
    if sector_ids is None:
        sector_ids = [sector.pk for sector in page.sectors.all()]
    query = Q(sectors__in=sector_ids) if sector_ids else Q()
    if page.place_id:
        query |= Q(place_id=page.place_id)
    if not query:
        return []
    matching = model.objects.filter(query).exclude(pk=page.pk).values("pk")
    queryset = catalogue_base_queryset(model=model, request=request).only(*card_fields(model)).filter(pk__in=matching)
    return list(queryset.order_by(F("last_verified").desc(), "-pk")[:limit])


def catalogue_related_candidates(*, page) -> set[int]:
    """The ids of every page whose ``catalogue_related`` may list ``page`` (same kind, a shared sector or the
    place), whatever their order: the page cache cools them when ``page`` changes (``cms.page_dependencies``)."""
    sector_ids = list(page.sectors.values_list("pk", flat=True))
    query = Q(sectors__in=sector_ids) if sector_ids else Q()
    if page.place_id:
        query |= Q(place_id=page.place_id)
    if not query:
        return set()
    return set(type(page).objects.filter(query).exclude(pk=page.pk).values_list("pk", flat=True).distinct())


def project_detail_parts(*, project, request=None) -> dict:
    """Gallery, brochures and incentives of a project, one query each, and the renditions of the main image and
    the gallery in one more (``cms.renditions.renditions_attach``; the sectors are in every catalogue page's
    context). The brochures are those ``request`` may open (their collection's view restrictions,
    ``cms.media_privacy``).

    The gallery, the main image (with their renditions) and the incentives are read only when a template shows
    them: the detail page keeps the fragments that show them (``investment/includes/project_*.html``, kept by
    ``cms.render_cache``), so a render that finds those fragments reads none of them."""

    def gallery_with_renditions() -> list:
        gallery = list(ProjectImage.objects.filter(page=project).order_by("sort_order").select_related("image"))
        renditions_attach([project.main_image, *(item.image for item in gallery)])
        return gallery

    gallery = SimpleLazyObject(gallery_with_renditions)

    def main_image():
        len(gallery)  # the main image's renditions come with the gallery's, in one query
        return project.main_image

    brochures = list(
        ProjectDocument.objects.filter(page=project)
        .exclude(document__collection_id__in=hidden_collection_ids(request))
        .select_related("document")
        .order_by("sort_order")
    )
    return {
        "gallery": gallery,
        "main_image": SimpleLazyObject(main_image),
        "brochures": brochures,
        "incentives": SimpleLazyObject(lambda: list(project.incentives.select_related("legal_document"))),
    }


def zone_detail_parts(*, zone) -> dict:
    """Plots, available area, incentives and main image of a zone, read only when a template shows them: the
    zone page keeps the fragments that show them (``investment/includes/zone_*.html``, ``detail_image.html``)."""
    plots = SimpleLazyObject(lambda: list(ZonePlot.objects.filter(page=zone).order_by("sort_order")))
    return {
        "plots": plots,
        "available_area_ha": SimpleLazyObject(
            lambda: sum((plot.area_ha for plot in plots if plot.available), Decimal("0"))
        ),
        "incentives": SimpleLazyObject(lambda: list(zone.incentives.select_related("legal_document"))),
        "main_image": SimpleLazyObject(lambda: zone.main_image),
    }


def opportunity_detail_parts(*, opportunity) -> dict:
    """An opportunity's harvest calendar, labels, incentives and main image; the incentives and the image are read
    only when a template shows them (the page keeps ``investment/includes/opportunity_*.html``)."""
    months = {int(month) for month in opportunity.harvest_months or []}
    parts = {
        "calendar": [
            {"number": number, "label": label, "harvest": number in months} for number, label in Month.choices
        ],
        "incentives": SimpleLazyObject(lambda: list(opportunity.incentives.select_related("legal_document"))),
        "main_image": SimpleLazyObject(lambda: opportunity.main_image),
    }
    for name in ("value_chain_stages", "certifications", "partners_sought", "target_markets"):
        parts[f"{name}_labels"] = opportunity._meta.get_field(name).labels(getattr(opportunity, name))
    return parts


class CompareError(ValueError):
    pass


def project_compare(*, ids: list[int]) -> list:
    """Up to ``COMPARE_MAX`` live projects in the order asked; ``CompareError`` names what is wrong."""
    if len(ids) > COMPARE_MAX:
        raise CompareError("too_many")
    projects = catalogue_base_queryset(model=catalogue_kind("project").model).prefetch_related("incentives")
    found = projects.in_bulk(ids)
    missing = [pk for pk in ids if pk not in found]
    if missing:
        raise CompareError("missing")
    return [found[pk] for pk in ids]


def catalogue_map_points(*, items, request=None) -> list[dict]:
    """Markers for ``items`` (coordinates of the page, else of its place): a listing passes its whole
    filtered queryset (``catalogue_map_queryset``), a detail page itself."""
    points = []
    for item in items:
        coordinates = item.coordinates
        if coordinates is None:
            continue
        points.append(
            {
                "id": item.pk,
                "title": item.title,
                "url": item.get_url(request=request) or "",
                "lat": coordinates[0],
                "lon": coordinates[1],
                "place": item.place.name if item.place_id else "",
            }
        )
    return points


def catalogue_map_queryset(queryset: QuerySet) -> QuerySet:
    """Every match of a listing's filters, for its map: one query with the places, no prefetches, bounded."""
    return queryset.prefetch_related(None).select_related("place")[:MAP_MAX_POINTS]


def current_places() -> QuerySet:
    return Place.objects.current().in_tree_order()


def former_places() -> QuerySet:
    return Place.objects.former().in_tree_order()
