//! The widget's state and the actions that change it: a reducer, so every
//! render sees one consistent filter.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::Details;
use crate::core::{Filter, Mode, Pane, SortKey};

/// Everything the visitor has chosen. One value, changed only by [`Action`]s,
/// so every render sees a consistent filter.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub filter: Filter,
    /// The open details dialog, if any.
    pub details: Option<Details>,
    /// How many rows are rendered; the rest wait behind "show more".
    pub limit: usize,
    /// Rows added per "show more", and rendered after each new filter.
    pub page: usize,
}

impl Default for State {
    fn default() -> State {
        State {
            filter: Filter::default(),
            details: None,
            limit: DEFAULT_PAGE,
            page: DEFAULT_PAGE,
        }
    }
}

/// Rows rendered at first and added per "show more" when nothing else is
/// known.
pub const DEFAULT_PAGE: usize = 50;

/// Cells rendered per page by default. What a keystroke costs grows with the
/// cells on the page (their layout dominates; see bench/RESULTS.md), while
/// all 11 000 rows at once would take seconds and hundreds of megabytes of
/// DOM. 750 cells show the built-in dataset (5 networks) whole and 25 rows
/// of a 30-network table.
pub const CELLS_PER_PAGE: usize = 750;

/// The page size for a table with this many columns, unless the host page
/// sets `data-page-size`.
pub fn default_page(columns: usize) -> usize {
    (CELLS_PER_PAGE / columns.max(1)).clamp(10, 200)
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetQuery(String),
    ToggleNetwork(usize),
    SetMode(Mode),
    SortBy(SortKey),
    SetHideEmpty(bool),
    SetYear(Option<i32>),
    SetPane(Pane),
    /// Exactly these networks, as a row of the combinations sets it.
    ChooseCombination(Vec<usize>),
    /// A whole new filter, from a link the visitor followed.
    Apply(Filter),
    ShowDetails(Option<Details>),
    ShowMore,
    Reset,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut filter = self.filter.clone();
        let mut details = self.details;
        let mut limit = self.limit;
        match action {
            Action::SetQuery(q) => filter.query = q,
            Action::ToggleNetwork(n) => {
                if !filter.networks.remove(&n) {
                    filter.networks.insert(n);
                }
            }
            Action::SetMode(m) => filter.mode = m,
            Action::SortBy(key) => filter.sort = filter.sort.toggled(key),
            Action::SetHideEmpty(on) => filter.hide_empty = on,
            Action::SetYear(y) => filter.year = y,
            Action::SetPane(p) => filter.pane = p,
            Action::ChooseCombination(networks) => {
                filter.networks = networks.into_iter().collect();
                filter.mode = Mode::Exact;
            }
            Action::Apply(f) => filter = f,
            Action::ShowDetails(d) => details = d,
            Action::ShowMore => limit += self.page,
            Action::Reset => {
                filter = Filter {
                    hidden: filter.hidden.clone(),
                    pane: filter.pane,
                    ..Filter::default()
                }
            }
        }
        if filter != self.filter {
            // A new filter starts again with one page.
            limit = self.page;
        }
        if filter == self.filter && details == self.details && limit == self.limit {
            // Returning the same Rc tells Yew that nothing changed.
            self
        } else {
            Rc::new(State {
                filter,
                details,
                limit,
                page: self.page,
            })
        }
    }
}
