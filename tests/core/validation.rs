//! Each kind of problem in a dataset is found and named with its path.

use serde_json::{json, Value};

use crate::fixtures::{parse, small};
use netzwerk_matrix::core::{self, Lang};

/// Applies `edit` to the small dataset and expects exactly `expected`
/// (English descriptions, path first) among the problems.
fn check(edit: impl FnOnce(&mut Value), expected: &str) {
    let mut v = small();
    edit(&mut v);
    let problems = match parse(&v) {
        Ok(_) => panic!("expected problem {expected:?}, dataset was accepted"),
        Err(p) => p,
    };
    let lines: Vec<String> = problems.iter().map(|p| p.describe(Lang::En)).collect();
    assert!(
        lines.iter().any(|l| l == expected),
        "expected {expected:?} among {lines:#?}"
    );
}

#[test]
fn the_fixture_is_valid() {
    assert!(parse(&small()).is_ok());
}

#[test]
fn unknown_network() {
    check(
        |v| v["memberships"][1]["network"] = json!("defuss"),
        r#"memberships[1].network: unknown network "defuss""#,
    );
}

#[test]
fn unknown_member() {
    check(
        |v| v["memberships"][0]["member"] = json!("augsbrug"),
        r#"memberships[0].member: unknown member "augsbrug""#,
    );
}

#[test]
fn duplicate_ids() {
    check(
        |v| v["members"][2]["id"] = json!("augsburg"),
        r#"members[2].id: duplicate id "augsburg" (already at members[0])"#,
    );
    check(
        |v| v["networks"][1]["id"] = json!("defus"),
        r#"networks[1].id: duplicate id "defus" (already at networks[0])"#,
    );
}

#[test]
fn missing_source() {
    check(
        |v| v["memberships"][0]["evidence"] = json!([]),
        "memberships[0].evidence: no source given",
    );
    check(
        |v| v["memberships"][0]["evidence"][0]["source"] = json!("s9"),
        r#"memberships[0].evidence[0].source: unknown source "s9""#,
    );
}

#[test]
fn year_out_of_range() {
    check(
        |v| v["memberships"][0]["since"] = json!(20100),
        "memberships[0].since: year 20100 is outside 1900–2100",
    );
    check(
        |v| v["networks"][0]["founded"] = json!(1066),
        "networks[0].founded: year 1066 is outside 1900–2100",
    );
    check(
        |v| v["memberships"][0]["until"] = json!(2005),
        "memberships[0].until: end year 2005 is before start year 2010",
    );
}

#[test]
fn duplicate_fact() {
    check(
        |v| {
            let first = v["memberships"][0].clone();
            v["memberships"].as_array_mut().unwrap().push(first);
        },
        "memberships[2].network: the same membership is already at memberships[0]",
    );
}

/// Like [`check`], with `{column}` in `expected` standing for the column
/// (in bytes, from 1) of the last character of `at` in the edited
/// fixture's text: where the reader stops when it finds the problem.
fn check_at(edit: impl FnOnce(&mut Value), at: &str, expected: &str) {
    let mut v = small();
    edit(&mut v);
    let text = v.to_string();
    let start = text
        .find(at)
        .unwrap_or_else(|| panic!("{at:?} is not in {text}"));
    let column = start + at.len();
    check(
        |w| *w = v,
        &expected.replace("{column}", &column.to_string()),
    );
}

#[test]
fn wrong_type_names_the_path() {
    check_at(
        |v| v["memberships"][1]["since"] = json!("2009"),
        "\"since\":\"",
        "memberships[1].since: invalid JSON or wrong type (expected a number, found a text at line 1 column {column})",
    );
    check_at(
        |v| v["members"][0]["kind"] = json!("village"),
        "\"village\"",
        "members[0].kind: invalid JSON or wrong type (unknown variant `village`, expected one of `city`, `district`, `organisation` at line 1 column {column})",
    );
}

#[test]
fn bad_json_and_empty_input() {
    let err = core::parse("{\"title\": ").unwrap_err();
    assert!(
        err[0]
            .describe(Lang::En)
            .contains("found the end of the file"),
        "{err:?}"
    );
    let err = core::parse("  \n").unwrap_err();
    assert_eq!(err[0].describe(Lang::En), "the file is empty");
    assert_eq!(err[0].describe(Lang::De), "die Datei ist leer");
}

#[test]
fn empty_lists_and_texts() {
    check(|v| v["members"] = json!([]), "members: the list is empty");
    check(
        |v| v["memberships"] = json!([]),
        "memberships: the list is empty",
    );
    check(
        |v| v["members"][1]["name"] = json!("  "),
        "members[1].name: the text is missing",
    );
}

#[test]
fn bad_ids_dates_and_addresses() {
    check(
        |v| v["members"][0]["id"] = json!("Augs burg"),
        r#"members[0].id: invalid id "Augs burg" (allowed: a–z, 0–9 and single hyphens)"#,
    );
    check(
        |v| v["stand"] = json!("11/2026"),
        r#"stand: invalid date "11/2026" (expected YYYY, YYYY-MM or YYYY-MM-DD)"#,
    );
    check(
        |v| v["sources"][0]["url"] = json!("javascript:alert(1)"),
        r#"sources[0].url: invalid address "javascript:alert(1)" (expected http:// or https://)"#,
    );
}

