#!/usr/bin/env bash
# Builds the release a second time from the same commit and compares it
# with the first, byte for byte: the project's own wasm is compiled anew
# (its dependencies come from the cache), dist/ is written from scratch,
# and the archive is packed again. Prints both SHA-256 values.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
zip="dist/release/netzwerk-matrix-$version.zip"
[ -f "$zip" ] || { echo "check-reproducible: $zip is missing (make release)" >&2; exit 1; }
mkdir -p target/reproducible
cp "$zip" target/reproducible/first.zip
first=$(sha256sum "$zip" | cut -d' ' -f1)

cargo clean --quiet --release --target wasm32-unknown-unknown -p netzwerk-matrix
rm -rf dist
make --no-print-directory release >target/reproducible/second-build.log 2>&1 \
  || { tail -n 40 target/reproducible/second-build.log >&2; exit 1; }
second=$(sha256sum "$zip" | cut -d' ' -f1)

echo "first build:  $first"
echo "second build: $second"
if ! cmp -s target/reproducible/first.zip "$zip"; then
  echo "check-reproducible: the two archives differ" >&2
  python3 - target/reproducible/first.zip "$zip" <<'PY' >&2
import sys, zipfile, hashlib
a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])
for info in a.infolist():
    other = b.getinfo(info.filename)
    if a.read(info) != b.read(other) or info.date_time != other.date_time:
        print("  differs:", info.filename)
PY
  exit 1
fi
echo "check-reproducible: the same bytes"
