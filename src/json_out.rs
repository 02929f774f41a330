//! The worker's answers ([`JobResult`], [`GroupReply`]) written as JSON by hand: the same
//! text as serde_json's compact writer gives for their serde derives (same field order,
//! same escapes, same whole numbers, the same fields left out; the one float, a time, is
//! written by the caller: [`job_result`]), in a fraction of the code: each
//! field is one literal (`,"name":`) and one call, where serde's writer goes through its
//! generic machinery for every field. A test checks the text equal to serde_json's on the
//! records of every fixture article and on their grouping.

use accord_core::group::{
    Crosswalk, Disagreement, Group, GroupParty, GroupSignatory, GroupSource, Grouping, SourceRef,
    Support, Supported,
};
use accord_core::{
    Agreement, AgreementType, Analysis, PartialDate, Party, PartyKind, Renewal, ScopeItem,
    Signatory, Span, SummarySentence,
};

use crate::job::{Done, GroupReply, JobResult};

/// A value that writes itself as JSON onto a string.
pub trait ToJson {
    /// Appends the JSON text of `self` to `out`.
    fn json(&self, out: &mut String);
}

/// The JSON text of `value`.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.json(&mut out);
    out
}

/// An object: `{"first":value,"second":value…}`, each key a literal.
macro_rules! object {
    ($out:ident, $k0:literal => $v0:expr $(, $k:literal => $v:expr)* $(,)?) => {{
        $out.push_str(concat!("{\"", $k0, "\":"));
        $v0.json($out);
        $(
            $out.push_str(concat!(",\"", $k, "\":"));
            $v.json($out);
        )*
        $out.push('}');
    }};
}

