"""Fixtures of the account tests: allauth's e-mails go to a real SMTP server on loopback (aiosmtpd, the suite's
sink from tests/smtp.py, one per module); each test starts with empty rate-limit counters (the cache is cleared
after every test by tests/conftest.py)."""

import re

import pytest

from tests.smtp import smtp_server_per_module, smtp_settings, wait_for  # noqa: F401 (a fixture)

PASSWORD = "Lotus-Sa-Dec-2026!"
CODE = re.compile(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]{3,})*)\s*$", re.MULTILINE)


@pytest.fixture
def mail(smtp_server):
    """allauth sends its e-mails at once through Django's SMTP backend: to the sink here, empty for each test."""
    smtp_server.handler.messages.clear()
    with smtp_settings(smtp_server.port):
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
