// Accessibility in headless Chromium: axe-core (WCAG 2.0/2.1 A and AA) in
// each state, keyboard-only use with a visible focus, 320 px width, CSV
// download of the filtered view, print styles.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, fileUrl, ready, axe, rowNames, focused, tabTo, assertRing, membersMatching, DATASET, OVERVIEW, moreFilters } from "./helpers.mjs";

const MEMBERS = DATASET.members.length;
let context;

before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

async function assertNoViolations(page, state) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe violations (${state}):\n${JSON.stringify(violations, null, 2)}`);
}

test("axe: initial state", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await assertNoViolations(page, "initial");
  await page.close();
});

test("axe sees into the widget's shadow root (a removed label is reported)", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await page.evaluate(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    root.querySelector(".nm-search label").remove();
    root.querySelector(".nm-search input").removeAttribute("aria-describedby");
    root.querySelector(".nm-search input").removeAttribute("placeholder");
  });
  const violations = await axe(page);
  assert.ok(
    violations.some((v) => v.id === "label" && v.nodes.some((n) => n.includes("-search"))),
    JSON.stringify(violations)
  );
  await page.close();
});

test("axe: after a city search", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await page.getByLabel("Mitglied suchen").fill("augsburg");
  await page.locator("[role=status]", { hasText: `1 von ${MEMBERS}` }).waitFor();
  await assertNoViolations(page, "search");
  await page.close();
});

test("axe: after a network filter with no result", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await page.getByLabel("Mitglied suchen").fill("augsburg");
  await page.getByRole("checkbox", { name: /^DEFUS/ }).check();
  await moreFilters(page);
  await page.getByRole("radio", { name: /keinem gewählten/ }).check();
  await page.locator("[role=status]", { hasText: `0 von ${MEMBERS}` }).waitFor();
  assert.equal(await page.locator("td.nm-empty").count(), 1);
  await assertNoViolations(page, "no result");
  await page.close();
});

test("axe: English", async () => {
  const { page } = await open(context, fileUrl() + "?lang=en");
  await ready(page);
  assert.equal(await page.locator(".nm-root").getAttribute("lang"), "en");
  await page.getByLabel("Search member").waitFor();
  await page.locator("[role=status]", { hasText: `${OVERVIEW} of ${MEMBERS} members` }).waitFor();
  await assertNoViolations(page, "English");
  await page.close();
});

for (const [name, url, scheme] of [
  ["dark by the system setting", () => fileUrl(), "dark"],
  ["dark forced by the host", () => fileUrl() + "?theme=dark", "light"],
]) {
  test(`axe: ${name}`, async () => {
    const { page } = await open(context, url(), { colorScheme: scheme });
    await ready(page);
    const bg = await page.locator(".nm-root").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, "rgb(21, 24, 28)", "dark background");
    await assertNoViolations(page, name);
    await page.close();
  });
}

test("320 px: no sideways page scroll, and axe is clean", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 320, height: 640 } });
  await ready(page);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
  // The table scrolls in its own region, which is then named; the grid in
  // it is the tab stop, and moving in it scrolls.
  const region = page.locator(".nm-scroll");
  await page.waitForFunction(() => {
    const host = document.querySelector("[data-netzwerk-matrix]");
    return host.shadowRoot.querySelector(".nm-scroll").getAttribute("role") === "region";
  });
  assert.equal(await region.getAttribute("role"), "region");
  assert.ok(await region.getAttribute("aria-label"));
  await assertNoViolations(page, "320px");
  await page.close();
});

test("wide screen: the table does not overflow, so its container is no tab stop", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 1400, height: 900 } });
  await ready(page);
  // A positive sign first: narrowed, the box overflows and becomes a named
  // region (the grid in it stays the one tab stop); widened again, it is
  // a plain box, no region and no tab stop.
  const state = () =>
    page.evaluate(() => {
      const box = document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(".nm-scroll");
      return [box.getAttribute("role"), box.getAttribute("tabindex")];
    });
  const until = (want) =>
    page.waitForFunction((w) => {
      const box = document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(".nm-scroll");
      return box.getAttribute("role") === w[0] && box.getAttribute("tabindex") === w[1];
    }, want);
  // At 320 px every national column fits; narrower, the table overflows.
  await page.setViewportSize({ width: 240, height: 900 });
  await until(["region", null]);
  await page.setViewportSize({ width: 1400, height: 900 });
  await until([null, null]);
  assert.deepEqual(await state(), [null, null]);
  await page.close();
});

test("keyboard only: search, toggle a network, sort, export; focus always visible", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);

  let f = await tabTo(page, (f) => f.tag === "input" && f.type === "search");
  assertRing(f, "light", "search field");
  await page.keyboard.type("augsburg");
  await page.locator("[role=status]", { hasText: `1 von ${MEMBERS}` }).waitFor();

  f = await tabTo(page, (f) => f.type === "checkbox" && f.label.startsWith("DEFUS"));
  assertRing(f, "light", "checkbox");
  await page.keyboard.press("Space");
  assert.equal(await page.getByRole("checkbox", { name: /^DEFUS/ }).isChecked(), true);

  // The mode radios are now enabled; arrow keys are not needed, Tab passes
  // them. The matrix is one stop; End goes to the last header.
  f = await tabTo(page, (f) => f.tag === "button" && f.text.startsWith("Mitglied"));
  await page.keyboard.press("End");
  f = await focused(page);
  assert.ok(f.text.startsWith("Anzahl"), f.text);
  assertRing(f, "light", "sort button");
  await page.keyboard.press("Enter");
  const header = page.locator("thead th", { has: page.getByRole("button", { name: /^Anzahl/ }) });
  assert.equal(await header.getAttribute("aria-sort"), "descending");

  // The tools are behind "Weitere Filter": back to that button, open it,
  // and on to the CSV button.
  f = await tabTo(page, (f) => f.tag === "button" && f.text.startsWith("Weitere Filter"), { back: true });
  assertRing(f, "light", "Weitere Filter");
  await page.keyboard.press("Enter");
  f = await tabTo(page, (f) => f.tag === "button" && f.text.includes("CSV"));
  assertRing(f, "light", "CSV button");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const csv = await readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("\ufeff"), "CSV starts with a byte-order mark");
  const lines = csv.trimEnd().split("\r\n");
  assert.equal(lines.length, 2, csv);
  assert.match(lines[0], /^\ufeff"Mitglied";"DPT";"DEFUS";/);
  assert.match(lines[1], /^"Augsburg";".*";"Gründungsmitglied seit 2010"/);
  assert.equal(download.suggestedFilename(), "netzwerk-matrix.csv");

  // Space on a focused button works too, and focus is never lost to the page.
  f = await tabTo(page, (f) => f.tag === "button" && f.text.startsWith("Filter zurücksetzen"), { back: true });
  await page.keyboard.press("Space");
  await page.locator("[role=status]", { hasText: `${OVERVIEW} von ${MEMBERS}` }).waitFor();
  assert.equal((await rowNames(page)).length, OVERVIEW);
  assert.equal((await focused(page)).text, "Filter zurücksetzen");
  await page.close();
});

test("the focus ring in dark mode: 3 px in #ffb25c", async () => {
  const { page } = await open(context, fileUrl(), { colorScheme: "dark" });
  await ready(page);
  const f = await tabTo(page, (f) => f.tag === "input" && f.type === "search");
  assertRing(f, "dark", "search field");
  await page.close();
});

test("the CSV download holds the filtered rows only", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await page.getByLabel("Mitglied suchen").fill("b");
  const expected = membersMatching("b");
  await page.locator("[role=status]", { hasText: new RegExp(`^\\s*${expected.length} von ${MEMBERS} `) }).waitFor();
  const shown = await rowNames(page);
  assert.deepEqual([...shown].sort(), expected);
  await moreFilters(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /CSV/ }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  const names = csv
    .trim()
    .split("\r\n")
    .slice(1)
    .map((l) => l.split(";")[0].replaceAll('"', ""));
  assert.deepEqual(names, shown);
  await page.close();
});

test("print: controls hidden, header row repeated, legend and sources kept", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const display = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display);
  assert.equal(await display(".nm-filters"), "none");
  assert.equal(await display("thead"), "table-header-group");
  assert.notEqual(await display(".nm-legend"), "none");
  assert.notEqual(await display(".nm-sources"), "none");
  // The folded list of sources is printed in full.
  assert.ok(await page.locator(".nm-sources-list li").first().isVisible(), "sources printed");
  await page.close();
});

/// The focused element through the shadow root: its tag and name.
const active = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const labelled = el.getAttribute("aria-label") || el.querySelector("[aria-label]")?.getAttribute("aria-label");
    return { tag: el.tagName.toLowerCase(), name: labelled || el.textContent.trim() };
  });

test("the matrix is one Tab stop; arrows, Home/End, Ctrl+Home/End and PageUp/Down move between cells", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 1280, height: 900 } });
  await ready(page);
  assert.equal(await page.locator("table.nm-table").getAttribute("role"), "grid");
  assert.equal(await page.locator("table.nm-table [tabindex='0']").count(), 1);
  await page.getByRole("tab", { name: "Matrix" }).focus();
  await page.keyboard.press("Tab");
  assert.match((await active(page)).name, /^Mitglied, nach Name sortieren/);
  await page.keyboard.press("ArrowDown");
  assert.equal((await active(page)).name, "Aachen");
  await page.keyboard.press("ArrowRight");
  assert.equal((await active(page)).name, "Aachen, DPT: keine Angabe");
  await page.keyboard.press("ArrowRight");
  assert.equal((await active(page)).name, "Aachen, DEFUS: Mitglied seit 2023");
  await page.keyboard.press("End");
  assert.equal((await active(page)).tag, "td");
  await page.keyboard.press("Home");
  assert.equal((await active(page)).name, "Aachen");
  await page.keyboard.press("PageDown");
  const tenth = (await rowNames(page))[10];
  assert.equal((await active(page)).name, tenth);
  await page.keyboard.press("Control+End");
  assert.equal((await active(page)).tag, "td", "the grand total");
  await page.keyboard.press("Control+Home");
  assert.match((await active(page)).name, /^Mitglied, nach Name sortieren/);
  // Enter opens a cell's details; closing returns focus to the cell.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const cell = (await active(page)).name;
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "hidden" });
  assert.equal((await active(page)).name, cell);
  // Still one Tab stop, now where the keyboard left it.
  assert.equal(await page.locator("table.nm-table [tabindex='0']").count(), 1);
  await page.close();
});

test("getting across the whole page takes 11 presses of Tab", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 1280, height: 900 } });
  await ready(page);
  await page.locator("h1").click();
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el && el !== document.body ? el.outerHTML.slice(0, 200) + el.getBoundingClientRect().y : null;
    });
    if (f === null || stops.includes(f)) break;
    stops.push(f);
  }
  // Search, five networks, "Weitere Filter", the tabs, the grid, the
  // sources' disclosure and the licence link.
  assert.equal(stops.length, 11, `${stops.length} Tab stops:\n${stops.join("\n")}`);
  await page.close();
});

test("phone 360 x 780: search and the first row on the first screen; the other filters fold and say how many are active", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 360, height: 780 } });
  await ready(page);
  const search = await page.getByLabel("Mitglied suchen").boundingBox();
  const row = await page.locator("table.nm-table tbody tr[aria-rowindex]").first().boundingBox();
  assert.ok(search.y + search.height <= 780, `search ends at ${search.y + search.height}`);
  assert.ok(row.y + row.height <= 780, `first row ends at ${row.y + row.height}`);
  const toggle = page.getByRole("button", { name: /^Filter( – \d+ aktiv)?$/ });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  // Folded filters are hidden from everyone, not only from sight.
  assert.equal(await page.getByRole("checkbox", { name: /^DEFUS/ }).count(), 0);
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await page.getByRole("checkbox", { name: /^DEFUS/ }).check();
  await page.getByRole("checkbox", { name: /^Efus/ }).check();
  assert.equal(await toggle.textContent(), "Filter – 2 aktiv");
  await assertNoViolations(page, "phone, filters open");
  await toggle.click();
  assert.equal(await page.getByRole("checkbox", { name: /^DEFUS/ }).count(), 0);
  await page.close();
  // The wide layout shows the filters and no button.
  const wide = await open(context, fileUrl(), { viewport: { width: 1280, height: 900 } });
  await ready(wide.page);
  assert.equal(await wide.page.getByRole("button", { name: /^Filter( – \d+ aktiv)?$/ }).count(), 0);
  assert.equal(await wide.page.getByRole("checkbox", { name: /^DEFUS/ }).count(), 1);
  await wide.page.close();
});

test("Chromium's accessibility tree: the grid's rows start with their row header, under column headers", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 1280, height: 900 } });
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => n.role?.value;
  const grid = nodes.find((n) => role(n) === "grid");
  assert.ok(grid, "a grid in the tree");
  // Rows are children of the grid or of its row groups.
  const rows = [];
  const walk = (n) => {
    for (const id of n.childIds ?? []) {
      const c = byId.get(id);
      if (!c) continue;
      if (role(c) === "row") rows.push(c);
      else walk(c);
    }
  };
  walk(grid);
  const cells = (row) => (row.childIds ?? []).map((id) => byId.get(id)).filter(Boolean);
  const header = cells(rows[0]);
  assert.ok(header.every((c) => role(c) === "columnheader"), header.map(role).join());
  const body = rows.slice(1, -1);
  assert.equal(body.length, OVERVIEW);
  for (const row of body) {
    const cs = cells(row);
    assert.equal(role(cs[0]), "rowheader", cs.map(role).join());
    assert.equal(cs.length, header.length, "one cell under each column header");
    assert.ok(cs.slice(1).every((c) => role(c) === "gridcell"), cs.map(role).join());
  }
  await page.close();
});

test("phone: every control is a tap target of at least 24 x 24 px (with its label)", async () => {
  const { page } = await open(context, fileUrl(), { viewport: { width: 360, height: 780 } });
  await ready(page);
  await page.getByRole("button", { name: /^Filter( – \d+ aktiv)?$/ }).click();
  await page.getByText("Alle Quellen mit Adresse").click();
  const small = await page.evaluate(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    const out = [];
    for (const el of root.querySelectorAll("button, input, select, a, summary, [tabindex]")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const label = el.closest("label");
      const l = label ? label.getBoundingClientRect() : r;
      if (Math.max(r.width, l.width) < 24 || Math.max(r.height, l.height) < 24) {
        out.push(`${el.tagName} ${(el.getAttribute("aria-label") || el.textContent).trim().slice(0, 40)}`);
      }
    }
    return out;
  });
  assert.deepEqual(small, []);
  await page.close();
});
