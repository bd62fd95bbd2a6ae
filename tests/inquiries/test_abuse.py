"""What a black-box test found in the inquiry flow, and what holds now (issue 12, items 5, 6, 9, 10 and 11).

- 5: follow-ups are limited per inquiry and per sender address (each one e-mails the agency);
- 6: the acknowledgement repeats nothing the sender typed; only ordinary e-mail addresses are accepted; the
  API reads JSON only (415), so another site's form cannot post to it;
- 9: a double submit of the HTML form files one inquiry and answers its status page again;
- 10: an ``Idempotency-Key`` is scoped to the client and bound to the content (422 for other content),
  checked after validation;
- 11: the status page's token stays out of ``Referer`` (``no-referrer``, forms posting to a token-free
  address), out of the logs (Django's and gunicorn's) and out of the stored acknowledgement once sent.
"""

import io
import json
import logging
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core import mail
from django.test import Client

from inquiries.models import Inquiry, InquiryEvent, OutgoingEmail
from inquiries.openapi import openapi_paths
from tests.factories.inquiries import InquiryFactory
from tests.live_server import free_port

from .conftest import inquiry_payload

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent.parent
STATUS_ACTION = "/en/inquiries/status/"


@pytest.fixture(autouse=True)
def _default_agency(agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug


def api(client, body=None, *, key=None, address="203.0.113.7", content_type="application/json", **headers):
    extra = {f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()}
    if key is not None:
        extra["HTTP_IDEMPOTENCY_KEY"] = key
    data = json.dumps(body if body is not None else inquiry_payload())
    return client.post("/api/inquiries/", data=data, content_type=content_type, REMOTE_ADDR=address, **extra)


# 10. Idempotency-Key --------------------------------------------------------------------------------------


def test_a_key_from_another_client_is_another_key(client):
    """The black-box test replayed a guessed key from its own address and got someone else's inquiry."""
    victim = api(client, key="order-1", address="198.51.100.20")
    attacker = api(client, key="order-1", address="203.0.113.66")
    assert victim.status_code == attacker.status_code == 201
    assert attacker.json()["reference"] != victim.json()["reference"]
    assert "Idempotent-Replayed" not in attacker
    assert not Inquiry.objects.filter(idempotency_key="order-1").exists()  # never stored as sent


def test_the_same_key_with_other_content_is_422(client):
    first = api(client, key="k-1")
    assert first.status_code == 201
    other = api(client, inquiry_payload(message="A different question about rice processing."), key="k-1")
    assert other.status_code == 422
    assert other.json()["errors"]["Idempotency-Key"]
    assert Inquiry.objects.count() == 1
    # The same content in another order and spacing is the same request: a replay.
    same = api(client, dict(reversed(list(inquiry_payload().items()))), key="k-1")
    assert same.status_code == 201 and same["Idempotent-Replayed"] == "true"
    assert same.json() == first.json()


def test_an_invalid_request_is_refused_before_any_replay(client):
    assert api(client, key="k-2").status_code == 201
    invalid = api(client, inquiry_payload(consent=False), key="k-2")
    assert invalid.status_code == 400 and "consent" in invalid.json()["errors"]


def test_a_replay_is_answered_even_at_the_rate_limit(client, settings):
    """The client whose answer was lost gets it, not a 429 for an inquiry that was received."""
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    first = api(client, key="k-3")
    again = api(client, key="k-3")
    assert first.status_code == again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert api(client, inquiry_payload(message="And now a second, new question."), key="k-4").status_code == 429


# 6. What the portal relays, and what it reads ------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        '"<svg/onload=alert(1)>"@example.invalid',
        '"john doe"@example.com',
        "user@[192.0.2.1]",
        "user@[IPv6:2001:db8::1]",
        "user@localhost",
        "a..b@example.com",
        ".a@example.com",
        "a@example",
        "user(comment)@example.com",
    ],
)
def test_exotic_addresses_are_refused(client, address):
    response = api(client, inquiry_payload(email=address))
    assert response.status_code == 400
    assert response.json()["errors"]["email"]
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize("address", ["o'brien+jp@example.co.jp", "Aiko.Tanaka@Example.JP", "a_b-c@mail.example.vn"])
def test_ordinary_addresses_are_accepted(client, address):
    assert api(client, inquiry_payload(email=address)).status_code == 201


