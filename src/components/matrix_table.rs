//! The membership table: members as row headers, networks as column headers,
//! one cell per fact, totals per row and column.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTableCellElement};
use yew::prelude::*;

use super::grid_keys::use_grid_keys;
use super::matrix_row::{cell_keys, MatrixRow};
use super::row_window::{use_row_window, Shape};
use super::Details;
use crate::core::window::scrolls;
use crate::core::{Direction, Filter, Lang, Matrix, SortKey, View};

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub view: Rc<View>,
    pub filter: Filter,
    pub on_sort: Callback<SortKey>,
    pub on_details: Callback<Details>,
    /// Rows a long dataset's scroll box shows at once (`data-page-size`);
    /// otherwise most of the window's height.
    #[prop_or_default]
    pub rows_in_view: Option<usize>,
    pub region_label: AttrValue,
    /// At most this many rows, for a first render (`App::progressive`); a
    /// windowed table renders the rows in its view anyway.
    #[prop_or_default]
    pub first_rows: Option<usize>,
    /// Plain HTML without controls, for the matrix prerendered at build
    /// time: with no script running, buttons would only mislead.
    #[prop_or_default]
    pub static_html: bool,
}

#[component]
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    let scroller = use_node_ref();
    let (lang, matrix, view) = (props.lang, &props.matrix, &props.view);
    let total = view.rows.len();
    let body = use_node_ref();
    // A long dataset's table scrolls in a box of its own that renders only
    // the rows in its view (`core::window::scrolls`).
    let static_html = cfg!(feature = "ssr") && props.static_html;
    let windowed =
        !static_html && scrolls(view.total_members, view.columns.len(), props.rows_in_view);
    // The row of the result that holds keyboard focus: kept rendered.
    let focused: Rc<Cell<Option<usize>>> = use_memo((), |_| Cell::new(None));
    let shape = Shape {
        windowed,
        rows_in_view: props.rows_in_view,
        first_rows: props.first_rows,
    };
    let shown = use_row_window(&scroller, &body, view, shape, &focused);
    let overflowing = shown.overflowing;
    let window = shown.window;
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

    // Columns whose list the network's own count shows to be incomplete,
    // worked out once per dataset and language.
    let incomplete = use_memo((Rc::as_ptr(matrix) as usize, lang), {
        let matrix = matrix.clone();
        move |_| {
            let d = matrix.dataset();
            crate::core::coverage::all(d)
                .iter()
                .zip(&d.networks)
                .map(|(c, n)| {
                    let date = c
                        .stated
                        .and_then(|s| matrix.source(&s.source))
                        .and_then(|s| s.date.as_deref());
                    lang.incomplete_column(&n.short, c, date)
                })
                .collect::<Vec<_>>()
        }
    });
    let header = html! {
        <tr aria-rowindex="1">
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
                            if incomplete[n].is_some() { <span class="nm-mark" aria-hidden="true">{ "+" }</span> }
                            <span class="nm-sr">{ format!(" ({})", matrix.networks()[n].name) }</span>
                            if let Some(note) = &incomplete[n] { <span class="nm-sr">{ format!("; {note}") }</span> }
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
    let grid = use_grid_keys(&table, shown.reveal.clone(), &focused);
    let live = !static_html;
    // Cells without a control of their own take focus themselves.
    let focusable = live.then_some("-1");
    // The "no result" row counts as a row.
    let row_count = total.max(1) + 2;
    // One shared copy for every row, so a row's properties compare equal
    // while the columns stay the same.
    let columns: Rc<[usize]> = view.columns.as_slice().into();
    let keys = use_memo(matrix.clone(), |matrix| cell_keys(matrix));
    // The rows' buttons are handled here, by the row and the cell they
    // are in: a row that shows another member needs no new handlers.
    let onclick = {
        let (on_details, columns) = (props.on_details.clone(), columns.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(details) = clicked(&e, &columns) {
                on_details.emit(details);
            }
        })
    };
    // Rows are keyed by their place in the result. A scroll removes the
    // rows that left the window and adds those that came, and leaves every
    // other row, and the focus in it, where it is (a row holding focus
    // stays rendered beside the window). A keystroke that changes
    // the result keeps the places, so the rows are patched in place (text
    // and attributes) instead of built anew; a row whose member stays at
    // its place is skipped.
    let rows = window.rendered(shown.kept).map(|i| {
        html! {
            <MatrixRow key={i} {lang} matrix={matrix.clone()}
                member={view.rows[i]} index={i} total={view.row_totals[i]}
                home={view.home.filter(|_| i == 0).map(|h| h.in_result)}
                columns={columns.clone()} keys={(*keys).clone()} year={props.filter.year}
                {static_html} />
        }
    });
    let width = (view.columns.len() + 2).to_string();
    let spacer = |class: &'static str| {
        html! { <tr class={classes!("nm-spacer", class)} aria-hidden="true"><td colspan={width.clone()}></td></tr> }
    };

    html! {
        // Only a container that really scrolls is a named region. It is
        // no tab stop: the grid is, and moving in it scrolls the cell into
        // view.
        <div class={classes!("nm-scroll", shown.windowed.then_some("nm-windowed"))} ref={scroller}
            role={overflowing.then_some("region")}
            aria-label={overflowing.then(|| props.region_label.clone())}
            onscroll={shown.onscroll}>
            // The row count and each row's index are those of the whole
            // result, also where rows are not rendered, so a screen reader
            // tells the true size and place.
            <table class="nm-table" aria-rowcount={row_count.to_string()}
                role={live.then_some("grid")} ref={table} onkeydown={live.then_some(grid.onkeydown)}
                onfocusin={live.then_some(grid.onfocusin)} onfocusout={live.then_some(grid.onfocusout)}>
                <caption>{ &matrix.dataset().title }</caption>
                <thead>{ header }</thead>
                <tbody ref={body} onclick={live.then_some(onclick)}>
                    // Spacers stand for the rows above and below the
                    // window, so the box scrolls as far as the whole result.
                    if !static_html { { spacer("nm-above") } }
                    // A list of its own: keyed as a whole, so Yew matches
                    // rows by key and not by place among the spacers.
                    <>{ for rows }</>
                    if !static_html { { spacer("nm-below") } }
                    if view.rows.is_empty() {
                        <tr aria-rowindex="2"><td colspan={width.clone()} class="nm-empty" tabindex={focusable}>{ t.no_rows }</td></tr>
                    }
                </tbody>
                <tfoot>
                    <tr aria-rowindex={row_count.to_string()}>
                        <th scope="row" tabindex={focusable}>{ t.total_row }</th>
                        for (&n, &total) in view.columns.iter().zip(&view.column_totals) {
                            <td key={keys[n].clone()} class="nm-total" tabindex={focusable}>{ total }</td>
                        }
                        <td class="nm-total" tabindex={focusable}>{ view.result_totals().iter().sum::<usize>() }</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// What a click in the body opens: a member's details from its name, a
/// cell's from its button. The row names its member (`data-m`); a cell's
/// place in its row names the network (the row header is place 0).
fn clicked(e: &MouseEvent, columns: &[usize]) -> Option<Details> {
    let target: Element = e.target_dyn_into()?;
    let button = target.closest("button").ok()??;
    let row = button.closest("tr[data-m]").ok()??;
    let member = row.get_attribute("data-m")?.parse().ok()?;
    let cell = button.closest("td, th").ok()??;
    match cell.dyn_into::<HtmlTableCellElement>().ok()?.cell_index() {
        0 => Some(Details::Member(member)),
        place => columns
            .get(usize::try_from(place).ok()? - 1)
            .map(|&network| Details::Cell { member, network }),
    }
}
