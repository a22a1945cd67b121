//! The overview: combinations of networks, the "genau diese" mode they set,
//! partners, the view in the link state, and coordinates.

use netzwerk_matrix::core::overview::{combinations, partners};
use netzwerk_matrix::core::{options, url, view, Filter, Lang, Matrix, Mode, Pane};

use crate::fixtures::{built_in, parse, small};

fn ids(m: &Matrix, members: &[usize]) -> Vec<String> {
    members.iter().map(|&i| m.members()[i].id.clone()).collect()
}

fn network(m: &Matrix, id: &str) -> usize {
    m.network_index(id).unwrap()
}

#[test]
fn combinations_partition_the_shown_members_by_count() {
    let m = built_in();
    let f = Filter::default();
    let v = view(&m, &f);
    let combos = combinations(&m, &v, &f);
    // Every shown member is in exactly one combination.
    let total: usize = combos.iter().map(|c| c.members.len()).sum();
    assert_eq!(total, v.rows.len());
    assert!(combos
        .windows(2)
        .all(|w| w[0].members.len() >= w[1].members.len()));
    let mut seen: Vec<&Vec<usize>> = combos.iter().map(|c| &c.networks).collect();
    seen.dedup();
    assert_eq!(seen.len(), combos.len(), "each combination once");
    // Augsburg is in all five national networks, and alone in that.
    let augsburg = m.member_index("augsburg").unwrap();
    let all_five: Vec<usize> = ["dpt", "defus", "efus", "staedtenetzwerk", "dfk"]
        .iter()
        .map(|id| network(&m, id))
        .collect();
    let c = combos
        .iter()
        .find(|c| c.members.contains(&augsburg))
        .unwrap();
    assert_eq!(c.networks, all_five);
    assert_eq!(c.members, [augsburg]);
    // A search narrows the combinations to the members found.
    let f = Filter {
        query: "burg".into(),
        ..Filter::default()
    };
    let v = view(&m, &f);
    let names: Vec<String> = combinations(&m, &v, &f)
        .iter()
        .flat_map(|c| ids(&m, &c.members))
        .collect();
    assert!(names.contains(&"augsburg".to_string()));
    assert!(names
        .iter()
        .all(|id| v.rows.iter().any(|&r| &m.members()[r].id == id)));
}

#[test]
fn choosing_a_combination_shows_exactly_its_members() {
    let m = built_in();
    let base = Filter::default();
    let v = view(&m, &base);
    for c in combinations(&m, &v, &base) {
        if c.networks.is_empty() {
            continue;
        }
        let f = Filter {
            networks: c.networks.iter().copied().collect(),
            mode: Mode::Exact,
            ..Filter::default()
        };
        let shown = view(&m, &f);
        let mut expected = c.members.clone();
        expected.sort();
        let mut got = shown.rows.clone();
        got.sort();
        assert_eq!(got, expected, "{:?}", c.networks);
        assert_eq!(shown.mode_counts.exact, c.members.len());
    }
}

#[test]
fn the_exact_mode() {
    let m = built_in();
    let defus_efus = [network(&m, "defus"), network(&m, "efus")];
    let with = |mode| {
        ids(
            &m,
            &view(
                &m,
                &Filter {
                    networks: defus_efus.into(),
                    mode,
                    ..Filter::default()
                },
            )
            .rows,
        )
    };
    let exact = with(Mode::Exact);
    let all = with(Mode::All);
    // Exactly DEFUS and Efus: Essen, Karlsruhe, Köln …; not Augsburg (also
    // in three other networks), not Bochum (Efus only).
    for id in ["essen", "karlsruhe", "koeln"] {
        assert!(exact.contains(&id.to_string()), "{id} in {exact:?}");
    }
    for id in ["augsburg", "bochum", "stuttgart"] {
        assert!(!exact.contains(&id.to_string()), "{id} in {exact:?}");
    }
    assert!(exact.iter().all(|id| all.contains(id)), "exact ⊆ all");
    // Without chosen networks, every mode shows every member.
    let v = view(
        &m,
        &Filter {
            mode: Mode::Exact,
            ..Filter::default()
        },
    );
    assert_eq!(v.rows.len(), view(&m, &Filter::default()).rows.len());
    assert_eq!(Mode::from_key("exact"), Some(Mode::Exact));
}

