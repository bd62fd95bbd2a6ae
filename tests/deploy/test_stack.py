"""The production stack as `make prod` starts it (scripts/prod.py: deploy/'s nginx, Varnish and systemd files,
two gunicorn app servers with the production settings, the task worker, the scheduler, Redis), tested through
nginx (pages: nginx → Varnish → gunicorn; Django's own page cache is tested on an app server directly).
One stack for the module, on the suite's PostgreSQL (a fresh database) and Elasticsearch (its own
index prefix), on free loopback ports.

Addresses: the stack trusts 127.0.0.1 and ::1 as proxies (nginx reaches the app servers from there), so a
request sent from 127.0.0.1 with X-Forwarded-For stands for a client behind a trusted load balancer; a request
from 127.0.0.9 is an untrusted client whose X-Forwarded-For must be ignored. Each test uses addresses of its
own, so the per-client limits of one test never touch another's.

Every wait is bounded; the figures (rate limits, publish latency, answers during faults, connection counts)
are printed with -s and summarised in the final test.
"""

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import expect

from tests.live_server import free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.stack, pytest.mark.elasticsearch]
FIGURES: dict[str, object] = {}


def _inherited_environ() -> dict:
    """The test process's environment without what belongs to the tests' own Django (the browser tests set
    DJANGO_ALLOW_ASYNC_UNSAFE, which ``check --deploy`` rightly refuses in production)."""
    dropped = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {key: value for key, value in os.environ.items() if key not in dropped}


