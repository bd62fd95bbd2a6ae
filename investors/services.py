"""Writes of the investor's space (keyword-only, ``<entity>_<action>``), each for one user.

Saved searches keep *normalised* parameters: the request's parameters are parsed by the search API's own
parser (``search.params.parse_search_params``: a bad value is refused with its translated message, never
stored), then written back in one canonical form (``search_params_normalised``): only the filters that
narrow the search, page and page size dropped, lists sorted, numbers as the parser read them. The same
search saved twice is therefore found again (the canonical query string is unique per user and language),
and an alert runs exactly what was saved. A listing's filters are translated into the same parameters
(``listing_params_to_search``): its kind becomes ``type``, its place ``location``; a listing sort the search
does not have becomes ``newest``; its option filter (investment form, commodity) has no search parameter
and is left out (the saved search says so by what it shows)."""

from urllib.parse import urlencode

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from cms.catalogue import catalogue_kinds
from search.params import SORTS, SearchParams, SearchParamsError, parse_search_params

from .models import NOTE_MAX_CHARS, InvestorProfile, SavedSearch, ShortlistItem
from .selectors import SAVED_SEARCH_MAX, SHORTLIST_MAX, catalogue_page_get


class SpaceError(ValueError):
    """A request the investor's space refuses; ``errors`` are translated, per field."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{key}: {' '.join(value)}" for key, value in errors.items()))
        self.errors = errors


# ---------------------------------------------------------------- profile


@transaction.atomic
def investor_profile_update(
    *, user, language: str, country: str, organisation: str, sectors=(), places=()
) -> InvestorProfile:
    profile, _created = InvestorProfile.objects.get_or_create(user=user)
    profile.language = language
    profile.country = country
    profile.organisation = organisation.strip()
    profile.save()
    profile.sectors.set(sectors)
    profile.places.set(places)
    return profile


# ---------------------------------------------------------------- shortlist


def _page_or_error(page_id) -> object:
    page = catalogue_page_get(page_id=page_id) if str(page_id).isdigit() and len(str(page_id)) < 12 else None
    if page is None:
        raise SpaceError({"page": [_("Only published projects, opportunities and zones can be saved.")]})
    return page


def shortlist_add(*, user, page_id, note: str = "") -> tuple[ShortlistItem, bool]:
    """Saves the page (once; saving again changes nothing). Returns the entry and whether it is new."""
    page = _page_or_error(page_id)
    if len(note) > NOTE_MAX_CHARS:
        raise SpaceError({"note": [_("The note is too long (at most %(max)d characters).") % {"max": NOTE_MAX_CHARS}]})
    existing = ShortlistItem.objects.filter(user=user, page_id=page.pk).first()
    if existing is not None:
        return existing, False
    if ShortlistItem.objects.filter(user=user).count() >= SHORTLIST_MAX:
        raise SpaceError(
            {"page": [_("Your shortlist is full (%(max)d pages): remove some first.") % {"max": SHORTLIST_MAX}]}
        )
    try:
        with transaction.atomic():
            return ShortlistItem.objects.create(user=user, page_id=page.pk, note=note), True
    except IntegrityError:  # saved by a concurrent request (a double click)
        return ShortlistItem.objects.get(user=user, page_id=page.pk), False


def shortlist_remove(*, user, page_id) -> bool:
    """Removes the page from the shortlist. Returns whether it was on it."""
    if not (str(page_id).isdigit() and len(str(page_id)) < 12):
        return False
    deleted, _rows = ShortlistItem.objects.filter(user=user, page_id=int(page_id)).delete()
    return bool(deleted)


def shortlist_note_set(*, user, page_id, note: str) -> ShortlistItem:
    if len(note) > NOTE_MAX_CHARS:
        raise SpaceError({"note": [_("The note is too long (at most %(max)d characters).") % {"max": NOTE_MAX_CHARS}]})
    item = ShortlistItem.objects.filter(user=user, page_id=page_id).first() if str(page_id).isdigit() else None
    if item is None:
        raise SpaceError({"page": [_("This page is not on your shortlist.")]})
    item.note = note
    item.save(update_fields=["note"])
    return item


# ---------------------------------------------------------------- saved searches


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(int(value))


def search_params_normalised(params: SearchParams) -> dict[str, str]:
    """The parameters that narrow ``params``, in their canonical form (no page, page size or language)."""
    found = {}
    if params.q:
        found["q"] = params.q
    if params.types:
        found["type"] = ",".join(sorted(params.types))
    if params.sector:
        found["sector"] = params.sector
    if params.location:
        found["location"] = params.location
    if params.statuses:
        found["status"] = ",".join(sorted(params.statuses))
    for name, low, high in params.ranges:
        if low is not None:
            found[f"{name}_min"] = _number(low)
        if high is not None:
            found[f"{name}_max"] = _number(high)
    if params.near is not None:
        found["near"] = f"{params.near[0]:g},{params.near[1]:g}"
        found["radius_km"] = _number(params.radius_km)
    if params.sort != "relevance":
        found["sort"] = params.sort
    return dict(sorted(found.items()))


def listing_params_to_search(*, kind: str, data) -> dict[str, str]:
    """A listing's filter parameters (``investment.forms.CatalogueFilterForm``) as search parameters."""
    if kind not in catalogue_kinds():
        raise SpaceError({"kind": [_("Unknown kind of listing.")]})
    declared = catalogue_kinds()[kind]
    mapped = {"type": kind}
    for name in ("sector", "status"):
        if data.get(name):
            mapped[name] = data.get(name)
    if data.get("place"):
        mapped["location"] = data.get("place")
    for number in declared.ranges:
        for name in number.parameters:
            if data.get(name):
                mapped[name] = data.get(name)
    sort = data.get("sort", "")
    mapped["sort"] = sort if sort in SORTS else "newest"
    return mapped


