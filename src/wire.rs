//! The readers of the messages between the page and the worker ([`Job`], [`GroupRequest`],
//! [`GroupReply`]) and of the records the page stores, written by hand over
//! [`serde_json::Value`].
//!
//! The serde-derived readers of these types are a large part of the download (a grouping
//! request holds whole records, a grouping many lists: one reader per type, and one per
//! list of each). These few plain functions read the
//! same JSON — what the page writes with [`crate::job::to_json`] — into the same values:
//! a field that is missing or `null` takes its default, a field of the wrong type is an
//! error, unknown fields are ignored. A test checks that every field of a record comes
//! back equal.

use accord_core::group::{
    Crosswalk, Decision, DecisionKind, Disagreement, Group, GroupParty, GroupSignatory,
    GroupSource, Grouping, Source, SourceRef, Support, Supported,
};
use accord_core::{
    Agreement, AgreementType, Analysis, Lang, PartialDate, Party, PartyKind, Renewal, ScopeItem,
    Signatory, Span, SummarySentence,
};
use serde_json::{Map, Value};

use crate::job::{GroupReply, GroupRequest, Job};
use crate::model::SourceFormat;

type Obj = Map<String, Value>;
type Read<T> = Result<T, String>;

/// The value of `key`, if present and not `null`.
fn get<'a>(o: &'a Obj, key: &str) -> Option<&'a Value> {
    o.get(key).filter(|v| !v.is_null())
}

fn bad(key: &str) -> String {
    format!("invalid type for field `{key}`")
}

fn missing(key: &str) -> String {
    format!("missing field `{key}`")
}

fn object(v: &Value) -> Read<&Obj> {
    v.as_object()
        .ok_or_else(|| "expected an object".to_string())
}

#[inline(never)]
fn opt_string(o: &Obj, key: &str) -> Read<Option<String>> {
    get(o, key)
        .map(|v| v.as_str().map(str::to_string).ok_or_else(|| bad(key)))
        .transpose()
}

#[inline(never)]
fn string(o: &Obj, key: &str) -> Read<String> {
    opt_string(o, key)?.ok_or_else(|| missing(key))
}

#[inline(never)]
fn opt_u64(o: &Obj, key: &str) -> Read<Option<u64>> {
    get(o, key)
        .map(|v| v.as_u64().ok_or_else(|| bad(key)))
        .transpose()
}

fn u64_field(o: &Obj, key: &str) -> Read<u64> {
    opt_u64(o, key)?.ok_or_else(|| missing(key))
}

fn usize_field(o: &Obj, key: &str) -> Read<usize> {
    usize::try_from(u64_field(o, key)?).map_err(|_| bad(key))
}

#[inline(never)]
fn opt_bool(o: &Obj, key: &str) -> Read<Option<bool>> {
    get(o, key)
        .map(|v| v.as_bool().ok_or_else(|| bad(key)))
        .transpose()
}

fn opt_date(o: &Obj, key: &str) -> Read<Option<PartialDate>> {
    opt_string(o, key)?
        .map(|s| s.parse::<PartialDate>().map_err(|e| e.to_string()))
        .transpose()
}

/// The items of the list under `key` (none when missing).
#[inline(never)]
fn items<'a>(o: &'a Obj, key: &str) -> Read<&'a [Value]> {
    match get(o, key) {
        None => Ok(&[]),
        Some(v) => v.as_array().map(Vec::as_slice).ok_or_else(|| bad(key)),
    }
}

/// The list under `key` (empty when missing), each item read by `item`.
fn list<T>(o: &Obj, key: &str, item: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    let items = items(o, key)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        out.push(item(v)?);
    }
    Ok(out)
}

fn a_string(v: &Value) -> Read<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| "expected a string".to_string())
}

/// A lowercase label among `labels`, as its index.
fn label(o: &Obj, key: &str, labels: &[&str]) -> Read<Option<usize>> {
    match get(o, key) {
        None => Ok(None),
        Some(v) => {
            let s = v.as_str().ok_or_else(|| bad(key))?;
            labels
                .iter()
                .position(|l| *l == s)
                .map(Some)
                .ok_or_else(|| format!("unknown variant `{s}` of field `{key}`"))
        }
    }
}

fn span(v: &Value) -> Read<Span> {
    let o = object(v)?;
    Ok(Span::new(usize_field(o, "start")?, usize_field(o, "end")?))
}

fn evidence(o: &Obj, key: &str) -> Read<Vec<Span>> {
    list(o, key, span)
}

