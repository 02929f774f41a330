//! Golden tests of the `accord` binary: exit codes, messages, output shapes, the batch
//! contract and streaming, run on the built executable as a user would (jaq style).
//!
//! They check the command line's own behaviour, not what the engine extracts: records are
//! checked for their structure (keys, ids, order, `lang`), never for parties or dates, so
//! that the engine can change underneath without breaking them. Fixture articles are short
//! texts written for these tests under `tests/data/`; binary and Latin-1 files are made from
//! bytes in a scratch directory.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_accord");

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("golden")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `accord` with `args`, feeding `stdin` from a thread.
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

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

/// Checks the fields every record has.
fn assert_record(record: &Value) {
    let lang = record["lang"].as_str().expect("lang");
    assert!(lang == "en" || lang == "fr", "lang {lang}");
    assert!(record["is_agreement"].is_boolean(), "{record}");
    assert!(record["agreements"].is_array(), "{record}");
    assert!(record["summary"].is_array(), "{record}");
    assert!(
        record.get("title").is_some() && record.get("published").is_some(),
        "{record}"
    );
}

#[test]
fn help_and_version() {
    let help = accord(&["--help"], b"");
    assert_eq!(code(&help), 0);
    let text = stdout(&help);
    for needle in [
        "analyze",
        "--format json|jsonl|csv",
        "--jsonl",
        "--reference-date",
        "EXIT CODES",
        "16 MiB",
    ] {
        assert!(text.contains(needle), "help lacks {needle}");
    }
    assert_eq!(code(&accord(&["analyze", "--help"], b"")), 0);
    let version = accord(&["--version"], b"");
    assert_eq!(code(&version), 0);
    assert_eq!(
        stdout(&version).trim(),
        format!("accord {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["analyze"],
        &["analyse", "x.txt"],
        &["analyze", "--frobnicate", "x.txt"],
        &["analyze", "--format", "xml", "x.txt"],
        &["analyze", "--format"],
    ] {
        let out = accord(args, b"");
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            stderr(&out).starts_with("accord: "),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("Usage:"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn reference_date_is_validated() {
    for bad in ["2024-13-01", "2023-02-29", "19/11/2024", "tomorrow", ""] {
        let out = accord(
            &["analyze", "--reference-date", bad, &data("en-mou.txt")],
            b"",
        );
        assert_eq!(code(&out), 2, "{bad}");
        assert!(
            stderr(&out).contains(&format!("--reference-date: '{bad}' is not a valid date")),
            "{}",
            stderr(&out)
        );
    }
    let out = accord(
        &[
            "analyze",
            "--reference-date=2024-02-29",
            &data("en-mou.txt"),
        ],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn one_file_gives_one_object() {
    let path = data("en-mou.txt");
    let out = accord(&["analyze", &path], b"");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty());
    let record: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(record["file"], path.as_str());
    assert_record(&record);
    // Plain text is analyzed as given: no reduced `text`.
    assert!(record.get("text").is_none());
}

#[test]
fn several_files_give_an_array_in_order() {
    let files = [
        data("en-mou.txt"),
        data("fr-accord.md"),
        data("en-page.html"),
    ];
    let args: Vec<&str> = std::iter::once("analyze")
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = accord(&args, b"");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(records.len(), 3);
    for (record, file) in records.iter().zip(&files) {
        assert_eq!(record["file"], file.as_str());
        assert_record(record);
    }
    // Markdown and HTML carry the text they were reduced to, with no markup or script left.
    let markdown = records[1]["text"].as_str().unwrap();
    assert!(markdown.starts_with("date 2025-02-12\n"), "{markdown}");
    assert!(markdown
        .contains("Agence nationale du numérique de Syldavie et la société Arcadia Systèmes"));
    assert!(
        !markdown.contains("**") && !markdown.contains("](") && !markdown.contains("signature.jpg")
    );
    let html = records[2]["text"].as_str().unwrap();
    assert!(
        html.starts_with(
            "date 2024-11-19\nRuritania and Acme Security partner on cyber defence\n\n"
        ),
        "{html}"
    );
    assert!(html.contains("Acme Security signed a cooperation agreement in Strelsau"));
    for leaked in ["GOLDEN-", "<", "Home", "Read also", "Example News", "alert"] {
        assert!(!html.contains(leaked), "{leaked} in {html}");
    }
}

#[test]
fn jsonl_output_is_one_record_a_line() {
    let files = [data("en-mou.txt"), data("fr-accord.md")];
    let out = accord(&["analyze", "--format", "jsonl", &files[0], &files[1]], b"");
    assert_eq!(code(&out), 0);
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["file"], files[1].as_str());
}

#[test]
fn failures_name_their_file_and_the_rest_goes_on() {
    let dir = scratch("failures");
    let pdf = dir.join("report.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").unwrap();
    let docx = dir.join("notes.docx");
    std::fs::write(&docx, b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00").unwrap();
    let noise = dir.join("noise.txt");
    std::fs::write(
        &noise,
        (0u32..2048)
            .map(|i| (i * 31 % 256) as u8)
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    let huge = dir.join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    let missing = dir.join("missing.txt");
    let good = data("en-mou.txt");
    let paths =
        [&pdf, &docx, &noise, &huge, &missing, &dir].map(|p| p.to_str().unwrap().to_string());
    let mut args = vec!["analyze", "--format", "jsonl", &good];
    args.extend(paths.iter().map(String::as_str));
    args.push(&good);
    let out = accord(&args, b"");
    assert_eq!(code(&out), 1);
    let errors = stderr(&out);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(lines.len(), 6, "{errors}");
    let expected = [
        "this is a PDF file, not text: save the article as text or HTML first",
        "this is a ZIP archive or an Office document (.docx, .odt), not text",
        "binary data",
        "over the limit of 16 MiB",
        "no such file",
        "is a directory",
    ];
    for ((line, path), message) in lines.iter().zip(&paths).zip(expected) {
        assert!(line.starts_with(&format!("accord: {path}: ")), "{line}");
        assert!(line.contains(message), "{line}");
    }
    assert!(!errors.contains("panicked"));
    let records: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r["file"] == good.as_str()));
}

#[test]
fn latin1_and_utf16_files_are_decoded() {
    let dir = scratch("encodings");
    let latin1 = dir.join("latin1.md");
    std::fs::write(&latin1, b"# Accord sign\xe9 \xe0 Gen\xe8ve\n\nL\x92agence et la soci\xe9t\xe9 ont sign\xe9 un accord.\n").unwrap();
    let utf16 = dir.join("utf16.html");
    let page = "<p>Protocole d’accord signé à Dakar.</p>";
    let bytes: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(page.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(&utf16, bytes).unwrap();
    let out = accord(
        &["analyze", latin1.to_str().unwrap(), utf16.to_str().unwrap()],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        records[0]["text"],
        "Accord signé à Genève\n\nL’agence et la société ont signé un accord."
    );
    assert_eq!(records[1]["text"], "Protocole d’accord signé à Dakar.");
}

/// Splits CSV text into records of fields (RFC 4180).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "CSV ends mid-row"
    );
    rows
}

#[test]
fn csv_has_a_header_and_quotes_what_needs_it() {
    let dir = scratch("csv");
    let odd = dir.join("a, \"quoted\" name.txt");
    std::fs::copy(data("en-mou.txt"), &odd).unwrap();
    let odd = odd.to_str().unwrap().to_string();
    let out = accord(
        &["analyze", "--format", "csv", &odd, &data("fr-accord.md")],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let header = "file,lang,title,published,is_agreement,type,parties,party_kinds,party_countries,signatories,signed_on,location,duration_months,scope,summary";
    assert_eq!(text.lines().next(), Some(header));
    assert!(
        text.contains(&format!("\"{}\"", odd.replace('"', "\"\""))),
        "{text}"
    );
    let rows = parse_csv(&text);
    assert!(rows.len() >= 3, "{rows:?}");
    assert!(rows.iter().all(|r| r.len() == 15), "{rows:?}");
    assert_eq!(rows[1][0], odd);
    assert!(rows[1][1] == "en" || rows[1][1] == "fr");
    assert!(rows[1][4] == "true" || rows[1][4] == "false");
    assert_eq!(rows.last().unwrap()[0], data("fr-accord.md"));
}

fn batch_line(id: &Value, text: &str) -> String {
    serde_json::json!({"id": id, "text": text, "reference_date": "2024-11-19"}).to_string()
}

#[test]
fn jsonl_batch_keeps_ids_and_order() {
    let mut input = String::new();
    let mut ids = Vec::new();
    for i in 0..300 {
        let id = if i % 3 == 0 {
            Value::from(i)
        } else {
            Value::from(format!("art-{i}"))
        };
        // Uneven lengths so that workers finish out of order.
        let text = "Acme Security and the Ministry signed an agreement. ".repeat(1 + (i * 37) % 50);
        input.push_str(&batch_line(&id, &text));
        input.push('\n');
        if i == 150 {
            input.push_str("\n   \n"); // Blank lines are skipped.
        }
        ids.push(id);
    }
    let out = accord(&["analyze", "--jsonl", "-"], input.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 300);
    for (record, id) in records.iter().zip(&ids) {
        assert_eq!(&record["id"], id);
        assert_record(record);
    }
    // A lone `-` starting with `{` is a batch too.
    let out = accord(&["analyze", "-"], input.as_bytes());
    assert_eq!(stdout(&out).lines().count(), 300);
}

#[test]
fn malformed_batch_lines_give_error_lines_and_go_on() {
    let input = [
        batch_line(
            &"first".into(),
            "Texte en français : un accord a été signé.",
        ),
        "{this is not json".to_string(),
        r#"{"id": "no-text"}"#.to_string(),
        r#"{"id": "bad-date", "text": "x", "reference_date": "2024-02-30"}"#.to_string(),
        r#"{"id": "html", "text": "<p>Hello <script>x()</script>world</p>", "format": "html"}"#
            .to_string(),
        r#"{"id": 7, "text": "x", "format": "pdf"}"#.to_string(),
        "[1, 2, 3]".to_string(),
        batch_line(&"last".into(), "The end."),
    ]
    .join("\n");
    let out = accord(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(code(&out), 1);
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 8);
    let expect_error = |i: usize, id: Value, prefix: &str| {
        assert_eq!(lines[i]["id"], id, "{}", lines[i]);
        let error = lines[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("no error: {}", lines[i]));
        assert!(error.starts_with(prefix), "{error}");
    };
    assert_eq!(lines[0]["id"], "first");
    assert_record(&lines[0]);
    expect_error(1, Value::Null, "line 2: not valid JSON");
    expect_error(2, "no-text".into(), "line 3: missing \"text\"");
    expect_error(3, "bad-date".into(), "line 4: \"reference_date\"");
    assert_eq!(lines[4]["id"], "html");
    assert_eq!(lines[4]["text"], "Hello world");
    expect_error(5, 7.into(), "line 6: \"format\"");
    expect_error(6, Value::Null, "line 7: expected a JSON object");
    assert_eq!(lines[7]["id"], "last");
    assert_record(&lines[7]);
}

#[test]
fn an_engine_error_is_an_error_line() {
    // Over accord_core::MAX_INPUT_BYTES (16 MiB) once parsed: refused by the engine.
    let text = "a".repeat(16 * 1024 * 1024 + 1);
    let input = format!(
        "{}\n{}\n",
        batch_line(&"huge".into(), &text),
        batch_line(&"next".into(), "Fine.")
    );
    let out = accord(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(code(&out), 1);
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "huge");
    assert!(
        lines[0]["error"].as_str().unwrap().starts_with("line 1: "),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["id"], "next");
    assert_record(&lines[1]);
}

#[test]
fn csv_batch_uses_the_id_column() {
    let input = format!(
        "{}\n{}\n",
        batch_line(&"a,1".into(), "One."),
        batch_line(&2.into(), "Two.")
    );
    let out = accord(&["analyze", "--jsonl", "--format", "csv"], input.as_bytes());
    assert_eq!(code(&out), 0);
    let rows = parse_csv(&stdout(&out));
    assert_eq!(rows[0][0], "id");
    assert_eq!((rows[1][0].as_str(), rows[2][0].as_str()), ("a,1", "2"));
}

#[test]
fn plain_text_on_stdin() {
    let out = accord(
        &["analyze", "-", "--format", "jsonl"],
        "Un accord a été signé lundi à Paris.\n".as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let record: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(record["file"], "-");
    assert_record(&record);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(BIN)
        .args(["analyze", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let text = "Acme and the Ministry signed a memorandum of understanding. ".repeat(20);
        for i in 0..20_000 {
            if writeln!(stdin, "{}", batch_line(&i.into(), &text)).is_err() {
                return;
            }
        }
    });
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":0,"), "{first}");
    drop(reader); // The reader goes away, as `head -1` does.
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.is_empty(), "{errors}");

    // The same for file mode.
    let mut child = Command::new(BIN)
        .args(["analyze", "--format", "jsonl"])
        .args(std::iter::repeat_n(data("en-mou.txt"), 2000))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    drop(reader);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
