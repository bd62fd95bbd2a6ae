"""``investors.personal_data``: what the accounts app's registry will call to download and to delete an
account's data; and the space's part of the OpenAPI document."""

import pytest

from investors import personal_data
from investors.models import InvestorProfile, SavedSearch, ShortlistItem

pytestmark = pytest.mark.django_db


def test_export_then_erase(catalogue, investor, investor_client, django_user_model):
    project = catalogue["projects"][0]
    investor_client.put(
        "/api/account/profile/",
        {"language": "ko", "country": "KR", "organisation": "Hanbit Solar", "sectors": [catalogue["sector"].code]},
        content_type="application/json",
    )
    investor_client.post(
        "/api/account/shortlist/", {"page": project.pk, "note": "Call the centre"}, content_type="application/json"
    )
    investor_client.post("/api/account/searches/", {"params": {"q": "solar"}}, content_type="application/json")
    bystander = django_user_model.objects.create_user("bystander", "b@example.com", "pw")
    ShortlistItem.objects.create(user=bystander, page=project)

    data = personal_data.export(investor)
    assert data["profile"]["organisation"] == "Hanbit Solar" and data["profile"]["country"] == "KR"
    assert data["profile"]["sectors"] == [{"code": "C10", "name": catalogue["sector"].name}]
    assert data["shortlist"] == [
        {
            "page": project.pk,
            "title": project.title,
            "note": "Call the centre",
            "saved_at": data["shortlist"][0]["saved_at"],
        }
    ]
    assert data["saved_searches"][0]["params"] == {"q": "solar"}

    personal_data.erase(investor)
    assert not InvestorProfile.objects.filter(user=investor).exists()
    assert not ShortlistItem.objects.filter(user=investor).exists()
    assert not SavedSearch.objects.filter(user=investor).exists()
    assert ShortlistItem.objects.filter(user=bystander).count() == 1  # nobody else's data goes
    assert personal_data.export(investor) == {"profile": None, "shortlist": [], "saved_searches": []}


def test_the_space_is_documented_in_the_schema(client, investor_client):
    spec = client.get("/api/schema/").json()
    documented = {path for path in spec["paths"] if path.startswith("/api/account/")}
    assert documented == {
        "/api/account/state/",
        "/api/account/shortlist/",
        "/api/account/shortlist/{page}/",
        "/api/account/searches/",
        "/api/account/searches/{id}/",
        "/api/account/profile/",
    }
    for path, methods in spec["paths"].items():
        if not path.startswith("/api/account/"):
            continue
        real = path.replace("{page}", "999999").replace("{id}", "999999")
        for method in methods:
            response = getattr(investor_client, method)(real, {}, content_type="application/json")
            assert response.status_code != 405, (method, path)
            assert str(response.status_code) in methods[method]["responses"], (method, path, response.status_code)
    assert client.get("/api/docs/").status_code == 200
