"""Locust scenario for the HTTP benchmark: one kind of request at a constant arrival rate.

Configured by environment variables (set by bench/http_bench.py):
  BENCH_PATHS    newline-separated paths to GET in turn, or
  BENCH_INQUIRY  "1" to POST inquiries to /api/inquiries/ instead
  BENCH_RATE     requests per second per simulated user (constant_throughput)
  BENCH_COOKIE   a Cookie header sent with every GET (a signed-in investor's session), or empty
"""

import itertools
import json
import os
import uuid

from locust import HttpUser, constant_throughput, task

PATHS = [path for path in os.environ.get("BENCH_PATHS", "/healthz").splitlines() if path.strip()]
INQUIRY = os.environ.get("BENCH_INQUIRY") == "1"
RATE = float(os.environ.get("BENCH_RATE", "2"))
HEADERS = {"Cookie": os.environ["BENCH_COOKIE"]} if os.environ.get("BENCH_COOKIE") else {}
_cycle = itertools.cycle(PATHS)


class Reader(HttpUser):
    wait_time = constant_throughput(RATE)

    @task
    def request(self):
        if INQUIRY:
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
