//! Editing: every edit and its undo, renames with their references, refused
//! and cascading deletes, the change list, pasted rows and the canonical
//! round trip.

use netzwerk_matrix::core::changes::{changes, Change};
use netzwerk_matrix::core::edit::{self, apply, Edit, Item, Kind, Refusal};
use netzwerk_matrix::core::model::{
    Dataset, Evidence, Hosting, Member, Membership, QuoteKind, Role, Source,
};
use netzwerk_matrix::core::{csv, snippet, table, Lang};

use crate::fixtures::{built_in, parse, small, HOSTILE};

fn dataset() -> Dataset {
    parse(&small()).unwrap().dataset().clone()
}

fn member(id: &str, name: &str) -> Member {
    Member::city(id.into(), name.into())
}

fn fact(member: &str, network: &str, since: Option<i32>) -> Membership {
    Membership {
        member: member.into(),
        network: network.into(),
        role: Role::Member,
        since,
        until: None,
        since_inferred: false,
        inferred: false,
        note: None,
        evidence: vec![Evidence {
            source: "s1".into(),
            quote: "Die Stadt X ist seit 2026 Mitglied.".into(),
            kind: QuoteKind::Quote,
            conflicting: false,
        }],
    }
}

/// Applies `e`, checks the result with `after`, undoes, and expects the
/// dataset exactly as before; then redoes and expects the same result.
fn check(e: Edit, after: impl Fn(&Dataset)) {
    let before = dataset();
    let mut d = before.clone();
    let inverse = apply(&mut d, e).expect("edit applies");
    after(&d);
    let changed = d.clone();
    let redo = apply(&mut d, inverse).expect("undo applies");
    assert_eq!(d, before, "undo restores the dataset");
    apply(&mut d, redo).expect("redo applies");
    assert_eq!(d, changed, "redo restores the edit");
}

#[test]
fn every_edit_and_its_undo() {
    check(
        Edit::Insert {
            index: 99,
            item: Item::Member(member("stadt-x", "Stadt X")),
        },
        |d| assert_eq!(d.members.last().unwrap().name, "Stadt X"),
    );
    check(
        Edit::Insert {
            index: 0,
            item: Item::Membership(fact("oldenburg", "defus", Some(2026))),
        },
        |d| assert_eq!(d.memberships[0].member, "oldenburg"),
    );
    check(
        Edit::Remove {
            kind: Kind::Membership,
            index: 1,
        },
        |d| assert_eq!(d.memberships.len(), 1),
    );
    check(
        Edit::Update {
            index: 1,
            item: Item::Membership(fact("duesseldorf", "efus", Some(2008))),
        },
        |d| assert_eq!(d.memberships[1].since, Some(2008)),
    );
    check(
        Edit::Insert {
            index: 0,
            item: Item::Hosting(Hosting {
                member: "augsburg".into(),
                network: "defus".into(),
                year: 2018,
                note: None,
                evidence: fact("", "", None).evidence,
            }),
        },
        |d| assert_eq!(d.hosts.len(), 1),
    );
    check(
        Edit::Insert {
            index: 1,
            item: Item::Source(Source {
                id: "s2".into(),
                title: "Neue Seite".into(),
                publisher: "Stadt X".into(),
                url: Some("https://example.org/x".into()),
                date: Some("2026-11-26".into()),
                note: None,
            }),
        },
        |d| assert_eq!(d.sources[1].id, "s2"),
    );
    check(
        Edit::Meta {
            title: "Neu".into(),
            stand: "2026-12".into(),
        },
        |d| assert_eq!((d.title.as_str(), d.stand.as_str()), ("Neu", "2026-12")),
    );
    let mut other = dataset();
    other.members.truncate(1);
    check(Edit::Replace(Box::new(other)), |d| {
        assert_eq!(d.members.len(), 1)
    });
    check(
        Edit::Batch(vec![
            Edit::Insert {
                index: 9,
                item: Item::Member(member("stadt-x", "Stadt X")),
            },
            Edit::Insert {
                index: 9,
                item: Item::Membership(fact("stadt-x", "defus", Some(2026))),
            },
        ]),
        |d| assert_eq!(d.memberships.last().unwrap().member, "stadt-x"),
    );
}

