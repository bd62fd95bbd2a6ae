"""HTTP benchmark of the portal behind gunicorn (production settings, DEBUG off), on loopback.

Method. For each scenario Locust offers a constant arrival rate (``BENCH_RATE``, default 1 request/s) for
``BENCH_SECONDS`` (the inquiry submission ``BENCH_INQUIRY_SECONDS``) after a warm-up, and reports p50/p95/p99 (from
each request's time as Locust measured it, to the microsecond: Locust's own percentiles are whole milliseconds, a
quarter of the floor), requests/s and the error rate. At 1 request/s the two-core machine is idle between requests,
so the latencies are service times, not contention with the previous request (at 5 req/s an uncached page's p50
doubled). Each page's p50 is divided by the p50 of the floor (/healthz: a bare view returning a fixed string,
through the same server and middleware) measured in the same run. A second, closed-loop run per scenario (2 users
per worker, no pause) gives the capacity in requests/s. Pages run with the page cache off (uncached), on (cached),
and on while an editor publishes one of the measured project pages every few seconds (cached, publishing: its
figures include the misses each publish causes). With Varnish installed, the same pages are measured through it
(deploy/varnish/portal.vcl in front of the cached server, purged on publish through Wagtail's frontend cache): the
frontend-cache rows. A signed-in investor (a session cookie, not staff) is measured on the cached detail pages and
on the state API their pages fetch (/api/account/state/).

Inquiries are submitted with the task worker running and delivering to an SMTP sink on loopback (aiosmtpd).
Memory: the resident size of each gunicorn process is sampled throughout (peak per worker, and the master),
and a soak run (``BENCH_SOAK_SECONDS``, default 300) of mixed uncached pages samples every worker to show
whether it grows.

``BENCH_ONLY`` runs only the chosen scenarios: comma-separated words, a row runs when its name contains one of them
as whole words (``BENCH_ONLY=inquiry``: the floor and the inquiry submission; ``BENCH_ONLY=cached``: the cached
rows, not the uncached ones; ``BENCH_ONLY="project detail,soak"``); the floor always runs (the ratios need it), the
soak only when named, and a server whose rows are all left out is not started. Unset: every scenario.

Every port it opens can be set, so that it runs beside other services: ``BENCH_APP_PORT`` (gunicorn, one
server at a time), ``BENCH_SMTP_PORT`` (the SMTP sink), ``BENCH_VARNISH_PORT`` and ``BENCH_VARNISH_ADMIN_PORT``;
unset, a free port is taken. Run by `make bench` (scripts/bench.sh), which provides DATABASE_URL,
ELASTICSEARCH_URL and CACHE_URL (its own PostgreSQL, Elasticsearch and Redis, on ports it can be told too).
"""

import contextlib
import csv
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.percentiles import percentile  # noqa: E402 (after the path)

PYTHON = sys.executable
RATE = float(os.environ.get("BENCH_RATE", "1"))  # requests per second offered
DURATION = int(os.environ.get("BENCH_SECONDS", "30"))
# The inquiry row's target is its p95: over 30 requests that is the second slowest, so it runs longer.
INQUIRY_DURATION = int(os.environ.get("BENCH_INQUIRY_SECONDS", str(4 * DURATION)))
WARMUP = int(os.environ.get("BENCH_WARMUP_SECONDS", "4"))
CAPACITY_SECONDS = int(os.environ.get("BENCH_CAPACITY_SECONDS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
PUBLISH_EVERY = float(os.environ.get("BENCH_PUBLISH_EVERY_SECONDS", "10"))
SOAK_SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "300"))
SOAK_RATE = float(os.environ.get("BENCH_SOAK_RATE", "4"))
PER_USER_RATE = 1.0
ONLY = [word.strip().lower() for word in os.environ.get("BENCH_ONLY", "").split(",") if word.strip()]
SAMPLE_EVERY = 0.5  # seconds between memory samples
FLOOR_PATH = "/healthz"


def selected(name: str, *, by_default: bool = True) -> bool:
    """Whether the scenario ``name`` runs (``BENCH_ONLY``); ``by_default``: when no choice was made."""
    if not ONLY:
        return by_default
    return any(re.search(rf"\b{re.escape(word)}\b", name.lower()) for word in ONLY)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_setting(name: str) -> int:
    """The port named by the environment variable ``name``, else a free one."""
    value = os.environ.get(name, "").strip()
    return int(value) if value else free_port()


