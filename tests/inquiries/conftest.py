"""Fixtures for the inquiry tests: two agencies with officers (from ``tests/factories``), a real SMTP server on loopback
(aiosmtpd), a real task worker subprocess, and a snapshot/restore of the demo database around
modules whose tests commit (transactional tests flush the database when they end)."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from tests.factories.inquiries import OfficerFactory
from tests.factories.investment import AgencyFactory

ROOT = Path(__file__).resolve().parent.parent.parent


def make_agency(slug: str, *, name: str, kind: str = "other", days: int = 2, hours: int = 0):
    """An agency with its officers group (who may sign in to the admin), from the factories."""
    return AgencyFactory(
        slug=slug,
        name={"vi": name, "en": name},
        short_name=slug.upper(),
        kind=kind,
        email=f"{slug}@agency.example",
        first_reply_working_days=days,
        acknowledge_hours=hours,
    )


def make_officer(agency, username: str):
    return OfficerFactory(username=username, agency=agency, first_name="", last_name="")


@pytest.fixture
def agency_a(db):
    return make_agency("agency-a", name="Agency A", kind="promotion")


@pytest.fixture
def agency_b(db):
    return make_agency("agency-b", name="Agency B")


@pytest.fixture
def officer_a(agency_a):
    return make_officer(agency_a, "alice")


@pytest.fixture
def officer_b(agency_b):
    return make_officer(agency_b, "bob")


def inquiry_payload(**overrides) -> dict:
    payload = {
        "kind": "investment",
        "name": "Aiko Tanaka",
        "email": "aiko@example.jp",
        "organisation": "Example Foods",
        "country": "JP",
        "message": "We would like to know more about lotus processing.",
        "language": "en",
        "consent": True,
    }
    payload.update(overrides)
    return payload


@pytest.fixture
def post_inquiry(client):
    def post(headers=None, remote_addr="203.0.113.7", **overrides):
        extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in (headers or {}).items()}
        return client.post(
            "/api/inquiries/",
            data=inquiry_payload(**overrides),
            content_type="application/json",
            REMOTE_ADDR=remote_addr,
            **extra,
        )

    return post


# A real SMTP server: the suite's shared sink (tests/smtp.py) ------------------------------------------

from tests.smtp import RecordingHandler, SMTPServer, smtp_server, wait_for  # noqa: E402, F401

# A real task worker --------------------------------------------------------------------------------

OUTBOX_TEST_SETTINGS = {
    "PORTAL_OUTBOX_BACKOFF_SECONDS": 0.5,
    "PORTAL_OUTBOX_BACKOFF_MAX_SECONDS": 2,
    "PORTAL_OUTBOX_LEASE_SECONDS": 3,
    "PORTAL_OUTBOX_SWEEP_SECONDS": 1,
}


def database_url() -> str:

    s = connection.settings_dict
    return f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"


class Worker:
    def __init__(self, smtp_url: str, log_path: Path):
        self.smtp_url = smtp_url
        self.log_path = log_path
        self.process = None

    def start(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database_url(),
            "PORTAL_TASKS_BACKEND": "database",
            "EMAIL_URL": self.smtp_url,
            "EMAIL_TIMEOUT": "5",
            **{name: str(value) for name, value in OUTBOX_TEST_SETTINGS.items()},
        }
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "--no-reload"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        return self

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture
def start_worker(tmp_path):
    workers = []

    def start(smtp_url: str) -> Worker:
        worker = Worker(smtp_url, tmp_path / "worker.log").start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture(scope="module")
def restore_database_after_module(django_db_setup, django_db_blocker):
    """For modules whose tests commit: snapshot the demo database before, restore it after, so the
    rest of the suite (in any order) finds the demo content again."""

    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
    yield
    # Content types first: signal handlers that run while other rows are restored look them up.
    rows = json.loads(snapshot)
    first = [row for row in rows if row["model"] == "contenttypes.contenttype"]
    snapshot = json.dumps(first + [row for row in rows if row["model"] != "contenttypes.contenttype"])
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0)
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(snapshot)
        ContentType.objects.clear_cache()
