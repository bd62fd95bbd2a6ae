"""HTTP benchmark of the portal behind gunicorn (production settings, DEBUG off), on loopback.

For each scenario, Locust offers a constant arrival rate for a bounded time after a warm-up and
reports p50/p95/p99, requests/s and the error rate; each page's p50 is divided by the p50 of the
floor (/healthz: a bare view returning a fixed string, through the same server and middleware).
Pages run twice: with the page cache off (uncached) and on (cached). The peak resident memory
of the gunicorn processes is sampled throughout.

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
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RATE = float(os.environ.get("BENCH_RATE", "40"))  # requests per second offered
DURATION = int(os.environ.get("BENCH_SECONDS", "15"))
WARMUP = int(os.environ.get("BENCH_WARMUP_SECONDS", "4"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
PER_USER_RATE = 2.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(static_root: str, cache_seconds: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
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
                "--workers", str(WORKERS), "--access-logfile", "/dev/null", "cms.wsgi",
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


def locust(server: Server, *, paths: list[str] | None = None, inquiry: bool = False, seconds: int) -> dict:
    users = max(1, round(RATE / PER_USER_RATE))
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "run")
        env = {
            **os.environ,
            "BENCH_PATHS": "\n".join(paths or []),
            "BENCH_INQUIRY": "1" if inquiry else "0",
            "BENCH_RATE": str(PER_USER_RATE),
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
    return {
        "p50": float(row["50%"]),
        "mean": float(row["Average Response Time"]),
        "p95": float(row["95%"]),
        "p99": float(row["99%"]),
        "rps": float(row["Requests/s"]),
        "errors": int(row["Failure Count"]) / count,
        "count": int(row["Request Count"]),
    }


def measure(server: Server, name: str, **kwargs) -> dict:
    locust(server, seconds=WARMUP, **kwargs)
    result = locust(server, seconds=DURATION, **kwargs)
    result["name"] = name
    return result


def discover(server: Server) -> dict[str, list[str]]:
    def urls(page_type: str, limit: int) -> list[str]:
        data = server.get_json(f"/api/v2/pages/?type={page_type}&fields=_,id,html_url&lang=en&limit={limit}")
        return ["/" + item["meta"]["html_url"].split("://", 1)[1].split("/", 1)[1] for item in data["items"]]

    return {
        "home": ["/en/"],
        "project listing": urls("investment.ProjectIndexPage", 1),
        "project detail": urls("investment.ProjectPage", 30),
        "search page": [f"/en/search/?q={term}" for term in ("lotus", "mango", "dong thap", "solar", "logistics")],
    }


def main() -> None:
    started = time.monotonic()
    static_root = tempfile.mkdtemp(prefix="portal-bench-static-")
    setup_env = server_env(static_root, 0)
    print(f"Preparing: migrate, demo content, static files (DATABASE_URL={setup_env.get('DATABASE_URL', 'sqlite')})")
    manage(setup_env, "migrate", "--noinput", "--verbosity", "0")
    manage(setup_env, "load_demo")
    manage(setup_env, "collectstatic", "--noinput", "--verbosity", "0")
    results = []
    peak = 0.0
    for cache_seconds, label in ((0, "uncached"), (600, "cached")):
        with Server(server_env(static_root, cache_seconds)) as server:
            targets = discover(server)
            if label == "uncached":
                results.append(measure(server, "floor (/healthz)", paths=["/healthz"]))
            for name, paths in targets.items():
                if paths:
                    results.append(measure(server, f"{name}, {label}", paths=paths))
            if label == "uncached":
                results.append(measure(server, "inquiry submission (worker running)", inquiry=True))
            peak = max(peak, server.peak_rss_mb)
    floor = results[0]["p50"] or 1.0
    print()
    print(f"HTTP benchmark: gunicorn {WORKERS} workers (gthread), production settings, DEBUG off, loopback;")
    print(f"Locust at a constant {RATE:.0f} req/s for {DURATION} s after a {WARMUP} s warm-up, per scenario.")
    columns = ("p50 ms", "mean ms", "p95 ms", "p99 ms", "req/s", "errors", "p50/floor")
    print(f"{'scenario':44}" + "".join(f"{column:>10}" for column in columns))
    for row in results:
        values = (row["p50"], row["mean"], row["p95"], row["p99"], row["rps"])
        print(
            f"{row['name']:44}"
            + "".join(f"{value:10.1f}" for value in values)
            + f"{row['errors']:10.2%}{row['p50'] / floor:10.2f}"
        )
    print(f"peak memory of the server processes (gunicorn master + workers): {peak:.0f} MB")
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
