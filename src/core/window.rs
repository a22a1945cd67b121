//! Which rows of a long result are rendered. A table of 11 000 rows shows
//! the ones in its scroll box's view and a few on either side; spacers above
//! and below stand for the rest, so the scroll height is the real one. Pure
//! arithmetic on pixel figures the shell measures.

/// Rows rendered beyond the view on either side, so a short scroll or a
/// PageDown finds its rows already there.
pub const OVERSCAN: usize = 4;

/// A dataset of up to this many cells (members × networks shown) has its
/// table rendered whole, in the page's flow; a longer one scrolls in a box
/// of its own that renders only the rows in view. What a keystroke costs
/// grows with the cells rendered, while all 11 000 rows at once would take
/// seconds and hundreds of megabytes of DOM. 1000 cells show the built-in
/// dataset (95 members) whole, with all ten networks unfolded.
pub const CELLS_PER_PAGE: usize = 1000;

/// The most rows rendered whole for a table with this many columns.
pub fn whole_rows(columns: usize) -> usize {
    (CELLS_PER_PAGE / columns.max(1)).clamp(10, 200)
}

/// Whether the table of a dataset with `members` members and `columns`
/// networks shown scrolls in a box of its own: when it has more members
/// than the host page's rows in view, or than [`whole_rows`]. Decided by
/// the dataset, not the result, so the table keeps its layout while the
/// visitor types (a switch would cost that keystroke a full layout); a
/// short result simply fills the box less.
pub fn scrolls(members: usize, columns: usize, rows_in_view: Option<usize>) -> bool {
    members > rows_in_view.unwrap_or_else(|| whole_rows(columns))
}

/// A row of one line of text, in pixels, in the widget's stylesheet: the
/// smallest a row gets.
pub const ONE_LINE_ROW: f64 = 32.0;

/// The rows a widget's first render shows, the rest following a frame
/// later: as many one-line rows as fill the window's `view_height`, and
/// the overscan. A visitor sees the first screen sooner, and nothing
/// missing in it.
pub fn first_rows(view_height: f64) -> usize {
    let rows = view_height.max(0.0) / ONE_LINE_ROW;
    (rows.ceil() as usize).clamp(10, 200) + OVERSCAN
}

/// Rows `first..first + count` of the result are rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RowWindow {
    pub first: usize,
    pub count: usize,
}

impl RowWindow {
    /// The whole result: printing and small tables.
    pub fn all(total: usize) -> RowWindow {
        RowWindow {
            first: 0,
            count: total,
        }
    }

    /// The window for a view `view_height` pixels high whose top edge is
    /// `scrolled` pixels below the first row's top (negative while the rows
    /// start lower), with rows about `row_height` pixels high. The window
    /// keeps its full size at the end of the result; at the top, where no
    /// row is above, it has no overscan above.
    pub fn around(total: usize, scrolled: f64, view_height: f64, row_height: f64) -> RowWindow {
        let row_height = next_height(row_height);
        let in_view = (view_height.max(0.0) / row_height).ceil() as usize + 1;
        let top = (scrolled.max(0.0) / row_height).floor() as usize;
        // Overscan below, and above where there are rows above: at the top
        // of a result (after every keystroke) no row is rendered in vain.
        let above = top.min(OVERSCAN);
        let count = (in_view + OVERSCAN + above).min(total);
        let first = (top - above).min(total - count);
        RowWindow { first, count }
    }

    /// This window while it still holds every row in view (with one more
    /// above and below, where there are any), else the window
    /// [`around`](Self::around) the view. A window that is good enough stays
    /// put: rows of different heights would otherwise move it back and forth
    /// as each new window changes the measured row height.
    pub fn follow(
        self,
        total: usize,
        scrolled: f64,
        view_height: f64,
        row_height: f64,
    ) -> RowWindow {
        let next = RowWindow::around(total, scrolled, view_height, row_height);
        let h = next_height(row_height);
        let top = (scrolled.max(0.0) / h).floor() as usize;
        let bottom = ((scrolled.max(0.0) + view_height.max(0.0)) / h).ceil() as usize;
        let covers_top = self.first == 0 || self.first < top;
        let covers_bottom = self.end() >= total || bottom < self.end();
        if self.end() <= total && covers_top && covers_bottom && self.count > 0 {
            self
        } else {
            next
        }
    }

