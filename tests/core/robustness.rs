//! Generated inputs for the dataset parser and validator, the link-fragment
//! parser and the filter: whatever comes in, nothing panics.

use netzwerk_matrix::core::Indexes;

use netzwerk_matrix::core::options::{initial_filter, Options};
use netzwerk_matrix::core::{self, url, view, Filter, Mode, Sort};
use serde_json::Value;

use crate::fixtures::{built_in, small};
use netzwerk_matrix::core::rng::Rng;

const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "2010",
    "\"\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "ü",
    "€",
    "\\",
    "\"augsburg\"",
    "\"defus\"",
    "\"member\"",
    "<script>",
    "%",
    "\n",
    " ",
    "9999999999999999999999",
];

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 2 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::from(rng.next_u64() as i64 % 5000 - 1000),
        3 => Value::from(
            rng.pick(&[
                "",
                "augsburg",
                "defus",
                "member",
                "x y",
                "2010-13",
                "https://x",
                "Ä",
            ])
            .to_string(),
        ),
        4 => Value::from(f64::from(rng.below(100) as u32) / 7.0),
        5 => Value::from("s1"),
        6 => Value::Array(
            (0..rng.below(3))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut m = serde_json::Map::new();
            for _ in 0..rng.below(3) {
                let key = rng.pick(&[
                    "id", "name", "member", "network", "role", "since", "source", "quote",
                ]);
                m.insert(key.to_string(), random_value(rng, depth + 1));
            }
            Value::Object(m)
        }
    }
}

/// Replaces one randomly chosen node of `v` with a random value.
fn mutate(rng: &mut Rng, v: &mut Value) {
    let stop = rng.below(4) == 0;
    match v {
        Value::Object(m) if !m.is_empty() && !stop => {
            let key = m.keys().nth(rng.below(m.len())).cloned().unwrap();
            mutate(rng, m.get_mut(&key).unwrap());
        }
        Value::Array(a) if !a.is_empty() && !stop => {
            let i = rng.below(a.len());
            mutate(rng, &mut a[i]);
        }
        _ => *v = random_value(rng, 0),
    }
}

fn random_filter(rng: &mut Rng) -> Filter {
    let set = |rng: &mut Rng| -> Indexes { (0..rng.below(4)).map(|_| rng.below(8)).collect() };
    Filter {
        query: rng
            .pick(&["", "a", "ü", "frankfurt a", "%", "  ", "ß"])
            .to_string(),
        networks: set(rng),
        mode: *rng.pick(&Mode::ALL),
        sort: Sort::from_key(["name", "name-desc", "count", "count-asc"][rng.below(4)]).unwrap(),
        hide_empty: rng.below(2) == 0,
        hidden: set(rng),
        year: [None, Some(2009), Some(2010), Some(2030)][rng.below(4)],
        pane: *rng.pick(&netzwerk_matrix::core::Pane::ALL),
        // Also a member index the dataset does not have.
        home: [None, Some(rng.below(8)), Some(100_000)][rng.below(3)],
        partners: rng.below(2) == 0,
    }
}

