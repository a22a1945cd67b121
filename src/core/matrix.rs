//! The checked dataset, indexed for the widget: a cell lookup by member and
//! network, and search and sort keys computed once instead of per keystroke.

use std::collections::HashMap;

use super::model::{Dataset, Hosting, Member, Membership, Network, Source};
use super::order;
use super::text::{collation_key, fold_base, fold_transliterated};

/// A validated dataset. Built only by [`crate::core::validate::check`], so
/// every id it refers to exists.
#[derive(Debug, Clone)]
pub struct Matrix {
    dataset: Dataset,
    /// `cells[member * networks + network]`: index into `memberships`.
    cells: Vec<Option<usize>>,
    /// The networks in which each member has a membership fact, in network
    /// order: `member_networks[starts[m]..starts[m + 1]]`. A member's row
    /// total then visits its few facts, not every column.
    starts: Vec<usize>,
    member_networks: Vec<usize>,
    /// Folded names and aliases of every member, base and transliterated,
    /// each followed by a NUL: one text, so that a query is searched in
    /// one pass and not once per name.
    search_text: String,
    /// Where each key starts in `search_text`, and whose it is.
    search_keys: Vec<(usize, usize)>,
    /// Member indices in German alphabetical order, computed once so that
    /// no keystroke sorts strings.
    by_name: Vec<usize>,
    /// The sources' indices in the order of their ids, for a binary search.
    sources: Vec<usize>,
    /// Every hosting by its cell and then its year: few cells have one, so
    /// one sorted list, searched by cell.
    hosts: Vec<((usize, usize), usize)>,
}

