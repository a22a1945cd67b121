// The views: matrix, map and combinations as tabs over the same filters,
// the map's marks and keyboard, the combination rows, partners in the
// details, and accessibility in each view.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, fileUrl, ready, axe, serve, rowNames, focused, DATASET, OVERVIEW, OVERVIEW_IDS, moreFilters } from "./helpers.mjs";

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context.close();
});

const PLACED = new Set(DATASET.members.filter((m) => m.lat !== undefined).map((m) => m.name));

async function assertNoViolations(page, state) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
}

/// Opens the widget in a view, from disk, and waits for it.
async function inView(view, options) {
  const opened = await open(context, fileUrl() + (view ? `#nm.view=${view}` : ""), options);
  await opened.page.locator("[role=tab][aria-selected=true]").waitFor();
  return opened;
}

const marks = (page) => page.locator("circle.nm-mark-dot[role=button]");

test("each view opens from disk, by link, and passes axe, also at 320 px and dark", async () => {
  for (const [view, tab] of [["", "Matrix"], ["karte", "Karte"], ["kombinationen", "Kombinationen"]]) {
    for (const options of [{}, { viewport: { width: 320, height: 700 } }, { colorScheme: "dark" }]) {
      const { page, errors } = await inView(view, options);
      assert.equal(await page.locator("[role=tab][aria-selected=true]").textContent(), tab);
      const panel = page.locator("[role=tabpanel]");
      const labelledBy = await panel.getAttribute("aria-labelledby");
      assert.equal(await page.locator(`#${labelledBy}`).textContent(), tab);
      if (tab === "Karte") {
        await marks(page).first().waitFor();
        assert.match(await page.locator(".nm-map-summary").textContent(), /Karte von Deutschland mit \d+ der \d+/);
      }
      if (tab === "Kombinationen") await page.locator("table.nm-combo-table").waitFor();
      if (tab === "Matrix") await ready(page);
      assert.deepEqual(errors, []);
      await assertNoViolations(page, `${tab} ${JSON.stringify(options)}`);
      await page.close();
    }
  }
});

test("the map: a mark per shown member with a place, filtered by the search", async () => {
  const { page } = await inView("karte");
  await marks(page).first().waitFor();
  // Regional-only members are folded away by default, like rows: a mark
  // for each member of the default view that has a place.
  const expected = DATASET.members.filter((m) => m.lat !== undefined && OVERVIEW_IDS.has(m.id));
  assert.equal(await marks(page).count(), expected.length);
  // A mark's name says its networks and roles, as its box does on hover.
  const augsburg = page.locator("circle[aria-label^='Augsburg:']");
  const label = await augsburg.getAttribute("aria-label");
  assert.equal(
    label,
    "Augsburg: in 5 Netzwerken – DPT: Kooperation; DEFUS: Gründungsmitglied seit 2010; Efus: Mitglied seit 2010; Städtenetzwerk: Partner; DFK: Kooperation",
  );
  await augsburg.hover();
  const tip = page.locator(".nm-map-tip");
  await tip.waitFor();
  assert.equal((await tip.locator("text").allTextContents()).join(" – "), [
    "Augsburg: in 5 Netzwerken",
    "DPT: Kooperation",
    "DEFUS: Gründungsmitglied seit 2010",
    "Efus: Mitglied seit 2010",
    "Städtenetzwerk: Partner",
    "DFK: Kooperation",
  ].join(" – "));
  // Escape closes the box without moving the pointer (WCAG 1.4.13), with
  // the focus elsewhere in the page.
  await page.keyboard.press("Escape");
  await tip.waitFor({ state: "detached" });
  // Names stand beside the marks where they fit, never over each other.
  const labels = await page.locator(".nm-map-label").evaluateAll((ts) => ts.map((t) => {
    const b = t.getBBox();
    return { name: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height };
  }));
  assert.ok(labels.length >= 20, `${labels.length} names`);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      assert.ok(apart, `${a.name} and ${b.name} overlap`);
    }
  await page.getByLabel("Mitglied suchen").fill("burg");
  await page.locator("[role=status]", { hasText: /Karte von Deutschland mit \d+ der \d+/ }).waitFor();
  const names = (await marks(page).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label").split(":")[0]))).sort();
  assert.ok(names.length >= 2, `${names}`);
  assert.ok(names.every((n) => /burg/i.test(n) || n === "Lübeck"), `${names}`);
  // Members without a place are named under the map.
  await page.getByLabel("Mitglied suchen").fill("Deutscher Präventionstag");
  await page.locator(".nm-unplaced", { hasText: "ohne Ort: Deutscher Präventionstag" }).waitFor();
  assert.equal(await marks(page).count(), 0);
  await page.close();
});

