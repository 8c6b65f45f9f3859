#!/usr/bin/env bash
# County scale on PostgreSQL (issue 16 item 5): the all-purchases list and the purchases API searched for common and rare
# terms, server time p50/p95 from the Server-Timing header, signed in as the demo procurement specialist.
# Target: p95 ≤ 100 ms with the settings docs/operations.md recommends (random_page_cost = 1.1, set here on the database).
# Usage: LOAD_PG="Host=127.0.0.1;Port=5432;Username=postgres" benchmarks/load/purchase-search-postgres.sh [requests per URL]
# LOAD_PG names a server the script may create a database on (psql must be installed). The database is LOAD_PG_DATABASE
# (cc_county), seeded at county scale; with LOAD_REUSE_DB=1 one already seeded is kept, so several runs share a seeding.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-30}
PORT=5194
SERVER=${LOAD_PG:?set LOAD_PG to a PostgreSQL server connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres}
PGDB=${LOAD_PG_DATABASE:-cc_county}
CONN="$SERVER;Database=$PGDB"

# psql_on DATABASE SQL: runs SQL through psql, with the server's connection string turned into libpq's key=value form.
psql_on() {
  local libpq="" pair key value
  IFS=';' read -ra pairs <<<"$SERVER"
  for pair in "${pairs[@]}"; do
    [ -z "$pair" ] && continue
    key=$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' '); value=${pair#*=}
    case "$key" in
      host|server) libpq+=" host=$value" ;; port) libpq+=" port=$value" ;; password) libpq+=" password=$value" ;;
      username|user|userid) libpq+=" user=$value" ;;
    esac
  done
  psql -X -q -t -A -v ON_ERROR_STOP=1 "$libpq dbname=$1" -c "$2"
}

build
seeded=$(psql_on "$PGDB" 'SELECT count(*) FROM "PurchaseRequests"' 2>/dev/null || echo 0)
if [ "${LOAD_REUSE_DB:-0}" = "1" ] && [ "$seeded" -gt 0 ]; then
  echo "reusing $PGDB ($seeded purchases)"
else
  psql_on postgres "DROP DATABASE IF EXISTS $PGDB"
  psql_on postgres "CREATE DATABASE $PGDB"
  (cd "$WORK/app" && Database__Provider=Postgres Database__ConnectionString="$CONN" dotnet "$APP_DLL" seed --scale county)
fi
# The settings docs/operations.md recommends, and fresh statistics for the planner.
psql_on postgres "ALTER DATABASE $PGDB SET random_page_cost = 1.1"
psql_on "$PGDB" "ANALYZE"

(cd "$WORK/app" && Database__Provider=Postgres Database__ConnectionString="$CONN" Logging__LogLevel__Default=Warning \
  exec dotnet "$APP_DLL" --urls "http://127.0.0.1:$PORT") >"$WORK/app-$PORT.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PORT/health/ready"
jar="$WORK/cookies-$PORT.txt"; rm -f "$jar"
sign_in "$PORT" "$jar" procurement@demo.test
measure "$PORT" "$jar" "$N" \
  "/purchasing/all?search=PO-" \
  "/purchasing/all?search=care+home" \
  "/purchasing/all?search=services&status=Received" \
  "/purchasing/all?search=hoist" \
  "/purchasing/all" \
  "/api/v1/purchases?search=PO-"
