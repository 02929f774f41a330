//! The engine's modules form a pipeline of stages that only look back: shared types, then
//! reference data, then text, mentions, frames, agreements and the record. This test reads
//! every module of `core/src` and fails when one refers to a module that comes later in
//! [`ORDER`], which also rules out any import cycle. A new module must be placed in
//! [`ORDER`] (the test fails on a module it does not know), so its stage is a decision
//! someone made, not an accident of the `use` lines.

use std::fs;
use std::path::Path;

/// Every module of the engine, by stage, each stage in an order that only looks back.
const ORDER: &[(&str, &[&str])] = &[
    (
        "shared types",
        &[
            "hash", "sort", "lower", "date", "facts", "error", "options", "decode",
        ],
    ),
    (
        "reference data",
        &["tables", "words", "given_names", "gazetteer"],
    ),
    (
        "text",
        &[
            "markup", "token", "vocab", "text", "lang", "lexicon", "names",
        ],
    ),
    ("mentions", &["entities", "dates"]),
    ("frames", &["frames", "persons"]),
    (
        "agreements",
        &["parties", "people", "facets", "scope", "summary", "parts"],
    ),
    ("record", &["extract", "group"]),
];

fn position(module: &str) -> Option<(usize, &'static str)> {
    ORDER
        .iter()
        .flat_map(|(stage, modules)| modules.iter().map(move |m| (*m, *stage)))
        .enumerate()
        .find(|(_, (m, _))| *m == module)
        .map(|(i, (_, stage))| (i, stage))
}

/// The code of a module file without its comments and its unit-test module (tests may call
/// the whole pipeline).
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("a source file is readable");
    let text = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The crate modules `code` refers to, as `crate::name`.
fn referred(code: &str) -> Vec<String> {
    let mut out: Vec<String> = code
        .split("crate::")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .collect();
    // `use crate::{a, b}` lists.
    for part in code.split("crate::{").skip(1) {
        let list = part.split('}').next().unwrap_or_default();
        for item in list.split(',') {
            let name: String = item
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn modules_only_refer_to_earlier_stages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut seen = 0;
    for entry in fs::read_dir(&src).expect("core/src is readable") {
        let path = entry.expect("a directory entry").path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_none_or(|e| e != "rs") || name == "lib" {
            continue;
        }
        seen += 1;
        let Some((own, own_stage)) = position(name) else {
            problems.push(format!("{name}: not placed in a stage of ORDER"));
            continue;
        };
        // A folder module's files (markup/) belong to it.
        let mut code = code_of(&path);
        if let Ok(dir) = fs::read_dir(src.join(name)) {
            for sub in dir.flatten() {
                code.push_str(&code_of(&sub.path()));
            }
        }
        for other in referred(&code) {
            if other == name {
                continue;
            }
            match position(&other) {
                Some((at, stage)) if at > own => problems.push(format!(
                    "{name} ({own_stage}) refers to {other}, which comes later ({stage})"
                )),
                // Items the crate root re-exports (crate::Options) are not modules.
                _ => {}
            }
        }
    }
    assert!(seen > 20, "only {seen} modules read");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_a_backward_reference() {
    let code =
        "use crate::extract::Ctx;\nuse crate::{facts, text};\n// crate::group in a comment\n";
    let found = referred(
        &code
            .lines()
            .map(|l| l.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    assert_eq!(found, ["extract", "facts", "text"]);
    assert!(position("extract").unwrap().0 > position("parties").unwrap().0);
}
