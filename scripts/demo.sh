#!/usr/bin/env bash
# The demo: builds, then scripts/demo.ts starts a throw-away Qorgau of its own on free ports (Postgres, Kafka, the
# Temporal dev server with its Web UI, the four apps, the seed) on compressed case time, plays the seed's case
# through the public HTTP APIs, prints the timeline and the Temporal Web UI links, and stops everything (exit 0 when
# every step went as expected). Options are passed on: --day-seconds S | --scale N, --keep (stay up until Ctrl-C).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
pnpm exec turbo run build --output-logs=errors-only
node packages/devstack/dist/cli.js provision
exec node --import tsx scripts/demo.ts "$@"
