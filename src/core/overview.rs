//! Who works together with whom: the combinations of networks among the
//! shown members (as in UpSet's matrix, as a table), and a member's
//! partners, the members that share a network with it.

use super::filter::{Filter, View};
use super::matrix::Matrix;
use super::order;

/// Members that belong to exactly these networks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Combination {
    /// Network indices, in dataset order; empty for "no network".
    pub networks: Vec<usize>,
    /// Member indices, in the view's order.
    pub members: Vec<usize>,
}

/// The networks a member belongs to in the filter's year, among those the
/// widget shows (not left out by the host page).
pub fn networks_of(matrix: &Matrix, filter: &Filter, member: usize) -> Vec<usize> {
    (0..matrix.networks().len())
        .filter(|n| !filter.hidden.contains(n) && View::belongs(matrix, filter, member, *n))
        .collect()
}

/// The combinations that occur among the view's rows, most members first;
/// equal counts keep the order in which they first occur. Counted over
/// every network the widget shows, folded regional ones too, so that a
/// combination chosen with "genau diese" shows exactly its members.
pub fn combinations(matrix: &Matrix, view: &View, filter: &Filter) -> Vec<Combination> {
    let mut out: Vec<Combination> = Vec::new();
    for &m in view.result() {
        let networks = networks_of(matrix, filter, m);
        match out.iter_mut().find(|c| c.networks == networks) {
            Some(c) => c.members.push(m),
            None => out.push(Combination {
                networks,
                members: vec![m],
            }),
        }
    }
    order::sort_by_key(&mut out, |c| std::cmp::Reverse(c.members.len()));
    out
}

/// Another member and the networks it shares with the one asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub member: usize,
    pub shared: Vec<usize>,
}

/// The members that share at least one network with `member`, grouped by
/// how many they share (most first), alphabetical within a group.
pub fn partners(matrix: &Matrix, filter: &Filter, member: usize) -> Vec<(usize, Vec<Partner>)> {
    let own = networks_of(matrix, filter, member);
    let mut groups: Vec<(usize, Vec<Partner>)> = Vec::new();
    for &m in matrix.by_name() {
        if m == member {
            continue;
        }
        let shared: Vec<usize> = own
            .iter()
            .copied()
            .filter(|&n| View::belongs(matrix, filter, m, n))
            .collect();
        if shared.is_empty() {
            continue;
        }
        let count = shared.len();
        let partner = Partner { member: m, shared };
        match groups.iter_mut().find(|(c, _)| *c == count) {
            Some((_, list)) => list.push(partner),
            None => groups.push((count, vec![partner])),
        }
    }
    order::sort_by_key(&mut groups, |(c, _)| std::cmp::Reverse(*c));
    groups
}
