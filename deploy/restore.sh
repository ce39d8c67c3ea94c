#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an empty or missing database, then verifies it.
#
#   bash deploy/restore.sh ARCHIVE [DATABASE]     DATABASE defaults to the one the backup was taken from
#
# Steps: check the dump against the manifest's SHA-256; create the database when missing (owner role, UTF8,
# C.UTF-8, as deploy/lib.sh makes them) and refuse one that already has tables (drop it first, e.g.
# psql -c 'DROP DATABASE yokoten WITH (FORCE)' with the API stopped); pg_restore in one transaction as the
# owner role, so a failed restore leaves the database empty; restore the files kept outside the database (none
# today); recompute the manifest from the restored database and compare it line by line with the archive's
# (row counts of every table, size and SHA-256 of every stored file). Exits non-zero on any difference.
# Connects as the owner role (YOKOTEN_DB_OWNER_USER/PASSWORD) and, to create roles and the database, as
# YOKOTEN_PGUSER/YOKOTEN_PGPASSWORD; see deploy/lib.sh for the defaults.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[ $# -ge 1 ] && [ -f "$1" ] || die "Usage: $0 ARCHIVE [DATABASE]   (ARCHIVE: a .tar written by deploy/backup.sh)"
ARCHIVE="$1"
need pg_restore "the PostgreSQL client (Debian: apt-get install postgresql-client)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xf "$ARCHIVE" manifest.tsv database.dump || die "$ARCHIVE is not a Yokoten backup."
field() { awk -F'\t' -v k="$1" '$1 == k { print $2; exit }' "$work/manifest.tsv"; }
[ "$(field format)" = yokoten-backup-1 ] || die "$ARCHIVE: unknown manifest format."
DB="${2:-$(field database)}"
[ "$(sha256sum "$work/database.dump" | cut -d' ' -f1)" = "$(field dump_sha256)" ] \
  || die "$ARCHIVE: database.dump does not match the SHA-256 in its manifest (damaged archive)."

restore_database() {
  require_postgres
  ensure_database "$DB"
  local tables
  tables=$(as_owner psql -d "$DB" -X -qAt -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")
  [ "$tables" = 0 ] || die "Database $DB already has $tables tables: restore only into an empty or dropped database."
  log "Restoring $(field database) of $(field created) into $DB…"
  as_owner pg_restore --dbname="$DB" --no-owner --exit-on-error --single-transaction "$work/database.dump" \
    || die "pg_restore into $DB failed; the database was left empty."
  as_owner psql -d "$DB" -X -q -c 'SET client_min_messages = error' -c 'ANALYZE' >/dev/null   # planner statistics
}

# Stored files outside the database would be put back here (none today: the chunks were in the dump).
restore_files() { :; }

verify() {
  as_owner psql -d "$DB" -X -qAt -v ON_ERROR_STOP=1 -f "$ROOT/deploy/postgres/manifest.psql" >"$work/restored.tsv"
  grep -E '^(table|file)'$'\t' "$work/manifest.tsv" >"$work/expected.tsv" || true
  if ! diff -u "$work/expected.tsv" "$work/restored.tsv" >"$work/diff" 2>&1; then
    cat "$work/diff" >&2
    die "Restored database $DB differs from the manifest of $ARCHIVE (see the diff above)."
  fi
  log "Verified $DB: $(grep -c '^table' "$work/expected.tsv") tables' row counts and $(grep -c '^file' "$work/expected.tsv") stored files' SHA-256 match the manifest."
}

restore_database
restore_files
verify
