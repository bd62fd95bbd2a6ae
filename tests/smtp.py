"""The suite's one SMTP sink: a real SMTP server on loopback (aiosmtpd) that keeps every message it accepts, the
settings that point Django's SMTP backend at it, and the fixtures the test folders share (imported by their
``conftest.py``: ``tests/inquiries``, ``tests/accounts``, ``tests/events``, ``tests/investors``).

- ``smtp_server``: one server per test; ``smtp_server_per_module`` (fixture name ``smtp_server`` too): one per
  module, for folders whose every test sends mail (its messages are cleared by the fixture that uses it).
- ``smtp_settings(port)``: ``override_settings`` for Django's SMTP backend towards the sink (no TLS, no login,
  a 5-second timeout so that a dead sink fails a test instead of hanging it).
- ``deliver``: delivers every queued e-mail of the outbox to the sink, as the worker does, and returns the
  messages received so far.
- ``wait_for``: a bounded wait (every wait in the suite has a timeout)."""

import asyncio
import email
import email.policy
import threading
import time

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings

from inquiries.models import OutgoingEmail
from inquiries.outbox import email_deliver
from tests.live_server import free_port


class RecordingHandler:
    """Keeps every message it accepted. With ``stall_next`` it holds the next DATA without answering
    (the client is then 'mid-send') until ``release`` is set, and then refuses it (451)."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.stall_next = False
        self.stalled = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.stall_next:
            self.stall_next = False
            self.stalled.set()
            for _ in range(1200):  # at most 60 s
                if self.release.is_set():
                    break
                await asyncio.sleep(0.05)
            return "451 Try again later"
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"

    def message_ids(self) -> list[str]:
        return [str(message["Message-ID"]) for message in self.messages]


class SMTPServer:
    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.handler = RecordingHandler()
        self.controller = None

    def start(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


def smtp_settings(port: int):
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=5,
    )


def wait_for(predicate, *, timeout: float, interval: float = 0.1, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout} s waiting for {message}")


def _serve():
    server = SMTPServer().start()
    yield server
    server.stop()


smtp_server = pytest.fixture(_serve, name="smtp_server")
smtp_server_per_module = pytest.fixture(_serve, scope="module", name="smtp_server")


@pytest.fixture
def deliver(smtp_server):
    """Delivers every queued e-mail to the SMTP server (what the worker does) and returns the messages
    received so far."""

    def run():
        with smtp_settings(smtp_server.port):
            for queued in OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).order_by("pk"):
                assert email_deliver(email_id=queued.pk) == "sent"
        return smtp_server.handler.messages

    return run
