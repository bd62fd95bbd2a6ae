"""The same Idempotency-Key sent concurrently by one client (threads, real PostgreSQL): one inquiry; with
different content, one inquiry and 422 for the others. Keys are scoped to the client (issue 12, item 10)."""

import threading

import pytest
from django.db import connection
from django.db import connection as thread_connection
from django.test import Client

from inquiries.idempotency import api_idempotency_key
from inquiries.models import Inquiry, OutgoingEmail

from .conftest import inquiry_payload, make_agency

pytestmark = [
    pytest.mark.usefixtures("demo"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restore_database_after_module"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions"),
]

THREADS = 12


KEY = "same-key-everywhere"
CLIENT = "198.51.100.1"


def send_concurrently(messages: list[str]) -> list[tuple[int, dict]]:
    barrier = threading.Barrier(len(messages), timeout=30)
    results: list = [None] * len(messages)

    def send(index: int):

        try:
            client = Client()
            barrier.wait()
            response = client.post(
                "/api/inquiries/",
                data=inquiry_payload(message=messages[index]),
                content_type="application/json",
                HTTP_IDEMPOTENCY_KEY=KEY,
                REMOTE_ADDR=CLIENT,
            )
            results[index] = (response.status_code, response.json())
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(messages))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(result is not None for result in results), results
    return results


def test_same_key_concurrently_creates_one_inquiry(settings):
    agency = make_agency("concurrent", name="Concurrent agency", kind="promotion")
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency.slug
    results = send_concurrently(["The same inquiry, sent again and again by a retrying client."] * THREADS)
    assert {status for status, _body in results} == {201}
    references = {body["reference"] for _status, body in results}
    assert len(references) == 1
    stored = api_idempotency_key(key=KEY, client=CLIENT)
    assert Inquiry.objects.filter(idempotency_key=stored).count() == 1
    inquiry = Inquiry.objects.get(idempotency_key=stored)
    assert OutgoingEmail.objects.filter(inquiry=inquiry).count() == 2  # and its e-mails once


def test_same_key_with_different_content_concurrently_creates_one_and_refuses_the_rest(settings):
    agency = make_agency("concurrent-b", name="Concurrent agency B", kind="promotion")
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency.slug
    settings.PORTAL_INQUIRY_RATE_LIMIT = 0
    results = send_concurrently(
        [f"Attempt {index}: a different inquiry under the same key." for index in range(THREADS)]
    )
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] + [422] * (THREADS - 1), statuses
    assert Inquiry.objects.filter(idempotency_key=api_idempotency_key(key=KEY, client=CLIENT)).count() == 1
