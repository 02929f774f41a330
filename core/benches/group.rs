//! Time to group 10,000 analysis records into signing events (`cargo bench -p accord-core
//! --bench group`).
//!
//! The records are built at run time from the project's own fixture articles
//! (`../tests/fixtures/*.txt`, each analyzed once with its reference date): record `i`
//! reports event `i / 3` (so most events have three reports); an event takes the agreements
//! of one fixture, and each pass over the fixtures renames one party with a made-up word and
//! moves every date two months on, so that events are distinct while their reports share
//! parties, dates and many names. Reports vary the way news do: one names a party by its
//! first alias, one gives only the month of signing.
//!
//! Quick run: `cargo bench -p accord-core --bench group -- --warm-up-time 1 --measurement-time 5`

use std::fs;
use std::hint::black_box;
use std::path::Path;

use accord_core::group::{group, Source};
use accord_core::{analyze, Analysis, Date, Options, PartialDate};
use criterion::{criterion_group, criterion_main, Criterion};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");

/// The fixture records that report an agreement, sorted by file name.
fn fixture_records() -> Vec<(Analysis, Option<Date>)> {
    let mut paths: Vec<_> = fs::read_dir(FIXTURES)
        .expect("tests/fixtures is readable")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let text = fs::read_to_string(p).ok()?;
            let reference_date = reference_date(p);
            let options = Options {
                reference_date,
                ..Options::default()
            };
            let record = analyze(&text, &options).ok()?;
            record.is_agreement.then_some((record, reference_date))
        })
        .collect()
}

fn reference_date(txt: &Path) -> Option<Date> {
    let json = fs::read_to_string(txt.with_extension("json")).ok()?;
    let gold: serde_json::Value = serde_json::from_str(&json).ok()?;
    gold.get("reference_date")?.as_str()?.parse().ok()
}

fn shift(date: Option<PartialDate>, days: i64) -> Option<PartialDate> {
    date.map(|d| match d {
        PartialDate::Day(d) => PartialDate::Day(d.add_days(days)),
        PartialDate::Month { year, month } => {
            let d = Date {
                year,
                month,
                day: 1,
            }
            .add_days(days);
            PartialDate::Month {
                year: d.year,
                month: d.month,
            }
        }
    })
}

/// Letters for made-up party words, so that no two passes share a name.
fn word(n: usize) -> String {
    let letters = b"bcdfghjklmnpqrstvwxz";
    let mut n = n;
    let mut out = String::from("Vel");
    loop {
        out.push(letters[n % letters.len()] as char);
        n /= letters.len();
        if n == 0 {
            return out;
        }
    }
}

/// `count` records as described in the module comment.
pub fn records(count: usize) -> Vec<Source> {
    let base = fixture_records();
    assert!(!base.is_empty(), "no fixture reports an agreement");
    (0..count)
        .map(|i| {
            let event = i / 3;
            let report = i % 3;
            let (record, date) = &base[event % base.len()];
            let pass = event / base.len();
            let days = 61 * pass as i64;
            let mut analysis = record.clone();
            for a in &mut analysis.agreements {
                a.signed_on = shift(a.signed_on, days);
                if pass > 0 {
                    if let Some(p) = a.parties.first_mut() {
                        p.name = format!("{} {}", p.name, word(pass));
                        p.aliases.clear();
                    }
                }
                if report == 1 {
                    if let Some(p) = a.parties.last_mut() {
                        if let Some(alias) = p.aliases.first().cloned() {
                            p.aliases = vec![std::mem::replace(&mut p.name, alias)];
                        }
                    }
                }
                if report == 2 {
                    a.signed_on = a.signed_on.map(|d| PartialDate::Month {
                        year: d.year(),
                        month: d.month(),
                    });
                }
            }
            analysis.published = shift(analysis.published, days);
            Source {
                id: format!("r{i}"),
                analysis,
                date: shift(date.map(PartialDate::Day), days + report as i64),
                ..Source::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let sources = records(10_000);
    let mut g = c.benchmark_group("group");
    g.sample_size(10);
    g.bench_function("10k_records", |b| {
        b.iter(|| group(black_box(&sources), &[]))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

// As the accord binary allocates (cli/src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
