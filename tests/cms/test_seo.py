import xml.etree.ElementTree as ET

import pytest

from cms.models import InvestorGuidePage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def test_sitemap_index_lists_one_sitemap_per_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]
    assert locations == [f"http://testserver/sitemap-{code}.xml" for code in ["vi", "en", "ja", "ko", "zh-hans"]]


def test_language_sitemap_lists_pages_with_alternates(client):
    response = client.get("/sitemap-ja.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall("sm:url", NS)
    assert len(urls) >= 13  # home, about, guide index + 4 guides, news index + 6 news
    guide = InvestorGuidePage.objects.live().first()
    entry = next(url for url in urls if url.find("sm:loc", NS).text.endswith(f"/{guide.slug_ja}/"))
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)}
    assert set(alternates) == {"vi", "en", "ja", "ko", "zh-hans", "x-default"}
    assert alternates["en"].endswith(f"/{guide.slug_en}/")


def test_unknown_sitemap_language_is_not_found(client):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
