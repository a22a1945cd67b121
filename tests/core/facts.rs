//! Every fact of the sourced fact lists (SOURCES.md sections B and C, the
//! audit and additions of FACTS-2026-11.md, and the third collection
//! FACTS-2026-12.md) that is in the dataset, as
//! (member, network, role, since, inferred), the hostings, the quote kinds,
//! plus the as-of-year view.

use crate::fixtures::{built_in, cell};
use netzwerk_matrix::core::model::QuoteKind;
use netzwerk_matrix::core::{view, Filter, Matrix, Role};

use Role::{Cooperation as C, FoundingMember as F, Member as M, Partner as P};

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
    // 2026-12 M7: "seit Beginn ihrer Mitgliedschaft im Jahr 2010".
    ("mannheim", "efus", M, Some(2010), false),
    ("heidelberg", "efus", M, None, false),
    ("nuernberg", "efus", M, None, false),
    // Audit N-E1: the decision of 2008; 2026-12 M1: GRDrs 317/2010 says so.
    ("stuttgart", "efus", M, Some(2008), false),
    ("muenchen", "efus", M, None, false),
    ("lpr-niedersachsen", "efus", M, None, false),
    // 2026-12 M5: associate member, 2009 inferred from the page's caption.
    ("dpt", "efus", M, Some(2009), false),
    ("leer", "efus", M, None, false),
    ("oldenburg", "efus", M, None, false),
    ("aachen", "efus", M, Some(2023), false),
    ("bochum", "efus", M, Some(2023), false),
    ("kreis-lippe", "efus", M, None, true),
    // Audit A8: named directly by two pages, member since 1 January 2025.
    ("kaiserslautern", "efus", M, Some(2025), false),
    // 2026-12 M4: the headline welcomes both as Efus members.
    ("lpr-nrw", "efus", M, Some(2025), false),
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
    // Audit A17: on LPR Niedersachsen's list of about 2010 (year inferred).
    ("goettingen", "defus", M, Some(2010), false),
    ("freiburg", "defus", M, None, false),
    ("karlsruhe", "defus", M, None, false),
    ("aachen", "defus", M, Some(2023), false),
    ("kaiserslautern", "defus", M, Some(2025), false),
    ("lpr-nrw", "defus", M, Some(2025), false),
    // 2026-12 N-D1: named on DEFUS's own page, no year.
    ("berlin", "defus", M, None, false),
    ("hannover", "defus", M, None, false),
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
    // Augsburg's page: its national cooperations.
    ("augsburg", "dpt", C, None, false),
    ("augsburg", "dfk", C, None, false),
    // FACTS-2026-11, section 2: the DPT's partners.
    ("dfk", "dpt", P, Some(2001), false),
    ("hannover", "dpt", P, Some(2026), false),
    // 2026-12 N-P1: the DPT's standing partners.
    ("propk", "dpt", P, None, false),
    ("weisser-ring", "dpt", P, None, false),
    // Section 3: state programmes and a regional network with named members.
    ("torgau", "asskomm", M, Some(2021), false),
    ("schwarzenberg", "asskomm", M, Some(2021), false),
    ("aue-bad-schlema", "asskomm", M, Some(2021), false),
    ("schneeberg", "asskomm", M, Some(2021), false),
    ("lauter-bernsbach", "asskomm", M, Some(2021), false),
    ("loessnitz", "asskomm", M, Some(2021), false),
    // 2026-12 A3, N-A1: the eight model municipalities of 6 February 2019.
    ("leipzig", "asskomm", F, Some(2019), false),
    ("chemnitz", "asskomm", F, Some(2019), false),
    ("zwickau", "asskomm", F, Some(2019), false),
    ("freital", "asskomm", F, Some(2019), false),
    ("goerlitz", "asskomm", F, Some(2019), false),
    ("pirna", "asskomm", F, Some(2019), false),
    ("plauen", "asskomm", F, Some(2019), false),
    ("wurzen", "asskomm", F, Some(2019), false),
    // 2026-12 A4: the 54th municipality, 31 August 2023.
    ("limbach-oberfrohna", "asskomm", M, Some(2023), false),
    // 2026-12 N-A2 to N-A7.
    ("weisswasser", "asskomm", M, Some(2021), false),
    ("bad-muskau", "asskomm", M, Some(2021), false),
    ("dippoldiswalde", "asskomm", M, Some(2021), false),
    ("werdau", "asskomm", M, Some(2022), false),
    ("krauschwitz", "asskomm", M, Some(2022), false),
    ("auerbach", "asskomm", M, Some(2022), false),
    ("lengenfeld", "asskomm", M, Some(2022), false),
    ("rodewisch", "asskomm", M, Some(2022), false),
    ("belgershain", "asskomm", M, None, false),
    ("parthenstein", "asskomm", M, None, false),
    // 2026-12 A6, N-K1, N-K2.
    ("bad-homburg", "kompass", M, Some(2017), false),
    ("hanau", "kompass", M, Some(2017), false),
    ("maintal", "kompass", M, Some(2017), false),
    ("schwalbach-am-taunus", "kompass", M, Some(2017), false),
    ("eschborn", "kompass", M, Some(2018), false),
    ("hofheim-am-taunus", "kompass", M, Some(2019), false),
    // 2026-12 A7, A8, N-S1 to N-S7: all eleven partnerships by September 2022.
    ("saarbruecken", "sipa-saarland", P, Some(2017), false),
    ("neunkirchen", "sipa-saarland", P, Some(2017), false),
    ("merzig", "sipa-saarland", P, Some(2018), false),
    ("dillingen", "sipa-saarland", P, None, false),
    ("saarlouis", "sipa-saarland", P, Some(2019), false),
    ("sulzbach", "sipa-saarland", P, None, false),
    ("voelklingen", "sipa-saarland", P, Some(2019), false),
    ("st-ingbert", "sipa-saarland", P, Some(2020), false),
    ("grossrosseln", "sipa-saarland", P, Some(2021), false),
    ("bexbach", "sipa-saarland", P, None, false),
    ("losheim-am-see", "sipa-saarland", P, Some(2022), false),
    ("freiburg", "sipa-bw", P, Some(2017), false),
    ("heidelberg", "sipa-bw", P, Some(2018), false),
    // 2026-12 N-B1.
    ("stuttgart", "sipa-bw", P, Some(2020), false),
    ("ganderkesee", "kpr-nordwest", M, None, false),
    ("stuhr", "kpr-nordwest", M, None, false),
    ("hude", "kpr-nordwest", M, None, false),
    // 2026-12 N-N1: the three applicants of the network's project PrimA;
    // no page calls them members, so the membership is inferred.
    ("oldenburg", "kpr-nordwest", M, None, true),
    ("delmenhorst", "kpr-nordwest", M, None, true),
    ("rheiderland", "kpr-nordwest", M, None, true),
];

