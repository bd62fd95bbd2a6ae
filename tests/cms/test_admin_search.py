"""The admin's search boxes and choosers take any text (issue 12, item 12).

On SQLite a double quote reached FTS5's query syntax (500 in the page, image and document choosers, the
image and document listings and the admin pages API); on PostgreSQL a NUL character did. Run on both
databases (``make test`` repeats the smoke tests on SQLite)."""

import pytest

from tests.factories.cms import DocumentFactory, ImageFactory
from tests.factories.investment import ProjectPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]

SEARCHES = [
    "/admin/choose-page/search/?q={q}",
    "/admin/pages/search/?q={q}",
    "/admin/images/chooser/results/?q={q}",
    "/admin/documents/chooser/results/?q={q}",
    "/admin/images/?q={q}",
    "/admin/documents/?q={q}",
    "/admin/api/main/pages/?search={q}",
]
QUERIES = ["%22", "%7B%22%24gt%22%3A%22%22%7D", "a%22b", "%22lotus%20seed%22", "%00", "a%00b", "%22a%3Ab%22"]


@pytest.fixture
def content():
    ProjectPageFactory(title="Lotus seed processing", brochure=True, gallery=1)
    ImageFactory(title='Lotus "seed" field')
    DocumentFactory(title="Lotus brochure")


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("search", SEARCHES)
def test_admin_searches_answer_any_text(admin_client, content, search, query):
    response = admin_client.get(search.format(q=query))
    assert response.status_code == 200, response.content[:300]


def test_a_quoted_phrase_still_finds_the_page(admin_client, content):
    response = admin_client.get('/admin/api/main/pages/?search="lotus seed"')
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert "Lotus seed processing" in titles


@pytest.mark.parametrize("offset", ["99999999999999999999", "9223372036854775807", str(10**40)])
def test_the_admin_pages_api_takes_any_offset(admin_client, content, offset):
    response = admin_client.get(f"/admin/api/main/pages/?offset={offset}")
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_an_unknown_search_operator_is_a_400(admin_client, content):
    response = admin_client.get("/admin/api/main/pages/?search=lotus&search_operator=xor")
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]
