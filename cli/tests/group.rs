//! Golden tests of `accord group`: records written for these tests (three invented articles
//! reporting one signing, one about another signing, one that reports no agreement) are
//! grouped and the output compared with `tests/data/group-expected.jsonl`, then the formats,
//! the decisions file, bad lines and usage errors.
//!
//! The input is records, not articles, so the engine's extraction cannot change the
//! expected output; only grouping can. After an intended change of the grouping, regenerate
//! the expected file with `ACCORD_BLESS=1 cargo test -p accord-cli --test group`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_accord");

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn accord(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn lines(output: &Output) -> Vec<Value> {
    text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn source_ids(group: &Value) -> Vec<&str> {
    group["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect()
}

#[test]
fn groups_match_the_golden_file() {
    let out = accord(&["group", &data("group-records.jsonl")], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let expected_path = data("group-expected.jsonl");
    if std::env::var_os("ACCORD_BLESS").is_some() {
        std::fs::write(&expected_path, &out.stdout).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    assert_eq!(text(&out.stdout), expected);

    // What the golden file says, spelled out.
    let groups = lines(&out);
    assert_eq!(groups.len(), 2);
    assert_eq!(
        source_ids(&groups[0]),
        ["strelsau-wire", "harbor-blog", "journal-fr"]
    );
    assert_eq!(source_ids(&groups[1]), ["fjord-news"]);
    let all = serde_json::to_string(&groups).unwrap();
    assert!(
        !all.contains("breach-report"),
        "a non-agreement was grouped"
    );
    let g = &groups[0];
    assert_eq!(g["type"], "mou");
    assert_eq!(g["signed_on"], "2025-03-04");
    assert_eq!(g["parties"].as_array().unwrap().len(), 3);
    let fields: Vec<&str> = g["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["type", "signed_on", "parties"]);
    assert_eq!(g["crosswalk"]["cameo_code"], "057");
    assert_eq!(g["crosswalk"]["plover_event"], "AGREE");

    // The same records on standard input give the same groups.
    let records = std::fs::read(data("group-records.jsonl")).unwrap();
    let piped = accord(&["group", "-"], &records);
    assert_eq!(text(&piped.stdout), expected);
}

#[test]
fn json_and_csv_formats() {
    let path = data("group-records.jsonl");
    let out = accord(&["group", "--format", "json", &path], b"");
    assert_eq!(out.status.code(), Some(0));
    let groups: Vec<Value> = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(groups.len(), 2);

    let out = accord(&["group", "--format=csv", &path], b"");
    assert_eq!(out.status.code(), Some(0));
    let csv = text(&out.stdout);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[0].starts_with("group,type,parties,"));
    for column in [
        "source_titles",
        "cameo_code",
        "plover_event",
        "plover_contexts",
        "iccd_areas",
        "gfce_themes",
    ] {
        assert!(rows[0].contains(column), "{column}");
    }
    assert!(rows[1].starts_with("strelsau-wire#0,mou,"), "{}", rows[1]);
    assert!(
        rows[1].contains(",057,Sign formal agreement,AGREE,cyber,"),
        "{}",
        rows[1]
    );
}

#[test]
fn decisions_are_applied() {
    let out = accord(
        &[
            "group",
            "--decisions",
            &data("group-decisions.json"),
            &data("group-records.jsonl"),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let groups = lines(&out);
    let sets: Vec<Vec<&str>> = groups.iter().map(source_ids).collect();
    assert_eq!(
        sets,
        vec![
            vec!["strelsau-wire", "journal-fr"],
            vec!["harbor-blog", "fjord-news"]
        ]
    );

    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("group-decisions");
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"[{"kind": "merge", "members": []}]"#).unwrap();
    let out = accord(&["group", "--decisions", bad.to_str().unwrap(), "-"], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("accord: --decisions: "), "{err}");
    assert!(err.contains("not a list of decisions"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_lines_are_named_and_skipped() {
    let records = std::fs::read_to_string(data("group-records.jsonl")).unwrap();
    let first = records.lines().next().unwrap();
    let input = format!(
        "{first}\n{{broken\n\n{{\"id\": \"x\", \"error\": \"line 9: not valid JSON\"}}\n{first}\n{{\"id\": \"y\", \"lang\": \"xx\", \"is_agreement\": true}}\n"
    );
    let out = accord(&["group", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let messages: Vec<&str> = err.lines().collect();
    assert_eq!(messages.len(), 4, "{err}");
    assert!(
        messages[0].starts_with("accord: line 2: not valid JSON"),
        "{err}"
    );
    assert!(
        messages[1].starts_with("accord: line 4: the record of \"x\" is an error line"),
        "{err}"
    );
    assert!(
        messages[2].starts_with("accord: line 5: id \"strelsau-wire\" was already given on line 1"),
        "{err}"
    );
    assert!(
        messages[3].starts_with("accord: line 6: not an analysis record"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["group"][..],
        &["group", "a.jsonl", "b.jsonl"],
        &["group", "--format", "xml", "-"],
        &["group", "--decisions"],
        &["group", "--jsonl", "-"],
    ] {
        let out = accord(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("Usage:"), "{args:?}");
    }
    let help = accord(&["group", "--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    let help = text(&help.stdout);
    for needle in [
        "accord group",
        "--decisions FILE",
        "CAMEO 057",
        "split",
        "join",
    ] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
    let missing = accord(&["group", "/nonexistent/records.jsonl"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).starts_with("accord: /nonexistent/records.jsonl"));
}

#[test]
fn an_undated_renewal_stays_apart_from_the_signing_it_renews() {
    // Invented articles, with no date: one reports a first signing, the others a renewal
    // between the same parties, once saying so and once not.
    let original = "Harbor Digital and the Ruritanian Police Agency signed a cooperation \
                    agreement to fight cybercrime. Harbor Digital will train police officers \
                    in digital forensics.";
    let renewal = "Harbor Digital and the Ruritanian Police Agency signed a five-year \
                   cooperation agreement to fight cybercrime. Harbor Digital will train \
                   police officers in digital forensics. This is the second agreement between \
                   them; the first was signed in 2016.";
    let silent = "Harbor Digital and the Ruritanian Police Agency signed a five-year \
                  cooperation agreement to fight cybercrime. Harbor Digital will train police \
                  officers in digital forensics.";
    let batch: String = [("first", original), ("second", renewal), ("plain", silent)]
        .iter()
        .map(|(id, t)| serde_json::json!({"id": id, "text": t}).to_string() + "\n")
        .collect();
    let analyzed = accord(&["analyze", "--jsonl", "-"], batch.as_bytes());
    assert_eq!(
        analyzed.status.code(),
        Some(0),
        "{}",
        text(&analyzed.stderr)
    );
    let records = lines(&analyzed);
    assert_eq!(records[1]["agreements"][0]["renewal"]["earlier_year"], 2016);
    assert!(records[0]["agreements"][0].get("renewal").is_none());
    let grouped = accord(&["group", "-"], &analyzed.stdout);
    assert_eq!(grouped.status.code(), Some(0), "{}", text(&grouped.stderr));
    let groups = lines(&grouped);
    let ids: Vec<Vec<&str>> = groups.iter().map(source_ids).collect();
    // The reports that do not say "renewal" join (nothing tells them apart); the renewal
    // joins neither.
    assert_eq!(ids, [vec!["first", "plain"], vec!["second"]]);
}
