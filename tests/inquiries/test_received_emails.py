"""The e-mails of a new inquiry are queued with it and written by the task worker (inquiries/emails.py,
``outbox.email_composer``): the request stores the inquiry and both rows in one transaction, renders nothing,
and the worker writes each text in its reader's language before the first attempt; a retry sends that text."""

import re

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from inquiries import emails, outbox
from inquiries.models import Inquiry, OutgoingEmail, RoutingRule
from inquiries.outbox import email_deliver
from inquiries.tasks import sweep_outbox
from tests.live_server import free_port

from .test_outbox import smtp_settings

pytestmark = [pytest.mark.django_db]

# Measured with the test settings (tasks run at once: no task rows, no sweep): the HTML form 11 and the JSON API
# 12 (12 and 13 while the form read its sector choices on every submission; 24 and 25 when the request wrote both
# e-mails, each with a savepoint, its own task and its own check for the outbox sweep, and the API looked for its
# key twice). With the database task backend, the task's row adds one (the sweep, once seen, none).
POST_QUERY_BUDGET = 12
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def default_agency(agency_a, settings):
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency_a.slug
    RoutingRule.objects.all().delete()
    return agency_a


def form_data(**overrides):
    return {
        "kind": "investment",
        "name": "Tanaka Aiko",
        "email": "aiko@example.jp",
        "organisation": "Lotus Foods",
        "country": "JP",
        "message": "蓮の加工工場の土地について教えてください。",
        "language": "ja",
        "consent": "on",
        "website": "",
        **overrides,
    }


def test_the_request_queues_both_emails_and_the_worker_writes_them(
    client, default_agency, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as worker:
        response = client.post("/ja/inquiries/new/", form_data())
    assert response.status_code == 302
    inquiry = Inquiry.objects.get(email="aiko@example.jp")
    rows = {email.kind: email for email in inquiry.emails.all()}
    assert set(rows) == {OutgoingEmail.Kind.ACKNOWLEDGEMENT, OutgoingEmail.Kind.AGENCY_NOTICE}
    assert all(row.composer and not row.body and row.status == OutgoingEmail.Status.PENDING for row in rows.values())
    assert rows[OutgoingEmail.Kind.ACKNOWLEDGEMENT].to == ["aiko@example.jp"]
    assert rows[OutgoingEmail.Kind.AGENCY_NOTICE].to == ["agency-a@agency.example"]
    assert not mail.outbox

    for callback in worker:  # the worker: one task delivers both, the acknowledgement first
        callback()
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]
    acknowledgement = next(m for m in mail.outbox if m.to == ["aiko@example.jp"])
    assert acknowledgement.subject == f"[{inquiry.reference}] お問い合わせを受け付けました"
    assert f"/ja/inquiries/status/{token}/" in acknowledgement.body and "Agency A" in acknowledgement.body
    # The same text as the request wrote before, with the token the request handed to the sender.
    subject, body = emails._sender_text(emails.ACKNOWLEDGEMENT, inquiry, token=token)
    assert (acknowledgement.subject, acknowledgement.body) == (subject, body)
    notice = next(m for m in mail.outbox if m.to == ["agency-a@agency.example"])
    assert notice.subject == f"[{inquiry.reference}] Yêu cầu mới gửi đến cơ quan của bạn"  # the source language
    assert "蓮の加工工場" in notice.body and inquiry.routing_explanation in notice.body
    assert (notice.subject, notice.body) == emails._agency_text(inquiry, OutgoingEmail.Kind.AGENCY_NOTICE)
    assert not inquiry.emails.exclude(composer="").exists()


@pytest.mark.smtp
def test_with_the_mail_server_down_the_text_is_written_once_and_sent_later(client, default_agency, smtp_server):
    closed = free_port()  # nothing listens there
    response = client.post("/ja/inquiries/new/", form_data())  # the test's transaction: no task runs
    assert response.status_code == 302
    acknowledgement = Inquiry.objects.get(email="aiko@example.jp").emails.get(kind=OutgoingEmail.Kind.ACKNOWLEDGEMENT)

    with smtp_settings(closed):
        assert email_deliver(email_id=acknowledgement.pk).startswith("retry")
    acknowledgement.refresh_from_db()
    assert acknowledgement.status == OutgoingEmail.Status.PENDING and acknowledgement.composer == ""
    written = acknowledgement.body
    assert "/ja/inquiries/status/" in written

    OutgoingEmail.objects.filter(pk=acknowledgement.pk).update(next_attempt_at=timezone.now())
    with smtp_settings(smtp_server.port):
        assert email_deliver(email_id=acknowledgement.pk) == "sent"
    sent = smtp_server.handler.messages[0]
    text = sent.get_body(preferencelist=("plain",)).get_content()
    assert text.replace("\r\n", "\n").strip() == written.strip()  # what was written, not a second rendering


