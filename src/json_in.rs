//! The worker's JSON reader: the page's messages to the worker ([`Job`](crate::job::Job),
//! [`GroupRequest`](crate::job::GroupRequest)) as a [`serde_json::Value`], read by a small
//! reader of its own rather than serde_json's, whose number reader (fractions, exponents
//! and their table of powers of ten) the worker would download for nothing: these
//! messages hold whole numbers only, and [`crate::job::to_json`] writes them. A number with
//! a fraction or an exponent is refused; anything else reads as serde_json reads it (a
//! test compares both on every fixture record), and text that is not JSON is an error
//! that names the line and column.

use serde_json::{Map, Number, Value};

/// How deep arrays and objects may nest (serde_json's limit).
const MAX_DEPTH: usize = 128;

/// The JSON value of `json`, or where it stops being JSON: `(line, column)`, from 1.
pub fn parse(json: &str) -> Result<Value, (usize, usize)> {
    let mut r = Reader {
        s: json.as_bytes(),
        at: 0,
    };
    let value = r.value(0);
    r.space();
    match value {
        Some(v) if r.at == r.s.len() => Ok(v),
        _ => {
            let before = &r.s[..r.at.min(r.s.len())];
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
            Err((line, column))
        }
    }
}

struct Reader<'a> {
    s: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// After an item of an array or object: takes the comma (false: another item follows)
    /// or the `close` bracket (true: the list ends); anything else is no JSON.
    fn next_or_close(&mut self, close: u8) -> Option<bool> {
        self.space();
        let c = self.peek()?;
        self.at += 1;
        match c {
            b',' => Some(false),
            _ if c == close => Some(true),
            _ => None,
        }
    }

    /// Takes `word` if the text goes on with it.
    fn word(&mut self, word: &[u8]) -> Option<()> {
        if self.s[self.at..].starts_with(word) {
            self.at += word.len();
            Some(())
        } else {
            None
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        Some(match self.peek()? {
            b'n' => self.word(b"null").map(|()| Value::Null)?,
            b't' => self.word(b"true").map(|()| Value::Bool(true))?,
            b'f' => self.word(b"false").map(|()| Value::Bool(false))?,
            b'"' => Value::String(self.string()?),
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.next_or_close(b']')? {
                            break;
                        }
                    }
                }
                Value::Array(items)
            }
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut map = Map::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                } else {
                    loop {
                        self.space();
                        if self.peek()? != b'"' {
                            return None;
                        }
                        let key = self.string()?;
                        self.space();
                        self.word(b":")?;
                        let v = self.value(depth + 1)?;
                        map.insert(key, v);
                        if self.next_or_close(b'}')? {
                            break;
                        }
                    }
                }
                Value::Object(map)
            }
            b'-' | b'0'..=b'9' => Value::Number(self.number()?),
            _ => return None,
        })
    }

    /// A whole number (`-`, then `0` or digits not starting with `0`), as serde_json
    /// keeps it: a `u64`, or an `i64` when negative.
    fn number(&mut self) -> Option<Number> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let mut n: u64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
            self.at += 1;
        }
        let digits = self.at - start;
        if digits == 0 || (digits > 1 && self.s[start] == b'0') {
            return None;
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        if !negative {
            Some(Number::from(n))
        } else if n == 0 {
            // serde_json reads "-0" as the float -0.0.
            None
        } else {
            let m = i64::try_from(n - 1).ok()?;
            Some(Number::from(-m - 1))
        }
    }

    /// A string, its escapes read (`\uXXXX` with surrogate pairs); control characters
    /// must be escaped.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let e = self.peek()?;
                    self.at += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                self.word(b"\\u")?;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..0x20 => return None,
                _ => out.push(b),
            }
        }
        String::from_utf8(out).ok()
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.at..self.at + 4)?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(json: &str) {
        let theirs: Value = serde_json::from_str(json).unwrap();
        assert_eq!(parse(json).unwrap(), theirs, "{json}");
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for json in [
            "null",
            " true ",
            "false",
            "0",
            "-1",
            "18446744073709551615",
            "-9223372036854775808",
            "[]",
            "{}",
            "[1,[2,[3,{}]],{\"a\":[]}]",
            " { \"a\" : 1 , \"b\" : [ true , null ] , \"a\" : \"again\" } ",
            r#""plain""#,
            r#""\"\\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00\u0000""#,
            "\"é€😀 unescaped\"",
            "\n\r\t[\n1\n]\n",
        ] {
            same(json);
        }
        let job = crate::job::Job {
            id: 3,
            batch: 2,
            file_name: Some("x \"quoted\".md".into()),
            text: Some("Line\nnext\ttab \u{1} é€😀 \\ /".into()),
            format: crate::model::SourceFormat::Markdown,
            reference_date: Some("2024-05-08".into()),
        };
        same(&crate::job::to_json(&job).unwrap());
    }

    #[test]
    fn reads_every_fixture_record_as_serde_json_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let record = accord_core::analyze(&text, &accord_core::Options::default()).unwrap();
                let source = accord_core::group::Source::new("id", record);
                same(&crate::job::to_json(&source).unwrap());
                same(&serde_json::to_string_pretty(&source).unwrap());
                n += 1;
            }
        }
        assert!(n > 1000);
    }

    #[test]
    fn refuses_what_is_not_json_or_not_whole() {
        for json in [
            "",
            " ",
            "nul",
            "[1,]",
            "[1 2]",
            "{\"a\"}",
            "{\"a\":1,}",
            "{a:1}",
            "01",
            "-",
            "1.5",
            "1e3",
            "-0",
            "18446744073709551616",
            "\"open",
            "\"bad \\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"tab\there\"",
            "[1] 2",
            "{\"a\":1}}",
        ] {
            assert!(parse(json).is_err(), "{json:?}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&deep).is_err());
        assert_eq!(parse("{\n  \"a\": tru\n}"), Err((2, 7)));
    }
}
