//! Rendering records: pretty JSON, JSON Lines and CSV rows, each as a `String` a worker can
//! build off the writer thread.
//!
//! A record is the engine's [`Analysis`] with one key in front: `"file"` for files, `"id"`
//! for batch lines. CSV flattens it to one row per agreement, with RFC 4180 quoting.

use accord_core::{Agreement, Analysis, Date};
use serde::Serialize;
use serde_json::Value;

/// The key that names a record: the file it came from, or the batch line's id.
#[derive(Debug, Clone, Copy)]
pub enum Key<'a> {
    /// `"file": <path>`.
    File(&'a str),
    /// `"id": <the input's id, any JSON value>`.
    Id(&'a Value),
}

/// A record with its key first, for serde.
#[derive(Serialize)]
struct Keyed<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(flatten)]
    record: &'a Analysis,
    /// The batch line's reference date (the article's date, as the caller knew it), so
    /// that `accord group` can use it.
    #[serde(skip_serializing_if = "Option::is_none")]
    reference_date: Option<String>,
}

fn keyed<'a>(key: Key<'a>, record: &'a Analysis) -> Keyed<'a> {
    match key {
        Key::File(file) => Keyed {
            id: None,
            file: Some(file),
            record,
            reference_date: None,
        },
        Key::Id(id) => Keyed {
            id: Some(id),
            file: None,
            record,
            reference_date: None,
        },
    }
}

/// The record as one line of compact JSON (no newline).
pub fn json_line(key: Key<'_>, record: &Analysis) -> String {
    serde_json::to_string(&keyed(key, record)).unwrap_or_else(|e| error_line(None, &e.to_string()))
}

/// The record as one line of compact JSON (no newline), ending with the batch line's
/// `reference_date` when it had one.
pub fn json_line_dated(key: Key<'_>, record: &Analysis, reference_date: Option<Date>) -> String {
    let mut keyed = keyed(key, record);
    keyed.reference_date = reference_date.map(|d| d.to_string());
    serde_json::to_string(&keyed).unwrap_or_else(|e| error_line(None, &e.to_string()))
}

/// The record as pretty JSON, indented by `indent` spaces (no final newline).
pub fn json_pretty(key: Key<'_>, record: &Analysis, indent: usize) -> String {
    let text = serde_json::to_string_pretty(&keyed(key, record))
        .unwrap_or_else(|e| error_line(None, &e.to_string()));
    if indent == 0 {
        return text;
    }
    // JSON strings never hold a raw newline, so every newline is layout.
    let pad = " ".repeat(indent);
    format!("{pad}{}", text.replace('\n', &format!("\n{pad}")))
}

/// The batch contract's error line: `{"id": <id or null>, "error": "…"}` (no newline).
pub fn error_line(id: Option<&Value>, message: &str) -> String {
    #[derive(Serialize)]
    struct ErrorLine<'a> {
        id: Option<&'a Value>,
        error: &'a str,
    }
    serde_json::to_string(&ErrorLine { id, error: message })
        .unwrap_or_else(|_| r#"{"id":null,"error":"unprintable error"}"#.to_string())
}

/// The CSV columns after the key column.
const COLUMNS: &str = "lang,title,published,is_agreement,type,parties,party_kinds,party_countries,signatories,signed_on,location,duration_months,scope,summary";

/// The CSV header line, with its newline; `key` names the first column (`file` or `id`).
pub fn csv_header(key: &str) -> String {
    format!("{key},{COLUMNS}\n")
}

