#!/usr/bin/env bash
# Runs Qorgau locally on embedded defaults: builds, then scripts/run-system.ts starts the real infrastructure
# (PostgreSQL, Kafka, Temporal dev server with its Web UI; data kept in .cache/local between runs), applies the
# migrations, seeds the demo directory, starts the local OpenID provider (apps/identity), cases-service,
# workflow-worker, notifications-service, wellbeing-service and the web app (when built), and prints their URLs
# (the web app's and the identity provider's first) and the dev tokens file. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
pnpm exec turbo run build --output-logs=errors-only
node packages/devstack/dist/cli.js provision
exec node --import tsx scripts/run-system.ts
