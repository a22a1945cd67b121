// Turns Trunk's output (wasm-bindgen "no-modules" glue plus the .wasm file)
// into dist/netzwerk-matrix.js: one classic script with the wasm bytes
// inlined, so the widget runs from file:// (where Chromium refuses to fetch
// .wasm files and module scripts) and from any server with one <script src>.
//
// Also writes dist/netzwerk-matrix-web.js and dist/netzwerk-matrix.wasm: the
// same widget for web servers, fetching the wasm beside the script and
// compiling it while it downloads. Smaller on the wire (no base64), but two
// files and no file://.
//
// The editor's build (redaktion.html) goes through the same step and
// becomes dist/netzwerk-matrix-redaktion.js, one self-contained script too.
//
// Run by Trunk as a post_build hook (TRUNK_STAGING_DIR), or by hand with the
// directory as argument.

import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { shortenImports } from "./wasm-imports.mjs";
import { LZMA, lzmaPack } from "./lzma-pack.mjs";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("bundle.mjs: no directory (TRUNK_STAGING_DIR or argument)");
  process.exit(2);
}
// The build's name, from the wasm file Trunk wrote: the widget's, or the
// editor's.
const bg = readdirSync(dir).find((f) => f.endsWith("_bg.wasm"));
if (!bg) {
  console.error(`bundle.mjs: no *_bg.wasm in ${dir}`);
  process.exit(2);
}
const name = bg.replace(/_bg\.wasm$/, "");
const editor = name === "netzwerk-matrix-redaktion";
const gluePath = join(dir, `${name}.js`);
const wasmPath = join(dir, `${name}_bg.wasm`);
const { glue, wasm } = shortenImports(readFileSync(wasmPath), readFileSync(gluePath, "utf8"));
const wasmLzma = lzmaPack(wasm);
const decoderSource = readFileSync(new URL("./lzma-decode.js", import.meta.url), "utf8");
const lzmaWasm = buildLzmaDecoder();

// The LZMA decoder (lzma/), built for wasm32 and optimised by wasm-opt.
function buildLzmaDecoder() {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const target = join(root, "target/lzma");
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("CARGO_")) delete env[key];
  execFileSync(
    "cargo",
    ["build", "--release", "--quiet", "--target", "wasm32-unknown-unknown", "--manifest-path", join(root, "lzma/Cargo.toml"), "--target-dir", target],
    { stdio: "inherit", env },
  );
  const built = join(target, "wasm32-unknown-unknown/release/netzwerk_matrix_lzma.wasm");
  const optimised = join(target, "netzwerk-matrix-lzma.wasm");
  execFileSync("wasm-opt", ["-O3", "--strip-debug", "--strip-producers", built, "-o", optimised], { stdio: "inherit" });
  return readFileSync(optimised);
}

// Short strings from the wasm are decoded by scripts/short-utf8.js first.
const STRING_FROM_WASM = `function getStringFromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }`;
if (!glue.includes(STRING_FROM_WASM)) {
  console.error("bundle.mjs: wasm-bindgen's getStringFromWasm0 has changed; see scripts/short-utf8.js");
  process.exit(1);
}
const fastGlue =
  readFileSync(new URL("./short-utf8.js", import.meta.url), "utf8") +
  glue.replace(
    STRING_FROM_WASM,
    `function getStringFromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        if (len < 64) {
            const text = shortUtf8(getUint8ArrayMemory0(), ptr, ptr + len);
            if (text !== null) return text;
        }
        return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }`,
  );

// The no-modules glue declares one global, `wasm_bindgen`; inside the
// wrapper function below it stays local, so the host page's globals are
// left alone.
if (!/^let wasm_bindgen\b/m.test(glue)) {
  console.error("bundle.mjs: unexpected glue format; is data-bindgen-target=\"no-modules\" set?");
  process.exit(1);
}