#[test]
fn dataset_parser_and_validator_survive_100_000_generated_inputs() {
    let mut rng = Rng::new(0x5eed_1234_abcd_ef01);
    let base_text = small().to_string();
    let (mut accepted, mut rejected) = (0, 0);
    for i in 0..100_000 {
        let text = if i % 2 == 0 {
            // Text-level damage: insertions, deletions, truncation.
            let mut chars: Vec<char> = base_text.chars().collect();
            for _ in 0..=rng.below(3) {
                let at = rng.below(chars.len() + 1);
                match rng.below(3) {
                    0 => {
                        let t: Vec<char> = rng.pick(TOKENS).chars().collect();
                        chars.splice(at..at, t);
                    }
                    1 if at < chars.len() => {
                        let end = (at + rng.below(8)).min(chars.len());
                        chars.drain(at..end);
                    }
                    _ => chars.truncate(at),
                }
            }
            chars.into_iter().collect::<String>()
        } else {
            // Structure-level damage: a node replaced by a value of any type.
            let mut v = small();
            for _ in 0..=rng.below(2) {
                mutate(&mut rng, &mut v);
            }
            v.to_string()
        };
        // The project's reader and serde's derived one (which still reads
        // the editor's draft) take and refuse the same texts, and read the
        // same data.
        let ours = core::read::dataset(&text);
        let serde = serde_json::from_str::<core::Dataset>(&text);
        match (&ours, &serde) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
            (Err(_), Err(_)) => {}
            _ => panic!("the readers disagree on {text}: {ours:?} / {serde:?}"),
        }
        match core::parse(&text) {
            Ok(m) => {
                accepted += 1;
                let _ = view(&m, &random_filter(&mut rng));
            }
            Err(problems) => {
                rejected += 1;
                assert!(!problems.is_empty());
                for p in &problems {
                    assert!(!p.describe(core::Lang::De).is_empty());
                }
            }
        }
    }
    // Both outcomes must really occur, or the generator tests nothing.
    assert!(
        accepted > 1_000 && rejected > 10_000,
        "accepted {accepted}, rejected {rejected}"
    );
}

#[test]
fn fragment_parser_survives_100_000_generated_inputs() {
    const PIECES: &[&str] = &[
        "nm.", "nm2.", "search", "networks", "mode", "sort", "year", "=", "&", "#", "%", "%2",
        "%C3%BC", "%FF", "+", ",", "defus", "efus", "foo", "all", "none", "count", "2010", "ü",
        "<", "\u{0}", ".",
    ];
    let mut rng = Rng::new(0x0dd_ba11_cafe_f00d);
    let matrix = built_in();
    let mut applied = 0;
    for _ in 0..100_000 {
        let fragment: String = (0..rng.below(12)).map(|_| *rng.pick(PIECES)).collect();
        let pairs = url::read_state(&fragment, "nm");
        let options = Options::parse([("mode", "all")]);
        let (filter, _notes) = initial_filter(&matrix, &options, &pairs);
        let v = view(&matrix, &filter);
        assert!(v.rows.len() <= matrix.members().len());
        let state = url::state_pairs(&matrix, &filter);
        // What the widget writes, it reads back to the same filter.
        if let Some(written) = url::write_state(&fragment, "nm", &state) {
            // The browser puts the written fragment behind a "#".
            let back = url::read_state(&format!("#{written}"), "nm");
            let (again, notes) = initial_filter(&matrix, &options, &back);
            assert!(notes.is_empty(), "{written:?}: {notes:?}");
            assert_eq!(again.networks, filter.networks, "{written:?}");
            assert_eq!(again.query.trim(), filter.query.trim(), "{written:?}");
            applied += 1;
        }
        let _ = url::decode_pairs(&fragment);
    }
    assert!(applied > 10_000, "only {applied} fragments were writable");
}

/// The view counts a row's memberships over its facts only (the matrix
/// keeps each member's networks with a fact). Checked against a count over
/// every shown cell, for generated filters on the built-in data and on a
/// dataset whose members belong nowhere.
#[test]
fn the_views_totals_equal_a_count_over_every_shown_cell() {
    use netzwerk_matrix::core::filter::View;
    let mut rng = Rng::new(0x7075_7a7a_1e5f_0c75);
    let m = built_in();
    let mut checked = 0;
    for _ in 0..20_000 {
        let f = random_filter(&mut rng);
        let v = view(&m, &f);
        let count = |member: usize| {
            v.columns
                .iter()
                .filter(|&&n| View::belongs(&m, &f, member, n))
                .count()
        };
        for (&row, &total) in v.rows.iter().zip(&v.row_totals) {
            assert_eq!(total, count(row), "{f:?}");
        }
        for (c, &n) in v.columns.iter().enumerate() {
            let naive = v
                .result()
                .iter()
                .filter(|&&row| View::belongs(&m, &f, row, n))
                .count();
            assert_eq!(v.column_totals[c], naive, "{f:?}");
        }
        checked += v.rows.len();
    }
    assert!(checked > 100_000, "only {checked} rows checked");
}
