// The release archive as a Redaktion gets it: unpacked into an empty folder
// away from the repository, its pages opened from disk with every request
// outside that folder blocked, its links, checksums and versions checked,
// and its snippet and CSV tried with hostile strings.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { existsSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, axe, ready, rowNames, moreFilters, DATASET, ROOT } from "../browser/helpers.mjs";

const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const NAME = `netzwerk-matrix-${VERSION}`;
const ZIP = join(ROOT, "dist/release", `${NAME}.zip`);

/// Strings that end or change the state of a script element, or that a
/// spreadsheet would run.
const HOSTILE = [
  "</script><h1 id=pwned>gekapert</h1>",
  "<!--<script>",
  "</SCRIPT >&lt;b&gt;",
  "=HYPERLINK(\"http://x\";\"y\")",
  "@SUM(1+1)",
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "\t=1",
];

let context;
let dir; // the unpacked archive
let base; // its file:// address, with a trailing slash
before(async () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run make release`);
  const empty = await mkdtemp(join(tmpdir(), "nm-release-"));
  execFileSync("python3", ["-m", "zipfile", "-e", ZIP, empty]);
  dir = join(empty, NAME);
  base = `file://${dir}/`;
  context = await launch();
  // Nothing leaves the machine: every request that is not a file is
  // refused, and each page below checks that every file it asked for is in
  // the folder.
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
});
after(async () => {
  await context?.close();
});

/// Opens `file` of the unpacked archive and collects every request and error.
async function openLocal(file) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(base + file);
  return { page, requests, errors };
}

