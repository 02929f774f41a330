//! Exports of the library (JSON, JSON Lines, CSV) and validation of a JSON import.
//!
//! Every export carries the corrected values ([`Entry::record`]); the JSON export also
//! carries the extracted record and the edits so that importing it restores the library
//! exactly. An import is all or nothing: any problem refuses the whole file with a reason.
//! Pure functions over entries; the download and the file reading live in `services`.

use accord_core::sort::Set;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use accord_core::group::Group;

use crate::corrections::Op;
use crate::model::{end_date, summary_text, Entry, Field, ReadError, SCHEMA_VERSION};

/// The `format` tag of a JSON export.
pub const EXPORT_FORMAT: &str = "accord-library";

/// The largest import file accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

/// The largest number of entries in one import.
pub const MAX_IMPORT_ENTRIES: usize = 100_000;

/// The columns of the CSV export, one row per agreement.
pub const CSV_COLUMNS: [&str; 23] = [
    "id",
    "file_name",
    "reference_date",
    "published",
    "lang",
    "title",
    "is_agreement",
    "agreement",
    "type",
    "parties",
    "party_kinds",
    "party_countries",
    "signatories",
    "signatory_roles",
    "signed_on",
    "signed_on_precision",
    "location",
    "duration_months",
    "end_date",
    "scope",
    "summary",
    "set_by_person",
    "analyzed_at",
];

#[derive(Serialize)]
struct ExportEntry<'a> {
    #[serde(flatten)]
    entry: &'a Entry,
    /// The record with the corrections applied: what an analyst reads.
    record: accord_core::Analysis,
    /// The values of `record` a person set (see `Marks::keys`).
    set_by_person: Vec<String>,
}

