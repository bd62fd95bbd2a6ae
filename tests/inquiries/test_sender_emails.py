"""The investor is never left guessing: an e-mail in their language, through the outbox, when the inquiry is
handed over, when the agency asks for information, with each reply (signed with the officer's full
contact) and when it is closed (with the rating link); each links to their private page, which works;
their answer sets a new reply deadline; every link starts with the configured base URL."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from inquiries.models import Inquiry, InquiryStatus, OfficerProfile, OutgoingEmail, RoutingRule
from inquiries.outbox import email_deliver
from inquiries.services import (
    inquiry_add_follow_up,
    inquiry_create,
    inquiry_hand_over,
    inquiry_reply,
    inquiry_request_information,
    inquiry_set_status,
)
from inquiries.workdays import reply_due

from .conftest import make_officer

pytestmark = pytest.mark.django_db
BASE = "https://invest.example.gov.vn"


@pytest.fixture
def korean(agency_a, agency_b, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    settings.PORTAL_BASE_URL = BASE
    RoutingRule.objects.all().delete()
    agency_b.name_ko, agency_b.address_ko = "동탑성 농업환경국", "동탑성 까오란동 응우옌후에 거리 8번지"
    agency_b.save()
    created = inquiry_create(
        kind="partnership", name="Park Ji-woo", email="jiwoo@example.kr", organisation="Example Mango Co.",
        country="KR", language="ko", message="망고 가공 파트너를 찾고 있습니다.",
    )  # fmt: skip
    return created


def officer_with_profile(agency, username):
    officer = make_officer(agency, username)
    officer.first_name, officer.email = "Võ Thị Mai", f"{username}@agency.example"
    officer.save()
    profile = OfficerProfile(user=officer, phone="+84 277 3851 014")
    setattr(profile, build_localized_fieldname("display_name", "ko"), "보티마이")
    setattr(profile, build_localized_fieldname("title", "ko"), "농업비즈니스 개발 담당관")
    profile.save()
    return officer


def sent_to_sender(inquiry, kind) -> list[OutgoingEmail]:
    return list(inquiry.emails.filter(kind=kind, to=[inquiry.email]).order_by("pk"))


def private_link(email) -> str:
    """The status page's address in a stored (``OutgoingEmail``) or delivered e-mail."""
    return next(word for word in email.body.split() if word.startswith(f"{BASE}/ko/inquiries/status/"))


