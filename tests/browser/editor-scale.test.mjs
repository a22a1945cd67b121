// The editor with a national dataset (11 000 more members): its lists show
// 50 rows at a time and find an entry with one search; an edit and its undo
// reach the preview; a draft too large for the browser's storage is said
// in words and the work stays. No time is asserted (make bench measures).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, fileUrl, ready, longDataset, DATASET } from "./helpers.mjs";

const LONG = longDataset(11000);
const TOTAL = LONG.members.length;
let context;

before(async () => {
  context = await launch();
});
after(async () => {
  await context.close();
});

/// The editor from disk, with the long dataset opened.
async function opened() {
  const { page, errors } = await open(context, fileUrl("redaktion.html"));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  // Records what the status said while it was busy.
  await page.evaluate(() => {
    window.__busy = [];
    const notice = document.querySelector(".ed-notice");
    new MutationObserver(() => {
      if (notice.getAttribute("aria-busy") === "true") window.__busy.push(notice.textContent.trim());
    }).observe(notice, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await page.locator("#ed-open").setInputFiles({
    name: "national.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(LONG)),
  });
  await page.locator(".ed-notice", { hasText: "Geöffnet: national.json" }).waitFor({ timeout: 60000 });
  return { page, errors };
}

const caption = (page) => page.locator(".ed-preview table.nm-table caption").textContent();

test("a long list shows 50 rows, and one search finds Torgau", async () => {
  const { page, errors } = await opened();
  const section = page.locator("#ed-member-section");
  assert.equal(await section.locator("table.ed-list tbody tr").count(), 50);
  assert.equal(await section.locator("[role=status]").textContent(), `50 von ${TOTAL} Einträgen gezeigt`);
  // One step: type into the list's search.
  await page.getByLabel("In dieser Liste suchen").first().fill("torgau");
  await section.locator("[role=status]", { hasText: `1 von ${TOTAL} Einträgen passen` }).waitFor();
  assert.deepEqual(await section.locator("table.ed-list tbody th").allTextContents(), ["Torgau (Sachsen)"]);
  await section.getByRole("button", { name: "Bearbeiten: Torgau (Sachsen)", exact: true }).click();
  assert.equal(await page.locator("#ed-member-name").inputValue(), "Torgau");
  // Words in any order, case and umlauts folded.
  await page.getByLabel("In dieser Liste suchen").first().fill("1099 ORT");
  await section.locator("[role=status]", { hasText: `11 von ${TOTAL} Einträgen passen` }).waitFor();
  const found = await section.locator("table.ed-list tbody th").allTextContents();
  assert.deepEqual(found, ["Ort 1099", ...Array.from({ length: 10 }, (_, i) => `Ort 1099${i}`)]);
  // The facts' list finds a member's facts the same way.
  const facts = page.locator("#ed-membership-list-search");
  await facts.fill("Ort 0042");
  const factRows = facts.locator("xpath=../following-sibling::table[1]").locator("tbody th");
  await page.waitForFunction(() => document.querySelector("#ed-membership-list-search-count")?.textContent.includes("passen"));
  assert.deepEqual(await factRows.allTextContents(), [`Ort 0042 × ${DATASET.networks.find((n) => !n.regional).short}`, `Ort 10042 × ${DATASET.networks.find((n) => !n.regional).short}`]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("opening a long file says that it is working, with the file's size", async () => {
  const { page } = await opened();
  const said = await page.evaluate(() => window.__busy);
  assert.ok(said.some((t) => /^„national\.json“ \(\d+,\d MB\) wird geöffnet und geprüft …$/.test(t)), JSON.stringify(said));
  assert.equal(await page.locator(".ed-notice").getAttribute("aria-busy"), "false");
  assert.equal(await page.locator(".ed-work").getAttribute("aria-busy"), "false");
  await page.close();
});

test("without a search, more rows come 50 at a time", async () => {
  const { page } = await opened();
  const section = page.locator("#ed-source-section");
  // The built-in data's sources are more than 50, too.
  assert.equal(await section.locator("table.ed-list tbody tr").count(), 50);
  await section.getByRole("button", { name: /weitere zeigen/ }).click();
  assert.equal(await section.locator("table.ed-list tbody tr").count(), Math.min(100, DATASET.sources.length));
  await page.close();
});

test("an edit and its undo reach the preview at 11 000 members", async () => {
  const { page } = await opened();
  await page.locator(".ed-preview table.nm-table caption").waitFor();
  const before = await caption(page);
  await page.locator("#ed-meta-title").fill("Kriminalprävention bundesweit");
  await page.locator("#ed-meta-title").press("Enter");
  await page.waitForFunction(() => document.querySelector(".ed-preview").shadowRoot.querySelector("caption").textContent.includes("bundesweit"));
  await page.getByRole("button", { name: "Rückgängig" }).click();
  await page.waitForFunction((t) => document.querySelector(".ed-preview").shadowRoot.querySelector("caption").textContent === t, before);
  await page.close();
});

test("a draft too large for the browser's storage is said in words, and the work stays", async () => {
  const { page, errors } = await opened();
  // Fill this origin's storage so that no draft of this size fits.
  await page.evaluate(() => {
    let size = 1 << 20;
    let filler = "";
    for (;;) {
      try {
        localStorage.setItem("filler", filler + "x".repeat(size));
        filler += "x".repeat(size);
      } catch {
        if (size === 1024) break;
        size >>= 1;
      }
    }
  });
  const warning = page.locator(".ed-warning-text");
  assert.equal(await warning.isVisible(), false);
  await page.locator("#ed-meta-title").fill("Zu groß für den Speicher");
  await page.locator("#ed-meta-title").press("Enter");
  await page.locator(".ed-warning-text", { hasText: "zu groß für den Entwurfsspeicher" }).waitFor({ timeout: 10000 });
  assert.equal(await page.locator(".ed-warning-text").getAttribute("role"), "status");
  // The work is on screen: the preview shows the change, the download has it.
  await page.waitForFunction(() => document.querySelector(".ed-preview").shadowRoot.querySelector("caption").textContent.includes("Zu groß"));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "JSON herunterladen" }).click(),
  ]);
  const saved = JSON.parse(await (await import("node:fs/promises")).readFile(await download.path(), "utf8"));
  assert.equal(saved.title, "Zu groß für den Speicher");
  assert.equal(saved.members.length, TOTAL);
  assert.equal(await page.evaluate(() => localStorage.getItem("netzwerk-matrix-redaktion:entwurf")), null, "no stale draft is left");
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(errors, []);
  await page.close();
});
