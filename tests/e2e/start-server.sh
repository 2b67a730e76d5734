#!/usr/bin/env bash
# The end-to-end tests' server: the built app on a fresh database with the demo seed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATABASE_PATH="tests/.tmp/e2e/fasthold.db"
export JOB_POLL_MS=200
export NODE_ENV=production
unset RESEND_API_KEY RESEND_BASE_URL
rm -rf tests/.tmp/e2e
mkdir -p tests/.tmp/e2e
npx tsx db/migrate.ts
npx tsx db/seed.ts
exec node server.js