fn party(v: &Value) -> Read<Party> {
    let o = object(v)?;
    let kind =
        label(o, "kind", &PartyKind::ALL.map(PartyKind::label))?.ok_or_else(|| missing("kind"))?;
    Ok(Party {
        name: string(o, "name")?,
        aliases: list(o, "aliases", a_string)?,
        kind: PartyKind::ALL[kind],
        country: opt_string(o, "country")?,
        evidence: evidence(o, "evidence")?,
    })
}

fn signatory(v: &Value) -> Read<Signatory> {
    let o = object(v)?;
    Ok(Signatory {
        name: string(o, "name")?,
        role: opt_string(o, "role")?,
        party: opt_string(o, "party")?,
        evidence: evidence(o, "evidence")?,
    })
}

fn scope_item(v: &Value) -> Read<ScopeItem> {
    let o = object(v)?;
    Ok(ScopeItem {
        label: string(o, "label")?,
        evidence: evidence(o, "evidence")?,
    })
}

fn renewal(v: &Value) -> Read<Renewal> {
    let o = object(v)?;
    let earlier_year = match get(o, "earlier_year") {
        None => None,
        Some(y) => Some(
            y.as_i64()
                .and_then(|y| i32::try_from(y).ok())
                .ok_or_else(|| bad("earlier_year"))?,
        ),
    };
    Ok(Renewal {
        earlier_year,
        evidence: evidence(o, "evidence")?,
    })
}

fn agreement(v: &Value) -> Read<Agreement> {
    let o = object(v)?;
    let kind = label(o, "type", &AgreementType::ALL.map(AgreementType::label))?
        .ok_or_else(|| missing("type"))?;
    let duration_months = match opt_u64(o, "duration_months")? {
        None => None,
        Some(m) => Some(u32::try_from(m).map_err(|_| bad("duration_months"))?),
    };
    Ok(Agreement {
        kind: AgreementType::ALL[kind],
        type_evidence: evidence(o, "type_evidence")?,
        parties: list(o, "parties", party)?,
        signatories: list(o, "signatories", signatory)?,
        signed_on: opt_date(o, "signed_on")?,
        signed_on_text: opt_string(o, "signed_on_text")?,
        signed_on_evidence: evidence(o, "signed_on_evidence")?,
        location: opt_string(o, "location")?,
        location_evidence: evidence(o, "location_evidence")?,
        duration_months,
        duration_evidence: evidence(o, "duration_evidence")?,
        scope: list(o, "scope", scope_item)?,
        renewal: get(o, "renewal").map(renewal).transpose()?,
    })
}

fn summary_sentence(v: &Value) -> Read<SummarySentence> {
    let o = object(v)?;
    Ok(SummarySentence {
        text: string(o, "text")?,
        start: usize_field(o, "start")?,
        end: usize_field(o, "end")?,
    })
}

/// An analysis record.
pub fn analysis(v: &Value) -> Read<Analysis> {
    let o = object(v)?;
    let lang = match label(o, "lang", &["en", "fr"])?.ok_or_else(|| missing("lang"))? {
        0 => Lang::En,
        _ => Lang::Fr,
    };
    Ok(Analysis {
        lang,
        title: opt_string(o, "title")?,
        title_evidence: evidence(o, "title_evidence")?,
        published: opt_date(o, "published")?,
        published_evidence: evidence(o, "published_evidence")?,
        is_agreement: opt_bool(o, "is_agreement")?.ok_or_else(|| missing("is_agreement"))?,
        agreements: list(o, "agreements", agreement)?,
        summary: list(o, "summary", summary_sentence)?,
        text: opt_string(o, "text")?,
    })
}

/// Reads an analysis record with [`analysis`], for serde's `deserialize_with`: the page
/// reads every record (a worker's answer, a stored or imported entry) through this one
/// reader rather than serde's readers of the record's types.
pub fn de_analysis<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Analysis, D::Error> {
    let v = <Value as serde::Deserialize>::deserialize(d)?;
    analysis(&v).map_err(serde::de::Error::custom)
}

fn source(v: &Value) -> Read<Source> {
    let o = object(v)?;
    Ok(Source {
        id: string(o, "id")?,
        analysis: analysis(o.get("analysis").ok_or_else(|| missing("analysis"))?)?,
        title: opt_string(o, "title")?,
        outlet: opt_string(o, "outlet")?,
        file_name: opt_string(o, "file_name")?,
        date: opt_date(o, "date")?,
    })
}

