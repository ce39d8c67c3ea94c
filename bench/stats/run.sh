#!/usr/bin/env bash
# Statistics benchmark (issues 5 and 21; targets are issue 21's): the search data set plus 500,000 adoptions and 20,000,000 usage events
# over three fiscal years; measures /stats/kpis, the first page of /stats/templates sorted by cross-ward
# adoptions, the full-year CSV export (API heap capped at 256 MiB) and the logged download endpoint, each
# next to GET /api/v1/me in the same run. Writes bench/results/stats-<date>.md.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
SEED="${SEED:-0.42}"
OUT="$ROOT/bench/results/stats-$(date +%F).md"
export BENCH_HEAP=256m

bench_setup
if [ -z "${BENCH_KEEP_DB:-}" ]; then  # BENCH_KEEP_DB=1 measures again on the data of the previous run
  log "Generating templates and ratings, then adoptions and usage events (several minutes)…"
  start=$(date +%s)
  bench_psql -q -v seed="$SEED" -v templates="${TEMPLATES:-100000}" -v ratings="${RATINGS:-1000000}" -f "$ROOT/bench/search/generate.sql" | tail -3
  bench_psql -q -v seed="$SEED" -v adoptions="${ADOPTIONS:-500000}" -v events="${EVENTS:-20000000}" -f "$ROOT/bench/stats/generate.sql" | tail -3
  log "Generated in $(( $(date +%s) - start )) s."
fi

# This machine's PostgreSQL runs without autovacuum; a rerun on kept data would otherwise read the dead row
# versions the previous run's downloads left in the counter rows. Production vacuums them as it goes.
[ -z "${BENCH_KEEP_DB:-}" ] || bench_psql -q -c "VACUUM ANALYZE"

committee_token() {
  curl -fsS -d grant_type=client_credentials -d client_id=award-committee -d client_secret=award-committee-secret \
    "http://localhost:$KEYCLOAK_PORT/realms/yokoten/protocol/openid-connect/token" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}
wrk_committee() {
  local name=$1 path=$2 out
  out=$(wrk -t2 -c"$BENCH_CONNECTIONS" -d"${BENCH_SECONDS}s" -s "$ROOT/bench/search/report.lua" \
    -H "Authorization: Bearer $(committee_token)" "$API$path" | grep '^RESULT')
  echo "$name $(echo "$out" | sed -E 's/RESULT p50=([^ ]+) p95=([^ ]+) p99=([^ ]+) rps=([^ ]+) requests=([^ ]+) errors=([^ ]+)/\1 \2 \3 \4 \5 \6/')"
}

template=$(bench_psql -Atc "SELECT template_id FROM template_search WHERE status = 'published' ORDER BY template_id LIMIT 1")
FY=2025
log "Warming up…"
BENCH_SECONDS=3 wrk_shape warm /api/v1/me >/dev/null
BENCH_SECONDS=3 wrk_committee warm "/api/v1/stats/kpis?fiscalYear=$FY" >/dev/null
BENCH_SECONDS=3 wrk_committee warm "/api/v1/stats/templates?fiscalYear=$FY&sort=crossWardAdoptions" >/dev/null
BENCH_SECONDS=3 wrk_shape warm "/api/v1/templates/$template/versions/1.0.0/file" >/dev/null

results=()
log "Measuring…"
results+=("$(wrk_shape "me" /api/v1/me)")
results+=("$(wrk_committee "stats/kpis FY$FY" "/api/v1/stats/kpis?fiscalYear=$FY")")
results+=("$(wrk_committee "stats/templates FY$FY first page by cross-ward" "/api/v1/stats/templates?fiscalYear=$FY&sort=crossWardAdoptions")")
results+=("$(wrk_shape "download with usage logging" "/api/v1/templates/$template/versions/1.0.0/file")")
me_rps=$(echo "${results[0]}" | awk '{print $(NF-2)}')

log "Full-year CSV export…"
pid_heap() { jcmd "$BENCH_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|used/{for(i=1;i<=NF;i++) if($i=="used") {print $(i+1); exit}}'; }
heap_before=$(pid_heap)
csv_start=$(date +%s.%N)
rows=$(curl -fsS -H "Authorization: Bearer $(committee_token)" -H "Accept: text/csv" "$API/api/v1/stats/templates?fiscalYear=$FY" | wc -l)
csv_seconds=$(awk -v a="$csv_start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}')
heap_after=$(pid_heap)
events_logged=$(bench_psql -Atc "SELECT count(*) FROM usage_event WHERE user_subject NOT LIKE 'bench-user-%'")

{
  echo "# Statistics benchmark — $(date +%F)"
  echo
  echo "Machine: $(machine). API heap capped at 256 MiB (-Xmx256m) for the whole run."
  echo "Data: $(bench_psql -Atc "select count(*) from template") templates, $(bench_psql -Atc "select count(*) from adoption") adoptions,"
  echo "$(bench_psql -Atc "select count(*) from usage_event") usage events (FY2024–FY2026), seed $SEED. wrk: 2 threads, $BENCH_CONNECTIONS connections, ${BENCH_SECONDS} s per shape."
  echo
  echo "| shape | p50 ms | p95 ms | p99 ms | req/s | ratio to /me | errors | target |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in "${results[@]}"; do
    name="${r% * * * * * *}"; read -r p50 p95 p99 rps n errors <<<"${r#"$name" }"
    ratio=$(awk -v a="$rps" -v b="$me_rps" 'BEGIN{printf "%.0f%%", 100*a/b}')
    case "$name" in
      stats/kpis*) target="p95 ≤ 50 ms: $(awk -v p="$p95" 'BEGIN{print (p<=50)?"met":"MISSED"}')" ;;
      stats/templates*) target="p95 ≤ 100 ms: $(awk -v p="$p95" 'BEGIN{print (p<=100)?"met":"MISSED"}')" ;;
      download*) target="≥ 50% of /me: $(awk -v a="$rps" -v b="$me_rps" 'BEGIN{print (a>=0.5*b)?"met":"MISSED"}')" ;;
      *) target="ceiling" ;;
    esac
    echo "| $name | $p50 | $p95 | $p99 | $rps | $ratio | $errors | $target |"
  done
  echo
  echo "Full-year CSV of /stats/templates (FY$FY): $((rows - 1)) rows in ${csv_seconds} s (target ≤ 10 s: $(awk -v s="$csv_seconds" 'BEGIN{print (s<=10)?"met":"MISSED"}')); heap used before ${heap_before:-?}, after ${heap_after:-?} (jcmd GC.heap_info, KB), under a 256 MiB cap."
  echo "Download requests logged as usage events during the run: $events_logged (every request writes its event in its transaction)."
} >"$OUT"
cat "$OUT"
log "Results written to $OUT"