#[test]
fn a_refused_batch_changes_nothing() {
    let mut d = dataset();
    let before = d.clone();
    let e = Edit::Batch(vec![
        Edit::Insert {
            index: 0,
            item: Item::Member(member("x", "X")),
        },
        Edit::Remove {
            kind: Kind::Source,
            index: 7,
        },
    ]);
    assert_eq!(
        apply(&mut d, e),
        Err(Refusal::NoEntry {
            kind: Kind::Source,
            index: 7
        })
    );
    assert_eq!(d, before);
}

#[test]
fn a_rename_follows_every_reference() {
    let cases: &[(Kind, &str, &str)] = &[
        (Kind::Member, "augsburg", "stadt-augsburg"),
        (Kind::Network, "defus", "defus-ev"),
        (Kind::Source, "s1", "seite-1"),
    ];
    for &(kind, from, to) in cases {
        let mut d = dataset();
        d.hosts.push(Hosting {
            member: "augsburg".into(),
            network: "defus".into(),
            year: 2018,
            note: None,
            evidence: fact("", "", None).evidence,
        });
        d.networks[0].sources = vec!["s1".into()];
        let before = d.clone();
        let inverse = apply(
            &mut d,
            Edit::Rename {
                kind,
                from: from.into(),
                to: to.into(),
            },
        )
        .unwrap();
        let text = serde_json::to_string(&d).unwrap();
        assert!(
            !text.contains(&format!("\"{from}\"")),
            "{from} left in {text}"
        );
        assert!(
            netzwerk_matrix::core::validate::check(d.clone()).is_ok(),
            "{kind:?}: still valid"
        );
        apply(&mut d, inverse).unwrap();
        assert_eq!(d, before);
    }
}

#[test]
fn renames_that_would_merge_or_miss_are_refused() {
    let mut d = dataset();
    let rename = |from: &str, to: &str| Edit::Rename {
        kind: Kind::Member,
        from: from.into(),
        to: to.into(),
    };
    assert_eq!(
        apply(&mut d, rename("augsburg", "oldenburg")),
        Err(Refusal::IdTaken("oldenburg".into()))
    );
    assert_eq!(
        apply(&mut d, rename("nirgendwo", "x")),
        Err(Refusal::UnknownId("nirgendwo".into()))
    );
    assert_eq!(
        apply(
            &mut d,
            Edit::Rename {
                kind: Kind::Membership,
                from: "a".into(),
                to: "b".into()
            }
        ),
        Err(Refusal::NotRenamable)
    );
}

#[test]
fn deletes_of_what_is_in_use_are_refused_with_its_users() {
    let d = dataset();
    let refused = |kind, index| match edit::delete(&d, kind, index) {
        Err(Refusal::InUse { users }) => users,
        other => panic!("{kind:?} {index}: {other:?}"),
    };
    assert_eq!(refused(Kind::Member, 0), ["Augsburg × DEFUS"]);
    assert_eq!(refused(Kind::Network, 1), ["Düsseldorf × Efus"]);
    assert_eq!(
        refused(Kind::Source, 0),
        ["Augsburg × DEFUS", "Düsseldorf × Efus"]
    );
    // Oldenburg has no fact: it goes at once.
    assert_eq!(
        edit::delete(&d, Kind::Member, 2),
        Ok(Edit::Remove {
            kind: Kind::Member,
            index: 2
        })
    );
    assert!(matches!(
        edit::delete(&d, Kind::Member, 9),
        Err(Refusal::NoEntry { .. })
    ));
}

