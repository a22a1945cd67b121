// Embedding on a host page served with a strict Content-Security-Policy:
// isolation from hostile CSS, two independent widgets, no foreign request,
// cookie or storage, deep links, runtime datasets and their errors, hostile
// strings, the iframe route.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, ready, rowNames, membersInAll, DIST, ROOT, DATASET, OVERVIEW, moreFilters } from "./helpers.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";
const MEMBERS = DATASET.members.length;

const page = (body, { head = "" } = {}) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/hostile.css">${head}
<script src="/netzwerk-matrix.js" defer></script></head>
<body><main><h1>Host</h1>${body}</main></body></html>`;

const inline = (data, attrs = "") =>
  `<div data-netzwerk-matrix ${attrs}><script type="application/json">${
    // Inside a script element "</" must be written "<\/", or a name such
    // as "</script>" would end the element early.
    (typeof data === "string" ? data : JSON.stringify(data)).replaceAll("</", "<\\/")
  }</script></div>`;

const hostileNames = structuredClone(DATASET);
hostileNames.members[0].name = `<img src=x onerror="window.__pwned=1">`;
hostileNames.networks[0].short = `<script>window.__pwned=2</script>`;
hostileNames.title = `"><svg onload="window.__pwned=3">`;

const unknownIds = structuredClone(DATASET);
unknownIds.memberships[3].network = "defuss";
const wrongType = structuredClone(DATASET);
wrongType.memberships[0].since = "2010";

const many = structuredClone(DATASET);
for (let i = 1; i <= 250; i++) many.members.push({ id: `ort-${i}`, name: `Ort ${i}`, kind: "city" });

const big = JSON.stringify({ ...DATASET, padding: "x".repeat(6 * 1024 * 1024) });

const PAGES = {
  "/hostile.css": "* { font-size: 40px !important; } table { display: none !important; } div { float: left; } .nm-sr { color: red; }",
  "/two.html": page(`<p class="nm-sr" id="probe">Host text with a widget class name.</p>
    <div data-netzwerk-matrix id="a"></div>
    <div data-netzwerk-matrix id="b" data-lang="en"></div>`),
  "/deeplink.html": page(`<div data-netzwerk-matrix data-url-state></div>`),
  "/anchor.html": page(`<p id="kontakt">Kontakt</p><div data-netzwerk-matrix data-url-state></div>`),
  "/hostile-names.html": page(inline(hostileNames)),
  "/bad-json.html": page(inline(`{"title": "x", `)),
  "/unknown-ids.html": page(inline(unknownIds)),
  "/wrong-type.html": page(inline(wrongType)),
  "/empty.html": page(inline("   ")),
  "/empty-en.html": page(inline("", `data-lang="en"`)),
  "/too-large.html": page(`<div data-netzwerk-matrix data-src="/big.json"></div>`),
  "/missing.html": page(`<div data-netzwerk-matrix data-src="/nothing-here.json"></div>`),
  "/foreign.html": page(`<div data-netzwerk-matrix data-src="https://example.org/data.json"></div>`),
  "/src.html": page(`<div data-netzwerk-matrix data-src="/data.json"></div>`),
  "/later.html": page(`<div id="slot"></div>`, {
    head: `<script src="/add-later.js" defer></script>`,
  }),
  "/add-later.js": `setTimeout(function () {
      var el = document.createElement("div");
      el.setAttribute("data-netzwerk-matrix", "");
      el.setAttribute("data-search", "bonn");
      document.getElementById("slot").appendChild(el);
    }, 300);`,
  "/many.html": page(inline(many, `data-page-size="100"`)),
  "/many-default.html": page(inline(many)),
  "/web.html": page(`<div data-netzwerk-matrix></div>`).replace("/netzwerk-matrix.js", "/netzwerk-matrix-web.js"),
  "/big.json": big,
  "/data.json": JSON.stringify(DATASET),
  // A 1 × 1 PNG: the control image of the hostile-names test.
  "/control.png": Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR4nGNgYAAAAAMAASsJTYQAAAAASUVORK5CYII=", "base64"),
  // The README's iframe markup: no style attribute, the release's script.
  "/frame.html": page(
    `<iframe id="f" class="netzwerk-matrix-rahmen" title="Netzwerk-Matrix" src="/index.html?lang=en&search=augsburg"></iframe>
    <iframe id="other" title="Andere Seite" src="/other.html"></iframe>`,
    { head: `<script src="/frame-host.js" defer></script><script src="/netzwerk-matrix-rahmen.js" defer></script>` },
  ),
  // The same script on a page without the frame; a message still arrives.
  "/no-frame.html": page(`<iframe id="other" title="Andere Seite" src="/other.html"></iframe>`, {
    head: `<script src="/netzwerk-matrix-rahmen.js" defer></script>`,
  }),
  "/other.html": `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Andere</title>
    <script src="/other.js" defer></script></head><body><p>Andere Seite</p></body></html>`,
  "/other.js": `window.parent.postMessage({ type: "netzwerk-matrix:height", height: 9999 }, "*");
    window.parent.postMessage({ type: "netzwerk-matrix:height", height: "x" }, "*");`,
  "/frame-host.js": `window.heights = [];
    window.addEventListener("message", function (e) {
      if (e.data && e.data.type === "netzwerk-matrix:height") window.heights.push(e.data.height);
    });`,
};

