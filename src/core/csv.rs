//! CSV as German Excel reads it: UTF-8 with a byte-order mark, semicolons,
//! every field quoted, CRLF line ends, formulas kept as text; and a reader
//! for the same format.

use super::filter::View;
use super::i18n::Lang;
use super::matrix::Matrix;

const BOM: char = '\u{feff}';
pub const SEPARATOR: char = ';';

/// Writes rows as CSV. Every field is quoted, so separators, quotes and line
/// breaks inside a field survive.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in rows {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                out.push(SEPARATOR);
            }
            out.push('"');
            out.push_str(&neutralise_formula(field).replace('"', "\"\""));
            out.push('"');
        }
        out.push_str("\r\n");
    }
    out
}

/// A field a spreadsheet would run as a formula gets a leading apostrophe,
/// which keeps it text: one starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return (OWASP's list), and one that already starts with
/// apostrophes before such a character, so [`read`] can take exactly one
/// off again. Numbers (`2010`, `-5`, `+0.25`) and plain text are untouched.
fn neutralise_formula(field: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(field) {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// Whether `field` is written with a guarding apostrophe.
fn needs_guard(field: &str) -> bool {
    let rest = field.trim_start_matches('\'');
    match rest.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => rest.len() < field.len() || !is_signed_number(rest),
        _ => false,
    }
}

/// `-5`, `+0.25`: a signed decimal number, which a spreadsheet reads as a
/// number, not as a formula.
fn is_signed_number(field: &str) -> bool {
    let digits = &field[1..];
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().unwrap_or("");
    !(whole.is_empty() && fraction.is_empty())
        && (whole.bytes().chain(fraction.bytes())).all(|b| b.is_ascii_digit())
}

/// A field as [`write`] wrote it, its guarding apostrophe taken off.
fn unguard(field: String) -> String {
    match field.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest.to_string(),
        _ => field,
    }
}

/// Why a CSV text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: &'static str,
}

/// Reads CSV written by [`write`] or by a spreadsheet: optional BOM, quoted
/// or bare fields, `;` (or the given separator), LF or CRLF.
pub fn read(text: &str, separator: char) -> Result<Vec<Vec<String>>, CsvError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut in_quotes = false;
    let mut field_started = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                in_quotes = true;
                field_started = true;
            }
            '"' => {
                return Err(CsvError {
                    line,
                    message: "quote inside an unquoted field",
                })
            }
            c if c == separator => {
                row.push(unguard(std::mem::take(&mut field)));
                field_started = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(unguard(std::mem::take(&mut field)));
                rows.push(std::mem::take(&mut row));
                field_started = false;
                line += 1;
            }
            _ => {
                field.push(c);
                field_started = true;
            }
        }
    }
    if in_quotes {
        return Err(CsvError {
            line,
            message: "a quoted field is not closed",
        });
    }
    if field_started || !row.is_empty() {
        row.push(unguard(field));
        rows.push(row);
    }
    Ok(rows)
}

/// The visible matrix as a table: header row, one row per shown member with
/// each cell's role text, and the total.
pub fn view_table(
    matrix: &Matrix,
    view: &View,
    filter: &super::filter::Filter,
    lang: Lang,
) -> Vec<Vec<String>> {
    let t = lang.texts();
    let mut header = vec![t.csv_member.to_string()];
    header.extend(
        view.columns
            .iter()
            .map(|&n| matrix.networks()[n].short.clone()),
    );
    header.push(t.csv_total.to_string());
    let mut rows = vec![header];
    // The page's own member is in the file only where the filter found it.
    for (&m, total) in view.result().iter().zip(view.result_totals()) {
        let member = &matrix.members()[m];
        // The region tells apart members of the same name, as on screen.
        let mut row = vec![match &member.region {
            Some(region) => format!("{} ({region})", member.name),
            None => member.name.clone(),
        }];
        for &n in &view.columns {
            row.push(lang.cell_text(
                matrix.fact_in_year(m, n, filter.year),
                &matrix.host_years(m, n, filter.year),
            ));
        }
        row.push(total.to_string());
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &[&[&str]]) -> Vec<Vec<String>> {
        r.iter()
            .map(|row| row.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    fn round_trip(input: &[&[&str]]) {
        let rows = rows(input);
        let text = write(&rows);
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(read(&text, ';').unwrap(), rows, "round trip of {text:?}");
    }

    #[test]
    fn writes_quoted_semicolon_separated_with_bom() {
        let text = write(&rows(&[
            &["Mitglied", "DEFUS"],
            &["Augsburg", "Gründungsmitglied seit 2010"],
        ]));
        assert_eq!(
            text,
            "\u{feff}\"Mitglied\";\"DEFUS\"\r\n\"Augsburg\";\"Gründungsmitglied seit 2010\"\r\n"
        );
    }

    #[test]
    fn round_trips_awkward_fields() {
        round_trip(&[&["a;b", "say \"hi\"", "line\nbreak"]]);
        round_trip(&[&["", "", ""], &["x", "", "y"]]);
        round_trip(&[
            &["Düsseldorf", "Lübeck ★", "2010"],
            &["crlf\r\ninside", ";;", "\"\""],
        ]);
    }

    #[test]
    fn formulas_are_kept_as_text() {
        let fields = [
            "=HYPERLINK(\"x\")",
            "-5",
            "-x",
            "@a",
            "+1",
            "+x",
            "-0.5",
            "-.",
            "-1-2",
            "\t=1",
            "\r=1",
            "'=already",
            "''-5",
            "'-5",
            "'plain",
            "2010",
        ];
        let text = write(&rows(&[&fields]));
        let raw: Vec<&str> = text
            .trim_start_matches(BOM)
            .trim_end_matches("\r\n")
            .split(';')
            .map(|f| f.trim_matches('"'))
            .collect();
        assert_eq!(
            raw,
            [
                "'=HYPERLINK(\"\"x\"\")",
                "-5",
                "'-x",
                "'@a",
                "+1",
                "'+x",
                "-0.5",
                "'-.",
                "'-1-2",
                "'\t=1",
                "'\r=1",
                "''=already",
                "'''-5",
                "''-5",
                "'plain",
                "2010",
            ]
        );
        // What is written is read back as it was.
        assert_eq!(read(&text, ';').unwrap()[0], fields);
    }

    #[test]
    fn reads_bare_fields_and_lf() {
        assert_eq!(
            read("a;b\nc;d", ';').unwrap(),
            rows(&[&["a", "b"], &["c", "d"]])
        );
        assert_eq!(read("a,\"b,c\"\n", ',').unwrap(), rows(&[&["a", "b,c"]]));
    }

    #[test]
    fn rejects_broken_quotes() {
        assert_eq!(read("\"open", ';').unwrap_err().line, 1);
        assert_eq!(read("a\nb\"c", ';').unwrap_err().line, 2);
    }
}
