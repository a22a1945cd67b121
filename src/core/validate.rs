//! Reading and checking a dataset: every problem is reported with the path of
//! the offending value, and a dataset with any problem is never shown.

use std::collections::HashMap;
use std::fmt;

use super::i18n::Lang;
use super::matrix::Matrix;
use super::model::{Dataset, Evidence};
use super::read;

/// Largest dataset the widget accepts, in bytes.
pub const MAX_DATASET_BYTES: usize = 5 * 1024 * 1024;
/// Years outside this range are typing errors, not history.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// One thing wrong with a dataset, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path of the offending value, such as `memberships[3].network`; empty
    /// for the file as a whole.
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not JSON, or a value has the wrong type; serde's words.
    Syntax(String),
    TooLarge(usize),
    EmptyFile,
    EmptyList,
    EmptyText,
    BadId(String),
    DuplicateId {
        id: String,
        first: String,
    },
    UnknownMember(String),
    UnknownNetwork(String),
    UnknownSource(String),
    NoEvidence,
    YearOutOfRange(i32),
    UntilBeforeSince {
        since: i32,
        until: i32,
    },
    DuplicateFact {
        first: String,
    },
    DuplicateHosting {
        first: String,
    },
    /// `since_inferred` is set, but there is no `since` to be inferred.
    YearInferredWithoutYear,
    /// Only one of `lat` and `lon`.
    HalfPlace,
    /// Coordinates outside Germany (with a margin), such as swapped values.
    OutsideGermany {
        lat: String,
        lon: String,
    },
    BadDate(String),
    BadUrl(String),
    /// The dataset could not be fetched from the given address.
    Load {
        url: String,
        reason: String,
    },
    /// A dataset address on another origin; the widget sends no request there.
    ForeignOrigin(String),
    /// A warning, not an error: more members listed than the network's own
    /// count for that year ([`super::coverage::warnings`]).
    MoreThanStated {
        listed: usize,
        stated: u32,
        year: Option<i32>,
    },
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem as one line in the given language, path first.
    pub fn describe(&self, lang: Lang) -> String {
        let what = lang.problem(&self.kind);
        if self.path.is_empty() {
            what
        } else {
            format!("{}: {}", self.path, what)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Reads a dataset from JSON text and checks it.
pub fn parse(text: &str) -> Result<Matrix, Vec<Problem>> {
    check(read(text)?)
}

/// Reads a dataset from JSON text, without checking it. A caller that owns
/// a large text can drop it before [`check`] builds the matrix, so the two
/// never take memory at the same time.
pub fn read(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem::new("", ProblemKind::TooLarge(text.len()))]);
    }
    if text.trim().is_empty() {
        return Err(vec![Problem::new("", ProblemKind::EmptyFile)]);
    }
    read::dataset(text).map_err(|e| vec![Problem::new(e.path, ProblemKind::Syntax(e.message))])
}

/// Checks a dataset already in memory and builds the matrix from it.
pub fn check(dataset: Dataset) -> Result<Matrix, Vec<Problem>> {
    let problems = problems(&dataset);
    if problems.is_empty() {
        Ok(Matrix::new(dataset))
    } else {
        Err(problems)
    }
}