class Stack:
    def __init__(self, tmp: Path):
        base = os.environ.get("DATABASE_URL", "")
        if not base.startswith("postgres") or not os.environ.get("ELASTICSEARCH_URL"):
            pytest.skip("the production stack needs the suite's PostgreSQL and Elasticsearch")
        self.database_url = base.rsplit("/", 1)[0] + "/portal_stack"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS portal_stack WITH (FORCE)")
            conn.execute("CREATE DATABASE portal_stack")
        self.port = free_port()
        self.app_ports = [free_port(), free_port()]
        self.dir = tmp
        self.log_path = tmp / "stack.log"
        self.env = {
            **_inherited_environ(),
            "PORT": str(self.port),
            "PROD_APP_PORTS": ",".join(map(str, self.app_ports)),
            "PROD_REDIS_PORT": str(free_port()),
            "PROD_VARNISH_PORT": str(free_port()),
            "PROD_VARNISH_ADMIN_PORT": str(free_port()),
            "PROD_DIR": str(tmp),
            "PROD_DATABASE_URL": self.database_url,
            "PROD_ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"],
            "PROD_SET_PORTAL_SEARCH_INDEX_PREFIX": "stack",
        }
        self.process = None

    def start(self, timeout: float = 600) -> None:
        self.log = open(self.log_path, "wb")  # noqa: SIM115 (closed in stop)
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "scripts/prod.py"], cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(self.log_path.read_text()[-5000:])
            state = self.state()
            if state.get("ready"):
                self.state_at_start = state
                FIGURES["stack start (s)"] = round(time.monotonic() - self.started, 1)
                return
            time.sleep(1)
        raise RuntimeError("the stack did not become ready:\n" + self.log_path.read_text()[-5000:])

    def state(self) -> dict:
        try:
            return json.loads((self.dir / "stack.json").read_text())
        except (OSError, ValueError):
            return {}

    def stop(self) -> float:
        """Ctrl-C to the supervisor; the seconds until it has stopped everything."""
        if self.process is None or self.process.poll() is not None:
            return 0.0
        started = time.monotonic()
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        return time.monotonic() - started

    def env_file(self) -> dict:
        values = {}
        for line in (self.dir / "env").read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                values[key] = value
        return {**_inherited_environ(), **values}

    def manage(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env_file(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def shell(self, code: str) -> str:
        result = self.manage("shell", "-c", code)
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout.strip()

    def sql(self, query: str, *params):
        with psycopg.connect(self.database_url, autocommit=True) as conn:
            return conn.execute(query, params).fetchall()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = Stack(tmp_path_factory.mktemp("stack"))
    try:
        running.start()
        yield running
    finally:
        running.stop()
        print(f"\nstack log: {running.log_path}")


class Answer:
    def __init__(self, status: int, headers: dict, body: bytes, seconds: float):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    def json(self):
        return json.loads(self.body)


def call(
    port: int,
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict | None = None,
    source: str = "127.0.0.1",
    host: str | None = None,
    timeout: float = 30,
) -> Answer:
    """One HTTP request from the loopback address ``source`` (127.0.0.x, or ::1)."""
    host = host or ("::1" if ":" in source else "127.0.0.1")
    started = time.monotonic()
    connection = http.client.HTTPConnection(host, port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return Answer(response.status, headers, data, time.monotonic() - started)
    finally:
        connection.close()


def inquiry(port: int, *, source: str = "127.0.0.1", forwarded: str | None = None, key: str | None = None, **extra):
    payload = {
        "kind": "general",
        "name": "Stack Test",
        "email": f"stack-{uuid.uuid4().hex[:8]}@example.com",
        "organisation": "Example Ltd",
        "country": "JP",
        "message": "A question about the industrial zones, sent through nginx.",
        "language": "en",
        "consent": True,
        **extra,
    }
    headers = {"Content-Type": "application/json"}
    if forwarded:
        headers["X-Forwarded-For"] = forwarded
    if key:
        headers["Idempotency-Key"] = key
    return call(port, "POST", "/api/inquiries/", body=json.dumps(payload).encode(), headers=headers, source=source)


def test_static_and_media_served_as_configured(stack):
    home = call(stack.port, "GET", "/en/")
    assert home.status == 200
    css = re.search(rb'href="(/static/css/[^"]+\.[0-9a-f]{12}\.css)"', home.body).group(1).decode()
    first, second = call(stack.port, "GET", css), call(stack.port, "GET", css)
    assert first.status == second.status == 200 and first.body == second.body
    assert "immutable" in first.headers["cache-control"]  # WhiteNoise's far-future header, through nginx
    assert second.headers["x-cache-status"] == "HIT"  # kept by nginx after the first fetch from an app server
    # Media: straight from the media directory by nginx (its 7-day expiry, no app server involved).
    media = Path(stack.state()["dir"]) / "media"
    (media / "stack-check").mkdir(parents=True, exist_ok=True)
    (media / "stack-check" / "hello.txt").write_text("media through nginx\n")
    served = call(stack.port, "GET", "/media/stack-check/hello.txt")
    assert served.status == 200 and served.body == b"media through nginx\n"
    assert "max-age=604800" in served.headers["cache-control"] and not served.headers.get("x-upstream")
    # Documents are never served from the media directory: only through Wagtail's view.
    (media / "documents").mkdir(exist_ok=True)
    (media / "documents" / "private.pdf").write_bytes(b"%PDF-1.4 private")
    for path in ("/media/documents/private.pdf", "/media//documents/private.pdf", "/media/./documents/private.pdf"):
        assert call(stack.port, "GET", path).status == 404, path


def test_documents_pass_the_privacy_check_then_nginx_sends_them(stack):
    """Wagtail's view checks the collection, then hands the file to nginx (X-Accel-Redirect to its internal
    /media/documents/): a public brochure arrives whole, a private one not at all (issue 12, item 1)."""
    code = (
        "import json; from django.core.files.base import ContentFile; from wagtail.documents import "
        "get_document_model; from wagtail.models import Collection, CollectionViewRestriction; "
        "D = get_document_model(); root = Collection.get_first_root_node(); "
        "private = root.add_child(name='Stack private'); "
        "CollectionViewRestriction.objects.create(collection=private, restriction_type='login'); "
        "public = D(title='Stack public'); "
        "public.file.save('stack-public.pdf', ContentFile(b'%PDF-1.4 public ' * 500)); "
        "secret = D(title='Stack secret', collection=private); "
        "secret.file.save('stack-secret.pdf', ContentFile(b'%PDF-1.4 secret')); "
        "print(json.dumps({'public': public.url, 'secret': secret.url, 'file': secret.file.url}))"
    )
    urls = json.loads(stack.shell(code).splitlines()[-1])
    public = call(stack.port, "GET", urls["public"])
    assert public.status == 200 and public.body == b"%PDF-1.4 public " * 500
    assert public.headers["content-type"] == "application/pdf" and public.headers["x-content-type-options"] == "nosniff"
    assert "x-accel-redirect" not in public.headers  # consumed by nginx
    secret = call(stack.port, "GET", urls["secret"])
    assert secret.status == 302 and "/login" in secret.headers["location"] and b"secret" not in secret.body
    assert call(stack.port, "GET", urls["file"]).status == 404


def test_status_tokens_never_reach_the_logs(stack):
    """nginx's access log (request line and Referer) and everything the app servers log (issue 12, item 11)."""
    token = "s3cr3t" + uuid.uuid4().hex
    referer = f"http://localhost/vi/inquiries/status/{token}/"
    answer = call(stack.port, "GET", f"/en/inquiries/status/{token}/?from=mail", headers={"Referer": referer})
    assert answer.status == 404
    access = Path(stack.state()["dir"]) / "nginx" / "access.log"
    deadline = time.monotonic() + 10
    while "/en/inquiries/status/[redacted]/?from=mail" not in access.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "/en/inquiries/status/[redacted]/?from=mail" in access.read_text()
    assert token not in access.read_text()
    assert token not in stack.log_path.read_text()


def test_inquiry_rate_limit_per_client_through_the_trusted_proxy(stack):
    clients = [f"198.51.100.{n}" for n in range(1, 7)]
    outcome = {}
    for client in clients:
        outcome[client] = [inquiry(stack.port, forwarded=client).status for _ in range(7)]
    for client, statuses in outcome.items():
        assert statuses == [201] * 5 + [429] * 2, (client, statuses)
    FIGURES["rate limit via trusted proxy (6 clients x 7 POSTs)"] = {
        "201": sum(s.count(201) for s in outcome.values()),
        "429": sum(s.count(429) for s in outcome.values()),
    }


def test_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(stack):
    # Through nginx from an untrusted address: every X-Forwarded-For is different, all count as one client.
    through_nginx = [inquiry(stack.port, source="127.0.0.9", forwarded=f"203.0.113.{n}").status for n in range(1, 8)]
    assert through_nginx == [201] * 5 + [429] * 2
    # Straight to an app server, bypassing nginx: still that one client, already at its limit.
    direct = inquiry(stack.app_ports[0], source="127.0.0.9", forwarded="192.0.2.77")
    assert direct.status == 429
    FIGURES["spoofed X-Forwarded-For from 127.0.0.9 (7 via nginx + 1 direct)"] = {
        "201": through_nginx.count(201),
        "429": through_nginx.count(429) + 1,
    }


def test_readyz_details_only_for_internal_clients(stack):
    inside = call(stack.port, "GET", "/readyz").json()  # from loopback: an internal address
    assert inside["status"] == "ok" and {"database", "search", "cache"} <= set(inside)
    assert inside["cache"] == {**inside["cache"], "status": "ok", "backend": "redis"}
    outside = call(stack.port, "GET", "/readyz", headers={"X-Forwarded-For": "198.51.100.99"})
    assert outside.status == 200 and outside.json() == {"status": "ok"}  # a public client: the status alone


def test_ipv6_clients_are_limited_per_64(stack):
    same_64 = [f"2001:db8:5:6::{n:x}" for n in range(1, 7)]
    statuses = [inquiry(stack.port, source="::1", forwarded=address).status for address in same_64]
    assert statuses == [201] * 5 + [429]  # six addresses, one /64: one client
    neighbour = inquiry(stack.port, source="::1", forwarded="2001:db8:5:7::1")
    assert neighbour.status == 201  # the next /64 is another subscriber
    FIGURES["IPv6 (6 addresses in one /64, then another /64)"] = {"201": statuses.count(201) + 1, "429": 1}


def test_admin_sign_in_throttled_by_axes_then_nginx(stack):
    client = "198.51.100.200"

    def attempt(password: str) -> Answer:
        form = call(stack.port, "GET", "/admin/login/", headers={"X-Forwarded-For": client})
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form.body).group(1).decode()
        cookie = re.search(r"csrftoken=([^;]+)", form.headers["set-cookie"]).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": "admin", "password": password})
        return call(
            stack.port,
            "POST",
            "/admin/login/",
            body=body.encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie}",
                "X-Forwarded-For": client,
                "Accept-Language": "vi",
                "Referer": f"http://127.0.0.1:{stack.port}/admin/login/",
            },
        )

    answers = [attempt(f"wrong-{n}") for n in range(8)]
    statuses = [a.status for a in answers]
    locked = [a for a in answers if a.status == 429 and b"data-lockout" in a.body]
    flooded = [a for a in answers if a.status == 429 and b"data-lockout" not in a.body]
    assert statuses[:4] == [200] * 4, statuses  # wrong password: the form again
    assert locked, statuses  # django-axes: locked after 5 failures, in Vietnamese
    assert "Có quá nhiều lần đăng nhập không thành công".encode() in locked[0].body
    assert flooded, statuses  # nginx's limit_req on the sign-in URL
    real = Path(stack.state()["dir"], "admin-password").read_text().strip()
    assert attempt(real).status == 429  # the right password does not help while locked (or flooded)
    FIGURES["admin sign-in (8 wrong passwords)"] = statuses


