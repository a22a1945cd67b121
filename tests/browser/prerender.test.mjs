// The matrix prerendered at build time: visible with scripts off, with
// WebAssembly blocked, and replaced (not duplicated) when the widget starts.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { launch, open, serve, fileUrl, ready, rowNames, axe, DIST, DATASET, OVERVIEW } from "./helpers.mjs";

const MEMBERS = DATASET.members.length;
const NO_WASM_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
let context, browser, noScript, server, noWasm;

before(async () => {
  context = await launch();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  noScript = await browser.newContext({ javaScriptEnabled: false });
  server = await serve();
  noWasm = await serve(DIST, { headers: { "content-security-policy": NO_WASM_CSP } });
});
after(async () => {
  await context?.close();
  await noScript?.close();
  await browser?.close();
  await server?.close();
  await noWasm?.close();
});

for (const [how, url] of [
  ["http", () => server.url + "/"],
  ["file://", () => fileUrl()],
]) {
  test(`${how} without scripts: the full table and the sources are there, the controls are not`, async () => {
    const page = await noScript.newPage();
    await page.goto(url());
    // Without scripts there are rows but no controls, so no ready().
    await page.locator("table.nm-table tbody tr[aria-rowindex]").first().waitFor();
    assert.equal((await rowNames(page)).length, OVERVIEW);
    assert.equal(await page.locator(".nm-sources li").count(), DATASET.sources.length);
    assert.equal(await page.locator(".nm-filters").isVisible(), false);
    assert.equal(await page.locator("caption").textContent(), DATASET.title);
    const bg = await page.locator(".nm-root").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, "rgb(255, 255, 255)", "styled by netzwerk-matrix.css");
    await page.close();
  });
}

test("with WebAssembly blocked by the CSP, the table stays and a message says why", async () => {
  const page = await context.newPage();
  await page.goto(noWasm.url + "/");
  const alert = page.locator("[role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /wasm-unsafe-eval/);
  assert.equal((await rowNames(page)).length, OVERVIEW);
  await page.close();
});

test("when the widget starts it replaces the prerendered matrix", async () => {
  const { page, errors } = await open(context, server.url + "/");
  await ready(page);
  await page.locator(".nm-filters").waitFor();
  const counts = await page.evaluate(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    return [root.querySelectorAll("table").length, root.querySelectorAll(".nm-prerendered").length];
  });
  assert.deepEqual(counts, [1, 0]);
  await page.getByLabel("Mitglied suchen").fill("bonn");
  await page.locator("[role=status]", { hasText: `1 von ${MEMBERS}` }).waitFor();
  assert.deepEqual(await rowNames(page), ["Bonn"]);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

/// Before any page script: after each change to the widget's shadow root,
/// records how many rows its table has and whether they fill the window
/// (a MutationObserver's callback runs right after the change, before the
/// frame that paints it).
const RECORD_ROWS = () => {
  window.__renders = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      const rows = root.querySelectorAll("tbody tr[aria-rowindex]");
      if (!rows.length) return;
      window.__renders.push({
        rows: rows.length,
        filled: rows[rows.length - 1].getBoundingClientRect().bottom >= innerHeight,
        sources: !!root.querySelector(".nm-sources"),
      });
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
};

test("without a prerendered matrix the first screen renders first, the rest a frame later; a prerendered one is replaced whole", async () => {
  const plain = await serve(DIST, {
    pages: {
      "/plain.html": `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>
        <link rel="icon" href="data:,"><script src="/netzwerk-matrix.js" defer></script></head>
        <body><div data-netzwerk-matrix></div></body></html>`,
    },
  });
  for (const [url, prerendered] of [[plain.url + "/plain.html", false], [server.url + "/", true]]) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript(RECORD_ROWS);
    await page.goto(url);
    await ready(page);
    const renders = await page.evaluate(() => window.__renders);
    const [first, last] = [renders[0], renders.at(-1)];
    assert.equal(last.rows, OVERVIEW, JSON.stringify(renders));
    assert.ok(last.sources);
    if (prerendered) {
      assert.ok(renders.every((r) => r.rows === OVERVIEW), JSON.stringify(renders));
    } else {
      assert.ok(first.rows < OVERVIEW && first.filled && !first.sources, JSON.stringify(renders));
    }
    await page.close();
  }
  await plain.close();
});
