// Kuzu's side of the query benchmark: one process, one connection; for each
// query of --queries (see lib.readQueries: NAME.cypher, or NAME.kuzu.cypher
// where Kuzu's dialect differs), --warmup untimed runs then --runs timed
// runs, each run being the query's text sent as is and every row fetched.
// Writes --out as JSON:
//   {"engine":"kuzu","version","threads","runs","warmup","queries":[
//     {"name","file","text","columns","rows","result","ms":[...],"median_ms","error"}]}
// `result` holds the rows of the last run (values as JSON, see
// lib.normalise) when there are at most --keep-rows of them.
// Usage: node kuzu_query.js --db PATH --queries DIR --out FILE
//          [--runs 10] [--warmup 1] [--threads N] [--timeout-ms 60000] [--keep-rows 1000]
"use strict";

const fs = require("fs");
const os = require("os");
const kuzu = require("kuzu");
const lib = require("./lib");

const USAGE = "node kuzu_query.js --db PATH --queries DIR --out FILE [--runs N] [--warmup N] " +
  "[--threads N] [--timeout-ms MS] [--keep-rows N] [--only NAME]";

async function runOnce(conn, text) {
  const t = lib.nowMs();
  const res = await conn.query(text);
  const last = Array.isArray(res) ? res[res.length - 1] : res;
  const rows = await last.getAll();
  const ms = lib.nowMs() - t;
  return { ms, columns: await last.getColumnNames(), rows };
}

async function main() {
  const args = lib.parseArgs(process.argv.slice(2), {
    db: { required: true }, queries: { required: true }, out: { required: true },
    runs: { number: true, default: 10 }, warmup: { number: true, default: 1 },
    threads: { number: true, default: 0 }, "timeout-ms": { number: true, default: 60000 },
    "keep-rows": { number: true, default: 1000 }, only: {},
  }, USAGE);
  if (!fs.existsSync(args.db)) throw new Error(`${args.db}: no such database`);
  const db = new kuzu.Database(args.db, 0, true, /*readOnly=*/true);
  const conn = new kuzu.Connection(db);
  if (args.threads > 0) conn.setMaxNumThreadForExec(args.threads);
  conn.setQueryTimeout(args["timeout-ms"]);
  const out = {
    engine: "kuzu", version: kuzu.VERSION, threads: args.threads || os.cpus().length,
    runs: args.runs, warmup: args.warmup, queries: [],
  };
  for (const q of lib.readQueries(args.queries, "kuzu")) {
    if (args.only && q.name !== args.only) continue;
    const entry = { name: q.name, file: q.file, text: q.text, columns: null, rows: null,
                    result: null, ms: [], median_ms: null, error: null };
    try {
      let last = null;
      for (let i = 0; i < args.warmup; i++) last = await runOnce(conn, q.text);
      for (let i = 0; i < args.runs; i++) {
        last = await runOnce(conn, q.text);
        entry.ms.push(last.ms);
      }
      if (last) {
        entry.columns = last.columns;
        entry.rows = last.rows.length;
        if (last.rows.length <= args["keep-rows"]) {
          entry.result = last.rows.map((r) => last.columns.map((c) => lib.normalise(r[c])));
        }
      }
      entry.median_ms = lib.median(entry.ms);
    } catch (e) {
      entry.error = String(e.message || e);
    }
    process.stderr.write(`kuzu ${q.name}: ${entry.error ? "error: " + entry.error
      : entry.median_ms.toFixed(3) + " ms, " + entry.rows + " rows"}\n`);
    out.queries.push(entry);
  }
  fs.writeFileSync(args.out, JSON.stringify(out, null, 1) + "\n");
  await conn.close();
  await db.close();
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