def test_scheduled_page_goes_live_and_expires_within_the_period(stack):
    code = """
import datetime, json
from django.utils import timezone
from cms.models import NewsPage
pages = list(NewsPage.objects.live().order_by("pk")[:2])
soon = timezone.now() + datetime.timedelta(seconds=5)
going_live, expiring = pages
going_live.unpublish()
going_live.go_live_at = soon
going_live.save_revision().publish()
expiring.expire_at = soon
expiring.save_revision().publish()
print(json.dumps({"live": going_live.specific.url, "expire": expiring.specific.url, "at": soon.timestamp()}))
"""
    data = json.loads(stack.shell(code).splitlines()[-1])
    live_path = urllib.parse.urlsplit(data["live"]).path
    expire_path = urllib.parse.urlsplit(data["expire"]).path
    assert call(stack.port, "GET", live_path).status == 404  # scheduled, not yet live
    assert call(stack.port, "GET", expire_path).status == 200
    period = 60  # PORTAL_SCHEDULE's publish-scheduled
    seen: dict[str, float] = {}
    deadline = data["at"] + period + 15
    while time.time() < deadline and len(seen) < 2:
        if "live" not in seen and call(stack.port, "GET", live_path).status == 200:
            seen["live"] = time.time() - data["at"]
        if "expire" not in seen and call(stack.port, "GET", expire_path).status == 404:
            seen["expire"] = time.time() - data["at"]
        time.sleep(1)
    FIGURES["scheduled publish latency after go-live (s)"] = round(seen.get("live", -1), 1)
    FIGURES["scheduled expiry latency after expire-at (s)"] = round(seen.get("expire", -1), 1)
    assert set(seen) == {"live", "expire"}, seen
    assert max(seen.values()) <= period + 5


