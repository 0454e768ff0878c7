#!/usr/bin/env python3
"""Summaries of kg's benchmark runs, kg beside Kuzu.

    report.py ldbc   --out DIR [--queries DIR]   # after run_ldbc.sh
    report.py scale  --out DIR                   # after run_scale.sh
    report.py ingest --out DIR                   # after run_ingest.sh

Reads the raw measurements the run scripts wrote in DIR, prints tables
(Markdown, so they can go in docs/benchmarks.md as they are) and writes
DIR/<bench>_summary.json and DIR/<bench>_summary.md. Times are medians over
the runs. "Kuzu/kg" is Kuzu's median divided by kg's: above 1, kg is faster.
For the queries, both engines' rows are compared (numbers to 1e-9 relative,
rows in order when the query has ORDER BY, as multisets otherwise) and every
mismatch is listed. Exit status 0 when the report was written (targets met or
not), 1 when the measurements are missing or unreadable.
"""
import argparse
import json
import math
import os
import re
import statistics
import sys


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def load_jsonl(path):
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if line:
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        sys.exit(f"error: InputError: {path}:{n}: {e}")
    except FileNotFoundError:
        pass
    return rows


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt(x, digits=3):
    if x is None:
        return "—"
    if isinstance(x, int):
        return f"{x:,}"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:.1f}"
    return f"{x:.{digits}g}" if abs(x) < 1 else f"{x:.{digits}f}".rstrip("0").rstrip(".")


def mb(x):
    return None if x is None else x / (1 << 20)


def ratio(kuzu, kg):
    if kuzu is None or kg is None or kg <= 0:
        return None
    return kuzu / kg


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(lines)


# --- result comparison -------------------------------------------------------

def same_value(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b if isinstance(a, bool) and isinstance(b, bool) else False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) and math.isnan(a):
            return isinstance(b, float) and math.isnan(b)
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    return a == b


def sort_key(row):
    def norm(v):
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, float):
            return round(v, 9)
        return v
    return json.dumps([norm(v) for v in row], sort_keys=True, default=str)


def compare(kg, kuzu, text):
    """'' when kg's and Kuzu's answers agree, else what differs."""
    if kg.get("error") or kuzu.get("error"):
        return "not compared (error)"
    if kg.get("rows") != kuzu.get("rows"):
        return f"row count: kg {kg.get('rows')}, Kuzu {kuzu.get('rows')}"
    a, b = kg.get("result"), kuzu.get("result")
    if a is None or b is None:
        return ""  # too many rows kept to compare values; counts agree
    if not re.search(r"\border\s+by\b", text, re.I):
        a, b = sorted(a, key=sort_key), sorted(b, key=sort_key)
    for i, (x, y) in enumerate(zip(a, b)):
        if not same_value(x, y):
            return f"row {i + 1}: kg {json.dumps(x)[:80]}, Kuzu {json.dumps(y)[:80]}"
    return ""


def query_tags(queries_dir, name):
    tags = set()
    if not queries_dir:
        return tags
    path = os.path.join(queries_dir, name + ".cypher")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\s*//\s*tags:\s*(.*)", line)
                if m:
                    tags.update(t.strip() for t in m.group(1).split(","))
    except FileNotFoundError:
        pass
    return tags


# --- reports -------------------------------------------------------------------

def import_section(runs, title):
    """Markdown and a summary dict of import runs (bench_import.py lines)."""
    out, summary = [f"### {title}", ""], {}
    rows = []
    for engine in ("kg", "kuzu"):
        ok = [r for r in runs if r.get("engine") == engine and not r.get("error")]
        failed = [r for r in runs if r.get("engine") == engine and r.get("error")]
        if not ok and not failed:
            continue
        s = {
            "runs": len(ok), "failed": len(failed),
            "error": failed[0]["error"] if failed else None,
            "rows": ok[0]["rows"] if ok else (failed[0].get("rows") if failed else None),
            "median_seconds": med([r["seconds"] for r in ok]),
            "median_rows_per_s": med([r["rows_per_s"] for r in ok]),
            "median_peak_rss_bytes": med([r.get("peak_rss_bytes") for r in ok]),
            "db_bytes": med([r.get("db_bytes") for r in ok]),
        }
        summary[engine] = s
        rows.append([engine, f"{s['runs']}" + (f" ({s['failed']} failed)" if failed else ""),
                     fmt(s["rows"]), fmt(s["median_seconds"]), fmt(s["median_rows_per_s"]),
                     fmt(mb(s["median_peak_rss_bytes"])), fmt(mb(s["db_bytes"]))])
    out.append(table(["engine", "runs", "rows", "median s", "rows/s", "peak RSS MiB", "on disk MiB"], rows))
    for engine, s in summary.items():
        if s["error"]:
            out.append(f"\n{engine} failed: `{s['error']}`")
    kg, kz = summary.get("kg", {}), summary.get("kuzu", {})
    r = ratio(kz.get("median_seconds"), kg.get("median_seconds"))
    summary["kuzu_over_kg"] = r
    if r is not None:
        out.append(f"\nKuzu/kg import time: {r:.2f} (target: above 1, kg faster).")
    return "\n".join(out), summary


