// The editor's ways in and out and the forms the other editor tests leave
// alone: "Snippet kopieren", a file dropped on the page, a CSV opened and
// the open undone, an id renamed through the form, the network form, and a
// preview cell that opens its entry.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, fileUrl, ready, rowNames, assertAugsburgWithoutScripts, DATASET } from "./helpers.mjs";

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context.close();
});

/// The editor from disk with a clean draft. `clipboard` replaces the
/// page's clipboard: "ok" records what is written, "refuse" rejects it.
async function editor({ clipboard } = {}) {
  const opened = await open(context, fileUrl("einbetten-beispiel.html"));
  const { page } = opened;
  await page.evaluate(() => localStorage.clear());
  if (clipboard) {
    await page.addInitScript((mode) => {
      window.__copied = [];
      Object.defineProperty(navigator, "clipboard", {
        value: {
          writeText: (text) => (mode === "ok" ? (window.__copied.push(text), Promise.resolve()) : Promise.reject(new Error("denied"))),
        },
      });
    }, clipboard);
  }
  await page.goto(fileUrl("redaktion.html"));
  await ready(page);
  return opened;
}

const memberCount = (page) => page.locator("#ed-member-heading").textContent().then((t) => Number(t.match(/\((\d+)\)/)[1]));

test("Snippet kopieren puts the snippet on the clipboard, or shows it selected when copying fails", async () => {
  let { page, errors } = await editor({ clipboard: "ok" });
  await page.getByRole("button", { name: "Snippet kopieren" }).click();
  await page.locator(".ed-notice", { hasText: "Snippet in die Zwischenablage kopiert." }).waitFor();
  const [copied] = await page.evaluate(() => window.__copied);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  assert.equal(copied, await readFile(await download.path(), "utf8"), "the same snippet as the download");
  assert.match(copied, /^<!-- Netzwerk-Matrix \d+\.\d+\.\d+ -->\n<div data-netzwerk-matrix>/);
  assert.deepEqual(errors, []);
  await page.close();

  ({ page, errors } = await editor({ clipboard: "refuse" }));
  await page.getByRole("button", { name: "Snippet kopieren" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Kopieren ging nicht" });
  await alert.waitFor();
  const box = page.getByLabel("Snippet für das CMS");
  await page.waitForFunction(() => document.activeElement?.id === "ed-snippet");
  assert.equal(await box.inputValue(), copied, "the snippet to copy by hand");
  const selected = await box.evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, copied, "selected for Ctrl+C");
  await page.close();
});

test("a file dropped on the page opens like a chosen one", async () => {
  const { page, errors } = await editor();
  const more = structuredClone(DATASET);
  more.members.push({ id: "abgeworfen", name: "Abgeworfen", kind: "city" });
  more.memberships.push({ member: "abgeworfen", network: "defus", role: "member", evidence: [{ source: DATASET.sources[0].id, quote: "Mitglied", kind: "paraphrase" }] });
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "abgeworfen.json", { type: "application/json" }));
    const target = document.querySelector(".ed-root");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(more));
  await page.locator(".ed-notice", { hasText: "Geöffnet: abgeworfen.json" }).waitFor();
  assert.equal(await memberCount(page), DATASET.members.length + 1);
  assert.ok((await rowNames(page)).includes("Abgeworfen"), "the preview shows it");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a CSV table opens, and undo brings the data from before it back", async () => {
  const { page, errors } = await editor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV herunterladen", exact: true }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  const header = csv.replace(/^\uFEFF/, "").split("\r\n")[0].split(";").map((c) => c.replaceAll('"', ""));
  const row = Object.fromEntries(header.map((h) => [h, ""]));
  Object.assign(row, { member: "Tabellenstadt", network: "efus", role: "member", since: "2026", source_url: "https://tabellenstadt.example/efus", quote: "Tabellenstadt ist seit 2026 im Efus.", quote_kind: "quote" });
  const added = csv + header.map((h) => `"${row[h]}"`).join(";") + "\r\n";
  await page.locator("#ed-open").setInputFiles({ name: "tabelle.csv", mimeType: "text/csv", buffer: Buffer.from(added) });
  await page.locator(".ed-notice", { hasText: "Geöffnet: tabelle.csv" }).waitFor();
  assert.equal(await memberCount(page), DATASET.members.length + 1);
  assert.ok((await rowNames(page)).includes("Tabellenstadt"));
  await page.getByRole("button", { name: "Rückgängig" }).click();
  await page.locator("#ed-member-heading", { hasText: `(${DATASET.members.length})` }).waitFor();
  assert.ok(!(await rowNames(page)).includes("Tabellenstadt"), "undo took the opened table back");
  await page.getByRole("button", { name: "Wiederholen" }).click();
  await page.locator("#ed-member-heading", { hasText: `(${DATASET.members.length + 1})` }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("an id renamed in the member form is carried into every reference", async () => {
  const { page, errors } = await editor();
  const uses = DATASET.memberships.filter((f) => f.member === "augsburg").length + (DATASET.hosts ?? []).filter((h) => h.member === "augsburg").length;
  assert.ok(uses > 1);
  await page.locator("#ed-member-section").getByRole("button", { name: "Bearbeiten: Augsburg", exact: true }).click();
  const id = page.locator("#ed-member-id");
  await id.waitFor();
  assert.equal(await id.inputValue(), "augsburg");
  await id.fill("augsburg-stadt");
  await page.locator("#ed-member-form").getByRole("button", { name: "Übernehmen" }).click();
  await page.locator(".ed-changes", { hasText: /Mitglied: Augsburg/ }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "JSON herunterladen" }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), "utf8"));
  const refs = (id) => [...saved.memberships, ...(saved.hosts ?? [])].filter((f) => f.member === id).length;
  assert.equal(refs("augsburg-stadt"), uses, "every fact follows the new id");
  assert.equal(refs("augsburg"), 0);
  assert.ok(saved.members.some((m) => m.id === "augsburg-stadt" && m.name === "Augsburg"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("the network form adds a column to the preview", async () => {
  const { page, errors } = await editor();
  await page.locator("#ed-network-name").fill("Testnetz für Prävention");
  await page.locator("#ed-network-short").fill("TNP");
  await page.locator("#ed-network-kind").selectOption("network");
  await page.locator("#ed-network-description").fill("Ein Netzwerk für den Test.");
  await page.locator("#ed-network-form").getByRole("button", { name: "Eintragen" }).click();
  await page.locator("#ed-network-heading", { hasText: `(${DATASET.networks.length + 1})` }).waitFor();
  await page.locator("table.nm-table thead th", { hasText: "TNP" }).waitFor();
  assert.match(await page.locator(".ed-changes").textContent(), /neu Netzwerk: TNP/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a preview cell opens its membership in the form, with focus on the role", async () => {
  const { page, errors } = await editor();
  const fact = DATASET.memberships.find((f) => f.member === "augsburg" && f.network === "defus");
  await page.locator("table.nm-table button[aria-label^='Augsburg, DEFUS:']").click();
  await page.locator("#ed-fact-heading", { hasText: "Angabe bearbeiten" }).waitFor();
  assert.equal(await page.locator("#ed-fact-member").inputValue(), "augsburg");
  assert.equal(await page.locator("#ed-fact-network").inputValue(), "defus");
  assert.equal(await page.locator("#ed-fact-role").inputValue(), fact.role);
  assert.equal(await page.locator("#ed-fact-since").inputValue(), String(fact.since));
  await page.waitForFunction(() => document.activeElement?.id === "ed-fact-role");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a network's own member count is edited in its form, checked, and saved", async () => {
  const { page, errors } = await editor();
  await page.locator("#ed-network-section").getByRole("button", { name: /^Bearbeiten: DEFUS –/ }).click();
  // The count the network states, with its year, source and words, and an
  // empty group for another.
  const count = page.locator("#ed-network-count-count-0");
  await count.waitFor();
  assert.equal(await count.inputValue(), "22");
  assert.equal(await page.locator("#ed-network-count-year-0").inputValue(), "2025");
  assert.equal(await page.locator("#ed-network-count-source-0").inputValue(), "defus-aktuelles-2025");
  assert.equal(await page.locator("#ed-network-count-count-1").inputValue(), "");
  // A half-filled group names what is missing, in the fields.
  await page.locator("#ed-network-count-count-1").fill("26");
  await page.locator("#ed-network-form").getByRole("button", { name: "Übernehmen" }).click();
  await page.waitForFunction(() => document.querySelector("#ed-network-count-source-1")?.getAttribute("aria-invalid") === "true");
  assert.equal(await page.locator("#ed-network-count-quote-1").getAttribute("aria-invalid"), "true");
  assert.ok((await page.locator("#ed-network-count-source-1-error").textContent()).length > 0);
  // The count with its year, source and words.
  await page.locator("#ed-network-count-year-1").fill("2026");
  await page.locator("#ed-network-count-source-1").fill("defus-aktuelles-2025");
  await page.locator("#ed-network-count-quote-1").fill("Mit vier neuen Mitgliedern ist unser Städtenetzwerk erneut gewachsen.");
  await page.locator("#ed-network-form").getByRole("button", { name: "Übernehmen" }).click();
  await page.locator(".ed-changes", { hasText: /Netzwerk: DEFUS/ }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "JSON herunterladen" }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), "utf8"));
  const defus = saved.networks.find((n) => n.id === "defus");
  assert.deepEqual(defus.counts.map((c) => [c.count, c.year]), [[22, 2025], [26, 2026]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the snippet for Ihre Stadt names the member by id, from its name or id", async () => {
  const { page, errors } = await editor();
  const field = page.locator("#ed-home");
  await field.fill("Atlantis");
  await page.waitForFunction(() => document.querySelector("#ed-home")?.getAttribute("aria-invalid") === "true");
  assert.match(await page.locator("#ed-home-error").textContent(), /Atlantis/);
  await field.fill("augsburg");
  await page.waitForFunction(() => document.querySelector("#ed-home")?.getAttribute("aria-invalid") !== "true");
  await field.fill("Augsburg");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const snippet = await readFile(await download.path(), "utf8");
  assert.match(snippet, /<div data-netzwerk-matrix data-member="augsburg">/);
  assert.match(snippet, /<script src="\/netzwerk-matrix\/netzwerk-matrix\.js" defer>/, "absolute, in the default folder");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the snippet's script address is absolute: the editor asks where the files live", async () => {
  const { page, errors } = await editor();
  const field = page.locator("#ed-base");
  assert.match(await page.locator("#ed-base-hint").textContent(), /\/netzwerk-matrix\/netzwerk-matrix\.js\./);
  await field.fill("fileadmin/stadt/netzwerk-matrix");
  await page.locator("#ed-base-hint", { hasText: "/fileadmin/stadt/netzwerk-matrix/netzwerk-matrix.js." }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const snippet = await readFile(await download.path(), "utf8");
  assert.match(snippet, /<script src="\/fileadmin\/stadt\/netzwerk-matrix\/netzwerk-matrix\.js" defer><\/script>\n$/);
  // A scheme that is not the web's is refused, and no snippet is written.
  await field.fill("javascript:alert(1)");
  await page.waitForFunction(() => document.querySelector("#ed-base")?.getAttribute("aria-invalid") === "true");
  assert.match(await page.locator("#ed-base-error").textContent(), /https:\/\//);
  let downloaded = false;
  page.once("download", () => (downloaded = true));
  await page.getByRole("button", { name: "Snippet herunterladen" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "ed-base");
  assert.equal(downloaded, false, "no snippet with a refused address");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the editor's snippet carries the prerendered matrix: its first row is in the HTML before any script runs", async () => {
  const { page, errors } = await editor();
  await page.locator("#ed-home").fill("Augsburg");
  await page.locator("#ed-base").fill("/");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const snippet = await readFile(await download.path(), "utf8");
  await page.close();
  assert.match(snippet, /^<!-- Netzwerk-Matrix [\d.]+ -->\n<div data-netzwerk-matrix data-member="augsburg"><template shadowrootmode="open"><link rel="stylesheet" href="\/netzwerk-matrix\.css">/);
  // The data follows the prerendered table, so the table is parsed first.
  assert.ok(snippet.indexOf("<template") < snippet.indexOf('<script type="application/json">'));
  const server = await assertAugsburgWithoutScripts(context, snippet);
  try {
    // With scripts, the widget takes it over.
    const live = await context.newPage();
    await live.goto(`${server.url}/s.html`);
    await ready(live);
    assert.match((await rowNames(live))[0], /^Ihre Stadt\s*Augsburg$/);
    assert.equal(await live.locator(".nm-search input").count(), 1);
    await live.close();
  } finally {
    await server.close();
  }
  assert.deepEqual(errors, []);
});
