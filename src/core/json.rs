//! A small JSON reader: the pieces [`super::read`] builds the dataset from.
//!
//! It reads straight into the model, without a tree of values in between,
//! and keeps the path of the value it is in (`members[3].kind`), so an error
//! names where it is. It is strict as JSON is: no comments, no trailing
//! commas, no leading zeros; an unknown or repeated key is an error.
//!
//! The widget's WebAssembly used `serde_json` with derived readers for this;
//! one reader without generic layers made it about 33 KB smaller.

use std::fmt::{self, Write};

/// What went wrong, and where: the path of the value, and a message that
/// ends with the line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for JsonError {
    /// "members[3].kind: unknown variant …", or the message alone at the
    /// top level.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

enum Step {
    Key(String),
    Index(usize),
}

pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    path: Vec<Step>,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            path: Vec::new(),
        }
    }

    /// An error at the current position and path: the column is that of
    /// the last character read.
    pub fn error(&self, message: &str) -> JsonError {
        self.error_at(message, 0)
    }

    /// The same, `ahead` characters further on.
    fn error_at(&self, message: &str, ahead: usize) -> JsonError {
        // An escape cut short can leave the position inside a character.
        let mut end = self.pos.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &self.text[..end];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + ahead;
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Key(key) if path.is_empty() => path.push_str(key),
                Step::Key(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Step::Index(i) => {
                    let _ = write!(path, "[{i}]");
                }
            }
        }
        JsonError {
            path,
            message: format!("{message} at line {line} column {column}"),
        }
    }

    /// A required key that the object lacked (called after the object).
    pub fn missing(&self, key: &str) -> JsonError {
        self.error(&format!("missing field `{key}`"))
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
        self.bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    /// What the next value is, for a message: "expected a text, found a number".
    fn found(&mut self) -> &'static str {
        match self.peek() {
            None => "the end of the file",
            Some(b'"') => "a text",
            Some(b'{') => "an object",
            Some(b'[') => "a list",
            Some(b't' | b'f') => "true or false",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            Some(_) => "something that is not JSON",
        }
    }

    /// "expected …, found …", at the character found.
    fn unexpected(&mut self, expected: &str) -> JsonError {
        let found = self.found();
        let ahead = usize::from(self.pos < self.text.len());
        self.error_at(&format!("expected {expected}, found {found}"), ahead)
    }

    /// The whole text is read; only white space may follow.
    pub fn end(&mut self) -> Result<(), JsonError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("trailing characters after the data")),
        }
    }

    pub fn string(&mut self) -> Result<String, JsonError> {
        if !self.eat(b'"') {
            return Err(self.unexpected("a text"));
        }
        let bytes = self.bytes();
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            match bytes.get(self.pos) {
                None => return Err(self.error("a text is not closed")),
                Some(b'"') => {
                    out.push_str(&self.text[start..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[start..self.pos]);
                    self.pos += 1;
                    out.push(self.escape()?);
                    start = self.pos;
                }
                Some(&b) if b < 0x20 => {
                    return Err(self.error("a control character in a text (write it as \\n or \\t)"))
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Result<char, JsonError> {
        let byte = self.bytes().get(self.pos).copied();
        self.pos += 1;
        Ok(match byte {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if self.bytes().get(self.pos..self.pos + 2) != Some(b"\\u") {
                        return Err(self.error("a lone surrogate in a \\u escape"));
                    }
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("a lone surrogate in a \\u escape"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(code)
                    .ok_or_else(|| self.error("a lone surrogate in a \\u escape"))?
            }
            _ => return Err(self.error("an invalid escape in a text")),
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.text.get(self.pos..self.pos + 4);
        let value = digits.and_then(|d| u32::from_str_radix(d, 16).ok());
        self.pos += 4;
        value.ok_or_else(|| self.error("an invalid \\u escape in a text"))
    }

    /// The parts of a number: sign, digits without the point, the power of
    /// ten to apply, and whether it had a fraction or an exponent.
    fn number(&mut self) -> Result<(bool, u64, i32, bool), JsonError> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.unexpected("a number"));
        }
        let bytes = self.bytes();
        let negative = self.eat(b'-');
        let (mut digits, mut count, mut exponent, mut decimal) = (0u64, 0u32, 0i32, false);
        let mut read_digits = |reader: &mut Reader, fraction: bool| {
            let start = reader.pos;
            while let Some(&b @ b'0'..=b'9') = bytes.get(reader.pos) {
                if count < 19 {
                    digits = digits * 10 + u64::from(b - b'0');
                    count += u32::from(digits > 0);
                    exponent -= i32::from(fraction);
                } else if !fraction {
                    exponent += 1;
                }
                reader.pos += 1;
            }
            reader.pos - start
        };
        let whole = self.pos;
        if read_digits(self, false) == 0 {
            return Err(self.error("a number without digits"));
        }
        if bytes[whole] == b'0' && self.pos - whole > 1 {
            return Err(self.error("a number with a leading zero"));
        }
        if bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            decimal = true;
            if read_digits(self, true) == 0 {
                return Err(self.error("a number without digits after its point"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(self.pos) {
            self.pos += 1;
            decimal = true;
            let sign = match bytes.get(self.pos) {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            self.pos += usize::from(sign != 0);
            let mut power = 0i32;
            let start = self.pos;
            while let Some(&b @ b'0'..=b'9') = bytes.get(self.pos) {
                power = (power * 10 + i32::from(b - b'0')).min(10_000);
                self.pos += 1;
            }
            if self.pos == start {
                return Err(self.error("a number without digits in its exponent"));
            }
            exponent += if sign < 0 { -power } else { power };
        }
        Ok((negative, digits, exponent, decimal))
    }

    /// A whole number that fits an `i32` (years).
    pub fn integer(&mut self) -> Result<i32, JsonError> {
        let (negative, digits, exponent, decimal) = self.number()?;
        if decimal {
            return Err(self.error("expected a whole number, found a decimal number"));
        }
        let value = if negative {
            -(digits as i128)
        } else {
            digits as i128
        };
        i32::try_from(value)
            .ok()
            .filter(|_| exponent == 0)
            .ok_or_else(|| self.error("a whole number out of range"))
    }

    /// A decimal number (coordinates). Exact, as the standard parser is,
    /// for up to 15 digits and powers of ten up to 22, which covers any
    /// coordinate; beyond that within a unit in the last place.
    pub fn float(&mut self) -> Result<f64, JsonError> {
        let (negative, digits, exponent, _) = self.number()?;
        let mut value = digits as f64;
        let power = 10f64.powi(exponent.unsigned_abs().min(400) as i32);
        if exponent < 0 {
            value /= power;
        } else {
            value *= power;
        }
        if !value.is_finite() {
            return Err(self.error("a number out of range"));
        }
        Ok(if negative { -value } else { value })
    }

    pub fn boolean(&mut self) -> Result<bool, JsonError> {
        for (word, value) in [("true", true), ("false", false)] {
            if self.peek().is_some() && self.bytes()[self.pos..].starts_with(word.as_bytes()) {
                self.pos += word.len();
                return Ok(value);
            }
        }
        Err(self.unexpected("true or false"))
    }

    /// `null` as `None`, or the value read by `read`.
    pub fn optional<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<T, JsonError>,
    ) -> Result<Option<T>, JsonError> {
        if self.peek() == Some(b'n') && self.bytes()[self.pos..].starts_with(b"null") {
            self.pos += 4;
            return Ok(None);
        }
        read(self).map(Some)
    }

    /// One of the given words, as its position in the list.
    pub fn keyword(&mut self, words: &[&str]) -> Result<usize, JsonError> {
        let word = self.string()?;
        words.iter().position(|w| *w == word).ok_or_else(|| {
            self.error(&format!(
                "unknown variant `{word}`, expected {}",
                one_of(words)
            ))
        })
    }

    /// A list, each item read by `item`.
    pub fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, JsonError>,
    ) -> Result<Vec<T>, JsonError> {
        let mut out = Vec::new();
        self.items(&mut |r| {
            out.push(item(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// A list's brackets, commas and paths, once for every item type (the
    /// widget carries one copy of this loop, not one per type).
    fn items(
        &mut self,
        item: &mut dyn FnMut(&mut Self) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        if !self.eat(b'[') {
            return Err(self.unexpected("a list"));
        }
        if self.eat(b']') {
            return Ok(());
        }
        let mut index = 0;
        loop {
            self.path.push(Step::Index(index));
            item(self)?;
            index += 1;
            self.path.pop();
            if self.eat(b']') {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.unexpected("a comma or the end of the list"));
            }
        }
    }

    /// An object whose keys are among `keys`; `value` reads the value of
    /// the key at the given position. Each key at most once.
    pub fn object(
        &mut self,
        keys: &[&str],
        mut value: impl FnMut(&mut Self, usize) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        self.fields(keys, &mut value)
    }

    /// An object's braces, keys and paths, once for every object type.
    fn fields(
        &mut self,
        keys: &[&str],
        value: &mut dyn FnMut(&mut Self, usize) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        if !self.eat(b'{') {
            return Err(self.unexpected("an object"));
        }
        if self.eat(b'}') {
            return Ok(());
        }
        let mut seen = 0u64;
        loop {
            let key = self.string()?;
            let Some(i) = keys.iter().position(|k| *k == key) else {
                self.path.push(Step::Key(key.clone()));
                return Err(
                    self.error(&format!("unknown field `{key}`, expected {}", one_of(keys)))
                );
            };
            if seen & (1 << i) != 0 {
                return Err(self.error(&format!("duplicate field `{key}`")));
            }
            seen |= 1 << i;
            if !self.eat(b':') {
                return Err(self.unexpected("a colon"));
            }
            self.path.push(Step::Key(key));
            value(self, i)?;
            self.path.pop();
            if self.eat(b'}') {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.unexpected("a comma or the end of the object"));
            }
        }
    }
}

/// "one of `a`, `b`, `c`", as in the messages of other JSON readers.
fn one_of(words: &[&str]) -> String {
    let list: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
    format!("one of {}", list.join(", "))
}
