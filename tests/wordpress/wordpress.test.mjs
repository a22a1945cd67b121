// The WordPress plugin in a real WordPress (Debian's wordpress 6.1, PHP 8.2,
// MariaDB), as a city's web team uses it: installed from its zip through
// "Plugins → Upload Plugin", placed by an Author with the shortcode and the
// block, its data replaced on the settings page by an Administrator.
// tests/wordpress/site.sh starts the site on 127.0.0.1 and stops it after.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { chromium } from "playwright-core";
import { ROOT, DIST, DATASET, OVERVIEW, rowName } from "../browser/helpers.mjs";

const VERSION = /^version = "(.*)"$/m.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))[1];
const PLUGIN = join(DIST, `netzwerk-matrix-wordpress-${VERSION}.zip`);
const SITE = join(ROOT, "target/wordpress-site");
const PORT = 18000 + (process.pid % 2000);
const URL_ = `http://127.0.0.1:${PORT}`;
const FILES = mkdtempSync(join(tmpdir(), "nm-wp-"));
const SHOTS = process.env.NM_WP_SHOTS; // a folder for screenshots, when wanted

let browser, withJs, withoutJs;
const posts = {};

function site(...args) {
  return execFileSync("bash", [join(ROOT, "tests/wordpress/site.sh"), ...args], { encoding: "utf8" });
}

/** Creates a post as `login` through WordPress's filters (tests/wordpress/post.php). */
function post(login, title, content) {
  const out = execFileSync("php", [join(ROOT, "tests/wordpress/post.php"), String(PORT), login, title], {
    input: content,
    encoding: "utf8",
  });
  return JSON.parse(out);
}

/**
 * A browser context that reaches nothing but the test site: WordPress's
 * own pages ask for avatars and emoji elsewhere, and such a request must
 * neither leave the machine nor hold a page's load event.
 */
async function siteContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

/**
 * Runs `action` (a click that submits or follows a link) and waits for the
 * page it leads to, loaded: a wait on the address alone would also be met
 * by the page still shown when that address does not change.
 */
async function navigates(page, action) {
  const navigated = page.waitForEvent("framenavigated", { predicate: (f) => f === page.mainFrame(), timeout: 60000 });
  await action();
  await navigated;
  await page.waitForLoadState("load");
}

/** A page logged in as `user`, in a context of its own. */
async function login(user, password) {
  const page = await (await siteContext()).newPage();
  await page.goto(`${URL_}/wp-login.php`);
  await page.fill("#user_login", user);
  await page.fill("#user_pass", password);
  // Logged in once the redirect to the dashboard begins; each test then
  // goes to its own page.
  await Promise.all([page.waitForURL(/wp-admin/, { waitUntil: "commit" }), page.click("#wp-submit")]);
  return page;
}

/** A small dataset of its own, as the editor saves one. */
function ownDataset(change = (d) => d) {
  const d = {
    title: "Testdaten Landkreis Beispiel",
    stand: "2026-12",
    networks: [
      { id: "dpt", name: "Deutscher Präventionstag", short: "DPT", kind: "congress", description: "Kongress." },
      { id: "defus", name: "Deutsch-Europäisches Forum für Urbane Sicherheit", short: "DEFUS", kind: "forum", description: "Forum." },
    ],
    members: [
      { id: "beispielstadt", name: "Beispielstadt", kind: "city" },
      { id: "musterdorf", name: "Musterdorf <b>&</b> \"Söhne\"", kind: "city" },
    ],
    memberships: [
      {
        member: "beispielstadt",
        network: "defus",
        role: "member",
        evidence: [{ source: "quelle", quote: "Beispielstadt ist Mitglied im DEFUS." }],
      },
    ],
    sources: [{ id: "quelle", title: "Eine Quelle", publisher: "Beispielstadt", url: "https://example.org/" }],
  };
  return change(d);
}

function file(name, text) {
  const path = join(FILES, name);
  writeFileSync(path, text);
  return path;
}

async function settings(page) {
  await page.goto(`${URL_}/wp-admin/options-general.php?page=netzwerk-matrix`);
}

