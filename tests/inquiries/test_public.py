"""The investor's side: form pages in five languages, the private status page, response times."""

import re

import pytest
from django.core import mail
from django.template import Context, Template
from django.test import Client, override_settings

from inquiries.models import Inquiry, InquiryEvent, InquiryStatus, RoutingRule
from inquiries.services import inquiry_reply, inquiry_set_status
from investment.models import OpportunityPage, ProjectPage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]
LANGUAGES = ["vi", "en", "ja", "ko", "zh-hans"]
STATUS_ACTION = "/vi/inquiries/status/"  # where the status page's forms post (the token in the body)


def form_data(**overrides):
    data = {
        "kind": "partnership",
        "name": "Nguyễn Thị Lan",
        "email": "lan@example.vn",
        "organisation": "HTX Xoài",
        "country": "VN",
        "message": "Chúng tôi tìm đối tác nhập khẩu xoài.",
        "language": "vi",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_general_and_partnership_pages_in_every_language(client, language):
    general = client.get(f"/{language}/inquiries/new/")
    partnership = client.get(f"/{language}/inquiries/new/?kind=partnership")
    assert general.status_code == partnership.status_code == 200
    html = general.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'name="csrfmiddlewaretoken"' in html and 'name="consent"' in html and 'name="website"' in html
    assert "<script>" not in html  # CSP: no inline script
    assert 'value="partnership" selected' in partnership.content.decode()


def test_submit_the_form_then_follow_the_status(client, agency_a, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug

    RoutingRule.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/vi/inquiries/new/", form_data())
    assert response.status_code == 302
    status_url = response["Location"]
    assert status_url.startswith("/vi/inquiries/status/")
    inquiry = Inquiry.objects.get(email="lan@example.vn")
    assert inquiry.kind == "partnership" and inquiry.language == "vi"
    acknowledgement = next(m for m in mail.outbox if m.to == ["lan@example.vn"])
    assert status_url in acknowledgement.body and inquiry.reference in acknowledgement.subject
    token = status_url.rstrip("/").rsplit("/", 1)[1]
    assert token not in inquiry.status_token_hash  # only a hash is stored

    page = client.get(status_url)
    html = page.content.decode()
    assert page.status_code == 200 and inquiry.reference in html and page["Referrer-Policy"] == "no-referrer"
    assert 'data-kind="routed"' not in html  # internal events stay internal

    # A follow-up message from the sender.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            STATUS_ACTION, {"token": token, "action": "follow_up", "message": "Sản lượng có thể tăng lên 1000 tấn."}
        )
    assert inquiry.events.filter(kind=InquiryEvent.Kind.FOLLOW_UP, is_public=True).exists()
    assert any("1000 tấn" in m.body for m in mail.outbox if agency_a.email in m.to)

    # The agency replies and closes; the sender sees the reply and rates the answer.
    inquiry_reply(inquiry=inquiry, text="Chúng tôi đã tìm được hai nhà nhập khẩu.", actor=None, close=True)
    html = client.get(status_url).content.decode()
    assert "hai nhà nhập khẩu" in html and 'name="rating"' in html
    client.post(STATUS_ACTION, {"token": token, "action": "rate", "rating": "4", "comment": "Nhanh"})
    inquiry.refresh_from_db()
    assert inquiry.satisfaction == 4 and inquiry.satisfaction_comment == "Nhanh"
    client.post(STATUS_ACTION, {"token": token, "action": "rate", "rating": "1"})  # only once
    inquiry.refresh_from_db()
    assert inquiry.satisfaction == 4


def test_form_errors_are_shown_in_the_page_language(client):
    response = client.post("/en/inquiries/new/", form_data(consent="", email="nope", language="en"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please agree" in html and 'class="field-error"' in html
    assert not Inquiry.objects.filter(email="nope").exists()


@override_settings(PORTAL_INQUIRY_RATE_LIMIT=1)
def test_form_is_rate_limited(client):
    assert client.post("/en/inquiries/new/", form_data(), REMOTE_ADDR="192.0.2.50").status_code == 302
    response = client.post("/en/inquiries/new/", form_data(), REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 429 and response["Retry-After"]


def test_unknown_token_is_404(client):
    assert client.get("/en/inquiries/status/not-a-real-token/").status_code == 404


def test_csrf_is_required(agency_a):

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/en/inquiries/new/", form_data()).status_code == 403


def test_follow_up_refused_after_closing(client, agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    response = client.post("/en/inquiries/new/", form_data(email="closed@example.com"))
    inquiry = Inquiry.objects.get(email="closed@example.com")
    inquiry_set_status(inquiry=inquiry, status=InquiryStatus.CLOSED, actor=None)
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]
    client.post("/en/inquiries/status/", {"token": token, "action": "follow_up", "message": "Another question"})
    assert not inquiry.events.filter(kind=InquiryEvent.Kind.FOLLOW_UP).exists()


def test_response_times_page(client):
    response = client.get("/en/inquiries/response-times/")
    assert response.status_code == 200
    assert re.search(r'data-agency="itpc"', response.content.decode())


def test_inquiry_form_include_on_a_catalogue_page(rf):

    for model, kind in ((ProjectPage, "investment"), (OpportunityPage, "partnership")):
        page = model.objects.live().first()
        if page is None:
            continue
        request = rf.get("/en/")
        html = Template('{% include "inquiries/includes/inquiry_form.html" %}').render(
            Context({"page": page, "request": request})
        )
        assert f'name="page" value="{page.pk}"' in html
        assert f'value="{kind}" selected' in html
        assert 'action="/' in html and "/inquiries/new/" in html


def test_detail_pages_carry_the_form(client):

    page = ProjectPage.objects.live().first()
    if page is None:
        pytest.skip("no demo project page")
    html = client.get(page.get_url()).content.decode()
    if 'id="inquiry"' not in html:
        pytest.skip("the project template has no inquiry section yet")
    assert f'name="page" value="{page.pk}"' in html
