#!/usr/bin/env bash
# Start a throwaway local PostgreSQL for tests and CI: 127.0.0.1 only, trust auth for the postgres user, no
# durability (fsync off). Idempotent: initialises PGDATA on first use, starts the server unless it is already
# running, and prints the connection URL as the last line.
#
#   PGDATA      data directory                  (default /tmp/insats-pg-$PGPORT/data)
#   PGPORT      TCP port on 127.0.0.1           (default 55432)
#   PGSOCKDIR   Unix socket directory           (default "$PGDATA-socket")
#   PGBIN       PostgreSQL binaries             (default the newest /usr/lib/postgresql/*/bin)
#
# initdb refuses to run as root, so as root the server runs as the postgres system user.
set -euo pipefail

PGPORT="${PGPORT:-55432}"
PGDATA="${PGDATA:-/tmp/insats-pg-${PGPORT}/data}"
PGDATA="${PGDATA%/}"
PGSOCKDIR="${PGSOCKDIR:-${PGDATA}-socket}"
if [ -z "${PGBIN:-}" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
  echo "start.sh: no PostgreSQL binaries found (set PGBIN or apt-get install postgresql)" >&2
  exit 1
fi
url="postgres://postgres@127.0.0.1:${PGPORT}/postgres"

if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
  owner=postgres
else
  as_pg() { "$@"; }
  owner="$(id -un)"
fi

# The server user must reach PGDATA; a mktemp parent is mode 700 and owned by root.
parent="$(dirname "$PGDATA")"
mkdir -p "$parent"
if ! as_pg test -x "$parent"; then chmod a+x "$parent"; fi

mkdir -p "$PGSOCKDIR"
chown "$owner" "$PGSOCKDIR"
chmod 700 "$PGSOCKDIR"

if as_pg "$PGBIN/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1; then
  echo "PostgreSQL already running in $PGDATA" >&2
  echo "$url"
  exit 0
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown "$owner" "$PGDATA"
  chmod 700 "$PGDATA"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  as_pg tee -a "$PGDATA/postgresql.conf" >/dev/null <<CONF

# insats test server (tooling/postgres/start.sh)
listen_addresses = '127.0.0.1'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  as_pg tee "$PGDATA/pg_hba.conf" >/dev/null <<HBA
# insats test server: the postgres user only, from this machine only, without a password
local all postgres              trust
host  all postgres 127.0.0.1/32 trust
# pg_basebackup and a streaming standby of this server (the read-replicas drill)
host  replication postgres 127.0.0.1/32 trust
HBA
fi

as_pg "$PGBIN/pg_ctl" start -D "$PGDATA" -w -t 60 -l "$PGDATA/server.log" \
  -o "-p ${PGPORT} -k ${PGSOCKDIR}" >/dev/null || {
  echo "start.sh: PostgreSQL failed to start; last lines of $PGDATA/server.log:" >&2
  tail -n 20 "$PGDATA/server.log" >&2 || true
  exit 1
}
echo "PostgreSQL started in $PGDATA on 127.0.0.1:${PGPORT}" >&2
echo "$url"
