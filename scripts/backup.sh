#!/usr/bin/env bash
# PostgreSQL backups of the portal, and the proof that one restores.
#
#   scripts/backup.sh dump    DATABASE_URL FILE   pg_dump --format=custom into FILE
#   scripts/backup.sh restore FILE DATABASE_URL   pg_restore FILE into DATABASE_URL (objects replaced)
#   scripts/backup.sh verify  DATABASE_URL        dump, restore into a fresh database beside it, compare the
#                                                 row count of every table, drop the copy; exit 1 on a mismatch
#
# verify creates "<database>_restore_check" on the same server (the role needs CREATEDB), or uses
# RESTORE_DATABASE_URL (an empty database) when set. The search index is derived data and is never backed
# up: after a real restore run `manage.py search_index --rebuild`. Media are backed up separately (README).
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"

die() { echo "backup.sh: $*" >&2; exit 1; }
bindir() { dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_dump 2>/dev/null | sort -V | tail -n 1)"; }
bin=$(bindir)
[ -x "$bin/pg_dump" ] || die "pg_dump not found (Debian package postgresql-client)"

counts() { # counts DATABASE_URL: "table count" per line, every table of the public schema, sorted
  local url=$1 tables table
  tables=$("$bin/psql" "$url" -XAtq -c "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
  for table in $tables; do
    printf '%s %s\n' "$table" "$("$bin/psql" "$url" -XAtq -c "SELECT count(*) FROM \"$table\"")"
  done
}

dump() { "$bin/pg_dump" --format=custom --no-owner --file="$2" "$1"; }
restore() { "$bin/pg_restore" --clean --if-exists --no-owner --exit-on-error --dbname="$2" "$1"; }

cleanup() {
  rm -f "${dump_file:-}"
  if [ -n "${check_name:-}" ]; then
    "$bin/psql" "$server/postgres" -XAtq -c "DROP DATABASE IF EXISTS \"$check_name\"" >/dev/null 2>&1 || true
  fi
}

verify() {
  local url=$1 copy started name
  started=$(date +%s)
  dump_file=$(mktemp --suffix=.dump)
  trap cleanup EXIT
  if [ -n "${RESTORE_DATABASE_URL:-}" ]; then
    copy=$RESTORE_DATABASE_URL
  else
    server=${url%/*}
    name=${url##*/}
    check_name="${name%%\?*}_restore_check"
    copy="$server/$check_name"
    "$bin/psql" "$server/postgres" -XAtq -c "DROP DATABASE IF EXISTS \"$check_name\"" \
      -c "CREATE DATABASE \"$check_name\""
  fi
  dump "$url" "$dump_file"
  restore "$dump_file" "$copy"
  local before after
  before=$(counts "$url")
  after=$(counts "$copy")
  local tables rows
  tables=$(grep -c . <<<"$before" || true)
  rows=$(awk '{s += $2} END {print s}' <<<"$before")
  if [ "$before" != "$after" ]; then
    diff <(echo "$before") <(echo "$after") >&2 || true
    die "the restored copy differs from the database"
  fi
  echo "Restore verified: $tables tables, $rows rows, identical counts in a fresh database ($(du -h "$dump_file" | cut -f1) dump, $(( $(date +%s) - started )) s)."
}

case "${1:-}" in
  dump) [ $# -eq 3 ] || die "usage: $0 dump DATABASE_URL FILE"; dump "$2" "$3" ;;
  restore) [ $# -eq 3 ] || die "usage: $0 restore FILE DATABASE_URL"; restore "$2" "$3" ;;
  verify) [ $# -eq 2 ] || die "usage: $0 verify DATABASE_URL"; verify "$2" ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