fn source_ref(v: &Value) -> Read<SourceRef> {
    let o = object(v)?;
    Ok(SourceRef {
        id: string(o, "id")?,
        agreement: match opt_u64(o, "agreement")? {
            None => 0,
            Some(a) => usize::try_from(a).map_err(|_| bad("agreement"))?,
        },
    })
}

fn decision(v: &Value) -> Read<Decision> {
    let o = object(v)?;
    let kind = match label(o, "kind", &["split", "join"])?.ok_or_else(|| missing("kind"))? {
        0 => DecisionKind::Split,
        _ => DecisionKind::Join,
    };
    Ok(Decision {
        kind,
        members: list(o, "members", source_ref)?,
    })
}

fn a_kind(v: &Value) -> Read<AgreementType> {
    v.as_str()
        .and_then(AgreementType::from_label)
        .ok_or_else(|| "expected an agreement type".to_string())
}

fn a_party_kind(v: &Value) -> Read<PartyKind> {
    v.as_str()
        .and_then(PartyKind::from_label)
        .ok_or_else(|| "expected a party kind".to_string())
}

fn a_date(v: &Value) -> Read<PartialDate> {
    a_string(v)?
        .parse()
        .map_err(|e: accord_core::date::DateParseError| e.to_string())
}

fn a_u32(v: &Value) -> Read<u32> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| "expected a number".to_string())
}

fn a_usize(v: &Value) -> Read<usize> {
    v.as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| "expected a number".to_string())
}

fn field<'a>(o: &'a Obj, key: &str) -> Read<&'a Value> {
    get(o, key).ok_or_else(|| missing(key))
}

/// The list under `key` of values each with the sources that give it.
fn supported<T>(o: &Obj, key: &str, value: fn(&Value) -> Read<T>) -> Read<Vec<Supported<T>>> {
    let items = items(o, key)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let o = object(v)?;
        out.push(Supported {
            value: value(field(o, "value")?)?,
            sources: list(o, "sources", source_ref)?,
        });
    }
    Ok(out)
}

fn group_party(v: &Value) -> Read<GroupParty> {
    let o = object(v)?;
    Ok(GroupParty {
        name: string(o, "name")?,
        aliases: list(o, "aliases", a_string)?,
        kind: a_party_kind(field(o, "kind")?)?,
        country: opt_string(o, "country")?,
        sources: list(o, "sources", source_ref)?,
    })
}

fn group_signatory(v: &Value) -> Read<GroupSignatory> {
    let o = object(v)?;
    Ok(GroupSignatory {
        name: string(o, "name")?,
        role: opt_string(o, "role")?,
        party: opt_string(o, "party")?,
        sources: list(o, "sources", source_ref)?,
    })
}

fn group_source(v: &Value) -> Read<GroupSource> {
    let o = object(v)?;
    Ok(GroupSource {
        id: string(o, "id")?,
        agreement: usize_field(o, "agreement")?,
        title: opt_string(o, "title")?,
        outlet: opt_string(o, "outlet")?,
        file_name: opt_string(o, "file_name")?,
        date: opt_date(o, "date")?,
    })
}

fn disagreement(v: &Value) -> Read<Disagreement> {
    let o = object(v)?;
    Ok(Disagreement {
        field: string(o, "field")?,
        party: opt_string(o, "party")?,
        values: supported(o, "values", a_string)?,
        silent: list(o, "silent", source_ref)?,
    })
}

fn group(v: &Value) -> Read<Group> {
    let o = object(v)?;
    let support = object(field(o, "support")?)?;
    let c = object(field(o, "crosswalk")?)?;
    let duration_months = match opt_u64(o, "duration_months")? {
        None => None,
        Some(m) => Some(u32::try_from(m).map_err(|_| bad("duration_months"))?),
    };
    Ok(Group {
        id: string(o, "id")?,
        kind: a_kind(field(o, "type")?)?,
        parties: list(o, "parties", group_party)?,
        signatories: list(o, "signatories", group_signatory)?,
        signed_on: opt_date(o, "signed_on")?,
        location: opt_string(o, "location")?,
        duration_months,
        scope: list(o, "scope", a_string)?,
        first_reported: opt_date(o, "first_reported")?,
        sources: list(o, "sources", group_source)?,
        support: Support {
            kind: supported(support, "type", a_kind)?,
            signed_on: supported(support, "signed_on", a_date)?,
            location: supported(support, "location", a_string)?,
            duration_months: supported(support, "duration_months", a_u32)?,
            scope: supported(support, "scope", a_string)?,
        },
        disagreements: list(o, "disagreements", disagreement)?,
        crosswalk: Crosswalk {
            cameo_code: string(c, "cameo_code")?,
            cameo_label: string(c, "cameo_label")?,
            plover_event: string(c, "plover_event")?,
            plover_contexts: list(c, "plover_contexts", a_string)?,
            iccd_areas: list(c, "iccd_areas", a_string)?,
            gfce_themes: list(c, "gfce_themes", a_string)?,
            party_countries: list(c, "party_countries", a_string)?,
            party_kinds: list(c, "party_kinds", a_party_kind)?,
        },
    })
}

