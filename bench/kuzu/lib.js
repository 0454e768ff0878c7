// Shared helpers of the Kuzu side of kg's benchmarks: argument parsing, the
// dataset manifest, timing statistics, memory readings and value
// normalisation. The kg side (bench/*.cpp) follows the same conventions so
// that bench/report.py can put the two side by side.
"use strict";

const fs = require("fs");
const path = require("path");

// Parses `--name value` pairs (and bare `--flag`) into an object; exits with
// status 2 and a usage line on an unknown option or a missing required one.
function parseArgs(argv, spec, usage) {
  const out = {};
  for (const [k, v] of Object.entries(spec)) if (v.default !== undefined) out[k] = v.default;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--") || !(a.slice(2) in spec)) {
      console.error(`error: UsageError: unknown argument '${a}'\nusage: ${usage}`);
      process.exit(2);
    }
    const name = a.slice(2);
    if (spec[name].flag) {
      out[name] = true;
    } else {
      if (i + 1 >= argv.length) {
        console.error(`error: UsageError: ${a} needs a value\nusage: ${usage}`);
        process.exit(2);
      }
      out[name] = spec[name].number ? Number(argv[++i]) : argv[++i];
    }
  }
  for (const [k, v] of Object.entries(spec)) {
    if (v.required && out[k] === undefined) {
      console.error(`error: UsageError: --${k} is required\nusage: ${usage}`);
      process.exit(2);
    }
  }
  return out;
}

// The rows of DIR/manifest.tsv: {kind: "node"|"rel", name, file, from, to}.
// Lines: `node LABEL FILE` or `rel TYPE FILE FROM_LABEL TO_LABEL`, tab-separated.
function readManifest(dir) {
  const file = path.join(dir, "manifest.tsv");
  const rows = [];
  fs.readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const f = line.split("\t");
    if ((f[0] === "node" && f.length === 3) || (f[0] === "rel" && f.length === 5)) {
      rows.push({ kind: f[0], name: f[1], file: f[2], from: f[3], to: f[4] });
    } else {
      throw new Error(`${file}:${i + 1}: expected 'node LABEL FILE' or 'rel TYPE FILE FROM TO'`);
    }
  });
  return rows;
}

// Data rows of a CSV file with one header line (newline count minus one;
// fields of the benchmark data sets never hold newlines).
function countDataRows(file) {
  const fd = fs.openSync(file, "r");
  const buf = Buffer.allocUnsafe(1 << 20);
  let lines = 0, last = 10, n;
  while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
    for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
    last = buf[n - 1];
  }
  fs.closeSync(fd);
  if (last !== 10) lines++;
  return Math.max(0, lines - 1);
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Kilobytes of a field of /proc/self/status (VmRSS, VmHWM), as bytes.
function procStatusBytes(field) {
  const m = fs.readFileSync("/proc/self/status", "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return m ? Number(m[1]) * 1024 : null;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// A Kuzu value as plain JSON comparable with kg's JSON output: dates as ISO
// `YYYY-MM-DD`, BigInt as number, nodes/relationships as their properties.
function normalise(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(normalise);
  if (typeof v === "object") {
    const o = {};
    for (const [k, x] of Object.entries(v)) if (!k.startsWith("_")) o[k] = normalise(x);
    return o;
  }
  return v;
}

// Query files of DIR for `engine` ("kg" or "kuzu"): every NAME.cypher (not
// NAME.ENGINE.cypher), replaced by NAME.<engine>.cypher when that exists.
// Lines starting with `//` are comments and are dropped. Sorted by name.
function readQueries(dir, engine) {
  const names = fs.readdirSync(dir).filter((f) => /^[^.]+\.cypher$/.test(f)).sort();
  return names.map((f) => {
    const name = f.replace(/\.cypher$/, "");
    const own = path.join(dir, `${name}.${engine}.cypher`);
    const file = fs.existsSync(own) ? own : path.join(dir, f);
    const text = fs.readFileSync(file, "utf8").split("\n")
      .filter((l) => !l.trimStart().startsWith("//")).join("\n").trim();
    return { name, file, text };
  });
}

module.exports = { parseArgs, readManifest, countDataRows, median, procStatusBytes, nowMs, normalise, readQueries };
