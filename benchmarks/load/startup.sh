#!/usr/bin/env bash
# Start-up of the run command with an existing database, to the first 200 on the home page, and of a bare minimal API
# (`baseline-server` in the benchmarks project) to its first 200, run in turn with it so both see the same machine.
# Targets (issue 16): the app ≤ 1.5 s, and ≤ 2.5 times the bare API.
# Usage: benchmarks/load/startup.sh [runs]   (Release build; the database is seeded once, then reused)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${1:-5}
build
DB="$WORK/startup.db"; rm -f "$DB"*
(cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" migrate >/dev/null && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale small >/dev/null)
# first_200 URL COMMAND...: starts COMMAND in the background and prints the seconds until URL answers 200.
first_200() {
  local url=$1 start end pid; shift
  start=$(date +%s.%N)
  "$@" >"$WORK/startup.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = "200" ]; do sleep 0.02; done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $start" | bc
}
run_app() { cd "$WORK/app" && Database__SqlitePath="$DB" exec dotnet "$APP_DLL" --urls http://127.0.0.1:5191; }
run_bare() { cd "$WORK/bench" && exec dotnet "$BENCH_DLL" baseline-server --urls http://127.0.0.1:5192; }
times=(); bare=()
for i in $(seq 1 "$RUNS"); do
  times+=("$(first_200 http://127.0.0.1:5191/ run_app)")
  bare+=("$(first_200 http://127.0.0.1:5192/ping run_bare)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
maximum() { printf '%s\n' "$@" | sort -n | tail -1; }
printf 'start-up to first 200 (s): %s\n' "${times[*]}"
printf 'bare minimal API to first 200 (s): %s\n' "${bare[*]}"
app_median=$(median "${times[@]}"); bare_median=$(median "${bare[@]}")
printf 'median %s s, max %.2f s over %d runs; bare minimal API median %s s; ratio %.1fx\n' \
  "$app_median" "$(maximum "${times[@]}")" "$RUNS" "$bare_median" "$(echo "$app_median / $bare_median" | bc -l)"