test("the map by keyboard: one Tab stop, arrows between places, Enter opens the details", async () => {
  const { page } = await inView("karte");
  await marks(page).first().waitFor();
  assert.equal(await page.locator("circle.nm-mark-dot[tabindex='0']").count(), 1, "one Tab stop");
  await page.locator("[role=tab][aria-selected=true]").focus();
  await page.keyboard.press("Tab");
  let f = await focused(page);
  assert.equal(f.tag, "circle");
  const focusedLabel = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el.getAttribute("aria-label");
    });
  // The places as drawn, west to east and north to south.
  const places = await page
    .locator("g[role=toolbar] circle.nm-mark-dot")
    .evaluateAll((els) => els.map((e) => ({ label: e.getAttribute("aria-label"), x: Number(e.getAttribute("cx")), y: Number(e.getAttribute("cy")) })));
  const byX = [...places].sort((a, b) => a.x - b.x).map((p) => p.label);
  const byY = [...places].sort((a, b) => a.y - b.y).map((p) => p.label);
  const first = await focusedLabel();
  assert.equal(first, byX[0], "the Tab stop is the westernmost place");
  await page.keyboard.press("ArrowRight");
  let second = await focusedLabel();
  assert.equal(second, byX[1], "ArrowRight moves to the next place east");
  await page.keyboard.press("ArrowDown");
  const south = await focusedLabel();
  assert.equal(south, byY[byY.indexOf(second) + 1], "ArrowDown moves to the next place south");
  await page.keyboard.press("ArrowUp");
  second = await focusedLabel();
  assert.equal(second, byX[1], "ArrowUp moves back north");
  assert.equal(await page.locator("circle.nm-mark-dot[tabindex='0']").count(), 1);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  assert.match(await dialog.locator("h2").textContent(), new RegExp(second.split(":")[0]));
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  // Tab leaves the map in one step.
  await page.keyboard.press("Tab");
  f = await focused(page);
  assert.notEqual(f.tag, "circle");
  await page.close();
});

test("the tabs by keyboard follow the APG pattern and write the view into the link", async () => {
  const { page } = await inView("");
  await ready(page);
  const tab = page.getByRole("tab", { name: "Matrix" });
  await tab.focus();
  await page.keyboard.press("ArrowRight");
  await page.locator("[role=tab][aria-selected=true]", { hasText: "Karte" }).waitFor();
  assert.equal((await focused(page)).text, "Karte");
  assert.match(page.url(), /nm\.view=karte/);
  await page.keyboard.press("End");
  await page.locator("[role=tab][aria-selected=true]", { hasText: "Kombinationen" }).waitFor();
  await page.keyboard.press("ArrowRight");
  await page.locator("[role=tab][aria-selected=true]", { hasText: "Matrix" }).waitFor();
  assert.equal((await focused(page)).text, "Matrix");
  assert.equal(await page.locator("[role=tab][tabindex='0']").count(), 1);
  await page.close();
});

test("a combination row sets the filter to exactly that combination", async () => {
  const { page } = await inView("kombinationen");
  const row = page.getByRole("button", { name: "DEFUS + Efus: nur diese Kombination zeigen" });
  const count = Number(
    await page.locator("tr", { has: row }).locator(".nm-combo-number").textContent(),
  );
  await row.click();
  await page.locator("[role=status]", { hasText: "1 Kombinationen" }).waitFor();
  assert.equal(await page.getByRole("checkbox", { name: /^DEFUS/ }).isChecked(), true);
  assert.equal(await page.getByRole("checkbox", { name: /^Efus/ }).isChecked(), true);
  // The mode is behind "Weitere Filter", whose button counts it.
  assert.match(await page.getByRole("button", { name: /^Weitere Filter/ }).textContent(), /1 aktiv/);
  await moreFilters(page);
  assert.equal(await page.getByRole("radio", { name: /genau den gewählten/ }).isChecked(), true);
  await page.getByRole("tab", { name: "Matrix" }).click();
  await ready(page);
  const names = await rowNames(page);
  assert.equal(names.length, count);
  assert.ok(names.includes("Essen (Nordrhein-Westfalen)") && !names.includes("Augsburg"), `${names}`);
  assert.match(page.url(), /nm\.mode=exact/);
  await page.close();
});

test("a member's details list its partners by the networks they share", async () => {
  const { page } = await inView("");
  await ready(page);
  await page.getByRole("button", { name: /^Augsburg$/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const three = dialog.locator("section.nm-partners", { has: page.locator("h4", { hasText: "teilt 3 Netzwerke" }) });
  assert.match(await three.textContent(), /Düsseldorf: DEFUS, Efus, Städtenetzwerk/);
  await assertNoViolations(page, "partners");
  await page.close();
});

test("data-view presets the view", async () => {
  const server = await serve(undefined, {
    pages: {
      "/view.html": `<!doctype html><html lang="de"><title>x</title><main><div data-netzwerk-matrix data-view="kombinationen"></div></main><script src="netzwerk-matrix.js" defer></script></html>`,
    },
  });
  const page = await context.newPage();
  await page.goto(server.url + "/view.html");
  await page.locator("table.nm-combo-table").waitFor();
  assert.equal(await page.locator("[role=tab][aria-selected=true]").textContent(), "Kombinationen");
  await page.close();
  await server.close();
});
