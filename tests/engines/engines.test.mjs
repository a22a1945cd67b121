// The widget in Firefox ESR and in WebKitGTK (Safari's engine), driven over
// plain W3C WebDriver: geckodriver and WebKitWebDriver, with MiniBrowser
// under Xvfb. Every test name starts with its engine, so a failure names it.

import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { serve, longDataset, DIST, DATASET, OVERVIEW } from "../browser/helpers.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";
const MEMBERS = DATASET.members.length;
const FILE = "file://" + join(DIST, "index.html");

const ENGINES = [
  {
    name: "Firefox",
    driver: (port) => ["geckodriver", ["--port", String(port)]],
    capabilities: { "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"] } },
  },
  {
    name: "WebKit",
    driver: (port) => ["WebKitWebDriver", [`--port=${port}`]],
    display: true,
    capabilities: {
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    },
  },
];

const freePort = () =>
  new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

// 2 000 more members with a membership each: a dataset whose table
// scrolls in its box and renders only the rows in view.
const LONG = longDataset(2000);

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/// A WebDriver session: a few HTTP calls.
class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, capabilities) {
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(base + "/session", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
        });
        const j = await r.json();
        if (j.value.error) throw new Error(`${j.value.error}: ${j.value.message}`);
        return new Session(base, j.value.sessionId);
      } catch (e) {
        // The driver may still be starting.
        if (i > 50) throw e;
        await sleep(200);
      }
    }
  }

  async call(method, path, body) {
    const r = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const j = await r.json();
    if (j.value && j.value.error) throw new Error(`${j.value.error}: ${j.value.message}`);
    return j.value;
  }

  go(url) {
    return this.call("POST", "/url", { url });
  }

  /// Runs `fn` (with `root`, the widget's shadow root) in the page.
  run(fn, ...args) {
    const script = `const root = document.querySelector("[data-netzwerk-matrix]")?.shadowRoot;
      return (${fn})(root, ...arguments);`;
    return this.call("POST", "/execute/sync", { script, args });
  }

  /// Waits until `fn` returns something truthy, and returns it.
  async until(fn, what, ...args) {
    for (let i = 0; i < 150; i++) {
      const v = await this.run(fn, ...args).catch(() => null);
      if (v) return v;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  key(value) {
    return this.call("POST", "/actions", {
      actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value }, { type: "keyUp", value }] }],
    });
  }

  end() {
    return this.call("DELETE", "");
  }
}

// Functions run in the page.
const started = (root) => root && root.querySelector(".nm-search input") && root.querySelector("tbody tr th") && root.querySelector(".nm-sources");
const rows = (root) => [...root.querySelectorAll("table.nm-table tbody tr th[scope=row]")].map((th) => th.textContent.trim());
const status = (root) => root.querySelector("[role=status]").textContent.trim();
const search = (root, text) => {
  const input = root.querySelector(".nm-search input");
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  return true;
};
const clickLabel = (root, selector, text) => {
  const el = [...root.querySelectorAll(selector)].find((e) => e.textContent.trim().startsWith(text));
  if (!el) return false;
  el.click();
  return true;
};

