#!/usr/bin/env bash
# Kills the app with SIGKILL in the middle of work, again and again, and checks after each kill that the database is
# consistent: SQLite's integrity check, `verify-audit` (the hash chain unbroken), and each scenario's own rule.
#   save    API saves one after another (a stakeholder and its audit entry in one transaction): every stakeholder
#           has its audit entry and every audit entry its stakeholder.
#   demand  a demand file imported through the page: the service line holds either the old figures or the new, never
#           a mix.
#   spend   a pool's 50,000-row spend file imported through the API: the pool holds none of its months or all.
#   outbox  the dispatcher sending 200 e-mails (and the demo's own) to the pickup folder, killed during its passes: at the end every message
#           is marked sent and is in the folder exactly once (the file is named by the message id, so a message sent
#           again after a kill replaces its own file); the number sent more than once is reported.
#   seed    `seed --scale county` on an empty database: the demo world alone or the whole county, never a part. Killed
#           2-40 s in; SEED_KILL_FROM and SEED_KILL_TO (seconds) move the window, to its commit or just after.
# Usage: benchmarks/faults/kill9.sh [runs per scenario, default 20] [scenario...]   (Release build in $LOAD_WORK)
source "$(dirname "${BASH_SOURCE[0]}")/../load/common.sh"
RUNS=${1:-20}
shift || true
SCENARIOS=${*:-save demand spend outbox seed}
build
F="$WORK/faults"
mkdir -p "$F"
PORT=5290
API="http://127.0.0.1:$PORT/api/v1"
FAILED=0

