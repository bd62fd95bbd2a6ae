"""Fixtures of the event-registration tests: a real SMTP server on loopback and delivery through the outbox, as
the worker does it (the suite's shared sink, ``tests/smtp.py``)."""

from tests.smtp import deliver, smtp_server  # noqa: F401 (fixtures)