def test_a_publish_elsewhere_is_served_at_once_by_every_app_server_despite_the_copies_they_keep(stack):
    """Each app server's workers keep hot pages in memory (cms/page_cache_local.py); a publish made by another
    process (here a management shell, as an editor's request on one app server) must reach all of them at once."""
    page = project_pages(stack, 8)[7]
    for app in stack.app_ports:  # every worker of both servers serves it, from Redis and then from its memory
        call(app, "GET", page["path"])
        hits = [call(app, "GET", page["path"]).headers.get("x-page-cache") for _ in range(8)]
        assert hits == ["hit"] * 8, hits
    title = f"Published elsewhere {uuid.uuid4().hex[:6]}"
    stack.shell(
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={page['id']}).specific\n"
        f"page.title_en = {title!r}\n"
        "page.save_revision().publish()\n"
    )
    answers = [call(app, "GET", page["path"]) for _ in range(8) for app in stack.app_ports]  # no wait at all
    assert all(title.encode() in answer.body for answer in answers), [a.headers.get("x-page-cache") for a in answers]
    FIGURES["page cache: answers right after a publish elsewhere"] = sorted(
        {a.headers.get("x-page-cache", "-") for a in answers}
    )


def test_redis_down_pages_served_uncached_then_cached_again(stack):
    page = "/en/"
    app = stack.app_ports[1]  # Django's page cache, not Varnish's copy: on an app server directly
    call(app, "GET", page)
    assert call(app, "GET", page).headers.get("x-page-cache") == "hit"
    redis_port = stack.state()["redis_port"]
    subprocess.run(["redis-cli", "-p", str(redis_port), "shutdown", "nosave"], capture_output=True, timeout=10)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and stack.state()["pieces"]["redis"]["pid"]:
        time.sleep(0.2)
    down = [call(app, "GET", page) for _ in range(6)]
    ready = call(stack.port, "GET", "/readyz").json()
    assert [a.status for a in down] == [200] * 6
    assert all(a.headers.get("x-page-cache") != "hit" for a in down)  # rendered, not served from a cache
    assert ready["status"] == "ok" and ready["cache"]["status"] == "unavailable"
    os.kill(stack.state()["supervisor"], signal.SIGUSR1)  # start the stopped piece again
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not stack.state()["pieces"]["redis"]["pid"]:
        time.sleep(0.2)
    back = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not back or back[-1].headers.get("x-page-cache") != "hit"):
        back.append(call(app, "GET", page))
        time.sleep(0.2)
    assert all(a.status == 200 for a in back)
    assert back[-1].headers.get("x-page-cache") == "hit"
    assert call(stack.port, "GET", "/readyz").json()["cache"]["status"] == "ok"
    FIGURES["Redis stopped: answers"] = {
        "statuses": [a.status for a in down],
        "cache": sorted({a.headers.get("x-page-cache", "-") for a in down}),
        "p50 ms": round(sorted(a.seconds for a in down)[len(down) // 2] * 1000),
        "after restart": [a.headers.get("x-page-cache") for a in back],
    }


def test_one_app_server_killed_nginx_answers_from_the_other(stack):
    pages = ["/en/", "/vi/", "/en/search/?q=mango", "/ja/", "/readyz"]
    before = {call(stack.port, "GET", f"/en/?n={n}").headers.get("x-upstream") for n in range(12)}
    assert len(before) == 2, before  # both app servers take requests
    results: list[tuple[str, int, str, float]] = []
    keys: list[str] = []
    stop = threading.Event()

    def reader(offset: int):
        n = offset
        while not stop.is_set():
            answer = call(stack.port, "GET", pages[n % len(pages)])
            if answer.headers.get("x-cache") != "HIT":  # a copy Varnish stored came from no app server
                results.append(("GET", answer.status, answer.headers.get("x-upstream", ""), time.monotonic()))
            else:
                results.append(("HIT", answer.status, "", time.monotonic()))
            n += 1

    def writer():
        n = 0
        while not stop.is_set():
            key = f"stack-kill-{uuid.uuid4()}"
            keys.append(key)
            email = f"{key}@example.com"  # the same content on a retry (a key is bound to its content)
            answer = inquiry(stack.port, forwarded=f"198.51.100.{50 + n % 100}", key=key, email=email)
            if answer.status != 201:  # the client retries with its key, as the API invites
                answer = inquiry(stack.port, forwarded=f"198.51.100.{50 + n % 100}", key=key, email=email)
            results.append(("POST", answer.status, answer.headers.get("x-upstream", ""), time.monotonic()))
            n += 1
            time.sleep(0.2)

    victim = stack.state()["pieces"]["web-1"]["pid"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(reader, n) for n in range(3)] + [pool.submit(writer)]
        time.sleep(2)
        os.killpg(victim, signal.SIGKILL)  # the machine dies: master and workers, requests in flight
        killed_at = time.monotonic()
        time.sleep(4)
        stop.set()
        for future in futures:
            future.result(timeout=60)
    gets = [r for r in results if r[0] in {"GET", "HIT"}]
    posts = [r for r in results if r[0] == "POST"]
    # Varnish tries a failed GET on the other server (never the dead one again, even before its probe marks it
    # down), and nginx tries the other app server if Varnish itself fails: no reader sees an error.
    failed = [r for r in gets if r[1] != 200]
    assert gets and not failed, failed
    assert posts and all(r[1] == 201 for r in posts), [r for r in posts if r[1] != 201]
    # (the stored key is a keyed hash of the client and the key: the sender's address names the submission)
    stored = stack.sql("SELECT email, count(*) FROM inquiries_inquiry WHERE email LIKE 'stack-kill-%%' GROUP BY 1")
    assert {email for email, _ in stored} == {f"{key}@example.com" for key in keys}
    assert all(count == 1 for _, count in stored)
    survivor = f"127.0.0.1:{stack.app_ports[1]}"
    # From 0.5 s after the kill until its restart (RestartSec=3), every answer comes from the survivor.
    after = {r[2].split(", ")[-1] for r in results if killed_at + 0.5 < r[3] < killed_at + 3 and r[0] != "HIT"}
    assert after == {survivor}, after
    FIGURES["one app server killed (SIGKILL) mid-burst"] = {
        "GET": len(gets),
        "GET non-200": sum(1 for r in gets if r[1] != 200),
        "GET served by Varnish from its store": sum(1 for r in gets if r[0] == "HIT"),
        "POST": len(posts),
        "stored once each": len(stored),
    }
    deadline = time.monotonic() + 60  # restarted by the supervisor (Restart=always), answering again
    while time.monotonic() < deadline:
        try:
            if call(stack.app_ports[0], "GET", "/healthz", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.5)
    else:
        pytest.fail("the killed app server was not restarted")


def test_database_connections_bounded_under_a_burst(stack):
    peak = {"connections": 0, "backends": set()}
    sampling = threading.Event()

    def sample():
        with psycopg.connect(stack.database_url, autocommit=True) as conn:
            while not sampling.is_set():
                pids = conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = 'portal_stack' AND pid <> pg_backend_pid()"
                ).fetchall()
                peak["connections"] = max(peak["connections"], len(pids))
                peak["backends"].update(pid for (pid,) in pids)
                time.sleep(0.05)

    def burst(n: int) -> int:
        return call(stack.port, "GET", f"/en/?burst={n}").status  # a new query string each: never cached

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=32) as pool:
        statuses = list(pool.map(burst, range(320)))
    seconds = time.monotonic() - started
    sampling.set()
    sampler.join(timeout=10)
    assert statuses.count(200) == len(statuses), {s: statuses.count(s) for s in set(statuses)}
    env = stack.env_file()
    per_process = int(env.get("DATABASE_POOL_MAX_SIZE", "4"))
    app_processes = len(stack.app_ports) * int(env["GUNICORN_WORKERS"])
    bound = app_processes * per_process + 3 + 3  # + the worker, the scheduler's threads (at most 3)
    FIGURES["database connections under a burst (320 requests, 32 at once)"] = {
        "peak": peak["connections"],
        "distinct backends seen": len(peak["backends"]),  # without a pool: about one per request
        "bound": bound,
        "requests/s": round(len(statuses) / seconds, 1),
    }
    assert 0 < peak["connections"] <= bound
    assert len(peak["backends"]) <= bound  # connections are reused, not opened per request