#[test]
fn partners_are_grouped_by_what_they_share() {
    let m = built_in();
    let augsburg = m.member_index("augsburg").unwrap();
    let groups = partners(&m, &Filter::default(), augsburg);
    assert!(
        groups.windows(2).all(|w| w[0].0 > w[1].0),
        "most shared first"
    );
    let duesseldorf = m.member_index("duesseldorf").unwrap();
    let (count, p) = groups
        .iter()
        .flat_map(|(c, list)| list.iter().map(move |p| (*c, p)))
        .find(|(_, p)| p.member == duesseldorf)
        .unwrap();
    let shared: Vec<&str> = p
        .shared
        .iter()
        .map(|&n| m.networks()[n].short.as_str())
        .collect();
    // Düsseldorf shares DEFUS, Efus and the Städtenetzwerk with Augsburg.
    assert_eq!(shared, ["DEFUS", "Efus", "Städtenetzwerk"]);
    assert_eq!(count, 3);
    assert!(groups
        .iter()
        .all(|(_, list)| list.iter().all(|p| p.member != augsburg)));
    // Hosting is not membership: Bielefeld, which only hosted, is nobody's
    // partner.
    let bielefeld = m.member_index("bielefeld").unwrap();
    assert!(partners(&m, &Filter::default(), bielefeld).is_empty());
    // As of 2009 Augsburg had joined nothing with a known year yet but
    // facts without a year stay; Düsseldorf shares the Städtenetzwerk.
    let early = partners(
        &m,
        &Filter {
            year: Some(2005),
            ..Filter::default()
        },
        augsburg,
    );
    assert!(early.iter().all(|(c, _)| *c <= 2));
}

#[test]
fn the_view_is_part_of_the_link_state() {
    let m = built_in();
    let f = Filter {
        pane: Pane::Map,
        ..Filter::default()
    };
    assert_eq!(url::state_pairs(&m, &f), [("view", "karte".to_string())]);
    let link = vec![("view".to_string(), "kombinationen".to_string())];
    let (f, notes) = options::initial_filter(&m, &options::Options::default(), &link);
    assert_eq!((f.pane, notes.len()), (Pane::Combinations, 0));
    let o = options::Options::parse([("view", "map")]);
    assert_eq!(o.preset.pane, Some(Pane::Map));
    let o = options::Options::parse([("view", "globus")]);
    assert_eq!(o.notes[0].value, "globus");
    assert!(url::state_pairs(&m, &Filter::default()).is_empty());
}

#[test]
fn coordinates_both_or_neither_and_in_germany() {
    let check = |lat: Option<f64>, lon: Option<f64>| -> Vec<String> {
        let mut v = small();
        if let Some(lat) = lat {
            v["members"][0]["lat"] = lat.into();
        }
        if let Some(lon) = lon {
            v["members"][0]["lon"] = lon.into();
        }
        match parse(&v) {
            Ok(_) => Vec::new(),
            Err(p) => p.iter().map(|p| p.describe(Lang::En)).collect(),
        }
    };
    assert!(check(Some(48.3705), Some(10.8978)).is_empty());
    assert!(check(None, None).is_empty());
    assert_eq!(
        check(Some(48.37), None),
        ["members[0].lon: a place needs both latitude (lat) and longitude (lon)"]
    );
    assert_eq!(
        check(None, Some(10.9)),
        ["members[0].lat: a place needs both latitude (lat) and longitude (lon)"]
    );
    assert_eq!(
        check(Some(10.8978), Some(48.3705)),
        ["members[0].lat: the place 10.8978, 48.3705 is not in Germany (swapped?)"]
    );
    assert!(!check(Some(52.37), Some(4.89)).is_empty(), "Amsterdam");
}

#[test]
fn most_cities_are_placed_and_organisations_at_a_named_seat() {
    let m = built_in();
    let cities: Vec<_> = m
        .members()
        .iter()
        .filter(|x| x.kind == netzwerk_matrix::core::model::MemberKind::City)
        .collect();
    let placed = cities.iter().filter(|c| c.place().is_some()).count();
    assert!(
        placed * 10 >= cities.len() * 9,
        "{placed} of {}",
        cities.len()
    );
    for x in m.members() {
        if x.kind != netzwerk_matrix::core::model::MemberKind::City && x.place().is_some() {
            assert!(
                x.place_note.is_some(),
                "{} is placed at its seat, said so",
                x.id
            );
        }
    }
    assert!(
        m.source("geonames").is_some(),
        "GeoNames is named as a source"
    );
}
