//! Compacts the built-in dataset and the stylesheet before they are
//! embedded: the widget carries them as bytes, and indentation and comments
//! would only make it bigger. A dataset that is not JSON fails the build
//! here, with the file's own error; its content is checked by `cargo test`.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);

    println!("cargo:rerun-if-changed=data/netzwerke.json");
    let text = std::fs::read_to_string("data/netzwerke.json").expect("data/netzwerke.json");
    let value: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("data/netzwerke.json is not JSON: {e}"));
    std::fs::write(out.join("netzwerke.min.json"), value.to_string()).expect("write dataset");

    println!("cargo:rerun-if-changed=style/widget.css");
    let css = std::fs::read_to_string("style/widget.css").expect("style/widget.css");
    std::fs::write(out.join("widget.min.css"), compact_css(&css)).expect("write stylesheet");
}

/// Drops comments and the white space around punctuation; keeps strings.
fn compact_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut in_string: Option<char> = None;
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = in_string {
            out.push(c);
            if c == q {
                in_string = None;
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
                pending_space = true;
            }
            '"' | '\'' => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                in_string = Some(c);
                out.push(c);
            }
            c if c.is_whitespace() => pending_space = true,
            '{' | '}' | ';' | ',' | ':' | '>' => {
                // A space before ':' matters in selectors such as
                // ".a :focus-visible", so it is kept there.
                if c == ':'
                    && pending_space
                    && !out.ends_with(['{', ';', '}', ','])
                    && !out.is_empty()
                {
                    out.push(' ');
                }
                pending_space = false;
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
            c => {
                if pending_space
                    && !out.is_empty()
                    && !out.ends_with(['{', '}', ';', ',', ':', '>'])
                {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}