/// Every membership, and only these: a fact that is not in the table
/// above has no place in the dataset.
#[test]
fn the_dataset_holds_exactly_the_listed_facts() {
    let m = built_in();
    assert_eq!(m.dataset().memberships.len(), FACTS.len());
}

/// Start years concluded rather than stated, each with a note saying how.
#[test]
fn inferred_years_are_marked() {
    let m = built_in();
    let marked: Vec<(String, String)> = m
        .dataset()
        .memberships
        .iter()
        .filter(|f| f.since_inferred)
        .map(|f| (f.member.clone(), f.network.clone()))
        .collect();
    let expected = [
        ("dpt", "efus"),
        ("neunkirchen", "sipa-saarland"),
        ("st-ingbert", "sipa-saarland"),
        ("goettingen", "defus"),
        ("gelsenkirchen", "defus"),
        ("kreis-lippe", "defus"),
    ];
    assert_eq!(marked.len(), expected.len(), "{marked:?}");
    for (member, network) in expected {
        let f = cell(&m, member, network).unwrap();
        assert!(f.since_inferred, "{member} × {network}");
        assert!(f.note.is_some(), "{member} × {network} explains its year");
    }
}

/// The hosts of the Deutscher Präventionstag by year: (member, year, only
/// an encyclopedia gives the year). FACTS-2026-12 section 1b found primary
/// pages for most years.
const HOSTS: &[(&str, i32, bool)] = &[
    ("luebeck", 1995, false),
    ("muenster", 1996, true),
    ("bonn", 1997, true),
    ("bonn", 1998, true),
    ("hoyerswerda", 1999, true),
    ("duesseldorf", 2000, true),
    ("duesseldorf", 2001, false),
    ("hannover", 2003, false),
    ("stuttgart", 2004, false),
    ("hannover", 2005, false),
    ("nuernberg", 2006, false),
    ("wiesbaden", 2007, false),
    ("leipzig", 2008, false),
    ("hannover", 2009, false),
    ("berlin", 2010, false),
    ("oldenburg", 2011, false),
    ("muenchen", 2012, false),
    ("bielefeld", 2013, false),
    ("karlsruhe", 2014, false),
    ("frankfurt-am-main", 2015, false),
    ("magdeburg", 2016, false),
    ("hannover", 2017, false),
    ("lpr-niedersachsen", 2017, false),
    ("dresden", 2018, false),
    ("lpr-sachsen", 2018, false),
    ("berlin", 2019, false),
    ("kassel", 2020, false),
    ("koeln", 2021, false),
    ("hannover", 2022, false),
    ("mannheim", 2023, false),
    ("cottbus", 2024, false),
    ("augsburg", 2025, false),
];

