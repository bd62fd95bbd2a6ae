"""The search API's parameters: parsed and validated once, for the API, the page and both backends.

The number filters are the catalogue kinds' range filters (``CatalogueKind.ranges``,
``search.documents.search_ranges``): each ``RangeFilter`` named ``<name>`` gives ``<name>_min`` and
``<name>_max`` (``capital_min``/``capital_max`` in USD), so a kind that declares a new one adds its
parameters here, in the OpenAPI document and in both backends without a change to this app."""

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext as _

from cms.i18n import LANGUAGE_CODES

from .documents import search_ranges, search_types

SORTS = ("relevance", "newest", "capital_desc", "capital_asc")
MAX_QUERY_CHARS = 1000
SECTOR_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,9}$")
STATUSES = ("calling", "negotiation", "awarded", "closed")


class SearchParamsError(ValueError):
    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{key}: {' '.join(messages)}" for key, messages in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    lang: str = "vi"
    types: tuple[str, ...] = ()
    sector: str = ""
    location: str = ""
    statuses: tuple[str, ...] = ()
    ranges: tuple[tuple[str, float | None, float | None], ...] = ()  # (name, minimum, maximum), typed units
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    # Not a request parameter: a caller restricts a search to these pages (a saved search's alert to the pages
    # published since the last one). Empty: no restriction.
    page_ids: tuple[int, ...] = ()
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def range_bounds(self) -> list[tuple[str, float | None, float | None]]:
        """``(name, minimum, maximum)`` in the unit of the documents' ``numbers[name]`` (the field's
        unit: a capital typed in USD is compared in VND, as the listings compare it)."""
        declared = search_ranges()
        bounds = []
        for name, low, high in self.ranges:
            number = declared[name]

            def converted(value, *, upper: bool, number=number):
                return None if value is None else float(number.field_value(Decimal(str(value)), upper=upper))

            bounds.append((name, converted(low, upper=False), converted(high, upper=True)))
        return bounds

    def range_value(self, name: str, end: str) -> float | None:
        for found, low, high in self.ranges:
            if found == name:
                return low if end == "min" else high
        return None

    @property
    def capital_min(self) -> float | None:
        return self.range_value("capital", "min")

    @property
    def capital_max(self) -> float | None:
        return self.range_value("capital", "max")


def _number(raw: str, name: str, errors: dict, *, minimum: float = 0) -> float | None:
    if raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        errors.setdefault(name, []).append(_("Enter a number."))
        return None
    if not math.isfinite(value) or value < minimum:
        errors.setdefault(name, []).append(_("Enter a number of at least %(minimum)s.") % {"minimum": minimum})
        return None
    return value


def _integer(raw: str, name: str, errors: dict, *, default: int, low: int, high: int) -> int:
    if raw == "":
        return default
    # ASCII digits only (str.isdigit() is also true for "²", which int() refuses), and not so many that
    # int() refuses them (over 4300).
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18 or not (low <= int(raw) <= high):
        errors.setdefault(name, []).append(
            _("Enter a whole number from %(low)s to %(high)s.") % {"low": low, "high": high}
        )
        return default
    return int(raw)


def _choices(raw: str, name: str, allowed: tuple[str, ...], errors: dict) -> tuple[str, ...]:
    values = tuple(dict.fromkeys(part.strip() for part in raw.split(",") if part.strip()))
    unknown = [value for value in values if value not in allowed]
    if unknown:
        errors.setdefault(name, []).append(
            _("Unknown value %(value)s; use one of: %(allowed)s.")
            % {"value": ", ".join(unknown)[:80], "allowed": ", ".join(allowed)}
        )
        return ()
    return values


def parse_search_params(data, *, default_language: str | None = None) -> SearchParams:
    """Validated parameters from a query dict; raises ``SearchParamsError`` with one message per field."""
    errors: dict[str, list[str]] = {}

    def get(name: str) -> str:
        value = data.get(name, "")
        return value.strip() if isinstance(value, str) else ""

    q = get("q")
    if len(q) > MAX_QUERY_CHARS:
        errors["q"] = [_("The query is too long (at most %(max)s characters).") % {"max": MAX_QUERY_CHARS}]
    lang = get("lang") or default_language or settings.LANGUAGE_CODE
    if lang not in LANGUAGE_CODES:
        errors["lang"] = [_("Unknown language; use one of: %(allowed)s.") % {"allowed": ", ".join(LANGUAGE_CODES)}]
    types = _choices(get("type"), "type", search_types(), errors)
    statuses = _choices(get("status"), "status", STATUSES, errors)
    sector = get("sector")
    if sector and not SECTOR_CODE.match(sector):
        errors["sector"] = [_("Enter a sector code such as A or 0111.")]
    location = get("location")
    if location and (not (location.isascii() and location.isdigit()) or len(location) > 12):
        errors["location"] = [_("Enter a place id (a whole number).")]
    ranges = []
    for name, number in search_ranges().items():
        low_name, high_name = number.parameters
        low = _number(get(low_name), low_name, errors)
        high = _number(get(high_name), high_name, errors)
        if low is not None and high is not None and low > high:
            errors.setdefault(high_name, []).append(str(number.order_error))
        if low is not None or high is not None:
            ranges.append((name, low, high))
    near = None
    raw_near = get("near")
    if raw_near:
        parts = raw_near.split(",")
        try:
            lat, lon = (float(part) for part in parts)
        except ValueError:
            errors["near"] = [_("Enter a point as latitude,longitude, for example 10.46,105.63.")]
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                errors["near"] = [_("Latitude must be within ±90 and longitude within ±180.")]
            else:
                near = (lat, lon)
    radius_km = _number(get("radius_km"), "radius_km", errors, minimum=0.1)
    if radius_km is not None and radius_km > 2000:
        errors.setdefault("radius_km", []).append(_("The radius can be at most 2000 km."))
    if radius_km is not None and near is None and "near" not in errors:
        errors["near"] = [_("A radius needs a point: add near=latitude,longitude.")]
    if near is not None and radius_km is None:
        radius_km = settings.PORTAL_SEARCH_DEFAULT_RADIUS_KM
    sort = get("sort") or "relevance"
    if sort not in SORTS:
        errors["sort"] = [_("Unknown sort; use one of: %(allowed)s.") % {"allowed": ", ".join(SORTS)}]
    page = _integer(get("page"), "page", errors, default=1, low=1, high=settings.PORTAL_SEARCH_MAX_PAGE)
    page_size = _integer(
        get("page_size"), "page_size", errors, default=10, low=1, high=settings.PORTAL_SEARCH_MAX_PAGE_SIZE
    )
    if errors:
        raise SearchParamsError(errors)
    return SearchParams(
        q=q,
        lang=lang,
        types=types,
        sector=sector,
        location=location,
        statuses=statuses,
        ranges=tuple(ranges),
        near=near,
        radius_km=radius_km,
        sort=sort,
        page=page,
        page_size=page_size,
    )
