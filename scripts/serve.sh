#!/usr/bin/env bash
# Sets up, builds the release web app and serves dist/ on http://127.0.0.1:8080
# (a tiny static server: the same one the browser tests use; no autoreload, no proxy).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
source scripts/env.sh
exec node tests/browser/lib/server.mjs dist 127.0.0.1 "${PORT:-8080}"
