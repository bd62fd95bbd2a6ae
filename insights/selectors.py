"""Reads of demand insights, aggregated and with small groups hidden.

Every figure is shown only when its group has at least ``PORTAL_INSIGHTS_MIN_GROUP`` members (five by
default; k-anonymity): a smaller figure is ``None`` ("fewer than five" on screen and in the export). The
group of an inquiry figure is the number of distinct senders (one investor's ten inquiries are a group of
one); the group of a view or save figure is the number of events, since nothing says who made them. Rows
whose figures are all hidden are still listed (that something happened is not personal), sorted by what
is shown.

The scope is the agencies whose statistics the user sees (``inquiries.selectors``): the provincial
leadership sees every agency, an officer their own agencies' pages and inquiries. Period: the last
``months`` months up to today.

Sources: views and saves from ``DemandCount`` (the beacon, the shortlist); inquiries and answered inquiries
(a first reply was sent) from ``inquiries.Inquiry``; what investors look for from the search log
(``search.SearchQueryLog``: the queries searched at least k times).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Page

from cms.catalogue import catalogue_page_models
from inquiries.models import Inquiry
from investment.models import Sector
from search.models import SearchQueryLog

from .models import NO_SECTOR, DemandCount, DemandEventKind

TOP = 5  # projects named per country and per sector
TOPICS = 20


def min_group() -> int:
    return settings.PORTAL_INSIGHTS_MIN_GROUP


def shown(count: int, group: int | None = None) -> int | None:
    """``count`` if its group (``group``, else the count itself) is large enough, else None (hidden)."""
    return count if (count if group is None else group) >= min_group() else None


@dataclass
class FunnelRow:
    key: int
    label: str
    agency: str = ""
    views: int | None = None
    saves: int | None = None
    inquiries: int | None = None
    answered: int | None = None

    def sort_key(self):
        return (-(self.views or 0), -(self.inquiries or 0), -(self.saves or 0), self.label)


@dataclass
class GroupRow:
    """A country or a sector: its figures, and the projects most viewed and most inquired about in it."""

    key: str
    label: str
    views: int | None = None
    saves: int | None = None
    inquiries: int | None = None
    most_viewed: list[tuple[str, int]] = field(default_factory=list)
    most_inquired: list[tuple[str, int]] = field(default_factory=list)

    def sort_key(self):
        return (-(self.views or 0), -(self.inquiries or 0), self.label)


@dataclass(frozen=True)
class Topic:
    language: str
    query: str
    searches: int


def _pages(agencies) -> dict[int, Page]:
    """The catalogue pages of the agencies in scope (live or not: a withdrawn project keeps its history)."""
    pages = {}
    for model in catalogue_page_models():
        for page in model.objects.filter(agency__in=agencies).select_related("agency"):
            pages[page.pk] = page
    return pages


def _counts(since, pages, *by: str) -> dict[tuple, dict[str, int]]:
    """``{(by values…): {kind: total}}`` of the counters of ``pages`` since ``since``."""
    rows = (
        DemandCount.objects.filter(day__gte=since, page_id__in=list(pages))
        .values(*by, "kind")
        .annotate(total=Sum("count"))
    )
    totals: dict[tuple, dict[str, int]] = defaultdict(dict)
    for row in rows:
        totals[tuple(row[name] for name in by)][row["kind"]] = row["total"]
    return totals


def _inquiries(since, agencies, *by: str) -> dict[tuple, dict[str, int]]:
    answered = Q(first_reply_at__isnull=False)
    rows = (
        Inquiry.objects.filter(created_at__date__gte=since, agency__in=agencies)
        .values(*by)
        .annotate(
            n=Count("pk"),
            senders=Count("email", distinct=True),
            answered=Count("pk", filter=answered),
            answered_senders=Count("email", distinct=True, filter=answered),
        )
    )
    # An inquiry without a sector is grouped with the views without one (``NO_SECTOR``).
    return {tuple(NO_SECTOR if name == "sector_id" and row[name] is None else row[name] for name in by): row
            for row in rows}  # fmt: skip


def _inquiry_figures(row: dict | None) -> tuple[int | None, int | None]:
    if not row:
        return shown(0), shown(0)
    return shown(row["n"], row["senders"]), shown(row["answered"], row["answered_senders"])


def _country_label(code: str) -> str:
    return str(countries.name(code)) if code else _("country not known")


def demand_report(*, agencies, months: int = 12) -> dict:
    """``{"since", "min_group", "projects": [FunnelRow], "agencies": [FunnelRow], "top_views", "countries":
    [GroupRow], "sectors": [GroupRow], "topics": [Topic]}`` for ``agencies`` over the last ``months`` months."""
    since = timezone.localdate() - timedelta(days=round(months * 30.4))
    agencies = list(agencies)
    pages = _pages(agencies)
    titles = {pk: str(page.title) for pk, page in pages.items()}

    # The funnel per project and per agency: views → saves → inquiries → answered.
    by_page = _counts(since, pages, "page_id")
    inquiries_by_page = _inquiries(since, agencies, "page_id")
    projects = []
    for pk, page in pages.items():
        counts, inquiries = by_page.get((pk,), {}), inquiries_by_page.get((pk,))
        if not counts and not inquiries:
            continue
        asked, answered = _inquiry_figures(inquiries)
        projects.append(
            FunnelRow(
                key=pk,
                label=titles[pk],
                agency=str(page.agency.short_name or page.agency),
                views=shown(counts.get(DemandEventKind.VIEW, 0)),
                saves=shown(counts.get(DemandEventKind.SAVE, 0)),
                inquiries=asked,
                answered=answered,
            )
        )
    agency_counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (pk,), counts in by_page.items():
        for kind, total in counts.items():
            agency_counts[pages[pk].agency_id][kind] += total
    inquiries_by_agency = _inquiries(since, agencies, "agency_id")
    agency_rows = []
    for agency in agencies:
        counts, inquiries = agency_counts.get(agency.pk, {}), inquiries_by_agency.get((agency.pk,))
        asked, answered = _inquiry_figures(inquiries)
        agency_rows.append(
            FunnelRow(
                key=agency.pk,
                label=str(agency),
                views=shown(counts.get(DemandEventKind.VIEW, 0)),
                saves=shown(counts.get(DemandEventKind.SAVE, 0)),
                inquiries=asked,
                answered=answered,
            )
        )

    # By investor country and by sector: their figures and the projects most viewed and inquired about.
    groups = {}
    for dimension, inquiry_field, label in (
        ("country", "country", _country_label),
        ("sector_id", "sector_id", None),
    ):
        counts = _counts(since, pages, dimension)
        per_page = _counts(since, pages, dimension, "page_id")
        asked = _inquiries(since, agencies, inquiry_field)
        asked_per_page = _inquiries(since, agencies, inquiry_field, "page_id")
        keys = {key[0] for key in counts} | {key[0] for key in asked}
        if label is None:
            names = {sector.pk: str(sector) for sector in Sector.objects.filter(pk__in=keys)}
            label = lambda pk, names=names: names.get(pk) or _("no sector")  # noqa: E731
        rows = []
        for key in keys:
            inquiry_row = asked.get((key,))
            viewed = sorted(
                (
                    (titles[page_id], total[DemandEventKind.VIEW])
                    for (group, page_id), total in per_page.items()
                    if group == key and shown(total.get(DemandEventKind.VIEW, 0))
                ),
                key=lambda item: (-item[1], item[0]),
            )[:TOP]
            inquired = sorted(
                (
                    (titles[page_id], row["n"])
                    for (group, page_id), row in asked_per_page.items()
                    if group == key and page_id in titles and shown(row["n"], row["senders"])
                ),
                key=lambda item: (-item[1], item[0]),
            )[:TOP]
            rows.append(
                GroupRow(
                    key=str(key or ""),
                    label=label(key or ("" if dimension == "country" else NO_SECTOR)),
                    views=shown(counts.get((key,), {}).get(DemandEventKind.VIEW, 0)),
                    saves=shown(counts.get((key,), {}).get(DemandEventKind.SAVE, 0)),
                    inquiries=shown(inquiry_row["n"], inquiry_row["senders"]) if inquiry_row else shown(0),
                    most_viewed=viewed,
                    most_inquired=inquired,
                )
            )
        groups[dimension] = sorted(rows, key=GroupRow.sort_key)

    projects.sort(key=FunnelRow.sort_key)
    agency_rows.sort(key=FunnelRow.sort_key)
    return {
        "since": since,
        "min_group": min_group(),
        "projects": projects,
        "agencies": agency_rows,
        "top_views": {  # the longest bar of each funnel table
            "projects": max((row.views or 0 for row in projects), default=0),
            "agencies": max((row.views or 0 for row in agency_rows), default=0),
        },
        "countries": groups["country"],
        "sectors": groups["sector_id"],
        "topics": search_topics(since=since),
    }


def search_topics(*, since, limit: int = TOPICS) -> list[Topic]:
    """What investors look for: the queries searched at least k times since ``since``, per language."""
    rows = (
        SearchQueryLog.objects.filter(created_at__date__gte=since)
        .values("language", "query")
        .annotate(searches=Count("pk"))
        .filter(searches__gte=min_group())
        .order_by("-searches", "language", "query")[:limit]
    )
    return [Topic(**row) for row in rows]
