//! Benchmark of the tracker on a large library (not a test): 10,000 articles generated
//! from the fixture articles (tests/fixtures/*.txt, each analyzed once, then copied with
//! other party names and dates so that they form many agreements), grouped with
//! `accord_core::group`, then laid out as the timeline and the network. Prints the time of
//! each step and the size of the library; with `--write FILE`, also writes the library as a
//! JSON export for the browser measurement (`node scripts/bench-web.mjs --tracker FILE`).
//!
//! `cargo run --release --example bench_tracker [-- --write target/bench-library.json]`

use std::rc::Rc;
use std::time::Instant;

use accord_web::job::{run, Job};
use accord_web::model::{Entry, SourceFormat, SCHEMA_VERSION};
use accord_web::viz::{network, timeline};

const N: usize = 10_000;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .filter_map(|p| {
                    let name = p.file_name()?.to_string_lossy().to_string();
                    Some((name, std::fs::read_to_string(&p).ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    texts.sort();
    if texts.is_empty() {
        eprintln!("bench: no fixture articles in {}", dir.display());
        std::process::exit(1);
    }
    let t0 = Instant::now();
    let base: Vec<Entry> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, (name, text))| {
            let job = Job {
                id: i as u64,
                batch: 1,
                file_name: Some(name.clone()),
                text: Some(text.clone()),
                format: SourceFormat::Text,
                reference_date: Some("2024-06-15".into()),
            };
            let done = run(&job, None).ok()?;
            Some(Entry {
                schema_version: SCHEMA_VERSION,
                id: String::new(),
                file_name: job.file_name,
                source: done.source,
                format: SourceFormat::Text,
                reference_date: done.reference_date,
                analyzed_at: String::new(),
                extracted: done.record,
                corrections: Vec::new(),
            })
        })
        .collect();
    println!(
        "analyzed {} fixture articles in {:.0} ms",
        base.len(),
        t0.elapsed().as_secs_f64() * 1e3
    );
    // Copy i of fixture f: the same article about "another" agreement every third copy
    // (party names suffixed), so that copies group in threes, dated across ten years.
    let library: Vec<Rc<Entry>> = (0..N)
        .map(|i| {
            let mut e = base[i % base.len()].clone();
            let variant = i / (3 * base.len());
            e.id = format!("bench-{i:05}");
            e.analyzed_at = format!("2025-01-01T00:00:{:02}.{:03}Z", (i / 1000) % 60, i % 1000);
            let day = accord_core::Date::new(2015, 1, 1)
                .map(|d| d.add_days((variant as i64 * 11) % 3650));
            for a in &mut e.extracted.agreements {
                for p in &mut a.parties {
                    p.name = format!("{} {variant}", p.name);
                    p.aliases.clear();
                }
                a.signed_on = day.map(accord_core::PartialDate::Day);
            }
            e.reference_date = day.map(|d| d.to_string());
            Rc::new(e)
        })
        .collect();
    let refs: Vec<&Rc<Entry>> = library.iter().collect();

    let t = Instant::now();
    let grouping = accord_web::tracker::grouping(&refs, &[]);
    let group_ms = t.elapsed().as_secs_f64() * 1e3;
    let g = &grouping.groups;

    let t = Instant::now();
    let items: Vec<timeline::Item> = g
        .iter()
        .enumerate()
        .filter_map(|(i, x)| {
            accord_web::tracker::group_date(x).map(|(date, signed)| timeline::Item {
                group: i,
                date,
                signed,
            })
        })
        .collect();
    let tl = timeline::layout(&items, 900.0);
    let timeline_ms = t.elapsed().as_secs_f64() * 1e3;

    let t = Instant::now();
    let parties: Vec<Vec<network::PartyRef>> = g
        .iter()
        .map(|x| {
            x.parties
                .iter()
                .map(|p| network::PartyRef {
                    name: p.name.clone(),
                    kind: p.kind,
                    country: p.country.clone(),
                })
                .collect()
        })
        .collect();
    let net = network::layout(&parties, 560.0, 80);
    let network_ms = t.elapsed().as_secs_f64() * 1e3;

    let t = Instant::now();
    let csv = accord_web::export::groups_to_csv(g);
    let export_ms = t.elapsed().as_secs_f64() * 1e3;

    println!(
        "{N} articles → {} agreements ({} articles without one)",
        g.len(),
        grouping.not_agreements.len()
    );
    println!("grouping: {group_ms:.0} ms");
    println!(
        "timeline layout: {timeline_ms:.1} ms ({} points)",
        tl.points.len()
    );
    println!(
        "network layout: {network_ms:.1} ms ({} parties drawn, {} left out, {} edges)",
        net.nodes.len(),
        net.hidden,
        net.edges.len()
    );
    println!(
        "grouped CSV export: {export_ms:.0} ms ({} KB)",
        csv.len() / 1024
    );
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let Some(path) = args.get(i + 1) else {
            eprintln!("bench: --write needs a file name");
            std::process::exit(2);
        };
        let list: Vec<&Entry> = library.iter().map(|e| e.as_ref()).collect();
        let json = accord_web::export::to_json(&list, "2025-01-01T00:00:00.000Z");
        if let Err(e) = std::fs::write(path, &json) {
            eprintln!("bench: cannot write {path}: {e}");
            std::process::exit(1);
        }
        println!("wrote {path} ({} MB)", json.len() / 1_048_576);
    }
}