let context, server, csplessServer;

before(async () => {
  context = await launch();
  server = await serve(DIST, { headers: { "content-security-policy": CSP }, pages: PAGES });
  csplessServer = await serve(DIST, {
    headers: { "content-security-policy": CSP.replace(" 'wasm-unsafe-eval'", "") },
    pages: PAGES,
  });
});
after(async () => {
  await context?.close();
  await server?.close();
  await csplessServer?.close();
});

/// Opens a host page and records every request, CSP violation and error.
async function host(path, base = server) {
  const p = await context.newPage();
  const requests = [];
  const errors = [];
  p.on("request", (r) => requests.push(r.url()));
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  await p.goto(base.url + path);
  return { p, requests, errors };
}

const widget = (p, id) => p.locator(`#${id}`);

test("two widgets on a hostile-CSS page render and filter independently", async () => {
  const { p, requests, errors } = await host("/two.html");
  const a = widget(p, "a");
  const b = widget(p, "b");
  await ready(p, a);
  await ready(p, b);
  // Host CSS does not reach into the shadow roots.
  const table = a.locator("table.nm-table");
  assert.equal(await table.evaluate((t) => getComputedStyle(t).display), "table");
  assert.equal(await a.locator("td").first().evaluate((t) => getComputedStyle(t).fontSize), "16px");
  // The widget's CSS does not reach the host.
  assert.equal(await p.locator("#probe").evaluate((el) => getComputedStyle(el).position), "static");

  await a.getByLabel("Mitglied suchen").fill("bonn");
  for (const name of [/^DPT/, /^DEFUS/, /^DFK/]) await b.getByRole("checkbox", { name }).check();
  await moreFilters(b);
  await b.getByRole("radio", { name: /every chosen/ }).check();
  await a.locator("[role=status]", { hasText: `1 von ${MEMBERS}` }).waitFor();
  await b.locator("[role=status]", { hasText: `1 of ${MEMBERS}` }).waitFor();
  assert.deepEqual(await rowNames(a), ["Bonn"]);
  assert.deepEqual(await rowNames(b), ["Augsburg"]);
  assert.equal(await b.getByLabel("Search member").inputValue(), "");

  // Nothing left the origin, nothing was stored, nothing was blocked.
  const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(
    await p.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
    [0, 0, ""]
  );
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await p.close();
});

test("a deep link opens its view; changes update only the widget's part of the fragment", async () => {
  const { p, errors } = await host("/deeplink.html#tab=3&nm.search=augsburg&nm.networks=defus&nm.mode=all");
  await ready(p);
  assert.deepEqual(await rowNames(p), ["Augsburg"]);
  assert.equal(await p.getByRole("checkbox", { name: /^DEFUS/ }).isChecked(), true);
  assert.equal(await p.getByLabel("Mitglied suchen").inputValue(), "augsburg");

  await p.getByLabel("Mitglied suchen").fill("");
  await p.getByRole("checkbox", { name: /^Efus/ }).check();
  await p.waitForFunction(() => location.hash.includes("efus"));
  const hash = await p.evaluate(() => location.hash);
  assert.equal(hash, "#tab=3&nm.networks=defus,efus&nm.mode=all");
  const expected = membersInAll(["defus", "efus"]);
  await p.locator("[role=status]", { hasText: new RegExp(`^\\s*${expected.length} von ${MEMBERS} `) }).waitFor();
  const shown = await rowNames(p);
  assert.deepEqual([...shown].sort(), expected);
  // The same link in a new page opens the same view.
  const again = await host("/deeplink.html" + hash);
  await ready(again.p);
  assert.deepEqual(await rowNames(again.p), shown);
  await again.p.close();
  assert.deepEqual(errors, []);
  await p.close();
});

