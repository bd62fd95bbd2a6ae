"""The per-address throttle of the steps that may mail an address (sign-up, sign-in code, password reset; allauth's
``confirm_email`` window of 10 s) answers the same for a known, a known-but-unverified and an unknown address: the
first request goes through alike, the second within the window gets the same 429 (the same translated page on the
screens, the same JSON in the headless API), answered without looking the address up (the same queries for every
address, none of them on users or addresses, so the timing cannot tell either). Still throttled: the second request
sends no e-mail."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.accounts.conftest import signup
from tests.accounts.test_accounts import verified_account

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]
API = "/api/accounts/app/v1"
ADDRESSES = ("known@example.com", "unverified@example.com", "nobody@example.com")


@pytest.fixture
def accounts(client, mail):
    verified_account(client, mail, "known@example.com")
    client.logout()
    signup(Client(), "unverified@example.com")
    caches["default"].clear()  # the windows the set-up used
    mail.messages.clear()
    return mail


def throttled(post, address) -> tuple:
    """The answer and how many queries it ran (the 429 page's own, e.g. the site settings): never one that looks the
    address (or a user) up."""
    with CaptureQueriesContext(connection) as queries:
        response = post(address)
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "account_emailaddress" not in tables and "auth_user" not in tables
    return response, len(queries.captured_queries)


def main_of(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def web(path, address, language="ja"):
    return Client().post(f"/{language}/account/{path}", {"email": address})


@pytest.mark.parametrize("path", ["login/code/", "password/reset/"])
def test_the_screens_answer_the_same_429_for_every_address(accounts, path):
    first = {address: web(path, address) for address in ADDRESSES}
    assert {(r.status_code, r["Location"]) for r in first.values()} == {(302, first[ADDRESSES[0]]["Location"])}
    sent = len(accounts.messages)
    answers = [throttled(lambda address: web(path, address), address) for address in ADDRESSES]
    second = {address: response for address, (response, _count) in zip(ADDRESSES, answers, strict=True)}
    assert {r.status_code for r in second.values()} == {429}
    pages = {main_of(r) for r in second.values()}
    assert len(pages) == 1 and "試行回数が多すぎます" in pages.pop()
    assert len(accounts.messages) == sent  # throttled: nothing more was sent


def test_sign_up_answers_the_same_429_for_every_address(accounts):
    first = {address: signup(Client(), address) for address in ADDRESSES}
    assert {(r.status_code, r["Location"]) for r in first.values()} == {(302, "/en/account/confirm-email/")}
    second = {address: signup(Client(), address) for address in ADDRESSES}
    assert {r.status_code for r in second.values()} == {429}
    assert len({main_of(r) for r in second.values()}) == 1


@pytest.mark.parametrize("step", ["auth/code/request", "auth/password/request"])
def test_the_headless_api_answers_the_same_429_for_every_address(accounts, step):
    def post(address):
        return Client().post(f"{API}/{step}", {"email": address}, content_type="application/json")

    first = {address: post(address) for address in ADDRESSES}
    assert len({(r.status_code, r["Content-Type"]) for r in first.values()}) == 1
    assert first[ADDRESSES[0]].status_code != 429
    answers = [throttled(post, address) for address in ADDRESSES]
    assert {(r.status_code, r.content) for r, _count in answers} == {(429, b'{"status": 429}')}


def test_the_window_passes_for_every_address_alike(accounts):
    for address in ADDRESSES:
        assert web("login/code/", address, "en").status_code == 302
    caches["default"].clear()  # 10 s later (the window's counters expire)
    assert {web("login/code/", address, "en").status_code for address in ADDRESSES} == {302}
