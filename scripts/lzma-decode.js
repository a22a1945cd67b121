// An LZMA decoder (raw LZMA1 stream, as `python3 -m lzma`'s FORMAT_RAW
// writes it) for the widget's inlined WebAssembly. LZMA packs the wasm about
// a fifth smaller than gzip; browsers have no LZMA of their own, so the
// script carries this decoder (about 1.5 KB).
//
// lzmaDecoder(input, size, lc, lp, pb) returns a function `more(limit)` that
// decodes into its output buffer until at least `limit` bytes (or all
// `size`) are there and returns that buffer's filled length; the buffer is
// `more.out`. Decoding in steps lets the browser compile the first part of
// the wasm while the rest is still being decoded.
//
// Written from the LZMA specification (the LZMA SDK's lzma-specification.txt):
// a range coder with 11-bit probabilities, literals coded with their
// predecessor's high bits (lc) and, after a match, against the byte at the
// last distance; lengths in three bit trees; distances as a slot and direct
// or reverse-coded bits; four most recent distances kept for repeats.
// Throws an Error on a corrupt stream instead of reading past the input.
/* exported lzmaDecoder */
function lzmaDecoder(input, size, lc, lp, pb) {
  var out = new Uint8Array(size);
  var pos = 0;
  var inPos = 5;
  var range = -1;
  var code = (input[1] << 24) | (input[2] << 16) | (input[3] << 8) | input[4];
  if (input[0] !== 0 || input.length < 5) throw new Error("LZMA: bad stream start");

  // All probabilities in one array; the offsets below name its parts.
  var IS_MATCH = 0; // 12 states × 16 position states
  var IS_REP = 192;
  var IS_REP_G0 = 204;
  var IS_REP_G1 = 216;
  var IS_REP_G2 = 228;
  var IS_REP0_LONG = 240; // 12 × 16
  var POS_SLOT = 432; // 4 length states × 64
  var SPEC_POS = 688; // 115 (distances 4 to 127 by reverse bit trees)
  var ALIGN = 803; // 16
  var LEN = 819; // length coder: choice, choice2, low 16 × 8, mid 16 × 8, high 256
  var REP_LEN = LEN + 514;
  var LITERAL = REP_LEN + 514;
  var probs = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(1024);

  var state = 0;
  var rep0 = 0;
  var rep1 = 0;
  var rep2 = 0;
  var rep3 = 0;
  var pbMask = (1 << pb) - 1;
  var lpMask = (1 << lp) - 1;

  function bit(i) {
    var p = probs[i];
    var bound = Math.imul(range >>> 11, p);
    var b;
    // Unsigned comparison of two 32-bit values held as signed ones.
    if ((code ^ 0x80000000) < (bound ^ 0x80000000)) {
      range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      range = (range - bound) | 0;
      code = (code - bound) | 0;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (range >>> 24 === 0) {
      if (inPos >= input.length) throw new Error("LZMA: stream ends early");
      range <<= 8;
      code = (code << 8) | input[inPos++];
    }
    return b;
  }
  function tree(base, bits) {
    var m = 1;
    for (var i = 0; i < bits; i++) m = (m << 1) | bit(base + m);
    return m - (1 << bits);
  }
  function reverse(base, bits) {
    var m = 1;
    var symbol = 0;
    for (var i = 0; i < bits; i++) {
      var b = bit(base + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  }
  function direct(bits) {
    var result = 0;
    for (var i = 0; i < bits; i++) {
      range >>>= 1;
      var b = (code >>> 0) >= range ? 1 : 0;
      if (b) code = (code - range) | 0;
      result = result * 2 + b;
      if (range >>> 24 === 0) {
        if (inPos >= input.length) throw new Error("LZMA: stream ends early");
        range <<= 8;
        code = (code << 8) | input[inPos++];
      }
    }
    return result;
  }
  function length(base, posState) {
    if (bit(base) === 0) return tree(base + 2 + (posState << 3), 3);
    if (bit(base + 1) === 0) return 8 + tree(base + 130 + (posState << 3), 3);
    return 16 + tree(base + 258, 8);
  }
  function distance(len) {
    var slot = tree(POS_SLOT + ((len < 3 ? len : 3) << 6), 6);
    if (slot < 4) return slot;
    var bits = (slot >>> 1) - 1;
    var dist = (2 | (slot & 1)) * Math.pow(2, bits);
    if (slot < 14) return dist + reverse(SPEC_POS + dist - slot, bits);
    return dist + direct(bits - 4) * 16 + reverse(ALIGN, 4);
  }

  function more(limit) {
    if (limit > size) limit = size;
    while (pos < limit) {
      var posState = pos & pbMask;
      if (bit(IS_MATCH + (state << 4) + posState) === 0) {
        var prev = pos > 0 ? out[pos - 1] : 0;
        var base = LITERAL + 0x300 * (((pos & lpMask) << lc) + (prev >>> (8 - lc)));
        var symbol = 1;
        if (state >= 7) {
          var matchByte = out[pos - rep0 - 1];
          while (symbol < 0x100) {
            var matchBit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            var b = bit(base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | b;
            if (matchBit !== b) break;
          }
        }
        while (symbol < 0x100) symbol = (symbol << 1) | bit(base + symbol);
        out[pos++] = symbol & 0xff;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      var len;
      if (bit(IS_REP + state) === 1) {
        if (pos === 0) throw new Error("LZMA: repeat before any data");
        if (bit(IS_REP_G0 + state) === 0) {
          if (bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
            state = state < 7 ? 9 : 11;
            out[pos] = out[pos - rep0 - 1];
            pos++;
            continue;
          }
        } else {
          var dist;
          if (bit(IS_REP_G1 + state) === 0) {
            dist = rep1;
          } else {
            if (bit(IS_REP_G2 + state) === 0) {
              dist = rep2;
            } else {
              dist = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = dist;
        }
        len = length(REP_LEN, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        len = length(LEN, posState);
        state = state < 7 ? 7 : 10;
        rep0 = distance(len);
        if (rep0 === 0xffffffff) break; // the end marker
      }
      if (rep0 >= pos) throw new Error("LZMA: distance beyond the data");
      len += 2;
      var from = pos - rep0 - 1;
      if (len > size - pos) len = size - pos;
      for (var k = 0; k < len; k++) out[pos++] = out[from + k];
    }
    return pos;
  }
  more.out = out;
  return more;
}
