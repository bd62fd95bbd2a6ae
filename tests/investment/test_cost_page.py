"""The cost of doing business: figures edited in the admin with their source and verification date, shown
on a public page in the reader's language (đồng and dollars through ``cms.money``), in the API, and lent
to reply templates."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from cms import money
from investment.models import CostItem, CostOfDoingBusinessPage
from tests.factories.cms import home_page
from tests.factories.investment import CostPageFactory, cost_item

pytestmark = pytest.mark.django_db
LANGUAGES = ("vi", "en", "ja", "ko", "zh-hans")


def texts(**values):
    return {code: values.get(code.replace("-", "_"), values["en"]) for code in LANGUAGES}


@pytest.fixture
def costs():
    return CostPageFactory(
        title=texts(vi="Chi phí kinh doanh", en="Cost of doing business", ja="事業コスト"),
        slug={"vi": "chi-phi-kinh-doanh", **dict.fromkeys(["en", "ja", "ko", "zh-hans"], "cost-of-doing-business")},
        is_sample_content=True,
        items=[
            cost_item(
                "wage_worker", "wages", 6500000, amount_max=Decimal(8000000), currency="VND", unit="month",
                label=texts(vi="Công nhân", en="Factory worker", ja="工場作業員"),
                source=texts(vi="Khảo sát doanh nghiệp", en="Employer survey", ja="企業調査"),
                verified_on=date(2026, 1, 15), sort_order=0,
            ),
            cost_item(
                "electricity_production", "utilities", 1811, currency="VND", unit="kwh",
                label=texts(vi="Điện sản xuất", en="Electricity for production", ja="生産用電力"),
                source=texts(vi="Biểu giá EVN", en="EVN tariff", ja="EVN料金表"),
                verified_on=date(2025, 12, 1), sort_order=1, source_url="https://evn.example/tariff",
            ),
            cost_item(
                "land_lease_zone", "rents", 55, amount_max=Decimal(95), currency="USD", unit="m2_term",
                label=texts(en="Land in an industrial zone", ja="工業団地の土地"),
                source=texts(en="Industrial Zones Board", ja="工業団地管理委員会"),
                verified_on=date(2026, 1, 2), sort_order=2,
            ),
            cost_item(
                "tax_cit", "taxes", 20, currency="percent", unit="",
                label=texts(en="Corporate income tax", ja="法人所得税"), source=texts(en="CIT law", ja="法人所得税法"),
                verified_on=date(2026, 1, 2), sort_order=3,
            ),
        ],
    )  # fmt: skip


def test_the_public_page_shows_each_figure_with_its_source_and_date(client, costs):
    html = client.get("/ja/cost-of-doing-business/").content.decode()
    assert "月額 6,500,000ドン（約250米ドル）〜8,000,000ドン（約308米ドル）" in html
    assert "1kWh当たり 1,811ドン（約0.07米ドル）" in html  # cents for a tariff
    assert "1m²当たり（賃貸期間全体） 55米ドル（約1,430,000ドン）〜95米ドル（約2,470,000ドン）" in html
    assert (
        "20 %" in html
        and "企業調査" in html
        and '<a href="https://evn.example/tariff" rel="noopener">EVN料金表</a>' in html
    )
    assert '<time datetime="2026-01-15">2026年1月15日</time>' in html  # the date each figure was verified
    assert "notice-sample" in html  # illustrative demo figures say so
    assert html.index("工場作業員") < html.index("生産用電力") < html.index("工業団地の土地") < html.index("法人所得税")
    vietnamese = client.get("/vi/chi-phi-kinh-doanh/").content.decode()
    assert "từ 6.500.000 đồng (khoảng 250 USD) đến 8.000.000 đồng (khoảng 308 USD), mỗi tháng" in vietnamese


def test_the_figures_are_in_the_api(client, costs):
    response = client.get(f"/api/v2/pages/{costs.pk}/", {"lang": "ja"})
    items = {item["key"]: item for item in response.json()["items"]}
    assert items["wage_worker"]["label"] == "工場作業員" and items["wage_worker"]["verified_on"] == "2026-01-15"
    assert items["wage_worker"]["amount"] == "6500000.00" and items["wage_worker"]["source"] == "企業調査"
    assert items["tax_cit"]["text"] == "20 %"


def test_replies_quote_a_figure_with_its_source_and_date(costs):
    with translation.override("en"):
        facts = CostOfDoingBusinessPage.reply_site_facts(language="en")
    assert facts["cost.wage_worker"] == (
        "6,500,000 VND (≈ USD 250) to 8,000,000 VND (≈ USD 308) per month "
        "(source: Employer survey, verified Jan. 15, 2026) [illustrative figure]"
    )
    assert facts["costs.wages"].startswith("• Factory worker: 6,500,000 VND")
    assert facts["cost_page_url"] == "http://testserver/en/cost-of-doing-business/"
    assert "costs.logistics" not in facts  # no figure in that category: no value, so it is reported, not sent empty
    names = [placeholder.name for placeholder in CostOfDoingBusinessPage.reply_site_placeholders()]
    assert {"cost.wage_worker", "cost.tax_cit", "costs.taxes", "cost_page_url"} <= set(names)


def test_each_key_is_unique_and_well_formed(admin_user, costs):
    form_class = CostOfDoingBusinessPage.get_edit_handler().get_form_class()
    base = {
        "title_vi": "Chi phí", "slug_vi": "chi-phi-kinh-doanh",
        "items-TOTAL_FORMS": "2", "items-INITIAL_FORMS": "0", "items-MIN_NUM_FORMS": "0", "items-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0", "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }  # fmt: skip
    for index in range(2):
        base.update(
            {
                f"items-{index}-key": "wage_worker",
                f"items-{index}-category": "wages",
                f"items-{index}-label_vi": "Công nhân",
                f"items-{index}-amount": "100",
                f"items-{index}-currency": "VND",
                f"items-{index}-unit": "month",
                f"items-{index}-source_vi": "Khảo sát",
                f"items-{index}-verified_on": "2026-01-15",
                f"items-{index}-ORDER": str(index),
            }
        )
    form = form_class(base, instance=costs, parent_page=home_page(), for_user=admin_user)
    assert not form.is_valid()
    assert "key" in form.formsets["items"].forms[1].errors
    item = CostItem(key="Wage-Worker", category="wages", amount=Decimal(10), amount_max=Decimal(5), source="x",
                    label="x", verified_on=date(2026, 1, 1))  # fmt: skip
    with pytest.raises(ValidationError) as refusal:
        item.clean()
    assert set(refusal.value.message_dict) == {"key"}
    item.key = "wage_worker"
    with pytest.raises(ValidationError) as refusal:
        item.clean()
    assert set(refusal.value.message_dict) == {"amount_max"}


def test_small_amounts_convert_to_cents():
    assert money.vnd_to_usd(Decimal(1811), decimals=2) == Decimal("0.07")
    assert money.vnd_to_usd(Decimal(1811)) == Decimal("0")
    assert money.usd_equivalent_decimals(Decimal("0.07")) == 2 and money.usd_equivalent_decimals(Decimal(250)) == 0
