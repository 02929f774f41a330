//! The web app's pure pipeline with the real engine: a job run as the worker runs it, the
//! library entry, its exports and the import of its JSON export, and evidence offsets that
//! the page can highlight (character boundaries, UTF-16 positions). Articles are our own.

use accord_web::export::{parse_import, to_csv, to_json, to_jsonl, CSV_COLUMNS};
use accord_web::job::{run, Job};
use accord_web::model::{Entry, Field, SourceFormat, SCHEMA_VERSION};
use accord_web::text::{segments, span_to_utf16};

const ARTICLE: &str = "Dakar, le 3 février 2025\n\nL'Agence sénégalaise de cybersécurité (ASC) et \
l'Université Cheikh Lamine de Thiès ont signé mardi une convention de coopération pour former \
des étudiants à la réponse aux incidents. La convention a été signée à Dakar pour cinq ans. 🤝";

fn entry(format: SourceFormat, text: &str) -> Entry {
    let job = Job {
        id: 1,
        batch: 1,
        file_name: Some("asc.txt".into()),
        text: None,
        format,
        reference_date: Some("2025-02-04".into()),
    };
    let done = run(&job, Some(text.as_bytes())).expect("the job runs");
    Entry {
        schema_version: SCHEMA_VERSION,
        id: "asc".into(),
        file_name: job.file_name,
        source: done.source,
        format,
        reference_date: done.reference_date,
        analyzed_at: "2025-02-04T09:00:00.000Z".into(),
        extracted: done.record,
        corrections: Vec::new(),
    }
}

#[test]
fn every_evidence_span_can_be_highlighted() {
    for (format, text) in [
        (SourceFormat::Text, ARTICLE.to_string()),
        (
            SourceFormat::Html,
            format!("<html><body><p>{ARTICLE}</p><script>x()</script></body></html>"),
        ),
    ] {
        let e = entry(format, &text);
        let analyzed = e.analyzed_text();
        let r = e.record();
        let mut spans = r.title_evidence.clone();
        for a in &r.agreements {
            spans.extend(a.parties.iter().flat_map(|p| p.evidence.clone()));
            spans.extend(a.signatories.iter().flat_map(|s| s.evidence.clone()));
            spans.extend(a.scope.iter().flat_map(|s| s.evidence.clone()));
            spans.extend(
                a.signed_on_evidence
                    .iter()
                    .chain(&a.location_evidence)
                    .chain(&a.type_evidence),
            );
        }
        for s in spans {
            assert!(
                span_to_utf16(analyzed, s).is_some(),
                "{s:?} fits the analyzed text ({format:?})"
            );
            let marked: Vec<_> = segments(analyzed, &[s])
                .into_iter()
                .filter(|x| x.marked)
                .collect();
            assert_eq!(marked.len(), usize::from(s.start < s.end));
        }
    }
}

#[test]
fn exports_carry_edits_and_the_json_export_imports_back() {
    let e = entry(SourceFormat::Text, ARTICLE)
        .with_edit(&Field::Title, "Convention ASC, Thiès")
        .expect("a title is free text");
    let csv = to_csv(&[&e]);
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next(), Some(CSV_COLUMNS.join(",").as_str()));
    let row = lines.next().expect("one row at least");
    assert!(row.contains("\"Convention ASC, Thiès\""), "{row}");
    let jsonl = to_jsonl(&[&e]);
    assert!(jsonl.contains("\"title\":\"Convention ASC, Thiès\""));
    let json = to_json(&[&e], "2025-02-05T00:00:00Z");
    assert_eq!(parse_import(json.as_bytes()), Ok(vec![e]));
}

/// A library exported by version 1 of the app (schema version 1, edits as a map), committed
/// as it was written: tests/data/README.md says how it was made.
const LIBRARY_V1: &str = include_str!("data/library-v1.json");

#[test]
fn a_stored_v1_library_loads_migrated_with_the_same_corrected_records() {
    let doc: serde_json::Value = serde_json::from_str(LIBRARY_V1).expect("the v1 file is JSON");
    assert_eq!(doc["schema_version"], 1);
    let entries = parse_import(LIBRARY_V1.as_bytes()).expect("a v1 export imports");
    assert_eq!(entries.len(), 3);
    for (e, old) in entries
        .iter()
        .zip(doc["entries"].as_array().expect("entries"))
    {
        assert_eq!(e.schema_version, SCHEMA_VERSION);
        assert_eq!(e.id, old["id"].as_str().expect("id"));
        // The record v1 exported (its edits applied) is the record v2 rebuilds.
        let v1_record: accord_core::Analysis =
            serde_json::from_value(old["record"].clone()).expect("a v1 record");
        assert_eq!(e.record(), v1_record, "{}", e.id);
        // Each v1 edit is one correction of the history, without a time.
        let edits = old["edits"].as_object().expect("edits");
        assert_eq!(e.corrections.len(), edits.len());
        assert!(e.corrections.iter().all(|c| c.at.is_empty()));
        // A stored v1 record (IndexedDB holds the entry without "record") reads the same.
        let mut stored = old.clone();
        if let Some(m) = stored.as_object_mut() {
            m.remove("record");
        }
        let read = Entry::from_json(&stored.to_string()).expect("a stored v1 entry reads");
        assert_eq!(&read, e);
    }
    let harbor = &entries[0];
    let r = harbor.record();
    assert_eq!(
        r.agreements[0].location.as_deref(),
        Some("Harbor City, Ruritania")
    );
    assert!(harbor.is_edited(&Field::Location(0)));
    assert!(harbor
        .set_by_person()
        .contains(&"a0.party1.country".to_string()));
    // Written back, it is a version-2 entry that reads the same.
    let again =
        Entry::from_json(&serde_json::to_string(harbor).expect("serializes")).expect("reads back");
    assert_eq!(&again, harbor);
    assert!(Entry::from_json("{\"schema_version\": 7}").is_err());
}
