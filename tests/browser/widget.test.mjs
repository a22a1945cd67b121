// The built widget in headless Chromium, opened from disk and over http:
// it renders, searches, filters and reports without console errors.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, serve, fileUrl, ready, rowNames, statusText, DATASET, OVERVIEW, moreFilters } from "./helpers.mjs";

const MEMBERS = DATASET.members.length;
const NETWORKS = DATASET.networks.length;
/// Regional networks are folded away by default.
const NATIONAL = DATASET.networks.filter((n) => !n.regional).length;
let context, server;

before(async () => {
  context = await launch();
  server = await serve();
});
after(async () => {
  await context?.close();
  await server?.close();
});

for (const [how, url] of [
  ["file://", () => fileUrl()],
  ["http", () => server.url + "/"],
]) {
  test(`${how}: the table renders every member, with headers and totals`, async () => {
    const { page, errors } = await open(context, url());
    await ready(page);
    assert.equal((await rowNames(page)).length, OVERVIEW);
    assert.equal(await page.locator("table.nm-table thead th[scope=col]").count(), NATIONAL + 2);
    assert.equal(await page.locator("table.nm-table caption").count(), 1);
    await page.locator("[role=status]", { hasText: `${OVERVIEW} von ${MEMBERS} Mitgliedern` }).waitFor();
    assert.match(await statusText(page), new RegExp(`${NATIONAL} von ${NETWORKS} Netzwerken`));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("file://: typing dusseldorf leaves Düsseldorf and the status says so", async () => {
  const { page, errors } = await open(context, fileUrl());
  await ready(page);
  await page.getByLabel("Mitglied suchen").pressSequentially("dusseldorf");
  await page.locator("[role=status]", { hasText: `1 von ${MEMBERS} Mitgliedern` }).waitFor();
  assert.deepEqual(await rowNames(page), ["Düsseldorf"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("file://: DPT, DEFUS and DFK with 'all' leave Augsburg, and the counts are shown", async () => {
  const { page, errors } = await open(context, fileUrl());
  await ready(page);
  for (const name of [/^DPT/, /^DEFUS/, /^DFK/]) await page.getByRole("checkbox", { name }).check();
  await moreFilters(page);
  await page.getByRole("radio", { name: /allen gewählten/ }).check();
  await page.locator("[role=status]", { hasText: `1 von ${MEMBERS} Mitgliedern` }).waitFor();
  assert.deepEqual(await rowNames(page), ["Augsburg"]);
  const allLabel = await page.getByRole("radio", { name: /allen gewählten/ }).locator("xpath=..").textContent();
  assert.match(allLabel, /\(1\)/);
  // A cell speaks a whole sentence to screen readers.
  const cell = page.locator("tbody tr", { hasText: "Augsburg" }).locator("td.founding_member button");
  assert.equal(await cell.getAttribute("aria-label"), "Augsburg, DEFUS: Gründungsmitglied seit 2010");
  // The accessible name the browser computes is that sentence.
  await page.getByRole("button", { name: "Augsburg, DEFUS: Gründungsmitglied seit 2010" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("http: sorting by count puts Augsburg first and sets aria-sort", async () => {
  const { page } = await open(context, server.url + "/");
  await ready(page);
  await page.getByRole("button", { name: /^Anzahl/ }).click();
  assert.equal((await rowNames(page))[0], "Augsburg");
  const header = page.locator("thead th", { has: page.getByRole("button", { name: /^Anzahl/ }) });
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  await page.close();
});

test("http: a search without result says so in the table and the status", async () => {
  const { page } = await open(context, server.url + "/");
  await ready(page);
  await page.getByLabel("Mitglied suchen").fill("zzzz");
  await page.locator("[role=status]", { hasText: `0 von ${MEMBERS} Mitgliedern` }).waitFor();
  assert.match(await page.locator("td.nm-empty").textContent(), /Kein Mitglied/);
  await page.close();
});

test("a browser without ReadableStream decodes the wasm at once and starts the widget", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    delete window.ReadableStream;
  });
  await page.goto(fileUrl());
  await ready(page);
  assert.equal(await page.evaluate(() => typeof ReadableStream), "undefined");
  assert.ok((await rowNames(page)).includes("Augsburg"));
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