/// The CSV rows of a record (one per agreement, at least one), each ending with a newline.
pub fn csv_rows(key: &str, record: &Analysis) -> String {
    let summary: Vec<&str> = record.summary.iter().map(|s| s.text.as_str()).collect();
    let base = [
        key.to_string(),
        record.lang.code().to_string(),
        record.title.clone().unwrap_or_default(),
        record.published.map(|d| d.to_string()).unwrap_or_default(),
        record.is_agreement.to_string(),
    ];
    let summary = summary.join(" ");
    let mut out = String::new();
    let agreements: Vec<Option<&Agreement>> = if record.agreements.is_empty() {
        vec![None]
    } else {
        record.agreements.iter().map(Some).collect()
    };
    for agreement in agreements {
        let cells = match agreement {
            Some(a) => agreement_cells(a),
            None => vec![String::new(); 9],
        };
        let row = base
            .iter()
            .chain(cells.iter())
            .chain(std::iter::once(&summary));
        let fields: Vec<String> = row.map(|cell| csv_field(cell)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// type, parties, party_kinds, party_countries, signatories, signed_on, location,
/// duration_months, scope.
fn agreement_cells(a: &Agreement) -> Vec<String> {
    let join = |items: Vec<String>| items.join("; ");
    vec![
        a.kind.label().to_string(),
        join(a.parties.iter().map(|p| p.name.clone()).collect()),
        join(
            a.parties
                .iter()
                .map(|p| p.kind.label().to_string())
                .collect(),
        ),
        join(
            a.parties
                .iter()
                .map(|p| p.country.clone().unwrap_or_default())
                .collect(),
        ),
        join(
            a.signatories
                .iter()
                .map(|s| match &s.role {
                    Some(role) => format!("{} ({role})", s.name),
                    None => s.name.clone(),
                })
                .collect(),
        ),
        a.signed_on.map(|d| d.to_string()).unwrap_or_default(),
        a.location.clone().unwrap_or_default(),
        a.duration_months.map(|m| m.to_string()).unwrap_or_default(),
        join(a.scope.iter().map(|s| s.label.clone()).collect()),
    ]
}

/// One CSV field: quoted when it holds a comma, quote or line break (quotes doubled), and
/// defused with a leading `'` when a spreadsheet would read it as a formula.
pub fn csv_field(value: &str) -> String {
    let formula = match value.as_bytes() {
        [b'=' | b'+' | b'@' | b'\t' | b'\r', ..] => true,
        [b'-', next, ..] => !next.is_ascii_whitespace() && !next.is_ascii_digit(),
        _ => false,
    };
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use accord_core::{AgreementType, Party, PartyKind, SummarySentence};

    fn record() -> Analysis {
        Analysis {
            title: Some("Pact, \"signed\"".into()),
            is_agreement: true,
            agreements: vec![Agreement {
                kind: AgreementType::Mou,
                parties: vec![
                    Party {
                        name: "A".into(),
                        kind: PartyKind::Company,
                        country: Some("FR".into()),
                        ..Party::default()
                    },
                    Party {
                        name: "B".into(),
                        kind: PartyKind::Government,
                        ..Party::default()
                    },
                ],
                duration_months: Some(36),
                ..Agreement::default()
            }],
            summary: vec![SummarySentence {
                text: "One.".into(),
                start: 0,
                end: 4,
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn key_comes_first() {
        let id = Value::from("en-1");
        assert!(json_line(Key::Id(&id), &Analysis::default())
            .starts_with(r#"{"id":"en-1","lang":"en""#));
        let pretty = json_pretty(Key::File("a.txt"), &Analysis::default(), 2);
        assert!(
            pretty.starts_with("  {\n    \"file\": \"a.txt\",\n    \"lang\": \"en\""),
            "{pretty}"
        );
        let dated = json_line_dated(Key::Id(&id), &Analysis::default(), Date::new(2024, 11, 19));
        assert!(dated.starts_with(r#"{"id":"en-1","lang":"en""#), "{dated}");
        assert!(
            dated.ends_with(r#","reference_date":"2024-11-19"}"#),
            "{dated}"
        );
        assert_eq!(
            error_line(None, "line 3: bad"),
            r#"{"id":null,"error":"line 3: bad"}"#
        );
    }

    #[test]
    fn csv_rows_and_quoting() {
        assert_eq!(
            csv_rows("dir/a,b.txt", &record()),
            "\"dir/a,b.txt\",en,\"Pact, \"\"signed\"\"\",,true,mou,A; B,company; government,FR; ,,,,36,,One.\n"
        );
        let none = csv_rows("x", &Analysis::default());
        assert_eq!(none, "x,en,,,false,,,,,,,,,,\n");
        assert_eq!(
            none.trim_end().split(',').count(),
            COLUMNS.split(',').count() + 1
        );
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-3"), "-3");
        assert_eq!(csv_field("- item"), "- item");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }
}
