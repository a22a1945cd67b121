// Gives the wasm's imports short names, in the wasm and in wasm-bindgen's
// glue alike. wasm-bindgen names each import after its function and a
// 16-digit hash (`__wbg_insertBefore_10ab0c19b463c12b`) and its module after
// the glue's file; both sit in the wasm and in the glue, and the hashes do
// not compress. Renamed, the script is several KB smaller; nothing else
// changes. Exports wasm-bindgen names get short names too, and custom
// sections go.
//
// shortenImports(wasm, glue) returns { wasm, glue }. It fails (throws) where
// the glue does not hold every import's name exactly once as a key, or does
// not use an export it renames, rather than ship a wasm whose imports the
// glue cannot satisfy.

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

function name(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString("utf8"), start + length];
}

function encodeName(text) {
  const bytes = Buffer.from(text, "utf8");
  return [...leb(bytes.length), ...bytes];
}

// a … z, A … Z, then two letters: identifiers that need no quotes.
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let text = "";
  let n = index;
  do {
    text = letters[n % letters.length] + text;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return text;
}

// The import section's entries after their two names, as they are.
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  if (kind === 0) return readLeb(bytes, at)[1]; // function: type index
  if (kind === 1) at += 1; // table: element type, then limits
  if (kind === 1 || kind === 2) {
    const flags = bytes[at];
    at = readLeb(bytes, at + 1)[1];
    return flags & 1 ? readLeb(bytes, at)[1] : at;
  }
  if (kind === 3) return at + 2; // global: type, mutability
  throw new Error(`wasm-imports: unknown import kind ${kind}`);
}

// Export names wasm-bindgen makes (its closures' carry hashes too); others,
// such as `memory`, keep theirs.
const GENERATED_EXPORT = /^(__wbindgen_|__externref_|wasm_bindgen__)/;

// Each old name in the glue becomes its new one. An import's name must be
// there exactly once (its key in the imports object), an export's at least
// once (every use of it).
function renameAll(text, renames, exactlyOnce) {
  for (const [old, short] of renames) {
    const pattern = new RegExp(`\\b${old}\\b`, "g");
    const found = text.match(pattern)?.length ?? 0;
    if (exactlyOnce ? found !== 1 : found === 0) {
      throw new Error(`wasm-imports: the glue names ${old} ${found} times, ${exactlyOnce ? "once" : "at least once"} expected`);
    }
    text = text.replace(pattern, short);
  }
  return text;
}

export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  const parts = [bytes.subarray(0, 8)];
  let text = glue;
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    const end = start + size;
    if (id === 0) {
      // Custom sections (producers, target features) are of no use to a
      // browser.
    } else if (id === 2) {
      const imports = renameImports(bytes.subarray(start, end), text);
      text = imports.glue;
      parts.push(section(id, imports.body));
    } else if (id === 7) {
      const exports = renameExports(bytes.subarray(start, end), text);
      text = exports.glue;
      parts.push(section(id, exports.body));
    } else {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
  }
  return { wasm: Buffer.concat(parts), glue: text };
}

function section(id, body) {
  return new Uint8Array([id, ...leb(body.length), ...body]);
}

function renameImports(bytes, glue) {
  const [count, first] = readLeb(bytes, 0);
  const entries = [];
  const renames = new Map();
  const modules = new Set();
  let j = first;
  for (let i = 0; i < count; i++) {
    const [module, afterModule] = name(bytes, j);
    const [field, afterField] = name(bytes, afterModule);
    const end = skipDescription(bytes, afterField);
    modules.add(module);
    if (!renames.has(field)) renames.set(field, shortName(renames.size));
    entries.push([...encodeName("m"), ...encodeName(renames.get(field)), ...bytes.subarray(afterField, end)]);
    j = end;
  }
  if (modules.size !== 1) throw new Error(`wasm-imports: ${modules.size} import modules, one expected`);
  const [module] = modules;
  const moduleKey = JSON.stringify(module) + ":";
  if (glue.split(moduleKey).length !== 2) throw new Error(`wasm-imports: the glue does not name ${module} once`);
  const text = renameAll(glue.replace(moduleKey, '"m":'), renames, true);
  return { body: [...leb(count), ...entries.flat()], glue: text };
}

// Exports keep their order; wasm-bindgen's own get `_a`, `_b`, …, which no
// export and no import name has.
function renameExports(bytes, glue) {
  const [count, first] = readLeb(bytes, 0);
  const entries = [];
  const renames = new Map();
  let j = first;
  for (let i = 0; i < count; i++) {
    const [field, afterField] = name(bytes, j);
    const end = readLeb(bytes, afterField + 1)[1]; // kind, index
    const renamed = GENERATED_EXPORT.test(field) ? "_" + shortName(renames.size) : field;
    if (renamed !== field) renames.set(field, renamed);
    entries.push([...encodeName(renamed), ...bytes.subarray(afterField, end)]);
    j = end;
  }
  return { body: [...leb(count), ...entries.flat()], glue: renameAll(glue, renames, false) };
}
