//! The matrix as one keyboard stop, after the WAI-ARIA APG data grid: one
//! cell holds `tabindex="0"`, every other cell or control in it `-1`; the
//! arrow keys, Home and End (with Ctrl: of the whole grid), PageUp and
//! PageDown move between cells. Rows are found by their `aria-rowindex`, the
//! row's place in the whole result, so the grid moves through every row of
//! a long result although only those near the view are rendered: a row not
//! rendered is asked for (`reveal`) and takes focus once it is.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTableCellElement, HtmlTableRowElement, Node};
use yew::prelude::*;

/// Rows moved by PageUp and PageDown.
const PAGE: i64 = 10;

/// The element that takes focus for a cell: its control, or the cell.
fn target(cell: &Element) -> Option<HtmlElement> {
    cell.query_selector("button")
        .ok()
        .flatten()
        .unwrap_or_else(|| cell.clone())
        .dyn_into()
        .ok()
}

/// A row's place in the whole grid, from 1.
fn index_of(row: &Element) -> Option<u32> {
    row.get_attribute("aria-rowindex")?.parse().ok()
}

/// The rendered row at `index`, or none.
fn row_at(table: &Element, index: u32) -> Option<HtmlTableRowElement> {
    table
        .query_selector(&format!("tr[aria-rowindex=\"{index}\"]"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The rendered row at `index`, or else the first rendered one of the
/// result: where the tab stop goes when its row scrolled out of the window.
fn row_or_first(table: &Element, index: u32) -> Option<HtmlTableRowElement> {
    row_at(table, index).or_else(|| {
        table
            .query_selector("tr[aria-rowindex]:not([aria-rowindex=\"1\"])")
            .ok()
            .flatten()?
            .dyn_into()
            .ok()
    })
}

fn cell_in(row: &HtmlTableRowElement, col: u32) -> Option<HtmlElement> {
    let width = row.cells().length().max(1);
    target(&row.cells().item(col.min(width - 1))?)
}

/// The grid's handlers.
pub struct GridKeys {
    pub onkeydown: Callback<KeyboardEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
}

/// Keeps exactly one tab stop in the grid, at the remembered position (or
/// the first row rendered), and returns the handlers. `reveal` asks for a
/// row of the result (from 0) to be rendered; `focused` is told the row of
/// the result that holds focus, so it stays rendered while the visitor
/// scrolls away from it.
#[hook]
pub fn use_grid_keys(
    table: &NodeRef,
    reveal: Callback<usize>,
    focused: &Rc<Cell<Option<usize>>>,
) -> GridKeys {
    let position = use_mut_ref(|| (1u32, 0u32));
    // A cell keyboard focus is on its way to, in a row not yet rendered.
    let pending = use_mut_ref(|| false);
    let stop = use_mut_ref(|| None::<HtmlElement>);
    {
        let (table, position, pending, stop) = (
            table.clone(),
            position.clone(),
            pending.clone(),
            stop.clone(),
        );
        // After every render: rows may have come and gone.
        use_effect(move || {
            let Some(t) = table.cast::<Element>() else {
                return;
            };
            let (r, c) = *position.borrow();
            // A render before the one that draws the row leaves focus on
            // its way: it is given up only when focus leaves the grid.
            if take_focus(&t, r, c, &pending, &stop) {
                return;
            }
            if let Some(el) = row_or_first(&t, r).and_then(|row| cell_in(&row, c)) {
                move_stop(&stop, el);
            }
        });
    }
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| {
            let row = e
                .target()
                .and_then(|x| x.dyn_into::<Element>().ok())
                .and_then(|x| x.closest("tr").ok().flatten())
                .and_then(|row| index_of(&row));
            // Header and totals are always rendered; result rows from 2.
            focused.set(row.and_then(|r| (r as usize).checked_sub(2)));
        })
    };
    let onfocusout = {
        let (focused, table, pending) = (focused.clone(), table.clone(), pending.clone());
        Callback::from(move |e: FocusEvent| {
            let to = e.related_target();
            let inside = to
                .clone()
                .and_then(|x| x.dyn_into::<Node>().ok())
                .is_some_and(|to| table.cast::<Node>().is_some_and(|t| t.contains(Some(&to))));
            // Focus leaving the page (another window) comes back to the
            // same cell, which must still be there.
            let page_left = to.is_none()
                && web_sys::window()
                    .and_then(|w| w.document())
                    .is_some_and(|d| d.has_focus().is_ok_and(|has| !has));
            if !inside && !page_left {
                focused.set(None);
                // Focus went elsewhere: a row still on its way must not
                // take it back when it comes.
                *pending.borrow_mut() = false;
            }
        })
    };
    let table = table.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let Some(t) = table.cast::<Element>() else {
            return;
        };
        let Some(cell) = e
            .target()
            .and_then(|x| x.dyn_into::<Element>().ok())
            .and_then(|x| x.closest("td, th").ok().flatten())
            .and_then(|x| x.dyn_into::<HtmlTableCellElement>().ok())
        else {
            return;
        };
        let Some(row) = cell
            .parent_element()
            .and_then(|r| r.dyn_into::<HtmlTableRowElement>().ok())
        else {
            return;
        };
        let Some(r) = index_of(&row) else {
            return;
        };
        let rows = t
            .get_attribute("aria-rowcount")
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(1);
        let (r, c) = (i64::from(r), i64::from(cell.cell_index()));
        let width = i64::from(row.cells().length());
        let ctrl = e.ctrl_key() || e.meta_key();
        let (nr, nc) = match e.key().as_str() {
            "ArrowRight" => (r, c + 1),
            "ArrowLeft" => (r, c - 1),
            "ArrowDown" => (r + 1, c),
            "ArrowUp" => (r - 1, c),
            "Home" if ctrl => (1, 0),
            "End" if ctrl => (i64::from(rows), width - 1),
            "Home" => (r, 0),
            "End" => (r, width - 1),
            "PageDown" => (r + PAGE, c),
            "PageUp" => (r - PAGE, c),
            _ => return,
        };
        e.prevent_default();
        let nr = nr.clamp(1, i64::from(rows)) as u32;
        let nc = nc.max(0) as u32;
        *position.borrow_mut() = (nr, nc);
        match row_at(&t, nr) {
            // A row of a different width (the "no result" row) keeps the
            // column in range.
            Some(next) => {
                if let Some(el) = cell_in(&next, nc) {
                    move_stop(&stop, el.clone());
                    let _ = el.focus();
                }
            }
            // Header and totals are always rendered: a row missing is one
            // of the result's, outside the window.
            None if nr >= 2 => {
                *pending.borrow_mut() = true;
                reveal.emit(nr as usize - 2);
            }
            None => {}
        }
    });
    GridKeys {
        onkeydown,
        onfocusin,
        onfocusout,
    }
}

/// Focuses the cell at row `r`, column `c` if keyboard focus is on its way
/// there (`pending`) and the row is rendered; says whether it did.
fn take_focus(
    t: &Element,
    r: u32,
    c: u32,
    pending: &Rc<RefCell<bool>>,
    stop: &Rc<RefCell<Option<HtmlElement>>>,
) -> bool {
    if !*pending.borrow() {
        return false;
    }
    let Some(el) = row_at(t, r).and_then(|row| cell_in(&row, c)) else {
        return false;
    };
    *pending.borrow_mut() = false;
    move_stop(stop, el.clone());
    let _ = el.focus();
    true
}

/// Moves the single `tabindex="0"` to `el`.
fn move_stop(stop: &Rc<RefCell<Option<HtmlElement>>>, el: HtmlElement) {
    let mut current = stop.borrow_mut();
    if current.as_ref() == Some(&el) && el.tab_index() == 0 {
        return;
    }
    if let Some(old) = current.take() {
        old.set_tab_index(-1);
    }
    el.set_tab_index(0);
    *current = Some(el);
}