/// A matrix equals only itself. Yew compares component properties on
/// every render: an unchanged `Rc<Matrix>` is the same matrix, and a new
/// one (the editor's preview after a change) means a new render anyway.
/// Neither walks through every member, and no comparison code for the
/// whole dataset goes into the script. Datasets compare by value.
impl PartialEq for Matrix {
    fn eq(&self, other: &Matrix) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Matrix {}

impl Matrix {
    pub(crate) fn new(dataset: Dataset) -> Matrix {
        let member_index: HashMap<&str, usize> = index(dataset.members.iter().map(|m| &m.id));
        let network_index: HashMap<&str, usize> = index(dataset.networks.iter().map(|n| &n.id));
        let width = dataset.networks.len();
        let mut cells = vec![None; dataset.members.len() * width];
        for (i, f) in dataset.memberships.iter().enumerate() {
            let m = member_index[f.member.as_str()];
            let n = network_index[f.network.as_str()];
            cells[m * width + n] = Some(i);
        }
        let mut starts = Vec::with_capacity(dataset.members.len() + 1);
        let mut member_networks = Vec::with_capacity(dataset.memberships.len());
        for row in cells.chunks(width.max(1)).take(dataset.members.len()) {
            starts.push(member_networks.len());
            member_networks.extend(
                row.iter()
                    .enumerate()
                    .filter(|(_, c)| c.is_some())
                    .map(|(n, _)| n),
            );
        }
        starts.push(member_networks.len());
        let cells_of: Vec<(usize, usize)> = dataset
            .hosts
            .iter()
            .map(|h| {
                (
                    member_index[h.member.as_str()],
                    network_index[h.network.as_str()],
                )
            })
            .collect();
        let hosts = order::positions(cells_of.len(), &|a, b| {
            (cells_of[a], dataset.hosts[a].year).cmp(&(cells_of[b], dataset.hosts[b].year))
        })
        .into_iter()
        .map(|i| (cells_of[i], i))
        .collect();
        let (mut search_text, mut search_keys) = (String::new(), Vec::new());
        for (i, m) in dataset.members.iter().enumerate() {
            let mut keys: Vec<String> = Vec::new();
            for name in std::iter::once(&m.name).chain(&m.aliases) {
                for key in [fold_base(name), fold_transliterated(name)] {
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
            for key in keys {
                search_keys.push((search_text.len(), i));
                search_text.push_str(&key);
                search_text.push('\0');
            }
        }
        let keys: Vec<(String, String)> = dataset
            .members
            .iter()
            .map(|m| collation_key(&m.name))
            .collect();
        let by_name = order::positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
        let sources = order::positions(dataset.sources.len(), &|a, b| {
            dataset.sources[a].id.cmp(&dataset.sources[b].id)
        });
        Matrix {
            dataset,
            cells,
            starts,
            member_networks,
            search_text,
            search_keys,
            by_name,
            sources,
            hosts,
        }
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    pub fn members(&self) -> &[Member] {
        &self.dataset.members
    }

    pub fn networks(&self) -> &[Network] {
        &self.dataset.networks
    }

    pub fn sources(&self) -> &[Source] {
        &self.dataset.sources
    }

    /// The networks in which `member` has a membership fact (of any role
    /// and years), in network order.
    pub fn networks_with_fact(&self, member: usize) -> &[usize] {
        &self.member_networks[self.starts[member]..self.starts[member + 1]]
    }

    /// The fact for a member and a network; `None` is "no information".
    pub fn cell(&self, member: usize, network: usize) -> Option<&Membership> {
        let width = self.dataset.networks.len();
        self.cells[member * width + network].map(|i| &self.dataset.memberships[i])
    }

    /// The fact for a member and a network that holds in `year` (every fact
    /// when `year` is `None`); see [`crate::core::filter::in_effect`].
    pub fn fact_in_year(
        &self,
        member: usize,
        network: usize,
        year: Option<i32>,
    ) -> Option<&Membership> {
        self.cell(member, network)
            .filter(|f| super::filter::in_effect(f.since, f.until, year))
    }

    /// The hostings of a cell up to `year` (all when `year` is `None`),
    /// oldest first: as of a year, a congress hosted later has not happened.
    pub fn hostings_in_year(
        &self,
        member: usize,
        network: usize,
        year: Option<i32>,
    ) -> impl Iterator<Item = &Hosting> {
        let cell = (member, network);
        let first = self.hosts.partition_point(|&(c, _)| c < cell);
        self.hosts[first..]
            .iter()
            .take_while(move |&&(c, _)| c == cell)
            .map(|&(_, i)| &self.dataset.hosts[i])
            .filter(move |h| year.is_none_or(|y| h.year <= y))
    }

    /// The years of [`Matrix::hostings_in_year`].
    pub fn host_years(&self, member: usize, network: usize, year: Option<i32>) -> Vec<i32> {
        self.hostings_in_year(member, network, year)
            .map(|h| h.year)
            .collect()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        let sources = &self.dataset.sources;
        let at = self
            .sources
            .partition_point(|&i| sources[i].id.as_str() < id);
        self.sources
            .get(at)
            .map(|&i| &sources[i])
            .filter(|s| s.id == id)
    }

    pub fn member_index(&self, id: &str) -> Option<usize> {
        self.dataset.members.iter().position(|m| m.id == id)
    }

    pub fn network_index(&self, id: &str) -> Option<usize> {
        self.dataset.networks.iter().position(|n| n.id == id)
    }

    /// By member, whether its name or an alias contains the folded query:
    /// one search through all names. A match never spans two names, as no
    /// name holds a NUL; a query with one matches nothing.
    pub(crate) fn members_matching(&self, folded_query: &str) -> Vec<bool> {
        let count = self.dataset.members.len();
        if folded_query.is_empty() {
            return vec![true; count];
        }
        let mut found = vec![false; count];
        if folded_query.contains('\0') {
            return found;
        }
        // Byte by byte: each place that starts with the query's first byte
        // is compared whole. A UTF-8 query's first byte never continues a
        // character, so every match starts at one.
        let (text, query) = (self.search_text.as_bytes(), folded_query.as_bytes());
        let (mut at, mut key) = (0, 0);
        while let Some(skip) = text[at..].iter().position(|&b| b == query[0]) {
            at += skip;
            if text[at..].starts_with(query) {
                while self
                    .search_keys
                    .get(key + 1)
                    .is_some_and(|&(start, _)| start <= at)
                {
                    key += 1;
                }
                found[self.search_keys[key].1] = true;
            }
            at += 1;
        }
        found
    }

    /// Member indices in German alphabetical order.
    pub(crate) fn by_name(&self) -> &[usize] {
        &self.by_name
    }
}

fn index<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id.as_str(), i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rng::Rng;

    /// What `members_matching` replaced: every name and alias searched on
    /// its own.
    fn one_by_one(d: &Dataset, folded: &str) -> Vec<bool> {
        d.members
            .iter()
            .map(|m| {
                folded.is_empty()
                    || std::iter::once(&m.name).chain(&m.aliases).any(|n| {
                        fold_base(n).contains(folded) || fold_transliterated(n).contains(folded)
                    })
            })
            .collect()
    }

    #[test]
    fn one_search_through_all_names_finds_what_a_search_per_name_finds() {
        let mut dataset = crate::core::read::dataset(include_str!("../../data/netzwerke.json"))
            .expect("the built-in data");
        // Names made to find the edges: repeated letters, a name that ends
        // where the next begins, umlauts, ß, aliases.
        let parts = ["a", "b", "ä", "ö", "ß", "ue", " ", "-", "aa", "st", "Ü"];
        let mut rng = Rng::new(23);
        let word = |rng: &mut Rng| {
            (0..1 + rng.below(7))
                .map(|_| *rng.pick(&parts))
                .collect::<String>()
        };
        let template = dataset.members[0].clone();
        for i in 0..400 {
            let name = word(&mut rng);
            let aliases = (0..rng.below(3)).map(|_| word(&mut rng)).collect();
            dataset.members.push(Member {
                id: format!("test-{i}"),
                name,
                aliases,
                ..template.clone()
            });
        }
        let matrix = Matrix::new(dataset.clone());
        let mut queries = vec![String::new(), "\0".into(), "a\0".into(), "zzz".into()];
        for _ in 0..3000 {
            let source = if rng.chance(50) {
                rng.pick(&dataset.members).name.clone()
            } else {
                word(&mut rng)
            };
            let folded = fold_base(&source);
            let chars: Vec<char> = folded.chars().collect();
            let from = rng.below(chars.len().max(1));
            let to = (from + 1 + rng.below(4)).min(chars.len());
            queries.push(chars.get(from..to).unwrap_or_default().iter().collect());
        }
        let mut found = 0;
        for q in &queries {
            let matching = matrix.members_matching(q);
            assert_eq!(matching, one_by_one(&dataset, q), "query {q:?}");
            found += matching.iter().filter(|&&f| f).count();
        }
        assert!(found > queries.len(), "the queries find members");
    }
}
