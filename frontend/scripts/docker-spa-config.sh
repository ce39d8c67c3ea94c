#!/bin/sh
# Run by the nginx image at container start (frontend/Dockerfile puts it in /docker-entrypoint.d), so one image serves
# every environment: the SPA reads /config.json before it starts Keycloak (src/lib/config.ts).
#  - config.json: a file mounted at <html>/config.json (Kubernetes: a ConfigMap, deploy/k8s/spa.yaml) is used as it is;
#    otherwise one is written from YOKOTEN_SPA_KEYCLOAK_URL / YOKOTEN_SPA_REALM / YOKOTEN_SPA_CLIENT_ID when any is set
#    (docker-compose.yml); with neither there is none and the SPA keeps the settings compiled in (VITE_*).
#  - the CSP: connect-src and frame-src must allow the Keycloak that file names, so the include is rendered from the
#    template the build made with a placeholder origin; without a keycloakUrl the include baked at build stays.
set -eu
html="${YOKOTEN_SPA_HTML_DIR:-/usr/share/nginx/html}"
snippets="${YOKOTEN_SPA_SNIPPETS_DIR:-/etc/nginx/snippets}"
placeholder="https://keycloak-origin.invalid"   # the Dockerfile's VITE_KEYCLOAK_URL for the template
config="$html/config.json"

if [ ! -e "$config" ] && [ -n "${YOKOTEN_SPA_KEYCLOAK_URL:-}${YOKOTEN_SPA_REALM:-}${YOKOTEN_SPA_CLIENT_ID:-}" ]; then
  fields=""
  for pair in "keycloakUrl=${YOKOTEN_SPA_KEYCLOAK_URL:-}" "realm=${YOKOTEN_SPA_REALM:-}" "clientId=${YOKOTEN_SPA_CLIENT_ID:-}"; do
    value="${pair#*=}"
    [ -n "$value" ] || continue
    case "$value" in *[\"\\]*) echo "$0: ${pair%%=*} must not contain quotes or backslashes" >&2; exit 1 ;; esac
    fields="$fields${fields:+,}
  \"${pair%%=*}\": \"$value\""
  done
  printf '{%s\n}\n' "$fields" >"$config"
fi

url=""
if [ -e "$config" ]; then
  url=$(sed -n 's/.*"keycloakUrl"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$config" | head -n 1)
fi
[ -n "$url" ] || exit 0
# The origin (scheme, host, port) as the CSP names it; anything else must not reach the nginx configuration.
origin=$(printf '%s\n' "$url" | sed -nE 's#^(https?://[A-Za-z0-9.-]+(:[0-9]+)?)(/[^[:space:];]*)?$#\1#p')
if [ -z "$origin" ]; then
  echo "$0: keycloakUrl '$url' in $config is not an http(s) URL" >&2
  exit 1
fi
sed "s#$placeholder#$origin#g" "$snippets/yokoten-security-headers.conf.template" >"$snippets/yokoten-security-headers.conf"
echo "$0: the SPA logs in at $url; its CSP allows $origin"
