#!/usr/bin/env python3
"""`make bench`: the search benchmark on services of its own.

Starts a throw-away Elasticsearch (scripts/elasticsearch.sh, port BENCH_ES_PORT, default 59290, and its
transport port BENCH_ES_TRANSPORT_PORT, default the first free one of 9300-9400; heap BENCH_ES_HEAP, default
1g where the development server has 256m:512m: a bulk load's indexing buffer is a tenth of the heap, and a
small one flushes and merges small segments) unless ELASTICSEARCH_URL is set, migrates a throw-away database
(BENCH_DATABASE_URL, default a temporary SQLite file; never DATABASE_URL, whose search table the benchmark
would replace), runs `manage.py search_bench` (its arguments after this script's; ``BENCH_SEARCH_DOCUMENTS``
sets ``--documents``, default 100,000, so that `make bench` can run smaller), and stops what it started.
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable


def main() -> int:
    port = os.environ.get("BENCH_ES_PORT", "59290")
    es_url = os.environ.get("ELASTICSEARCH_URL", "")
    started_es = False
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp:
        env = dict(os.environ)
        env["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
        env["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
        env["PORTAL_TEST_MEDIA_ROOT"] = tmp
        # Connections kept between requests, as production's pool keeps them (portal/settings/production.py): the
        # test settings' default opens one per request, which on PostgreSQL is a login per search.
        env["DATABASE_CONN_MAX_AGE"] = "600"
        try:
            if not es_url:
                subprocess.run([str(ROOT / "scripts/elasticsearch.sh"), "fetch"], check=True, timeout=900)
                began = time.monotonic()
                started_es = True
                es_env = dict(os.environ)
                es_env["ES_HEAP"] = os.environ.get("BENCH_ES_HEAP", "1g")
                if os.environ.get("BENCH_ES_TRANSPORT_PORT"):
                    es_env["ES_TRANSPORT_PORT"] = os.environ["BENCH_ES_TRANSPORT_PORT"]
                out = subprocess.run(
                    [str(ROOT / "scripts/elasticsearch.sh"), "start", port],
                    env=es_env,
                    check=True,
                    timeout=300,
                    capture_output=True,
                    text=True,
                ).stdout
                es_url = re.search(r"ELASTICSEARCH_URL=(\S+)", out).group(1)
                print(
                    f"Elasticsearch 9.2.4 (core build, heap {es_env['ES_HEAP']}) started in "
                    f"{time.monotonic() - began:.1f} s on {es_url}"
                )
            env["ELASTICSEARCH_URL"] = es_url
            began = time.monotonic()
            subprocess.run(
                [PYTHON, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
                cwd=ROOT,
                env=env,
                check=True,
                timeout=600,
                stdout=subprocess.DEVNULL,
            )
            print(f"Throw-away database migrated in {time.monotonic() - began:.1f} s ({env['DATABASE_URL']})")
            arguments = sys.argv[1:]
            if os.environ.get("BENCH_SEARCH_DOCUMENTS"):
                arguments = ["--documents", os.environ["BENCH_SEARCH_DOCUMENTS"], *arguments]
            return subprocess.run(
                [PYTHON, "manage.py", "search_bench", *arguments], cwd=ROOT, env=env, timeout=1800, check=False
            ).returncode
        finally:
            if started_es:
                subprocess.run([str(ROOT / "scripts/elasticsearch.sh"), "stop", port], timeout=120, check=False)


if __name__ == "__main__":
    sys.exit(main())
