#!/usr/bin/env bash
# `make relevance`: the relevance set (search/relevance/) on every backend, on services of its own:
# the demo loaded into a throw-away PostgreSQL database and indexed in Elasticsearch (measured on
# Elasticsearch and on the database fallback), then into a throw-away SQLite file (the database search
# of `make run`). Prints nDCG@5, P@1, recall@10 and zero results per backend, language and kind, before
# (search/relevance/baseline.json) → after, and exits non-zero below the floors of floors.toml.
# Arguments go to `manage.py search_relevance` (e.g. --worst 20). Servers already running on the ports
# (RELEVANCE_PG_PORT, RELEVANCE_ES_PORT) are used and left running.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
pg_port=${RELEVANCE_PG_PORT:-55820} es_port=${RELEVANCE_ES_PORT:-59820}
export DJANGO_SETTINGS_MODULE=portal.settings.test PORTAL_SEARCH_INDEX_PREFIX=relevance LOG_LEVEL=WARNING

scripts/system-packages.sh postgres maven
tmp=$(mktemp -d /tmp/portal-relevance-XXXXXX)
started_pg=0 started_es=0
scripts/postgres.sh status "$pg_port" || started_pg=1
scripts/elasticsearch.sh status "$es_port" >/dev/null 2>&1 || started_es=1
cleanup() {
  [ "$started_es" = 1 ] && scripts/elasticsearch.sh stop "$es_port" >/dev/null 2>&1 || true
  [ "$started_pg" = 1 ] && scripts/postgres.sh stop "$pg_port" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
base_url=$(scripts/postgres.sh start "$pg_port" | sed -n 's/^DATABASE_URL=//p')
scripts/elasticsearch.sh fetch >/dev/null
es_url=$(scripts/elasticsearch.sh start "$es_port" | sed -n 's/^ELASTICSEARCH_URL=//p')
$py -c "import psycopg,sys; c=psycopg.connect(sys.argv[1], autocommit=True); c.execute('DROP DATABASE IF EXISTS portal_relevance'); c.execute('CREATE DATABASE portal_relevance')" "$base_url"

load() {  # migrate and load the demo (which indexes it) into the database of the environment
  $py manage.py migrate --noinput --verbosity 0 >/dev/null
  $py manage.py load_demo --verbosity 0 >/dev/null
}
status=0
echo "== PostgreSQL and Elasticsearch"
export PORTAL_TEST_MEDIA_ROOT=$tmp/media
DATABASE_URL=${base_url%/*}/portal_relevance ELASTICSEARCH_URL=$es_url load
DATABASE_URL=${base_url%/*}/portal_relevance ELASTICSEARCH_URL=$es_url $py manage.py search_relevance --check "$@" || status=1
echo
echo "== SQLite (the database search of make run)"
DATABASE_URL=sqlite:///$tmp/relevance.sqlite3 ELASTICSEARCH_URL= load
DATABASE_URL=sqlite:///$tmp/relevance.sqlite3 ELASTICSEARCH_URL= $py manage.py search_relevance --check "$@" || status=1
exit $status
