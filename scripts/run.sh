#!/usr/bin/env bash
# `make run`: the embedded demo site (SQLite, database search unless ELASTICSEARCH_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-${PORT:-8000}}
py=.venv/bin/python
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-portal.settings.dev}
# Links in e-mails, the API and fact sheets point at the address served here, unless set otherwise.
export PORTAL_BASE_URL=${PORTAL_BASE_URL:-http://127.0.0.1:$port}

$py manage.py prepare_site --with-admin
echo "Starting the task worker (search index updates, e-mail) and the scheduler (PORTAL_SCHEDULE) in the background."
$py manage.py db_worker --verbosity 0 &
worker=$!
LOG_LEVEL=WARNING $py manage.py scheduler run >/dev/null &  # failures still show
scheduler=$!
trap 'kill "$worker" "$scheduler" 2>/dev/null || true' EXIT INT TERM
echo "Serving the portal on http://127.0.0.1:$port/ (admin: http://127.0.0.1:$port/admin/, user 'admin' / 'admin' on the demo)."
$py manage.py runserver "127.0.0.1:$port" --noreload
