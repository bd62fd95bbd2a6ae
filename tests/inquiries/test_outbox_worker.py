"""Never lost, never twice: a real SMTP server on loopback (aiosmtpd) and a real worker subprocess
(`manage.py db_worker`, django-tasks' database backend) on the real PostgreSQL database.

These tests commit (the worker is another process), so they run as transactional tests, and the
module restores the demo database afterwards for the rest of the suite."""

import time

import pytest
from django.db import connection
from django.test import override_settings

from inquiries.models import Inquiry, OutgoingEmail

from .conftest import OUTBOX_TEST_SETTINGS, SMTPServer, make_agency, wait_for

pytestmark = [
    pytest.mark.usefixtures("demo"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restore_database_after_module"),
    pytest.mark.smtp,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker needs a shared database server"),
]

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def submit(client, key: str):
    response = client.post(
        "/api/inquiries/",
        data={
            "kind": "investment",
            "name": "Park Ji-woo",
            "email": "jiwoo@example.kr",
            "country": "KR",
            "message": "We are looking for five hectares of industrial land.",
            "language": "ko",
            "consent": True,
        },
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY=key,
        REMOTE_ADDR=f"192.0.2.{len(key)}",
    )
    assert response.status_code == 201, response.content
    return Inquiry.objects.get(reference=response.json()["reference"])


def all_sent(inquiry):
    statuses = list(OutgoingEmail.objects.filter(inquiry=inquiry).values_list("status", flat=True))
    return statuses and all(status == OutgoingEmail.Status.SENT for status in statuses)


@override_settings(TASKS=DATABASE_TASKS, **OUTBOX_TEST_SETTINGS)
def test_smtp_down_at_submission_then_back_every_email_arrives_exactly_once(client, start_worker):
    agency = make_agency("outage", name="Outage agency", kind="promotion")
    server = SMTPServer()  # its port is chosen, but nothing listens yet: SMTP is down
    worker = start_worker(server.url)
    with override_settings(PORTAL_INQUIRY_DEFAULT_AGENCY=agency.slug):
        inquiry = submit(client, "outage-1")
    emails = OutgoingEmail.objects.filter(inquiry=inquiry)
    assert emails.count() == 2  # written in the inquiry's transaction
    # The worker tries, fails and schedules retries with back-off.
    wait_for(
        lambda: all(e.attempts >= 2 and e.last_error for e in emails.all()),
        timeout=60,
        message="failed attempts while SMTP is down",
    )
    assert not any(e.status == OutgoingEmail.Status.SENT for e in emails.all())
    server.start()  # SMTP is back
    try:
        wait_for(lambda: all_sent(inquiry), timeout=60, message="every e-mail sent")
        # Give duplicates (if any) the time to show up: several back-off and sweep periods.
        time.sleep(4)
        ids = server.handler.message_ids()
        expected = sorted(emails.values_list("message_id", flat=True))
        assert sorted(ids) == expected, ids  # every e-mail, each exactly once
        assert worker.process.poll() is None
    finally:
        server.stop()


@override_settings(TASKS=DATABASE_TASKS, **OUTBOX_TEST_SETTINGS)
def test_worker_killed_mid_send_nothing_lost_nothing_duplicated(client, start_worker, smtp_server):
    agency = make_agency("crash", name="Crash agency", kind="promotion")
    handler = smtp_server.handler
    handler.stall_next = True  # the first DATA is held: the worker is in the middle of sending
    first_worker = start_worker(smtp_server.url)
    with override_settings(PORTAL_INQUIRY_DEFAULT_AGENCY=agency.slug):
        inquiry = submit(client, "crash-1")
    assert handler.stalled.wait(timeout=60), "the worker never reached DATA"
    sending = OutgoingEmail.objects.filter(inquiry=inquiry, status=OutgoingEmail.Status.SENDING)
    assert sending.count() == 1
    first_worker.kill()  # SIGKILL: no clean-up at all
    handler.release.set()
    start_worker(smtp_server.url)  # a fresh worker: the sweep rescues the claim once its lease expires
    wait_for(lambda: all_sent(inquiry), timeout=60, message="every e-mail sent after the crash")
    time.sleep(4)  # several back-off and sweep periods: time for a duplicate to show up
    expected = sorted(OutgoingEmail.objects.filter(inquiry=inquiry).values_list("message_id", flat=True))
    assert sorted(handler.message_ids()) == expected  # nothing lost, nothing twice
    assert len(expected) == 2