    /// The row (with its fraction) at the top of the view, from where the
    /// rendered rows are: `offset` is the view's top minus the first
    /// rendered row's top, `block` the rendered rows' height, `spacer_row`
    /// the height per row the spacers were drawn with. Exact within the
    /// rendered rows and the spacers, whatever the row height estimate
    /// became since.
    pub fn row_at(self, offset: f64, block: f64, spacer_row: f64) -> f64 {
        let spacer_row = next_height(spacer_row);
        let row = if !offset.is_finite() {
            self.first as f64
        } else if offset < 0.0 || self.count == 0 {
            self.first as f64 + offset / spacer_row
        } else if offset <= block {
            self.first as f64 + offset / next_height(block / self.count as f64)
        } else {
            self.end() as f64 + (offset - block) / spacer_row
        };
        row.max(0.0)
    }

    /// One past the last rendered row.
    pub fn end(self) -> usize {
        self.first + self.count
    }

    pub fn contains(self, row: usize) -> bool {
        (self.first..self.end()).contains(&row)
    }

    /// The same number of rows, moved as little as possible so that `row`
    /// is among them: where keyboard focus goes next.
    pub fn revealing(self, total: usize, row: usize) -> RowWindow {
        let row = row.min(total.saturating_sub(1));
        let first = if row < self.first {
            row
        } else if row >= self.end() {
            row + 1 - self.count.max(1)
        } else {
            self.first
        };
        RowWindow {
            first: first.min(total.saturating_sub(self.count)),
            count: self.count.min(total),
        }
    }

    /// The box's scroll position that shows `row` when the window is
    /// [`revealed`](Self::revealing) for it, with rows `row_height` high
    /// under a header `head` high, in a view `view` high: at the top of the
    /// view when it lies above this window, at its bottom when below. The
    /// box is scrolled there with the window, so the window that follows
    /// the scroll position keeps the row.
    pub fn revealing_scroll(self, row: usize, row_height: f64, head: f64, view: f64) -> f64 {
        let top = row as f64 * row_height;
        if row < self.first {
            top
        } else {
            (top + row_height + head - view).max(0.0)
        }
    }

    /// `row`, where keyboard focus is, if it lies outside the window. It
    /// stays rendered next to the window while the visitor scrolls the
    /// box: removing the focused element would drop the focus to the page.
    pub fn kept(self, total: usize, row: Option<usize>) -> Option<usize> {
        row.filter(|&r| r < total && !self.contains(r))
    }

    /// The rows rendered, top to bottom: the window, with the
    /// [`kept`](Self::kept) row before or after it. The kept row keeps its
    /// order among the others as the window moves away from it, so a keyed
    /// list never moves it (a moved element loses focus too).
    pub fn rendered(self, kept: Option<usize>) -> impl Iterator<Item = usize> {
        let before = kept.filter(|&k| k < self.first);
        let after = kept.filter(|&k| k >= self.end());
        before
            .into_iter()
            .chain(self.first..self.end())
            .chain(after)
    }

    /// The heights of the spacers above and below the rendered rows, so
    /// the table is as high as if every row were there. A kept row stands
    /// for one row of its side's spacer.
    pub fn spacers(self, total: usize, row_height: f64, kept: Option<usize>) -> (f64, f64) {
        let mut above = self.first;
        let mut below = total.saturating_sub(self.end());
        match kept {
            Some(k) if k < self.first => above -= 1,
            Some(k) if k >= self.end() && k < total => below = below.saturating_sub(1),
            _ => {}
        }
        (above as f64 * row_height, below as f64 * row_height)
    }
}

/// A usable row height: at least a pixel.
fn next_height(row_height: f64) -> f64 {
    if row_height.is_finite() && row_height >= 1.0 {
        row_height
    } else {
        1.0
    }
}

/// The mean height of the rows measured so far. Each window's rows count
/// once, so the estimate settles instead of following the latest window.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RowHeight {
    mean: f64,
    rows: f64,
}

