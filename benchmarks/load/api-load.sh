#!/usr/bin/env bash
# County scale: GET /api/v1/stakeholders/{id} under wrk -t1 -c32 -d20s on loopback, against two yardsticks measured in the
# same run: a bare minimal-API endpoint, and the same row read alone (the app's EF context and JSON in a bare minimal API,
# no authentication, middleware or logging), which shows what the product's own pipeline costs.
# Target (issue 16): the product endpoint reaches ≥ 50% of the bare endpoint's requests per second, no errors.
# Usage: benchmarks/load/api-load.sh [duration, default 20s]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
DURATION=${1:-20s}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
build
seed_county
TOKEN=$(issue_token commissioner@demo.test)
start_app 5193
ID=$(stakeholder_id 5193 "$TOKEN")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:5193/api/v1/stakeholders/$ID")" = 200 ] || { echo "the API did not answer 200" >&2; exit 1; }
start_baseline 5194 --stakeholder-read

run() { wrk -t1 -c32 -d"$DURATION" --latency "$@"; }
run -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:5193/api/v1/stakeholders/$ID" >/dev/null   # warm up (JIT)
run http://127.0.0.1:5194/ping >/dev/null
run "http://127.0.0.1:5194/stakeholders/$ID" >/dev/null
echo "== baseline: bare minimal API"; base=$(run http://127.0.0.1:5194/ping); echo "$base"
echo "== product: GET /api/v1/stakeholders/{id} with a personal API token"; prod=$(run -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:5193/api/v1/stakeholders/$ID"); echo "$prod"
echo "== the same read alone: the app's EF context and JSON in a bare minimal API"; read=$(run "http://127.0.0.1:5194/stakeholders/$ID"); echo "$read"
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
rb=$(rps "$base"); rp=$(rps "$prod"); rr=$(rps "$read")
errors=$(printf '%s\n%s\n' "$prod" "$read" | grep -E 'Non-2xx|Socket errors' || true)
echo "baseline ${rb} req/s, product ${rp} req/s, ratio $(echo "scale=1; 100*$rp/$rb" | bc)%"
echo "the same read alone ${rr} req/s ($(echo "scale=1; 100*$rr/$rb" | bc)% of the baseline); the product is $(echo "scale=1; 100*$rp/$rr" | bc)% of it"
[ -z "$errors" ] && echo "errors: none" || echo "errors: $errors"
