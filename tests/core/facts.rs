//! Every fact of the sourced fact list (sections B and C) that is in the
//! dataset, as (member, network, role, since, inferred), plus the as-of-year
//! view.

use crate::fixtures::{built_in, cell};
use netzwerk_matrix::core::{view, Filter, Matrix, Role};

use Role::{FoundingMember as F, Member as M, Partner as P};

const FACTS: &[(&str, &str, Role, Option<i32>, bool)] = &[
    // B. Efus
    ("augsburg", "efus", M, Some(2010), false),
    ("duesseldorf", "efus", M, Some(2009), false),
    ("karlsruhe", "efus", M, Some(2015), false),
    ("essen", "efus", M, Some(2015), false),
    ("freiburg", "efus", M, Some(2016), false),
    ("berlin", "efus", M, None, false),
    ("hannover", "efus", M, None, false),
    ("gladbeck", "efus", M, None, false),
    ("gelsenkirchen", "efus", M, None, false),
    ("goettingen", "efus", M, None, false),
    ("koeln", "efus", M, None, false),
    ("mannheim", "efus", M, None, false),
    ("heidelberg", "efus", M, None, false),
    ("nuernberg", "efus", M, None, false),
    ("stuttgart", "efus", M, None, false),
    ("muenchen", "efus", M, None, false),
    ("lpr-niedersachsen", "efus", M, None, false),
    ("dpt", "efus", M, None, false),
    ("leer", "efus", M, None, false),
    ("oldenburg", "efus", M, None, false),
    ("aachen", "efus", M, Some(2023), false),
    ("bochum", "efus", M, Some(2023), false),
    ("kreis-lippe", "efus", M, None, true),
    ("kaiserslautern", "efus", M, None, true),
    ("lpr-nrw", "efus", M, None, true),
    // B. DEFUS: Augsburg is named by two sources; the other nine are inferred.
    ("augsburg", "defus", F, Some(2010), false),
    ("lpr-niedersachsen", "defus", F, Some(2010), true),
    ("dpt", "defus", F, Some(2010), true),
    ("stuttgart", "defus", F, Some(2010), true),
    ("duesseldorf", "defus", F, Some(2010), true),
    ("heidelberg", "defus", F, Some(2010), true),
    ("leer", "defus", F, Some(2010), true),
    ("mannheim", "defus", F, Some(2010), true),
    ("muenchen", "defus", F, Some(2010), true),
    ("oldenburg", "defus", F, Some(2010), true),
    ("koeln", "defus", M, Some(2016), false),
    ("gelsenkirchen", "defus", M, Some(2017), false),
    ("kreis-lippe", "defus", M, Some(2017), false),
    ("essen", "defus", M, None, false),
    ("goettingen", "defus", M, None, false),
    ("freiburg", "defus", M, None, false),
    ("karlsruhe", "defus", M, None, false),
    ("aachen", "defus", M, Some(2023), false),
    ("kaiserslautern", "defus", M, Some(2025), false),
    ("lpr-nrw", "defus", M, Some(2025), false),
    // C. Städtenetzwerk: the seven named founders, later partners.
    ("chemnitz", "staedtenetzwerk", F, Some(2001), false),
    ("duesseldorf", "staedtenetzwerk", F, Some(2001), false),
    ("frankfurt-am-main", "staedtenetzwerk", F, Some(2001), false),
    ("hannover", "staedtenetzwerk", F, Some(2001), false),
    ("ludwigshafen", "staedtenetzwerk", F, Some(2001), false),
    ("luebeck", "staedtenetzwerk", F, Some(2001), false),
    ("stuttgart", "staedtenetzwerk", F, Some(2001), false),
    ("augsburg", "staedtenetzwerk", P, None, false),
    ("bonn", "staedtenetzwerk", P, None, false),
    ("bremen", "staedtenetzwerk", P, None, false),
    ("erfurt", "staedtenetzwerk", P, None, false),
    ("gelsenkirchen", "staedtenetzwerk", P, None, false),
    ("koblenz", "staedtenetzwerk", P, None, false),
    ("leipzig", "staedtenetzwerk", P, None, false),
    ("offenbach", "staedtenetzwerk", P, None, false),
    ("potsdam", "staedtenetzwerk", P, None, false),
    ("wiesbaden", "staedtenetzwerk", P, Some(2010), false),
    ("hildesheim", "staedtenetzwerk", P, None, false),
    ("osnabrueck", "staedtenetzwerk", P, None, false),
    ("dfk", "staedtenetzwerk", P, None, false),
];

