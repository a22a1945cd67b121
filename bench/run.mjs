// make bench: Netzwerk-Matrix against DataTables 2 and a plain static HTML
// table, in one headless Chromium run, page loads alternating, on 127.0.0.1.
// A benchmark, not a test: it prints figures and writes them to a file; it
// never fails on a time.
//
//   node bench/run.mjs            sizes 20, 1 000, 11 000; writes bench/RESULTS.md
//   node bench/run.mjs --quick    size 20, few repetitions; writes bench/RESULTS.quick.md

import { createServer } from "node:http";
import { readFileSync, writeFileSync, existsSync, mkdtempSync, statSync } from "node:fs";
import { join, dirname, resolve, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { tmpdir, cpus, totalmem } from "node:os";
import { execSync } from "node:child_process";
import { chromium } from "playwright-core";
import { editorFigures, editorSnippet, WIDGET_PAGE } from "./editor.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const QUICK = process.argv.includes("--quick");
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// --sizes and --loads narrow a run while working on one figure.
// "builtin" is the widget's own dataset (its default view), where the
// prerendered matrix (make dist) is compared too.
const SIZES = arg("--sizes")
  ? arg("--sizes").split(",").map((x) => (x === "builtin" ? x : Number(x)))
  : QUICK
    ? [20]
    : ["builtin", 20, 1000, 11000];
const LOADS = Number(arg("--loads") ?? (QUICK ? 2 : 5)); // page loads per variant and size
const QUERY_COUNT = QUICK ? 10 : 50;
const OUT = join(ROOT, QUICK || arg("--sizes") || arg("--loads") ? "bench/RESULTS.quick.md" : "bench/RESULTS.md");
// "ours10" is the widget showing DataTables' page length (10 rows) at once,
// to compare like with like; "ours" scrolls a long dataset's table in a box
// three quarters of the window high and renders the rows in its view.
const VARIANTS = ["ours", "ours10", "datatables", "static"];
const variantsOf = (n) => (n === "builtin" ? ["ours", "ourspre", "oursed", "datatables", "static"] : VARIANTS);
const LABEL = {
  ours: "ours",
  ours10: "ours, 10 rows in view",
  ourspre: "ours, prerendered",
  oursed: "ours, editor's snippet",
  datatables: "DataTables",
  static: "static",
};

const data = Object.fromEntries(
  SIZES.map((n) => {
    const path = n === "builtin" ? join(ROOT, "data/netzwerke.json") : join(ROOT, `bench/data/synth-${n}x30.json`);
    if (!existsSync(path)) throw new Error(`${path} is missing: run make bench`);
    return [n, JSON.parse(readFileSync(path, "utf8"))];
  })
);

// ---- the pages -------------------------------------------------------------

const ROLE = {
  founding_member: "★ Gründungsmitglied",
  member: "● Mitglied",
  partner: "◆ Partner",
  cooperation: "◇ Kooperation",
  not_member: "✕ kein Mitglied",
};

/// The same matrix as rows of text: member name, one cell per network, total.
function rowsOf(d) {
  const byMember = new Map();
  for (const f of d.memberships) {
    if (!byMember.has(f.member)) byMember.set(f.member, new Map());
    byMember.get(f.member).set(f.network, f);
  }
  return d.members.map((m) => {
    const facts = byMember.get(m.id) ?? new Map();
    const cells = d.networks.map((n) => {
      const f = facts.get(n.id);
      return f ? ROLE[f.role] + (f.since ? ` seit ${f.since}` : "") : "–";
    });
    const total = [...facts.values()].filter((f) => f.role !== "not_member").length;
    return [m.region ? `${m.name} (${m.region})` : m.name, ...cells, String(total)];
  });
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const shell = (title, head, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

function pages(editorSnippetHtml) {
  const p = {};
  for (const n of SIZES) {
    const d = data[n];
    p[`/data-${n}.json`] = JSON.stringify(d);
    p[`/ours-${n}.html`] = shell(
      "ours",
      `<script src="/netzwerk-matrix.js" defer></script>`,
      n === "builtin" ? `<div data-netzwerk-matrix></div>` : `<div data-netzwerk-matrix data-src="/data-${n}.json"></div>`
    );
    p[`/ourspre-${n}.html`] = shell(
      "ours, prerendered",
      `<script src="/netzwerk-matrix.js" defer></script>`,
      existsSync(join(ROOT, "dist/netzwerk-matrix-snippet.html"))
        ? readFileSync(join(ROOT, "dist/netzwerk-matrix-snippet.html"), "utf8")
            .replace(/<script[^>]*><\/script>\s*$/, "")
            .replaceAll('"/netzwerk-matrix/netzwerk-matrix.', '"/netzwerk-matrix.')
        : ""
    );
    // The snippet the editor writes for the same data (its files in the site's root).
    if (n === "builtin") p[`/oursed-${n}.html`] = shell("ours, editor's snippet", "", editorSnippetHtml ?? "");
    p[`/ours10-${n}.html`] = shell(
      "ours, 10 rows in view",
      `<script src="/netzwerk-matrix.js" defer></script>`,
      `<div data-netzwerk-matrix data-page-size="10" data-src="/data-${n}.json"></div>`
    );
    const header = ["Mitglied", ...d.networks.map((x) => x.short), "Anzahl"];
    p[`/static-${n}.html`] = shell(
      "static",
      "",
      `<table><caption>${esc(d.title)}</caption><thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>` +
        rowsOf(d)
          .map((r) => `<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
          .join("") +
        `</tbody></table>`
    );
    p[`/datatables-${n}.html`] = shell(
      "datatables",
      `<link rel="stylesheet" href="/nm/datatables.net-dt/css/dataTables.dataTables.min.css">
       <script src="/nm/jquery/dist/jquery.min.js" defer></script>
       <script src="/nm/datatables.net/js/dataTables.min.js" defer></script>
       <script src="/dt-start.js" defer></script>`,
      `<table id="t" data-src="/data-${n}.json"><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead></table>`
    );
  }
  // DataTables loads the same JSON and builds its rows in the browser, as a
  // page using it for this data would; defaults for large data.
  p["/dt-start.js"] = `
    ${rowsOf.toString()}
    const ROLE = ${JSON.stringify(ROLE)};
    fetch(document.getElementById("t").dataset.src).then((r) => r.json()).then((d) => {
      window.table = new DataTable("#t", { data: rowsOf(d), deferRender: true, paging: true });
    });`;
  return p;
}

// ---- the server: gzip like a real host, count bytes per page load ----------

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
let bytesSent = 0;
function startServer(extra) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    let body = extra[path];
    if (body === undefined) {
      const file = path.startsWith("/nm/") ? join(ROOT, "node_modules", path.slice(4)) : join(ROOT, "dist", path);
      if (!existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404);
        res.end();
        return;
      }
      body = readFileSync(file);
    }
    if (!cache.has(path)) cache.set(path, gzipSync(body, { level: 6 }));
    const gz = cache.get(path);
    bytesSent += gz.length;
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "content-encoding": "gzip" });
    res.end(gz);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

// ---- measuring in the page --------------------------------------------------

/// Runs before any page script: marks the first animation frame in which a
/// data row exists (in the document or in a widget's shadow root).
const FIRST_ROW = () => {
  const find = () => {
    const host = document.querySelector("[data-netzwerk-matrix]");
    const root = host && host.shadowRoot ? host.shadowRoot : document;
    return root.querySelector("tbody tr th, tbody tr td:not(.dt-empty)");
  };
  const tick = () => {
    if (find()) {
      // The frame after the row appears is the one that paints it.
      requestAnimationFrame(() => (window.__firstRow = performance.now()));
    } else {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
};

/// In the page: time from an input event to the next painted frame, and to
/// the first change of the DOM (the script's share: a MutationObserver's
/// callback runs right after the task or microtask that changed it).
async function timeInput(page, variant, query) {
  return page.evaluate(
    async ([variant, query]) => {
      const host = document.querySelector("[data-netzwerk-matrix]");
      const input =
        variant.startsWith("ours")
          ? host.shadowRoot.querySelector('input[type="search"]')
          : document.querySelector(".dt-search input, input[type=search]");
      let dom;
      const observer = new MutationObserver(() => (dom ??= performance.now()));
      observer.observe(variant.startsWith("ours") ? host.shadowRoot : document.body, {
        subtree: true, childList: true, characterData: true, attributes: true,
      });
      const t0 = performance.now();
      input.value = query;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      if (variant === "datatables") input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const frame = performance.now() - t0;
      observer.disconnect();
      return { frame, dom: dom === undefined ? undefined : dom - t0 };
    },
    [variant, query]
  );
}

/// In the page: the same wait for the next frame with nothing to do, the
/// floor under every "→ next frame" figure.
async function timeEmptyFrame(page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
}

async function timeNetworkFilter(page, variant) {
  return page.evaluate(async (variant) => {
    const t0 = performance.now();
    if (variant.startsWith("ours")) {
      const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
      root.querySelector('.nm-networks input[type="checkbox"]').click();
    } else {
      // Rows with any fact in the first network's column.
      window.table.column(1).search("^(?!–$)", { regex: true, smart: false }).draw();
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, variant);
}

/// 50 queries: prefixes, umlauts, alias-like spellings, no-match.
function queries(d, count) {
  const names = d.members.map((m) => m.name);
  const list = ["a", "b", "ba", "bad", "bad ", "neu", "ober", "sankt", "gross", "groß", "klein", "ü", "ö", "ä",
    "mühl", "muehl", "muhl", "düssel", "dussel", "fürsten", "furstenberg", "königs", "konigs", "lüding", "luedinghausen",
    "heide", "an der", "im breisgau", "main", "oberpfalz", "berg", "bach", "dorf", "hausen", "büttel", "xyz", "qqqq",
    "zzz-nicht-da", "12345", "e", "i", "o", "st", "sch", "schön", "schoen", "weiss", "weiß", "roth"];
  for (const n of names) {
    if (list.length >= count) break;
    list.push(n.slice(0, 6).toLowerCase());
  }
  return list.slice(0, count);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};

// ---- the run ---------------------------------------------------------------

// The editor's snippet for the built-in data, as a Redaktion downloads it.
const extra = { "/bench-widget.html": WIDGET_PAGE };
for (const n of SIZES) if (n !== "builtin") extra[`/bench/data/synth-${n}x30.json`] = JSON.stringify(data[n]);
let editorSnippetHtml;
if (SIZES.includes("builtin")) {
  const first = await startServer(extra);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  editorSnippetHtml = await editorSnippet(browser, `http://127.0.0.1:${first.address().port}`);
  await browser.close();
  first.close();
}
const server = await startServer({ ...pages(editorSnippetHtml), ...extra });
const base = `http://127.0.0.1:${server.address().port}`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "nm-bench-")), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info",
    "--js-flags=--expose-gc"],
});

const results = {}; // results[size][variant][figure] = [samples]
const add = (n, v, k, x) => (((results[n] ??= {})[v] ??= {})[k] ??= []).push(x);

for (const n of SIZES) {
  for (let load = 0; load < LOADS; load++) {
    // Alternate the order of the variants from load to load.
    const vs = variantsOf(n);
    const order = vs.map((_, i) => vs[(i + load) % vs.length]);
    for (const v of order) {
      const page = await context.newPage();
      await page.addInitScript(FIRST_ROW);
      bytesSent = 0;
      await page.goto(`${base}/${v}-${n}.html`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 120000 });
      if (v === "datatables") await page.waitForFunction(() => window.table !== undefined);
      add(n, v, "firstRow", await page.evaluate(() => window.__firstRow));
      await page.waitForTimeout(300);
      add(n, v, "bytes", bytesSent);
      const cdp = await context.newCDPSession(page);
      await cdp.send("HeapProfiler.collectGarbage");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      const wasm = await page.evaluate(() => (window.NetzwerkMatrix ? window.NetzwerkMatrix.memoryBytes() : 0));
      add(n, v, "memory", usedSize + wasm);
      if (v === "static" && load === 0) {
        for (let i = 0; i < QUERY_COUNT; i++) add(n, v, "emptyFrame", await timeEmptyFrame(page));
      }
      if (v !== "static" && v !== "ourspre" && v !== "oursed" && load === 0) {
        for (const q of queries(data[n], QUERY_COUNT)) {
          const { frame, dom } = await timeInput(page, v, q);
          add(n, v, "keystroke", frame);
          if (dom !== undefined) add(n, v, "keystrokeDom", dom);
        }
        await timeInput(page, v, "");
        for (let i = 0; i < (QUICK ? 3 : 20); i++) {
          add(n, v, "network", await timeNetworkFilter(page, v));
          if (v.startsWith("ours")) await timeNetworkFilter(page, v); // uncheck again
          else await page.evaluate(() => window.table.column(1).search("").draw());
        }
      }
      await cdp.detach();
      await page.close();
    }
  }
}

