#!/usr/bin/env bash
# CPV search: the page /reference/cpv and the autocomplete's GET /api/v1/cpv, server time p50/p95 from the Server-Timing header,
# signed in as the demo purchaser, on the county-scale database. Queries: words, code prefixes, a short word that matches
# thousands of codes, and a later page. Target: p95 ≤ 20 ms. Usage: benchmarks/load/cpv-search.sh [requests per URL]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-200}
measure_signed_in 5194 purchaser@demo.test "$N" \
  "/api/v1/cpv?q=home+care" \
  "/api/v1/cpv?q=wheel" \
  "/api/v1/cpv?q=8531" \
  "/api/v1/cpv?q=s" \
  "/api/v1/cpv?q=medical+equipment&page=2" \
  "/reference/cpv" \
  "/reference/cpv?q=home+care" \
  "/reference/cpv?q=33" \
  "/reference/cpv?q=s&page=20"