# -- the frontend cache (Varnish, deploy/varnish/portal.vcl; purges: cms/frontend_cache.py) ----------------------
class _FormReader(HTMLParser):
    """The fields of the first form matching ``selector`` (an attribute name): hidden inputs, its action."""

    def __init__(self, attribute: str):
        super().__init__()
        self.attribute, self.inside, self.action, self.fields, self.done = attribute, False, None, {}, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and self.attribute in attrs:
            self.inside, self.action = True, attrs.get("action")
        elif tag == "input" and self.inside and attrs.get("type") == "hidden" and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside, self.done = False, True


def read_form(html: bytes, attribute: str) -> _FormReader:
    reader = _FormReader(attribute)
    reader.feed(html.decode())
    assert reader.done, f"no form with {attribute}"
    return reader


def cookie_from(answer: Answer, name: str) -> str:
    match = re.search(rf"(?:^|[\s,]){name}=([^;]+)", answer.headers.get("set-cookie", ""))
    assert match, answer.headers.get("set-cookie")
    return match.group(1)


def project_pages(stack, count: int) -> list[dict]:
    query = f"type=investment.ProjectPage&fields=_,id,html_url&lang=en&limit={count}"
    data = call(stack.port, "GET", f"/api/v2/pages/?{query}")
    items = data.json()["items"]
    return [{"id": item["id"], "path": urllib.parse.urlsplit(item["meta"]["html_url"]).path} for item in items]


