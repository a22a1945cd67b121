//! The core must not depend on the browser: its modules may not name any
//! browser crate, so it builds and is tested natively.

use std::fs;
use std::path::PathBuf;

/// Every `.rs` file under `dir`, in subdirectories too.
fn rust_files(dir: PathBuf) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn core_imports_no_browser_crate() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/core"));
    let mut checked = 0;
    for path in rust_files(dir) {
        let text = fs::read_to_string(&path).unwrap();
        for forbidden in ["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo"] {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                assert!(
                    !line.contains(&format!("{forbidden}::"))
                        && !line.contains(&format!("use {forbidden}")),
                    "{} uses {forbidden}: {line}",
                    path.display()
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 18, "only {checked} core files found");
}
