#!/usr/bin/env bash
# Stop the test PostgreSQL started by start.sh (same PGDATA/PGPORT defaults). Idempotent.
# With --remove, also delete the data and socket directories.
set -euo pipefail

PGPORT="${PGPORT:-55432}"
PGDATA="${PGDATA:-/tmp/insats-pg-${PGPORT}/data}"
PGDATA="${PGDATA%/}"
PGSOCKDIR="${PGSOCKDIR:-${PGDATA}-socket}"
if [ -z "${PGBIN:-}" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi

if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if [ -n "$PGBIN" ] && [ -s "$PGDATA/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1; then
  as_pg "$PGBIN/pg_ctl" stop -D "$PGDATA" -m fast -w >/dev/null
  echo "PostgreSQL stopped ($PGDATA)" >&2
else
  echo "PostgreSQL not running ($PGDATA)" >&2
fi

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$PGDATA" "$PGSOCKDIR"
fi