class SmtpSink:
    """A real SMTP server on loopback that counts what the worker delivers."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.received = 0
        self.acknowledgements = 0  # e-mails to the benchmark's investors (bench-<key>@example.com)
        self.port = port_setting("BENCH_SMTP_PORT")
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
                sink.received += 1
                sink.acknowledgements += any(to.startswith("bench-") for to in envelope.rcpt_tos)
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def server_env(static_root: str, cache_seconds: int, smtp_port: int, extra: dict | None = None) -> dict:
    return {
        **os.environ,
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": static_root,
        "PORTAL_PAGE_CACHE_SECONDS": str(cache_seconds),
        "PORTAL_INQUIRY_RATE_LIMIT": "1000000",
        "LOG_LEVEL": "WARNING",
        "DATABASE_CONN_MAX_AGE": "60",
        # No worker replaced after its 2,000th request (deploy/gunicorn.conf.py): each capacity run sends thousands,
        # and the next row would measure fresh workers (imports, connections, per-process caches still cold).
        # The soak's memory growth is then each worker's own, never hidden by a replacement.
        "GUNICORN_MAX_REQUESTS": "0",
        **(extra or {}),
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


INVESTOR_SESSION = """
from importlib import import_module
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
email = "bench-investor@example.com"
user = get_user_model().objects.filter(email=email).first()
if user is None:
    user = get_user_model().objects.create_user(username="bench-investor", email=email, password=None)
EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(settings.SESSION_COOKIE_NAME + "=" + session.session_key)
"""


def investor_cookie(env: dict) -> str:
    """The Cookie header of a signed-in investor (verified address, not staff): a session made the way
    Django's login makes one, so the rows below measure what such a reader gets."""
    done = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", INVESTOR_SESSION], cwd=ROOT, env=env, check=True, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    return done.stdout.strip().splitlines()[-1]


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def pss_mb(pid: int) -> float | None:
    """The proportional set size: the resident pages, each shared one divided among the processes that share
    it. gunicorn's workers share the pages they inherited from the master, which each worker's RSS counts in
    full; their PSS adds up to what the server really takes."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


GROWTH_TOLERANCE_MB = 2.0  # a worker "grows" when its last minute is above its first by more than this
GROWTH_TOLERANCE_SHARE = 0.02  # … and by more than this share of its first minute (the larger of the two counts)


class Server:
    """gunicorn (BENCH_WORKERS workers x 2 threads) and the task worker, with every process's memory sampled."""

    def __init__(self, env: dict):
        self.port = port_setting("BENCH_APP_PORT")
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = env
        self.peak_master_mb = 0.0
        self.peak_worker_mb: dict[int, float] = {}  # gunicorn worker pid → its peak resident size
        self.samples: list[tuple[float, dict[int, float]]] = []  # (time, {worker pid: MB})
        self.peak_worker_pss_mb: dict[int, float] = {}  # gunicorn worker pid → its peak proportional size
        self.peak_total_pss_mb = 0.0  # master and workers together, at the fullest sample
        self.peak_task_worker_mb = 0.0  # the task worker (db_worker): delivers the inquiries' e-mails
        self._stop = threading.Event()

    def __enter__(self):
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in __exit__); a pipe nobody reads could fill up
        # The access log holds each request's path and time in the server (gunicorn's %(U)s and %(D)s, microseconds:
        # from the parsed request to the last byte written), one per line: the time without the client's own.
        self.access_dir = Path(tempfile.mkdtemp(prefix="portal-bench-access-"))
        self.access_log = self.access_dir / "access.log"
        self.process = subprocess.Popen(
            [
                PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}",
                "--workers", str(WORKERS), "--access-logfile", str(self.access_log),
                "--access-logformat", "%(U)s %(D)s",
                "portal.wsgi",
            ],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=self.log,
        )  # fmt: skip
        self.worker = subprocess.Popen(
            [PYTHON, "manage.py", "db_worker", "--verbosity", "0"], cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2):  # noqa: S310 (loopback)
                    break
            except OSError:
                if self.process.poll() is not None:
                    self.log.seek(0)
                    raise RuntimeError(self.log.read().decode()[-3000:]) from None
                time.sleep(0.3)
        self._sampler = threading.Thread(target=self._sample_memory, daemon=True)
        self._sampler.start()
        return self

    def _sample_memory(self):
        while not self._stop.wait(SAMPLE_EVERY):
            master = rss_mb(self.process.pid)
            if master is not None:
                self.peak_master_mb = max(self.peak_master_mb, master)
            total_pss = pss_mb(self.process.pid) or 0.0
            workers = {}
            for pid in self._children(self.process.pid):
                size = rss_mb(pid)
                if size is not None:
                    workers[pid] = size
                    self.peak_worker_mb[pid] = max(self.peak_worker_mb.get(pid, 0.0), size)
                proportional = pss_mb(pid)
                if proportional is not None:
                    total_pss += proportional
                    self.peak_worker_pss_mb[pid] = max(self.peak_worker_pss_mb.get(pid, 0.0), proportional)
            self.peak_total_pss_mb = max(self.peak_total_pss_mb, total_pss)
            task_worker = rss_mb(self.worker.pid)
            if task_worker is not None:
                self.peak_task_worker_mb = max(self.peak_task_worker_mb, task_worker)
            self.samples.append((time.monotonic(), workers))

    @staticmethod
    def _children(pid: int) -> list[int]:
        try:
            return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            return []

    def __exit__(self, *exc):
        self._stop.set()
        for process in (self.worker, self.process):
            process.send_signal(signal.SIGTERM)
        for process in (self.worker, self.process):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.log.close()
        shutil.rmtree(self.access_dir, ignore_errors=True)

    def errors(self) -> str:
        """The end of gunicorn's error log (its stderr: Django's logging of a 500 goes there too)."""
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-5000:]

    def access_offset(self) -> int:
        try:
            return self.access_log.stat().st_size
        except FileNotFoundError:
            return 0

    def server_times(self, since: int) -> list[tuple[str, float]]:
        """``(path, milliseconds)``: the server's time of each request logged after ``since`` (an
        ``access_offset()``). Each worker appends whole lines (``O_APPEND``), flushed per request."""
        try:
            with open(self.access_log, "rb") as handle:
                handle.seek(since)
                lines = handle.read().decode(errors="replace").splitlines()
        except FileNotFoundError:
            return []
        found = []
        for line in lines:
            path, _space, micro = line.rpartition(" ")
            if micro.isdigit():
                found.append((path, int(micro) / 1000))
        return found

    def get_json(self, path: str):
        with urllib.request.urlopen(f"{self.url}{path}", timeout=30) as response:  # noqa: S310 (loopback)
            return json.load(response)


