#!/usr/bin/env bash
# Two builds' start-ups to the first 200 on the home page, interleaved so that both see the same machine: on this
# shared two-core machine the time of one build moves by half a second within minutes, more than most changes do.
# Usage: benchmarks/load/startup-pair.sh WORK_A WORK_B [pairs]
#   WORK_A and WORK_B are LOAD_WORK folders that startup.sh has filled (app/ and startup.db); they may be the same
#   folder, to compare one build with two settings: PAIR_ENV_A and PAIR_ENV_B hold NAME=VALUE words for each side's
#   app, such as an experiment's switch (benchmarks/load/experiments/).
set -euo pipefail
A=$1 B=$2 PAIRS=${3:-8}
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
first_200() {
  local work=$1 settings=$2 start end pid
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # the settings are several NAME=VALUE words
  (cd "$work/app" && Database__SqlitePath="$work/startup.db" exec env $settings dotnet CareCommissioning.Web.dll \
    --urls http://127.0.0.1:5198 >/dev/null 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5198/ || true)" = "200" ]; do sleep 0.02; done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $start" | bc
}
a=(); b=()
for _ in $(seq 1 "$PAIRS"); do
  a+=("$(first_200 "$A" "${PAIR_ENV_A:-}")")
  b+=("$(first_200 "$B" "${PAIR_ENV_B:-}")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "%.2f", (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
echo "$A ${PAIR_ENV_A:-}: ${a[*]}"
echo "$B ${PAIR_ENV_B:-}: ${b[*]}"
echo "median $A ${PAIR_ENV_A:-} $(median "${a[@]}") s, $B ${PAIR_ENV_B:-} $(median "${b[@]}") s over $PAIRS pairs"
