//! How complete a network's column is: the members listed here beside the
//! count the network itself (or an official page) states. The dataset
//! never estimates a count; with none stated, there is nothing to compare.

use std::collections::{HashMap, HashSet};

use super::model::{Dataset, Network, Role, StatedCount};
use super::validate::{Problem, ProblemKind};

/// One network's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage<'a> {
    /// Members with a relation that belongs (not "not a member").
    pub listed: usize,
    /// Whether every listed relation is a partnership or cooperation, so
    /// the figure is one of partners rather than members.
    pub partners: bool,
    /// The latest count the network states, if any.
    pub stated: Option<&'a StatedCount>,
}

impl Coverage<'_> {
    /// Whether the network's own count says that members are missing here.
    pub fn incomplete(&self) -> bool {
        self.stated.is_some_and(|s| {
            let count = s.count as usize;
            self.listed < count || (s.more_than && self.listed <= count)
        })
    }
}

/// The latest stated count: the one with the highest year; an undated
/// count only when no count has a year.
pub fn latest(n: &Network) -> Option<&StatedCount> {
    n.counts
        .iter()
        .filter(|c| c.year.is_some())
        .max_by_key(|c| c.year)
        .or_else(|| n.counts.first())
}

/// The figures of one network.
pub fn of<'a>(d: &'a Dataset, network: &'a Network) -> Coverage<'a> {
    figures(
        network,
        d.memberships
            .iter()
            .filter(|f| f.network == network.id && f.role.belongs())
            .map(|f| f.role),
    )
}

/// Every network's figures, in the dataset's order, in one pass.
pub fn all(d: &Dataset) -> Vec<Coverage<'_>> {
    let mut roles: HashMap<&str, Vec<Role>> = HashMap::new();
    for f in d.memberships.iter().filter(|f| f.role.belongs()) {
        roles.entry(f.network.as_str()).or_default().push(f.role);
    }
    d.networks
        .iter()
        .map(|n| figures(n, roles.get(n.id.as_str()).into_iter().flatten().copied()))
        .collect()
}

fn figures(network: &Network, roles: impl Iterator<Item = Role>) -> Coverage<'_> {
    let (mut listed, mut partners) = (0, true);
    for r in roles {
        listed += 1;
        partners &= matches!(r, Role::Partner | Role::Cooperation);
    }
    Coverage {
        listed,
        partners: partners && listed > 0,
        stated: latest(network),
    }
}

/// Problems in the stated counts: a known source, words, a plausible year.
pub fn problems(d: &Dataset, sources: &HashSet<&str>, p: &mut impl FnMut(String, ProblemKind)) {
    for (i, n) in d.networks.iter().enumerate() {
        for (j, c) in n.counts.iter().enumerate() {
            let at = |field: &str| format!("networks[{i}].counts[{j}].{field}");
            if !sources.contains(c.source.as_str()) {
                p(at("source"), ProblemKind::UnknownSource(c.source.clone()));
            }
            if c.quote.trim().is_empty() {
                p(at("quote"), ProblemKind::EmptyText);
            }
            if let Some(y) = c.year {
                if !super::validate::YEARS.contains(&y) {
                    p(at("year"), ProblemKind::YearOutOfRange(y));
                }
            }
        }
    }
}

