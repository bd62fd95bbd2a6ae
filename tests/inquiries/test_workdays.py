from datetime import date, datetime

import pytest
from django.utils import timezone

from inquiries.models import AgencyClosure, Inquiry, RoutingRule
from inquiries.workdays import WorkCalendar, add_working_days, agency_calendar, reply_due, working_days_between

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


# The calendar: Vietnamese public holidays (the `holidays` library) and the agencies' own closures ----------


def test_an_inquiry_received_on_the_friday_before_tet_is_due_after_the_holiday():
    """Tết 2026: Monday 16 to Friday 20 February are public holidays. Two working days from Friday the 13th
    are Monday 23 and Tuesday 24 February, not Monday 16 and Tuesday 17."""
    friday = local(2026, 2, 13, 16, 30)
    assert timezone.localtime(add_working_days(friday, 2, WEEK)).date() == date(2026, 2, 24)
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 24), WEEK) == 2
    plain_week = WorkCalendar(weekdays=frozenset(WEEK), country="")  # without holidays: what it used to say
    assert timezone.localtime(add_working_days(friday, 2, plain_week)).date() == date(2026, 2, 17)


def test_substituted_days_off_and_make_up_saturdays():
    """2026: Monday 31 August is given off in exchange for Saturday 22 August, which is worked; 1 and 2
    September are National Day."""
    calendar = WorkCalendar(weekdays=frozenset(WEEK))
    assert not calendar.is_working_day(date(2026, 8, 31))
    assert calendar.is_working_day(date(2026, 8, 22))  # a Saturday, worked
    friday = local(2026, 8, 28, 9, 0)
    assert timezone.localtime(add_working_days(friday, 1, WEEK)).date() == date(2026, 9, 3)
    assert timezone.localtime(add_working_days(local(2026, 8, 21, 9, 0), 1, WEEK)).date() == date(2026, 8, 22)
    # Hùng Kings' day fell on a Sunday in 2026: Monday 27 April is off instead.
    assert not calendar.is_working_day(date(2026, 4, 27))


def test_a_country_without_holidays_and_the_setting(settings):
    settings.PORTAL_HOLIDAY_COUNTRY = ""
    assert WorkCalendar(weekdays=frozenset(WEEK)).is_working_day(date(2026, 2, 17))
    settings.PORTAL_HOLIDAY_COUNTRY = "VN"
    assert not WorkCalendar(weekdays=frozenset(WEEK)).is_working_day(date(2026, 2, 17))


@pytest.mark.django_db
def test_an_agencys_closures_and_those_of_every_agency(agency_a, agency_b):
    AgencyClosure.objects.create(agency=agency_a, starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 3), reason="Move")
    AgencyClosure.objects.create(agency=None, starts_on=date(2026, 3, 9), ends_on=date(2026, 3, 9), reason="All")
    friday = local(2026, 2, 27, 10, 0)
    # Agency A is closed on Monday 2 and Tuesday 3 March; agency B is not.
    assert timezone.localtime(reply_due(agency=agency_a, start=friday)).date() == date(2026, 3, 5)
    assert timezone.localtime(reply_due(agency=agency_b, start=friday)).date() == date(2026, 3, 3)
    # A closure of every agency counts for both.
    assert not agency_calendar(agency_b).is_working_day(date(2026, 3, 9))
    assert working_days_between(date(2026, 3, 6), date(2026, 3, 10), agency_calendar(agency_b)) == 1


@pytest.mark.django_db
def test_a_closure_is_checked_in_the_admin(admin_client, agency_a):
    response = admin_client.post(
        "/admin/inquiry-office-closures/new/",
        {"agency": agency_a.pk, "starts_on": "2026-03-05", "ends_on": "2026-03-02", "reason": "Training"},
    )
    assert response.status_code == 200 and not AgencyClosure.objects.exists()
    response = admin_client.post(
        "/admin/inquiry-office-closures/new/",
        {"agency": agency_a.pk, "starts_on": "2026-03-02", "ends_on": "2026-03-05", "reason": "Training"},
    )
    assert response.status_code == 302
    assert AgencyClosure.objects.get().days() == [date(2026, 3, d) for d in (2, 3, 4, 5)]


@pytest.mark.django_db
def test_the_reply_date_through_the_public_form_on_the_friday_before_tet(
    client, agency_a, monkeypatch, settings, django_capture_on_commit_callbacks
):
    """Received through the public form on Friday 13 February 2026 at 16:30: the status page and the
    acknowledgement both promise the reply by Tuesday 24 February (agency A: two working days)."""
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    RoutingRule.objects.all().delete()
    received = local(2026, 2, 13, 16, 30)
    monkeypatch.setattr(timezone, "now", lambda: received)
    with django_capture_on_commit_callbacks() as worker:
        response = client.post(
            "/en/inquiries/new/",
            {"kind": "general", "name": "Aiko Tanaka", "email": "aiko@example.jp", "organisation": "Example KK",
             "country": "JP", "message": "Which permits does a representative office need?", "consent": "on",
             "language": "en", "website": ""},
        )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[-3000:]
    inquiry = Inquiry.objects.get()
    assert timezone.localtime(inquiry.reply_due_at).date() == date(2026, 2, 24)
    page = client.get(response["Location"]).content.decode()
    assert 'class="inquiry-reply-due"' in page and 'datetime="2026-02-24' in page
    monkeypatch.undo()  # the worker runs a moment later: the e-mail is due (its row's time is the real clock's)
    for task in worker:  # it writes and sends the acknowledgement
        task()
    acknowledgement = inquiry.emails.get(kind="acknowledgement")
    assert "by Feb. 24, 2026" in acknowledgement.body