for (const engine of ENGINES) {
  describe(engine.name, () => {
    let driver, xvfb, session, server, cspServer;
    const T = (name, fn) => test(`${engine.name}: ${name}`, fn);

    before(async () => {
      const env = { ...process.env };
      if (engine.display) {
        const display = `:${90 + Math.floor(Math.random() * 9)}`;
        xvfb = spawn("Xvfb", [display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"], { stdio: "ignore" });
        env.DISPLAY = display;
        await sleep(800);
      }
      const port = await freePort();
      const [cmd, args] = engine.driver(port);
      driver = spawn(cmd, args, { env, stdio: "ignore" });
      session = await Session.start(`http://127.0.0.1:${port}`, engine.capabilities);
      server = await serve(DIST);
      cspServer = await serve(DIST, {
        headers: { "content-security-policy": CSP },
        pages: {
          "/broken.html": `<!doctype html><html lang="de"><title>x</title><main><div data-netzwerk-matrix><script type="application/json">{"title": "kaputt"</script></div></main><script src="/netzwerk-matrix.js" defer></script></html>`,
          "/long.json": JSON.stringify(LONG),
          "/long.html": `<!doctype html><html lang="de"><title>x</title><main><div data-netzwerk-matrix data-src="/long.json"></div></main><script src="/netzwerk-matrix.js" defer></script></html>`,
          "/live.html": `<!doctype html><html lang="de"><title>x</title><main><div data-netzwerk-matrix data-url-state></div></main><script src="/netzwerk-matrix.js" defer></script></html>`,
        },
      });
    });

    after(async () => {
      await session?.end().catch(() => {});
      driver?.kill();
      xvfb?.kill();
      await server?.close();
      await cspServer?.close();
    });

    T("renders from file://, every member of the default view, with its status", async () => {
      await session.go(FILE);
      await session.until(started, "the widget");
      assert.equal((await session.run(rows)).length, OVERVIEW);
      await session.until((root, s) => root.querySelector("[role=status]").textContent.includes(s), "the status", `${OVERVIEW} von ${MEMBERS}`);
    });

    T("renders over http under the strict CSP, and takes over the prerendered matrix", async () => {
      await session.go(cspServer.url + "/");
      await session.until(started, "the widget");
      assert.equal(await session.run((root) => root.querySelectorAll("table.nm-table").length), 1);
      assert.equal((await session.run(rows)).length, OVERVIEW);
      assert.equal(await session.run(() => document.querySelector("[data-netzwerk-matrix]").hasAttribute("data-netzwerk-matrix-mounted")), true);
    });

    T("search folds umlauts", async () => {
      await session.go(FILE);
      await session.until(started, "the widget");
      for (const [query, name] of [["dusseldorf", "Düsseldorf"], ["luebeck", "Lübeck"], ["KOELN", "Köln"]]) {
        await session.run(search, query);
        const found = await session.until((root, n) => {
          const r = [...root.querySelectorAll("tbody tr th[scope=row]")].map((th) => th.textContent.trim());
          return r.length === 1 && r[0] === n && r;
        }, `${query} → ${name}`, name);
        assert.deepEqual(found, [name]);
      }
    });

    T("network filter: any, all and none; sorting by count", async () => {
      await session.go(FILE);
      await session.until(started, "the widget");
      // One choice at a time, each seen applied before the next.
      const chosen = (root, n) => root.querySelectorAll(".nm-networks input:checked").length === n && root.querySelector(".nm-mode:not([disabled])");
      await session.run(clickLabel, ".nm-networks label", "DEFUS");
      await session.until(chosen, "DEFUS chosen", 1);
      await session.run(clickLabel, ".nm-networks label", "Städtenetzwerk");
      await session.until(chosen, "Städtenetzwerk chosen", 2);
      const any = await session.until((root) => root.querySelector(".nm-mode:not([disabled])") && [...root.querySelectorAll("tbody tr th[scope=row]")].map((t) => t.textContent.trim()), "any");
      // The mode is behind "Weitere Filter".
      await session.run(clickLabel, ".nm-extra-toggle", "Weitere Filter");
      await session.until((root) => !root.querySelector(".nm-extra").hidden, "Weitere Filter open");
      await session.run(clickLabel, ".nm-mode label", "allen");
      const all = await session.until((root) => {
        const r = [...root.querySelectorAll("tbody tr th[scope=row]")].map((t) => t.textContent.trim());
        return r.length === 5 && r;
      }, "all");
      assert.deepEqual(all, ["Augsburg", "Düsseldorf", "Gelsenkirchen", "Hannover", "Stuttgart"]);
      await session.run(clickLabel, ".nm-mode label", "keinem");
      const none = await session.until((root) => {
        const r = [...root.querySelectorAll("tbody tr th[scope=row]")].map((t) => t.textContent.trim());
        return !r.includes("Augsburg") && r.length > 0 && r;
      }, "none");
      assert.ok(none.every((n) => !any.includes(n)), "none and any do not overlap");
      assert.ok(all.every((n) => any.includes(n)), "all within any");
      await session.run((root) => root.querySelector(".nm-total-col button").click());
      // Sorted by count, most first; equal counts keep names A–Z.
      const sorted = await session.until(
        (root) =>
          root.querySelector(".nm-total-col[aria-sort=descending]") &&
          [...root.querySelectorAll("tbody tr[aria-rowindex]")].map((tr) => [tr.querySelector("th[scope=row]").textContent.trim(), Number(tr.querySelector("td.nm-total").textContent)]),
        "sorted",
      );
      assert.ok(sorted.length > 1, `${sorted.length} rows`);
      for (let i = 1; i < sorted.length; i++) {
        const [[a, x], [b, y]] = [sorted[i - 1], sorted[i]];
        assert.ok(x > y || (x === y && a.localeCompare(b, "de") <= 0), `${a} (${x}) before ${b} (${y})`);
      }
      assert.deepEqual(new Set(sorted.map(([n]) => n)), new Set(none), "the same rows, in another order");
      assert.ok(new Set(sorted.map(([, t]) => t)).size > 1, "the counts differ, so the order says something");
    });

    T("the details dialog opens, closes with Escape, and focus returns to the cell", async () => {
      await session.go(FILE);
      await session.until(started, "the widget");
      await session.run((root) => {
        const b = [...root.querySelectorAll("button.nm-cell-btn")].find((x) => x.getAttribute("aria-label").startsWith("Augsburg, DEFUS"));
        b.focus();
        b.click();
        return true;
      });
      await session.until((root) => root.querySelector("dialog").open, "the dialog");
      assert.match(await session.run((root) => root.querySelector("dialog h2").textContent), /Augsburg – DEFUS/);
      await session.key("\uE00C");
      await session.until((root) => !root.querySelector("dialog").open, "the dialog to close");
      const focused = await session.until((root) => root.activeElement && root.activeElement.getAttribute("aria-label"), "focus back");
      assert.match(focused, /^Augsburg, DEFUS/);
    });

    T("the year view", async () => {
      await session.go(FILE);
      await session.until(started, "the widget");
      await session.run((root) => {
        const select = root.querySelector(".nm-year-choice select");
        select.value = "2009";
        select.dispatchEvent(new Event("change", { bubbles: true }));
        return true;
      });
      await session.until((root) => !root.querySelector("td.founding_member button[aria-label^='Augsburg, DEFUS']"), "Augsburg × DEFUS gone in 2009");
      assert.equal(await session.run((root) => !!root.querySelector("button[aria-label^='Düsseldorf, Efus']")), true);
    });

    T("the link state goes both ways", async () => {
      await session.go(cspServer.url + "/live.html#nm.search=bonn");
      await session.until(started, "the widget");
      assert.deepEqual(await session.until((root) => {
        const r = [...root.querySelectorAll("tbody tr th[scope=row]")].map((t) => t.textContent.trim());
        return r.length === 1 && r;
      }, "Bonn from the link"), ["Bonn"]);
      await session.run(search, "essen");
      await session.until(() => location.hash.includes("nm.search=essen"), "the link written");
    });

    T("a long result: the rows in view, the true scroll height, rows scrolled to, the keyboard beyond the window", async () => {
      await session.go(cspServer.url + "/long.html");
      await session.until(started, "the widget");
      // The first render's spacer heights are set once the box exists.
      await session.until((root) => root.querySelector(".nm-spacer td")?.style.height, "the spacers");
      const top = await session.run((root) => {
        const box = root.querySelector(".nm-scroll");
        return {
          windowed: box.classList.contains("nm-windowed"),
          rendered: root.querySelectorAll("tbody tr[aria-rowindex]").length,
          total: Number(root.querySelector("table.nm-table").getAttribute("aria-rowcount")) - 2,
          height: box.scrollHeight,
        };
      });
      assert.equal(top.windowed, true);
      assert.ok(top.total > 2000 && top.rendered >= 10 && top.rendered < 80, JSON.stringify(top));
      assert.ok(top.height > top.total * 20, JSON.stringify(top));
      await session.run((root) => {
        const box = root.querySelector(".nm-scroll");
        box.scrollTop = box.scrollHeight / 2;
        return true;
      });
      const middle = await session.until((root) => {
        const i = Number(root.querySelector("tbody tr[aria-rowindex]").getAttribute("aria-rowindex"));
        return i > 200 && i;
      }, "the rows of the middle");
      assert.ok(Math.abs(middle - top.total / 2) < top.total / 5, `first rendered row ${middle} of ${top.total}`);
      await session.run((root) => {
        root.querySelector(".nm-scroll").scrollTop = 0;
        return true;
      });
      await session.until((root) => root.querySelector("tbody tr[aria-rowindex='2'] th button"), "the first row again");
      await session.run((root) => {
        root.querySelector("tbody tr[aria-rowindex='2'] th button").focus();
        return true;
      });
      for (let i = 0; i < 40; i++) await session.key("\uE015");
      const name = await session.until((root) => {
        const a = root.activeElement;
        return a && a.closest("tr")?.getAttribute("aria-rowindex") === "42" && a.textContent.trim();
      }, "focus on row 42");
      assert.equal(name, await session.run((root) => root.querySelector("tbody tr[aria-rowindex='42'] th").textContent.trim()));
      // Scrolled far away, the focused row stays rendered, and focus in it.
      await session.run((root) => {
        const box = root.querySelector(".nm-scroll");
        box.scrollTop = box.scrollHeight / 2;
        return true;
      });
      await session.until((root) => [...root.querySelectorAll("tbody tr[aria-rowindex]")].some((r) => Number(r.getAttribute("aria-rowindex")) > 200), "the rows of the middle");
      const kept = await session.run((root) => ({
        focused: root.activeElement?.closest("tr")?.getAttribute("aria-rowindex"),
        rows: [...root.querySelectorAll("tbody tr[aria-rowindex]")].map((r) => Number(r.getAttribute("aria-rowindex"))),
      }));
      assert.equal(kept.focused, "42", JSON.stringify(kept));
      assert.equal(kept.rows[0], 42, JSON.stringify(kept.rows.slice(0, 3)));
      assert.ok(kept.rows[1] > 200, JSON.stringify(kept.rows.slice(0, 3)));
    });

    T("data-member: the page's own member first with its sentence, and its partners in one control", async () => {
      await session.go(server.url + "/index.html?member=augsburg");
      await session.until(started, "the widget");
      const first = await session.run((root) => {
        const tr = root.querySelector("tbody tr[aria-rowindex]");
        return [tr.getAttribute("aria-current"), tr.querySelector("th").textContent.trim()];
      });
      assert.deepEqual(first, ["true", "Ihre StadtAugsburg"]);
      assert.match(await session.run((root) => root.querySelector(".nm-home-summary p").textContent), /Augsburg ist Gründungsmitglied von DEFUS \(seit 2010\)/);
      // A search keeps it, set apart; the partners' control filters.
      await session.run(search, "bonn");
      await session.until((root) => {
        const r = [...root.querySelectorAll("tbody tr th[scope=row]")].map((th) => th.textContent.trim());
        return r.length === 2 && r[0].endsWith("Augsburg") && r[1] === "Bonn";
      }, "Augsburg kept above Bonn");
      await session.run(search, "");
      assert.ok(await session.run(clickLabel, ".nm-partners", "Nur Partner von Augsburg"));
      const partners = new Set(
        DATASET.memberships
          .filter((f) => ["dpt", "defus", "efus", "staedtenetzwerk", "dfk"].includes(f.network) && f.role !== "not_member")
          .map((f) => f.member),
      );
      await session.until((root, s) => root.querySelector("[role=status]").textContent.includes(s), "the partners' count", `${partners.size} von ${MEMBERS}`);
    });

    T("a broken dataset shows the error box", async () => {
      await session.go(cspServer.url + "/broken.html");
      const text = await session.until((root) => root && root.querySelector(".nm-error") && root.querySelector(".nm-error").textContent, "the error box");
      assert.match(text, /Die Daten können nicht angezeigt werden/);
    });
  });
}

// Fails loudly where an engine is missing, rather than skipping.
test("both engines and their drivers are installed", () => {
  for (const cmd of ["geckodriver", "WebKitWebDriver", "Xvfb", "firefox-esr"]) {
    assert.equal(spawnSync("which", [cmd]).status, 0, `${cmd} is not installed (make tools)`);
  }
});
