//! The rows of a long result that are rendered: those in the scroll box's
//! view and a few around them (`core::window`), kept up to date as the box
//! scrolls or changes size, and every row while the page prints.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::browser::{on_resize, on_window};
use crate::core::window::{RowHeight, RowWindow};
use crate::core::View;

/// A row's height before one is measured: one line of text.
const GUESSED_ROW: f64 = crate::core::window::ONE_LINE_ROW;

struct Held {
    /// The result the window belongs to; a new one starts at its top.
    view: Option<Rc<View>>,
    /// Counts new results, so an effect can follow them cheaply.
    generation: u64,
    window: RowWindow,
    windowed: bool,
    heights: RowHeight,
    /// The last window whose rows were measured: each counts once.
    sampled: RowWindow,
    /// The window last rendered, and the height per row its spacers were
    /// drawn with: what the page shows until the next render.
    drawn: RowWindow,
    /// The row kept rendered outside the window, where focus is.
    kept: Option<usize>,
    spacer_row: f64,
    view_height: f64,
    /// From the top of the scrolled content to the first row: the caption
    /// and the header row.
    head_height: f64,
    /// The heights last set: above, below, and the box's.
    sizes: [String; 3],
    /// The box's scroll position when last measured.
    scroll_top: i32,
    measured: bool,
    printing: bool,
}

impl Held {
    fn row_height(&self) -> f64 {
        self.heights.get(GUESSED_ROW)
    }
}

/// What the table renders, and the handlers that keep it current.
pub struct Rows {
    pub window: RowWindow,
    /// A row outside the window that holds keyboard focus, also rendered.
    pub kept: Option<usize>,
    /// Whether rows are left out: the table then scrolls in a box of its own.
    pub windowed: bool,
    /// Whether the box scrolls, across or down.
    pub overflowing: bool,
    pub onscroll: Callback<Event>,
    /// Moves the window so that this row of the result is rendered.
    pub reveal: Callback<usize>,
}

/// How a table shows its rows.
#[derive(Clone, Copy)]
pub struct Shape {
    /// Whether it scrolls in a box of its own that renders the rows in
    /// its view (`core::window::scrolls`).
    pub windowed: bool,
    /// Rows the box shows at once (`data-page-size`); otherwise the
    /// stylesheet's height.
    pub rows_in_view: Option<usize>,
    /// Where not windowed, at most this many rows: a first render
    /// (`App::progressive`).
    pub first_rows: Option<usize>,
}

