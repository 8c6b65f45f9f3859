#!/usr/bin/env bash
# What the API's by-id read costs inside the product (decision 0030): GET /api/v1/stakeholders/{id} with a token, as
# api-load.sh runs it, in three builds of one experiment against the bare minimal API in the same minute: as shipped; with
# the row read by plain ADO.NET instead of EF (CC_EXP_RAW=1); and with no read at all after the first (CC_EXP_NO_READ=1),
# which leaves the whole pipeline (authentication, authorisation, middleware, JSON) and nothing of the database.
# The experiment's switches are in experiments/api-read-variants.patch, applied to this commit in a scratch worktree;
# the product never carries them.
# Usage: benchmarks/load/api-read-variants.sh [duration, default 12s]   (LOAD_WORK, LOAD_REUSE_DB as the other runs)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
DURATION=${1:-12s}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
if [ "${LOAD_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$APP_DLL" ]; then
  TREE="$WORK/experiment-tree"
  git -C "$ROOT" worktree remove --force "$TREE" 2>/dev/null || true
  git -C "$ROOT" worktree add -q --detach "$TREE" HEAD
  git -C "$TREE" apply "$ROOT/benchmarks/load/experiments/api-read-variants.patch"
  dotnet publish "$TREE/src/CareCommissioning.Web" -c Release -o "$WORK/app" --nologo -v q >/dev/null
  dotnet publish "$TREE/benchmarks/CareCommissioning.Benchmarks" -c Release -o "$WORK/bench" --nologo -v q >/dev/null
  git -C "$ROOT" worktree remove --force "$TREE"
fi
seed_county
TOKEN=$(issue_token commissioner@demo.test)
start_baseline 5194
rps() { wrk -t1 -c32 -d"$DURATION" "$@" | awk '/Requests\/sec/ {print $2}'; }
for variant in "" "CC_EXP_RAW=1" "CC_EXP_NO_READ=1"; do
  start_app 5193 $variant
  ID=${ID:-$(stakeholder_id 5193 "$TOKEN")}
  URL="http://127.0.0.1:5193/api/v1/stakeholders/$ID"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")" = 200 ] \
    || { echo "the API did not answer 200 (${variant:-shipped})" >&2; exit 1; }
  rps -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null # warm up (JIT)
  base=$(rps http://127.0.0.1:5194/ping)
  prod=$(rps -H "Authorization: Bearer $TOKEN" "$URL")
  echo "${variant:-shipped}: product ${prod} req/s, bare ${base} req/s, $(echo "scale=1; 100*$prod/$base" | bc)%"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done