// A phone's view: the built-in data with Chromium's CPU 4× slower (CDP
// Emulation.setCPUThrottlingRate, a mid-range phone), no target.
const PHONE = ["ours", "datatables", "static"];
const phone = {};
if (SIZES.includes("builtin") && !QUICK) {
  for (let load = 0; load < 3; load++) {
    for (const v of PHONE) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(FIRST_ROW);
      await page.goto(`${base}/${v}-builtin.html`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 120000 });
      if (v === "datatables") await page.waitForFunction(() => window.table !== undefined);
      ((phone[v] ??= {}).firstRow ??= []).push(await page.evaluate(() => window.__firstRow));
      if (v !== "static" && load === 0) {
        for (const q of queries(data.builtin, 20)) ((phone[v].keystroke ??= [])).push((await timeInput(page, v, q)).frame);
      }
      await cdp.detach();
      await page.close();
    }
  }
}
await context.close();

// The editor at 11 000 × 30 beside the widget on the same file.
let editor;
if (SIZES.includes(11000)) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  editor = await editorFigures(browser, base, "/bench/data/synth-11000x30.json", { runs: 3 });
  await browser.close();
}
server.close();

// ---- the report ------------------------------------------------------------

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "–");
const kb = (x) => (Number.isFinite(x) ? `${(x / 1024).toFixed(0)} KB` : "–");
const mb = (x) => (Number.isFinite(x) ? `${(x / 1048576).toFixed(1)} MB` : "–");
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const FIGURES = [
  ["firstRow", "navigation → first data row painted (median)", median, ms],
  ["keystroke", `keystroke → next frame, median (${QUERY_COUNT} queries)`, median, ms],
  ["keystroke", "keystroke → next frame, p95", p95, ms],
  ["keystrokeDom", "keystroke → DOM changed (script), median", median, ms],
  ["keystrokeDom", "keystroke → DOM changed (script), p95", p95, ms],
  ["emptyFrame", "nothing to do → next frame, median (the floor)", median, ms],
  ["network", "network filter → next frame (median)", median, ms],
  ["network", "network filter → next frame, p95", p95, ms],
  ["memory", "JS heap + wasm memory after load (median)", median, mb],
  ["bytes", "bytes transferred, gzip", median, kb],
];

