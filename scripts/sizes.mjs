// Prints each file's size raw, gzip (level 9) and brotli (quality 11), as
// a server would send it. `make dist` runs it on what it built.

import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

for (const path of process.argv.slice(2)) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  console.log(`${path}: ${bytes.length} bytes raw, ${gzip} bytes gzip, ${brotli} bytes brotli`);
}
