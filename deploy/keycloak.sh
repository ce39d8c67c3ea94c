#!/usr/bin/env bash
# Keycloak for development and tests: fetch the distribution from Maven Central, build it once for PostgreSQL,
# start it on 127.0.0.1 with its state in the database KEYCLOAK_DB on the scripts' PostgreSQL (embedded or not:
# users, sessions and signing keys survive restarts), wait until ready, stop it cleanly.
# The committed realm is imported on the first start and again whenever the file changed since the last
# import (`reimport` forces it): an import replaces the realm, so changes made in Keycloak and its keys are lost.
#   deploy/keycloak.sh start|stop|status|reimport [--if-changed]
# Several instances can run side by side: each has its own KEYCLOAK_STATE_DIR, KEYCLOAK_DB and ports.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KC_HOME="$YOKOTEN_CACHE/keycloak-$KEYCLOAK_VERSION"   # the distribution, built for dev-mem (FaultSuiteIT runs it)
KC_PG_HOME="$KC_HOME-postgres"                        # its libraries built for PostgreSQL, shared by every instance
STATE_DIR="${KEYCLOAK_STATE_DIR:-$YOKOTEN_CACHE/keycloak}"
STATE_DIR="${STATE_DIR%/}"
PID_FILE="$STATE_DIR.pid"
LOG_FILE="$STATE_DIR.log"
REALM_FILE="$ROOT/deploy/keycloak/yokoten-realm.json"
REALM_HASH="$STATE_DIR/realm.sha256"   # hash of the realm file last imported into KEYCLOAK_DB
KEYCLOAK_DB="${KEYCLOAK_DB:-keycloak}"
KEYCLOAK_DB_USER="${KEYCLOAK_DB_USER:-keycloak}"
KEYCLOAK_DB_PASSWORD="${KEYCLOAK_DB_PASSWORD:-keycloak-dev}"
# The master realm's first administrator, created on the first start (admin console, admin REST API).
export KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}"
READY_URL="http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready"
REALM_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/yokoten/.well-known/openid-configuration"

install_keycloak() {
  [ -f "$KC_HOME/.yokoten-built" ] && return 0
  rm -rf "$KC_HOME"   # a half-unpacked or half-built copy from an interrupted run
  local zip="$YOKOTEN_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -s "$zip" ]; then
    log "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (169 MiB, once)…"
    "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$YOKOTEN_CACHE" -Dmdep.overWriteReleases=true >/dev/null || die "Could not fetch Keycloak."
  fi
  ensure_debian unzip unzip
  local tmp="$YOKOTEN_CACHE/unpack.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" && mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME" && rm -rf "$tmp"
  log "Building Keycloak (once)…"
  "$KC_HOME/bin/kc.sh" build --db=dev-mem --health-enabled=true >"$YOKOTEN_CACHE/keycloak-build.log" 2>&1 \
    || die "kc.sh build failed; see $YOKOTEN_CACHE/keycloak-build.log"
  touch "$KC_HOME/.yokoten-built"
}

# A second build of the same distribution for PostgreSQL, beside the first: only lib/quarkus (the build output)
# is its own, the 170 MiB of libraries are linked.
build_for_postgres() {
  [ -f "$KC_PG_HOME/.yokoten-built" ] && return 0
  rm -rf "$KC_PG_HOME" && mkdir -p "$KC_PG_HOME/lib"
  cp -rp "$KC_HOME/bin" "$KC_PG_HOME/"
  cp -rp "$KC_HOME/lib/app" "$KC_HOME/lib/quarkus" "$KC_HOME/lib/quarkus-run.jar" "$KC_PG_HOME/lib/"
  ln -s "$KC_HOME/lib/lib" "$KC_PG_HOME/lib/lib"
  for d in conf providers themes; do ln -s "$KC_HOME/$d" "$KC_PG_HOME/$d"; done
  log "Building Keycloak for PostgreSQL (once)…"
  "$KC_PG_HOME/bin/kc.sh" build --db=postgres --health-enabled=true >"$YOKOTEN_CACHE/keycloak-build-postgres.log" 2>&1 \
    || die "kc.sh build failed; see $YOKOTEN_CACHE/keycloak-build-postgres.log"
  touch "$KC_PG_HOME/.yokoten-built"
}

# The instance's home: kc.sh copied (it finds its home from its own path), the PostgreSQL build linked, data its own.
prepare_instance() {
  mkdir -p "$STATE_DIR/bin" "$STATE_DIR/data"
  cp -p "$KC_PG_HOME/bin/"*.sh "$STATE_DIR/bin/"
  ln -sfn "$KC_PG_HOME/lib" "$STATE_DIR/lib"
  for d in conf providers themes; do ln -sfn "$KC_HOME/$d" "$STATE_DIR/$d"; done
}

ensure_keycloak_database() {
  require_postgres
  psql_admin -v user="$KEYCLOAK_DB_USER" -v password="$KEYCLOAK_DB_PASSWORD" >/dev/null <<'SQL' || die "Could not create the role $KEYCLOAK_DB_USER."
SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" LOGIN PASSWORD :'password';
SQL
  if [ -z "$(psql_admin -c "select 1 from pg_database where datname = '$KEYCLOAK_DB'")" ]; then
    log "Creating database $KEYCLOAK_DB for Keycloak (owner $KEYCLOAK_DB_USER)"
    psql_admin -c "CREATE DATABASE \"$KEYCLOAK_DB\" OWNER \"$KEYCLOAK_DB_USER\" TEMPLATE template0 ENCODING 'UTF8'" >/dev/null \
      || die "Could not create the database $KEYCLOAK_DB."
  fi
}

