//! The top components: `Widget` loads the data, `App` wires the core to the
//! components. The state and its actions are in `state.rs`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    panel_id, tab_id, CombinationsTable, Details, DetailsDialog, ErrorBox, ExtraChoice,
    HomeSummary, Legend, MapView, MatrixTable, NetworkChoice, SearchBox, SourceList, StatusLine,
    Toolbar, ViewTabs,
};
mod state;
#[cfg(feature = "ssr")]
pub mod static_html;

pub use state::{Action, State};

use crate::core::options::{initial_filter, Options};
use crate::core::{self, Filter, Lang, Matrix, Mode, Pane, Problem};

/// Where a widget's dataset comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum DataSource {
    BuiltIn,
    /// JSON text from a `<script type="application/json">` in the element.
    Inline(Rc<str>),
    /// A same-origin address given by `data-src`.
    Url(AttrValue),
}

/// The dataset as far as it is known.
#[derive(Debug, Clone, PartialEq)]
pub enum Setup {
    Loading,
    Ready(Rc<Matrix>),
    Failed(Rc<[Problem]>),
}

impl Setup {
    fn from_text(text: &str) -> Setup {
        Setup::from_result(core::parse(text))
    }

    /// From a loaded text, which is dropped once read: at 11 000 members
    /// its 3 MB are then free again for the matrix's indexes.
    fn from_owned_text(text: String) -> Setup {
        let dataset = core::validate::read(&text);
        drop(text);
        Setup::from_result(dataset.and_then(core::validate::check))
    }