#[test]
fn deletes_with_their_users_leave_a_valid_dataset_and_undo_whole() {
    for (kind, index) in [(Kind::Member, 0), (Kind::Network, 0), (Kind::Source, 0)] {
        let mut d = dataset();
        let before = d.clone();
        let e = edit::delete_with_users(&d, kind, index).unwrap();
        let inverse = apply(&mut d, e).unwrap();
        let problems = netzwerk_matrix::core::validate::problems(&d);
        assert!(
            problems.iter().all(|p| p.path == "memberships"
                || p.path == "sources"
                || p.path == "networks"
                || p.path == "members"),
            "{kind:?}: only emptied lists may remain: {problems:?}"
        );
        apply(&mut d, inverse).unwrap();
        assert_eq!(d, before, "{kind:?}");
    }
    // A source deleted from a fact with other evidence keeps the fact.
    let mut d = built_in().dataset().clone();
    let i = d
        .sources
        .iter()
        .position(|s| s.id == "gewalt-sehen-helfen")
        .unwrap();
    let facts = d.memberships.len();
    let e = edit::delete_with_users(&d, Kind::Source, i).unwrap();
    apply(&mut d, e).unwrap();
    assert!(netzwerk_matrix::core::validate::check(d.clone()).is_ok());
    // Hildesheim's only evidence was this page, so that fact went too.
    assert_eq!(d.memberships.len(), facts - 1);
}

#[test]
fn new_ids_are_valid_and_unique() {
    let taken = ["stadt-x", "bad-homburg"];
    for (name, expected) in [
        ("Stadt X", "stadt-x-2"),
        ("Bad Homburg", "bad-homburg-2"),
        ("Lößnitz", "loessnitz"),
        ("Frankfurt a.M.", "frankfurt-a-m"),
        ("  ", "eintrag"),
    ] {
        let id = edit::new_id(name, taken.iter().copied());
        assert_eq!(id, expected);
        assert!(netzwerk_matrix::core::validate::is_id(&id), "{id}");
    }
}

#[test]
fn the_change_list() {
    let before = dataset();
    let mut after = before.clone();
    after.members.push(member("stadt-x", "Stadt X"));
    after.memberships.push(fact("stadt-x", "defus", Some(2026)));
    after.memberships[1].since = Some(2010);
    after.memberships[1].role = Role::FoundingMember;
    after.members.remove(2);
    after.sources[0].title = "Seite 2".into();
    let lines = changes(&before, &after, Lang::De);
    let text: Vec<String> = lines
        .iter()
        .map(|l| {
            format!(
                "{:?} {} {} {}",
                l.change,
                l.what,
                l.name,
                l.details.join("; ")
            )
        })
        .collect();
    assert_eq!(
        text,
        [
            "Added Mitglied Stadt X ",
            "Removed Mitglied Oldenburg ",
            "Changed Mitgliedschaft Düsseldorf × Efus: Gründungsmitglied seit 2010 Rolle: Mitglied → Gründungsmitglied; seit: 2009 → 2010",
            "Added Mitgliedschaft Stadt X × DEFUS: Mitglied seit 2026 ",
            "Changed Quelle Seite 2 Titel: Seite → Seite 2",
        ]
    );
    assert!(changes(&before, &before, Lang::De).is_empty());
    assert_eq!(lines[0].change, Change::Added);
}

