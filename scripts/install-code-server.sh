#!/usr/bin/env bash
# Installs a real VS Code (code-server) for the end-to-end tests into
# test/e2e/.code-server/ (git-ignored), plus the Debian packages the tests need
# (chromium for the browser, ripgrep + libkrb5-dev for code-server's install).
#
# Idempotent: does nothing when the right version is already installed and
# verified. Works offline except for the npm registry and Debian's packages.
#
# Usage: bash scripts/install-code-server.sh [--force]
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
# @vscode/ripgrep version used by code-server 4.100.3 (lib/vscode) and the
# ripgrep release it downloads; we pre-seed its cache with Debian's rg.
VSCODE_RIPGREP_VERSION="1.15.11"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$REPO_ROOT/test/e2e/.code-server"
MARKER="$DEST/.installed-$CODE_SERVER_VERSION"

log() { printf '[install-code-server] %s\n' "$*" >&2; }

FORCE=0
if [[ "${1:-}" == "--force" ]]; then FORCE=1; fi

# ---------------------------------------------------------------- apt packages
apt_packages=(chromium ripgrep libkrb5-dev)
missing=()
for p in "${apt_packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1 || ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} > 0)); then
  SUDO=""
  if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
  log "installing Debian packages: ${missing[*]}"
  # Do not race another apt-get (e.g. a provisioning step still running).
  while pgrep -x apt-get >/dev/null || pgrep -x dpkg >/dev/null; do sleep 5; done
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# ---------------------------------------------------------------- already done?
installed_version() {
  node -p "require('$DEST/node_modules/code-server/package.json').version" 2>/dev/null || true
}

verify() {
  local cs="$DEST/node_modules/code-server"
  [[ -x "$DEST/node_modules/.bin/code-server" ]] || { log "missing bin/code-server"; return 1; }
  [[ "$(installed_version)" == "$CODE_SERVER_VERSION" ]] || { log "wrong version: $(installed_version)"; return 1; }
  # Postinstall products: VS Code's own node_modules, the native node-pty
  # build, the ripgrep binary and the argon2 binding code-server requires.
  [[ -d "$cs/lib/vscode/node_modules" ]] || { log "postinstall did not run (no lib/vscode/node_modules)"; return 1; }
  [[ -e "$cs/lib/vscode/node_modules.asar" ]] || { log "postinstall did not finish (no node_modules.asar link)"; return 1; }
  [[ -f "$cs/lib/vscode/node_modules/node-pty/build/Release/pty.node" ]] || { log "node-pty was not built"; return 1; }
  [[ -x "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]] || { log "ripgrep binary missing"; return 1; }
  (cd "$cs" && node -e "require('argon2')") >/dev/null 2>&1 || { log "argon2 native binding does not load"; return 1; }
  "$DEST/node_modules/.bin/code-server" --version >/dev/null 2>&1 || { log "code-server --version fails"; return 1; }
  return 0
}

if [[ "$FORCE" == 0 && -f "$MARKER" ]] && verify; then
  log "code-server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

# ---------------------------------------------------------------- install
start=$(date +%s)
log "installing code-server $CODE_SERVER_VERSION into $DEST (about a minute)"
rm -rf "$DEST"
mkdir -p "$DEST"

cat >"$DEST/package.json" <<EOF
{
  "name": "slipway-e2e-code-server",
  "private": true,
  "description": "Real VS Code (code-server) for Slipway's end-to-end tests. Installed by scripts/install-code-server.sh.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION"
  },
  "allowScripts": {
    "code-server": true,
    "argon2": true
  }
}
EOF

WORK_TMP="$(mktemp -d "${TMPDIR:-/tmp}/slipway-cs-install.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT

# Work-around 2: @vscode/ripgrep's postinstall downloads rg from GitHub, which
# is unreachable. It first looks in os.tmpdir()/vscode-ripgrep-cache-<ver>/, so
# seed that cache with Debian's rg (at the archive root).
RG_BIN="$(command -v rg || true)"
[[ -n "$RG_BIN" ]] || { log "ripgrep (rg) not found"; exit 1; }
mkdir -p "$WORK_TMP/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION" "$WORK_TMP/rg"
cp "$RG_BIN" "$WORK_TMP/rg/rg"
tar -czf "$WORK_TMP/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION/$RIPGREP_ASSET" -C "$WORK_TMP/rg" rg

# Work-around 1: code-server's postinstall refuses to run as root unless
#   npm_config_unsafe_perm=true (npm 11 warns it is an unknown config; the
#   script only reads the environment variable).
# Work-around 3: node-pty's build runs `npx node-gyp`; answer its prompt.
# Install scripts: npm 11's allowScripts policy is set in the package.json
#   above (code-server's postinstall builds VS Code's own dependencies).
(
  cd "$DEST"
  export TMPDIR="$WORK_TMP"
  export npm_config_unsafe_perm=true
  export npm_config_yes=true
  export npm_config_ignore_scripts=false
  npm install --no-audit --no-fund --loglevel=warn
) >"$WORK_TMP/npm-install.log" 2>&1 || {
  log "npm install failed; last lines of its log:"
  tail -50 "$WORK_TMP/npm-install.log" >&2
  exit 1
}

if ! verify; then
  log "code-server installed but verification failed; last lines of the npm log:"
  tail -50 "$WORK_TMP/npm-install.log" >&2
  exit 1
fi
touch "$MARKER"
log "code-server $CODE_SERVER_VERSION installed in $(( $(date +%s) - start ))s"
