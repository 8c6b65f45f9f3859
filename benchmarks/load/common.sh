#!/usr/bin/env bash
# Shared set-up for the load runs: a Release build of the app and the benchmark tools, a county-scale SQLite
# database, and helpers to start and stop servers on loopback. Every run is bounded in time and stops what it started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${LOAD_WORK:-/tmp/cc-load}"
APP_DLL="$WORK/app/CareCommissioning.Web.dll"
BENCH_DLL="$WORK/bench/CareCommissioning.Benchmarks.dll"
DB="$WORK/county.db"
PIDS=()
# The load runs sign in as the demo users with the published password, which Production refuses (docs/security.md).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"

cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# build: Release builds of the app and the benchmark tools in $WORK (LOAD_SKIP_BUILD=1 keeps those already there).
build() {
  if [ "${LOAD_SKIP_BUILD:-0}" = "1" ] && [ -f "$APP_DLL" ]; then return 0; fi
  mkdir -p "$WORK"
  dotnet publish "$ROOT/src/CareCommissioning.Web" -c Release -o "$WORK/app" --nologo -v q >/dev/null
  dotnet publish "$ROOT/benchmarks/CareCommissioning.Benchmarks" -c Release -o "$WORK/bench" --nologo -v q >/dev/null
}

# seed_county: a fresh county-scale database; prints the seeding time reported by the seed command. With LOAD_REUSE_DB=1 an
# existing county database in $WORK is kept, so several load runs can share one seeding.
seed_county() {
  if [ "${LOAD_REUSE_DB:-0}" = "1" ] && [ -f "$DB" ]; then echo "reusing $DB"; return 0; fi
  rm -f "$DB" "$DB-wal" "$DB-shm"
  (cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale county)
}

# start_app PORT [NAME=VALUE...]: starts the app on $DB (with any settings given, and those in LOAD_APP_ENV, such as
# LOAD_APP_ENV="DOTNET_TieredPGO=0" to try a runtime setting in any run) and waits until it answers; its process id is
# left in APP_PID.
start_app() {
  local port=$1
  shift
  # shellcheck disable=SC2086 # LOAD_APP_ENV holds several NAME=VALUE words
  (cd "$WORK/app" && exec env Database__SqlitePath="$DB" Logging__LogLevel__Default=Warning ${LOAD_APP_ENV:-} "$@" \
    dotnet "$APP_DLL" --urls "http://127.0.0.1:$port") >"$WORK/app-$port.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  wait_for "http://127.0.0.1:$port/health/ready"
}

# start_baseline PORT [--stakeholder-read] [NAME=VALUE...]: starts the bare minimal API (baseline-server in the benchmarks
# project) on $DB, with the by-id read alone when asked (decision 0030) and any settings given, and waits for /ping;
# its process id is left in BASE_PID.
start_baseline() {
  local port=$1 read=()
  shift
  if [ "${1:-}" = --stakeholder-read ]; then read=("$1"); shift; fi
  (cd "$WORK/bench" && Database__SqlitePath="$DB" exec env "$@" dotnet "$BENCH_DLL" baseline-server "${read[@]}" \
    --urls "http://127.0.0.1:$port") >"$WORK/baseline.log" 2>&1 &
  BASE_PID=$!
  PIDS+=("$BASE_PID")
  wait_for "http://127.0.0.1:$port/ping"
}

# issue_token EMAIL: a personal API token for the demo user with that address, in $DB.
issue_token() { (cd "$WORK/bench" && Database__SqlitePath="$DB" dotnet "$BENCH_DLL" issue-token --email "$1" | tail -1); }