def test_a_composer_that_fails_is_retried_and_nothing_is_lost(client, default_agency, monkeypatch):
    response = client.post("/ja/inquiries/new/", form_data())
    assert response.status_code == 302
    row = Inquiry.objects.get(email="aiko@example.jp").emails.get(kind=OutgoingEmail.Kind.AGENCY_NOTICE)
    monkeypatch.setitem(outbox._COMPOSERS, row.composer, lambda email: 1 / 0)
    assert email_deliver(email_id=row.pk).startswith("retry")
    row.refresh_from_db()
    assert row.status == OutgoingEmail.Status.PENDING and row.composer and "ZeroDivisionError" in row.last_error
    monkeypatch.undo()
    OutgoingEmail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    assert email_deliver(email_id=row.pk) == "sent"
    row.refresh_from_db()
    assert row.status == OutgoingEmail.Status.SENT and "蓮の加工工場" in row.body


def _queries(client, path: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.post(path, **kwargs)
    assert response.status_code in (201, 302), response.content
    return len(context.captured_queries)


def test_submission_query_budget(client, default_agency):
    client.post("/ja/inquiries/new/", form_data(email="warm@example.jp"), REMOTE_ADDR="198.51.100.1")  # warm-up
    html = _queries(client, "/ja/inquiries/new/", data=form_data(), REMOTE_ADDR="198.51.100.2")
    payload = {**form_data(email="api@example.jp"), "consent": True}
    api = _queries(
        client,
        "/api/inquiries/",
        data=payload,
        content_type="application/json",
        headers={"Idempotency-Key": "budget-key-1"},
        REMOTE_ADDR="198.51.100.3",
    )
    print(f"queries per POST: form {html}, API {api}")
    assert html <= POST_QUERY_BUDGET and api <= POST_QUERY_BUDGET
    assert re.match(r"^DT-\d{4}-\d{6}$", Inquiry.objects.get(email="api@example.jp").reference)


def test_a_waiting_sweep_is_looked_for_once_then_known(
    client, default_agency, settings, django_capture_on_commit_callbacks
):
    """With the database task backend each submission makes sure one outbox sweep waits; once this process has seen
    one commit, it knows it waits until its time comes, and the next submissions do not look again."""
    settings.TASKS = DATABASE_TASKS
    sweeps = DBTaskResult.objects.filter(task_path=sweep_outbox.module_path, status="READY")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ja/inquiries/new/", form_data(email="first@example.jp"), REMOTE_ADDR="198.51.100.1")
    assert sweeps.count() == 1
    with CaptureQueriesContext(connection) as context:
        response = client.post("/ja/inquiries/new/", form_data(email="second@example.jp"), REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302
    task_queries = [q["sql"] for q in context.captured_queries if "dbtaskresult" in q["sql"]]
    assert len(task_queries) == 1 and task_queries[0].startswith("INSERT")  # the delivery task, no sweep lookup
    assert sweeps.count() == 1

    sweeps.delete()  # the worker took it (its time came): the next submission looks, and queues the next sweep
    outbox.forget_sweep_memo()
    client.post("/ja/inquiries/new/", form_data(email="third@example.jp"), REMOTE_ADDR="198.51.100.3")
    assert sweeps.count() == 1


def test_a_sweep_queued_in_a_rolled_back_transaction_is_not_remembered(default_agency, settings):
    """The memo is set on commit only: a sweep queued by a transaction that rolled back is not waiting."""
    settings.TASKS = DATABASE_TASKS
    outbox.forget_sweep_memo()
    with pytest.raises(RuntimeError), transaction.atomic():
        outbox.sweep_ensure_scheduled()
        raise RuntimeError
    assert not DBTaskResult.objects.filter(task_path=sweep_outbox.module_path).exists()
    with CaptureQueriesContext(connection) as context, transaction.atomic():
        outbox.sweep_ensure_scheduled()
    assert any(q["sql"].startswith("SELECT") and "dbtaskresult" in q["sql"] for q in context.captured_queries)
    assert DBTaskResult.objects.filter(task_path=sweep_outbox.module_path, status="READY").count() == 1
