#!/usr/bin/env bash
# The chart, verified without a cluster: `helm lint` and `helm template` with every value set in ci/, and each
# rendered manifest validated by kubeconform against the schemas of Kubernetes' own OpenAPI document (strict:
# unknown fields fail) plus the Strimzi KafkaTopic schema kept in tools/schemas. Also: the topics the chart
# creates are the contracts' topics, and production refuses the local identity provider.
# Usage: bash infra/helm/check.sh   (provisions helm, kubeconform and the schemas once, scripts/k8s-tools.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/scripts/k8s-tools.sh"
chart="$here/qorgau"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

sets=("$chart"/ci/*.yaml)
[ "${#sets[@]}" -ge 3 ] || { echo "qorgau: at least three value sets expected in $chart/ci" >&2; exit 1; }
for values in "${sets[@]}"; do
  name="$(basename "$values" .yaml)"
  "$HELM" lint --strict --quiet "$chart" -f "$values" --kube-version 1.37.2 >"$out/$name.lint" 2>&1 \
    || { cat "$out/$name.lint" >&2; echo "qorgau: helm lint failed for $name" >&2; exit 1; }
  "$HELM" template qorgau "$chart" -n qorgau -f "$values" --kube-version 1.37.2 >"$out/$name.yaml"
  "$KUBECONFORM" -strict -summary -output text \
    -schema-location "$K8S_SCHEMA_DIR/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$here/tools/schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    "$out/$name.yaml" | sed "s|^|$name: |"
done

# The topics listed in the chart are exactly the contracts' (packages/contracts TOPICS).
node -e '
  const { TOPICS } = require(process.argv[1]);
  const chart = require("fs").readFileSync(process.argv[2], "utf8");
  const listed = [...chart.match(/\$names := list ([^}]*)/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort();
  const wanted = Object.values(TOPICS).sort();
  if (JSON.stringify(listed) !== JSON.stringify(wanted)) {
    console.error(`qorgau: kafka-topics.yaml lists ${listed}, the contracts have ${wanted}`);
    process.exit(1);
  }' "$root/packages/contracts" "$chart/templates/kafka-topics.yaml"

# Refusals: production with the dev identity provider, and a missing OIDC issuer, each fail by name.
expect_failure() { # what, pattern, helm args...
  local what=$1 pattern=$2; shift 2
  if "$HELM" template qorgau "$chart" "$@" >"$out/refusal" 2>&1; then
    echo "qorgau: helm template accepted $what" >&2; exit 1
  fi
  grep -q "$pattern" "$out/refusal" || { cat "$out/refusal" >&2; echo "qorgau: $what failed without naming $pattern" >&2; exit 1; }
}
expect_failure "the identity provider in production" "identity.enabled" -f "$chart/ci/values-minimal.yaml" --set identity.enabled=true
expect_failure "a release without an OIDC issuer" "oidc.issuer" -f "$chart/ci/values-minimal.yaml" --set oidc.issuer=
# The alert rules: valid PromQL and rule syntax, and their unit tests (each alert fires on its signal after its
# `for:` delay, and not on a healthy series).
rules="$root/infra/monitoring/prometheus"
"$PROMTOOL" check rules "$rules/qorgau-alerts.yml"
"$PROMTOOL" test rules "$rules/qorgau-alerts.test.yml"
echo "chart: ${#sets[@]} value sets linted, rendered and schema-valid; refusals checked; alert rules checked and tested"
