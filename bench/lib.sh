# Shared by the benchmark scripts: a fresh benchmark database, Keycloak, the packaged API on its own
# port, real tokens, and a wrk runner that prints one RESULT line per run. Source it.
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/lib.sh"
BENCH_DB="${BENCH_DB:-yokoten_bench}"
BENCH_PORT="${BENCH_PORT:-8095}"
BENCH_SECONDS="${BENCH_SECONDS:-10}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-16}"
API="http://127.0.0.1:$BENCH_PORT"
BENCH_PID=""

bench_setup() {
  port_open "$BENCH_PORT" && die "Port $BENCH_PORT is in use (an API left running?); stop it or set BENCH_PORT."
  find_jdk
  require_postgres
  ensure_debian wrk wrk
  [ -n "${BENCH_KEEP_DB:-}" ] || recreate_database "$BENCH_DB"
  "$ROOT/deploy/keycloak.sh" start
  [ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q -ntp -pl backend package -DskipTests)
  # the per-user rate limit (20 requests/s) would measure itself: one token drives every connection
  YOKOTEN_DEMO="${BENCH_DEMO:-false}" YOKOTEN_RATE_LIMIT_ENABLED=false YOKOTEN_HTTP_PORT="$BENCH_PORT" YOKOTEN_MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-9095}" YOKOTEN_DB_URL="$(jdbc_url "$BENCH_DB")" \
    YOKOTEN_DB_USER="$YOKOTEN_DB_USER" YOKOTEN_DB_PASSWORD="$YOKOTEN_DB_PASSWORD" \
    YOKOTEN_DB_OWNER_USER="$YOKOTEN_DB_OWNER_USER" YOKOTEN_DB_OWNER_PASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" \
    YOKOTEN_OIDC_URL="${YOKOTEN_OIDC_URL:-http://localhost:$KEYCLOAK_PORT/realms/yokoten}" \
    YOKOTEN_SMTP_HOST=127.0.0.1 YOKOTEN_SMTP_PORT="${YOKOTEN_SMTP_PORT:-3025}" YOKOTEN_SMTP_TLS=false YOKOTEN_SMTP_START_TLS=DISABLED \
    YOKOTEN_MAIL_FROM=yokoten@yokoten.local YOKOTEN_PUBLIC_URL=http://localhost:5173 \
    "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-1g}" ${BENCH_JAVA_OPTS:-} -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$YOKOTEN_CACHE/bench-api.log" 2>&1 &
  BENCH_PID=$!
  trap 'kill $BENCH_PID 2>/dev/null; wait $BENCH_PID 2>/dev/null || true' EXIT
  wait_http "$API/q/health/ready" 90 || die "API did not start; see $YOKOTEN_CACHE/bench-api.log"
}

# The API's search memory has loaded (its log says so), so warm-up and measurements run on the memory path, not on
# the SQL fallback that answers while a 100,000-template load takes its ≈ 25 s.
wait_search_memory() {
  for _ in $(seq 120); do grep -q 'search memory: .* loaded' "$YOKOTEN_CACHE/bench-api.log" && break; sleep 1; done
  log "$(grep -o 'search memory: .* loaded in [0-9]* ms' "$YOKOTEN_CACHE/bench-api.log" | tail -1)"
}

bench_psql() { psql -h "$YOKOTEN_PGHOST" -p "$YOKOTEN_PGPORT" -U "$YOKOTEN_PGUSER" -d "$BENCH_DB" -v ON_ERROR_STOP=1 "$@"; }

token() {
  curl -fsS -d grant_type=password -d client_id=demo-test-cli -d "username=$1" -d password=demo1234 \
    "http://localhost:$KEYCLOAK_PORT/realms/yokoten/protocol/openid-connect/token" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}

urlencode() { node -e 'console.log(process.argv[1].split("&").map(p=>p.split("=").map(encodeURIComponent).join("=")).join("&"))' "$1"; }

# wrk_shape NAME PATH USER → "NAME p50 p95 p99 rps requests errors" (fresh token: they live 5 minutes)
wrk_shape() {
  local name=$1 path=$2 user=${3:-koto-staff} out script="$ROOT/bench/search/report.lua"
  # the path MIXED rotates through $MIXED_PATHS (bench/search/mixed.lua), one path per request
  if [ "$path" = MIXED ]; then script="$ROOT/bench/search/mixed.lua"; path=/; fi
  out=$(wrk -t2 -c"$BENCH_CONNECTIONS" -d"${BENCH_SECONDS}s" -s "$script" \
    -H "Authorization: Bearer $(token "$user")" "$API$path" | grep '^RESULT')
  echo "$name $(echo "$out" | sed -E 's/RESULT p50=([^ ]+) p95=([^ ]+) p99=([^ ]+) rps=([^ ]+) requests=([^ ]+) errors=([^ ]+)/\1 \2 \3 \4 \5 \6/')"
}

machine() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM, PostgreSQL $(psql -h "$YOKOTEN_PGHOST" -U "$YOKOTEN_PGUSER" -d postgres -Atc 'show server_version'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
}