    fn from_result(result: Result<Matrix, Vec<Problem>>) -> Setup {
        match result {
            Ok(m) => Setup::Ready(Rc::new(m)),
            Err(p) => Setup::Failed(p.into()),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub source: DataSource,
    pub options: Rc<Options>,
    /// This widget's values from the link fragment, when it keeps its state there.
    #[prop_or_default]
    pub link: Rc<[(String, String)]>,
    /// Prefix for element ids, unique per widget on a page.
    pub id_prefix: AttrValue,
    /// Render plain HTML without controls (the build-time prerender).
    #[prop_or_default]
    pub static_html: bool,
    /// Render the first screen first, the rest a frame later.
    #[prop_or_default]
    pub progressive: bool,
}

/// The widget: loads and checks the data, then shows the matrix, or an error
/// box naming what is wrong. It never falls back to other data.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let setup = use_state(|| match &props.source {
        DataSource::BuiltIn => Setup::from_text(core::BUILT_IN_DATASET),
        DataSource::Inline(text) => Setup::from_text(text),
        DataSource::Url(_) => Setup::Loading,
    });
    {
        let setup = setup.clone();
        use_effect_with(props.source.clone(), move |source| {
            if let DataSource::Url(url) = source.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    setup.set(match crate::browser::fetch_text(&url).await {
                        Ok(text) => Setup::from_owned_text(text),
                        Err(problem) => Setup::Failed(Rc::from(vec![problem])),
                    });
                });
            }
        });
    }
    let lang = props.options.lang;
    let body = match &*setup {
        Setup::Loading => html! { <p class="nm-loading">{ lang.texts().loading }</p> },
        Setup::Failed(problems) => html! { <ErrorBox {lang} problems={problems.clone()} /> },
        Setup::Ready(matrix) => {
            let (initial, notes) = initial_filter(matrix, &props.options, &props.link);
            html! {
                <>
                    if !notes.is_empty() {
                        <p class="nm-note">{ lang.ignored_options(&notes) }</p>
                    }
                    <App matrix={matrix.clone()} {lang} id_prefix={props.id_prefix.clone()}
                         {initial} options={props.options.clone()}
                         rows_in_view={props.options.page_size}
                         static_html={props.static_html} progressive={props.progressive} />
                </>
            }
        }
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
    /// The host page's options: the link-state namespace, and the base a
    /// followed link is applied to.
    #[prop_or_default]
    pub options: Rc<Options>,
    /// Rows the scroll box of a long dataset shows at once, where the host
    /// page sets `data-page-size`; otherwise most of the window's height.
    #[prop_or_default]
    pub rows_in_view: Option<usize>,
    #[prop_or_default]
    pub static_html: bool,
    /// The first render shows the rows that fill the window, without the
    /// legend and the sources below the table; the rest follow once that
    /// frame is painted. A visitor sees the first screen sooner.
    #[prop_or_default]
    pub progressive: bool,
    /// Where set, choosing a cell reports it (member, network) instead of
    /// opening its details: the editor's preview opens the fact's form.
    #[prop_or_default]
    pub on_cell: Option<Callback<(usize, usize)>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || State {
        filter: initial,
        ..State::default()
    });
    let matrix = props.matrix.clone();
    // Keyed on the matrix too: the editor's preview passes a new one after
    // each change (an unchanged Rc compares by pointer, at no cost).
    let view = use_memo(
        (state.filter.clone(), matrix.clone()),
        |(filter, matrix)| core::view(matrix, filter),
    );
    {
        let (matrix, namespace) = (matrix.clone(), props.options.url_state.clone());
        use_effect_with(state.filter.clone(), move |filter| {
            if let Some(ns) = namespace {
                let pairs = core::url::state_pairs(&matrix, filter);
                if let Some(f) = core::url::write_state(&crate::browser::fragment(), &ns, &pairs) {
                    crate::browser::replace_fragment(&f);
                }
            }
        });
    }
    {
        // A link followed within the page (or the back button) changes the
        // fragment: apply it. The widget's own writes use replaceState,
        // which fires no hashchange, so this does not loop.
        let (matrix, namespace, options) = (
            matrix.clone(),
            props.options.url_state.clone(),
            props.options.clone(),
        );
        let dispatch = state.dispatcher();
        use_effect_with(namespace, move |namespace| {
            let guard = namespace.clone().and_then(|ns| {
                crate::browser::on_hash_change(move |fragment| {
                    let pairs = core::url::read_state(&fragment, &ns);
                    let (filter, _notes) = initial_filter(&matrix, &options, &pairs);
                    dispatch.dispatch(Action::Apply(filter));
                })
            });
            move || drop(guard)
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
    let on_year = dispatcher(&state, Action::SetYear);
    // Stable across renders, so the table's rows can skip re-rendering.
    let on_details = {
        let dispatch = state.dispatcher();
        use_callback(props.on_cell.clone(), move |d: Details, on_cell| {
            match (d, on_cell) {
                (Details::Cell { member, network }, Some(on_cell)) => {
                    on_cell.emit((member, network))
                }
                _ => dispatch.dispatch(Action::ShowDetails(Some(d))),
            }
        })
    };
    let on_close = dispatcher(&state, |()| Action::ShowDetails(None));
    let years = use_memo(matrix.clone(), |matrix| year_range(matrix));

    let pane = state.filter.pane;
    let combinations = use_memo(
        (matrix.clone(), view.clone(), state.filter.clone()),
        |(matrix, view, filter)| match filter.pane {
            Pane::Combinations => core::overview::combinations(matrix, view, filter),
            _ => Vec::new(),
        },
    );
    let status = lang.status(
        view.result().len(),
        view.total_members,
        view.columns.len(),
        view.total_networks,
    );
    let status = match pane {
        Pane::Matrix => status,
        Pane::Map => {
            let placed = view
                .result()
                .iter()
                .filter(|&&m| matrix.members()[m].place().is_some())
                .count();
            format!(
                "{status}. {}",
                lang.map_summary(placed, view.result().len())
            )
        }
        Pane::Combinations => {
            lang.combinations_status(combinations.len(), view.result().len(), view.total_members)
        }
    };
    let on_pane = dispatcher(&state, Action::SetPane);
    let on_partners = dispatcher(&state, Action::SetPartners);
    // The sentence about the page's own member, written from the data.
    let home = state.filter.home.filter(|&h| h < matrix.members().len());
    let summary = home.map(|h| core::summary::summary(&matrix, &state.filter, h, lang));
    let filters_open = use_state(|| false);
    let extra_active = extra_filters(&matrix, &state.filter);
    // Open from the start where a link or the page set one of its filters.
    let extra_open = use_state(|| extra_active > 0);
    let on_choose = dispatcher(&state, Action::ChooseCombination);
    let csv = {
        let (matrix, view, filter) = (matrix.clone(), view.clone(), state.filter.clone());
        Callback::from(move |_: ()| {
            core::csv::write(&core::csv::view_table(&matrix, &view, &filter, lang))
        })
    };

    // Only the prerenderer renders static HTML: in the widget's script the
    // constant lets the compiler leave those branches out.
    let static_html = cfg!(feature = "ssr") && props.static_html;
    let complete = use_state_eq(|| !props.progressive);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            if !*complete {
                crate::browser::after_paint(move || complete.set(true));
            }
        });
    }
    let first_rows = (!*complete).then(|| {
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        core::window::first_rows(height)
    });
    html! {
        <>
            if !static_html {
            <section class="nm-filters" aria-labelledby={id("filters")}>
                <h2 id={id("filters")} class="nm-sr">{ t.filters_heading }</h2>
                <SearchBox id={id("search")} {lang} value={state.filter.query.clone()} {on_query} />
                // On a phone the networks and the rest fold behind one button
                // that says how many are active; on a wider screen the
                // button is not shown and the national networks always are.
                <button type="button" class="nm-button nm-filter-toggle"
                    aria-expanded={(*filters_open).to_string()} aria-controls={id("more")}
                    onclick={{ let open = filters_open.clone(); Callback::from(move |_: MouseEvent| open.set(!*open)) }}>
                    { lang.filters_toggle(active_filters(&state.filter)) }
                </button>
                <div id={id("more")} class={classes!("nm-more", (!*filters_open).then_some("nm-collapsed"))}>
                    <NetworkChoice id={id("net")} {lang} matrix={matrix.clone()}
                        chosen={state.filter.networks.clone()} hidden={state.filter.hidden.clone()}
                        mode={state.filter.mode} counts={view.mode_counts} on_toggle={on_toggle.clone()} on_mode={on_mode.clone()} />
                    // The regional programmes, the mode, the year and the
                    // tools: used less, so behind a button of their own.
                    <button type="button" class="nm-button nm-extra-toggle"
                        aria-expanded={(*extra_open).to_string()} aria-controls={id("extra")}
                        onclick={{ let open = extra_open.clone(); Callback::from(move |_: MouseEvent| open.set(!*open)) }}>
                        { lang.extra_toggle(extra_active) }
                    </button>
                    <div id={id("extra")} class="nm-extra" hidden={!*extra_open}>
                        <ExtraChoice id={id("net")} {lang} matrix={matrix.clone()}
                            chosen={state.filter.networks.clone()} hidden={state.filter.hidden.clone()}
                            mode={state.filter.mode} counts={view.mode_counts} {on_toggle} {on_mode} />
                        <Toolbar id={id("tools")} {lang} hide_empty={state.filter.hide_empty}
                            year={state.filter.year} years={(*years).clone()} {on_year}
                            {on_hide_empty} {on_reset} csv={csv} />
                    </div>
                </div>
            </section>
            }
            if let (Some(h), Some(parts)) = (home, &summary) {
                <HomeSummary {lang} matrix={matrix.clone()} member={h} parts={Rc::new(parts.clone())}
                    partners={state.filter.partners} {on_partners} on_details={on_details.clone()} {static_html} />
            }
            <div class="nm-viewbar">
                if !static_html {
                    <ViewTabs id={props.id_prefix.clone()} {lang} {pane} {on_pane} />
                }
                <StatusLine text={status} />
            </div>
            if static_html {
                <MatrixTable {lang} matrix={matrix.clone()} view={view.clone()}
                    filter={state.filter.clone()} {on_sort} {on_details}
                    region_label={t.table_region} {static_html} />
            } else {
                // Only the shown panel is rendered: the others would cost a
                // render per keystroke for nothing.
                <div role="tabpanel" class="nm-panel" id={panel_id(&props.id_prefix, pane)}
                    aria-labelledby={tab_id(&props.id_prefix, pane)}>
                    {
                        match pane {
                            Pane::Matrix => html! {
                                <MatrixTable {lang} matrix={matrix.clone()} view={view.clone()}
                                    filter={state.filter.clone()} rows_in_view={props.rows_in_view} {first_rows}
                                    {on_sort} on_details={on_details.clone()}
                                    region_label={t.table_region} {static_html} />
                            },
                            Pane::Map => html! {
                                <MapView id={id("map")} {lang} matrix={matrix.clone()} view={view.clone()}
                                    filter={state.filter.clone()} on_details={on_details.clone()} />
                            },
                            Pane::Combinations => html! {
                                <CombinationsTable {lang} matrix={matrix.clone()}
                                    {combinations} {on_choose} home={view.home.filter(|h| h.in_result).map(|h| h.member)} />
                            },
                        }
                    }
                </div>
            }
            if !static_html {
                <DetailsDialog id={id("details")} {lang} matrix={matrix.clone()} filter={state.filter.clone()}
                    view={view.clone()} details={state.details} {on_close} />
            }
            if *complete {
                <Legend {lang} regional={matrix.networks().iter().any(|n| n.regional)} />
                <SourceList {lang} matrix={matrix.clone()} />
            }
        </>
    }
}

