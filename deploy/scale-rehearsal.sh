#!/usr/bin/env bash
# Scale-out rehearsal (issue 19, SPEC §7): the portal as it runs on many machines, on one, for a few minutes.
#
#   bash deploy/scale-rehearsal.sh
#
# It builds, in a temporary folder of its own (never the shared cluster on 5432):
#   - a PostgreSQL 15 primary (initdb, port 15415) and a streaming replica of it (pg_basebackup -R, port 15416),
#     below Linux's ephemeral range (32768-60999): a port there can be held by any outgoing connection when the
#     replica is started again, which failed two runs with "Address already in use";
#   - two API replicas from the packaged backend (backend/target/quarkus-app/quarkus-run.jar, -Xmx256m, ports
#     8415/8416, management 9415/9416), writing to the primary and reading search/statistics from the replica
#     (YOKOTEN_READ_DB_URL); the first one migrates the schema (Flyway) and loads the demo catalogue;
#   - HAProxy (Debian package, installed when missing) on 8417 in front, health-checking /q/health/ready;
#   - the shared Keycloak (deploy/keycloak.sh start, reused when running) for real password-grant tokens.
# Then it runs a paced mixed load through the balancer (deploy/scale-rehearsal-load.mjs: searches, and writes
# each followed by the writer's own search for it) in four phases, each ended by what it waits for, not by a clock:
# both API replicas and the replica database serve; API replica 2 is killed with SIGKILL and HAProxy takes it out;
# the replica database is stopped until searches have kept answering for longer than the API's replica pause;
# it is started again and catches up. Every wait is bounded and says what it waited for when it gives up.
# Its checks print "N passed, N failed" and go to target/deploy-tests/TEST-scale-rehearsal.xml, which
# deploy/test.sh counts with the other suites:
#   1. no request failed except those in flight on the killed API replica (counted, not bounded: HAProxy answered
#      502 naming it, "SH" in $WORK/haproxy.log; the driver opens one connection per request, so a failure is one
#      request);
#   2. every acknowledged write (201) is on the primary afterwards, and on the replica once it caught up;
#   3. searches kept answering while the replica database was down (the API fell back to the primary, and said
#      so in its log), and the replica served searches before it was stopped;
#   4. every writer found their own new draft in their very next search (read-your-writes through the balancer).
# Everything it started is stopped and its folder removed on exit (trap), also on failure or Ctrl+C; the one
# exception is Keycloak when the script had to start it: it is the shared one, so it stays up like after
# deploy/keycloak.sh start. Time: 47-84 s on 2 busy cores (the API replicas need 30-60 s to start; the second
# starts once the first has migrated), plus Keycloak's start when none runs. Needs
# backend/target/quarkus-app (built with `package` when missing).
# Settings: SCALE_SECONDS (safety bound of the load, default 180), SCALE_KEEP=1 keeps the folder for inspection,
# SCALE_PG_PORT/SCALE_API_PORT (first of two consecutive ports each; management ports are API + 1000), SCALE_LB_PORT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PRIMARY_PORT="${SCALE_PG_PORT:-15415}"; REPLICA_PORT=$((PRIMARY_PORT + 1))
API1_PORT="${SCALE_API_PORT:-8415}"; API2_PORT=$((API1_PORT + 1))
LB_PORT="${SCALE_LB_PORT:-8417}"
LOAD_LIMIT="${SCALE_SECONDS:-180}"
REPLICA_PAUSE_SECONDS=5   # the API skips a failed replica this long (YOKOTEN_READ_DB_RETRY_AFTER)
DB=yokoten
LB="http://127.0.0.1:$LB_PORT"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
CHECK_SUITE=scale-rehearsal
started_at=$SECONDS

