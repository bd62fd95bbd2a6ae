"""Locust scenario for the HTTP benchmark: one kind of request at a constant arrival rate.

Configured by environment variables (set by bench/http_bench.py):
  BENCH_PATHS    newline-separated paths to GET in turn, or
  BENCH_INQUIRY  "1" to POST inquiries to /api/inquiries/ instead
  BENCH_RATE     requests per second per simulated user (constant_throughput)
  BENCH_COOKIE   a Cookie header sent with every GET (a signed-in investor's session), or empty
  BENCH_TIMES    a file to write every successful request's response time to (milliseconds as Locust measured
                 them, to the microsecond, one per line), or empty; Locust's own percentiles are rounded to
                 whole milliseconds, too coarse for a 4 ms floor, so the benchmark computes its from these
  BENCH_FLOOR_URL  an absolute URL (the app server's /healthz) requested every other time, between two of the
                 scenario's requests (named "floor"), or empty: the floor measured in the same run as the page,
                 so that their ratio does not move with the machine's state from one run to the next
  BENCH_FLOOR_TIMES  the file for the floor's times, as BENCH_TIMES
"""

import itertools
import json
import os
import uuid

from locust import HttpUser, constant_throughput, events, task

PATHS = [path for path in os.environ.get("BENCH_PATHS", "/healthz").splitlines() if path.strip()]
INQUIRY = os.environ.get("BENCH_INQUIRY") == "1"
RATE = float(os.environ.get("BENCH_RATE", "2"))
HEADERS = {"Cookie": os.environ["BENCH_COOKIE"]} if os.environ.get("BENCH_COOKIE") else {}
TIMES = os.environ.get("BENCH_TIMES", "")
FLOOR_URL = os.environ.get("BENCH_FLOOR_URL", "")
FLOOR_TIMES = os.environ.get("BENCH_FLOOR_TIMES", "")
_cycle = itertools.cycle(PATHS)
_turns = itertools.cycle((False, True) if FLOOR_URL else (False,))  # True: the floor's turn
_times: dict[bool, list[float]] = {False: [], True: []}  # by "is the floor"


@events.request.add_listener
def _record(name, response_time, exception, **_kwargs):
    if exception is None:
        _times[name == "floor"].append(response_time)


@events.quitting.add_listener
def _write_times(**_kwargs):
    for path, values in ((TIMES, _times[False]), (FLOOR_TIMES, _times[True])):
        if path:
            with open(path, "w") as handle:
                handle.write("".join(f"{value:.3f}\n" for value in values))


class Reader(HttpUser):
    wait_time = constant_throughput(RATE)

    @task
    def request(self):
        if next(_turns):
            self.client.get(FLOOR_URL, name="floor")
        elif INQUIRY:
            key = uuid.uuid4().hex
            payload = {
                "kind": "investment",
                "name": "Bench Investor",
                "email": f"bench-{key}@example.com",
                "organisation": "Bench Holdings",
                "country": "JP",
                "message": "We are evaluating a lotus processing plant and would like the land lease terms.",
                "language": "en",
                "consent": True,
            }
            self.client.post(
                "/api/inquiries/",
                data=json.dumps(payload),
                headers={"Content-Type": "application/json", "Idempotency-Key": key},
                name="inquiry",
            )
        else:
            self.client.get(next(_cycle), name="page", headers=HEADERS)
