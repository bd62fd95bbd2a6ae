"""One Chromium journey on a live server: a signed-in investor saves two projects from the (cached) listing,
finds them in the shortlist and compares them. The buttons' saved state and the header link come from the
deferred script and the state endpoint, not from the cached page."""

import re
import urllib.request

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from playwright.sync_api import expect

from cms.i18n import page_url_in
from cms.page_cache import forget_generation_memo
from investors.models import ShortlistItem

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restore_database_after_module"),  # the live server's requests commit
]


@pytest.fixture
def cached_pages(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    caches["pages"].clear()
    forget_generation_memo()


def test_save_two_projects_see_them_in_the_shortlist_and_compare(catalogue, investor, live_server, page, cached_pages):
    first, second = catalogue["projects"]
    listing_path = page_url_in(first.get_parent(), "en")

    signed_in = Client()
    signed_in.force_login(investor)
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": signed_in.cookies[settings.SESSION_COOKIE_NAME].value,
          "url": live_server.url}]
    )  # fmt: skip
    # An anonymous reader puts the listing in the cache (the very first render creates the site settings, which
    # invalidates the copy it made: a fresh site's quirk, so the warm-up reads until it is served a hit).
    states = []
    for _attempt in range(3):
        with urllib.request.urlopen(live_server.url + listing_path) as anonymous:
            states.append(anonymous.headers["X-Page-Cache"])
        if states[-1] == "hit":
            break
    assert states[-1] == "hit", states

    response = page.goto(live_server.url + listing_path)
    assert response.headers["x-page-cache"] == "hit"  # the investor is served the shared copy
    expect(page.locator("html[data-signed-in]")).to_have_count(1)
    expect(page.locator("[data-account-link]")).to_have_text("My account")
    for project in (first, second):
        button = page.locator(f"form[data-save-page='{project.pk}'] button")
        expect(button).to_have_attribute("aria-pressed", "false")
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        expect(button).to_have_text("Saved")
    assert set(ShortlistItem.objects.filter(user=investor).values_list("page_id", flat=True)) == {first.pk, second.pk}

    page.reload()  # the cached copy again; the saved state comes back from the state endpoint
    expect(page.locator(f"form[data-save-page='{first.pk}'] button")).to_have_attribute("aria-pressed", "true")

    page.goto(live_server.url + "/en/account/")
    shortlist = page.locator("[data-shortlist]")
    expect(shortlist).to_contain_text(first.title_en)
    expect(shortlist).to_contain_text(second.title_en)
    for project in (first, second):
        page.locator(f".shortlist-item[data-page='{project.pk}'] input[name=ids]").check()
    page.get_by_role("button", name=re.compile("Compare the ticked pages")).click()
    expect(page.locator("table.compare-table")).to_contain_text(first.title_en)
    expect(page.locator("table.compare-table")).to_contain_text(second.title_en)
    assert "/compare/" in page.url
    assert page.console_errors == []
