//! `netzwerk-matrix-check`: checks a dataset and converts it to and from a
//! spreadsheet table, with the same validator the widget runs.
//!
//! ```text
//! netzwerk-matrix-check FILE.json                       check; exit 1 on problems
//! netzwerk-matrix-check export FILE.json > FILE.csv     one row per membership and source
//! netzwerk-matrix-check import FILE.csv --base FILE.json > NEW.json
//! netzwerk-matrix-check format FILE.json > NEW.json     the canonical formatting
//! ```

use std::process::ExitCode;

use netzwerk_matrix::core::{self, csv, table, Lang};

const USAGE: &str = "usage:
  netzwerk-matrix-check FILE.json
  netzwerk-matrix-check export FILE.json
  netzwerk-matrix-check import FILE.csv --base FILE.json
  netzwerk-matrix-check format FILE.json
options:
  --lang de|en   language of the messages (default: en)";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match take_option(&mut args, "--lang") {
        Some(tag) => match Lang::from_tag(&tag) {
            Some(l) => l,
            None => return fail(&format!("unknown language \"{tag}\"\n{USAGE}")),
        },
        None => Lang::En,
    };
    let base = take_option(&mut args, "--base");
    match (args.first().map(String::as_str), args.len(), base) {
        (Some("export"), 2, None) => export(&args[1], lang),
        (Some("import"), 2, Some(base)) => import(&args[1], &base, lang),
        (Some("format"), 2, None) => format(&args[1], lang),
        (Some(file), 1, None) if !file.starts_with('-') => check(file, lang),
        _ => fail(USAGE),
    }
}

fn take_option(args: &mut Vec<String>, name: &str) -> Option<String> {
    let i = args.iter().position(|a| a == name)?;
    args.remove(i);
    (i < args.len()).then(|| args.remove(i))
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| fail(&format!("{path}: {e}")))
}

/// Parses and checks a dataset file; prints each problem on stderr.
fn load(path: &str, lang: Lang) -> Result<core::Matrix, ExitCode> {
    let text = read(path)?;
    core::parse(&text).map_err(|problems| {
        for p in &problems {
            eprintln!("{path}: {}", p.describe(lang));
        }
        eprintln!("{path}: {} problem(s)", problems.len());
        ExitCode::from(1)
    })
}

fn check(path: &str, lang: Lang) -> ExitCode {
    match load(path, lang) {
        Ok(m) => {
            let d = m.dataset();
            // Warnings do not fail the check: the data is valid, but a
            // count should be looked at.
            for w in core::coverage::warnings(d) {
                eprintln!("{path}: warning: {}", w.describe(lang));
            }
            println!(
                "{path}: ok: {} members, {} networks, {} memberships, {} sources",
                d.members.len(),
                d.networks.len(),
                d.memberships.len(),
                d.sources.len()
            );
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn export(path: &str, lang: Lang) -> ExitCode {
    match load(path, lang) {
        Ok(m) => {
            print!("{}", csv::write(&table::to_rows(m.dataset())));
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn import(csv_path: &str, base_path: &str, lang: Lang) -> ExitCode {
    let base = match load(base_path, lang) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let text = match read(csv_path) {
        Ok(t) => t,
        Err(code) => return code,
    };
    // Spreadsheets save with ";" in German settings and "," elsewhere.
    let first_line = text.lines().next().unwrap_or("");
    let separator = if first_line.matches(';').count() >= first_line.matches(',').count() {
        ';'
    } else {
        ','
    };
    let rows = match csv::read(&text, separator) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{csv_path}: line {}: {}", e.line, e.message);
            return ExitCode::from(1);
        }
    };
    let dataset = match table::from_rows(&rows, base.dataset()) {
        Ok(d) => d,
        Err(problems) => {
            for p in &problems {
                eprintln!("{csv_path}: {p}");
            }
            return ExitCode::from(1);
        }
    };
    // The result must pass the same checks as any dataset.
    if let Err(problems) = core::validate::check(dataset.clone()) {
        for p in &problems {
            eprintln!("{csv_path}: {}", p.describe(lang));
        }
        return ExitCode::from(1);
    }
    print!("{}", dataset.to_canonical_json());
    ExitCode::SUCCESS
}

/// Writes a valid dataset in the canonical formatting, the same the editor
/// saves.
fn format(path: &str, lang: Lang) -> ExitCode {
    match load(path, lang) {
        Ok(m) => {
            print!("{}", m.dataset().to_canonical_json());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
