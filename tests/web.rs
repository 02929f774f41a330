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

/// One agreement as three outlets of our own invention report it.
const SAME_DEAL: [&str; 3] = [
    "Nairobi, 14 March 2025\n\nKenyan CERT and Acme Cyber Labs sign cybersecurity MoU\n\nThe Kenya Computer Incident Response Team (KE-CIRT) and Acme Cyber Labs signed a memorandum of understanding on Thursday to share threat intelligence and to train 200 engineers in incident response.\n\nThe agreement was signed in Nairobi by KE-CIRT director Jane Wanjiru and Acme Cyber Labs chief executive Omar Haddad. It runs for three years.",
    "15 March 2025\n\nAcme Cyber Labs partners with KE-CIRT on incident response\n\nAcme Cyber Labs and the Kenya Computer Incident Response Team (KE-CIRT) signed a memorandum of understanding in Nairobi on 13 March 2025. Under the memorandum, the two will exchange threat data and run joint training for engineers, Acme Cyber Labs chief executive Omar Haddad said.",
    "16 March 2025\n\nKE-CIRT inks cyber deal with Acme Cyber Labs\n\nThe Kenya Computer Incident Response Team (KE-CIRT) has signed a memorandum of understanding with Acme Cyber Labs. The memorandum, signed in Mombasa on 13 March 2025, covers incident response and the training of engineers, KE-CIRT director Jane Wanjiru said.",
];

#[test]
fn one_agreement_reported_three_times_is_one_tracked_agreement_with_three_sources() {
    let entries: Vec<std::rc::Rc<Entry>> = SAME_DEAL
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let job = Job {
                id: 1,
                batch: 1,
                file_name: Some(format!("deal-{i}.txt")),
                text: Some(text.to_string()),
                format: SourceFormat::Text,
                reference_date: Some(format!("2025-03-1{}", i + 4)),
            };
            let done = run(&job, None).expect("the job runs");
            std::rc::Rc::new(Entry {
                schema_version: SCHEMA_VERSION,
                id: format!("deal-{i}"),
                file_name: job.file_name,
                source: done.source,
                format: SourceFormat::Text,
                reference_date: done.reference_date,
                analyzed_at: format!("2025-03-1{}T09:00:00.000Z", i + 4),
                extracted: done.record,
                corrections: Vec::new(),
            })
        })
        .collect();
    let list: Vec<&std::rc::Rc<Entry>> = entries.iter().collect();
    let g = accord_web::tracker::grouping(&list, &[]);
    assert_eq!(
        g.groups.len(),
        1,
        "{:#?}",
        g.groups.iter().map(|g| &g.parties).collect::<Vec<_>>()
    );
    let one = &g.groups[0];
    assert_eq!(one.sources.len(), 3);
    assert_eq!(
        one.location.as_deref(),
        Some("Nairobi"),
        "two sources of three"
    );
    assert!(
        one.disagreements.iter().any(|d| d.field == "location"),
        "Mombasa is flagged"
    );
    // Taking the third out, then joining it back; decisions name agreements, not groups.
    let third = accord_core::group::SourceRef {
        id: "deal-2".into(),
        agreement: 0,
    };
    let split = accord_web::tracker::split(third.clone());
    assert_eq!(
        accord_web::tracker::grouping(&list, std::slice::from_ref(&split))
            .groups
            .len(),
        2
    );
    let first = one.sources[0].source_ref();
    let joined = accord_web::tracker::grouping(
        &list,
        &[split, accord_web::tracker::join(vec![first, third])],
    );
    assert_eq!(joined.groups.len(), 1);
    assert_eq!(joined.groups[0].sources.len(), 3);
}
