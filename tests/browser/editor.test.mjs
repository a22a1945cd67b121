// The Redaktion's editor, dist/redaktion.html, opened from disk as a
// Redaktion would: forms, preview, undo and redo, saving, refused files,
// pasted rows, the draft, accessibility and a keyboard-only journey.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, open, fileUrl, axe, serve, ready, rowNames, DATASET, DIST, ROOT } from "./helpers.mjs";

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context.close();
});

const EDITOR = () => fileUrl("redaktion.html");

/// Opens the editor with a clean draft and waits for the preview.
async function editor({ viewport } = {}) {
  // The draft lives in the storage of file:// pages: clear it from another
  // page first, so no earlier draft comes back (and no leave prompt).
  const opened = await open(context, fileUrl("einbetten-beispiel.html"), { viewport });
  const { page } = opened;
  await page.evaluate(() => localStorage.clear());
  await page.goto(EDITOR());
  await ready(page);
  return opened;
}

async function assertNoViolations(page, state) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
}

/// Fills the membership form: Stadt X, new since 2026 in DEFUS, with the page
/// that says so as a new source.
async function addStadtX(page) {
  await page.locator("#ed-fact-member").selectOption("+neu");
  await page.locator("#ed-fact-new_member").fill("Stadt X");
  await page.locator("#ed-fact-network").selectOption("defus");
  await page.locator("#ed-fact-role").selectOption("member");
  await page.locator("#ed-fact-since").fill("2026");
  await page.locator("#ed-fact-source-0").selectOption("+neu");
  await page.locator("#ed-fact-title-0").fill("Stadt X tritt DEFUS bei");
  await page.locator("#ed-fact-publisher-0").fill("Stadt X");
  await page.locator("#ed-fact-url-0").fill("https://stadt-x.example/defus");
  await page.locator("#ed-fact-date-0").fill("2026-11-20");
  await page.locator("#ed-fact-quote-0").fill("Die Stadt X ist seit 2026 Mitglied im DEFUS.");
  await page.locator("#ed-fact-form").getByRole("button", { name: "Eintragen" }).click();
  await page.locator(".ed-notice", { hasText: "Stadt X × DEFUS" }).waitFor();
}

test("the built-in data opens from disk, without errors, and passes axe", async () => {
  const { page, errors } = await editor();
  assert.match(await page.locator("h2#ed-member-heading").textContent(), new RegExp(`\\(${DATASET.members.length}\\)`));
  assert.match(await page.locator("#ed-problems").textContent(), /Probleme \(0\)/);
  assert.match(await page.locator(".ed-changes").textContent(), /Keine Änderungen/);
  assert.equal(await page.getByRole("button", { name: "Rückgängig" }).isDisabled(), true);
  assert.ok((await rowNames(page)).includes("Augsburg"));
  // Before axe, which reads the stylesheet itself (refused from file://).
  assert.deepEqual(errors, []);
  await assertNoViolations(page, "start");
  await page.close();
});

