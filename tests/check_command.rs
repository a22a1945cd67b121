//! The `netzwerk-matrix-check` command, run as a process: exit codes,
//! messages with paths, and CSV → JSON → CSV round trips.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_netzwerk-matrix-check");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/netzwerke.json");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run netzwerk-matrix-check")
}

fn temp(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nm-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn the_built_in_dataset_passes() {
    let out = run(&[DATA]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains(": ok: 95 members, 10 networks"), "{stdout}");
    assert!(out.stderr.is_empty(), "no warning for the built-in data");
}

/// More members listed than the network's own count for that year is a
/// warning: printed, but the check passes.
#[test]
fn a_count_below_what_we_list_warns_but_passes() {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DATA).unwrap()).unwrap();
    let defus = v["networks"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|n| n["id"] == "defus")
        .unwrap();
    defus["counts"][0]["count"] = 3.into();
    defus["counts"][0]["year"] = 2010.into();
    let path = temp("counted.json", &v.to_string());
    let out = run(&[path.to_str().unwrap(), "--lang", "de"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("warning: networks[1].counts[0]: hier sind 11 Mitglieder bis 2010 verzeichnet, das Netzwerk nennt für 2010 nur 3"),
        "{stderr}"
    );
}

#[test]
fn a_broken_dataset_fails_with_every_problem_and_its_path() {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DATA).unwrap()).unwrap();
    v["memberships"][3]["network"] = "defuss".into();
    v["memberships"][5]["since"] = 20100.into();
    v["members"][1]["id"] = v["members"][0]["id"].clone();
    let path = temp("broken.json", &v.to_string());
    let out = run(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    for expected in [
        r#"memberships[3].network: unknown network "defuss""#,
        "memberships[5].since: year 20100 is outside 1900–2100",
        r#"members[1].id: duplicate id "augsburg" (already at members[0])"#,
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in\n{stderr}"
        );
    }
    let out = run(&["--lang", "de", path.to_str().unwrap()]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(r#"memberships[3].network: unbekanntes Netzwerk "defuss""#),
        "{stderr}"
    );
}

#[test]
fn bad_json_and_usage_errors() {
    let path = temp("bad.json", "{\"title\": ");
    let out = run(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("found the end of the file"));
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["/nonexistent/file.json"]).status.code(), Some(2));
}

#[test]
fn csv_to_json_to_csv_round_trips() {
    let csv = run(&["export", DATA]);
    assert_eq!(csv.status.code(), Some(0));
    let csv_text = String::from_utf8(csv.stdout).unwrap();
    let csv_path = temp("export.csv", &csv_text);
    let json = run(&["import", csv_path.to_str().unwrap(), "--base", DATA]);
    assert_eq!(
        json.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    let imported: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DATA).unwrap()).unwrap();
    assert_eq!(imported, original);
    let json_path = temp("imported.json", &String::from_utf8(json.stdout).unwrap());
    let again = run(&["export", json_path.to_str().unwrap()]);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), csv_text);
}

#[test]
fn a_spreadsheet_row_adds_a_city_and_a_source() {
    let csv = "member,network,role,since,source_url,source_date,quote\n\
               Musterstadt,efus,member,2024,https://example.org/efus-musterstadt,2024-05-01,Musterstadt ist seit 2024 Mitglied.\n\
               Lübeck,defus,member,,https://example.org/luebeck,,Lübeck ist Mitglied.\n";
    let path = temp("new.csv", csv);
    let out = run(&["import", path.to_str().unwrap(), "--base", DATA]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let members = d["members"].as_array().unwrap();
    assert!(members
        .iter()
        .any(|m| m["id"] == "musterstadt" && m["name"] == "Musterstadt"));
    let ms = d["memberships"].as_array().unwrap();
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[1]["member"], "luebeck");
    let sources = d["sources"].as_array().unwrap();
    assert!(sources
        .iter()
        .any(|s| s["url"] == "https://example.org/efus-musterstadt" && s["date"] == "2024-05-01"));
}

#[test]
fn a_broken_spreadsheet_names_the_line() {
    let csv = "member;network;role;since;source;quote\nAugsburg;defuss;member;;augsburg-kooperationen;x\nBonn;efus;boss;;augsburg-kooperationen;x\nBonn;efus;member;20x;augsburg-kooperationen;x\n";
    let path = temp("broken.csv", csv);
    let out = run(&["import", path.to_str().unwrap(), "--base", DATA]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(r#"line 2: unknown network "defuss""#),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"line 3: unknown role "boss""#),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"line 4: since: "20x" is not a year"#),
        "{stderr}"
    );
}

#[test]
fn format_writes_the_canonical_form() {
    // The shipped file is canonical: formatting it changes nothing.
    let shipped = std::fs::read_to_string(DATA).unwrap();
    let out = run(&["format", DATA]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), shipped);
    // The same data compact and with its keys in another order comes out
    // in the same canonical form.
    let v: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let mut reordered = serde_json::Map::new();
    for (k, val) in v.as_object().unwrap().iter().rev() {
        reordered.insert(k.clone(), val.clone());
    }
    let compact = temp(
        "compact.json",
        &serde_json::Value::Object(reordered).to_string(),
    );
    let out = run(&["format", compact.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), shipped);
    // A broken file is refused with its problem, and nothing is written.
    let broken = temp("broken-format.json", "{\"title\": 1}");
    let out = run(&["format", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("title"));
}
