//! Batch mode: the JSON Lines contract of `SCHEMA.md`, streamed.
//!
//! Each input line `{"id", "text", "reference_date"?, "format"?}` becomes one output line,
//! the record with the input's `id`, in input order. A line that cannot be analyzed becomes
//! `{"id": <id or null>, "error": "line N: …"}` and the batch goes on. Lines are read with a
//! length bound, so one runaway line cannot exhaust memory; the threading is in [`crate::pool`].

use std::io::{self, BufRead, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};

use accord_core::{analyze, Date, Format, Options, MAX_INPUT_BYTES};
use serde_json::Value;

use crate::output::{self, Key};
use crate::pool;
use crate::Out;

/// The longest input line accepted: room for a [`MAX_INPUT_BYTES`] article with its JSON
/// escapes.
pub const MAX_LINE_BYTES: usize = 2 * MAX_INPUT_BYTES;

/// One line of input, numbered from 1.
pub struct Line {
    number: u64,
    bytes: Result<Vec<u8>, LineError>,
}

impl Line {
    /// The line's number, from 1.
    pub fn number(&self) -> u64 {
        self.number
    }

    /// The line's bytes, or why it could not be read.
    pub fn into_bytes(self) -> Result<Vec<u8>, String> {
        self.bytes.map_err(|e| match e {
            LineError::TooLong => {
                format!("the line is over the limit of {} MiB", MAX_LINE_BYTES >> 20)
            }
            LineError::Io(e) => format!("cannot read the input: {e}"),
        })
    }
}

/// A line that could not be read.
enum LineError {
    TooLong,
    Io(String),
}

/// What reading one bounded line found.
#[derive(Debug, PartialEq, Eq)]
enum LineRead {
    Eof,
    Line,
    TooLong,
}

/// Reads one line (with its `\n`) into `buf`, at most `limit` bytes; a longer line is
/// skipped to its end and reported as [`LineRead::TooLong`].
fn read_line_bounded(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<LineRead> {
    buf.clear();
    let n = Read::take(&mut *input, limit as u64 + 1).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(LineRead::Eof);
    }
    if buf.len() <= limit || buf.ends_with(b"\n") {
        return Ok(LineRead::Line);
    }
    buf.clear();
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            break;
        }
        if let Some(newline) = available.iter().position(|&b| b == b'\n') {
            input.consume(newline + 1);
            break;
        }
        let len = available.len();
        input.consume(len);
    }
    Ok(LineRead::TooLong)
}

/// Emits the non-blank lines of `input` until its end, a read error (emitted as a failed
/// line) or `emit` returning `false`.
pub fn emit_lines(mut input: impl BufRead, limit: usize, emit: &mut dyn FnMut(Line) -> bool) {
    let mut buf = Vec::new();
    let mut number = 0u64;
    loop {
        number += 1;
        let bytes = match read_line_bounded(&mut input, &mut buf, limit) {
            Ok(LineRead::Eof) => return,
            Ok(LineRead::TooLong) => Err(LineError::TooLong),
            Ok(LineRead::Line) if buf.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(LineRead::Line) => Ok(std::mem::take(&mut buf)),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                number -= 1;
                continue;
            }
            Err(e) => {
                emit(Line {
                    number,
                    bytes: Err(LineError::Io(e.to_string())),
                });
                return;
            }
        };
        if !emit(Line { number, bytes }) {
            return;
        }
    }
}

/// The output of one line.
pub struct Outcome {
    /// For standard output (with its newline), maybe empty.
    stdout: String,
    /// For standard error (one message, no newline).
    stderr: Option<String>,
    failed: bool,
}

/// Analyzes one input line. `default_date` applies when the line has no `reference_date`;
/// with `csv`, records are CSV rows and errors go to standard error.
pub fn process(line: Line, default_date: Option<Date>, csv: bool) -> Outcome {
    let number = line.number;
    let fail = |id: Option<&Value>, message: &str| {
        let message = format!("line {number}: {message}");
        if csv {
            Outcome {
                stdout: String::new(),
                stderr: Some(message),
                failed: true,
            }
        } else {
            Outcome {
                stdout: output::error_line(id, &message) + "\n",
                stderr: None,
                failed: true,
            }
        }
    };
    let bytes = match line.bytes {
        Ok(bytes) => bytes,
        Err(LineError::TooLong) => {
            return fail(
                None,
                &format!("the line is over the limit of {} MiB", MAX_LINE_BYTES >> 20),
            )
        }
        Err(LineError::Io(e)) => return fail(None, &format!("cannot read the input: {e}")),
    };
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(value) => value,
        Err(e) => return fail(None, &format!("not valid JSON: {e}")),
    };
    let Value::Object(fields) = &value else {
        return fail(None, "expected a JSON object like {\"id\": …, \"text\": …}");
    };
    let Some(id) = fields.get("id") else {
        return fail(None, "missing \"id\"");
    };
    let text = match fields.get("text") {
        Some(Value::String(text)) => text,
        Some(_) => return fail(Some(id), "\"text\" must be a string"),
        None => return fail(Some(id), "missing \"text\""),
    };
    let reference_date = match fields.get("reference_date") {
        None | Some(Value::Null) => default_date,
        Some(Value::String(s)) => match s.trim().parse::<Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                return fail(
                    Some(id),
                    &format!("\"reference_date\": {s:?} is not a date (expected YYYY-MM-DD)"),
                )
            }
        },
        Some(_) => {
            return fail(
                Some(id),
                "\"reference_date\" must be a string YYYY-MM-DD or null",
            )
        }
    };
    let format = match fields.get("format") {
        None | Some(Value::Null) => Format::Text,
        Some(Value::String(s)) => match s.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Format::Text,
            "html" | "htm" => Format::Html,
            "markdown" | "md" => Format::Markdown,
            _ => {
                return fail(
                    Some(id),
                    &format!("\"format\": {s:?} is not text, html or markdown"),
                )
            }
        },
        Some(_) => {
            return fail(
                Some(id),
                "\"format\" must be \"text\", \"html\" or \"markdown\"",
            )
        }
    };
    let options = Options {
        reference_date,
        format,
    };
    match catch_unwind(AssertUnwindSafe(|| analyze(text, &options))) {
        Ok(Ok(record)) => {
            let stdout = if csv {
                output::csv_rows(&id_cell(id), &record)
            } else {
                output::json_line_dated(Key::Id(id), &record, reference_date) + "\n"
            };
            Outcome {
                stdout,
                stderr: None,
                failed: false,
            }
        }
        Ok(Err(e)) => fail(Some(id), &e.to_string()),
        Err(_) => fail(
            Some(id),
            "internal error in the engine (a bug; the panic message is above)",
        ),
    }
}