test("on a 360 px phone the editor, its lists and its preview keep to the page's width", async () => {
  const { page, errors } = await editor({ viewport: { width: 360, height: 780 } });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the editor is ${width} px wide at 360 px`);
  // Each list's actions are there, one under the other.
  const row = page.locator("table.ed-list tr", { hasText: "Augsburg" }).first();
  const [edit, remove] = await Promise.all(
    ["Bearbeiten: Augsburg", "Löschen: Augsburg"].map((name) => row.getByRole("button", { name }).boundingBox()),
  );
  assert.ok(edit.x + edit.width <= 360 && remove.y >= edit.y + edit.height - 1, "the actions stack inside the page");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a member, a source and a membership through the forms; undo and redo", async () => {
  const { page, errors } = await editor();
  // A member through its own form.
  await page.locator("#ed-member-name").fill("Neustadt");
  await page.locator("#ed-member-region").fill("Hessen");
  await page.locator("#ed-member-form").getByRole("button", { name: "Eintragen" }).click();
  await page.locator("#ed-member-heading", { hasText: `(${DATASET.members.length + 1})` }).waitFor();
  // A source through its own form.
  await page.locator("#ed-source-title").fill("Neustadt tritt bei");
  await page.locator("#ed-source-publisher").fill("Stadt Neustadt");
  await page.locator("#ed-source-url").fill("https://neustadt.example/beitritt");
  await page.locator("#ed-source-form").getByRole("button", { name: "Eintragen" }).click();
  await page.locator("#ed-source-heading", { hasText: `(${DATASET.sources.length + 1})` }).waitFor();
  // The membership, citing that source.
  await page.locator("#ed-fact-member").selectOption("neustadt");
  await page.locator("#ed-fact-network").selectOption("efus");
  await page.locator("#ed-fact-since").fill("2026");
  await page.locator("#ed-fact-source-0").selectOption("neustadt-tritt-bei");
  await page.locator("#ed-fact-quote-0").fill("Neustadt ist seit 2026 Mitglied im Efus.");
  await page.locator("#ed-fact-form").getByRole("button", { name: "Eintragen" }).click();
  await page.locator(".ed-notice", { hasText: "Neustadt × Efus" }).waitFor();

  const efus = DATASET.networks.findIndex((n) => n.id === "efus");
  const cell = () =>
    page
      .locator("table.nm-table tbody tr", { has: page.locator("th", { hasText: /^Neustadt \(Hessen\)$/ }) })
      .locator("td")
      .nth(efus)
      .locator("button");
  assert.equal(await cell().getAttribute("aria-label"), "Neustadt, Efus: Mitglied seit 2026");
  const changes = await page.locator(".ed-changes").textContent();
  assert.match(changes, /neu Mitglied: Neustadt/);
  assert.match(changes, /neu Mitgliedschaft: Neustadt × Efus: Mitglied seit 2026/);
  assert.match(changes, /neu Quelle: Neustadt tritt bei/);

  await page.getByRole("button", { name: "Rückgängig" }).click();
  await page.locator(".ed-changes", { hasText: "Änderungen (2)" }).waitFor();
  assert.equal(await cell().count(), 0, "undo takes the membership out of the preview");
  // The shortcut redoes, as the button does.
  await page.locator("h1").click();
  await page.keyboard.press("Control+Shift+Z");
  await page.locator(".ed-changes", { hasText: "Änderungen (3)" }).waitFor();
  assert.equal(await cell().getAttribute("aria-label"), "Neustadt, Efus: Mitglied seit 2026");
  await page.keyboard.press("Control+Z");
  await page.locator(".ed-changes", { hasText: "Änderungen (2)" }).waitFor();
  await page.keyboard.press("Control+Y");
  await page.locator(".ed-changes", { hasText: "Änderungen (3)" }).waitFor();
  assert.deepEqual(errors, []);
  await assertNoViolations(page, "after edits");
  await page.close();
});

test("saved JSON passes check-data, and the widget shows it inlined in a page", async () => {
  const { page } = await editor();
  await addStadtX(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "JSON herunterladen" }).click(),
  ]);
  const dir = await mkdtemp(join(tmpdir(), "nm-editor-"));
  const saved = join(dir, "netzwerke.json");
  await download.saveAs(saved);
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "netzwerk-matrix-check", "--", saved], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.match(out, new RegExp(`ok: ${DATASET.members.length + 1} members`));

  // The copied snippet, pasted into a page, shows Stadt X. The widget's
  // files lie in the site's root here.
  await page.locator("#ed-base").fill("/");
  const [snippetDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const snippet = await readFile(await snippetDownload.path(), "utf8");
  assert.match(snippet, /<script src="\/netzwerk-matrix\.js" defer><\/script>\n$/);
  // No '<' in the data part (the release test puts hostile names through
  // the same button and a host page).
  const data = snippet.split('<script type="application/json">')[1].split("</script>")[0];
  assert.ok(!data.includes("<"), data.slice(0, 200));
  assert.deepEqual(JSON.parse(data), JSON.parse(await readFile(saved, "utf8")));
  const server = await serve(DIST, {
    pages: { "/cms.html": `<!doctype html><html lang="de"><title>CMS</title><main>${snippet}</main></html>` },
  });
  const cms = await context.newPage();
  await cms.goto(server.url + "/cms.html");
  await ready(cms);
  await cms.getByLabel("Mitglied suchen").fill("Stadt X");
  await cms.locator("[role=status]", { hasText: "1 von" }).waitFor();
  assert.deepEqual(await rowNames(cms), ["Stadt X"]);
  await cms.close();
  await server.close();

  // Opened and saved unchanged, the shipped file comes out byte for byte.
  await page.locator("#ed-open").setInputFiles(join(ROOT, "data/netzwerke.json"));
  await page.locator(".ed-notice", { hasText: "Geöffnet: netzwerke.json" }).waitFor();
  const [again] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "JSON herunterladen" }).click(),
  ]);
  assert.equal(await readFile(await again.path(), "utf8"), await readFile(join(ROOT, "data/netzwerke.json"), "utf8"));
  await page.close();
});

test("a broken file is refused with an alert, and the work stays", async () => {
  const { page } = await editor();
  await addStadtX(page);
  for (const [name, text, why] of [
    ["kaputt.json", "{ das ist kein JSON", /kein gültiges JSON/],
    ["falsch.json", '{"title": "x"}', /missing field/],
    ["tabelle.csv", "Mitglied;Netzwerk;Einwohner\nA;DEFUS;5\n", /unknown column "Einwohner"/],
    ["riesig.json", " ".repeat(5 * 1024 * 1024 + 10), /größer als 5 MB/],
  ]) {
    await page.locator("#ed-open").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = page.getByRole("alert").filter({ hasText: name });
    await alert.waitFor();
    assert.match(await alert.textContent(), why);
    assert.match(await alert.textContent(), /die bisherigen Daten bleiben/);
    assert.match(await page.locator(".ed-changes").textContent(), /Stadt X × DEFUS/, `${name}: the work stays`);
  }
  await assertNoViolations(page, "with an alert");
  await page.close();
});

test("three rows pasted from a spreadsheet", async () => {
  const { page } = await editor();
  const rows = [
    ["Mitglied", "Netzwerk", "Rolle", "seit", "Quelle", "Adresse", "Zitat", "Art des Belegs"],
    ["Stadt A", "DEFUS", "Mitglied", "2026", "", "https://a.example/x", 'Die Stadt A ist "neu"\nbei DEFUS.', "Zitat"],
    ["Stadt B", "Efus", "Mitglied", "2025", "", "https://b.example/y", "B tritt Efus bei.", "sinngemäß"],
    ["Stadt C", "Städtenetzwerk", "Partner", "", "", "https://c.example/z", "C ist Partner.", "Zitat"],
  ];
  const tsv = rows.map((r) => r.map((c) => (/["\n\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join("\t")).join("\r\n");
  await page.getByText("Zeilen aus einer Tabelle einfügen").click();
  await page.locator("#ed-paste").fill(tsv);
  await page.getByRole("button", { name: "Zeilen übernehmen" }).click();
  await page.locator(".ed-notice", { hasText: "Zeilen übernommen: 3" }).waitFor();
  const changes = await page.locator(".ed-changes").textContent();
  for (const line of ["Stadt A × DEFUS: Mitglied seit 2026", "Stadt B × Efus: Mitglied seit 2025", "Stadt C × Städtenetzwerk: Partner"]) {
    assert.ok(changes.includes(line), `${line} in ${changes}`);
  }
  assert.match(await page.locator("#ed-problems").textContent(), /Probleme \(0\)/);
  await assertNoViolations(page, "after paste");
  await page.close();
});

test("problems link to their field, which says what is wrong; saving warns first", async () => {
  const { page } = await editor();
  // A member without a name: the form refuses, marking the field.
  await page.locator("#ed-member-form").getByRole("button", { name: "Eintragen" }).click();
  assert.equal(await page.locator("#ed-member-name").getAttribute("aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.id), "ed-member-name");
  // A membership whose start year comes after its end: a dataset problem.
  await page.locator("#ed-fact-member").selectOption("bochum");
  await page.locator("#ed-fact-network").selectOption("defus");
  await page.locator("#ed-fact-since").fill("2024");
  await page.locator("#ed-fact-until").fill("2020");
  await page.locator("#ed-fact-source-0").selectOption("bochum-efus");
  await page.locator("#ed-fact-quote-0").fill("Test");
  await page.locator("#ed-fact-form").getByRole("button", { name: "Eintragen" }).click();
  const link = page.locator(".ed-problems a").first();
  await link.waitFor();
  assert.match(await link.textContent(), /Endjahr 2020 liegt vor dem Anfangsjahr 2024/);
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "ed-fact-until");
  const until = page.locator("#ed-fact-until");
  assert.equal(await until.getAttribute("aria-invalid"), "true");
  const described = await until.getAttribute("aria-describedby");
  assert.match(await page.locator(`#${described}`).textContent(), /Endjahr 2020/);
  // Typing is never blocked, and the preview shows the widget's error box.
  await until.fill("2025");
  await page.locator(".ed-preview").getByText("Die Daten können nicht angezeigt werden").waitFor();
  await page.getByRole("button", { name: "JSON herunterladen" }).click();
  const warning = page.locator("#ed-save-warning");
  await warning.waitFor();
  assert.match(await warning.textContent(), /Fehlerkasten/);
  await assertNoViolations(page, "with problems");
  await page.getByRole("button", { name: "Abbrechen" }).click();
  await page.getByRole("button", { name: "Übernehmen" }).first().click();
  await page.locator("#ed-problems", { hasText: "Probleme (0)" }).waitFor();
  await page.close();
});

