#!/usr/bin/env bash
# An embedded PostgreSQL for machines without one: deploy/lib.sh `require_postgres` starts it when nothing
# answers at YOKOTEN_PGHOST:YOKOTEN_PGPORT (a configured server that answers always wins). The server binaries
# come from Maven Central (io.zonky.test.postgres embedded-postgres-binaries, a .txz inside a jar), fetched once
# with ./mvnw as keycloak.sh fetches Keycloak; the data directory lives under the cache folder and is kept
# between runs (UTF8, C.UTF-8 as lib.sh creates databases, trust for local connections, 127.0.0.1 only).
#   deploy/postgres.sh start|stop|status
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# One release a major version, all from Maven Central.
declare -A RELEASES=([15]=15.14.0 [16]=16.10.0 [17]=17.6.0)

# The server's version. Backups (deploy/backup.sh) need a pg_dump of the server's major version or newer, and the
# client here is the distribution's (lib.sh installs postgresql-client: 15 on Debian 12), so the server follows the
# client's major (17 for a newer one). A data directory that exists keeps the version that wrote it: its data must
# not seem to vanish because the client changed. YOKOTEN_EMBEDDED_PG_VERSION overrides both.
server_version() {
  if [ -n "${YOKOTEN_EMBEDDED_PG_VERSION:-}" ]; then echo "$YOKOTEN_EMBEDDED_PG_VERSION"; return; fi
  local major dir
  for major in 17 16 15; do
    dir="${YOKOTEN_EMBEDDED_PG_DIR:-$YOKOTEN_CACHE/postgres-$major}"
    if [ "$(cat "$dir/data/PG_VERSION" 2>/dev/null)" = "$major" ]; then echo "${RELEASES[$major]}"; return; fi
  done
  major=$(pg_dump --version 2>/dev/null | sed -nE 's/^pg_dump \(PostgreSQL\) ([0-9]+).*/\1/p')
  if [ -z "$major" ] || [ "$major" -lt 15 ]; then major=15; elif [ "$major" -gt 17 ]; then major=17; fi
  echo "${RELEASES[$major]}"
}

PG_VERSION="$(server_version)"
PG_HOME="$YOKOTEN_CACHE/postgres-$PG_VERSION"   # the unpacked server binaries, shared by every data directory
# Data and log; a data directory belongs to one major version, hence the suffix.
PG_DIR="${YOKOTEN_EMBEDDED_PG_DIR:-$YOKOTEN_CACHE/postgres-${PG_VERSION%%.*}}"
DATA="$PG_DIR/data"
LOG_FILE="$PG_DIR/postgres.log"

platform() {
  case "$(uname -m)" in
    x86_64) echo linux-amd64 ;;
    aarch64) echo linux-arm64v8 ;;
    *) die "No embedded PostgreSQL for $(uname -m): start a PostgreSQL 15+ yourself and set YOKOTEN_PGHOST/YOKOTEN_PGPORT." ;;
  esac
}

install_postgres() {
  [ -f "$PG_HOME/.yokoten-unpacked" ] && return 0
  local artifact jar tmp platform_name
  platform_name=$(platform) || exit 1   # (a `local x=$(…)` would hide platform's failure)
  artifact="embedded-postgres-binaries-$platform_name"
  jar="$YOKOTEN_CACHE/$artifact-$PG_VERSION.jar"
  if [ ! -s "$jar" ]; then
    find_jdk
    log "Fetching PostgreSQL $PG_VERSION binaries from Maven Central (15 MiB, once)…"
    "$ROOT/mvnw" -q -B dependency:copy -Dartifact="io.zonky.test.postgres:$artifact:$PG_VERSION" \
      -DoutputDirectory="$YOKOTEN_CACHE" -Dmdep.overWriteReleases=true >/dev/null || die "Could not fetch the PostgreSQL binaries."
  fi
  ensure_debian unzip unzip
  ensure_debian xz xz-utils
  tmp="$YOKOTEN_CACHE/unpack.$$"
  rm -rf "$tmp" "$PG_HOME" && mkdir -p "$tmp"
  unzip -p "$jar" '*.txz' | tar -xJ -C "$tmp" || die "Could not unpack $jar."
  mv "$tmp" "$PG_HOME"
  touch "$PG_HOME/.yokoten-unpacked"
}

# PostgreSQL refuses to run as root. As root, the server runs in a user namespace as "nobody": it sees the
# cache folder (owned by root outside) as its own, and everything it writes stays root's on disk.
as_server() {
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  command -v unshare >/dev/null 2>&1 && unshare --user --map-user="$(id -u nobody)" --map-group="$(id -g nobody)" true 2>/dev/null \
    || die "PostgreSQL cannot run as root and this machine allows no user namespace (unshare --user).
  Run as a normal user, or start a PostgreSQL 15+ yourself and set YOKOTEN_PGHOST/YOKOTEN_PGPORT."
  unshare --user --map-user="$(id -u nobody)" --map-group="$(id -g nobody)" "$@"
}

running() { [ -f "$DATA/postmaster.pid" ] && as_server "$PG_HOME/bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  if psql_admin -c 'select 1' >/dev/null 2>&1; then
    log "PostgreSQL already answers at $YOKOTEN_PGHOST:$YOKOTEN_PGPORT; using it."
    return 0
  fi
  case "$YOKOTEN_PGHOST" in
    127.0.0.1 | localhost) ;;
    *) die "YOKOTEN_PGHOST=$YOKOTEN_PGHOST does not answer; the embedded PostgreSQL only serves 127.0.0.1." ;;
  esac
  port_open "$YOKOTEN_PGPORT" && die "Port $YOKOTEN_PGPORT is taken by a program that does not answer as PostgreSQL user $YOKOTEN_PGUSER.
  Free it, or choose another port: YOKOTEN_PGPORT=… $0"
  install_postgres
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "Creating the embedded PostgreSQL's data directory $DATA (once)…"
    rm -rf "$DATA.new" && mkdir -p "$PG_DIR"
    as_server "$PG_HOME/bin/initdb" -D "$DATA.new" -U "$YOKOTEN_PGUSER" --auth=trust -E UTF8 --locale=C.UTF-8 \
      --no-instructions >"$PG_DIR/initdb.log" 2>&1 || die "initdb failed; see $PG_DIR/initdb.log"
    mv "$DATA.new" "$DATA"   # only a complete data directory gets the final name
  fi
  log "Starting the embedded PostgreSQL $PG_VERSION on 127.0.0.1:$YOKOTEN_PGPORT (data: $DATA, log: $LOG_FILE)…"
  # TCP on 127.0.0.1 only, no Unix socket: nothing to clash with a system server's socket directory.
  as_server "$PG_HOME/bin/pg_ctl" -D "$DATA" -l "$LOG_FILE" -w -t 60 \
    -o "-p $YOKOTEN_PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null \
    || die "The embedded PostgreSQL did not start; last lines of $LOG_FILE:
$(tail -20 "$LOG_FILE" 2>/dev/null)"
  psql_admin -c 'select 1' >/dev/null || die "The embedded PostgreSQL started but does not answer at $YOKOTEN_PGHOST:$YOKOTEN_PGPORT."
}

# Stops only the server of this data directory, never another PostgreSQL on the machine.
stop() {
  if ! running; then
    log "The embedded PostgreSQL ($DATA) is not running; nothing to stop."
    return 0
  fi
  log "Stopping the embedded PostgreSQL ($DATA)…"
  as_server "$PG_HOME/bin/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
}

status() {
  if [ -f "$PG_HOME/.yokoten-unpacked" ] && running; then echo "running"; else echo "stopped"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