/// Every problem of the dataset, in file order.
pub fn problems(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut p = |path: String, kind| out.push(Problem::new(path, kind));

    if d.title.trim().is_empty() {
        p("title".into(), ProblemKind::EmptyText);
    }
    if !is_date(&d.stand) {
        p("stand".into(), ProblemKind::BadDate(d.stand.clone()));
    }

    if let Some(license) = &d.license {
        if license.name.trim().is_empty() {
            p("license.name".into(), ProblemKind::EmptyText);
        }
        if let Some(url) = &license.url {
            if !is_web_address(url) {
                p("license.url".into(), ProblemKind::BadUrl(url.clone()));
            }
        }
    }

    let sources = ids("sources", d.sources.iter().map(|s| s.id.as_str()), &mut p);
    for (i, s) in d.sources.iter().enumerate() {
        for (field, value) in [("title", &s.title), ("publisher", &s.publisher)] {
            if value.trim().is_empty() {
                p(format!("sources[{i}].{field}"), ProblemKind::EmptyText);
            }
        }
        if let Some(url) = &s.url {
            if !is_web_address(url) {
                p(
                    format!("sources[{i}].url"),
                    ProblemKind::BadUrl(url.clone()),
                );
            }
        }
        if let Some(date) = &s.date {
            if !is_date(date) {
                p(
                    format!("sources[{i}].date"),
                    ProblemKind::BadDate(date.clone()),
                );
            }
        }
    }

    let known: std::collections::HashSet<&str> = sources.keys().copied().collect();
    super::coverage::problems(d, &known, &mut p);
    let networks = ids("networks", d.networks.iter().map(|n| n.id.as_str()), &mut p);
    for (i, n) in d.networks.iter().enumerate() {
        for (field, value) in [
            ("name", &n.name),
            ("short", &n.short),
            ("description", &n.description),
        ] {
            if value.trim().is_empty() {
                p(format!("networks[{i}].{field}"), ProblemKind::EmptyText);
            }
        }
        if let Some(year) = n.founded {
            if !YEARS.contains(&year) {
                p(
                    format!("networks[{i}].founded"),
                    ProblemKind::YearOutOfRange(year),
                );
            }
        }
        for (j, s) in n.sources.iter().enumerate() {
            if !sources.contains_key(s.as_str()) {
                p(
                    format!("networks[{i}].sources[{j}]"),
                    ProblemKind::UnknownSource(s.clone()),
                );
            }
        }
    }

    let members = ids("members", d.members.iter().map(|m| m.id.as_str()), &mut p);
    for (i, m) in d.members.iter().enumerate() {
        if m.name.trim().is_empty() {
            p(format!("members[{i}].name"), ProblemKind::EmptyText);
        }
        if m.region.as_deref().is_some_and(|r| r.trim().is_empty()) {
            p(format!("members[{i}].region"), ProblemKind::EmptyText);
        }
        for (j, a) in m.aliases.iter().enumerate() {
            if a.trim().is_empty() {
                p(format!("members[{i}].aliases[{j}]"), ProblemKind::EmptyText);
            }
        }
        match (m.lat, m.lon) {
            (Some(lat), Some(lon)) if !super::geo::in_germany(lat.0, lon.0) => p(
                format!("members[{i}].lat"),
                ProblemKind::OutsideGermany {
                    lat: super::geo::degrees_text(lat.0),
                    lon: super::geo::degrees_text(lon.0),
                },
            ),
            (Some(_), None) => p(format!("members[{i}].lon"), ProblemKind::HalfPlace),
            (None, Some(_)) => p(format!("members[{i}].lat"), ProblemKind::HalfPlace),
            _ => {}
        }
        if m.place_note.as_deref().is_some_and(|n| n.trim().is_empty()) {
            p(format!("members[{i}].place_note"), ProblemKind::EmptyText);
        }
    }

    if d.memberships.is_empty() {
        p("memberships".into(), ProblemKind::EmptyList);
    }
    let keys: Vec<(&str, &str)> = d
        .memberships
        .iter()
        .map(|f| (f.member.as_str(), f.network.as_str()))
        .collect();
    let earlier_facts = super::order::earlier_equal(&keys);
    for (i, f) in d.memberships.iter().enumerate() {
        let at = |field: &str| format!("memberships[{i}].{field}");
        if !members.contains_key(f.member.as_str()) {
            p(at("member"), ProblemKind::UnknownMember(f.member.clone()));
        }
        if !networks.contains_key(f.network.as_str()) {
            p(
                at("network"),
                ProblemKind::UnknownNetwork(f.network.clone()),
            );
        }
        if let Some(first) = earlier_facts[i] {
            p(
                at("network"),
                ProblemKind::DuplicateFact {
                    first: format!("memberships[{first}]"),
                },
            );
        }
        for (field, year) in [("since", f.since), ("until", f.until)] {
            if let Some(y) = year {
                if !YEARS.contains(&y) {
                    p(at(field), ProblemKind::YearOutOfRange(y));
                }
            }
        }
        if let (Some(since), Some(until)) = (f.since, f.until) {
            if until < since {
                p(at("until"), ProblemKind::UntilBeforeSince { since, until });
            }
        }
        if f.since_inferred && f.since.is_none() {
            p(at("since_inferred"), ProblemKind::YearInferredWithoutYear);
        }
        evidence(&format!("memberships[{i}]"), &f.evidence, &sources, &mut p);
    }
    let keys: Vec<(&str, &str, i32)> = d
        .hosts
        .iter()
        .map(|h| (h.member.as_str(), h.network.as_str(), h.year))
        .collect();
    let earlier_hostings = super::order::earlier_equal(&keys);
    for (i, h) in d.hosts.iter().enumerate() {
        let at = |field: &str| format!("hosts[{i}].{field}");
        if !members.contains_key(h.member.as_str()) {
            p(at("member"), ProblemKind::UnknownMember(h.member.clone()));
        }
        if !networks.contains_key(h.network.as_str()) {
            p(
                at("network"),
                ProblemKind::UnknownNetwork(h.network.clone()),
            );
        }
        if !YEARS.contains(&h.year) {
            p(at("year"), ProblemKind::YearOutOfRange(h.year));
        }
        if let Some(first) = earlier_hostings[i] {
            p(
                at("year"),
                ProblemKind::DuplicateHosting {
                    first: format!("hosts[{first}]"),
                },
            );
        }
        evidence(&format!("hosts[{i}]"), &h.evidence, &sources, &mut p);
    }
    out
}

