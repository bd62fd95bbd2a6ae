"""Working days: an agency's commitment ("first reply within 2 working days") counts only the
weekdays it works (``Agency.working_weekdays``, ISO numbers 1 = Monday … 7 = Sunday)."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

MAX_SPAN_DAYS = 3660  # bounds every loop here to ten years


def add_working_days(start: datetime, days: int, weekdays: set[int]) -> datetime:
    """The end (23:59:59 local time) of the ``days``-th working day after ``start``'s day.

    ``days == 0`` means the end of ``start``'s own day."""
    weekdays = {day for day in weekdays if 1 <= day <= 7} or {1, 2, 3, 4, 5}
    day = timezone.localtime(start).date()
    counted = 0
    for _step in range(MAX_SPAN_DAYS):
        if counted >= days:
            break
        day += timedelta(days=1)
        if day.isoweekday() in weekdays:
            counted += 1
    end = datetime.combine(day, time(23, 59, 59))
    return timezone.make_aware(end, timezone.get_current_timezone())


def working_days_between(start: datetime | date, end: datetime | date, weekdays: set[int]) -> int:
    """How many working days lie after ``start``'s day up to and including ``end``'s day
    (0 for the same day; a Friday to the next Monday is 1 with a Monday–Friday week)."""
    weekdays = {day for day in weekdays if 1 <= day <= 7} or {1, 2, 3, 4, 5}
    first = timezone.localtime(start).date() if isinstance(start, datetime) else start
    last = timezone.localtime(end).date() if isinstance(end, datetime) else end
    if last <= first:
        return 0
    span = min((last - first).days, MAX_SPAN_DAYS)
    full_weeks, rest = divmod(span, 7)
    count = full_weeks * len(weekdays)
    for offset in range(1, rest + 1):
        if (first + timedelta(days=full_weeks * 7 + offset)).isoweekday() in weekdays:
            count += 1
    return count
