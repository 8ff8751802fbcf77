#!/usr/bin/env bash
# The benchmark (issue "Fast"): guanxi against jieba-rs on the same texts, in one run,
# and the command's start-up time, then its peak memory as the corpus grows.
#   scripts/bench.sh [CORPUS.jsonl] [ROUNDS]
#   (default: ../shared/data/corpus/xwlb_2022_2024.jsonl, 3 rounds)
# Run it on an idle machine; it is not part of CI (timings there mean nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/corpus/xwlb_2022_2024.jsonl}"
rounds="${2:-3}"
# (the shipping build: Cargo.toml's release-lto profile)
cargo build --profile release-lto --quiet --bin guanxi --example bench
bin="${CARGO_TARGET_DIR:-target}/release-lto"
"$bin/examples/bench" "$corpus" "$rounds"
echo "== peak RSS of guanxi extract --stream as the corpus grows"
lines=$(wc -l <"$corpus")
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for part in 4 2 1; do
  head -n $((lines / part)) "$corpus" >"$tmp"
  for j in 1 2; do
    /usr/bin/time -f "1/$part of the corpus, -j $j: peak RSS %M KB, %e s" \
      "$bin/guanxi" extract --stream -q -j "$j" <"$tmp" >/dev/null
  done
done