/// Checks the evidence of the fact at `at`: at least one piece, each citing a
/// known source with words.
fn evidence(
    at: &str,
    evidence: &[Evidence],
    sources: &HashMap<&str, usize>,
    p: &mut impl FnMut(String, ProblemKind),
) {
    if evidence.is_empty() {
        p(format!("{at}.evidence"), ProblemKind::NoEvidence);
    }
    for (j, e) in evidence.iter().enumerate() {
        if !sources.contains_key(e.source.as_str()) {
            p(
                format!("{at}.evidence[{j}].source"),
                ProblemKind::UnknownSource(e.source.clone()),
            );
        }
        if e.quote.trim().is_empty() {
            p(format!("{at}.evidence[{j}].quote"), ProblemKind::EmptyText);
        }
    }
}

/// Checks a list's ids (non-empty list, well-formed, unique) and returns
/// the index of each id.
fn ids<'a>(
    list: &str,
    ids: impl Iterator<Item = &'a str>,
    p: &mut impl FnMut(String, ProblemKind),
) -> HashMap<&'a str, usize> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        if !is_id(id) {
            p(
                format!("{list}[{i}].id"),
                ProblemKind::BadId(id.to_string()),
            );
        }
        if let Some(&first) = seen.get(id) {
            p(
                format!("{list}[{i}].id"),
                ProblemKind::DuplicateId {
                    id: id.to_string(),
                    first: format!("{list}[{first}]"),
                },
            );
        } else {
            seen.insert(id, i);
        }
    }
    if seen.is_empty() {
        p(list.to_string(), ProblemKind::EmptyList);
    }
    seen
}

/// Ids appear in links, so they are kept to lower-case letters, digits and
/// single hyphens.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible year.
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        p.len() == len
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse().is_ok_and(|n| range.contains(&n))
    };
    let year_ok = number(parts[0], 4, 1900..=2100);
    match parts.len() {
        1 => year_ok,
        2 => year_ok && number(parts[1], 2, 1..=12),
        3 => year_ok && number(parts[1], 2, 1..=12) && number(parts[2], 2, 1..=31),
        _ => false,
    }
}

/// An address a visitor can follow: `http(s)://` and no spaces.
fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(' ')
}
