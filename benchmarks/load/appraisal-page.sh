#!/usr/bin/env bash
# An appraisal of 6 short-listed options over 10 years (with 4 criteria, scores and 12 uncertain inputs, 10,000 Monte Carlo
# iterations) on the county-scale database: server time of its pages (Server-Timing) and of its DOCX.
# Targets: appraisal pages p95 ≤ 50 ms; the DOCX ≤ 500 ms. Usage: benchmarks/load/appraisal-page.sh [requests per URL]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-200}
build
seed_county
TOKEN=$(issue_token commissioner@demo.test)
start_app 5195
API=http://127.0.0.1:5195/api/v1
created=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Load: six options","baseYear":2026,"horizonYears":9,"schedule":"standard"}' "$API/appraisals")
ID=$(echo "$created" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
CONTENT=$(echo "$created" | python3 -c '
import json, sys, uuid
a = json.load(sys.stdin); c = a["content"]
c["options"][0]["costs"] = [{"year": y, "amount": 1_000_000 + 50_000 * y} for y in range(10)]
for i in range(1, 6):
    c["options"].append({"id": str(uuid.uuid4()), "name": f"Option {i}", "kind": "ServiceRedesign", "assessment": "CarriedForward",
        "assessmentReason": "Load test", "optimismBias": 0.41,
        "costs": [{"year": y, "amount": 900_000 + 10_000 * i + 40_000 * y} for y in range(10)],
        "benefits": [{"year": y, "amount": 50_000 * i + 5_000 * y} for y in range(1, 10)]})
c["criteria"] = [{"id": str(uuid.uuid4()), "name": n, "weight": w} for n, w in [("Outcomes", 40), ("Choice", 25), ("Deliverability", 20), ("Market", 15)]]
c["scores"] = [{"optionId": o["id"], "criterionId": k["id"], "score": (17 * i + 31 * j) % 101, "reason": "Load"}
    for i, o in enumerate(c["options"]) for j, k in enumerate(c["criteria"])]
c["uncertainties"] = [{"optionId": o["id"], "stream": s, "distribution": "Triangular", "low": 0.9, "mode": 1, "high": 1.3}
    for o in c["options"] for s in ["Costs", "Benefits"] if not (s == "Benefits" and o["kind"] == "DoNothing")][:12]
print(json.dumps({"version": a["version"], "content": c}))')
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$CONTENT" "$API/appraisals/$ID/content")
[ "$status" = 200 ] || { echo "could not fill the appraisal: $status" >&2; exit 1; }
JAR="$WORK/cookies.txt"; rm -f "$JAR"
sign_in 5195 "$JAR"
for path in "/appraisals/$ID" "/appraisals/$ID/economic-case" "/appraisals/$ID/criteria" "/appraisals/$ID/monte-carlo" "/appraisals/$ID/document" "/appraisals/$ID/document.docx"; do
  server_ms "http://127.0.0.1:5195$path" "$JAR" 10 >/dev/null   # warm up
  values=$(server_ms "http://127.0.0.1:5195$path" "$JAR" "$N")
  p50=$(echo "$values" | percentile 50); p95=$(echo "$values" | percentile 95)
  printf '%-60s p50 %6s ms  p95 %6s ms  (n=%s)\n' "${path/$ID/{id\}}" "$p50" "$p95" "$N"
done
