#!/usr/bin/env bash
# Two builds' county seedings on SQLite, in turn (A, B, then B, A, …) so that both see the same machine: on the shared
# two-core machine one build's seeding moved by a third within minutes (docs/performance.md, 7 December 2026).
# Each run gets a new database, migrated first; the page cache's writes of the run before are flushed (sync) so they
# do not fall on the next. Prints the seeding's own figure and the purchases' for each run.
# Usage: benchmarks/load/seed-pair.sh WORK_A WORK_B [pairs, default 3]
#   WORK_A and WORK_B are LOAD_WORK folders with a Release build in app/ (startup.sh or api-load.sh makes one).
set -euo pipefail
A=$1 B=$2 PAIRS=${3:-3}
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
DB="${TMPDIR:-/tmp}/cc-seed-pair.db"
trap 'rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"' EXIT
seed() {
  local work=$1 out
  rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
  (cd "$work/app" && Database__SqlitePath="$DB" dotnet CareCommissioning.Web.dll migrate >/dev/null 2>&1)
  sync
  out=$(cd "$work/app" && Database__SqlitePath="$DB" dotnet CareCommissioning.Web.dll seed --scale county 2>&1)
  printf '%s: seeding %s s, purchases %s s\n' "$work" \
    "$(echo "$out" | sed -n 's/^Seeded scale .* in \([0-9.]*\) s\.$/\1/p')" \
    "$(echo "$out" | sed -n 's/.*Seeded suppliers and purchases in \([0-9.]*\) s.*/\1/p')"
}
for i in $(seq 1 "$PAIRS"); do
  if [ $((i % 2)) = 1 ]; then seed "$A"; seed "$B"; else seed "$B"; seed "$A"; fi
done