const script = readFileSync(join(ROOT, "dist/netzwerk-matrix.js"));
const scriptGzip = gzipSync(script, { level: 9 }).length;

/// The targets of the weight-and-speed work, each with the figure measured
/// in this run and whether it is met.
function targets() {
  const figure = (n, v, key, agg) => agg(results[n]?.[v]?.[key] ?? []);
  const rows = [];
  const check = (what, value, bar, shown) =>
    rows.push(`| ${what} | ${shown} | ${Number.isFinite(value) ? (value <= bar ? "met" : "missed") : "not measured"} |`);
  const big = SIZES.includes(11000) ? 11000 : undefined;
  if (big) {
    const dom = figure(big, "ours", "keystrokeDom", median);
    const dtDom = figure(big, "datatables", "keystrokeDom", median);
    check("keystroke → DOM changed (script) at 11 000 × 30, median ≤ 0.5× DataTables", dom / dtDom, 0.5, `${ms(dom)} / ${ms(dtDom)} = ${ratio(dom, dtDom)}`);
    const k95 = figure(big, "ours", "keystroke", p95);
    const dtK95 = figure(big, "datatables", "keystroke", p95);
    check("keystroke → next frame at 11 000 × 30, p95 ≤ DataTables", k95 / dtK95, 1, `${ms(k95)} / ${ms(dtK95)} = ${ratio(k95, dtK95)}`);
    const net = figure(big, "ours", "network", median);
    const dtNet = figure(big, "datatables", "network", median);
    check("network filter at 11 000 × 30, median ≤ 0.5× DataTables", net / dtNet, 0.5, `${ms(net)} / ${ms(dtNet)} = ${ratio(net, dtNet)}`);
    const mem = figure(big, "ours", "memory", median);
    const dtMem = figure(big, "datatables", "memory", median);
    check("memory at 11 000 × 30 ≤ DataTables", mem / dtMem, 1, `${mb(mem)} / ${mb(dtMem)} = ${ratio(mem, dtMem)}`);
  }
  if (editor) {
    for (const [key, what, bar] of [["open", "editor: open 11 000 × 30", 4], ["edit", "editor: one edit (the heading) until the preview shows it", 0.5], ["undo", "editor: undo of that edit", 0.5]]) {
      check(`${what} ≤ ${bar}× the widget's first row on the same file`, editor[key] / editor.widget, bar, `${ms(editor[key])} / ${ms(editor.widget)} = ${ratio(editor[key], editor.widget)}`);
    }
  }
  if (SIZES.includes("builtin")) {
    const st = figure("builtin", "static", "firstRow", median);
    for (const [v, bar, label] of [["ours", 1.2, "without prerendering"], ["ourspre", 1.05, "prerendered (make dist's snippet)"], ["oursed", 1.05, "the editor's snippet"]]) {
      const x = figure("builtin", v, "firstRow", median);
      check(`first row of the built-in data, ${label}, ≤ ${bar}× static`, x / st, bar, `${ms(x)} / ${ms(st)} = ${ratio(x, st)}`);
    }
  }
  check("netzwerk-matrix.js ≤ 170 KB gzip (the goal stays 100 KB)", scriptGzip, 170 * 1024, `${(scriptGzip / 1024).toFixed(1)} KB`);
  return `## Targets\n\n| target | this run | |\n|---|---|---|\n${rows.join("\n")}\n\n`;
}


