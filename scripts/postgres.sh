#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the tests and benchmarks.
# Usage: scripts/postgres.sh start|stop|restart|resume|status [PORT]   (default port: $PG_PORT or 55432)
# `start` makes a fresh, empty server unless one is running; `resume` starts a stopped one with its data kept.
# `start` prints DATABASE_URL=postgres://portal:portal@127.0.0.1:PORT/portal
set -euo pipefail

cmd=${1:-status}
port=${2:-${PG_PORT:-55432}}
rundir="${PORTAL_RUN:-/var/tmp/portal-run}/pg/$port"  # outside $HOME: the server runs as user postgres
here=$(cd "$(dirname "$0")" && pwd)

bindir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -n "$initdb" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
  dirname "$initdb"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url="postgres://portal:portal@127.0.0.1:$port/portal"

case "$cmd" in
  start)
    "$here/system-packages.sh" postgres
    bin=$(bindir)
    if as_owner "$bin/pg_ctl" -D "$rundir/data" status >/dev/null 2>&1; then
      echo "DATABASE_URL=$url"; exit 0
    fi
    rm -rf "$rundir"; mkdir -p "$rundir"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$rundir"
    as_owner "$bin/initdb" -D "$rundir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$rundir/initdb.log" 2>&1
    cat >>"$rundir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$rundir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
random_page_cost = 1.1
CONF
    as_owner "$bin/pg_ctl" -D "$rundir/data" -l "$rundir/server.log" -w -t 60 start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE portal LOGIN SUPERUSER PASSWORD 'portal'" \
      -c "CREATE DATABASE portal OWNER portal" >/dev/null
    echo "DATABASE_URL=$url"
    ;;
  stop)
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$rundir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    ;;
  restart)
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$rundir/data" -l "$rundir/server.log" -m fast -w -t 60 restart >/dev/null
    ;;
  resume)
    bin=$(bindir)
    [ -f "$rundir/data/PG_VERSION" ] || { echo "no PostgreSQL data in $rundir; use start" >&2; exit 1; }
    if ! as_owner "$bin/pg_ctl" -D "$rundir/data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$rundir/data" -l "$rundir/server.log" -w -t 60 start >/dev/null
    fi
    echo "DATABASE_URL=$url"
    ;;
  status)
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$rundir/data" status >/dev/null 2>&1
    ;;
  *) echo "usage: $0 start|stop|restart|resume|status [PORT]" >&2; exit 2 ;;
esac
