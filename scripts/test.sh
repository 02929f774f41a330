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
  stage "accuracy on the shared corpus and the blind holdout (release accord binary)"
  cargo build --release -p accord-cli --quiet || fail
  cmd="target/release/accord analyze --jsonl -"
  # dev/ and seeds/ are the articles the engine was built against: they must stay >= 0.95.
  for corpus in dev seeds; do
    printf '\n[%s]\n' "$corpus"
    python3 "$shared/eval/score.py" --corpus "$shared/corpus/$corpus" --cmd "$cmd" \
      --min overall=0.95 || fail
  done
  # check/ and the blind sets tests/holdout*/ were not tuned to: reported, the figures that
  # predict unseen text. holdout6 and holdout7 were read after they had been scored (their
  # READMEs say when): reported as well, no longer blind.
  printf '\n[check]\n'
  python3 "$shared/eval/score.py" --corpus "$shared/corpus/check" --cmd "$cmd" || fail
  for blind in tests/holdout tests/holdout2 tests/holdout3 tests/holdout4 tests/holdout5 tests/holdout6 tests/holdout7 tests/holdout8 tests/holdout9 tests/holdout10 tests/holdout11; do
    printf '\n[%s]\n' "$blind"
    python3 "$shared/eval/score.py" --corpus "$blind" --cmd "$cmd" || fail
  done
  stage "grouping across outlets on dev/ + check/ (scripts/eval-grouping.py)"
  python3 scripts/eval-grouping.py --bin target/release/accord --corpus "$shared/corpus" || fail
else
  printf '\n(no ../shared/corpus beside this clone: accuracy tables skipped)\n'
fi

printf '\nall checks passed\n'
