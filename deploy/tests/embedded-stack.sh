#!/usr/bin/env bash
# Issue 19, acceptance 1 and 2, on this machine as a newcomer's laptop would be:
#  1. With nothing listening on the configured PostgreSQL port, `deploy/run.sh` starts the embedded PostgreSQL
#     and the whole stack works on it (API ready, portal and Keycloak data in it, a token accepted by the API).
#  2. Keycloak restarted by the scripts keeps a changed password and its signing keys, and a token issued
#     before the restart still validates; `deploy/keycloak.sh reimport` brings the committed realm back.
# Everything runs on free ports with its own data folders under the cache folder, so a PostgreSQL, Keycloak or
# portal already running here is left alone; what the test starts, it stops.
# Prints "N passed, N failed" and writes target/deploy-tests/TEST-embedded-stack.xml (deploy/count-tests.mjs).
set -uo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$ROOT"
find_jdk
need curl "curl (Debian: apt-get install curl)"
ensure_debian jq jq
ensure_debian openssl openssl

free_port() { local p=$1; while port_open "$p"; do p=$((p + 1)); done; echo "$p"; }
WORK=$(mktemp -d "$YOKOTEN_CACHE/embedded-stack.XXXXXX")
export YOKOTEN_PGHOST=127.0.0.1 YOKOTEN_PGPASSWORD=""
export YOKOTEN_PGPORT; YOKOTEN_PGPORT=$(free_port 25700)   # below the ephemeral range: a restart must get its port back
export YOKOTEN_EMBEDDED_PG_DIR="$WORK/postgres" KEYCLOAK_STATE_DIR="$WORK/keycloak" YOKOTEN_RUN_DIR="$WORK/run"
export KEYCLOAK_PORT; KEYCLOAK_PORT=$(free_port 8190)
export KEYCLOAK_MGMT_PORT; KEYCLOAK_MGMT_PORT=$(free_port 9010)
export YOKOTEN_HTTP_PORT; YOKOTEN_HTTP_PORT=$(free_port 18313)
export YOKOTEN_MANAGEMENT_PORT; YOKOTEN_MANAGEMENT_PORT=$(free_port 19313)
export YOKOTEN_WEB_PORT; YOKOTEN_WEB_PORT=$(free_port 15313)
export YOKOTEN_SMTP_PORT; YOKOTEN_SMTP_PORT=$(free_port 13025)
export YOKOTEN_GREENMAIL_API_PORT; YOKOTEN_GREENMAIL_API_PORT=$(free_port 18025)
unset YOKOTEN_OIDC_URL
KC="http://localhost:$KEYCLOAK_PORT"
API="http://127.0.0.1:$YOKOTEN_HTTP_PORT"
NEW_PASSWORD="h19-changed-5678"

CHECK_SUITE=embedded-stack