class Varnish:
    """Debian's varnishd with deploy/varnish/portal.vcl (rendered by deploy/render.py) in front of ``backend``."""

    VCL = ROOT / "deploy" / "varnish" / "portal.vcl"

    @classmethod
    def available(cls) -> bool:
        return cls.VCL.exists() and shutil.which("varnishd") is not None

    def __init__(self, backend_port: int):
        self.port = port_setting("BENCH_VARNISH_PORT")
        self.admin_port = port_setting("BENCH_VARNISH_ADMIN_PORT")
        self.url = f"http://127.0.0.1:{self.port}"
        self.backend_port = backend_port

    def __enter__(self):
        sys.path.insert(0, str(ROOT / "deploy"))
        from render import expand, render_text

        self.dir = Path(tempfile.mkdtemp(prefix="portal-bench-varnish-"))
        self.dir.chmod(0o755)  # its child process runs as an unprivileged user
        vcl = self.dir / "portal.vcl"
        values = expand({"APP_SERVERS": f"127.0.0.1:{self.backend_port}", "PURGERS": "127.0.0.1,::1"})
        vcl.write_text(render_text(self.VCL.read_text(), values, "varnish/portal.vcl"))
        argv = [
            shutil.which("varnishd"), "-F", "-n", str(self.dir / "state"), "-a", f"127.0.0.1:{self.port}",
            "-T", f"127.0.0.1:{self.admin_port}", "-f", str(vcl), "-s", "malloc,128m", "-p", "ban_lurker_sleep=0.1",
            "-p", "backend_idle_timeout=4",  # as in production (README): before gunicorn's keepalive (5 s)
        ]  # fmt: skip
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2):  # noqa: S310 (loopback)
                    return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()[-3000:]) from None
                time.sleep(0.3)
        raise RuntimeError("varnishd did not answer")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def locust(
    url: str,
    *,
    paths: list[str] | None = None,
    inquiry: bool = False,
    seconds: int,
    closed_loop: bool = False,
    rate: float = RATE,
    cookie: str = "",
    floor_url: str = "",
) -> dict:
    """A constant arrival rate of ``rate`` requests/s, or (closed_loop) 2 users per worker without pause. With
    ``floor_url`` (not in the closed loop), the floor is requested between two of the scenario's requests, at the
    same rate: ``floor_p50`` is the floor of this very run."""
    users = 2 * WORKERS if closed_loop else max(1, round(rate / PER_USER_RATE))
    floor_url = "" if closed_loop else floor_url
    times: list[float] = []
    floor_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "run")
        env = {
            **os.environ,
            "BENCH_PATHS": "\n".join(paths or []),
            "BENCH_INQUIRY": "1" if inquiry else "0",
            "BENCH_COOKIE": cookie,
            "BENCH_RATE": "1000" if closed_loop else str(rate * (2 if floor_url else 1) / users),
            "BENCH_TIMES": f"{prefix}_times.txt",
            "BENCH_FLOOR_URL": floor_url,
            "BENCH_FLOOR_TIMES": f"{prefix}_floor_times.txt",
        }
        subprocess.run(
            [
                PYTHON, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
                "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", url,
                "--csv", prefix, "--only-summary", "--loglevel", "ERROR", "--stop-timeout", "5",
            ],
            env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=seconds + 60,
        )  # fmt: skip
        with open(f"{prefix}_stats.csv") as handle:
            rows = {row["Name"]: row for row in csv.DictReader(handle)}
        with contextlib.suppress(FileNotFoundError), open(f"{prefix}_times.txt") as handle:
            times = sorted(float(line) for line in handle if line.strip())
        with contextlib.suppress(FileNotFoundError), open(f"{prefix}_floor_times.txt") as handle:
            floor_times = sorted(float(line) for line in handle if line.strip())
    row = rows.get("inquiry" if inquiry else "page") or rows["Aggregated"]  # the scenario's, without the floor's
    count = int(row["Request Count"]) or 1

    def number(column: str) -> float:  # Locust writes N/A when no request completed
        return float(row[column]) if row[column] not in ("", "N/A") else float("nan")

    def quantile(share: float, column: str) -> float:
        """From each request's time (nearest rank); Locust's column, whole milliseconds, if none was written."""
        if not times:
            return number(column)
        return percentile(times, share)

    return {
        "p50": quantile(0.50, "50%"),
        "mean": statistics.fmean(times) if times else number("Average Response Time"),
        "p95": quantile(0.95, "95%"),
        "p99": quantile(0.99, "99%"),
        "rps": number("Requests/s"),
        "errors": int(row["Failure Count"]) / count,
        "count": int(row["Request Count"]),
        "total": sum(int(r["Request Count"]) for r in rows.values() if r["Name"] not in {"Aggregated", "floor"}),
        "floor_p50": percentile(floor_times, 0.5) if floor_times else None,
    }


