#!/usr/bin/env bash
# The end-to-end tests' server: the built app on a fresh database with the demo seed.
# E2E_NAME separates the databases of the two servers (local mailbox, and Resend through the stub).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="tests/.tmp/${E2E_NAME:-e2e}"
export DATABASE_PATH="$dir/fasthold.db"
export JOB_POLL_MS=200
export NODE_ENV=production
rm -rf "$dir"
mkdir -p "$dir"
npx tsx db/migrate.ts
npx tsx db/seed.ts
exec node server.js
