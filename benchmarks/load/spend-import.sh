#!/usr/bin/env bash
# Importing a pool's spend file of 50,000 rows (200 schemes × 250 months) through POST /api/v1/partnerships/{id}/spend/import,
# timed end to end by curl on loopback: into empty months (every row added), the same file again (every row unchanged,
# so only checked), and a file with every actual changed (every row replaced). Target: ≤ 5 s including row-level validation. Usage: benchmarks/load/spend-import.sh [rows per scheme]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MONTHS=${1:-250}
build
DB="$WORK/spend.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
(cd "$WORK/app" && Database__SqlitePath="$DB" dotnet "$APP_DLL" seed --scale small >/dev/null)
TOKEN=$(issue_token finance@demo.test)
start_app 5196
API=http://127.0.0.1:5196/api/v1
# A partnership with no end date, so 250 months fit; its partners are the demo pool's.
POOL=$(spend_pool 5196 "$TOKEN" "Load: spend import")
FILE="$WORK/spend-50k.csv"
spend_file "$FILE" "$MONTHS" 0
spend_file "$WORK/spend-50k-changed.csv" "$MONTHS" 7
echo "file: $(($(wc -l <"$FILE") - 1)) rows, $(du -k "$FILE" | cut -f1) KB"
# The app's CPU time (user + system, from /proc) for each import, which a machine shared with other work slows far less
# than the wall clock, and its resident memory after.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/${PIDS[0]}/stat"; }
# Its resident memory after each import shows what a write holds on to (a larger SQLite page cache was tried and
# not kept for that: docs/performance.md, 8 December 2026).
rss_mb() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/${PIDS[0]}/status"; }
for run in added unchanged replaced; do
  before=$(cpu_ms)
  f=$FILE; [ "$run" = replaced ] && f="$WORK/spend-50k-changed.csv"
  out=$(curl -s -o "$WORK/import-$run.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -F "file=@$f;type=text/csv" "$API/partnerships/$POOL/spend/import")
  echo "import ($run): HTTP ${out% *}, ${out#* } s wall clock, $(($(cpu_ms) - before)) ms of app CPU, $(rss_mb) MB resident after, $(cat "$WORK/import-$run.json")"
done
