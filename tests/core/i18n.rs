//! The widget's wording in German and English: every text exists in both,
//! and the formatted ones read as they should.

use netzwerk_matrix::core::i18n::{Lang, Texts, DE, EN};
use netzwerk_matrix::core::{Membership, Role};
/// Field names and values of a `Texts`, read from its `Debug` form so the
/// test covers fields added later without being edited.
fn fields(t: &Texts) -> Vec<(String, String)> {
    let debug = format!("{t:#?}");
    debug
        .lines()
        .filter_map(|l| l.trim().split_once(": "))
        .map(|(k, v)| {
            (
                k.to_string(),
                v.trim_end_matches(',').trim_matches('"').to_string(),
            )
        })
        .collect()
}

#[test]
fn every_key_exists_in_both_languages_and_is_filled() {
    let (de, en) = (fields(&DE), fields(&EN));
    assert!(de.len() >= 30, "{de:?}");
    let keys = |f: &[(String, String)]| f.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&de), keys(&en));
    for (k, v) in de.iter().chain(&en) {
        assert!(!v.trim().is_empty(), "{k} is empty");
    }
    // Each string is translated: identical texts in both languages are
    // allowed only where the word is the same.
    const SAME_WORD: [&str; 1] = ["view_matrix"];
    let same: Vec<&String> = de
        .iter()
        .zip(&en)
        .filter(|(a, b)| a.1 == b.1 && !SAME_WORD.contains(&a.0.as_str()))
        .map(|(a, _)| &a.0)
        .collect();
    assert!(same.is_empty(), "untranslated: {same:?}");
}

#[test]
fn formatted_texts() {
    assert_eq!(
        Lang::De.status(5, 18, 5, 5),
        "5 von 18 Mitgliedern, 5 von 5 Netzwerken"
    );
    assert_eq!(
        Lang::En.status(1, 18, 4, 5),
        "1 of 18 members, 4 of 5 networks"
    );
    let fact = |role, since, inferred| Membership {
        member: "m".into(),
        network: "n".into(),
        role,
        since,
        until: Some(2020),
        since_inferred: false,
        inferred,
        note: None,
        evidence: vec![],
    };
    let founding = fact(Role::FoundingMember, Some(2010), false);
    assert_eq!(
        Lang::De.cell_statement("Augsburg", "DEFUS", Some(&founding), &[]),
        "Augsburg, DEFUS: Gründungsmitglied seit 2010"
    );
    assert_eq!(
        Lang::En.cell_statement("Augsburg", "DEFUS", Some(&founding), &[]),
        "Augsburg, DEFUS: founding member since 2010"
    );
    assert_eq!(
        Lang::De.cell_statement("Bonn", "DPT", None, &[]),
        "Bonn, DPT: keine Angabe"
    );
    let inferred = fact(Role::Member, None, true);
    assert_eq!(
        Lang::De.cell_statement("Augsburg", "Efus", Some(&inferred), &[]),
        "Augsburg, Efus: Mitglied (erschlossen)"
    );
    assert_eq!(
        Lang::De.cell_statement("Bielefeld", "DPT", None, &[2013]),
        "Bielefeld, DPT: Gastgeber 2013"
    );
    let cooperation = fact(Role::Cooperation, None, false);
    assert_eq!(
        Lang::En.cell_text(Some(&cooperation), &[2017, 2025]),
        "cooperation; host 2017, 2025"
    );
    let year_inferred = Membership {
        since_inferred: true,
        ..fact(Role::Member, Some(2008), false)
    };
    assert_eq!(
        Lang::De.fact_text(&year_inferred, true),
        "Mitglied seit 2008 (Jahr erschlossen) bis 2020"
    );
    for role in Role::ALL {
        assert_ne!(Lang::De.role(role), Lang::En.role(role));
    }
}

#[test]
fn language_tags() {
    assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
    assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
}
