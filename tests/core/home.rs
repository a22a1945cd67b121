//! The page's own member ("Ihre Stadt", `data-member`): the sentence about
//! it, its row first under every sort and search, its partners.

use netzwerk_matrix::core::options::{initial_filter, Note, Options};
use netzwerk_matrix::core::summary::{plain, summary, Part};
use netzwerk_matrix::core::{view, Filter, Lang, Matrix, Mode, Sort};

use crate::fixtures::{built_in, parse, small};

fn home(m: &Matrix, id: &str) -> Filter {
    Filter {
        home: m.member_index(id),
        ..Filter::default()
    }
}

fn sentence(m: &Matrix, id: &str, lang: Lang) -> String {
    plain(&summary(m, &home(m, id), m.member_index(id).unwrap(), lang))
}

#[test]
fn the_sentence_for_several_members_in_both_languages() {
    let m = built_in();
    let cases = [
        (
            "augsburg",
            "Augsburg ist Gründungsmitglied von DEFUS (seit 2010), Mitglied von Efus (seit 2010), Partner von Städtenetzwerk und kooperiert mit DPT und DFK; Gastgeber von DPT 2025.",
            "Augsburg is a founding member of DEFUS (since 2010), a member of Efus (since 2010), a partner of Städtenetzwerk and cooperates with DPT and DFK; host of DPT 2025.",
        ),
        // Inferred facts and a hosting by an organisation.
        (
            "lpr-niedersachsen",
            "Landespräventionsrat Niedersachsen ist Gründungsmitglied von DEFUS (seit 2010, erschlossen) und Mitglied von Efus; Gastgeber von DPT 2017.",
            "Landespräventionsrat Niedersachsen is a founding member of DEFUS (since 2010, inferred) and a member of Efus; host of DPT 2017.",
        ),
        // A year concluded, not stated; a regional programme.
        (
            "neunkirchen",
            "Neunkirchen ist Partner von SiPa Saar (seit 2017, Jahr erschlossen).",
            "Neunkirchen is a partner of SiPa Saar (since 2017, year inferred).",
        ),
        // Only a hosting.
        (
            "bielefeld",
            "Bielefeld war Gastgeber von DPT 2013.",
            "Bielefeld hosted DPT 2013.",
        ),
        // Only a cooperation-free partnership of an organisation.
        (
            "weisser-ring",
            "WEISSER RING ist Partner von DPT.",
            "WEISSER RING is a partner of DPT.",
        ),
    ];
    for (id, de, en) in cases {
        assert_eq!(sentence(&m, id, Lang::De), de);
        assert_eq!(sentence(&m, id, Lang::En), en);
    }
    // Several hostings of one network, several roles.
    assert_eq!(
        sentence(&m, "hannover", Lang::De),
        "Hannover ist Gründungsmitglied von Städtenetzwerk (seit 2001), Mitglied von DEFUS und Efus und Partner von DPT (seit 2026); Gastgeber von DPT 2003, 2005, 2009, 2017, 2022."
    );
    // Each network is a part of its own, so it can open its details.
    let parts = summary(
        &m,
        &home(&m, "augsburg"),
        m.member_index("augsburg").unwrap(),
        Lang::De,
    );
    let networks: Vec<&str> = parts
        .iter()
        .filter_map(|p| match p {
            Part::Network(n, label) => {
                assert_eq!(&m.networks()[*n].short, label);
                Some(label.as_str())
            }
            Part::Text(_) => None,
        })
        .collect();
    assert_eq!(
        networks,
        ["DEFUS", "Efus", "Städtenetzwerk", "DPT", "DFK", "DPT"]
    );
}

#[test]
fn a_member_without_facts_and_the_year_filter() {
    let mut v = small();
    v["members"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "leerstadt", "name": "Leerstadt", "kind": "city"}));
    let m = parse(&v).unwrap();
    assert_eq!(
        sentence(&m, "leerstadt", Lang::De),
        "Zu Leerstadt verzeichnet die Matrix keine Mitgliedschaft."
    );
    assert_eq!(
        sentence(&m, "leerstadt", Lang::En),
        "The matrix lists no membership for Leerstadt."
    );
    // As of 2009, Augsburg had joined neither DEFUS nor Efus.
    let b = built_in();
    let mut f = home(&b, "augsburg");
    f.year = Some(2009);
    let text = plain(&summary(
        &b,
        &f,
        b.member_index("augsburg").unwrap(),
        Lang::De,
    ));
    assert!(!text.contains("DEFUS") && !text.contains("Efus"), "{text}");
    assert!(!text.contains("2025"), "{text}");
}

