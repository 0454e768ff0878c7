#!/usr/bin/env python3
"""Generates a synthetic property graph as neo4j-admin CSV, for the growth
benchmark (bench/run_scale.sh): any number of edges, power-law-ish degrees,
three labels, four relationship types, properties of several types.

    gen_graph.py --edges N --out DIR [--degree 10] [--seed 1]

Writes DIR/ (created; existing files are overwritten):
  Person.csv        id:ID(Person)|name:STRING|age:INT|score:DOUBLE        60% of the nodes
  Organisation.csv  id:ID(Organisation)|name:STRING|founded:DATE          10%
  Article.csv       id:ID(Article)|title:STRING|published:DATE|words:INT  30%
  KNOWS.csv         Person -> Person, creationYear:INT                    40% of the edges
  WORKS_AT.csv      Person -> Organisation, since:DATE                    10%
  MENTIONS.csv      Article -> Person, weight:DOUBLE                      35%
  CITES.csv         Article -> Organisation                               15%
  manifest.tsv      the files' labels and types (as datasets/ldbc-sf01's)
  schema.cypher     Kuzu's DDL for the same tables
Nodes = edges / --degree. Edge ends are drawn with P(rank k) falling as
k^(-2/3) (rank = u^3 * n for uniform u), then ranks are scattered over the
ids by a fixed permutation, so a few nodes are hubs and most have a handful
of edges, and hubs are not the smallest ids. No self-loops; parallel edges
may occur, as in real data. The same --edges and --seed give the same files.
"""
import argparse
import math
import os
import random
import sys

FIRST = ("Anna Boris Chloe Daniel Elena Farid Greta Hugo Ines Jamal Karin Luca Maya Nils Olga Pavel "
         "Quentin Rosa Sami Tara Umar Vera Wen Xavier Yara Zoe").split()
LAST = ("Abe Bauer Costa Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Lopez Moreau "
        "Nakamura Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zhang").split()
WORDS = ("market election summit energy climate trade minister border talks court strike budget "
         "reform vaccine storm bank oil grain treaty union").split()
ORG = ("Group Bank Institute Agency Ministry Council Works Labs Press University").split()

# (label, share of the nodes, header)
NODES = [
    ("Person", 0.6, "id:ID(Person)|name:STRING|age:INT|score:DOUBLE"),
    ("Organisation", 0.1, "id:ID(Organisation)|name:STRING|founded:DATE"),
    ("Article", 0.3, "id:ID(Article)|title:STRING|published:DATE|words:INT"),
]
# (type, from, to, share of the edges, property header or "")
RELS = [
    ("KNOWS", "Person", "Person", 0.40, "creationYear:INT"),
    ("WORKS_AT", "Person", "Organisation", 0.10, "since:DATE"),
    ("MENTIONS", "Article", "Person", 0.35, "weight:DOUBLE"),
    ("CITES", "Article", "Organisation", 0.15, ""),
]
KUZU_TYPES = {"STRING": "STRING", "INT": "INT64", "DOUBLE": "DOUBLE", "DATE": "DATE"}


def scatter(n):
    """A permutation k -> (a*k + b) mod n of range(n), a coprime with n."""
    a = max(1, int(n * 0.618033988749895)) | 1
    while math.gcd(a, n) != 1:
        a += 2
    b = n // 3
    return lambda k: (a * k + b) % n


def date(rng, lo_year, hi_year):
    return f"{rng.randint(lo_year, hi_year):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def write_nodes(path, label, header, count, rng):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        buf = []
        for i in range(count):
            if label == "Person":
                buf.append(f"{i}|{rng.choice(FIRST)} {rng.choice(LAST)}|{rng.randint(18, 90)}|"
                           f"{rng.random() * 100:.3f}")
            elif label == "Organisation":
                buf.append(f"{i}|{rng.choice(LAST)} {rng.choice(ORG)} {i}|{date(rng, 1850, 2020)}")
            else:
                buf.append(f"{i}|{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} and "
                           f"{rng.choice(WORDS)}|{date(rng, 2000, 2025)}|{rng.randint(80, 3000)}")
            if len(buf) >= 65536:
                f.write("\n".join(buf) + "\n")
                buf.clear()
        if buf:
            f.write("\n".join(buf) + "\n")


def write_rels(path, rel, count, sizes, rng):
    name, src, dst, _, prop = rel
    ns, nd = sizes[src], sizes[dst]
    ps, pd = scatter(ns), scatter(nd)
    rand = rng.random
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f":START_ID({src})|:END_ID({dst})" + (f"|{prop}" if prop else "") + "\n")
        buf = []
        for _ in range(count):
            u = rand()
            s = ps(int(u * u * u * ns))
            while True:
                v = rand()
                d = pd(int(v * v * v * nd))
                if src != dst or d != s:
                    break
            if name == "KNOWS":
                buf.append(f"{s}|{d}|{2000 + int(rand() * 26)}")
            elif name == "WORKS_AT":
                buf.append(f"{s}|{d}|{date(rng, 1990, 2025)}")
            elif name == "MENTIONS":
                buf.append(f"{s}|{d}|{rand():.4f}")
            else:
                buf.append(f"{s}|{d}")
            if len(buf) >= 65536:
                f.write("\n".join(buf) + "\n")
                buf.clear()
        if buf:
            f.write("\n".join(buf) + "\n")


def kuzu_columns(header):
    cols = []
    for field in header.split("|"):
        name, _, typ = field.partition(":")
        if typ.startswith("ID("):
            cols.append("id INT64")
        elif name:
            cols.append(f"{name} {KUZU_TYPES[typ]}")
    return cols


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edges", type=int, required=True, help="number of relationships")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--degree", type=float, default=10.0, help="edges per node (default 10)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.edges < 10 or args.degree <= 0:
        ap.error("--edges must be at least 10 and --degree positive")
    nodes = max(len(NODES) * 2, int(args.edges / args.degree))
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)

    sizes = {label: max(2, int(nodes * share)) for label, share, _ in NODES}
    counts = [int(args.edges * r[3]) for r in RELS]
    counts[0] += args.edges - sum(counts)  # exactly --edges in all
    manifest, ddl = [], []
    for label, _, header in NODES:
        write_nodes(os.path.join(args.out, f"{label}.csv"), label, header, sizes[label], rng)
        manifest.append(f"node\t{label}\t{label}.csv")
        ddl.append(f"CREATE NODE TABLE {label} ({', '.join(kuzu_columns(header))}, PRIMARY KEY (id));")
    for rel, count in zip(RELS, counts):
        write_rels(os.path.join(args.out, f"{rel[0]}.csv"), rel, count, sizes, rng)
        manifest.append(f"rel\t{rel[0]}\t{rel[0]}.csv\t{rel[1]}\t{rel[2]}")
        props = "".join(f", {c}" for c in kuzu_columns(rel[4])) if rel[4] else ""
        ddl.append(f"CREATE REL TABLE {rel[0]} (FROM {rel[1]} TO {rel[2]}{props});")
    with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(args.out, "schema.cypher"), "w", encoding="utf-8") as f:
        f.write("\n".join(ddl) + "\n")
    print(f"gen_graph: {sum(sizes.values())} nodes, {args.edges} relationships in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
