#!/usr/bin/env bash
# Brings a Debian machine with rustup to a state where accord builds, serves and tests.
# Idempotent: every step checks first and skips what is already there (seconds when all is).
# Installs: the wasm32 target, Trunk 0.21.14, wasm-bindgen-cli at the version in Cargo.lock,
# binaryen 132 (wasm-opt), terser (the post-build hook minifies the JavaScript with it) and the
# browser-test packages from package-lock.json, Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

step "rust toolchain and wasm32 target"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

step "trunk 0.21.14"
if ! trunk --version 2>/dev/null | grep -q '0\.21\.14'; then
  cargo install --locked trunk --version 0.21.14
fi

step "wasm-bindgen-cli (the version Cargo.lock pins)"
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb" ]; then echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$wb"
fi

step "chromium (browser tests)"
if ! [ -x /usr/bin/chromium ]; then
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium
fi

step "npm packages (binaryen for wasm-opt, terser, playwright-core, axe-core)"
if [ -f package-lock.json ]; then
  stamp=node_modules/.accord-lock-stamp
  if ! [ -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    npm ci --no-audit --no-fund
    cp package-lock.json "$stamp"
  fi
fi
echo "setup: done"
