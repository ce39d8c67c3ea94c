#!/usr/bin/env bash
# Runs the portal locally: database (created and migrated), Keycloak with the demo realm, the API and
# the SPA. Prints the URL and the demo logins, then stays in the foreground; Ctrl+C stops everything.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

API_PORT="${YOKOTEN_HTTP_PORT:-8080}"
WEB_PORT="${YOKOTEN_WEB_PORT:-5173}"
MANAGEMENT_PORT="${YOKOTEN_MANAGEMENT_PORT:-9080}"
SMTP_PORT="${YOKOTEN_SMTP_PORT:-3025}"
MAIL_API_PORT="${YOKOTEN_GREENMAIL_API_PORT:-8025}"
GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.3}"
DB_NAME="${YOKOTEN_DB_NAME:-yokoten}"
RUN_DIR="${YOKOTEN_RUN_DIR:-$YOKOTEN_CACHE}"   # pid file and logs of this run
mkdir -p "$RUN_DIR"
RUN_PID_FILE="$RUN_DIR/run.pid"

if [ -f "$RUN_PID_FILE" ] && kill -0 "$(cat "$RUN_PID_FILE")" 2>/dev/null; then
  log "Yokoten is already running (PID $(cat "$RUN_PID_FILE")): open http://localhost:$WEB_PORT"
  log "Stop it with Ctrl+C in its terminal, or: kill $(cat "$RUN_PID_FILE")"
  exit 0
fi
for p in "$API_PORT" "$WEB_PORT" "$MANAGEMENT_PORT" "$SMTP_PORT" "$MAIL_API_PORT"; do
  port_open "$p" && die "Port $p is taken by another program. Free it or set YOKOTEN_HTTP_PORT / YOKOTEN_WEB_PORT / YOKOTEN_MANAGEMENT_PORT / YOKOTEN_SMTP_PORT / YOKOTEN_GREENMAIL_API_PORT."
done

find_jdk
need curl "curl (Debian: apt-get install curl)"
require_postgres   # the embedded PostgreSQL when none answers
trap stop_embedded_postgres EXIT
ensure_database "$DB_NAME"   # also creates the owner and runtime roles
ensure_npm
echo $$ >"$RUN_PID_FILE"

keycloak_was_running=$("$ROOT/deploy/keycloak.sh" status)
children=()
shutdown() {
  trap - EXIT INT TERM
  log "Stopping…"
  for pid in "${children[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$keycloak_was_running" = ready ] || "$ROOT/deploy/keycloak.sh" stop
  stop_embedded_postgres
  rm -f "$RUN_PID_FILE"
}
trap shutdown EXIT
trap 'shutdown; exit 130' INT TERM   # a signal mid-start must stop here, not go on to start the next part

"$ROOT/deploy/keycloak.sh" start

# A real SMTP server for notification mail (GreenMail, in memory): the demo's mails can be read through its API.
greenmail_jar="$YOKOTEN_CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar"
if [ ! -s "$greenmail_jar" ]; then
  log "Fetching GreenMail $GREENMAIL_VERSION from Maven Central (once)…"
  ./mvnw -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$YOKOTEN_CACHE" -Dmdep.overWriteReleases=true >/dev/null || die "Could not fetch GreenMail."
fi
"$JAVA_HOME/bin/java" -Xmx96m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -jar "$greenmail_jar" >"$RUN_DIR/greenmail.log" 2>&1 &
children+=($!)
wait_http "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness" 30 || die "GreenMail did not start; see $RUN_DIR/greenmail.log"

# A build is skipped when its output is newer than everything it is built from: a second start takes seconds, and
# deploy/test.sh's embedded-stack test runs this script on the API and SPA the test run has just built.
# YOKOTEN_REBUILD=1 builds anyway.
up_to_date() { # output, then the files and folders it is built from
  [ -z "${YOKOTEN_REBUILD:-}" ] && [ -e "$1" ] && [ -z "$(find "${@:2}" -newer "$1" -print -quit 2>/dev/null)" ]
}
if up_to_date backend/target/quarkus-app/quarkus-run.jar pom.xml backend/pom.xml backend/src/main; then
  log "The API in backend/target/quarkus-app is newer than its sources; using it (YOKOTEN_REBUILD=1 builds anyway)."
else
  log "Building the API (mvnw package)…"
  ./mvnw -B -q -ntp -pl backend package -DskipTests >/dev/null || die "Backend build failed: run ./mvnw -pl backend package to see why."
fi
# The SPA compiles the VITE_* settings in as its defaults: a build with others is not up to date (none recorded: a plain
# npm build). This run's Keycloak reaches it at run time instead (spa-config.json below), so another port needs no build.
vite_env=$(env | grep '^VITE_' | sort || true)
if up_to_date frontend/dist/index.html frontend/src frontend/index.html frontend/package.json frontend/package-lock.json \
  frontend/tsconfig.json frontend/vite.config.ts frontend/security-headers.mjs frontend/.env frontend/.env.production \
  frontend/.env.local frontend/.env.production.local && [ "$vite_env" = "$(cat frontend/dist/.yokoten-vite-env 2>/dev/null)" ]; then
  log "The SPA in frontend/dist is newer than its sources and built with the same VITE_* settings; using it."