/// A string with serde_json's escapes: `"` and `\`, the short forms of backspace, form
/// feed, newline, carriage return and tab, `\u00XX` for the other control characters.
#[inline(never)]
fn string(s: &str, out: &mut String) {
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0c => 'f',
            0..0x20 => 'u',
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// A whole number, in decimal.
#[inline(never)]
fn number(n: u64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

impl ToJson for str {
    fn json(&self, out: &mut String) {
        string(self, out);
    }
}

impl ToJson for String {
    fn json(&self, out: &mut String) {
        string(self, out);
    }
}

impl ToJson for u64 {
    fn json(&self, out: &mut String) {
        number(*self, out);
    }
}

impl ToJson for usize {
    fn json(&self, out: &mut String) {
        number(*self as u64, out);
    }
}

impl ToJson for u32 {
    fn json(&self, out: &mut String) {
        number(u64::from(*self), out);
    }
}

impl ToJson for i32 {
    fn json(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        number(u64::from(self.unsigned_abs()), out);
    }
}

impl ToJson for bool {
    fn json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn json(&self, out: &mut String) {
        match self {
            Some(v) => v.json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn json(&self, out: &mut String) {
        self.as_slice().json(out);
    }
}

impl ToJson for PartialDate {
    fn json(&self, out: &mut String) {
        string(&self.to_string(), out);
    }
}

impl ToJson for AgreementType {
    fn json(&self, out: &mut String) {
        string(self.label(), out);
    }
}

impl ToJson for PartyKind {
    fn json(&self, out: &mut String) {
        string(self.label(), out);
    }
}

impl ToJson for Span {
    fn json(&self, out: &mut String) {
        object!(out, "start" => self.start, "end" => self.end);
    }
}

impl ToJson for Party {
    fn json(&self, out: &mut String) {
        object!(out,
            "name" => self.name,
            "aliases" => self.aliases,
            "kind" => self.kind,
            "country" => self.country,
            "evidence" => self.evidence,
        );
    }
}

impl ToJson for Signatory {
    fn json(&self, out: &mut String) {
        object!(out,
            "name" => self.name,
            "role" => self.role,
            "party" => self.party,
            "evidence" => self.evidence,
        );
    }
}

impl ToJson for ScopeItem {
    fn json(&self, out: &mut String) {
        object!(out, "label" => self.label, "evidence" => self.evidence);
    }
}

impl ToJson for Renewal {
    fn json(&self, out: &mut String) {
        out.push('{');
        if let Some(year) = self.earlier_year {
            out.push_str("\"earlier_year\":");
            year.json(out);
            out.push(',');
        }
        out.push_str("\"evidence\":");
        self.evidence.json(out);
        out.push('}');
    }
}

impl ToJson for Agreement {
    fn json(&self, out: &mut String) {
        object!(out,
            "type" => self.kind,
            "type_evidence" => self.type_evidence,
            "parties" => self.parties,
            "signatories" => self.signatories,
            "signed_on" => self.signed_on,
            "signed_on_text" => self.signed_on_text,
            "signed_on_evidence" => self.signed_on_evidence,
            "location" => self.location,
            "location_evidence" => self.location_evidence,
            "duration_months" => self.duration_months,
            "duration_evidence" => self.duration_evidence,
            "scope" => self.scope,
        );
        if let Some(renewal) = &self.renewal {
            out.pop();
            out.push_str(",\"renewal\":");
            renewal.json(out);
            out.push('}');
        }
    }
}

impl ToJson for SummarySentence {
    fn json(&self, out: &mut String) {
        object!(out, "text" => self.text, "start" => self.start, "end" => self.end);
    }
}

impl ToJson for Analysis {
    fn json(&self, out: &mut String) {
        object!(out,
            "lang" => self.lang.code(),
            "title" => self.title,
            "title_evidence" => self.title_evidence,
            "published" => self.published,
            "published_evidence" => self.published_evidence,
            "is_agreement" => self.is_agreement,
            "agreements" => self.agreements,
            "summary" => self.summary,
        );
        if let Some(text) = &self.text {
            out.pop();
            out.push_str(",\"text\":");
            text.json(out);
            out.push('}');
        }
    }
}

impl ToJson for Done {
    fn json(&self, out: &mut String) {
        object!(out,
            "source" => self.source,
            "reference_date" => self.reference_date,
            "record" => self.record,
        );
    }
}

/// The JSON text of a job's result, its one float (the time spent, which the page does
/// not show) written by `float`: the worker has the browser's writer (`JSON.stringify`),
/// whose text reads back as the same number (`0` for `0.0`, `1e+21` for `1e21`), so that
/// it downloads no float writer of its own.
pub fn job_result(result: &JobResult, float: impl Fn(f64) -> String) -> String {
    let mut out = String::new();
    let out = &mut out;
    object!(out, "id" => result.id, "batch" => result.batch, "file_name" => result.file_name);
    out.pop();
    match &result.outcome {
        Ok(done) => {
            out.push_str(",\"outcome\":{\"Ok\":");
            done.json(out);
        }
        Err(e) => {
            out.push_str(",\"outcome\":{\"Err\":");
            e.json(out);
        }
    }
    out.push_str("},\"elapsed_ms\":");
    out.push_str(&float(result.elapsed_ms));
    out.push('}');
    std::mem::take(out)
}

impl ToJson for SourceRef {
    fn json(&self, out: &mut String) {
        object!(out, "id" => self.id, "agreement" => self.agreement);
    }
}

impl<T: ToJson> ToJson for Supported<T> {
    fn json(&self, out: &mut String) {
        object!(out, "value" => self.value, "sources" => self.sources);
    }
}

impl ToJson for GroupParty {
    fn json(&self, out: &mut String) {
        object!(out,
            "name" => self.name,
            "aliases" => self.aliases,
            "kind" => self.kind,
            "country" => self.country,
            "sources" => self.sources,
        );
    }
}

impl ToJson for GroupSignatory {
    fn json(&self, out: &mut String) {
        object!(out,
            "name" => self.name,
            "role" => self.role,
            "party" => self.party,
            "sources" => self.sources,
        );
    }
}

impl ToJson for GroupSource {
    fn json(&self, out: &mut String) {
        object!(out,
            "id" => self.id,
            "agreement" => self.agreement,
            "title" => self.title,
            "outlet" => self.outlet,
            "file_name" => self.file_name,
            "date" => self.date,
        );
    }
}

impl ToJson for Support {
    fn json(&self, out: &mut String) {
        object!(out,
            "type" => self.kind,
            "signed_on" => self.signed_on,
            "location" => self.location,
            "duration_months" => self.duration_months,
            "scope" => self.scope,
        );
    }
}

impl ToJson for Disagreement {
    fn json(&self, out: &mut String) {
        object!(out, "field" => self.field);
        out.pop();
        if let Some(party) = &self.party {
            out.push_str(",\"party\":");
            party.json(out);
        }
        out.push_str(",\"values\":");
        self.values.json(out);
        out.push_str(",\"silent\":");
        self.silent.json(out);
        out.push('}');
    }
}

impl ToJson for Crosswalk {
    fn json(&self, out: &mut String) {
        object!(out,
            "cameo_code" => self.cameo_code,
            "cameo_label" => self.cameo_label,
            "plover_event" => self.plover_event,
            "plover_contexts" => self.plover_contexts,
            "iccd_areas" => self.iccd_areas,
            "gfce_themes" => self.gfce_themes,
            "party_countries" => self.party_countries,
            "party_kinds" => self.party_kinds,
        );
    }
}

impl ToJson for Group {
    fn json(&self, out: &mut String) {
        object!(out,
            "id" => self.id,
            "type" => self.kind,
            "parties" => self.parties,
            "signatories" => self.signatories,
            "signed_on" => self.signed_on,
            "location" => self.location,
            "duration_months" => self.duration_months,
            "scope" => self.scope,
            "first_reported" => self.first_reported,
            "sources" => self.sources,
            "support" => self.support,
            "disagreements" => self.disagreements,
            "crosswalk" => self.crosswalk,
        );
    }
}

impl ToJson for Grouping {
    fn json(&self, out: &mut String) {
        object!(out,
            "groups" => self.groups,
            "not_agreements" => self.not_agreements,
            "skipped_decisions" => self.skipped_decisions,
        );
    }
}

impl ToJson for GroupReply {
    fn json(&self, out: &mut String) {
        object!(out, "seq" => self.seq, "grouping" => self.grouping, "error" => self.error);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use accord_core::group::{Decision, Source};

    /// Every fixture article's record, plus hand-made ones with the rarer fields and
    /// strings that need escapes.
    fn records() -> Vec<Analysis> {
        let mut out = crate::wire::tests::fixture_records();
        let mut rare = crate::model::tests::sample_entry().extracted;
        rare.text = Some("plain \"quoted\" \\ back\u{1}\u{1f}\u{7f}\u{8}\u{c}\n\r\té€😀".into());
        rare.title = Some("a\u{0}b".into());
        rare.published = Some("2024-05".parse().unwrap());
        if let Some(a) = rare.agreements.first_mut() {
            a.renewal = Some(Renewal {
                earlier_year: Some(-2019),
                evidence: vec![Span::new(1, 2)],
            });
            a.duration_months = Some(u32::MAX);
        }
        out.push(rare.clone());
        if let Some(a) = rare.agreements.first_mut() {
            a.renewal = Some(Renewal {
                earlier_year: None,
                evidence: vec![],
            });
        }
        rare.text = None;
        out.push(rare);
        out
    }

    #[test]
    fn job_results_are_written_as_serde_json_writes_them() {
        let mut n = 0;
        for (i, record) in records().into_iter().enumerate() {
            let i = i as u64;
            let result = JobResult {
                id: i * 7919,
                batch: u64::MAX - i,
                file_name: (i % 3 == 0).then(|| format!("file {i}.html")),
                outcome: Ok(Done {
                    source: format!("source \"{i}\""),
                    reference_date: (i % 2 == 0).then(|| "2024-05-08".into()),
                    record,
                }),
                elapsed_ms: [0.0, 1.5, 0.1 + 0.2, 123_456.789, 1e21, f64::NAN][(i % 6) as usize],
            };
            assert_eq!(
                job_result(&result, serde_float),
                serde_json::to_string(&result).unwrap()
            );
            n += 1;
        }
        assert!(n > 1000);
        let failed = JobResult {
            id: 1,
            batch: 2,
            file_name: None,
            outcome: Err("the file is \"binary\"".into()),
            elapsed_ms: 0.25,
        };
        assert_eq!(
            job_result(&failed, serde_float),
            serde_json::to_string(&failed).unwrap()
        );
        // The browser's forms of a float read back as the same number.
        for (js, x) in [
            ("0", 0.0),
            ("12", 12.0),
            ("0.30000000000000004", 0.1 + 0.2),
            ("1e+21", 1e21),
        ] {
            let text = job_result(
                &JobResult {
                    elapsed_ms: x,
                    ..failed.clone()
                },
                |_| js.into(),
            );
            let back = crate::job::from_json::<JobResult>(&text).unwrap();
            assert_eq!(back.elapsed_ms.to_bits(), x.to_bits());
            assert_eq!(
                back,
                JobResult {
                    elapsed_ms: x,
                    ..failed.clone()
                }
            );
        }
    }

    /// serde_json's float writer, as the tests' stand-in for the browser's.
    fn serde_float(x: f64) -> String {
        serde_json::to_string(&x).unwrap()
    }

    #[test]
    fn group_replies_are_written_as_serde_json_writes_them() {
        let sources: Vec<Source> = records()
            .into_iter()
            .enumerate()
            .map(|(i, a)| Source {
                id: format!("s{i}"),
                analysis: a,
                title: (i % 3 == 0).then(|| "A \"title\"".into()),
                outlet: (i % 4 == 0).then(|| "An outlet".into()),
                file_name: (i % 5 == 0).then(|| "a.html".into()),
                date: (i % 7 == 0).then(|| "2025-03".parse().unwrap()),
            })
            .collect();
        let decisions = [Decision {
            kind: accord_core::group::DecisionKind::Split,
            members: vec![SourceRef {
                id: "nowhere".into(),
                agreement: 3,
            }],
        }];
        let g = accord_core::group::group(&sources, &decisions);
        assert!(g.groups.iter().any(|g| !g.disagreements.is_empty()));
        assert!(g
            .groups
            .iter()
            .any(|g| g.disagreements.iter().any(|d| d.party.is_some())));
        assert!(g
            .groups
            .iter()
            .any(|g| g.disagreements.iter().any(|d| d.party.is_none())));
        assert!(g
            .groups
            .iter()
            .any(|g| !g.support.duration_months.is_empty()));
        assert!(!g.skipped_decisions.is_empty());
        let reply = GroupReply::new(4, Ok(g));
        assert_eq!(to_string(&reply), serde_json::to_string(&reply).unwrap());
        let failed = GroupReply::new(5, Err("no \"grouping\"".into()));
        assert_eq!(to_string(&failed), serde_json::to_string(&failed).unwrap());
    }
}
