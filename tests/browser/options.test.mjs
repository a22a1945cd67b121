// What a host page sets: every preset attribute and the iframe's query
// parameters, several widgets with link state on one page,
// NetzwerkMatrix.mount, the prerendered snippet with netzwerk-matrix.css and
// the CSS variables; and the source links, their printed addresses and the
// member column that stays put on a phone.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, ready, rowNames, rowName, membersInAll, DIST, DATASET, OVERVIEW_IDS } from "./helpers.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";
const MEMBERS = DATASET.members.length;
const page = (body, { head = "" } = {}) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">${head}
<script src="/netzwerk-matrix.js" defer></script></head>
<body><main><h1>Host</h1>${body}</main></body></html>`;

// The snippet names its files in /netzwerk-matrix/; this server has them in its root.
const SNIPPET_AS_BUILT = readFileSync(join(DIST, "netzwerk-matrix-snippet.html"), "utf8");
const SNIPPET = SNIPPET_AS_BUILT.replaceAll('"/netzwerk-matrix/netzwerk-matrix.', '"/netzwerk-matrix.');
const PAGES = {
  "/three.html": page(`<div data-netzwerk-matrix id="a" data-url-state></div>
    <div data-netzwerk-matrix id="b" data-url-state></div>
    <div data-netzwerk-matrix id="c" data-url-state="karte"></div>`),
  "/mount.html": page(`<div id="slot"></div>`),
  "/theme.css": `[data-netzwerk-matrix] { --nm-font: "Courier New", monospace; --nm-accent: rgb(138, 21, 56); }`,
  "/snippet.html": `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Snippet</title><link rel="icon" href="data:,">
    <link rel="stylesheet" href="/theme.css"></head><body><main>${SNIPPET}</main></body></html>`,
};
const presets = {
  all: `data-networks="defus,efus" data-mode="all"`,
  none: `data-networks="defus" data-mode="none"`,
  sort: `data-sort="count"`,
  year: `data-year="2012"`,
  hidden: `data-hide-networks="dpt,dfk"`,
  empty: `data-networks="defus" data-hide-empty="on" data-search="augsburg"`,
};
for (const [name, attrs] of Object.entries(presets)) PAGES[`/preset-${name}.html`] = page(`<div data-netzwerk-matrix ${attrs}></div>`);

let context, server, noWasm;
before(async () => {
  context = await launch();
  server = await serve(DIST, { headers: { "content-security-policy": CSP }, pages: PAGES });
  noWasm = await serve(DIST, { headers: { "content-security-policy": CSP.replace(" 'wasm-unsafe-eval'", "") }, pages: PAGES });
});
after(async () => {
  await context?.close();
  await server?.close();
  await noWasm?.close();
});

async function visit(path, { base = server, viewport } = {}) {
  const p = await context.newPage();
  if (viewport) await p.setViewportSize(viewport);
  const errors = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await p.goto(base.url + path);
  return { p, errors };
}

const national = DATASET.networks.filter((n) => !n.regional);
const belongs = (member, network) => DATASET.memberships.some((f) => f.member === member && f.network === network && f.role !== "not_member");
const status = (root, n) => root.locator("[role=status]", { hasText: new RegExp(`^\\s*${n} von ${MEMBERS} `) }).waitFor();
const headers = (root) => root.locator("table.nm-table thead th abbr").allTextContents();
const sorted = (a) => [...a].sort();

test("data-networks with data-mode all and none", async () => {
  let { p, errors } = await visit("/preset-all.html");
  await ready(p);
  const all = membersInAll(["defus", "efus"]);
  await status(p, all.length);
  assert.deepEqual(sorted(await rowNames(p)), all);
  assert.equal(await p.getByRole("checkbox", { name: /^DEFUS/ }).isChecked(), true);
  assert.equal(await p.getByRole("radio", { name: /allen/ }).isChecked(), true);
  assert.deepEqual(errors, []);
  await p.close();

  ({ p, errors } = await visit("/preset-none.html"));
  await ready(p);
  const none = DATASET.members.filter((m) => OVERVIEW_IDS.has(m.id) && !belongs(m.id, "defus")).map(rowName).sort();
  await status(p, none.length);
  assert.deepEqual(sorted(await rowNames(p)), none);
  await p.close();
});

test("data-sort, data-year, data-hide-networks and data-hide-empty", async () => {
  let { p } = await visit("/preset-sort.html");
  await ready(p);
  assert.equal(await p.locator("th.nm-total-col").getAttribute("aria-sort"), "descending");
  const totals = (await p.locator("tbody tr td.nm-total").allTextContents()).map(Number);
  assert.ok(new Set(totals).size > 1);
  assert.deepEqual(totals, [...totals].sort((a, b) => b - a), "most networks first");
  await p.close();

  ({ p } = await visit("/preset-year.html"));
  await ready(p);
  // A membership from after 2012 is not shown as of 2012; one from before is.
  const later = DATASET.memberships.find(
    (f) => f.since > 2012 && national.some((n) => n.id === f.network) && OVERVIEW_IDS.has(f.member) &&
      !(DATASET.hosts ?? []).some((h) => h.member === f.member && h.network === f.network && h.year <= 2012),
  );
  const name = (id) => DATASET.members.find((m) => m.id === id).name;
  const short = (id) => DATASET.networks.find((n) => n.id === id).short;
  assert.equal(
    await p.locator(`[aria-label^="${name(later.member)}, ${short(later.network)}:"]`).getAttribute("aria-label"),
    `${name(later.member)}, ${short(later.network)}: keine Angabe`,
  );
  assert.equal(await p.locator('[aria-label^="Augsburg, DEFUS:"]').getAttribute("aria-label"), "Augsburg, DEFUS: Gründungsmitglied seit 2010");
  await p.close();

  ({ p } = await visit("/preset-hidden.html"));
  await ready(p);
  const shown = national.filter((n) => n.id !== "dpt" && n.id !== "dfk").map((n) => n.short);
  assert.deepEqual(await headers(p), shown);
  assert.equal(await p.getByRole("checkbox", { name: /^DPT/ }).count(), 0, "a hidden network is no choice either");
  await p.close();

  ({ p } = await visit("/preset-empty.html"));
  await ready(p);
  await status(p, 1);
  // Only the columns where Augsburg has a fact are left.
  const augsburg = national.filter((n) => belongs("augsburg", n.id) || (DATASET.hosts ?? []).some((h) => h.member === "augsburg" && h.network === n.id));
  assert.deepEqual(await headers(p), augsburg.map((n) => n.short));
  await p.close();
});

test("the iframe route takes the same options as query parameters", async () => {
  const { p, errors } = await visit("/index.html?networks=defus,efus&mode=all&hide-networks=dpt&sort=count&lang=en");
  await ready(p);
  const all = membersInAll(["defus", "efus"]);
  await p.locator("[role=status]", { hasText: new RegExp(`^\\s*${all.length} of ${MEMBERS} `) }).waitFor();
  assert.deepEqual(sorted(await rowNames(p)), all);
  assert.ok(!(await headers(p)).includes("DPT"));
  assert.equal(await p.locator("th.nm-total-col").getAttribute("aria-sort"), "descending");
  assert.equal(await p.locator(".nm-root").getAttribute("lang"), "en");
  assert.deepEqual(errors, []);
  await p.close();
});

test("three widgets with link state keep apart in the fragment: nm, nm2 and a named one", async () => {
  const { p, errors } = await visit("/three.html");
  for (const id of ["a", "b", "c"]) await ready(p.locator(`#${id}`));
  await p.locator("#b").getByLabel("Mitglied suchen").fill("bonn");
  await p.waitForFunction(() => location.hash.includes("nm2.search=bonn"));
  await p.locator("#c").getByRole("tab", { name: "Karte" }).click();
  await p.waitForFunction(() => location.hash.includes("karte.view=karte"));
  const hash = await p.evaluate(() => location.hash);
  assert.ok(!/(^|[#&])nm\./.test(hash), `the first widget wrote nothing: ${hash}`);
  // The link opens each widget as it was.
  const again = await visit("/three.html#nm.search=augsburg&" + hash.slice(1));
  for (const id of ["a", "b"]) await ready(again.p.locator(`#${id}`));
  await again.p.locator("#c .nm-map-summary").waitFor();
  assert.deepEqual(await rowNames(again.p.locator("#a")), ["Augsburg"]);
  assert.deepEqual(await rowNames(again.p.locator("#b")), ["Bonn"]);
  assert.equal(await again.p.locator("#c").getByRole("tab", { name: "Karte" }).getAttribute("aria-selected"), "true");
  assert.equal(await again.p.locator("#a").getByRole("tab", { name: "Matrix" }).getAttribute("aria-selected"), "true");
  await again.p.close();
  assert.deepEqual(errors, []);
  await p.close();
});

test("NetzwerkMatrix.mount(element) mounts an element a script made, with its options", async () => {
  const { p, errors } = await visit("/mount.html");
  await p.waitForFunction(() => window.NetzwerkMatrix && typeof window.NetzwerkMatrix.mount === "function");
  await p.evaluate(() => {
    const el = document.createElement("section");
    el.id = "made";
    el.setAttribute("data-search", "bonn");
    document.getElementById("slot").append(el);
    window.NetzwerkMatrix.mount(el);
    window.NetzwerkMatrix.mount(el); // once is enough; a second call changes nothing
  });
  const made = p.locator("#made");
  await ready(made);
  assert.deepEqual(await rowNames(made), ["Bonn"]);
  assert.equal(await p.locator("#made table.nm-table").count(), 1);
  assert.deepEqual(errors, []);
  await p.close();
});

test("the prerendered snippet with netzwerk-matrix.css: styled before the wasm, themed by --nm-font and --nm-accent", async () => {
  // As built, it names its files by absolute addresses, never relative to the page.
  assert.match(SNIPPET_AS_BUILT, /<link rel="stylesheet" href="\/netzwerk-matrix\/netzwerk-matrix\.css">/);
  assert.match(SNIPPET_AS_BUILT, /<script src="\/netzwerk-matrix\/netzwerk-matrix\.js" defer><\/script>\n$/);
  const look = (p) =>
    p.evaluate(() => {
      const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
      const table = root.querySelector("table.nm-table");
      const link = root.querySelector(".nm-sources a");
      return {
        font: getComputedStyle(table).fontFamily,
        accent: link && getComputedStyle(link).color,
        head: getComputedStyle(root.querySelector("thead th")).position,
      };
    });
  // WebAssembly blocked: the static matrix stays, styled by the sheet.
  const { p } = await visit("/snippet.html", { base: noWasm });
  await p.locator("table.nm-table tbody tr").first().waitFor();
  await p.waitForFunction(() => getComputedStyle(document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector("table")).fontFamily.includes("Courier"));
  const before = await look(p);
  assert.match(before.font, /Courier New/);
  assert.equal(before.accent, "rgb(138, 21, 56)");
  assert.equal(await p.locator("table.nm-table tbody tr").count(), OVERVIEW_IDS.size);
  await p.close();
  // With WebAssembly the widget takes it over, and the theme stays.
  const live = await visit("/snippet.html");
  await ready(live.p);
  const after = await look(live.p);
  assert.match(after.font, /Courier New/);
  assert.equal(after.accent, "rgb(138, 21, 56)");
  assert.deepEqual(live.errors, []);
  await live.p.close();
});

test("source links open without referrer, print their addresses, and the member column stays on a phone", async () => {
  const { p } = await visit("/preset-sort.html", { viewport: { width: 360, height: 780 } });
  await ready(p);
  const rels = await p.locator(".nm-sources-list a").evaluateAll((as) => as.map((a) => a.getAttribute("rel")));
  assert.equal(rels.length, DATASET.sources.filter((s) => s.url).length);
  for (const rel of rels) assert.deepEqual(rel.split(" ").sort(), ["noopener", "noreferrer"]);
  // In a cell's details, too.
  await p.locator('button[aria-label^="Augsburg, DEFUS:"]').click();
  const dialogRels = await p.locator("dialog a[href^='http']").evaluateAll((as) => as.map((a) => a.getAttribute("rel")));
  assert.ok(dialogRels.length > 0);
  for (const rel of dialogRels) assert.deepEqual(rel.split(" ").sort(), ["noopener", "noreferrer"]);
  await p.keyboard.press("Escape");
  await p.locator("dialog[open]").waitFor({ state: "detached" }).catch(() => {});
  await p.waitForFunction(() => !document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector("dialog[open]"));

  // On the phone every national column fits; narrower still (or with a
  // regional network chosen) the table scrolls sideways in its box, and
  // the member column stays.
  const box = p.locator(".nm-scroll");
  assert.ok(await box.evaluate((b) => b.scrollWidth <= b.clientWidth), "the national columns fit at 360 px");
  await p.setViewportSize({ width: 250, height: 780 });
  await p.waitForFunction(() => {
    const b = document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(".nm-scroll");
    return b.scrollWidth > b.clientWidth;
  });
  const cell = p.locator("tbody tr th[scope=row]").first();
  const x0 = (await cell.boundingBox()).x;
  const scrolled = await box.evaluate((b) => {
    b.scrollLeft = 200;
    return b.scrollLeft;
  });
  assert.ok(scrolled > 0, "the table is wider than the phone");
  await p.waitForFunction(() => document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(".nm-scroll").scrollLeft > 0);
  assert.equal((await cell.boundingBox()).x, x0, "the member column stays put");
  const second = p.locator("tbody tr").first().locator("td").first();
  assert.ok((await second.boundingBox()).x < x0 + 200, "the other columns moved");

  // Printed, every source shows its address after its title.
  const after = () => p.locator(".nm-sources-list a").first().evaluate((a) => getComputedStyle(a, "::after").content);
  const href = await p.locator(".nm-sources-list a").first().getAttribute("href");
  assert.equal(await after(), "none", "not on screen");
  await p.emulateMedia({ media: "print" });
  assert.equal(await after(), `" <${href}>"`);
  await p.close();
});
