# Sourced by scripts/test.sh and scripts/run.sh: checks Node, provides pinned pnpm, installs dependencies.
# Idempotent: a second run is a lockfile check.

fail() { echo "qorgau: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || fail "Node.js 20 (>= 20.19) not found; install it from https://nodejs.org or your package manager"
node -e 'const [M,m]=process.versions.node.split(".").map(Number); process.exit(M>20||(M===20&&m>=19)?0:1)' \
  || fail "Node.js $(node --version) found, Node.js >= 20.19 is needed (embedded-postgres is an ES module)"

export QORGAU_CACHE_DIR="${QORGAU_CACHE_DIR:-$PWD/.cache}"
mkdir -p "$QORGAU_CACHE_DIR/bin"

# pnpm, at the version pinned by package.json#packageManager, through corepack (ships with Node) into the
# cache, so nothing global changes. Some registry mirrors serve no npm signatures, which corepack's check
# needs; the lockfile's integrity hashes still verify every package.
export COREPACK_INTEGRITY_KEYS="${COREPACK_INTEGRITY_KEYS:-0}"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export PATH="$QORGAU_CACHE_DIR/bin:$PATH"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$(node -p 'require("./package.json").packageManager.split("@")[1]')" ]; then
  command -v corepack >/dev/null 2>&1 || fail "corepack not found; it ships with Node.js 20, reinstall Node.js"
  corepack enable --install-directory "$QORGAU_CACHE_DIR/bin" pnpm
fi

pnpm install --frozen-lockfile --prefer-offline --config.confirmModulesPurge=false
