"""Fixtures of the account tests: allauth's e-mails go to a real SMTP server on loopback (aiosmtpd, the suite's
sink from tests/inquiries/conftest.py); each test starts with empty rate-limit counters (the cache is cleared
after every test by tests/conftest.py)."""

import re

import pytest
from django.test import override_settings

from tests.inquiries.conftest import SMTPServer, wait_for

PASSWORD = "Lotus-Sa-Dec-2026!"
CODE = re.compile(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]{3,})*)\s*$", re.MULTILINE)


@pytest.fixture(scope="module")
def smtp_server():
    """One SMTP server per module (ports may come from a small PORTAL_TEST_PORTS range)."""
    server = SMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def mail(smtp_server):
    """allauth sends its e-mails at once through Django's SMTP backend: to the sink here, empty for each test."""
    smtp_server.handler.messages.clear()
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
        yield Mailbox(smtp_server)


class Mailbox:
    def __init__(self, server):
        self.server = server

    @property
    def messages(self):
        return self.server.handler.messages

    def to(self, address: str):
        return [message for message in self.messages if str(message["To"]).strip().lower() == address.lower()]

    def last_to(self, address: str, *, count: int = 1):
        wait_for(lambda: len(self.to(address)) >= count, timeout=10, message=f"{count} e-mail(s) to {address}")
        return self.to(address)[-1]

    @staticmethod
    def body(message) -> str:
        part = message.get_body(preferencelist=("plain",))
        return part.get_content()

    def code_for(self, address: str, *, count: int = 1) -> str:
        body = self.body(self.last_to(address, count=count))
        match = CODE.search(body)
        assert match, body
        return match.group(1)


def signup(client, email: str, *, language: str = "en", password: str = PASSWORD, consent: bool = True, **extra):
    data = {"email": email, "password1": password, "password2": password}
    if consent:
        data["consent"] = "on"
    return client.post(f"/{language}/account/signup/", data, **extra)
