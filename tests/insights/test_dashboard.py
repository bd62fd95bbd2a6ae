"""The demand dashboard through the admin: the funnels per project and agency, countries and sectors,
search topics, the k-anonymity threshold (a setting), the CSV export, who sees what, and its languages."""

import csv
import io

import pytest
from django.test import override_settings
from django.utils import timezone, translation
from django_countries import countries
from wagtail.users.models import UserProfile

from inquiries.models import Inquiry
from insights.services import demand_event_record
from search.models import SearchQueryLog
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db
URL = "/admin/insights/"


def views(page, country, n, sector=None):
    for _ in range(n):
        demand_event_record(kind="view", page_id=page.pk, country=country, sector_id=sector)


def inquiries(page, n, *, senders=None, country="JP", answered=0):
    made = [
        InquiryFactory(page=page, country=country, email=f"s{index % (senders or n)}-{page.pk}@example.jp").inquiry
        for index in range(n)
    ]
    Inquiry.objects.filter(pk__in=[inquiry.pk for inquiry in made[:answered]]).update(first_reply_at=timezone.now())
    return made


@pytest.fixture
def busy(world):
    """Project A: 8 views (6 JP, 2 KR), 5 saves, 6 inquiries from 6 senders, 2 answered.
    Project B: 3 views, 7 inquiries from one sender."""
    a, b, mango = world["project_a"], world["project_b"], world["mango"]
    views(a, "JP", 6, mango.pk)
    views(a, "KR", 2, mango.pk)
    for _ in range(5):
        demand_event_record(kind="save", page_id=a.pk, country="JP", sector_id=mango.pk)
    inquiries(a, 6, answered=2)
    views(b, "", 3)
    inquiries(b, 7, senders=1, country="SG")
    return world


def row(html: str, table: str, key) -> str:
    start = html.index(f'id="{table}"')
    start = html.index(f'data-key="{key}"', start)
    return html[start : html.index("</tr>", start)]


def figure(cells: str, name: str) -> str:
    start = cells.index(f'data-figure="{name}"')
    text = cells[cells.index(">", start) + 1 : cells.index("</td>", start)]
    return text.rsplit("</span>", 1)[-1].strip() if "demand-hidden" not in text else "hidden"


def test_the_funnels_show_large_groups_and_hide_small_ones(admin_client, busy):
    response = admin_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    a = row(html, "demand-projects", busy["project_a"].pk)
    assert [figure(a, name) for name in ("views", "saves", "inquiries", "answered")] == ["8", "5", "6", "hidden"]
    b = row(html, "demand-projects", busy["project_b"].pk)
    # Seven inquiries, but from one investor: a group of one is not shown. Three views: too few.
    assert [figure(b, name) for name in ("views", "saves", "inquiries", "answered")] == ["hidden"] * 4
    agency = row(html, "demand-agencies", busy["agency_a"].pk)
    assert [figure(agency, name) for name in ("views", "saves", "inquiries")] == ["8", "5", "6"]
    japan, korea = row(html, "demand-countries", "JP"), row(html, "demand-countries", "KR")
    assert figure(japan, "views") == "6" and "Mango plant (6)" in japan
    assert figure(korea, "views") == "hidden" and "Mango plant" not in korea
    sector = row(html, "demand-sectors", busy["mango"].pk)
    assert figure(sector, "views") == "8" and "Mango processing" in sector
    sectors = html[html.index('id="demand-sectors"') : html.index("</table>", html.index('id="demand-sectors"'))]
    assert sectors.count("no sector") == 1  # views without a sector and inquiries without one: one row
    assert "<svg" in html and 'role="img"' in html  # the bar charts, accessible by their titles


@override_settings(PORTAL_INSIGHTS_MIN_GROUP=2)
def test_the_threshold_is_a_setting(admin_client, busy):
    html = admin_client.get(URL).content.decode()
    assert figure(row(html, "demand-countries", "KR"), "views") == "2"
    assert figure(row(html, "demand-projects", busy["project_a"].pk), "answered") == "2"
    assert figure(row(html, "demand-projects", busy["project_b"].pk), "inquiries") == "hidden"  # still one sender


def test_search_topics_need_enough_searches(admin_client, world):
    for query, n in (("xoài", 5), ("lotus", 4)):
        SearchQueryLog.objects.bulk_create(
            SearchQueryLog(language="vi", backend="database", query=query, result_count=3) for _ in range(n)
        )
    html = admin_client.get(URL).content.decode()
    topics = html[html.index('id="demand-topics"') :]
    assert "xoài" in topics and "lotus" not in topics


def test_the_export_writes_the_same_figures_and_never_a_hidden_one(admin_client, busy):
    response = admin_client.get(URL, {"format": "csv", "months": "3"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Section", "Name", "Agency", "Views", "Saves", "Inquiries", "Answered", "Searches"]
    by_name = {(r[0], r[1]): r for r in rows[1:]}
    assert by_name[("Project", "Mango plant")][3:7] == ["8", "5", "6", "fewer than 5"]
    assert by_name[("Project", "River port")][3:7] == ["fewer than 5"] * 4
    with translation.override("en"):
        korea = str(countries.name("KR"))
    assert by_name[("Country", korea)][3] == "fewer than 5"
    assert "7" not in by_name[("Project", "River port")]


def test_an_officer_sees_their_agencys_pages_only_and_others_are_refused(client, busy, django_user_model):
    client.force_login(busy["officer_b"])
    html = client.get(URL).content.decode()
    assert f'data-key="{busy["project_b"].pk}"' in html and f'data-key="{busy["project_a"].pk}"' not in html
    stranger = django_user_model.objects.create_user("stranger", "s@example.com", "x")
    client.force_login(stranger)
    assert client.get(URL).status_code in (302, 403)
    assert client.post("/admin/insights/").status_code in (302, 403, 405)


def test_the_menu_item_and_the_home_panel(admin_client, busy):
    home = admin_client.get("/admin/").content.decode()
    assert 'class="panel summary demand-panel"' in home and "Mango plant" in home
    assert URL in home


def test_bad_parameters_fall_back_to_a_year(admin_client, busy):
    for months in ("abc", "-1", "99999999999999999999", "7"):
        assert admin_client.get(URL, {"months": months}).status_code == 200


@pytest.mark.parametrize(
    "language, heading", [("vi", "Thông tin nhu cầu"), ("ja", "需要分析"), ("ko", "수요 분석"), ("zh-hans", "需求洞察")]
)
def test_the_dashboard_reads_in_the_officers_language(admin_client, admin_user, busy, language, heading):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    html = admin_client.get(URL).content.decode()
    assert heading in html
