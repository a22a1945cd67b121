//! The dataset as a spreadsheet: one row per membership and source, so a
//! city can keep its facts in a table and convert them back to JSON.
//!
//! Members and networks are defined in the JSON dataset; a row names them
//! by id or by name. A row whose member is unknown adds that member (as a
//! city), since adding a city is the most common edit. Sources are matched
//! by id, else by address; a new address becomes a new source.

mod rows;

use std::collections::HashMap;

pub use rows::{add_rows, from_rows, slug};

use super::model::{Dataset, Evidence, Role, Source};

/// The header row, in column order.
pub const HEADER: [&str; 15] = [
    "member",
    "network",
    "role",
    "since",
    "until",
    "since_inferred",
    "inferred",
    "note",
    "source",
    "source_url",
    "source_date",
    "quote",
    "quote_kind",
    "conflicting",
    "count",
];

/// The role column's word for a hosting row, whose `since` is the year.
pub const HOST_ROLE: &str = "host";

/// The role column's word for a network's own member count: the row has
/// no member, `since` is the count's year and `count` the number, written
/// `>100` for "more than 100".
pub const COUNT_ROLE: &str = "count";

/// A problem in one row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// Line in the file, counting the header as line 1.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// One row per piece of evidence, members by name; then hostings, with the
/// role "host" and the year as `since`; last the networks' own counts.
pub fn to_rows(d: &Dataset) -> Vec<Vec<String>> {
    let names: HashMap<&str, &str> = d
        .members
        .iter()
        .map(|m| (m.id.as_str(), m.name.as_str()))
        .collect();
    let sources: HashMap<&str, &Source> = d.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut rows = vec![HEADER.iter().map(|h| h.to_string()).collect()];
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    let mut push = |member: &str, fact: [String; 6], network: &str, e: &Evidence, count: String| {
        let source = sources.get(e.source.as_str());
        let [role, since, until, since_inferred, inferred, note] = fact;
        rows.push(vec![
            names.get(member).unwrap_or(&member).to_string(),
            network.to_string(),
            role,
            since,
            until,
            since_inferred,
            inferred,
            note,
            e.source.clone(),
            source.and_then(|s| s.url.clone()).unwrap_or_default(),
            source.and_then(|s| s.date.clone()).unwrap_or_default(),
            e.quote.clone(),
            e.kind.key().to_string(),
            yes(e.conflicting),
            count,
        ]);
    };
    for f in &d.memberships {
        for e in &f.evidence {
            let fact = [
                f.role.key().to_string(),
                year(f.since),
                year(f.until),
                yes(f.since_inferred),
                yes(f.inferred),
                f.note.clone().unwrap_or_default(),
            ];
            push(&f.member, fact, &f.network, e, String::new());
        }
    }
    for h in &d.hosts {
        for e in &h.evidence {
            let fact = [
                HOST_ROLE.to_string(),
                h.year.to_string(),
                String::new(),
                String::new(),
                String::new(),
                h.note.clone().unwrap_or_default(),
            ];
            push(&h.member, fact, &h.network, e, String::new());
        }
    }
    for n in &d.networks {
        for c in &n.counts {
            let fact = [
                COUNT_ROLE.to_string(),
                year(c.year),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ];
            let e = Evidence {
                source: c.source.clone(),
                quote: c.quote.clone(),
                kind: super::model::QuoteKind::Quote,
                conflicting: false,
            };
            push("", fact, &n.id, &e, count_text(c.count, c.more_than));
        }
    }
    rows
}

/// `22`, or `>100` for "more than 100".
pub fn count_text(count: u32, more_than: bool) -> String {
    if more_than {
        format!(">{count}")
    } else {
        count.to_string()
    }
}

/// The count column's value: `22`, `>100`, "mehr als 100", "über 150",
/// "more than 100".
pub fn parse_count(text: &str) -> Option<(u32, bool)> {
    let t = text.trim();
    let folded = super::text::fold_base(t);
    let rest = match t.strip_prefix('>') {
        Some(n) => Some(n),
        None => ["mehr als ", "uber ", "more than ", "over "]
            .iter()
            .find_map(|w| folded.strip_prefix(w)),
    };
    match rest {
        Some(n) => n.trim().parse().ok().map(|n| (n, true)),
        None => t.parse().ok().map(|n| (n, false)),
    }
}

fn yes(b: bool) -> String {
    if b { "yes" } else { "" }.to_string()
}

/// German column titles a spreadsheet may use instead of the keys, as a
/// Redaktion would type them: (title, key).
const GERMAN_HEADER: [(&str, &str); 15] = [
    ("mitglied", "member"),
    ("netzwerk", "network"),
    ("rolle", "role"),
    ("seit", "since"),
    ("bis", "until"),
    ("jahr erschlossen", "since_inferred"),
    ("erschlossen", "inferred"),
    ("hinweis", "note"),
    ("quelle", "source"),
    ("adresse", "source_url"),
    ("datum", "source_date"),
    ("zitat", "quote"),
    ("art des belegs", "quote_kind"),
    ("widerspruechlich", "conflicting"),
    ("anzahl", "count"),
];

/// The key of a column title: a key itself, or its German title.
fn column_key(title: &str) -> Option<&'static str> {
    let folded = super::text::fold_transliterated(title.trim());
    HEADER
        .iter()
        .find(|h| title.trim().eq_ignore_ascii_case(h))
        .copied()
        .or_else(|| {
            GERMAN_HEADER
                .iter()
                .find(|(de, _)| *de == folded)
                .map(|&(_, key)| key)
        })
}

/// The separator of a pasted or opened table: a tab (as spreadsheets copy),
/// else a semicolon (as German Excel saves), else a comma.
pub fn separator(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    if first.contains('\t') {
        '\t'
    } else if first.contains(';') || !first.contains(',') {
        ';'
    } else {
        ','
    }
}

/// A role by key or by its German or English word ("Gründungsmitglied").
fn role_of(v: &str) -> Option<Role> {
    let folded = super::text::fold_base(v);
    Role::from_key(v).or_else(|| {
        Role::ALL.into_iter().find(|&r| {
            [super::i18n::Lang::De, super::i18n::Lang::En]
                .iter()
                .any(|l| super::text::fold_base(l.role(r)) == folded)
        })
    })
}
