#!/usr/bin/env bash
# (Re)creates the seed corpora of the two fuzz targets from the project's own files:
#   tests/fixtures/*.txt      the fixture articles of the engine tests
#   cli/tests/data/*          the CLI test inputs (text, HTML page, Markdown)
#   fuzz/seeds/html/*.html    small pages written for fuzzing (scripts, styles, nested
#                             divs, entities, broken markup)
# into fuzz/corpus/analyze/ and fuzz/corpus/html_to_text/ (both git-ignored).
#
# Seeds of `analyze` start with the 3-byte header that fuzz_targets/analyze.rs reads:
# byte 0 picks the format (b0 % 3: 0 Text, 1 Html, 2 Markdown) and, with bit 2 set, a
# reference date given by bytes 1..3 (little-endian days after 1990-01-01). Each file is
# seeded in its own format with and without a reference date (2024-05-08).
#
# Usage: fuzz/seed.sh [--clean]   (from anywhere; --clean empties the corpora first)
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz_dir")
analyze="$fuzz_dir/corpus/analyze"
html="$fuzz_dir/corpus/html_to_text"

if [[ "${1:-}" == "--clean" ]]; then
  rm -rf "$analyze" "$html"
fi
mkdir -p "$analyze" "$html"

# 2024-05-08 is day 19851 after 1970-01-01, day 12546 = 0x3102 after 1990-01-01.
date_bytes='\x02\x31'

# seed_analyze FILE FORMAT_BYTE_NO_DATE FORMAT_BYTE_WITH_DATE NAME
seed_analyze() {
  local file=$1 plain=$2 dated=$3 name=$4
  { printf "\\x$plain\\x00\\x00"; cat "$file"; } > "$analyze/$name-nodate"
  { printf "\\x$dated$date_bytes"; cat "$file"; } > "$analyze/$name-dated"
}

# Format bytes: Text 00 / 06, Html 01 / 04, Markdown 02 / 05 (no date / with date).
for f in "$root"/tests/fixtures/*.txt "$root"/cli/tests/data/*.txt; do
  seed_analyze "$f" 00 06 "txt-$(basename "$f" .txt)"
done
for f in "$root"/cli/tests/data/*.html "$fuzz_dir"/seeds/html/*.html; do
  seed_analyze "$f" 01 04 "html-$(basename "$f" .html)"
  cp "$f" "$html/html-$(basename "$f" .html)"
done
for f in "$root"/cli/tests/data/*.md; do
  seed_analyze "$f" 02 05 "md-$(basename "$f" .md)"
  cp "$f" "$html/md-$(basename "$f" .md)"
done
# A plain-text page through the HTML path, and Markdown as plain text.
seed_analyze "$root/cli/tests/data/en-mou.txt" 01 04 "txt-as-html-en-mou"
seed_analyze "$root/cli/tests/data/fr-accord.md" 00 06 "md-as-txt-fr-accord"

# html_to_text also runs `decode` on the raw bytes: plain fixtures and a few encodings.
for f in "$root"/tests/fixtures/*.txt "$root"/cli/tests/data/*.txt; do
  cp "$f" "$html/txt-$(basename "$f" .txt)"
done
page="$root/cli/tests/data/en-page.html"
{ printf '\xef\xbb\xbf'; cat "$page"; } > "$html/enc-utf8-bom"
if command -v iconv > /dev/null; then
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$page"; } > "$html/enc-utf16le"
  { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$page"; } > "$html/enc-utf16be"
  iconv -f UTF-8 -t WINDOWS-1252 "$fuzz_dir/seeds/html/entities.html" \
    > "$html/enc-cp1252" 2> /dev/null || true
fi
printf '<p>Caf\xe9 d\xe9j\xe0 sign\xe9 \x93quoted\x94 \x80</p>' > "$html/enc-latin1"
printf '%%PDF-1.7\n<p>not a page</p>' > "$html/enc-pdf"
printf 'PK\x03\x04<p>zip</p>' > "$html/enc-zip"

echo "analyze: $(ls "$analyze" | wc -l) seeds; html_to_text: $(ls "$html" | wc -l) seeds"