fn grouping(v: &Value) -> Read<Grouping> {
    let o = object(v)?;
    Ok(Grouping {
        groups: list(o, "groups", group)?,
        not_agreements: list(o, "not_agreements", a_string)?,
        skipped_decisions: list(o, "skipped_decisions", a_usize)?,
    })
}

/// The grouping worker's answer.
pub fn group_reply(json: &str) -> Read<GroupReply> {
    let v = parse(json)?;
    let o = object(&v)?;
    Ok(GroupReply {
        seq: u64_field(o, "seq")?,
        grouping: get(o, "grouping").map(grouping).transpose()?,
        error: opt_string(o, "error")?,
    })
}

/// The JSON value of `json`. The error gives the place only: serde_json's messages (and
/// the I/O error texts they include) would be the worker's only use of them.
fn parse(json: &str) -> Read<Value> {
    serde_json::from_str(json)
        .map_err(|e| format!("not JSON (line {}, column {})", e.line(), e.column()))
}

/// The JSON value of a message to the worker, read by the worker's own reader
/// ([`crate::json_in`]: whole numbers only, as the page writes them); the error gives the
/// place, as [`parse`].
fn parse_message(json: &str) -> Read<Value> {
    crate::json_in::parse(json)
        .map_err(|(line, column)| format!("not JSON (line {line}, column {column})"))
}

/// A grouping request.
pub fn group_request(json: &str) -> Read<GroupRequest> {
    let v = parse_message(json)?;
    let o = object(&v)?;
    Ok(GroupRequest {
        seq: u64_field(o, "seq")?,
        reset: opt_bool(o, "reset")?.unwrap_or(false),
        add: list(o, "add", source)?,
        drop: list(o, "drop", a_string)?,
        order: match get(o, "order") {
            None => return Err(missing("order")),
            Some(_) => list(o, "order", a_string)?,
        },
        decisions: list(o, "decisions", decision)?,
    })
}

