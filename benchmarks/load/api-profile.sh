#!/usr/bin/env bash
# Where the API's by-id read spends its CPU, a request at a time, in the product and in the same read alone
# (decision 0030): each serves GET …/stakeholders/{id} under wrk -t1 -c32 as api-load.sh runs it and is recorded
# with perf for 10 s; api_profile.py prints the µs of CPU a request in each part (the EF query with SQLite, the JSON,
# the context pool, authentication, authorisation, Kestrel…). The runtime names its compiled code for perf
# (DOTNET_PerfMapEnabled) and keeps it out of double-mapped memory, so perf can read the names.
# Usage: benchmarks/load/api-profile.sh   (LOAD_WORK, LOAD_SKIP_BUILD, LOAD_REUSE_DB as the other runs)
# Needs perf and wrk.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
command -v perf >/dev/null && command -v wrk >/dev/null || { echo "perf and wrk are needed" >&2; exit 2; }
build
seed_county
TOKEN=$(issue_token commissioner@demo.test)
NAMED=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
HZ=2999
# profile NAME PID URL [wrk header...]: warms the server up, then records it for 10 s in the middle of a 20 s run.
profile() {
  local name=$1 pid=$2 url=$3
  shift 3
  wrk -t1 -c32 -d10s "$@" "$url" >/dev/null
  wrk -t1 -c32 -d20s "$@" "$url" >"$WORK/profile-$name.wrk" &
  local load=$!
  sleep 5
  perf record -q -F $HZ -g -p "$pid" -o "$WORK/profile-$name.perf" -- sleep 10 2>/dev/null
  wait $load
  perf script -i "$WORK/profile-$name.perf" -F comm,tid,ip,sym 2>/dev/null >"$WORK/profile-$name.stacks"
}
start_app 5193 "${NAMED[@]}"
ID=$(stakeholder_id 5193 "$TOKEN")
profile product "$APP_PID" "http://127.0.0.1:5193/api/v1/stakeholders/$ID" -H "Authorization: Bearer $TOKEN"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
start_baseline 5194 --stakeholder-read "${NAMED[@]}"
profile read-alone "$BASE_PID" "http://127.0.0.1:5194/stakeholders/$ID"
rps() { awk '/Requests\/sec/ {print $2}' "$WORK/profile-$1.wrk"; }
echo "requests a second under perf: product $(rps product), the read alone $(rps read-alone)"
python3 "$ROOT/benchmarks/load/api_profile.py" $HZ 10 "product=$WORK/profile-product.stacks:$(rps product)" \
  "read-alone=$WORK/profile-read-alone.stacks:$(rps read-alone)"
