#!/usr/bin/env bash
# Runs every test of the tree and sets up what the tests need first:
#   - the dependencies (pnpm install), when a fresh clone has none yet;
#   - Chromium from Debian for the browser tests (when it is missing and we may install it);
#   - a fresh Postgres database of its own (when Postgres answers on 127.0.0.1:5432), dropped
#     at the end; the suites that need a database also run on the embedded PGlite.
# Ends with one line "N passed, N failed" summed over every package.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ]; then
  log "Installing the dependencies (pnpm install)"
  pnpm install --frozen-lockfile
fi

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "Installing Chromium from Debian for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "Chromium could not be installed; browser tests will fail." >&2
  else
    echo "Chromium is missing at /usr/bin/chromium; install it (apt-get install chromium)." >&2
  fi
fi

PG_HOST=${PGHOST_FOR_TESTS:-127.0.0.1}
created_db=""
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if command -v psql >/dev/null && psql -h "$PG_HOST" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    created_db="wijknet_test_$(date +%s)_$$"
    psql -h "$PG_HOST" -U postgres -d postgres -qc "create database $created_db" >/dev/null
    export TEST_DATABASE_URL="postgres://postgres@$PG_HOST:5432/$created_db"
    log "Fresh Postgres database $created_db"
  else
    echo "Postgres does not answer on $PG_HOST:5432: the database suites run on PGlite only." >&2
  fi
fi

report_dir=$(mktemp -d)
cleanup() {
  if [ -n "$created_db" ]; then
    psql -h "$PG_HOST" -U postgres -d postgres -qc "drop database if exists $created_db with (force)" >/dev/null 2>&1 || true
  fi
  rm -rf "$report_dir"
}
trap cleanup EXIT

log "Lint and format (Biome)"
pnpm exec biome ci .

log "Layers and import cycles (dependency-cruiser)"
pnpm run --silent lint:layers

log "No source file over 400 lines"
pnpm run --silent lint:lines

log "Build"
pnpm exec turbo run build --output-logs=errors-only

log "Typecheck"
pnpm exec turbo run typecheck --output-logs=errors-only

log "Tests"
status=0
WIJKNET_TEST_REPORT_DIR="$report_dir" pnpm exec turbo run test --concurrency=1 --continue || status=$?

node tooling/scripts/sum-test-reports.mjs "$report_dir" || status=$?
exit "$status"
