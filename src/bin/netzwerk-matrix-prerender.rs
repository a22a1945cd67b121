//! `netzwerk-matrix-prerender DIST`: renders the default matrix (built-in
//! data, German, no filter) to static HTML with Yew's server-side renderer,
//! so that visitors see the full table and its sources before the
//! WebAssembly has loaded, and also when scripts or WebAssembly are blocked.
//!
//! The HTML goes into a declarative shadow root (`<template
//! shadowrootmode="open">`) styled by `netzwerk-matrix.css`, the same
//! stylesheet the widget adopts. When the widget starts, it takes that
//! shadow root over and renders into it afresh. Writes:
//!
//! - `DIST/index.html`: the prerendered matrix inside its mount element;
//! - `DIST/netzwerk-matrix.css`: the stylesheet;
//! - `DIST/netzwerk-matrix-snippet.html`: what an editor pastes instead of
//!   the empty element to get the same.
//!
//! `netzwerk-matrix-prerender DIST --member ID [--base FOLDER]` writes only
//! `DIST/netzwerk-matrix-snippet-ID.html`: the snippet for the page of that
//! member ("Ihre Stadt", `data-member`), its row first and the sentence
//! about it prerendered too (`make snippet MEMBER=augsburg BASE=/fileadmin/nm/`).
//!
//! A snippet names the stylesheet and the script by absolute addresses in
//! the folder the files are uploaded to (`/netzwerk-matrix/` unless
//! `--base` says otherwise), so it works on every page it is pasted into.

use std::path::Path;
use std::process::ExitCode;

use netzwerk_matrix::app::DataSource;
use netzwerk_matrix::core::options::Options;
use netzwerk_matrix::core::snippet;

const STYLE: &str = include_str!("../../style/widget.css");
const MOUNT: &str = "<div data-netzwerk-matrix";

/// The built-in data's matrix, rendered under `options`.
fn rendered(options: Options) -> String {
    futures::executor::block_on(netzwerk_matrix::app::static_html::render(
        DataSource::BuiltIn,
        options,
    ))
}

/// Puts `content` at the start of the first mount element in `page`.
fn inject(page: &str, content: &str) -> Option<String> {
    let start = page.find(MOUNT)?;
    let end = start + page[start..].find('>')? + 1;
    Some(format!("{}{}{}", &page[..end], content, &page[end..]))
}

/// The snippet for one member's page.
fn member_snippet(dist: &Path, id: &str, base: &str) -> Result<(), String> {
    let options = Options::parse([("member", id)]);
    if !options.notes.is_empty() || !netzwerk_matrix::core::validate::is_id(id) {
        return Err(format!("\"{id}\" is not a member id"));
    }
    let matrix = netzwerk_matrix::core::parse(netzwerk_matrix::core::BUILT_IN_DATASET)
        .map_err(|_| "the built-in data has problems".to_string())?;
    if matrix.member_index(id).is_none() {
        return Err(format!("no member \"{id}\" in the built-in data"));
    }
    let content = snippet::shadow_template(&rendered(options), base);
    let path = dist.join(format!("netzwerk-matrix-snippet-{id}.html"));
    let text = snippet::element(Some(id), &content, base);
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

fn run(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if page.contains("shadowrootmode") {
        return Err(format!("{} is prerendered already", index.display()));
    }
    // One render serves the page (its stylesheet beside it) and the snippet.
    let html = rendered(Options::default());
    let page = inject(&page, &snippet::shadow_template(&html, ""))
        .ok_or_else(|| format!("{}: no {MOUNT}> element", index.display()))?;
    let write = |name: &str, text: &str| {
        let path = dist.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write("index.html", &page)?;
    write("netzwerk-matrix.css", STYLE)?;
    let base = snippet::DEFAULT_BASE;
    let content = snippet::shadow_template(&html, base);
    write(
        "netzwerk-matrix-snippet.html",
        &snippet::element(None, &content, base),
    )?;
    println!(
        "prerendered {} bytes of HTML into {}",
        content.len(),
        index.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [dist] => run(Path::new(dist)),
        [dist, flag, id] if flag == "--member" => {
            member_snippet(Path::new(dist), id, snippet::DEFAULT_BASE)
        }
        [dist, flag, id, base_flag, base] if flag == "--member" && base_flag == "--base" => {
            match snippet::files_base(base) {
                Ok(base) => member_snippet(Path::new(dist), id, &base),
                Err(p) => Err(format!("\"{base}\" cannot be the files' folder ({p:?})")),
            }
        }
        _ => {
            eprintln!("usage: netzwerk-matrix-prerender DIST [--member ID [--base FOLDER]]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("netzwerk-matrix-prerender: {e}");
            ExitCode::from(1)
        }
    }
}
