//! Reading rows back: a table (opened or pasted) becomes memberships and
//! hostings of a dataset, with new cities and sources where a row names
//! them, and a problem per row that cannot be read.

use std::collections::HashMap;

use super::super::model::{
    Dataset, Evidence, Hosting, Member, Membership, Network, QuoteKind, Role, Source, StatedCount,
};
use super::super::text::fold_base;
use super::{column_key, parse_count, role_of, RowProblem, COUNT_ROLE, HEADER, HOST_ROLE};

/// Builds a dataset from `base` (title, networks, members, sources) and the
/// memberships in `rows`, which replace those of `base`.
pub fn from_rows(rows: &[Vec<String>], base: &Dataset) -> Result<Dataset, Vec<RowProblem>> {
    read_rows(rows, base, false)
}

/// Adds the facts in `rows` to those of `base`, as when rows are pasted
/// from a spreadsheet. A row for a fact that exists adds its evidence.
pub fn add_rows(rows: &[Vec<String>], base: &Dataset) -> Result<Dataset, Vec<RowProblem>> {
    read_rows(rows, base, true)
}

fn read_rows(rows: &[Vec<String>], base: &Dataset, keep: bool) -> Result<Dataset, Vec<RowProblem>> {
    let mut problems = Vec::new();
    let Some((header, body)) = rows.split_first() else {
        return Err(vec![RowProblem {
            line: 1,
            message: "the table is empty".into(),
        }]);
    };
    let columns: Vec<Option<usize>> = HEADER
        .iter()
        .map(|h| header.iter().position(|c| column_key(c) == Some(h)))
        .collect();
    for (i, c) in header.iter().enumerate() {
        let c = c.trim();
        if !c.is_empty() && column_key(c).is_none() {
            problems.push(RowProblem {
                line: 1,
                message: format!(
                    "unknown column \"{c}\" (column {}; known: {})",
                    i + 1,
                    HEADER.join(", ")
                ),
            });
        }
    }
    for (h, c) in HEADER.iter().zip(&columns) {
        if c.is_none() && ["member", "network", "role", "quote"].contains(h) {
            problems.push(RowProblem {
                line: 1,
                message: format!("column \"{h}\" is missing"),
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let col = |row: &[String], name: &str| -> String {
        let i = HEADER.iter().position(|h| *h == name).unwrap();
        columns[i]
            .and_then(|c| row.get(c))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };

    let mut d = base.clone();
    if !keep {
        d.memberships.clear();
        d.hosts.clear();
        // A table without the count column (an older one) keeps the counts.
        if columns[HEADER.len() - 1].is_some() {
            d.networks.iter_mut().for_each(|n| n.counts.clear());
        }
    }
    let mut by_pair: HashMap<(String, String), usize> = d
        .memberships
        .iter()
        .enumerate()
        .map(|(i, f)| ((f.member.clone(), f.network.clone()), i))
        .collect();
    let mut hostings: HashMap<(String, String, i32), usize> = d
        .hosts
        .iter()
        .enumerate()
        .map(|(i, h)| ((h.member.clone(), h.network.clone(), h.year), i))
        .collect();
    for (i, row) in body.iter().enumerate() {
        let line = i + 2;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut bad = |message: String| problems.push(RowProblem { line, message });
        let role = col(row, "role");
        if role == COUNT_ROLE || fold_base(&role) == "mitgliederzahl" {
            match count_row(&mut d, row, &col) {
                Ok(()) => {}
                Err(message) => bad(message),
            }
            continue;
        }
        let member = match find_member(&d.members, &col(row, "member")) {
            Ok(Some(id)) => id,
            Ok(None) => add_member(&mut d.members, &col(row, "member")),
            Err(message) => {
                bad(message);
                continue;
            }
        };
        let named = col(row, "network");
        let Some(network) = find_network(&d.networks, &named).map(|i| d.networks[i].id.clone())
        else {
            bad(format!("unknown network \"{named}\""));
            continue;
        };
        let role = col(row, "role");
        let hosting = role == HOST_ROLE || fold_base(&role) == "gastgeber";
        let role = role_of(&role);
        if role.is_none() && !hosting {
            bad(format!(
                "unknown role \"{}\" (one of: {}, {HOST_ROLE})",
                col(row, "role"),
                Role::ALL.map(Role::key).join(", ")
            ));
            continue;
        }
        let year = |name: &str, bad: &mut dyn FnMut(String)| -> Option<i32> {
            let v = col(row, name);
            if v.is_empty() {
                return None;
            }
            let y = v.parse::<i32>().ok();
            if y.is_none() {
                bad(format!("{name}: \"{v}\" is not a year"));
            }
            y
        };
        let since = year("since", &mut bad);
        let until = year("until", &mut bad);
        let source = match find_or_add_source(&mut d.sources, row, &col) {
            Ok(id) => id,
            Err(message) => {
                bad(message);
                continue;
            }
        };
        let kind = col(row, "quote_kind");
        let Some(kind) = (match fold_base(&kind).as_str() {
            "" => Some(QuoteKind::default()),
            "zitat" | "woertlich" | "wortlich" => Some(QuoteKind::Quote),
            "sinngemass" => Some(QuoteKind::Paraphrase),
            _ => QuoteKind::from_key(&kind),
        }) else {
            bad(format!(
                "unknown quote kind \"{kind}\" (quote or paraphrase)"
            ));
            continue;
        };
        let evidence = Evidence {
            source,
            quote: col(row, "quote"),
            kind,
            conflicting: flag(&col(row, "conflicting")),
        };
        let note = Some(col(row, "note")).filter(|n| !n.is_empty());
        let Some(role) = role else {
            let Some(year) = since else {
                bad(format!(
                    "{member} × {network}: a host row needs its year in \"since\""
                ));
                continue;
            };
            match hostings.get(&(member.clone(), network.clone(), year)) {
                Some(&at) => d.hosts[at].evidence.push(evidence),
                None => {
                    hostings.insert((member.clone(), network.clone(), year), d.hosts.len());
                    d.hosts.push(Hosting {
                        member,
                        network,
                        year,
                        note,
                        evidence: vec![evidence],
                    });
                }
            }
            continue;
        };
        match by_pair.get(&(member.clone(), network.clone())) {
            Some(&at) => {
                let f = &mut d.memberships[at];
                if (f.role, f.since, f.until, &f.note) != (role, since, until, &note) {
                    bad(format!(
                        "{member} × {network}: role, years and note must be the same in every row of one membership"
                    ));
                }
                f.evidence.push(evidence);
            }
            None => {
                by_pair.insert((member.clone(), network.clone()), d.memberships.len());
                d.memberships.push(Membership {
                    member,
                    network,
                    role,
                    since,
                    until,
                    since_inferred: flag(&col(row, "since_inferred")),
                    inferred: flag(&col(row, "inferred")),
                    note,
                    evidence: vec![evidence],
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(d)
    } else {
        Err(problems)
    }
}

/// A network named in a row: by id, else by its short name or name.
fn find_network(networks: &[Network], named: &str) -> Option<usize> {
    networks.iter().position(|n| {
        n.id == named
            || fold_base(&n.short) == fold_base(named)
            || fold_base(&n.name) == fold_base(named)
    })
}

/// A network's own member count, from a row with the role "count".
fn count_row(
    d: &mut Dataset,
    row: &[String],
    col: &dyn Fn(&[String], &str) -> String,
) -> Result<(), String> {
    let named = col(row, "network");
    let at =
        find_network(&d.networks, &named).ok_or_else(|| format!("unknown network \"{named}\""))?;
    let text = col(row, "count");
    let (count, more_than) = parse_count(&text)
        .ok_or_else(|| format!("count: \"{text}\" is not a number such as 22 or >100"))?;
    let year = match col(row, "since") {
        y if y.is_empty() => None,
        y => Some(
            y.parse::<i32>()
                .map_err(|_| format!("since: \"{y}\" is not a year"))?,
        ),
    };
    let source = find_or_add_source(&mut d.sources, row, col)?;
    let c = StatedCount {
        count,
        more_than,
        year,
        source,
        quote: col(row, "quote"),
    };
    if !d.networks[at].counts.contains(&c) {
        d.networks[at].counts.push(c);
    }
    Ok(())
}

fn flag(v: &str) -> bool {
    matches!(
        v.to_ascii_lowercase().as_str(),
        "yes" | "ja" | "true" | "x" | "1"
    )
}

/// A member by id, else by name or alias (ignoring case and diacritics).
fn find_member(members: &[Member], key: &str) -> Result<Option<String>, String> {
    if key.is_empty() {
        return Err("the member is missing".into());
    }
    if let Some(m) = members.iter().find(|m| m.id == key) {
        return Ok(Some(m.id.clone()));
    }
    let folded = fold_base(key);
    let found: Vec<&Member> = members
        .iter()
        .filter(|m| {
            std::iter::once(&m.name)
                .chain(&m.aliases)
                .any(|n| fold_base(n) == folded)
        })
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [m] => Ok(Some(m.id.clone())),
        _ => Err(format!("\"{key}\" matches several members; use the id")),
    }
}

/// Adds a city named `name` with an id made from the name.
fn add_member(members: &mut Vec<Member>, name: &str) -> String {
    let id = super::super::edit::unique_id(slug(name), members.iter().map(|m| m.id.as_str()));
    members.push(Member::city(id.clone(), name.to_string()));
    id
}

/// An id from a name: transliterated, lower case, hyphens between words.
pub fn slug(name: &str) -> String {
    let s = super::super::text::fold_transliterated(name).replace(' ', "-");
    if s.is_empty() {
        "eintrag".into()
    } else {
        s.chars()
            .take(60)
            .collect::<String>()
            .trim_end_matches('-')
            .to_string()
    }
}

fn find_or_add_source(
    sources: &mut Vec<Source>,
    row: &[String],
    col: &dyn Fn(&[String], &str) -> String,
) -> Result<String, String> {
    let (id, url, date) = (
        col(row, "source"),
        col(row, "source_url"),
        col(row, "source_date"),
    );
    if !id.is_empty() {
        if sources.iter().any(|s| s.id == id) {
            return Ok(id);
        }
    } else if let Some(s) = sources
        .iter()
        .find(|s| !url.is_empty() && s.url.as_deref() == Some(&url))
    {
        return Ok(s.id.clone());
    }
    if url.is_empty() {
        return Err(if id.is_empty() {
            "no source: give a source id or a source_url".into()
        } else {
            format!("unknown source \"{id}\" and no source_url to add it")
        });
    }
    let host = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or("quelle")
        .to_string();
    let mut new_id = if id.is_empty() {
        slug(&url.replace('/', " "))
    } else {
        id
    };
    while sources.iter().any(|s| s.id == new_id) {
        new_id.push_str("-2");
    }
    sources.push(Source {
        id: new_id.clone(),
        title: url.clone(),
        publisher: host,
        url: Some(url),
        date: Some(date).filter(|d| !d.is_empty()),
        note: None,
    });
    Ok(new_id)
}
