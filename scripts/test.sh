#!/usr/bin/env bash
# The test command: installs what the tests need, starts a throwaway PostgreSQL on loopback, runs every suite and ends
# with "N passed, N failed, N skipped". Usage: scripts/test.sh [--quick]   (--quick: no PostgreSQL run, no browser tests)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1

RESULTS="$(mktemp -d /tmp/cc-test-results.XXXXXX)"
PGDIR=""
PGBIN="/usr/lib/postgresql/15/bin"
cleanup() {
  if [ -n "$PGDIR" ] && [ -d "$PGDIR" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }

# 1. What the tests need, installed when missing (as root on Debian; otherwise it must be there already).
need=()
[ "$QUICK" = 1 ] || {
  # The browser tests drive Chromium's headless shell; without root, the full chromium will do (decision 0039).
  if ! command -v chromium-headless-shell >/dev/null; then
    { [ "$(id -u)" = 0 ] || ! command -v chromium >/dev/null; } && need+=(chromium-headless-shell)
  fi
  [ -x "$PGBIN/initdb" ] || need+=(postgresql)
}
command -v node >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing ${need[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "Missing: ${need[*]} (run as root to install them with apt-get)" >&2; exit 2
  fi
fi

# Release: the app's own code (its pages above all) is then optimised as the JIT sees it run; a Debug build keeps it
# at its first, unoptimised compilation for the whole run (decision 0039).
say "Building"
dotnet tool restore >/dev/null
dotnet build CareCommissioning.slnx -c Release --nologo -v q -clp:ErrorsOnly

# The team's conventions (decision 0017): the build holds the style rules of .editorconfig as errors; CSharpier holds the
# layout, and line-length.py the 120-character lines CSharpier leaves to us (comments).
say "Checking the layout"
dotnet csharpier check . >/dev/null || { dotnet csharpier check . 2>&1 | head -20; echo "Run 'dotnet csharpier format .' and commit." >&2; exit 1; }
python3 scripts/line-length.py

# Dynamic PGO off in the test processes only: they live minutes and run most code a few times, so recompiling hot
# methods with counters first costs them more than it repays. The product keeps it (decision 0037).
run_suite() { # name project [env...]
  local name=$1 project=$2; shift 2
  say "Running $name"
  if env DOTNET_TieredPGO=0 "$@" dotnet test "$project" -c Release --no-build --nologo ${FILTER:+--filter "$FILTER"} -v q --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" 2>&1 | grep -E '^(Passed!|Failed!|  Failed |Skipped!)|error' ; then :; fi
  [ -f "$RESULTS/$name.trx" ] || echo "$name: no results were written" >> "$RESULTS/missing.txt"
}

run_suite domain tests/CareCommissioning.Domain.Tests
run_suite web-sqlite tests/CareCommissioning.Web.Tests CC_TEST_DATABASE=sqlite

if [ "$QUICK" = 0 ]; then
  PGDIR="$(mktemp -d /tmp/cc-pg.XXXXXX)"
  chown postgres "$PGDIR"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  # Tests of SQLite files of their own have run on SQLite already; on PostgreSQL they would only repeat it.
  FILTER="Database!=OwnSqliteFiles" run_suite web-postgres tests/CareCommissioning.Web.Tests \
    "CC_TEST_POSTGRES=Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
  if [ -d tests/CareCommissioning.BrowserTests ]; then
    run_suite browser tests/CareCommissioning.BrowserTests
  fi
fi

python3 "$ROOT/scripts/standards-coverage.py" >/dev/null 2>&1 || echo "(standards coverage table not regenerated)"
python3 "$ROOT/scripts/trx-summary.py" "$RESULTS"
