// The visitor's first screen: how many member rows and network columns are
// whole on it at the widths people use, and "Ihre Stadt" (data-member): the
// page's own member first, the sentence about it, its partners, in the
// matrix, on the map and in the combinations; and each network's own count
// beside ours in its details.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { launch, open, fileUrl, ready, axe, serve, rowNames, moreFilters, assertAugsburgWithoutScripts, DATASET, ROOT, DIST, OVERVIEW } from "./helpers.mjs";

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context.close();
});

const MEMBERS = DATASET.members.length;
const NATIONAL = DATASET.networks.filter((n) => !n.regional).length;

async function assertNoViolations(page, state) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
}

/// Member rows and network columns wholly inside the viewport and the
/// table's box, as a visitor sees the first screen.
function firstScreen(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    const vh = innerHeight;
    const vw = document.documentElement.clientWidth;
    const box = root.querySelector(".nm-scroll").getBoundingClientRect();
    const rows = [...root.querySelectorAll(".nm-table tbody tr[aria-rowindex]")].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.height > 0 && b.top >= 0 && b.bottom <= vh;
    });
    const cols = [...root.querySelectorAll(".nm-table thead th.nm-net-col")].filter((c) => {
      const b = c.getBoundingClientRect();
      return b.left >= Math.max(0, box.left) - 0.5 && b.right <= Math.min(vw, box.right) + 0.5;
    });
    const first = root.querySelector(".nm-table tbody tr[aria-rowindex]").getBoundingClientRect().top;
    return { rows: rows.length, columns: cols.length, firstRow: Math.round(first) };
  });
}

