//! Search, network filter, modes, sorting and hiding on the built-in data.

use netzwerk_matrix::core::Indexes;

use crate::fixtures::built_in;
use netzwerk_matrix::core::{view, Direction, Filter, Matrix, Mode, Sort, SortKey};

fn names(m: &Matrix, f: &Filter) -> Vec<String> {
    view(m, f)
        .rows
        .iter()
        .map(|&i| m.members()[i].name.clone())
        .collect()
}

fn search(query: &str) -> Vec<String> {
    let m = built_in();
    names(
        &m,
        &Filter {
            query: query.into(),
            ..Filter::default()
        },
    )
}

fn networks(m: &Matrix, ids: &[&str]) -> Indexes {
    ids.iter().map(|id| m.network_index(id).unwrap()).collect()
}

#[test]
fn search_ignores_case_and_diacritics() {
    for (query, expected) in [
        ("dusseldorf", &["Düsseldorf"][..]),
        ("DÜSSELDORF", &["Düsseldorf"]),
        ("duesseldorf", &["Düsseldorf"]),
        ("lubeck", &["Lübeck"]),
        ("luebeck", &["Lübeck"]),
        ("Lübeck", &["Lübeck"]),
        ("frankfurt am main", &["Frankfurt a.M."]),
        ("Frankfurt a.M.", &["Frankfurt a.M."]),
        ("  augsburg ", &["Augsburg"]),
        (
            "kriminalpravention",
            &[
                "Polizeiliche Kriminalprävention der Länder und des Bundes",
                "Stiftung Deutsches Forum für Kriminalprävention",
            ],
        ),
        ("DFK", &["Stiftung Deutsches Forum für Kriminalprävention"]),
        ("xyz", &[]),
    ] {
        assert_eq!(search(query), expected, "query {query:?}");
    }
}

#[test]
fn substring_search_finds_several() {
    let found = search("burg");
    assert!(found.contains(&"Augsburg".to_string()), "{found:?}");
    let found = search("en");
    assert!(found.len() > 3, "{found:?}");
}

/// How many members have a fact (membership or hosting) in a national
/// network: the rows of the default view, counted from the data itself.
fn national_members(m: &Matrix) -> usize {
    let d = m.dataset();
    let national = |network: &str| d.networks.iter().any(|n| n.id == network && !n.regional);
    d.members
        .iter()
        .filter(|member| {
            d.memberships
                .iter()
                .any(|f| f.member == member.id && national(&f.network))
                || d.hosts
                    .iter()
                    .any(|h| h.member == member.id && national(&h.network))
        })
        .count()
}

#[test]
fn empty_query_shows_the_national_overview() {
    let m = built_in();
    let v = view(&m, &Filter::default());
    assert_eq!(v.rows.len(), national_members(&m));
    assert!(v.rows.len() < m.members().len());
    assert_eq!(v.total_members, m.members().len());
    assert_eq!(v.columns.len(), 5);
    assert_eq!(v.total_networks, 10);
}

/// Regional networks fold away by default and unfold when chosen or when
/// a search finds one of their members.
#[test]
fn regional_networks_unfold_when_chosen_or_searched() {
    let m = built_in();
    let column_ids = |v: &netzwerk_matrix::core::View| -> Vec<String> {
        v.columns
            .iter()
            .map(|&n| m.networks()[n].id.clone())
            .collect()
    };
    let default = view(&m, &Filter::default());
    assert!(!column_ids(&default).contains(&"asskomm".to_string()));
    assert!(!names(&m, &Filter::default()).contains(&"Torgau".to_string()));

    let searched = Filter {
        query: "torgau".into(),
        ..Filter::default()
    };
    assert_eq!(names(&m, &searched), ["Torgau"]);
    let columns = column_ids(&view(&m, &searched));
    assert!(columns.contains(&"asskomm".to_string()), "{columns:?}");
    assert!(!columns.contains(&"kompass".to_string()), "{columns:?}");

    // "Leipzig" is in the overview anyway; its ASSKomm cell unfolds too.
    let leipzig = Filter {
        query: "leipzig".into(),
        ..Filter::default()
    };
    assert!(column_ids(&view(&m, &leipzig)).contains(&"asskomm".to_string()));

    let chosen = Filter {
        networks: networks(&m, &["kompass"]),
        ..Filter::default()
    };
    assert_eq!(
        names(&m, &chosen),
        [
            "Bad Homburg",
            "Eschborn",
            "Hanau",
            "Hofheim am Taunus",
            "Maintal",
            "Schwalbach am Taunus"
        ]
    );
    assert!(column_ids(&view(&m, &chosen)).contains(&"kompass".to_string()));
    // The mode counts describe the rows that are really on offer.
    let v = view(&m, &chosen);
    assert_eq!(v.mode_counts.any, 6);
}

