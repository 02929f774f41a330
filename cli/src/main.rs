//! `accord`: the command line front end of accord-core (work in progress).

use std::io::{BufRead, Write};

fn main() -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let input: serde_json::Value = serde_json::from_str(&line)?;
        let text = input["text"].as_str().unwrap_or_default();
        let reference_date = input["reference_date"].as_str().and_then(|s| s.parse().ok());
        let options = accord_core::Options { reference_date, ..Default::default() };
        let record = accord_core::analyze(text, &options)?;
        let mut value = serde_json::to_value(&record)?;
        value["id"] = input["id"].clone();
        writeln!(out, "{value}")?;
    }
    Ok(())
}