#[test]
fn unknown_fields_are_rejected() {
    check_at(
        |v| v["members"][0]["nmae"] = json!("x"),
        "\"nmae\"",
        "members[0].nmae: invalid JSON or wrong type (unknown field `nmae`, expected one of `id`, `name`, `kind`, `aliases`, `region`, `lat`, `lon`, `place_note` at line 1 column {column})",
    );
}

#[test]
fn too_large() {
    let text = format!(
        "{}{}",
        " ".repeat(core::validate::MAX_DATASET_BYTES),
        small()
    );
    let err = core::parse(&text).unwrap_err();
    assert_eq!(
        err[0].describe(Lang::En),
        format!(
            "the file has {} bytes, more than the allowed 5242880 bytes",
            text.len()
        )
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let mut v = small();
    v["memberships"][0]["network"] = json!("x");
    v["memberships"][1]["member"] = json!("y");
    let problems = parse(&v).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

/// A hosting in the small dataset, valid as it stands.
fn hosting() -> Value {
    json!({"member": "oldenburg", "network": "defus", "year": 2013,
           "evidence": [{"source": "s1", "quote": "Treffen in Oldenburg", "kind": "quote"}]})
}

#[test]
fn hostings_are_checked_like_memberships() {
    let mut v = small();
    v["hosts"] = json!([hosting()]);
    assert!(parse(&v).is_ok());
    type Edit = dyn Fn(&mut Value);
    let cases: &[(&Edit, &str)] = &[
        (
            &|v| v["hosts"][0]["member"] = json!("oldenbrug"),
            r#"hosts[0].member: unknown member "oldenbrug""#,
        ),
        (
            &|v| v["hosts"][0]["network"] = json!("dpt"),
            r#"hosts[0].network: unknown network "dpt""#,
        ),
        (
            &|v| v["hosts"][0]["year"] = json!(1800),
            "hosts[0].year: year 1800 is outside 1900–2100",
        ),
        (
            &|v| v["hosts"][0]["evidence"] = json!([]),
            "hosts[0].evidence: no source given",
        ),
        (
            &|v| v["hosts"][0]["evidence"][0]["source"] = json!("s9"),
            r#"hosts[0].evidence[0].source: unknown source "s9""#,
        ),
        (
            &|v| v["hosts"].as_array_mut().unwrap().push(hosting()),
            "hosts[1].year: the same hosting is already at hosts[0]",
        ),
    ];
    for (edit, expected) in cases {
        check(
            |v| {
                v["hosts"] = json!([hosting()]);
                edit(v);
            },
            expected,
        );
    }
}

#[test]
fn an_inferred_year_needs_a_year() {
    let mut v = small();
    v["memberships"][1]["since_inferred"] = json!(true);
    assert!(parse(&v).is_ok(), "a year to infer is there");
    check(
        |v| {
            v["memberships"][1].as_object_mut().unwrap().remove("since");
            v["memberships"][1]["since_inferred"] = json!(true);
        },
        "memberships[1].since_inferred: \"year inferred\" is set, but there is no start year",
    );
}

#[test]
fn quote_kinds() {
    let mut v = small();
    v["memberships"][0]["evidence"][0]["kind"] = json!("quote");
    let m = parse(&v).unwrap();
    assert_eq!(
        m.dataset().memberships[0].evidence[0].kind,
        core::model::QuoteKind::Quote
    );
    // A file without the field reads as paraphrase, which claims the least.
    assert_eq!(
        m.dataset().memberships[1].evidence[0].kind,
        core::model::QuoteKind::Paraphrase
    );
    v["memberships"][0]["evidence"][0]["kind"] = json!("zitat");
    assert!(parse(&v).is_err());
}

/// The shipped file is in the canonical formatting the checker and the
/// editor write, so saving it unchanged changes no byte.
#[test]
fn the_shipped_dataset_is_canonical() {
    let text = std::fs::read_to_string("data/netzwerke.json").unwrap();
    let m = core::parse(&text).unwrap();
    assert!(
        m.dataset().to_canonical_json() == text,
        "data/netzwerke.json differs from its canonical form; run netzwerk-matrix-check format"
    );
}

#[test]
fn the_dataset_licence_is_checked() {
    fn with(name: &'static str, url: &'static str) -> impl FnOnce(&mut Value) {
        move |v: &mut Value| v["license"] = json!({"name": name, "url": url})
    }
    assert!(parse(&{
        let mut v = small();
        with("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")(&mut v);
        v
    })
    .is_ok());
    check(
        with(" ", "https://example.org/"),
        "license.name: the text is missing",
    );
    check(
        with("CC BY 4.0", "javascript:x"),
        r#"license.url: invalid address "javascript:x" (expected http:// or https://)"#,
    );
    // The reader names an unknown key inside it with its path.
    let mut v = small();
    v["license"] = json!({"name": "x", "version": 2});
    let problems = parse(&v).unwrap_err();
    let line = problems[0].describe(Lang::En);
    assert!(
        line.starts_with("license.version: ") && line.contains("unknown field `version`"),
        "{line}"
    );
}

#[test]
fn the_built_in_dataset_names_its_licence() {
    let m = core::parse(core::BUILT_IN_DATASET).unwrap();
    let license = m.dataset().license.as_ref().expect("a licence");
    assert!(license.name.contains("CC BY 4.0"), "{}", license.name);
    assert!(license
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://creativecommons.org/"));
}