def measure(
    url: str,
    name: str,
    *,
    capacity: bool = True,
    server: "Server | None" = None,
    floor: str = "",
    seconds: int = DURATION,
    **kwargs,
) -> dict:
    """A row: Locust at the constant rate after a warm-up, then (``capacity``) the closed loop. With ``server``
    (the gunicorn that answers ``url`` itself), also the server's own p50 from its access log. ``floor``: the app
    server's address, whose /healthz is requested between the row's requests (its p50s are the row's floor)."""
    for path in kwargs.get("paths") or []:  # every page once first (a cache miss, renditions that are missing)
        try:
            with urllib.request.urlopen(f"{url}{path}", timeout=60) as response:  # noqa: S310 (loopback)
                response.read()
        except urllib.error.HTTPError as exc:
            errors = server.errors() if server is not None else ""
            raise RuntimeError(f"{name}: {path} answered {exc.code}; the server's error log ends:\n{errors}") from exc
    floor_url = f"{floor}{FLOOR_PATH}" if floor else ""
    warmup = locust(url, seconds=WARMUP, floor_url=floor_url, **kwargs)
    since = server.access_offset() if server is not None else 0
    result = locust(url, seconds=seconds, floor_url=floor_url, **kwargs)
    served = server.server_times(since) if server is not None else []
    mine = sorted(ms for path, ms in served if path != FLOOR_PATH or not floor_url)
    floors = sorted(ms for path, ms in served if path == FLOOR_PATH and floor_url)
    result["server_p50"] = percentile(mine, 0.5) if mine else None
    result["server_floor_p50"] = percentile(floors, 0.5) if floors else None
    result["name"] = name
    result["capacity"] = None
    if capacity:
        result["capacity"] = locust(url, seconds=CAPACITY_SECONDS, closed_loop=True, **kwargs)["rps"]
    result["sent"] = warmup["total"] + result["total"]  # all requests of both runs (capacity: not counted)
    return result


class Publisher:
    """Publishes a new revision of one of the measured project pages every PUBLISH_EVERY seconds, in turn (a real
    editor's publish, through Wagtail, so the caches are invalidated exactly as in production)."""

    def __init__(self, env: dict, paths: list[str]):
        self.env = env
        self.paths = paths
        self.count = 0
        self._stop = threading.Event()

    def __enter__(self):
        os.environ.update(self.env)  # the server's settings, database, search and frontend cache
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self):
        from django.db import connection
        from wagtail.models import Page

        pages = []
        for path in self.paths:
            language, *slugs = [part for part in path.split("/") if part]
            field = "url_path_" + language.replace("-", "_")
            page = Page.objects.filter(**{f"{field}__endswith": "/".join(slugs) + "/"}).first()
            if page is not None:
                pages.append(page.pk)
        while pages and not self._stop.wait(PUBLISH_EVERY):
            page = Page.objects.get(pk=pages[self.count % len(pages)]).specific
            page.save_revision().publish()
            self.count += 1
        connection.close()

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=30)


def wait_until_quiet(smtp: SmtpSink, quiet: float = 3, timeout: float = 60) -> int:
    """Waits (bounded) until no e-mail has arrived for ``quiet`` seconds; returns the count so far."""
    deadline = time.monotonic() + timeout
    last, since = smtp.received, time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - since < quiet:
        time.sleep(0.5)
        if smtp.received != last:
            last, since = smtp.received, time.monotonic()
    return smtp.received


def stored_bench_inquiries() -> int:
    """The benchmark's inquiries in the database (Locust's own count leaves out part of its warm-up)."""
    import psycopg

    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        row = conn.execute("SELECT count(*) FROM inquiries_inquiry WHERE email LIKE %s", ("bench-%",)).fetchone()
    return row[0]


def wait_for_acknowledgements(smtp: SmtpSink, expected: int, timeout: float = 120) -> int:
    """Waits (bounded) until the worker has delivered an acknowledgement to each benchmark investor."""
    deadline = time.monotonic() + timeout
    while smtp.acknowledgements < expected and time.monotonic() < deadline:
        time.sleep(0.5)
    return smtp.acknowledgements


def discover(server: Server) -> dict[str, list[str]]:
    def urls(page_type: str, limit: int) -> list[str]:
        data = server.get_json(f"/api/v2/pages/?type={page_type}&fields=_,id,html_url&lang=en&limit={limit}")
        return ["/" + item["meta"]["html_url"].split("://", 1)[1].split("/", 1)[1] for item in data["items"]]

    return {
        "home": ["/en/"],
        "project listing": urls("investment.ProjectIndexPage", 1),
        "project detail": urls("investment.ProjectPage", 30),
        "search page": [
            "/en/search/?" + urllib.parse.urlencode({"q": term})
            for term in ("lotus", "mango", "dong thap", "solar", "logistics")
        ],
    }


