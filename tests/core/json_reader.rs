//! The JSON reader under the dataset: strict JSON, exact coordinates,
//! messages that name the path, line and column.

use netzwerk_matrix::core::json::{JsonError, Reader};

fn message(text: &str, read: impl FnOnce(&mut Reader) -> Result<(), JsonError>) -> String {
    let mut r = Reader::new(text);
    read(&mut r).and_then(|_| r.end()).unwrap_err().message
}

#[test]
fn texts_with_escapes() {
    let mut r = Reader::new(r#" "a\"b\\c\/d\n\t\u00fc\ud83d\ude00 ü" "#);
    assert_eq!(r.string().unwrap(), "a\"b\\c/d\n\tü😀 ü");
    r.end().unwrap();
    for bad in [
        r#""\ud800""#,
        r#""\x""#,
        "\"a\nb\"",
        r#""\u12"#,
        "\"open",
        "\"\\",
    ] {
        assert!(Reader::new(bad).string().is_err(), "{bad}");
    }
}

#[test]
fn numbers_as_json_writes_them() {
    let int = |t: &str| Reader::new(t).integer();
    assert_eq!(int("2010"), Ok(2010));
    assert_eq!(int(" -7"), Ok(-7));
    assert_eq!(int("0"), Ok(0));
    for bad in [
        "01",
        "1.5",
        "1e3",
        "-",
        "3000000000",
        "99999999999999999999999",
        "x",
    ] {
        assert!(int(bad).is_err(), "{bad}");
    }
    let float = |t: &str| Reader::new(t).float().unwrap();
    assert_eq!(float("-0.5e1"), -5.0);
    assert_eq!(float("1E+2"), 100.0);
    assert!(Reader::new("1e999").float().is_err());
    assert!(Reader::new("1.").float().is_err());
}

#[test]
fn coordinates_read_exactly_as_the_standard_parser_reads_them() {
    let mut rng = netzwerk_matrix::core::rng::Rng::new(51);
    for _ in 0..20_000 {
        let text = format!(
            "{}{}.{:0width$}",
            if rng.below(2) == 0 { "-" } else { "" },
            rng.below(180),
            rng.below(1_000_000),
            width = 1 + rng.below(6)
        );
        let ours = Reader::new(&text).float().unwrap();
        assert_eq!(
            ours.to_bits(),
            text.parse::<f64>().unwrap().to_bits(),
            "{text}"
        );
    }
}

#[test]
fn objects_and_lists_are_strict() {
    let list = |r: &mut Reader| r.list(Reader::integer).map(|_| ());
    assert!(message("[1, 2,]", list).contains("expected a number, found something"));
    assert!(message("[1 2]", list).contains("expected a comma or the end of the list"));
    assert!(message("[1] x", list).contains("trailing characters"));
    let object = |r: &mut Reader| r.object(&["a", "b"], |r, _| r.integer().map(|_| ()));
    assert_eq!(
        message(r#"{"a": 1, "a": 2}"#, object),
        "duplicate field `a` at line 1 column 12"
    );
    assert_eq!(
        message("{\"a\": 1,\n \"c\": 2}", object),
        "unknown field `c`, expected one of `a`, `b` at line 2 column 4"
    );
    assert!(message(r#"{"a" 1}"#, object).contains("expected a colon"));
    let mut r = Reader::new(r#"{"b": null}"#);
    let mut b = Some(0);
    r.object(&["a", "b"], |r, _| {
        b = r.optional(Reader::integer)?;
        Ok(())
    })
    .unwrap();
    assert_eq!(b, None);
}

#[test]
fn errors_name_the_path() {
    let mut r = Reader::new(r#"{"a": [{"b": 1}, {"b": "x"}]}"#);
    let e = r
        .object(&["a"], |r, _| {
            r.list(|r| r.object(&["b"], |r, _| r.integer().map(|_| ())))
                .map(|_| ())
        })
        .unwrap_err();
    assert_eq!(e.path, "a[1].b");
    assert_eq!(
        e.message,
        "expected a number, found a text at line 1 column 24"
    );
}