def load_section(runs, title, targets=True, max_seconds=0.5, max_bytes_per_edge=48):
    out, summary = [f"### {title}", ""], {}
    kg = [r for r in runs if r.get("engine") == "kg" and not r.get("error")]
    kz = [r for r in runs if r.get("engine") == "kuzu" and not r.get("error")]
    rows = []
    if kg:
        s = {
            "runs": len(kg), "nodes": kg[0]["nodes"], "edges": kg[0]["edges"],
            "median_open_seconds": med([r["open_seconds"] for r in kg]),
            "median_open_cpu_seconds": med([r.get("open_cpu_seconds") for r in kg]),
            "median_rss_delta_bytes": med([r["rss_after_bytes"] - r["rss_before_bytes"] for r in kg]),
            "median_peak_rss_bytes": med([r["peak_rss_bytes"] for r in kg]),
            "median_bytes_per_edge": med([r["bytes_per_edge"] for r in kg]),
            "topology_bytes_per_edge": med([r.get("topology_bytes_per_edge") for r in kg]),
        }
        summary["kg"] = s
        rows.append(["kg (open + load into memory)", s["runs"], fmt(s["median_open_seconds"]),
                     fmt(s["median_open_cpu_seconds"]),
                     fmt(mb(s["median_rss_delta_bytes"])), fmt(mb(s["median_peak_rss_bytes"])),
                     fmt(s["median_bytes_per_edge"]), fmt(s["topology_bytes_per_edge"])])
    if kz:
        s = {
            "runs": len(kz),
            "median_open_seconds": med([r["open_seconds"] for r in kz]),
            "median_open_cpu_seconds": med([r.get("open_cpu_seconds") for r in kz]),
            "median_first_query_seconds": med([r["first_query_seconds"] for r in kz]),
            "median_rss_delta_bytes": med([r["rss_after_bytes"] - r["rss_before_bytes"] for r in kz]),
            "median_peak_rss_bytes": med([r["peak_rss_bytes"] for r in kz]),
        }
        summary["kuzu"] = s
        rows.append(["Kuzu (open, then first count(n))", s["runs"],
                     f"{fmt(s['median_open_seconds'])} + {fmt(s['median_first_query_seconds'])}",
                     fmt(s["median_open_cpu_seconds"]),
                     fmt(mb(s["median_rss_delta_bytes"])), fmt(mb(s["median_peak_rss_bytes"])), "—", "—"])
    out.append(table(["engine", "runs", "median s", "CPU s", "RSS growth MiB", "peak RSS MiB", "RSS growth/edge (B)", "topology B/edge"], rows))
    if targets and "kg" in summary:
        s = summary["kg"]
        summary["targets"] = {
            f"open+load under {max_seconds} s": s["median_open_seconds"] < max_seconds,
            f"topology at most {max_bytes_per_edge} bytes/edge":
                (s["topology_bytes_per_edge"] if s["topology_bytes_per_edge"] is not None
                 else s["median_bytes_per_edge"]) <= max_bytes_per_edge,
        }
        out.append("\nTargets: " + ", ".join(f"{k}: {'met' if v else 'NOT met'}"
                                           for k, v in summary["targets"].items()) + ".")
    return "\n".join(out), summary


