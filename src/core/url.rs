//! The widget's state in the address: query strings and the link fragment.
//!
//! State lives in the fragment only (it never reaches a server) and under a
//! namespace per widget (`#nm.search=augsburg&nm.networks=defus,efus`), so
//! two widgets and the host page can share one fragment. A fragment the host
//! uses as an anchor (`#kontakt`) is never rewritten.

use super::filter::{Filter, Sort};
use super::matrix::Matrix;

/// Splits `a=b&c=d` into percent-decoded pairs; `+` is a space. Pieces
/// without `=` are kept with an empty value.
pub fn decode_pairs(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decodes `s` (and `+` as space). Invalid escapes and invalid
/// UTF-8 are kept as they are rather than rejected: a link typed by hand
/// should still open.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but unreserved characters and the comma that
/// separates list items.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// This widget's pairs in a fragment (with or without the leading `#`),
/// keys without the namespace.
pub fn read_state(fragment: &str, namespace: &str) -> Vec<(String, String)> {
    let prefix = format!("{namespace}.");
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if !is_pair_list(fragment) {
        return Vec::new();
    }
    decode_pairs(fragment)
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|k| (k.to_string(), v)))
        .collect()
}

/// The fragment with this widget's pairs replaced by `pairs`, other pairs
/// kept in place. `None` when the fragment is the host's own (an anchor),
/// which must not be touched.
pub fn write_state(fragment: &str, namespace: &str, pairs: &[(&str, String)]) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if !is_pair_list(fragment) {
        return None;
    }
    let prefix = format!("{namespace}.");
    let mut parts: Vec<String> = fragment
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| !decode(p.split('=').next().unwrap_or("")).starts_with(&prefix))
        .map(str::to_string)
        .collect();
    parts.extend(
        pairs
            .iter()
            .map(|(k, v)| format!("{}{}={}", prefix, k, encode(v))),
    );
    Some(parts.join("&"))
}

/// Whether a fragment is empty or a list of `key=value` pairs, as opposed
/// to an anchor of the host page.
fn is_pair_list(fragment: &str) -> bool {
    fragment.is_empty()
        || fragment
            .split('&')
            .filter(|p| !p.is_empty())
            .all(|p| p.contains('='))
}

/// The filter as fragment pairs, leaving out what equals the default so a
/// link stays short.
pub fn state_pairs(matrix: &Matrix, filter: &Filter) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    let default = Filter::default();
    if !filter.query.trim().is_empty() {
        pairs.push(("search", filter.query.trim().to_string()));
    }
    if !filter.networks.is_empty() {
        let ids: Vec<&str> = filter
            .networks
            .iter()
            .map(|&n| matrix.networks()[n].id.as_str())
            .collect();
        pairs.push(("networks", ids.join(",")));
        if filter.mode != default.mode {
            pairs.push(("mode", filter.mode.key().to_string()));
        }
    }
    if filter.sort != Sort::default() {
        pairs.push(("sort", filter.sort.key_str().to_string()));
    }
    if filter.hide_empty {
        pairs.push(("hide-empty", "on".to_string()));
    }
    if let Some(y) = filter.year {
        pairs.push(("year", y.to_string()));
    }
    if filter.pane != default.pane {
        pairs.push(("view", filter.pane.key().to_string()));
    }
    if filter.partners {
        pairs.push(("partners", "on".to_string()));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn decodes() {
        assert_eq!(
            decode_pairs("a=b&c=d%20e&f"),
            pairs(&[("a", "b"), ("c", "d e"), ("f", "")])
        );
        assert_eq!(decode("L%C3%BCbeck"), "Lübeck");
        assert_eq!(decode("a+b"), "a b");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{fffd}");
    }

    #[test]
    fn encodes_and_round_trips() {
        assert_eq!(encode("defus,efus"), "defus,efus");
        assert_eq!(encode("Frankfurt a.M."), "Frankfurt%20a.M.");
        for s in [
            "Lübeck",
            "a&b=c#d",
            "<img src=x onerror=alert(1)>",
            "100%",
            "+",
        ] {
            assert_eq!(decode(&encode(s)), s);
        }
    }

    #[test]
    fn reads_only_its_namespace() {
        let f = "#nm.search=augsburg&nm.networks=defus,efus&nm2.search=bonn&tab=3";
        assert_eq!(
            read_state(f, "nm"),
            pairs(&[("search", "augsburg"), ("networks", "defus,efus")])
        );
        assert_eq!(read_state(f, "nm2"), pairs(&[("search", "bonn")]));
        assert_eq!(read_state("#kontakt", "nm"), pairs(&[]));
    }

    #[test]
    fn writes_without_touching_others() {
        let w = |f: &str, p: &[(&str, String)]| write_state(f, "nm", p);
        assert_eq!(
            w("", &[("search", "Lübeck".into())]).as_deref(),
            Some("nm.search=L%C3%BCbeck")
        );
        assert_eq!(
            w("#tab=3&nm.search=x&nm2.mode=all", &[("mode", "all".into())]).as_deref(),
            Some("tab=3&nm2.mode=all&nm.mode=all")
        );
        assert_eq!(w("#nm.search=x", &[]).as_deref(), Some(""));
        // An anchor of the host page is left alone.
        assert_eq!(w("#kontakt", &[("search", "x".into())]), None);
    }
}
