"""Investor accounts through HTTP, with e-mails through a real SMTP server: sign-up with consent and verification
by a code, sign-in by password and by a one-time code, the investor's inquiries found by the verified address,
the personal data downloaded and the account deleted, and the officers' admin sign-in unchanged."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client

from accounts.models import ConsentRecord
from accounts.selectors import account_inquiries
from accounts.services import subject_hash
from inquiries.models import Inquiry
from tests.accounts.conftest import PASSWORD, signup
from tests.factories.inquiries import InquiryFactory
from tests.inquiries.conftest import make_agency, make_officer

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]
User = get_user_model()


@pytest.fixture
def agency(settings):
    agency = make_agency("agency-a", name="Agency A", kind="promotion")
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency.slug
    return agency


def verified_account(client, mail, email, *, language="en"):
    """Signs up through the screens and types the code from the e-mail: the client ends up signed in."""
    response = signup(client, email, language=language)
    assert response.status_code == 302, response.content[-2000:]
    assert response["Location"] == f"/{language}/account/confirm-email/"
    code = mail.code_for(email)
    response = client.post(f"/{language}/account/confirm-email/", {"code": code})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/account/"
    return User.objects.get(email=email)


def test_sign_up_verifies_the_address_by_a_code_and_records_the_consent(client, mail):
    response = signup(client, "aiko@example.jp", language="ja")
    assert response.status_code == 302 and response["Location"] == "/ja/account/confirm-email/"
    user = User.objects.get(email="aiko@example.jp")
    assert not user.is_staff and not user.is_superuser
    # Not signed in before the code is typed: the personal-data screen sends to the sign-in screen.
    assert client.get("/ja/account/data/")["Location"].startswith("/ja/account/login/")
    message = mail.last_to("aiko@example.jp")
    body = mail.body(message)
    assert "ドンタップ" in body or "Đồng Tháp" in body
    assert "aiko@example.jp" in body  # the address names the account
    screen = client.get("/ja/account/confirm-email/")
    assert screen.status_code == 200
    assert '<html lang="ja">' in screen.content.decode()

    wrong = client.post("/ja/account/confirm-email/", {"code": "WRONG-CODE"})
    assert wrong.status_code == 200
    assert not EmailAddress.objects.get(email="aiko@example.jp").verified
    response = client.post("/ja/account/confirm-email/", {"code": mail.code_for("aiko@example.jp")})
    assert response["Location"] == "/ja/account/"
    assert EmailAddress.objects.get(email="aiko@example.jp").verified
    page = client.get("/ja/account/data/")
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]

    record = ConsentRecord.objects.get(user=user)
    assert (record.purpose, record.notice_version, record.language) == ("account", "2026-11", "ja")
    assert record.subject_hash == subject_hash("AIKO@example.jp")


def test_sign_up_without_consent_is_refused_with_a_translated_message(client, mail):
    response = signup(client, "nguyen@example.vn", language="vi", consent=False)
    assert response.status_code == 200
    assert "Vui lòng đồng ý với thông báo về xử lý dữ liệu cá nhân" in response.content.decode()
    assert not User.objects.filter(email="nguyen@example.vn").exists()
    assert mail.messages == []


def test_an_unverified_address_cannot_sign_in(client, mail):
    signup(client, "kim@example.kr", language="ko")
    caches["default"].clear()  # later: a new verification code may be sent (one per address every 10 s)
    fresh = Client()
    response = fresh.post("/ko/account/login/", {"login": "kim@example.kr", "password": PASSWORD})
    # The right password leads to the verification screen (a new code is sent), not into the account.
    assert response.status_code == 302 and response["Location"] == "/ko/account/confirm-email/"
    assert len(mail.to("kim@example.kr")) == 2
    assert fresh.get("/ko/account/data/")["Location"].startswith("/ko/account/login/")
    assert "_auth_user_id" not in fresh.session


def test_sign_in_by_password_and_by_a_one_time_code(client, mail):
    verified_account(client, mail, "li@example.cn", language="zh-hans")
    client.logout()

    by_password = Client()
    response = by_password.post("/zh-hans/account/login/", {"login": "li@example.cn", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/zh-hans/account/"
    assert by_password.get("/zh-hans/account/data/").status_code == 200

    caches["default"].clear()  # later (one mail-sending step per address every 10 s: test_enumeration_throttle)
    by_code = Client()
    response = by_code.post("/zh-hans/account/login/code/", {"email": "li@example.cn"})
    assert response.status_code == 302 and response["Location"] == "/zh-hans/account/login/code/confirm/"
    code = mail.code_for("li@example.cn", count=2)
    response = by_code.post("/zh-hans/account/login/code/confirm/", {"code": code})
    assert response.status_code == 302 and response["Location"] == "/zh-hans/account/"
    assert by_code.get("/zh-hans/account/data/").status_code == 200


def test_inquiries_sent_before_sign_up_become_the_accounts_on_verification(client, mail, agency):
    before = InquiryFactory(kind="general", email="Sender@Example.com", message="An older question.").inquiry
    other = InquiryFactory(kind="general", email="someone-else@example.com", message="Not theirs.").inquiry
    signup(client, "sender@example.com")
    page = client.get("/en/account/confirm-email/")
    assert page.status_code == 200
    # Before verification the address claims nothing.
    user = User.objects.get(email="sender@example.com")
    assert list(account_inquiries(user=user)) == []
    client.post("/en/account/confirm-email/", {"code": mail.code_for("sender@example.com")})
    assert [inquiry.pk for inquiry in account_inquiries(user=user)] == [before.pk]
    assert other.pk not in [inquiry.pk for inquiry in account_inquiries(user=user)]
    assert client.get("/en/account/data/").content.decode().count("1 inquiry was sent") == 1

    # An address added but not verified claims nothing either.
    EmailAddress.objects.create(user=user, email="someone-else@example.com", verified=False, primary=False)
    assert [inquiry.pk for inquiry in account_inquiries(user=user)] == [before.pk]


def test_download_everything_and_delete_the_account(client, mail, agency):
    inquiry = InquiryFactory(kind="general", email="tanaka@example.jp", message="Lotus processing?").inquiry
    user = verified_account(client, mail, "tanaka@example.jp")

    download = client.get("/en/account/data/download/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith('attachment; filename="personal-data-')
    data = json.loads(download.content)
    sections = data["sections"]
    assert sections["account"]["email"] == "tanaka@example.jp"
    assert sections["account"]["email_addresses"] == [{"email": "tanaka@example.jp", "verified": True, "primary": True}]
    assert sections["account"]["consents"][0]["privacy_notice_version"] == "2026-11"
    assert [item["reference"] for item in sections["inquiries"]] == [inquiry.reference]
    assert sections["inquiries"][0]["message"] == "Lotus processing?"

    # Deleting asks for the password again first (allauth's reauthentication), then for the confirmation.
    asked = client.get("/en/account/delete/")
    assert asked.status_code == 302 and asked["Location"].startswith("/en/account/reauthenticate/")
    again = client.post(asked["Location"], {"password": PASSWORD})
    assert again.status_code == 302 and again["Location"] == "/en/account/delete/"
    unconfirmed = client.post("/en/account/delete/", {})
    assert unconfirmed.status_code == 400
    assert User.objects.filter(pk=user.pk).exists()
    response = client.post("/en/account/delete/", {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert not User.objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email="tanaka@example.jp").exists()
    kept = Inquiry.objects.get(pk=inquiry.pk)  # the agency keeps the inquiry, anonymised
    assert kept.anonymised_at is not None
    assert kept.email != "tanaka@example.jp" and kept.message != "Lotus processing?"
    assert kept.reference == inquiry.reference and kept.agency_id == agency.pk
    record = ConsentRecord.objects.get(subject_hash=subject_hash("tanaka@example.jp"))
    assert record.user is None and record.account_deleted_at is not None
    assert client.get("/en/account/data/")["Location"].startswith("/en/account/login/")


def test_deleting_needs_a_recent_sign_in(client, mail):
    verified_account(client, mail, "late@example.com")
    response = client.post("/en/account/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/reauthenticate/")
    assert User.objects.filter(email="late@example.com").exists()


def test_officers_keep_the_wagtail_admin_sign_in(db):
    agency = make_agency("agency-b", name="Agency B")
    officer = make_officer(agency, "bob")
    officer.set_password("officer-password")
    officer.save()
    client = Client()
    response = client.post("/admin/login/", {"username": "bob", "password": "officer-password"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    # An officer's account is not deleted from the investors' screens.
    assert client.get("/en/account/delete/").status_code == 403


def test_the_admin_lockout_still_counts_only_admin_sign_ins(db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    agency = make_agency("agency-c", name="Agency C")
    make_officer(agency, "carol")
    client = Client()
    for _ in range(3):
        client.post("/admin/login/", {"username": "carol", "password": "wrong"}, REMOTE_ADDR="198.51.100.9")
    locked = client.post("/admin/login/", {"username": "carol", "password": "wrong"}, REMOTE_ADDR="198.51.100.9")
    assert locked.status_code == 429


def test_account_screens_are_never_cached(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    for path in ("/en/account/login/", "/vi/account/signup/", "/ja/account/password/reset/"):
        first = client.get(path)
        assert first.status_code == 200
        assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
        assert "X-Page-Cache" not in first
        assert client.get(path).get("X-Page-Cache") != "hit"
