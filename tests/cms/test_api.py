import pytest

from cms.models import InvestorGuidePage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]


def test_pages_api_answers_in_the_language_of_lang_parameter(client):
    guide = InvestorGuidePage.objects.live().first()
    response = client.get(f"/api/v2/pages/{guide.pk}/?lang=ja")
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == guide.title_ja
    assert body["summary"] == guide.summary_ja
    assert response["Content-Language"] == "ja"


def test_pages_api_uses_accept_language_without_lang(client):
    guide = InvestorGuidePage.objects.live().first()
    response = client.get(f"/api/v2/pages/{guide.pk}/", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9")
    assert response.json()["title"] == guide.title_ko


def test_pages_api_defaults_to_vietnamese(client):
    guide = InvestorGuidePage.objects.live().first()
    assert client.get(f"/api/v2/pages/{guide.pk}/").json()["title"] == guide.title_vi


def test_pages_api_listing_is_translated(client):
    response = client.get("/api/v2/pages/?type=cms.InvestorGuidePage&fields=summary&lang=zh-hans")
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 4
    titles = {guide.title_zh_hans for guide in InvestorGuidePage.objects.all()}
    assert {item["title"] for item in items} == titles


def test_unknown_language_is_a_clear_400(client):
    response = client.get("/api/v2/pages/?lang=klingon")
    assert response.status_code == 400
    assert "unknown language 'klingon'" in response.json()["message"]


def test_drafts_never_leak_through_the_api(client):
    guide = InvestorGuidePage.objects.live().first()
    guide.unpublish()
    assert client.get(f"/api/v2/pages/{guide.pk}/").status_code == 404
