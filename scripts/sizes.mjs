// Prints each file's size raw, gzip (level 9) and brotli (quality 11), as
// a server would send it. `make dist` runs it on what it built.
//
//   node scripts/sizes.mjs FILE...
//   node scripts/sizes.mjs --max-gzip N --max-raw N FILE...
//       and fails (exit 1) when a file is over either budget, in bytes.

import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const budget = {};
for (const flag of ["--max-gzip", "--max-raw"]) {
  const i = args.indexOf(flag);
  if (i >= 0) {
    budget[flag] = Number(args[i + 1]);
    args.splice(i, 2);
  }
}

let over = false;
for (const path of args) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  console.log(`${path}: ${bytes.length} bytes raw, ${gzip} bytes gzip, ${brotli} bytes brotli`);
  for (const [flag, size, what] of [["--max-gzip", gzip, "gzip"], ["--max-raw", bytes.length, "raw"]]) {
    if (budget[flag] !== undefined && size > budget[flag]) {
      console.error(`${path}: ${size} bytes ${what}, over the budget of ${budget[flag]} bytes`);
      over = true;
    }
  }
}
process.exit(over ? 1 : 0);
