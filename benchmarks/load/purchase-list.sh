#!/usr/bin/env bash
# County scale (100,000 purchases, 3,000 suppliers): the specialists' all-purchases list with filters, and the purchases API,
# server time p50/p95 from the Server-Timing header, signed in as the demo procurement specialist.
# Target: p95 ≤ 100 ms. Usage: benchmarks/load/purchase-list.sh [requests per URL]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-200}
PORT=5193
build
seed_county
start_app $PORT
JAR="$WORK/cookies-purchasing.txt"; rm -f "$JAR"
token=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' \
  --data-urlencode "Input.Email=procurement@demo.test" --data-urlencode "Input.Password=demo-password-2026" \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$PORT/account/sign-in" | grep -q 302
for path in \
  "/purchasing/all" \
  "/purchasing/all?status=Received&route=WrittenQuotes" \
  "/purchasing/all?category=33190000-8&band=From5000To25000" \
  "/purchasing/all?compliance=NotCompliant" \
  "/purchasing/all?search=care+home&supplier=northby&sort=oldest" \
  "/purchasing/all?status=Evaluated&compliance=Compliant&page=40" \
  "/api/v1/purchases" \
  "/api/v1/purchases?status=Ordered&band=Under5000&pageSize=100" \
  "/purchasing/dashboard"; do
  server_ms "http://127.0.0.1:$PORT$path" "$JAR" 10 >/dev/null   # warm up
  values=$(server_ms "http://127.0.0.1:$PORT$path" "$JAR" "$N")
  p50=$(echo "$values" | percentile 50); p95=$(echo "$values" | percentile 95)
  printf '%-70s p50 %7s ms  p95 %7s ms  (n=%s)\n' "$path" "$p50" "$p95" "$N"
done
