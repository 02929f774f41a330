//! Fuzz target for the whole engine: `accord_core::analyze`.
//!
//! Input layout (see `fuzz/seed.sh`, which writes seeds in this layout):
//! - byte 0: the options. `b0 % 3` picks the format (0 Text, 1 Html, 2 Markdown);
//!   bit 2 (`b0 & 4`) says whether a reference date is set;
//! - bytes 1..3: the reference date, a little-endian `u16` of days after 1990-01-01
//!   (so always a valid date, 1990-01-01 to 2169-06-05), read only when bit 2 is set;
//! - the rest: the article, decoded lossily as UTF-8.
//!
//! Missing header bytes count as zero. Invariants checked:
//! - `analyze` returns `Ok` unless the input is over `MAX_INPUT_BYTES` (then `TooLarge`);
//! - every evidence span of the record (title, publication date, instrument type, parties,
//!   signatories, scope, signing date, place, term, summary sentences) has
//!   `start <= end <= len` and lies on character boundaries of the analyzed text
//!   (`record.text` when the input was converted, else the input).

#![no_main]

use accord_core::{analyze, Analysis, Date, ErrorKind, Format, Options, Span, MAX_INPUT_BYTES};
use libfuzzer_sys::fuzz_target;

/// 1990-01-01 in days since 1970-01-01.
const DATE_BASE_DAYS: i64 = 7305;

fn options(header: [u8; 3]) -> Options {
    let format = match header[0] % 3 {
        0 => Format::Text,
        1 => Format::Html,
        _ => Format::Markdown,
    };
    let reference_date = (header[0] & 4 != 0).then(|| {
        let offset = u16::from_le_bytes([header[1], header[2]]);
        Date::from_days(DATE_BASE_DAYS + i64::from(offset))
    });
    if let Some(d) = reference_date {
        assert!(
            Date::new(d.year, d.month, d.day).is_some(),
            "fuzz harness built an invalid date {d:?}"
        );
    }
    Options {
        reference_date,
        format,
    }
}

fn check_span(what: &str, span: Span, text: &str) {
    let Span { start, end } = span;
    assert!(
        start <= end && end <= text.len(),
        "{what} span {start}..{end} out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} span {start}..{end} not on char boundaries"
    );
}

fn check_record(record: &Analysis, text: &str) {
    let all = |what: &str, spans: &[Span]| {
        for s in spans {
            check_span(what, *s, text);
        }
    };
    all("title", &record.title_evidence);
    all("published", &record.published_evidence);
    for ag in &record.agreements {
        all("type", &ag.type_evidence);
        all("signed_on", &ag.signed_on_evidence);
        all("location", &ag.location_evidence);
        all("duration", &ag.duration_evidence);
        if let Some(r) = &ag.renewal {
            all("renewal", &r.evidence);
        }
        for p in &ag.parties {
            all("party", &p.evidence);
        }
        for s in &ag.signatories {
            all("signatory", &s.evidence);
        }
        for s in &ag.scope {
            all("scope", &s.evidence);
        }
    }
    for s in &record.summary {
        check_span("summary", Span::new(s.start, s.end), text);
    }
}

fuzz_target!(|data: &[u8]| {
    let mut header = [0u8; 3];
    let n = data.len().min(3);
    header[..n].copy_from_slice(&data[..n]);
    let options = options(header);
    let input = String::from_utf8_lossy(&data[n..]);

    match analyze(&input, &options) {
        Ok(record) => {
            assert!(
                input.len() <= MAX_INPUT_BYTES,
                "Ok for an input of {} bytes, over the limit",
                input.len()
            );
            let text = record.text.as_deref().unwrap_or(&input);
            check_record(&record, text);
        }
        Err(e) => match e.kind() {
            ErrorKind::TooLarge { .. } if input.len() > MAX_INPUT_BYTES => {}
            other => panic!("error {other:?} on an input of {} bytes", input.len()),
        },
    }
});
