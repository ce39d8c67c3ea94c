#!/usr/bin/env bash
# Keycloak for development and tests: fetch the distribution from Maven Central, build it once,
# start it on 127.0.0.1 with the committed realm (in-memory database: the realm is re-imported on each
# start, so an edited realm file always takes effect), wait until ready, stop it cleanly.
#   deploy/keycloak.sh start|stop|status
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KC_HOME="$YOKOTEN_CACHE/keycloak-$KEYCLOAK_VERSION"
PID_FILE="$YOKOTEN_CACHE/keycloak.pid"
LOG_FILE="$YOKOTEN_CACHE/keycloak.log"
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

our_pid() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null && cat "$PID_FILE"; }

realm_ready() { curl -fsS -o /dev/null "$READY_URL" 2>/dev/null && curl -fsS -o /dev/null "$REALM_URL" 2>/dev/null; }

start() {
  if realm_ready; then
    log "Keycloak is already running on :$KEYCLOAK_PORT with the yokoten realm; reusing it."
    return 0
  fi
  if pid=$(our_pid); then
    log "Keycloak (PID $pid) is starting; waiting for it."
  else
    for p in "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT"; do
      port_open "$p" && die "Port $p is taken by another program (not a ready Keycloak with the yokoten realm).
  Free it, or choose other ports: KEYCLOAK_PORT=… KEYCLOAK_MGMT_PORT=… $0 start"
    done
    find_jdk
    install_keycloak
    mkdir -p "$KC_HOME/data/import"
    rm -f "$KC_HOME/data/import/"*.json
    cp "$ROOT/deploy/keycloak/yokoten-realm.json" "$KC_HOME/data/import/"
    log "Starting Keycloak on http://localhost:$KEYCLOAK_PORT (log: $LOG_FILE)…"
    # setsid: its own process group, so stop can end kc.sh and its Java child together.
    setsid "$KC_HOME/bin/kc.sh" start --optimized --import-realm --cache=local \
      --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
      --hostname="http://localhost:$KEYCLOAK_PORT" --hostname-strict=false --http-enabled=true \
      >"$LOG_FILE" 2>&1 < /dev/null &
    echo $! >"$PID_FILE"
  fi
  local i
  for ((i = 0; i < 300; i++)); do
    realm_ready && { log "Keycloak is ready."; return 0; }
    our_pid >/dev/null || die "Keycloak exited during start; last lines of $LOG_FILE:
$(tail -20 "$LOG_FILE")"
    sleep 1
  done
  die "Keycloak was not ready after 300 s; see $LOG_FILE"
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
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
