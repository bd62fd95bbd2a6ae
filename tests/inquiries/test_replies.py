"""Business-case replies: the suggested reply carries the subject's facts, the costs, the incentives with their
legal basis and the officer's full contact in the investor's language; what has no value is reported and
never sent; the most specific template comes first; the officer sees a preview in their own language.
Built on a small world from the factories (one agency, one officer with a profile, one project, costs)."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cms.links import page_absolute_url
from inquiries.models import InquiryActionError, OfficerProfile, ReplyTemplate, RoutingRule
from inquiries.replies import known_placeholders, reply_compose, reply_suggest, reply_templates_for
from inquiries.services import inquiry_create, inquiry_reply
from investment import reply_facts as rf
from tests.factories.investment import (
    CostPageFactory,
    IncentiveFactory,
    ProjectPageFactory,
    SectorFactory,
    ZonePageFactory,
    cost_item,
)

from .conftest import make_officer

pytestmark = pytest.mark.django_db
LANGUAGES = ("vi", "en", "ja", "ko", "zh-hans")


def per_language(**texts):
    return {code: texts.get(code.replace("-", "_"), texts.get("en", "")) for code in LANGUAGES}


@pytest.fixture
def world(agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    RoutingRule.objects.all().delete()
    tourism = SectorFactory(code="I", name=per_language(vi="Du lịch", en="Tourism", ja="観光"))
    ecotourism = SectorFactory(code="55", parent=tourism, name=per_language(en="Eco-tourism", ja="エコツーリズム"))
    incentive = IncentiveFactory(
        title=per_language(vi="Miễn thuế TNDN 4 năm", en="Corporate income tax: 4 years exempt", ja="法人税4年間免除"),
        description=per_language(en="For encouraged sectors.", ja="奨励分野が対象です。"),
        legal_basis=per_language(vi="Luật Thuế TNDN", en="Law on Corporate Income Tax", ja="法人所得税法"),
    )
    project = ProjectPageFactory(
        agency=agency_a,
        title=per_language(
            vi="Khu du lịch sinh thái Tràm Chim", en="Tràm Chim eco-tourism resort", ja="チャムチム・エコリゾート"
        ),
        sectors=[ecotourism],
        incentives=[incentive],
        capital_vnd=Decimal("540000000000"),
        area_ha=Decimal("80"),
        land_clearance="done",
        planning_approved=True,
        land_price_vnd_m2=None,
        legal_basis=per_language(vi="Quyết định 1218/QĐ-UBND", en="Decision 1218/QĐ-UBND", ja="決定第1218/QĐ-UBND号"),
    )
    CostPageFactory(
        is_sample_content=True,
        items=[
            cost_item(
                "wage_worker", "wages", 6500000, amount_max=Decimal(8000000), currency="VND", unit="month",
                label=per_language(vi="Công nhân", en="Factory worker", ja="工場作業員"),
                source=per_language(vi="Khảo sát", en="Employer survey", ja="企業調査"),
                verified_on=date(2026, 1, 15),
            ),
            cost_item(
                "electricity_business", "utilities", 2887, currency="VND", unit="kwh",
                label=per_language(vi="Điện kinh doanh", en="Business electricity", ja="商業用電力"),
                source=per_language(vi="Biểu giá EVN", en="EVN tariff", ja="EVN料金表"),
                verified_on=date(2026, 1, 10),
            ),
        ],
    )  # fmt: skip
    officer = make_officer(agency_a, "minh-anh")
    officer.first_name, officer.email = "Trần Minh Anh", "minh-anh@agency-a.example"
    officer.save()
    profile = OfficerProfile(user=officer, phone="+84 277 3851 011")
    for code, name, title in [
        ("vi", "Trần Minh Anh", "Chuyên viên xúc tiến đầu tư"),
        ("en", "Trần Minh Anh", "Investment promotion officer"),
        ("ja", "チャン・ミン・アイン", "投資促進担当官"),
    ]:
        setattr(profile, build_localized_fieldname("display_name", code), name)
        setattr(profile, build_localized_fieldname("title", code), title)
    profile.save()
    agency_a.address_ja = "ドンタップ省ミートー区フンヴオン通り12番地"
    agency_a.address_vi = "Số 12 Hùng Vương, phường Mỹ Tho"
    agency_a.save()
    inquiry = inquiry_create(
        kind="investment", name="Tanaka Aiko", email="aiko@example.jp", organisation="Example Resorts KK",
        country="JP", language="ja", message="エコリゾートの投資条件を教えてください。", page=project,
    ).inquiry  # fmt: skip
    return {"project": project, "officer": officer, "inquiry": inquiry, "tourism": tourism, "agency": agency_a}


def template(title, *, kinds=(), page_kinds=(), sectors=(), agency=None, **bodies):
    made = ReplyTemplate(title=title, kinds=list(kinds), page_kinds=list(page_kinds), agency=agency)
    for code, body in bodies.items():
        setattr(made, build_localized_fieldname("body", code.replace("_", "-")), body)
    made.save()
    made.sectors.set(sectors)
    return made


BUSINESS_CASE = (
    "{name} 様\n\n「{page_title}」（{reference}）\n総投資額：{capital}\n面積：{area}\n土地：{land_status}\n"
    "[[土地賃料：{land_price}\n]]優遇措置：\n{incentives}\n人件費：{cost.wage_worker}\n"
    "電力：{cost.electricity_business}\nファクトシート：{fact_sheet_url}\n"
    "担当：{officer}（{officer_title}）直通 {officer_phone} {officer_email}\n{agency_address}"
)


def test_the_suggested_reply_makes_the_business_case_in_the_investors_language(world):
    business = template(
        "Tourism projects", page_kinds=["project"], sectors=[world["tourism"]], ja=BUSINESS_CASE, vi="{page_title}"
    )
    suggestion = reply_suggest(inquiry=world["inquiry"], officer=world["officer"], officer_language="vi")
    composed = suggestion.composed
    assert composed.template == business and composed.language == "ja" and composed.ready
    text = composed.text
    with translation.override("ja"):
        capital = rf.capital(Decimal("540000000000"))
        wages = rf.money_in_vnd(6500000)
    assert "Tanaka Aiko 様" in text and "「チャムチム・エコリゾート」" in text
    assert capital in text and "十億ドン" in capital and "百万米ドル" in capital  # facts, in Japanese
    assert (
        "法人税4年間免除：奨励分野が対象です。（法的根拠：法人所得税法）" in text
    )  # the incentive, with its legal basis
    assert wages in text and "（出典：企業調査、2026年1月15日確認）" in text  # a cost, with its source and date
    assert "［例示の数値］" in text  # the demo's figures say they are illustrative
    assert "担当：チャン・ミン・アイン（投資促進担当官）直通 +84 277 3851 011 minh-anh@agency-a.example" in text
    assert "ドンタップ省ミートー区フンヴオン通り12番地" in text
    fact_sheet = page_absolute_url(world["project"], "ja") + "fact-sheet/"
    assert fact_sheet.startswith("http://testserver/ja/") and f"ファクトシート：{fact_sheet}\n" in text
    assert composed.omitted and composed.omitted[0].name == "land_price"  # optional: left out, and said so
    assert "土地賃料" not in text and "{" not in text
    # The preview: the same template in the officer's language, with the facts in that language.
    assert suggestion.preview.language == "vi" and suggestion.preview.text == "Khu du lịch sinh thái Tràm Chim"


def test_a_placeholder_without_a_value_is_reported_and_never_sent(world):
    required = template("Land price", page_kinds=["project"], ja="{name} 様\n土地賃料：{land_price}\n{capital}")
    composed = reply_compose(template=required, inquiry=world["inquiry"], officer=world["officer"], language="ja")
    assert not composed.ready and [p.name for p in composed.missing] == ["land_price"]
    assert "{land_price}" in composed.text and str(composed.missing[0].label)
    with pytest.raises(InquiryActionError) as refusal:
        inquiry_reply(inquiry=world["inquiry"], text=composed.text, actor=world["officer"])
    assert "{land_price}" in str(refusal.value)
    assert not world["inquiry"].emails.filter(kind="reply").exists()
    # Once the project states its land rent, the same template is ready.
    project = world["project"]
    project.land_price_vnd_m2 = Decimal(25000)
    project.save_revision().publish()
    composed = reply_compose(template=required, inquiry=world["inquiry"], officer=world["officer"], language="ja")
    assert composed.ready and "1m²当たり年額 25,000ドン（約0.96米ドル）" in composed.text


def test_the_most_specific_template_comes_first_and_only_in_the_inquirys_language(world, agency_b):
    generic = template("Any inquiry", ja="{name}")
    projects = template("Projects", page_kinds=["project"], ja="{name}")
    tourism = template("Tourism projects", page_kinds=["project"], sectors=[world["tourism"]], ja="{name}")
    own = template("Agency A's own", agency=world["agency"], ja="{name}")
    template("Zones", page_kinds=["zone"], ja="{name}")  # another subject
    template("General form", page_kinds=["none"], ja="{name}")
    template("Partnership offers", kinds=["partnership"], ja="{name}")  # another inquiry kind
    template("Agency B's", agency=agency_b, ja="{name}")  # another agency
    template("No Japanese", page_kinds=["project"], en="{name}", ko="{name}")
    other = SectorFactory(code="J")
    template("IT projects", page_kinds=["project"], sectors=[other], ja="{name}")
    chosen = reply_templates_for(inquiry=world["inquiry"])
    assert chosen == [own, tourism, projects, generic]


def test_the_workspace_shows_the_suggestion_the_missing_values_and_the_preview(client, world):
    template("Tourism projects", page_kinds=["project"], ja="{name} 様 {capital}\n{land_price}", vi="Kính gửi {name}")
    client.force_login(world["officer"])
    page = client.get(f"/admin/inquiries/{world['inquiry'].pk}/").content.decode()
    with translation.override("ja"):
        capital = rf.capital(Decimal("540000000000"))
    assert f"Tanaka Aiko 様 {capital}\n{{land_price}}</textarea>" in page  # the suggestion, ready to edit
    assert 'data-ready="false"' in page and 'data-placeholder="land_price"' in page  # reported before sending
    # The preview, in the officer's Vietnamese, quotes the sender's name as written, marked with its language.
    assert 'class="inquiry-reply-preview"' in page
    assert f'Kính gửi <span lang="{world["inquiry"].language}" data-original>Tanaka Aiko</span>' in page
    response = client.post(f"/admin/inquiries/{world['inquiry'].pk}/reply/", {"text": f"様 {capital}\n{{land_price}}"})
    assert response.status_code == 302
    assert not world["inquiry"].emails.filter(kind="reply").exists()


def test_the_template_form_refuses_placeholders_no_reply_can_fill(admin_client, world):
    assert "cost.wage_worker" in known_placeholders() and "capital" in known_placeholders()
    data = {"title_vi": "Typo", "body_ja": "{name} {captial} [[ {area}", "body_vi": "{name} {cost.wage_worker}"}
    response = admin_client.post("/admin/inquiry-reply-templates/new/", data)
    html = response.content.decode()
    assert response.status_code == 200 and not ReplyTemplate.objects.filter(title_vi="Typo").exists()
    assert "{captial}" in html and "[[" in html
    response = admin_client.post(
        "/admin/inquiry-reply-templates/new/",
        {"title_vi": "Fine", "body_ja": "{name} [[{land_price}]] {cost.wage_worker}", "page_kinds": ["project"]},
    )
    assert response.status_code == 302
    saved = ReplyTemplate.objects.get(title_vi="Fine")
    assert saved.page_kinds == ["project"] and saved.languages == ["ja"]
    # The placeholder list beside the bodies names the cost figures as they are today.
    assert "{cost.electricity_business}" in admin_client.get("/admin/inquiry-reply-templates/new/").content.decode()


def test_a_zone_lends_its_lease_plots_utilities_and_tariffs(world, agency_a):
    zone = ZonePageFactory(
        agency=agency_a, title=per_language(en="Sa Đéc Industrial Park", ja="サデック工業団地"), plots=3,
        lease_price_usd_m2=Decimal(75), water_tariff_vnd_m3=Decimal(14500), wastewater_fee_vnd_m3=Decimal(11000),
        water_supply=per_language(en="Water plant, 10,000 m³ per day", ja="浄水場（日量1万m³）"),
    )  # fmt: skip
    inquiry = inquiry_create(
        kind="investment", name="Kim Min-jun", email="kim@example.kr", country="KR", language="ja",
        message="Plots?", page=zone,
    ).inquiry  # fmt: skip
    body = "{lease_price}\n{free_plots}\n{utilities}\n{water_tariff}"
    composed = reply_compose(
        template=template("Zones", page_kinds=["zone"], ja=body), inquiry=inquiry, officer=None, language="ja"
    )
    assert composed.ready, composed.missing
    assert "1m²当たり 75米ドル（約1,950,000ドン）（賃貸期間全体）" in composed.text
    assert "• 区画L2：6 ha\n• 区画L3：7 ha" in composed.text  # the free plots, with their areas
    assert "区画L1" not in composed.text  # taken
    assert "水道：浄水場（日量1万m³） — 1m³当たり 14,500ドン（約0.56米ドル）" in composed.text