def ldbc(args):
    machine = load_json(os.path.join(args.out, "ldbc_machine.json")) or {}
    imports = load_jsonl(os.path.join(args.out, "ldbc_import.jsonl"))
    loads = load_jsonl(os.path.join(args.out, "ldbc_load.jsonl"))
    qkg = load_json(os.path.join(args.out, "ldbc_queries_kg.json"))
    qkz = load_json(os.path.join(args.out, "ldbc_queries_kuzu.json"))
    if not imports and not loads and not qkg and not qkz:
        sys.exit(f"error: InputError: no LDBC measurements in {args.out} (run bench/run_ldbc.sh)")

    md = [f"## LDBC SNB SF0.1, {machine.get('date', '?')}", "",
          f"Machine: {machine.get('cpus', '?')} cores ({machine.get('cpu', '?')}), "
          f"{round(machine.get('mem_kb', 0) / (1 << 20))} GiB; kg at {machine.get('kg_commit', '?')}; "
          f"Kuzu {(qkz or {}).get('version', '?')} with {(qkz or {}).get('threads', '?')} threads.", ""]
    summary = {"machine": machine}
    text, summary["import"] = import_section(imports, "Import (CSV to database)")
    md += [text, ""]
    text, summary["load"] = load_section(loads, "Open + load")
    md += [text, ""]

    md += [f"### Queries ({(qkz or qkg or {}).get('warmup', '?')} warm-up + "
           f"{(qkz or qkg or {}).get('runs', '?')} timed runs, medians in ms)", ""]
    kg_by = {q["name"]: q for q in (qkg or {}).get("queries", [])}
    kz_by = {q["name"]: q for q in (qkz or {}).get("queries", [])}
    names = sorted(set(kg_by) | set(kz_by))
    rows, qsum, mismatches = [], [], []
    for n in names:
        a, b = kg_by.get(n, {}), kz_by.get(n, {})
        r = ratio(b.get("median_ms"), a.get("median_ms"))
        diff = compare(a, b, a.get("text") or b.get("text") or "") if a and b else "not compared (missing)"
        tags = query_tags(args.queries, n)
        if diff:
            mismatches.append((n, diff))
        qsum.append({"name": n, "tags": sorted(tags), "kg_ms": a.get("median_ms"), "kuzu_ms": b.get("median_ms"),
                     "kuzu_over_kg": r, "rows": a.get("rows", b.get("rows")), "same_result": not diff,
                     "difference": diff or None, "kg_error": a.get("error"), "kuzu_error": b.get("error")})
        rows.append([n, fmt(a.get("median_ms")) if not a.get("error") else "error",
                     fmt(b.get("median_ms")) if not b.get("error") else "error",
                     f"{r:.2f}" if r is not None else "—", fmt(a.get("rows", b.get("rows"))),
                     "yes" if not diff else "NO"])
    md.append(table(["query", "kg ms", "Kuzu ms", "Kuzu/kg", "rows", "same result"], rows))
    for n, d in mismatches:
        md.append(f"- {n}: {d}")
    for n in names:
        for eng, q in (("kg", kg_by.get(n, {})), ("Kuzu", kz_by.get(n, {}))):
            if q.get("error"):
                md.append(f"- {n}: {eng} error: `{q['error'][:200]}`")
    timed = [q for q in qsum if q["kuzu_over_kg"] is not None]
    anchored = [q for q in timed if "anchored" in q["tags"]]
    targets = {
        "every query faster than Kuzu": bool(timed) and len(timed) == len(names) and all(q["kuzu_over_kg"] > 1 for q in timed),
        "anchored traversals at least 5x faster": bool(anchored) and all(q["kuzu_over_kg"] >= 5 for q in anchored),
        "same results": not mismatches,
    }
    md.append("\nTargets: " + ", ".join(f"{k}: {'met' if v else 'NOT met'}" for k, v in targets.items()) + ".")
    summary["queries"] = {"list": qsum, "targets": targets}

    text = "\n".join(md) + "\n"
    print(text)
    with open(os.path.join(args.out, "ldbc_summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out, "ldbc_summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", choices=["ldbc", "scale", "ingest"])
    ap.add_argument("--out", required=True, help="the folder the run script wrote")
    ap.add_argument("--queries", help="the query folder (for tags such as 'anchored')")
    args = ap.parse_args()
    {"ldbc": ldbc, "scale": scale, "ingest": ingest}[args.bench](args)


def scale(args):
    machine = load_json(os.path.join(args.out, "scale_machine.json"))
    if not machine:
        sys.exit(f"error: InputError: no growth measurements in {args.out} (run bench/run_scale.sh)")
    md = [f"## Growth: generated graphs, {machine.get('date', '?')}", "",
          f"Machine: {machine.get('cpus', '?')} cores ({machine.get('cpu', '?')}); "
          f"kg at {machine.get('kg_commit', '?')}; generator seed {machine.get('seed', '?')}.", ""]
    summary = {"machine": machine, "sizes": {}}
    for n in machine.get("sizes", []):
        imports = load_jsonl(os.path.join(args.out, f"scale_{n}_import.jsonl"))
        loads = load_jsonl(os.path.join(args.out, f"scale_{n}_load.jsonl"))
        if not imports and not loads:
            continue
        s = {}
        text, s["import"] = import_section(imports, f"{n:,} edges: import")
        md += [text, ""]
        text, s["load"] = load_section(loads, f"{n:,} edges: open + load", targets=False)
        md += [text, ""]
        summary["sizes"][str(n)] = s
    text = "\n".join(md) + "\n"
    print(text)
    with open(os.path.join(args.out, "scale_summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out, "scale_summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)


def ingest(args, extract_target=10.0, ingest_target=5.0):
    machine = load_json(os.path.join(args.out, "ingest_machine.json"))
    runs = load_jsonl(os.path.join(args.out, "ingest.jsonl"))
    if not machine or not runs:
        sys.exit(f"error: InputError: no ingestion measurements in {args.out} (run bench/run_ingest.sh)")
    mib, articles = machine["corpus_bytes"] / (1 << 20), machine["articles"]
    md = [f"## Ingestion, {machine.get('date', '?')}", "",
          f"Machine: {machine.get('cpus', '?')} cores ({machine.get('cpu', '?')}); kg at "
          f"{machine.get('kg_commit', '?')}. Corpus: {articles:,} articles, {mib:.1f} MiB "
          "(bench/gen_corpus.py). Rates count input bytes per second of wall time, in MiB (2^20 bytes) "
          "and in MB (10^6 bytes, the unit of the targets); per core: per second of CPU time (user + "
          "system).", ""]
    groups = {}
    for r in runs:
        key = "kg extract" if r.get("step") == "extract" else f"kg ingest --jobs {r.get('jobs')}"
        groups.setdefault(key, []).append(r)
    rows, summary = [], {"machine": machine, "steps": {}}
    for key, rs in groups.items():
        ok = [r for r in rs if r.get("exit_code") == 0]
        failed = [r for r in rs if r.get("exit_code") != 0]
        wall = med([r["wall_seconds"] for r in ok])
        cpu = med([r["cpu_seconds"] for r in ok])
        s = {"runs": len(ok), "failed": len(failed),
             "error": (failed[0].get("stderr_tail") or failed[0].get("error")) if failed else None,
             "median_wall_seconds": wall, "median_cpu_seconds": cpu,
             "mib_per_s": mib / wall if wall else None, "mib_per_cpu_s": mib / cpu if cpu else None,
             "mb_per_s": machine["corpus_bytes"] / 1e6 / wall if wall else None,
             "mb_per_cpu_s": machine["corpus_bytes"] / 1e6 / cpu if cpu else None,
             "articles_per_s": articles / wall if wall else None,
             "median_peak_rss_bytes": med([r["peak_rss_bytes"] for r in ok])}
        if ok and ok[-1].get("summary_file"):
            s["kg_summary"] = load_json(ok[-1]["summary_file"])
        summary["steps"][key] = s
        rows.append([key, f"{len(ok)}" + (f" ({len(failed)} failed)" if failed else ""), fmt(wall),
                     fmt(s["mib_per_s"]), fmt(s["mb_per_s"]), fmt(s["mib_per_cpu_s"]), fmt(s["mb_per_cpu_s"]),
                     fmt(s["articles_per_s"]), fmt(mb(s["median_peak_rss_bytes"]))])
    md.append(table(["step", "runs", "median s", "MiB/s", "MB/s", "MiB/s per core", "MB/s per core", "articles/s",
                     "peak RSS MiB"], rows))
    for key, s in summary["steps"].items():
        if s["error"]:
            md.append(f"\n{key} failed: `{s['error'][:200]}`")
        if s.get("kg_summary"):
            md.append(f"\n{key}, kg's summary of the last run: `{json.dumps(s['kg_summary'])}`")
    ex = summary["steps"].get("kg extract", {})
    best_ingest = max((s["mb_per_s"] or 0 for k, s in summary["steps"].items() if k.startswith("kg ingest")), default=0)
    summary["targets"] = {
        f"extraction at least {extract_target:g} MB/s per core": (ex.get("mb_per_cpu_s") or 0) >= extract_target,
        f"ingest at least {ingest_target:g} MB/s": best_ingest >= ingest_target,
        "corpus at least 50 MB": machine["corpus_bytes"] >= 50e6,
    }
    md.append("\nTargets: " + ", ".join(f"{k}: {'met' if v else 'NOT met'}" for k, v in summary["targets"].items()) + ".")
    text = "\n".join(md) + "\n"
    print(text)
    with open(os.path.join(args.out, "ingest_summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out, "ingest_summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)


if __name__ == "__main__":
    main()