let commit = "unknown";
try {
  commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
} catch {}
const browser = execSync(`${process.env.CHROMIUM || "/usr/bin/chromium"} --version 2>/dev/null`).toString().trim();
let md = `# Benchmark results${QUICK ? " (quick run)" : ""}\n\n`;
md += `- date: ${new Date().toISOString()}\n- commit: ${commit}\n- machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`;
md += `- browser: ${browser}, headless, 1280×900\n- ${LOADS} page loads per variant and size, order alternating; keystroke and filter timings from the first load\n`;
md += `- widget: dist/netzwerk-matrix.js ${script.length} bytes raw, ${scriptGzip} bytes gzip\n\n`;
md += "Ours = Netzwerk-Matrix (synthetic data loaded with `data-src`, the built-in data without; a dataset of up to 750 cells rendered whole, a longer one in a scroll box three quarters of the window high that renders the rows in its view and 4 below them, 4 on either side once scrolled); ours, 10 rows in view = the same with `data-page-size=\"10\"`, a box 10 rows high, DataTables' page length; ours, prerendered = the snippet `make dist` writes (static HTML in a declarative shadow root, taken over by the widget when it starts); DataTables = DataTables 2.3.8 with jQuery 3.8.0, `deferRender`, paging, its own search box; static = the same table as plain HTML, no script. Keystroke = set the search text and dispatch `input`, then time to the frame after it (a `requestAnimationFrame` callback, then a task); \"DOM changed\" = to the first MutationObserver callback, the script's share; \"nothing to do → next frame\" = the same wait with no input, the floor under every \"→ next frame\" figure (frames come every 16.7 ms). Network filter = ours: tick the first network; DataTables: a regex column search on that network's column.\n\n";
for (const n of SIZES) {
  const vs = variantsOf(n);
  const builtIn = JSON.parse(readFileSync(new URL("../data/netzwerke.json", import.meta.url), "utf8"));
  const title =
    n === "builtin"
      ? `Built-in dataset (${builtIn.members.length} members × ${builtIn.networks.length} networks, default view)`
      : `${n} members × 30 networks`;
  const ratios = [["ours", "datatables"], [vs[1], "datatables"], ["ours", "static"], [vs[1], "static"]];
  md += `## ${title}\n\n| figure | ${vs.map((v) => LABEL[v]).join(" | ")} | ${ratios.map(([a, b]) => `${LABEL[a]} / ${LABEL[b]}`).join(" | ")} |\n`;
  md += `|---|${vs.map(() => "---|").join("")}${ratios.map(() => "---|").join("")}\n`;
  for (const [key, label, agg, fmt] of FIGURES) {
    const val = (v) => agg(results[n]?.[v]?.[key] ?? []);
    md += `| ${label} | ${vs.map((v) => fmt(val(v))).join(" | ")} | ${ratios.map(([a, b]) => ratio(val(a), val(b))).join(" | ")} |\n`;
  }
  md += "\n";
}
if (Object.keys(phone).length) {
  md += "## A phone's view: the built-in data with the CPU 4× slower\n\nChromium's `Emulation.setCPUThrottlingRate` at 4, as for a mid-range phone; 3 page loads, 20 keystrokes. No target.\n\n";
  md += `| figure | ${PHONE.map((v) => LABEL[v]).join(" | ")} | ours / DataTables | ours / static |\n|---|${PHONE.map(() => "---|").join("")}---|---|\n`;
  for (const [key, label] of [["firstRow", "navigation → first data row painted (median)"], ["keystroke", "keystroke → next frame (median)"]]) {
    const val = (v) => median(phone[v]?.[key] ?? []);
    md += `| ${label} | ${PHONE.map((v) => ms(val(v))).join(" | ")} | ${ratio(val("ours"), val("datatables"))} | ${ratio(val("ours"), val("static"))} |\n`;
  }
  md += "\n";
}
if (editor) {
  md += "## The editor at 11 000 × 30\n\n`redaktion.html` with `synth-11000x30.json` (opened through its file input), median of 3 runs; each time from the action to the first animation frame in which its result is on screen; the widget's first row from navigation, on the same file with `data-src`.\n\n";
  md += `| figure | time | / the widget's first row |\n|---|---|---|\n`;
  md += `| the widget: navigation → first row | ${ms(editor.widget)} | 1.00× |\n`;
  for (const [key, label] of [["open", "editor: open the file → its matrix in the preview"], ["edit", "editor: change the heading → the preview shows it"], ["undo", "editor: undo → the preview shows the old heading"]]) {
    md += `| ${label} | ${ms(editor[key])} | ${ratio(editor[key], editor.widget)} |\n`;
  }
  md += "\n";
}
md += targets();
writeFileSync(OUT, md);
console.log(md);
console.log(`written to ${OUT}`);
