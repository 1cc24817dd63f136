#!/usr/bin/env bash
# Provisions what the chart check needs, once, into the cache (idempotent: a second run only checks):
#   $QORGAU_CACHE_DIR/bin/helm, $QORGAU_CACHE_DIR/bin/kubeconform   built from the Go module proxy
#   $QORGAU_CACHE_DIR/bin/promtool                                   likewise (checks and unit-tests the alert rules)
#   $QORGAU_CACHE_DIR/k8s-schemas/v<K8S_VERSION>/                     JSON schemas per kind, made by
#     infra/helm/tools/openapi-to-schemas.mjs from the swagger.json that the k8s.io/kubernetes module ships
# Usage: bash scripts/k8s-tools.sh   (sourced or run; exports HELM, KUBECONFORM, PROMTOOL, K8S_SCHEMA_DIR)
set -euo pipefail
HELM_VERSION="${HELM_VERSION:-v4.3.2}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.7.0}"
K8S_VERSION="${K8S_VERSION:-1.37.2}"
# Prometheus' Go module is versioned v0.<major*100+minor>.<patch>: v0.316.0 is Prometheus 3.16.0.
PROMTOOL_VERSION="${PROMTOOL_VERSION:-v0.316.0}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${QORGAU_CACHE_DIR:-$root/.cache}"
bin="$cache/bin"
mkdir -p "$bin"
command -v go >/dev/null 2>&1 || { echo "qorgau: Go 1.22+ not found; the chart check builds helm and kubeconform with it" >&2; exit 1; }

# A tool is rebuilt only when its version stamp differs, so bumping a version above is enough.
build() { # name module version
  local name=$1 module=$2 version=$3 stamp="$bin/.$1.version"
  if [ -x "$bin/$name" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then return; fi
  echo "qorgau: building $name $version from the Go module proxy (once; slow on a small machine)" >&2
  GOBIN="$bin" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install "$module@$version"
  echo "$version" >"$stamp"
}
build helm helm.sh/helm/v4/cmd/helm "$HELM_VERSION"
build kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"
build promtool github.com/prometheus/prometheus/cmd/promtool "$PROMTOOL_VERSION"

schemas="$cache/k8s-schemas/v$K8S_VERSION"
if [ ! -f "$schemas/.complete" ]; then
  echo "qorgau: making Kubernetes $K8S_VERSION JSON schemas from the k8s.io/kubernetes module's OpenAPI spec" >&2
  # The module zip carries api/openapi-spec/swagger.json (the API server's own spec); only that file is read.
  dir="$(cd "$root" && go mod download -json "k8s.io/kubernetes@v$K8S_VERSION" | node -pe 'JSON.parse(require("fs").readFileSync(0)).Dir')"
  rm -rf "$schemas"
  node "$root/infra/helm/tools/openapi-to-schemas.mjs" "$dir/api/openapi-spec/swagger.json" "$schemas"
  touch "$schemas/.complete"
fi

export HELM="$bin/helm" KUBECONFORM="$bin/kubeconform" PROMTOOL="$bin/promtool" K8S_SCHEMA_DIR="$schemas"
