#!/usr/bin/env bash
# The cluster check (issue "Fast", part 4): run a slice of a JSON Lines corpus through
# Apache Spark (PySpark, local[2]) piping each partition into `guanxi extract --stream`,
# merge the shards with `guanxi merge`, and check every output equals one run of
# `guanxi extract` over the same slice, byte for byte.
#   scripts/spark_check.sh GUANXI_BINARY CORPUS.jsonl [DOCUMENTS]
# Needs python3 with pyspark and a Java runtime (.ci/run installs both).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$1"
corpus="$2"
n="${3:-600}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$n" "$corpus" >"$work/slice.jsonl"
python3 examples/spark/guanxi_spark.py "$work/slice.jsonl" "$work/spark" \
    --guanxi "$bin" --master 'local[2]' --partitions 4 --merge-to "$work/merged" \
    2> >(grep -vE "^(WARNING|Setting default log level|To adjust logging level|[0-9/]+ [0-9:]+ WARN)" >&2)
ls "$work/spark/shards"/part-* >/dev/null
"$bin" extract "$work/slice.jsonl" -o "$work/single" -q
status=0
for f in "$work/single"/*; do
    name=$(basename "$f")
    if ! cmp -s "$f" "$work/merged/$name"; then
        echo "spark check: $name differs between the merged shards and one run" >&2
        status=1
    fi
done
docs=$(wc -l <"$work/merged/documents.jsonl")
echo "spark check: $docs documents in $(ls "$work/spark/shards"/part-* | wc -l) shards; merged outputs equal one run: $([ $status = 0 ] && echo yes || echo NO)"
exit $status
