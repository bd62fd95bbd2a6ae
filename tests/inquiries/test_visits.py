"""Site-visit and meeting requests: an inquiry kind with preferred dates and participants, through the JSON
API (the contract's fields unchanged, the visit fields beside them), the HTML form and the OpenAPI document."""

from datetime import timedelta

import pytest
from django.utils import timezone

from inquiries.models import Inquiry, InquiryVisit, OutgoingEmail

pytestmark = [pytest.mark.django_db]


def days(n: int) -> str:
    return (timezone.localdate() + timedelta(days=n)).isoformat()


def test_api_accepts_a_visit_with_dates_and_participants(post_inquiry, agency_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the worker writes and sends the e-mails
        response = post_inquiry(
            kind="visit",
            message="We would like to see the lotus processing sites and meet the cooperatives.",
            visit_format="site_visit",
            preferred_dates=[days(20), days(21)],
            participants=3,
            attendees="Aiko Tanaka (CEO)\nKen Sato (engineer)",
        )
    assert response.status_code == 201, response.content
    assert set(response.json()) == {"reference", "status", "agency"}
    inquiry = Inquiry.objects.get(reference=response.json()["reference"])
    assert inquiry.kind == "visit"
    visit = inquiry.visit
    assert visit.preferred_dates == [days(20), days(21)] and visit.participants == 3
    assert visit.attendees == "Aiko Tanaka (CEO)\nKen Sato (engineer)"
    notice = inquiry.emails.get(kind=OutgoingEmail.Kind.AGENCY_NOTICE)
    assert "Khảo sát thực địa" in notice.body and "Ken Sato" in notice.body  # the agency reads Vietnamese


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({}, "preferred_dates", "Please give at least one preferred date."),
        ({"preferred_dates": [days(-1)], "participants": 2}, "preferred_dates", "Choose a date from tomorrow on."),
        ({"preferred_dates": [days(400)], "participants": 2}, "preferred_dates", "within the next twelve months"),
        ({"preferred_dates": [days(5), days(5)], "participants": 2}, "preferred_dates", "already one of your"),
        ({"preferred_dates": [days(5)] * 4, "participants": 2}, "preferred_dates", "at most 3"),
        ({"preferred_dates": "2026-12-01", "participants": 2}, "preferred_dates", "list of dates"),
        ({"preferred_dates": [days(5)], "participants": 0}, "participants", ""),
        ({"preferred_dates": [days(5)], "participants": [1]}, "participants", "Enter a valid value."),
        ({"preferred_dates": [days(5)], "participants": 2, "visit_format": "party"}, "visit_format", ""),
    ],
)
def test_api_refuses_bad_visit_fields_with_a_message(post_inquiry, agency_a, fields, field, message):
    response = post_inquiry(kind="visit", **fields)
    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert field in errors and message in " ".join(errors[field])
    assert not Inquiry.objects.exists()


def test_api_errors_come_in_the_inquiry_language(post_inquiry, agency_a):
    response = post_inquiry(kind="visit", language="ja", participants=2)
    assert response.status_code == 400
    assert response.json()["errors"]["preferred_dates"] == ["希望日を少なくとも1つ入力してください。"]


def test_other_kinds_ignore_the_visit_fields(post_inquiry, agency_a):
    response = post_inquiry(kind="general", preferred_dates="nonsense", participants="many")
    assert response.status_code == 201
    assert not InquiryVisit.objects.exists()


def test_html_form_offers_and_stores_a_visit_request(client, agency_a):
    page = client.get("/ko/inquiries/new/?kind=visit").content.decode()
    assert "현장 방문 또는 면담 신청" in page and "data-visit-fields" in page and 'type="date"' in page
    assert 'value="visit" selected' in page
    data = {
        "kind": "visit",
        "name": "Kim Min-jun",
        "email": "minjun@example.kr",
        "country": "KR",
        "message": "현장을 방문하여 산업단지를 보고 싶습니다.",
        "language": "ko",
        "consent": "on",
        "visit_format": "video_call",
        "visit_date_1": days(10),
        "visit_participants": "2",
    }
    missing = client.post("/ko/inquiries/new/", {**data, "visit_date_1": ""})
    assert missing.status_code == 400 and "희망 날짜를 하나 이상 입력해 주십시오." in missing.content.decode()
    assert "현장을 방문하여" in missing.content.decode()  # nothing typed is lost
    response = client.post("/ko/inquiries/new/", data)
    assert response.status_code == 302 and "/ko/inquiries/status/" in response["Location"]
    visit = InquiryVisit.objects.get()
    assert visit.format == "video_call" and visit.preferred_dates == [days(10)] and visit.participants == 2


def test_openapi_documents_the_visit_fields_and_keeps_the_contract(client):
    schema = client.get("/api/schema/").json()
    body = schema["paths"]["/api/inquiries/"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["kind", "name", "email", "country", "message", "language", "consent"]
    assert {"preferred_dates", "participants", "visit_format", "attendees"} <= set(body["properties"])
    assert body["properties"]["preferred_dates"]["maxItems"] == 3
