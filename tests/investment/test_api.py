"""The headless API: catalogue pages with translated fields, filterable by type, sector, place and status."""

import pytest
from django.test import override_settings

from investment.models import OpportunityPage, Place, ProjectPage, Sector, ZonePage

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db, pytest.mark.smoke]


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_project_fields_come_back_translated(client):
    project = ProjectPage.objects.live().first()
    body = client.get(f"/api/v2/pages/{project.pk}/?lang=zh-hans").json()
    assert body["title"] == project.title_zh_hans
    assert body["summary"] == project.summary_zh_hans
    assert body["place"]["name"] == project.place.name_zh_hans
    assert {sector["name"] for sector in body["sectors"]} == {sector.name_zh_hans for sector in project.sectors.all()}
    assert body["agency"]["slug"] == project.agency.slug
    assert body["capital_vnd"] and body["capital_usd"]
    assert body["brochures"][0]["url"]
    assert body["nearest_port"] == project.nearest_port_zh_hans
    korean = client.get(f"/api/v2/pages/{project.pk}/", HTTP_ACCEPT_LANGUAGE="ko").json()
    assert korean["title"] == project.title_ko


def test_filter_by_type_and_sector_with_sub_sectors(client):
    section = Sector.objects.get(code="A")
    expected = set(
        ProjectPage.objects.live().filter(sectors__in=section.with_descendants()).values_list("pk", flat=True)
    )
    assert ids(client.get("/api/v2/pages/?type=investment.ProjectPage&sector=A&limit=100")) == expected
    everything = ids(client.get("/api/v2/pages/?sector=A&limit=100"))
    opportunities = set(
        OpportunityPage.objects.live().filter(sectors__in=section.with_descendants()).values_list("pk", flat=True)
    )
    assert expected | opportunities == everything


def test_filter_by_place_with_units_below(client):
    province = Place.objects.get(code="DT")
    assert len(ids(client.get(f"/api/v2/pages/?type=investment.ZonePage&place={province.pk}"))) == (
        ZonePage.objects.live().count()
    )
    commune = Place.objects.get(code="DT.sa_dec")
    expected = set(ProjectPage.objects.filter(place=commune).values_list("pk", flat=True))
    assert ids(client.get(f"/api/v2/pages/?type=investment.ProjectPage&place={commune.pk}&limit=100")) == expected


def test_filter_by_status(client):
    expected = set(ProjectPage.objects.live().filter(status="negotiation").values_list("pk", flat=True))
    assert ids(client.get("/api/v2/pages/?type=investment.ProjectPage&status=negotiation")) == expected
    both = ids(client.get("/api/v2/pages/?status=calling&limit=100"))
    assert both == set(ProjectPage.objects.live().filter(status="calling").values_list("pk", flat=True)) | set(
        OpportunityPage.objects.live().filter(status="calling").values_list("pk", flat=True)
    )


@pytest.mark.parametrize(
    "query, message",
    [
        ("sector=ZZ", "sector: unknown VSIC code"),
        ("place=abc", "is not a place id"),
        ("place=99999999", "there is no place with id"),
        ("status=maybe", "status: unknown value"),
        ("type=investment.ZonePage&status=calling", "industrial zones have no status"),
        ("type=investment.Nope", "type doesn't exist"),
    ],
)
def test_bad_filter_values_answer_400(client, query, message):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_listing_fields_are_selectable(client):
    response = client.get("/api/v2/pages/?type=investment.OpportunityPage&fields=commodity,harvest_months&lang=ja")
    item = response.json()["items"][0]
    assert "commodity" in item and isinstance(item["harvest_months"], list)


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.org"])
def test_cors_allows_configured_origins_only(client):
    allowed = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"
    refused = client.get("/api/v2/pages/", HTTP_ORIGIN="https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in refused
    site = client.get("/en/projects/", HTTP_ORIGIN="https://app.example.org")
    assert "Access-Control-Allow-Origin" not in site
