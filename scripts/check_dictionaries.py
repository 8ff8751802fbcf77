#!/usr/bin/env python3
"""Check the plain-text dictionaries under dictionaries/: header, columns, allowed values,
no duplicate names, no one-character names where a name needs two. Exit 1 on a problem,
each problem printed as file:line: message. No network, no dependencies.

Usage: python3 scripts/check_dictionaries.py
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = os.path.join(ROOT, "dictionaries")

LEVELS = {"province", "prefecture", "county", "township", "country", "capital", "region", "city"}
KINDS = {"government", "company", "institution"}


def event_word_kinds():
    """The kinds of event_words.txt, as the loader knows them (EventWord::ALL)."""
    with open(os.path.join(ROOT, "src", "lexicon", "mod.rs"), encoding="utf-8") as f:
        return set(re.findall(r'\(EventWord::\w+, "(\w+)"\)', f.read()))


EVENT_WORD_KINDS = event_word_kinds()

# file -> (columns, or a tuple of the counts allowed; check of the second column or None;
# minimum length of the first)
SPECS = {
    "places.txt": (2, lambda v: v in LEVELS, 2),
    "orgs.txt": (2, lambda v: v in KINDS, 2),
    "surnames.txt": (2, lambda v: v.isdigit() and 1 <= int(v) <= 999, 1),
    "foreign_name_chars.txt": (1, None, 1),
    "dotted_name_chars.txt": (1, None, 1),
    # one-column word lists read by the page layout (ingest/articles.rs)
    "byline_ends.txt": (1, None, 1),
    "datelines.txt": (1, None, 1),
    # one-column word list read by recognition (recognize/mod.rs, credit_lines)
    "credits.txt": (1, None, 2),
    "generic_orgs.txt": (1, None, 2),
    "generic_places.txt": (1, None, 2),
    "determiners.txt": (1, None, 1),
    # one-column list of names read by recognition (recognize/person.rs)
    "persons.txt": (1, None, 2),
    # words for jieba-rs's own dictionary: word, frequency and an optional tag (pipeline.rs);
    # a word of one character may be there to be retagged (经: a preposition)
    "jieba_words.txt": ((2, 3), lambda v: v.isdigit(), 1),
    "project_heads.txt": (2, lambda v: v in ("org", "any"), 2),
    # two-column lists read by the event stage (relate/events.rs)
    "date_words.txt": (2, lambda v: v in ("daypart", "relative"), 1),
    "event_words.txt": (2, lambda v: v in EVENT_WORD_KINDS, 1),
}

# one-column lists whose entries are words (any length), not single characters
WORD_LISTS = {"byline_ends.txt", "datelines.txt", "credits.txt", "generic_orgs.txt", "generic_places.txt", "persons.txt", "determiners.txt"}

# Files where one word may have several kinds, one line each.
MULTI_KIND = {"event_words.txt"}

# Must be present (name, value or None).
MUST = {
    "places.txt": [("菏泽市", "prefecture"), ("菏泽", "prefecture"), ("筠连县", "county"),
                   ("筠连", "county"), ("青岛", None), ("哈尔滨", None), ("希腊", "country"),
                   ("巴西", "country"), ("北京", None), ("贵州", "province"),
                   ("茶山镇", "township"), ("中国", "country"), ("宁夏", "province"),
                   ("延边", "prefecture"), ("香港", "province"), ("长三角", "region")],
    "orgs.txt": [("国务院", "government"), ("新华社", "institution"),
                 ("国家电网", "company"), ("欧盟", "institution")],
    "surnames.txt": [("王", "1"), ("欧阳", None), ("張", None)],
    "foreign_name_chars.txt": [("斯", None), ("娃", None)],
    "dotted_name_chars.txt": [("买", None), ("不", None)],
    "byline_ends.txt": [("报道", None), ("摄", None)],
    "datelines.txt": [("本报讯", None), ("讯", None)],
    "credits.txt": [("消息", None)],
    "generic_orgs.txt": [("党和政府", None), ("有关部门", None)],
    "generic_places.txt": [("城乡社区", None)],
    "project_heads.txt": [("项目", "org"), ("基地", "any")],
    "date_words.txt": [("下午", "daypart"), ("日前", "relative")],
    "event_words.txt": [("与", "joiner"), ("代表", "on_behalf"), ("在", "at"), ("仪式", "rite")],
}

# Must be absent: common words that are no place on their own.
MUST_NOT = {"places.txt": ["中区", "城区", "新区", "郊区", "矿区", "市辖区", "比如", "中方", "和平", "中欧", "中非", "金山", "古城"]}


def main():
    problems = 0
    for name, (ncol, check, minlen) in SPECS.items():
        path = os.path.join(D, name)
        seen = {}
        values = {}
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if line.startswith("#"):
                    continue
                if n == 1:
                    print(f"{name}:1: no '#' header")
                    problems += 1
                if not line.strip():
                    print(f"{name}:{n}: empty line")
                    problems += 1
                    continue
                cols = line.split("\t")
                allowed = ncol if isinstance(ncol, tuple) else (ncol,)
                if len(cols) not in allowed:
                    print(f"{name}:{n}: expected {ncol} tab-separated columns: {line!r}")
                    problems += 1
                    continue
                key = cols[0]
                if key != key.strip() or len(key) < minlen:
                    print(f"{name}:{n}: bad name {key!r}")
                    problems += 1
                if allowed == (1,) and name not in WORD_LISTS and len(key) != 1:
                    print(f"{name}:{n}: expected one character: {key!r}")
                    problems += 1
                if check and not check(cols[1]):
                    print(f"{name}:{n}: bad value {cols[1]!r}")
                    problems += 1
                # (a word may have several kinds in the files that say so: 与 joins the
                # parties of a signing and names a partner of talks)
                dup = (key, cols[1]) if name in MULTI_KIND else key
                if dup in seen:
                    print(f"{name}:{n}: duplicate of line {seen[dup]}: {key}")
                    problems += 1
                seen[dup] = n
                if name in MULTI_KIND:
                    values.setdefault(key, set()).add(cols[1])
                else:
                    values[key] = cols[1] if len(cols) > 1 else None
        for key, want in MUST.get(name, []):
            have = values.get(key)
            ok = want in have if isinstance(have, set) else have == want
            if key not in values or (want is not None and not ok):
                print(f"{name}: missing {key} ({want}); found {values.get(key)}")
                problems += 1
        for key in MUST_NOT.get(name, []):
            if key in values:
                print(f"{name}: must not contain {key}")
                problems += 1
        print(f"{name}: {len(seen)} entries")
    if problems:
        print(f"{problems} problems")
        sys.exit(1)
    print("all dictionaries ok")


if __name__ == "__main__":
    main()
