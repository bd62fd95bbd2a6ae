#!/usr/bin/env bash
# `make test`: the whole suite on real services that this script installs and starts itself:
# PostgreSQL (Debian's package), Elasticsearch (the core server from Maven Central), Chromium
# (Debian's package, driven by Playwright), and for the production-stack tests (tests/deploy/) Debian's
# nginx, varnish and redis-server. SMTP servers are started by the tests (aiosmtpd).
# Then the smoke part again on the embedded SQLite default.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
export PG_PORT=${PG_PORT:-55432} ES_PORT=${ES_PORT:-59200}
export DJANGO_SETTINGS_MODULE=portal.settings.test

scripts/system-packages.sh postgres chromium maven redis nginx varnish gettext fonts pdftools

cleanup() {
  scripts/elasticsearch.sh stop "$ES_PORT" >/dev/null 2>&1 || true
  scripts/postgres.sh stop "$PG_PORT" >/dev/null 2>&1 || true
}
trap cleanup EXIT

started=$(date +%s)
database_url=$(scripts/postgres.sh start "$PG_PORT" | sed -n 's/^DATABASE_URL=//p')
scripts/elasticsearch.sh fetch >/dev/null
elasticsearch_url=$(scripts/elasticsearch.sh start "$ES_PORT" | sed -n 's/^ELASTICSEARCH_URL=//p')
export AXE_PATH=$(scripts/axe.sh | sed -n 's/^AXE_PATH=//p')
echo "Services up in $(( $(date +%s) - started )) s: PostgreSQL $database_url, Elasticsearch $elasticsearch_url"

echo "== Import contracts (ARCHITECTURE.md), Django checks and missing migrations"
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
DATABASE_URL=$database_url $py manage.py check --fail-level WARNING
DATABASE_URL=$database_url $py manage.py makemigrations --check --dry-run >/dev/null

echo "== The whole suite on PostgreSQL, Elasticsearch, SMTP and Chromium"
DATABASE_URL=$database_url ELASTICSEARCH_URL=$elasticsearch_url $py -m pytest "$@"

echo "== The smoke part on the embedded default (SQLite, database search)"
env -u DATABASE_URL -u ELASTICSEARCH_URL $py -m pytest -m smoke -q "$@"