/// The years a visitor can choose: from the earliest year in the data to
/// the dataset's "Stand", newest first.
fn year_range(matrix: &Matrix) -> Rc<[i32]> {
    let d = matrix.dataset();
    let stand: i32 = d
        .stand
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026);
    let earliest = d
        .memberships
        .iter()
        .flat_map(|f| [f.since, f.until])
        .chain(d.networks.iter().map(|n| n.founded))
        .flatten()
        .min()
        .unwrap_or(stand);
    (earliest.min(stand)..=stand).rev().collect()
}

/// A callback that turns its argument into an action and dispatches it.
/// How many of the folded filters are in use: each chosen network, a mode
/// other than "any" (with networks chosen), a year, hiding empty ones.
fn active_filters(f: &Filter) -> usize {
    f.networks.len()
        + usize::from(!f.networks.is_empty() && f.mode != Mode::Any)
        + usize::from(f.year.is_some())
        + usize::from(f.hide_empty)
}

/// How many of the filters behind "Weitere Filter" are in use: chosen
/// regional networks, a mode other than "any", a year, hiding empty ones.
fn extra_filters(matrix: &Matrix, f: &Filter) -> usize {
    f.networks
        .iter()
        .filter(|&&n| matrix.networks().get(n).is_some_and(|n| n.regional))
        .count()
        + usize::from(!f.networks.is_empty() && f.mode != Mode::Any)
        + usize::from(f.year.is_some())
        + usize::from(f.hide_empty)
}

fn dispatcher<T: 'static>(state: &UseReducerHandle<State>, action: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |v| state.dispatch(action(v)))
}
