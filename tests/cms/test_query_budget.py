"""The home page and news listing make a fixed number of SQL queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import NewsIndexPage, NewsPage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]


def _queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["vi", "ja"])
def test_home_page_query_budget(client, language):
    assert _queries(client, f"/{language}/") <= 11  # measured: 11 (12 before the view restrictions were read once)


def test_news_listing_queries_do_not_grow_with_items(client):
    index = NewsIndexPage.objects.get()
    url = index.get_url()
    before = _queries(client, url)
    template = NewsPage.objects.live().first()
    for number in range(6):
        extra = NewsPage(title=f"Tin thêm {number}", slug=f"tin-them-{number}", image=template.image)
        extra.title_vi, extra.slug_vi = extra.title, extra.slug
        index.add_child(instance=extra)
    after = _queries(client, url)
    assert after == before
