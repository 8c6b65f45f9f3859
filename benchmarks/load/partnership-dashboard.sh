#!/usr/bin/env bash
# National scale (150 pooled budgets of the council and the ICB, each with 20 schemes and ten financial years of monthly
# spend: about 360,000 months): one partnership's pages and its variance API, server time p50/p95 from the Server-Timing
# header, signed in as the council's demo finance officer, a partner in every pool. Target: p95 ≤ 100 ms.
# Usage: benchmarks/load/partnership-dashboard.sh [requests per URL] (LOAD_SCALE=county for a smaller database;
# LOAD_REUSE_DB=1 keeps a database already seeded in $WORK)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-50}
SCALE=${LOAD_SCALE:-national}
PORT=5197
USER_EMAIL=finance@demo.test
build
DB="$WORK/$SCALE.db"
if [ "${LOAD_REUSE_DB:-0}" = "1" ] && [ -f "$DB" ]; then
  echo "reusing $DB"
else
  rm -f "$DB" "$DB-wal" "$DB-shm"
  start=$(date +%s)
  (cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale "$SCALE" >/dev/null)
  echo "seeded $SCALE scale in $(($(date +%s) - start)) s, $(du -m "$DB" | cut -f1) MB"
fi
TOKEN=$(issue_token "$USER_EMAIL")
start_app "$PORT"
JAR="$WORK/cookies-$PORT.txt"; rm -f "$JAR"
sign_in "$PORT" "$JAR" "$USER_EMAIL"
API="http://127.0.0.1:$PORT/api/v1"
# A generated pool in the middle of the list, with all its schemes and years.
ID=$(curl -s -H "Authorization: Bearer $TOKEN" "$API/partnerships?search=pooled+fund+075" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
echo "partnership $ID: $(sqlite3 -readonly "$DB" "SELECT COUNT(*) FROM SchemeSpend s JOIN PartnershipSchemes p ON p.Id = s.SchemeId WHERE upper(p.PartnershipId) = upper('$ID')") months of spend; $(sqlite3 -readonly "$DB" 'SELECT COUNT(*) FROM SchemeSpend') in the database"
measure "$PORT" "$JAR" "$N" \
  "/partnerships" \
  "/partnerships/$ID" \
  "/partnerships/$ID/variance" \
  "/partnerships/$ID/schemes" \
  "/partnerships/$ID/measures" \
  "/partnerships/returns/overdue"

# The API with the user's token: the same timing from the Server-Timing header.
api_ms() {
  local url=$1 n=$2 headers
  for _ in $(seq 1 "$n"); do
    headers=$(curl -s -H "Authorization: Bearer $TOKEN" -o /dev/null -D - "$url" | tr -d '\r')
    echo "$headers" | sed -n 1p | grep -q ' 200' || { echo "$url answered: $(echo "$headers" | sed -n 1p)" >&2; exit 1; }
    echo "$headers" | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=//p'
  done
}
for path in "/partnerships/$ID/variance"; do
  api_ms "$API$path" 10 >/dev/null
  values=$(api_ms "$API$path" "$N")
  printf '%-70s p50 %7s ms  p95 %7s ms  (n=%s)\n' "/api/v1$path" "$(echo "$values" | percentile 50)" \
    "$(echo "$values" | percentile 95)" "$N"
done
