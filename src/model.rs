//! The library's data: one [`Entry`] per analyzed article, the analyst's corrections
//! ([`Field`] → value) and the record with those corrections applied.
//!
//! An entry keeps the record as the engine extracted it and the edits beside it, so an
//! edit can always be reset, and exports carry the corrected values. Entries are stored
//! (IndexedDB) and exported as JSON with a schema version; this module is pure data and
//! validation, no storage.

use accord_core::date::PartialDate;
use accord_core::{AgreementType, Analysis, PartyKind, Span};
use serde::{Deserialize, Serialize};

pub use crate::corrections::Marks;
use crate::corrections::{replay, Corrected, Correction, Op};

/// The version of the entry format (storage and JSON export).
pub const SCHEMA_VERSION: u32 = 2;

/// The scope labels of the annotation guide, in its order (the engine's closed list).
pub use accord_core::SCOPE_LABELS;

/// The format an article came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Plain text.
    #[default]
    Text,
    /// HTML.
    Html,
    /// Markdown.
    Markdown,
}

impl SourceFormat {
    /// The engine's format.
    pub fn to_core(self) -> accord_core::Format {
        match self {
            SourceFormat::Text => accord_core::Format::Text,
            SourceFormat::Html => accord_core::Format::Html,
            SourceFormat::Markdown => accord_core::Format::Markdown,
        }
    }

    /// The format for a file name, if the app reads that kind of file.
    pub fn from_file_name(name: &str) -> Option<SourceFormat> {
        accord_core::Format::from_file_name(name).map(|f| match f {
            accord_core::Format::Html => SourceFormat::Html,
            accord_core::Format::Markdown => SourceFormat::Markdown,
            _ => SourceFormat::Text,
        })
    }
}

/// One analyzed article in the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Always [`SCHEMA_VERSION`] when written by this version.
    pub schema_version: u32,
    /// Unique id.
    pub id: String,
    /// The file it came from, if any.
    #[serde(default)]
    pub file_name: Option<String>,
    /// The input exactly as analyzed (before HTML / Markdown reduction).
    pub source: String,
    /// The input's format.
    #[serde(default)]
    pub format: SourceFormat,
    /// The reference date used, `YYYY-MM-DD`, if any.
    #[serde(default)]
    pub reference_date: Option<String>,
    /// When it was analyzed (ISO 8601, from the browser clock; never used as a reference date).
    pub analyzed_at: String,
    /// The record as the engine extracted it.
    #[serde(deserialize_with = "crate::wire::de_analysis")]
    pub extracted: Analysis,
    /// The analyst's corrections, oldest first: the article's history.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// Why a stored or imported entry cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Of a schema version this version does not know.
    Version(u64),
    /// Not an entry (what is wrong).
    Shape(String),
}

