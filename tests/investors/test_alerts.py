"""Alerts of saved searches, end to end: pages published after the last alert that the saved search matches
(run through the search backend) are e-mailed once, in the investor's language, through the outbox to a real
SMTP server, with a one-click unsubscribe (List-Unsubscribe, List-Unsubscribe-Post, a signed link)."""

from datetime import timedelta
from io import StringIO
from urllib.parse import urlparse

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from inquiries.models import OutgoingEmail
from investors.alerts import saved_search_alerts_queue
from investors.models import SavedSearch
from tests.search.conftest import make_project

pytestmark = pytest.mark.django_db


def _publish(django_capture_on_commit_callbacks, **titles):
    """A project published now and indexed (the signal's task runs on commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        return make_project(title=titles)


@pytest.fixture
def lotus_search(investor, investor_client):
    investor_client.put("/api/account/profile/", {"language": "ja", "country": "JP"}, content_type="application/json")
    response = investor_client.post(
        "/api/account/searches/",
        {"params": {"q": "lotus", "lang": "en"}, "frequency": "daily", "name": "Lotus"},
        content_type="application/json",
    )
    return SavedSearch.objects.get(pk=response.json()["id"])


def test_a_matching_new_page_is_mailed_once_in_the_investors_language(
    lotus_search, investor, deliver, django_capture_on_commit_callbacks
):
    lotus = _publish(django_capture_on_commit_callbacks, vi="Nhà máy chế biến sen", en="Lotus processing plant")
    _publish(django_capture_on_commit_callbacks, vi="Trang trại điện mặt trời", en="Solar farm")
    tomorrow = timezone.now() + timedelta(days=1)

    assert saved_search_alerts_queue(now=tomorrow) == {"due": 1, "sent": 1, "unavailable": 0}
    email = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.SAVED_SEARCH_ALERT)
    assert email.to == [investor.email] and email.language == "ja"

    messages = deliver()
    assert len(messages) == 1
    message = messages[0]
    assert str(message["Subject"]) == "投資ポータルの新着:「Lotus」"
    body = message.get_content()
    assert "Lotus processing plant" in body and "Solar farm" not in body
    assert "保存済みの検索「Lotus」に一致する" in body
    assert lotus.url_path.rstrip("/").rsplit("/", 1)[-1] in body or f"{lotus.slug_en}" in body
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = str(message["List-Unsubscribe"]).strip(" <>")
    assert unsubscribe in body

    # The same window never sends again; the next day without anything new sends nothing.
    assert saved_search_alerts_queue(now=tomorrow + timedelta(minutes=5))["due"] == 0
    assert saved_search_alerts_queue(now=tomorrow + timedelta(days=1)) == {"due": 1, "sent": 0, "unavailable": 0}
    assert OutgoingEmail.objects.filter(kind=OutgoingEmail.Kind.SAVED_SEARCH_ALERT).count() == 1


def test_an_updated_page_counts_and_a_weekly_search_waits_its_week(
    lotus_search, deliver, django_capture_on_commit_callbacks
):
    old = _publish(django_capture_on_commit_callbacks, vi="Vùng sen Tháp Mười", en="Lotus fields of Thap Muoi")
    lotus_search.alerted_until = timezone.now()  # the page above is older than the last alert
    lotus_search.frequency = SavedSearch.Frequency.WEEKLY
    lotus_search.save()
    with django_capture_on_commit_callbacks(execute=True):
        old.title_en = "Lotus fields of Thap Muoi, phase 2"
        old.save_revision().publish()

    assert saved_search_alerts_queue(now=timezone.now() + timedelta(days=1))["due"] == 0  # weekly
    assert saved_search_alerts_queue(now=timezone.now() + timedelta(days=7))["sent"] == 1
    assert "Lotus fields of Thap Muoi, phase 2" in deliver()[0].get_content()


def test_one_click_unsubscribe(lotus_search, deliver, django_capture_on_commit_callbacks):
    _publish(django_capture_on_commit_callbacks, vi="Sen xuất khẩu", en="Lotus for export")
    saved_search_alerts_queue(now=timezone.now() + timedelta(days=1))
    link = str(deliver()[0]["List-Unsubscribe"]).strip(" <>")
    path = urlparse(link).path
    assert path.startswith("/ja/account/alerts/unsubscribe/")

    mail_client = Client(enforce_csrf_checks=True)  # a mail provider: no session, no CSRF token
    page = mail_client.get(path)  # a GET (a link scanner) shows the button and changes nothing
    assert page.status_code == 200 and "アラートを停止" in page.content.decode()
    lotus_search.refresh_from_db()
    assert lotus_search.frequency == "daily"

    response = mail_client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 204
    lotus_search.refresh_from_db()
    assert lotus_search.frequency == "never"
    assert saved_search_alerts_queue(now=timezone.now() + timedelta(days=3))["due"] == 0

    forged = mail_client.post(
        path[:-3] + "xx/", "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert forged.status_code == 404


def test_the_scheduled_command_runs(lotus_search):
    out = StringIO()
    call_command("send_saved_search_alerts", stdout=out)
    assert "0 saved searches due" in out.getvalue()  # saved just now: not due for a day
