//! The matrix as one keyboard stop, after the WAI-ARIA APG data grid: one
//! cell holds `tabindex="0"`, every other cell or control in it `-1`; the
//! arrow keys, Home and End (with Ctrl: of the whole grid), PageUp and
//! PageDown move between cells. Positions are read from the table itself
//! (`rows`, `cells`) when a key is pressed, so the memoised rows need not
//! know where they are.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTableCellElement, HtmlTableElement, HtmlTableRowElement};
use yew::prelude::*;

/// Rows moved by PageUp and PageDown.
const PAGE: i32 = 10;

/// The element that takes focus for a cell: its control, or the cell.
fn target(cell: &Element) -> Option<HtmlElement> {
    cell.query_selector("button")
        .ok()
        .flatten()
        .unwrap_or_else(|| cell.clone())
        .dyn_into()
        .ok()
}

fn cell_at(table: &HtmlTableElement, row: u32, col: u32) -> Option<Element> {
    let row: HtmlTableRowElement = table.rows().item(row)?.dyn_into().ok()?;
    row.cells().item(col)
}

/// Keeps exactly one tab stop in the grid, at the remembered position (or
/// the nearest that still exists), and returns the key handler.
#[hook]
pub fn use_grid_keys(table: &NodeRef) -> Callback<KeyboardEvent> {
    let position = use_mut_ref(|| (0u32, 0u32));
    let stop = use_mut_ref(|| None::<HtmlElement>);
    {
        let (table, position, stop) = (table.clone(), position.clone(), stop.clone());
        // After every render: rows may have come and gone.
        use_effect(move || {
            if let Some(t) = table.cast::<HtmlTableElement>() {
                let (r, c) = *position.borrow();
                let rows = t.rows().length().max(1);
                let r = r.min(rows - 1);
                let width = cell_at(&t, r, 0)
                    .and_then(|c| c.parent_element())
                    .and_then(|row| row.dyn_into::<HtmlTableRowElement>().ok())
                    .map_or(1, |row| row.cells().length().max(1));
                let c = c.min(width - 1);
                *position.borrow_mut() = (r, c);
                if let Some(el) = cell_at(&t, r, c).and_then(|cell| target(&cell)) {
                    move_stop(&stop, el);
                }
            }
        });
    }
    let table = table.clone();
    Callback::from(move |e: KeyboardEvent| {
        let Some(t) = table.cast::<HtmlTableElement>() else {
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
        let (r, c) = (row.row_index(), cell.cell_index());
        let (rows, width) = (t.rows().length() as i32, row.cells().length() as i32);
        let ctrl = e.ctrl_key() || e.meta_key();
        let (nr, nc) = match e.key().as_str() {
            "ArrowRight" => (r, c + 1),
            "ArrowLeft" => (r, c - 1),
            "ArrowDown" => (r + 1, c),
            "ArrowUp" => (r - 1, c),
            "Home" if ctrl => (0, 0),
            "End" if ctrl => (rows - 1, width - 1),
            "Home" => (r, 0),
            "End" => (r, width - 1),
            "PageDown" => (r + PAGE, c),
            "PageUp" => (r - PAGE, c),
            _ => return,
        };
        e.prevent_default();
        // A row of a different width (the "no result" row) keeps the column
        // in range.
        let nr = nr.clamp(0, rows - 1) as u32;
        let Some(next_row) = t
            .rows()
            .item(nr)
            .and_then(|x| x.dyn_into::<HtmlTableRowElement>().ok())
        else {
            return;
        };
        let nc = nc.clamp(0, next_row.cells().length() as i32 - 1) as u32;
        if let Some(el) = next_row.cells().item(nc).and_then(|cell| target(&cell)) {
            *position.borrow_mut() = (nr, nc);
            move_stop(&stop, el.clone());
            let _ = el.focus();
        }
    })
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
