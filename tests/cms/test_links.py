"""Every absolute link comes from one configured base URL (``PORTAL_BASE_URL``): the API's ``detail_url`` and
``html_url``, fact sheets, e-mails. Not the Site record's hostname (``localhost:80``), not the request's Host."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.test import override_settings

from cms.links import absolute_reverse, absolute_url, page_absolute_url
from inquiries.emails import admin_url
from inquiries.models import RoutingRule
from inquiries.services import inquiry_create
from tests.factories.investment import ProjectPageFactory
from tests.inquiries.conftest import make_agency

pytestmark = pytest.mark.django_db
BASE = "https://invest.example.gov.vn"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(settings):
    # What the settings module derives from the one environment variable (see the test below).
    settings.PORTAL_BASE_URL = settings.WAGTAILAPI_BASE_URL = settings.WAGTAILADMIN_BASE_URL = BASE
    return ProjectPageFactory(title={"vi": "Nhà máy xoài", "en": "Mango plant"}, slug={"vi": "xoai", "en": "mango"})


def test_the_helpers(project):
    assert absolute_url("/en/inquiries/new/") == f"{BASE}/en/inquiries/new/"
    assert absolute_url("https://elsewhere.example/x") == "https://elsewhere.example/x"
    assert absolute_reverse("inquiries:new", language="ja") == f"{BASE}/ja/inquiries/new/"
    assert page_absolute_url(project, "en") == f"{BASE}/en/projects/mango/"
    assert project.full_url.startswith(BASE + "/")


def test_the_api_links_use_the_base_url_whatever_the_host(client, project):
    response = client.get(
        "/api/v2/pages/", {"type": "investment.ProjectPage", "fields": "_,detail_url,html_url", "lang": "en"},
        HTTP_HOST="internal-app-1:8000",
    )  # fmt: skip
    meta = response.json()["items"][0]["meta"]
    assert meta["html_url"] == f"{BASE}/en/projects/mango/"
    assert meta["detail_url"] == f"{BASE}/api/v2/pages/{project.pk}/"


def test_the_fact_sheet_prints_the_base_url(client, project):
    html = client.get("/en/projects/mango/fact-sheet/", HTTP_HOST="internal-app-1:8000").content.decode()
    assert f"{BASE}/en/projects/mango/" in html and "internal-app-1" not in html and "localhost" not in html


def test_one_variable_sets_every_base_url():
    """PORTAL_BASE_URL feeds the portal's own links, Wagtail's admin links and the API's detail_url."""
    code = (
        "from django.conf import settings as s; "
        "print(s.PORTAL_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    )
    for module in ("portal.settings.dev", "portal.settings.test"):
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": module, "PORTAL_BASE_URL": BASE + "/"}
        shown = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        assert shown[-3:] == [BASE, BASE, BASE], module


def test_the_hreflang_alternates_and_the_sitemap_ignore_the_host_header(client, project):
    html = client.get("/en/projects/mango/", HTTP_HOST="internal-app-1:8000").content.decode()
    assert f'hreflang="en" href="{BASE}/en/projects/mango/"' in html and "internal-app-1" not in html
    sitemap = client.get("/sitemap-en.xml", HTTP_HOST="internal-app-1:8000").content.decode()
    assert f"<loc>{BASE}/en/projects/mango/</loc>" in sitemap and "internal-app-1" not in sitemap


def test_emails_link_to_the_base_url(settings, django_capture_on_commit_callbacks):
    agency_a = make_agency("agency-a", name="Agency A")
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    settings.PORTAL_BASE_URL = BASE
    RoutingRule.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):  # the worker writes and sends both e-mails
        created = inquiry_create(kind="general", name="A", email="a@example.jp", message="Hello", language="ja")
    links = {
        "sender" if message.to == ["a@example.jp"] else "agency": re.findall(r"https?://\S+", message.body)
        for message in mail.outbox
    }
    assert links["sender"] == [f"{BASE}/ja/inquiries/status/{created.token}/"]
    assert links["agency"] == [admin_url(created.inquiry)] == [f"{BASE}/admin/inquiries/{created.inquiry.pk}/"]


def test_make_run_sets_the_base_url_from_the_port():
    """`make run` (scripts/run.sh) exports PORTAL_BASE_URL from PORT unless it is set already."""
    script = (ROOT / "scripts/run.sh").read_text()
    line = next(line for line in script.splitlines() if line.startswith("export PORTAL_BASE_URL="))
    env = {"PATH": os.environ["PATH"]}
    shown = subprocess.run(
        ["bash", "-c", f"port=8123; {line}; echo $PORTAL_BASE_URL"], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert shown == "http://127.0.0.1:8123"
    kept = subprocess.run(
        ["bash", "-c", f"port=8123; {line}; echo $PORTAL_BASE_URL"],
        env={**env, "PORTAL_BASE_URL": "https://invest.example"}, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert kept == "https://invest.example"


@override_settings(PORTAL_BASE_URL="http://127.0.0.1:9000/")
def test_a_trailing_slash_is_harmless():
    assert absolute_url("/healthz") == "http://127.0.0.1:9000/healthz"
