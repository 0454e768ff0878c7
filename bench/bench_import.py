#!/usr/bin/env python3
"""One bulk import of a manifest-described CSV data set, by kg or by Kuzu.

    bench_import.py --engine kg --kg BIN --data DIR --db NEW_PATH [--delimiter C] [--id-type T]
    bench_import.py --engine kuzu --data DIR --db NEW_PATH [--delimiter C] [--threads N]

DIR holds manifest.tsv (`node LABEL FILE` or `rel TYPE FILE FROM TO` lines),
the CSV files in neo4j-admin form, and schema.cypher (Kuzu's DDL). kg runs
`kg import --db NEW_PATH --delimiter C --id-type T --nodes LABEL=FILE...
--relationships TYPE=FILE...`; Kuzu runs bench/kuzu/kuzu_import.js. NEW_PATH
must not exist. Prints one JSON object:
  {"engine","seconds","wall_seconds","rows","rows_per_s","peak_rss_bytes",
   "db_bytes","exit_code","error"}
`seconds` is the import's own time: for kg the process's wall time, for Kuzu
the time kuzu_import.js measures inside node (so node's start-up is not held
against Kuzu); `wall_seconds` is the process's wall time for both.
`peak_rss_bytes` is the process's maximum resident set (getrusage).
Exit status 0 when the JSON was printed (even for a failed import, which is
recorded in "error"), 2 on misuse.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def read_manifest(data):
    """The manifest rows as dicts {kind, name, file, from, to}."""
    rows = []
    path = os.path.join(data, "manifest.tsv")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            p = line.split("\t")
            if p[0] == "node" and len(p) == 3:
                rows.append({"kind": "node", "name": p[1], "file": p[2]})
            elif p[0] == "rel" and len(p) == 5:
                rows.append({"kind": "rel", "name": p[1], "file": p[2], "from": p[3], "to": p[4]})
            else:
                sys.exit(f"error: InputError: {path}:{n}: expected 'node LABEL FILE' or 'rel TYPE FILE FROM TO'")
    return rows


def count_rows(path):
    """Data rows of a CSV file with a one-line header."""
    lines, last = 0, b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    if last != b"\n":
        lines += 1
    return max(0, lines - 1)


def dir_bytes(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def kg_command(args, manifest):
    cmd = [args.kg, "import", "--db", args.db, "--delimiter", args.delimiter, "--id-type", args.id_type]
    for m in manifest:
        flag = "--nodes" if m["kind"] == "node" else "--relationships"
        cmd += [flag, f"{m['name']}={os.path.join(os.path.abspath(args.data), m['file'])}"]
    return cmd


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", choices=["kg", "kuzu"], required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--kg", help="the kg binary (engine kg)")
    ap.add_argument("--delimiter", default="|")
    ap.add_argument("--id-type", default="integer")
    ap.add_argument("--threads", type=int, default=0, help="Kuzu's threads (0: all cores)")
    args = ap.parse_args()
    if args.engine == "kg" and not args.kg:
        ap.error("--kg BIN is required for engine kg")
    if os.path.exists(args.db):
        ap.error(f"{args.db} already exists; give a new path")

    manifest = read_manifest(args.data)
    rows = sum(count_rows(os.path.join(args.data, m["file"])) for m in manifest)
    if args.engine == "kg":
        cmd = kg_command(args, manifest)
    else:
        cmd = ["node", os.path.join(HERE, "kuzu", "kuzu_import.js"), "--data", args.data,
               "--db", args.db, "--delimiter", args.delimiter]
        if args.threads:
            cmd += ["--threads", str(args.threads)]

    start = time.perf_counter()
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        print(json.dumps({"engine": args.engine, "rows": rows, "exit_code": None,
                          "error": f"cannot run {cmd[0]}: {e.strerror}"}))
        return
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    # This script starts exactly one child, so the children's maximum
    # resident set is that import's peak.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    result = {
        "engine": args.engine, "seconds": wall, "wall_seconds": wall, "rows": rows,
        "rows_per_s": None, "peak_rss_bytes": peak, "db_bytes": None,
        "exit_code": proc.returncode, "error": None,
    }
    if proc.returncode != 0:
        msg = err.decode("utf-8", "replace").strip().splitlines()
        result["error"] = msg[-1] if msg else f"exit code {proc.returncode}"
    elif args.engine == "kuzu":
        inner = json.loads(out.decode().strip().splitlines()[-1])
        result["seconds"] = inner["seconds"]
        result["threads"] = inner["threads"]
        if inner["rows"] != rows:
            result["error"] = f"Kuzu copied {inner['rows']} rows, the files hold {rows}"
    if result["error"] is None:
        result["rows_per_s"] = rows / result["seconds"]
        result["db_bytes"] = dir_bytes(args.db)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