# app_up DB [NAME=VALUE...]: the app on DB, with any settings given.
app_up() {
  DB=$1
  shift
  start_app "$PORT" "$@"
}
kill9() { kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
between() { python3 -c "import random; print(round(random.uniform($1, $2), 2))"; }
q() { sqlite3 "$1" "$2"; }
fail() { echo "  FAILED: $*"; FAILED=$((FAILED + 1)); }
consistent() { # consistent DB: integrity check and audit chain
  local integrity
  integrity=$(q "$1" 'PRAGMA integrity_check;')
  [ "$integrity" = "ok" ] || fail "integrity check: $integrity"
  (cd "$WORK/app" && Database__SqlitePath="$1" dotnet "$APP_DLL" verify-audit >"$F/verify.log" 2>&1) ||
    fail "verify-audit: $(tail -2 "$F/verify.log")"
}
token_for() { DB=$1 issue_token "$2"; }
fresh_copy() { rm -f "$2" "$2-wal" "$2-shm"; sqlite3 "$1" ".backup '$2'"; }

BASE="$F/base.db"
if [ ! -f "$BASE" ]; then
  (cd "$WORK/app" && Database__SqlitePath="$BASE" dotnet "$APP_DLL" seed --scale small >/dev/null)
fi

scenario_save() {
  local db="$F/save.db" token delay i n first
  fresh_copy "$BASE" "$db"
  first=$(q "$db" "SELECT max(Sequence) FROM AuditEntries;")
  token=$(token_for "$db" commissioner@demo.test)
  for i in $(seq 1 "$RUNS"); do
    app_up "$db"
    (for n in $(seq 1 100000); do
      curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"type\":\"CommunityGroup\",\"name\":\"Fault save $i-$n\",\"consentToContact\":false}" "$API/stakeholders" || break
    done) &
    delay=$(between 0.5 3)
    sleep "$delay"
    kill9
    wait
    local rows orphans unaudited
    rows=$(q "$db" "SELECT count(*) FROM Stakeholders WHERE Name LIKE 'Fault save %';")
    unaudited=$(q "$db" "SELECT count(*) FROM Stakeholders s WHERE s.Name LIKE 'Fault save %' AND NOT EXISTS
      (SELECT 1 FROM AuditEntries a WHERE a.EntityType = 'Stakeholder' AND upper(a.EntityId) = s.Id);")
    orphans=$(q "$db" "SELECT count(*) FROM AuditEntries a WHERE a.Sequence > $first AND a.EntityType = 'Stakeholder' AND NOT EXISTS
      (SELECT 1 FROM Stakeholders s WHERE s.Id = upper(a.EntityId));")
    echo "save $i: killed after ${delay}s; $rows saved so far; without an audit entry $unaudited; audit entries without a record $orphans"
    [ "$unaudited" = 0 ] && [ "$orphans" = 0 ] || fail "save $i: records and audit entries disagree"
    consistent "$db"
  done
}

demand_file() { # demand_file PATH VOLUME: eleven years of demand, every year the same volume
  python3 - "$1" "$2" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("Year,Volume,Basis,Source\n")
    for y in range(2026, 2037):
        f.write(f"{y}/{str(y + 1)[2:]},{sys.argv[2]},Projected,Fault run\n")
PY
}

scenario_demand() {
  local db="$F/demand.db" jar="$F/demand.jar" line page form delay i volume volumes
  fresh_copy "$BASE" "$db"
  line=$(q "$db" "SELECT Id FROM ServiceLines LIMIT 1;" | tr 'A-Z' 'a-z')
  page="http://127.0.0.1:$PORT/needs/service-lines/$line/demand/import"
  for i in $(seq 1 "$RUNS"); do
    volume=$((1000 + i))
    demand_file "$F/demand-$i.csv" "$volume"
    app_up "$db"
    rm -f "$jar"
    sign_in "$PORT" "$jar" || fail "demand $i: sign-in"
    form=$(curl -s -b "$jar" -c "$jar" "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' |
      head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -b "$jar" -F "__RequestVerificationToken=$form" -F "Upload=@$F/demand-$i.csv;type=text/csv" \
      "$page" &
    delay=$(between 0.01 0.4)
    sleep "$delay"
    kill9
    wait
    volumes=$(q "$db" "SELECT group_concat(DISTINCT Volume) FROM DemandFigures WHERE ServiceLineId = upper('$line')
      AND Source = 'Fault run';")
    echo "demand $i: killed after ${delay}s; the imported years hold volume(s) ${volumes:-none from a fault run}"
    case "$volumes" in *,*) fail "demand $i: a mix of two files ($volumes)" ;; esac
    consistent "$db"
  done
}

scenario_spend() {
  local db="$F/spend.db" prepared="$F/spend-prepared.db" token pool months delay i
  if [ ! -f "$prepared" ]; then
    fresh_copy "$BASE" "$prepared"
    token=$(token_for "$prepared" finance@demo.test)
    app_up "$prepared"
    pool=$(spend_pool "$PORT" "$token" "Fault: spend import")
    kill9
    echo "$pool" >"$F/spend-pool"
    spend_file "$F/spend.csv" 250 0
  fi
  pool=$(cat "$F/spend-pool")
  for i in $(seq 1 "$RUNS"); do
    fresh_copy "$prepared" "$db"
    token=$(token_for "$db" finance@demo.test)
    app_up "$db"
    curl -s -o /dev/null -H "Authorization: Bearer $token" -F "file=@$F/spend.csv;type=text/csv" \
      "$API/partnerships/$pool/spend/import" &
    delay=$(between 0.5 8)
    sleep "$delay"
    kill9
    wait
    months=$(q "$db" "SELECT count(*) FROM SchemeSpend p JOIN PartnershipSchemes s ON s.Id = p.SchemeId
      WHERE s.PartnershipId = upper('$pool');")
    echo "spend $i: killed after ${delay}s; the pool holds $months of the file's 50,000 months"
    [ "$months" = 0 ] || [ "$months" = 50000 ] || fail "spend $i: half an import ($months months)"
    consistent "$db"
  done
  app_up "$db"
  curl -s -o /dev/null -H "Authorization: Bearer $token" -F "file=@$F/spend.csv;type=text/csv" \
    "$API/partnerships/$pool/spend/import"
  kill9
  months=$(q "$db" "SELECT count(*) FROM SchemeSpend p JOIN PartnershipSchemes s ON s.Id = p.SchemeId
    WHERE s.PartnershipId = upper('$pool');")
  echo "spend: an import left to finish holds $months months"
  [ "$months" = 50000 ] || fail "spend: a whole import holds $months months"
  consistent "$db"
}

scenario_outbox() {
  local db="$F/outbox.db" pickup="$F/pickup" delay i waiting files sent resent
  fresh_copy "$BASE" "$db"
  rm -rf "$pickup"
  mkdir -p "$pickup"
  # Messages already waiting in the demo data are sent first, so the count covers all of them.
  python3 - "$db" <<'PY'
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1])
# CreatedAt is a DateTimeOffset in EF's binary form: borrow a real one.
at = db.execute("SELECT At FROM AuditEntries ORDER BY Sequence DESC LIMIT 1").fetchone()[0]
rows = [(str(uuid.uuid4()).upper(), f"person{n}@example.test", f"Fault run message {n}", f"Message {n}.", at)
        for n in range(200)]
db.executemany('INSERT INTO Outbox (Id, "To", Subject, Body, CreatedAt, Attempts) VALUES (?, ?, ?, ?, ?, 0)', rows)
db.commit()
PY
  local total
  total=$(q "$db" "SELECT count(*) FROM Outbox;")
  local settings=(Outbox__PickupDirectory="$pickup" Outbox__IntervalSeconds=1 Outbox__BatchSize=5 Outbox__LeaseSeconds=1)
  for i in $(seq 1 "$RUNS"); do
    app_up "$db" "${settings[@]}"
    # The dispatcher's first pass comes one interval (1 s here) after start-up, so the kill lands during its passes.
    delay=$(between 1.1 2.6)
    sleep "$delay"
    kill9
    waiting=$(q "$db" "SELECT count(*) FROM Outbox WHERE SentAt IS NULL;")
    echo "outbox $i: killed after ${delay}s; $waiting of $total still to send, $(ls "$pickup" | wc -l) files"
    consistent "$db"
  done
  app_up "$db" "${settings[@]}"
  for _ in $(seq 1 120); do
    [ "$(q "$db" "SELECT count(*) FROM Outbox WHERE SentAt IS NULL;")" = 0 ] && break
    sleep 1
  done
  kill9
  sent=$(q "$db" "SELECT count(*) FROM Outbox WHERE SentAt IS NOT NULL;")
  files=$(ls "$pickup" | wc -l)
  resent=$(q "$db" "SELECT count(*) FROM Outbox WHERE Attempts > 1;")
  echo "outbox: $sent of $total marked sent, $files files in the pickup folder, $resent handed over more than once"
  [ "$sent" = "$total" ] && [ "$files" = "$total" ] || fail "outbox: lost or duplicated e-mail"
  local missing
  missing=$(q "$db" "SELECT lower(replace(Id, '-', '')) FROM Outbox;" | while read -r id; do
    [ -f "$pickup/$id.eml" ] || echo "$id"
  done | wc -l)
  [ "$missing" = 0 ] || fail "outbox: $missing messages have no file"
  consistent "$db"
}

scenario_seed() {
  local db="$F/seed.db" delay i pid entries
  for i in $(seq 1 "$RUNS"); do
    rm -f "$db" "$db-wal" "$db-shm"
    (cd "$WORK/app" && Database__SqlitePath="$db" dotnet "$APP_DLL" migrate >/dev/null)
    (cd "$WORK/app" && exec env Database__SqlitePath="$db" dotnet "$APP_DLL" seed --scale county) >"$F/seed.log" 2>&1 &
    pid=$!
    delay=$(between "${SEED_KILL_FROM:-2}" "${SEED_KILL_TO:-40}")
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    entries=$(q "$db" "SELECT count(*) FROM AuditEntries;")
    people=$(q "$db" "SELECT count(*) FROM Stakeholders;")
    bought=$(q "$db" "SELECT count(*) FROM PurchaseRequests;")
    echo "seed $i: killed after ${delay}s with $entries audit entries, $people stakeholders, $bought purchases"
    # The scale is written in one transaction: the demo world alone, or the whole county, never a part of it.
    { [ "$people" -lt 1000 ] && [ "$bought" -lt 1000 ]; } || { [ "$people" = 50000 ] && [ "$bought" = 100000 ]; } ||
      fail "seed: part of the county was left ($people stakeholders, $bought purchases)"
    consistent "$db"
  done
}

for s in $SCENARIOS; do
  echo "== $s: $RUNS kills"
  start=$(date +%s)
  "scenario_$s"
  echo "== $s done in $(($(date +%s) - start)) s"
done
echo "failures: $FAILED"
[ "$FAILED" = 0 ]
