"""Reference data is editable in the admin, and former place names stay findable there."""

import pytest

from investment.models import Place

pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db, pytest.mark.smoke]


@pytest.mark.parametrize("model", ["agency", "sector", "place", "incentive"])
def test_reference_data_lists_in_the_admin(admin_client, model):
    assert admin_client.get(f"/admin/snippets/investment/{model}/").status_code == 200


def test_former_names_are_searchable_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/investment/place/", {"q": "Huyện Cái Bè"})
    assert response.status_code == 200
    body = response.content.decode()
    assert Place.objects.get(code="DT.cai_be").name_vi in body


def test_place_edit_form_has_validity_and_successor(admin_client):
    place = Place.objects.get(code="TG-OLD")
    response = admin_client.get(f"/admin/snippets/investment/place/edit/{place.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert {"valid_from", "valid_until", "successor", "former_names"} <= set(form.fields)