/// Rows as copied from a spreadsheet: tab-separated, German titles, a
/// quoted field with a line break and quotes, CRLF; or semicolons with a
/// byte-order mark.
#[test]
fn pasted_and_csv_rows() {
    let base = built_in().dataset().clone();
    let tab = "Mitglied\tNetzwerk\tRolle\tseit\tQuelle\tAdresse\tZitat\tArt des Belegs\r\n\
        Stadt X\tDEFUS\tMitglied\t2026\t\thttps://example.org/x\t\"Die Stadt X ist \"\"neu\"\"\r\nbei DEFUS.\"\tZitat\r\n\
        Stadt Y\tdefus\tmember\t2026\t\thttps://example.org/y\tY tritt bei.\tsinngemäß\r\n\
        Augsburg\tDPT\tGastgeber\t2025\taugsburg-dpt-2025\t\tFachkongresstage am 23. und 24. Juni 2025\tZitat\r\n";
    let semicolon = format!("\u{feff}{}", tab.replace('\t', ";"));
    for text in [tab.to_string(), semicolon] {
        let sep = table::separator(&text);
        let rows = csv::read(&text, sep).unwrap();
        let d = table::add_rows(&rows, &base).unwrap();
        assert_eq!(d.memberships.len(), base.memberships.len() + 2);
        let x = d
            .memberships
            .iter()
            .find(|f| f.member == "stadt-x")
            .unwrap();
        assert_eq!(
            (x.network.as_str(), x.role, x.since),
            ("defus", Role::Member, Some(2026))
        );
        assert_eq!(x.evidence[0].quote, "Die Stadt X ist \"neu\"\r\nbei DEFUS.");
        assert_eq!(x.evidence[0].kind, QuoteKind::Quote);
        let y = d
            .memberships
            .iter()
            .find(|f| f.member == "stadt-y")
            .unwrap();
        assert_eq!(y.evidence[0].kind, QuoteKind::Paraphrase);
        // A known fact gains evidence instead of a second entry.
        assert_eq!(d.hosts.len(), base.hosts.len());
        let augsburg = d.hosts.iter().find(|h| h.member == "augsburg").unwrap();
        assert_eq!(augsburg.evidence.len(), 3);
        assert!(netzwerk_matrix::core::validate::check(d).is_ok());
    }
    assert_eq!(table::separator("a,b\n"), ',');
}

#[test]
fn unknown_columns_are_refused() {
    let base = dataset();
    let rows = csv::read(
        "member;network;role;quote;Einwohner\nA;defus;member;x;5\n",
        ';',
    )
    .unwrap();
    let problems = table::add_rows(&rows, &base).unwrap_err();
    assert!(problems[0].message.contains("unknown column \"Einwohner\""));
}

#[test]
fn the_json_round_trip_is_byte_for_byte() {
    let text = std::fs::read_to_string("data/netzwerke.json").unwrap();
    let d: Dataset = serde_json::from_str(&text).unwrap();
    assert_eq!(d.to_canonical_json(), text);
}

