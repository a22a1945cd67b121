// Shared set-up of the browser tests: Debian's Chromium driven by
// playwright-core, a static server for dist/ on 127.0.0.1, and axe-core.

import { createServer } from "node:http";
import { readFile, mkdtemp } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { join, extname, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import assert from "node:assert/strict";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "dist");
export const DATASET = JSON.parse(readFileSync(join(ROOT, "data/netzwerke.json"), "utf8"));
/// The members of the default view: those with a membership or a hosting in
/// a national network (regional networks are folded away until chosen or
/// searched for), counted from the data itself.
export const OVERVIEW_IDS = (() => {
  const national = new Set(DATASET.networks.filter((n) => !n.regional).map((n) => n.id));
  return new Set(
    [...DATASET.memberships, ...(DATASET.hosts ?? [])]
      .filter((f) => national.has(f.network))
      .map((f) => f.member),
  );
})();
export const OVERVIEW = OVERVIEW_IDS.size;

/// A member as its row header names it: with its region, where it has one.
export const rowName = (m) => (m.region ? `${m.name} (${m.region})` : m.name);

/// The row names of the members a search for `query` (lower-case ASCII)
/// finds: those whose name or an alias contains it, ignoring case. A search
/// shows every member it finds, with its regional networks unfolded.
export function membersMatching(query) {
  return DATASET.members
    .filter((m) => [m.name, ...(m.aliases ?? [])].some((n) => n.toLowerCase().includes(query)))
    .map(rowName)
    .sort();
}

/// The row names of the members that belong to every one of `networks` (a
/// membership other than "not a member"; hosting is no membership).
export function membersInAll(networks) {
  return DATASET.members
    .filter((m) =>
      networks.every((n) =>
        DATASET.memberships.some((f) => f.member === m.id && f.network === n && f.role !== "not_member"),
      ),
    )
    .map(rowName)
    .sort();
}

/// The built-in dataset and `extra` more members, "Ort 0001" and on, each
/// with a membership: a dataset whose table scrolls in its box.
export function longDataset(extra) {
  const long = structuredClone(DATASET);
  const network = DATASET.networks.find((n) => !n.regional).id;
  const source = DATASET.sources[0].id;
  for (let i = 1; i <= extra; i++) {
    const id = `ort-${String(i).padStart(4, "0")}`;
    long.members.push({ id, name: `Ort ${String(i).padStart(4, "0")}`, kind: "city" });
    long.memberships.push({ member: id, network, role: "member", evidence: [{ source, quote: "Mitglied", kind: "paraphrase" }] });
  }
  return long;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/// Serves `dir` on 127.0.0.1 on a free port. `headers` are added to every
/// response (a Content-Security-Policy, for instance); `pages` maps extra
/// paths to HTML text.
export async function serve(dir = DIST, { headers = {}, pages = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const body = pages[path] ?? (await readFile(join(dir, path.endsWith("/") ? path + "index.html" : path)).catch(() => null));
    if (body === null) {
      res.writeHead(404, headers);
      res.end("not found");
      return;
    }
    const type = TYPES[extname(path.endsWith("/") ? "index.html" : path)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, ...headers });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/// Serves `snippet` (its files named in the site's root) in a page beside
/// dist/ and checks, with scripts off, that its prerendered matrix is
/// static HTML with Augsburg's row first, marked, and the sentence about
/// it. Returns the server, for a look with scripts on; the caller closes it.
export async function assertAugsburgWithoutScripts(context, snippet) {
  const server = await serve(DIST, {
    pages: { "/s.html": `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>S</title></head><body><main>${snippet}</main></body></html>` },
  });
  const page = await (await context.browser().newContext({ javaScriptEnabled: false })).newPage();
  try {
    // No script runs: what shows is the HTML itself.
    await page.goto(`${server.url}/s.html`);
    const first = page.locator("tbody tr[aria-rowindex]").first();
    await first.waitFor();
    assert.equal(await first.getAttribute("aria-current"), "true");
    assert.match(await first.locator("th").textContent(), /^Ihre Stadt\s*Augsburg/);
    assert.match(await page.locator(".nm-home-summary").textContent(), /Augsburg ist Gründungsmitglied von DEFUS/);
    assert.equal(await page.locator(".nm-search input").count(), 0, "a static table: no controls yet");
  } catch (e) {
    await server.close();
    throw e;
  } finally {
    await page.context().close();
  }
  return server;
}

/// Launches headless Chromium with a fresh profile and no background traffic.
export async function launch() {
  if (!existsSync(join(DIST, "netzwerk-matrix.js"))) {
    throw new Error("dist/netzwerk-matrix.js is missing: run `make dist` first");
  }
  const profile = await mkdtemp(join(tmpdir(), "nm-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    acceptDownloads: true,
  });
}

/// Opens `url` in a new page and collects console errors and page errors.
export async function open(context, url, { viewport, colorScheme } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

/// Opens "Weitere Filter" (the regional networks, the mode, the year and the
/// tools) where it is closed.
export async function moreFilters(root) {
  const button = root.getByRole("button", { name: /^(Weitere Filter|More filters)/ });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await root.locator(".nm-extra:not([hidden])").first().waitFor();
}

export const fileUrl = (name = "index.html") => "file://" + join(DIST, name);

/// Waits until the widget has started: its table has rows and its
/// controls are there (a prerendered table has rows but no controls).
export async function ready(page, root = page) {
  await root.locator("table.nm-table tbody tr[aria-rowindex]").first().waitFor({ timeout: 15000 });
  await root.locator(".nm-search input").first().waitFor({ timeout: 15000 });
  // The first screen renders first; the sources below it come with the rest.
  await root.locator(".nm-sources").first().waitFor({ timeout: 15000 });
}

/// Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page and returns the
/// violations. axe is evaluated through the DevTools protocol, which a
/// page's Content-Security-Policy does not restrict.
export async function axe(page) {
  const source = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ") + " :: " + n.failureSummary),
    }));
  });
}

/// The names of the members in the shown rows, in order.
export function rowNames(root) {
  return root.locator("table.nm-table tbody tr th[scope=row]").allTextContents();
}

/// The text of the status region once it has settled.
export async function statusText(root) {
  return (await root.locator("[role=status]").textContent()).trim();
}

/// Describes the element that has focus, looking through shadow roots, with
/// what makes its focus visible.
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    const label = el.labels && el.labels[0] ? el.labels[0].textContent : "";
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type") || "",
      text: (el.textContent || "").trim(),
      label: label.trim(),
      value: el.value ?? null,
      ring: { width: style.outlineWidth, style: style.outlineStyle, color: style.outlineColor },
    };
  });
}

/// The focus ring the README promises: a 3 px solid outline in
/// `--nm-focus`, #c3410b in light mode and #ffb25c in dark mode.
export const RING = { light: "rgb(195, 65, 11)", dark: "rgb(255, 178, 92)" };
export function assertRing(f, scheme, what) {
  assert.deepEqual(f.ring, { width: "3px", style: "solid", color: RING[scheme] }, `${what} shows the focus ring`);
}

/// Presses Tab (or Shift+Tab) until `matches(focused)` holds; fails after
/// `limit` presses. Returns the focused element's description.
export async function tabTo(page, matches, { back = false, limit = 40 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (f && matches(f)) return f;
  }
  throw new Error("focus never reached the wanted element");
}
