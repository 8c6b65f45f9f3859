#!/usr/bin/env bash
# County scale (100,000 purchases, 3,000 suppliers): the specialists' all-purchases list with filters, and the purchases API,
# server time p50/p95 from the Server-Timing header, signed in as the demo procurement specialist.
# Target: p95 ≤ 100 ms. Usage: benchmarks/load/purchase-list.sh [requests per URL]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-200}
measure_signed_in 5193 procurement@demo.test "$N" \
  "/purchasing/all" \
  "/purchasing/all?status=Received&route=WrittenQuotes" \
  "/purchasing/all?category=33190000-8&band=From5000To25000" \
  "/purchasing/all?compliance=NotCompliant" \
  "/purchasing/all?search=care+home" \
  "/purchasing/all?search=PO-" \
  "/purchasing/all?search=hoist" \
  "/purchasing/all?search=services&status=Received" \
  "/purchasing/all?search=care+home&supplier=northby&sort=oldest" \
  "/purchasing/all?supplier=northby" \
  "/purchasing/all?status=Evaluated&compliance=Compliant&page=40" \
  "/api/v1/purchases" \
  "/api/v1/purchases?status=Ordered&band=Under5000&pageSize=100" \
  "/purchasing/dashboard"