async function upload(page, path) {
  await settings(page);
  await page.setInputFiles("#netzwerk-matrix-file", path);
  await navigates(page, () => page.click("form[enctype] button[type=submit]"));
}

/** The names in the live widget's rows, once it has started. */
async function liveRows(page) {
  const rows = page.locator("[data-netzwerk-matrix] table.nm-table tbody tr th[scope=row]");
  await rows.first().waitFor({ timeout: 20000 });
  return rows.allTextContents();
}

function debugLog() {
  const path = join(SITE, "debug.log");
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

before(async () => {
  assert.ok(existsSync(PLUGIN), `${PLUGIN} is missing: run make wordpress first`);
  site("start", String(PORT));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  withJs = await siteContext();
  withoutJs = await siteContext({ javaScriptEnabled: false });
});

after(async () => {
  await browser?.close();
  site("stop");
});

test("the plugin installs from its zip through Plugins → Upload Plugin and activates", async () => {
  const page = await login("admin", "admin-passwort");
  await page.goto(`${URL_}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles("#pluginzip", PLUGIN);
  await navigates(page, () => page.click("#install-plugin-submit"));
  assert.match(page.url(), /update\.php/);
  await navigates(page, () => page.getByRole("link", { name: /Plugin aktivieren|Activate Plugin/ }).click());
  assert.match(page.url(), /plugins\.php/);
  assert.equal(await page.locator('tr.active[data-slug="netzwerk-matrix"]').count(), 1, "the plugin is active");
  // Its settings link and page, in German on a German site.
  await settings(page);
  assert.equal(await page.locator("h1").textContent(), "Netzwerk-Matrix");
  assert.match(await page.locator("#netzwerk-matrix-current").textContent(), /eingebauten Daten/);
  assert.match(await page.locator(".nm-admin-facts").textContent(), new RegExp(`Mitglieder${DATASET.members.length}`));
  await page.close();
});

test("an Author's shortcode and block survive WordPress's filters", () => {
  posts.shortcode = post("autorin", "Kooperationen", '<p>Unsere Netzwerke:</p>\n[netzwerk_matrix member="augsburg"]\n<script>alert(1)</script>');
  posts.block = post("autorin", "Block", '<!-- wp:netzwerk-matrix/matrix {"lang":"en","networks":"defus,efus"} /-->');
  posts.plain = post("autorin", "Ohne Matrix", "<p>Nichts weiter.</p>");
  assert.equal(posts.shortcode.unfiltered_html, false, "an Author may not post raw HTML");
  assert.ok(!posts.shortcode.content.includes("<script"), "the filter ran: the Author's script is gone");
  assert.ok(posts.shortcode.content.includes('[netzwerk_matrix member="augsburg"]'));
  assert.ok(posts.block.content.includes("wp:netzwerk-matrix/matrix"));
});

test("the shortcode's matrix runs live, Augsburg first", async () => {
  const page = await withJs.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(posts.shortcode.url);
  const names = await liveRows(page);
  const augsburg = DATASET.members.find((m) => m.id === "augsburg");
  assert.ok(names[0].trim().endsWith(rowName(augsburg)), `first row: ${names[0]}`);
  assert.ok(names.length > 20, `rows: ${names.length}`);
  assert.match(await page.locator("[data-netzwerk-matrix] .nm-home").first().textContent(), /Augsburg/);
  // Wide by default: the theme's text column (650 px) would leave one row
  // on the first screen under the post's title.
  const firstScreen = await page.evaluate(() => {
    const host = document.querySelector("[data-netzwerk-matrix]");
    const rows = [...host.shadowRoot.querySelectorAll("table.nm-table tbody tr[aria-rowindex]")];
    return { width: host.getBoundingClientRect().width, rows: rows.filter((r) => r.getBoundingClientRect().bottom <= innerHeight).length };
  });
  assert.ok(firstScreen.width > 1000, `the matrix is ${firstScreen.width} px wide`);
  assert.ok(firstScreen.rows >= 5, `${firstScreen.rows} member rows on the first screen at 1280 × 900`);
  // Deferred, from the plugin's folder.
  const script = page.locator('script[src*="/wp-content/plugins/netzwerk-matrix/assets/netzwerk-matrix.js"]');
  assert.equal(await script.count(), 1);
  assert.equal(await script.getAttribute("defer"), "");
  assert.deepEqual(errors, []);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, "wordpress-seite.png"), fullPage: false });
  await page.close();
});

test("without JavaScript the page shows the matrix as a table, Augsburg first", async () => {
  const page = await withoutJs.newPage();
  await page.goto(posts.shortcode.url);
  const table = page.locator("[data-netzwerk-matrix] .nm-fallback table");
  assert.equal(await table.count(), 1);
  assert.match(await table.locator("caption").textContent(), new RegExp(`Stand ${DATASET.stand}`));
  const rows = await table.locator("tbody th[scope=row]").allTextContents();
  // The widget's first view: the national networks and their members.
  assert.equal(rows.length, OVERVIEW);
  assert.equal(rows[0], "Augsburg (Ihre Stadt)");
  const national = DATASET.networks.filter((n) => !n.regional);
  assert.deepEqual(await table.locator("thead th abbr").allTextContents(), national.map((n) => n.short));
  const cell = await table.locator("tbody tr").first().locator("td").allTextContents();
  assert.match(cell[national.findIndex((n) => n.id === "defus")], /^Gründungsmitglied/);
  assert.match(cell[national.findIndex((n) => n.id === "dpt")], /Gastgeber 2025/);
  assert.ok(await page.getByText("braucht JavaScript und WebAssembly").isVisible());
  await page.close();
});

test("the block renders with its options: English, two networks chosen", async () => {
  const page = await withJs.newPage();
  await page.goto(posts.block.url);
  await liveRows(page);
  assert.equal(await page.locator("[data-netzwerk-matrix] .nm-root").getAttribute("lang"), "en");
  const inBoth = DATASET.members.filter((m) =>
    DATASET.memberships.some((x) => x.member === m.id && ["defus", "efus"].includes(x.network) && x.role !== "not_member" && !x.until),
  );
  assert.equal((await liveRows(page)).length, inBoth.length);
  await page.close();
  const plain = await withoutJs.newPage();
  await plain.goto(posts.block.url);
  const rows = await plain.locator(".nm-fallback tbody th[scope=row]").count();
  assert.equal(rows, inBoth.length, "the table without JavaScript chooses the same rows");
  assert.match(await plain.locator(".nm-fallback caption").textContent(), /as of/);
  await plain.close();
});

test("the script loads only on pages that use the matrix", async () => {
  const html = await (await fetch(posts.plain.url)).text();
  assert.ok(html.includes("Nichts weiter."), "the plain post is there");
  assert.ok(!html.includes("netzwerk-matrix.js"), "no widget script on a page without the matrix");
  assert.ok(!html.includes("netzwerk-matrix-table.css"), "nor its stylesheet");
});

test("the block in the block editor shows the matrix at its real height", async () => {
  const page = await login("autorin", "autorin-passwort");
  await page.goto(`${URL_}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
  // The test site turned WordPress's welcome guide off (setup.php).
  const host = page.locator(".wp-block-netzwerk-matrix-matrix [data-netzwerk-matrix]").first();
  await host.locator("table.nm-table tbody tr[aria-rowindex]").first().waitFor({ timeout: 60000 });
  assert.equal(await page.getByRole("dialog").count(), 0, "nothing covers the editor");
  const height = await host.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height > 300, `the preview is ${height} px high`);
  // Selected (as by a click on its edge), the block shows its options in the sidebar.
  await page.evaluate(() => {
    const block = wp.data.select("core/block-editor").getBlocks().find((b) => b.name === "netzwerk-matrix/matrix");
    wp.data.dispatch("core/block-editor").selectBlock(block.clientId);
  });
  await page.getByRole("combobox", { name: /Ihre Stadt/ }).waitFor();
  // The block's own description, from block.json, in the site's language.
  await page.getByText("Welche Städte welchen Netzwerken der Kriminalprävention angehören, mit Quellen.").waitFor();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, "wordpress-editor.png") });
  await page.close();
});

