#!/usr/bin/env python3
"""Checks the gold files of this folder against their articles.

For every gold/NAME.json: the article NAME.md (or .txt) exists, the gold id is its file name,
every Statement key and at least one name of every Person/Organization/Place/Document occurs
in the article's text (after the scorer's normalisation), and the scorer loads the file
without warnings.  Exit status 1 when anything is wrong.

Usage: check_gold.py [SHARED_TOOLS_DIR]   (default: ../../../../shared/tools from here)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../../shared/tools")
sys.path.insert(0, tools)
import score_extraction as se  # noqa: E402

problems = 0
for name in sorted(os.listdir(os.path.join(here, "gold"))):
    if not name.endswith(".json"):
        continue
    stem = name[:-5]
    path = next((os.path.join(here, stem + ext) for ext in (".md", ".txt")
                 if os.path.exists(os.path.join(here, stem + ext))), None)
    if path is None:
        print(f"{name}: no article {stem}.md or {stem}.txt"); problems += 1; continue
    gold = json.load(open(os.path.join(here, "gold", name), encoding="utf-8"))
    if gold.get("id") != os.path.basename(path):
        print(f"{name}: id {gold.get('id')!r} is not {os.path.basename(path)!r}"); problems += 1
    text = se.normalise(open(path, encoding="utf-8").read())
    g = se.gold_from_object(gold, name)
    for w in g.warnings:
        print(f"{name}: {w}"); problems += 1
    for e in g.entities.values():
        if e.label == "Statement":
            for k in e.keys:
                if k not in text:
                    print(f"{name}: statement {e.key}: key not in text: {k}"); problems += 1
        elif e.label != "Meeting" and not any(n in text for n in e.names):
            print(f"{name}: {e.label} {e.key}: no name occurs in text"); problems += 1
print(f"{problems} problem(s)")
sys.exit(1 if problems else 0)