const loader = `
  var selector = ${JSON.stringify(editor ? "#redaktion" : "[data-netzwerk-matrix]")};
  // Shown in each widget element when the wasm cannot start, most often
  // because a Content-Security-Policy lacks 'wasm-unsafe-eval'.
  function showLoadError(error) {
    var hosts = document.querySelectorAll(selector);
    for (var i = 0; i < hosts.length; i++) {
      var host = hosts[i];
      if (host.hasAttribute("data-netzwerk-matrix-mounted")) continue;
      var en = (host.getAttribute("data-lang") || "").toLowerCase().indexOf("en") === 0;
      var box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.setAttribute("lang", en ? "en" : "de");
      box.textContent = en
        ? "The Netzwerk-Matrix cannot start: this browser or the page's security policy does not allow WebAssembly ('wasm-unsafe-eval')."
        : "Die Netzwerk-Matrix kann nicht starten: Der Browser oder die Sicherheitsrichtlinie der Seite erlaubt kein WebAssembly ('wasm-unsafe-eval').";
      // A prerendered matrix lives in a shadow root, where the light DOM is
      // not shown: the message goes above the (static) table there.
      var target = host.shadowRoot || host;
      target.insertBefore(box, target.firstChild);
    }
    if (window.console) console.error("Netzwerk-Matrix:", error);
  }
  function decode(base64) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(base64);
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }
  function start() {
    // Asynchronous instantiation: Chromium refuses large synchronous
    // compiles on the main thread.
    // The decoder compiles at once: without 'wasm-unsafe-eval' it throws
    // here, and the page is told so like any other failure.
    var source;
    try {
      source = WASM_SOURCE();
    } catch (error) {
      showLoadError(error);
      return;
    }
    wasm_bindgen({ module_or_path: source }).catch(showLoadError);
  }
  // Where a prerendered matrix is on the page, let it paint first: the
  // WebAssembly start-up would otherwise hold back the first frame.
  function startAfterPaint() {
    var prerendered = document.querySelector(selector);
    if (prerendered && prerendered.shadowRoot) {
      requestAnimationFrame(function () { setTimeout(start, 0); });
    } else {
      start();
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAfterPaint);
  } else {
    startAfterPaint();
  }
`;

// Minified (terser), with the banner kept; the inlined wasm goes in after,
// so the minifier does not walk a string of several hundred KB.
const WASM_PLACEHOLDER = "@@WASM_LZMA@@";
const wrap = async (banner, source) => {
  const code = `/*! Netzwerk-Matrix | ${banner} */\n(function () {\n"use strict";\n${source}\n${fastGlue}\n${loader}})();\n`;
  const min = await minify(code, { compress: { passes: 2 }, mangle: true, format: { comments: /^!/ } });
  return min.code.replace(WASM_PLACEHOLDER, () => wasmLzma.toString("base64")) + "\n";
};
const out = await wrap(
  editor
    ? "the Redaktion's editor, one self-contained script loaded by redaktion.html"
    : 'one self-contained script: <div data-netzwerk-matrix></div> + <script src="netzwerk-matrix.js" defer></script>',
  // LZMA(wasm) as base64: base64 hides the wasm's byte patterns from the
  // server's gzip, but not LZMA's own output, so the script costs on the
  // wire about what the LZMA stream costs.
  `${decoderSource}
var LZMA_DECODER = "${lzmaWasm.toString("base64")}";
var WASM_LZMA = "${WASM_PLACEHOLDER}";
// A new task, without the clamping of nested timers.
function nextTask() {
  return new Promise(function (resolve) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
var WASM_SIZE = ${wasm.length};
function WASM_SOURCE() {
  var more = lzmaDecoder(decode(LZMA_DECODER), decode(WASM_LZMA), WASM_SIZE, ${LZMA.lc}, ${LZMA.lp}, ${LZMA.pb});
  if (typeof ReadableStream !== "function") {
    more(WASM_SIZE);
    return more.out;
  }
  // As a wasm response, decoded a piece at a time, each in a task of its
  // own: the browser compiles the first functions while the rest is still
  // being decoded, and paints the page (a prerendered matrix too) between
  // the pieces.
  var done = 0;
  var stream = new ReadableStream({
    pull: function (controller) {
      return nextTask().then(function () {
        var from = done;
        done = more(done + 32768);
        controller.enqueue(more.out.slice(from));
        if (done >= WASM_SIZE) controller.close();
      });
    },
  });
  return new Response(stream, { headers: { "content-type": "application/wasm" } });
}`
);
const web = await wrap(
  'for web servers: <script src="netzwerk-matrix-web.js" defer></script>, with netzwerk-matrix.wasm beside it',
  // The address is taken while the script runs, when currentScript is set.
  `var WASM_URL = new URL("netzwerk-matrix.wasm", document.currentScript.src);\nfunction WASM_SOURCE() { return WASM_URL; }`
);

writeFileSync(gluePath, out);
if (!editor) {
  writeFileSync(join(dir, `${name}-web.js`), web);
  writeFileSync(join(dir, `${name}.wasm`), wasm);
}

// With inject_scripts off, Trunk leaves its <link data-trunk rel="rust">
// in the page; the shipped page has no use for it.
for (const page of ["index.html", "redaktion.html"]) {
  const htmlPath = join(dir, page);
  if (existsSync(htmlPath)) {
    const html = readFileSync(htmlPath, "utf8").replace(/^\s*<link data-trunk rel="rust"[^>]*>\n/m, "");
    writeFileSync(htmlPath, html);
  }
}
// Trunk's copy is replaced by netzwerk-matrix.wasm, named after the scripts.
rmSync(wasmPath);
console.log(`bundle.mjs: ${gluePath}: ${out.length} bytes (wasm ${wasm.length} bytes, inlined as LZMA (${wasmLzma.length} bytes) and base64)`);