else
  log "Building the SPA (vite build)…"
  (cd frontend && npm run -s build >/dev/null) || die "Frontend build failed: run npm run build in frontend/ to see why."
  printf '%s' "$vite_env" >frontend/dist/.yokoten-vite-env
fi

# The Keycloak the API trusts, and so the one the SPA must log in with.
OIDC_URL="${YOKOTEN_OIDC_URL:-http://localhost:$KEYCLOAK_PORT/realms/yokoten}"
# The SPA's run-time settings (frontend/src/lib/config.ts), written for every run: a reused dist knows nothing of this
# run's Keycloak port. vite preview answers /config.json from this file and allows its Keycloak in the CSP
# (frontend/vite.config.ts, YOKOTEN_SPA_CONFIG); the built-in clientId and API origin stay.
SPA_CONFIG="$RUN_DIR/spa-config.json"
printf '{\n  "keycloakUrl": "%s",\n  "realm": "%s"\n}\n' "${OIDC_URL%/realms/*}" "${OIDC_URL##*/realms/}" >"$SPA_CONFIG"

# The packaged API runs in the production profile, which has no defaults: every credential and URL is passed.
YOKOTEN_DEMO="${YOKOTEN_DEMO:-true}" YOKOTEN_HTTP_PORT="$API_PORT" YOKOTEN_MANAGEMENT_PORT="$MANAGEMENT_PORT" YOKOTEN_DB_URL="$(jdbc_url "$DB_NAME")" \
  YOKOTEN_DB_USER="$YOKOTEN_DB_USER" YOKOTEN_DB_PASSWORD="$YOKOTEN_DB_PASSWORD" \
  YOKOTEN_DB_OWNER_USER="$YOKOTEN_DB_OWNER_USER" YOKOTEN_DB_OWNER_PASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" \
  YOKOTEN_OIDC_URL="$OIDC_URL" \
  YOKOTEN_SMTP_HOST=127.0.0.1 YOKOTEN_SMTP_PORT="$SMTP_PORT" YOKOTEN_SMTP_TLS=false YOKOTEN_SMTP_START_TLS=DISABLED \
  YOKOTEN_MAIL_FROM="${YOKOTEN_MAIL_FROM:-yokoten@yokoten.local}" YOKOTEN_PUBLIC_URL="${YOKOTEN_PUBLIC_URL:-http://localhost:$WEB_PORT}" \
  "$JAVA_HOME/bin/java" -jar backend/target/quarkus-app/quarkus-run.jar >"$RUN_DIR/backend.log" 2>&1 &
children+=($!)
wait_http "http://127.0.0.1:$API_PORT/q/health/ready" 180 || die "The API did not become ready; see $RUN_DIR/backend.log"

(cd frontend && PREVIEW_PORT="$WEB_PORT" VITE_API_PROXY="http://127.0.0.1:$API_PORT" YOKOTEN_SPA_CONFIG="$SPA_CONFIG" \
  exec node_modules/.bin/vite preview --host 127.0.0.1 >"$RUN_DIR/frontend.log" 2>&1) &
children+=($!)
wait_http "http://127.0.0.1:$WEB_PORT/" 30 || die "The SPA server did not start; see $RUN_DIR/frontend.log"

cat <<INFO

  Yokoten is running:  http://localhost:$WEB_PORT
  API:                 http://localhost:$API_PORT/api/v1   (OpenAPI: http://localhost:$API_PORT/q/openapi)
  Keycloak:            http://localhost:$KEYCLOAK_PORT    (realm yokoten)
  Mail (GreenMail):    http://localhost:$MAIL_API_PORT    (SMTP 127.0.0.1:$SMTP_PORT; the demo's mails:
                       curl http://localhost:$MAIL_API_PORT/api/user/<login>@demo.yokoten.example/messages/INBOX)

  Demo logins (password demo1234 for all):
    koto-staff           江東区   staff
    koto-publisher       江東区   staff, publisher
    shinagawa-publisher  品川区   staff, publisher
    minato-lead          港区     staff, publisher, reviewer
    coe-reviewer         千代田区 staff, reviewer
    committee-member     —        staff, award_committee
    portal-admin         —        staff, admin

  Logs: $RUN_DIR/{backend,frontend,greenmail}.log, Keycloak: ${KEYCLOAK_STATE_DIR:-$YOKOTEN_CACHE/keycloak}.log     Stop: Ctrl+C

INFO
wait -n "${children[@]}" || true
log "A component stopped; see the logs above."