def test_the_acknowledgement_repeats_nothing_the_sender_typed(client, django_capture_on_commit_callbacks):
    payload = inquiry_payload(
        name="Buy cheap pills at pills.example", message="Visit http://spam.example now for the best offers!!"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert api(client, payload).status_code == 201
    acknowledgement = next(m for m in mail.outbox if m.to == [payload["email"]])
    for typed in ("pills.example", "spam.example", "best offers"):
        assert typed not in acknowledgement.body and typed not in acknowledgement.subject
    assert "/en/inquiries/status/" in acknowledgement.body
    notice = next(m for m in mail.outbox if m.to != [payload["email"]])
    assert "spam.example" in notice.body  # the agency still reads the whole message


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]
)
def test_only_json_is_read(client, content_type):
    """Another site's page can post ``text/plain`` without a preflight; it answered 201."""
    response = api(client, content_type=content_type, Origin="https://evil.example")
    assert response.status_code == 415
    assert response["Accept-Post"] == "application/json"
    assert response.json()["errors"]["__all__"]
    assert not Inquiry.objects.exists()
    assert api(client, content_type="application/json; charset=utf-8").status_code == 201


def test_the_new_answers_are_documented():
    responses = openapi_paths()["/api/inquiries/"]["post"]["responses"]
    assert {"415", "422"} <= set(responses)


# 5. Follow-ups --------------------------------------------------------------------------------------------


def follow_up(client, token, message, address="203.0.113.7"):
    return client.post(STATUS_ACTION, {"token": token, "action": "follow_up", "message": message}, REMOTE_ADDR=address)


def test_follow_ups_are_limited_per_inquiry(client, settings):
    settings.PORTAL_FOLLOW_UP_LIMIT = 3
    created = InquiryFactory()
    for number in range(3):
        assert follow_up(client, created.token, f"Message number {number}").status_code == 302
    refused = follow_up(client, created.token, "One message too many, kept in the form.")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    html = refused.content.decode()
    assert "One message too many, kept in the form." in html  # nothing the sender wrote is lost
    assert "try again in" in html
    assert created.inquiry.events.filter(kind=InquiryEvent.Kind.FOLLOW_UP).count() == 3
    notices = OutgoingEmail.objects.filter(inquiry=created.inquiry, kind=OutgoingEmail.Kind.FOLLOW_UP_NOTICE)
    assert notices.count() == 3


def test_follow_ups_are_limited_per_address_across_inquiries(client, settings):
    settings.PORTAL_FOLLOW_UP_LIMIT = 10
    settings.PORTAL_FOLLOW_UP_ADDRESS_LIMIT = 2
    first, second = InquiryFactory(), InquiryFactory()
    assert follow_up(client, first.token, "A first message.").status_code == 302
    assert follow_up(client, second.token, "A second message.").status_code == 302
    assert follow_up(client, second.token, "A third message.").status_code == 429
    assert follow_up(client, second.token, "From another address.", address="198.51.100.3").status_code == 302


# 9. The HTML form, sent twice -----------------------------------------------------------------------------


def form_page(client) -> dict:
    """The form as a browser gets it: its CSRF token and its one-time token."""
    html = client.get("/en/inquiries/new/").content.decode()
    fields = dict(re.findall(r'name="(csrfmiddlewaretoken|form_token)" value="([^"]*)"', html))
    assert set(fields) == {"csrfmiddlewaretoken", "form_token"}
    return fields


def form_data(tokens: dict, **overrides) -> dict:
    data = {
        "kind": "general",
        "name": "Nguyễn Thị Lan",
        "email": "lan@example.vn",
        "organisation": "HTX Xoài",
        "country": "VN",
        "message": "Chúng tôi tìm đối tác nhập khẩu xoài.",
        "language": "en",
        "consent": "on",
        "website": "",
        **tokens,
    }
    data.update(overrides)
    return data


def test_a_double_submit_files_one_inquiry_and_shows_its_status_page(django_capture_on_commit_callbacks):
    browser = Client(enforce_csrf_checks=True)
    tokens = form_page(browser)
    with django_capture_on_commit_callbacks(execute=True):
        first = browser.post("/en/inquiries/new/", form_data(tokens))
        second = browser.post("/en/inquiries/new/", form_data(tokens))
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Inquiry.objects.count() == 1
    assert len([m for m in mail.outbox if m.to == ["lan@example.vn"]]) == 1
    page = browser.get(second["Location"])
    assert page.status_code == 200 and Inquiry.objects.get().reference in page.content.decode()