def test_every_step_reaches_the_sender_in_their_language(client, korean, agency_b, django_capture_on_commit_callbacks):
    inquiry = korean.inquiry
    acknowledgement = sent_to_sender(inquiry, OutgoingEmail.Kind.ACKNOWLEDGEMENT)[0]
    assert acknowledgement.composer and not acknowledgement.body  # written by the worker (inquiries/emails.py)
    with django_capture_on_commit_callbacks(execute=True):
        email_deliver(email_id=acknowledgement.pk)  # the worker: writes it in Korean, sends it
    delivered = next(m for m in mail.outbox if m.to == ["jiwoo@example.kr"])
    assert delivered.subject == f"[{inquiry.reference}] 문의가 접수되었습니다"
    first_link = private_link(delivered)
    assert first_link == f"{BASE}/ko/inquiries/status/{korean.token}/"

    # Handed over: which agency now, who there, when to expect the reply; the same private page.
    officer = officer_with_profile(agency_b, "mai")
    inquiry = inquiry_hand_over(inquiry=inquiry, to_agency=agency_b, reason="Nông nghiệp", actor=None)
    handed = sent_to_sender(inquiry, OutgoingEmail.Kind.HANDED_OVER)[0]
    assert handed.language == "ko" and "동탑성 농업환경국" in handed.subject
    with translation.override("ko"):
        due = timezone.localtime(reply_due(agency=agency_b, start=timezone.now()))
    assert f"{due.year}년 {due.month}월 {due.day}일까지 답변을" in handed.body  # the expected date, in Korean
    assert "보티마이" in handed.body and "농업비즈니스 개발 담당관" in handed.body and "+84 277 3851 014" in handed.body
    assert private_link(handed) == first_link

    # The agency asks for information: the inquiry waits for the sender, the clock stops.
    inquiry_request_information(inquiry=inquiry, text="연간 필요 물량은 몇 톤입니까?", actor=officer)
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.INFO_REQUESTED and inquiry.reply_due_at is None and not inquiry.is_overdue
    request = sent_to_sender(inquiry, OutgoingEmail.Kind.INFO_REQUEST)[0]
    assert "연간 필요 물량은 몇 톤입니까?" in request.body and "추가 정보" in request.subject
    assert private_link(request) == first_link
    page = client.get(first_link.removeprefix(BASE)).content.decode()
    assert "inquiry-info-requested" in page and "연간 필요 물량은 몇 톤입니까?" in page

    # The sender answers on their page: back in progress, with a new reply deadline.
    # (the page's forms post to the token-free address, the token in the body)
    token = first_link.rstrip("/").rsplit("/", 1)[-1]
    response = client.post(
        "/ko/inquiries/status/", {"token": token, "action": "follow_up", "message": "연간 800톤입니다."}
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.IN_PROGRESS and inquiry.awaits_reply
    assert timezone.localtime(inquiry.reply_due_at).date() == due.date()
    assert 'class="inquiry-reply-due"' in client.get(first_link.removeprefix(BASE)).content.decode()

    # The reply, signed with the officer's full contact and the agency's address, in Korean.
    inquiry_reply(inquiry=inquiry, text="망고 가공 파트너 세 곳을 소개해 드립니다.", actor=officer)
    reply = sent_to_sender(inquiry, OutgoingEmail.Kind.REPLY)[0]
    for line in ("보티마이", "농업비즈니스 개발 담당관", "직통 전화: +84 277 3851 014", "이메일: mai@agency.example",
                 "동탑성 농업환경국", "동탑성 까오란동 응우옌후에 거리 8번지"):  # fmt: skip
        assert line in reply.body, line
    assert reply.reply_to == [agency_b.email] and private_link(reply) == first_link
    inquiry.refresh_from_db()
    assert inquiry.reply_due_at is None and inquiry.first_reply_at is not None  # nothing owed any more

    # Closed by hand: the closing e-mail with the rating link, which opens the rating form.
    inquiry_set_status(inquiry=inquiry, status=InquiryStatus.CLOSED, actor=officer)
    closure = sent_to_sender(inquiry, OutgoingEmail.Kind.CLOSURE)[0]
    rating_link = next(word for word in closure.body.split() if word.endswith("#rating"))
    assert rating_link == f"{first_link}#rating" and "보티마이" in closure.body
    page = client.get(rating_link.removeprefix(BASE).split("#")[0]).content.decode()
    assert 'id="rating"' in page and 'name="rating"' in page
    assert [e.language for e in inquiry.emails.filter(to=[inquiry.email])] == ["ko"] * 5


def test_a_reply_that_closes_carries_the_rating_link_and_is_delivered(
    korean, agency_a, django_capture_on_commit_callbacks
):
    officer = make_officer(agency_a, "alice")
    with django_capture_on_commit_callbacks(execute=True):
        inquiry_reply(inquiry=korean.inquiry, text="답변드립니다.", actor=officer, close=True)
    delivered = next(m for m in mail.outbox if m.to == ["jiwoo@example.kr"] and "답변드립니다." in m.body)
    assert f"{BASE}/ko/inquiries/status/{korean.token}/#rating" in delivered.body
    assert not korean.inquiry.emails.filter(kind=OutgoingEmail.Kind.CLOSURE).exists()  # one e-mail, not two


def test_a_follow_up_never_pushes_back_a_deadline_already_running(korean):
    inquiry = korean.inquiry
    earlier = timezone.now() + timedelta(hours=3)
    Inquiry.objects.filter(pk=inquiry.pk).update(reply_due_at=earlier)
    inquiry_add_follow_up(inquiry=inquiry, message="추가 질문입니다.")
    inquiry.refresh_from_db()
    assert inquiry.reply_due_at == earlier


def test_without_the_key_the_token_was_made_with_no_link_is_invented(korean):
    inquiry = korean.inquiry
    with override_settings(SECRET_KEY="a-new-key-0123456789-0123456789-0123456789", SECRET_KEY_FALLBACKS=[]):
        assert Inquiry.objects.get(pk=inquiry.pk).status_token is None
        inquiry_request_information(inquiry=inquiry, text="몇 톤입니까?", actor=None)
    request = sent_to_sender(inquiry, OutgoingEmail.Kind.INFO_REQUEST)[0]
    assert korean.token not in request.body and "/inquiries/status/" not in request.body
    assert "첫 번째 이메일" in request.body  # "the address in our first e-mail"
    with override_settings(SECRET_KEY="a-new-key-0123456789-0123456789-0123456789", SECRET_KEY_FALLBACKS=[
        "test-only-secret-key-not-for-production-use-0123456789"
    ]):  # fmt: skip
        assert Inquiry.objects.get(pk=inquiry.pk).status_token == korean.token


def test_the_acknowledgement_is_honest_about_the_email(client, agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    RoutingRule.objects.all().delete()
    response = client.post(
        "/en/inquiries/new/",
        {"kind": "general", "name": "Emma Schulz", "email": "emma@example.de", "organisation": "", "country": "DE",
         "message": "Which permits does a representative office need?", "consent": "on", "language": "en",
         "website": ""},
        follow=True,
    )  # fmt: skip
    html = response.content.decode()
    assert "A confirmation e-mail is on its way" in html and "we have sent you an e-mail" not in html
    assert 'data-email-status="pending"' in html  # not sent yet: the page says so
    OutgoingEmail.objects.filter(kind="acknowledgement").update(status="sent", sent_at=timezone.now())
    assert 'data-email-status="sent"' in client.get(response.request["PATH_INFO"]).content.decode()
