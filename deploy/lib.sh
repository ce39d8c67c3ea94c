# Shared helpers of deploy/run.sh, deploy/test.sh and deploy/keycloak.sh. Source it; do not run it.
# Every setting can be overridden from the environment (see the configuration table in README.md).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YOKOTEN_CACHE="${YOKOTEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/yokoten}"
YOKOTEN_PGHOST="${YOKOTEN_PGHOST:-127.0.0.1}"
YOKOTEN_PGPORT="${YOKOTEN_PGPORT:-5432}"
YOKOTEN_PGUSER="${YOKOTEN_PGUSER:-postgres}"
export PGPASSWORD="${YOKOTEN_PGPASSWORD:-${PGPASSWORD:-}}"
# The portal's database roles (deploy/postgres/roles.psql): Flyway migrates as the owner, the API runs as the
# runtime role. The passwords default to development values; production sets its own.
YOKOTEN_DB_OWNER_USER="${YOKOTEN_DB_OWNER_USER:-yokoten_owner}"
YOKOTEN_DB_OWNER_PASSWORD="${YOKOTEN_DB_OWNER_PASSWORD:-yokoten-owner-dev}"
YOKOTEN_DB_USER="${YOKOTEN_DB_USER:-yokoten_app}"
YOKOTEN_DB_PASSWORD="${YOKOTEN_DB_PASSWORD:-yokoten-app-dev}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9000}"
mkdir -p "$YOKOTEN_CACHE"

log() { printf '\033[1m[yokoten]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[yokoten] %s\033[0m\n' "$*" >&2; exit 1; }