#[hook]
pub fn use_row_window(
    scroller: &NodeRef,
    body: &NodeRef,
    view: &Rc<View>,
    shape: Shape,
    focused: &Rc<Cell<Option<usize>>>,
) -> Rows {
    let Shape {
        windowed,
        rows_in_view,
        first_rows,
    } = shape;
    let held = use_mut_ref(|| Held {
        view: None,
        generation: 0,
        window: RowWindow::default(),
        windowed: false,
        heights: RowHeight::default(),
        sampled: RowWindow::default(),
        drawn: RowWindow::default(),
        kept: None,
        spacer_row: GUESSED_ROW,
        // Until measured after the first render: 75 % of a small window.
        view_height: 540.0,
        head_height: 2.0 * GUESSED_ROW,
        sizes: Default::default(),
        scroll_top: 0,
        measured: false,
        printing: false,
    });
    let redraw = use_force_update();
    let total = view.rows.len();
    let (window, kept, windowed, generation) = {
        let mut h = held.borrow_mut();
        if !h.view.as_ref().is_some_and(|v| Rc::ptr_eq(v, view)) {
            h.view = Some(view.clone());
            h.generation += 1;
            h.window = RowWindow::around(total, 0.0, h.view_height, h.row_height());
        }
        h.windowed = windowed && !h.printing;
        // Not windowed: every row, or at first the rows that fill the
        // window.
        let window = if h.windowed {
            h.window
        } else {
            RowWindow::all(total.min(first_rows.unwrap_or(total)))
        };
        let kept = match h.windowed {
            true => window.kept(total, focused.get()),
            false => None,
        };
        h.drawn = window;
        h.kept = kept;
        h.spacer_row = h.row_height();
        (window, kept, h.windowed, h.generation)
    };

    // Reads the box and its rows after layout (a scroll, a resize, the
    // first render) and moves the window where they say.
    let measure = {
        let (scroller, body, held, redraw, focused) = (
            scroller.clone(),
            body.clone(),
            held.clone(),
            redraw.clone(),
            focused.clone(),
        );
        Rc::new(move || {
            let (Some(sc), Some(tb)) = (scroller.cast::<Element>(), body.cast::<Element>()) else {
                return;
            };
            let mut h = held.borrow_mut();
            let Some(total) = h.view.as_ref().map(|v| v.rows.len()) else {
                return;
            };
            if !h.windowed {
                return;
            }
            // The window's rows lie between the two spacers, and a row kept
            // for the focus beside them.
            let (Some(above), Ok(Some(below))) =
                (tb.first_element_child(), tb.query_selector(".nm-below"))
            else {
                return;
            };
            let drawn = h.drawn;
            let (above, below) = match h.kept {
                Some(k) if k < drawn.first => (above.next_element_sibling(), Some(below)),
                Some(_) => (Some(above), below.previous_element_sibling()),
                None => (Some(above), Some(below)),
            };
            let (Some(above), Some(below)) = (above, below) else {
                return;
            };
            let (s, b) = (sc.get_bounding_client_rect(), tb.get_bounding_client_rect());
            let start = above.get_bounding_client_rect().bottom();
            let block = below.get_bounding_client_rect().top() - start;
            if drawn != h.sampled {
                h.heights.add(block, drawn.count);
                h.sampled = drawn;
            }
            let top = s.top() + f64::from(sc.client_top());
            // The box's largest height so far: a short result shrinks it,
            // and the next long one should not start with too few rows.
            let client = f64::from(sc.client_height());
            h.view_height = if h.measured {
                h.view_height.max(client)
            } else {
                client
            };
            h.scroll_top = sc.scroll_top();
            h.head_height = b.top() - top + f64::from(h.scroll_top);
            h.measured = true;
            // Where the view is, read from the rows and spacers as drawn;
            // the estimate only turns it into the next window.
            let row = drawn.row_at(top - start, block, h.spacer_row);
            let height = h.row_height();
            let next = h.window.follow(total, row * height, h.view_height, height);
            // A row kept for a focus that has left goes too.
            let kept = next.kept(total, focused.get());
            if next != h.window || (height - h.spacer_row).abs() > 0.5 || kept != h.kept {
                h.window = next;
                drop(h);
                redraw.force_update();
            }
        })
    };

    // Spacer heights and the box's height go through CSSOM, which a strict
    // style-src allows where a style attribute would be refused. They are
    // set on the spacers themselves (a custom property on the box would
    // restyle every cell under it) and only when they change, while
    // rendering, where the elements exist, so they change in the same task
    // as the rows: Yew may run effects in a later task, after a frame with
    // the old heights.
    let size_box = {
        let (scroller, body, held) = (scroller.clone(), body.clone(), held.clone());
        move || {
            if let (Some(sc), Some(tb)) = (scroller.cast::<HtmlElement>(), body.cast::<Element>()) {
                let mut h = held.borrow_mut();
                let (above, below) = match h.windowed {
                    true => window.spacers(total, h.spacer_row, kept),
                    false => (0.0, 0.0),
                };
                // The rows the host page asked for, or the stylesheet's
                // height (most of the window).
                let height = match (h.windowed, rows_in_view) {
                    (true, Some(n)) => px(h.head_height + n as f64 * h.row_height() + 2.0),
                    _ => String::new(),
                };
                let sizes = [px(above), px(below), height];
                if h.sizes != sizes {
                    if let Ok(spacers) = tb.query_selector_all(".nm-spacer td") {
                        for (i, size) in sizes[..2].iter().enumerate() {
                            let td = spacers
                                .item(i as u32)
                                .and_then(|n| n.dyn_into::<HtmlElement>().ok());
                            if let Some(td) = td {
                                let _ = td.style().set_property("height", size);
                            }
                        }
                    }
                    let _ = sc.style().set_property("max-height", &sizes[2]);
                    h.sizes = sizes;
                }
            }
        }
    };
    size_box();
    {
        let (held, measure) = (held.clone(), measure.clone());
        use_effect(move || {
            // The first render has no box until now.
            size_box();
            let first_time = {
                let h = held.borrow();
                h.windowed && !h.measured
            };
            if first_time {
                measure();
            }
        });
    }
    // A new result starts at its top. The position is the one last
    // measured: reading it here would lay out the page within the
    // keystroke's script.
    {
        let (scroller, held) = (scroller.clone(), held.clone());
        use_effect_with(generation, move |_| {
            if std::mem::take(&mut held.borrow_mut().scroll_top) != 0 {
                if let Some(el) = scroller.cast::<Element>() {
                    el.set_scroll_top(0);
                }
            }
        });
    }
    // The box or its table changing size (window, zoom, text size, rows)
    // changes the rows in view, and whether the table is wider than the
    // box; printing renders every row, and the view's rows again after.
    // Checked when a ResizeObserver reports, after layout, so no render
    // forces a synchronous layout to find out.
    let overflowing = use_state_eq(|| false);
    {
        let (scroller, held, redraw, measure, overflowing) = (
            scroller.clone(),
            held.clone(),
            redraw.clone(),
            measure.clone(),
            overflowing.clone(),
        );
        use_effect_with((), move |_| {
            let resized = scroller.cast::<Element>().and_then(|el| {
                let watched: Vec<Element> = std::iter::once(el.clone())
                    .chain(el.first_element_child())
                    .collect();
                on_resize(&watched, move || {
                    overflowing.set(el.scroll_width() > el.client_width());
                    measure();
                })
            });
            let printing = |on: bool| {
                let (held, redraw) = (held.clone(), redraw.clone());
                move || {
                    held.borrow_mut().printing = on;
                    redraw.force_update();
                }
            };
            let before = on_window("beforeprint", printing(true));
            let after = on_window("afterprint", printing(false));
            move || drop((resized, before, after))
        });
    }
    let onscroll = {
        let measure = measure.clone();
        Callback::from(move |_: Event| measure())
    };
    let reveal = {
        let scroller = scroller.clone();
        Callback::from(move |row: usize| {
            let mut h = held.borrow_mut();
            let total = h.view.as_ref().map_or(0, |v| v.rows.len());
            let next = h.window.revealing(total, row);
            if h.windowed && next != h.window {
                // The box goes there too: a scroll or resize measured
                // before the row is drawn would otherwise move the window
                // back to the old scroll position.
                let top =
                    h.window
                        .revealing_scroll(row, h.row_height(), h.head_height, h.view_height);
                h.window = next;
                drop(h);
                if let Some(sc) = scroller.cast::<Element>() {
                    sc.set_scroll_top(top.round() as i32);
                }
                redraw.force_update();
            }
        })
    };
    Rows {
        window,
        kept,
        windowed,
        // A box that scrolls either way is a region to name.
        overflowing: *overflowing || windowed,
        onscroll,
        reveal,
    }
}

/// A length in whole pixels: formatting a float would bring its code into
/// the script for nothing a pixel more exact.
fn px(length: f64) -> String {
    format!("{}px", length.round() as i64)
}
