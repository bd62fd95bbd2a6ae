"""Detail pages, the comparison and the printable fact sheet."""

import re
from datetime import date

import pytest

from cms.formatting import format_vnd
from cms.i18n import page_url_in
from investment.models import OpportunityPage, ProjectPage, ZonePage

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db, pytest.mark.smoke]


def test_project_detail_shows_every_fact_and_the_call_to_action(client):
    project = ProjectPage.objects.live().filter(planning_approved=True).first()
    body = client.get(page_url_in(project, "en")).content.decode()
    for text in (
        project.title_en,
        format_vnd(project.capital_vnd, language="en"),  # "VND 1.3 trillion": the one formatter's words
        "USD",
        "Readiness",
        project.nearest_port_en,
        project.nearest_airport_en,
        project.nearest_city_en,
        project.agency.name_en,
        "Data last verified",
        'href="#inquiry"',
        '<section id="inquiry">',
        "fact-sheet/",
        "Brochures",
        "Related in the same sector or area",
    ):
        assert text in body, text
    assert 'type="image/webp"' in body and "srcset=" in body
    brochure = project.brochures.first().document
    assert client.get(brochure.url).status_code == 200


def test_stale_data_is_flagged(client, settings):
    project = ProjectPage.objects.live().first()
    project.last_verified = date(2020, 1, 1)
    project.save_revision().publish()
    body = client.get(page_url_in(project, "en")).content.decode()
    assert 'data-stale="true"' in body and "Not verified for more than 12 months" in body
    settings.PORTAL_STALE_AFTER_MONTHS = 120
    assert 'data-stale="false"' in client.get(page_url_in(project, "en")).content.decode()


def test_opportunity_shows_the_harvest_calendar(client):
    opportunity = OpportunityPage.objects.live().get(commodity="mango", partners_sought=["buyer"])
    body = client.get(page_url_in(opportunity, "en")).content.decode()
    harvest = [int(month) for month in re.findall(r'class="harvest" data-month="(\d+)"', body)]
    assert harvest == sorted(opportunity.harvest_months)
    assert "Harvest calendar" in body and '<section id="inquiry">' in body


def test_zone_shows_plots_infrastructure_and_incentives(client):
    zone = ZonePage.objects.live().first()
    body = client.get(page_url_in(zone, "ja")).content.decode()
    assert zone.title_ja in body and zone.power_supply_ja in body
    assert all(plot.label in body for plot in zone.plots.all())
    assert '<section id="inquiry">' in body


def test_fact_sheet_is_printable_in_the_readers_language(client):
    project = ProjectPage.objects.live().first()
    response = client.get(page_url_in(project, "ko") + "fact-sheet/")
    body = response.content.decode()
    assert response.status_code == 200
    assert project.title_ko in body and 'lang="ko"' in body and "fact-sheet" in body
    assert 'media="print"' in body


def test_compare_up_to_three_projects(client, project_index):
    projects = list(ProjectPage.objects.live()[:3])
    ids = ",".join(str(project.pk) for project in projects)
    response = client.get(page_url_in(project_index, "en") + f"compare/?ids={ids}")
    assert response.status_code == 200
    body = response.content.decode()
    assert all(project.title_en in body for project in projects)
    # Ticking checkboxes in the list sends ids=1&ids=2.
    query = "&".join(f"ids={project.pk}" for project in projects[:2])
    assert client.get(page_url_in(project_index, "en") + f"compare/?{query}").status_code == 200


def test_compare_four_shows_the_first_three_with_a_message(client, project_index):
    projects = list(ProjectPage.objects.live().order_by("pk")[:4])
    query = "&".join(f"ids={project.pk}" for project in projects)  # four ticked checkboxes
    response = client.get(page_url_in(project_index, "en") + f"compare/?{query}")
    assert response.status_code == 200
    body = response.content.decode()
    assert "data-compare-notice" in body and "data-compare-error" not in body
    assert "the first 3 are shown" in body
    table = body[body.index('<table class="compare-table">') :]
    assert all(project.title_en in table for project in projects[:3])
    assert projects[3].title_en not in table


@pytest.mark.parametrize("ids", ["", "abc", "1,,x", "999999"])
def test_compare_refuses_bad_requests_with_a_message(client, project_index, ids):
    response = client.get(page_url_in(project_index, "en") + f"compare/?ids={ids}")
    assert response.status_code == 400
    assert "data-compare-error" in response.content.decode()


def test_compare_does_not_show_unpublished_projects(client, project_index):
    project = ProjectPage.objects.live().first()
    project.unpublish()
    response = client.get(page_url_in(project_index, "en") + f"compare/?ids={project.pk}")
    assert response.status_code == 400