def test_frontend_cache_second_get_is_a_varnish_hit_without_any_readers_token(stack):
    page = project_pages(stack, 1)[0]["path"]
    first = call(stack.port, "GET", page, headers={"Cookie": "csrftoken=someone-elses"})
    second = call(stack.port, "GET", page, headers={"Accept-Encoding": "gzip"})
    assert first.status == second.status == 200
    assert first.headers["x-cache"] in {"MISS", "HIT"}  # (an earlier test may have read it)
    assert second.headers["x-cache"] == "HIT" and int(second.headers["age"]) >= 0
    assert second.headers.get("content-encoding") == "gzip"  # stored compressed
    assert "set-cookie" not in first.headers and "set-cookie" not in second.headers
    form = read_form(first.body, "data-inquiry-form")
    assert form.fields["csrfmiddlewaretoken"] == ""  # no reader's token in the stored copy
    assert "x-upstream" in first.headers and f":{stack.port}" not in first.headers["x-upstream"]
    for path in ("/admin/login/", "/api/v2/pages/?limit=1", "/en/search/?q=mango", "/"):
        answers = [call(stack.port, "GET", path) for _ in range(2)]
        assert all(a.headers.get("x-cache") in {None, "PASS"} for a in answers), (path, answers[1].headers)
    FIGURES["Varnish: a page's second GET"] = {"x-cache": second.headers["x-cache"], "ms": round(second.seconds * 1000)}


def test_frontend_cache_never_serves_a_reader_with_a_session(stack):
    page = project_pages(stack, 1)[0]["path"]
    call(stack.port, "GET", page)
    assert call(stack.port, "GET", page).headers["x-cache"] == "HIT"
    for cookie in ("sessionid=abc123", "csrftoken=x; sessionid=abc123", "messages=abc"):
        answers = [call(stack.port, "GET", page, headers={"Cookie": cookie}) for _ in range(2)]
        assert [a.headers["x-cache"] for a in answers] == ["PASS", "PASS"], cookie
        assert all(a.status == 200 for a in answers)
    assert call(stack.port, "GET", page, headers={"Cookie": "csrftoken=x"}).headers["x-cache"] == "HIT"


