#!/usr/bin/env bash
# After an engine change: rewrites tests/snapshots/ and tests/fixtures/known-differences.tsv
# from the engine's current output. Review both with `git diff` before committing: a new
# line in known-differences.tsv is a regression unless you can say why it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
list=tests/fixtures/known-differences.tsv
head -n 3 "$list" > "$list.new"
mv "$list.new" "$list"
out=$(cargo test --release --test integration fixtures_match 2>&1 || true)
printf '%s\n' "$out" | sed -n 's/^  \([^ ][^:]*\): \(.*\)$/\1\t\2/p' | grep -v $'\t.*now matches' >> "$list" || true
ACCORD_UPDATE_SNAPSHOTS=1 cargo test --release --test integration fixture_snapshots >/dev/null
cargo test --release --test integration >/dev/null
git --no-pager diff --stat -- tests/snapshots "$list"