#[test]
fn modes_any_all_none() {
    let m = built_in();
    let chosen = networks(&m, &["defus", "staedtenetzwerk"]);
    let with = |mode| {
        names(
            &m,
            &Filter {
                networks: chosen.clone(),
                mode,
                ..Filter::default()
            },
        )
    };
    let all = with(Mode::All);
    assert_eq!(
        all,
        [
            "Augsburg",
            "Düsseldorf",
            "Gelsenkirchen",
            "Hannover",
            "Stuttgart"
        ]
    );
    let any = with(Mode::Any);
    assert!(any.len() >= 30, "{any:?}");
    let none = with(Mode::None);
    assert!(!none.contains(&"Augsburg".to_string()));
    // The counts shown beside each choice match what the choice shows.
    let v = view(
        &m,
        &Filter {
            networks: chosen.clone(),
            ..Filter::default()
        },
    );
    assert_eq!(v.mode_counts.all, all.len());
    assert_eq!(v.mode_counts.any, any.len());
    assert_eq!(v.mode_counts.none, none.len());
    assert_eq!(v.mode_counts.any + v.mode_counts.none, national_members(&m));
}

#[test]
fn all_of_dpt_defus_and_dfk_leaves_augsburg() {
    let m = built_in();
    let f = Filter {
        networks: networks(&m, &["dpt", "defus", "dfk"]),
        mode: Mode::All,
        ..Filter::default()
    };
    assert_eq!(names(&m, &f), ["Augsburg"]);
    let f = Filter {
        networks: networks(&m, &["defus"]),
        mode: Mode::All,
        ..Filter::default()
    };
    assert_eq!(names(&m, &f).len(), 22);
}

#[test]
fn mode_counts_follow_the_search() {
    let m = built_in();
    let f = Filter {
        query: "augsburg".into(),
        networks: networks(&m, &["defus"]),
        ..Filter::default()
    };
    let v = view(&m, &f);
    assert_eq!(
        (v.mode_counts.any, v.mode_counts.all, v.mode_counts.none),
        (1, 1, 0)
    );
}

#[test]
fn sort_by_name_is_german() {
    let m = built_in();
    let asc = names(&m, &Filter::default());
    let mut expected = asc.clone();
    expected.sort_by_key(|n| netzwerk_matrix::core::text::collation_key(n));
    assert_eq!(asc, expected);
    // Lübeck sorts between Leipzig and Ludwigshafen, as ü sorts with u.
    let pos = |n: &str| asc.iter().position(|x| x == n).unwrap();
    assert!(
        pos("Leipzig") < pos("Lübeck") && pos("Lübeck") < pos("Ludwigshafen"),
        "{asc:?}"
    );
    assert!(pos("Düsseldorf") < pos("Erfurt"));
    let desc = names(
        &m,
        &Filter {
            sort: Sort {
                key: SortKey::Name,
                direction: Direction::Descending,
            },
            ..Filter::default()
        },
    );
    let mut reversed = asc.clone();
    reversed.reverse();
    assert_eq!(desc, reversed);
}

#[test]
fn sort_by_count_puts_most_connected_first() {
    let m = built_in();
    let f = Filter {
        sort: Sort::default().toggled(SortKey::Count),
        ..Filter::default()
    };
    assert_eq!(f.sort.direction, Direction::Descending);
    let v = view(&m, &f);
    assert_eq!(m.members()[v.rows[0]].name, "Augsburg");
    assert!(
        v.row_totals.windows(2).all(|w| w[0] >= w[1]),
        "{:?}",
        v.row_totals
    );
    let f = Filter {
        sort: f.sort.toggled(SortKey::Count),
        ..f
    };
    let v = view(&m, &f);
    assert!(
        v.row_totals.windows(2).all(|w| w[0] <= w[1]),
        "{:?}",
        v.row_totals
    );
}

#[test]
fn totals_add_up() {
    let m = built_in();
    let v = view(&m, &Filter::default());
    let by_rows: usize = v.row_totals.iter().sum();
    let by_columns: usize = v.column_totals.iter().sum();
    assert_eq!(by_rows, by_columns);
    let shown: Vec<&str> = v
        .columns
        .iter()
        .map(|&n| m.networks()[n].id.as_str())
        .collect();
    let belonging = m
        .dataset()
        .memberships
        .iter()
        .filter(|f| f.role.belongs() && shown.contains(&f.network.as_str()))
        .count();
    assert_eq!(by_rows, belonging);
}

#[test]
fn hide_empty_rows_and_columns() {
    let m = built_in();
    let f = Filter {
        query: "bonn".into(),
        hide_empty: true,
        ..Filter::default()
    };
    let v = view(&m, &f);
    let columns: Vec<&str> = v
        .columns
        .iter()
        .map(|&n| m.networks()[n].id.as_str())
        .collect();
    assert!(columns.contains(&"staedtenetzwerk"), "{columns:?}");
    // Bonn hosted the congress (1997, 1998): a hosting is information too.
    assert!(columns.contains(&"dpt"), "{columns:?}");
    assert!(!columns.contains(&"defus"), "{columns:?}");
    let f = Filter {
        query: "bonn".into(),
        ..Filter::default()
    };
    assert_eq!(view(&m, &f).columns.len(), 5);
}

#[test]
fn hidden_networks_leave_the_view() {
    let m = built_in();
    let f = Filter {
        hidden: networks(&m, &["dpt"]),
        ..Filter::default()
    };
    let v = view(&m, &f);
    assert_eq!(v.columns.len(), 4);
    assert_eq!(v.total_networks, 9);
}

#[test]
fn mode_without_chosen_networks_shows_everyone() {
    let m = built_in();
    for mode in Mode::ALL {
        let f = Filter {
            mode,
            ..Filter::default()
        };
        assert_eq!(view(&m, &f).rows.len(), national_members(&m), "{mode:?}");
    }
}