impl Entry {
    /// Reads an entry of any known schema version: version 1 (edits as a map, applied in
    /// key order) becomes a log of the same corrections, with the same corrected record.
    pub fn from_value(v: serde_json::Value) -> Result<Entry, ReadError> {
        let version = v
            .get("schema_version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| ReadError::Shape("\"schema_version\" is missing".into()))?;
        match version {
            1 => {
                // Version 1 has the fields of version 2 but keeps its corrections as a map
                // of field key to value (`edits`): read the rest as an entry, then turn the
                // map into corrections.
                let mut v = v;
                let Some(map) = v.as_object_mut() else {
                    return Err(ReadError::Shape("an entry is not a JSON object".into()));
                };
                let old_edits = match map.remove("edits") {
                    None => serde_json::Map::new(),
                    Some(serde_json::Value::Object(m)) => m,
                    Some(other) => {
                        return Err(ReadError::Shape(format!(
                            "\"edits\" is not a JSON object: {other}"
                        )))
                    }
                };
                map.remove("corrections");
                map.insert("schema_version".into(), SCHEMA_VERSION.into());
                let mut entry: Entry =
                    serde_json::from_value(v).map_err(|e| ReadError::Shape(e.to_string()))?;
                let mut edits = Vec::with_capacity(old_edits.len());
                for (field, value) in old_edits {
                    match value {
                        serde_json::Value::String(value) => edits.push((field, value)),
                        other => {
                            return Err(ReadError::Shape(format!(
                                "the edit of \"{field}\" is not a string: {other}"
                            )))
                        }
                    }
                }
                // In key order, as version 1 applied them (whatever order the map keeps).
                accord_core::sort::by(&mut edits, |a, b| a.0.cmp(&b.0));
                entry.corrections = edits
                    .into_iter()
                    .map(|(field, value)| Correction {
                        at: String::new(),
                        op: Op::Set {
                            field,
                            value,
                            evidence: Vec::new(),
                        },
                    })
                    .collect();
                Ok(entry)
            }
            2 => serde_json::from_value(v).map_err(|e| ReadError::Shape(e.to_string())),
            other => Err(ReadError::Version(other)),
        }
    }

    /// Reads a stored entry (JSON text) of any known schema version.
    pub fn from_json(json: &str) -> Result<Entry, ReadError> {
        let v = serde_json::from_str(json).map_err(|e| ReadError::Shape(e.to_string()))?;
        Entry::from_value(v)
    }

    /// The text the evidence offsets refer to.
    pub fn analyzed_text(&self) -> &str {
        self.extracted.text.as_deref().unwrap_or(&self.source)
    }

    /// The record with the corrections applied, and which values a person set.
    pub fn corrected(&self) -> Corrected {
        replay(&self.extracted, &self.corrections)
    }

    /// The record with the corrections applied.
    pub fn record(&self) -> Analysis {
        if self.corrections.is_empty() {
            return self.extracted.clone();
        }
        self.corrected().record
    }

    /// Whether a person set `field`.
    pub fn is_edited(&self, field: &Field) -> bool {
        !self.corrections.is_empty() && self.corrected().marks.is_set(field)
    }

    /// The values a person set (keys of the corrected record, see [`Marks::keys`]).
    pub fn set_by_person(&self) -> Vec<String> {
        if self.corrections.is_empty() {
            return Vec::new();
        }
        self.corrected().marks.keys()
    }

    /// This entry with one more correction made at `at`, or why it is refused (an
    /// operation that changes nothing is refused as [`EditError::Unchanged`]).
    pub fn with_correction(&self, op: Op, at: &str) -> Result<Entry, EditError> {
        let mut c = self.corrected();
        let before = c.clone();
        c.apply(&self.extracted, &op)?;
        if c == before {
            return Err(EditError::Unchanged);
        }
        let mut next = self.clone();
        next.corrections.push(Correction {
            at: at.to_string(),
            op,
        });
        Ok(next)
    }

    /// This entry with `field` set to `value` (a correction without a time; the app
    /// uses [`Entry::with_correction`]). Setting the current value changes nothing.
    pub fn with_edit(&self, field: &Field, value: &str) -> Result<Entry, EditError> {
        let op = Op::Set {
            field: field.key(),
            value: value.trim().to_string(),
            evidence: Vec::new(),
        };
        match self.with_correction(op, "") {
            Err(EditError::Unchanged) => Ok(self.clone()),
            other => other,
        }
    }

    /// This entry with `field` back to the extracted value.
    pub fn with_reset(&self, field: &Field) -> Entry {
        self.with_correction(Op::Reset { field: field.key() }, "")
            .unwrap_or_else(|_| self.clone())
    }

    /// This entry without its last correction.
    pub fn undone(&self) -> Entry {
        let mut next = self.clone();
        next.corrections.pop();
        next
    }

    /// A title for lists: the record's title, else the file name, else the text's start.
    pub fn display_title(&self) -> String {
        if let Some(t) = self.record().title.filter(|t| !t.trim().is_empty()) {
            return t;
        }
        if let Some(f) = &self.file_name {
            return f.clone();
        }
        let start: String = self.analyzed_text().trim().chars().take(80).collect();
        if start.is_empty() {
            "—".to_string()
        } else {
            start
        }
    }
}

/// A correctable value of a record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The headline.
    Title,
    /// The summary (sentences joined).
    Summary,
    /// Agreement `a`'s type label.
    Type(usize),
    /// Agreement `a`'s signing date.
    SignedOn(usize),
    /// Agreement `a`'s place.
    Location(usize),
    /// Agreement `a`'s term in months.
    Duration(usize),
    /// Agreement `a`'s scope labels, comma-separated.
    Scope(usize),
    /// Party `p` of agreement `a`: name.
    PartyName(usize, usize),
    /// Party `p` of agreement `a`: kind label.
    PartyKind(usize, usize),
    /// Party `p` of agreement `a`: ISO country code.
    PartyCountry(usize, usize),
    /// Signatory `s` of agreement `a`: name.
    SignatoryName(usize, usize),
    /// Signatory `s` of agreement `a`: role.
    SignatoryRole(usize, usize),
}