test("an Administrator publishes own data after both checks; visitors see it", async () => {
  const page = await login("admin", "admin-passwort");
  await upload(page, file("eigene.json", JSON.stringify(ownDataset())));
  const status = page.locator("#netzwerk-matrix-check");
  await page.waitForFunction(() => document.getElementById("netzwerk-matrix-check").getAttribute("aria-busy") === "false");
  assert.match(await status.textContent(), /keine Probleme/);
  assert.equal(await page.locator("#netzwerk-matrix-publish").isEnabled(), true);
  // Before publishing, visitors still see the built-in data.
  const before = await withoutJs.newPage();
  await before.goto(posts.shortcode.url);
  assert.equal(await before.locator(".nm-fallback tbody th[scope=row]").count(), OVERVIEW);
  await navigates(page, () => page.click("#netzwerk-matrix-publish"));
  assert.match(await page.locator("#netzwerk-matrix-notice").textContent(), /Testdaten Landkreis Beispiel/);
  assert.match(await page.locator("#netzwerk-matrix-current").textContent(), /hochgeladenen/);

  const visitor = await withJs.newPage();
  await visitor.goto(posts.shortcode.url);
  const names = await liveRows(visitor);
  assert.deepEqual(names.map((n) => n.trim()), ["Beispielstadt", 'Musterdorf <b>&</b> "Söhne"']);
  await visitor.close();
  // Without JavaScript: the same data, its hostile name as text.
  await before.reload();
  assert.match(await before.locator(".nm-fallback caption").textContent(), /Testdaten Landkreis Beispiel/);
  assert.deepEqual(await before.locator(".nm-fallback tbody th[scope=row]").allTextContents(), ["Beispielstadt", 'Musterdorf <b>&</b> "Söhne"']);
  await before.close();
  await page.close();
});

