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
TOKEN=$(cd "$WORK/bench" && Database__SqlitePath="$DB" dotnet "$BENCH_DLL" issue-token --email finance@demo.test | tail -1)
start_app 5196
API=http://127.0.0.1:5196/api/v1
call() { curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# A partnership with no end date, so 250 months fit; its partners are the demo pool's.
DEMO=$(call "$API/partnerships?search=Northshire" | json 'd["items"][0]["id"]')
ICB=$(call "$API/partnerships/$DEMO" | json '[p["organisationId"] for p in d["partners"] if not p["isHost"]][0]')
POOL=$(call -d "{\"name\":\"Load: spend import\",\"arrangement\":\"PooledFund\",\"legalBasis\":\"Section75\",\"startDate\":\"2000-04-01\",\"partners\":[\"$ICB\"]}" "$API/partnerships" | json 'd["id"]')
LEAD=$(call "$API/partnerships/$POOL" | json '[p["id"] for p in d["partners"] if p["isHost"]][0]')
for i in $(seq -w 1 200); do
  call -o /dev/null -d "{\"name\":\"Scheme $i\",\"type\":\"Other\",\"leadPartnerId\":\"$LEAD\"}" "$API/partnerships/$POOL/schemes"
done
FILE="$WORK/spend-50k.csv"
write_file() {
python3 - "$1" "$MONTHS" "$2" <<'PY'
import sys
path, months, shift = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w") as f:
    f.write("Scheme,Month,Budget,Actual,Forecast\n")
    for s in range(1, 201):
        for m in range(months):
            y, mo = 2000 + (3 + m) // 12, (3 + m) % 12 + 1
            f.write(f"Scheme {s:03d},{y}-{mo:02d},{10000 + s}.00,{9800 + (s * m) % 500 + shift}.50,\n")
PY
}
write_file "$FILE" 0
write_file "$WORK/spend-50k-changed.csv" 7
echo "file: $(($(wc -l <"$FILE") - 1)) rows, $(du -k "$FILE" | cut -f1) KB"
# The app's CPU time (user + system, from /proc) for each import, which a machine shared with other work slows far less
# than the wall clock.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/${PIDS[0]}/stat"; }
for run in added unchanged replaced; do
  before=$(cpu_ms)
  f=$FILE; [ "$run" = replaced ] && f="$WORK/spend-50k-changed.csv"
  out=$(curl -s -o "$WORK/import-$run.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -F "file=@$f;type=text/csv" "$API/partnerships/$POOL/spend/import")
  echo "import ($run): HTTP ${out% *}, ${out#* } s wall clock, $(($(cpu_ms) - before)) ms of app CPU, $(cat "$WORK/import-$run.json")"
done
