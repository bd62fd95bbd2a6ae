"""`make profile-inquiry`: where one inquiry submission (POST) goes, measured in process.

Posts inquiries through Django's test client (the whole middleware stack) to the HTML form
(``/en/inquiries/new/``) and to the JSON API (``/api/inquiries/``) against the database in DATABASE_URL (the
demo must be loaded: `manage.py load_demo`), each from its own client address (the rate limit stays out of
the way), after warm-up posts. Tasks are enqueued as configured (the database backend by default: the e-mails
wait for a worker, as in production). Prints, per form: the SQL queries of one POST (count, and the
statements that repeat), the in-process time of a POST (median and p95 over ``PROFILE_POSTS``, default 40)
and cProfile's top functions over ``PROFILE_RENDERS`` posts (default 20), by cumulative and by own time.

``PROFILE_TIMES_ONLY=1`` prints only one JSON line, ``{"html": [ms, …], "json": [ms, …]}``, the posts taken in
turn (HTML, JSON, HTML…): ``bench/compare_inquiry.py`` runs it in two checkouts, interleaved, to compare old
and new code on the same machine at the same time. The inquiries it creates carry ``bench-`` addresses.
Settings: DJANGO_SETTINGS_MODULE (default portal.settings.dev).
"""

import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's bench/

from bench.percentiles import percentile  # noqa: E402 (after the path)

ROOT = Path(os.environ.get("PROFILE_ROOT") or Path(__file__).resolve().parent.parent)  # the checkout profiled
POSTS = int(os.environ.get("PROFILE_POSTS", "40"))
RENDERS = int(os.environ.get("PROFILE_RENDERS", "20"))
TOP = int(os.environ.get("PROFILE_TOP", "25"))
TIMES_ONLY = os.environ.get("PROFILE_TIMES_ONLY") == "1"

MESSAGE = "We are evaluating a lotus processing plant and would like the land lease terms."
_counter = iter(range(1, 10**9))


def _address() -> str:
    number = next(_counter) + os.getpid() * 1000
    return f"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}"


def _sender(key: str) -> dict:
    """The same sender for both forms (each adds its own consent value)."""
    return {
        "kind": "investment",
        "name": "Bench Investor",
        "email": f"bench-{key}@example.com",
        "organisation": "Bench Holdings",
        "country": "JP",
        "message": MESSAGE,
        "language": "en",
    }


def post_html(client) -> int:
    data = {**_sender(uuid.uuid4().hex), "consent": "on", "website": ""}
    response = client.post("/en/inquiries/new/", data, REMOTE_ADDR=_address())
    return response.status_code


def post_json(client) -> int:
    key = uuid.uuid4().hex
    payload = {**_sender(key), "consent": True}
    response = client.post(
        "/api/inquiries/",
        data=json.dumps(payload),
        content_type="application/json",
        headers={"Idempotency-Key": key},
        REMOTE_ADDR=_address(),
    )
    return response.status_code


FORMS = {"html": (post_html, 302), "json": (post_json, 201)}


def timed(post, expected: int, client) -> float:
    began = time.perf_counter()
    status = post(client)
    elapsed = (time.perf_counter() - began) * 1000
    assert status == expected, status
    return elapsed


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    for post, expected in FORMS.values():
        for _ in range(3):
            timed(post, expected, client)  # warm-up: templates, translations, the routing rules' code paths
    times = {name: [] for name in FORMS}
    for _ in range(POSTS):
        for name, (post, expected) in FORMS.items():
            times[name].append(timed(post, expected, client))
    if TIMES_ONLY:
        print(json.dumps(times))
        return 0
    for name, (post, expected) in FORMS.items():
        with CaptureQueriesContext(connection) as queries:
            timed(post, expected, client)
        statements = Counter(query["sql"] for query in queries.captured_queries)
        print(f"== {name} POST")
        print(f"SQL queries per POST: {len(queries)} ({len(statements)} distinct)")
        for sql in statements:
            print(f"  {statements[sql]}x {sql[:150]}")
        values = times[name]
        print(
            f"in-process time over {len(values)} POSTs: median {statistics.median(values):.1f} ms, "
            f"p95 {percentile(values, 0.95):.1f} ms"
        )
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(RENDERS):
            post(client)
        profiler.disable()
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(TOP)
            text = out.getvalue()
            print(f"-- top {TOP} by {order} over {RENDERS} POSTs")
            print(text[text.find("   ncalls") :].rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
