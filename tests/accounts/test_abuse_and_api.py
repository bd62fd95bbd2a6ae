"""Abuse cases answer clearly and are throttled, on the screens and in the JSON API: no account enumeration
(sign-up, password reset and sign-in codes answer the same for a known and an unknown address), brute force on
passwords and on codes stops, rate limits answer 429 in the reader's language; and the headless API does what
the screens do (sign-up with consent, verification by code, sign-in, personal data) and is in /api/schema/."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client

from tests.accounts.conftest import PASSWORD, signup
from tests.accounts.test_accounts import verified_account

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]
User = get_user_model()
API = "/api/accounts/app/v1"


def screen_text(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_sign_up_with_a_known_address_answers_as_with_a_new_one(client, mail):
    verified_account(client, mail, "known@example.com")
    client.logout()
    caches["default"].clear()  # later (one e-mail per address every 10 s)
    known = signup(Client(), "known@example.com")
    unknown = signup(Client(), "unknown@example.com")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert User.objects.filter(email__iexact="known@example.com").count() == 1
    # The owner of the known address is told by e-mail, not the person at the keyboard.
    assert "already" in mail.body(mail.last_to("known@example.com", count=2)).lower()


def test_password_reset_and_sign_in_codes_answer_the_same_for_unknown_addresses(client, mail):
    verified_account(client, mail, "known@example.com")
    client.logout()
    answers = {}
    for address in ("known@example.com", "nobody@example.com"):
        caches["default"].clear()  # later (one mail-sending step per address every 10 s: test_enumeration_throttle)
        reset = Client().post("/en/account/password/reset/", {"email": address})
        caches["default"].clear()
        code = Client().post("/en/account/login/code/", {"email": address})
        answers[address] = (reset.status_code, reset["Location"], code.status_code, code["Location"])
    assert answers["known@example.com"] == answers["nobody@example.com"]
    assert answers["known@example.com"][0] == 302


def test_brute_force_on_the_password_is_stopped_with_a_translated_message(client, mail):
    verified_account(client, mail, "target@example.com")
    client.logout()
    attacker = Client()
    answers = [
        attacker.post("/vi/account/login/", {"login": "target@example.com", "password": f"guess-{n}"}) for n in range(6)
    ]
    assert all(answer.status_code == 200 for answer in answers)
    assert "Quá nhiều lần đăng nhập không thành công" in screen_text(answers[-1])
    # Even the right password is refused while the limit holds.
    right = attacker.post("/vi/account/login/", {"login": "target@example.com", "password": PASSWORD})
    assert right.status_code == 200 and "_auth_user_id" not in attacker.session


def test_brute_force_on_a_sign_in_code_ends_the_attempt(client, mail):
    verified_account(client, mail, "coded@example.com")
    client.logout()
    caches["default"].clear()  # later (one mail-sending step per address every 10 s)
    attacker = Client()
    attacker.post("/en/account/login/code/", {"email": "coded@example.com"})
    code = mail.code_for("coded@example.com", count=2)
    answers = [attacker.post("/en/account/login/code/confirm/", {"code": "AAAAAA"}) for _ in range(3)]
    assert answers[0].status_code == 200
    # After the allowed wrong attempts the code is dead: even the right one no longer signs in.
    final = attacker.post("/en/account/login/code/confirm/", {"code": code})
    assert "_auth_user_id" not in attacker.session
    assert final.status_code in (200, 302)


def test_too_many_sign_ups_from_one_address_get_the_translated_429(client, mail):
    answers = [signup(Client(), f"bulk{n}@example.com", language="ja") for n in range(11)]
    assert [answer.status_code for answer in answers[:10]] == [302] * 10
    assert answers[10].status_code == 429
    assert "試行回数が多すぎます" in answers[10].content.decode()


def test_the_headless_api_signs_up_verifies_and_serves_the_personal_data(mail):
    api = Client()
    refused = api.post(
        f"{API}/auth/signup",
        {"email": "api@example.com", "password": PASSWORD},
        content_type="application/json",
    )
    assert refused.status_code == 400
    assert any(error.get("param") == "consent" for error in refused.json()["errors"])
    response = api.post(
        f"{API}/auth/signup",
        {"email": "api@example.com", "password": PASSWORD, "consent": True},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 401  # signed up, a flow is pending: the address must be verified
    body = response.json()
    token = body["meta"]["session_token"]
    assert any(flow["id"] == "verify_email" and flow.get("is_pending") for flow in body["data"]["flows"])
    assert api.get("/api/accounts/personal-data/", HTTP_X_SESSION_TOKEN=token).status_code == 401

    code = mail.code_for("api@example.com")
    verified = api.post(
        f"{API}/auth/email/verify", {"key": code}, content_type="application/json", HTTP_X_SESSION_TOKEN=token
    )
    assert verified.status_code == 200, verified.content
    token = verified.json()["meta"].get("session_token", token)
    assert EmailAddress.objects.get(email="api@example.com").verified

    data = api.get("/api/accounts/personal-data/", HTTP_X_SESSION_TOKEN=token)
    assert data.status_code == 200
    assert data.json()["sections"]["account"]["consents"][0]["privacy_notice_version"] == "2026-11"

    login = Client().post(
        f"{API}/auth/login", {"email": "api@example.com", "password": PASSWORD}, content_type="application/json"
    )
    assert login.status_code == 200 and login.json()["data"]["user"]["email"] == "api@example.com"

    not_confirmed = api.delete(
        "/api/accounts/personal-data/", {}, content_type="application/json", HTTP_X_SESSION_TOKEN=token
    )
    assert not_confirmed.status_code == 400
    deleted = api.delete(
        "/api/accounts/personal-data/", {"confirm": True}, content_type="application/json", HTTP_X_SESSION_TOKEN=token
    )
    assert deleted.status_code == 204
    assert not User.objects.filter(email="api@example.com").exists()


def test_the_headless_api_throttles_wrong_passwords(client, mail):
    verified_account(client, mail, "apitarget@example.com")
    answers = [
        Client().post(
            f"{API}/auth/login",
            {"email": "apitarget@example.com", "password": f"guess-{n}"},
            content_type="application/json",
        )
        for n in range(6)
    ]
    assert answers[0].status_code == 400
    assert answers[0].json()["errors"][0]["code"] != "too_many_login_attempts"
    assert answers[-1].status_code in (400, 429)
    error = answers[-1].json()["errors"][0]
    assert error["code"] == "too_many_login_attempts"
    assert error["message"] == "Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau."  # the default, vi


def test_the_schema_documents_the_account_api(client):
    schema = client.get("/api/schema/").json()
    paths = schema["paths"]
    for path in (
        f"{API}/auth/signup",
        f"{API}/auth/login",
        f"{API}/auth/code/request",
        f"{API}/auth/email/verify",
        "/api/accounts/personal-data/",
    ):
        assert path in paths, sorted(paths)[:20]
    signup_schema = schema["components"]["schemas"]["BaseSignup"]
    assert "consent" in signup_schema["required"]
    assert "/api/inquiries/" in paths and "/api/search/" in paths  # the portal's own endpoints stay