test("a file with a rule broken is refused with its path and changes nothing", async () => {
  const page = await login("admin", "admin-passwort");
  const broken = ownDataset((d) => {
    d.title = "Kaputte Daten";
    d.memberships[0].network = "defuss";
    return d;
  });
  await upload(page, file("kaputt.json", JSON.stringify(broken)));
  await page.waitForFunction(() => document.getElementById("netzwerk-matrix-check").getAttribute("aria-busy") === "false");
  assert.match(await page.locator("#netzwerk-matrix-check").textContent(), /Probleme/);
  assert.equal(await page.locator("#netzwerk-matrix-publish").isDisabled(), true);
  const problems = await page.locator("#netzwerk-matrix-preview .nm-error").textContent();
  assert.match(problems, /memberships\[0\]\.network/);
  assert.match(problems, /defuss/);
  // A forged publish without the passed check is refused too.
  await page.evaluate(() => {
    const b = document.getElementById("netzwerk-matrix-publish");
    b.disabled = false;
  });
  await navigates(page, () => page.click("#netzwerk-matrix-publish"));
  assert.match(await page.locator("#netzwerk-matrix-notice").textContent(), /nicht bestanden/);
  const visitor = await withoutJs.newPage();
  await visitor.goto(posts.shortcode.url);
  assert.match(await visitor.locator(".nm-fallback caption").textContent(), /Testdaten Landkreis Beispiel/);
  await visitor.close();
  await navigates(page, () => page.getByRole("button", { name: "Diese Datei verwerfen" }).click());
  assert.equal(await page.locator("#netzwerk-matrix-preview").count(), 0);
  await page.close();
});

test("files that are not datasets are refused in PHP with their paths or the server's limit", async () => {
  const page = await login("admin", "admin-passwort");
  await upload(page, file("kein-json.json", "{ title: kaputt"));
  assert.match(await page.locator("#netzwerk-matrix-notice").textContent(), /kein gültiges JSON/);

  await upload(page, file("form.json", JSON.stringify({ title: "x", stand: "2026", networks: [], memberships: [{ member: 1 }], sources: [] })));
  const notice = await page.locator("#netzwerk-matrix-notice").textContent();
  assert.match(notice, /kein Datensatz/);
  assert.match(notice, /members: fehlt/);
  assert.match(notice, /memberships\[0\]\.member: fehlt oder ist kein Text/);

  const big = ownDataset((d) => {
    d.members[0].place_note = "x".repeat(2.5 * 1024 * 1024);
    return d;
  });
  await upload(page, file("gross.json", JSON.stringify(big)));
  assert.match(await page.locator("#netzwerk-matrix-notice").textContent(), /upload_max_filesize = 2M/);
  assert.match(await page.locator("#netzwerk-matrix-current").textContent(), /hochgeladenen/, "the published data stayed");
  await page.close();
});

