//! A widget's presets applied to the data: `Preset::apply` and
//! `initial_filter`, with ids resolved and unknown ones noted.

use netzwerk_matrix::core::options::{initial_filter, Note, Options};
use netzwerk_matrix::core::{Filter, Indexes, Mode, Pane, Sort};

use crate::fixtures::built_in;

fn note(key: &str, value: &str) -> Note {
    Note {
        key: key.into(),
        value: value.into(),
    }
}

#[test]
fn every_preset_changes_its_part_of_the_filter() {
    let m = built_in();
    let at = |id: &str| m.network_index(id).unwrap();
    let o = Options::parse([
        ("search", "burg"),
        ("networks", "defus,efus,nope"),
        ("mode", "exact"),
        ("sort", "count-asc"),
        ("year", "2015"),
        ("hide-networks", "dpt,gone"),
        ("hide-empty", "on"),
        ("view", "karte"),
    ]);
    let (f, notes) = o.preset.apply(&m, &Filter::default());
    assert_eq!(f.query, "burg");
    assert_eq!(f.networks, Indexes::from([at("defus"), at("efus")]));
    assert_eq!(f.mode, Mode::Exact);
    assert_eq!(Some(f.sort), Sort::from_key("count-asc"));
    assert_eq!(f.year, Some(2015));
    assert_eq!(f.hidden, Indexes::from([at("dpt")]));
    assert!(f.hide_empty);
    assert_eq!(f.pane, Pane::Map);
    assert_eq!(
        notes,
        [note("hide-networks", "gone"), note("networks", "nope")]
    );
}

#[test]
fn what_is_not_preset_stays_as_it_was() {
    let m = built_in();
    let base = Filter {
        query: "köln".into(),
        mode: Mode::None,
        year: Some(2020),
        hide_empty: true,
        ..Filter::default()
    };
    let (f, notes) = Options::parse([("sort", "name-desc")])
        .preset
        .apply(&m, &base);
    assert_eq!(
        f,
        Filter {
            sort: Sort::from_key("name-desc").unwrap(),
            ..base
        }
    );
    assert!(notes.is_empty());
}

#[test]
fn a_shared_link_wins_over_the_page_presets() {
    let m = built_in();
    let o = Options::parse([("search", "augsburg"), ("mode", "all")]);
    let link = [
        ("search".to_string(), "bonn".to_string()),
        ("colour".to_string(), "red".to_string()),
    ];
    let (f, notes) = initial_filter(&m, &o, &link);
    assert_eq!(f.query, "bonn");
    assert_eq!(
        f.mode,
        Mode::All,
        "the page's preset where the link says nothing"
    );
    assert_eq!(notes, [note("colour", "red")]);
}
