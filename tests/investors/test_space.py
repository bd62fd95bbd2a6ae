"""The investor's space through HTTP: sign-in required, the shortlist (save and unsave from the pages' forms and
the API, notes, compare), the profile and what it pre-fills, saved searches from the search page and the
listings, and the inquiries of the account's verified address with their conversation."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.test import Client

from cms.i18n import page_url_in
from inquiries.services import inquiry_reply
from investors.models import SavedSearch, ShortlistItem
from tests.factories.inquiries import InquiryFactory
from tests.inquiries.conftest import make_agency, make_officer

from .conftest import VERIFIED

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/account/", "/ja/account/profile/", "/vi/account/shortlist/compare/"])
def test_an_anonymous_reader_is_sent_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    location = urlparse(response["Location"])
    language = path.split("/")[1]
    assert location.path == f"/{language}/account/login/"  # allauth's sign-in, in the reader's language
    assert parse_qs(location.query)["next"] == [path]


def test_the_api_answers_401_to_an_anonymous_caller(client):
    for path in ("/api/account/shortlist/", "/api/account/searches/", "/api/account/profile/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ja")
        assert response.status_code == 401
        assert response.json()["detail"]


def test_saving_from_a_detail_page_without_javascript_and_removing_it(catalogue, investor_client, investor):
    project = catalogue["projects"][0]
    url = page_url_in(project, "en")
    response = investor_client.post("/en/account/shortlist/", {"page": project.pk, "action": "save", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    assert list(ShortlistItem.objects.filter(user=investor).values_list("page_id", flat=True)) == [project.pk]
    investor_client.post("/en/account/shortlist/", {"page": project.pk, "action": "save"})  # twice: still one
    assert ShortlistItem.objects.filter(user=investor).count() == 1

    dashboard = investor_client.get("/en/account/")
    assert dashboard.status_code == 200 and project.title_en in dashboard.content.decode()
    assert "no-cache" in dashboard["Cache-Control"] or "max-age=0" in dashboard["Cache-Control"]

    investor_client.post("/en/account/shortlist/", {"page": project.pk, "action": "remove"})
    assert not ShortlistItem.objects.filter(user=investor).exists()


def test_the_listing_cards_and_search_results_carry_save_buttons(catalogue, client, django_capture_on_commit_callbacks):
    listing_page = catalogue["projects"][0].get_parent()
    html = client.get(page_url_in(listing_page, "en")).content.decode()
    for project in catalogue["projects"]:
        assert f'data-save-page="{project.pk}"' in html
    assert 'form="compare-form"' in html  # the listing's compare checkboxes live beside the save forms
    assert "Save this search" in html


def test_the_api_saves_notes_and_refuses_what_cannot_be_saved(catalogue, investor_client):
    zone = catalogue["zone"]
    created = investor_client.post("/api/account/shortlist/", {"page": zone.pk}, content_type="application/json")
    assert created.status_code == 201 and created.json()["type"] == "zone"
    again = investor_client.post("/api/account/shortlist/", {"page": zone.pk}, content_type="application/json")
    assert again.status_code == 200

    note = investor_client.patch(
        f"/api/account/shortlist/{zone.pk}/", {"note": "Ask about plot L2."}, content_type="application/json"
    )
    assert note.status_code == 200 and note.json()["note"] == "Ask about plot L2."
    assert investor_client.get("/api/account/shortlist/").json()["results"][0]["note"] == "Ask about plot L2."

    home = catalogue["projects"][0].get_parent().get_parent()
    refused = investor_client.post(
        "/api/account/shortlist/?lang=vi", {"page": home.pk}, content_type="application/json"
    )
    assert refused.status_code == 400
    assert refused.json()["errors"]["page"] == ["Chỉ có thể lưu dự án, cơ hội và khu công nghiệp đã công bố."]
    bad = investor_client.post("/api/account/shortlist/", b"[1", content_type="application/json")
    assert bad.status_code == 400
    too_long = investor_client.patch(
        f"/api/account/shortlist/{zone.pk}/", {"note": "x" * 2001}, content_type="application/json"
    )
    assert too_long.status_code == 400

    assert investor_client.delete(f"/api/account/shortlist/{zone.pk}/").status_code == 204
    assert investor_client.delete(f"/api/account/shortlist/{zone.pk}/").status_code == 404


def test_another_investor_never_sees_or_changes_my_shortlist(catalogue, investor_client, django_user_model):
    project = catalogue["projects"][0]
    investor_client.post("/api/account/shortlist/", {"page": project.pk}, content_type="application/json")
    other = Client()
    other.force_login(django_user_model.objects.create_user("other", "other@example.com", "pw"))
    assert other.get("/api/account/shortlist/").json() == {"results": []}
    assert other.get(f"/api/account/state/?page={project.pk}").json()["saved"] == []
    assert other.delete(f"/api/account/shortlist/{project.pk}/").status_code == 404
    assert ShortlistItem.objects.filter(page=project).count() == 1


def test_compare_from_the_shortlist(catalogue, investor_client):
    first, second = catalogue["projects"]
    zone, opportunity = catalogue["zone"], catalogue["opportunity"]
    for page in (first, second, zone, opportunity):
        investor_client.post("/api/account/shortlist/", {"page": page.pk}, content_type="application/json")
    note = {"note": "Visit in March"}
    investor_client.patch(f"/api/account/shortlist/{zone.pk}/", note, content_type="application/json")

    projects = investor_client.get(f"/en/account/shortlist/compare/?ids={first.pk}&ids={second.pk}")
    assert projects.status_code == 302  # projects: the catalogue's own comparison
    compared = investor_client.get(projects["Location"])
    assert compared.status_code == 200
    html = compared.content.decode()
    assert first.title_en in html and second.title_en in html and "compare-table" in html

    mixed = investor_client.get(f"/en/account/shortlist/compare/?ids={zone.pk},{opportunity.pk},{first.pk}")
    assert mixed.status_code == 200
    html = mixed.content.decode()
    assert "data-account-compare" in html
    assert all(page.title_en in html for page in (zone, opportunity, first))
    assert "Visit in March" in html  # the private note is a row

    nothing = investor_client.get("/en/account/shortlist/compare/?ids=999999")
    assert nothing.status_code == 302 and nothing["Location"] == "/en/account/"


def test_the_profile_prefills_the_inquiry_form(catalogue, investor_client):
    sector = catalogue["sector"]
    response = investor_client.post(
        "/en/account/profile/",
        {"language": "ja", "country": "JP", "organisation": "Lotus Foods KK", "sectors": [sector.code]},
    )
    assert response.status_code == 302

    form = investor_client.get("/en/inquiries/new/").content.decode()
    assert 'value="Lotus Foods KK"' in form
    assert 'value="Aiko Tanaka"' in form
    assert '<option value="JP" selected>' in form

    api = investor_client.get("/api/account/profile/").json()
    assert api["country"] == "JP" and api["sectors"] == [sector.code] and api["language"] == "ja"
    assert api["inquiry_defaults"]["organisation"] == "Lotus Foods KK"
    assert api["inquiry_defaults"]["sector"] == str(sector.pk)

    anonymous = Client().get("/en/inquiries/new/").content.decode()
    assert "Lotus Foods KK" not in anonymous


def test_a_bad_profile_is_refused_with_a_translated_message(investor_client):
    response = investor_client.put(
        "/api/account/profile/?lang=en", {"country": "XX", "sectors": ["NOPE"]}, content_type="application/json"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"country", "sectors"}
    html = investor_client.post("/vi/account/profile/", {"country": "XX"})
    assert html.status_code == 400
    ok = investor_client.put(
        "/api/account/profile/", {"country": "kr", "organisation": "Hanbit"}, content_type="application/json"
    )
    assert ok.status_code == 200 and ok.json()["country"] == "KR"


def test_saving_a_search_from_the_search_page_normalises_it(investor_client, investor):
    html = investor_client.get("/en/search/?q=mango&type=opportunity,project&sort=relevance").content.decode()
    assert "Save this search" in html
    response = investor_client.post(
        "/en/account/searches/", {"q": " mango ", "type": "project,opportunity", "sort": "relevance", "page": "3"}
    )
    assert response.status_code == 302
    saved = SavedSearch.objects.get(user=investor)
    assert saved.params == {"q": "mango", "type": "opportunity,project"}
    assert saved.query == "q=mango&type=opportunity%2Cproject" and saved.language == "en"
    assert saved.frequency == "weekly"
    investor_client.post("/en/account/searches/", {"type": "opportunity,project", "q": "mango"})
    assert SavedSearch.objects.filter(user=investor).count() == 1  # the same search, once

    bad = investor_client.post("/en/account/searches/", {"capital_min": "lots"}, follow=True)
    assert "Enter a number." in bad.content.decode()
    assert SavedSearch.objects.filter(user=investor).count() == 1


def test_saving_a_listing_filter_as_a_search(catalogue, investor_client, investor):
    response = investor_client.post(
        "/en/account/searches/",
        {"source": "listing", "kind": "project", "sector": "C10", "status": "calling", "capital_min": "1000000",
         "sort": "capital_desc", "view": "map", "page": "2"},
    )  # fmt: skip
    assert response.status_code == 302
    saved = SavedSearch.objects.get(user=investor)
    assert saved.source == "listing"
    assert saved.params == {
        "capital_min": "1e+06",
        "sector": "C10",
        "sort": "capital_desc",
        "status": "calling",
        "type": "project",
    }


def test_the_saved_searches_api(investor_client):
    created = investor_client.post(
        "/api/account/searches/",
        {"params": {"q": "solar", "lang": "ko"}, "frequency": "daily", "name": "Solar"},
        content_type="application/json",
    )
    assert created.status_code == 201
    body = created.json()
    assert body["language"] == "ko" and body["frequency"] == "daily" and body["params"] == {"q": "solar"}
    changed = investor_client.patch(
        f"/api/account/searches/{body['id']}/", {"frequency": "never"}, content_type="application/json"
    )
    assert changed.status_code == 200 and changed.json()["frequency"] == "never"
    refused = investor_client.patch(
        f"/api/account/searches/{body['id']}/", {"frequency": "hourly"}, content_type="application/json"
    )
    assert refused.status_code == 400
    assert investor_client.get("/api/account/searches/").json()["results"][0]["name"] == "Solar"
    assert (
        investor_client.post(
            "/api/account/searches/", {"params": {"sort": "sideways"}}, content_type="application/json"
        ).status_code
        == 400
    )
    assert investor_client.delete(f"/api/account/searches/{body['id']}/").status_code == 204


def test_every_inquiry_of_the_verified_address_with_its_conversation(investor, investor_client):
    agency = make_agency("itpc", name="Trung tâm Xúc tiến", kind="promotion")
    officer = make_officer(agency, "officer")
    before_sign_up = InquiryFactory(email="Buyer@LotusFoods.example.jp").inquiry
    later = InquiryFactory(email=investor.email).inquiry
    InquiryFactory(email="someone.else@example.com")
    inquiry_reply(inquiry=before_sign_up, text="Thank you: the lotus cluster has three plots left.", actor=officer)

    unverified = investor_client.get("/en/account/").content.decode()
    assert before_sign_up.reference not in unverified  # not verified yet: nothing shown
    assert investor_client.get(f"/en/account/inquiries/{later.reference}/").status_code == 404

    VERIFIED.add(investor.email)
    html = investor_client.get("/en/account/").content.decode()
    assert before_sign_up.reference in html and later.reference in html
    assert html.count("data-reference=") == 2

    detail = investor_client.get(f"/en/account/inquiries/{before_sign_up.reference}/")
    assert detail.status_code == 200
    text = detail.content.decode()
    assert "the lotus cluster has three plots left" in text
    assert 'class="inquiry-timeline"' in text and 'data-kind="reply"' in text
    assert before_sign_up.get_status_display() in text
