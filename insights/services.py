"""Writes of demand insights: ``demand_event_record`` adds one event to the day's counter.

Called by the beacon view for page views and by the investor's space for saves (the ``investors`` app calls
``demand_event_record(kind="save", …)``; ``insights`` never imports it). The counter row of (day, kind,
page, country, sector) is incremented in place; two requests creating the same row at once both count (the
loser of the insert race increments the winner's row).
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_countries import countries

from .models import NO_SECTOR, DemandCount, DemandEventKind


def _increment(**key) -> int:
    return DemandCount.objects.filter(**key).update(count=F("count") + 1)


def demand_event_record(*, kind: str, page_id: int, country: str, sector_id: int | None = None) -> None:
    """Counts one ``kind`` event (``DemandEventKind``: "view", "save") on page ``page_id`` by an investor
    from ``country`` (ISO 3166-1 alpha-2, "" when not known; anything else counts as not known) in sector
    ``sector_id`` (None: none). Stores no personal data: the day and the count only."""
    kind = DemandEventKind(kind).value  # an unknown kind is a programming error: ValueError
    country = (country or "").upper()
    key = {
        "day": timezone.localdate(),
        "kind": kind,
        "page_id": int(page_id),
        "country": country if country in countries else "",
        "sector_id": sector_id or NO_SECTOR,
    }
    if _increment(**key):
        return
    try:
        with transaction.atomic():
            DemandCount.objects.create(**key, count=1)
    except IntegrityError:  # created by a concurrent request since: count on its row
        _increment(**key)
