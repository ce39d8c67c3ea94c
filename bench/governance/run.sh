#!/usr/bin/env bash
# Governance scan benchmark (issue 7): scans two shapes of 50 MiB zip five times each inside the test JVM,
# whose heap the build caps at 256 MiB, and records median wall time and peak heap.
# Writes bench/results/governance-<date>.md.   usage: bash bench/governance/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/deploy/lib.sh"
find_jdk
OUT="$ROOT/bench/results/governance-$(date +%F).md"
cd "$ROOT"
output=$(mktemp)
# The large-files execution forks a JVM with -Xmx256m (backend/pom.xml).
./mvnw -q -pl backend test-compile surefire:test@large-files -Dtest=GovernanceScanBench -Dyokoten.bench=true \
  -Dsurefire.failIfNoSpecifiedTests=false >"$output" 2>&1 || { cat "$output"; exit 1; }
lines=$(grep -h '^BENCH' backend/target/surefire-reports/*GovernanceScanBench-output.txt "$output" 2>/dev/null | sort -u || true)
{
  echo "# Governance scan of a 50 MiB zip — $(date +%F)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)."
  echo "$(echo "$lines" | grep 'max heap' | sed 's/^BENCH //')"
  echo
  echo "| shape | zip size | median of 5 | runs (ms) | peak heap | findings |"
  echo "|---|---|---|---|---|---|"
  echo "$lines" | grep '^BENCH |' | sed 's/^BENCH //'
  echo
  echo "Target (issue 7): ≤ 5 s for a 50 MiB zip with the heap capped at 256 MiB."
} > "$OUT"
cat "$OUT"
