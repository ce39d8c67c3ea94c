#!/usr/bin/env bash
# Lint gate for the committed contract: @redocly/cli (pinned in deploy/openapi-lint/package-lock.json) with the
# recommended ruleset (deploy/openapi-lint/redocly.yaml) must report 0 errors and 0 warnings on openapi.yaml.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
need node "Node.js 20.19+ (Debian: apt-get install nodejs npm)"
dir="$ROOT/deploy/openapi-lint"
stamp="$dir/node_modules/.yokoten-lock"
if ! cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null; then
  log "Installing the OpenAPI linter (npm ci)…"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in deploy/openapi-lint."
  cp "$dir/package-lock.json" "$stamp"
fi
out=$(cd "$dir" && npx --no-install redocly lint --config redocly.yaml --format=stylish "$ROOT/openapi.yaml" 2>&1)
status=$?
echo "$out" | grep -v "Deprecation warning\|Node.js 2\|Update Node.js\|Future Redocly\|You are using Node\|^ *[╔╚║]"
# Warnings fail the gate too: the recommended ruleset reports most contract gaps as warnings.
if [ "$status" -eq 0 ] && ! echo "$out" | grep -qiE "[0-9]+ (warning|error)s?\b"; then
  log "openapi.yaml: 0 errors, 0 warnings (redocly recommended)."
  exit 0
fi
log "openapi.yaml fails the lint gate (see above)."
exit 1