/// Warnings, which do not stop a dataset: we list more members than the
/// network's own count for the same year (members whose start year is
/// known and not later), or, for an undated count, more than it at all.
pub fn warnings(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, n) in d.networks.iter().enumerate() {
        for (j, c) in n.counts.iter().enumerate() {
            if c.more_than {
                continue;
            }
            let listed = d
                .memberships
                .iter()
                .filter(|f| f.network == n.id && f.role.belongs())
                .filter(|f| match c.year {
                    Some(year) => f.since.is_some_and(|s| s <= year),
                    None => true,
                })
                .count();
            if listed > c.count as usize {
                out.push(Problem::new(
                    format!("networks[{i}].counts[{j}]"),
                    ProblemKind::MoreThanStated {
                        listed,
                        stated: c.count,
                        year: c.year,
                    },
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Evidence, Membership, NetworkKind, QuoteKind, Source};

    fn count(count: u32, year: Option<i32>, more_than: bool) -> StatedCount {
        StatedCount {
            count,
            more_than,
            year,
            source: "s".into(),
            quote: "q".into(),
        }
    }

    fn dataset(counts: Vec<StatedCount>, since: &[Option<i32>]) -> Dataset {
        let fact = |i: usize, since: Option<i32>| Membership {
            member: format!("m{i}"),
            network: "n".into(),
            role: Role::Member,
            since,
            until: None,
            since_inferred: false,
            inferred: false,
            note: None,
            evidence: vec![Evidence {
                source: "s".into(),
                quote: "q".into(),
                kind: QuoteKind::Quote,
                conflicting: false,
            }],
        };
        Dataset {
            schema: None,
            title: "t".into(),
            stand: "2026".into(),
            license: None,
            networks: vec![Network {
                id: "n".into(),
                name: "N".into(),
                short: "N".into(),
                kind: NetworkKind::Network,
                founded: None,
                description: "d".into(),
                sources: vec![],
                regional: false,
                counts,
            }],
            members: vec![],
            memberships: since.iter().enumerate().map(|(i, &s)| fact(i, s)).collect(),
            hosts: vec![],
            sources: vec![Source {
                id: "s".into(),
                title: "t".into(),
                publisher: "p".into(),
                url: None,
                date: None,
                note: None,
            }],
        }
    }

    #[test]
    fn the_latest_dated_count_is_shown_and_an_undated_one_only_alone() {
        let d = dataset(
            vec![count(29, Some(2021), false), count(54, Some(2023), false)],
            &[Some(2019), None],
        );
        let c = &all(&d)[0];
        assert_eq!((c.listed, c.stated.unwrap().count), (2, 54));
        assert!(c.incomplete());
        assert_eq!(of(&d, &d.networks[0]), *c);
        let undated = dataset(vec![count(25, None, false)], &[None]);
        assert_eq!(all(&undated)[0].stated.unwrap().count, 25);
        assert!(all(&dataset(vec![], &[None]))[0].stated.is_none());
        assert!(!all(&dataset(vec![], &[None]))[0].incomplete());
    }

    #[test]
    fn a_lower_bound_is_incomplete_until_we_list_more() {
        let d = dataset(vec![count(2, Some(2014), true)], &[None, None]);
        assert!(all(&d)[0].incomplete(), "more than 2, and we list 2");
        let d = dataset(vec![count(2, Some(2014), true)], &[None, None, None]);
        assert!(!all(&d)[0].incomplete());
        assert!(warnings(&d).is_empty(), "a lower bound never warns");
    }

    #[test]
    fn warns_when_more_are_listed_than_stated_for_that_year() {
        // Three listed, two of them known by 2020; the network said 2 in 2020.
        let d = dataset(
            vec![count(2, Some(2020), false)],
            &[Some(2019), Some(2020), Some(2024)],
        );
        assert!(warnings(&d).is_empty(), "the third joined later");
        let d = dataset(
            vec![count(1, Some(2020), false)],
            &[Some(2019), Some(2020), None],
        );
        let w = warnings(&d);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].path, "networks[0].counts[0]");
        assert_eq!(
            w[0].kind,
            ProblemKind::MoreThanStated {
                listed: 2,
                stated: 1,
                year: Some(2020)
            }
        );
        // An undated count compares with all we list.
        let d = dataset(vec![count(1, None, false)], &[None, None]);
        assert_eq!(warnings(&d).len(), 1);
    }

    #[test]
    fn counts_are_checked_like_evidence() {
        let mut d = dataset(vec![count(2, Some(1700), false)], &[]);
        d.networks[0].counts[0].source = "nowhere".into();
        d.networks[0].counts[0].quote = " ".into();
        let mut found = Vec::new();
        problems(&d, &["s"].into(), &mut |path, kind| {
            found.push((path, kind))
        });
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "networks[0].counts[0].source",
                "networks[0].counts[0].quote",
                "networks[0].counts[0].year"
            ]
        );
    }
}
