#!/usr/bin/env bash
# A steady mixed load for a fixed time, sampling the app's memory once a minute, to show whether it stays flat.
# The load, all at once on the county database: API reads by id with a token (wrk, 4 connections), the stakeholder
# list page with a search signed in through the form (wrk, 2 connections), and a writer adding a stakeholder through
# the API every 200 ms, on a copy of it. Prints the app's resident set each minute, then the requests served.
# Usage: benchmarks/load/memory-soak.sh [minutes]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MINUTES=${1:-30}
PORT=5194
build
seed_county
# The writes go to a copy, so the county database the other runs share stays as seeded.
sqlite3 "$DB" ".backup '$WORK/soak.db'"
DB="$WORK/soak.db"
TOKEN=$(issue_token commissioner@demo.test)
start_app "$PORT"
APP_PID=${PIDS[0]}
JAR="$WORK/soak.jar"
rm -f "$JAR"
sign_in "$PORT" "$JAR"
# curl marks HttpOnly cookies (the session's) with a "#HttpOnly_" prefix, which is not a comment.
COOKIE=$(sed 's/^#HttpOnly_//' "$JAR" | awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 }')
[ -n "$COOKIE" ] || { echo "no session cookie after signing in" >&2; exit 1; }
ID=$(stakeholder_id "$PORT" "$TOKEN")
SECONDS_TOTAL=$((MINUTES * 60))
wrk -t1 -c4 -d"${SECONDS_TOTAL}s" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/stakeholders/$ID" \
  >"$WORK/soak-api.txt" 2>&1 &
PIDS+=($!)
wrk -t1 -c2 -d"${SECONDS_TOTAL}s" -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/stakeholders?search=care" \
  >"$WORK/soak-page.txt" 2>&1 &
PIDS+=($!)
(end=$(($(date +%s) + SECONDS_TOTAL)); n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"type\":\"CommunityGroup\",\"name\":\"Soak $n\",\"consentToContact\":false}" \
      "http://127.0.0.1:$PORT/api/v1/stakeholders"
    sleep 0.2
  done; echo "$n" >"$WORK/soak-writes.txt") &
PIDS+=($!)
# Resident memory split as the kernel counts it: anonymous (the .NET heaps and native allocations), file-backed (the
# loaded assemblies and the database pages SQLite maps) and shared (the JIT's double-mapped code); and the WAL's size.
printf '%-8s %10s %10s %10s %10s %10s\n' minute "RSS (MB)" anonymous file shared "WAL (MB)"
for m in $(seq 0 "$MINUTES"); do
  read -r rss anon file shared < <(awk '/^(VmRSS|RssAnon|RssFile|RssShmem):/ { printf "%.0f ", $2 / 1024 } END { print "" }' \
    "/proc/$APP_PID/status")
  wal=$(($(stat -c %s "$DB-wal" 2>/dev/null || echo 0) / 1048576))
  printf '%-8s %10s %10s %10s %10s %10s\n' "$m" "$rss" "$anon" "$file" "$shared" "$wal"
  [ "$m" -lt "$MINUTES" ] && sleep 60
done
wait "${PIDS[1]}" "${PIDS[2]}" 2>/dev/null || true
echo "API reads: $(grep -E 'requests in|Requests/sec|Non-2xx' "$WORK/soak-api.txt" | tr -s ' ' | tr '\n' ';')"
echo "list page: $(grep -E 'requests in|Requests/sec|Non-2xx' "$WORK/soak-page.txt" | tr -s ' ' | tr '\n' ';')"
sleep 1
echo "writes: $(cat "$WORK/soak-writes.txt" 2>/dev/null || echo '?')"
