"""HTTP benchmark of the portal behind gunicorn (production settings, DEBUG off), on loopback.

For each scenario, Locust offers a constant arrival rate for a bounded time after a warm-up and
reports p50/p95/p99, requests/s and the error rate; each page's p50 is divided by the p50 of the
floor (/healthz: a bare view returning a fixed string, through the same server and middleware).
The rate is set below the slowest page's capacity, so latencies are service times, not queueing;
a second, closed-loop run per scenario (no think time) gives the capacity in requests/s.
Pages run with the page cache off (uncached), on (cached), and on while a page is published
every few seconds (cached, publishing), whose figures include the misses after each invalidation.
Inquiries are submitted with the task worker running and delivering to an SMTP sink on loopback
(aiosmtpd). The peak resident memory of the gunicorn processes is sampled.

Run by `make bench` (scripts/bench.sh), which provides DATABASE_URL and ELASTICSEARCH_URL.
"""

import csv
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RATE = float(os.environ.get("BENCH_RATE", "5"))  # requests per second offered
DURATION = int(os.environ.get("BENCH_SECONDS", "20"))
WARMUP = int(os.environ.get("BENCH_WARMUP_SECONDS", "4"))
CAPACITY_SECONDS = int(os.environ.get("BENCH_CAPACITY_SECONDS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
PUBLISH_EVERY = float(os.environ.get("BENCH_PUBLISH_EVERY_SECONDS", "10"))
PER_USER_RATE = 1.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpSink:
    """A real SMTP server on loopback that counts what the worker delivers."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.received = 0
        self.acknowledgements = 0  # e-mails to the benchmark's investors (bench-<key>@example.com)
        self.port = free_port()
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


def server_env(static_root: str, cache_seconds: int, smtp_port: int) -> dict:
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
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


class Server:
    def __init__(self, env: dict):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = env
        self.peak_rss_mb = 0.0
        self._stop = threading.Event()

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}",
                "--workers", str(WORKERS), "--access-logfile", "/dev/null", "portal.wsgi",
            ],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
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
                    raise RuntimeError(self.process.stderr.read().decode()[-3000:]) from None
                time.sleep(0.3)
        self._sampler = threading.Thread(target=self._sample_memory, daemon=True)
        self._sampler.start()
        return self

    def _sample_memory(self):
        while not self._stop.wait(0.5):
            pids = [self.process.pid, *self._children(self.process.pid)]
            total_kb = 0
            for pid in pids:
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            total_kb += int(line.split()[1])
                except OSError:
                    continue
            self.peak_rss_mb = max(self.peak_rss_mb, total_kb / 1024)

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

    def get_json(self, path: str):
        with urllib.request.urlopen(f"{self.url}{path}", timeout=30) as response:  # noqa: S310 (loopback)
            return json.load(response)


def locust(
    server: Server, *, paths: list[str] | None = None, inquiry: bool = False, seconds: int, closed_loop: bool = False
) -> dict:
    """A constant arrival rate of RATE requests/s, or (closed_loop) 2 users per worker without pause."""
    users = 2 * WORKERS if closed_loop else max(1, round(RATE / PER_USER_RATE))
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "run")
        env = {
            **os.environ,
            "BENCH_PATHS": "\n".join(paths or []),
            "BENCH_INQUIRY": "1" if inquiry else "0",
            "BENCH_RATE": "1000" if closed_loop else str(PER_USER_RATE),
        }
        subprocess.run(
            [
                PYTHON, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
                "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", server.url,
                "--csv", prefix, "--only-summary", "--loglevel", "ERROR", "--stop-timeout", "5",
            ],
            env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=seconds + 60,
        )  # fmt: skip
        with open(f"{prefix}_stats.csv") as handle:
            rows = {row["Name"]: row for row in csv.DictReader(handle)}
    row = rows["Aggregated"]
    count = int(row["Request Count"]) or 1

    def number(column: str) -> float:  # Locust writes N/A when no request completed
        return float(row[column]) if row[column] not in ("", "N/A") else float("nan")

    return {
        "p50": number("50%"),
        "mean": number("Average Response Time"),
        "p95": number("95%"),
        "p99": number("99%"),
        "rps": number("Requests/s"),
        "errors": int(row["Failure Count"]) / count,
        "count": int(row["Request Count"]),
        "total": sum(int(r["Request Count"]) for r in rows.values() if r["Name"] != "Aggregated"),
    }


def measure(server: Server, name: str, *, capacity: bool = True, **kwargs) -> dict:
    for path in kwargs.get("paths") or []:  # every page once first: image renditions are made on first view
        with urllib.request.urlopen(f"{server.url}{path}", timeout=60) as response:  # noqa: S310 (loopback)
            response.read()
    warmup = locust(server, seconds=WARMUP, **kwargs)
    result = locust(server, seconds=DURATION, **kwargs)
    result["name"] = name
    result["capacity"] = None
    if capacity:
        result["capacity"] = locust(server, seconds=CAPACITY_SECONDS, closed_loop=True, **kwargs)["rps"]
    result["sent"] = warmup["total"] + result["total"]  # all requests of both runs (capacity: not counted)
    return result


class Publisher:
    """Publishes a new revision of one live page every PUBLISH_EVERY seconds (a real editor's publish,
    through Wagtail, so the page cache is invalidated exactly as in production)."""

    def __init__(self, env: dict):
        self.env = env
        self.count = 0
        self._stop = threading.Event()

    def __enter__(self):
        os.environ.update(self.env)  # the server's settings, database and search
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self):
        from django.db import connection

        from cms.models import InvestorGuidePage

        while not self._stop.wait(PUBLISH_EVERY):
            guide = InvestorGuidePage.objects.live().order_by("pk").first()
            guide.save_revision().publish()
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


def main() -> None:
    started = time.monotonic()
    static_root = tempfile.mkdtemp(prefix="portal-bench-static-")
    results = []
    peak = 0.0
    with SmtpSink() as smtp:
        setup_env = server_env(static_root, 0, smtp.port)
        print(f"Preparing: migrate, demo, static files (DATABASE_URL={setup_env.get('DATABASE_URL', 'sqlite')})")
        manage(setup_env, "migrate", "--noinput", "--verbosity", "0")
        manage(setup_env, "load_demo")
        manage(setup_env, "collectstatic", "--noinput", "--verbosity", "0")
        for cache_seconds, label in ((0, "uncached"), (600, "cached")):
            env = server_env(static_root, cache_seconds, smtp.port)
            with Server(env) as server:
                targets = discover(server)
                if label == "uncached":
                    results.append(measure(server, "floor (/healthz)", paths=["/healthz"]))
                    for name, paths in targets.items():
                        results.append(measure(server, f"{name}, {label}", paths=paths))
                    received_before = wait_until_quiet(smtp)  # the demo's own queued e-mails go first
                    inquiry = measure(server, "inquiry submission (worker running)", inquiry=True, capacity=False)
                    results.append(inquiry)
                    stored = stored_bench_inquiries()
                    acknowledged = wait_for_acknowledgements(smtp, expected=stored)
                    delivered = smtp.received - received_before
                else:
                    cached = {name: paths for name, paths in targets.items() if name != "search page"}
                    for name, paths in cached.items():  # search results are never page-cached
                        results.append(measure(server, f"{name}, {label}", paths=paths))
                    with Publisher(env) as publisher:
                        for name, paths in cached.items():
                            row = measure(server, f"{name}, {label}, publishing", paths=paths, capacity=False)
                            results.append(row)
                peak = max(peak, server.peak_rss_mb)
    floor = results[0]["p50"] or 1.0
    print()
    print(f"HTTP benchmark: gunicorn {WORKERS} workers x 2 threads (gthread), production settings, DEBUG off,")
    print(f"PostgreSQL and Elasticsearch on loopback, {os.cpu_count()} CPUs shared with Locust. Locust at a constant")
    print(f"{RATE:g} req/s for {DURATION} s after a {WARMUP} s warm-up per scenario; capacity: {2 * WORKERS} users")
    print(f"without pause for {CAPACITY_SECONDS} s. 'publishing': a page is published every {PUBLISH_EVERY:g} s")
    print("meanwhile, and each publish invalidates every cached page.")
    shared = os.environ.get("CACHE_URL", "").startswith("redis://")
    print("Page cache: " + ("one Redis shared by all workers (CACHE_URL)." if shared else "per worker process."))
    columns = ("p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "p50/floor", "capacity")
    print(f"{'scenario':40}" + "".join(f"{column:>10}" for column in columns))
    for row in results:
        values = (row["p50"], row["p95"], row["p99"], row["rps"])
        capacity = f"{row['capacity']:10.1f}" if row["capacity"] is not None else f"{'-':>10}"
        print(
            f"{row['name']:40}"
            + "".join(f"{value:10.1f}" for value in values)
            + f"{row['errors']:10.2%}{row['p50'] / floor:10.2f}"
            + capacity
        )
    print(f"publishes during the cached runs: {publisher.count}")
    print(
        f"inquiries stored: {stored}; acknowledgements the worker delivered to their senders: "
        f"{acknowledged}; e-mails delivered in all (with the agencies' notices): {delivered}"
    )
    print(f"peak memory of the server processes (gunicorn master + workers): {peak:.0f} MB")
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
