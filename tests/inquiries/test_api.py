"""POST /api/inquiries/ exactly as the public contract says."""

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation

from inquiries.models import Inquiry, InquiryEvent, OutgoingEmail
from investment.models import ProjectPage, Sector

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


@pytest.mark.smoke
def test_created_with_reference_status_and_agency(post_inquiry, agency_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_inquiry()
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"reference", "status", "agency"}
    assert body["reference"].startswith("DT-") and len(body["reference"]) == len("DT-2026-000123")
    assert body["status"] == "acknowledged"  # the agencies acknowledge at once (acknowledge_hours = 0)
    inquiry = Inquiry.objects.get(reference=body["reference"])
    with translation.override("en"):
        assert body["agency"] == {"name": inquiry.agency.name}
    assert inquiry.consent_text_version and inquiry.consent_at
    assert inquiry.source_ip_hash and "203.0.113.7" not in inquiry.source_ip_hash
    kinds = set(inquiry.emails.values_list("kind", flat=True))
    assert kinds == {OutgoingEmail.Kind.ACKNOWLEDGEMENT, OutgoingEmail.Kind.AGENCY_NOTICE}
    assert inquiry.events.filter(kind=InquiryEvent.Kind.ROUTED).exists()
    acknowledgement = next(m for m in mail.outbox if m.to == ["aiko@example.jp"])
    assert body["reference"] in acknowledgement.subject
    assert "/en/inquiries/status/" in acknowledgement.body
    assert inquiry.emails.get(kind=OutgoingEmail.Kind.ACKNOWLEDGEMENT).status == OutgoingEmail.Status.SENT


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Please agree"),
        ("vi", None),
        ("ja", None),
    ],
)
def test_errors_come_in_the_inquirys_language(post_inquiry, language, expected):
    response = post_inquiry(consent=False, email="not-an-address", language=language)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) >= {"consent", "email"}
    assert all(isinstance(messages, list) and messages for messages in errors.values())
    assert response["Content-Language"] == language
    if expected:
        assert expected in errors["consent"][0]


def test_english_and_vietnamese_messages_differ(post_inquiry):
    en = post_inquiry(email="x", language="en").json()["errors"]["email"][0]
    vi = post_inquiry(email="x", language="vi").json()["errors"]["email"][0]
    assert en != vi


def test_required_fields_and_limits(post_inquiry):
    response = post_inquiry(name="", message="short", country="XX", kind="spam", phone="call me")
    errors = response.json()["errors"]
    assert response.status_code == 400
    assert set(errors) >= {"name", "message", "country", "kind", "phone"}
    long = post_inquiry(message="x" * 5001, organisation="o" * 201)
    assert set(long.json()["errors"]) >= {"message", "organisation"}


def test_header_injection_is_refused(post_inquiry):
    response = post_inquiry(name="Eve\r\nBcc: victim@example.com", email="eve@example.com\nBcc: x@example.com")
    assert response.status_code == 400
    assert set(response.json()["errors"]) >= {"name", "email"}
    assert not Inquiry.objects.filter(name__startswith="Eve").exists()


def test_honeypot(post_inquiry):
    response = post_inquiry(website="http://spam.example")
    assert response.status_code == 400
    assert "website" in response.json()["errors"]


def test_bad_json_and_method(client):
    response = client.post("/api/inquiries/", data="{nope", content_type="application/json")
    assert response.status_code == 400 and "__all__" in response.json()["errors"]
    assert client.post("/api/inquiries/", data="[1]", content_type="application/json").status_code == 400
    assert client.get("/api/inquiries/").status_code == 405


def test_idempotency_key_returns_the_original(post_inquiry):
    first = post_inquiry(headers={"Idempotency-Key": "key-123"})
    second = post_inquiry(headers={"Idempotency-Key": "key-123"})
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second["Idempotent-Replayed"] == "true"
    assert Inquiry.objects.filter(reference=first.json()["reference"]).get().idempotency_key != "key-123"  # scoped
    assert Inquiry.objects.filter(email="aiko@example.jp").count() == 1
    third = post_inquiry(headers={"Idempotency-Key": "key-456"})
    assert third.json()["reference"] != first.json()["reference"]


def test_bad_idempotency_key(post_inquiry):
    response = post_inquiry(headers={"Idempotency-Key": "x" * 201})
    assert response.status_code == 400 and "Idempotency-Key" in response.json()["errors"]


@override_settings(PORTAL_INQUIRY_RATE_LIMIT=2, PORTAL_INQUIRY_RATE_WINDOW_SECONDS=600)
def test_rate_limited_per_address(post_inquiry):
    assert post_inquiry().status_code == 201
    assert post_inquiry().status_code == 201
    limited = post_inquiry()
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 601
    assert "__all__" in limited.json()["errors"]
    assert post_inquiry(remote_addr="198.51.100.9").status_code == 201  # another address is not limited


def test_page_and_sector(post_inquiry):

    project = ProjectPage.objects.live().first()
    if project is None:
        pytest.skip("no demo project page")
    sector = Sector.objects.order_by("pk").first()
    response = post_inquiry(page=project.pk, sector=sector.code if sector else "")
    assert response.status_code == 201, response.content
    inquiry = Inquiry.objects.get(reference=response.json()["reference"])
    assert inquiry.page_id == project.pk
    assert inquiry.agency_id == project.agency_id  # routed to the agency in charge of the page
    assert post_inquiry(page=999999).json()["errors"]["page"]


def test_openapi_schema_and_docs(client):
    schema = client.get("/api/schema/").json()
    assert schema["openapi"].startswith("3.")
    assert {"/api/inquiries/", "/api/search/", "/api/search/suggest/"} <= set(schema["paths"])
    post = schema["paths"]["/api/inquiries/"]["post"]
    assert set(post["responses"]) == {"201", "400", "413", "415", "422", "429", "503"}
    assert post["requestBody"]["content"]["application/json"]["schema"]["properties"]["kind"]["enum"] == [
        "investment",
        "partnership",
        "general",
        "visit",
    ]
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and b"/api/inquiries/" in docs.content
