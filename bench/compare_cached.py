"""Old code against new code for cached pages: two app servers at once, requests interleaved in one command.

    DATABASE_URL=… ELASTICSEARCH_URL=… CACHE_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/compare_cached.py /path/to/old/checkout [rounds]

Starts gunicorn in this checkout and in the other one (deploy/gunicorn.conf.py, ``BENCH_WORKERS`` workers x 2
threads, production settings, page cache on), each with its own Redis database (CACHE_URL's number and the next
one) and the same DATABASE_URL (the demo loaded first, as ``bench/http_bench.py`` does, unless
``COMPARE_PREPARED=1``). Then ``rounds`` rounds (default 60): in each, the floor (/healthz), the home page, the
project listing and six project pages of both servers, in a shuffled order, one request at a time with 0.1 s
between requests, through Python ``requests`` (Locust's client) with a fresh cookie jar each time, as a reader
without cookies. Every page request must be a page-cache hit. Prints per page and checkout the client's p50 and
its ratio to the same checkout's floor, and the server's own p50 (gunicorn's access log) and its ratio.
"""

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from bench.http_bench import PYTHON, WORKERS, SmtpSink, free_port, manage, server_env  # noqa: E402 (after the path)

GAP = 0.1  # seconds between two requests: the machine is idle in between


def cache_url(number: int) -> str:
    parts = urllib.parse.urlsplit(os.environ.get("CACHE_URL") or "redis://127.0.0.1:6379/5")
    base = int(parts.path.strip("/") or 0)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{base + number}"))


def main() -> int:
    trees = {"old": Path(sys.argv[1]).resolve(), "new": HERE}
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    with SmtpSink() as smtp, tempfile.TemporaryDirectory(prefix="portal-compare-") as work:
        servers, logs, ports = {}, {}, {}
        try:
            for number, (name, root) in enumerate(trees.items()):
                env = server_env(f"{work}/static-{name}", 600, smtp.port, {"CACHE_URL": cache_url(number)})
                env["SECRET_KEY"] = "compare-cached-" + "k" * 40  # one key per server, the same for its workers
                if name == "new" and os.environ.get("COMPARE_PREPARED") != "1":
                    manage(env, "migrate", "--noinput", "--verbosity", "0")
                    manage(env, "load_demo", "--force")
                collect = [PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"]
                subprocess.run(collect, cwd=root, env=env, check=True)
                ports[name], logs[name] = free_port(), Path(work) / f"access-{name}.log"
                servers[name] = subprocess.Popen(
                    [
                        PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{ports[name]}",
                        "--workers", str(WORKERS), "--access-logfile", str(logs[name]), "--access-logformat", "%(D)s",
                        "portal.wsgi",
                    ],
                    cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )  # fmt: skip
            for name in trees:
                wait_until_up(ports[name])
            paths = pages(ports["new"])
            measure(trees, ports, logs, paths, rounds)
        finally:
            for server in servers.values():
                server.terminate()
            for server in servers.values():
                server.wait(timeout=30)
    return 0


def wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):  # noqa: S310 (loopback)
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"no app server on port {port}")


def pages(port: int) -> dict[str, list[str]]:
    query = "type=investment.ProjectPage&fields=_,id,html_url&lang=en&limit=6"
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/pages/?{query}", timeout=30) as answer:  # noqa: S310
        items = json.loads(answer.read())["items"]
    details = [urllib.parse.urlsplit(item["meta"]["html_url"]).path for item in items]
    return {"floor": ["/healthz"], "home": ["/en/"], "listing": ["/en/projects/"], "detail": details}


def measure(trees: dict, ports: dict, logs: dict, paths: dict, rounds: int) -> None:
    sessions = {name: requests.Session() for name in trees}
    jobs = [(name, group, path) for name in trees for group, group_paths in paths.items() for path in group_paths]

    def get(name: str, path: str) -> requests.Response:
        response = sessions[name].get(f"http://127.0.0.1:{ports[name]}{path}", timeout=30)
        sessions[name].cookies.clear()  # a reader without cookies, each time (as Locust's readers over HTTP)
        return response

    for name, _group, path in jobs:  # every worker of each server has served each page (misses, then hits)
        for _ in range(10):
            get(name, path)
    time.sleep(1)
    offsets = {name: logs[name].stat().st_size for name in trees}
    client: dict[tuple[str, str], list[float]] = {}
    order: dict[str, list[str]] = {name: [] for name in trees}
    shuffler = random.Random(16)
    for _round in range(rounds):
        shuffler.shuffle(jobs)
        for name, group, path in jobs:
            started = time.perf_counter()
            response = get(name, path)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200 or (group != "floor" and response.headers.get("X-Page-Cache") != "hit"):
                raise SystemExit(f"{name} {path}: {response.status_code} {response.headers.get('X-Page-Cache')}")
            client.setdefault((group, name), []).append(elapsed)
            order[name].append(group)
            time.sleep(GAP)
    time.sleep(1)
    server: dict[tuple[str, str], list[float]] = {}
    for name in trees:
        with open(logs[name], "rb") as handle:
            handle.seek(offsets[name])
            times = [int(line) / 1000 for line in handle.read().split() if line.isdigit()]
        if len(times) != len(order[name]):
            raise SystemExit(f"{name}: {len(times)} access-log lines for {len(order[name])} requests")
        for group, value in zip(order[name], times, strict=True):
            server.setdefault((group, name), []).append(value)
    print(f"{rounds} rounds, {GAP} s between requests; p50 ms (ratio to the same code's floor)")
    print(f"{'':8} " + "   ".join(f"{name + ': client':>20} {'server':>13}" for name in trees))
    for group in paths:
        cells = []
        for name in trees:
            mine, floor = statistics.median(client[(group, name)]), statistics.median(client[("floor", name)])
            own, own_floor = statistics.median(server[(group, name)]), statistics.median(server[("floor", name)])
            cells.append(f"{mine:>13.2f} ({mine / floor:4.2f}) {own:>6.2f} ({own / own_floor:4.2f})")
        print(f"{group:8} " + "   ".join(cells))


if __name__ == "__main__":
    raise SystemExit(main())
