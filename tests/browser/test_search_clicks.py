"""The search page notes the result an investor opens: a beacon with the search's signed token, the
page and its position, sent once, which the portal accepts (204). What the portal stores from it is
checked in tests/search/test_query_log.py."""

from urllib.parse import parse_qs

import pytest

pytestmark = pytest.mark.browser


def test_opening_a_result_sends_one_beacon(page, live_portal):
    page.goto(f"{live_portal}/en/search/?q=mango")
    results = page.locator("ol.search-list")
    token = results.get_attribute("data-search-click")
    assert token
    second = page.locator('li.search-hit[data-rank="2"]')
    page_id = second.get_attribute("data-page")
    second.locator("a").evaluate("link => link.addEventListener('click', event => event.preventDefault())")
    with page.expect_request("**/api/search/click/") as beacon:
        second.locator("a").click()
    request = beacon.value
    assert request.method == "POST"
    assert parse_qs(request.post_data) == {"click": [token], "page": [page_id], "rank": ["2"]}
    assert request.response().status == 204
    assert results.get_attribute("data-search-click") is None  # the first result opened is the one noted
    assert page.console_errors == []