# A JDK 21 or newer: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm (Debian's default is 17).
find_jdk() {
  local candidates=() c v best="" bestv=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*; do [ -x "$c/bin/javac" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    v=$("$c/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    v=${v%%.*}
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ] && [ -x "$c/bin/javac" ]; then best=$c; bestv=$v; fi
  done
  [ -n "$best" ] || die "No JDK 21+ found. Install one (e.g. Temurin 21 or 25) under /usr/lib/jvm or set JAVA_HOME."
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required: $2"; }

# Installs Debian packages when a command is missing (the machines start bare; we run as root there).
ensure_debian() {
  local cmd=$1; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  command -v apt-get >/dev/null 2>&1 || die "$cmd is missing and apt-get is not available: install $* yourself."
  log "Installing $* (Debian packages)…"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null \
    || die "apt-get install $* failed."
}

psql_admin() { psql -h "$YOKOTEN_PGHOST" -p "$YOKOTEN_PGPORT" -U "$YOKOTEN_PGUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# PostgreSQL for the scripts: the configured server when it answers; otherwise, for a local address, the embedded
# one (deploy/postgres.sh), which the calling script stops again with stop_embedded_postgres. Stops with
# instructions when neither works: nothing else can work without it.
require_postgres() {
  ensure_debian psql postgresql-client
  psql_admin -c 'select 1' >/dev/null 2>&1 && return 0
  case "$YOKOTEN_PGHOST" in
    127.0.0.1 | localhost)
      log "No PostgreSQL answers at $YOKOTEN_PGHOST:$YOKOTEN_PGPORT: starting the embedded one."
      "$ROOT/deploy/postgres.sh" start || exit 1
      YOKOTEN_EMBEDDED_PG_STARTED=1
      ;;
    *)
      die "PostgreSQL is not reachable at $YOKOTEN_PGHOST:$YOKOTEN_PGPORT as user $YOKOTEN_PGUSER.
  Point at another one:  YOKOTEN_PGHOST=… YOKOTEN_PGPORT=… YOKOTEN_PGUSER=… YOKOTEN_PGPASSWORD=… $0
  or use the embedded one on this machine:  YOKOTEN_PGHOST=127.0.0.1 $0"
      ;;
  esac
}

# Stops the embedded PostgreSQL if require_postgres started it in this script.
stop_embedded_postgres() {
  if [ "${YOKOTEN_EMBEDDED_PG_STARTED:-}" = 1 ]; then
    "$ROOT/deploy/postgres.sh" stop || true
    YOKOTEN_EMBEDDED_PG_STARTED=
  fi
}

# Creates (or updates the passwords of) the owner and runtime roles; idempotent.
ensure_db_roles() {
  psql_admin -v owner="$YOKOTEN_DB_OWNER_USER" -v owner_password="$YOKOTEN_DB_OWNER_PASSWORD" \
    -v app="$YOKOTEN_DB_USER" -v app_password="$YOKOTEN_DB_PASSWORD" -f "$ROOT/deploy/postgres/roles.psql" >/dev/null \
    || die "Could not create the database roles $YOKOTEN_DB_OWNER_USER and $YOKOTEN_DB_USER (see above)."
}

# Creates a database for Japanese text when missing: C.UTF-8 so pg_trgm extracts trigrams from Japanese.
# The owner role owns it; a database made before the roles existed is handed over with everything in it.
ensure_database() {
  local db=$1 owner
  ensure_db_roles
  owner=$(psql_admin -c "select pg_get_userbyid(datdba) from pg_database where datname = '$db'")
  if [ -z "$owner" ]; then
    log "Creating database $db (UTF8, LC_CTYPE C.UTF-8, owner $YOKOTEN_DB_OWNER_USER)"
    psql_admin -c "CREATE DATABASE $db OWNER \"$YOKOTEN_DB_OWNER_USER\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'" >/dev/null
  elif [ "$owner" != "$YOKOTEN_DB_OWNER_USER" ]; then
    log "Handing database $db over to $YOKOTEN_DB_OWNER_USER (was $owner)"
    psql_admin -c "ALTER DATABASE $db OWNER TO \"$YOKOTEN_DB_OWNER_USER\"" >/dev/null
    psql_admin -d "$db" -v owner="$YOKOTEN_DB_OWNER_USER" -f "$ROOT/deploy/postgres/adopt.psql" >/dev/null \
      || die "Could not hand the objects of $db over to $YOKOTEN_DB_OWNER_USER."
  fi
}

recreate_database() {
  psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null 2>&1
  ensure_database "$1"
}

# psql, pg_dump and pg_restore as the owner role (backups and restores need no superuser).
as_owner() { PGHOST="$YOKOTEN_PGHOST" PGPORT="$YOKOTEN_PGPORT" PGUSER="$YOKOTEN_DB_OWNER_USER" PGPASSWORD="$YOKOTEN_DB_OWNER_PASSWORD" "$@"; }

jdbc_url() { echo "jdbc:postgresql://$YOKOTEN_PGHOST:$YOKOTEN_PGPORT/$1"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for WHAT SECONDS COMMAND…: runs the command every second until it succeeds, for at most SECONDS of wall time;
# on timeout it says what it waited for and returns non-zero. Waits are bounded so that a run on a loaded machine
# ends with a reason instead of hanging, and event-driven so that it does not depend on how fast the machine is.
# The command's errors stay visible (a condition may stop the script with die); make it quiet where it retries.
wait_for() {
  local what=$1 limit=$2 end=$((SECONDS + $2))
  shift 2
  until "$@" >/dev/null; do
    if [ "$SECONDS" -ge "$end" ]; then log "Gave up waiting for $what after $limit s."; return 1; fi
    sleep 1
  done
}

# Waits until a URL answers 200, up to $2 seconds; returns non-zero on timeout.
wait_http() { wait_for "$1 to answer 200" "$2" curl -fs -o /dev/null "$1"; }

# ---- Checks of the deploy tests (deploy/tests/*.sh, deploy/scale-rehearsal.sh), counted with the other suites ----
# check NAME COMMAND…: runs the command, logs PASS or FAIL with its output, and records a JUnit test case that
# write_junit turns into target/deploy-tests/TEST-<suite>.xml for deploy/count-tests.mjs.
CHECKS_PASSED=0 CHECKS_FAILED=0 CHECK_CASES=""
xml_escape() { sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/"/\&quot;/g'; }
check() {
  local name=$1 t0=$SECONDS out attrs
  shift
  attrs="classname=\"${CHECK_SUITE:-deploy}\" name=\"$(printf '%s' "$name" | xml_escape)\""
  if out=$("$@" 2>&1); then
    CHECKS_PASSED=$((CHECKS_PASSED + 1))
    log "PASS $name"
    CHECK_CASES+="<testcase $attrs time=\"$((SECONDS - t0))\"/>"
  else
    CHECKS_FAILED=$((CHECKS_FAILED + 1))
    log "FAIL $name${out:+: $out}"
    out=$(printf '%s' "${out:-its command failed}" | tail -c 2000 | xml_escape)
    CHECK_CASES+="<testcase $attrs time=\"$((SECONDS - t0))\"><failure>$out</failure></testcase>"
  fi
}
# write_junit: the recorded checks as one test suite named $CHECK_SUITE; prints "N passed, N failed".
write_junit() {
  mkdir -p "$ROOT/target/deploy-tests"
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="%s" tests="%d" failures="%d" errors="0" skipped="0">%s</testsuite>\n' \
    "$CHECK_SUITE" $((CHECKS_PASSED + CHECKS_FAILED)) "$CHECKS_FAILED" "$CHECK_CASES" >"$ROOT/target/deploy-tests/TEST-$CHECK_SUITE.xml"
  echo "$CHECKS_PASSED passed, $CHECKS_FAILED failed"
}

# Frontend packages, reinstalled only when package-lock.json changed since the last install.
ensure_npm() {
  need node "Node.js 20.19+ (Debian: apt-get install nodejs npm)"
  local stamp="$ROOT/frontend/node_modules/.yokoten-lock"
  if ! cmp -s "$ROOT/frontend/package-lock.json" "$stamp" 2>/dev/null; then
    log "Installing frontend packages (npm ci)…"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed."
    cp "$ROOT/frontend/package-lock.json" "$stamp"
  fi
}
