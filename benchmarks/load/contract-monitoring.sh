#!/usr/bin/env bash
# National scale (20,000 council contracts; each running one with 5 monthly KPIs and a return for each of the last 24
# months it ran: about 95,000 KPIs, 276,000 returns and 1.4 million values): the contracts register with filters, a
# contract's page with its monitoring section, the monitoring dashboard and late returns, signed in as the council's
# demo commissioner; then KPI returns accepted through the API (POST, with a personal token), each for a period whose
# return was taken out of the database first. Server time p50/p95 from the Server-Timing header. Target: p95 ≤ 100 ms.
# Usage: benchmarks/load/contract-monitoring.sh [requests per URL] (LOAD_REUSE_DB=1 keeps a national database already
# seeded in $WORK; LOAD_WORK sets $WORK)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-50}
PORT=5198
USER_EMAIL=commissioner@demo.test
build
DB="$WORK/national.db"
if [ "${LOAD_REUSE_DB:-0}" = "1" ] && [ -f "$DB" ]; then
  echo "reusing $DB"
else
  rm -f "$DB" "$DB-wal" "$DB-shm"
  start=$(date +%s)
  (cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale national >/dev/null)
  echo "seeded national scale in $(($(date +%s) - start)) s, $(du -m "$DB" | cut -f1) MB"
fi
# Bring the database up to date (a reused one may predate a migration) before reading it directly.
(cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale small >/dev/null)
echo "$(sqlite3 -readonly "$DB" 'SELECT COUNT(*) FROM Contracts') contracts, $(sqlite3 -readonly "$DB" 'SELECT COUNT(*) FROM ContractKpis') KPIs, $(sqlite3 -readonly "$DB" 'SELECT COUNT(*) FROM ContractKpiReturns') returns, $(sqlite3 -readonly "$DB" 'SELECT COUNT(*) FROM ContractKpiValues') values"

# The returns to send again: the latest of N generated contracts, taken out (values first) before the app starts.
LATEST="SELECT r.Id FROM ContractKpiReturns r JOIN Contracts c ON c.Id = r.ContractId
  WHERE c.Reference LIKE 'GEN-%' AND r.PeriodStart = (SELECT MAX(PeriodStart) FROM ContractKpiReturns)
  ORDER BY c.Reference LIMIT $N"
sqlite3 "$DB" "CREATE TABLE IF NOT EXISTS BenchResend AS SELECT r.ContractId, r.PeriodStart FROM ContractKpiReturns r WHERE 0;
  DELETE FROM BenchResend;
  INSERT INTO BenchResend SELECT ContractId, PeriodStart FROM ContractKpiReturns WHERE Id IN ($LATEST);
  DELETE FROM ContractKpiValues WHERE ReturnId IN ($LATEST);
  DELETE FROM ContractKpiReturns WHERE Id IN (SELECT r.Id FROM ContractKpiReturns r JOIN BenchResend b ON b.ContractId = r.ContractId AND b.PeriodStart = r.PeriodStart);"
RESEND=$(sqlite3 -readonly -separator ' ' "$DB" "SELECT lower(ContractId), PeriodStart FROM BenchResend")
KPIS=$(sqlite3 -readonly -separator ' ' "$DB" "SELECT lower(k.ContractId), lower(k.Id), k.Unit FROM ContractKpis k JOIN BenchResend b ON b.ContractId = k.ContractId")

TOKEN=$(issue_token "$USER_EMAIL")
start_app "$PORT"
JAR="$WORK/cookies-$PORT.txt"; rm -f "$JAR"
sign_in "$PORT" "$JAR" "$USER_EMAIL"
ID=$(sqlite3 -readonly "$DB" "SELECT lower(Id) FROM Contracts WHERE Reference = 'GEN-010001'")
measure "$PORT" "$JAR" "$N" \
  "/contracts" \
  "/contracts?Status=Active&Type=Block&Sort=EndDate" \
  "/contracts?Search=Home+care&Expiring=yes" \
  "/contracts/$ID" \
  "/contracts/monitoring" \
  "/contracts/monitoring?Rating=Inadequate&Late=yes" \
  "/contracts/monitoring/late"

# Each return: a value for each of its contract's KPIs, on target.
values=""
while read -r contract period; do
  body=$(echo "$KPIS" | awk -v c="$contract" -v p="$period" '
    $1 == c { v = ($3 == "Count" || $3 == 2) ? "0" : "99"; items = items (items ? "," : "") "{\"kpiId\":\"" $2 "\",\"value\":\"" v "\"}" }
    END { print "{\"periodStart\":\"" p "\",\"values\":[" items "]}" }')
  headers=$(curl -s -o /dev/null -D - -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data "$body" "http://127.0.0.1:$PORT/api/v1/contracts/$contract/returns" | tr -d '\r')
  echo "$headers" | sed -n 1p | grep -q ' 201' || { echo "return for $contract $period answered: $(echo "$headers" | sed -n 1p)" >&2; exit 1; }
  values="$values $(echo "$headers" | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=//p')"
done <<< "$RESEND"
values=$(echo "$values" | tr ' ' '\n' | sed '/^$/d')
printf '%-70s p50 %7s ms  p95 %7s ms  (n=%s)\n' "POST /api/v1/contracts/{id}/returns" \
  "$(echo "$values" | percentile 50)" "$(echo "$values" | percentile 95)" "$(echo "$values" | wc -l)"
