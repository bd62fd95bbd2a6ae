"""PostgreSQL restarted (or stopped) while investors read pages and send inquiries.

The portal runs as in production (gunicorn, two workers with threads, persistent connections with
health checks) on its own PostgreSQL, never the suite's. While inquiries are submitted and pages read
without pause, PostgreSQL is restarted, then stopped for a few seconds and started again. Every answer
must be a success or a translated 503 with ``Retry-After`` (never a 500, never a dropped connection);
every accepted inquiry must be stored once and whole; nothing may remain of a refused one; its retry
with the same Idempotency-Key must succeed; and the portal must recover by itself.

The first tests run in-process (also on SQLite) and pin down which errors count as "unavailable".
"""

import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
import requests
from django.db import IntegrityError, InterfaceError, OperationalError, ProgrammingError
from django.test import RequestFactory
from django.utils import translation

from cms.database_unavailable import DatabaseUnavailableMiddleware, is_database_unavailable
from tests.live_server import ROOT, free_port

POSTGRES = ROOT / "scripts" / "postgres.sh"
PG_RUN_DIR = Path(os.environ.get("PORTAL_RUN", "/var/tmp/portal-run")) / "pg"
MESSAGE = (
    "The portal cannot reach its database at the moment. Your request was not completed; "
    "please try again in a few seconds."
)
TITLE = "Temporarily unavailable"
LANGUAGES = ["vi", "en", "ja", "ko", "zh-hans"]
TEST_DOMAIN = "fault-test.example"


