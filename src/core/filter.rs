//! What the visitor chose (search text, networks, mode, sort) and the rows
//! and columns that follow from it.

use super::indexes::Indexes;
use super::matrix::Matrix;
use super::order;
pub use super::sort::{Direction, Sort, SortKey};
use super::text::fold_base;

/// How chosen networks restrict the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Members of at least one chosen network.
    #[default]
    Any,
    /// Members of every chosen network.
    All,
    /// Members of none of the chosen networks (including "no information").
    None,
    /// Members of exactly the chosen networks: all of them, and no other
    /// network shown in the widget ("genau diese"), as a combination row
    /// sets it.
    Exact,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Any, Mode::All, Mode::None, Mode::Exact];

    /// Whether a member passes, given how many chosen networks it belongs
    /// to and how many networks in all (of those the widget shows).
    pub fn matches(self, chosen: usize, belongs_to: usize, belongs_in_all: usize) -> bool {
        if chosen == 0 {
            return true;
        }
        match self {
            Mode::Any => belongs_to > 0,
            Mode::All => belongs_to == chosen,
            Mode::None => belongs_to == 0,
            Mode::Exact => belongs_to == chosen && belongs_in_all == chosen,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Mode::Any => "any",
            Mode::All => "all",
            Mode::None => "none",
            Mode::Exact => "exact",
        }
    }

    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// Which view of the result is shown: the matrix, the map, or the
/// combinations of networks. Every one shows the same filtered members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pane {
    #[default]
    Matrix,
    Map,
    Combinations,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Matrix, Pane::Map, Pane::Combinations];

    /// The name in links and `data-view`, in the widget's language.
    pub fn key(self) -> &'static str {
        match self {
            Pane::Matrix => "matrix",
            Pane::Map => "karte",
            Pane::Combinations => "kombinationen",
        }
    }

    /// Reads a key; the English names work too.
    pub fn from_key(key: &str) -> Option<Pane> {
        match key {
            "map" => Some(Pane::Map),
            "combinations" => Some(Pane::Combinations),
            _ => Pane::ALL.into_iter().find(|p| p.key() == key),
        }
    }
}

/// Everything the visitor chose. Networks are indices into the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub query: String,
    pub networks: Indexes,
    pub mode: Mode,
    pub sort: Sort,
    pub hide_empty: bool,
    /// Networks the host page left out of this widget entirely.
    pub hidden: Indexes,
    /// Show the matrix as of this year; `None` shows every fact.
    pub year: Option<i32>,
    /// The view shown; it changes nothing about which members are shown.
    pub pane: Pane,
    /// The member whose page embeds the widget ("Ihre Stadt"): its row
    /// comes first whatever the sort, and stays when a filter hides it.
    pub home: Option<usize>,
    /// Only members sharing at least one network with `home`.
    pub partners: bool,
}

/// How many members each mode would show with the current query and networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModeCounts {
    pub any: usize,
    pub all: usize,
    pub none: usize,
    pub exact: usize,
}

impl ModeCounts {
    pub fn get(&self, mode: Mode) -> usize {
        match mode {
            Mode::Any => self.any,
            Mode::All => self.all,
            Mode::None => self.none,
            Mode::Exact => self.exact,
        }
    }
}

/// The visible part of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// Member indices, in display order.
    pub rows: Vec<usize>,
    /// Network indices, in dataset order.
    pub columns: Vec<usize>,
    /// Memberships of each shown row in the shown columns.
    pub row_totals: Vec<usize>,
    /// Shown members of each shown column.
    pub column_totals: Vec<usize>,
    pub mode_counts: ModeCounts,
    pub total_members: usize,
    pub total_networks: usize,
    /// The page's own member, first of `rows`, and whether the filter
    /// found it. Outside the result it is shown set apart and counts for
    /// nothing (status, totals, combinations, CSV).
    pub home: Option<Home>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Home {
    pub member: usize,
    pub in_result: bool,
}

impl View {
    /// The rows the filter found: without the page's own member where it
    /// is shown only because it is the page's own.
    pub fn result(&self) -> &[usize] {
        match self.home {
            Some(Home {
                in_result: false, ..
            }) => &self.rows[1..],
            _ => &self.rows,
        }
    }

    /// The row totals of [`View::result`].
    pub fn result_totals(&self) -> &[usize] {
        &self.row_totals[self.rows.len() - self.result().len()..]
    }

    /// Whether the member belongs to the network in the filter's year.
    pub fn belongs(matrix: &Matrix, filter: &Filter, member: usize, network: usize) -> bool {
        matrix
            .fact_in_year(member, network, filter.year)
            .is_some_and(|f| f.role.belongs())
    }

    /// Whether the cell holds any fact in the filter's year: a membership
    /// or a hosting.
    pub fn has_fact(matrix: &Matrix, filter: &Filter, member: usize, network: usize) -> bool {
        matrix.fact_in_year(member, network, filter.year).is_some()
            || matrix
                .hostings_in_year(member, network, filter.year)
                .next()
                .is_some()
    }
}

/// Whether a fact with these years holds in `year`. A fact without a start
/// year is kept (and marked "year unknown" by the widget), since hiding it
/// would turn "unknown" into "no".
pub fn in_effect(since: Option<i32>, until: Option<i32>, year: Option<i32>) -> bool {
    match year {
        None => true,
        Some(y) => since.is_none_or(|s| s <= y) && until.is_none_or(|u| y <= u),
    }
}

