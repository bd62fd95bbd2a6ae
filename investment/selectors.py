"""Reads of the catalogue: listings with their filters, related items, comparison and map points.

Every function here returns querysets whose SQL count does not depend on how many items are shown:
specific models are queried directly, StreamFields are deferred, and the sectors, images and their
renditions are prefetched in one query each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import F, Prefetch, Q, QuerySet
from wagtail.images import get_image_model

from investment.models import (
    OpportunityPage,
    Place,
    ProjectDocument,
    ProjectImage,
    ProjectPage,
    Sector,
    ZonePage,
    ZonePlot,
)

COMPARE_MAX = 3
LISTING_RENDITIONS = ("fill-480x270|format-webp", "fill-480x270|format-jpeg")


@dataclass(frozen=True)
class CatalogueKind:
    key: str
    model: type
    sorts: tuple[str, ...]
    option_field: str | None = None  # the "kind" filter: investment form or commodity
    option_is_list: bool = False
    has_status: bool = True
    has_capital: bool = True
    extra_related: tuple[str, ...] = field(default_factory=tuple)


KINDS: dict[str, CatalogueKind] = {
    "project": CatalogueKind(
        "project",
        ProjectPage,
        ("newest", "capital_desc", "capital_asc", "verified"),
        option_field="investment_forms",
        option_is_list=True,
    ),
    "opportunity": CatalogueKind(
        "opportunity",
        OpportunityPage,
        ("newest", "capital_desc", "capital_asc", "verified"),
        option_field="commodity",
    ),
    "zone": CatalogueKind(
        "zone",
        ZonePage,
        ("newest", "area_desc", "lease_asc", "verified"),
        has_status=False,
        has_capital=False,
    ),
}

ORDERINGS = {
    "newest": (F("first_published_at").desc(nulls_last=True), "-pk"),
    "capital_desc": (F("capital_vnd").desc(nulls_last=True), "-pk"),
    "capital_asc": (F("capital_vnd").asc(nulls_last=True), "-pk"),
    "verified": ("-last_verified", "-pk"),
    "area_desc": (F("area_ha").desc(nulls_last=True), "-pk"),
    "lease_asc": (F("lease_price_usd_m2").asc(nulls_last=True), "-pk"),
}


def usd_to_vnd(amount_usd: Decimal) -> Decimal:
    return (Decimal(amount_usd) / Decimal(str(settings.PORTAL_USD_PER_VND))).quantize(Decimal("1"))


def _image_prefetch(lookup: str, *specs: str) -> Prefetch:
    return Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions(*specs))


def catalogue_base_queryset(*, model) -> QuerySet:
    """Live, public pages of ``model`` with what a listing card shows, in a fixed number of queries."""
    return (
        model.objects.live()
        .public()
        .defer_streamfields()
        .select_related("agency", "place")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.in_tree_order()),
            _image_prefetch("main_image", *LISTING_RENDITIONS),
        )
    )


def sector_subtree(*, code: str) -> QuerySet:
    sector = Sector.objects.get(code=code)
    return sector.with_descendants()


def catalogue_list(*, kind: str, filters: dict) -> QuerySet:
    """The live pages of one catalogue kind matching cleaned ``filters`` (see ``CatalogueFilterForm``)."""
    config = KINDS[kind]
    model = config.model
    queryset = catalogue_base_queryset(model=model)
    sector: Sector | None = filters.get("sector")
    if sector is not None:
        matching = model.objects.filter(sectors__in=sector.with_descendants()).values("pk")
        queryset = queryset.filter(pk__in=matching)
    place: Place | None = filters.get("place")
    if place is not None:
        queryset = queryset.filter(place__in=place.matching_places())
    if config.has_status and filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if config.has_capital:
        if filters.get("capital_min") is not None:
            queryset = queryset.filter(capital_vnd__gte=usd_to_vnd(filters["capital_min"]))
        if filters.get("capital_max") is not None:
            queryset = queryset.filter(capital_vnd__lte=usd_to_vnd(filters["capital_max"]))
    option = filters.get("option")
    if config.option_field and option:
        if config.option_is_list:
            # A JSON list of codes; the codes are distinct words, so a quoted-substring match is exact.
            queryset = queryset.filter(**{f"{config.option_field}__icontains": f'"{option}"'})
        else:
            queryset = queryset.filter(**{config.option_field: option})
    sort = filters.get("sort") or config.sorts[0]
    return queryset.order_by(*ORDERINGS[sort])


def project_list(*, filters: dict) -> QuerySet:
    return catalogue_list(kind="project", filters=filters)


def opportunity_list(*, filters: dict) -> QuerySet:
    return catalogue_list(kind="opportunity", filters=filters)


def zone_list(*, filters: dict) -> QuerySet:
    return catalogue_list(kind="zone", filters=filters)


def catalogue_related(*, page, limit: int = 4) -> list:
    """Other live pages of the same kind sharing a sector or the place, most recently verified first."""
    model = type(page)
    sector_ids = [sector.pk for sector in page.sectors.all()]
    query = Q(sectors__in=sector_ids) if sector_ids else Q()
    if page.place_id:
        query |= Q(place_id=page.place_id)
    if not query:
        return []
    matching = model.objects.filter(query).exclude(pk=page.pk).values("pk")
    queryset = catalogue_base_queryset(model=model).filter(pk__in=matching)
    return list(queryset.order_by(F("last_verified").desc(), "-pk")[:limit])


def project_detail_parts(*, project: ProjectPage) -> dict:
    """Gallery (with renditions), brochures, incentives and sectors of a project, one query each."""
    gallery = list(
        ProjectImage.objects.filter(page=project).order_by("sort_order").prefetch_related(_image_prefetch("image"))
    )
    brochures = list(ProjectDocument.objects.filter(page=project).select_related("document").order_by("sort_order"))
    return {
        "gallery": gallery,
        "brochures": brochures,
        "incentives": list(project.incentives.all()),
        "sectors": list(project.sectors.order_by("path")),
    }


def zone_detail_parts(*, zone: ZonePage) -> dict:
    plots = list(ZonePlot.objects.filter(page=zone).order_by("sort_order"))
    return {
        "plots": plots,
        "available_area_ha": sum((plot.area_ha for plot in plots if plot.available), Decimal("0")),
        "incentives": list(zone.incentives.all()),
        "sectors": list(zone.sectors.order_by("path")),
    }


class CompareError(ValueError):
    pass


def project_compare(*, ids: list[int]) -> list[ProjectPage]:
    """Up to ``COMPARE_MAX`` live projects in the order asked; ``CompareError`` names what is wrong."""
    if len(ids) > COMPARE_MAX:
        raise CompareError("too_many")
    projects = catalogue_base_queryset(model=ProjectPage).prefetch_related("incentives").in_bulk(ids)
    missing = [pk for pk in ids if pk not in projects]
    if missing:
        raise CompareError("missing")
    return [projects[pk] for pk in ids]


def catalogue_map_points(*, items, request=None) -> list[dict]:
    """Markers for the items shown (coordinates of the page, else of its place)."""
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


def current_places() -> QuerySet:
    return Place.objects.current().in_tree_order()


def former_places() -> QuerySet:
    return Place.objects.former().in_tree_order()
