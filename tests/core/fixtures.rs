//! Datasets shared by the tests.

use netzwerk_matrix::core::{self, Matrix};
use serde_json::{json, Value};

/// A small valid dataset: three members, two networks, one source.
pub fn small() -> Value {
    json!({
        "title": "Test",
        "stand": "2026-11",
        "networks": [
            {"id": "defus", "name": "Deutsch-Europäisches Forum", "short": "DEFUS", "kind": "forum",
             "founded": 2010, "description": "Forum."},
            {"id": "efus", "name": "European Forum", "short": "Efus", "kind": "forum",
             "description": "Forum."}
        ],
        "members": [
            {"id": "augsburg", "name": "Augsburg", "kind": "city"},
            {"id": "duesseldorf", "name": "Düsseldorf", "kind": "city"},
            {"id": "oldenburg", "name": "Oldenburg", "kind": "city"}
        ],
        "memberships": [
            {"member": "augsburg", "network": "defus", "role": "founding_member", "since": 2010,
             "evidence": [{"source": "s1", "quote": "Gründungsmitglied"}]},
            {"member": "duesseldorf", "network": "efus", "role": "member", "since": 2009,
             "evidence": [{"source": "s1", "quote": "seit 2009"}]}
        ],
        "sources": [
            {"id": "s1", "title": "Seite", "publisher": "Stadt", "url": "https://example.org/a"}
        ]
    })
}

pub fn parse(v: &Value) -> Result<Matrix, Vec<core::Problem>> {
    core::parse(&v.to_string())
}

/// The built-in dataset, which must always validate.
pub fn built_in() -> Matrix {
    match core::parse(core::BUILT_IN_DATASET) {
        Ok(m) => m,
        Err(problems) => panic!("built-in dataset is invalid: {problems:#?}"),
    }
}

/// The fact for a member and a network, by ids; panics on an unknown id.
pub fn cell<'a>(m: &'a Matrix, member: &str, network: &str) -> Option<&'a core::Membership> {
    let mi = m
        .member_index(member)
        .unwrap_or_else(|| panic!("no member {member}"));
    let ni = m
        .network_index(network)
        .unwrap_or_else(|| panic!("no network {network}"));
    m.cell(mi, ni)
}

/// Strings that end or change the state of a `<script>` element, or that
/// a spreadsheet would run as a formula.
pub const HOSTILE: [&str; 8] = [
    "</script><h1 id=\"pwned\">x</h1>",
    "<!--<script>",
    "</SCRIPT >",
    "<script>alert(1)</script>",
    "=HYPERLINK(\"http://x\")",
    "\t=1+1",
    "\u{2028}line\u{2029}sep",
    "a & b > c \" ' `",
];
