#!/usr/bin/env bash
# Query plans of the statements the API really runs (EXPLAIN ANALYZE, BUFFERS via auto_explain), one request
# per shape, read back from the PostgreSQL server log. Needs a superuser (ALTER DATABASE … SET) and a readable
# server log (LOG=…). usage: BENCH_DB=… BENCH_KEEP_DB=1 bash bench/search/plans.sh "PATH" … >plans.txt
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
LOG="${LOG:-/var/log/postgresql/postgresql-15-main.log}"
bench_psql -q -c "ALTER DATABASE $BENCH_DB SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE $BENCH_DB SET auto_explain.log_min_duration = '5ms'" -c "ALTER DATABASE $BENCH_DB SET auto_explain.log_analyze = on" \
  -c "ALTER DATABASE $BENCH_DB SET auto_explain.log_buffers = on" -c "ALTER DATABASE $BENCH_DB SET auto_explain.log_timing = off"
BENCH_KEEP_DB=1 bench_setup >&2
trap 'bench_psql -q -c "ALTER DATABASE $BENCH_DB RESET ALL"; kill $BENCH_PID 2>/dev/null; wait $BENCH_PID 2>/dev/null || true' EXIT
tok=$(token koto-staff)
for path in "$@"; do
  from=$(wc -l <"$LOG")
  curl -fsS -o /dev/null -H "Authorization: Bearer $tok" "$API$path"
  sleep 0.5
  echo "=== GET $path"
  tail -n +"$((from + 1))" "$LOG" | grep -v 'LOG:  duration: [0-9.]* ms  statement\|DETAIL' | sed -E 's/^[0-9-]+ [0-9:.]+ UTC \[[0-9]+\] [^ ]+ //' | grep -v "^\s*$" | head -120
done