#[test]
fn the_home_row_comes_first_under_every_sort_and_search() {
    let m = built_in();
    let augsburg = m.member_index("augsburg").unwrap();
    let sorts = ["name", "name-desc", "count", "count-asc"];
    let searches = ["", "a", "ham", "torgau", "xyz"];
    for sort in sorts {
        for query in searches {
            let f = Filter {
                sort: Sort::from_key(sort).unwrap(),
                query: query.into(),
                ..home(&m, "augsburg")
            };
            let v = view(&m, &f);
            let without = view(
                &m,
                &Filter {
                    home: None,
                    ..f.clone()
                },
            );
            assert_eq!(v.rows[0], augsburg, "{sort} {query:?}");
            let h = v.home.unwrap();
            assert_eq!(
                h.in_result,
                without.rows.contains(&augsburg),
                "{sort} {query:?}"
            );
            // The result is the same members, in the same order otherwise.
            let rest: Vec<usize> = without
                .rows
                .iter()
                .copied()
                .filter(|&r| r != augsburg)
                .collect();
            assert_eq!(&v.rows[1..], rest.as_slice(), "{sort} {query:?}");
            assert_eq!(v.result().len(), without.rows.len());
            if !h.in_result {
                assert_eq!(v.result_totals(), without.row_totals.as_slice());
            }
            // A home row outside the result adds nothing to the totals.
            assert_eq!(v.column_totals, without.column_totals, "{sort} {query:?}");
            assert_eq!(v.mode_counts, without.mode_counts);
        }
    }
}

#[test]
fn partners_are_the_members_sharing_a_network() {
    let m = built_in();
    let f = Filter {
        partners: true,
        ..home(&m, "augsburg")
    };
    let v = view(&m, &f);
    let names: Vec<&str> = v
        .result()
        .iter()
        .map(|&r| m.members()[r].id.as_str())
        .collect();
    assert_eq!(names[0], "augsburg");
    // Every other row shares DPT, DEFUS, Efus, the Städtenetzwerk or the DFK.
    let own = ["dpt", "defus", "efus", "staedtenetzwerk", "dfk"];
    for &r in &v.rows[1..] {
        assert!(
            own.iter().any(|n| {
                m.cell(r, m.network_index(n).unwrap())
                    .is_some_and(|f| f.role.belongs())
            }),
            "{}",
            m.members()[r].name
        );
    }
    for id in ["bonn", "dfk", "kaiserslautern", "weisser-ring", "hannover"] {
        assert!(names.contains(&id), "{id}");
    }
    // Hosting is not a shared network; regional-only members share none.
    for id in ["bielefeld", "torgau", "neunkirchen"] {
        assert!(!names.contains(&id), "{id}");
    }
    // Partners and a chosen network together.
    let with_dfk = view(
        &m,
        &Filter {
            networks: [m.network_index("dfk").unwrap()].into(),
            mode: Mode::Any,
            ..f
        },
    );
    // Only Augsburg cooperates with the DFK (the foundation is a member of
    // the Städtenetzwerk, not of its own column).
    assert_eq!(with_dfk.result(), [m.member_index("augsburg").unwrap()]);
}

#[test]
fn the_member_option_checks_its_id() {
    let m = built_in();
    let o = Options::parse([("member", "Augsburg"), ("partners", "on")]);
    let (f, notes) = initial_filter(&m, &o, &[]);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(f.home, m.member_index("augsburg"));
    assert!(f.partners);
    // An unknown id is named, and the widget works as without the option.
    let o = Options::parse([("member", "atlantis"), ("partners", "on")]);
    let (f, notes) = initial_filter(&m, &o, &[]);
    assert_eq!(
        notes,
        [Note {
            key: "member".into(),
            value: "atlantis".into()
        }]
    );
    assert_eq!(f, Filter::default());
}

#[test]
fn a_marks_text_names_its_networks_and_roles() {
    use netzwerk_matrix::core::summary::mark_text;
    let m = built_in();
    let f = Filter::default();
    let shown: Vec<usize> = (0..5).collect();
    let augsburg = m.member_index("augsburg").unwrap();
    assert_eq!(
        mark_text(&m, &f, augsburg, &shown, Lang::De),
        "Augsburg: in 5 Netzwerken – DPT: Kooperation; DEFUS: Gründungsmitglied seit 2010; Efus: Mitglied seit 2010; Städtenetzwerk: Partner; DFK: Kooperation"
    );
    let bielefeld = m.member_index("bielefeld").unwrap();
    assert_eq!(
        mark_text(&m, &f, bielefeld, &shown, Lang::En),
        "Bielefeld: in 0 networks"
    );
    let defus = [m.network_index("defus").unwrap()];
    assert_eq!(
        mark_text(&m, &f, augsburg, &defus, Lang::En),
        "Augsburg: in 1 network – DEFUS: founding member since 2010"
    );
}
