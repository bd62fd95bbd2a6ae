"""The demo catalogue: enough content, in five real languages, with the 2025 reorganisation of places."""

from datetime import date

import pytest
from wagtail.models import WorkflowPage

from cms.i18n import LANGUAGE_CODES
from investment.demo import load_catalogue_demo
from investment.models import (
    Agency,
    Incentive,
    OpportunityIndexPage,
    OpportunityPage,
    Place,
    ProjectIndexPage,
    ProjectPage,
    ZoneIndexPage,
    ZonePage,
)

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]
FIELDS = [code.replace("-", "_") for code in LANGUAGE_CODES]


def test_enough_content_across_sectors_and_places():
    projects = ProjectPage.objects.live()
    assert projects.count() >= 30
    links = ProjectPage.sectors.through.objects.filter(projectpage__in=projects)
    assert links.values("sector").distinct().count() >= 8
    assert projects.values("place").distinct().count() >= 10
    assert OpportunityPage.objects.live().count() >= 15
    assert ZonePage.objects.live().count() >= 5
    assert Agency.objects.count() >= 4 and Incentive.objects.count() >= 4
    commodities = set(OpportunityPage.objects.values_list("commodity", flat=True))
    assert {"rice", "mango", "lotus", "pangasius", "flowers", "fruit"} <= commodities
    assert all(page.is_sample_content for page in projects)


def test_every_title_and_summary_exists_in_five_different_languages():
    for model in (ProjectPage, OpportunityPage, ZonePage):
        for page in model.objects.all():
            titles = [getattr(page, f"title_{code}") for code in FIELDS]
            summaries = [getattr(page, f"summary_{code}") for code in FIELDS]
            assert all(titles) and all(summaries)
            assert len(set(titles[2:])) == 3  # ja, ko and zh titles are not copies of one another


def test_demo_searches_find_their_terms():
    assert ProjectPage.objects.filter(title_vi__icontains="xoài").exists()
    assert OpportunityPage.objects.filter(title_vi__icontains="xoài").exists()
    assert ProjectPage.objects.filter(summary_vi__contains="Đồng Tháp").exists()
    assert ProjectPage.objects.filter(title_ja__contains="蓮").exists()
    assert OpportunityPage.objects.filter(title_ko__contains="연꽃").exists()
    assert ProjectPage.objects.filter(title_zh_hans__contains="莲").exists()
    lotus = ProjectPage.objects.get(slug_vi="nha-may-che-bien-sen-thap-muoi")
    assert lotus.title_en == "Tháp Mười lotus processing plant"
    assert lotus.title_ko == "탑므어이 연꽃 가공 공장"


def test_places_model_the_2025_reorganisation():
    new = Place.objects.get(code="DT")
    assert new.valid_from == date(2025, 7, 1) and new.valid_until is None
    for code in ("DT-OLD", "TG-OLD"):
        old = Place.objects.get(code=code)
        assert old.valid_until == date(2025, 6, 30) and old.successor == new
        assert not old.is_current
    assert Place.objects.current(on=date(2025, 6, 30)).filter(code="TG-OLD").exists()
    assert not Place.objects.current(on=date(2025, 7, 1)).filter(code="TG-OLD").exists()
    district = Place.objects.get(code="tg.cai_be")
    assert district.kind == "district" and district.successor.get_parent() == new
    assert Place.objects.filter(former_names__icontains="Huyện Cái Bè").exists()


def test_listing_pages_are_in_the_menu():
    for model in (ProjectIndexPage, OpportunityIndexPage, ZoneIndexPage):
        assert model.objects.get().show_in_menus


def test_loader_is_idempotent():
    assert load_catalogue_demo().created == []


def test_demo_workflow_moderation_is_assigned_to_the_three_listings(project_index, opportunity_index, zone_index):
    for index in (project_index, opportunity_index, zone_index):
        assert WorkflowPage.objects.get(page=index).workflow.name == "Moderation"