def test_frontend_cache_publish_purges_the_page_and_its_listing_not_others(stack):
    projects = project_pages(stack, 50)
    changed = projects[0]
    cooled = stack.shell(  # what the publish may change (cms.page_dependencies): the rest must stay stored
        "from wagtail.models import Page\n"
        "from cms.page_dependencies import pages_to_cool\n"
        f"print(','.join(str(pk) for pk in sorted(pages_to_cool(Page.objects.get(pk={changed['id']})))))\n"
    )
    cooled_ids = {int(pk) for pk in cooled.splitlines()[-1].split(",") if pk}
    unrelated = next(item for item in projects[1:] if item["id"] not in cooled_ids)
    listing = changed["path"].rstrip("/").rsplit("/", 1)[0] + "/"
    for path in (changed["path"], unrelated["path"], listing, "/en/"):
        call(stack.port, "GET", path)
        assert call(stack.port, "GET", path).headers["x-cache"] == "HIT", path
    title = f"Renamed by the stack test {uuid.uuid4().hex[:6]}"
    stack.shell(
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={changed['id']}).specific\n"
        f"page.title_en = {title!r}\n"
        "page.save_revision().publish()\n"
    )
    published = time.monotonic()
    seen = None
    while time.monotonic() - published < 1.0:
        answer = call(stack.port, "GET", changed["path"])
        if title.encode() in answer.body:
            seen = time.monotonic() - published
            break
        time.sleep(0.05)
    FIGURES["Varnish: publish to the new title (s)"] = None if seen is None else round(seen, 3)
    assert seen is not None, "the new title was not served within a second of the publish"
    assert answer.headers["x-cache"] == "MISS"
    assert call(stack.port, "GET", listing).headers["x-cache"] == "MISS"
    assert call(stack.port, "GET", "/en/").headers["x-cache"] == "MISS"
    assert call(stack.port, "GET", unrelated["path"]).headers["x-cache"] == "HIT"  # a publish cools what changed
    assert title.encode() in call(stack.port, "GET", changed["path"]).body


def test_frontend_cache_snippet_save_bans_everything(stack):
    page = project_pages(stack, 3)[2]["path"]
    call(stack.port, "GET", page)
    assert call(stack.port, "GET", page).headers["x-cache"] == "HIT"
    stack.shell("from investment.models import Sector\ns = Sector.objects.first()\ns.save()\n")
    assert call(stack.port, "GET", page).headers["x-cache"] == "MISS"


def test_inquiry_form_works_through_varnish_from_a_cached_copy(stack):
    page = project_pages(stack, 1)[0]["path"]
    call(stack.port, "GET", page)
    cached = call(stack.port, "GET", page)
    assert cached.headers["x-cache"] == "HIT"
    form = read_form(cached.body, "data-inquiry-form")
    assert form.fields["csrfmiddlewaretoken"] == "" and form.fields["page"]
    origin = f"http://127.0.0.1:{stack.port}"

    def fields(email: str) -> dict:
        return {
            **form.fields,
            "kind": "investment",
            "name": "Cached Form",
            "email": email,
            "organisation": "Example Ltd",
            "country": "JP",
            "message": "A question sent from a copy of the page that Varnish stored.",
            "consent": "on",
        }

    def post(path: str, data: dict, cookie: str | None, source: str) -> Answer:
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": origin}
        if cookie:
            headers["Cookie"] = f"csrftoken={cookie}"
        body = urllib.parse.urlencode(data).encode()
        return call(stack.port, "POST", path, body=body, headers=headers, source=source)

    # With JavaScript: the script's request for the reader's token (and cookie), then the post.
    issued = call(stack.port, "GET", "/csrf/")
    assert issued.status == 200 and "no-cache" in issued.headers["cache-control"]
    token, cookie = issued.json()["token"], cookie_from(issued, "csrftoken")
    with_js = f"stack-cached-js-{uuid.uuid4().hex[:8]}@example.com"
    sent = post(form.action, {**fields(with_js), "csrfmiddlewaretoken": token}, cookie, "127.0.0.41")
    assert sent.status == 302 and "/inquiries/status/" in sent.headers["location"], sent.body[:500]

    # Without JavaScript: the empty token fails the check; the answer is the same post to send again.
    no_js = f"stack-cached-nojs-{uuid.uuid4().hex[:8]}@example.com"
    refused = post(form.action, fields(no_js), None, "127.0.0.42")
    assert refused.status == 403 and b"Send the form again" in refused.body
    again = read_form(refused.body, "data-resend-form")
    assert again.fields["email"] == no_js and again.fields["message"].startswith("A question sent")
    assert again.fields["csrfmiddlewaretoken"]
    resent = post(again.action, again.fields, cookie_from(refused, "csrftoken"), "127.0.0.42")
    assert resent.status == 302 and "/inquiries/status/" in resent.headers["location"], resent.body[:500]
    stored = stack.sql("SELECT email FROM inquiries_inquiry WHERE email IN (%s, %s)", with_js, no_js)
    assert sorted(email for (email,) in stored) == sorted([with_js, no_js])
    # In Vietnamese too (the reader's language: the form's address has it).
    refused_vi = post(form.action.replace("/en/", "/vi/", 1), fields(no_js), None, "127.0.0.43")
    assert refused_vi.status == 403 and "Gửi lại biểu mẫu".encode() in refused_vi.body


