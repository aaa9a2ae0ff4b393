#!/usr/bin/env bash
# Make and start a streaming standby of a server started by start.sh: pg_basebackup -R copies the primary and
# writes standby.signal with primary_conninfo, then start.sh starts the copy on its own port. Prints its URL.
#
#   PRIMARY_PORT  the primary's port on 127.0.0.1   (required)
#   PGPORT        the standby's port                (required)
#   PGDATA        the standby's data directory      (default /tmp/insats-pg-$PGPORT/data; must not exist yet)
set -euo pipefail

: "${PRIMARY_PORT:?set PRIMARY_PORT to the primary's port}"
: "${PGPORT:?set PGPORT to the standby's port}"
PGDATA="${PGDATA:-/tmp/insats-pg-${PGPORT}/data}"
PGDATA="${PGDATA%/}"
if [ -z "${PGBIN:-}" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ -e "$PGDATA/PG_VERSION" ]; then
  echo "standby.sh: $PGDATA already holds a database" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
  owner=postgres
else
  as_pg() { "$@"; }
  owner="$(id -un)"
fi

parent="$(dirname "$PGDATA")"
mkdir -p "$parent"
if ! as_pg test -x "$parent"; then chmod a+x "$parent"; fi
mkdir -p "$PGDATA"
chown "$owner" "$PGDATA"
chmod 700 "$PGDATA"
# -X stream: the WAL written during the copy comes with it; -R: start as a standby following the primary;
# --checkpoint=fast: the copy starts at once instead of after a spread checkpoint (minutes).
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$PGDATA" -X stream -R --checkpoint=fast --no-sync >/dev/null

exec bash "$(dirname "$0")/start.sh"