def test_readers_of_the_same_cached_form_never_share_an_inquiry():
    """The page cache hands every reader the same form (and one-time token); each browser is its own."""
    first_browser, second_browser = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    shared = form_page(first_browser)["form_token"]
    first = first_browser.post("/en/inquiries/new/", form_data({**form_page(first_browser), "form_token": shared}))
    second = second_browser.post("/en/inquiries/new/", form_data({**form_page(second_browser), "form_token": shared}))
    assert first.status_code == second.status_code == 302
    assert first["Location"] != second["Location"]
    assert Inquiry.objects.count() == 2


def test_an_edited_resubmission_is_a_new_inquiry():
    browser = Client(enforce_csrf_checks=True)
    tokens = form_page(browser)
    first = browser.post("/en/inquiries/new/", form_data(tokens))
    edited = browser.post("/en/inquiries/new/", form_data(tokens, message="Chúng tôi cũng cần kho lạnh ở Sa Đéc."))
    assert first["Location"] != edited["Location"] and Inquiry.objects.count() == 2


# 11. The status token ---------------------------------------------------------------------------------------


def test_the_status_page_names_itself_to_nobody_and_its_forms_post_without_the_token_in_the_address(client):
    created = InquiryFactory()
    page = client.get(f"/en/inquiries/status/{created.token}/")
    assert page["Referrer-Policy"] == "no-referrer"
    html = page.content.decode()
    assert f'action="{STATUS_ACTION}"' in html and f'name="token" value="{created.token}"' in html
    assert client.post(f"/en/inquiries/status/{created.token}/", {"action": "follow_up"}).status_code == 405


def test_the_forms_work_when_the_browser_sends_origin_null():
    """Under ``no-referrer`` Chromium posts the page's forms with ``Origin: null``; the token is the credential."""
    created = InquiryFactory()
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        STATUS_ACTION,
        {"token": created.token, "action": "follow_up", "message": "Posted with Origin: null."},
        HTTP_ORIGIN="null",
    )
    assert response.status_code == 302 and response["Location"] == f"/en/inquiries/status/{created.token}/"
    assert created.inquiry.events.filter(kind=InquiryEvent.Kind.FOLLOW_UP).exists()
    unknown = browser.post(STATUS_ACTION, {"token": "guessed", "action": "follow_up", "message": "Hello there"})
    assert unknown.status_code == 404


def test_djangos_logs_never_show_the_token():
    handler = next(h for h in logging.getLogger().handlers if any(f.__class__.__name__ == "SecretLogFilter"
                                                                  for f in h.filters))  # fmt: skip
    stream, handler.stream = handler.stream, io.StringIO()
    try:
        logging.getLogger("django.request").error("Internal Server Error: %s", "/vi/inquiries/status/s3cr3tT0ken/")
        logging.getLogger("django.server").info('"%s" %s %s', "GET /en/inquiries/status/s3cr3tT0ken/ HTTP/1.1", 200, 5)
        written = handler.stream.getvalue()
    finally:
        handler.stream = stream
    assert "s3cr3tT0ken" not in written
    assert written.count("/inquiries/status/[redacted]/") == 2


def test_the_stored_acknowledgement_loses_the_token_once_sent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        created = InquiryFactory()
    sent = next(m for m in mail.outbox if m.to == [created.inquiry.email])
    assert created.token in sent.body  # the investor got the link
    stored = created.inquiry.emails.get(kind=OutgoingEmail.Kind.ACKNOWLEDGEMENT)
    assert stored.status == OutgoingEmail.Status.SENT
    assert created.token not in stored.body and "/inquiries/status/[redacted]/" in stored.body


def test_gunicorns_access_log_never_shows_the_token(tmp_path):
    """gunicorn with deploy/gunicorn.conf.py, as production runs it: the request line and the Referer."""
    log = tmp_path / "access.log"
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": str(log),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), "portal.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/en/inquiries/status/s3cr3tT0kenXYZ/?a=1",
            headers={"Referer": f"http://127.0.0.1:{port}/vi/inquiries/status/an0therT0ken/"},
        )
        for _attempt in range(100):
            try:
                urllib.request.urlopen(request, timeout=5)  # noqa: S310 (loopback)
            except urllib.error.HTTPError:
                break  # 404: the token is unknown, and the request was logged
            except OSError:
                time.sleep(0.2)
        for _attempt in range(50):
            if log.exists() and log.read_text():
                break
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=20)
    written = log.read_text()
    assert "/en/inquiries/status/[redacted]/?a=1" in written
    assert "s3cr3tT0kenXYZ" not in written and "an0therT0ken" not in written