test("a link followed within the page, and the back button, change the view", async () => {
  const { p, errors } = await host("/deeplink.html#nm.search=augsburg");
  await ready(p);
  assert.deepEqual(await rowNames(p), ["Augsburg"]);
  await p.evaluate(() => (location.hash = "#nm.search=bonn"));
  await p.locator("[role=status]", { hasText: `1 von ${MEMBERS}` }).waitFor();
  await p.waitForFunction(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    return root.querySelector("tbody th")?.textContent.trim() === "Bonn";
  });
  assert.equal(await p.getByLabel("Mitglied suchen").inputValue(), "bonn");
  await p.goBack();
  await p.waitForFunction(() => {
    const root = document.querySelector("[data-netzwerk-matrix]").shadowRoot;
    return root.querySelector("tbody th")?.textContent.trim() === "Augsburg";
  });
  assert.deepEqual(await rowNames(p), ["Augsburg"]);
  assert.deepEqual(errors, []);
  await p.close();
});

test("a host anchor in the fragment is never rewritten", async () => {
  const { p } = await host("/anchor.html#kontakt");
  await ready(p);
  await p.getByLabel("Mitglied suchen").fill("bonn");
  await p.locator("[role=status]", { hasText: `1 von ${MEMBERS}` }).waitFor();
  assert.equal(await p.evaluate(() => location.hash), "#kontakt");
  await p.close();
});

test("unknown values in a link are ignored with a visible note", async () => {
  const { p } = await host("/deeplink.html#nm.networks=defus,foo&nm.mode=some&nm.search=augsburg");
  await ready(p);
  const note = await p.locator(".nm-note").textContent();
  assert.match(note, /networks = "foo"/);
  assert.match(note, /mode = "some"/);
  assert.deepEqual(await rowNames(p), ["Augsburg"]);
  assert.equal(await p.getByRole("checkbox", { name: /^DEFUS/ }).isChecked(), true);
  await p.close();
});

for (const [path, expected] of [
  ["/bad-json.html", /ungültiges JSON oder falscher Typ \(expected a text, found the end of the file/],
  ["/unknown-ids.html", /memberships\[3\]\.network: unbekanntes Netzwerk "defuss"/],
  ["/wrong-type.html", /memberships\[0\]\.since: ungültiges JSON oder falscher Typ \(expected a number, found a text/],
  ["/empty.html", /die Datei ist leer/],
  ["/empty-en.html", /the file is empty/],
  ["/too-large.html", /größer als die erlaubten 5242880 Bytes/],
  ["/missing.html", /nicht von "\/nothing-here.json" geladen werden \(HTTP 404\)/],
  ["/foreign.html", /"https:\/\/example.org\/data.json" liegt nicht auf dieser Website/],
]) {
  test(`invalid dataset ${path} shows its error and no table`, async () => {
    const { p, requests } = await host(path);
    const alert = p.locator("[role=alert]");
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), expected);
    assert.equal(await p.locator("table").count(), 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:")), []);
    await p.close();
  });
}

test("a same-origin data-src dataset is used", async () => {
  const { p } = await host("/src.html");
  await ready(p);
  assert.equal((await rowNames(p)).length, OVERVIEW);
  await p.close();
});

test("script-like names show literally and run nothing", async () => {
  const { p, errors, requests } = await host("/hostile-names.html");
  await ready(p);
  assert.ok((await rowNames(p)).includes(`<img src=x onerror="window.__pwned=1">`));
  assert.equal(await p.locator("thead abbr").first().textContent(), "<script>window.__pwned=2</script>");
  assert.equal(await p.locator("caption").textContent(), `"><svg onload="window.__pwned=3">`);
  // A positive sign before the negative checks: an image the test adds
  // after the widget has rendered has been requested and loaded, so an
  // image made from a name would have been asked for by now.
  await p.evaluate(() => {
    const img = document.createElement("img");
    img.id = "control";
    img.alt = "";
    img.src = "/control.png";
    document.body.append(img);
  });
  await p.waitForFunction(() => document.getElementById("control").complete && document.getElementById("control").naturalWidth === 1);
  assert.ok(requests.some((u) => u.endsWith("/control.png")));
  assert.ok(!requests.some((u) => u.endsWith("/x")), "no request for an image made from a name");
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  assert.equal(await p.locator("[data-netzwerk-matrix] img, [data-netzwerk-matrix] svg").count(), 0);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await p.close();
});

test("an element added later is mounted too", async () => {
  const { p } = await host("/later.html");
  await ready(p);
  assert.deepEqual(await rowNames(p), ["Bonn"]);
  await p.close();
});

test("without 'wasm-unsafe-eval' the widget says why it cannot start", async () => {
  const { p } = await host("/two.html", csplessServer);
  const alert = p.locator("#a [role=alert]");
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.textContent(), /wasm-unsafe-eval/);
  await p.close();
});