run_pid=""
finish() {
  local status=$?
  trap - EXIT INT TERM
  [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null && { kill -TERM "$run_pid"; wait "$run_pid" 2>/dev/null; }
  deploy/keycloak.sh stop >/dev/null 2>&1
  deploy/postgres.sh stop >/dev/null 2>&1
  [ $((CHECKS_PASSED + CHECKS_FAILED)) -gt 0 ] || check "the test got as far as its checks (it stopped early; see above)" false
  log "Embedded stack test finished in $SECONDS s."
  write_junit
  if [ "$CHECKS_FAILED" = 0 ]; then rm -rf "$WORK"; else log "Kept $WORK for inspection (logs under run/, keycloak.log, postgres/)."; fi
  [ "$status" = 0 ] && [ "$CHECKS_FAILED" = 0 ] || exit 1
}
trap finish EXIT
trap 'exit 1' INT TERM

psql_at() { psql -h 127.0.0.1 -p "$YOKOTEN_PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt -d "$1" -c "$2"; }

token() { # user password -> access token, or fails with Keycloak's answer
  local body
  body=$(curl -sS --data-urlencode "username=$1" --data-urlencode "password=$2" -d grant_type=password -d client_id=demo-test-cli -d scope=openid \
    "$KC/realms/yokoten/protocol/openid-connect/token") || return 1
  jq -er .access_token <<<"$body" 2>/dev/null || { echo "$body"; return 1; }
}
admin_token() {
  curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$KC/realms/master/protocol/openid-connect/token" | jq -er .access_token
}
kids() { curl -fsS "$KC/realms/yokoten/protocol/openid-connect/certs" | jq -r '[.keys[].kid] | sort | join(" ")'; }
jwt_part() { local s; s=$(cut -d. -f"$2" <<<"$1" | tr '_-' '/+'); while [ $(( ${#s} % 4 )) != 0 ]; do s+="="; done; base64 -d <<<"$s"; }

# The token's RS256 signature checked with the key the realm publishes now, as the API's OIDC client does.
signature_valid_with_current_keys() {
  local jwt=$1 kid
  kid=$(jwt_part "$jwt" 1 | jq -r .kid)
  curl -fsS "$KC/realms/yokoten/protocol/openid-connect/certs" | jq -er --arg k "$kid" '.keys[] | select(.kid == $k) | .x5c[0]' \
    | base64 -d | openssl x509 -inform DER -pubkey -noout >"$WORK/key.pem" || { echo "no key $kid published"; return 1; }
  printf '%s' "$(cut -d. -f1-2 <<<"$jwt")" >"$WORK/signed"
  jwt_part "$jwt" 3 >"$WORK/signature"
  openssl dgst -sha256 -verify "$WORK/key.pem" -signature "$WORK/signature" "$WORK/signed"
}

# ---- 1. run.sh on a machine where nothing answers at the configured PostgreSQL port ----
log "Embedded stack test: PostgreSQL port $YOKOTEN_PGPORT (free), Keycloak $KEYCLOAK_PORT, API $YOKOTEN_HTTP_PORT, work $WORK"
check "nothing listens on the configured PostgreSQL port" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$YOKOTEN_PGPORT) 2>/dev/null"
started=$SECONDS
setsid bash deploy/run.sh >"$WORK/run.log" 2>&1 </dev/null &
run_pid=$!
until grep -q "Yokoten is running" "$WORK/run.log"; do   # its banner comes once API and SPA answer
  kill -0 "$run_pid" 2>/dev/null || break
  [ $((SECONDS - started)) -lt 900 ] || break
  sleep 2
done
log "run.sh was up after $((SECONDS - started)) s; its builds: $(grep -cE 'newer than its sources' "$WORK/run.log") of 2 reused"
check "run.sh brings the whole stack up" curl -fsS -o /dev/null "http://127.0.0.1:$YOKOTEN_WEB_PORT/"
# The SPA in dist may be a build reused from the default stack (Keycloak 8180): its login must still go to this run's Keycloak.
check "the SPA's /config.json names this stack's Keycloak, uncached" bash -c "curl -fsS -D '$WORK/config.headers' \
  'http://127.0.0.1:$YOKOTEN_WEB_PORT/config.json' | jq -e '.keycloakUrl == \"$KC\" and .realm == \"yokoten\"' \
  && grep -qi '^cache-control: no-store' '$WORK/config.headers'"
check "the SPA's CSP lets it reach this stack's Keycloak" bash -c "curl -fsS -o /dev/null -D - 'http://127.0.0.1:$YOKOTEN_WEB_PORT/' \
  | grep -i '^content-security-policy:' | grep -q \"connect-src 'self' $KC;\""
# The server's major follows the client's (clamped to 15–17), so deploy/backup.sh's pg_dump can dump it.
client_major=$(pg_dump --version | sed -nE 's/^pg_dump \(PostgreSQL\) ([0-9]+).*/\1/p')
expected_major=$(( client_major < 15 ? 15 : client_major > 17 ? 17 : client_major ))
check "run.sh started the embedded PostgreSQL $expected_major (the client's major) with its data under the cache folder" \
  test "$(psql_at postgres "select current_setting('server_version_num')::int / 10000, current_setting('data_directory')")" = "$expected_major|$WORK/postgres/data"
check "the API answers ready" bash -c "curl -fsS '$API/q/health/ready' | jq -e '.status == \"UP\"'"
check "the portal database is migrated on the embedded server with C.UTF-8" \
  test "$(psql_at yokoten "select (select count(*) from ward), datctype from pg_database where datname = 'yokoten'")" = "23|C.UTF-8"
check "Keycloak keeps the realm's users in its database on the embedded server" \
  test "$(psql_at keycloak "select count(*) from user_entity u join realm r on r.id = u.realm_id where r.name = 'yokoten' and u.username = 'koto-staff'")" = 1
me_with_token() { local t; t=$(token "$1" "$2") || return 1; curl -fsS -H "Authorization: Bearer $t" "$API/api/v1/me" | jq -e '.username == "'"$1"'" and (.ward | tostring | test("koto"))'; }
check "a demo user's token is accepted and the API reads their ward from the embedded server" me_with_token koto-staff demo1234

# ---- 2. Keycloak restarted by the scripts keeps a changed password, its keys and issued tokens ----
change_password() {
  local admin id
  admin=$(admin_token) || return 1
  id=$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/yokoten/users?username=koto-staff&exact=true" | jq -er '.[0].id') || return 1
  curl -fsS -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"type\":\"password\",\"value\":\"$NEW_PASSWORD\",\"temporary\":false}" "$KC/admin/realms/yokoten/users/$id/reset-password"
}
check "an administrator changes koto-staff's password through the admin REST API" change_password
kids_before=$(kids)
issued=$(token koto-staff "$NEW_PASSWORD") || issued=""
check "the new password works before the restart" test -n "$issued"

log "Stopping run.sh (it stops the Keycloak and the embedded PostgreSQL it started)…"
kill -TERM "$run_pid"; wait "$run_pid" 2>/dev/null; run_pid=""
check "run.sh stopped the embedded PostgreSQL and Keycloak it started" \
  bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$YOKOTEN_PGPORT) 2>/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/$KEYCLOAK_PORT) 2>/dev/null"

t0=$SECONDS; deploy/postgres.sh start; pg_restart=$((SECONDS - t0))
t0=$SECONDS; deploy/keycloak.sh start; kc_restart=$((SECONDS - t0))
log "Restarted by the scripts: embedded PostgreSQL in $pg_restart s, Keycloak in $kc_restart s"
check "after the restart the changed password works" token koto-staff "$NEW_PASSWORD"
refused() { curl -sS -d grant_type=password -d client_id=demo-test-cli -d scope=openid --data-urlencode "username=$1" \
  --data-urlencode "password=$2" "$KC/realms/yokoten/protocol/openid-connect/token" | jq -e '.error == "invalid_grant"'; }
check "after the restart the old password is refused" refused koto-staff demo1234
check "the realm's signing keys survive the restart" test "$(kids)" = "$kids_before"
check "a token issued before the restart still verifies against the published keys" signature_valid_with_current_keys "$issued"
check "a token issued before the restart is still accepted by Keycloak (its session survived)" \
  curl -fsS -o /dev/null -H "Authorization: Bearer $issued" "$KC/realms/yokoten/protocol/openid-connect/userinfo"

# ---- the documented step that applies the committed realm file again ----
t0=$SECONDS; deploy/keycloak.sh reimport; log "reimport took $((SECONDS - t0)) s"
check "reimport restores the committed realm's password" token koto-staff demo1234
check "reimport discards the password changed in Keycloak" refused koto-staff "$NEW_PASSWORD"
keys_replaced() { local now; now=$(kids) && [ -n "$now" ] && [ "$now" != "$kids_before" ]; }
check "reimport replaces the realm (its keys are new)" keys_replaced
