// Packs bytes as a raw LZMA1 stream for scripts/lzma-decode.js, with
// Python's lzma module (liblzma; Python is part of every Debian system the
// build runs on). LZMA packs the widget's wasm about a fifth smaller than
// gzip (Zopfli's included). lc = 3, lp = 0, pb = 0 suit wasm byte code best;
// the dictionary holds the whole input (the decoder keeps all of its output
// anyway).

import { execFileSync } from "node:child_process";

export const LZMA = { lc: 3, lp: 0, pb: 0 };

function dictionarySize(length) {
  let size = 1 << 16;
  while (size < length) size *= 2;
  return size;
}

export function lzmaPack(bytes) {
  const program = `import lzma, sys
sys.stdout.buffer.write(lzma.compress(sys.stdin.buffer.read(), format=lzma.FORMAT_RAW,
  filters=[{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME,
            "dict_size": ${dictionarySize(bytes.length)}, "lc": ${LZMA.lc}, "lp": ${LZMA.lp},
            "pb": ${LZMA.pb}, "nice_len": 273}]))`;
  return execFileSync("python3", ["-c", program], { input: bytes, maxBuffer: 64 << 20 });
}