impl Field {
    /// The storage key, e.g. `a0.party1.name`.
    pub fn key(&self) -> String {
        match self {
            Field::Title => "title".into(),
            Field::Summary => "summary".into(),
            Field::Type(a) => format!("a{a}.type"),
            Field::SignedOn(a) => format!("a{a}.signed_on"),
            Field::Location(a) => format!("a{a}.location"),
            Field::Duration(a) => format!("a{a}.duration_months"),
            Field::Scope(a) => format!("a{a}.scope"),
            Field::PartyName(a, p) => format!("a{a}.party{p}.name"),
            Field::PartyKind(a, p) => format!("a{a}.party{p}.kind"),
            Field::PartyCountry(a, p) => format!("a{a}.party{p}.country"),
            Field::SignatoryName(a, s) => format!("a{a}.signatory{s}.name"),
            Field::SignatoryRole(a, s) => format!("a{a}.signatory{s}.role"),
        }
    }

    /// The field for a storage key.
    pub fn from_key(key: &str) -> Option<Field> {
        match key {
            "title" => return Some(Field::Title),
            "summary" => return Some(Field::Summary),
            _ => {}
        }
        let rest = key.strip_prefix('a')?;
        let (a, rest) = rest.split_once('.')?;
        let a: usize = parse_index(a)?;
        match rest {
            "type" => return Some(Field::Type(a)),
            "signed_on" => return Some(Field::SignedOn(a)),
            "location" => return Some(Field::Location(a)),
            "duration_months" => return Some(Field::Duration(a)),
            "scope" => return Some(Field::Scope(a)),
            _ => {}
        }
        let (item, attr) = rest.split_once('.')?;
        if let Some(p) = item.strip_prefix("party") {
            let p = parse_index(p)?;
            return match attr {
                "name" => Some(Field::PartyName(a, p)),
                "kind" => Some(Field::PartyKind(a, p)),
                "country" => Some(Field::PartyCountry(a, p)),
                _ => None,
            };
        }
        let s = parse_index(item.strip_prefix("signatory")?)?;
        match attr {
            "name" => Some(Field::SignatoryName(a, s)),
            "role" => Some(Field::SignatoryRole(a, s)),
            _ => None,
        }
    }

    /// The value the engine extracted, as text (`None` when it found none).
    pub fn extracted_value(&self, r: &Analysis) -> Option<String> {
        let ag = |a: &usize| r.agreements.get(*a);
        match self {
            Field::Title => r.title.clone(),
            Field::Summary => {
                let s = summary_text(r);
                (!s.is_empty()).then_some(s)
            }
            Field::Type(a) => ag(a).map(|g| g.kind.label().to_string()),
            Field::SignedOn(a) => ag(a)?.signed_on.map(|d| d.to_string()),
            Field::Location(a) => ag(a)?.location.clone(),
            Field::Duration(a) => ag(a)?.duration_months.map(|m| m.to_string()),
            Field::Scope(a) => {
                let labels: Vec<&str> = ag(a)?.scope.iter().map(|s| s.label.as_str()).collect();
                (!labels.is_empty()).then(|| labels.join(", "))
            }
            Field::PartyName(a, p) => ag(a)?.parties.get(*p).map(|x| x.name.clone()),
            Field::PartyKind(a, p) => ag(a)?.parties.get(*p).map(|x| x.kind.label().to_string()),
            Field::PartyCountry(a, p) => ag(a)?.parties.get(*p)?.country.clone(),
            Field::SignatoryName(a, s) => ag(a)?.signatories.get(*s).map(|x| x.name.clone()),
            Field::SignatoryRole(a, s) => ag(a)?.signatories.get(*s)?.role.clone(),
        }
    }

