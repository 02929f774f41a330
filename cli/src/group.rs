//! `accord group`: reads the JSON Lines records that `accord analyze --jsonl` writes and
//! prints one entry per signing event, merged by [`accord_core::group`].
//!
//! Each input line is a record with its `id` (any JSON value; numbers are used as text),
//! and optionally `file`, `outlet` and the article's date (`date` or `reference_date`,
//! `YYYY-MM-DD` or `YYYY-MM`), which the batch contract does not carry but a caller may add.
//! A line that is not a record (bad JSON, an error line of `analyze`, a repeated id) is
//! reported on standard error with its number and left out; the others are still grouped.

use std::io::{self, BufRead};

use accord_core::group::{self, Decision, Group, Source};
use accord_core::{Analysis, PartialDate};
use serde_json::Value;

use crate::args::OutputFormat;
use crate::batch::{emit_lines, MAX_LINE_BYTES};
use crate::output::csv_field;
use crate::Out;

/// Parses one input line into a source.
fn source_of(bytes: &[u8]) -> Result<Source, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(mut fields) = value else {
        return Err("expected a JSON object: a record of `accord analyze --jsonl`".into());
    };
    let id = match fields.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => {
            return Err(
                "missing \"id\" (group reads the output of `accord analyze --jsonl`)".into(),
            )
        }
        Some(other) => other.to_string(),
    };
    if let Some(error) = fields.get("error") {
        let error = error
            .as_str()
            .map_or_else(|| error.to_string(), str::to_string);
        return Err(format!("the record of {id:?} is an error line: {error}"));
    }
    let text = |fields: &mut serde_json::Map<String, Value>, key: &str| match fields.remove(key) {
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Null) | None => Ok(None),
        Some(_) => Err(format!("{key:?} must be a string")),
    };
    let file_name = text(&mut fields, "file")?;
    let outlet = text(&mut fields, "outlet")?;
    let mut date = None;
    for key in ["date", "reference_date"] {
        if let Some(s) = text(&mut fields, key)? {
            let parsed = s.trim().parse::<PartialDate>().map_err(|_| {
                format!("{key:?}: {s:?} is not a date (expected YYYY-MM-DD or YYYY-MM)")
            })?;
            date = date.or(Some(parsed));
        }
    }
    let analysis: Analysis = serde_json::from_value(Value::Object(fields))
        .map_err(|e| format!("not an analysis record: {e}"))?;
    Ok(Source {
        id,
        analysis,
        title: None,
        outlet,
        file_name,
        date,
    })
}

/// Reads the decisions file: a JSON list of `{"kind": "split"|"join", "members": [{"id",
/// "agreement"}]}`.
pub fn read_decisions(path: &std::path::Path) -> Result<Vec<Decision>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: not a list of decisions ({e}); expected [{{\"kind\": \"split\" or \"join\", \"members\": [{{\"id\": \"…\", \"agreement\": 0}}]}}]",
            path.display()
        )
    })
}

/// Groups the records of `input` and prints the groups; returns whether every line was a
/// record.
pub fn run(
    input: impl BufRead,
    format: OutputFormat,
    decisions: &[Decision],
    out: &mut Out,
) -> io::Result<bool> {
    let mut sources: Vec<Source> = Vec::new();
    let mut lines_of: std::collections::BTreeMap<String, u64> = Default::default();
    let mut all_ok = true;
    emit_lines(input, MAX_LINE_BYTES, &mut |line| {
        let number = line.number();
        let parsed = line.into_bytes().and_then(|bytes| source_of(&bytes));
        let result = parsed.and_then(|source| match lines_of.get(&source.id) {
            Some(first) => Err(format!(
                "id {:?} was already given on line {first}; this record is left out",
                source.id
            )),
            None => {
                lines_of.insert(source.id.clone(), number);
                Ok(source)
            }
        });
        match result {
            Ok(source) => sources.push(source),
            Err(message) => {
                all_ok = false;
                crate::report(&format!("line {number}: {message}"));
            }
        }
        true
    });
    let grouping = group::group(&sources, decisions);
    for d in &grouping.skipped_decisions {
        crate::report(&format!(
            "decision {} names no agreement of the input; skipped",
            d + 1
        ));
    }
    match format {
        OutputFormat::Jsonl => {
            for g in &grouping.groups {
                out.write(&to_json(g, false))?;
                out.write("\n")?;
            }
        }
        OutputFormat::Json => {
            out.write("[")?;
            for (i, g) in grouping.groups.iter().enumerate() {
                out.write(if i == 0 { "\n" } else { ",\n" })?;
                let pretty = to_json(g, true);
                out.write(&format!("  {}", pretty.replace('\n', "\n  ")))?;
            }
            out.write(if grouping.groups.is_empty() {
                "]\n"
            } else {
                "\n]\n"
            })?;
        }
        OutputFormat::Csv => {
            out.write(&format!(
                "{}\n",
                accord_core::group::TABLE_COLUMNS.join(",")
            ))?;
            for g in &grouping.groups {
                out.write(&csv_row(g))?;
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn to_json(g: &Group, pretty: bool) -> String {
    let text = if pretty {
        serde_json::to_string_pretty(g)
    } else {
        serde_json::to_string(g)
    };
    text.unwrap_or_else(|e| crate::output::error_line(None, &e.to_string()))
}

/// One CSV row (with its newline) for a group: the cells of
/// [`accord_core::group::table_cells`], in the order of its `TABLE_COLUMNS`.
pub fn csv_row(g: &Group) -> String {
    let fields: Vec<String> = accord_core::group::table_cells(g)
        .iter()
        .map(|c| csv_field(c))
        .collect();
    format!("{}\n", fields.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_sources_or_clear_errors() {
        let s = source_of(
            br#"{"id": 7, "file": "a.txt", "reference_date": "2024-05-06", "lang": "en", "is_agreement": false}"#,
        )
        .unwrap();
        assert_eq!(s.id, "7");
        assert_eq!(s.file_name.as_deref(), Some("a.txt"));
        assert_eq!(s.date.unwrap().to_string(), "2024-05-06");
        for (line, message) in [
            (&b"{oops"[..], "not valid JSON"),
            (b"[1]", "expected a JSON object"),
            (br#"{"lang": "en"}"#, "missing \"id\""),
            (
                br#"{"id": "x", "error": "line 3: bad"}"#,
                "is an error line",
            ),
            (br#"{"id": "x", "date": "2024-13"}"#, "\"date\""),
            (
                br#"{"id": "x", "lang": "de", "is_agreement": true}"#,
                "not an analysis record",
            ),
        ] {
            let e = source_of(line).unwrap_err();
            assert!(e.contains(message), "{e}");
        }
    }
}
