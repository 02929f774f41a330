//! Single-thread throughput of `analyze`, in bytes per second (`cargo bench -p accord-core`).
//!
//! Inputs, all built at run time from the project's own fixture articles
//! (`../tests/fixtures/*.txt`, each analyzed with its reference date):
//! - `fixtures/all`: every fixture once, the work of a small batch (most fixtures are a few
//!   sentences, 576 bytes on average: the fixed cost of each analysis weighs more);
//! - `articles/all`: every article of the project's blind sets (`../tests/holdout*/*.txt`,
//!   whole pages as an analyst pastes them, 1.4 KB on average) once;
//! - `concatenated/{100KB,1MB,10MB}`: fixtures glued end to end, for how time grows with size;
//! - `pathological/*` (1 MB each): thousands of capitalised words (name recognition),
//!   one endless line of prose (sentence splitting), one endless line of organisation
//!   names and instruments (party matching), one endless sentence of short random words
//!   with a capitalised pair now and then (thousands of would-be people in one sentence:
//!   role and party lookups), and deeply nested HTML in `Format::Html` (the markup reducer).
//!
//! Quick run: `cargo bench -p accord-core --bench extract -- --warm-up-time 1 --measurement-time 3`
//! (name the bench: the library's own test harness rejects criterion's flags).

use std::fs;
use std::hint::black_box;
use std::path::Path;

use accord_core::{analyze, Date, Format, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");

/// The fixture articles, sorted by file name, each with its reference date.
fn fixtures() -> Vec<(String, Options)> {
    articles_in(&[Path::new(FIXTURES).to_path_buf()])
}

/// The articles of the blind sets (`tests/holdout*`), sorted by path.
fn holdout_articles() -> Vec<(String, Options)> {
    let tests = Path::new(FIXTURES)
        .parent()
        .expect("tests/ holds tests/fixtures");
    let mut dirs: Vec<_> = fs::read_dir(tests)
        .expect("tests/ is readable")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("holdout"))
        })
        .collect();
    dirs.sort();
    articles_in(&dirs)
}

/// The `.txt` articles of `dirs`, sorted by path, each with its reference date.
fn articles_in(dirs: &[std::path::PathBuf]) -> Vec<(String, Options)> {
    let mut paths: Vec<_> = dirs
        .iter()
        .flat_map(|d| fs::read_dir(d).expect("an article folder is readable"))
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in {dirs:?}");
    paths
        .iter()
        .map(|p| {
            let text = fs::read_to_string(p).expect("a UTF-8 fixture");
            (
                text,
                Options {
                    reference_date: reference_date(p),
                    ..Options::default()
                },
            )
        })
        .collect()
}

/// The `reference_date` of the expected record beside a fixture, if any.
fn reference_date(txt: &Path) -> Option<Date> {
    let json = fs::read_to_string(txt.with_extension("json")).ok()?;
    let gold: serde_json::Value = serde_json::from_str(&json).ok()?;
    gold.get("reference_date")?.as_str()?.parse().ok()
}

/// The fixtures glued end to end until `size` bytes, cut on a character boundary.
fn concatenated(articles: &[(String, Options)], size: usize) -> String {
    let mut out = String::with_capacity(size + 4096);
    for (text, _) in articles.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.push_str(text);
        out.push_str("\n\n");
    }
    let mut end = size.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn bench_fixtures(c: &mut Criterion) {
    bench_batch(c, "fixtures", &fixtures());
    bench_batch(c, "articles", &holdout_articles());
}

/// Analyzes every article of `articles` once per iteration, as group `name`, benchmark `all`.
fn bench_batch(c: &mut Criterion, name: &str, articles: &[(String, Options)]) {
    let total: usize = articles.iter().map(|(t, _)| t.len()).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("all", |b| {
        b.iter(|| {
            for (text, options) in articles {
                black_box(analyze(black_box(text), options).ok());
            }
        })
    });
    group.finish();
}

fn bench_sizes(c: &mut Criterion) {
    let articles = fixtures();
    let options = Options {
        reference_date: Date::new(2025, 3, 6),
        ..Options::default()
    };
    let mut group = c.benchmark_group("concatenated");
    group.sample_size(10);
    for (name, size) in [
        ("100KB", 100 * 1024),
        ("1MB", 1024 * 1024),
        ("10MB", 10 * 1024 * 1024),
    ] {
        let input = concatenated(&articles, size);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &input, |b, input| {
            b.iter(|| black_box(analyze(black_box(input), &options).ok()))
        });
    }
    group.finish();
}

fn bench_pathological(c: &mut Criterion) {
    const MB: usize = 1024 * 1024;
    let words = [
        "Acme",
        "Zembla",
        "National",
        "Authority",
        "Ministry",
        "Digital",
        "Kigali",
        "Le",
    ];
    let mut capitalised = String::with_capacity(MB + 16);
    for w in words.iter().cycle() {
        if capitalised.len() >= MB {
            break;
        }
        capitalised.push_str(w);
        capitalised.push(' ');
    }
    let endless_line = "the ministry and the agency signed on monday, and ".repeat(MB / 50);
    let endless_names =
        "Acme signed an agreement with the Ministry of Digital Economy ".repeat(MB / 62);
    // A fixed linear congruential sequence: the same "random" words on every run.
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let mut random_words = String::with_capacity(MB + 16);
    while random_words.len() < MB {
        let len = 1 + next(4);
        let cap = next(5) == 0;
        for i in 0..len {
            let c = (b'a' + next(26) as u8) as char;
            random_words.push(if cap && i == 0 {
                c.to_ascii_uppercase()
            } else {
                c
            });
        }
        random_words.push(' ');
    }
    let depth = MB / 30;
    let nested_html = format!(
        "<html><body>{}<p>Acme and the Zembla Authority signed an MoU.</p>{}</body></html>",
        "<div><span>".repeat(depth / 2),
        "</span></div>".repeat(depth / 2)
    );
    let text = |reference| Options {
        reference_date: reference,
        format: Format::Text,
    };
    let cases = [
        ("capitalised_words", capitalised, text(None)),
        ("endless_line", endless_line, text(Date::new(2025, 3, 6))),
        ("endless_line_of_names", endless_names, text(None)),
        ("one_sentence_of_random_words", random_words, text(None)),
        (
            "nested_html",
            nested_html,
            Options {
                reference_date: None,
                format: Format::Html,
            },
        ),
    ];
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for (name, input, options) in &cases {
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| black_box(analyze(black_box(input), options).ok()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_fixtures, bench_sizes, bench_pathological);
criterion_main!(benches);

// As the accord binary allocates (cli/src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
