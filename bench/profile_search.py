"""Where one search API request (``GET /api/search/``) goes beyond Elasticsearch's own ``took``, in process.

    PORTAL_SEARCH_INDEX_PREFIX=portal-prof .venv/bin/python bench/profile_search.py

Loads ``PROFILE_SEARCH_DOCUMENTS`` generated documents (default 20,000; ``search_bench``'s generator) into the
indices named by ``PORTAL_SEARCH_INDEX_PREFIX`` unless its aliases already exist (so that several runs, and
two checkouts, share one load; ``PROFILE_SEARCH_DROP=1`` drops them at the end), then sends ``search_bench``'s
faceted queries through Django's test client (the whole middleware stack) against the database in
DATABASE_URL and ELASTICSEARCH_URL. Prints, per request over ``PROFILE_POSTS`` rounds of the queries: the API's
time, Elasticsearch's ``took`` (measured the same way, from the backend, right after) and their difference
(median and p95), the SQL queries of one request, and cProfile's top functions over ``PROFILE_RENDERS`` rounds.

``PROFILE_QUERIES=relevance`` sends the relevance set's queries (``search/relevance/queries.toml``: titles, labels,
natural-language questions, words the portal never uses) instead: several of them take the loose second pass.

``PROFILE_TIMES_ONLY=1`` prints only one JSON line, ``{"api": [ms, …], "took": [ms, …]}``:
``bench/compare_search.py`` runs it in two checkouts, interleaved, to compare old and new code on the same
machine at the same time. Settings: DJANGO_SETTINGS_MODULE (default portal.settings.test).
"""

import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's bench/

from bench.percentiles import percentile  # noqa: E402 (after the path)

ROOT = Path(os.environ.get("PROFILE_ROOT") or Path(__file__).resolve().parent.parent)  # the checkout profiled
DOCUMENTS = int(os.environ.get("PROFILE_SEARCH_DOCUMENTS", "20000"))
ROUNDS = int(os.environ.get("PROFILE_POSTS", "10"))
RENDERS = int(os.environ.get("PROFILE_RENDERS", "5"))
TOP = int(os.environ.get("PROFILE_TOP", "30"))
TIMES_ONLY = os.environ.get("PROFILE_TIMES_ONLY") == "1"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from search.backends import get_search_backend
    from search.management.commands.search_bench import QUERIES, generate  # the profiled checkout's
    from search.params import parse_search_params
    from search.relevance import load_queries

    if os.environ.get("PROFILE_QUERIES") == "relevance":  # worded as investors word them: some take two passes
        QUERIES = [{"q": judged.q, "lang": judged.lang} for judged in load_queries()]  # noqa: N806

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    backend = get_search_backend()
    primary = backend.primary
    if not primary.client.indices.exists_alias(name=primary.alias_name(settings.LANGUAGE_CODE)):
        started = time.perf_counter()
        primary.rebuild(list(generate(DOCUMENTS)))
        print(f"loaded {DOCUMENTS:,} documents in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    client = Client()

    def request(query: dict) -> tuple[float, float]:
        started = time.perf_counter()
        response = client.get("/api/search/", query)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200 and response["X-Search-Backend"] == "elasticsearch", response.content
        took = primary.search(parse_search_params(query)).took_ms
        return elapsed, float(took)

    for query in QUERIES:  # warm-up: code paths, the frequency cache, Elasticsearch's caches
        request(query)
        request(query)
    api, took = [], []
    for _round in range(ROUNDS):
        for query in QUERIES:
            elapsed, es_took = request(query)
            api.append(elapsed)
            took.append(es_took)
    if TIMES_ONLY:
        print(json.dumps({"api": api, "took": took}))
        return 0
    over = [a - t for a, t in zip(api, took, strict=True)]
    print(f"search API over {len(api)} requests ({len(QUERIES)} queries), {DOCUMENTS:,} documents")
    for label, values in (("API", api), ("took", took), ("API - took", over)):
        print(f"  {label:<10} median {statistics.median(values):6.1f} ms, p95 {percentile(values, 0.95):6.1f} ms")
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/search/", QUERIES[1])
    print(f"SQL queries of one request ({QUERIES[1]}): {len(queries)}")
    for query in queries.captured_queries:
        print(f"  {query['time']}s {query['sql'][:160]}")
    profiler = cProfile.Profile()
    profiler.enable()
    for _round in range(RENDERS):
        for query in QUERIES:
            client.get("/api/search/", query)
    profiler.disable()
    if os.environ.get("PROFILE_STATS"):
        profiler.dump_stats(os.environ["PROFILE_STATS"])  # for pstats' callers and callees
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(TOP)
        text = out.getvalue()
        print(f"-- top {TOP} by {order} over {RENDERS * len(QUERIES)} requests")
        print(text[text.find("   ncalls") :].rstrip())
    if os.environ.get("PROFILE_SEARCH_DROP") == "1":
        primary.drop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
