#!/usr/bin/env bash
# Round trip: import -> export csv -> import gives the same graph: the same
# counts per label and type, and every property of every node and
# relationship (compared by a canonical form keyed on the `uid` property).
# Also checks kg stats and the other export formats on the same graph.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
command -v python3 >/dev/null || exit 77
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# A generated graph: typed columns, arrays, quotes, delimiters and line
# breaks inside fields, empty strings versus missing values, two labels,
# two id groups, UTF-8; the second import goes into a database that
# already holds the first.
python3 - <<'PY'
import random
random.seed(11)
with open("people.csv", "w", encoding="utf-8") as f:
    f.write("uid:ID(P)|name|age:INT|score:DOUBLE|ok:BOOLEAN|born:DATE|tags:STRING[]|nums:LONG[]|:LABEL\n")
    for i in range(300):
        name = random.choice(["Ann", "Bob \"B\"", "Zoé, L", "multi\nline", "", "pipe|in"])
        name = '"' + name.replace('"', '""') + '"'
        age = str(random.randint(-5, 99)) if i % 7 else ""
        score = random.choice(["1.5", "-0.25", "1e300", "3", ""])
        ok = random.choice(["true", "false", ""])
        born = random.choice(["1990-01-02", "2024-02-29", ""])
        tags = random.choice(["a;b", "x", '""', ""])
        nums = random.choice(["1;2;3", "-7", ""])
        label = random.choice(["", "Admin", "Admin;Staff"])
        f.write(f"p{i}|{name}|{age}|{score}|{ok}|{born}|{tags}|{nums}|{label}\n")
with open("cities.csv", "w", encoding="utf-8") as f:
    f.write("uid:ID(C),name\n")
    for i in range(40):
        f.write(f"c{i},City {i}\n")
with open("knows.csv", "w", encoding="utf-8") as f:
    f.write(":START_ID(P)|:END_ID(P)|since:INT|w:DOUBLE|:TYPE\n")
    for i in range(900):
        t = random.choice(["", "LIKES"])
        since = str(random.randint(1990, 2024)) if i % 3 else ""
        f.write(f"p{random.randrange(300)}|p{random.randrange(300)}|{since}|{random.random()}|{t}\n")
with open("near.csv", "w", encoding="utf-8") as f:
    f.write(":START_ID(C),:END_ID(C),km:FLOAT\n")
    for i in range(300):
        f.write(f"c{random.randrange(40)},c{random.randrange(40)},{i / 8}\n")
PY

"$KG" import --db db1 --delimiter '|' --nodes Person=people.csv --relationships KNOWS=knows.csv >/dev/null
"$KG" import --db db1 --nodes City=cities.csv --relationships NEAR=near.csv >/dev/null
"$KG" export --db db1 --format csv out >/dev/null
KG="$KG" out/import.sh db2 >/dev/null
"$KG" export --db db1 --format jsonl a.jsonl
"$KG" export --db db2 --format jsonl b.jsonl

python3 - <<'PY'
import json, sys
def canon(path):
    nodes, rels = {}, []
    lines = [json.loads(l) for l in open(path, encoding="utf-8")]
    for o in lines:
        if "labels" in o:
            nodes[o["id"]] = o
    uid = {i: o["properties"]["uid"] for i, o in nodes.items()}
    node_set = sorted(json.dumps([sorted(o["labels"]), o["properties"]], sort_keys=True) for o in nodes.values())
    for o in lines:
        if "type" in o:
            rels.append(json.dumps([uid[o["start"]], uid[o["end"]], o["type"], o["properties"]], sort_keys=True))
    return node_set, sorted(rels)
a, b = canon("a.jsonl"), canon("b.jsonl")
if len(a[0]) != 340 or len(a[1]) != 1200:
    sys.exit(f"unexpected counts: {len(a[0])} nodes, {len(a[1])} relationships")
if a != b:
    for x, y in zip(a[0] + a[1], b[0] + b[1]):
        if x != y:
            print("first difference:\n  ", x, "\n  ", y)
            break
    sys.exit("round trip changed the graph")
PY

# Stats agree (bytes aside).
s1=$("$KG" stats --db db1 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); d.pop("bytes"); print(json.dumps(d, sort_keys=True))')
s2=$("$KG" stats --db db2 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); d.pop("bytes"); print(json.dumps(d, sort_keys=True))')
[ "$s1" = "$s2" ] || { echo "stats differ: $s1 vs $s2"; exit 1; }
echo "$s1" | grep -q '"nodes": 340' || { echo "bad stats: $s1"; exit 1; }

# GraphML is well-formed XML with every node and edge; DOT names every edge.
"$KG" export --db db1 --format graphml g.graphml
python3 -c '
import xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
r = ET.parse("g.graphml").getroot()
n = len(r.findall(".//g:node", ns)); e = len(r.findall(".//g:edge", ns))
assert (n, e) == (340, 1200), (n, e)'
"$KG" export --db db1 --format dot g.dot
[ "$(grep -c -- '->' g.dot)" -eq 1200 ] || { echo "dot edge count"; exit 1; }

# Exporting into an existing file or folder is refused.
if "$KG" export --db db1 --format csv out 2>err.txt; then echo "export over a folder succeeded"; exit 1; fi
grep -q "already exists" err.txt
# A backup opens as a database of its own with the same content.
"$KG" backup --db db1 bk >/dev/null
"$KG" export --db bk --format jsonl c.jsonl
cmp a.jsonl c.jsonl
echo "round trip ok"