#[test]
fn every_sourced_fact_is_in_the_dataset() {
    let m = built_in();
    for &(member, network, role, since, inferred) in FACTS {
        let f = cell(&m, member, network).unwrap_or_else(|| panic!("{member} × {network} missing"));
        assert_eq!(
            (f.role, f.since, f.inferred),
            (role, since, inferred),
            "{member} × {network}"
        );
    }
}

#[test]
fn every_membership_has_a_source_with_an_address_except_the_founding_text() {
    let m = built_in();
    for f in &m.dataset().memberships {
        let with_address = f
            .evidence
            .iter()
            .filter(|e| m.source(&e.source).and_then(|s| s.url.as_ref()).is_some())
            .count();
        // Augsburg's cooperations with the DPT and the DFK are known only
        // from the founding text, whose address the dataset does not have.
        let seed_only = f
            .evidence
            .iter()
            .all(|e| e.source == "augsburg-kooperationen");
        assert!(
            with_address > 0 || seed_only,
            "{} × {}: no source with an address",
            f.member,
            f.network
        );
    }
}

#[test]
fn conflicts_keep_both_sources_and_a_note() {
    let m = built_in();
    for (member, network) in [("luebeck", "staedtenetzwerk"), ("dpt", "defus")] {
        let f = cell(&m, member, network).unwrap();
        assert!(
            f.evidence.iter().any(|e| e.conflicting),
            "{member} × {network}"
        );
        assert!(
            f.evidence.iter().any(|e| !e.conflicting),
            "{member} × {network}"
        );
        assert!(f.note.is_some(), "{member} × {network}");
    }
}

/// Names of the members whose cell in `network` holds in `year`.
fn in_year(m: &Matrix, network: &str, year: i32) -> Vec<String> {
    let n = m.network_index(network).unwrap();
    let filter = Filter {
        networks: [n].into(),
        year: Some(year),
        ..Filter::default()
    };
    let v = view(m, &filter);
    v.rows.iter().map(|&r| m.members()[r].id.clone()).collect()
}

#[test]
fn as_of_year() {
    let m = built_in();
    let efus_2009 = in_year(&m, "efus", 2009);
    assert!(efus_2009.contains(&"duesseldorf".to_string()));
    assert!(
        !efus_2009.contains(&"augsburg".to_string()),
        "Augsburg joined Efus in 2010"
    );
    assert!(!efus_2009.contains(&"aachen".to_string()));
    // Members without a known year are kept (the widget marks them).
    assert!(efus_2009.contains(&"berlin".to_string()));

    let defus_2009 = in_year(&m, "defus", 2009);
    assert!(
        !defus_2009.contains(&"augsburg".to_string()),
        "DEFUS was founded in 2010"
    );
    let defus_2010 = in_year(&m, "defus", 2010);
    assert!(defus_2010.contains(&"augsburg".to_string()));
    assert!(!defus_2010.contains(&"koeln".to_string()));

    let defus_2017 = in_year(&m, "defus", 2017);
    for id in ["koeln", "gelsenkirchen", "kreis-lippe", "augsburg"] {
        assert!(defus_2017.contains(&id.to_string()), "{id} in 2017");
    }
    assert!(!defus_2017.contains(&"aachen".to_string()));
    assert!(!in_year(&m, "efus", 2022).contains(&"aachen".to_string()));
    assert!(in_year(&m, "efus", 2023).contains(&"aachen".to_string()));

    let latest = m
        .dataset()
        .memberships
        .iter()
        .filter_map(|f| f.since)
        .max()
        .unwrap();
    let defus_latest = in_year(&m, "defus", latest);
    for id in ["kaiserslautern", "lpr-nrw", "aachen", "augsburg"] {
        assert!(defus_latest.contains(&id.to_string()), "{id} in {latest}");
    }
}
