"""The event as an iCalendar file (RFC 5545, written by the ``icalendar`` library): attached to the
confirmation, promotion and reminder e-mails and downloadable from the registrant's page.

Times: with ``starts_at``/``ends_at`` the event is timed in the portal's time zone (``TIME_ZONE``), written in
UTC so that every calendar program places it right; without them it is an all-day event (``DTEND`` is the day
after the last day, as the standard says). The UID is stable per event, so a second file updates the entry.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from cms.i18n import page_url_in

from .models import Event


def event_page_url(event: Event, language: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + page_url_in(event.page, language, None)


def event_ics(event: Event, *, language: str) -> bytes:
    page = event.page
    tz = ZoneInfo(settings.TIME_ZONE)
    last_day = page.event_end or page.date
    with translation.override(language):
        title, location, summary = page.title, page.event_location, page.summary
    calendar = Calendar()
    calendar.add("prodid", "-//Dong Thap Investment Portal//events//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = CalendarEvent()
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >") or "portal.invalid"
    entry.add("uid", f"event-{event.pk}@{domain}")
    entry.add("dtstamp", timezone.now())
    if event.starts_at:
        start = datetime.combine(page.date, event.starts_at, tzinfo=tz)
        end_time = event.ends_at or event.starts_at
        end = datetime.combine(last_day, end_time, tzinfo=tz)
        if end <= start:
            end = start + timedelta(hours=2)
        entry.add("dtstart", start.astimezone(ZoneInfo("UTC")))
        entry.add("dtend", end.astimezone(ZoneInfo("UTC")))
    else:
        entry.add("dtstart", page.date)
        entry.add("dtend", last_day + timedelta(days=1))
    entry.add("summary", title)
    if location:
        entry.add("location", location)
    url = event_page_url(event, language)
    entry.add("description", f"{summary}\n\n{url}".strip())
    entry.add("url", url)
    calendar.add_component(entry)
    return calendar.to_ical()


def ics_filename(event: Event) -> str:
    return f"event-{event.pk}.ics"
