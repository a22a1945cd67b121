// The shipped script's inlined wasm: the LZMA decoder (a wasm module of its
// own, inlined beside it) gives back the wasm byte for byte, at once and in
// pieces, and fails loudly on a cut stream; the wasm's imports carry short
// names that the glue provides.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT } from "./helpers.mjs";
import { shortenImports } from "../../scripts/wasm-imports.mjs";
import { LZMA, lzmaPack } from "../../scripts/lzma-pack.mjs";

const lzmaDecoder = new Function(
  readFileSync(join(ROOT, "scripts/lzma-decode.js"), "utf8") + "\nreturn lzmaDecoder;",
)();
const script = readFileSync(join(DIST, "netzwerk-matrix.js"), "utf8");
const wasm = readFileSync(join(DIST, "netzwerk-matrix.wasm"));

/// The script's LZMA stream, the decoder's module, the size the stream
/// decodes to (a number the script names; the widget's wasm is also shipped
/// as a file, and its bytes are what the stream must give back) and the
/// build's lc, lp, pb.
function inlined(text, size) {
  const data = text.match(/"([A-Za-z0-9+/]{10000,}={0,2})"/);
  assert.ok(data, "the script inlines a base64 stream");
  const module = text.match(/"(AGFzbQ[A-Za-z0-9+/]{100,9999}={0,2})"/);
  assert.ok(module, "the script inlines the decoder, a wasm module");
  const code = text.slice(0, data.index) + text.slice(data.index + data[0].length);
  const named = new RegExp(`=(${size ?? "\\d{6,8}"})[,;]`).exec(code);
  assert.ok(named, "the script names the decoded size");
  return {
    decoder: Buffer.from(module[1], "base64"),
    input: Buffer.from(data[1], "base64"),
    size: Number(named[1]),
    props: [LZMA.lc, LZMA.lp, LZMA.pb],
  };
}

test("the inlined stream decodes to the shipped wasm, byte for byte", () => {
  const { decoder, input, size, props } = inlined(script, wasm.length);
  assert.equal(size, wasm.length);
  assert.ok(input.length < wasm.length / 3, `LZMA packs ${wasm.length} bytes into ${input.length}`);
  const more = lzmaDecoder(decoder, input, size, ...props);
  assert.equal(more(size), size);
  assert.ok(Buffer.from(more.out).equals(wasm));
});

test("decoding in 64 KB pieces gives the same bytes as at once", () => {
  const { decoder, input, size, props } = inlined(script, wasm.length);
  const more = lzmaDecoder(decoder, input, size, ...props);
  const steps = [];
  let done = 0;
  while (done < size) {
    const next = more(done + 65536);
    assert.ok(next > done, "every step makes progress");
    steps.push(next);
    done = next;
  }
  assert.ok(steps.length >= size / 65536 - 1);
  assert.ok(Buffer.from(more.out).equals(wasm));
});

test("a cut or foreign stream throws instead of returning a wrong wasm", () => {
  const { decoder, input, size, props } = inlined(script, wasm.length);
  assert.throws(() => lzmaDecoder(decoder, input.subarray(0, input.length >> 1), size, ...props)(size), /LZMA: stream ends early/);
  const foreign = Buffer.from(input);
  foreign[0] = 1;
  assert.throws(() => lzmaDecoder(decoder, foreign, size, ...props), /LZMA: bad stream start/);
});

test("a stream whose end marker comes before the expected size throws instead of waiting", () => {
  const { decoder, props } = inlined(script, wasm.length);
  const text = Buffer.from("Netzwerk-Matrix, Netzwerk-Matrix, Netzwerk-Matrix");
  const packed = lzmaPack(text);
  const whole = lzmaDecoder(decoder, packed, text.length, ...props);
  assert.equal(whole(text.length), text.length);
  assert.equal(Buffer.from(whole.out).toString(), text.toString());
  assert.throws(() => lzmaDecoder(decoder, packed, text.length + 100, ...props)(text.length + 100), /LZMA: stream ends early/);
});

test("the editor's script decodes to a valid wasm too", async () => {
  const { decoder, input, size, props } = inlined(readFileSync(join(DIST, "netzwerk-matrix-redaktion.js"), "utf8"));
  const more = lzmaDecoder(decoder, input, size, ...props);
  more(size);
  assert.ok(WebAssembly.validate(more.out));
});

test("every import of the shipped wasm has a short name in one module", () => {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.ok(imports.length > 100);
  assert.deepEqual([...new Set(imports.map((i) => i.module))], ["m"]);
  for (const { name } of imports) assert.match(name, /^[a-zA-Z]{1,2}$/);
  // The web variant's glue provides each of them.
  const web = readFileSync(join(DIST, "netzwerk-matrix-web.js"), "utf8");
  for (const { name } of imports) assert.match(web, new RegExp(`[{,]${name}:`), `the glue provides ${name}`);
});

test("renaming refuses a glue that does not name an import exactly once", () => {
  // A minimal wasm importing two functions from "./x_bg.js".
  const text = (s) => [s.length, ...Buffer.from(s)];
  const imports = [2, ...text("./x_bg.js"), ...text("__wbg_a_1"), 0, 0, ...text("./x_bg.js"), ...text("__wbg_b_2"), 0, 0];
  const module = Buffer.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 4, 1, 0x60, 0, 0, // type section: () -> ()
    2, imports.length, ...imports,
  ]);
  const glue = '{ "./x_bg.js": { __wbg_a_1: f, __wbg_b_2: g } }';
  const short = shortenImports(module, glue);
  assert.equal(short.glue, '{ "m": { a: f, b: g } }');
  assert.deepEqual(
    WebAssembly.Module.imports(new WebAssembly.Module(short.wasm)).map((i) => `${i.module}.${i.name}`),
    ["m.a", "m.b"],
  );
  assert.throws(() => shortenImports(module, '{ "./x_bg.js": { __wbg_a_1: f } }'), /names __wbg_b_2 0 times/);
  assert.throws(() => shortenImports(module, '{ "./x_bg.js": { __wbg_a_1: f, __wbg_a_1: f, __wbg_b_2: g } }'), /names __wbg_a_1 2 times/);
});
