#!/usr/bin/env bash
# County scale: the stakeholder list (search + filter + page 1), server time p95 from the Server-Timing header.
# Target: p95 ≤ 100 ms. Usage: benchmarks/load/stakeholder-list.sh [requests per URL]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-200}
build
seed_county
start_app 5192
JAR="$WORK/cookies.txt"; rm -f "$JAR"
sign_in 5192 "$JAR"
for path in "/stakeholders" "/stakeholders?search=patel&type=Individual" "/stakeholders?search=forum&consent=yes&page=1" "/risks?search=homecare&category=People"; do
  server_ms "http://127.0.0.1:5192$path" "$JAR" 10 >/dev/null   # warm up
  values=$(server_ms "http://127.0.0.1:5192$path" "$JAR" "$N")
  p50=$(echo "$values" | percentile 50); p95=$(echo "$values" | percentile 95)
  printf '%-55s p50 %6s ms  p95 %6s ms  (n=%s)\n' "$path" "$p50" "$p95" "$N"
done
