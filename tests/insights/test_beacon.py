"""The page-view beacon through HTTP: what counts, what is refused (400, never 500), robots, the rate
limit, and the cached page that carries it (the same for every reader, nothing personal)."""

import json
import re
from unittest import mock

import pytest
from django.test import Client, override_settings

from insights.models import DemandCount
from insights.services import demand_event_record

pytestmark = pytest.mark.django_db
URL = "/api/insights/views/"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def post(client, body, *, content_type="application/json", agent=BROWSER):
    data = json.dumps(body) if not isinstance(body, (str, bytes)) else body
    return client.post(URL, data, content_type=content_type, HTTP_USER_AGENT=agent, HTTP_ACCEPT_LANGUAGE="en")


def counted(**filters) -> int:
    return sum(DemandCount.objects.filter(**filters).values_list("count", flat=True))


def test_a_view_counts_with_the_country_and_the_pages_sector(client, world):
    project = world["project_a"]
    assert post(client, {"page": project.pk, "country": "jp"}).status_code == 204
    assert post(client, {"page": project.pk}).status_code == 204
    # sendBeacon posts text/plain: the same JSON body counts.
    assert post(client, json.dumps({"page": project.pk, "country": "JP"}), content_type="text/plain").status_code == 204
    rows = DemandCount.objects.filter(page_id=project.pk, kind="view")
    assert {(row.country, row.sector_id, row.count) for row in rows} == {
        ("JP", world["mango"].pk, 2),
        ("", world["mango"].pk, 1),
    }
    assert not client.cookies  # no cookie set, none needed


@pytest.mark.parametrize(
    "body, field",
    [
        ("not json", "__all__"),
        ("[1, 2]", "__all__"),
        ({}, "page"),
        ({"page": "abc"}, "page"),
        ({"page": -4}, "page"),
        ({"page": 10**12}, "page"),
        ({"page": 999999}, "page"),
        ({"page": "PAGE", "country": "Japan"}, "country"),
        ({"page": "PAGE", "country": "XX"}, "country"),
        ({"page": "PAGE", "country": ["JP"]}, "country"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_counts(client, world, body, field):
    if isinstance(body, dict):
        body = {key: world["project_a"].pk if value == "PAGE" else value for key, value in body.items()}
    response = post(client, body)
    assert response.status_code == 400, response.content
    assert response.json()["errors"][field][0]
    assert not DemandCount.objects.exists()


def test_a_page_that_is_not_a_project_opportunity_or_zone_is_refused(client, world):
    listing = world["project_a"].get_parent()
    response = post(client, {"page": listing.pk})
    assert response.status_code == 400
    assert "project" in response.json()["errors"]["page"][0]
    world["project_b"].unpublish()
    assert post(client, {"page": world["project_b"].pk}).status_code == 400


def test_other_methods_large_bodies_and_form_posts(client, world):
    assert client.get(URL).status_code == 405
    assert post(client, {"page": world["project_a"].pk, "pad": "x" * 2000}).status_code == 413
    form = client.post(URL, {"page": world["project_a"].pk, "country": "KR"}, HTTP_USER_AGENT=BROWSER)
    assert form.status_code == 204
    assert counted(country="KR") == 1


def test_robots_are_answered_but_not_counted(client, world):
    for agent in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "python-requests bingbot/2.0"):
        assert post(client, {"page": world["project_a"].pk}, agent=agent).status_code == 204
    assert not DemandCount.objects.exists()


@override_settings(PORTAL_INSIGHTS_BEACON_PER_MINUTE=3)
def test_the_rate_limit_answers_429_per_network_and_minute(world):
    body = {"page": world["project_a"].pk}
    here, there = Client(REMOTE_ADDR="203.0.113.7"), Client(REMOTE_ADDR="198.51.100.9")
    with mock.patch("insights.views.time.time", return_value=1_800_000_010.0):
        assert [post(here, body).status_code for _ in range(4)] == [204, 204, 204, 429]
        refused = post(here, body)
        assert refused.status_code == 429 and refused["Retry-After"] == "50"
        assert post(there, body).status_code == 204  # another network has its own allowance
    with mock.patch("insights.views.time.time", return_value=1_800_000_070.0):
        assert post(here, body).status_code == 204  # the next minute
    assert counted() == 5


def test_the_service_records_saves_and_refuses_unknown_kinds(world):
    demand_event_record(kind="save", page_id=world["project_a"].pk, country="JP", sector_id=world["mango"].pk)
    demand_event_record(kind="save", page_id=world["project_a"].pk, country="JP", sector_id=world["mango"].pk)
    demand_event_record(kind="save", page_id=world["project_a"].pk, country="ZZ")  # unknown country: not known
    assert counted(kind="save", country="JP") == 2 and counted(kind="save", country="") == 1
    with pytest.raises(ValueError):
        demand_event_record(kind="download", page_id=1, country="")


def test_catalogue_pages_carry_the_deferred_beacon_and_nothing_personal(world):
    project = world["project_a"]
    url = project.get_url()
    first, second = Client().get(url), Client(HTTP_ACCEPT_LANGUAGE="ja").get(url)
    assert first.status_code == second.status_code == 200
    tags = [re.findall(r"<script[^>]*demand-beacon[^>]*>", response.content.decode()) for response in (first, second)]
    assert tags[0] == tags[1] and len(tags[0]) == 1  # the same tag for every reader: cacheable as before
    assert f'data-page="{project.pk}"' in tags[0][0] and " defer" in tags[0][0]
    assert set(re.findall(r'([a-z-]+)="', tags[0][0])) == {"src", "data-page", "data-endpoint"}  # nothing else
    assert "Set-Cookie" not in first and "csrftoken" not in first.content.decode()
    listing = Client().get(project.get_parent().get_url()).content.decode()
    assert "demand-beacon.js" not in listing  # only pages that count
