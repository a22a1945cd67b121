// Runs the LZMA decoder (lzma/, a WebAssembly module of its own) on the
// widget's inlined wasm: raw LZMA1, as scripts/lzma-pack.mjs writes it.
// LZMA packs the wasm about a fifth smaller than gzip, and browsers have no
// LZMA of their own; as WebAssembly the decoder runs at speed at once,
// where one in JavaScript runs slowly until the engine has optimised it.
//
// lzmaDecoder(decoder, input, size, lc, lp, pb): `decoder` is the decoder
// module's bytes, `input` the stream, `size` the length of what it decodes
// to. Returns a function `more(limit)` that decodes until at least `limit`
// bytes (or all `size`) are there and returns how many are; `more.out` is
// the output so far (a view that the next step may replace). Decoding in
// steps lets the browser compile the first part of the wasm, and paint,
// while the rest is still being decoded. A corrupt stream throws an Error.
/* exported lzmaDecoder */
function lzmaDecoder(decoder, input, size, lc, lp, pb) {
  function check(result) {
    if (result < 0) {
      throw new Error("LZMA: " + ["", "bad properties", "bad stream start", "stream ends early", "distance beyond the data"][-result]);
    }
    return result;
  }
  var lzma = new WebAssembly.Instance(new WebAssembly.Module(decoder)).exports;
  var memory = lzma.memory;
  // The decoder's state, the stream and the output, in pages added after
  // the module's own memory.
  var state = memory.buffer.byteLength;
  var stream = state + ((lzma.lzma_state_size() + 7) & ~7);
  var out = stream + input.length;
  memory.grow(Math.ceil((out + size - state) / 65536));
  new Uint8Array(memory.buffer, stream, input.length).set(input);
  check(lzma.lzma_init(state, stream, input.length, lc, lp, pb));
  function more(limit) {
    var done = check(lzma.lzma_more(state, out, size, limit));
    // Short of the limit only at the end marker: a stream that ends before
    // the size it was packed from is cut or foreign.
    if (done < Math.min(limit, size)) check(-3);
    more.out = new Uint8Array(memory.buffer, out, done);
    return done;
  }
  more.out = new Uint8Array(0);
  return more;
}
