#!/usr/bin/env bash
# Start-up of the run command with an existing database, to the first 200 on the home page. Target: ≤ 3 s.
# Usage: benchmarks/load/startup.sh [runs]   (Release build; the database is seeded once, then reused)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${1:-5}
build
DB="$WORK/startup.db"; rm -f "$DB"*
(cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" migrate >/dev/null && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale small >/dev/null)
times=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  (cd "$WORK/app" && Database__SqlitePath="$DB" exec dotnet "$APP_DLL" --urls http://127.0.0.1:5191) >"$WORK/startup.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5191/ || true)" = "200" ]; do sleep 0.02; done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  times+=("$(echo "$end - $start" | bc)")
done
printf 'start-up to first 200 (s): %s\n' "${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.2f s, max %.2f s over %d runs\n", a[int((NR+1)/2)], a[NR], NR}'