/// The frame's height once the reported heights have settled, and the last one reported.
async function settledFrame(p) {
  await p.waitForFunction(() => window.heights.length > 0);
  let before = -1;
  for (let i = 0; i < 50; i++) {
    const now = await p.locator("#f").evaluate((f) => f.getBoundingClientRect().height);
    if (now === before) break;
    before = now;
    await p.waitForTimeout(100);
  }
  const heights = await p.evaluate(() => window.heights);
  return { frame: before, reported: heights.at(-1) };
}

test("iframe route: options as query parameters, the frame sized by the release's script under the CSP", async () => {
  const { p, errors } = await host("/frame.html");
  const frame = p.frameLocator("#f");
  await frame.locator("table.nm-table tbody tr[aria-rowindex]").first().waitFor();
  assert.deepEqual(await rowNames(frame), ["Augsburg"]);
  await frame.getByLabel("Search member").waitFor();
  const { frame: height, reported } = await settledFrame(p);
  assert.ok(reported > 300, `reported ${reported}`);
  assert.equal(height, reported, "the frame is as tall as its page");
  assert.equal(await p.locator("#f").evaluate((f) => f.getBoundingClientRect().width), await p.locator("main").evaluate((m) => m.clientWidth));
  // The other frame's message does not resize anything: only the frame that sent it grows.
  assert.ok((await p.locator("#other").evaluate((f) => f.getBoundingClientRect().height)) < 300);
  assert.deepEqual(await p.evaluate(() => window.__violations), [], "no style attribute, no violation");
  assert.deepEqual(errors, []);
  await p.close();
});

test("iframe route with WebAssembly blocked: the frame still grows to show the prerendered table", async () => {
  const { p } = await host("/frame.html", csplessServer);
  const frame = p.frameLocator("#f");
  await frame.locator("table.nm-table tbody tr").first().waitFor();
  const { frame: height, reported } = await settledFrame(p);
  assert.ok(reported > 300, `reported ${reported}`);
  assert.equal(height, reported);
  await p.close();
});

test("the host script tolerates a page without the frame", async () => {
  const { p, errors } = await host("/no-frame.html");
  await p.frameLocator("#other").getByText("Andere Seite").waitFor();
  await p.waitForTimeout(200);
  assert.deepEqual(errors, []);
  await p.close();
});

test("a result over 750 cells scrolls in a box that renders the rows in view, with no CSP violation", async () => {
  const { p, errors } = await host("/many-default.html");
  await ready(p);
  const total = OVERVIEW + 250;
  assert.equal(await p.locator("table.nm-table").getAttribute("aria-rowcount"), String(total + 2));
  assert.equal(await p.locator(".nm-scroll").evaluate((b) => b.classList.contains("nm-windowed")), true);
  const shown = (await rowNames(p)).length;
  assert.ok(shown >= 10 && shown < 100, `${shown} of ${total} rows rendered`);
  // The spacers' heights are set through CSSOM, which the CSP allows.
  const scroll = await p.locator(".nm-scroll").evaluate((b) => b.scrollHeight);
  assert.ok(scroll > total * 20, `scroll height ${scroll}`);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await p.close();
});

test("data-page-size: the box shows that many rows at once", async () => {
  const { p, errors } = await host("/many.html");
  await ready(p);
  const total = OVERVIEW + 250;
  assert.equal(await p.locator("table.nm-table").getAttribute("aria-rowcount"), String(total + 2));
  const shown = (await rowNames(p)).length;
  assert.ok(shown >= 100 && shown < total, `${shown} of ${total} rows rendered`);
  // A search with fewer rows than that renders them whole.
  await p.getByLabel("Mitglied suchen").fill("ort 10");
  await p.locator("[role=status]", { hasText: `11 von ${DATASET.members.length + 250}` }).waitFor();
  assert.equal((await rowNames(p)).length, 11);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await p.close();
});

test("the web variant loads netzwerk-matrix.wasm beside it, under the strict CSP", async () => {
  const { p, requests, errors } = await host("/web.html");
  await ready(p);
  assert.equal((await rowNames(p)).length, OVERVIEW);
  assert.ok(requests.includes(server.url + "/netzwerk-matrix.wasm"), requests.join("\n"));
  assert.ok(!requests.some((u) => u.endsWith("/netzwerk-matrix.js")));
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await p.close();
});
