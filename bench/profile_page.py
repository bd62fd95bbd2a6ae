"""`make profile PAGE=/en/projects/`: where one uncached render of a page goes, measured in process.

Renders the page through Django's test client (the whole middleware stack, page cache off) against the
database in DATABASE_URL (the demo must be loaded: `manage.py load_demo`), after one warm-up render. Prints:
the SQL queries of one render (count, and the statements that repeat), the Python time of a render as a
ratio to the floor (/healthz through the same client and middleware, in the same process, so the ratio
survives a busy machine), and cProfile's top functions over ``PROFILE_RENDERS`` renders (default 20), by
cumulative and by own time.

PAGE can name several paths separated by commas. Settings: DJANGO_SETTINGS_MODULE (default
portal.settings.dev).
"""

import cProfile
import io
import os
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RENDERS = int(os.environ.get("PROFILE_RENDERS", "20"))
TOP = int(os.environ.get("PROFILE_TOP", "25"))


def best_of(client, path: str, times: int) -> float:
    """The fastest of ``times`` renders, in ms (the least disturbed by other work on the machine)."""
    best = float("inf")
    for _ in range(times):
        began = time.perf_counter()
        response = client.get(path)
        best = min(best, time.perf_counter() - began)
        assert response.status_code == 200, (path, response.status_code)
    return best * 1000


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["PORTAL_PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    paths = [path.strip() for path in os.environ.get("PAGE", "/en/").split(",") if path.strip()]
    client = Client()
    floor = best_of(client, "/healthz", 50)
    for path in paths:
        best_of(client, path, 1)  # warm-up: renditions, site root paths, translations
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        statements = Counter(query["sql"] for query in queries.captured_queries)
        print(f"== {path}")
        print(f"SQL queries per render: {len(queries)} ({len(statements)} distinct)")
        for sql, count in statements.most_common():
            if count > 1:
                print(f"  {count}x {sql[:160]}")
        render = best_of(client, path, 10)
        print(f"render (best of 10): {render:.1f} ms; floor /healthz {floor:.2f} ms; ratio {render / floor:.1f}")
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(RENDERS):
            client.get(path)
        profiler.disable()
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(TOP)
            text = out.getvalue()
            print(f"-- top {TOP} by {order} over {RENDERS} renders")
            print(text[text.find("   ncalls") :].rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
