#!/usr/bin/env python3
"""Builds the WordPress plugin: dist/netzwerk-matrix-wordpress-VERSION.zip,
from wordpress/netzwerk-matrix/ with the widget's script (dist/), the
built-in dataset, the German texts compiled with msgfmt and the licence.
Every {{VERSION}} becomes the version from Cargo.toml. Byte for byte the
same for the same commit (release.py's zip writer and epoch).

The zip must stay under 2 MB: "Plugins → Upload Plugin" on a stock Debian
PHP accepts no more (upload_max_filesize).

Usage: wordpress.py [DIST]   (after make dist)
"""

import subprocess
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from release import ROOT, source_date_epoch, write_zip  # noqa: E402

SOURCE = ROOT / "wordpress" / "netzwerk-matrix"
LIMIT = 2 * 1024 * 1024
TEXT = {".php", ".js", ".json", ".txt", ".css", ".po"}


def main() -> int:
    dist = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "dist")
    with open(ROOT / "Cargo.toml", "rb") as f:
        version = tomllib.load(f)["package"]["version"]
    files: dict[str, bytes] = {}
    for path in sorted(SOURCE.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix in TEXT:
                data = data.replace(b"{{VERSION}}", version.encode())
            files[path.relative_to(SOURCE).as_posix()] = data
    for src, name in [
        (dist / "netzwerk-matrix.js", "assets/netzwerk-matrix.js"),
        (ROOT / "data" / "netzwerke.json", "assets/netzwerke.json"),
        (ROOT / "LICENSE", "LICENSE"),
    ]:
        if not src.is_file():
            sys.exit(f"wordpress.py: {src} is missing (make dist first)")
        files[name] = src.read_bytes()
    for po in sorted(SOURCE.glob("languages/*.po")):
        mo = subprocess.run(
            ["msgfmt", "--check", "-o", "-", str(po)], check=True, capture_output=True
        ).stdout
        files[f"languages/{po.stem}.mo"] = mo
    for name, data in files.items():
        if b"{{" in data and not name.endswith((".js", ".json")):
            sys.exit(f"wordpress.py: {name} has an unfilled placeholder")

    archive = dist / f"netzwerk-matrix-wordpress-{version}.zip"
    write_zip(archive, [(f"netzwerk-matrix/{n}", files[n]) for n in sorted(files)], source_date_epoch())
    size = archive.stat().st_size
    print(f"wordpress.py: {archive.relative_to(ROOT)} ({size:,} bytes, {len(files)} files)")
    if size >= LIMIT:
        sys.exit(f"wordpress.py: the plugin has {size:,} bytes; it must stay under {LIMIT:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
