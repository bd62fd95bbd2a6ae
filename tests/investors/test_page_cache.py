"""The page cache stays effective with investors signed in (``cms/staff_marker.py``): an anonymous reader and
a signed-in investor get the same cached bytes, which carry nothing personal; the investor's state comes from
the uncached ``/api/account/state/``; officers and editors bypass the cache and their pages never enter it."""

import re

import pytest
from django.core.cache import caches
from django.test import Client

from cms.i18n import page_url_in
from cms.page_cache import forget_generation_memo
from cms.staff_marker import STAFF_COOKIE

pytestmark = pytest.mark.django_db

TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}"')


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    settings.PORTAL_PAGE_CACHE_GENERATION_MEMO_SECONDS = 0
    caches["pages"].clear()
    forget_generation_memo()


def _without_tokens(content: bytes) -> bytes:
    """The page with each reader's own CSRF token blanked (put back into the cached copy per reader)."""
    return TOKEN.sub(b'name="csrfmiddlewaretoken" value=""', content)


def test_an_anonymous_reader_and_an_investor_get_the_same_cached_bytes(catalogue, investor, investor_client):
    project = catalogue["projects"][0]
    url = page_url_in(project, "en")
    anonymous = Client()
    assert anonymous.get(url)["X-Page-Cache"] == "miss"
    cached = anonymous.get(url)
    assert cached["X-Page-Cache"] == "hit"

    signed_in = investor_client.get(url)
    assert signed_in.status_code == 200
    assert signed_in["X-Page-Cache"] == "hit"  # a session no longer bypasses the cache
    assert _without_tokens(signed_in.content) == _without_tokens(cached.content)
    html = signed_in.content.decode()
    assert investor.email not in html and "Tanaka" not in html  # nothing personal in the shared copy
    assert f'data-save-page="{project.pk}"' in html and 'aria-pressed="false"' in html
    assert "js/account.js" in html and "data-account-link" in html


def test_the_state_endpoint_reports_the_saved_flag_and_is_never_cached(catalogue, investor_client):
    first, second = catalogue["projects"]
    response = investor_client.post("/api/account/shortlist/", {"page": first.pk}, content_type="application/json")
    assert response.status_code == 201

    state = investor_client.get(f"/api/account/state/?page={first.pk},{second.pk}")
    assert state.status_code == 200
    assert "no-store" in state["Cache-Control"] and "private" in state["Cache-Control"]
    body = state.json()
    assert body["authenticated"] is True
    assert body["saved"] == [first.pk]
    assert body["account_url"] == "/vi/account/" or body["account_url"].endswith("/account/")
    assert body["inquiry_defaults"]["name"] == "Aiko Tanaka"

    repeated = investor_client.get(f"/api/account/state/?page={first.pk}&page={second.pk}")
    assert repeated.json()["saved"] == [first.pk]
    assert Client().get(f"/api/account/state/?page={first.pk}").json() == {
        "authenticated": False,
        "saved": [],
        "inquiry_defaults": {},
    }


def test_a_page_rendered_for_an_investor_is_not_stored(catalogue, investor_client):
    """An investor's miss is served but not kept: only anonymous renders enter the cache."""
    url = page_url_in(catalogue["zone"], "en")
    assert "X-Page-Cache" not in investor_client.get(url)
    assert Client().get(url)["X-Page-Cache"] == "miss"


def test_editors_bypass_the_cache_and_their_pages_never_enter_it(catalogue, admin_client):
    url = page_url_in(catalogue["projects"][1], "en")
    first = admin_client.get(url)  # signed in before the marker: served, not stored, marked
    assert first.status_code == 200 and "X-Page-Cache" not in first
    assert first.cookies[STAFF_COOKIE].value == "1"
    assert "wagtail-userbar" in first.content.decode()
    anonymous = Client().get(url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert "wagtail-userbar" not in anonymous.content.decode()
    second = admin_client.get(url)  # with the marker: around the cache
    assert "X-Page-Cache" not in second and "wagtail-userbar" in second.content.decode()


def test_the_marker_goes_when_the_editor_signs_out(catalogue, admin_client, settings):
    admin_client.get("/en/")
    assert STAFF_COOKIE in admin_client.cookies
    del admin_client.cookies[settings.SESSION_COOKIE_NAME]  # the session ended; the marker is still there
    response = admin_client.get("/en/")
    assert response.cookies[STAFF_COOKIE].value == ""  # taken away
