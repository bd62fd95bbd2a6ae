"""The same Idempotency-Key sent concurrently (threads, real PostgreSQL): one inquiry."""

import threading

import pytest
from django.db import connection
from django.test import Client

from inquiries.models import Inquiry, OutgoingEmail

from .conftest import inquiry_payload, make_agency

pytestmark = [
    pytest.mark.usefixtures("demo"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restore_database_after_module"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions"),
]

THREADS = 12


def test_same_key_concurrently_creates_one_inquiry(settings):
    agency = make_agency("concurrent", name="Concurrent agency", kind="promotion")
    settings.PORTAL_INQUIRY_DEFAULT_AGENCY = agency.slug
    barrier = threading.Barrier(THREADS, timeout=30)
    results: list = [None] * THREADS

    def send(index: int):
        from django.db import connection as thread_connection

        try:
            client = Client()
            barrier.wait()
            response = client.post(
                "/api/inquiries/",
                data=inquiry_payload(message=f"Attempt {index}: the same inquiry sent again."),
                content_type="application/json",
                HTTP_IDEMPOTENCY_KEY="same-key-everywhere",
                REMOTE_ADDR=f"198.51.100.{index + 1}",
            )
            results[index] = (response.status_code, response.json())
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(result is not None for result in results), results
    assert {status for status, _body in results} == {201}
    references = {body["reference"] for _status, body in results}
    assert len(references) == 1
    assert Inquiry.objects.filter(idempotency_key="same-key-everywhere").count() == 1
    inquiry = Inquiry.objects.get(idempotency_key="same-key-everywhere")
    assert OutgoingEmail.objects.filter(inquiry=inquiry).count() == 2  # and its e-mails once
