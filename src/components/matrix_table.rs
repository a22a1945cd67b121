//! The membership table: members as row headers, networks as column headers,
//! one cell per fact, totals per row and column.

use std::rc::Rc;

use yew::prelude::*;

use super::grid_keys::use_grid_keys;
use super::Details;
use crate::core::model::Hosting;
use crate::core::{Direction, Filter, Lang, Matrix, Membership, SortKey, View};

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub view: Rc<View>,
    pub filter: Filter,
    pub on_sort: Callback<SortKey>,
    pub on_details: Callback<Details>,
    /// How many of the view's rows to render.
    pub limit: usize,
    /// How many more a "show more" adds.
    pub page: usize,
    pub on_more: Callback<()>,
    pub region_label: AttrValue,
    /// Plain HTML without controls, for the matrix prerendered at build
    /// time: with no script running, buttons would only mislead.
    #[prop_or_default]
    pub static_html: bool,
}

#[component]
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    let scroller = use_node_ref();
    let overflowing = use_overflow(&scroller);
    let (lang, matrix, view) = (props.lang, &props.matrix, &props.view);
    let t = lang.texts();
    let sort = props.filter.sort;
    let aria_sort = |key: SortKey| -> AttrValue {
        if sort.key != key {
            "none".into()
        } else if sort.direction == Direction::Ascending {
            "ascending".into()
        } else {
            "descending".into()
        }
    };
    let static_html = props.static_html;
    let sort_button = |key: SortKey, label: &'static str, hint: &'static str| {
        if static_html {
            return html! { { label } };
        }
        let arrow = match (sort.key == key, sort.direction) {
            (false, _) => "↕",
            (true, Direction::Ascending) => "↑",
            (true, Direction::Descending) => "↓",
        };
        html! {
            <button type="button" class="nm-sort" tabindex="-1" onclick={props.on_sort.reform(move |_: MouseEvent| key)}>
                { label }<span class="nm-sr">{ format!(", {hint}") }</span>
                <span class="nm-arrow" aria-hidden="true">{ arrow }</span>
            </button>
        }
    };

    let header = html! {
        <tr>
            <th scope="col" class="nm-member-col" aria-sort={aria_sort(SortKey::Name)}>
                { sort_button(SortKey::Name, t.member_header, t.sort_by_name) }
            </th>
            for &n in &view.columns {
                <th scope="col" key={matrix.networks()[n].id.clone()} class="nm-net-col">
                    if static_html {
                        <abbr title={matrix.networks()[n].name.clone()}>{ &matrix.networks()[n].short }</abbr>
                    } else {
                        <button type="button" class="nm-link" aria-haspopup="dialog" tabindex="-1"
                            onclick={props.on_details.reform(move |_: MouseEvent| Details::Network(n))}>
                            <abbr title={matrix.networks()[n].name.clone()}>{ &matrix.networks()[n].short }</abbr>
                            <span class="nm-sr">{ format!(" ({})", matrix.networks()[n].name) }</span>
                        </button>
                    }
                </th>
            }
            <th scope="col" class="nm-total-col" aria-sort={aria_sort(SortKey::Count)}>
                { sort_button(SortKey::Count, t.total_header, t.sort_by_count) }
            </th>
        </tr>
    };

    let table = use_node_ref();
    let grid_keys = use_grid_keys(&table);
    // Cells without a control of their own take focus themselves.
    let focusable = (!static_html).then_some("-1");
    let shown = view.rows.len().min(props.limit);
    let rest = view.rows.len() - shown;
    // One shared copy for every row, so a row's properties compare equal
    // while the columns stay the same.
    let columns: Rc<[usize]> = view.columns.as_slice().into();
    let rows = view
        .rows
        .iter()
        .zip(&view.row_totals)
        .take(shown)
        // Rows are not keyed by member: a keystroke that changes the result
        // patches the rows in place (text and attributes) instead of
        // removing them and building new ones, which cost twice as much at
        // 11 000 members. A row whose member stays at its place is skipped.
        .map(|(&m, &total)| {
            html! {
                <MatrixRow {lang} matrix={matrix.clone()}
                    member={m} {total} columns={columns.clone()} year={props.filter.year}
                    on_details={props.on_details.clone()} {static_html} />
            }
        });

    html! {
        <>
        // Only a container that really scrolls is a named region. It is
        // no tab stop: the grid is, and moving in it scrolls the cell into
        // view.
        <div class="nm-scroll" ref={scroller}
            role={overflowing.then_some("region")}
            aria-label={overflowing.then(|| props.region_label.clone())}>
            // The row count covers every matching row, also those not yet
            // rendered, so a screen reader tells the true size. The rendered
            // rows are always the first ones, so their own positions need no
            // aria-rowindex.
            <table class="nm-table" aria-rowcount={(view.rows.len() + 2).to_string()}
                role={(!static_html).then_some("grid")} ref={table} onkeydown={(!static_html).then_some(grid_keys)}>
                <caption>{ &matrix.dataset().title }</caption>
                <thead>{ header }</thead>
                <tbody>
                    { for rows }
                    if view.rows.is_empty() {
                        <tr><td colspan={(view.columns.len() + 2).to_string()} class="nm-empty" tabindex={focusable}>{ t.no_rows }</td></tr>
                    }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" tabindex={focusable}>{ t.total_row }</th>
                        for (&n, &total) in view.columns.iter().zip(&view.column_totals) {
                            <td key={matrix.networks()[n].id.clone()} class="nm-total" tabindex={focusable}>{ total }</td>
                        }
                        <td class="nm-total" tabindex={focusable}>{ view.row_totals.iter().sum::<usize>() }</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        if rest > 0 {
            <p class="nm-more">
                <button type="button" class="nm-button" onclick={props.on_more.reform(|_: MouseEvent| ())}>
                    { lang.show_more(rest.min(props.page), rest) }
                </button>
            </p>
        }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct MatrixRowProps {
    lang: Lang,
    matrix: Rc<Matrix>,
    member: usize,
    total: usize,
    columns: Rc<[usize]>,
    year: Option<i32>,
    on_details: Callback<Details>,
    static_html: bool,
}

/// One member's row. A component of its own so that Yew skips the rows whose
/// properties did not change: typing another letter often keeps the first
/// rows of the page where they were.
#[component]
fn MatrixRow(props: &MatrixRowProps) -> Html {
    let (lang, matrix, m) = (props.lang, &props.matrix, props.member);
    let member = &matrix.members()[m];
    html! {
        <tr>
            <th scope="row">
                if props.static_html {
                    { &member.name }
                    if let Some(region) = &member.region {
                        <span class="nm-region">{ format!(" ({region})") }</span>
                    }
                } else {
                    <button type="button" class="nm-link" aria-haspopup="dialog" tabindex="-1"
                        onclick={props.on_details.reform(move |_: MouseEvent| Details::Member(m))}>
                        { &member.name }
                        if let Some(region) = &member.region {
                            <span class="nm-region">{ format!(" ({region})") }</span>
                        }
                    </button>
                }
            </th>
            for &n in props.columns.iter() {
                if props.static_html {
                    { static_cell(lang, matrix, props.year, m, n) }
                } else {
                    { cell(lang, matrix, props.year, m, n, &props.on_details) }
                }
            }
            <td class="nm-total" tabindex={(!props.static_html).then_some("-1")}>{ props.total }</td>
        </tr>
    }
}

/// One cell: the role as symbol and text, the year and marks. Its accessible
/// name is a full sentence ("Augsburg, DEFUS: Gründungsmitglied seit
/// 2010"), given as `aria-label` rather than as hidden text, which would
/// cost a text layout per cell.
fn cell(
    lang: Lang,
    matrix: &Matrix,
    year: Option<i32>,
    m: usize,
    n: usize,
    on_details: &Callback<Details>,
) -> Html {
    let t = lang.texts();
    let member = &matrix.members()[m].name;
    let network = &matrix.networks()[n].short;
    let key = matrix.networks()[n].id.clone();
    let fact = matrix.fact_in_year(m, n, year);
    let hosted = matrix.host_years(m, n, year);
    if fact.is_none() && hosted.is_empty() {
        return html! {
            <td key={key} class="nm-cell nm-none" tabindex="-1"
                aria-label={lang.cell_statement(member, network, None, &[])}>{ "–" }</td>
        };
    }
    let mut statement = lang.cell_statement(member, network, fact, &hosted);
    let conflicting = fact.is_some_and(|f| f.evidence.iter().any(|e| e.conflicting));
    // With a year chosen, a fact without a start year is shown but
    // marked: hiding it would turn "unknown" into "no".
    let unknown_year = year.is_some() && fact.is_some_and(|f| f.since.is_none());
    for (on, text) in [(conflicting, t.conflicting), (unknown_year, t.year_unknown)] {
        if on {
            statement.push_str(&format!(", {text}"));
        }
    }
    let inferred = fact.is_some_and(|f| f.inferred);
    html! {
        <td key={key} class={cell_class(fact)}>
            <button type="button" class="nm-cell-btn" aria-haspopup="dialog" aria-label={statement} tabindex="-1"
                onclick={on_details.reform(move |_: MouseEvent| Details::Cell { member: m, network: n })}>
                // The terse visible text is hidden from assistive
                // technology, which hears the full sentence instead.
                <span aria-hidden="true">
                    { cell_core(lang, fact, &hosted) }
                    if inferred { <span class="nm-mark">{ "*" }</span> }
                    if conflicting { <span class="nm-mark">{ "!" }</span> }
                    if unknown_year { <span class="nm-mark">{ "?" }</span> }
                </span>
            </button>
        </td>
    }
}

/// A filled cell's classes: its role, or "host" for a hosting alone.
fn cell_class(fact: Option<&Membership>) -> Classes {
    classes!("nm-cell", fact.map_or("host", |f| f.role.key()))
}

/// A cell of the prerendered matrix: the same visible text, no control. A
/// screen reader gets it with its row and column headers, as in any table.
fn static_cell(lang: Lang, matrix: &Matrix, year: Option<i32>, m: usize, n: usize) -> Html {
    let t = lang.texts();
    let key = matrix.networks()[n].id.clone();
    let fact = matrix.fact_in_year(m, n, year);
    let hosted = matrix.host_years(m, n, year);
    if fact.is_none() && hosted.is_empty() {
        return html! { <td key={key} class="nm-cell nm-none">{ t.no_information }</td> };
    }
    html! {
        <td key={key} class={cell_class(fact)}>
            { cell_core(lang, fact, &hosted) }
            if fact.is_some_and(|f| f.inferred) { { format!(" ({})", t.inferred) } }
        </td>
    }
}

/// The visible core of a filled cell: symbol (not read aloud), role, year,
/// and the years the member hosted the network's congress, on a line of
/// their own.
fn cell_core(lang: Lang, fact: Option<&Membership>, hosted: &[i32]) -> Html {
    html! {
        <>
            if let Some(f) = fact {
                // The symbol stays on the line of its word.
                <span class="nm-role">
                    <span class="nm-sym" aria-hidden="true">{ f.role.symbol() }</span>
                    { " " }{ lang.role(f.role) }
                </span>
                if let Some(y) = f.since { <span class="nm-year">{ format!(" {}", lang.since(y)) }</span> }
            }
            if !hosted.is_empty() {
                // The years may wrap; the symbol stays with its word.
                <span class="nm-host">
                    <span class="nm-role">
                        <span class="nm-sym" aria-hidden="true">{ Hosting::SYMBOL }</span>
                        { " " }{ lang.texts().host }
                    </span>
                    { format!(" {}", lang.host_years(hosted)) }
                </span>
            }
        </>
    }
}

/// Whether the element is narrower than its content. Checked when the
/// element or its table changes size (window, zoom, text size, rows added or
/// removed): a ResizeObserver reports after layout, so no render forces a
/// synchronous layout to find out.
#[hook]
fn use_overflow(node: &NodeRef) -> bool {
    let overflowing = use_state_eq(|| false);
    {
        let (node, overflowing) = (node.clone(), overflowing.clone());
        use_effect_with((), move |_| {
            let check = {
                let node = node.clone();
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        overflowing.set(el.scroll_width() > el.client_width());
                    }
                }
            };
            // The container and its table: either changing size can change
            // whether the one overflows the other.
            let observer = node.cast::<web_sys::Element>().and_then(|el| {
                let watched: Vec<web_sys::Element> = std::iter::once(el.clone())
                    .chain(el.first_element_child())
                    .collect();
                crate::browser::on_resize(&watched, check)
            });
            move || drop(observer)
        });
    }
    *overflowing
}
