//! The built-in dataset validates and holds every fact of the founding text.

use crate::fixtures::{built_in, cell};
use netzwerk_matrix::core::{Lang, Matrix, Role};

/// The role, since-year and inferred mark of one cell, by ids.
fn fact(m: &Matrix, member: &str, network: &str) -> Option<(Role, Option<i32>, bool)> {
    cell(m, member, network).map(|f| (f.role, f.since, f.inferred))
}

const STAEDTENETZWERK_PARTNERS: [&str; 18] = [
    "augsburg",
    "bonn",
    "bremen",
    "chemnitz",
    "duesseldorf",
    "erfurt",
    "frankfurt-am-main",
    "gelsenkirchen",
    "hannover",
    "koblenz",
    "leipzig",
    "luebeck",
    "ludwigshafen",
    "offenbach",
    "potsdam",
    "stuttgart",
    "wiesbaden",
    "dfk",
];

#[test]
fn seed_partners_of_the_staedtenetzwerk() {
    let m = built_in();
    for id in STAEDTENETZWERK_PARTNERS {
        let (role, _, inferred) = fact(&m, id, "staedtenetzwerk")
            .unwrap_or_else(|| panic!("{id} is not in the Städtenetzwerk"));
        assert!(role.belongs(), "{id}: {role:?}");
        assert!(!inferred, "{id} is named in the text, not inferred");
    }
}

#[test]
fn augsburg_founding_member_of_defus_2010() {
    let m = built_in();
    assert_eq!(
        fact(&m, "augsburg", "defus"),
        Some((Role::FoundingMember, Some(2010), false))
    );
}

#[test]
fn efus_membership_of_augsburg_is_marked_inferred_when_only_inferred() {
    let m = built_in();
    let mi = m.member_index("augsburg").unwrap();
    let ni = m.network_index("efus").unwrap();
    let f = m.cell(mi, ni).expect("Augsburg × Efus");
    assert!(f.role.belongs());
    // Either a source states it outright, or it is marked as inferred.
    let stated = f
        .evidence
        .iter()
        .any(|e| e.quote.contains("Efus") || e.quote.contains("EFUS"))
        && !f.inferred;
    assert!(stated || f.inferred, "{f:?}");
}

#[test]
fn founding_years_of_the_networks() {
    let m = built_in();
    let founded = |id: &str| m.networks()[m.network_index(id).unwrap()].founded;
    assert_eq!(founded("dpt"), Some(1995));
    assert_eq!(founded("staedtenetzwerk"), Some(2001));
    assert_eq!(founded("defus"), Some(2010));
}

#[test]
fn five_national_networks_first_then_the_regional_ones() {
    let m = built_in();
    let ids = |regional: bool| -> Vec<&str> {
        m.networks()
            .iter()
            .filter(|n| n.regional == regional)
            .map(|n| n.id.as_str())
            .collect()
    };
    assert_eq!(
        ids(false),
        ["dpt", "defus", "efus", "staedtenetzwerk", "dfk"]
    );
    assert_eq!(
        ids(true),
        [
            "asskomm",
            "kompass",
            "sipa-saarland",
            "sipa-bw",
            "kpr-nordwest"
        ]
    );
}

#[test]
fn every_fact_cites_an_existing_source_with_a_quote() {
    let m = built_in();
    for f in &m.dataset().memberships {
        assert!(!f.evidence.is_empty(), "{f:?}");
        for e in &f.evidence {
            assert!(m.source(&e.source).is_some(), "{f:?}");
            assert!(e.quote.chars().count() >= 10, "quote too short in {f:?}");
        }
    }
}

#[test]
fn no_cell_without_a_fact_claims_anything() {
    // "No information" is the absence of a fact; only a fact with the role
    // `not_member`, which a source says, reads "not a member".
    let mut v = crate::fixtures::small();
    v["memberships"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!(
            {"member": "oldenburg", "network": "efus", "role": "not_member",
             "evidence": [{"source": "s1", "quote": "Oldenburg ist kein Mitglied."}]}
        ));
    let m = crate::fixtures::parse(&v).unwrap();
    let text = |member, network| Lang::En.cell_text(cell(&m, member, network), &[]);
    assert_eq!(text("oldenburg", "efus"), "not a member");
    assert_eq!(text("oldenburg", "defus"), "no information");
    assert_eq!(text("augsburg", "efus"), "no information");
}