/// A municipal page: a 120 px site header over a 640 px content column.
const CMS = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Stadt</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/cms.css">
<script src="/netzwerk-matrix.js" defer></script></head>
<body><header>Stadt Musterstadt</header><main><h1>Netzwerke</h1><div data-netzwerk-matrix></div></main></body></html>`;
const CMS_CSS = `body { margin: 0; font-family: serif; } header { height: 120px; box-sizing: border-box;
padding: 1em; background: #234; color: #fff; } main { width: 640px; margin: 0 auto; } h1 { margin: 0.25em 0; font-size: 1.5em; }`;

test("the first screen is data: rows and every national column at 1280, 1920, 390, 360 px and in a CMS column", async () => {
  const seen = [];
  for (const [width, height, atLeast] of [
    [1280, 900, 12],
    [1920, 1080, 12],
    [390, 844, 6],
    [360, 780, 6],
  ]) {
    const { page, errors } = await open(context, fileUrl(), { viewport: { width, height } });
    await ready(page);
    const s = await firstScreen(page);
    seen.push(`${width} × ${height}: ${s.rows} rows, ${s.columns} of ${NATIONAL} columns, first row at ${s.firstRow} px`);
    assert.ok(s.rows >= atLeast, `${width} × ${height}: ${s.rows} rows`);
    assert.equal(s.columns, NATIONAL, `${width} × ${height}: every national column is whole`);
    assert.deepEqual(errors, []);
    await page.close();
  }
  const server = await serve(DIST, { pages: { "/cms.html": CMS, "/cms.css": CMS_CSS } });
  try {
    const { page } = await open(context, `${server.url}/cms.html`, { viewport: { width: 1280, height: 900 } });
    await ready(page);
    const s = await firstScreen(page);
    seen.push(`CMS column 640 px under a 120 px header: ${s.rows} rows, ${s.columns} of ${NATIONAL} columns`);
    assert.ok(s.rows >= 6, `CMS column: ${s.rows} rows`);
    assert.equal(s.columns, NATIONAL);
    await page.close();
  } finally {
    await server.close();
  }
  console.log(seen.join("\n"));
});

/// Opens the widget with ?member=… over http (index.html reads its options
/// from the query, as the iframe route does).
let server;
before(async () => {
  server = await serve(DIST);
});
after(async () => {
  await server.close();
});
async function withMember(query, options) {
  const opened = await open(context, `${server.url}/index.html?${query}`, options);
  if (query.includes("view=")) {
    // The map and the combinations have no matrix rows to wait for.
    await opened.page.locator(".nm-home-summary").waitFor();
    await opened.page.locator(".nm-sources").waitFor();
  } else {
    await ready(opened.page);
  }
  return opened;
}

const homeRow = (page) => page.locator("tbody tr[aria-current=true]");

test("Ihre Stadt: first under every sort and search, marked in words and for screen readers", async () => {
  const { page, errors } = await withMember("member=augsburg", { viewport: { width: 1280, height: 900 } });
  const first = page.locator("tbody tr[aria-rowindex]").first();
  assert.equal(await first.getAttribute("aria-current"), "true");
  assert.equal(await first.locator("th .nm-home-tag").textContent(), "Ihre Stadt");
  assert.match(await first.locator("th").textContent(), /Augsburg$/);
  // The sentence, written from the data; each network in it opens its details.
  const sentence = page.locator(".nm-home-summary p");
  assert.equal(
    (await sentence.textContent()).trim(),
    "Ihre Stadt Augsburg ist Gründungsmitglied von DEFUS (seit 2010), Mitglied von Efus (seit 2010), Partner von Städtenetzwerk und kooperiert mit DPT und DFK; Gastgeber von DPT 2025.",
  );
  await sentence.getByRole("button", { name: "DEFUS" }).click();
  await page.getByRole("dialog").waitFor();
  assert.match(await page.getByRole("dialog").locator("h2").textContent(), /DEFUS/);
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "hidden" });
  // Sorted by count, the page's member stays first.
  await page.getByRole("button", { name: /^Anzahl/ }).click();
  assert.equal(await page.locator("tbody tr[aria-rowindex]").first().getAttribute("aria-current"), "true");
  // A search that does not find it keeps it, set apart and out of the count.
  await page.getByLabel("Mitglied suchen").fill("bonn");
  await page.locator("[role=status]", { hasText: new RegExp(`^\\s*1 von ${MEMBERS} `) }).waitFor();
  const names = await rowNames(page);
  assert.deepEqual(names, ["Ihre Stadtnicht im ErgebnisAugsburg", "Bonn"]);
  assert.match(await homeRow(page).getAttribute("class"), /nm-home-outside/);
  await assertNoViolations(page, "home row outside the result");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Ihre Stadt: one control shows exactly its partners, in the matrix, on the map and in the combinations", async () => {
  const { page } = await withMember("member=augsburg", { viewport: { width: 1280, height: 900 } });
  const toggle = page.getByRole("button", { name: "Nur Partner von Augsburg" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  // Members sharing DPT, DEFUS, Efus, the Städtenetzwerk or the DFK.
  const own = ["dpt", "defus", "efus", "staedtenetzwerk", "dfk"];
  const partners = new Set(
    DATASET.memberships
      .filter((f) => own.includes(f.network) && f.role !== "not_member")
      .map((f) => f.member),
  );
  await page.locator("[role=status]", { hasText: new RegExp(`^\\s*${partners.size} von ${MEMBERS} `) }).waitFor();
  const ids = new Map(DATASET.members.map((m) => [m.region ? `${m.name} (${m.region})` : m.name, m.id]));
  const shown = (await rowNames(page)).map((n) => n.replace(/^Ihre Stadt/, ""));
  assert.deepEqual(new Set(shown.map((n) => ids.get(n))), partners);
  assert.ok(!shown.includes("Bielefeld"), "hosting is not a shared network");
  // The map: the page's member marked, its partners apart from the rest.
  await page.getByRole("tab", { name: "Karte" }).click();
  const mark = (kind) => page.locator(`.nm-map-svg circle.nm-mark-${kind}`);
  await mark("home").waitFor();
  assert.equal(await mark("home").count(), 1);
  assert.match(await mark("home").getAttribute("aria-label"), /^Augsburg: in 5 Netzwerken/);
  assert.equal(await mark("other").count(), 0, "only partners are shown");
  assert.ok((await mark("partner").count()) > 10);
  assert.equal(await page.locator(".nm-map-label.nm-mark-home").textContent(), "Augsburg");
  // Everyone again: the others are shown faint.
  await toggle.click();
  await mark("other").first().waitFor();
  // The combinations mark the row that holds the page's member.
  await page.getByRole("tab", { name: "Kombinationen" }).click();
  const marked = page.locator(".nm-combo-table tbody tr[aria-current=true]");
  await marked.waitFor();
  assert.equal(await marked.count(), 1);
  assert.match(await marked.textContent(), /Ihre Stadt.*DPT \+ DEFUS \+ Efus \+ Städtenetzwerk \+ DFK/);
  assert.match(await marked.locator(".nm-combo-members").textContent(), /Augsburg/);
  await page.close();
});

test("Ihre Stadt passes axe in every view, at 320 px and in dark mode, and in English", async () => {
  for (const [state, query, options] of [
    ["matrix 320 px", "member=augsburg", { viewport: { width: 320, height: 800 } }],
    ["map dark", "member=augsburg&view=karte", { colorScheme: "dark" }],
    ["combinations", "member=augsburg&view=kombinationen", {}],
    ["partners, English", "member=augsburg&partners=on&lang=en", {}],
  ]) {
    const { page, errors } = await withMember(query, options);
    if (query.includes("lang=en")) {
      assert.match(await page.locator(".nm-home-summary p").textContent(), /^Your city Augsburg is a founding member of DEFUS/);
      assert.equal(await page.getByRole("button", { name: "Only partners of Augsburg" }).getAttribute("aria-pressed"), "true");
    }
    await assertNoViolations(page, state);
    assert.deepEqual(errors, [], state);
    await page.close();
  }
});

test("an unknown member is named in a note, and the widget works as without it", async () => {
  const { page, errors } = await withMember("member=atlantis");
  const note = page.locator(".nm-note");
  await note.waitFor();
  assert.match(await note.textContent(), /member.*atlantis/);
  assert.equal(await homeRow(page).count(), 0);
  assert.equal(await page.locator(".nm-home-summary").count(), 0);
  assert.equal((await rowNames(page)).length, OVERVIEW);
  assert.deepEqual(errors, []);
  await page.close();
});

test("make snippet MEMBER=augsburg: the prerendered snippet has the home row before any script runs", async () => {
  // The files lie in the root of this test's server.
  execFileSync("make", ["--no-print-directory", "snippet", "MEMBER=augsburg", "BASE=/"], { cwd: ROOT, stdio: "pipe" });
  const html = await readFile(`${DIST}/netzwerk-matrix-snippet-augsburg.html`, "utf8");
  assert.match(html, /^<!-- Netzwerk-Matrix [\d.]+ -->\n<div data-netzwerk-matrix data-member="augsburg"><template shadowrootmode="open"><link rel="stylesheet" href="\/netzwerk-matrix\.css">/);
  assert.match(html, /<script src="\/netzwerk-matrix\.js" defer><\/script>\n$/);
  // With scripts off, the page shows the prerendered HTML: the sentence and
  // Augsburg's row first.
  try {
    await (await assertAugsburgWithoutScripts(context, html)).close();
  } finally {
    await rm(`${DIST}/netzwerk-matrix-snippet-augsburg.html`, { force: true });
  }
});

test("a network's own count beside ours, in its details and its column header, in German and English", async () => {
  for (const [lang, listed, stated, incomplete] of [
    ["de", "Hier verzeichnet: 22 Mitglieder.", "DEFUS nennt 22 (Januar 2025).", "Liste unvollständig: hier 20, Städtenetzwerk nennt 25 (ohne Datum)"],
    ["en", "Listed here: 22 members.", "DEFUS states 22 (January 2025).", "List incomplete: 20 here, Städtenetzwerk states 25 (undated)"],
  ]) {
    const { page } = await open(context, `${server.url}/index.html?lang=${lang}`);
    await ready(page);
    await page.locator("thead th", { hasText: /^DEFUS/ }).getByRole("button").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert.equal((await dialog.locator(".nm-coverage").textContent()).trim(), `${listed} ${stated}`);
    // The count's source is a link, with the words that state the count.
    const link = dialog.getByRole("link", { name: /Efus und DEFUS|DEFUS – Aktuelles|defus/i }).first();
    assert.match(await link.getAttribute("href"), /^https:\/\/defus\.de\//);
    assert.match(await dialog.textContent(), /das damit auf 22 Mitglieder wächst/);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // The Städtenetzwerk names 25 partners; its header says the list is incomplete.
    const header = page.locator("thead th.nm-net-col", { hasText: "Städtenetzwerk" });
    assert.match(await header.textContent(), new RegExp(incomplete.replace(/[()]/g, "\\$&")));
    assert.equal(await header.locator(".nm-mark").textContent(), "+");
    // A network without a stated count says nothing of one.
    await page.locator("thead th", { hasText: /^Efus/ }).getByRole("button").click();
    await dialog.waitFor();
    const efus = (await dialog.locator(".nm-coverage").textContent()).trim();
    assert.match(efus, lang === "de" ? /^Hier verzeichnet: 25 Mitglieder\.$/ : /^Listed here: 25 members\.$/);
    await page.close();
  }
});
