#!/usr/bin/env bash
# Runs every test on a fresh or warm machine: backend (Quarkus tests on a fresh PostgreSQL test database,
# token tests against the real Keycloak, Java and Python clients generated from openapi.yaml, the committee's
# example script), the contract lint gate, frontend unit tests, API-type freshness, the SPA's architecture rules
# (no imports between feature folders, no casts of API responses), browser journeys (Playwright on Debian's
# chromium against Keycloak, the packaged backend and the built SPA), the scale-out rehearsal, and run.sh on an
# embedded PostgreSQL with Keycloak restarts (deploy/tests/embedded-stack.sh).
# Installs what it needs: Debian chromium + fonts-noto-cjk + HAProxy, npm packages, the Keycloak distribution.
# Ends with one line "N passed, N failed" over all suites; exits non-zero when anything failed.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
started=$(date +%s)

find_jdk
need curl "curl (Debian: apt-get install curl)"
require_postgres   # the embedded PostgreSQL when none answers
trap stop_embedded_postgres EXIT
ensure_debian chromium chromium fonts-noto-cjk
ensure_npm

# Owned by the owner role (Flyway, clean-at-start) and used by the API as the runtime role, as in production.
recreate_database yokoten_test
recreate_database yokoten_e2e
recreate_database yokoten_test_stats   # StatsScenarioTest cleans it at start
recreate_database yokoten_test_demo    # DemoDataTest cleans it at start

keycloak_was_running=$("$ROOT/deploy/keycloak.sh" status)
"$ROOT/deploy/keycloak.sh" start || exit 1
"$ROOT/deploy/keycloak.sh" reimport --if-changed || exit 1   # the tests expect the committed realm
cleanup() {
  [ "$keycloak_was_running" = ready ] || "$ROOT/deploy/keycloak.sh" stop
  stop_embedded_postgres
}
trap cleanup EXIT

rm -rf backend/target/surefire-reports frontend/reports target/deploy-tests
failures=0

# The statistics and demo test profiles have databases of their own: on the server test.sh uses (an embedded one
# on another port included), not on the profiles' built-in 127.0.0.1:5432.
export YOKOTEN_STATS_TEST_DB_URL=$(jdbc_url yokoten_test_stats) YOKOTEN_DEMO_TEST_DB_URL=$(jdbc_url yokoten_test_demo)

log "Backend: build and tests (mvnw verify)…"
YOKOTEN_TEST_DB_URL=$(jdbc_url yokoten_test) YOKOTEN_DB_USER="$YOKOTEN_DB_USER" YOKOTEN_DB_PASSWORD="$YOKOTEN_DB_PASSWORD" \
  YOKOTEN_DB_OWNER_USER="$YOKOTEN_DB_OWNER_USER" YOKOTEN_DB_OWNER_PASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" \
  ./mvnw -B -ntp clean verify || failures=$((failures + 1))

# Issue 22: the date-sensitive classes again, with the server clock (yokoten.test.clock) starting on the first day of
# FY2027 and of FY2026, each on a fresh database; report names get a suffix so the summary counts them too.
date_sensitive=StatsScenarioTest,PolicyFiguresTest,FiscalYearTest,ConcurrentDownloadsTest,AdoptionTest,AwardWorkflowTest
date_sensitive+=,AwardResultsTest,AwardScoringTest,AwardNotificationTest,CertificationTest,StandardisationBoardTest
date_sensitive+=,HearingAdoptionTest,ProjectTest,DemoDataTest,ProcessTest,ReviewQueueTest
for start in 2027-04-01T00:00+09:00 2026-04-01T00:00+09:00; do
  log "Backend: date-sensitive classes with the clock starting at $start…"
  recreate_database yokoten_test_clock
  YOKOTEN_TEST_DB_URL=$(jdbc_url yokoten_test_clock) YOKOTEN_DB_USER="$YOKOTEN_DB_USER" YOKOTEN_DB_PASSWORD="$YOKOTEN_DB_PASSWORD" \
    YOKOTEN_DB_OWNER_USER="$YOKOTEN_DB_OWNER_USER" YOKOTEN_DB_OWNER_PASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" \
    ./mvnw -B -ntp -pl backend surefire:test -Dtest="$date_sensitive" -Dyokoten.test.clock="$start" \
      -Dsurefire.reportNameSuffix="clock-${start:0:10}" || failures=$((failures + 1))