# The database settings as Keycloak's environment variables, not options: an option's password would show in `ps`.
export_db_settings() {
  export KC_DB_URL KC_DB_USERNAME="$KEYCLOAK_DB_USER" KC_DB_PASSWORD="$KEYCLOAK_DB_PASSWORD"
  KC_DB_URL=$(jdbc_url "$KEYCLOAK_DB")
}

realm_in_database() {
  [ -n "$(psql_admin -d "$KEYCLOAK_DB" -c "select 1 from realm where name = 'yokoten'" 2>/dev/null)" ]
}

realm_file_changed() { ! cmp -s <(sha256sum <"$REALM_FILE") "$REALM_HASH" 2>/dev/null; }

our_pid() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null && cat "$PID_FILE"; }

realm_ready() { curl -fsS -o /dev/null "$READY_URL" 2>/dev/null && curl -fsS -o /dev/null "$REALM_URL" 2>/dev/null; }

start() {
  if realm_ready; then
    log "Keycloak is already running on :$KEYCLOAK_PORT with the yokoten realm; reusing it."
    realm_file_changed && log "Its realm may predate $REALM_FILE; apply the file with: $0 reimport"
    return 0
  fi
  local imported=""
  if pid=$(our_pid); then
    log "Keycloak (PID $pid) is starting; waiting for it."
  else
    for p in "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT"; do
      port_open "$p" && die "Port $p is taken by another program (not a ready Keycloak with the yokoten realm).
  Free it, or choose other ports: KEYCLOAK_PORT=… KEYCLOAK_MGMT_PORT=… $0 start"
    done
    find_jdk
    install_keycloak
    build_for_postgres
    ensure_keycloak_database
    prepare_instance
    local import=()
    rm -rf "$STATE_DIR/data/import"
    if ! realm_in_database; then
      # First start: the server imports the realm itself (an existing realm would be skipped, hence the check).
      mkdir -p "$STATE_DIR/data/import" && cp "$REALM_FILE" "$STATE_DIR/data/import/"
      import=(--import-realm)
      imported=1
    elif realm_file_changed; then
      import_realm
      imported=1
    fi
    log "Starting Keycloak on http://localhost:$KEYCLOAK_PORT (database $KEYCLOAK_DB, log: $LOG_FILE)…"
    # setsid: its own process group, so stop can end kc.sh and its Java child together.
    export_db_settings
    setsid "$STATE_DIR/bin/kc.sh" start --optimized "${import[@]}" --cache=local \
      --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
      --hostname="http://localhost:$KEYCLOAK_PORT" --hostname-strict=false --http-enabled=true \
      >"$LOG_FILE" 2>&1 < /dev/null &
    echo $! >"$PID_FILE"
  fi
  local i
  for ((i = 0; i < 300; i++)); do
    if realm_ready; then
      [ -z "$imported" ] || sha256sum <"$REALM_FILE" >"$REALM_HASH"
      log "Keycloak is ready."
      return 0
    fi
    our_pid >/dev/null || die "Keycloak exited during start; last lines of $LOG_FILE:
$(tail -20 "$LOG_FILE")"
    sleep 1
  done
  die "Keycloak was not ready after 300 s; see $LOG_FILE"
}

# Replaces the realm in the database with the file (Keycloak must not be running on it).
import_realm() {
  log "Importing the realm from $REALM_FILE into database $KEYCLOAK_DB (replaces it)…"
  # shellcheck disable=SC2046
  # The import opens the management interface too: on this instance's ports, free while it is stopped.
  export_db_settings
  "$STATE_DIR/bin/kc.sh" import --optimized --file "$REALM_FILE" --override true --cache=local \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
    >"$STATE_DIR/import.log" 2>&1 </dev/null || die "kc.sh import failed; see $STATE_DIR/import.log"
}

# Applies the committed realm file: stops a Keycloak this script started, imports, starts again. With
# --if-changed, only when the file differs from the last import (deploy/test.sh: tests need the committed realm).
reimport() {
  if [ "${1:-}" = --if-changed ] && ! realm_file_changed; then return 0; fi
  if realm_ready && ! our_pid >/dev/null; then
    if [ "${1:-}" = --if-changed ]; then
      log "The realm file changed, but the Keycloak on :$KEYCLOAK_PORT was not started by this script: it keeps its realm."
      return 0
    fi
    die "The Keycloak on :$KEYCLOAK_PORT was not started by this script ($PID_FILE); stop it, then run $0 reimport."
  fi
  stop
  rm -f "$REALM_HASH"
  start
}

stop() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PID_FILE"
    log "Keycloak was not started by this script; nothing to stop."
    return 0
  fi
  log "Stopping Keycloak (PID $pid)…"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 30; i++)); do
    kill -0 "$pid" 2>/dev/null || pgrep -g "$pid" >/dev/null || break
    sleep 1
  done
  pgrep -g "$pid" >/dev/null && kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

status() {
  if realm_ready; then echo "ready"; elif our_pid >/dev/null; then echo "starting"; else echo "stopped"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  reimport) reimport "${2:-}" ;;
  *) echo "usage: $0 start|stop|status|reimport [--if-changed]" >&2; exit 2 ;;
esac