#[test]
fn hosts_of_the_congress_are_a_relation_of_their_own() {
    let m = built_in();
    let hosts = &m.dataset().hosts;
    assert_eq!(hosts.len(), HOSTS.len());
    for &(member, year, encyclopedia_only) in HOSTS {
        let h = hosts
            .iter()
            .find(|h| h.member == member && h.year == year)
            .unwrap_or_else(|| panic!("{member} hosting {year} missing"));
        assert_eq!(h.network, "dpt");
        let only_wiki = h.evidence.iter().all(|e| e.source == "wikipedia-dpt");
        // Düsseldorf 2000 and the early years have a second page for the
        // city, but their year still rests on the encyclopedia.
        let says_so = h
            .note
            .as_deref()
            .is_some_and(|n| n.contains("nur eine Enzyklopädie"));
        assert_eq!(
            only_wiki || says_so,
            encyclopedia_only,
            "{member} {year}: an encyclopedia-only year carries a note"
        );
        if encyclopedia_only {
            assert!(says_so, "{member} {year}: note names the encyclopedia");
        }
    }
    // Hosting is not membership: Bielefeld, Dresden and Münster have no
    // membership at all, and hosting never counts for a network filter.
    for id in [
        "bielefeld",
        "dresden",
        "muenster",
        "magdeburg",
        "cottbus",
        "kassel",
        "lpr-sachsen",
    ] {
        assert!(
            !m.dataset().memberships.iter().any(|f| f.member == id),
            "{id}"
        );
    }
    let dpt = m.network_index("dpt").unwrap();
    let chosen = view(
        &m,
        &Filter {
            networks: [dpt].into(),
            ..Filter::default()
        },
    );
    let ids: Vec<&str> = chosen
        .rows
        .iter()
        .map(|&r| m.members()[r].id.as_str())
        .collect();
    assert!(ids.contains(&"augsburg") && ids.contains(&"dfk"), "{ids:?}");
    assert!(
        !ids.contains(&"bielefeld") && !ids.contains(&"mannheim"),
        "{ids:?}"
    );
}

/// Attending or hosting a meeting is not membership.
#[test]
fn meeting_guests_are_not_partners() {
    let m = built_in();
    for id in ["dresden", "freiburg", "mannheim", "bielefeld"] {
        assert!(m.member_index(id).is_some(), "{id} is in the data");
        assert!(cell(&m, id, "staedtenetzwerk").is_none(), "{id}");
    }
}