def test_inquiry_form_in_chromium_from_a_copy_varnish_stored(stack, page):
    """A reader's browser: the page comes from Varnish's store, the script fills the reader's token in, the
    inquiry is received."""
    path = project_pages(stack, 1)[0]["path"]
    call(stack.port, "GET", path)
    assert call(stack.port, "GET", path).headers["x-cache"] == "HIT"
    page.set_extra_http_headers({"X-Forwarded-For": "203.0.113.77"})  # a client of its own (rate limits)
    response = page.goto(f"http://127.0.0.1:{stack.port}{path}")
    assert response.headers["x-cache"] == "HIT"
    form = page.locator("form[data-inquiry-form]")
    # Playwright's expect polls from its own script (a string predicate would be eval'd, which the CSP refuses).
    token = form.locator("input[name=csrfmiddlewaretoken]")
    expect(token).to_have_value(re.compile(r"^[A-Za-z0-9]{64}$"), timeout=10_000)
    email = f"stack-chromium-{uuid.uuid4().hex[:8]}@example.com"
    form.locator("[name=name]").fill("Chromium Reader")
    form.locator("[name=email]").fill(email)
    form.locator("select[name=country]").select_option("JP")
    form.locator("[name=message]").fill("A question from a browser, on a page Varnish stored.")
    form.locator("[name=consent]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/inquiries/status/**", timeout=30_000)
    assert stack.sql("SELECT count(*) FROM inquiries_inquiry WHERE email = %s", email) == [(1,)]


def test_backup_restores_into_a_fresh_database_with_the_same_counts(stack):
    result = subprocess.run(
        ["scripts/backup.sh", "verify", stack.database_url], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Restore verified" in result.stdout
    FIGURES["backup/restore"] = result.stdout.strip()


def test_check_deploy_fails_while_a_demo_password_works(stack):
    passing = stack.manage("check", "--deploy", "--fail-level", "ERROR")
    assert passing.returncode == 0, passing.stderr
    stack.shell(
        "from django.contrib.auth import get_user_model; "
        "u = get_user_model().objects.get(username='officer-itpc'); u.set_password('demo-officer-2026'); u.save()"
    )
    failing = stack.manage("check", "--deploy", "--fail-level", "ERROR")
    assert failing.returncode != 0 and "demo.E001" in failing.stderr and "officer-itpc" in failing.stderr
    stack.shell(
        "from django.contrib.auth import get_user_model; "
        "u = get_user_model().objects.get(username='officer-itpc'); u.set_unusable_password(); u.save()"
    )
    refused = stack.manage("load_demo")
    assert refused.returncode != 0 and "--force" in refused.stderr


def test_ctrl_c_stops_everything(stack):
    pids = [piece["pid"] for piece in stack.state()["pieces"].values() if piece["pid"]]
    seconds = stack.stop()
    FIGURES["Ctrl-C to everything stopped (s)"] = round(seconds, 1)
    assert stack.process.returncode == 0
    alive = []
    for pid in pids:
        try:
            os.kill(pid, 0)
            alive.append(pid)
        except ProcessLookupError:
            pass
    assert not alive
    for port in (stack.port, *stack.app_ports, stack.state_at_start["varnish_port"]):
        with pytest.raises(OSError):
            call(port, "GET", "/healthz", timeout=2)
    print("\n" + "\n".join(f"  {name}: {value}" for name, value in FIGURES.items()))
