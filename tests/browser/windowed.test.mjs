// A long result: one scroll box with the real scroll height that renders
// only the rows in its view, the true row count and places for assistive
// technology, keyboard focus through rows not yet rendered, every row on
// paper, under a strict Content-Security-Policy.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, ready, rowNames, axe, focused, assertRing, longDataset, DIST } from "./helpers.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";

// 2 000 more members, every one with a membership, so all are in the view.
const EXTRA = 2000;
const long = longDataset(EXTRA);

const page = (attrs = "") => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script src="/netzwerk-matrix.js" defer></script></head>
<body><main><h1>Host</h1><div data-netzwerk-matrix data-src="/long.json" ${attrs}></div></main></body></html>`;

let context, server;

before(async () => {
  context = await launch();
  server = await serve(DIST, {
    headers: { "content-security-policy": CSP },
    pages: {
      "/long.json": JSON.stringify(long),
      "/long.html": page(),
      "/ten.html": page(`data-page-size="10"`),
    },
  });
});
after(async () => {
  await context?.close();
  await server?.close();
});

async function open(path) {
  const p = await context.newPage();
  await p.setViewportSize({ width: 1280, height: 800 });
  const errors = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await p.goto(server.url + path);
  await ready(p);
  return { p, errors };
}

/// The aria-rowindex of every rendered row of the result.
const rendered = (p) =>
  p.locator("table.nm-table tbody tr[aria-rowindex]").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("aria-rowindex"))));

const box = (p) => p.locator(".nm-scroll");

/// The aria-rowindex of the row that holds focus in the widget, or null.
const focusedRow = (p) =>
  p.evaluate(() => {
    const a = document.querySelector("[data-netzwerk-matrix]").shadowRoot.activeElement;
    return a ? Number(a.closest("tr")?.getAttribute("aria-rowindex")) : null;
  });

/// Waits until the box has stopped scrolling (a wheel scrolls smoothly, for
/// a while) and its window has followed: the scroll position and the
/// rendered rows are the same in two frames running.
const settled = (p) =>
  p.waitForFunction(
    () => {
      const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
      const rows = root.querySelectorAll("tbody tr[aria-rowindex]");
      const now = `${root.querySelector(".nm-scroll").scrollTop} ${rows[0]?.getAttribute("aria-rowindex")} ${rows[rows.length - 1]?.getAttribute("aria-rowindex")}`;
      const same = window.__nmSettled === now;
      window.__nmSettled = now;
      return same;
    },
    null,
    { polling: "raf" },
  );

/// Waits until focus is in the row with this aria-rowindex.
const focusReaches = (p, row) =>
  p.waitForFunction((n) => {
    const a = document.querySelector("[data-netzwerk-matrix]").shadowRoot.activeElement;
    return a && a.closest("tr").getAttribute("aria-rowindex") === String(n);
  }, row);

test("a long result scrolls in a box of its own and renders only the rows in view", async () => {
  const { p, errors } = await open("/long.html");
  const status = await p.locator("[role=status]").textContent();
  const total = Number(status.match(/^(\d+)/)[1]);
  assert.ok(total > EXTRA, status);
  assert.equal(await p.locator("table.nm-table").getAttribute("aria-rowcount"), String(total + 2));
  assert.equal(await box(p).getAttribute("role"), "region");
  let rows = await rendered(p);
  assert.ok(rows.length >= 10 && rows.length < 60, `${rows.length} rows rendered`);
  assert.deepEqual(rows, rows.map((_, i) => i + 2), "the first rows, in order, from 2");
  // The box is as high as the whole result, so its scroll bar is true.
  const { scrollHeight, clientHeight } = await box(p).evaluate((b) => ({ scrollHeight: b.scrollHeight, clientHeight: b.clientHeight }));
  assert.ok(clientHeight < 800, `box ${clientHeight}px high`);
  assert.ok(scrollHeight > total * 20, `scroll height ${scrollHeight}px for ${total} rows`);

  // Scrolled to the middle, the rows there are rendered, in order.
  await box(p).evaluate((b) => (b.scrollTop = b.scrollHeight / 2));
  await p.waitForFunction(() => {
    const r = document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector("tbody tr[aria-rowindex]");
    return Number(r.getAttribute("aria-rowindex")) > 200;
  });
  rows = await rendered(p);
  const middle = rows[Math.floor(rows.length / 2)];
  assert.ok(Math.abs(middle - total / 2) < total / 5, `row ${middle} in the middle of ${total}`);
  assert.deepEqual(rows, rows.map((_, i) => rows[0] + i), "consecutive rows");
  // What is rendered in the view is what the box shows: a row at its middle.
  const seen = await box(p).evaluate((b) => {
    b.scrollIntoView({ block: "start" });
    const r = b.getBoundingClientRect();
    const el = b.getRootNode().elementFromPoint(r.left + 60, r.top + r.height / 2);
    return el?.closest("tr")?.getAttribute("aria-rowindex") ?? null;
  });
  assert.ok(seen && rows.includes(Number(seen)), `row ${seen} under the box's middle`);

  // A new search starts at the top; a short result is rendered whole, in
  // the same box (the table keeps its layout while the visitor types).
  await p.getByLabel("Mitglied suchen").fill("Ort 001");
  await p.locator("[role=status]", { hasText: /^10 von/ }).waitFor();
  assert.deepEqual(await rendered(p), Array.from({ length: 10 }, (_, i) => i + 2));
  assert.deepEqual(await p.locator(".nm-spacer td").evaluateAll((tds) => tds.map((td) => td.offsetHeight)), [0, 0]);
  assert.deepEqual((await rowNames(p)).slice(0, 2), ["Ort 0010", "Ort 0011"]);
  await p.getByLabel("Mitglied suchen").fill("");
  await p.locator("[role=status]", { hasText: String(total) }).waitFor();
  assert.equal(await box(p).evaluate((b) => b.scrollTop), 0);
  assert.deepEqual(errors, []);
  await p.close();
});