# stakeholder_id PORT TOKEN: the id of a stakeholder the token's user may read (the 500th by name), for the by-id load
# runs; fails when there is none.
stakeholder_id() {
  local id
  id=$(curl -s -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/v1/stakeholders?page=500&pageSize=1" |
    grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  [ -n "$id" ] || { echo "could not find a stakeholder id" >&2; return 1; }
  echo "$id"
}

# spend_pool PORT TOKEN NAME: a pooled budget shared with the demo pool's other partner, starting April 2000, with 200
# schemes ("Scheme 001"…"Scheme 200"), made through the API; prints its id.
spend_pool() {
  local api="http://127.0.0.1:$1/api/v1" token=$2 name=$3 demo icb pool lead n
  call() { curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
  json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
  demo=$(call "$api/partnerships?search=Northshire" | json 'd["items"][0]["id"]')
  icb=$(call "$api/partnerships/$demo" | json '[p["organisationId"] for p in d["partners"] if not p["isHost"]][0]')
  pool=$(call -d "{\"name\":\"$name\",\"arrangement\":\"PooledFund\",\"legalBasis\":\"Section75\",\"startDate\":\"2000-04-01\",\"partners\":[\"$icb\"]}" \
    "$api/partnerships" | json 'd["id"]')
  lead=$(call "$api/partnerships/$pool" | json '[p["id"] for p in d["partners"] if p["isHost"]][0]')
  for n in $(seq -w 1 200); do
    call -o /dev/null -d "{\"name\":\"Scheme $n\",\"type\":\"Other\",\"leadPartnerId\":\"$lead\"}" "$api/partnerships/$pool/schemes"
  done
  echo "$pool"
}

# spend_file PATH MONTHS SHIFT: a spend CSV for spend_pool's 200 schemes, MONTHS months each from April 2000, every
# actual moved by SHIFT pounds.
spend_file() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
path, months, shift = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w") as f:
    f.write("Scheme,Month,Budget,Actual,Forecast\n")
    for s in range(1, 201):
        for m in range(months):
            y, mo = 2000 + (3 + m) // 12, (3 + m) % 12 + 1
            f.write(f"Scheme {s:03d},{y}-{mo:02d},{10000 + s}.00,{9800 + (s * m) % 500 + shift}.50,\n")
PY
}

wait_for() {
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = "200" ] && return 0
    sleep 0.1
  done
  echo "timed out waiting for $1" >&2; return 1
}

# sign_in PORT JAR [EMAIL]: signs in as a demo user (the commissioner unless EMAIL is given) through the real form, keeping
# cookies in JAR.
sign_in() {
  local port=$1 jar=$2 email=${3:-commissioner@demo.test} token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=demo-password-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/sign-in" | grep -q 302
}

# server_ms URL JAR N: requests URL N times with cookies and prints each response's Server-Timing app duration (ms).
# Fails if any answer is not 200, so a redirect to sign-in can never pass for a fast page.
server_ms() {
  local url=$1 jar=$2 n=$3 headers
  for _ in $(seq 1 "$n"); do
    headers=$(curl -s -b "$jar" -o /dev/null -D - "$url" | tr -d '\r')
    # sed reads all its input, so the echo never dies of SIGPIPE under pipefail (head would stop reading early).
    echo "$headers" | sed -n 1p | grep -q ' 200' || { echo "$url answered: $(echo "$headers" | sed -n 1p)" >&2; exit 1; }
    echo "$headers" | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=//p'
  done
}

# measure PORT JAR N PATH...: for each path, 10 requests to warm up, then N, and prints p50 and p95 of the server time.
measure() {
  local port=$1 jar=$2 n=$3 path values p50 p95
  shift 3
  for path in "$@"; do
    server_ms "http://127.0.0.1:$port$path" "$jar" 10 >/dev/null   # warm up
    values=$(server_ms "http://127.0.0.1:$port$path" "$jar" "$n")
    p50=$(echo "$values" | percentile 50); p95=$(echo "$values" | percentile 95)
    printf '%-70s p50 %7s ms  p95 %7s ms  (n=%s)\n' "$path" "$p50" "$p95" "$n"
  done
}

# measure_signed_in PORT EMAIL N PATH...: the whole run of a page-timing script: build, seed, start the app on PORT, sign in
# as EMAIL and measure each path.
measure_signed_in() {
  local port=$1 email=$2 n=$3 jar
  shift 3
  build
  seed_county
  start_app "$port"
  jar="$WORK/cookies-$port.txt"; rm -f "$jar"
  sign_in "$port" "$jar" "$email"
  measure "$port" "$jar" "$n" "$@"
}

# percentile P: reads numbers on stdin and prints the P-th percentile (nearest rank).
percentile() {
  sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR+0.999999); if(i<1)i=1; print a[i]}'
}
