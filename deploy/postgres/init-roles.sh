#!/usr/bin/env bash
# Runs once when the postgres container initialises its data directory (/docker-entrypoint-initdb.d):
# creates the same two roles as deploy/lib.sh (roles.psql) and makes the owner role own $POSTGRES_DB.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="${YOKOTEN_DB_OWNER_USER:?}" -v owner_password="${YOKOTEN_DB_OWNER_PASSWORD:?}" \
  -v app="${YOKOTEN_DB_USER:?}" -v app_password="${YOKOTEN_DB_PASSWORD:?}" \
  -f /docker-entrypoint-initdb.d/roles.psql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -c "ALTER DATABASE \"$POSTGRES_DB\" OWNER TO \"$YOKOTEN_DB_OWNER_USER\""
# Keycloak keeps users, sessions and signing keys in a database of its own, as deploy/keycloak.sh does.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -c "CREATE ROLE \"${KEYCLOAK_DB_USER:?}\" LOGIN PASSWORD '${KEYCLOAK_DB_PASSWORD:?}'" \
  -c "CREATE DATABASE keycloak OWNER \"$KEYCLOAK_DB_USER\" TEMPLATE template0 ENCODING 'UTF8'"
