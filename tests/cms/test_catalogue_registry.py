"""The catalogue registry (``cms.catalogue``): the kinds are declared once, on their page classes, and
everything that lists them reads the declarations."""

import pytest
from django.utils import translation

from cms.catalogue import catalogue_kind_listed_by, catalogue_kind_of, catalogue_kinds, catalogue_page_models
from cms.models import ContentPage
from investment.models import OpportunityIndexPage, OpportunityPage, ProjectIndexPage, ProjectPage, ZonePage
from search.documents import search_types, type_labels


def test_the_kinds_come_from_the_page_classes():
    kinds = catalogue_kinds()
    assert list(kinds) == ["project", "opportunity", "zone"]
    assert catalogue_page_models() == (ProjectPage, OpportunityPage, ZonePage)
    assert all(kind.model.catalogue_kind is kind for kind in kinds.values())
    assert search_types() == ("project", "opportunity", "zone", "page")
    with translation.override("en"):
        assert str(type_labels()["zone"]) == "Industrial zone"


@pytest.mark.django_db  # a page instance reads its content type
def test_a_listing_page_finds_its_kind_and_a_page_its_own():
    assert catalogue_kind_listed_by(ProjectIndexPage).model is ProjectPage
    assert catalogue_kind_listed_by(OpportunityIndexPage).key == "opportunity"
    assert catalogue_kind_of(ZonePage()).key == "zone"
    assert catalogue_kind_of(ContentPage) is None and catalogue_kind_of(ProjectIndexPage()) is None


def test_filters_follow_the_declaration():
    kinds = catalogue_kinds()
    assert kinds["project"].filters == ("sector", "place", "status", "capital_min", "capital_max", "option")
    assert kinds["zone"].filters == ("sector", "place")
    assert not kinds["zone"].has_status and not kinds["zone"].has_capital


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
def test_an_inquiry_about_an_opportunity_proposes_a_partnership(client):
    opportunity = OpportunityPage.objects.live().first()
    project = ProjectPage.objects.live().first()
    assert '<option value="partnership" selected>' in client.get(opportunity.url).content.decode()
    assert '<option value="investment" selected>' in client.get(project.url).content.decode()