/// Quotation or paraphrase is a field, never a word in the text; most
/// evidence is verbatim, and the audit's quotes are in.
#[test]
fn evidence_says_whether_it_is_a_quote() {
    let m = built_in();
    let d = m.dataset();
    let all: Vec<_> = d
        .memberships
        .iter()
        .flat_map(|f| &f.evidence)
        .chain(d.hosts.iter().flat_map(|h| &h.evidence))
        .collect();
    let paraphrases = all
        .iter()
        .filter(|e| e.kind == QuoteKind::Paraphrase)
        .count();
    assert!(paraphrases <= 40, "{paraphrases} paraphrases");
    for e in &all {
        assert!(
            !e.quote.contains("sinngemäß") && !e.quote.contains("(paraphrase)"),
            "the kind is a field, not a word: {}",
            e.quote
        );
    }
    let quote_of = |member: &str, network: &str, source: &str| -> (QuoteKind, String) {
        let f = cell(&m, member, network).unwrap();
        let e = f.evidence.iter().find(|e| e.source == source).unwrap();
        (e.kind, e.quote.clone())
    };
    let (kind, text) = quote_of("augsburg", "defus", "defus-mitglied-augsburg");
    assert_eq!(kind, QuoteKind::Quote);
    assert!(text.contains("Gründungsmitglied von DEFUS"));
    let (kind, text) = quote_of("kaiserslautern", "efus", "nachrichten-kl-2024");
    assert_eq!(kind, QuoteKind::Quote);
    assert!(text.contains("13. Mai 2024"));
    let (kind, text) = quote_of("aachen", "defus", "aachen-ratsinfo-2023");
    assert_eq!(kind, QuoteKind::Quote);
    assert!(text.contains("zum nächstmöglichen Zeitpunkt"));
    // 2026-12 M6: the press release's own sentence replaces the paraphrase.
    let (kind, text) = quote_of("dpt", "defus", "dpt-pressemitteilung-2011");
    assert_eq!(kind, QuoteKind::Quote);
    assert!(text.starts_with("Der Landespräventionsrat Niedersachsen, der Deutsche Präventionstag"));
    let cited = d
        .memberships
        .iter()
        .flat_map(|f| &f.evidence)
        .filter(|e| e.source == "dpt-pressemitteilung-2011");
    for e in cited {
        assert_eq!(e.kind, QuoteKind::Quote, "{}", e.quote);
    }
}

/// Section 1's corrections to notes and sources.
#[test]
fn the_audit_corrections_are_applied() {
    let m = built_in();
    let kl = cell(&m, "kaiserslautern", "efus").unwrap();
    assert!(!kl.inferred);
    assert!(!kl.note.as_deref().unwrap_or("").contains("keine Quelle"));
    for founder in ["dpt", "stuttgart", "leer"] {
        let note = cell(&m, founder, "defus").unwrap().note.clone().unwrap();
        assert!(note.contains("Göttingen"), "{founder}: {note}");
    }
    let augsburg_page = m.source("augsburg-kooperationen").unwrap();
    assert!(augsburg_page
        .url
        .as_deref()
        .unwrap()
        .contains("augsburg.de/buergerservice-rathaus/kommunale-praevention"));
    let efus_forum = m.source("efus-german-forum").unwrap();
    assert_eq!(efus_forum.date, None, "no date is printed");
    assert!(efus_forum.note.as_deref().unwrap().contains("erschlossen"));
    let dpt_2011 = m.source("dpt-pressemitteilung-2011").unwrap();
    assert_eq!(dpt_2011.date.as_deref(), Some("2011-03-17"));
    assert!(dpt_2011.note.as_deref().unwrap().contains("10. Mai 2010"));
    let sn = cell(&m, "chemnitz", "staedtenetzwerk").unwrap();
    assert!(sn.note.as_deref().unwrap().contains("erschlossen"));
    let networks = m.dataset().networks.clone();
    let by_id = |id: &str| networks.iter().find(|n| n.id == id).unwrap().clone();
    assert_eq!(by_id("dfk").founded, Some(2001));
    assert!(by_id("dfk").description.contains("Bonn"));
    assert_eq!(by_id("efus").founded, Some(1987));
    assert!(by_id("efus").description.contains("Barcelona"));
    assert!(by_id("efus").description.contains("Paris"));
}

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

#[test]
fn hostings_in_the_as_of_year_view() {
    let m = built_in();
    let (augsburg, dpt) = (
        m.member_index("augsburg").unwrap(),
        m.network_index("dpt").unwrap(),
    );
    assert!(m.host_years(augsburg, dpt, Some(2024)).is_empty());
    assert_eq!(m.host_years(augsburg, dpt, Some(2025)), [2025]);
    let hannover = m.member_index("hannover").unwrap();
    assert_eq!(
        m.host_years(hannover, dpt, None),
        [2003, 2005, 2009, 2017, 2022]
    );
    assert_eq!(m.host_years(hannover, dpt, Some(2006)), [2003, 2005]);
}