test("the settings page returns to the built-in data", async () => {
  const page = await login("admin", "admin-passwort");
  await settings(page);
  await navigates(page, () => page.getByRole("button", { name: /eingebauten Daten/ }).click());
  assert.match(await page.locator("#netzwerk-matrix-current").textContent(), /eingebauten Daten/);
  const visitor = await withoutJs.newPage();
  await visitor.goto(posts.shortcode.url);
  assert.equal(await visitor.locator(".nm-fallback tbody th[scope=row]").count(), OVERVIEW);
  await visitor.close();
  await page.close();
});

test("the settings page is for Administrators only", async () => {
  const page = await login("redaktion", "redaktion-passwort");
  const res = await page.goto(`${URL_}/wp-admin/options-general.php?page=netzwerk-matrix`);
  assert.notEqual(res.status(), 200);
  await page.close();
});

test("hostile attribute values are dropped or escaped, never markup", async () => {
  const hostile = post(
    "autorin",
    "Feindlich",
    `[netzwerk_matrix member='"><img src=x id=pwned1>' lang="de" networks="defus,<b>" url_state='x" onmouseover="alert(1)' year="2017"]`,
  );
  const page = await withoutJs.newPage();
  await page.goto(hostile.url);
  const host = page.locator("[data-netzwerk-matrix]");
  assert.equal(await host.count(), 1);
  assert.equal(await page.locator("#pwned1").count(), 0);
  const attributes = await host.evaluate((el) => el.getAttributeNames().sort());
  assert.deepEqual(attributes, ["data-lang", "data-netzwerk-matrix", "data-year"], "only the valid options are passed on");
  assert.equal(await host.getAttribute("data-year"), "2017");
  await page.close();
});

test("deleting the plugin removes its option and the uploaded files", async () => {
  const page = await login("admin", "admin-passwort");
  await upload(page, file("eigene.json", JSON.stringify(ownDataset())));
  await page.waitForFunction(() => document.getElementById("netzwerk-matrix-check").getAttribute("aria-busy") === "false");
  await navigates(page, () => page.click("#netzwerk-matrix-publish"));
  const uploads = join(SITE, "wp-content/uploads/netzwerk-matrix");
  assert.ok(existsSync(uploads), "the uploaded data is stored");
  await page.goto(`${URL_}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-slug="netzwerk-matrix"]');
  await navigates(page, () => row.getByRole("link", { name: /Deaktivieren|Deactivate/ }).click());
  page.once("dialog", (d) => d.accept());
  await row.getByRole("link", { name: /Löschen|Delete/ }).click();
  await page.waitForFunction(() => !document.querySelector('tr[data-slug="netzwerk-matrix"]:not(.deleted)'), null, { timeout: 30000 });
  const left = execFileSync("php", ["-r", `$_SERVER['WORDPRESS_CONFIG']='netzwerk-matrix-test'; $_SERVER['HTTP_HOST']='127.0.0.1:${PORT}'; require '/usr/share/wordpress/wp-load.php'; echo json_encode(get_option('netzwerk_matrix'));`], { encoding: "utf8" });
  assert.equal(left, "false", "the option is gone");
  assert.ok(!existsSync(uploads), "the uploaded files are gone");
  assert.ok(!existsSync(join(SITE, "wp-content/plugins/netzwerk-matrix")), "the plugin's folder is gone");
  await page.close();
});

test("WordPress's debug log has nothing from the plugin", () => {
  const lines = debugLog()
    .split("\n")
    .filter((l) => /netzwerk|incorrectly/i.test(l));
  assert.deepEqual(lines, []);
  assert.ok(existsSync(join(SITE, "debug.log")), "the debug log is written (WordPress's own notices are in it)");
});
