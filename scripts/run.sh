#!/usr/bin/env bash
# Runs Qorgau locally on embedded defaults. For now: the real infrastructure (PostgreSQL, Kafka, Temporal
# dev server with its Web UI), data kept in .cache/local between runs; Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
pnpm exec turbo run build --output-logs=errors-only
node packages/devstack/dist/cli.js provision
exec node packages/devstack/dist/cli.js up --persistent
