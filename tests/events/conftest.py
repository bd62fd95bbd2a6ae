"""Fixtures of the event-registration tests: a real SMTP server on loopback (aiosmtpd) and delivery through
the outbox, as the worker does it."""

import pytest
from django.test import override_settings

from inquiries.models import OutgoingEmail
from inquiries.outbox import email_deliver
from tests.inquiries.conftest import SMTPServer


@pytest.fixture
def smtp_server():
    server = SMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def deliver(smtp_server):
    """Delivers every queued e-mail to the SMTP server (what the worker does) and returns the messages
    received so far."""

    def run():
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=smtp_server.port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_TIMEOUT=5,
        ):
            for email in OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).order_by("pk"):
                assert email_deliver(email_id=email.pk) == "sent"
        return smtp_server.handler.messages

    return run
