#!/usr/bin/env python3
"""Wrap the texts of a gold file at a fixed column width, as a PDF or e-paper copy is,
keeping the gold answers true: each entity's span is moved to cover the same
characters, with the line breaks now inside it (ANNOTATION.md, "Text and offsets").

    scripts/wrap_gold.py GOLD.jsonl WIDTH > WRAPPED.jsonl

WIDTH is in Han characters: a Han character or full-width form takes two units, an
ASCII character one, and a line breaks before the character that would overflow the
column. Used by .ci/run to check that a wrapped page gives the answers of the page as
written.
"""
import json
import sys


def wrap(text, width):
    """The wrapped text and, for each original position (and the end), its new one."""
    out, pos, col = [], [], 0
    for c in text:
        w = 1 if ord(c) < 128 else 2
        if c == "\n":
            col = 0
        elif col + w > 2 * width:
            out.append("\n")
            col = 0
        pos.append(len(out))
        out.append(c)
        if c != "\n":
            col += w
    pos.append(len(out))
    return "".join(out), pos


def main():
    path, width = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            text, pos = wrap(doc["text"], width)
            for e in doc.get("entities", []):
                e["start"], e["end"] = pos[e["start"]], pos[e["end"] - 1] + 1
            doc["text"] = text
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