done
psql_admin -c "DROP DATABASE IF EXISTS yokoten_test_clock WITH (FORCE)" >/dev/null 2>&1

# Issue 19: the SPEC §7 topology on this machine (own primary + streaming replica, two API replicas of the jar just
# built behind HAProxy, the Keycloak above); about a minute; its checks join the closing count.
if [ -f backend/target/quarkus-app/quarkus-run.jar ]; then
  log "Scale-out rehearsal (deploy/scale-rehearsal.sh)…"
  bash deploy/scale-rehearsal.sh || failures=$((failures + 1))
else
  log "Skipping the scale-out rehearsal: the backend build failed."
  failures=$((failures + 1))
fi

log "Contract: openapi.yaml lint gate (@redocly/cli, recommended ruleset)…"
bash deploy/lint-openapi.sh || failures=$((failures + 1))

log "Frontend: API types, architecture rules, unit tests, build…"
(cd frontend && npm run -s check:types) || failures=$((failures + 1))
(cd frontend && npm run -s check:architecture) || failures=$((failures + 1))
(cd frontend && npx vitest run --reporter=default --reporter=junit --outputFile.junit=reports/unit-junit.xml) || failures=$((failures + 1))
rm -rf frontend/dist   # a failed build must not leave an old SPA for the browser tests
(cd frontend && npm run -s build) || failures=$((failures + 1))

if [ -f backend/target/quarkus-app/quarkus-run.jar ] && [ -d frontend/dist ]; then
  log "Browser journeys (Playwright, Debian chromium, real Keycloak)…"
  (cd frontend && YOKOTEN_JAVA="$JAVA_HOME/bin/java" E2E_DB_URL=$(jdbc_url yokoten_e2e) \
    YOKOTEN_DB_USER="$YOKOTEN_DB_USER" YOKOTEN_DB_PASSWORD="$YOKOTEN_DB_PASSWORD" \
    YOKOTEN_DB_OWNER_USER="$YOKOTEN_DB_OWNER_USER" YOKOTEN_DB_OWNER_PASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" \
    YOKOTEN_OIDC_URL="${YOKOTEN_OIDC_URL:-http://localhost:$KEYCLOAK_PORT/realms/yokoten}" \
    CHROMIUM_PATH="$(command -v chromium)" npx playwright test) || failures=$((failures + 1))
else
  log "Skipping browser journeys: the backend or frontend build failed."
  failures=$((failures + 1))
fi

# Issue 19: run.sh with nothing on its PostgreSQL port (the embedded one starts), on the API and SPA built above,
# and Keycloak's state across a restart by the scripts; YOKOTEN_TEST_EMBEDDED_STACK=0 leaves it out.
if [ "${YOKOTEN_TEST_EMBEDDED_STACK:-1}" != 0 ] && [ -f backend/target/quarkus-app/quarkus-run.jar ] && [ -d frontend/dist ]; then
  log "Embedded PostgreSQL and Keycloak restarts (deploy/tests/embedded-stack.sh)…"
  bash deploy/tests/embedded-stack.sh || failures=$((failures + 1))
fi

cleanup
trap - EXIT
log "Finished in $(( $(date +%s) - started )) s."
summary=$(node deploy/count-tests.mjs backend/target/surefire-reports frontend/reports/unit-junit.xml frontend/reports/e2e-junit.xml target/deploy-tests)
echo "$summary"
[ "$failures" = 0 ] && [[ "$summary" == *" 0 failed"* ]]
