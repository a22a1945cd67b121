//! Each network's own member count beside ours (FACTS-2026-12 section 2):
//! the data, the words in both languages, the table and the checker.

use netzwerk_matrix::core::coverage::{self, Coverage};
use netzwerk_matrix::core::open::open;
use netzwerk_matrix::core::{csv, table, Lang, Matrix};

use crate::fixtures::{built_in, cell};

fn of<'a>(m: &'a Matrix, id: &str) -> Coverage<'a> {
    let n = &m.networks()[m.network_index(id).unwrap()];
    coverage::of(m.dataset(), n)
}

fn date_of(m: &Matrix, c: &Coverage) -> Option<String> {
    c.stated
        .and_then(|s| m.source(&s.source))
        .and_then(|s| s.date.clone())
}

/// (network, listed here, latest stated count, more than, its year,
/// incomplete): the README's coverage table.
type Row = (&'static str, usize, Option<u32>, bool, Option<i32>, bool);
const COVERAGE: &[Row] = &[
    ("dpt", 5, None, false, None, false),
    ("defus", 22, Some(22), false, Some(2025), false),
    ("efus", 25, None, false, None, false),
    ("staedtenetzwerk", 20, Some(25), false, None, true),
    ("dfk", 1, None, false, None, false),
    ("asskomm", 25, Some(54), false, Some(2023), true),
    ("kompass", 6, Some(135), false, Some(2023), true),
    ("sipa-saarland", 11, Some(11), false, Some(2022), false),
    ("sipa-bw", 3, None, false, None, false),
    ("kpr-nordwest", 6, Some(100), true, Some(2014), true),
];

#[test]
fn every_network_is_counted_and_only_stated_counts_are_shown() {
    let m = built_in();
    let all = coverage::all(m.dataset());
    assert_eq!(all.len(), COVERAGE.len());
    for (&(id, listed, count, more_than, year, incomplete), c) in COVERAGE.iter().zip(&all) {
        assert_eq!(m.networks()[m.network_index(id).unwrap()].id, id);
        assert_eq!(*c, of(&m, id), "{id}: one network or all give the same");
        assert_eq!(c.listed, listed, "{id} listed");
        assert_eq!(c.stated.map(|s| s.count), count, "{id} count");
        assert_eq!(c.stated.is_some_and(|s| s.more_than), more_than, "{id}");
        assert_eq!(c.stated.and_then(|s| s.year), year, "{id} year");
        assert_eq!(c.incomplete(), incomplete, "{id} incomplete");
        if let Some(s) = c.stated {
            let source = m.source(&s.source).unwrap();
            assert!(
                source.url.is_some(),
                "{id}: the count's source has an address"
            );
            assert!(!s.quote.trim().is_empty());
        }
    }
    // The built-in data never lists more than a network's own count.
    assert!(coverage::warnings(m.dataset()).is_empty());
}

#[test]
fn the_details_sentence_in_german_and_english() {
    let m = built_in();
    let defus = of(&m, "defus");
    let date = date_of(&m, &defus);
    let s = defus.stated.unwrap();
    assert_eq!(
        Lang::De.listed_here(&defus),
        "Hier verzeichnet: 22 Mitglieder."
    );
    assert_eq!(
        Lang::De.stated_by("DEFUS", s, date.as_deref()),
        "DEFUS nennt 22 (Januar 2025)."
    );
    assert_eq!(Lang::En.listed_here(&defus), "Listed here: 22 members.");
    assert_eq!(
        Lang::En.stated_by("DEFUS", s, date.as_deref()),
        "DEFUS states 22 (January 2025)."
    );
    assert_eq!(Lang::De.incomplete_column("DEFUS", &defus, None), None);

    // Partners, an undated count, and a column known to be incomplete.
    let sn = of(&m, "staedtenetzwerk");
    assert_eq!(
        Lang::De.listed_here(&sn),
        "Hier verzeichnet: 20 Mitglieder."
    );
    let saar = of(&m, "sipa-saarland");
    assert_eq!(Lang::De.listed_here(&saar), "Hier verzeichnet: 11 Partner.");
    assert_eq!(Lang::En.listed_here(&saar), "Listed here: 11 partners.");
    assert_eq!(
        Lang::De.stated_by("Städtenetzwerk", sn.stated.unwrap(), None),
        "Städtenetzwerk nennt 25 (ohne Datum)."
    );
    assert_eq!(
        Lang::En.incomplete_column("SN", &sn, None).unwrap(),
        "List incomplete: 20 here, SN states 25 (undated)"
    );
    // A lower bound, dated by its source to the month.
    let kpr = of(&m, "kpr-nordwest");
    assert_eq!(
        Lang::De
            .incomplete_column("KPR Nordwest", &kpr, date_of(&m, &kpr).as_deref())
            .unwrap(),
        "Liste unvollständig: hier 6, KPR Nordwest nennt mehr als 100 (September 2014)"
    );
    assert_eq!(
        Lang::En.stated_by("KPR", kpr.stated.unwrap(), Some("2014-09-22")),
        "KPR states more than 100 (September 2014)."
    );
    // The latest of two dated counts; a source of another year gives no month.
    let asskomm = of(&m, "asskomm");
    assert_eq!(
        Lang::De.stated_by("ASSKomm", asskomm.stated.unwrap(), Some("2021-11")),
        "ASSKomm nennt 54 (2023)."
    );
    assert_eq!(
        Lang::De.stated_by(
            "ASSKomm",
            asskomm.stated.unwrap(),
            date_of(&m, &asskomm).as_deref()
        ),
        "ASSKomm nennt 54 (August 2023)."
    );
    // No stated count: nothing to say, never an estimate.
    assert!(of(&m, "efus").stated.is_none());
    assert_eq!(
        Lang::De.incomplete_column("Efus", &of(&m, "efus"), None),
        None
    );
}

#[test]
fn counts_go_through_the_table_and_back() {
    let shipped = built_in().dataset().clone();
    let rows = table::to_rows(&shipped);
    let counts: Vec<&Vec<String>> = rows.iter().filter(|r| r[2] == "count").collect();
    assert_eq!(counts.len(), 8, "one row per stated count");
    assert!(counts
        .iter()
        .any(|r| r[1] == "kpr-nordwest" && r[14] == ">100"));
    // Opened over a dataset without counts, the table brings them back.
    let mut bare = shipped.clone();
    bare.networks.iter_mut().for_each(|n| n.counts.clear());
    let text = csv::write(&rows);
    assert_eq!(open("netzwerke.csv", &text, &bare).unwrap(), shipped);
    // German words, as a Redaktion types them.
    for (text, expected) in [
        ("22", Some((22, false))),
        (">100", Some((100, true))),
        ("mehr als 100", Some((100, true))),
        ("über 150", Some((150, true))),
        ("more than 7", Some((7, true))),
        ("zweiundzwanzig", None),
        ("-3", None),
    ] {
        assert_eq!(table::parse_count(text), expected, "{text}");
    }
    let typed = "Mitglied;Netzwerk;Rolle;Seit;Quelle;Zitat;Anzahl\n\
                 ;DEFUS;Mitgliederzahl;2026;defus-aktuelles-2025;„wächst auf 26“;26\n\
                 ;defus;count;;defus-aktuelles-2025;q;viele\n";
    let problems = table::add_rows(&csv::read(typed, ';').unwrap(), &bare).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 3);
    assert!(
        problems[0].message.contains("\"viele\""),
        "{}",
        problems[0].message
    );
    let typed = &typed[..typed.rfind(";defus;count").unwrap()];
    let added = table::add_rows(&csv::read(typed, ';').unwrap(), &bare).unwrap();
    let defus = added.networks.iter().find(|n| n.id == "defus").unwrap();
    assert_eq!(defus.counts.len(), 1);
    assert_eq!(
        (defus.counts[0].count, defus.counts[0].year),
        (26, Some(2026))
    );
}

