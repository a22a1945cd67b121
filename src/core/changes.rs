//! What changed between two datasets, in the words a second person needs to
//! approve it: members, networks, sources, memberships and hostings added,
//! removed or changed, matched by id (facts by member and network).

use std::collections::BTreeMap;

use super::i18n::Lang;
use super::model::{Dataset, Membership};

/// Whether an entry is new, gone or different.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// One line of the change list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeLine {
    pub change: Change,
    /// "Mitglied", "Mitgliedschaft", …
    pub what: &'static str,
    /// The entry: "Augsburg", "Stadt X × DEFUS".
    pub name: String,
    /// For a changed entry, each changed field as "field: old → new".
    pub details: Vec<String>,
}

/// Every difference from `before` to `after`, in the order members,
/// networks, memberships, hostings, sources, then title and "Stand".
pub fn changes(before: &Dataset, after: &Dataset, lang: Lang) -> Vec<ChangeLine> {
    let de = lang == Lang::De;
    let word = |de_word: &'static str, en_word: &'static str| if de { de_word } else { en_word };
    let mut out = Vec::new();
    let names = |d: &Dataset| -> BTreeMap<String, String> {
        d.members
            .iter()
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect()
    };
    let (names_before, names_after) = (names(before), names(after));
    let member_name = |id: &str| {
        names_after
            .get(id)
            .or_else(|| names_before.get(id))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let nets = |d: &Dataset| -> BTreeMap<String, String> {
        d.networks
            .iter()
            .map(|n| (n.id.clone(), n.short.clone()))
            .collect()
    };
    let (nets_before, nets_after) = (nets(before), nets(after));
    let network_name = |id: &str| {
        nets_after
            .get(id)
            .or_else(|| nets_before.get(id))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };

    diff(
        &mut out,
        word("Mitglied", "Member"),
        before.members.iter().map(|m| (m.id.clone(), m)),
        after.members.iter().map(|m| (m.id.clone(), m)),
        |m| m.name.clone(),
        |a, b| {
            let mut d = Vec::new();
            field(&mut d, word("Name", "name"), &a.name, &b.name);
            field(
                &mut d,
                word("Art", "kind"),
                &format!("{:?}", a.kind),
                &format!("{:?}", b.kind),
            );
            field(
                &mut d,
                word("Auch", "aliases"),
                &a.aliases.join(", "),
                &b.aliases.join(", "),
            );
            field(&mut d, "Region", &opt(&a.region), &opt(&b.region));
            d
        },
    );
    diff(
        &mut out,
        word("Netzwerk", "Network"),
        before.networks.iter().map(|n| (n.id.clone(), n)),
        after.networks.iter().map(|n| (n.id.clone(), n)),
        |n| n.short.clone(),
        |a, b| {
            let mut d = Vec::new();
            field(&mut d, word("Name", "name"), &a.name, &b.name);
            field(&mut d, word("Kurzname", "short name"), &a.short, &b.short);
            field(
                &mut d,
                word("Gegründet", "founded"),
                &year(a.founded),
                &year(b.founded),
            );
            field(
                &mut d,
                word("Beschreibung", "description"),
                &a.description,
                &b.description,
            );
            field(
                &mut d,
                word("Quellen", "sources"),
                &a.sources.join(", "),
                &b.sources.join(", "),
            );
            field(
                &mut d,
                "regional",
                &a.regional.to_string(),
                &b.regional.to_string(),
            );
            d
        },
    );
    let fact_key = |f: &Membership| format!("{}\u{0}{}", f.member, f.network);
    diff(
        &mut out,
        word("Mitgliedschaft", "Membership"),
        before.memberships.iter().map(|f| (fact_key(f), f)),
        after.memberships.iter().map(|f| (fact_key(f), f)),
        |f| {
            format!(
                "{} × {}: {}",
                member_name(&f.member),
                network_name(&f.network),
                lang.fact_text(f, true)
            )
        },
        |a, b| {
            let mut d = Vec::new();
            field(
                &mut d,
                word("Rolle", "role"),
                lang.role(a.role),
                lang.role(b.role),
            );
            field(
                &mut d,
                word("seit", "since"),
                &year(a.since),
                &year(b.since),
            );
            field(&mut d, word("bis", "until"), &year(a.until), &year(b.until));
            field(
                &mut d,
                word("Jahr erschlossen", "year inferred"),
                &a.since_inferred.to_string(),
                &b.since_inferred.to_string(),
            );
            field(
                &mut d,
                word("erschlossen", "inferred"),
                &a.inferred.to_string(),
                &b.inferred.to_string(),
            );
            field(
                &mut d,
                word("Hinweis", "note"),
                &opt(&a.note),
                &opt(&b.note),
            );
            let ev = |f: &Membership| {
                f.evidence
                    .iter()
                    .map(|e| format!("{} ({}): {}", e.source, e.kind.key(), e.quote))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            field(&mut d, word("Belege", "evidence"), &ev(a), &ev(b));
            d
        },
    );
    diff(
        &mut out,
        word("Gastgeber", "Host"),
        before
            .hosts
            .iter()
            .map(|h| (format!("{}\u{0}{}\u{0}{}", h.member, h.network, h.year), h)),
        after
            .hosts
            .iter()
            .map(|h| (format!("{}\u{0}{}\u{0}{}", h.member, h.network, h.year), h)),
        |h| {
            format!(
                "{} × {} {}",
                member_name(&h.member),
                network_name(&h.network),
                h.year
            )
        },
        |a, b| {
            let mut d = Vec::new();
            field(
                &mut d,
                word("Hinweis", "note"),
                &opt(&a.note),
                &opt(&b.note),
            );
            let ev = |h: &super::model::Hosting| {
                h.evidence
                    .iter()
                    .map(|e| format!("{}: {}", e.source, e.quote))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            field(&mut d, word("Belege", "evidence"), &ev(a), &ev(b));
            d
        },
    );
    diff(
        &mut out,
        word("Quelle", "Source"),
        before.sources.iter().map(|s| (s.id.clone(), s)),
        after.sources.iter().map(|s| (s.id.clone(), s)),
        |s| s.title.clone(),
        |a, b| {
            let mut d = Vec::new();
            field(&mut d, word("Titel", "title"), &a.title, &b.title);
            field(
                &mut d,
                word("Herausgeber", "publisher"),
                &a.publisher,
                &b.publisher,
            );
            field(
                &mut d,
                word("Adresse", "address"),
                &opt(&a.url),
                &opt(&b.url),
            );
            field(&mut d, word("Datum", "date"), &opt(&a.date), &opt(&b.date));
            field(
                &mut d,
                word("Hinweis", "note"),
                &opt(&a.note),
                &opt(&b.note),
            );
            d
        },
    );
    let mut meta = Vec::new();
    field(
        &mut meta,
        word("Titel", "title"),
        &before.title,
        &after.title,
    );
    field(&mut meta, "Stand", &before.stand, &after.stand);
    if !meta.is_empty() {
        out.push(ChangeLine {
            change: Change::Changed,
            what: word("Datensatz", "Dataset"),
            name: after.title.clone(),
            details: meta,
        });
    }
    out
}

/// Compares two keyed lists: added and changed in the new order, then the
/// removed in the old order.
fn diff<'a, T: PartialEq + 'a>(
    out: &mut Vec<ChangeLine>,
    what: &'static str,
    before: impl Iterator<Item = (String, &'a T)>,
    after: impl Iterator<Item = (String, &'a T)>,
    name: impl Fn(&T) -> String,
    fields: impl Fn(&T, &T) -> Vec<String>,
) {
    let before: Vec<(String, &T)> = before.collect();
    let after: Vec<(String, &T)> = after.collect();
    let old: BTreeMap<&str, &T> = before.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let new: BTreeMap<&str, &T> = after.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    for (key, item) in &after {
        match old.get(key.as_str()) {
            None => out.push(ChangeLine {
                change: Change::Added,
                what,
                name: name(item),
                details: Vec::new(),
            }),
            Some(was) if *was != *item => out.push(ChangeLine {
                change: Change::Changed,
                what,
                name: name(item),
                details: fields(was, item),
            }),
            Some(_) => {}
        }
    }
    for (key, item) in &before {
        if !new.contains_key(key.as_str()) {
            out.push(ChangeLine {
                change: Change::Removed,
                what,
                name: name(item),
                details: Vec::new(),
            });
        }
    }
}

fn field(out: &mut Vec<String>, label: &str, old: &str, new: &str) {
    if old != new {
        let show = |s: &str| {
            if s.is_empty() {
                "–".to_string()
            } else {
                s.to_string()
            }
        };
        out.push(format!("{label}: {} → {}", show(old), show(new)));
    }
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn year(y: Option<i32>) -> String {
    y.map(|y| y.to_string()).unwrap_or_default()
}
