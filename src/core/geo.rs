//! Places on the map of Germany: coordinates as stored, the check that they
//! lie in Germany, the projection from degrees to the map's pixels, and the
//! simplification of the outline (done at build time, not in the browser).

use serde::{Deserialize, Serialize};

/// Degrees of latitude or longitude. Compared by their bits, so a dataset
/// with coordinates stays `Eq` (NaN never validates anyway).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Degrees(pub f64);

impl PartialEq for Degrees {
    fn eq(&self, other: &Degrees) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Degrees {}

/// Germany's box (47.27–55.06° N, 5.87–15.04° E) with about 0.3° to spare:
/// a coordinate outside it is a typing error, such as swapped values.
pub const LAT: std::ops::RangeInclusive<f64> = 47.0..=55.4;
pub const LON: std::ops::RangeInclusive<f64> = 5.5..=15.4;

/// Whether a place lies in Germany's box.
pub fn in_germany(lat: f64, lon: f64) -> bool {
    LAT.contains(&lat) && LON.contains(&lon)
}

/// The map's frame in degrees: Germany's box with a little room.
const WEST: f64 = 5.7;
const EAST: f64 = 15.2;
const NORTH: f64 = 55.2;
const SOUTH: f64 = 47.1;
/// Longitude shrinks with latitude; at Germany's middle (51° N) a degree of
/// longitude is cos 51° of a degree of latitude.
const MID_LATITUDE: f64 = 51.0;
/// The map's width in pixels of its viewBox.
pub const WIDTH: f64 = 600.0;

fn x_scale() -> f64 {
    MID_LATITUDE.to_radians().cos()
}

fn pixels_per_degree() -> f64 {
    WIDTH / ((EAST - WEST) * x_scale())
}

/// The map's height in pixels of its viewBox, for `WIDTH` across.
pub fn height() -> f64 {
    (NORTH - SOUTH) * pixels_per_degree()
}

/// Degrees to the map's pixels: an equirectangular projection scaled for
/// Germany's middle latitude, north up. Fine at this size: over Germany's
/// 8° of latitude it distorts less than the width of a mark.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    let k = pixels_per_degree();
    ((lon - WEST) * x_scale() * k, (NORTH - lat) * k)
}

/// A number with one decimal, written without the float formatter, which
/// would add tens of kilobytes to the widget for a map's coordinates.
pub fn tenths(v: f64) -> String {
    let n = (v * 10.0).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}.{}", n.abs() / 10, n.abs() % 10)
}

/// Degrees as written in a message, to four decimals; likewise without the
/// float formatter.
pub fn degrees_text(v: f64) -> String {
    let n = (v * 10_000.0).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}.{:04}", n.abs() / 10_000, n.abs() % 10_000)
}

