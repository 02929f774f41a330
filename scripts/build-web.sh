#!/usr/bin/env bash
# Builds the web app into dist/ (release, offline: Trunk downloads nothing) and prints the
# size of what a browser downloads, raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

trunk build --release "$@"

kb() { echo $(( ($1 + 1023) / 1024 )); }
sizes() { # pattern -> "raw gz" in bytes
  local raw=0 gz=0 f
  while IFS= read -r -d '' f; do
    raw=$((raw + $(wc -c <"$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done < <(find dist -type f -name "$1" -print0)
  echo "$raw $gz"
}
read -r wasm_raw wasm_gz < <(sizes '*.wasm')
read -r js_raw js_gz < <(sizes '*.js')
read -r css_raw css_gz < <(sizes '*.css')
echo "download: wasm $(kb "$wasm_raw") KB (gz $(kb "$wasm_gz") KB), js $(kb "$js_raw") KB (gz $(kb "$js_gz") KB), css $(kb "$css_raw") KB (gz $(kb "$css_gz") KB)"
for f in dist/*.wasm; do
  echo "  $(basename "$f"): $(kb "$(wc -c <"$f")") KB (gz $(kb "$(gzip -9 -c "$f" | wc -c)") KB)"
done
