#!/usr/bin/env bash
# The one test command (README, .ci/run): set-up, then every check in order, stopping at the
# first failure with a line that names it.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

current=""
fail() { printf '\nFAILED: %s\n' "$current" >&2; exit 1; }
stage() { current="$*"; printf '\n==== %s\n' "$*"; }

stage "set-up (scripts/setup.sh)"
scripts/setup.sh || fail

stage "cargo fmt --check"
cargo fmt --all --check || fail

stage "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings || fail

stage "cargo test --workspace"
cargo test --workspace || fail

stage "trunk build --release (offline)"
scripts/build-web.sh || fail

stage "browser tests (headless Chromium)"
npm test --silent || fail

shared="../shared"
if [ -d "$shared/corpus" ] && [ -f "$shared/eval/score.py" ]; then
  stage "accuracy on the shared corpus (release accord binary)"
  cargo build --release -p accord-cli --quiet || fail
  for corpus in dev seeds; do
    printf '\n[%s]\n' "$corpus"
    python3 "$shared/eval/score.py" --corpus "$shared/corpus/$corpus" \
      --cmd "target/release/accord analyze --jsonl -" || fail
  done
else
  printf '\n(no ../shared/corpus beside this clone: accuracy tables skipped)\n'
fi

printf '\nall checks passed\n'
