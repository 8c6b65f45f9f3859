#!/usr/bin/env bash
# Hostile request bodies against the anonymous JSON endpoints (the calculations): how many answers are 5xx, and how
# many 400s for a body the API could not read fail to name the JSON path. Target: no 5xx, every such 400 names it.
# Usage: benchmarks/load/hostile-bodies.sh [environment]   (Development by default; Demo also works. Release build, a
# small database of its own; hostile_bodies.py does the sending and counting.)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ENVIRONMENT=${1:-Development}
PORT=${HOSTILE_PORT:-5197}
build
DB="$WORK/hostile.db"; rm -f "$DB"*
(cd "$WORK/app" && ASPNETCORE_ENVIRONMENT="$ENVIRONMENT" Database__SqlitePath="$DB" Logging__LogLevel__Default=Warning \
  exec dotnet "$APP_DLL" --urls "http://127.0.0.1:$PORT") >"$WORK/hostile-$PORT.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PORT/health/live"
echo "environment: $ENVIRONMENT"
python3 "$ROOT/benchmarks/load/hostile_bodies.py" "http://127.0.0.1:$PORT"
