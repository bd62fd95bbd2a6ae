"""Inquiry timelines and routing explanations are stored as codes and written in the reader's language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from inquiries.models import Inquiry, InquiryEvent
from inquiries.routing import routing_text
from inquiries.services import inquiry_hand_over, inquiry_reply, inquiry_set_status
from tests.factories.inquiries import InquiryFactory, RoutingRuleFactory

pytestmark = [pytest.mark.django_db]


def test_status_changes_are_codes_shown_in_the_readers_language(client, agency_a, agency_b):
    with translation.override("vi"):  # whatever language is active when it happens
        created = InquiryFactory(language="ko")
        inquiry = created.inquiry
        inquiry_set_status(inquiry=inquiry, status="in_progress", actor=None)
        inquiry_hand_over(inquiry=inquiry, to_agency=agency_b, reason="Đất khu công nghiệp", actor=None)
        inquiry_reply(inquiry=Inquiry.objects.get(pk=inquiry.pk), text="답변입니다.", actor=None, close=True)
    status = InquiryEvent.objects.filter(inquiry=inquiry, kind="status").last()
    assert status.data == {"from": "handed_over", "to": "closed"} and status.text == ""  # replied and closed at once
    soup = BeautifulSoup(client.get(f"/ko/inquiries/status/{created.token}/").content.decode(), "html.parser")
    lines = {item["data-kind"]: item.get_text(" ", strip=True) for item in soup.select(".inquiry-timeline li")}
    assert "종료" in lines["status"], lines  # the last status line: closed, in Korean
    assert "Agency B" in lines["handed_over"]  # "passed to …", with the agency's name (English: no Korean)
    assert not any("Đã" in text or "Closed" in text for text in lines.values())


def test_a_routing_decision_is_explained_in_the_officers_language(agency_a):
    RoutingRuleFactory(name="Quy tắc Nhật Bản", priority=5, countries=["JP"], target_agency=agency_a)
    inquiry = InquiryFactory(country="JP", language="ja").inquiry
    routed = inquiry.events.get(kind="routed")
    assert routed.data["via"] == "rule" and routed.data["reasons"] == [["country", "JP"]]
    with translation.override("ja"):
        text = routing_text(routed.data)
    assert "日本" in text and '<span lang="vi" data-original>Quy tắc Nhật Bản</span>' in text
    with translation.override("en"):
        assert "country is Japan" in routing_text(routed.data, html=False)
    assert "Quy tắc Nhật Bản" in inquiry.routing_explanation  # the record, in the source language