/// The JSON export (pretty-printed) of `entries`; `exported_at` is an ISO timestamp.
pub fn to_json(entries: &[&Entry], exported_at: &str) -> String {
    let list: Vec<ExportEntry> = entries
        .iter()
        .map(|e| {
            let c = e.corrected();
            ExportEntry {
                entry: e,
                record: c.record,
                set_by_person: if e.corrections.is_empty() {
                    Vec::new()
                } else {
                    c.marks.keys()
                },
            }
        })
        .collect();
    let doc = json!({
        "format": EXPORT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": exported_at,
        "entries": list,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// JSON Lines: one analysis record (corrected) a line, with the `id` of the batch contract,
/// the reference date, the file name and the values a person set (`set_by_person`).
pub fn to_jsonl(entries: &[&Entry]) -> String {
    let mut out = String::new();
    for e in entries {
        let mut v = serde_json::to_value(e.record()).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut v {
            map.insert("id".into(), json!(e.id));
            map.insert("reference_date".into(), json!(e.reference_date));
            map.insert("file_name".into(), json!(e.file_name));
            map.insert("set_by_person".into(), json!(e.set_by_person()));
        }
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

/// CSV (RFC 4180, CRLF) with [`CSV_COLUMNS`]: one row per agreement, and one row with
/// `is_agreement` false for an article without an agreement, so no article disappears.
/// Lists inside a cell are joined with `"; "`.
pub fn to_csv(entries: &[&Entry]) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_COLUMNS.iter().map(|c| c.to_string()));
    for e in entries {
        let r = e.record();
        let edited = e.set_by_person().join("; ");
        let common = |agreement: String| {
            vec![
                e.id.clone(),
                e.file_name.clone().unwrap_or_default(),
                e.reference_date.clone().unwrap_or_default(),
                r.published.map(|d| d.to_string()).unwrap_or_default(),
                r.lang.code().to_string(),
                r.title.clone().unwrap_or_default(),
                r.is_agreement.to_string(),
                agreement,
            ]
        };
        let tail = [summary_text(&r), edited.clone(), e.analyzed_at.clone()];
        if r.agreements.is_empty() {
            let mut row = common(String::new());
            row.extend(std::iter::repeat_n(String::new(), 12));
            row.extend(tail.iter().cloned());
            push_row(&mut out, row.into_iter());
            continue;
        }
        for (i, a) in r.agreements.iter().enumerate() {
            let mut row = common((i + 1).to_string());
            let join = |it: &mut dyn Iterator<Item = String>| it.collect::<Vec<_>>().join("; ");
            row.push(a.kind.label().to_string());
            row.push(join(&mut a.parties.iter().map(|p| p.name.clone())));
            row.push(join(
                &mut a.parties.iter().map(|p| p.kind.label().to_string()),
            ));
            row.push(join(
                &mut a
                    .parties
                    .iter()
                    .map(|p| p.country.clone().unwrap_or_default()),
            ));
            row.push(join(&mut a.signatories.iter().map(|s| s.name.clone())));
            row.push(join(
                &mut a
                    .signatories
                    .iter()
                    .map(|s| s.role.clone().unwrap_or_default()),
            ));
            row.push(a.signed_on.map(|d| d.to_string()).unwrap_or_default());
            row.push(
                a.signed_on
                    .map(|d| d.precision().to_string())
                    .unwrap_or_default(),
            );
            row.push(a.location.clone().unwrap_or_default());
            row.push(a.duration_months.map(|m| m.to_string()).unwrap_or_default());
            row.push(
                end_date(a.signed_on, a.duration_months)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
            row.push(join(&mut a.scope.iter().map(|s| s.label.clone())));
            row.extend(tail.iter().cloned());
            push_row(&mut out, row.into_iter());
        }
    }
    out
}

/// The `format` tag of a JSON export of grouped agreements.
pub const GROUPS_FORMAT: &str = "accord-groups";

/// The columns of the CSV export of grouped agreements, one row per agreement across its
/// sources; the crosswalk columns join other datasets (CAMEO, PLOVER, ICCD, GFCE, ISO codes).
pub const GROUP_CSV_COLUMNS: [&str; 23] = accord_core::group::TABLE_COLUMNS;

/// The JSON export of grouped agreements (each with its sources, the sources of each value,
/// its disagreements and its crosswalk).
pub fn groups_to_json(groups: &[Group], exported_at: &str) -> String {
    let doc = json!({
        "format": GROUPS_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": exported_at,
        "groups": groups,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Grouped agreements as JSON Lines, one a line.
pub fn groups_to_jsonl(groups: &[Group]) -> String {
    let mut out = String::new();
    for g in groups {
        out.push_str(&crate::job::to_json(g).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// Grouped agreements as CSV with [`GROUP_CSV_COLUMNS`] (the cells of
/// [`accord_core::group::table_cells`]).
pub fn groups_to_csv(groups: &[Group]) -> String {
    let mut out = String::new();
    push_row(&mut out, GROUP_CSV_COLUMNS.iter().map(|c| c.to_string()));
    for g in groups {
        push_row(&mut out, accord_core::group::table_cells(g).into_iter());
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| csv_cell(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// One CSV cell: quoted when needed; a leading `=`, `+`, `-`, `@` (a spreadsheet formula)
/// is neutralised with a `'` so that opening the file in a spreadsheet runs nothing.
pub fn csv_cell(value: &str) -> String {
    let mut v = value.to_string();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(&v) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// Whether `s` reads as a number (`-12`, `+1.5e3`, `inf`): the grammar of Rust's float
/// parser, checked by hand because that parser is large in WebAssembly.
fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    if ["inf", "infinity", "nan"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
    {
        return true;
    }
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// Why an import file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_IMPORT_BYTES`] (the size in bytes).
    TooLarge(usize),
    /// Not JSON (the parser's message).
    NotJson(String),
    /// JSON, but not an accord export (what is wrong).
    WrongShape(String),
    /// An export of another schema version.
    WrongVersion(u64),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportDoc {
    format: String,
    schema_version: u64,
    #[serde(default)]
    #[allow(dead_code)]
    exported_at: Option<String>,
    entries: Vec<Value>,
}

/// Reads a JSON export back into entries, or refuses it with the reason.
pub fn parse_import(bytes: &[u8]) -> Result<Vec<Entry>, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    // Read as text first: the page then links serde_json's one text reader, not a second
    // one for bytes.
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Value::Object(map) = &value else {
        return Err(ImportError::WrongShape(
            "the file is not a JSON object".into(),
        ));
    };
    if map.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::WrongShape(format!(
            "\"format\" is not \"{EXPORT_FORMAT}\""
        )));
    }
    match map.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v == 1 || v == u64::from(SCHEMA_VERSION) => {}
        Some(v) => return Err(ImportError::WrongVersion(v)),
        None => {
            return Err(ImportError::WrongShape(
                "\"schema_version\" is missing".into(),
            ))
        }
    }
    let doc: ImportDoc =
        serde_json::from_value(value).map_err(|e| ImportError::WrongShape(e.to_string()))?;
    debug_assert_eq!(doc.format, EXPORT_FORMAT);
    debug_assert!(doc.schema_version <= u64::from(SCHEMA_VERSION));
    if doc.entries.len() > MAX_IMPORT_ENTRIES {
        return Err(ImportError::WrongShape(format!(
            "more than {MAX_IMPORT_ENTRIES} entries"
        )));
    }
    let mut ids = Set::new();
    let mut out = Vec::with_capacity(doc.entries.len());
    for (i, mut v) in doc.entries.into_iter().enumerate() {
        let n = i + 1;
        if let Value::Object(m) = &mut v {
            m.remove("record");
            m.remove("set_by_person");
        }
        let e = Entry::from_value(v).map_err(|err| match err {
            ReadError::Version(v) => ImportError::WrongVersion(v),
            ReadError::Shape(m) => ImportError::WrongShape(format!("entry {n}: {m}")),
        })?;
        if e.id.trim().is_empty() || e.id.len() > 200 {
            return Err(ImportError::WrongShape(format!("entry {n}: bad id")));
        }
        if !ids.insert(e.id.clone()) {
            return Err(ImportError::WrongShape(format!(
                "entry {n}: duplicate id {:?}",
                e.id
            )));
        }
        if e.source.len() > accord_core::MAX_INPUT_BYTES {
            return Err(ImportError::WrongShape(format!(
                "entry {n}: text over the size limit"
            )));
        }
        if let Some(d) = &e.reference_date {
            if d.parse::<accord_core::Date>().is_err() {
                return Err(ImportError::WrongShape(format!(
                    "entry {n}: bad reference_date {d:?}"
                )));
            }
        }
        for c in &e.corrections {
            let (Op::Set { field: key, .. } | Op::Reset { field: key }) = &c.op else {
                continue;
            };
            let field = Field::from_key(key).ok_or_else(|| {
                ImportError::WrongShape(format!("entry {n}: unknown edited field {key:?}"))
            })?;
            if let Op::Set { value, .. } = &c.op {
                crate::model::validate(&field, value.trim()).map_err(|_| {
                    ImportError::WrongShape(format!("entry {n}: invalid value for {key:?}"))
                })?;
            }
        }
        out.push(e);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_number_follows_the_float_parser() {
        for s in [
            "-12",
            "+1.5e3",
            "1.",
            ".5",
            "-.5e-2",
            "inf",
            "-Infinity",
            "+NaN",
            "1e",
            "e5",
            ".",
            "-",
            "+",
            "1.2.3",
            "-1,5",
            "=1",
            "1e+",
            "--1",
            "-0x10",
            " 1",
            "1 ",
            "-١",
        ] {
            assert_eq!(is_number(s), s.parse::<f64>().is_ok(), "{s:?}");
        }
    }
    use crate::model::tests::sample_entry;

    #[test]
    fn csv_has_one_row_per_agreement_with_edits() {
        let e = sample_entry()
            .with_edit(&Field::Location(0), "Thiès, Sénégal")
            .unwrap();
        let mut none = sample_entry();
        none.id = "e2".into();
        none.extracted.is_agreement = false;
        none.extracted.agreements.clear();
        let csv = to_csv(&[&e, &none]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], CSV_COLUMNS.join(","));
        assert_eq!(lines.len(), 4, "header, two rows, final empty");
        assert!(lines[1].starts_with("e1,acme.txt,2025-03-04,,en,Acme and ANSSI sign,true,1,mou,Acme Security; ANSSI,company; government,SN; ,Awa Diop,director,2025-03-03,day,\"Thiès, Sénégal\",60,2030-03-03,capacity_building,"));
        assert!(lines[1].contains(",a0.location,"));
        assert!(csv.lines().next().unwrap().contains(",set_by_person,"));
        assert!(lines[2]
            .starts_with("e2,acme.txt,2025-03-04,,en,Acme and ANSSI sign,false,,,,,,,,,,,,,"));
        assert_eq!(lines[2].split(',').count(), CSV_COLUMNS.len());
    }

    #[test]
    fn grouped_exports_carry_sources_and_the_crosswalk() {
        let mut a = sample_entry();
        a.id = "a".into();
        let mut b = sample_entry()
            .with_edit(&Field::Location(0), "Thiès")
            .unwrap();
        b.id = "b".into();
        b.analyzed_at = "2025-03-05T10:00:00.000Z".into();
        let (ra, rb) = (std::rc::Rc::new(a), std::rc::Rc::new(b));
        let g = crate::tracker::grouping(&[&ra, &rb], &[]).groups;
        assert_eq!(g.len(), 1);
        let csv = groups_to_csv(&g);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], GROUP_CSV_COLUMNS.join(","));
        assert_eq!(lines.len(), 3, "header, one group, final empty");
        assert!(
            lines[1].starts_with("a#0,mou,Acme Security; ANSSI,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains(",2,a#0; b#0,Acme and ANSSI sign; Acme and ANSSI sign,"));
        assert!(
            lines[1].contains("location: "),
            "the disagreement on the place"
        );
        assert!(lines[1].contains(",057,Sign formal agreement,AGREE,"));
        let v: Value = serde_json::from_str(&groups_to_json(&g, "x")).unwrap();
        assert_eq!(v["format"], GROUPS_FORMAT);
        assert_eq!(v["groups"][0]["crosswalk"]["cameo_code"], "057");
        assert_eq!(v["groups"][0]["sources"].as_array().unwrap().len(), 2);
        let line: Value =
            serde_json::from_str(groups_to_jsonl(&g).lines().next().unwrap()).unwrap();
        assert_eq!(line["crosswalk"]["party_countries"][0], "SN");
    }

    #[test]
    fn csv_cells_quote_and_defuse() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a \"b\", c"), "\"a \"\"b\"\", c\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-12"), "-12");
        assert_eq!(csv_cell("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn jsonl_lines_carry_ids_and_edits() {
        let e = sample_entry()
            .with_edit(&Field::PartyName(0, 1), "ANSSI Sénégal")
            .unwrap();
        let out = to_jsonl(&[&e, &e]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        let v: Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(v["id"], "e1");
        assert_eq!(v["agreements"][0]["parties"][1]["name"], "ANSSI Sénégal");
        assert_eq!(v["set_by_person"][0], "a0.party1.name");
        assert_eq!(v["is_agreement"], true);
    }

    #[test]
    fn json_export_round_trips_through_import() {
        let e = sample_entry().with_edit(&Field::Duration(0), "36").unwrap();
        let json = to_json(&[&e], "2025-03-05T00:00:00Z");
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            v["entries"][0]["record"]["agreements"][0]["duration_months"],
            36
        );
        assert_eq!(
            v["entries"][0]["extracted"]["agreements"][0]["duration_months"],
            60
        );
        assert_eq!(parse_import(json.as_bytes()).unwrap(), vec![e]);
    }

    #[test]
    fn bad_imports_are_refused_with_a_reason() {
        let good = to_json(&[&sample_entry()], "x");
        assert!(matches!(
            parse_import(b"{not json"),
            Err(ImportError::NotJson(_))
        ));
        assert!(matches!(
            parse_import(b"[1,2]"),
            Err(ImportError::WrongShape(_))
        ));
        assert!(matches!(
            parse_import(b"{\"format\":\"other\"}"),
            Err(ImportError::WrongShape(_))
        ));
        let v9 = good.replacen("\"schema_version\": 2", "\"schema_version\": 9", 1);
        assert_eq!(
            parse_import(v9.as_bytes()),
            Err(ImportError::WrongVersion(9))
        );
        let bad_edit = good.replace(
            "\"corrections\": []",
            "\"corrections\": [{\"at\": \"\", \"op\": {\"action\": \"set\", \"field\": \"a0.type\", \"value\": \"pact\"}}]",
        );
        assert_ne!(bad_edit, good);
        assert!(matches!(
            parse_import(bad_edit.as_bytes()),
            Err(ImportError::WrongShape(_))
        ));
        let no_source = good.replace("\"source\"", "\"sauce\"");
        assert!(matches!(
            parse_import(no_source.as_bytes()),
            Err(ImportError::WrongShape(_))
        ));
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            parse_import(&big),
            Err(ImportError::TooLarge(MAX_IMPORT_BYTES + 1))
        );
        let mut two = sample_entry();
        two.id = "e1".into();
        let dup = to_json(&[&sample_entry(), &two], "x");
        assert!(matches!(
            parse_import(dup.as_bytes()),
            Err(ImportError::WrongShape(_))
        ));
    }
}
