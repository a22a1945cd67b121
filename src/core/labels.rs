//! Names on the map: which marks get a label, and on which side, so that
//! no label covers another label or another mark. The page's own member is
//! labelled first, then the members in the most networks; a mark whose name
//! finds no free place stays unlabelled (its name is in its tooltip, its
//! accessible name and the list beside the map).

/// A mark on the map, in the map's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub x: f64,
    pub y: f64,
    pub radius: f64,
    /// Characters of the name.
    pub chars: usize,
}

/// Where a label stands beside its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

impl Side {
    pub const ALL: [Side; 4] = [Side::Right, Side::Left, Side::Above, Side::Below];

    /// The SVG `text-anchor` for a label on this side.
    pub fn anchor(self) -> &'static str {
        match self {
            Side::Right => "start",
            Side::Left => "end",
            Side::Above | Side::Below => "middle",
        }
    }
}

/// A placed label: its side and the point its text is anchored at (the
/// baseline's start, end or middle, as [`Side::anchor`] says).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub side: Side,
    pub x: f64,
    pub y: f64,
}

/// The size of the labels' text, in the map's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// Width of an average character.
    pub char_width: f64,
    /// Height of a line.
    pub line: f64,
}

/// An axis-aligned box: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect(f64, f64, f64, f64);

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.0 < o.2 && o.0 < self.2 && self.1 < o.3 && o.1 < self.3
    }

    fn inside(&self, width: f64, height: f64) -> bool {
        self.0 >= 0.0 && self.1 >= 0.0 && self.2 <= width && self.3 <= height
    }
}

/// The label's box and anchor point for a mark on one side.
fn candidate(m: &Mark, side: Side, font: Font) -> (Rect, Label) {
    let w = m.chars as f64 * font.char_width;
    let h = font.line;
    let gap = m.radius + 2.0;
    // The baseline sits at about four fifths of the line.
    let base = h * 0.8;
    let (left, top) = match side {
        Side::Right => (m.x + gap, m.y - h / 2.0),
        Side::Left => (m.x - gap - w, m.y - h / 2.0),
        Side::Above => (m.x - w / 2.0, m.y - gap - h),
        Side::Below => (m.x - w / 2.0, m.y + gap),
    };
    let x = match side {
        Side::Right => left,
        Side::Left => left + w,
        Side::Above | Side::Below => m.x,
    };
    (
        Rect(left, top, left + w, top + h),
        Label {
            side,
            x,
            y: top + base,
        },
    )
}

/// Labels for `marks`, tried in `order` (most important first), each on
/// the first side where it fits inside `width` × `height` without touching
/// a placed label or any other mark. `None` where no side is free.
pub fn place(
    marks: &[Mark],
    order: &[usize],
    font: Font,
    width: f64,
    height: f64,
) -> Vec<Option<Label>> {
    let circles: Vec<Rect> = marks
        .iter()
        .map(|m| {
            Rect(
                m.x - m.radius,
                m.y - m.radius,
                m.x + m.radius,
                m.y + m.radius,
            )
        })
        .collect();
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = vec![None; marks.len()];
    for &i in order {
        let Some(m) = marks.get(i) else {
            continue;
        };
        for side in Side::ALL {
            let (rect, label) = candidate(m, side, font);
            let free = rect.inside(width, height)
                && !placed.iter().any(|p| p.overlaps(&rect))
                && !circles
                    .iter()
                    .enumerate()
                    .any(|(j, c)| j != i && c.overlaps(&rect));
            if free {
                placed.push(rect);
                out[i] = Some(label);
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FONT: Font = Font {
        char_width: 6.0,
        line: 12.0,
    };

    fn mark(x: f64, y: f64, chars: usize) -> Mark {
        Mark {
            x,
            y,
            radius: 5.0,
            chars,
        }
    }

    fn rect_of(m: &Mark, l: &Label) -> Rect {
        candidate(m, l.side, FONT).0
    }

    #[test]
    fn a_lone_mark_is_labelled_on_its_right() {
        let marks = [mark(100.0, 100.0, 8)];
        let l = place(&marks, &[0], FONT, 600.0, 800.0)[0].unwrap();
        assert_eq!(l.side, Side::Right);
        assert_eq!((l.x, l.y), (107.0, 94.0 + 9.6));
    }

    #[test]
    fn near_the_edge_the_label_goes_to_the_other_side() {
        let marks = [mark(590.0, 100.0, 8)];
        assert_eq!(
            place(&marks, &[0], FONT, 600.0, 800.0)[0].unwrap().side,
            Side::Left
        );
    }

    #[test]
    fn labels_never_overlap_labels_or_other_marks() {
        // A dense cluster, as the Saarland's towns are, and a spread.
        let mut marks = Vec::new();
        for i in 0..12 {
            marks.push(mark(
                300.0 + (i % 4) as f64 * 9.0,
                400.0 + (i / 4) as f64 * 9.0,
                10,
            ));
        }
        for i in 0..20 {
            marks.push(mark(
                30.0 + i as f64 * 28.0,
                100.0 + (i % 3) as f64 * 40.0,
                9,
            ));
        }
        let order: Vec<usize> = (0..marks.len()).collect();
        let labels = place(&marks, &order, FONT, 600.0, 800.0);
        let boxes: Vec<(usize, Rect)> = labels
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, rect_of(&marks[i], &l))))
            .collect();
        assert!(boxes.len() >= 10, "{} labelled", boxes.len());
        assert!(
            boxes.len() < marks.len(),
            "the cluster cannot all be labelled"
        );
        for (a, (i, ra)) in boxes.iter().enumerate() {
            assert!(ra.inside(600.0, 800.0));
            for (j, rb) in boxes.iter().skip(a + 1) {
                assert!(!ra.overlaps(rb), "labels of {i} and {j} overlap");
            }
            for (k, m) in marks.iter().enumerate() {
                let c = Rect(
                    m.x - m.radius,
                    m.y - m.radius,
                    m.x + m.radius,
                    m.y + m.radius,
                );
                assert!(k == *i || !ra.overlaps(&c), "label of {i} covers mark {k}");
            }
        }
    }

    #[test]
    fn the_first_in_order_wins_the_free_place() {
        // Two marks side by side: only one label fits between and around.
        let marks = [mark(100.0, 100.0, 30), mark(112.0, 100.0, 30)];
        let first = place(&marks, &[1, 0], FONT, 240.0, 120.0);
        assert!(first[1].is_some());
        let other = place(&marks, &[0, 1], FONT, 240.0, 120.0);
        assert!(other[0].is_some());
        // An index out of range is skipped, never a panic.
        assert_eq!(place(&marks, &[7], FONT, 240.0, 120.0), vec![None, None]);
    }
}
