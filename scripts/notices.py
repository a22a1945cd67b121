#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.html: every crate compiled into the widget's and
the editor's wasm files, with its licence and the licence's text.

Which crates: `cargo tree` for the wasm target, normal dependencies without
proc-macros (those run in the compiler and leave nothing in the wasm), the
project itself left out. Their licences and texts: `cargo about generate
--format json` (about.toml), which reads each crate's own licence files
and falls back to the SPDX text. Nothing here is written by hand.

Usage: notices.py OUT.html
"""

import html
import json
import subprocess
import sys
import tomllib


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def compiled_crates() -> set[tuple[str, str]]:
    """(name, version) of every crate in the wasm builds, the project aside."""
    out = run(
        "cargo", "tree", "--locked", "--target", "wasm32-unknown-unknown",
        "-e", "normal,no-proc-macro", "--prefix", "none", "-f", "{p}",
    )
    with open("Cargo.toml", "rb") as f:
        own = tomllib.load(f)["package"]["name"]
    crates = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[1].startswith("v"):
            continue
        name, version = parts[0], parts[1][1:]
        if name == own:
            continue
        crates.add((name, version))
    return crates


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: notices.py OUT.html", file=sys.stderr)
        return 2
    wanted = compiled_crates()
    # --frozen: the texts come from the crates' own files and cargo-about's
    # SPDX texts, never from a web service or a crate's repository.
    about = json.loads(run("cargo", "about", "generate", "--frozen", "--format", "json"))

    # licence text by (crate, version): the texts cargo-about chose for it.
    texts: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for lic in about["licenses"]:
        for use in lic["used_by"]:
            c = use["crate"]
            texts.setdefault((c["name"], c["version"]), []).append((lic["id"], lic["text"]))
    expression: dict[tuple[str, str], str] = {}
    repository: dict[tuple[str, str], str] = {}
    for c in about["crates"]:
        p = c["package"]
        key = (p["name"], p["version"])
        expression[key] = p.get("license") or c.get("license") or ""
        repository[key] = p.get("repository") or ""

    missing = sorted(wanted - texts.keys())
    if missing:
        print(f"notices.py: no licence text for {missing}", file=sys.stderr)
        return 1

    # Identical texts are printed once, with every crate that uses them.
    blocks: dict[str, dict] = {}
    for key in sorted(wanted):
        for lic_id, text in texts[key]:
            b = blocks.setdefault(text, {"id": lic_id, "crates": []})
            b["crates"].append(key)

    e = html.escape
    rows = "\n".join(
        f'<tr><td>{e(n)}</td><td>{e(v)}</td><td>{e(expression.get((n, v), ""))}</td>'
        f'<td>{e(", ".join(i for i, _ in texts[(n, v)]))}</td>'
        f"<td>{e(repository.get((n, v), ''))}</td></tr>"
        for n, v in sorted(wanted)
    )
    sections = "\n".join(
        f'<section><h3 id="text-{i + 1}">{e(b["id"])}</h3>'
        f'<p>Used by: {e(", ".join(f"{n} {v}" for n, v in b["crates"]))}</p>'
        f"<pre>{e(t)}</pre></section>"
        for i, (t, b) in enumerate(sorted(blocks.items(), key=lambda kv: (kv[1]["id"], kv[1]["crates"])))
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Netzwerk-Matrix: third-party notices</title>
<link rel="icon" href="data:,">
<style>
body {{ font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }}
table {{ border-collapse: collapse; }} th, td {{ text-align: left; padding: 0.2rem 0.6rem 0.2rem 0; border-bottom: 1px solid #ccc; }}
pre {{ white-space: pre-wrap; background: #f4f4f4; color: #111; padding: 0.75rem; font-size: 0.85rem; }}
</style>
</head>
<body>
<main>
<h1>Third-party notices</h1>
<p lang="de">Die Rust-Crates, die in die WebAssembly-Dateien der Netzwerk-Matrix
(Widget und Editor) übersetzt sind, mit ihren Lizenzen und deren Texten.
Erzeugt aus <code>Cargo.lock</code> mit cargo-about.</p>
<p>The Rust crates compiled into Netzwerk-Matrix's WebAssembly files (the
widget and the editor), with their licences and the licences' texts.
Generated from <code>Cargo.lock</code> with cargo-about.
<span id="crate-count">{len(wanted)}</span> crates.</p>
<table>
<caption>Crates</caption>
<thead><tr><th scope="col">Crate</th><th scope="col">Version</th><th scope="col">Licence expression</th><th scope="col">Licence used</th><th scope="col">Repository</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>Licence texts</h2>
{sections}
</main>
</body>
</html>
"""
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(page)
    print(f"notices.py: {len(wanted)} crates, {len(blocks)} licence texts -> {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
