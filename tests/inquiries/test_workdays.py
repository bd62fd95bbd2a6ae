from datetime import date, datetime

import pytest
from django.utils import timezone

from inquiries.workdays import add_working_days, working_days_between

pytestmark = pytest.mark.smoke
WEEK = {1, 2, 3, 4, 5}


def local(*args):
    return timezone.make_aware(datetime(*args))


def test_add_working_days_skips_the_weekend():
    friday = local(2026, 1, 9, 10, 0)
    due = add_working_days(friday, 2, WEEK)
    assert timezone.localtime(due).date() == date(2026, 1, 13)  # Monday, Tuesday
    assert timezone.localtime(due).hour == 23


def test_add_working_days_from_a_saturday_and_zero_days():
    saturday = local(2026, 1, 10, 9, 0)
    assert timezone.localtime(add_working_days(saturday, 1, WEEK)).date() == date(2026, 1, 12)
    assert timezone.localtime(add_working_days(saturday, 0, WEEK)).date() == date(2026, 1, 10)


def test_six_day_week_and_empty_week_falls_back():
    friday = local(2026, 1, 9, 10, 0)
    assert timezone.localtime(add_working_days(friday, 1, {1, 2, 3, 4, 5, 6})).date() == date(2026, 1, 10)
    assert timezone.localtime(add_working_days(friday, 1, set())).date() == date(2026, 1, 12)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 1, 9), date(2026, 1, 9), 0),  # same day
        (date(2026, 1, 9), date(2026, 1, 12), 1),  # Friday → Monday
        (date(2026, 1, 5), date(2026, 1, 19), 10),  # two full weeks
        (date(2026, 1, 10), date(2026, 1, 11), 0),  # the weekend only
        (date(2026, 1, 12), date(2026, 1, 9), 0),  # backwards
    ],
)
def test_working_days_between(start, end, expected):
    assert working_days_between(start, end, WEEK) == expected


def test_between_agrees_with_add():
    start = local(2026, 3, 4, 15, 0)
    for days in range(0, 30):
        assert working_days_between(start, add_working_days(start, days, WEEK), WEEK) == days
