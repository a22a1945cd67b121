import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const q = await (await b.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await q.goto("file://" + process.cwd() + "/dist/index.html");
await q.locator(".nm-search input").waitFor();
await q.waitForTimeout(1000);
await q.evaluate(() => document.activeElement.blur());
const seen = [];
for (let i = 0; i < 300; i++) {
  await q.keyboard.press("Tab");
  const id = await q.evaluate(() => { let el = document.activeElement; const path=[]; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement; if (!el || el === document.body) return null; const r = el.getBoundingClientRect(); return el.tagName + ":" + (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0,30) + "@" + Math.round(r.x) + "," + Math.round(r.y + scrollY); });
  if (!id || seen.includes(id)) break;
  seen.push(id);
}
console.log(seen.length, seen.join("\n"));
await b.close();
