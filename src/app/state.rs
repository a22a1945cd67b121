//! The widget's state and the actions that change it: a reducer, so every
//! render sees one consistent filter.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::Details;
use crate::core::{Filter, Mode, Pane, SortKey};

/// Everything the visitor has chosen. One value, changed only by [`Action`]s,
/// so every render sees a consistent filter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub filter: Filter,
    /// The open details dialog, if any.
    pub details: Option<Details>,
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
    /// Only the partners of the page's own member, or everyone again.
    SetPartners(bool),
    /// Exactly these networks, as a row of the combinations sets it.
    ChooseCombination(Vec<usize>),
    /// A whole new filter, from a link the visitor followed.
    Apply(Filter),
    ShowDetails(Option<Details>),
    Reset,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut filter = self.filter.clone();
        let mut details = self.details;
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
            Action::SetPartners(on) => filter.partners = on && filter.home.is_some(),
            Action::ChooseCombination(networks) => {
                filter.networks = networks.into_iter().collect();
                filter.mode = Mode::Exact;
            }
            Action::Apply(f) => filter = f,
            Action::ShowDetails(d) => details = d,
            Action::Reset => {
                filter = Filter {
                    hidden: filter.hidden.clone(),
                    pane: filter.pane,
                    home: filter.home,
                    ..Filter::default()
                }
            }
        }
        if filter == self.filter && details == self.details {
            // Returning the same Rc tells Yew that nothing changed.
            self
        } else {
            Rc::new(State { filter, details })
        }
    }
}
