// The editor at national scale (make bench): redaktion.html opening a
// dataset of 11 000 members × 30 networks, one edit of the heading until
// the preview shows it, and its undo; beside the widget's first row on the
// same file. Times are taken in the page, from the action to the first
// animation frame in which its result is on screen.
//
//   node bench/editor.mjs [--runs N]   prints the figures
//   import { editorFigures } from "./editor.mjs"   (bench/run.mjs)

import { readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/// Runs `start` in the page and returns the milliseconds until `done` holds
/// in an animation frame (polled every frame, so to within one frame).
async function timed(page, start, done, arg) {
  return page.evaluate(
    async ({ start, done, arg }) => {
      const startFn = new Function("arg", start);
      const doneFn = new Function("arg", done);
      const t0 = performance.now();
      await startFn(arg);
      return new Promise((resolve, reject) => {
        const limit = t0 + 120000;
        const poll = () => {
          if (doneFn(arg)) resolve(performance.now() - t0);
          else if (performance.now() > limit) reject(new Error("not done after 120 s: " + done));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
    },
    { start, done, arg },
  );
}

const PREVIEW_ROWS = `const r = document.querySelector(".ed-preview")?.shadowRoot;
  return !!r && r.querySelector("table.nm-table tbody tr[aria-rowindex]") !== null`;
const CAPTION_IS = `const r = document.querySelector(".ed-preview")?.shadowRoot;
  const c = r && r.querySelector("table.nm-table caption");
  return !!c && c.textContent.includes(arg)`;

/// The editor's figures for one dataset file (served at `path`), and the
/// widget's first row on the same file, each the median of `runs`.
export async function editorFigures(browser, baseUrl, path, { runs = 3 } = {}) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const out = { widget: [], open: [], edit: [], undo: [] };
  // The file's own heading: what the preview shows after opening and after the undo.
  const title0 = JSON.parse(readFileSync(join(ROOT, path.replace(/^\//, "")), "utf8")).title;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The widget: navigation to its first row.
    const w = await context.newPage();
    await w.goto(`${baseUrl}/bench-widget.html?src=${encodeURIComponent(path)}`, { waitUntil: "commit" });
    await w.waitForFunction(
      () => document.querySelector("[data-netzwerk-matrix]")?.shadowRoot?.querySelector("table.nm-table tbody tr[aria-rowindex]"),
      null,
      { timeout: 120000, polling: "raf" },
    );
    out.widget.push(await w.evaluate(() => performance.now()));
    await w.close();

    const page = await context.newPage();
    await page.goto(`${baseUrl}/redaktion.html`);
    await page.waitForFunction(() => document.querySelector(".ed-preview")?.shadowRoot?.querySelector("table.nm-table"), null, { timeout: 60000 });
    await page.evaluate(async (path) => {
      const text = await (await fetch(path)).text();
      window.__file = new File([text], "national.json", { type: "application/json" });
    }, path);
    out.open.push(
      await timed(
        page,
        `const input = document.getElementById("ed-open");
         const dt = new DataTransfer(); dt.items.add(window.__file); input.files = dt.files;
         input.dispatchEvent(new Event("change", { bubbles: true }));`,
        `if (!(document.querySelector(".ed-notice")?.textContent || "").includes("national.json")) return false;
         if (!(${`(() => { ${CAPTION_IS} })()`})) return false; ${PREVIEW_ROWS}`,
        title0,
      ),
    );
    const title = `Überschrift ${run}`;
    out.edit.push(
      await timed(
        page,
        `const f = document.getElementById("ed-meta-title");
         f.value = arg; f.dispatchEvent(new Event("input", { bubbles: true }));
         f.form.requestSubmit();`,
        CAPTION_IS,
        title,
      ),
    );
    out.undo.push(
      await timed(
        page,
        `[...document.querySelectorAll(".ed-history button")].find((b) => /Rückgängig|Undo/.test(b.textContent)).click();`,
        CAPTION_IS,
        title0,
      ),
    );
    await context.close();
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
}

/// The snippet the editor downloads for its built-in data, with the
/// widget's files in the site's root, as a Redaktion would get it.
export async function editorSnippet(browser, baseUrl) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/redaktion.html`);
  await page.locator("#ed-base").fill("/");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const text = readFileSync(await download.path(), "utf8");
  await context.close();
  return text;
}

export const WIDGET_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Widget</title>
<script src="/netzwerk-matrix.js" defer></script>
<script>document.addEventListener("DOMContentLoaded", () => {
  const el = document.createElement("div");
  el.setAttribute("data-netzwerk-matrix", "");
  el.setAttribute("data-src", new URLSearchParams(location.search).get("src"));
  document.querySelector("main").appendChild(el);
});</script></head><body><main></main></body></html>`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import("playwright-core");
  const { serve, DIST } = await import("../tests/browser/helpers.mjs");
  const i = process.argv.indexOf("--runs");
  const runs = i > 0 ? Number(process.argv[i + 1]) : 3;
  const data = readFileSync(join(ROOT, "bench/data/synth-11000x30.json"));
  const server = await serve(DIST, { pages: { "/bench-widget.html": WIDGET_PAGE, "/bench/data/synth-11000x30.json": data } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  const f = await editorFigures(browser, server.url, "/bench/data/synth-11000x30.json", { runs });
  const ratio = (x) => (x / f.widget).toFixed(2);
  console.log(`widget first row ${f.widget.toFixed(0)} ms`);
  console.log(`editor open ${f.open.toFixed(0)} ms (${ratio(f.open)}×), edit ${f.edit.toFixed(0)} ms (${ratio(f.edit)}×), undo ${f.undo.toFixed(0)} ms (${ratio(f.undo)}×)`);
  await browser.close();
  await server.close();
}
