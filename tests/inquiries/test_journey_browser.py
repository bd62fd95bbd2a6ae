"""One Chromium journey: an investor asks about a project, the agency officer answers in the admin,
the investor gets the reply by e-mail and on the status page. A real portal server, a real task
worker (database backend) and a real SMTP server on loopback."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager

import psycopg
import pytest

from tests.live_server import ROOT, free_port

from .conftest import SMTPServer, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.smtp]
DB_NAME = "portal_live_inquiries"
OFFICER_PASSWORD = "demo-officer-2026"  # the demo loader's documented demo password


def _database_url(tmp_path, name: str = DB_NAME) -> str:
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        return base.rsplit("/", 1)[0] + f"/{name}"
    return f"sqlite:///{tmp_path / (name + '.sqlite3')}"


@contextmanager
def portal_with_worker(tmp_path, smtp_url: str, timeout: float = 180, db_name: str = DB_NAME):
    """A demo portal served on a free loopback port, its links on that address (``PORTAL_BASE_URL``), with a
    task worker delivering e-mail to ``smtp_url``."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": _database_url(tmp_path, db_name),
        "PORTAL_BASE_URL": url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PORTAL_TEST_MEDIA_ROOT": str(tmp_path / "media"),
        "PORTAL_TASKS_BACKEND": "database",
        "EMAIL_URL": smtp_url,
        "PORTAL_OUTBOX_BACKOFF_SECONDS": "1",
    }
    env.pop("ELASTICSEARCH_URL", None)
    for command in (["migrate", "--noinput", "--verbosity", "0"], ["load_demo", "--no-index"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    log = open(tmp_path / "server.log", "wb")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "--no-reload"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "server.log").read_text()[-3000:]) from None
                time.sleep(0.2)
        yield url
    finally:
        for process in (worker, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


def first_project_url(base: str) -> str:
    query = f"{base}/api/v2/pages/?type=investment.ProjectPage&lang=en&fields=_,html_url&limit=1"
    with urllib.request.urlopen(query, timeout=10) as response:
        items = json.loads(response.read())["items"]
    if not items:
        return f"{base}/en/inquiries/new/"
    return base + urllib.parse.urlsplit(items[0]["meta"]["html_url"]).path


def body_text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_investor_to_agency_reply_journey(tmp_path, page):
    smtp = SMTPServer().start()
    try:
        with portal_with_worker(tmp_path, smtp.url) as base:
            start = first_project_url(base)
            page.goto(start)
            form = page.locator("form[data-inquiry-form]")
            form.locator("[name=name]").fill("Aiko Tanaka")
            form.locator("[name=email]").fill("aiko@example.jp")
            form.locator("[name=organisation]").fill("Example Lotus Foods")
            form.locator("[name=country]").select_option("JP")
            form.locator("[name=message]").fill("We would like to visit the site next month. Who can meet us?")
            form.locator("[name=consent]").check()
            form.locator("button[type=submit]").click()
            page.wait_for_url(re.compile(r".*/inquiries/status/.*"))
            reference = re.search(r"DT-\d{4}-\d{6}", page.locator("h1").inner_text()).group(0)

            # The acknowledgement reaches the investor, with the reference and the private link.
            ack = wait_for(
                lambda: next((m for m in smtp.handler.messages if "aiko@example.jp" in str(m["To"])), None),
                timeout=120, message="the acknowledgement",
            )  # fmt: skip
            assert reference in str(ack["Subject"])
            # Links in e-mails start with the configured base URL: the address this portal is served on.
            status_link = re.search(r"http://\S+/inquiries/status/\S+/", body_text(ack)).group(0)
            assert status_link.startswith(base + "/")
            notice = wait_for(
                lambda: next((m for m in smtp.handler.messages if "officer-" in str(m["To"])), None),
                timeout=120, message="the agency notice",
            )  # fmt: skip
            assert reference in str(notice["Subject"])
            officer = re.search(r"(officer-[a-z-]+)@", str(notice["To"])).group(1)
            detail_link = re.search(r"http://\S+/admin/inquiries/\d+/", body_text(notice)).group(0)
            assert detail_link.startswith(base + "/")

            # The officer of the agency logs in and replies from the portal.
            page.goto(f"{base}/admin/login/")
            page.fill("input[name=username]", officer)
            page.fill("input[name=password]", OFFICER_PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(re.compile(r".*/admin/$"))
            page.goto(detail_link)
            assert reference in page.content()
            page.fill(
                "form.inquiry-reply-form textarea[name=text]", "Dear Ms Tanaka, we can meet you on site on the 12th."
            )
            page.click("form.inquiry-reply-form button[type=submit]")
            page.wait_for_load_state()

            reply = wait_for(
                lambda: next(
                    (m for m in smtp.handler.messages if "aiko@example.jp" in str(m["To"]) and m is not ack), None
                ),
                timeout=120, message="the reply",
            )  # fmt: skip
            assert "on the 12th" in body_text(reply)

            # The investor sees the reply on the private status page.
            page.goto(status_link)
            assert "on the 12th" in page.content()
            assert page.locator("[data-status]").first.get_attribute("data-status") == "answered"
            assert len([m for m in smtp.handler.messages if "aiko@example.jp" in str(m["To"])]) == 2

            # The status page names itself to nobody (``no-referrer``: no Referer with its token, not even on
            # its own CSS and scripts), and its forms still work in Chromium without JavaScript, although
            # Chromium then posts them with "Origin: null" (they post to a token-free address, token in the body).
            quiet = page.context.browser.new_context(java_script_enabled=False)
            try:
                investor = quiet.new_page()
                requests = []
                investor.on("request", lambda request: requests.append(request))
                response = investor.goto(status_link)
                assert response.headers["referrer-policy"] == "no-referrer"
                investor.wait_for_load_state("load")
                assert len(requests) > 1  # the page and its own CSS at least
                for request in requests:
                    assert "/inquiries/status/" not in request.all_headers().get("referer", ""), request.url
                investor.fill("textarea[name=message]", "Thank you, the 12th suits us. We will come at ten.")
                with investor.expect_navigation():
                    investor.click("form.inquiry-form button[type=submit]")
                assert investor.url == status_link
                assert "We will come at ten." in investor.content()
                posted = [request for request in requests if request.method == "POST"]
                assert posted and all(urllib.parse.urlsplit(r.url).path.endswith("/inquiries/status/") for r in posted)
            finally:
                quiet.close()
            # External resources (map tiles) cannot load in the sandbox; the portal's own must.
            console = [e for e in page.console_errors if "ERR_NAME_NOT_RESOLVED" not in e]
            assert not console, console
    except AssertionError:
        print("SMTP received:", [(str(m["To"]), str(m["Subject"])) for m in smtp.handler.messages])
        print((tmp_path / "server.log").read_text()[-4000:])
        raise
    finally:
        smtp.stop()