/// A regional network's column stays folded away unless it is chosen or a
/// search finds one of its members, and so do the rows of members known only
/// from folded columns: the default view is the national overview, and a
/// search for "Torgau" still shows Torgau with its programme. Returns the
/// members to consider and trims `columns`.
fn fold_regional(
    matrix: &Matrix,
    filter: &Filter,
    found: Vec<usize>,
    columns: &mut Vec<usize>,
) -> Vec<usize> {
    let searching = !filter.query.trim().is_empty();
    let folded: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|n| matrix.networks()[*n].regional && !filter.networks.contains(n))
        .filter(|&n| !(searching && found.iter().any(|&m| View::has_fact(matrix, filter, m, n))))
        .collect();
    if folded.is_empty() {
        return found;
    }
    columns.retain(|n| !folded.contains(n));
    found
        .into_iter()
        .filter(|&m| {
            columns
                .iter()
                .any(|&n| View::has_fact(matrix, filter, m, n))
                || !folded.iter().any(|&n| View::has_fact(matrix, filter, m, n))
        })
        .collect()
}

/// Computes the visible rows and columns for a filter.
pub fn view(matrix: &Matrix, filter: &Filter) -> View {
    let folded = fold_base(filter.query.trim());
    let mut columns: Vec<usize> = (0..matrix.networks().len())
        .filter(|n| !filter.hidden.contains(n))
        .collect();
    let total_networks = columns.len();
    // Members are visited in alphabetical order, so rows come out sorted by
    // name and the other orders need only a stable sort by count.
    let matching = matrix.members_matching(&folded);
    let found: Vec<usize> = matrix
        .by_name()
        .iter()
        .copied()
        .filter(|&m| matching[m])
        .collect();
    let mut found = fold_regional(matrix, filter, found, &mut columns);
    let home = filter.home.filter(|&h| h < matrix.members().len());
    if let (true, Some(home)) = (filter.partners, home) {
        let own = super::overview::networks_of(matrix, filter, home);
        found.retain(|&m| m == home || own.iter().any(|&n| View::belongs(matrix, filter, m, n)));
    }
    let chosen: Vec<usize> = filter
        .networks
        .iter()
        .copied()
        .filter(|n| *n < matrix.networks().len() && !filter.hidden.contains(n))
        .collect();

    let mut counts = ModeCounts::default();
    let mut rows = Vec::new();
    for m in found {
        let belongs = chosen
            .iter()
            .filter(|&&n| View::belongs(matrix, filter, m, n))
            .count();
        // Only "exactly" needs the total, and only when it can still match.
        let in_all = if chosen.is_empty() || belongs < chosen.len() {
            belongs
        } else {
            matrix
                .networks_with_fact(m)
                .iter()
                .filter(|&&n| !filter.hidden.contains(&n) && View::belongs(matrix, filter, m, n))
                .count()
        };
        for (mode, count) in [
            (Mode::Any, &mut counts.any),
            (Mode::All, &mut counts.all),
            (Mode::None, &mut counts.none),
            (Mode::Exact, &mut counts.exact),
        ] {
            *count += usize::from(mode.matches(chosen.len(), belongs, in_all));
        }
        if filter.mode.matches(chosen.len(), belongs, in_all) {
            rows.push(m);
        }
    }

    if filter.hide_empty {
        rows.retain(|&m| {
            columns
                .iter()
                .any(|&n| View::has_fact(matrix, filter, m, n))
        });
        columns.retain(|&n| rows.iter().any(|&m| View::has_fact(matrix, filter, m, n)));
    }

    // Row and column totals in one pass over each shown row's facts (a
    // member belongs only where it has a fact).
    let mut column_totals = vec![0; columns.len()];
    let mut column_of = vec![None; matrix.networks().len()];
    for (c, &n) in columns.iter().enumerate() {
        column_of[n] = Some(c);
    }
    let mut keyed: Vec<(usize, usize)> = rows
        .iter()
        .map(|&m| {
            let mut total = 0;
            for &n in matrix.networks_with_fact(m) {
                if let Some(c) = column_of[n] {
                    if View::belongs(matrix, filter, m, n) {
                        total += 1;
                        column_totals[c] += 1;
                    }
                }
            }
            (m, total)
        })
        .collect();
    match (filter.sort.key, filter.sort.direction) {
        (SortKey::Name, Direction::Ascending) => {}
        (SortKey::Name, Direction::Descending) => keyed.reverse(),
        // Stable sorts: equal counts keep names A–Z whatever the direction,
        // so the order within a count stays readable.
        (SortKey::Count, Direction::Descending) => {
            order::sort_by_key(&mut keyed, |&(_, t)| std::cmp::Reverse(t))
        }
        (SortKey::Count, Direction::Ascending) => order::sort_by_key(&mut keyed, |&(_, t)| t),
    }
    // The page's own member comes first whatever the sort; where the
    // filter hides it, it comes back set apart, its cells out of the totals.
    let home = home.map(|h| {
        let at = keyed.iter().position(|&(m, _)| m == h);
        let entry = match at {
            Some(i) => keyed.remove(i),
            None => (
                h,
                columns
                    .iter()
                    .filter(|&&n| View::belongs(matrix, filter, h, n))
                    .count(),
            ),
        };
        keyed.insert(0, entry);
        Home {
            member: h,
            in_result: at.is_some(),
        }
    });
    let rows: Vec<usize> = keyed.iter().map(|&(m, _)| m).collect();
    let row_totals = keyed.iter().map(|&(_, t)| t).collect();

    View {
        rows,
        columns,
        row_totals,
        column_totals,
        mode_counts: counts,
        total_members: matrix.members().len(),
        total_networks,
        home,
    }
}
