"""Listing pages: database filters (sector and place with their children, status, capital in USD, kind),
sorting, pagination, the map view, and bad filter values answering 400 with a translated message."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings

from cms.i18n import page_url_in
from investment.models import OpportunityPage, Place, ProjectPage, Sector, ZonePage

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db, pytest.mark.smoke]


def shown_ids(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-page-id="(\d+)"', response.content.decode())]


@pytest.mark.parametrize("language", ["vi", "en", "ja", "ko", "zh-hans"])
def test_listings_answer_in_every_language(client, project_index, opportunity_index, zone_index, language):

    for index, model in ((project_index, ProjectPage), (opportunity_index, OpportunityPage), (zone_index, ZonePage)):
        response = client.get(page_url_in(index, language) + "?page_size=50")
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.content.decode()
        assert len(shown_ids(response)) == model.objects.live().count()


def test_sector_filter_includes_sub_sectors(client):
    section = Sector.objects.get(code="A")
    expected = set(
        ProjectPage.objects.live().filter(sectors__in=section.with_descendants()).values_list("pk", flat=True)
    )
    assert expected and len(expected) > ProjectPage.objects.filter(sectors__code="01").distinct().count() - 1
    response = client.get("/en/projects/?sector=A&page_size=60")
    assert set(shown_ids(response)) == expected
    assert set(shown_ids(client.get("/en/projects/?sector=03&page_size=60"))) == set(
        ProjectPage.objects.filter(sectors__code="03").values_list("pk", flat=True)
    )


def test_place_filter_includes_units_below_and_former_units_find_their_successors(client):
    province = Place.objects.get(code="DT")
    assert len(shown_ids(client.get(f"/en/projects/?place={province.pk}&page_size=60"))) == (
        ProjectPage.objects.live().count()
    )
    former_district = Place.objects.get(code="dt.thap_muoi")
    assert not former_district.is_current and former_district.successor.code == "DT.thap_muoi"
    expected = set(ProjectPage.objects.filter(place=former_district.successor).values_list("pk", flat=True))
    assert expected
    assert set(shown_ids(client.get(f"/en/projects/?place={former_district.pk}&page_size=60"))) == expected
    old_tien_giang = Place.objects.get(code="TG-OLD")
    assert len(shown_ids(client.get(f"/en/projects/?place={old_tien_giang.pk}&page_size=60"))) == (
        ProjectPage.objects.live().count()
    )


def test_status_capital_and_form_filters(client):
    ids = shown_ids(client.get("/en/projects/?status=negotiation&page_size=60"))
    assert ids and all(ProjectPage.objects.get(pk=pk).status == "negotiation" for pk in ids)
    ids = shown_ids(client.get("/en/projects/?capital_min=40000000&capital_max=60000000&page_size=60"))
    assert ids
    for pk in ids:
        usd = ProjectPage.objects.get(pk=pk).capital_vnd * Decimal(str(settings.PORTAL_USD_PER_VND))
        assert Decimal("39999999") <= usd <= Decimal("60000001")
    ids = shown_ids(client.get("/en/projects/?option=ppp&page_size=60"))
    assert ids and all("ppp" in ProjectPage.objects.get(pk=pk).investment_forms for pk in ids)
    assert len(ids) == sum("ppp" in page.investment_forms for page in ProjectPage.objects.live())
    ids = shown_ids(client.get("/en/agri-opportunities/?option=lotus"))
    assert ids and {OpportunityPage.objects.get(pk=pk).commodity for pk in ids} == {"lotus"}


def test_sorting_by_capital_and_verification(client):
    ids = shown_ids(client.get("/en/projects/?sort=capital_asc&page_size=60"))
    capitals = [ProjectPage.objects.get(pk=pk).capital_vnd for pk in ids]
    assert capitals == sorted(capitals)
    ids = shown_ids(client.get("/en/projects/?sort=capital_desc&page_size=60"))
    assert [ProjectPage.objects.get(pk=pk).capital_vnd for pk in ids] == sorted(capitals, reverse=True)
    ids = shown_ids(client.get("/en/projects/?sort=verified&page_size=60"))
    dates = [ProjectPage.objects.get(pk=pk).last_verified for pk in ids]
    assert dates == sorted(dates, reverse=True)


def test_pagination_keeps_the_filters(client):
    first = client.get("/en/projects/?sector=A&page_size=4")
    second = client.get("/en/projects/?sector=A&page_size=4&page=2")
    assert len(shown_ids(first)) == 4 and not set(shown_ids(first)) & set(shown_ids(second))
    assert "sector=A&amp;page_size=4&amp;page=2" in first.content.decode()


@pytest.mark.parametrize(
    "query, message",
    [
        ("sector=ZZZ", "Select a valid choice"),
        ("place=abc", "Select a valid choice"),
        ("status=bogus", "Select a valid choice"),
        ("capital_min=lots", "Enter a number"),
        ("capital_min=5000&capital_max=10", "must not be below"),
        ("page=0", "greater than or equal to 1"),
        ("page_size=100000", "less than or equal to 60"),
        ("sort=random", "Select a valid choice"),
    ],
)
def test_bad_filter_values_answer_400_with_a_message(client, query, message):
    response = client.get(f"/en/projects/?{query}")
    assert response.status_code == 400
    body = response.content.decode()
    assert "data-filter-errors" in body and message in body
    assert shown_ids(response) == []


def test_bad_filter_message_is_translated(client):
    response = client.get("/vi/du-an-dau-tu/?capital_min=nhieu")
    assert response.status_code == 400
    assert "Nhập một số" in response.content.decode() or "data-filter-errors" in response.content.decode()


def test_page_beyond_the_end_shows_the_last_page(client):
    response = client.get("/en/projects/?page=999&page_size=10")
    assert response.status_code == 200 and shown_ids(response)


def test_map_view_passes_markers_as_json_and_uses_the_tile_setting(client):
    response = client.get("/en/projects/?view=map&page_size=8")
    body = response.content.decode()
    assert 'id="catalogue-map"' in body and 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in body
    data = re.search(r'<script id="catalogue-map-points" type="application/json">(.*?)</script>', body, re.S)
    points = json.loads(data.group(1))
    # The whole filtered set, not the 8 listed on this page (clustered in the browser).
    assert len(points) == ProjectPage.objects.live().count() > 8
    assert all({"lat", "lon", "title", "url"} <= set(point) for point in points)
    assert "/static/vendor/leaflet/leaflet.js" in body and "/static/js/catalogue-map.js" in body
    assert "/static/vendor/leaflet.markercluster/leaflet.markercluster.js" in body
    # CSP allows only script files: every <script> either has a src or is inert JSON data.
    for tag in re.findall(r"<script[^>]*>", body):
        assert "src=" in tag or 'type="application/json"' in tag
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_list_view_stays_usable_without_map(client):
    body = client.get("/en/projects/").content.decode()
    assert "catalogue-map" not in body.split("<main", 1)[1] and "leaflet.js" not in body
    assert "view=map" in body


@pytest.mark.smoke
def test_vendored_leaflet_has_its_licence():

    vendor = Path(settings.BASE_DIR) / "static" / "vendor" / "leaflet"
    assert (vendor / "leaflet.js").stat().st_size > 100_000
    assert "Volodymyr Agafonkin" in (vendor / "LICENSE").read_text()
    assert (vendor / "leaflet.css").exists()
