#!/usr/bin/env bash
# Every test, from a fresh clone: install, build, lint, format and type checks, unit tests (with coverage),
# then integration and end-to-end tests against one real stack (PostgreSQL, Kafka, Temporal) from devstack.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
source scripts/bootstrap.sh
source scripts/browser.sh # Debian's Chromium for tests/web

step() { echo; echo "==> $* ($((SECONDS - started)) s)"; }

# Every jest run appends its totals here; the last line of this script sums them.
export QORGAU_TEST_SUMMARY="$QORGAU_CACHE_DIR/test-summary-$$.txt"
: >"$QORGAU_TEST_SUMMARY"
trap 'rm -f "$QORGAU_TEST_SUMMARY"' EXIT

step "build"
pnpm exec turbo run build --output-logs=errors-only
step "lint, format, typecheck"
pnpm lint
pnpm format:check
pnpm exec turbo run typecheck --output-logs=errors-only
pnpm exec tsc -p scripts/tsconfig.json # the launcher scripts (run, demo) run through tsx
step "OpenAPI documents are current (regenerate: pnpm --filter <app> openapi)"
pnpm exec turbo run openapi --output-logs=errors-only
git diff --exit-code -- 'apps/*/openapi.json' || {
  echo "A checked-in openapi.json is stale: commit the regenerated document" >&2
  exit 1
}
pnpm --filter @qorgau/web generate:check # the web app's client matches the documents (regenerate: pnpm --filter @qorgau/web generate)
step "Helm chart: lint, template (ci/ value sets), Kubernetes schema validation (infra/helm/check.sh)"
bash infra/helm/check.sh
step "CycloneDX SBOM per image app (into $QORGAU_CACHE_DIR/sbom, validated)"
pnpm --filter @qorgau/deploy-tests sbom "$QORGAU_CACHE_DIR/sbom"
step "unit tests"
pnpm exec turbo run test:unit --concurrency=1 --continue --output-logs=full
step "provision real infrastructure (cached in $QORGAU_CACHE_DIR)"
node packages/devstack/dist/cli.js provision
step "integration and end-to-end tests: two lanes, each on its own stack"
# The browser tests mostly wait (compressed case time, Kafka, the browser), so they run beside the other suites
# rather than after them. Each lane has its own Postgres, Kafka and Temporal: two systems sharing a broker would
# share consumer groups and take each other's events.
# The fault drill (tests/drills, CI size) follows the browser tests in this lane: it starts crash-safe
# infrastructure of its own (it SIGKILLs Postgres, Kafka and Temporal too), so it shares nothing with either lane.
# Its full size is a script: `pnpm --filter @qorgau/drills drill` (BENCHMARKS.md "Fault drills").
(
  set -o pipefail
  lane=0
  node packages/devstack/dist/cli.js exec -- pnpm --filter @qorgau/web-tests test:int 2>&1 | sed -u 's/^/[browser lane] /' || lane=1
  pnpm --filter @qorgau/drills test:int 2>&1 | sed -u 's/^/[drill] /' || lane=1
  exit "$lane"
) &
browser_lane=$!
status=0
# Every response this lane's suites get is recorded (service-kit's configureApp), then checked against the
# OpenAPI documents once all of them ran: a status the suites saw but a document lacks fails the run.
responses="$QORGAU_CACHE_DIR/responses-$$.jsonl"
: >"$responses"
# One stack for both: the check's jest project, like every integration project, expects the stack's env.
QORGAU_RESPONSE_LOG="$responses" node packages/devstack/dist/cli.js exec -- bash -c '
  lane=0
  pnpm exec turbo run test:int --filter="!@qorgau/web-tests" --filter="!@qorgau/drills" --concurrency=1 --continue --output-logs=full || lane=$?
  echo; echo "==> every response the integration suites saw is documented (tests/api-contract)"
  pnpm --filter @qorgau/api-contract-tests check:responses || lane=1
  exit "$lane"' || status=$?
rm -f "$responses"
# tests/api-fuzz: schemathesis (pinned, own venv in the cache) on a whole system, bounded; fails on any 5xx or
# any response outside its documented schema.
step "schemathesis against the three services' OpenAPI documents"
node packages/devstack/dist/cli.js exec -- pnpm --filter @qorgau/api-fuzz fuzz --max-examples 3 --roles investigator,officer || status=$?
step "waiting for the browser lane (browser tests, then the fault drill)"
wait "$browser_lane" || { echo "the browser tests or the fault drill failed" >&2; status=1; }
[ "$status" -eq 0 ] || { echo "integration tests failed (see above)" >&2; exit "$status"; }
step "all tests passed"
# todo: a known gap written down as a test name (tests/e2e/README.md lists them), never a hidden failure.
# The last lines repeat the totals in jest's own summary form, for readers that look for it at the end of a log.
awk '{ p += $1; f += $2; s += $3; t += $4; sp += $5; sf += $6; st += $7 } END {
  printf "%d passed, %d failed, %d skipped, %d todo\n", p, f, s, t
  printf "Test Suites: %d passed, %d total\n", sp, st
  printf "Tests:       %d passed, %d total\n", p, p + f + s + t
}' "$QORGAU_TEST_SUMMARY"
