"""The outbox in one process: claims, retries with back-off, permanent failures, the sweep."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from inquiries.models import OutgoingEmail
from inquiries.outbox import backoff_seconds, email_deliver, email_queue, outbox_sweep, stranded_emails
from tests.smtp import SMTPServer, smtp_settings

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]


def queue(key="k1", subject="Hello"):
    return email_queue(
        key=key, kind=OutgoingEmail.Kind.REPLY, to=["x@example.com"], subject=subject, body="Body", language="en"
    )


def test_queue_is_idempotent_on_key():
    first = queue()
    second = queue()
    assert first.pk == second.pk and OutgoingEmail.objects.filter(key="k1").count() == 1


def test_delivered_once_with_a_stable_message_id(smtp_server):
    email = queue()
    with smtp_settings(smtp_server.port):
        assert email_deliver(email_id=email.pk) == "sent"
        assert email_deliver(email_id=email.pk).startswith("skipped")  # a duplicate task sends nothing
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT and email.attempts == 1 and email.sent_at
    assert smtp_server.handler.message_ids() == [email.message_id]


def test_header_injection_in_subject_is_neutralised(smtp_server):
    email = queue(subject="Hi\r\nBcc: victim@example.com")
    with smtp_settings(smtp_server.port):
        email_deliver(email_id=email.pk)
    message = smtp_server.handler.messages[0]
    assert message["Bcc"] is None and "\n" not in str(message["Subject"])


@override_settings(PORTAL_OUTBOX_BACKOFF_SECONDS=10, PORTAL_OUTBOX_MAX_ATTEMPTS=2)
def test_smtp_down_retries_with_backoff_then_gives_up():
    server = SMTPServer()  # not started: connection refused
    email = queue()
    with smtp_settings(server.port):
        result = email_deliver(email_id=email.pk)
        assert result.startswith("retry")
        email.refresh_from_db()
        assert email.status == OutgoingEmail.Status.PENDING and email.attempts == 1
        assert "Connection" in email.last_error or "refused" in email.last_error.lower()
        assert email.next_attempt_at > timezone.now() + timedelta(seconds=9)
        assert email_deliver(email_id=email.pk).startswith("skipped")  # not due yet
        OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
        assert email_deliver(email_id=email.pk) == "gave up"
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.FAILED and email.attempts == 2


def test_permanent_refusal_is_not_retried(smtp_server):
    async def refuse(server, session, envelope):
        return "554 No such user"

    smtp_server.handler.handle_DATA = refuse
    email = queue()
    with smtp_settings(smtp_server.port):
        assert email_deliver(email_id=email.pk) == "gave up"


@override_settings(PORTAL_OUTBOX_BACKOFF_SECONDS=30, PORTAL_OUTBOX_BACKOFF_MAX_SECONDS=600)
def test_backoff_grows_and_is_capped():
    values = [backoff_seconds(n) for n in range(1, 10)]
    assert 30 <= values[0] <= 33 and 60 <= values[1] <= 66
    assert max(values) <= 660


@override_settings(PORTAL_OUTBOX_LEASE_SECONDS=60)
def test_sweep_rescues_an_expired_claim(smtp_server):
    email = queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=OutgoingEmail.Status.SENDING, claimed_until=timezone.now() - timedelta(seconds=1), attempts=1
    )
    assert list(stranded_emails()) == [email]
    with smtp_settings(smtp_server.port):
        assert outbox_sweep(deliver_now=True) == 1
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT and len(smtp_server.handler.messages) == 1
    # A claim that is still valid is left alone (its worker may still be sending).
    other = queue(key="k2")
    OutgoingEmail.objects.filter(pk=other.pk).update(
        status=OutgoingEmail.Status.SENDING, claimed_until=timezone.now() + timedelta(seconds=60)
    )
    assert other not in stranded_emails()
