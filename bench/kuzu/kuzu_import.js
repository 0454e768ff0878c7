// Kuzu's bulk import of a manifest-described CSV data set, for comparison
// with `kg import`: creates the tables of DATA/schema.cypher, then runs
// `COPY NAME FROM 'DATA/FILE' (delim=..., header=true)` for every row of
// DATA/manifest.tsv, nodes first. Prints one JSON object on stdout:
//   {"engine":"kuzu","seconds","rows","rows_per_s","threads","files":[{name,rows,seconds}]}
// `seconds` covers opening the new database, the DDL, every COPY and the
// close (the checkpoint that makes the data durable).
// Usage: node kuzu_import.js --data DIR --db NEW_PATH [--delimiter '|'] [--threads N]
"use strict";

const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");
const lib = require("./lib");

const USAGE = "node kuzu_import.js --data DIR --db NEW_PATH [--delimiter C] [--threads N]";

async function main() {
  const args = lib.parseArgs(process.argv.slice(2), {
    data: { required: true }, db: { required: true },
    delimiter: { default: "|" }, threads: { number: true, default: 0 },
  }, USAGE);
  if (fs.existsSync(args.db)) throw new Error(`${args.db} already exists; give a new path`);
  const manifest = lib.readManifest(args.data);
  const ddl = fs.readFileSync(path.join(args.data, "schema.cypher"), "utf8")
    .split(";").map((s) => s.trim()).filter((s) => s !== "");

  const t0 = lib.nowMs();
  const db = new kuzu.Database(args.db);
  const conn = new kuzu.Connection(db);
  if (args.threads > 0) conn.setMaxNumThreadForExec(args.threads);
  for (const stmt of ddl) await conn.query(stmt);
  const files = [];
  let rows = 0;
  const ordered = [...manifest.filter((m) => m.kind === "node"), ...manifest.filter((m) => m.kind === "rel")];
  for (const m of ordered) {
    const file = path.resolve(args.data, m.file);
    const t = lib.nowMs();
    const res = await conn.query(
      `COPY ${m.name} FROM '${file.replace(/'/g, "\\'")}' (delim='${args.delimiter}', header=true)`);
    const msg = (await res.getAll())[0];
    const text = msg ? String(Object.values(msg)[0]) : "";
    const copied = Number((text.match(/(\d+) tuples/) || [])[1]);
    if (!Number.isFinite(copied)) throw new Error(`COPY ${m.name}: unexpected reply '${text}'`);
    files.push({ name: m.name, rows: copied, seconds: (lib.nowMs() - t) / 1000 });
    rows += copied;
  }
  await conn.close();
  await db.close();
  const seconds = (lib.nowMs() - t0) / 1000;
  console.log(JSON.stringify({
    engine: "kuzu", version: kuzu.VERSION, seconds, rows, rows_per_s: rows / seconds,
    threads: args.threads || require("os").cpus().length,
    peak_rss_bytes: lib.procStatusBytes("VmHWM"), files,
  }));
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