/// The third collection's corrections (section 4a) and what stayed out.
#[test]
fn the_third_collection_is_applied_and_its_limits_kept() {
    let m = built_in();
    let d = m.dataset();
    let network = |id: &str| d.networks.iter().find(|n| n.id == id).unwrap();
    let saar = network("sipa-saarland");
    assert!(!saar
        .description
        .contains("nicht als Partnerschaft eingetragen"));
    assert!(saar.description.contains("elfte"));
    assert_eq!(saar.founded, Some(2017));
    let luebeck = d.hosts.iter().find(|h| h.member == "luebeck").unwrap();
    assert!(luebeck.note.is_none());
    assert!(luebeck.evidence[0]
        .quote
        .contains("in Lübeck, Schleswig-Holstein"));
    let nrw = cell(&m, "lpr-nrw", "efus").unwrap();
    assert!(nrw.note.is_none() && !nrw.inferred);
    assert!(nrw.evidence[0].quote.contains("Efus und DEFUS begrüßen"));
    assert!(network("dpt")
        .description
        .contains("2002 fand kein Kongress statt"));
    // Stayed out: DEFUS membership inferred only from Efus membership (a
    // rule one page states and another contradicts), Dresden as a model
    // municipality (one undated page), meetings as hostings.
    for id in ["gladbeck", "nuernberg", "bochum"] {
        assert!(cell(&m, id, "defus").is_none(), "{id}");
        assert!(cell(&m, id, "efus").is_some(), "{id}");
    }
    assert!(cell(&m, "dresden", "asskomm").is_none());
    assert!(cell(&m, "goerlitz", "asskomm")
        .unwrap()
        .note
        .as_deref()
        .unwrap()
        .contains("Dresden"));
    assert!(d.hosts.iter().all(|h| h.network == "dpt"));
    // No network beyond the ten: the scope rule in the README keeps the
    // candidates of section 3b out.
    assert_eq!(d.networks.len(), 10);
}
