// Decodes a short UTF-8 string from the wasm's memory, bytes[from..to], for
// wasm-bindgen's glue: a call of TextDecoder costs more than the work for the
// many short strings a render passes (attribute values, a cell's text).
// Returns null where the bytes are not ASCII or two-byte characters (all of
// German's), and the glue then uses TextDecoder as before.
/* exported shortUtf8 */
function shortUtf8(bytes, from, to) {
  var text = "";
  for (var i = from; i < to; i++) {
    var b = bytes[i];
    if (b < 0x80) {
      text += String.fromCharCode(b);
    } else if (b >= 0xc2 && b < 0xe0 && i + 1 < to && (bytes[i + 1] & 0xc0) === 0x80) {
      text += String.fromCharCode(((b & 0x1f) << 6) | (bytes[++i] & 0x3f));
    } else {
      return null;
    }
  }
  return text;
}
