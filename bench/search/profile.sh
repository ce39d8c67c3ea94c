#!/usr/bin/env bash
# Profiles one search shape (issue 21, acceptance 3): the packaged API on the data of the last
# bench/search/run.sh, wrk at 16 connections for BENCH_SECONDS, Java Flight Recorder sampling meanwhile;
# prints the hottest methods (`jfr view hot-methods`, own time), the live heap after a full GC and the recording's path.
# usage: BENCH_HEAP=384m bash bench/search/profile.sh '/api/v1/templates?q=税'
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
BENCH_KEEP_DB=1
bench_setup
wait_search_memory
path="/api/v1/templates?$(urlencode "${1#*\?}")"
[[ "$1" == *\?* ]] || path="$1"
log "Warming up ${1}…"
BENCH_SECONDS=5 wrk_shape warm "$path" >/dev/null
rec="$YOKOTEN_CACHE/bench-profile.jfr"
"$JAVA_HOME/bin/jcmd" "$BENCH_PID" JFR.start name=bench settings=profile filename="$rec" >/dev/null
result=$(wrk_shape "$1" "$path")
"$JAVA_HOME/bin/jcmd" "$BENCH_PID" JFR.stop name=bench >/dev/null
"$JAVA_HOME/bin/jcmd" "$BENCH_PID" GC.run >/dev/null
echo "live heap after a full GC (the search memory and the rest): $("$JAVA_HOME/bin/jcmd" "$BENCH_PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
echo "wrk: $result (name p50 p95 p99 req/s requests errors)"
"$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$rec"
echo "Recording: $rec"
