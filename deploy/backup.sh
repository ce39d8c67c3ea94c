#!/usr/bin/env bash
# Backs up the portal: its database and its stored files, with a manifest that restore.sh verifies.
#
#   bash deploy/backup.sh [DATABASE]        DATABASE defaults to $YOKOTEN_DB_NAME, else yokoten
#
# Writes $YOKOTEN_BACKUP_DIR/yokoten-<DATABASE>-<UTC time>.tar (default directory: ./backups) and prints its
# path as the last line. The archive holds
#   database.dump  pg_dump custom format (restore with deploy/restore.sh, or pg_restore by hand)
#   manifest.tsv   the row count of every table, the size and SHA-256 of every stored file, the dump's SHA-256
# Dump and manifest read one snapshot, so a backup of a running portal is consistent.
# Connects as the owner role: YOKOTEN_PGHOST, YOKOTEN_PGPORT, YOKOTEN_DB_OWNER_USER, YOKOTEN_DB_OWNER_PASSWORD
# (see deploy/lib.sh for the defaults). Needs psql and pg_dump of the server's major version or newer.
# Files: today they live in PostgreSQL (stored_file_chunk) and travel in the dump; a file store outside the
# database (S3) adds its copy in backup_files and its check in restore.sh's restore_files.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB="${1:-${YOKOTEN_DB_NAME:-yokoten}}"
BACKUP_DIR="${YOKOTEN_BACKUP_DIR:-$PWD/backups}"
need pg_dump "the PostgreSQL client (Debian: apt-get install postgresql-client)"
# pg_dump refuses a newer server; say which client is needed instead of only that it refused.
server_major=$(as_owner psql -d "$DB" -XAtc 'show server_version_num' 2>/dev/null | cut -c1-2) || true
client_major=$(pg_dump --version | sed -nE 's/^pg_dump \(PostgreSQL\) ([0-9]+).*/\1/p')
if [ -n "$server_major" ] && [ -n "$client_major" ] && [ "$client_major" -lt "$server_major" ]; then
  die "pg_dump $client_major cannot back up PostgreSQL $server_major: install postgresql-client-$server_major (or newer) and put its pg_dump first on PATH."
fi
mkdir -p "$BACKUP_DIR"
BACKUP_DIR="$(cd "$BACKUP_DIR" && pwd)"
name="yokoten-$DB-$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d "$BACKUP_DIR/.$name.XXXX")"
trap 'rm -rf "$work"' EXIT

# Database and manifest in one REPEATABLE READ transaction whose snapshot pg_dump shares.
backup_database() {
  as_owner psql -d "$DB" -X -q -A -t -v ON_ERROR_STOP=1 -v manifest="$work/manifest.tsv" \
    -v manifest_sql="$ROOT/deploy/postgres/manifest.psql" <<SQL || die "Backup of $DB failed (see above)."
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
SELECT pg_export_snapshot() AS snapshot \gset
\setenv YOKOTEN_SNAPSHOT :snapshot
\o :manifest
\i :manifest_sql
\o
\! pg_dump --format=custom --snapshot="\$YOKOTEN_SNAPSHOT" --file="$work/database.dump" "$DB" && touch "$work/.dumped"
COMMIT;
SQL
  [ -f "$work/.dumped" ] || die "pg_dump of $DB failed (see above)."
  rm "$work/.dumped"
}

# Stored files outside the database would be copied here (none today: the chunks are in the dump).
backup_files() { :; }

backup_database
backup_files
{
  printf 'format\tyokoten-backup-1\n'
  printf 'database\t%s\n' "$DB"
  printf 'created\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf 'dump_sha256\t%s\n' "$(sha256sum "$work/database.dump" | cut -d' ' -f1)"
  cat "$work/manifest.tsv"
} >"$work/manifest.full" && mv "$work/manifest.full" "$work/manifest.tsv"
tar -C "$work" -cf "$work/$name.tar" manifest.tsv database.dump
mv "$work/$name.tar" "$BACKUP_DIR/$name.tar"
log "Backup of $DB: $(grep -c '^table' "$work/manifest.tsv") tables, $(grep -c '^file' "$work/manifest.tsv") stored files, $(du -h "$BACKUP_DIR/$name.tar" | cut -f1)"
echo "$BACKUP_DIR/$name.tar"