test("the keyboard moves through rows that were not rendered, and focus stays on the cell", async () => {
  const { p, errors } = await open("/long.html");
  const total = Number((await p.locator("table.nm-table").getAttribute("aria-rowcount"))) - 2;
  await p.locator("tbody tr[aria-rowindex='2'] th button").focus();
  for (let i = 0; i < 60; i++) await p.keyboard.press("ArrowDown");
  const where = () =>
    p.evaluate(() => {
      const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
      const a = root.activeElement;
      return a ? { row: Number(a.closest("tr").getAttribute("aria-rowindex")), text: a.textContent.trim() } : null;
    });
  let at = await where();
  assert.equal(at?.row, 62, JSON.stringify(at));
  // The focused cell is the member rendered at that place, and it is in
  // view.
  assert.equal(at.text, (await p.locator("tbody tr[aria-rowindex='62'] th").textContent()).trim());
  assert.ok(await p.locator("tbody tr[aria-rowindex='62'] th button").evaluate((b) => {
    const r = b.getBoundingClientRect();
    const v = b.closest(".nm-scroll").getBoundingClientRect();
    return r.top >= v.top && r.bottom <= v.bottom;
  }), "the focused row is in the box's view");
  await p.keyboard.press("PageDown");
  await focusReaches(p, 72);
  await p.keyboard.press("PageDown");
  await focusReaches(p, 82);
  await p.keyboard.press("Control+End");
  await focusReaches(p, total + 2); // the totals row
  await p.keyboard.press("ArrowUp");
  await focusReaches(p, total + 1);
  await p.keyboard.press("Control+Home");
  await p.keyboard.press("ArrowDown");
  await focusReaches(p, 2);
  at = await focused(p);
  assertRing(at, "light", "the focused cell");
  // One tab stop in the grid, wherever the window is.
  assert.equal(await p.locator("table.nm-table [tabindex='0']").count(), 1);
  assert.deepEqual(errors, []);
  await p.close();
});

