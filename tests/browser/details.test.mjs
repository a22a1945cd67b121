// Details of cells, networks and members, and the "Stand im Jahr" control.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, fileUrl, ready, axe, rowNames, focused, DATASET, moreFilters } from "./helpers.mjs";

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const augsburgDefus = (page) =>
  page.locator("tbody tr", { has: page.locator("th", { hasText: /^Augsburg$/ }) }).locator("td.founding_member button");

test("Augsburg × DEFUS details: role, year and sources; Escape closes and focus returns", async () => {
  const { page, errors } = await open(context, fileUrl());
  await ready(page);
  const button = augsburgDefus(page).first();
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const text = await dialog.textContent();
  assert.match(text, /Augsburg – DEFUS/);
  assert.match(text, /Gründungsmitglied seit 2010/);
  assert.match(text, /Unsere Mitglieder: Augsburg/);
  assert.match(text, /Die Stadt Augsburg ist Gründungsmitglied/);
  const link = dialog.getByRole("link", { name: "Unsere Mitglieder: Augsburg" });
  assert.equal(await link.getAttribute("href"), "https://defus.de/nano.cms/unsere-mitglieder?xa=details&id=3");
  assert.deepEqual(errors, []);
  // (axe itself then tries to read page.css, which file:// refuses; that
  // message is axe's, so errors are checked before it runs.)
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  const f = await focused(page);
  assert.equal(f.tag, "button");
  assert.match(f.text, /Gründungsmitglied/);
  await page.close();
});

test("a conflicting, inferred fact says so, with both sources", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  const row = page.locator("tbody tr", { has: page.locator("th", { hasText: /^Deutscher Präventionstag$/ }) });
  await row.locator("td.founding_member button").click();
  const text = await page.getByRole("dialog").textContent();
  assert.match(text, /erschlossen/);
  assert.match(text, /widersprüchliche Quellen/);
  assert.match(text, /neun Gründungsmitglieder/);
  // A quotation stands in quotation marks, a paraphrase is labelled.
  assert.match(text, /„Die damals 10 deutschen Mitglieder bei Efus gründeten/);
  assert.match(text, /„Der Landespräventionsrat Niedersachsen, der Deutsche Präventionstag und die Landeshauptstadt Stuttgart waren die ersten deutschen EFUS-Mitglieder/);
  assert.match(text, /sinngemäß: Mitglieder von DEFUS: Augsburg/);
  await page.getByRole("button", { name: "Schließen" }).click();
  await page.getByRole("dialog").waitFor({ state: "hidden" });
  await page.close();
});

test("network and member headers open their details", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await page.getByRole("button", { name: /^DEFUS/ }).click();
  let text = await page.getByRole("dialog").textContent();
  assert.match(text, /Gegründet\s*2010/);
  const defusMembers = DATASET.memberships.filter((f) => f.network === "defus").length;
  assert.match(text, new RegExp(`Mitglieder in der Matrix\\s*${defusMembers}`));
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Köln", exact: true }).click();
  text = await page.getByRole("dialog").textContent();
  assert.match(text, /DEFUS: Mitglied seit 2016/);
  assert.match(text, /Efus: Mitglied/);
  await page.close();
});

test("the year control changes which cells are shown", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  await moreFilters(page);
  const year = page.getByLabel("Stand im Jahr");
  await page.getByRole("checkbox", { name: /^DEFUS/ }).check();
  const all = await rowNames(page);
  assert.ok(all.includes("Köln") && all.includes("Aachen"));

  await year.selectOption("2010");
  await page.waitForFunction(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    return ![...root.querySelectorAll("tbody th")].some((th) => th.textContent.trim() === "Aachen");
  });
  const in2010 = await rowNames(page);
  assert.ok(in2010.includes("Augsburg"), `${in2010}`);
  assert.ok(!in2010.includes("Köln"), `${in2010}`);
  assert.ok(!in2010.includes("Aachen"), `${in2010}`);
  // Members with no known start year stay, marked "year unknown".
  assert.ok(in2010.includes("Essen (Nordrhein-Westfalen)"), `${in2010}`);
  const essen = page.locator("tbody tr", { has: page.locator("th", { hasText: /^Essen \(Nordrhein-Westfalen\)$/ }) }).locator("td.member button").first();
  assert.match(await essen.getAttribute("aria-label"), /Jahr unbekannt/);

  await year.selectOption("2009");
  // DEFUS was founded in 2010: no founding member in its column in 2009.
  const defusColumn = (await page.locator("thead th").allTextContents()).findIndex((h) => h.startsWith("DEFUS"));
  await page.waitForFunction((c) => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    return ![...root.querySelectorAll("tbody tr")].some((tr) => tr.children[c]?.classList.contains("founding_member"));
  }, defusColumn);
  assert.ok(!(await rowNames(page)).includes("Augsburg"));
  await year.selectOption("");
  await page.waitForFunction((n) => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    return root.querySelectorAll("tbody tr[aria-rowindex]").length === n;
  }, all.length);
  await page.close();
});

test("hosting the congress is shown apart from membership: cell, details, legend, year view", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  const row = (name) => page.locator("tbody tr", { has: page.locator("th", { hasText: new RegExp(`^${name}$`) }) });
  const dptColumn = DATASET.networks.findIndex((n) => n.id === "dpt");
  const cell = row("Augsburg").locator("td").nth(dptColumn);
  const label = await cell.locator("button").getAttribute("aria-label");
  assert.equal(label, "Augsburg, DPT: Kooperation; Gastgeber 2025");
  assert.match(await cell.locator(".nm-host").textContent(), /Gastgeber 2025/);
  // A city that only hosted has no role in the cell at all.
  const bielefeld = row("Bielefeld").locator("td").nth(dptColumn);
  assert.equal(await bielefeld.getAttribute("class"), "nm-cell host");
  assert.equal(await bielefeld.locator(".nm-role").count(), 1);
  await cell.locator("button").click();
  const text = await page.getByRole("dialog").textContent();
  assert.match(text, /Kooperation/);
  assert.match(text, /Gastgeber 2025/);
  assert.match(text, /keine Mitgliedschaft/);
  assert.match(text, /„Der 30\. Deutsche Präventionstag \(DPT\) findet 2025 in Augsburg statt“/);
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "hidden" });
  assert.match(await page.locator(".nm-legend").textContent(), /Gastgeber \(richtete den Kongress/);
  // As of 2024 Augsburg had not hosted yet; Hannover had, five times.
  await moreFilters(page);
  await page.getByLabel("Stand im Jahr").selectOption("2024");
  assert.equal(
    await row("Augsburg").locator("td").nth(dptColumn).locator("button").getAttribute("aria-label"),
    "Augsburg, DPT: Kooperation, Jahr unbekannt",
  );
  assert.equal(
    await row("Hannover").locator("td").nth(dptColumn).locator("button").getAttribute("aria-label"),
    "Hannover, DPT: Gastgeber 2003, 2005, 2009, 2017, 2022",
  );
  await page.close();
});

test("a regional programme unfolds when one of its members is searched for", async () => {
  const { page } = await open(context, fileUrl());
  await ready(page);
  const headers = () => page.locator("thead th").allTextContents();
  assert.ok(!(await headers()).some((h) => h.includes("ASSKomm")));
  await page.getByLabel("Mitglied suchen").fill("Torgau");
  await page.locator("[role=status]", { hasText: `1 von ${DATASET.members.length}` }).waitFor();
  assert.deepEqual(await rowNames(page), ["Torgau (Sachsen)"]);
  assert.ok((await headers()).some((h) => h.includes("ASSKomm")));
  await page.close();
});
