"""One conversion between đồng and dollars (``cms.money``): the page, the API, the listing filter and the
search document agree on a project's capital in USD, at the rate the settings give."""

import re
from decimal import Decimal

import pytest
from django.test import override_settings

from cms import money
from investment.models import ProjectPage
from search.documents import page_documents

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue")]


def shown_ids(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-page-id="(\d+)"', response.content.decode())]


def test_conversions_round_to_whole_units_half_to_even():
    with override_settings(PORTAL_USD_PER_VND=0.5):
        assert money.vnd_to_usd(Decimal("5")) == Decimal("2")  # 2.5 → 2
        assert money.vnd_to_usd(Decimal("7")) == Decimal("4")  # 3.5 → 4
        assert money.usd_to_vnd(Decimal("3")) == Decimal("6")
        assert money.vnd_to_usd(None) is None and money.usd_to_vnd(None) is None
        # Filter bounds keep every amount shown within them: 5 and 7 đồng show as 2 and 4 dollars.
        assert money.usd_bound_to_vnd(Decimal("2"), upper=False) == Decimal("3")
        assert money.usd_bound_to_vnd(Decimal("4"), upper=True) == Decimal("9")
    with override_settings(PORTAL_USD_PER_VND=1 / 26_000):
        assert money.vnd_to_usd(Decimal("1200000000000")) == Decimal("46153846")
        assert money.in_vnd_billions(Decimal("1200000000000")) == (Decimal("1200"), 0)
        assert money.in_vnd_billions(Decimal("5500000000")) == (Decimal("5.5"), 1)
        assert money.rounded(money.in_usd_millions(Decimal("46153846"))[0], 1) == Decimal("46.2")


@override_settings(PORTAL_USD_PER_VND=1 / 25_000)
def test_page_api_filter_and_search_document_agree_on_the_dollars(client):
    project = ProjectPage.objects.live().exclude(capital_vnd=None).order_by("pk").first()
    usd = (project.capital_vnd / Decimal(25_000)).quantize(Decimal("1"))
    assert project.capital_usd == usd
    assert Decimal(client.get(f"/api/v2/pages/{project.pk}/").json()["capital_usd"]) == usd
    documents = page_documents(project)
    assert {doc["capital_usd"] for doc in documents} == {float(usd)}
    # The listing's USD bounds meet the page's figure exactly: at it, the project is in; a dollar above, out.
    assert project.pk in shown_ids(client.get(f"/en/projects/?capital_min={usd}&capital_max={usd}&page_size=60"))
    assert project.pk not in shown_ids(client.get(f"/en/projects/?capital_min={usd + 1}&page_size=60"))