test("a focused row scrolled out of view with the wheel keeps the focus, and the keys go on from it", async () => {
  const { p, errors } = await open("/long.html");
  const firstRendered = () => rendered(p).then((rows) => rows.filter((r) => r > 12)[0] ?? 0);
  await p.locator("tbody tr[aria-rowindex='6'] td").nth(1).click();
  assert.equal(await focusedRow(p), 6);
  // The mouse wheel takes the box far down: the window moves, the focused
  // row stays rendered above it.
  await box(p).hover();
  // Wheel until the window has moved past row 150 (each turn waits for
  // the box to have scrolled, not for a time).
  for (let i = 0; i < 40 && (await firstRendered()) < 150; i++) {
    const before = await box(p).evaluate((b) => b.scrollTop);
    await p.mouse.wheel(0, 2500);
    await p.waitForFunction((t) => document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(".nm-scroll").scrollTop > t, before);
  }
  await p.waitForFunction(() => [...document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelectorAll("tbody tr[aria-rowindex]")].some((r) => Number(r.getAttribute("aria-rowindex")) > 150));
  await settled(p);
  const rows = await rendered(p);
  assert.ok(rows.some((r) => r > 150), `the window moved: ${rows.slice(0, 3)}…`);
  assert.ok(rows.includes(6) && !rows.includes(7), `row 6 kept alone: ${rows.slice(0, 3)}…`);
  assert.deepEqual(rows, [...rows].sort((a, b) => a - b), "rows in order");
  assert.equal(await focusedRow(p), 6, "focus stayed on its cell");
  assert.equal(await p.locator("table.nm-table [tabindex='0']").count(), 1);
  // The arrow keys go on from there, and bring the row into view.
  await p.keyboard.press("ArrowDown");
  await focusReaches(p, 7);
  assert.ok(await p.locator("tbody tr[aria-rowindex='7'] td").nth(1).evaluate((c) => {
    const r = c.getBoundingClientRect();
    const v = c.closest(".nm-scroll").getBoundingClientRect();
    return r.top >= v.top - 1 && r.bottom <= v.bottom + 1;
  }), "row 7 is in the box's view");
  // Scrolled up away from a focused row, it is kept below the window.
  const half = await box(p).evaluate((b) => (b.scrollTop = b.scrollHeight / 2));
  // Wait until the window has followed: a row near the middle is rendered
  // and the box's top row is one of the rendered ones.
  const middleRow = await p.waitForFunction(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    const scroll = root.querySelector(".nm-scroll");
    const top = scroll.getBoundingClientRect().top;
    const rows = [...root.querySelectorAll("tbody tr[aria-rowindex]")].filter((r) => r.getBoundingClientRect().top >= top);
    const n = rows.length > 12 && Number(rows[12].getAttribute("aria-rowindex"));
    return n > 100 ? n : false;
  });
  const target = await middleRow.jsonValue();
  assert.ok(half > 0);
  await p.locator(`tbody tr[aria-rowindex='${target}'] td`).nth(1).click();
  await focusReaches(p, target);
  const middle = await focusedRow(p);
  await box(p).evaluate((b) => (b.scrollTop = 0));
  await p.waitForFunction(() => document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector("tbody tr[aria-rowindex='2']"));
  const after = await rendered(p);
  assert.equal(after.at(-1), middle, `row ${middle} kept below: …${after.slice(-3)}`);
  assert.equal(await focusedRow(p), middle);
  // Focus leaving the grid lets the row go at the next scroll.
  await p.locator('input[type="search"]').focus();
  await box(p).evaluate((b) => (b.scrollTop = 40));
  await p.waitForFunction((m) => !document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(`tbody tr[aria-rowindex='${m}']`), middle);
  assert.deepEqual(errors, []);
  await p.close();
});

test("printing renders every row of the result, and the window again after", async () => {
  const { p } = await open("/long.html");
  const total = Number((await p.locator("table.nm-table").getAttribute("aria-rowcount"))) - 2;
  await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await p.waitForFunction((n) => document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelectorAll("tbody tr[aria-rowindex]").length === n, total);
  await p.emulateMedia({ media: "print" });
  assert.equal(await box(p).evaluate((b) => getComputedStyle(b).maxHeight), "none");
  await p.emulateMedia({ media: "screen" });
  await p.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await p.waitForFunction(() => document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelectorAll("tbody tr[aria-rowindex]").length < 100);
  await p.close();
});

test("data-page-size sets the rows the box shows at once", async () => {
  const { p } = await open("/ten.html");
  await p.waitForFunction(() => document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector(".nm-scroll").style.maxHeight !== "");
  const inView = await box(p).evaluate((b) => {
    const v = b.getBoundingClientRect();
    const head = b.querySelector("thead").getBoundingClientRect().bottom;
    return [...b.querySelectorAll("tbody tr[aria-rowindex]")].filter((r) => {
      const x = r.getBoundingClientRect();
      return x.top >= head - 1 && x.bottom <= v.bottom + 1;
    }).length;
  });
  assert.ok(inView >= 8 && inView <= 12, `${inView} rows in view`);
  await p.close();
});

test("the scrolled long table passes axe", async () => {
  const { p } = await open("/long.html");
  await box(p).evaluate((b) => (b.scrollTop = 5000));
  await p.waitForFunction(() => {
    const r = document.querySelector("[data-netzwerk-matrix]").shadowRoot.querySelector("tbody tr[aria-rowindex]");
    return Number(r.getAttribute("aria-rowindex")) > 20;
  });
  assert.deepEqual(await axe(p), []);
  await p.close();
});