def _translated(text: str, language: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def _django_error(cls, cause):
    error = cls(str(cause))
    error.__cause__ = cause
    return error


# In-process: which errors mean "the database is unavailable" -------------------------------------


@pytest.mark.smoke
def test_only_connection_failures_count_as_unavailable():
    assert is_database_unavailable(_django_error(OperationalError, psycopg.errors.AdminShutdown("terminating")))
    assert is_database_unavailable(_django_error(OperationalError, psycopg.errors.CannotConnectNow("starting up")))
    assert is_database_unavailable(_django_error(OperationalError, psycopg.errors.TooManyConnections("too many")))
    assert is_database_unavailable(_django_error(OperationalError, psycopg.OperationalError("connection refused")))
    assert is_database_unavailable(_django_error(InterfaceError, psycopg.InterfaceError("connection closed")))
    assert is_database_unavailable(_django_error(OperationalError, sqlite3.OperationalError("database is locked")))
    # Real faults in the code or the data stay 500s, so that they are seen and fixed.
    assert not is_database_unavailable(_django_error(OperationalError, psycopg.errors.DeadlockDetected("deadlock")))
    assert not is_database_unavailable(_django_error(OperationalError, psycopg.errors.QueryCanceled("timeout")))
    assert not is_database_unavailable(_django_error(OperationalError, sqlite3.OperationalError("no such table: x")))
    assert not is_database_unavailable(_django_error(IntegrityError, psycopg.errors.UniqueViolation("duplicate")))
    assert not is_database_unavailable(_django_error(ProgrammingError, psycopg.errors.UndefinedTable("no table")))
    assert not is_database_unavailable(ValueError("not a database error"))


def _lost_connection():
    return _django_error(OperationalError, psycopg.OperationalError("server closed the connection unexpectedly"))


@pytest.mark.smoke
def test_a_view_failure_answers_translated_json_for_the_api():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().get("/api/v2/pages/?lang=ko")
    response = middleware.process_exception(request, _lost_connection())
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Content-Language"] == "ko"
    assert json.loads(response.content) == {"errors": {"__all__": [_translated(MESSAGE, "ko")]}}
    assert middleware.process_exception(request, _django_error(IntegrityError, ValueError("dup"))) is None


@pytest.mark.smoke
def test_a_failure_before_the_view_answers_the_translated_html_page():
    def failing_middleware(request):
        raise _lost_connection()

    request = RequestFactory().get("/ja/projects/", HTTP_ACCEPT="text/html,*/*;q=0.8")
    response = DatabaseUnavailableMiddleware(failing_middleware)(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert _translated(TITLE, "ja") in html and _translated(MESSAGE, "ja") in html
    assert _translated(TITLE, "ja") != TITLE


# A real server on its own PostgreSQL ---------------------------------------------------------------


def _postgres(command: str, port: int, timeout: float = 120) -> str:
    result = subprocess.run(
        [str(POSTGRES), command, str(port)], capture_output=True, text=True, timeout=timeout, check=True
    )
    return result.stdout


def _free_postgres_port() -> int:
    """A free loopback port at or above 55640 that no other throw-away PostgreSQL uses."""
    rng = random.Random()
    for _attempt in range(100):
        port = rng.randint(55640, 56999)
        if (PG_RUN_DIR / str(port)).exists():
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port for PostgreSQL")


def _manage(env: dict, *args: str, timeout: float = 600) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


DISCOVER = """
from django.utils import translation
from investment.models import ProjectIndexPage, ProjectPage
for language in ("en", "vi", "ja"):
    with translation.override(language):
        listing = ProjectIndexPage.objects.live().first()
        detail = ProjectPage.objects.live().order_by("pk").first()
        print("PAGES", language, listing.url, detail.url)
"""


@contextmanager
def gunicorn_server(env: dict, log_path: Path, timeout: float = 120):
    """The production app server (deploy/gunicorn.conf.py) with two workers; yields (url, process)."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2", "GUNICORN_THREADS": "4"}
    log = open(log_path, "wb")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                if requests.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log_path.read_text(errors="replace")[-3000:])
            time.sleep(0.2)
        yield url, process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


@dataclass
class Portal:
    url: str
    database_url: str
    pg_port: int
    log_path: Path
    process: subprocess.Popen
    pages: dict[str, tuple[str, str]]  # language: (project listing, project detail)

    @property
    def listing(self) -> str:
        return self.pages["en"][0]

    @property
    def detail(self) -> str:
        return self.pages["en"][1]

    def stop_database(self) -> None:
        _postgres("stop", self.pg_port)

    def resume_database(self) -> None:
        _postgres("resume", self.pg_port)

    def query(self, sql: str, params=()) -> list[tuple]:
        with psycopg.connect(self.database_url, connect_timeout=10) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("PostgreSQL is not installed")
    tmp = tmp_path_factory.mktemp("faults")
    port = _free_postgres_port()
    try:
        database_url = _postgres("start", port, timeout=300).strip().split("DATABASE_URL=", 1)[1]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database_url,
            "DATABASE_CONN_MAX_AGE": "60",  # persistent connections: the harder case to recover from
            "MEDIA_ROOT": str(tmp / "media"),
            "PORTAL_TEST_MEDIA_ROOT": str(tmp / "media"),
            "PORTAL_TASKS_BACKEND": "database",  # the delivery task rows share the inquiry's transaction
            "PORTAL_INQUIRY_RATE_LIMIT": "0",  # every submission comes from 127.0.0.1
            "PORTAL_PAGE_CACHE_SECONDS": "600",  # its generation query fails in a middleware, before any view
            "LOG_LEVEL": "WARNING",
        }
        env.pop("ELASTICSEARCH_URL", None)
        _manage(env, "migrate", "--noinput", "--verbosity", "0")
        _manage(env, "load_demo", "--no-index")
        lines = [line.split() for line in _manage(env, "shell", "-c", DISCOVER).splitlines()]
        pages = {words[1]: (words[2], words[3]) for words in lines if words[:1] == ["PAGES"]}
        with gunicorn_server(env, tmp / "server.log") as (url, process):
            yield Portal(url, database_url, port, tmp / "server.log", process, pages)
    finally:
        subprocess.run([str(POSTGRES), "stop", str(port)], capture_output=True, timeout=120)
        shutil.rmtree(PG_RUN_DIR / str(port), ignore_errors=True)


# The load: inquiries and page reads while PostgreSQL goes away -------------------------------------


@dataclass
class Outcome:
    kind: str  # "inquiry" or "page"
    path: str
    language: str
    status: int | None = None
    headers: dict = field(default_factory=dict)
    text: str = ""
    error: str = ""
    key: str = ""
    payload: dict = field(default_factory=dict)
    at: float = 0.0  # when the request was sent
    done: float = 0.0  # when its answer (or error) came


def _inquiry_payload(number: int, run: str) -> dict:
    return {
        "kind": "investment",
        "name": f"Fault Tester {run}-{number}",
        "email": f"sender-{run}-{number}@{TEST_DOMAIN}",
        "organisation": "Restart Foods",
        "country": "JP",
        "message": "We would like to know more about lotus processing in the province.",
        "language": LANGUAGES[number % len(LANGUAGES)],
        "consent": True,
    }


def _submit(url: str, payload: dict, key: str) -> Outcome:
    outcome = Outcome("inquiry", "/api/inquiries/", payload["language"], key=key, payload=payload)
    outcome.at = time.monotonic()
    try:
        response = requests.post(f"{url}/api/inquiries/", json=payload, headers={"Idempotency-Key": key}, timeout=20)
    except requests.RequestException as exc:
        outcome.error = f"{type(exc).__name__}: {exc}"
        response = None
    outcome.done = time.monotonic()
    if response is not None:
        outcome.status, outcome.headers, outcome.text = response.status_code, dict(response.headers), response.text
    return outcome


def _get(url: str, path: str, language: str, accept: str = "text/html,application/xhtml+xml,*/*;q=0.8") -> Outcome:
    outcome = Outcome("page", path, language, at=time.monotonic())
    try:
        response = requests.get(f"{url}{path}", headers={"Accept": accept}, timeout=20, allow_redirects=False)
    except requests.RequestException as exc:
        outcome.error = f"{type(exc).__name__}: {exc}"
        response = None
    outcome.done = time.monotonic()
    if response is not None:
        outcome.status, outcome.headers, outcome.text = response.status_code, dict(response.headers), response.text
    return outcome


class Load:
    """Threads that submit inquiries and read pages until stopped (bounded in count and time)."""

    def __init__(self, portal: Portal, run: str, submitters: int = 2, max_seconds: float = 90):
        self.portal, self.run = portal, run
        self.outcomes: list[Outcome] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.deadline = time.monotonic() + max_seconds
        self.numbers = iter(range(10_000))
        self.threads = [threading.Thread(target=self._submitter, daemon=True) for _ in range(submitters)]
        self.threads.append(threading.Thread(target=self._reader, daemon=True))

    def _running(self, done: int, limit: int) -> bool:
        return not self.stop.is_set() and done < limit and time.monotonic() < self.deadline

    def _record(self, outcome: Outcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)

    def _submitter(self) -> None:
        done = 0
        while self._running(done, 400):
            with self.lock:
                number = next(self.numbers)
            key = f"fault-{self.run}-{number}"
            self._record(_submit(self.portal.url, _inquiry_payload(number, self.run), key))
            done += 1
            time.sleep(0.02)

    def _reader(self) -> None:
        p = self.portal
        rotation = [
            (path, language)
            for language, (listing, detail) in p.pages.items()
            for path in (f"/{language}/", listing, detail)
        ]
        rotation += [("/api/v2/pages/?lang=ja&type=investment.ProjectPage", "ja"), ("/healthz", "en")]
        done = 0
        while self._running(done, 2000):
            path, language = rotation[done % len(rotation)]
            self._record(_get(p.url, path, language))
            done += 1
            time.sleep(0.02)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in self.threads), "a load thread did not stop"


def _assert_unavailable(outcome: Outcome) -> None:
    """A 503 that says, in the reader's language, what happened and when to come back."""
    assert outcome.headers.get("Retry-After") == "5", outcome
    assert outcome.headers.get("Content-Language") == outcome.language, outcome
    message = _translated(MESSAGE, outcome.language)
    if outcome.kind == "inquiry" or outcome.path.startswith("/api/"):
        assert outcome.headers["Content-Type"].startswith("application/json"), outcome
        assert json.loads(outcome.text) == {"errors": {"__all__": [message]}}, outcome
    else:
        assert outcome.headers["Content-Type"].startswith("text/html"), outcome
        assert f'<html lang="{outcome.language}">' in outcome.text, outcome
        assert message in outcome.text and _translated(TITLE, outcome.language) in outcome.text, outcome


def _wait_until_recovered(portal: Portal, limit: float = 45) -> dict[str, float]:
    """Seconds until /readyz and each page has answered 200 again (no server restart), at most ``limit``."""
    started = time.monotonic()
    waiting = ["/readyz", "/en/", portal.listing, portal.detail, "/vi/inquiries/new/"]
    recovered = {}
    while waiting and time.monotonic() - started < limit:
        path = waiting[0]
        try:
            ok = requests.get(f"{portal.url}{path}", timeout=10).status_code == 200
        except requests.RequestException:
            ok = False
        if ok:
            recovered[waiting.pop(0)] = time.monotonic() - started
        else:
            time.sleep(0.1)
    assert not waiting, f"not recovered within {limit} s: {waiting}"
    return recovered


def _server_errors(portal: Portal, each: int = 2500, limit: int = 3) -> str:
    """What the server logged for its first 500s (message and traceback), for an assertion message."""
    text = portal.log_path.read_text(errors="replace")
    starts = [match.start() for match in re.finditer(r"Internal Server Error|Traceback", text)]
    return "\n---\n".join(text[start : start + each] for start in starts[:limit])


def _inquiry_rows(portal: Portal, outcome) -> list[tuple]:
    """The inquiries stored for a submission: its sender's address is unique to it (the stored idempotency key
    is a keyed hash of the client and the key, ``inquiries/idempotency.py``)."""
    return portal.query(
        "SELECT id, reference, email FROM inquiries_inquiry WHERE email = %s", (outcome.payload["email"],)
    )


def _assert_whole(portal: Portal, inquiry_id: int) -> None:
    """The inquiry has its timeline, both e-mails in the outbox and one delivery task for each (``deliver_email``
    of its id, or the ``deliver_emails`` of a new inquiry's two ids: a JSON array contains each of its elements)."""
    events = {
        kind for (kind,) in portal.query("SELECT kind FROM inquiries_inquiryevent WHERE inquiry_id = %s", (inquiry_id,))
    }
    assert {"received", "routed"} <= events, (inquiry_id, events)
    emails = dict(portal.query("SELECT kind, id FROM inquiries_outgoingemail WHERE inquiry_id = %s", (inquiry_id,)))
    assert set(emails) == {"acknowledgement", "agency_notice"}, (inquiry_id, emails)
    for email_id in emails.values():
        tasks = portal.query(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult"
            " WHERE task_path ~ '\\.deliver_emails?$' AND (args_kwargs -> 'args' -> 0) @> to_jsonb(%s::int)",
            (email_id,),
        )
        assert tasks == [(1,)], (inquiry_id, email_id, tasks)


def _assert_nothing_written(portal: Portal, outcome: Outcome) -> None:
    email, name = outcome.payload["email"], outcome.payload["name"]
    assert _inquiry_rows(portal, outcome) == [], outcome
    assert portal.query("SELECT id FROM inquiries_inquiry WHERE email = %s", (email,)) == [], outcome
    assert portal.query("SELECT id FROM inquiries_inquiryevent WHERE actor_label = %s", (name,)) == [], outcome
    assert portal.query("""SELECT id FROM inquiries_outgoingemail WHERE "to"::text LIKE %s""", (f"%{email}%",)) == [], (
        outcome
    )


def test_restart_and_outage_under_load_lose_nothing_and_recover(portal):
    run = f"r{random.randrange(10**6)}"
    workers_before = portal.log_path.read_text(errors="replace").count("Booting worker")
    started = time.monotonic()
    with Load(portal, run) as load:
        time.sleep(1.5)  # traffic before the fault
        restarted_at = time.monotonic()
        _postgres("restart", portal.pg_port)  # fast restart: every open connection is cut
        time.sleep(1.0)
        portal.stop_database()
        stopped_at = time.monotonic()
        time.sleep(3.0)  # an outage: every request that needs the database must get a 503
        portal.resume_database()
        resumed_at = time.monotonic()
        recovered = _wait_until_recovered(portal)
        recovery = max(recovered.values())
        time.sleep(1.5)  # traffic after the recovery
    outcomes = load.outcomes
    inquiries = [o for o in outcomes if o.kind == "inquiry"]
    pages = [o for o in outcomes if o.kind == "page"]

    # No dropped connection, no 500: a success or a translated 503 with Retry-After.
    assert [o for o in outcomes if o.error] == []
    failed = [(o.path, o.language, o.status) for o in outcomes if o.status not in {200, 201, 503}]
    assert failed == [], (failed, _server_errors(portal))
    for outcome in outcomes:
        if outcome.status == 503:
            _assert_unavailable(outcome)
    assert all(o.status == 200 for o in pages if o.path == "/healthz")  # the process never stopped serving
    during_outage = [o for o in outcomes if stopped_at + 0.5 < o.at < resumed_at - 0.2 and o.path != "/healthz"]
    assert during_outage and all(o.status == 503 for o in during_outage)
    assert all(o.status in {200, 201} for o in outcomes if o.at > resumed_at + recovery + 0.5)

    accepted = [o for o in inquiries if o.status == 201]
    refused = [o for o in inquiries if o.status == 503]
    assert accepted and refused
    first_accepted = min((o.done for o in accepted if o.at > resumed_at), default=float("nan")) - resumed_at

    # Every accepted inquiry is stored exactly once, with its timeline, e-mails and tasks.
    for outcome in accepted:
        rows = _inquiry_rows(portal, outcome)
        assert len(rows) == 1, outcome
        assert rows[0][1] == json.loads(outcome.text)["reference"]
        _assert_whole(portal, rows[0][0])

    # Nothing remains of a refused one, and its retry with the same key succeeds once.
    committed_unacknowledged = []
    for outcome in refused:
        rows = _inquiry_rows(portal, outcome)
        if rows:  # the commit succeeded but its answer was cut with the connection: whole, and replayed below
            _assert_whole(portal, rows[0][0])
            committed_unacknowledged.append(outcome)
        else:
            _assert_nothing_written(portal, outcome)
    assert len(committed_unacknowledged) <= 1, committed_unacknowledged
    for outcome in refused[:40]:
        retry = _submit(portal.url, outcome.payload, outcome.key)
        assert retry.status == 201, retry
        assert (retry.headers.get("Idempotent-Replayed") == "true") == (outcome in committed_unacknowledged)
        rows = _inquiry_rows(portal, outcome)
        assert len(rows) == 1
        _assert_whole(portal, rows[0][0])

    # No half-written inquiry anywhere, no orphan e-mail: the counts add up.
    stored = portal.query("SELECT count(*) FROM inquiries_inquiry WHERE email LIKE %s", (f"%-{run}-%",))[0][0]
    retried_new = [o for o in refused[:40] if o not in committed_unacknowledged]
    assert stored == len(accepted) + len(committed_unacknowledged) + len(retried_new)
    # (an event registration's e-mails have no inquiry: only this run's addresses count)
    orphans = portal.query(
        """SELECT count(*) FROM inquiries_outgoingemail WHERE inquiry_id IS NULL AND "to"::text LIKE %s""",
        (f"%-{run}-%",),
    )[0][0]
    assert orphans == 0

    # The same server processes recovered by themselves: no worker was replaced, none answered 500.
    log = portal.log_path.read_text(errors="replace")
    assert portal.process.poll() is None
    assert log.count("Booting worker") == workers_before, log[-3000:]
    assert not re.search(r'" 500 \d', log), log[-3000:]

    print(
        f"\n[database restart] {len(inquiries)} submissions: {len(accepted)} × 201, {len(refused)} × 503 "
        f"({len(committed_unacknowledged)} committed with the answer lost); {len(pages)} page reads: "
        f"{sum(o.status == 200 for o in pages)} × 200, {sum(o.status == 503 for o in pages)} × 503; "
        f"503s by phase: restart {sum(o.status == 503 for o in inquiries if restarted_at <= o.at < stopped_at)}"
        f" submissions, outage {sum(o.status == 503 for o in inquiries if stopped_at <= o.at < resumed_at)};"
        f" /readyz 200 {recovered['/readyz']:.2f} s after PostgreSQL was back, every page {recovery:.2f} s"
        f" (first accepted inquiry {first_accepted:.2f} s); whole run {time.monotonic() - started:.1f} s"
    )


def _csrf_session(url: str, path: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    response = session.get(f"{url}{path}", timeout=20)
    assert response.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)
    return session, token


def test_the_inquiry_form_answers_the_translated_503_page_while_postgres_is_down(portal):
    email = f"form-{random.randrange(10**6)}@{TEST_DOMAIN}"
    session, token = _csrf_session(portal.url, "/ja/inquiries/new/")
    form = {
        "csrfmiddlewaretoken": token,
        "kind": "general",
        "name": "Form Tester",
        "email": email,
        "organisation": "Outage Foods",
        "country": "JP",
        "message": "We would like to know more about lotus processing in the province.",
        "language": "ja",
        "consent": "on",
    }
    portal.stop_database()
    try:
        for language in ("vi", "ja"):
            outcome = _get(portal.url, f"/{language}/inquiries/new/", language)
            assert outcome.status == 503, outcome
            _assert_unavailable(outcome)
            assert _translated(TITLE, language) != TITLE
        as_json = _get(portal.url, "/ja/inquiries/new/", "ja", accept="application/json")
        assert as_json.status == 503 and as_json.headers["Content-Type"].startswith("application/json")
        response = session.post(f"{portal.url}/ja/inquiries/new/", data=form, timeout=20, allow_redirects=False)
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "5"
        assert '<html lang="ja">' in response.text and _translated(MESSAGE, "ja") in response.text
        assert _translated("If you were sending an inquiry, go back and send it again.", "ja") in response.text
    finally:
        portal.resume_database()
    _wait_until_recovered(portal)
    assert portal.query("SELECT id FROM inquiries_inquiry WHERE email = %s", (email,)) == []
    response = session.post(f"{portal.url}/ja/inquiries/new/", data=form, timeout=20, allow_redirects=False)
    assert response.status_code == 302 and "/ja/inquiries/status/" in response.headers["Location"]
    rows = portal.query("SELECT id FROM inquiries_inquiry WHERE email = %s", (email,))
    assert len(rows) == 1
    _assert_whole(portal, rows[0][0])
