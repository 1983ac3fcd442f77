#!/usr/bin/env bash
# npm start: builds what changed (turbo's cache makes this a no-op on a built checkout, and a full build
# on a fresh clone), migrates and seeds the embedded database when no DATABASE_URL is set (a server is
# migrated as its own step: npm run db:migrate), then starts the API, the portal and the admin.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx turbo run build --output-logs=errors-only
if [ -z "${DATABASE_URL:-}" ]; then node packages/db/dist/cli.js setup; fi
if [ "${NODE_ENV:-development}" != production ]; then
  # Development defaults. The Next servers always run in production mode, so they are given the settings
  # production asks of them; the API refuses this public secret when NODE_ENV=production.
  export KB_API_URL="${KB_API_URL:-http://127.0.0.1:4000/graphql}"
  export KB_PORTAL_URL="${KB_PORTAL_URL:-http://localhost:3000}"
  export KB_PORTAL_REVALIDATE_URL="${KB_PORTAL_REVALIDATE_URL:-http://127.0.0.1:3000/api/revalidate}"
  export KB_REVALIDATE_SECRET="${KB_REVALIDATE_SECRET:-local-development-only-secret-never-in-production}"
fi
exec npx turbo run start --only
