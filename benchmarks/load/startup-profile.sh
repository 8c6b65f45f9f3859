#!/usr/bin/env bash
# Where one start-up's CPU goes, by managed method, for the composite ReadyToRun build (decision 0026), whose code has
# no symbols for perf: the app is published with crossgen2's map of the image (--map --mapcsv), one start to the first
# 200 on the home page is recorded with perf, and each sample's addresses in the image are named from the map. Prints
# the start's timeline in 50 ms steps and the call tree top-down (decision 0032 was found this way).
# Usage: benchmarks/load/startup-profile.sh [share-threshold-% [root-frame-substring]]
#   LOAD_WORK (default /tmp/cc-load-profile) holds the build; LOAD_SKIP_BUILD=1 keeps one made before. Needs perf.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${LOAD_WORK:-/tmp/cc-load-profile}"
THRESHOLD="${1:-1.0}" FRAME="${2:-}"
R2R_OBJ="$ROOT/src/CareCommissioning.Web/obj/Release/net10.0/$(dotnet --info | awk '/RID:/ {print $2; exit}')/R2R"
if [ "${LOAD_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$WORK/methods.csv" ]; then
  # The map is written only when crossgen2 runs, which an unchanged image would skip.
  rm -rf "$R2R_OBJ"
  dotnet publish "$ROOT/src/CareCommissioning.Web" -c Release -o "$WORK/app" --nologo -v q \
    "-p:PublishReadyToRunCrossgen2ExtraArgs=--map%3B--mapcsv" >/dev/null
  grep ',MethodWithGCInfo$' "$R2R_OBJ/CareCommissioning.Web.r2r.map.csv" | awk -F, '{print $1","$2","$5}' \
    >"$WORK/methods.csv"
  rm -rf "$R2R_OBJ" # the next ordinary publish compiles the image again, without the map
fi
rm -f "$WORK/startup.db" "$WORK/startup.db-wal" "$WORK/startup.db-shm"
# A first start makes and seeds the small database, so the recorded start finds one, as startup.sh's do.
(cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Demo Database__SqlitePath="$WORK/startup.db" \
  exec ./CareCommissioning.Web --urls http://127.0.0.1:5196 >/dev/null 2>&1) &
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5196/ || true)" = "200" ]; do sleep 0.1; done
kill $!; wait $! 2>/dev/null || true
cd "$WORK/app"
perf record -q -F 4999 -g -o "$WORK/startup.perf" -- env ASPNETCORE_ENVIRONMENT=Demo \
  Database__SqlitePath="$WORK/startup.db" ./CareCommissioning.Web --urls http://127.0.0.1:5196 >/dev/null 2>&1 &
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5196/ || true)" = "200" ]; do sleep 0.01; done
# The app alone, with TERM: a job started in the background of a script ignores SIGINT. Perf stops when its child has.
pkill -TERM -f "^./CareCommissioning.Web --urls http://127.0.0.1:5196" || true
wait || true
perf script -i "$WORK/startup.perf" -F comm,tid,time,ip,dso 2>/dev/null >"$WORK/startup.stacks"
python3 "$ROOT/benchmarks/load/startup_profile.py" "$WORK/methods.csv" "$WORK/app/CareCommissioning.Web.r2r.dll" \
  "$WORK/startup.stacks" "$THRESHOLD" "$FRAME"
