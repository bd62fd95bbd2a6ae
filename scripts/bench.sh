#!/usr/bin/env bash
# `make bench`: the performance figures, on services of its own (PostgreSQL and Elasticsearch on
# loopback, stopped at the end): 1. the search benchmark (100,000 generated documents: bulk
# indexing rate, search API vs Elasticsearch `took`, database fallback on PostgreSQL);
# 2. the HTTP benchmark (gunicorn, production settings: floor, pages cached and uncached, through
# Varnish, inquiry submission, memory per worker and a soak run), its workers sharing one Redis cache
# as in production.
#
# Every port it opens can be set, so that it runs beside other services: BENCH_PG_PORT (55800),
# BENCH_ES_PORT (59800) and BENCH_ES_TRANSPORT_PORT (Elasticsearch's node-to-node port; default: the first
# free one of 9300-9400), BENCH_REDIS_PORT (56800), and for bench/http_bench.py BENCH_APP_PORT (gunicorn),
# BENCH_SMTP_PORT (the SMTP sink), BENCH_VARNISH_PORT and BENCH_VARNISH_ADMIN_PORT (default: free ports).
# BENCH_DOCUMENTS: the search benchmark's document count (default 100,000). BENCH_ES_HEAP: the benchmark's
# Elasticsearch heap (default 1g; scripts/elasticsearch.sh's own default is 256m:512m): a bulk load's indexing
# buffer is a tenth of the heap, and a small one flushes and merges small segments. Bench only.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
export PG_PORT=${BENCH_PG_PORT:-55800} ES_PORT=${BENCH_ES_PORT:-59800} REDIS_PORT=${BENCH_REDIS_PORT:-56800}
export ES_HEAP=${BENCH_ES_HEAP:-1g}
if [ -n "${BENCH_ES_TRANSPORT_PORT:-}" ]; then export ES_TRANSPORT_PORT=$BENCH_ES_TRANSPORT_PORT; fi

scripts/system-packages.sh postgres maven redis varnish fonts
cleanup() {
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  scripts/elasticsearch.sh stop "$ES_PORT" >/dev/null 2>&1 || true
  scripts/postgres.sh stop "$PG_PORT" >/dev/null 2>&1 || true
}
trap cleanup EXIT
# The page cache shared by every gunicorn worker (production: CACHE_URL=redis://…), in memory only.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --dir /tmp --pidfile "/tmp/portal-bench-redis-$REDIS_PORT.pid" --logfile "/tmp/portal-bench-redis-$REDIS_PORT.log"
base_url=$(scripts/postgres.sh start "$PG_PORT" | sed -n 's/^DATABASE_URL=//p')
scripts/elasticsearch.sh fetch >/dev/null
started=$(date +%s)
elasticsearch_url=$(scripts/elasticsearch.sh start "$ES_PORT" | sed -n 's/^ELASTICSEARCH_URL=//p')
echo "Elasticsearch 9.2.4 (core build) started in $(( $(date +%s) - started )) s"
for name in portal_bench_search portal_bench_http; do
  $py -c "import psycopg,sys; c=psycopg.connect(sys.argv[1], autocommit=True); c.execute('CREATE DATABASE $name')" "$base_url"
done

echo
echo "== 1. Search"
BENCH_DATABASE_URL=${base_url%/*}/portal_bench_search ELASTICSEARCH_URL=$elasticsearch_url \
  PORTAL_SEARCH_INDEX_PREFIX=bench $py scripts/bench_search.py --documents "${BENCH_DOCUMENTS:-100000}"

echo
echo "== 2. HTTP"
DATABASE_URL=${base_url%/*}/portal_bench_http ELASTICSEARCH_URL=$elasticsearch_url \
  CACHE_URL=redis://127.0.0.1:$REDIS_PORT/0 $py bench/http_bench.py