    /// The evidence of the value (empty when there is none).
    pub fn evidence(&self, r: &Analysis) -> Vec<Span> {
        let ag = |a: &usize| r.agreements.get(*a);
        let v = match self {
            Field::Title => Some(r.title_evidence.clone()),
            Field::Summary => Some(
                r.summary
                    .iter()
                    .map(|s| Span::new(s.start, s.end))
                    .collect(),
            ),
            Field::Type(a) => ag(a).map(|g| g.type_evidence.clone()),
            Field::SignedOn(a) => ag(a).map(|g| g.signed_on_evidence.clone()),
            Field::Location(a) => ag(a).map(|g| g.location_evidence.clone()),
            Field::Duration(a) => ag(a).map(|g| g.duration_evidence.clone()),
            Field::Scope(a) => {
                ag(a).map(|g| g.scope.iter().flat_map(|s| s.evidence.clone()).collect())
            }
            Field::PartyName(a, p) | Field::PartyKind(a, p) | Field::PartyCountry(a, p) => ag(a)
                .and_then(|g| g.parties.get(*p))
                .map(|x| x.evidence.clone()),
            Field::SignatoryName(a, s) | Field::SignatoryRole(a, s) => ag(a)
                .and_then(|g| g.signatories.get(*s))
                .map(|x| x.evidence.clone()),
        };
        v.unwrap_or_default()
    }
}