#[test]
fn the_snippet_carries_the_data_safely() {
    let mut d = dataset();
    d.title = HOSTILE.concat();
    for (m, name) in d.members.iter_mut().zip(HOSTILE) {
        m.name = format!("{}{name}", m.name);
    }
    let s = snippet::snippet(&d, None, snippet::DEFAULT_BASE, None);
    // The data part holds no `<` at all: the HTML parser cannot leave the
    // script element or enter another state before its own end tag.
    let json = s
        .split("<script type=\"application/json\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    assert!(!json.contains('<'), "{json}");
    assert_eq!(s.matches("</script>").count(), 2, "{s}");
    let back: Dataset = serde_json::from_str(json).unwrap();
    assert_eq!(back, d);
    assert!(s.starts_with(&format!(
        "<!-- Netzwerk-Matrix {} -->\n",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(s.contains("<script src=\"/netzwerk-matrix/netzwerk-matrix.js\" defer></script>"));
    assert!(s.contains("<div data-netzwerk-matrix>\n"));
    // The page's own member, as an attribute that no value can leave.
    let with = snippet::snippet(&d, Some("augsburg"), "/fileadmin/nm/", None);
    assert!(with.contains("<div data-netzwerk-matrix data-member=\"augsburg\">\n"));
    assert!(with.contains("<script src=\"/fileadmin/nm/netzwerk-matrix.js\" defer></script>"));
    let hostile = snippet::snippet(
        &d,
        Some("a\"><script>x</script>"),
        snippet::DEFAULT_BASE,
        None,
    );
    assert!(hostile.contains("data-member=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"));
}

#[test]
fn a_prerendered_snippet_puts_the_shadow_root_before_the_data() {
    let d = dataset();
    let s = snippet::snippet(
        &d,
        Some("augsburg"),
        "/nm/",
        Some("<table><caption>x</caption></table>"),
    );
    let start = "<div data-netzwerk-matrix data-member=\"augsburg\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/nm/netzwerk-matrix.css\"><div class=\"nm-prerendered\"><table><caption>x</caption></table></div></template>\n<script type=\"application/json\">";
    assert!(s.contains(start), "{s}");
    assert!(
        s.ends_with("</script>\n</div>\n<script src=\"/nm/netzwerk-matrix.js\" defer></script>\n")
    );
    // The same without the prerendered part.
    let plain = snippet::snippet(&d, Some("augsburg"), "/nm/", None);
    assert_eq!(
        s.replace(
            &snippet::shadow_template("<table><caption>x</caption></table>", "/nm/"),
            ""
        ),
        plain
    );
}

#[test]
fn the_snippet_names_its_script_by_an_absolute_address() {
    use snippet::{files_base, BaseProblem};
    for (typed, base) in [
        ("", "/netzwerk-matrix/"),
        ("   ", "/netzwerk-matrix/"),
        ("/fileadmin/netzwerk-matrix/", "/fileadmin/netzwerk-matrix/"),
        ("/fileadmin/netzwerk-matrix", "/fileadmin/netzwerk-matrix/"),
        ("fileadmin/netzwerk-matrix", "/fileadmin/netzwerk-matrix/"),
        (" netzwerk-matrix ", "/netzwerk-matrix/"),
        ("/", "/"),
        ("https://www.stadt.de/nm", "https://www.stadt.de/nm/"),
        ("HTTP://stadt.de/nm/", "HTTP://stadt.de/nm/"),
        ("//cdn.stadt.de/nm", "//cdn.stadt.de/nm/"),
        ("/pfad:mit/doppelpunkt", "/pfad:mit/doppelpunkt/"),
    ] {
        assert_eq!(files_base(typed).as_deref(), Ok(base), "{typed:?}");
    }
    for (typed, problem) in [
        ("javascript:alert(1)", BaseProblem::Scheme),
        ("file:///C:/nm/", BaseProblem::Scheme),
        ("data:text/html,x", BaseProblem::Scheme),
        ("/mit leerzeichen/", BaseProblem::Character),
        ("/a\"><script>/", BaseProblem::Character),
        ("/nm/?v=1", BaseProblem::Character),
        ("/nm/#x", BaseProblem::Character),
    ] {
        assert_eq!(files_base(typed), Err(problem), "{typed:?}");
    }
    // Whatever was accepted is never relative to the page.
    for typed in ["a", "a/b", "./a", "../a", "netzwerk-matrix.js"] {
        let base = files_base(typed).unwrap();
        assert!(base.starts_with('/'), "{typed:?} became {base:?}");
    }
}

#[test]
fn files_that_cannot_be_read_are_refused() {
    use netzwerk_matrix::core::open::{open, OpenError};
    let current = dataset();
    let refused = |name: &str, text: &str| open(name, text, &current).unwrap_err();
    assert!(matches!(
        refused("a.json", "{\"title\": 1"),
        OpenError::NotADataset(_)
    ));
    assert!(
        matches!(refused("a.json", "{\"title\": \"x\"}"), OpenError::NotADataset(m) if m.contains("missing field"))
    );
    assert!(matches!(
        refused("a.json", "[1, 2]"),
        OpenError::NotADataset(_)
    ));
    assert_eq!(refused("a.json", "  \n"), OpenError::Empty);
    let big = " ".repeat(5 * 1024 * 1024 + 1);
    assert!(matches!(refused("a.json", &big), OpenError::TooLarge(_)));
    assert!(
        matches!(refused("a.csv", "Mitglied;Netzwerk;Einwohner\nA;defus;5\n"), OpenError::Table(p) if p[0].message.contains("Einwohner"))
    );
    assert!(matches!(
        refused("a.csv", "member;network;role;quote\n\"open"),
        OpenError::Table(_)
    ));
    // A readable dataset opens even with problems, so they can be fixed.
    let mut broken = small();
    broken["memberships"][0]["member"] = serde_json::json!("nirgendwo");
    let opened = open("b.json", &broken.to_string(), &current).unwrap();
    assert!(!netzwerk_matrix::core::validate::problems(&opened).is_empty());
    // The project's CSV export opens as the same dataset.
    let shipped = built_in().dataset().clone();
    let exported = csv::write(&table::to_rows(&shipped));
    assert_eq!(open("netzwerke.csv", &exported, &shipped).unwrap(), shipped);
}
