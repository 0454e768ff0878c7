// Kuzu's database open, for comparison with kg's open + load: times opening
// an existing database until it answers a first query (`MATCH (n) RETURN
// count(n)`), and reports the process's resident memory before and after.
// Kuzu is disk-based (a buffer pool over its file), so "loaded" means ready
// to answer, not resident in memory. Prints one JSON object on stdout:
//   {"engine":"kuzu","open_seconds","open_cpu_seconds","first_query_seconds","nodes",
//    "rss_before_bytes","rss_after_bytes","peak_rss_bytes"}
// Usage: node kuzu_open.js --db PATH
"use strict";

const fs = require("fs");
const kuzu = require("kuzu");
const lib = require("./lib");

async function main() {
  const args = lib.parseArgs(process.argv.slice(2), { db: { required: true } },
    "node kuzu_open.js --db PATH");
  if (!fs.existsSync(args.db)) throw new Error(`${args.db}: no such database`);
  const rssBefore = lib.procStatusBytes("VmRSS");
  const cpu0 = process.cpuUsage();
  const t0 = lib.nowMs();
  const db = new kuzu.Database(args.db, 0, true, /*readOnly=*/true);
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  const t1 = lib.nowMs();
  const cpu = process.cpuUsage(cpu0);
  const res = await conn.query("MATCH (n) RETURN count(n) AS n");
  const nodes = Number((await res.getAll())[0].n);
  const t2 = lib.nowMs();
  console.log(JSON.stringify({
    engine: "kuzu", open_seconds: (t1 - t0) / 1000,
    open_cpu_seconds: (cpu.user + cpu.system) / 1e6, first_query_seconds: (t2 - t1) / 1000, nodes,
    rss_before_bytes: rssBefore, rss_after_bytes: lib.procStatusBytes("VmRSS"),
    peak_rss_bytes: lib.procStatusBytes("VmHWM"),
  }));
  await conn.close();
  await db.close();
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
