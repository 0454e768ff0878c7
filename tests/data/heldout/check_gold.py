#!/usr/bin/env python3
"""Consistency check of the held-out gold files (not a scorer).

Every article (.md/.txt, README.md aside) has a gold file.  For every gold/NAME.json: the
article NAME exists, the gold "id" is its file name, "date" equals the article's front-matter
date, every Statement key and at least one name of every entity but a meeting occurs in the article
text (compared after the scorer's normalisation: other names may be translations or official forms,
as in the development gold), every relation end and held_in is an entity key, and the scorer loads
the file without warnings.

Usage: python3 check_gold.py [HELDOUT_DIR]     (exit 1 on any problem)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "..", "..", "shared", "tools")


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    sys.path.insert(0, os.environ.get("KG_SCORER_DIR", os.path.abspath(SCORER)))
    from score_extraction import normalise, load_gold  # noqa: E402
    problems = []
    gold_dir = os.path.join(folder, "gold")
    for art in sorted(os.listdir(folder)):
        if art.endswith((".md", ".txt")) and art != "README.md":
            stem = os.path.splitext(art)[0]
            if not os.path.exists(os.path.join(gold_dir, stem + ".json")):
                problems.append(f"{art}: no gold/{stem}.json")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(gold_dir, name)
        gold = json.load(open(path, encoding="utf-8"))
        art = os.path.join(folder, gold["id"])
        if not os.path.exists(art):
            problems.append(f"{path}: article {gold['id']} not found")
            continue
        if os.path.splitext(gold["id"])[0] != os.path.splitext(name)[0]:
            problems.append(f"{path}: id {gold['id']} does not match the gold file name")
        text = open(art, encoding="utf-8").read()
        m = re.search(r"^date:\s*(\S+)", text, re.M)
        if m and m.group(1) != gold.get("date"):
            problems.append(f"{path}: date {gold.get('date')} != front matter {m.group(1)}")
        norm = " " + normalise(text) + " "
        keys = set()
        def occurs(form):
            return " " + normalise(form) + " " in norm
        for e in gold["entities"]:
            keys.add(e["key"])
            for form in e.get("keys", []):
                if not occurs(form):
                    problems.append(f"{path}: {e['key']}: key '{form}' not in the text")
            names = e.get("names", [])
            if e["label"] != "Meeting" and names and not any(occurs(n) for n in names):
                problems.append(f"{path}: {e['key']}: no name of it in the text")
        for e in gold["entities"]:
            for h in ([e["held_in"]] if isinstance(e.get("held_in"), str) else e.get("held_in", [])):
                if h not in keys:
                    problems.append(f"{path}: {e['key']}: held_in {h} is not a key")
        seen = set()
        for r in gold["relations"]:
            for end in (r["from"], r["to"]):
                if end not in keys:
                    problems.append(f"{path}: {r['type']} {r['from']}->{r['to']}: {end} is not a key")
            t = (r["type"], r["from"], r["to"])
            if t in seen:
                problems.append(f"{path}: relation {t} given twice")
            seen.add(t)
        for g in load_gold([path]):
            problems += [f"{path}: scorer: {w}" for w in g.warnings]
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