fn parse_index(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The summary sentences joined with spaces.
pub fn summary_text(r: &Analysis) -> String {
    r.summary
        .iter()
        .map(|s| s.text.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a corrected value is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// Not a date of the form `YYYY-MM-DD` or `YYYY-MM`.
    Date,
    /// Not a whole number of months.
    Months,
    /// Not two capital letters.
    Country,
    /// Not one of the agreement types.
    Type,
    /// Not one of the party kinds.
    Kind,
    /// A scope label outside the list.
    Scope(String),
    /// A name cannot be empty.
    Empty,
    /// The value or item no longer exists in the record.
    Missing,
    /// The correction would change nothing.
    Unchanged,
    /// Words selected as a date are not one.
    NotADate,
}

/// Checks a corrected value for `field` (already trimmed).
pub fn validate(field: &Field, value: &str) -> Result<(), EditError> {
    match field {
        Field::SignedOn(_) if !value.is_empty() => value
            .parse::<PartialDate>()
            .map(|_| ())
            .map_err(|_| EditError::Date),
        Field::Duration(_) if !value.is_empty() => match value.parse::<u32>() {
            Ok(m) if m > 0 && m <= 1200 => Ok(()),
            _ => Err(EditError::Months),
        },
        Field::PartyCountry(..) if !value.is_empty() => {
            if value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()) {
                Ok(())
            } else {
                Err(EditError::Country)
            }
        }
        Field::Type(_) => AgreementType::from_label(value)
            .map(|_| ())
            .ok_or(EditError::Type),
        Field::PartyKind(..) => PartyKind::from_label(value)
            .map(|_| ())
            .ok_or(EditError::Kind),
        Field::Scope(_) => {
            for label in split_labels(value) {
                if !SCOPE_LABELS.contains(&label) {
                    return Err(EditError::Scope(label.to_string()));
                }
            }
            Ok(())
        }
        Field::PartyName(..) | Field::SignatoryName(..) if value.is_empty() => {
            Err(EditError::Empty)
        }
        _ => Ok(()),
    }
}

fn split_labels(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The end of the term: the signing date plus the duration, at the signing date's precision.
pub fn end_date(signed_on: Option<PartialDate>, months: Option<u32>) -> Option<PartialDate> {
    let (d, m) = (signed_on?, i64::from(months?));
    Some(match d {
        PartialDate::Day(day) => PartialDate::Day(day.add_months(m)),
        PartialDate::Month { year, month } => {
            let first = accord_core::Date::new(year, month, 1)?.add_months(m);
            PartialDate::Month {
                year: first.year,
                month: first.month,
            }
        }
    })
}

/// What the library list shows: a free-text query and filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words to find in the title, file name, parties or text.
    pub query: String,
    /// A party name (exact).
    pub party: String,
    /// A country code.
    pub country: String,
    /// A scope label.
    pub scope: String,
    /// Earliest date (`YYYY-MM-DD`) of signing, else publication, else reference date.
    pub from: String,
    /// Latest date.
    pub to: String,
}

impl Filter {
    /// Whether `entry` passes.
    pub fn matches(&self, entry: &Entry) -> bool {
        if *self == Filter::default() {
            return true;
        }
        let r = entry.record();
        let parties = || r.agreements.iter().flat_map(|a| a.parties.iter());
        if !self.query.trim().is_empty() {
            let q = crate::text::lowercase(self.query.trim());
            let hay = crate::text::lowercase(&format!(
                "{}\n{}\n{}\n{}",
                r.title.clone().unwrap_or_default(),
                entry.file_name.clone().unwrap_or_default(),
                parties()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
                entry.analyzed_text()
            ));
            if !q.split_whitespace().all(|w| hay.contains(w)) {
                return false;
            }
        }
        if !self.party.is_empty() && !parties().any(|p| p.name == self.party) {
            return false;
        }
        if !self.country.is_empty()
            && !parties().any(|p| p.country.as_deref() == Some(&self.country))
        {
            return false;
        }
        if !self.scope.is_empty()
            && !r
                .agreements
                .iter()
                .any(|a| a.scope.iter().any(|s| s.label == self.scope))
        {
            return false;
        }
        if !self.from.is_empty() || !self.to.is_empty() {
            let Some(date) = entry_date(entry, &r) else {
                return false;
            };
            if !self.from.is_empty() && date.as_str() < self.from.as_str() {
                return false;
            }
            // A month-only date ("2024-11") sorts before its days; compare on its length.
            if !self.to.is_empty() && date.as_str() > &self.to[..self.to.len().min(date.len())] {
                return false;
            }
        }
        true
    }
}

/// The date a library row is filed under: signing date, else publication, else reference.
pub fn entry_date(entry: &Entry, r: &Analysis) -> Option<String> {
    r.agreements
        .iter()
        .find_map(|a| a.signed_on)
        .or(r.published)
        .map(|d| d.to_string())
        .or_else(|| entry.reference_date.clone())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use accord_core::{Agreement, Party, ScopeItem, Signatory, SummarySentence};

    /// A sample entry with its id, analysis time and first agreement's place edited.
    pub(crate) fn entry_at(id: &str, at: &str, location: &str) -> std::rc::Rc<Entry> {
        let mut e = sample_entry();
        e.id = id.into();
        e.analyzed_at = at.into();
        std::rc::Rc::new(
            e.with_edit(&crate::model::Field::Location(0), location)
                .unwrap(),
        )
    }

    pub(crate) fn sample_entry() -> Entry {
        let text = "Acme Security and ANSSI signed an MoU in Dakar on 3 March 2025 for five years.";
        let agreement = Agreement {
            kind: AgreementType::Mou,
            type_evidence: vec![Span::new(34, 37)],
            parties: vec![
                Party {
                    name: "Acme Security".into(),
                    kind: PartyKind::Company,
                    country: Some("SN".into()),
                    evidence: vec![Span::new(0, 13)],
                    ..Party::default()
                },
                Party {
                    name: "ANSSI".into(),
                    kind: PartyKind::Government,
                    evidence: vec![Span::new(18, 23)],
                    ..Party::default()
                },
            ],
            signatories: vec![Signatory {
                name: "Awa Diop".into(),
                role: Some("director".into()),
                ..Signatory::default()
            }],
            signed_on: "2025-03-03".parse().ok(),
            location: Some("Dakar".into()),
            duration_months: Some(60),
            scope: vec![ScopeItem {
                label: "capacity_building".into(),
                evidence: vec![],
            }],
            ..Agreement::default()
        };
        Entry {
            schema_version: SCHEMA_VERSION,
            id: "e1".into(),
            file_name: Some("acme.txt".into()),
            source: text.into(),
            format: SourceFormat::Text,
            reference_date: Some("2025-03-04".into()),
            analyzed_at: "2025-03-04T10:00:00.000Z".into(),
            extracted: Analysis {
                title: Some("Acme and ANSSI sign".into()),
                is_agreement: true,
                agreements: vec![agreement],
                summary: vec![SummarySentence {
                    text: text.into(),
                    start: 0,
                    end: text.len(),
                }],
                ..Analysis::default()
            },
            corrections: Vec::new(),
        }
    }

    #[test]
    fn field_keys_round_trip() {
        let fields = [
            Field::Title,
            Field::Summary,
            Field::Type(0),
            Field::SignedOn(1),
            Field::Location(2),
            Field::Duration(0),
            Field::Scope(3),
            Field::PartyName(0, 12),
            Field::PartyKind(1, 0),
            Field::PartyCountry(0, 1),
            Field::SignatoryName(0, 0),
            Field::SignatoryRole(2, 5),
        ];
        for f in fields {
            assert_eq!(Field::from_key(&f.key()), Some(f.clone()), "{}", f.key());
        }
        for bad in [
            "",
            "a",
            "a.type",
            "ax.type",
            "a0.party.name",
            "a0.party1.age",
            "a99999.type",
            "a0.signatory1",
        ] {
            assert_eq!(Field::from_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn edits_apply_validate_and_reset() {
        let e = sample_entry();
        let name = Field::PartyName(0, 1);
        let e2 = e.with_edit(&name, "  Agence nationale  ").unwrap();
        assert!(e2.is_edited(&name));
        assert_eq!(
            e2.record().agreements[0].parties[1].name,
            "Agence nationale"
        );
        assert_eq!(e2.extracted, e.extracted, "the extracted record is kept");
        let reset = e2.with_reset(&name);
        assert_eq!(reset.record(), e.record());
        assert!(!reset.is_edited(&name));
        assert_eq!(reset.corrections.len(), 2, "the reset is in the history");
        assert_eq!(reset.undone(), e2, "undo drops the last correction");
        assert_eq!(
            e.with_edit(&name, "ANSSI").unwrap(),
            e,
            "same as extracted is no edit"
        );
        assert_eq!(e.with_edit(&name, " "), Err(EditError::Empty));
        assert_eq!(
            e.with_edit(&Field::SignedOn(0), "2025-02-30"),
            Err(EditError::Date)
        );
        assert_eq!(
            e.with_edit(&Field::Duration(0), "five"),
            Err(EditError::Months)
        );
        assert_eq!(
            e.with_edit(&Field::PartyCountry(0, 0), "sen"),
            Err(EditError::Country)
        );
        assert_eq!(e.with_edit(&Field::Type(0), "pact"), Err(EditError::Type));
        assert_eq!(
            e.with_edit(&Field::Scope(0), "ai, magic"),
            Err(EditError::Scope("magic".into()))
        );
        let e3 = e
            .with_edit(&Field::Scope(0), "ai, capacity_building")
            .unwrap();
        let scope = &e3.record().agreements[0].scope;
        assert_eq!(scope.len(), 2);
        let e4 = e.with_edit(&Field::Location(0), "").unwrap();
        assert_eq!(e4.record().agreements[0].location, None);
        let e5 = e.with_edit(&Field::SignedOn(0), "2024-11").unwrap();
        assert_eq!(
            e5.record().agreements[0].signed_on.unwrap().precision(),
            "month"
        );
    }

    #[test]
    fn end_dates_follow_precision() {
        let d = |s: &str| s.parse::<PartialDate>().ok();
        assert_eq!(
            end_date(d("2024-01-31"), Some(1)).unwrap().to_string(),
            "2024-02-29"
        );
        assert_eq!(
            end_date(d("2024-11"), Some(60)).unwrap().to_string(),
            "2029-11"
        );
        assert_eq!(end_date(d("2024-11"), None), None);
        assert_eq!(end_date(None, Some(3)), None);
    }

    #[test]
    fn filters_match() {
        let e = sample_entry();
        let f = |g: fn(&mut Filter)| {
            let mut x = Filter::default();
            g(&mut x);
            x.matches(&e)
        };
        assert!(f(|_| {}));
        assert!(f(|x| x.query = "dakar acme".into()));
        assert!(!f(|x| x.query = "nairobi".into()));
        assert!(f(|x| x.party = "ANSSI".into()));
        assert!(!f(|x| x.party = "ANS".into()));
        assert!(f(|x| x.country = "SN".into()));
        assert!(!f(|x| x.country = "KE".into()));
        assert!(f(|x| x.scope = "capacity_building".into()));
        assert!(!f(|x| x.scope = "ai".into()));
        assert!(f(|x| x.from = "2025-03-01".into()));
        assert!(!f(|x| x.from = "2025-03-04".into()));
        assert!(f(|x| x.to = "2025-03-03".into()));
        assert!(!f(|x| x.to = "2025-03-02".into()));
    }
}