function onlyLocal(requests, what) {
  const outside = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
  assert.deepEqual(outside, [], `${what} asked for something outside the archive`);
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

test("the archive holds every file a Redaktion needs, and SHA256SUMS verifies each", async () => {
  const files = (await readdir(dir)).sort();
  for (const needed of [
    "LIESMICH.html", "index.html", "einbetten-beispiel.html", "page.css",
    "netzwerk-matrix.js", "netzwerk-matrix-web.js", "netzwerk-matrix.wasm", "netzwerk-matrix.css",
    "netzwerk-matrix-snippet.html", "redaktion.html", "netzwerk-matrix-redaktion.js", "editor.css",
    "netzwerke.json", "schema.json", "LICENSE", "THIRD-PARTY-NOTICES.html", "DATENLIZENZ.txt",
    "CHANGELOG.md", "SHA256SUMS",
  ]) {
    assert.ok(files.includes(needed), `${needed} is in the archive`);
  }
  const sums = (await readFile(join(dir, "SHA256SUMS"), "utf8")).trim().split("\n");
  const listed = sums.map((line) => {
    const [hash, file] = line.split(/ {2}/);
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.equal(sha256(readFileSync(join(dir, file))), hash, `${file} matches its checksum`);
    return file;
  });
  assert.deepEqual(listed, files.filter((f) => f !== "SHA256SUMS"), "every other file is listed once");
  // The data in the archive is the data built into the widget.
  assert.deepEqual(JSON.parse(await readFile(join(dir, "netzwerke.json"), "utf8")), DATASET);
});

test("the WordPress plugin in the archive carries this version's widget and data, under 2 MB", async () => {
  const plugin = join(dir, `netzwerk-matrix-wordpress-${VERSION}.zip`);
  assert.ok(existsSync(plugin), "the plugin's zip is in the archive");
  assert.ok(statSync(plugin).size < 2 * 1024 * 1024, `${statSync(plugin).size} bytes: installs through Upload Plugin`);
  const unpacked = await mkdtemp(join(tmpdir(), "nm-plugin-"));
  execFileSync("python3", ["-m", "zipfile", "-e", plugin, unpacked]);
  const root = join(unpacked, "netzwerk-matrix");
  const main = await readFile(join(root, "netzwerk-matrix.php"), "utf8");
  assert.match(main, new RegExp(`^ \\* Version: +${VERSION.replaceAll(".", "\\.")}$`, "m"));
  assert.match(await readFile(join(root, "readme.txt"), "utf8"), new RegExp(`^Stable tag: ${VERSION}$`, "m"));
  assert.deepEqual(await readFile(join(root, "assets/netzwerk-matrix.js")), await readFile(join(dir, "netzwerk-matrix.js")));
  assert.deepEqual(JSON.parse(await readFile(join(root, "assets/netzwerke.json"), "utf8")), DATASET);
  assert.ok(existsSync(join(root, "languages/netzwerk-matrix-de_DE.mo")), "the German texts are compiled");
  for (const file of ["uninstall.php", "block/block.json", "LICENSE"]) {
    assert.ok(existsSync(join(root, file)), `${file} is in the plugin`);
  }
});

test("the same version in Cargo.toml, CHANGELOG, LIESMICH, the widget, the editor and the snippets", async () => {
  const changelog = await readFile(join(dir, "CHANGELOG.md"), "utf8");
  assert.equal(changelog.match(/^## \[(\d+\.\d+\.\d+)\]/m)?.[1], VERSION, "the newest CHANGELOG entry");
  const snippet = await readFile(join(dir, "netzwerk-matrix-snippet.html"), "utf8");
  assert.ok(snippet.startsWith(`<!-- Netzwerk-Matrix ${VERSION} -->\n`), "the prerendered snippet names it");

  const { page, requests, errors } = await openLocal("index.html");
  await ready(page);
  assert.equal(await page.evaluate(() => window.NetzwerkMatrix.version), VERSION);
  const stand = await page.locator("[data-netzwerk-matrix] .nm-stand").textContent();
  assert.match(stand, new RegExp(`Stand: ${DATASET.stand} · Netzwerk-Matrix ${VERSION.replaceAll(".", "\\.")}`));
  assert.ok(stand.includes(DATASET.license.name), `the sources line names the data licence: ${stand}`);
  assert.equal(
    await page.locator("[data-netzwerk-matrix] .nm-stand a").getAttribute("href"),
    DATASET.license.url,
  );
  // The widget shows the built-in data: every member of the default view.
  assert.ok((await rowNames(page)).includes("Augsburg"));
  onlyLocal(requests, "index.html");
  assert.deepEqual(errors, []);
  await page.close();

  const editor = await openLocal("redaktion.html");
  await ready(editor.page);
  assert.equal((await editor.page.locator(".ed-version").textContent()).trim(), `Netzwerk-Matrix, Version ${VERSION}`);
  const [download] = await Promise.all([
    editor.page.waitForEvent("download"),
    editor.page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const written = await readFile(await download.path(), "utf8");
  assert.ok(written.startsWith(`<!-- Netzwerk-Matrix ${VERSION} -->\n`), "the editor's snippet names it");
  onlyLocal(editor.requests, "redaktion.html");
  assert.deepEqual(editor.errors, []);
  await editor.page.close();

  const liesmich = await readFile(join(dir, "LIESMICH.html"), "utf8");
  assert.ok(liesmich.includes(`<h1>Netzwerk-Matrix ${VERSION}</h1>`));
});

test("LIESMICH opens from disk, passes axe, and each of its links reaches a file of the archive", async () => {
  const { page, requests, errors } = await openLocal("LIESMICH.html");
  assert.deepEqual(await axe(page), []);
  const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.href]));
  assert.ok(links.length >= 20, `LIESMICH links its files (${links.length} links)`);
  const files = new Set(await readdir(dir));
  const steps = new Set();
  for (const [href, url] of links) {
    if (href.startsWith("#")) {
      assert.equal(await page.locator(href).count(), 1, `${href} has its target`);
      continue;
    }
    assert.ok(url.startsWith(base), `${href} stays in the archive`);
    const file = decodeURIComponent(url.slice(base.length).split("#")[0]);
    assert.ok(files.has(file) && statSync(join(dir, file)).isFile(), `${href} is a file of the archive`);
    steps.add(file);
  }
  for (const file of ["index.html", "redaktion.html", "netzwerk-matrix.js", "netzwerk-matrix-snippet.html", "CHANGELOG.md", "SHA256SUMS", "LICENSE", "THIRD-PARTY-NOTICES.html", "DATENLIZENZ.txt"]) {
    assert.ok(steps.has(file), `LIESMICH links ${file}`);
  }
  // The checksum and the SRI value it prints are those of the script.
  const js = readFileSync(join(dir, "netzwerk-matrix.js"));
  const text = await page.locator("main").textContent();
  assert.ok(text.includes(sha256(js)), "LIESMICH prints the script's SHA-256");
  const sri = "sha384-" + createHash("sha384").update(js).digest("base64");
  assert.ok(text.includes(sri), "LIESMICH prints the script's SRI value");
  assert.ok(text.includes(DATASET.license.name), "LIESMICH names the data licence");
  for (const heading of ["1. Ansehen", "2. Daten ändern", "3. Einbinden", "4. Auf eine neue Version aktualisieren", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit", "Geprüfte Browser", "English"]) {
    assert.ok(await page.getByRole("heading", { name: heading }).count(), `LIESMICH has "${heading}"`);
  }
  // On a phone, nothing widens the page: long words, tables and checksums
  // wrap or scroll in their own boxes.
  await page.setViewportSize({ width: 360, height: 780 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `LIESMICH is ${width} px wide at 360 px`);
  onlyLocal(requests, "LIESMICH.html");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the third-party notices list each crate compiled into the wasm with a licence text", async () => {
  const notices = await readFile(join(dir, "THIRD-PARTY-NOTICES.html"), "utf8");
  const count = Number(notices.match(/<span id="crate-count">(\d+)<\/span>/)[1]);
  const rows = notices.match(/<tr><td>/g).length;
  assert.equal(rows, count, "one row per crate");
  for (const crate of ["yew", "wasm-bindgen", "serde_json", "talc", "js-sys", "web-sys"]) {
    assert.match(notices, new RegExp(`<tr><td>${crate}</td>`), `${crate} is listed`);
  }
  // Proc-macros run in the compiler and leave nothing in the wasm.
  assert.doesNotMatch(notices, /<tr><td>(syn|quote|serde_derive)<\/td>/);
  assert.match(notices, /Permission is hereby granted, free of charge/, "the MIT text");
  assert.match(notices, /Apache License\s+Version 2\.0/, "the Apache text");
  const data = await readFile(join(dir, "DATENLIZENZ.txt"), "utf8");
  for (const needed of [DATASET.license.name, "GeoNames", "CC BY 4.0", "Natural Earth", "gemeinfrei", "§ 51 UrhG"]) {
    assert.ok(data.includes(needed), `DATENLIZENZ.txt names ${needed}`);
  }
});

/// Reads CSV as written by the widget: quoted fields, `;`, CRLF, a BOM.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") row.push(field), (field = "");
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else if (c !== "\r") field += c;
  }
  return rows;
}

test("a snippet with hostile names keeps the host page whole, and its CSV runs no formula", async () => {
  // Hostile names on members of the default view, so every one is a row.
  const national = new Set(DATASET.networks.filter((n) => !n.regional).map((n) => n.id));
  const shown = [...new Set(DATASET.memberships.filter((m) => national.has(m.network)).map((m) => m.member))];
  const hostile = structuredClone(DATASET);
  const names = HOSTILE.map((text, i) => `${text} ${i}`);
  names.forEach((name, i) => (hostile.members.find((m) => m.id === shown[i]).name = name));
  hostile.title = HOSTILE.join(" ");
  const editor = await openLocal("redaktion.html");
  await ready(editor.page);
  await editor.page.locator("#ed-open").setInputFiles({
    name: "feindlich.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await editor.page.locator(".ed-notice", { hasText: "Geöffnet: feindlich.json" }).waitFor();
  const [download] = await Promise.all([
    editor.page.waitForEvent("download"),
    editor.page.getByRole("button", { name: "Snippet herunterladen" }).click(),
  ]);
  const written = await readFile(await download.path(), "utf8");
  await editor.page.close();
  // The snippet names the script and the prerendered matrix's stylesheet by
  // absolute addresses; on this disk the "website" is the unpacked folder,
  // so the page takes them from beside it.
  assert.ok(written.includes('<script src="/netzwerk-matrix/netzwerk-matrix.js" defer></script>'), "the script's address is absolute");
  assert.ok(written.includes('<link rel="stylesheet" href="/netzwerk-matrix/netzwerk-matrix.css">'), "the stylesheet's address is absolute");
  const snippet = written.replaceAll('"/netzwerk-matrix/netzwerk-matrix.', '"netzwerk-matrix.');
  const json = snippet.split('<script type="application/json">')[1].split("</script>")[0];
  assert.ok(!json.includes("<"), "no '<' inside the data");
  assert.deepEqual(JSON.parse(json).members.map((m) => m.name).filter((n) => names.includes(n)).sort(), [...names].sort());

  // The host page: content before and after, the snippet between.
  await writeFile(
    join(dir, "cms-seite.html"),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS</title></head><body>
<header id="vorher">Kopf der Seite</header><main>${snippet}<p id="nachher">Text nach der Matrix</p></main>
<footer id="fuss">Fuß der Seite</footer></body></html>`,
  );
  const { page, requests, errors } = await openLocal("cms-seite.html");
  await ready(page);
  assert.equal(await page.locator("#vorher").textContent(), "Kopf der Seite");
  assert.equal(await page.locator("#nachher").textContent(), "Text nach der Matrix");
  assert.equal(await page.locator("#fuss").textContent(), "Fuß der Seite");
  assert.equal(await page.locator("#pwned").count(), 0, "no element made from a name");
  assert.equal(await page.locator("script").count(), 2, "the data and the widget's script, nothing else");
  assert.ok((await page.locator("[data-netzwerk-matrix] caption").first().textContent()).includes(HOSTILE[0]));
  const rows = await rowNames(page);
  for (const name of names) assert.ok(rows.includes(name), `"${name}" is a row, shown as text`);

  await moreFilters(page);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV/ }).click()]);
  const table = parseCsv(await readFile(await csv.path(), "utf8"));
  const first = new Map(table.slice(1).map((r) => [r[0], r]));
  for (const name of names) {
    const guarded = /^[=+\-@\t\r]/.test(name);
    const row = first.get(guarded ? `'${name}` : name);
    assert.ok(row, `"${name}" is in the CSV${guarded ? " behind an apostrophe" : " unchanged"}`);
    assert.match(row.at(-1), /^\d+$/, "the total stays a number");
  }
  onlyLocal(requests, "the host page");
  assert.deepEqual(errors, []);
  await page.close();
});
