"""axe-core (from the npm registry) over one page of every type in every language:
no serious or critical accessibility violation."""

import json
import os
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
LANGUAGES = ["vi", "en", "ja", "ko", "zh-hans"]


def _axe_source() -> str:
    path = os.environ.get("AXE_PATH", "")
    if not path or not Path(path).exists():
        pytest.fail("AXE_PATH must point to axe.min.js (scripts/test.sh fetches it with scripts/axe.sh)")
    return Path(path).read_text()


def _one_page_per_type(base_url: str, language: str) -> dict[str, str]:
    url = f"{base_url}/api/v2/pages/?limit=100&fields=_,id,type,html_url&lang={language}"
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
        items = json.load(response)["items"]
    pages = {}
    for item in items:
        pages.setdefault(item["meta"]["type"], item["meta"]["html_url"])
    return pages


@pytest.fixture(scope="module")
def axe_source():
    return _axe_source()


@pytest.fixture
def a11y_page(browser):
    context = browser.new_context(bypass_csp=True)  # lets axe be injected into pages with a strict CSP
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_accessibility_violations(live_portal, a11y_page, axe_source, language):
    pages = _one_page_per_type(live_portal, language)
    assert len(pages) >= 6, pages
    pages["search"] = f"{live_portal}/{language}/search/?q=sen"
    problems = []
    for page_type, url in sorted(pages.items()):
        response = a11y_page.goto(url.replace("http://localhost", live_portal))
        assert response.status == 200, url
        a11y_page.evaluate(axe_source)
        result = a11y_page.evaluate(
            "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})"
        )
        for violation in result["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                targets = [node["target"] for node in violation["nodes"][:3]]
                problems.append(f"{page_type} {url}: {violation['id']} ({violation['impact']}) {targets}")
    assert problems == [], "\n".join(problems)