/// An analysis job.
pub fn job(json: &str) -> Read<Job> {
    let v = parse_message(json)?;
    let o = object(&v)?;
    let format = match label(o, "format", &["text", "html", "markdown"])?
        .ok_or_else(|| missing("format"))?
    {
        0 => SourceFormat::Text,
        1 => SourceFormat::Html,
        _ => SourceFormat::Markdown,
    };
    Ok(Job {
        id: u64_field(o, "id")?,
        batch: u64_field(o, "batch")?,
        file_name: opt_string(o, "file_name")?,
        text: opt_string(o, "text")?,
        format,
        reference_date: opt_string(o, "reference_date")?,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::job::{from_json, to_json};

    /// The record of every fixture article, in file order: every field (renewals,
    /// durations, signatories, summaries) is met.
    pub(crate) fn fixture_records() -> Vec<Analysis> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).unwrap();
                accord_core::analyze(&text, &accord_core::Options::default()).unwrap()
            })
            .collect()
    }

    /// [`fixture_records`], plus a hand-made one with the rarer fields.
    fn records() -> Vec<Analysis> {
        let mut out = fixture_records();
        let mut rare = crate::model::tests::sample_entry().extracted;
        rare.text = Some("plain".into());
        rare.published = Some("2024-05".parse().unwrap());
        if let Some(a) = rare.agreements.first_mut() {
            a.renewal = Some(Renewal {
                earlier_year: Some(2019),
                evidence: vec![Span::new(1, 2)],
            });
            a.duration_months = Some(60);
        }
        out.push(rare);
        out
    }

    #[test]
    fn group_requests_read_back_equal() {
        let add: Vec<Source> = records()
            .into_iter()
            .enumerate()
            .map(|(i, a)| Source {
                id: format!("s{i}"),
                analysis: a,
                title: (i % 3 == 0).then(|| "A title".into()),
                outlet: (i % 4 == 0).then(|| "An outlet".into()),
                file_name: (i % 5 == 0).then(|| "a.html".into()),
                date: (i % 2 == 0).then(|| "2025-03-04".parse().unwrap()),
            })
            .collect();
        assert!(add.iter().any(|s| s
            .analysis
            .agreements
            .iter()
            .any(|a| !a.signatories.is_empty() && a.duration_months.is_some())));
        let req = GroupRequest {
            seq: 7,
            reset: true,
            order: add.iter().map(|s| s.id.clone()).collect(),
            add,
            drop: vec!["gone".into()],
            decisions: vec![Decision {
                kind: DecisionKind::Join,
                members: vec![
                    SourceRef {
                        id: "s1".into(),
                        agreement: 0,
                    },
                    SourceRef {
                        id: "s2".into(),
                        agreement: 1,
                    },
                ],
            }],
        };
        let json = to_json(&req).unwrap();
        let read = group_request(&json).unwrap();
        assert_eq!(read, req);
        assert_eq!(from_json::<GroupRequest>(&json).unwrap(), read);
        // What the page leaves out (defaults) reads as the defaults.
        let short = group_request(r#"{"seq":1,"order":["a"]}"#).unwrap();
        assert_eq!(
            short,
            GroupRequest {
                seq: 1,
                order: vec!["a".into()],
                ..GroupRequest::default()
            }
        );
        assert!(group_request(r#"{"seq":1}"#).is_err());
        assert!(group_request(r#"{"seq":"1","order":[]}"#).is_err());
        assert!(group_request("not json").is_err());
    }

    #[test]
    fn group_replies_read_back_equal() {
        let sources: Vec<Source> = records()
            .into_iter()
            .enumerate()
            .map(|(i, a)| Source {
                id: format!("s{i}"),
                analysis: a,
                title: (i % 3 == 0).then(|| "A title".into()),
                outlet: (i % 4 == 0).then(|| "An outlet".into()),
                file_name: (i % 5 == 0).then(|| "a.html".into()),
                date: (i % 7 == 0).then(|| "2025-03".parse().unwrap()),
            })
            .collect();
        let decisions = [Decision {
            kind: DecisionKind::Split,
            members: vec![SourceRef {
                id: "nowhere".into(),
                agreement: 3,
            }],
        }];
        let g = accord_core::group::group(&sources, &decisions);
        assert!(g.groups.iter().any(|g| !g.disagreements.is_empty()));
        assert!(g.groups.iter().any(|g| !g.signatories.is_empty()));
        assert!(!g.skipped_decisions.is_empty());
        let reply = GroupReply::new(4, Ok(g));
        // As the worker writes it (serde_json's text writer) and as read before.
        let json = serde_json::to_string(&reply).unwrap();
        let read = group_reply(&json).unwrap();
        assert_eq!(read, reply);
        assert_eq!(from_json::<GroupReply>(&json).unwrap(), read);
        let failed = GroupReply::new(5, Err("no".into()));
        let json = serde_json::to_string(&failed).unwrap();
        assert_eq!(group_reply(&json).unwrap(), failed);
    }

    #[test]
    fn stored_entries_and_job_results_read_back_equal() {
        for a in records().into_iter().take(200) {
            let done = crate::job::Done {
                source: "x".into(),
                reference_date: None,
                record: a,
            };
            let json = serde_json::to_string(&done).unwrap();
            assert_eq!(from_json::<crate::job::Done>(&json).unwrap(), done);
        }
    }

    #[test]
    fn jobs_read_back_equal() {
        for format in [
            SourceFormat::Text,
            SourceFormat::Html,
            SourceFormat::Markdown,
        ] {
            let job = Job {
                id: 3,
                batch: 2,
                file_name: Some("x.md".into()),
                text: None,
                format,
                reference_date: Some("2024-05-08".into()),
            };
            assert_eq!(super::job(&to_json(&job).unwrap()).unwrap(), job);
        }
        let pasted = Job {
            id: 1,
            batch: 1,
            file_name: None,
            text: Some("Acme and Beta".into()),
            format: SourceFormat::Text,
            reference_date: None,
        };
        assert_eq!(super::job(&to_json(&pasted).unwrap()).unwrap(), pasted);
        assert!(super::job(r#"{"id":1,"batch":1,"format":"pdf"}"#).is_err());
    }
}
