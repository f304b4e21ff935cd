#!/usr/bin/env bash
# Installs what the real-VS Code tests need on a Debian machine that reaches only the npm
# registry and Debian's apt: VS Code 1.100.3 as the npm package code-server@4.100.3 (newer
# releases need Node 24), and Debian's chromium, ripgrep and libkrb5-dev.
#
# Idempotent: a complete install in .vscode-test/ is left alone; apt packages already
# present are not reinstalled. Run from anywhere; paths are relative to the repository.
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/.vscode-test/code-server-$VERSION"
ENTRY="$DEST/package/out/node/entry.js"
STAMP="$DEST/.installed"
APT_PACKAGES=(chromium ripgrep libkrb5-dev)

say() { printf '[setup-code-server] %s\n' "$*"; }
die() {
  printf '[setup-code-server] error: %s\n' "$*" >&2
  exit 1
}

# --- Debian packages -------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null
    apt-get install -y -q "${missing[@]}" </dev/null
  else
    die "missing Debian packages: ${missing[*]} (run as root: apt-get install ${missing[*]})"
  fi
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi
command -v rg >/dev/null || die "ripgrep's rg is not on PATH"
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing"

# --- code-server -----------------------------------------------------------------------
if [[ -f "$STAMP" && -f "$ENTRY" ]]; then
  say "code-server $VERSION already installed in ${DEST#"$ROOT"/}"
  exit 0
fi

say "installing code-server $VERSION into ${DEST#"$ROOT"/} (about a minute from a warm npm cache)"
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
npm pack --silent "code-server@$VERSION" >/dev/null
tar xzf "code-server-$VERSION.tgz"
rm -f "code-server-$VERSION.tgz"

# Its postinstall fails here (root without unsafe-perm; a ripgrep download from GitHub), so
# install with scripts off and rebuild the native modules by hand.
cd "$DEST/package"
say "installing code-server's dependencies"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
npm rebuild argon2 --loglevel=error

cd "$DEST/package/lib/vscode"
say "installing VS Code's dependencies"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
say "building native modules"
# node-pty's post-step fails harmlessly; its .node file is built by then.
npm_config_yes=true npm rebuild @vscode/spdlog native-watchdog kerberos node-pty --loglevel=error || true
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
say "installing the built-in extensions' dependencies"
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)

# A config file of its own, so that nothing is written to ~/.config; --version may first log
# that it wrote that default config, so the version is the last line.
version="$(node "$ENTRY" --config "$DEST/version-check.yaml" --version | tail -n1)" || die "code-server does not start: node $ENTRY --version failed"
case "$version" in
  *"$VERSION"*) ;;
  *) die "unexpected code-server version: $version" ;;
esac
touch "$STAMP"
say "ready: code-server $version"
