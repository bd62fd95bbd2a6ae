"""The portal's uncached pages beside another site's, interleaved in one run (issue 16: "the project detail page
no slower than bakerydemo's blog page").

    DATABASE_URL=… ELASTICSEARCH_URL=… CACHE_URL=redis://… .venv/bin/python bench/side_by_side.py \\
        --other bakerydemo=http://127.0.0.1:57100 --other-log bakerydemo=/path/to/its/access.log \\
        --other-page 'bakerydemo=blog post:/blog/wild-yeast/' --other-page bakerydemo=home:/ …

Starts the portal as ``bench/http_bench.py`` does (gunicorn from deploy/gunicorn.conf.py, ``BENCH_WORKERS``
workers x 2 threads, production settings, page cache off, the demo loaded into DATABASE_URL). The other site
runs on its own, under the same gunicorn settings, with its access log holding each request's time last on
the line (``--access-logformat '… %(D)s'``).

Method: ``--rounds`` rounds; in each, every page of every site once, in a shuffled order, one request at a
time with ``--gap`` seconds between requests (default 0.5 s: the two-core machine is idle between them, so
the figures are service times). Each request goes through a keep-alive connection of Python's
``http.client`` (per site) with the headers a browser sends (``Accept-Encoding: gzip``), and its body is
read but not decoded: the client's own work is small and the same for both. Prints per site and page group
the client's p50/p95 and, where the access log is known, the server's own (gunicorn's ``%(D)s``: parsed
request to last byte written), and the ratios portal / other.
"""

import argparse
import contextlib
import http.client
import random
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.http_bench import Server, SmtpSink, discover, manage, server_env  # noqa: E402 (after the path)
from bench.percentiles import percentile  # noqa: E402

HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Encoding": "gzip",
    "Accept-Language": "en",
    "User-Agent": "portal-side-by-side/1",
}
LAST_NUMBER = re.compile(rb"(\d+)\s*$")


class Site:
    def __init__(self, name: str, url: str, log: str | None):
        parts = urllib.parse.urlsplit(url)
        self.name, self.host, self.port = name, parts.hostname or "127.0.0.1", parts.port or 80
        self.log = Path(log) if log else None
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)

    def get(self, path: str) -> tuple[float, int, int]:
        """``(milliseconds, status, bytes)``; one retry on a connection the server closed."""
        for attempt in (1, 2):
            try:
                started = time.perf_counter()
                self.connection.request("GET", path, headers={**HEADERS, "Host": f"{self.host}:{self.port}"})
                response = self.connection.getresponse()
                body = response.read()
                return (time.perf_counter() - started) * 1000, response.status, len(body)
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def log_offset(self) -> int:
        return self.log.stat().st_size if self.log and self.log.exists() else 0

    def logged_times(self, since: int) -> list[float]:
        """Milliseconds of each request logged after ``since``, in the log's order."""
        if not self.log:
            return []
        with open(self.log, "rb") as handle:
            handle.seek(since)
            lines = handle.read().splitlines()
        return [int(match.group(1)) / 1000 for line in lines if (match := LAST_NUMBER.search(line))]


def run(sites: dict[str, Site], pages: dict[str, dict[str, list[str]]], rounds: int, gap: float) -> None:
    jobs = [(site, group, path) for site, groups in pages.items() for group, paths in groups.items() for path in paths]
    for site, _group, path in jobs:  # warm-up: every worker's first render of each page (imports, renditions)
        for _ in range(4):
            sites[site].get(path)
    time.sleep(1)
    offsets = {name: site.log_offset() for name, site in sites.items()}
    client: dict[tuple[str, str], list[float]] = {}
    order: dict[str, list[str]] = {name: [] for name in sites}  # the group of each request, per site, in order
    rng = random.Random(16)
    started = time.monotonic()
    for number in range(rounds):
        rng.shuffle(jobs)
        for site, group, path in jobs:
            elapsed, status, _size = sites[site].get(path)
            if status != 200:
                raise SystemExit(f"{site} {path}: HTTP {status}")
            client.setdefault((site, group), []).append(elapsed)
            order[site].append(group)
            time.sleep(gap)
        if (number + 1) % 10 == 0:
            print(f"round {number + 1}/{rounds} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    time.sleep(1)  # the last access-log lines
    server: dict[tuple[str, str], list[float]] = {}
    for name, site in sites.items():
        times = site.logged_times(offsets[name])
        if len(times) != len(order[name]):
            print(f"{name}: {len(times)} access-log lines for {len(order[name])} requests: no server times")
            continue
        for group, value in zip(order[name], times, strict=True):
            server.setdefault((name, group), []).append(value)
    print(f"{rounds} rounds, {gap:.2f} s between requests, one at a time; ms")
    print(f"{'site':<12} {'pages':<34} {'count':>5} {'p50':>7} {'p95':>7} {'srv p50':>8} {'srv p95':>8}")
    for (name, group), values in client.items():
        srv = server.get((name, group))
        srv_cells = f"{statistics.median(srv):>8.1f} {percentile(srv, 0.95):>8.1f}" if srv else f"{'-':>8} {'-':>8}"
        print(
            f"{name:<12} {group:<34} {len(values):>5} {statistics.median(values):>7.1f} "
            f"{percentile(values, 0.95):>7.1f} {srv_cells}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", action="append", default=[], metavar="NAME=URL")
    parser.add_argument("--other-log", action="append", default=[], metavar="NAME=PATH")
    parser.add_argument("--other-page", action="append", default=[], metavar="NAME=[GROUP:]PATH", help="repeatable")
    parser.add_argument("--portal-pages", default="project detail:6,home:1,project listing:1")
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--gap", type=float, default=0.5)
    args = parser.parse_args()

    def pairs(items: list[str]) -> list[tuple[str, str]]:
        return [tuple(item.split("=", 1)) for item in items]  # type: ignore[misc]

    logs = dict(pairs(args.other_log))
    other_pages: dict[str, dict[str, list[str]]] = {}
    for name, page in pairs(args.other_page):
        group, _, path = page.rpartition(":") if not page.startswith("/") else ("page", "", page)
        other_pages.setdefault(name, {}).setdefault(group, []).append(path)
    with contextlib.ExitStack() as stack:
        smtp = stack.enter_context(SmtpSink())
        static_root = stack.enter_context(tempfile.TemporaryDirectory(prefix="portal-side-static-"))
        env = server_env(static_root, 0, smtp.port)
        print("Preparing the portal: migrate, demo, static files", file=sys.stderr)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "load_demo", "--force")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        server = stack.enter_context(Server(env))
        portal = Site("portal", server.url, str(server.access_log))
        targets = discover(server)
        portal_pages = {}
        for spec in args.portal_pages.split(","):
            group, _, count = spec.partition(":")
            portal_pages[group] = targets[group][: int(count or 1)]
        sites = {"portal": portal}
        for name, url in pairs(args.other):
            sites[name] = Site(name, url, logs.get(name))
        pages = {"portal": portal_pages, **other_pages}
        run(sites, pages, args.rounds, args.gap)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
