"""Event registration through its public doors: the form on the event page, the e-mails (with the
calendar file, through the outbox to a real SMTP server), the waiting list, the cancel link, reminders,
retention, and the agency's list with its export in the admin."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from cms.i18n import page_url_in
from events.models import EventRegistration
from events.services import REGISTRATION_RETENTION_DAYS
from inquiries.models import OutgoingEmail
from tests.factories.events import EventFactory, EventPageFactory
from tests.factories.inquiries import OfficerFactory
from tests.factories.investment import AgencyFactory

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]

LINK = re.compile(r"http://testserver(/[a-z-]+/events/registration/[^/\s]+/)")


def register(client, event, *, name="Aiko Tanaka", email="aiko@example.jp", language="en", **extra):
    data = {"name": name, "email": email, "organisation": "Example KK", "country": "JP", "consent": "on", **extra}
    return client.post(f"/{language}/events/{event.page_id}/register/", data)


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def calendar_of(message):
    parts = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    return parts[0] if parts else None


def test_register_confirm_wait_cancel_and_promote(client, deliver):
    event = EventFactory(capacity=1)
    title_en = event.page.title_en
    page = client.get(page_url_in(event.page, "en")).content.decode()
    assert 'data-places-left="1"' in page and "1 place left." in page and "Read the privacy notice" not in page

    first = register(client, event, name="Aiko Tanaka", email="aiko@example.jp", language="ja")
    assert first.status_code == 302 and "/ja/events/registration/" in first["Location"]
    second = register(client, event, name="Kim Min-jun", email="minjun@example.kr", language="ko")
    assert second.status_code == 302
    aiko, minjun = EventRegistration.objects.order_by("pk")
    assert (aiko.status, minjun.status) == ("confirmed", "waiting")
    full = client.get(page_url_in(event.page, "en")).content.decode()
    assert 'data-state="full"' in full and "Join the waiting list" in full

    confirmation, waiting = deliver()
    assert confirmation["To"] == "aiko@example.jp" and "参加が確定しました" in str(confirmation["Subject"])
    attachment = calendar_of(confirmation)
    assert attachment is not None and attachment.get_param("method") == "PUBLISH"
    assert attachment.get_filename() == f"event-{event.pk}.ics"
    entry = Calendar.from_ical(attachment.get_content()).walk("VEVENT")[0]
    assert str(entry["SUMMARY"]) == event.page.title_ja
    assert entry.decoded("DTSTART").hour == 2  # 09:00 in Hồ Chí Minh City is 02:00 UTC
    assert waiting["To"] == "minjun@example.kr" and calendar_of(waiting) is None
    assert "대기자 명단" in str(waiting["Subject"]) and "1번" in text_of(waiting)

    # Aiko cancels through the link in her e-mail; Min-jun gets the place and a calendar file.
    link = LINK.search(text_of(confirmation)).group(1)
    status_page = client.get(link)
    assert status_page.status_code == 200 and status_page["X-Robots-Tag"] == "noindex"
    assert client.post(link, {"action": "cancel"}).status_code == 302
    aiko.refresh_from_db()
    minjun.refresh_from_db()
    assert (aiko.status, minjun.status) == ("cancelled", "confirmed") and minjun.confirmed_at
    cancelled, promoted = deliver()[2:]
    assert cancelled["To"] == "aiko@example.jp" and calendar_of(cancelled) is None
    assert promoted["To"] == "minjun@example.kr" and calendar_of(promoted) is not None
    assert "자리가 생겼습니다" in str(promoted["Subject"])
    # A second cancellation changes nothing and says so.
    again = client.post(link, {"action": "cancel"}, follow=True)
    assert "この登録はすでに取り消されています。" in again.content.decode()
    assert EventRegistration.objects.get(pk=aiko.pk).status == "cancelled"
    assert title_en  # the English title exists: the page is in every language


def test_the_calendar_file_is_only_for_a_confirmed_place_and_tokens_are_checked(client):
    event = EventFactory(capacity=1)
    register(client, event, email="one@example.com")
    register(client, event, email="two@example.com")
    confirmed, waiting = EventRegistration.objects.order_by("pk")
    response = client.get(f"/en/events/registration/{confirmed.token}/calendar.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VEVENT" in response.content
    assert client.get(f"/en/events/registration/{waiting.token}/calendar.ics").status_code == 404
    forged = confirmed.token[:-1] + ("0" if confirmed.token[-1] != "0" else "1")
    assert client.get(f"/en/events/registration/{forged}/").status_code == 404
    assert client.get(f"/en/events/registration/{waiting.pk}-{'0' * 32}/").status_code == 404


def test_the_same_address_twice_gets_its_e_mail_again_not_a_second_place(client):
    event = EventFactory(capacity=5)
    register(client, event, email="aiko@example.jp")
    response = register(client, event, email="AIKO@example.jp", language="en")
    assert response.status_code == 302 and response["Location"] == page_url_in(event.page, "en")
    assert EventRegistration.objects.count() == 1
    keys = sorted(OutgoingEmail.objects.values_list("key", flat=True))
    assert len(keys) == 2 and keys[1].endswith(":again-1")


def test_bad_input_and_closed_registration_answer_with_translated_messages(client):
    event = EventFactory(capacity=5)
    response = register(client, event, name="", email="not-an-address", consent="", language="ja")
    body = response.content.decode()
    assert response.status_code == 400 and '<html lang="ja">' in body
    assert "個人情報の取り扱いに同意してください" in body
    event.registration_open = False
    event.save()
    closed = register(client, event, language="vi")
    assert closed.status_code == 409 and "Sự kiện này đã hết hạn đăng ký." in closed.content.decode()
    assert not EventRegistration.objects.exists()
    page = client.get(page_url_in(event.page, "en")).content.decode()
    assert 'data-state="closed"' in page and "<form" not in page.split('id="register"', 1)[1]
    past = EventFactory(page=EventPageFactory(date=timezone.localdate() - timedelta(days=1)))
    assert register(client, past).status_code == 409


def test_a_news_page_without_registration_shows_no_form(client):
    page = EventPageFactory()
    assert 'id="register"' not in client.get(page_url_in(page, "en")).content.decode()
    assert client.get(f"/en/events/{page.pk}/register/").status_code == 404


def test_reminders_go_once_to_confirmed_registrants_of_events_starting_soon(client, deliver):
    soon = EventFactory(capacity=1, page=EventPageFactory(date=timezone.localdate() + timedelta(days=2)))
    later = EventFactory(capacity=5, page=EventPageFactory(date=timezone.localdate() + timedelta(days=20)))
    register(client, soon, email="a@example.com")
    register(client, soon, email="waiting@example.com")
    register(client, later, email="b@example.com")
    deliver()
    call_command("send_event_reminders", verbosity=0)
    call_command("send_event_reminders", verbosity=0)  # a second run sends nothing more
    reminders = OutgoingEmail.objects.filter(kind=OutgoingEmail.Kind.EVENT_REMINDER)
    assert [email.to for email in reminders] == [["a@example.com"]]
    message = deliver()[-1]
    assert message["To"] == "a@example.com" and calendar_of(message) is not None


def test_registrations_are_anonymised_after_the_retention_period(client):
    event = EventFactory(capacity=5)
    register(client, event, email="aiko@example.jp")
    event.page.date = timezone.localdate() - timedelta(days=REGISTRATION_RETENTION_DAYS + 2)
    event.page.save()
    call_command("anonymise_event_registrations", verbosity=0)
    registration = EventRegistration.objects.get()
    assert registration.name == "—" and "aiko" not in registration.email
    assert OutgoingEmail.objects.get().to == [] and OutgoingEmail.objects.get().attachments == []


def test_the_agency_sees_and_exports_its_registrations_only(client, deliver):
    event = EventFactory(capacity=1)
    other = EventFactory(capacity=5)
    register(client, event, name="Aiko Tanaka", email="aiko@example.jp")
    register(client, event, name="=HYPERLINK(1)", email="formula@example.com")
    register(client, other, name="Somebody Else", email="else@example.com")
    officer = OfficerFactory(username="event-officer", agency=event.agency)
    stranger = OfficerFactory(username="stranger", agency=AgencyFactory())
    client.force_login(officer)
    listing = client.get("/admin/events/registrations/").content.decode()
    assert "Aiko Tanaka" in listing and "Somebody Else" not in listing
    export = client.get("/admin/events/registrations/?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][0] == "Sự kiện" and rows[0][2] == "Ngày đăng ký" and len(rows[0]) == 11  # the admin's language
    names = {row[3] for row in rows[1:]}
    assert names == {"Aiko Tanaka", "'=HYPERLINK(1)"}  # the formula guard
    assert client.get("/admin/events/registrations/?export=xlsx").status_code == 200
    events = client.get("/admin/events/").content.decode()
    assert event.page.title in events and other.page.title not in events
    # More places: the first on the waiting list is confirmed at once.
    edit = client.get(f"/admin/events/{event.pk}/")
    assert edit.status_code == 200
    response = client.post(
        f"/admin/events/{event.pk}/",
        {"page": event.page_id, "agency": event.agency_id, "capacity": 2, "registration_open": "on",
         "starts_at": "09:00", "ends_at": "12:00", "reminder_days": 2},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert EventRegistration.objects.get(email="formula@example.com").status == "confirmed"
    client.force_login(stranger)
    assert "Aiko Tanaka" not in client.get("/admin/events/registrations/").content.decode()
    assert client.get(f"/admin/events/{event.pk}/").status_code in (403, 404)
    client.logout()
    assert client.get("/admin/events/registrations/").status_code == 302