/// Drops the points of a line that lie within `tolerance` pixels of the
/// line through their neighbours (Douglas–Peucker); the ends stay.
pub fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (mut farthest, mut distance) = (first, 0.0);
        for (i, &p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = distance_to_segment(p, points[first], points[last]);
            if d > distance {
                (farthest, distance) = (i, d);
            }
        }
        if distance > tolerance {
            keep[farthest] = true;
            stack.push((first, farthest));
            stack.push((farthest, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    if length == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0);
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Closed rings as an SVG path with whole-pixel coordinates; points that
/// round onto their predecessor are left out. Rings of fewer than three
/// points are dropped.
pub fn svg_path(rings: &[Vec<(f64, f64)>]) -> String {
    path(rings, 3, "Z")
}

/// Open lines (borders between areas) as an SVG path, as [`svg_path`]
/// writes rings but without closing them; lines of one point are dropped.
pub fn svg_lines(lines: &[Vec<(f64, f64)>]) -> String {
    path(lines, 2, "")
}

/// Each line in whole pixels, repeated points dropped, if it keeps at
/// least `fewest` points; each followed by `close`. The points after the
/// first are relative to the one before.
fn path(lines: &[Vec<(f64, f64)>], fewest: usize, close: &str) -> String {
    let mut out = String::new();
    for line in lines {
        let mut points: Vec<(i64, i64)> = Vec::new();
        for &(x, y) in line {
            let p = (x.round() as i64, y.round() as i64);
            if points.last() != Some(&p) {
                points.push(p);
            }
        }
        if points.len() < fewest {
            continue;
        }
        // The first point absolute, the others relative to the one before
        // ("l", repeated implicitly): smaller numbers, and they repeat.
        let (x0, y0) = points[0];
        out.push_str(&format!("M{x0} {y0}"));
        for (i, pair) in points.windows(2).enumerate() {
            let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
            out.push_str(&format!("{}{dx} {dy}", if i == 0 { "l" } else { " " }));
        }
        out.push_str(close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_stay_open() {
        let d = svg_lines(&[vec![(0.0, 0.0), (10.2, 0.0), (10.4, 0.1)], vec![(5.0, 5.0)]]);
        assert_eq!(d, "M0 0l10 0");
    }

    #[test]
    fn projection_keeps_north_up_and_germany_in_the_frame() {
        let (x_aachen, _) = project(50.776, 6.084);
        let (x_goerlitz, _) = project(51.153, 14.988);
        let (_, y_flensburg) = project(54.785, 9.436);
        let (_, y_garmisch) = project(47.492, 11.095);
        assert!(x_aachen < x_goerlitz, "west is left");
        assert!(y_flensburg < y_garmisch, "north is up");
        assert_eq!(
            project(51.0, 6.0).1,
            project(51.0, 15.0).1,
            "same latitude, same height"
        );
        // A degree of longitude is cos 51° of a degree of latitude.
        let (x0, y0) = project(51.0, 10.0);
        let (x1, _) = project(51.0, 11.0);
        let (_, y1) = project(50.0, 10.0);
        assert!(((x1 - x0) / (y1 - y0) - 51f64.to_radians().cos()).abs() < 1e-9);
        for (x, y) in [project(LAT.start() + 0.2, 6.0), project(55.05, 15.1)] {
            assert!((0.0..=WIDTH).contains(&x) && (0.0..=height()).contains(&y));
        }
        // Width and height keep Germany's proportions (about 640 by 870 km).
        let ratio = height() / WIDTH;
        assert!((1.2..1.5).contains(&ratio), "{ratio}");
    }

    #[test]
    fn simplification_keeps_ends_and_corners() {
        let line: Vec<(f64, f64)> = (0..=10).map(|i| (i as f64, 0.0)).collect();
        assert_eq!(simplify(&line, 0.5), [(0.0, 0.0), (10.0, 0.0)]);
        let corner = [(0.0, 0.0), (5.0, 0.1), (10.0, 0.0), (10.0, 10.0)];
        assert_eq!(
            simplify(&corner, 0.5),
            [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]
        );
        let bump = [(0.0, 0.0), (5.0, 3.0), (10.0, 0.0)];
        assert_eq!(simplify(&bump, 1.0).len(), 3);
        assert_eq!(simplify(&bump, 4.0).len(), 2);
    }

    #[test]
    fn svg_paths_round_and_close() {
        let ring = vec![(0.4, 0.4), (0.6, 0.2), (10.2, 0.0), (10.0, 9.7), (0.0, 0.0)];
        assert_eq!(svg_path(&[ring]), "M0 0l1 0 9 0 0 10 -10 -10Z");
        assert_eq!(svg_path(&[vec![(0.0, 0.0), (0.1, 0.1)]]), "");
    }

    #[test]
    fn numbers_without_the_float_formatter() {
        assert_eq!(tenths(12.345), "12.3");
        assert_eq!(tenths(0.06), "0.1");
        assert_eq!(tenths(-3.25), "-3.3");
        assert_eq!(degrees_text(48.37154), "48.3715");
        assert_eq!(degrees_text(7.0), "7.0000");
        assert_eq!(degrees_text(-0.5), "-0.5000");
    }

    #[test]
    fn coordinates_in_germany() {
        assert!(in_germany(48.37, 10.90));
        assert!(!in_germany(10.90, 48.37), "swapped");
        assert!(!in_germany(52.37, 4.90), "Amsterdam");
    }

    #[test]
    fn degrees_compare_by_their_bits() {
        assert_eq!(Degrees(1.5), Degrees(1.0 + 0.5));
        assert_ne!(Degrees(1.5), Degrees(1.25));
        // Bits, not arithmetic: the two zeros differ, and NaN equals itself,
        // so a dataset stays `Eq`.
        assert_ne!(Degrees(0.0), Degrees(-0.0));
        assert_eq!(Degrees(f64::NAN), Degrees(f64::NAN));
    }
}