def soak(server: Server, targets: dict[str, list[str]]) -> dict:
    """Mixed uncached pages for SOAK_SECONDS at SOAK_RATE; each worker's resident size in the first and the last
    minute (medians of the samples), so that a leak shows as growth."""
    paths = [path for name in ("home", "project listing", "project detail", "search page") for path in targets[name]]
    begun = time.monotonic()
    result = locust(server.url, paths=paths, seconds=SOAK_SECONDS, rate=SOAK_RATE)
    samples = [(moment - begun, workers) for moment, workers in server.samples if moment >= begun]
    window = min(60.0, SOAK_SECONDS / 4)
    report = {"requests": result["count"], "errors": result["errors"], "p50": result["p50"], "workers": []}
    pids = sorted({pid for _moment, workers in samples for pid in workers})
    for pid in pids:
        series = [(moment, workers[pid]) for moment, workers in samples if pid in workers]
        first = [size for moment, size in series if moment <= series[0][0] + window]
        last = [size for moment, size in series if moment >= series[-1][0] - window]
        if not first or not last:
            continue
        slope = 0.0
        if len(series) > 2 and series[-1][0] > series[0][0]:
            slope = statistics.linear_regression([moment for moment, _ in series], [size for _, size in series]).slope
        first_mb, last_mb = statistics.median(first), statistics.median(last)
        report["workers"].append(
            {
                "pid": pid,
                "seconds": round(series[-1][0] - series[0][0]),
                "samples": len(series),
                "first": first_mb,
                "last": last_mb,
                "peak": max(size for _moment, size in series),
                "slope_per_minute": slope * 60,
                "grew": last_mb - first_mb > max(GROWTH_TOLERANCE_MB, GROWTH_TOLERANCE_SHARE * first_mb),
            }
        )
    return report