impl RowHeight {
    /// The estimate, or `guess` before anything is measured.
    pub fn get(self, guess: f64) -> f64 {
        if self.rows > 0.0 {
            self.mean
        } else {
            guess
        }
    }

    /// Adds `rows` rows that measured `height` pixels together.
    pub fn add(&mut self, height: f64, rows: usize) {
        let rows = rows as f64;
        if rows <= 0.0 || !height.is_finite() || height < rows {
            return;
        }
        self.mean = (self.mean * self.rows + height) / (self.rows + rows);
        self.rows += rows;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_of_a_long_result_renders_the_view_and_the_overscan_below() {
        let w = RowWindow::around(11_000, 0.0, 400.0, 40.0);
        assert_eq!(w.first, 0);
        assert_eq!(w.count, 11 + OVERSCAN);
        // Two rows down, two rows of overscan above.
        let w = RowWindow::around(11_000, 80.0, 400.0, 40.0);
        assert_eq!((w.first, w.count), (0, 11 + OVERSCAN + 2));
    }

    #[test]
    fn scrolling_moves_the_window_with_overscan_above() {
        let w = RowWindow::around(11_000, 4_000.0, 400.0, 40.0);
        assert_eq!(w.first, 100 - OVERSCAN);
        assert!(w.contains(100) && w.contains(110));
        assert_eq!(w.spacers(11_000, 40.0, None).0, 96.0 * 40.0);
    }

    #[test]
    fn the_window_keeps_its_size_at_the_end_and_never_passes_it() {
        let w = RowWindow::around(1_000, 1e9, 400.0, 40.0);
        assert_eq!(w.end(), 1_000);
        assert_eq!(w.count, 19);
        assert_eq!(w.spacers(1_000, 40.0, None).1, 0.0);
    }

    #[test]
    fn a_dataset_over_1000_cells_or_the_rows_asked_for_scrolls_in_its_box() {
        assert!(!scrolls(95, 10, None));
        assert!(scrolls(101, 10, None));
        assert!(scrolls(201, 5, None));
        assert!(!scrolls(33, 30, None));
        assert!(scrolls(34, 30, None));
        assert!(scrolls(11, 30, Some(10)));
        assert!(!scrolls(1_000, 30, Some(1_000)));
    }

    #[test]
    fn a_first_render_fills_the_window_with_one_line_rows() {
        assert_eq!(first_rows(900.0), 29 + OVERSCAN);
        assert_eq!(first_rows(0.0), 10 + OVERSCAN);
        assert_eq!(first_rows(f64::NAN), 10 + OVERSCAN);
        assert_eq!(first_rows(1e9), 200 + OVERSCAN);
    }

    #[test]
    fn a_short_result_is_rendered_whole() {
        let w = RowWindow::around(5, 0.0, 400.0, 40.0);
        assert_eq!(w, RowWindow::all(5));
        assert_eq!(RowWindow::around(0, 0.0, 400.0, 40.0), RowWindow::all(0));
    }

    #[test]
    fn nonsense_measurements_give_a_window_not_a_panic() {
        for (s, v, h) in [
            (f64::NAN, 400.0, 40.0),
            (0.0, f64::NAN, 40.0),
            (0.0, 400.0, 0.0),
            (-50.0, -1.0, f64::INFINITY),
        ] {
            let w = RowWindow::around(100, s, v, h);
            assert!(w.end() <= 100 && w.count >= 1, "{s} {v} {h}: {w:?}");
        }
    }

    #[test]
    fn a_window_that_still_holds_the_view_stays_put() {
        let w = RowWindow::around(1_000, 4_000.0, 400.0, 40.0);
        // A little further, or a slightly different row height: the same.
        assert_eq!(w.follow(1_000, 4_080.0, 400.0, 40.0), w);
        assert_eq!(w.follow(1_000, 4_000.0, 400.0, 41.0), w);
        // Past the rows rendered: a new window around the view.
        let far = w.follow(1_000, 8_000.0, 400.0, 40.0);
        assert!(far.contains(200) && far.contains(210));
        // Back at the top, the window starts there.
        assert_eq!(w.follow(1_000, 0.0, 400.0, 40.0).first, 0);
        // A result grown shorter than the window gets a new one.
        assert!(w.follow(50, 0.0, 400.0, 40.0).end() <= 50);
    }

    #[test]
    fn the_row_height_settles_on_the_mean_of_every_row_measured() {
        let mut h = RowHeight::default();
        assert_eq!(h.get(37.0), 37.0);
        h.add(20.0 * 60.0, 20);
        assert_eq!(h.get(37.0), 60.0);
        h.add(20.0 * 40.0, 20);
        assert_eq!(h.get(37.0), 50.0);
        // Nonsense is ignored.
        h.add(f64::NAN, 3);
        h.add(0.0, 3);
        h.add(100.0, 0);
        assert_eq!(h.get(37.0), 50.0);
    }

    #[test]
    fn the_row_at_the_view_top_is_read_from_the_rows_and_spacers_as_drawn() {
        let w = RowWindow {
            first: 100,
            count: 20,
        };
        // 20 rows of 60 px drawn, spacers drawn at 40 px a row.
        assert_eq!(w.row_at(0.0, 1_200.0, 40.0), 100.0);
        assert_eq!(w.row_at(600.0, 1_200.0, 40.0), 110.0);
        assert_eq!(w.row_at(-400.0, 1_200.0, 40.0), 90.0);
        assert_eq!(w.row_at(1_200.0 + 400.0, 1_200.0, 40.0), 130.0);
        assert_eq!(w.row_at(-1e9, 1_200.0, 40.0), 0.0);
        assert_eq!(w.row_at(f64::NAN, 1_200.0, 40.0), 100.0);
    }

    #[test]
    fn revealing_moves_the_window_as_little_as_possible() {
        let w = RowWindow {
            first: 100,
            count: 20,
        };
        assert_eq!(w.revealing(1_000, 110), w);
        assert_eq!(w.revealing(1_000, 120).first, 101);
        assert_eq!(w.revealing(1_000, 130).first, 111);
        assert_eq!(w.revealing(1_000, 99).first, 99);
        assert_eq!(w.revealing(1_000, 5_000).end(), 1_000);
        assert!(w.revealing(1_000, 130).contains(130));
    }

    #[test]
    fn revealing_scrolls_the_box_to_the_row() {
        let w = RowWindow {
            first: 100,
            count: 20,
        };
        // Above the window: the row at the top of the view.
        assert_eq!(w.revealing_scroll(5, 30.0, 60.0, 600.0), 150.0);
        // Below it: the row's bottom at the view's bottom.
        assert_eq!(w.revealing_scroll(130, 30.0, 60.0, 600.0), 3390.0);
        // Near the start, never above it.
        assert_eq!(w.revealing_scroll(120, 1.0, 0.0, 600.0), 0.0);
    }

    #[test]
    fn the_focused_row_stays_rendered_beside_a_window_scrolled_away() {
        let w = RowWindow {
            first: 100,
            count: 20,
        };
        // Inside the window, or not a row of the result: nothing kept.
        assert_eq!(w.kept(1_000, Some(110)), None);
        assert_eq!(w.kept(1_000, Some(1_000)), None);
        assert_eq!(w.kept(1_000, None), None);
        for focused in [3, 500] {
            let kept = w.kept(1_000, Some(focused));
            assert_eq!(kept, Some(focused));
            let rows: Vec<usize> = w.rendered(kept).collect();
            assert_eq!(rows.len(), 21);
            // In order, so a keyed list keeps the row where it is.
            assert!(rows.windows(2).all(|p| p[0] < p[1]), "{rows:?}");
            assert!(rows.contains(&focused) && rows.contains(&100) && rows.contains(&119));
            // The table is as high as before: the row stands for one of
            // its spacer's.
            let (above, below) = w.spacers(1_000, 40.0, kept);
            assert_eq!(above + 21.0 * 40.0 + below, 1_000.0 * 40.0);
        }
        assert_eq!(w.rendered(None).count(), 20);
    }
}
