#!/usr/bin/env bash
# The benchmark (issue "Fast"): guanxi against jieba-rs on the same texts, in one run,
# then the command line's peak memory and start-up time.
#   scripts/bench.sh [CORPUS.jsonl]   (default: ../shared/data/corpus/xwlb_2022_2024.jsonl)
# Run it on an idle machine; it is not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/corpus/xwlb_2022_2024.jsonl}"
cargo build --release --quiet --example bench
bin="${CARGO_TARGET_DIR:-target}/release"
"$bin/examples/bench" "$corpus" 3
echo "== guanxi extract --stream over the corpus (peak RSS, wall time)"
/usr/bin/time -f "peak RSS %M KB, %e s" "$bin/guanxi" extract --stream <"$corpus" >/dev/null
echo "== start-up: an empty document through the command"
/usr/bin/time -f "start-up %e s" sh -c "echo '{\"id\":\"x\",\"text\":\"\"}' | '$bin/guanxi' extract --stream >/dev/null"
