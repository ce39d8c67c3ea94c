#!/usr/bin/env bash
# Regenerates the committed contract from the code: runs the contract test (which writes the served
# document to backend/target/openapi-served.yaml), copies it to openapi.yaml and the frontend types.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
find_jdk
cd "$ROOT"
./mvnw -B -q -pl backend test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
cp backend/target/openapi-served.yaml openapi.yaml
ensure_npm
(cd frontend && npm run -s gen:types)
git --no-pager diff --stat -- openapi.yaml frontend/src/types/api.ts
