"""Routing rules: priority order, first match wins, conditions with sub-sectors and sub-places."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from inquiries.models import Inquiry, InquiryEvent, InquiryStatus, RoutingRule
from inquiries.routing import route
from inquiries.services import inquiry_hand_over, officer_absence_create
from investment.models import Place
from tests.factories.inquiries import InquiryFactory
from tests.factories.investment import PlaceFactory, ProjectPageFactory, SectorFactory

from .conftest import make_officer

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    agriculture = SectorFactory(code="ZZA", name="Agriculture (test)")
    fruit = SectorFactory(code="ZZA1", name="Fruit (test)", parent=agriculture)
    energy = SectorFactory(code="ZZD", name="Energy (test)")
    province = PlaceFactory(name="Province (test)", kind=Place.Kind.PROVINCE)
    ward = PlaceFactory(name="Ward (test)", kind=Place.Kind.WARD, parent=province)
    return {"agriculture": agriculture, "fruit": fruit, "energy": energy, "province": province, "ward": ward}


def test_rules_in_priority_order_first_match_wins(tree, agency_a, agency_b):
    RoutingRule.objects.all().delete()
    japan = RoutingRule.objects.create(name="Japan desk", priority=50, countries=["JP"], target_agency=agency_b)
    farm = RoutingRule.objects.create(
        name="Farming", priority=10, sector=tree["agriculture"], kinds=["partnership"], target_agency=agency_a
    )
    # A partnership in a sub-sector of agriculture from Japan: both rules match, the lower priority number wins.
    decision = route(kind="partnership", sector=tree["fruit"], country="JP")
    assert decision.rule == farm and decision.agency == agency_a
    assert "Farming" in decision.explanation
    # An investment (not a partnership) from Japan: only the Japan desk matches.
    decision = route(kind="investment", sector=tree["fruit"], country="jp")
    assert decision.rule == japan and decision.agency == agency_b
    # Inactive rules are skipped.
    japan.is_active = False
    japan.save()
    assert route(kind="investment", country="JP").rule is None


def test_default_agency_and_setting(agency_a, agency_b, settings):
    RoutingRule.objects.all().delete()
    decision = route(kind="general", country="FR")
    assert decision.rule is None and decision.agency.kind == "promotion"
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = "agency-b"
    assert route(kind="general").agency == agency_b


def test_page_agency_and_place_with_children(tree, agency_a, agency_b):
    page = ProjectPageFactory(place=tree["ward"], agency=agency_a)
    RoutingRule.objects.all().delete()
    # No rule: the agency in charge of the page.
    assert route(kind="investment", page=page).agency == agency_a
    # A rule on the province also matches a page located in a ward of it.
    rule = RoutingRule.objects.create(name="Province", priority=5, place=tree["province"], target_agency=agency_b)
    assert route(kind="investment", page=page).rule == rule
    # "To the page's agency" rules only match inquiries about a page.
    RoutingRule.objects.create(name="Pages", priority=1, about_a_page=True, to_page_agency=True)
    assert route(kind="investment", page=page).agency == agency_a
    assert route(kind="investment").rule != rule or route(kind="investment").rule is None


def test_rule_validation(agency_a):

    with pytest.raises(ValidationError):
        RoutingRule(name="No target", priority=1).full_clean()
    with pytest.raises(ValidationError):
        RoutingRule(name="Bad kind", priority=1, kinds=["spam"], target_agency=agency_a).full_clean()


def test_decision_is_stored_and_hand_over_keeps_history(tree, agency_a, agency_b, officer_a, officer_b):
    RoutingRule.objects.all().delete()
    rule = RoutingRule.objects.create(name="All to A", priority=1, target_agency=agency_a)
    created = InquiryFactory(kind="investment", message="Industrial land please.", language="ko", country="KR")
    inquiry = created.inquiry
    assert inquiry.agency == agency_a and inquiry.routing_rule == rule and "All to A" in inquiry.routing_explanation
    assert inquiry.owner == officer_a  # one named officer
    inquiry_hand_over(inquiry=inquiry, to_agency=agency_b, reason="Industrial zones handle land", actor=officer_a)
    inquiry = Inquiry.objects.get(pk=inquiry.pk)
    assert inquiry.agency == agency_b and inquiry.status == InquiryStatus.HANDED_OVER
    assert inquiry.owner == officer_b
    kinds = list(inquiry.events.values_list("kind", flat=True))
    assert kinds.count(InquiryEvent.Kind.ROUTED) == 2 and InquiryEvent.Kind.HANDED_OVER in kinds
    assert InquiryEvent.Kind.RECEIVED in kinds  # the history stays
    assert inquiry.emails.filter(kind="hand_over_notice", to__contains=[agency_b.email]).exists()


def test_absence_hands_open_inquiries_to_the_backup(agency_a, settings):

    RoutingRule.objects.all().delete()
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    alice = make_officer(agency_a, "alice2")
    carol = make_officer(agency_a, "carol2")
    first = InquiryFactory(kind="general", message="Question one here.")
    inquiry = first.inquiry
    assert inquiry.owner in (alice, carol)
    away, backup = (alice, carol) if inquiry.owner == alice else (carol, alice)
    today = timezone.localdate()
    officer_absence_create(officer=away, backup=backup, starts_on=today, ends_on=today + timedelta(days=3))
    inquiry.refresh_from_db()
    assert inquiry.owner == backup
    # New inquiries do not go to the absent officer either.
    second = InquiryFactory(kind="general", message="Question two here.")
    assert second.inquiry.owner == backup
