//! The widget's state, the actions that change it, and the top component
//! that wires the core to the components.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    ErrorBox, Legend, MatrixTable, NetworkChoice, SearchBox, SourceList, StatusLine, Toolbar,
};
use crate::core::options::Note;
use crate::core::{self, Filter, Lang, Matrix, Mode, Problem, SortKey};

/// Everything the visitor has chosen. One value, changed only by [`Action`]s,
/// so every render sees a consistent filter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub filter: Filter,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetQuery(String),
    ToggleNetwork(usize),
    SetMode(Mode),
    SortBy(SortKey),
    SetHideEmpty(bool),
    Reset,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut filter = self.filter.clone();
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
            Action::Reset => {
                filter = Filter {
                    hidden: filter.hidden.clone(),
                    ..Filter::default()
                }
            }
        }
        if filter == self.filter {
            // Returning the same Rc tells Yew that nothing changed.
            self
        } else {
            Rc::new(State { filter })
        }
    }
}

/// What the widget was started with: a checked dataset or its problems.
pub type Setup = Result<Rc<Matrix>, Rc<[Problem]>>;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub setup: Setup,
    pub lang: Lang,
    /// Prefix for element ids, unique per widget on a page.
    pub id_prefix: AttrValue,
    #[prop_or_default]
    pub initial: Filter,
    /// Options that were not understood and are ignored.
    #[prop_or_default]
    pub notes: Rc<[Note]>,
    /// Namespace of the widget's state in the link fragment, if it keeps one.
    #[prop_or_default]
    pub url_state: Option<AttrValue>,
}

/// The widget: the matrix, or an error box naming what is wrong with the data.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.lang;
    let body = match &props.setup {
        Ok(matrix) => html! {
            <>
                if !props.notes.is_empty() {
                    <p class="nm-note">{ lang.ignored_options(&props.notes) }</p>
                }
                <App matrix={matrix.clone()} {lang} id_prefix={props.id_prefix.clone()}
                     initial={props.initial.clone()} url_state={props.url_state.clone()} />
            </>
        },
        Err(problems) => html! { <ErrorBox {lang} problems={problems.clone()} /> },
    };
    html! {
        <div class="nm-root" lang={lang.tag()}>{ body }</div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub matrix: Rc<Matrix>,
    pub lang: Lang,
    pub id_prefix: AttrValue,
    #[prop_or_default]
    pub initial: Filter,
    #[prop_or_default]
    pub url_state: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || State { filter: initial });
    let matrix = props.matrix.clone();
    let view = {
        let matrix = matrix.clone();
        use_memo(state.filter.clone(), move |filter| {
            core::view(&matrix, filter)
        })
    };
    {
        let (matrix, namespace) = (matrix.clone(), props.url_state.clone());
        use_effect_with(state.filter.clone(), move |filter| {
            if let Some(ns) = namespace {
                let pairs = core::url::state_pairs(&matrix, filter);
                if let Some(f) = core::url::write_state(&crate::browser::fragment(), &ns, &pairs) {
                    crate::browser::replace_fragment(&f);
                }
            }
        });
    }
    let lang = props.lang;
    let t = lang.texts();
    let id = |suffix: &str| AttrValue::from(format!("{}-{suffix}", props.id_prefix));

    let on_query = dispatcher(&state, Action::SetQuery);
    let on_toggle = dispatcher(&state, Action::ToggleNetwork);
    let on_mode = dispatcher(&state, Action::SetMode);
    let on_sort = dispatcher(&state, Action::SortBy);
    let on_hide_empty = dispatcher(&state, Action::SetHideEmpty);
    let on_reset = dispatcher(&state, |()| Action::Reset);

    let status = lang.status(
        view.rows.len(),
        view.total_members,
        view.columns.len(),
        view.total_networks,
    );
    let csv = {
        let (matrix, view, filter) = (matrix.clone(), view.clone(), state.filter.clone());
        Callback::from(move |_: ()| {
            core::csv::write(&core::csv::view_table(&matrix, &view, &filter, lang))
        })
    };

    html! {
        <>
            <section class="nm-filters" aria-labelledby={id("filters")}>
                <h2 id={id("filters")} class="nm-sr">{ t.filters_heading }</h2>
                <SearchBox id={id("search")} {lang} value={state.filter.query.clone()} {on_query} />
                <NetworkChoice id={id("net")} {lang} matrix={matrix.clone()}
                    chosen={state.filter.networks.clone()} hidden={state.filter.hidden.clone()}
                    mode={state.filter.mode} counts={view.mode_counts} {on_toggle} {on_mode} />
                <Toolbar id={id("tools")} {lang} hide_empty={state.filter.hide_empty}
                    {on_hide_empty} {on_reset} csv={csv} />
            </section>
            <StatusLine text={status} />
            <MatrixTable {lang} matrix={matrix.clone()} view={view.clone()}
                filter={state.filter.clone()} {on_sort} region_label={t.table_region} />
            <Legend {lang} />
            <SourceList {lang} matrix={matrix.clone()} />
        </>
    }
}

/// A callback that turns its argument into an action and dispatches it.
fn dispatcher<T: 'static>(state: &UseReducerHandle<State>, action: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |v| state.dispatch(action(v)))
}