test("deleting a member that has facts is refused with their names, or done with them", async () => {
  const { page } = await editor();
  await page.getByRole("button", { name: "Löschen: Bochum", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Bochum × Efus" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /noch genutzt/);
  await page.getByRole("button", { name: "Mit allem löschen, was es nutzt" }).click();
  await page.locator(".ed-changes", { hasText: "entfernt Mitglied: Bochum" }).waitFor();
  assert.match(await page.locator(".ed-changes").textContent(), /entfernt Mitgliedschaft: Bochum × Efus/);
  await page.close();
});

test("the draft survives a reload and can be discarded; leaving asks first", async () => {
  const { page } = await editor();
  await addStadtX(page);
  let asked = false;
  page.once("dialog", async (d) => {
    asked = d.type() === "beforeunload";
    await d.accept();
  });
  await page.reload();
  assert.ok(asked, "leaving with unsaved changes asks first");
  await ready(page);
  await page.locator(".ed-notice", { hasText: "Entwurf" }).waitFor();
  assert.match(await page.locator(".ed-changes").textContent(), /Stadt X × DEFUS/);
  await page.getByRole("button", { name: "Entwurf verwerfen" }).click();
  await page.locator(".ed-changes", { hasText: "Keine Änderungen" }).waitFor();
  await page.reload();
  await ready(page);
  assert.match(await page.locator(".ed-changes").textContent(), /Keine Änderungen/);
  await page.close();
});

test("keyboard only: a membership without the mouse", async () => {
  const { page } = await editor();
  await page.locator("#ed-fact-member").focus();
  // Choose with the keyboard: type-ahead in each select, Tab between fields.
  await page.keyboard.type("Bonn");
  await page.keyboard.press("Tab");
  await page.keyboard.type("DEFUS");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2026");
  assert.equal(await page.locator("#ed-fact-member").inputValue(), "bonn");
  assert.equal(await page.locator("#ed-fact-network").inputValue(), "defus");
  await page.locator("#ed-fact-quote-0").focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type("Bochum");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bonn ist seit 2026 Mitglied.");
  // To the submit button by Tab only.
  for (let i = 0; i < 8; i++) {
    const id = await page.evaluate(() => document.activeElement.textContent.trim());
    if (id === "Eintragen") break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await page.locator(".ed-notice", { hasText: "Bonn × DEFUS" }).waitFor();
  assert.match(await page.locator(".ed-changes").textContent(), /Bonn × DEFUS: Mitglied seit 2026/);
  await page.close();
});

test("English, and a narrow screen, pass axe too", async () => {
  const { page } = await open(context, EDITOR() + "?lang=en", { viewport: { width: 360, height: 780 } });
  await ready(page);
  assert.equal(await page.locator("h1").textContent(), "Editor: maintain the Netzwerk-Matrix");
  assert.ok(await page.getByRole("button", { name: "Download JSON" }).isVisible());
  await assertNoViolations(page, "English at 360 px");
  await page.close();
});