/// An id as a CSV cell: strings as they are, other JSON values as JSON.
fn id_cell(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Runs a batch from `input` to `out`; returns whether every line was analyzed.
pub fn run(
    input: impl BufRead + Send + 'static,
    default_date: Option<Date>,
    csv: bool,
    out: &mut Out,
) -> io::Result<bool> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut all_ok = true;
    if csv {
        out.write(&output::csv_header("id"))?;
    }
    pool::ordered_map(
        workers,
        4 * workers + 8,
        move |emit| emit_lines(input, MAX_LINE_BYTES, emit),
        move |line| process(line, default_date, csv),
        |outcome| {
            let outcome = outcome.unwrap_or_else(|panic| Outcome {
                stdout: if csv {
                    String::new()
                } else {
                    output::error_line(None, &panic) + "\n"
                },
                stderr: csv.then(|| panic.clone()),
                failed: true,
            });
            all_ok &= !outcome.failed;
            if let Some(message) = &outcome.stderr {
                crate::report(message);
            }
            out.write(&outcome.stdout)?;
            out.flush()
        },
    )?;
    out.flush()?;
    Ok(all_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line {
            number: 7,
            bytes: Ok(text.as_bytes().to_vec()),
        }
    }

    fn json(outcome: Outcome) -> Value {
        serde_json::from_str(outcome.stdout.trim_end()).unwrap()
    }

    #[test]
    fn a_good_line_keeps_its_id() {
        let out = json(process(
            line(r#"{"id": 42, "text": "Hello.", "format": "html"}"#),
            None,
            false,
        ));
        assert_eq!(out["id"], 42);
        assert!(out.get("error").is_none());
        assert!(out.get("lang").is_some());
    }

    #[test]
    fn bad_lines_give_error_lines() {
        let cases = [
            (
                r#"{"id": "a", "text": 3}"#,
                Value::from("a"),
                "line 7: \"text\" must be a string",
            ),
            (
                r#"{"id": "b"}"#,
                Value::from("b"),
                "line 7: missing \"text\"",
            ),
            (r#"{"text": "x"}"#, Value::Null, "line 7: missing \"id\""),
            (r#"[1, 2]"#, Value::Null, "line 7: expected a JSON object"),
            (
                r#"{"id": "c", "text": "x", "reference_date": "2024-02-30"}"#,
                Value::from("c"),
                "line 7: \"reference_date\"",
            ),
            (
                r#"{"id": "d", "text": "x", "format": "pdf"}"#,
                Value::from("d"),
                "line 7: \"format\"",
            ),
            ("{not json", Value::Null, "line 7: not valid JSON"),
        ];
        for (input, id, message) in cases {
            let outcome = process(line(input), None, false);
            assert!(outcome.failed);
            let out = json(outcome);
            assert_eq!(out["id"], id, "{input}");
            assert!(
                out["error"].as_str().unwrap().starts_with(message),
                "{input}: {out}"
            );
        }
    }

    #[test]
    fn bounded_lines() {
        let mut input = io::Cursor::new(b"short\n0123456789abcdef\nok\nlast".to_vec());
        let mut buf = Vec::new();
        let mut reads = Vec::new();
        loop {
            let r = read_line_bounded(&mut input, &mut buf, 8).unwrap();
            if r == LineRead::Eof {
                break;
            }
            reads.push((r, String::from_utf8_lossy(&buf).into_owned()));
        }
        assert_eq!(
            reads,
            vec![
                (LineRead::Line, "short\n".into()),
                (LineRead::TooLong, String::new()),
                (LineRead::Line, "ok\n".into()),
                (LineRead::Line, "last".into()),
            ]
        );
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        let input = io::Cursor::new(b"\n  \n{\"id\":1}\n".to_vec());
        let mut numbers = Vec::new();
        emit_lines(input, 100, &mut |l| {
            numbers.push(l.number);
            true
        });
        assert_eq!(numbers, vec![3]);
    }
}