def saved_search_create(
    *, user, data, language: str, source: str = SavedSearch.Source.SEARCH, name: str = "", frequency: str = ""
) -> tuple[SavedSearch, bool]:
    """Saves a search from the search page's (or, with ``source="listing"``, already mapped) parameters.
    The same search saved again is returned unchanged. Returns the saved search and whether it is new."""
    raw = {key: data.get(key, "") for key in data if key not in ("page", "page_size", "lang")}
    try:
        params = parse_search_params(raw, default_language=language)
    except SearchParamsError as exc:
        raise SpaceError(exc.errors) from exc
    normalised = search_params_normalised(params)
    query = urlencode(normalised)
    if frequency and frequency not in SavedSearch.Frequency.values:
        raise SpaceError({"frequency": [_("Choose daily, weekly or no e-mail.")]})
    existing = SavedSearch.objects.filter(user=user, language=params.lang, query=query).first()
    if existing is not None:
        return existing, False
    if SavedSearch.objects.filter(user=user).count() >= SAVED_SEARCH_MAX:
        raise SpaceError(
            {"search": [_("You have saved %(max)d searches: delete some first.") % {"max": SAVED_SEARCH_MAX}]}
        )
    try:
        with transaction.atomic():
            saved = SavedSearch.objects.create(
                user=user,
                name=name.strip()[:200],
                params=normalised,
                query=query,
                language=params.lang,
                source=source if source in SavedSearch.Source.values else SavedSearch.Source.SEARCH,
                frequency=frequency or SavedSearch.Frequency.WEEKLY,
            )
            return saved, True
    except IntegrityError:
        return SavedSearch.objects.get(user=user, language=params.lang, query=query), False


def saved_search_update(
    *, saved_search: SavedSearch, name: str | None = None, frequency: str | None = None
) -> SavedSearch:
    if frequency is not None:
        if frequency not in SavedSearch.Frequency.values:
            raise SpaceError({"frequency": [_("Choose daily, weekly or no e-mail.")]})
        saved_search.frequency = frequency
    if name is not None:
        saved_search.name = name.strip()[:200]
    saved_search.save(update_fields=["name", "frequency"])
    return saved_search


def saved_search_delete(*, saved_search: SavedSearch) -> None:
    saved_search.delete()
