#!/usr/bin/env bash
# Check that `guanxi eval` agrees exactly with the reference scorer score.py:
# same docs / docs_without_output, same measures, same tp/fp/fn for each.
#
# usage: scripts/check_eval_agrees.sh GOLD.jsonl PRED.jsonl
#   SHARED   folder holding tools/score.py (default: ../shared relative to the repo root)
#   GUANXI   the binary to check (default: target/release/guanxi in the repo root)
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 GOLD.jsonl PRED.jsonl" >&2
    exit 2
fi
gold=$1
pred=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$root/../shared}
GUANXI=${GUANXI:-$root/target/release/guanxi}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$SHARED/tools/score.py" "$gold" "$pred" --json >"$tmp/python.json"
"$GUANXI" eval --gold "$gold" --pred "$pred" --json >"$tmp/rust.json"

python3 - "$tmp/python.json" "$tmp/rust.json" <<'PY'
import json
import sys

py, rs = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
diffs = []
for key in ("docs", "docs_without_output"):
    if py.get(key) != rs.get(key):
        diffs.append(f"{key}: score.py {py.get(key)} guanxi {rs.get(key)}")
ps, rss = py.get("scores", {}), rs.get("scores", {})
for m in list(ps) + [m for m in rss if m not in ps]:
    a = tuple(ps.get(m, {}).get(k) for k in ("tp", "fp", "fn"))
    b = tuple(rss.get(m, {}).get(k) for k in ("tp", "fp", "fn"))
    if a != b:
        diffs.append(f"{m}: score.py tp/fp/fn {a} guanxi {b}")
for d in diffs:
    print(d, file=sys.stderr)
if diffs:
    sys.exit(f"{len(diffs)} difference(s) between guanxi eval and score.py")
print(f"agree: {len(ps)} measures, {py.get('docs')} docs")
PY