WORK=""
PIDS=()
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }   # initdb refuses root
pg_ctl_at() { as_pg "$PG_BIN/pg_ctl" -D "$WORK/$1" "${@:2}"; }
cleanup() {
  local status=$? pid
  trap - EXIT
  for pid in "${PIDS[@]}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
  # A rehearsal that stopped before its checks still leaves a failed test case for deploy/test.sh's count.
  [ $((CHECKS_PASSED + CHECKS_FAILED)) -gt 0 ] || check "the rehearsal got as far as its checks (it stopped early; see above)" false
  [ -n "$WORK" ] || { write_junit; exit 1; }   # it stopped before it made anything
  for d in replica primary; do [ -f "$WORK/$d/postmaster.pid" ] && pg_ctl_at "$d" -m immediate -w stop >/dev/null 2>&1 || true; done
  echo "duration_seconds=$((SECONDS - started_at))"
  write_junit
  if [ -n "${SCALE_KEEP:-}" ] || [ "$CHECKS_FAILED" -gt 0 ]; then log "Kept $WORK for inspection"; else rm -rf "$WORK"; fi
  [ "$status" = 0 ] && [ "$CHECKS_FAILED" = 0 ] || exit 1
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for p in "$PRIMARY_PORT" "$REPLICA_PORT" "$API1_PORT" "$API2_PORT" $((API1_PORT + 1000)) $((API2_PORT + 1000)) "$LB_PORT"; do
  port_open "$p" && die "Port $p is in use (a rehearsal left running?); free it or set SCALE_*_PORT."
done
find_jdk
ensure_debian psql postgresql-client
ensure_debian haproxy haproxy
need node "Node.js 20+"
# Its own primary and streaming replica need server binaries with pg_basebackup (the embedded bundle has none): the
# newest Debian PostgreSQL here, or Debian's package installed without starting its default cluster (policy-rc.d).
server_bin() { for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do [ -x "$d/pg_basebackup" ] && [ -x "$d/initdb" ] && echo "$d"; done | tail -1; }
PG_BIN="${SCALE_PG_BIN:-$(server_bin)}"
if [ -z "$PG_BIN" ]; then
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL server binaries (initdb, pg_basebackup) are missing: install them or set SCALE_PG_BIN."
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  log "Installing Debian's PostgreSQL server binaries (its own cluster is not started)…"
  policy=""; [ -e /usr/sbin/policy-rc.d ] || { policy=/usr/sbin/policy-rc.d; printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null; $sudo chmod +x "$policy"; }
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null \
    || { [ -z "$policy" ] || $sudo rm -f "$policy"; die "apt-get install postgresql failed."; }
  [ -z "$policy" ] || $sudo rm -f "$policy"
  PG_BIN=$(server_bin)
fi
[ -x "$PG_BIN/pg_basebackup" ] || die "No pg_basebackup in $PG_BIN."
log "PostgreSQL server binaries: $PG_BIN"

WORK=$(mktemp -d /tmp/yokoten-scale.XXXXXX)

# --- databases --------------------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK"
pg_start() { # name port
  pg_ctl_at "$1" -l "$WORK/$1.log" -w -t 60 -o "-p $2 -c listen_addresses=127.0.0.1 -k $WORK -c max_connections=100" start >/dev/null \
    || { tail -5 "$WORK/$1.log" >&2; die "PostgreSQL ($1, port $2) did not start."; }
}
log "PostgreSQL primary on $PRIMARY_PORT and streaming replica on $REPLICA_PORT (in $WORK)"
as_pg "$PG_BIN/initdb" -D "$WORK/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
pg_start primary "$PRIMARY_PORT"
YOKOTEN_PGHOST=127.0.0.1 YOKOTEN_PGPORT=$PRIMARY_PORT YOKOTEN_PGUSER=postgres PGPASSWORD=
primary_sql() { psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
replica_sql() { psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
ensure_database "$DB"
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/replica" -R -X stream -c fast
pg_start replica "$REPLICA_PORT"
[ "$(replica_sql -c 'select pg_is_in_recovery()')" = t ] || die "The replica is not in recovery."

# --- API replicas -----------------------------------------------------------------------------------------------
"$ROOT/deploy/keycloak.sh" start
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl backend package -DskipTests)
api_start() { # name port demo
  YOKOTEN_DEMO="$3" YOKOTEN_RATE_LIMIT_ENABLED=false YOKOTEN_HTTP_PORT="$2" YOKOTEN_MANAGEMENT_PORT=$(($2 + 1000)) \
    YOKOTEN_DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB" YOKOTEN_READ_DB_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB" \
    YOKOTEN_READ_DB_RETRY_AFTER="${REPLICA_PAUSE_SECONDS}S" YOKOTEN_DB_POOL_MAX_SIZE=10 YOKOTEN_READ_DB_POOL_MAX_SIZE=10 \
    YOKOTEN_DB_USER="$YOKOTEN_DB_USER" YOKOTEN_DB_PASSWORD="$YOKOTEN_DB_PASSWORD" \
    YOKOTEN_DB_OWNER_USER="$YOKOTEN_DB_OWNER_USER" YOKOTEN_DB_OWNER_PASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" \
    YOKOTEN_OIDC_URL="http://localhost:$KEYCLOAK_PORT/realms/yokoten" \
    YOKOTEN_SMTP_HOST=127.0.0.1 YOKOTEN_SMTP_PORT=1 YOKOTEN_SMTP_TLS=false YOKOTEN_SMTP_START_TLS=DISABLED \
    YOKOTEN_MAIL_FROM=yokoten@yokoten.local YOKOTEN_PUBLIC_URL=http://localhost:5173 \
    "$JAVA_HOME/bin/java" -Xmx256m -jar "$JAR" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
alive_or_die() { # name pid: a replica that exited stops the rehearsal at once, with its log
  kill -0 "$2" 2>/dev/null || { tail -30 "$WORK/$1.log" >&2; die "API replica $1 exited during its start."; }
}
migrated() { alive_or_die api1 "$API1_PID"; grep -qE 'Successfully applied [0-9]+ migration|is up to date' "$WORK/api1.log"; }
ready() { alive_or_die "$1" "$2"; curl -fs -o /dev/null "http://127.0.0.1:$3/q/health/ready"; }
log "API replica 1 on $API1_PORT (migrates and loads the demo catalogue); replica 2 on $API2_PORT once the schema is there"
api_start api1 "$API1_PORT" true
API1_PID=${PIDS[-1]}
# Flyway on two replicas at once would make the second wait on its lock with a retry limit; the first migrates alone.
wait_for "API replica 1 to migrate the schema" 240 migrated || { tail -30 "$WORK/api1.log"; die "API replica 1 did not migrate."; }
api_start api2 "$API2_PORT" false
API2_PID=${PIDS[-1]}
wait_for "API replica 1 to be ready (/q/health/ready)" 240 ready api1 "$API1_PID" "$API1_PORT" || die "API replica 1 did not start; see $WORK/api1.log"
wait_for "API replica 2 to be ready (/q/health/ready)" 240 ready api2 "$API2_PID" "$API2_PORT" || die "API replica 2 did not start; see $WORK/api2.log"
log "Both API replicas ready after $((SECONDS - started_at)) s"

# Health checks get 5 s to answer and three failures before a server is taken out: on a loaded machine a slow
# answer from the surviving replica must not empty the pool. The killed replica refuses connections at once, so it
# is out within about three seconds; requests sent to it meanwhile are redispatched (retries, option redispatch).
cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 512
  log stdout format raw local0
defaults
  mode http
  log global
  option httplog
  timeout connect 1s
  timeout check 5s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
frontend api
  bind 127.0.0.1:$LB_PORT
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 1s fall 3 rise 2
  http-after-response set-header X-Served-By %s
  server api1 127.0.0.1:$API1_PORT check
  server api2 127.0.0.1:$API2_PORT check
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
wait_http "$LB/q/health/ready" 30 || die "HAProxy did not answer on $LB_PORT; see $WORK/haproxy.log"

# --- load with failures -----------------------------------------------------------------------------------------
token() {
  curl -fsS -d grant_type=password -d client_id=demo-test-cli -d "username=$1" -d password=demo1234 \
    "http://localhost:$KEYCLOAK_PORT/realms/yokoten/protocol/openid-connect/token" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}
replica_reads() { replica_sql -c "select xact_commit from pg_stat_database where datname = '$DB'"; }
now_ms() { date +%s%3N; }
REQUESTS="$WORK/requests.jsonl"
# Successful searches that started at or after $1 (ms), and requests API replica 2 answered.
searches_since() {
  awk -v t="$1" 'match($0, /"started":[0-9]+/) { s = substr($0, RSTART + 10, RLENGTH - 10) + 0 }
    /"kind":"search"/ && /"status":200,/ && s >= t { n++ } END { print n + 0 }' "$REQUESTS"
}
served_by_api2() { grep -c '"server":"api2"' "$REQUESTS" || true; }
both_serving() { [ "$(served_by_api2)" -ge 10 ] && [ $(($(replica_reads) - reads_at_start)) -ge 20 ]; }
api2_out() { grep -q 'api2 is DOWN' "$WORK/haproxy.log" && [ "$(searches_since "$1")" -ge 10 ]; }
searched_while_down() {
  [ $(($(now_ms) - replica_down_at)) -gt $((REPLICA_PAUSE_SECONDS * 1500)) ] && [ "$(searches_since "$replica_down_at")" -ge 20 ] \
    && grep -q 'read replica unavailable' "$WORK/api1.log"
}
caught_up() { # the replica has replayed everything the primary had written when this was called
  local lsn
  lsn=$(primary_sql -c 'select pg_current_wal_lsn()' 2>/dev/null) \
    && [ "$(replica_sql -c "select pg_last_wal_replay_lsn() >= '$lsn'" 2>/dev/null)" = t ]
}
: >"$REQUESTS"   # before the driver starts: the phases below read it at once
reads_at_start=$(replica_reads)
log "Load through $LB: both API replicas serve, then API replica 2 is killed, then the replica database is stopped and started"
LB="$LB" STAFF_TOKEN=$(token koto-staff) PUBLISHER_TOKENS="$(token koto-publisher),$(token shinagawa-publisher)" \
  STOP_FILE="$WORK/stop" LOAD_SECONDS="$LOAD_LIMIT" node "$ROOT/deploy/scale-rehearsal-load.mjs" >"$REQUESTS" &
LOAD_PID=$!
PIDS+=("$LOAD_PID")
phase_started=$SECONDS
wait_for "both API replicas to answer 10 requests and the replica database to serve 20 transactions" 60 both_serving || true
log "Phase 1 (both replicas serve): $((SECONDS - phase_started)) s"

phase_started=$SECONDS
killed_at=$(now_ms); kill -9 "$API2_PID"; wait "$API2_PID" 2>/dev/null || true
others=(); for pid in "${PIDS[@]}"; do [ "$pid" = "$API2_PID" ] || others+=("$pid"); done
PIDS=("${others[@]}")   # its number may be reused: cleanup must not signal whatever gets it next
log "Killed API replica 2 (pid $API2_PID)"
wait_for "HAProxy to take API replica 2 out and 10 searches to succeed after the kill" 60 api2_out "$killed_at" || true
log "Phase 2 (API replica 2 killed): $((SECONDS - phase_started)) s"

phase_started=$SECONDS
reads_before_stop=$(replica_reads)
replica_down_at=$(now_ms); pg_ctl_at replica -m fast -w stop >/dev/null
log "Stopped the replica database"
wait_for "20 searches and more than one replica pause with the replica database down, and the fall-back logged" 90 searched_while_down || true
pg_start replica "$REPLICA_PORT"; replica_up_at=$(now_ms)
log "Phase 3 (replica database down): $((SECONDS - phase_started)) s; started it again"

phase_started=$SECONDS
wait_for "the replica database to catch up with the primary" 60 caught_up || true
touch "$WORK/stop"
load_done() { ! kill -0 "$LOAD_PID" 2>/dev/null; }
wait_for "the load to finish its requests in flight" 30 load_done || kill "$LOAD_PID" 2>/dev/null || true
wait "$LOAD_PID" 2>/dev/null || true
log "Phase 4 (replica back, load stopped): $((SECONDS - phase_started)) s"

# --- checks -----------------------------------------------------------------------------------------------------
node "$ROOT/deploy/scale-rehearsal-report.mjs" "$REQUESTS" "$killed_at" "$replica_down_at" "$replica_up_at" >"$WORK/report.env"
cat "$WORK/report.env"
source "$WORK/report.env"
primary_sql -c "select id from template" | sort >"$WORK/on-primary.txt"
wait_for "the replica database to replay the last writes" 60 caught_up || true
replica_sql -c "select id from template" | sort >"$WORK/on-replica.txt"
lost_on_primary=$(comm -23 "$WORK/acknowledged.txt" "$WORK/on-primary.txt" | wc -l)
lost_on_replica=$(comm -23 "$WORK/acknowledged.txt" "$WORK/on-replica.txt" | wc -l)
reads_served=$((reads_before_stop - reads_at_start))
fall_backs=$(grep -c 'read replica unavailable' "$WORK/api1.log" || true)
echo "acknowledged_writes=$(wc -l <"$WORK/acknowledged.txt") missing_on_primary=$lost_on_primary missing_on_replica=$lost_on_replica replica_transactions_before_stop=$reads_served fall_backs_logged=$fall_backs"
check "requests were made ($requests) and writes acknowledged ($acknowledged)" test "$requests" -gt 0 -a "$acknowledged" -gt 0
check "no request failed except in flight on the killed API replica ($in_flight_failed in flight, $unexpected_failures other: $failure_statuses)" \
  test "$unexpected_failures" -eq 0
check "every acknowledged write is on the primary ($lost_on_primary of $acknowledged missing)" test "$lost_on_primary" -eq 0
check "every acknowledged write reached the replica after it came back ($lost_on_replica missing)" test "$lost_on_replica" -eq 0
check "the replica served reads before it was stopped ($reads_served transactions)" test "$reads_served" -ge 20
check "searches kept answering while the replica was down ($searches_while_down, $failed_while_down failed, max ${max_ms_while_down} ms)" \
  test "$searches_while_down" -ge 20 -a "$failed_while_down" -eq 0
check "every writer saw their own draft in the next search ($own_reads reads, $own_misses missed)" test "$own_reads" -gt 0 -a "$own_misses" -eq 0
check "the API logged its fall-back to the primary ($fall_backs times)" test "$fall_backs" -gt 0
