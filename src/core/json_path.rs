//! Where in a JSON text an error is: the path (`members[3].kind`) of the
//! value at a line and column, as `serde_json` reports them.
//!
//! The dataset is read in one pass by `serde_json`; when that fails, this
//! scanner walks the text up to the error's position and names the value it
//! is inside. It reads JSON's structure only (brackets, keys, commas,
//! strings), so it costs little code and works on text that is broken after
//! the position.

enum Frame {
    /// An object and the key last read in it.
    Object(Option<String>),
    /// An array, the position of its current element, and whether that
    /// element has begun (an error right after `[` is the array's own).
    Array(usize, bool),
}

/// The path of the value at `line` and `column` (both from 1; the column
/// counts bytes, the way `serde_json` does), e.g. `members[3].kind`; empty
/// for the top level.
pub fn at(text: &str, line: usize, column: usize) -> String {
    let end = offset(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if let (false, Some(Frame::Array(_, begun))) = (
            matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']'),
            stack.last_mut(),
        ) {
            *begun = true;
        }
        match b {
            b'{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => stack.push(Frame::Array(0, false)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n, begun)) => (*n, *begun) = (*n + 1, false),
                Some(Frame::Object(_)) => expect_key = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let (true, Some(Frame::Object(key))) = (expect_key, stack.last_mut()) {
                    *key = Some(text.get(start..i.min(text.len())).unwrap_or("").to_string());
                    expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) | Frame::Array(_, false) => {}
            Frame::Array(n, true) => {
                path.push('[');
                path.push_str(&n.to_string());
                path.push(']');
            }
        }
    }
    path
}

/// The byte offset just after the character at `line` and `column`.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(n) => start += n + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::at;

    /// The path where `serde_json` reports an error in `text`.
    fn path_of_error<T: serde::de::DeserializeOwned>(text: &str) -> String {
        let e = serde_json::from_str::<T>(text).err().expect("an error");
        at(text, e.line(), e.column())
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        year: Option<i32>,
    }

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        items: Vec<Item>,
    }

    #[test]
    fn names_the_value_with_the_wrong_type() {
        let text = r#"{"title": "t", "items": [{"id": "a"}, {"id": "b", "year": "1999"}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[1].year");
    }

    #[test]
    fn names_an_unknown_field_and_a_missing_one() {
        let text = "{\"title\": \"t\",\n \"items\": [{\"id\": \"a\", \"yaer\": 1}]}";
        assert_eq!(path_of_error::<Doc>(text), "items[0].yaer");
        let text = r#"{"title": "t", "items": [{"id": "a"}, {"year": 2000}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[1]");
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        let text = r#"{"title": "a \"[b]\", {c}", "items": [{"id": "x,]"}, {"id": 5}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[1].id");
    }

    #[test]
    fn top_level_and_positions_out_of_range() {
        assert_eq!(path_of_error::<Doc>("5"), "");
        // A list where an object belongs is named itself, not its first element.
        assert_eq!(
            path_of_error::<Vec<Doc>>(r#"[{"title": "t", "items": [[]]}]"#),
            "[0].items[0]"
        );
        assert_eq!(
            path_of_error::<Doc>(r#"{"title": "t", "items": {}}"#),
            "items"
        );
        assert_eq!(at("{\"a\": [1, 2", 9, 99), "a[1]");
        assert_eq!(at("", 1, 1), "");
    }
}
