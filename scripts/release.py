#!/usr/bin/env python3
"""Assembles the release: dist/release/netzwerk-matrix-VERSION/ and the same
files as dist/release/netzwerk-matrix-VERSION.zip, for a Redaktion to
download, unpack and open from disk.

Reproducible: the version comes from Cargo.toml, every timestamp in the
archive from SOURCE_DATE_EPOCH (else the last commit), the entries are
sorted and carry fixed permissions, and no file may name a path of the
machine that built it. Two runs on the same commit give the same bytes.

Usage: release.py [DIST]   (DIST defaults to dist; run after make dist and
make notices)
"""

import base64
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What the archive holds, and what each file is for (LIESMICH's table).
BUILT = {
    "index.html": "die Matrix zum Ansehen, vom Datenträger oder Webserver; auch für den iframe",
    "page.css": "das Stylesheet von index.html",
    "einbetten-beispiel.html": "Beispiel: zwei Matrizen auf einer Seite",
    "netzwerk-matrix-hoehe.js": "meldet aus dem iframe die Höhe von index.html",
    "netzwerk-matrix-rahmen.js": "für die Seite mit dem iframe: passt seine Höhe an",
    "netzwerk-matrix.js": "das Widget: ein Skript, Daten eingebaut, läuft überall",
    "netzwerk-matrix-web.js": "das Widget für Webserver, lädt netzwerk-matrix.wasm",
    "netzwerk-matrix.wasm": "gehört zu netzwerk-matrix-web.js",
    "netzwerk-matrix.css": "Stylesheet der vorgerenderten Tabelle",
    "netzwerk-matrix-snippet.html": "die vorgerenderte Tabelle zum Einfügen",
    "redaktion.html": "der Editor für die Daten",
    "netzwerk-matrix-redaktion.js": "das Skript des Editors",
    "editor.css": "das Stylesheet des Editors",
}
# Written by scripts/notices.py (make notices).
GENERATED = {
    "target/THIRD-PARTY-NOTICES.html": ("THIRD-PARTY-NOTICES.html", "Lizenzen der mitübersetzten Rust-Crates"),
}
FROM_REPO = {
    "data/netzwerke.json": ("netzwerke.json", "der Datensatz, wie er eingebaut ist"),
    "data/schema.json": ("schema.json", "der Aufbau des Datensatzes (JSON Schema)"),
    "LICENSE": ("LICENSE", "die Lizenz des Programms (MIT)"),
    "CHANGELOG.md": ("CHANGELOG.md", "was sich in welcher Version geändert hat"),
    "docs/wordpress-editor.png": ("wordpress-editor.png", "Bild: der Block im Block-Editor von WordPress"),
    "docs/wordpress-seite.png": ("wordpress-seite.png", "Bild: die Seite mit der Matrix in WordPress"),
}
TEMPLATES = {
    "LIESMICH.html": "diese Seite",
    "DATENLIZENZ.txt": "Lizenz der Daten, GeoNames und Natural Earth",
}
SUMS = "SHA256SUMS"


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        sys.exit("release.py: no SOURCE_DATE_EPOCH and no git commit to take the time from")


def write_zip(archive: Path, entries: list[tuple[str, bytes]], epoch: int) -> None:
    """A zip whose bytes depend only on its entries and the epoch: fixed
    times, permissions and order as given."""
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip cannot go before 1980
    with zipfile.ZipFile(archive, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data, compresslevel=9)


def size(n: int) -> str:
    """A file size as a German reader writes it."""
    return f"{n} Bytes" if n < 10_000 else f"{n / 1000:.1f} KB".replace(".", ",")


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace("{{" + key + "}}", value)
    if "{{" in template:
        start = template.index("{{")
        sys.exit(f"release.py: unfilled placeholder {template[start:start + 30]!r}")
    return template


def main() -> int:
    dist = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "dist")
    with open(ROOT / "Cargo.toml", "rb") as f:
        version = tomllib.load(f)["package"]["version"]
    epoch = source_date_epoch()
    name = f"netzwerk-matrix-{version}"
    out = dist / "release"
    folder = out / name
    if out.exists():
        shutil.rmtree(out)
    folder.mkdir(parents=True)

    for file in BUILT:
        src = dist / file
        if not src.is_file():
            sys.exit(f"release.py: {src} is missing (make dist and make notices first)")
        shutil.copyfile(src, folder / file)
    plugin = f"netzwerk-matrix-wordpress-{version}.zip"
    if not (dist / plugin).is_file():
        sys.exit(f"release.py: {dist / plugin} is missing (make wordpress first)")
    shutil.copyfile(dist / plugin, folder / plugin)
    for src, (file, _) in {**FROM_REPO, **GENERATED}.items():
        if not (ROOT / src).is_file():
            sys.exit(f"release.py: {src} is missing (make notices first)")
        shutil.copyfile(ROOT / src, folder / file)

    dataset = json.loads((ROOT / "data/netzwerke.json").read_text(encoding="utf-8"))
    license = dataset.get("license") or sys.exit("release.py: data/netzwerke.json names no licence")
    js = (folder / "netzwerk-matrix.js").read_bytes()
    notices = (folder / "THIRD-PARTY-NOTICES.html").read_text(encoding="utf-8")
    count = notices.split('<span id="crate-count">', 1)[1].split("<", 1)[0]
    descriptions = {
        **BUILT,
        **{f: d for f, d in [*FROM_REPO.values(), *GENERATED.values()]},
        **TEMPLATES,
        plugin: "das WordPress-Plugin: Block, Shortcode, eigene Daten",
        SUMS: "Prüfsummen aller Dateien",
    }
    # LIESMICH's file table lists sizes of the files it does not contain
    # itself; its own size would change with the table.
    rows = []
    for file in sorted(descriptions, key=str.lower):
        shown = "–" if file in TEMPLATES or file == SUMS else size((folder / file).stat().st_size)
        rows.append(
            f'      <tr><td><a href="{html.escape(file)}"><code>{html.escape(file)}</code></a></td>'
            f'<td class="num">{shown}</td><td>{html.escape(descriptions[file])}</td></tr>'
        )
    values = {
        "VERSION": version,
        "STAND": dataset["stand"],
        "DATA_LICENSE": license["name"],
        "DATA_LICENSE_URL": license.get("url", ""),
        "SHA256_JS": hashlib.sha256(js).hexdigest(),
        "SRI_JS": "sha384-" + base64.b64encode(hashlib.sha384(js).digest()).decode(),
        "NOTICE_COUNT": count,
        "FILES": "\n".join(rows),
    }
    for file in TEMPLATES:
        text = (ROOT / "release" / file).read_text(encoding="utf-8")
        (folder / file).write_text(fill(text, values), encoding="utf-8", newline="\n")

    files = sorted(p.name for p in folder.iterdir())
    # No path of the machine that built it.
    home = str(Path.home())
    for forbidden in sorted({str(ROOT), home + "/.cargo", home + "/.rustup"}):
        for file in files:
            if forbidden.encode() in (folder / file).read_bytes():
                sys.exit(f"release.py: {file} contains the build path {forbidden!r}")
    sums = "".join(f"{hashlib.sha256((folder / f).read_bytes()).hexdigest()}  {f}\n" for f in files)
    (folder / SUMS).write_text(sums, encoding="utf-8", newline="\n")
    files = sorted(files + [SUMS])

    archive = out / f"{name}.zip"
    write_zip(archive, [(f"{name}/{file}", (folder / file).read_bytes()) for file in files], epoch)
    for file in files:
        os.utime(folder / file, (epoch, epoch))

    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    (out / f"{name}.zip.sha256").write_text(f"{digest}  {name}.zip\n", encoding="utf-8", newline="\n")
    print(f"release.py: {archive.relative_to(ROOT)} ({archive.stat().st_size:,} bytes, {len(files)} files)")
    print(f"release.py: SHA-256 {digest}")
    for file in files:
        print(f"  {(folder / file).stat().st_size:>10,}  {file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
