"""The investor's journey of issue 17 ("Done when"), in Chromium against a live server, with the real services:
PostgreSQL (the test database, shared with the worker and command subprocesses), Elasticsearch (indices of this
test's own, behind the fallback wrapper as in production), and a real SMTP server on loopback (``tests/smtp.py``)
that receives allauth's verification code and, through the outbox and the real task worker, the alert.

1. Before sign-up, address X sends an inquiry through the public API.
2. Signed out, the reader presses "Save" on a project page: the sign-in screen comes, then sign-up with X; the
   code from the e-mail received on the SMTP sink verifies X; the reader is back on the project page, saved.
3. Profile (language, country, organisation, sectors), a second project saved from a listing card, a search saved
   from the search page.
4. An editor publishes a new matching project (Wagtail's revision publish API: ``save_revision().publish()``, the
   admin's publish path without the admin's screens). A week passes (the saved search's window and the earlier
   pages' publication times are moved back a week: the test cannot wait for the weekly period). The alert
   command runs as ``PORTAL_SCHEDULE`` runs it (``manage.py send_saved_search_alerts`` in its own process), and
   the task worker (``manage.py db_worker``) delivers the queued alert to the SMTP sink.
5. The inquiry form is pre-filled from the profile; the new inquiry and the older one are in the account.
6. The data download holds the shortlist, the saved search and both inquiries; the account is deleted: signing in
   fails, the inquiries are kept, anonymised.

Every wait is bounded (Playwright's timeouts, ``wait_for``, subprocess timeouts)."""

import json
import os
import re
import subprocess
import sys
import uuid
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import F
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Page

from cms.i18n import page_url_in
from inquiries.models import Inquiry, OutgoingEmail
from investment.models import ProjectPage
from investors.models import SavedSearch, ShortlistItem
from search import services as search_services
from tests.factories.investment import ProjectPageFactory, SectorFactory
from tests.inquiries.conftest import ROOT, Worker, database_url, inquiry_payload, make_agency
from tests.search.conftest import delete_indices, es_url, make_project, search_backends
from tests.smtp import SMTPServer, smtp_settings, wait_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.smtp,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restore_database_after_module"),  # the live server, worker and command commit
    pytest.mark.skipif(not es_url(), reason="needs the real Elasticsearch (ELASTICSEARCH_URL)"),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the worker and the command share the test database (PostgreSQL)",
    ),
]

X = "aiko.tanaka@lotusfoods.example.jp"
PASSWORD = "Lotus-Sa-Dec-2026!"
CODE = re.compile(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]{3,})*)\s*$", re.MULTILINE)
TIMEOUT_MS = 20_000


def lotus(title: str) -> dict:
    return {code: f"{title} ({code})" for code in ("vi", "en", "ja", "ko", "zh_Hans")}


@pytest.fixture
def world(settings, tmp_path):
    """The catalogue, the agency, Elasticsearch indices of this test's own and the SMTP sink; the real check of
    verified addresses (allauth's), not the investors' tests' stand-in."""
    settings.PORTAL_INVESTOR_EMAIL_CHECK = "investors.selectors.allauth_email_verified"
    prefix = f"test-journey-{uuid.uuid4().hex[:8]}"
    settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL=es_url(), PORTAL_SEARCH_INDEX_PREFIX=prefix)
    agency = make_agency("agency-a", name="Agency A", kind="promotion")
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency.slug
    sector = SectorFactory(code="C10")
    projects = [
        ProjectPageFactory(title=lotus("Lotus seed processing plant"), sectors=[sector], agency=agency),
        ProjectPageFactory(title=lotus("Lotus tea cold chain"), sectors=[sector], agency=agency),
    ]
    search_services.index_rebuild()
    smtp = SMTPServer().start()
    with smtp_settings(smtp.port):
        yield {"projects": projects, "sector": sector, "agency": agency, "prefix": prefix, "smtp": smtp}
    smtp.stop()
    delete_indices(prefix)


