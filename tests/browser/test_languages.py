"""Chromium reads the portal in five languages and switches language on a content page."""

import re

import pytest

pytestmark = pytest.mark.browser

HEADINGS_PATTERN = {
    "vi": re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE),
    "en": re.compile(r"[A-Za-z]{3,}"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7af]"),
    "zh-hans": re.compile(r"[\u4e00-\u9fff]"),
}


@pytest.mark.parametrize("language", ["vi", "en", "ja", "ko", "zh-hans"])
def test_home_page_in_each_language(live_portal, page, language):
    response = page.goto(f"{live_portal}/{language}/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    heading = page.locator("h1").first.inner_text()
    assert HEADINGS_PATTERN[language].search(heading), heading
    nav_label = page.locator(".main-nav").get_attribute("aria-label")
    assert nav_label  # translated landmark label
    assert page.console_errors == []


def test_language_switcher_lands_on_the_same_page(live_portal, page):
    page.goto(f"{live_portal}/en/")
    page.locator(".main-nav a").first.click()
    page.wait_for_load_state()
    english_path = page.url.removeprefix(live_portal)
    english_title = page.locator("h1").first.inner_text()
    page.locator('.language-switcher a[data-language="ja"]').click()
    page.wait_for_load_state()
    assert page.url.removeprefix(live_portal).startswith("/ja/")
    assert page.locator("html").get_attribute("lang") == "ja"
    japanese_title = page.locator("h1").first.inner_text()
    assert japanese_title != english_title
    assert HEADINGS_PATTERN["ja"].search(japanese_title)
    # and back: the same English page again
    page.locator('.language-switcher a[data-language="en"]').click()
    page.wait_for_load_state()
    assert page.url.removeprefix(live_portal) == english_path
    assert page.console_errors == []