def print_table(results: list[dict], floor: float, server_floor: float | None = None) -> None:
    """One line per row. Its ratios divide by the floor measured in the same run, between its requests (``floor
    p50``, ``srv floor``), when it has one, else by the floor row's (``floor``, ``server_floor``)."""
    columns = ("p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "floor p50", "p50/floor", "capacity")
    columns += ("srv p50", "srv floor", "srv/floor")
    print(f"{'scenario':46}" + "".join(f"{column:>10}" for column in columns))
    dash = f"{'-':>10}"
    for row in results:
        if "section" in row:
            print(f"-- {row['section']}")
            continue
        values = (row["p50"], row["p95"], row["p99"], row["rps"])
        row_floor = row.get("floor_p50") or floor
        capacity = f"{row['capacity']:10.1f}" if row["capacity"] is not None else dash
        served = row.get("server_p50")
        served_floor = row.get("server_floor_p50") or server_floor
        server = dash * 3
        if served is not None:
            ratio = f"{served / served_floor:10.2f}" if served_floor else dash
            server = f"{served:10.2f}" + (f"{served_floor:10.2f}" if served_floor else dash) + ratio
        print(
            f"{row['name']:46}"
            + "".join(f"{value:10.1f}" for value in values)
            + f"{row['errors']:10.2%}{row_floor:10.2f}{row['p50'] / row_floor:10.2f}"
            + capacity
            + server
        )


def main() -> None:
    started = time.monotonic()
    static_root = tempfile.mkdtemp(prefix="portal-bench-static-")
    results: list[dict] = []
    memory: dict[str, Server] = {}
    soaked: dict = {}
    publishes: dict[str, int] = {}
    with_varnish = Varnish.available() and os.environ.get("BENCH_VARNISH", "1") != "0"
    with SmtpSink() as smtp:
        setup_env = server_env(static_root, 0, smtp.port)
        print(f"Preparing: migrate, demo, static files (DATABASE_URL={setup_env.get('DATABASE_URL', 'sqlite')})")
        manage(setup_env, "migrate", "--noinput", "--verbosity", "0")
        manage(setup_env, "load_demo", "--force")  # the production settings refuse the demo without it
        manage(setup_env, "collectstatic", "--noinput", "--verbosity", "0")
        # Uncached: the floor, the pages, the inquiry, then the soak.
        env = server_env(static_root, 0, smtp.port)
        with Server(env) as server:
            targets = discover(server)
            results.append({"section": "page cache off"})
            results.append(measure(server.url, "floor (/healthz)", paths=["/healthz"], server=server))
            for name, paths in targets.items():
                if selected(f"{name}, uncached"):
                    results.append(
                        measure(server.url, f"{name}, uncached", paths=paths, server=server, floor=server.url)
                    )
            stored = acknowledged = delivered = 0
            if selected("inquiry submission"):
                received_before = wait_until_quiet(smtp)  # the demo's own queued e-mails go first
                row = measure(
                    server.url,
                    "inquiry submission (worker running)",
                    inquiry=True,
                    capacity=False,
                    server=server,
                    floor=server.url,
                    seconds=INQUIRY_DURATION,
                )
                results.append(row)
                stored = stored_bench_inquiries()
                acknowledged = wait_for_acknowledgements(smtp, expected=stored)
                delivered = smtp.received - received_before
            if SOAK_SECONDS > 0 and selected("soak"):
                soaked = soak(server, targets)
            memory["uncached"] = server
        # Cached (Django's page cache in Redis), then the same through Varnish.
        cached = {name: paths for name, paths in targets.items() if name != "search page"}  # never page-cached
        cached_rows = [f"{name}, {way}" for name in cached for way in ("cached", "Varnish")]
        cached_rows += ["project detail, cached, signed-in investor", "account state API, signed-in investor"]
        if not any(selected(row) for row in cached_rows):
            cached = {}
        extra = {}
        varnish = Varnish(port_setting("BENCH_APP_PORT")) if with_varnish else None
        if varnish is not None:
            extra = {"PORTAL_FRONTEND_CACHE_URL": varnish.url}
        env = server_env(static_root, 600, smtp.port, extra)
        if cached:  # not started when BENCH_ONLY leaves out all of its rows
            # Varnish runs from the start (started after the server, whose port it needs): the publishes of the
            # page-cache rows purge it too, as in production, instead of failing against a closed port.
            with Server(env) as server, contextlib.ExitStack() as frontend:
                if varnish is not None:
                    varnish.backend_port = server.port
                    frontend.enter_context(varnish)
                results.append({"section": "page cache on (Redis, shared by the workers)"})
                for name, paths in cached.items():
                    if selected(f"{name}, cached"):
                        results.append(
                            measure(server.url, f"{name}, cached", paths=paths, server=server, floor=server.url)
                        )
                # A signed-in investor gets the same cached copy (cms/staff_marker.py); the personal state comes
                # from /api/account/state/, fetched by a deferred script: both rows, with the investor's session.
                signed_in = {
                    "project detail, cached, signed-in investor": targets["project detail"],
                    "account state API, signed-in investor": ["/api/account/state/"],
                }
                signed_in = {name: paths for name, paths in signed_in.items() if selected(name)}
                cookie = investor_cookie(env) if signed_in else ""
                for name, paths in signed_in.items():
                    results.append(
                        measure(server.url, name, paths=paths, cookie=cookie, server=server, floor=server.url)
                    )
                with Publisher(env, targets["project detail"]) as publisher:
                    for name, paths in cached.items():
                        if selected(f"{name}, cached, publishing"):
                            row = measure(
                                server.url,
                                f"{name}, cached, publishing",
                                paths=paths,
                                capacity=False,
                                server=server,
                                floor=server.url,
                            )
                            results.append(row)
                publishes["page cache"] = publisher.count
                if varnish is not None:
                    results.append({"section": "frontend cache (Varnish in front of the cached server)"})
                    results.append(
                        measure(varnish.url, "floor (/healthz) through Varnish", paths=["/healthz"], floor=server.url)
                    )
                    for name, paths in cached.items():
                        if selected(f"{name}, Varnish"):
                            results.append(measure(varnish.url, f"{name}, Varnish", paths=paths, floor=server.url))
                    with Publisher(env, targets["project detail"]) as publisher:
                        for name, paths in cached.items():
                            if selected(f"{name}, Varnish, publishing"):
                                row_name = f"{name}, Varnish, publishing"
                                results.append(
                                    measure(varnish.url, row_name, paths=paths, capacity=False, floor=server.url)
                                )
                    publishes["Varnish"] = publisher.count
                memory["cached"] = server
    floor_row = next(row for row in results if row.get("name") == "floor (/healthz)")
    floor = floor_row["p50"] or 1.0
    print()
    print(f"HTTP benchmark: gunicorn {WORKERS} workers x 2 threads (gthread), production settings, DEBUG off,")
    print(f"PostgreSQL and Elasticsearch on loopback, {os.cpu_count()} CPUs shared with Locust. Service time: Locust")
    print(f"at a constant {RATE:g} req/s (the machine idle between requests) for {DURATION} s after a {WARMUP} s")
    print(f"warm-up per scenario; capacity: {2 * WORKERS} users without pause for {CAPACITY_SECONDS} s. 'publishing':")
    print(f"an editor publishes one of the measured project pages every {PUBLISH_EVERY:g} s meanwhile.")
    print(f"The inquiry submission runs for {INQUIRY_DURATION} s (its target is a p95).")
    shared = os.environ.get("CACHE_URL", "").startswith("redis://")
    print("Page cache: " + ("one Redis shared by all workers (CACHE_URL)." if shared else "per worker process."))
    if not with_varnish:
        print("Frontend cache: not measured (Varnish not installed, or BENCH_VARNISH=0).")
    print("srv p50: the server's own time (gunicorn's access log: parsed request to last byte written), without")
    print("the client's (Locust's HTTP client, its cookie jar and gzip decoding, part of every p50 above).")
    print(f"floor p50, srv floor: the floor ({FLOOR_PATH} of the app server) requested between the row's own requests,")
    print("at the same rate, in the same run: each row's ratios divide by its own floor, so that they do not move")
    print("with the machine's state between rows (the floor row is the floor measured alone).")
    print_table(results, floor, floor_row.get("server_p50"))
    print("publishes during the publishing runs: " + ", ".join(f"{k} {v}" for k, v in publishes.items()))
    print(
        f"inquiries stored: {stored}; acknowledgements the worker delivered to their senders: "
        f"{acknowledged}; e-mails delivered in all (with the agencies' notices): {delivered}"
    )
    for label, server in memory.items():
        pids = sorted(server.peak_worker_mb, key=server.peak_worker_mb.get, reverse=True)
        rss = ", ".join(f"{server.peak_worker_mb[pid]:.0f}" for pid in pids)
        pss = ", ".join(f"{server.peak_worker_pss_mb.get(pid, 0):.0f}" for pid in pids)
        replaced = max(0, len(pids) - WORKERS)
        biggest = max(server.peak_worker_mb.values(), default=0)
        print(
            f"peak memory, {label} server: per worker RSS {rss} MB (max {biggest:.0f}),"
            f" PSS {pss} MB; master RSS {server.peak_master_mb:.0f} MB; gunicorn in all (PSS) "
            f"{server.peak_total_pss_mb:.0f} MB; task worker RSS {server.peak_task_worker_mb:.0f} MB; "
            f"{len(pids)} worker processes ({replaced} started to replace others)"
        )
    if soaked:
        print(
            f"soak: {soaked['requests']} mixed uncached requests in {SOAK_SECONDS} s at {SOAK_RATE:g} req/s "
            f"(errors {soaked['errors']:.2%}, p50 {soaked['p50']:.0f} ms); resident size per worker, median of the"
            " first and of the last minute:"
        )
        for worker in soaked["workers"]:
            growth = worker["last"] - worker["first"]
            print(
                f"  worker {worker['pid']}: {worker['first']:.1f} → {worker['last']:.1f} MB "
                f"({growth:+.1f} MB over {worker['seconds']} s, trend {worker['slope_per_minute']:+.2f} MB/min over "
                f"{worker['samples']} samples), peak {worker['peak']:.1f} MB"
            )
        grown = [worker for worker in soaked["workers"] if worker["grew"]]
        tolerance = f"the larger of {GROWTH_TOLERANCE_MB:g} MB and {GROWTH_TOLERANCE_SHARE:.0%}"
        if not soaked["workers"]:
            print("  memory growth: not measured (no worker sampled through the soak)")
        elif grown:
            print(f"  memory growth: {len(grown)} of {len(soaked['workers'])} workers grew by more than {tolerance}")
        else:
            print(f"  memory growth: none (every worker's last minute within {tolerance} of its first)")
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