def subprocess_env(world, live_server) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(),
        "PORTAL_TASKS_BACKEND": "database",
        "ELASTICSEARCH_URL": es_url(),
        "PORTAL_SEARCH_INDEX_PREFIX": world["prefix"],
        "PORTAL_BASE_URL": live_server.url,
        "PORTAL_INVESTOR_EMAIL_CHECK": "investors.selectors.allauth_email_verified",
    }


def messages_to(smtp, address):
    return [message for message in smtp.handler.messages if str(message["To"]).strip().lower() == address.lower()]


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_the_investor_journey(world, live_server, page, tmp_path):
    page.set_default_timeout(TIMEOUT_MS)
    smtp, first, second = world["smtp"], *world["projects"]
    base = live_server.url

    # 1. An inquiry from X before there is any account, through the public API.
    older = Client().post(
        "/api/inquiries/",
        data=inquiry_payload(email=X, name="Aiko Tanaka", message="Is there land for a lotus processing plant?"),
        content_type="application/json",
        REMOTE_ADDR="203.0.113.7",
    )
    assert older.status_code == 201, older.content[:500]
    older_reference = older.json()["reference"]

    # 2. Signed out, "Save" on a project page leads to sign-in; sign-up with X, verified by the mailed code.
    first_url = page_url_in(first, "en")
    page.goto(base + first_url)
    page.locator(f"form[data-save-page='{first.pk}'] button").click()
    expect(page).to_have_url(re.compile(r"/en/account/login/\?next="))
    expect(page.get_by_text("Sign in or create an account: the page will then be saved")).to_be_visible()
    page.locator("a[href^='/en/account/signup/?next=']").first.click()
    page.locator("input[name=email]").fill(X)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("input[name=consent]").check()
    page.locator("form:has(input[name=password1]) [type=submit]:not([form])").click()
    expect(page).to_have_url(re.compile(r"/en/account/confirm-email/$"))
    verification = wait_for(lambda: messages_to(smtp, X), timeout=15, message="the verification e-mail")[-1]
    code = CODE.search(text_of(verification)).group(1)
    page.locator("input[name=code]").fill(code)
    page.locator("form:has(input[name=code]) [type=submit]:not([form])").click()
    expect(page).to_have_url(base + first_url)
    expect(page.locator("[data-flash-messages]")).to_contain_text("the page you chose is saved to your shortlist")
    user = get_user_model().objects.get(email=X)

    # 3. The profile; a second project saved from a listing card; a search saved from the search page.
    page.goto(base + "/en/account/profile/")
    page.locator("select[name=language]").select_option("en")
    page.locator("select[name=country]").select_option("JP")
    page.locator("input[name=organisation]").fill("Lotus Foods KK")
    page.locator("select[name=sectors]").select_option(value="C10")
    page.locator("form.profile-form [type=submit]:not([form])").click()
    expect(page.get_by_text("Your profile has been saved.")).to_be_visible()

    page.goto(base + page_url_in(second.get_parent(), "en"))
    card_button = page.locator(f"form[data-save-page='{second.pk}'] button")
    card_button.click()
    expect(card_button).to_have_attribute("aria-pressed", "true")
    saved_ids = set(ShortlistItem.objects.filter(user=user).values_list("page_id", flat=True))
    assert saved_ids == {first.pk, second.pk}

    search = page.request.get(base + "/api/search/?q=lotus&lang=en")
    assert search.ok and search.json()["backend"] == "elasticsearch"  # Elasticsearch answers, not the fallback
    page.goto(base + "/en/search/?q=lotus")
    page.get_by_role("button", name="Save this search and get alerts").click()
    expect(page.get_by_text("Search saved. You will get an e-mail when new pages match it.")).to_be_visible()
    saved_search = SavedSearch.objects.get(user=user)
    assert saved_search.params.get("q") == "lotus"

    # 4. A week passes; an editor publishes a new matching project; the scheduled command and the worker run.
    week = timedelta(days=7, minutes=5)
    SavedSearch.objects.filter(pk=saved_search.pk).update(alerted_until=F("alerted_until") - week)
    Page.objects.filter(last_published_at__isnull=False).update(last_published_at=F("last_published_at") - week)
    editor = get_user_model().objects.create_superuser("editor", "editor@agency.example", "password")
    new = make_project(title=lotus("Lotus fibre weaving cluster"), agency=world["agency"], live=False, publish=False)
    new.save_revision(user=editor).publish(user=editor)
    new = ProjectPage.objects.get(pk=new.pk)
    assert new.live and new.last_published_at > timezone.now() - timedelta(minutes=5)

    env = subprocess_env(world, live_server)
    command = subprocess.run(
        [sys.executable, "manage.py", "send_saved_search_alerts"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert command.returncode == 0, command.stderr[-3000:]
    assert "1 saved searches due, 1 alerts queued, 0 left" in command.stdout, command.stdout
    worker = Worker(smtp.url, tmp_path / "worker.log").start()
    try:
        alerts = wait_for(
            lambda: [m for m in messages_to(smtp, X) if m["List-Unsubscribe"]], timeout=60, message="the alert"
        )
    finally:
        worker.stop()
    alert = alerts[0]
    assert len(alerts) == 1
    assert str(alert["Subject"]).startswith("New on the investment portal for")  # the investor's language: en
    body = text_of(alert)
    new_url = base + page_url_in(new, "en")
    assert new.title_en in body and new_url in body
    assert first.title_en not in body and second.title_en not in body  # published before the window
    unsubscribe = re.fullmatch(r"<(.+)>", re.sub(r"\s+", "", str(alert["List-Unsubscribe"]))).group(1)  # unfolded
    assert unsubscribe.startswith(base + "/en/account/alerts/unsubscribe/")
    assert str(alert["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"
    assert OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.SAVED_SEARCH_ALERT).status == OutgoingEmail.Status.SENT

    # 5. The inquiry form pre-filled from the profile; the new inquiry beside the older one in the account.
    page.goto(f"{base}/en/inquiries/new/?page={new.pk}")
    form = page.locator("form:has(textarea[name=message])")
    expect(form.locator("input[name=email]")).to_have_value(X)
    expect(form.locator("input[name=organisation]")).to_have_value("Lotus Foods KK")
    expect(form.locator("select[name=country]")).to_have_value("JP")
    form.locator("input[name=name]").fill("Aiko Tanaka")
    form.locator("textarea[name=message]").fill("We would like to visit the weaving cluster next month.")
    form.locator("input[name=consent]").check()
    form.locator("[type=submit]:not([form])").click()
    expect(page.locator("[data-status]")).to_be_visible()
    newer = Inquiry.objects.exclude(reference=older_reference).get()
    assert newer.email == X and newer.organisation == "Lotus Foods KK" and newer.country == "JP"

    page.goto(base + "/en/account/")
    for reference in (older_reference, newer.reference):
        expect(page.locator("body")).to_contain_text(reference)

    # 6. The data download, then the account deleted.
    download = page.request.get(base + "/en/account/data/download/")
    assert download.ok
    data = json.dumps(download.json())
    for expected in (f'"page": {first.pk}', f'"page": {second.pk}', '"q": "lotus"', older_reference, newer.reference):
        assert expected in data, expected

    page.goto(base + "/en/account/delete/")
    if "/reauthenticate/" in page.url:  # the sign-in is older than ACCOUNT_REAUTHENTICATION_TIMEOUT: the password
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("form:has(input[name=password]) [type=submit]:not([form])").click()
    page.locator("input[name=confirm]").check()
    page.locator("form:has(input[name=confirm]) [type=submit]:not([form])").click()
    expect(page).to_have_url(base + "/en/")
    assert not get_user_model().objects.filter(email__iexact=X).exists()

    page.goto(base + "/en/account/login/")
    page.locator("input[name=login]").fill(X)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form:has(input[name=password]) [type=submit]:not([form])").click()
    expect(page).to_have_url(re.compile(r"/en/account/login/"))
    page.goto(base + "/en/account/")
    expect(page).to_have_url(re.compile(r"/en/account/login/\?next="))  # not signed in

    kept = Inquiry.objects.filter(reference__in=[older_reference, newer.reference])
    assert kept.count() == 2
    assert not kept.filter(email__iexact=X).exists() and not kept.filter(name="Aiko Tanaka").exists()
