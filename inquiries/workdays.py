"""Working days: an agency's commitment ("first reply within 2 working days") counts only the days its office
is open.

A day is a working day of an agency when
- it is one of the weekdays the agency works (``Agency.working_weekdays``, ISO numbers 1 = Monday … 7 = Sunday),
  or a weekend day the government declared a working day in exchange for a bridge holiday (the ``holidays``
  library's ``weekend_workdays``: in 2026, Saturday 22 August is worked for Monday 31 August);
- and it is not a public holiday of ``settings.PORTAL_HOLIDAY_COUNTRY`` (Vietnam by default: New Year, the
  Lunar New Year (Tết) with the days around it, Hùng Kings, 30 April and 1 May, National Day, and the days off
  given in lieu when a holiday falls on a weekend or is bridged), from the ``holidays`` library, which follows
  each year's government decisions;
- and it is not within one of the agency's ``AgencyClosure`` rows (or one for every agency), edited in the admin.

An inquiry received on the Friday before Tết 2026 (13 February; the holiday runs Monday 16 to Friday 20
February) with a two-working-day commitment is due at the end of Tuesday 24 February.

Every loop here is bounded (``MAX_SPAN_DAYS``), so a calendar that never opens (every day closed) ends the
count after ten years rather than looping forever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models.calendar import AgencyClosure

MAX_SPAN_DAYS = 3660  # bounds every loop here to ten years
DEFAULT_WEEK = frozenset({1, 2, 3, 4, 5})


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> holidays.HolidayBase | None:
    """The public holidays of ``country`` in ``year`` (``None`` when no country is configured)."""
    if not country:
        return None
    return holidays.country_holidays(country, years=year)


@dataclass(frozen=True)
class WorkCalendar:
    """The days one agency works: its weekdays, minus public holidays and its closures."""

    weekdays: frozenset[int] = DEFAULT_WEEK
    closed: frozenset[date] = field(default_factory=frozenset)
    country: str | None = None  # None: ``settings.PORTAL_HOLIDAY_COUNTRY``

    def __post_init__(self):
        week = frozenset(day for day in self.weekdays if 1 <= day <= 7) or DEFAULT_WEEK
        object.__setattr__(self, "weekdays", week)

    @property
    def holiday_country(self) -> str:
        return settings.PORTAL_HOLIDAY_COUNTRY if self.country is None else self.country

    def holiday_name(self, day: date) -> str | None:
        """The public holiday on ``day`` (in the library's English), or ``None``."""
        calendar = public_holidays(self.holiday_country, day.year)
        return calendar.get(day) if calendar is not None else None

    def is_working_day(self, day: date) -> bool:
        if day in self.closed:
            return False
        calendar = public_holidays(self.holiday_country, day.year)
        if calendar is not None:
            if day in calendar:
                return False
            if day in calendar.weekend_workdays:
                return True
        return day.isoweekday() in self.weekdays


def as_calendar(calendar: WorkCalendar | set[int] | frozenset[int]) -> WorkCalendar:
    """A ``WorkCalendar`` as it is, or one for a set of weekdays (with the public holidays, no closures)."""
    if isinstance(calendar, WorkCalendar):
        return calendar
    return WorkCalendar(weekdays=frozenset(calendar))


def agency_calendar(agency) -> WorkCalendar:
    """The agency's working days: its week, the public holidays, its closures and those of every agency."""
    closures = AgencyClosure.objects.filter(Q(agency=agency) | Q(agency__isnull=True))
    closed = frozenset(day for closure in closures for day in closure.days())
    return WorkCalendar(weekdays=frozenset(agency.working_weekdays), closed=closed)


def add_working_days(start: datetime, days: int, calendar: WorkCalendar | set[int]) -> datetime:
    """The end (23:59:59 local time) of the ``days``-th working day after ``start``'s day.

    ``days == 0`` means the end of ``start``'s own day."""
    calendar = as_calendar(calendar)
    day = timezone.localtime(start).date()
    counted = 0
    for _step in range(MAX_SPAN_DAYS):
        if counted >= days:
            break
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    end = datetime.combine(day, time(23, 59, 59))
    return timezone.make_aware(end, timezone.get_current_timezone())


def reply_due(*, agency, start: datetime) -> datetime:
    """When the agency's reply to something received at ``start`` is due, by its own commitment."""
    return add_working_days(start, agency.first_reply_working_days, agency_calendar(agency))


def working_days_between(start: datetime | date, end: datetime | date, calendar: WorkCalendar | set[int]) -> int:
    """How many working days lie after ``start``'s day up to and including ``end``'s day
    (0 for the same day; a Friday to the next Monday is 1 with a Monday–Friday week and no holiday)."""
    calendar = as_calendar(calendar)
    first = timezone.localtime(start).date() if isinstance(start, datetime) else start
    last = timezone.localtime(end).date() if isinstance(end, datetime) else end
    if last <= first:
        return 0
    span = min((last - first).days, MAX_SPAN_DAYS)
    return sum(1 for offset in range(1, span + 1) if calendar.is_working_day(first + timedelta(days=offset)))
