#!/usr/bin/env bash
# Installs the peer engine Kuzu (the npm package pinned in bench/kuzu/package.json,
# which ships prebuilt engines) into bench/kuzu/node_modules, for the benchmark
# scripts only: kg never builds against it. Needs node >= 18 and npm.
# Idempotent: does nothing when the pinned version already loads.
set -euo pipefail
cd "$(dirname "$0")/kuzu"

want=$(node -e 'console.log(require("./package.json").dependencies.kuzu)')
if node -e "process.exit(require('kuzu').VERSION === '$want' ? 0 : 1)" 2>/dev/null; then
  echo "setup_kuzu: kuzu $want already installed" >&2
  exit 0
fi
npm install --no-audit --no-fund --loglevel=error >&2
# Recent npm versions skip install scripts unless allowed; the package's
# install.js (as its README says) copies the prebuilt engine for this
# platform to kuzujs.node and its JS wrappers beside it.
(cd node_modules/kuzu && node install.js >/dev/null)
node -e "
const kuzu = require('kuzu');
if (kuzu.VERSION !== '$want') { console.error('setup_kuzu: got kuzu ' + kuzu.VERSION + ', want $want'); process.exit(1); }
const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
const r = conn.querySync('RETURN 40 + 2 AS x');
if (r.getAllSync()[0].x !== 42) { console.error('setup_kuzu: kuzu does not answer'); process.exit(1); }
"
echo "setup_kuzu: kuzu $want ready in $(pwd)/node_modules" >&2
