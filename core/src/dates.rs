//! Date recognition: finds date expressions in English and French and resolves them
//! against a reference date; finds the publication date a text states about itself.
//!
//! "Today" is never read from a clock: relative expressions ("yesterday", "hier", "on
//! Thursday", "lundi", "November 18" without a year) resolve only against the reference
//! date the caller gives, or the publication date the text states. Without one they stay
//! unresolved, as an analyst would leave them. Choosing which date is the signing date is
//! the job of `extract`; this module only reads dates.

use crate::date::{Date, PartialDate};
use crate::facts::Span;
use crate::lexicon::{Calendar, Lexicon};
use crate::text::{Doc, TokKind};

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// A full date.
    Full(Date),
    /// A day and month without a year.
    MonthDay {
        /// Month.
        month: u8,
        /// Day.
        day: u8,
    },
    /// A month of a year.
    MonthYear {
        /// Year.
        year: i32,
        /// Month.
        month: u8,
    },
    /// A weekday alone ("on Thursday", "lundi").
    Weekday(u8),
    /// Days from the reference date ("yesterday" = -1).
    Relative(i64),
    /// Several days of one month ("March 21 – 23", "du 15 au 16 mars 2016",
    /// "mardi et mercredi"): the month is known, not the day.
    Span {
        /// Month, if stated.
        month: Option<u8>,
        /// Year, if stated.
        year: Option<i32>,
        /// The weekdays, when the span is two weekdays.
        weekdays: Option<(u8, u8)>,
    },
    /// A year alone.
    Year(i32),
}

/// A date expression in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it says.
    pub value: DateValue,
}

impl DateMention {
    /// Where it is.
    pub fn span(&self, doc: &Doc<'_>) -> Span {
        doc.span(self.first, self.last)
    }

    /// Whether it can give a date of at least month precision (a year alone cannot).
    pub fn is_datelike(&self) -> bool {
        !matches!(self.value, DateValue::Year(_))
    }
}

/// Resolves a mention against a reference date. `year_hint` is a year stated nearby (same
/// sentence), used when the mention has none and there is no reference date.
pub fn resolve(
    value: DateValue,
    reference: Option<Date>,
    year_hint: Option<i32>,
) -> Option<PartialDate> {
    let year_for = |month: u8, day: u8| -> Option<i32> {
        match reference {
            Some(r) => {
                let cand = Date::new(r.year, month, day)?;
                // A date more than a week after the reference belongs to the year before.
                Some(if cand.to_days() > r.to_days() + 7 {
                    r.year - 1
                } else {
                    r.year
                })
            }
            None => year_hint,
        }
    };
    match value {
        DateValue::Full(d) => Some(PartialDate::Day(d)),
        DateValue::MonthDay { month, day } => {
            let year = year_for(month, day)?;
            Date::new(year, month, day).map(PartialDate::Day)
        }
        DateValue::MonthYear { year, month } => Some(PartialDate::Month { year, month }),
        DateValue::Weekday(w) => reference.map(|r| PartialDate::Day(last_weekday(r, w))),
        DateValue::Relative(n) => reference.map(|r| PartialDate::Day(r.add_days(n))),
        DateValue::Span {
            month,
            year,
            weekdays,
        } => {
            if let Some((a, b)) = weekdays {
                let r = reference?;
                let (da, db) = (last_weekday(r, a), last_weekday(r, b));
                return (da.year == db.year && da.month == db.month).then_some(
                    PartialDate::Month {
                        year: da.year,
                        month: da.month,
                    },
                );
            }
            let month = month?;
            let year = match year {
                Some(y) => y,
                None => year_for(month, 1)?,
            };
            Some(PartialDate::Month { year, month })
        }
        DateValue::Year(_) => None,
    }
}

/// The most recent `weekday` on or before `reference`.
pub fn last_weekday(reference: Date, weekday: u8) -> Date {
    let back = (i64::from(reference.weekday()) - i64::from(weekday)).rem_euclid(7);
    reference.add_days(-back)
}

fn day_number(doc: &Doc<'_>, i: usize) -> Option<u8> {
    let t = doc.tokens.get(i)?;
    let n = t.fold.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = t.fold.split_at(n);
    if digits.is_empty()
        || digits.len() > 2
        || !matches!(rest, "" | "st" | "nd" | "rd" | "th" | "er" | "e")
    {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(doc: &Doc<'_>, i: usize) -> Option<i32> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokKind::Num || t.fold.len() != 4 {
        return None;
    }
    let y: i32 = t.fold.parse().ok()?;
    (1950..=2100).contains(&y).then_some(y)
}

fn calendar(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<Calendar> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    lex.calendar.get(t).copied()
}

fn month_at(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<u8> {
    match calendar(doc, lex, i)? {
        Calendar::Month(m) => {
            // "may" and "mar" are words too: a month name must look like one.
            let t = &doc.tokens[i];
            if matches!(t.fold.as_str(), "may" | "mar") && !t.cap {
                return None;
            }
            Some(m)
        }
        Calendar::Weekday(_) => None,
    }
}

fn weekday_at(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<u8> {
    match calendar(doc, lex, i)? {
        Calendar::Weekday(w) if doc.tokens[i].fold.len() >= 5 => Some(w),
        _ => None,
    }
}

/// Skips a full stop right after an abbreviated month ("Nov.").
fn skip_dot(doc: &Doc<'_>, i: usize) -> usize {
    if doc.tokens.get(i).is_some_and(|t| t.is_punct(".")) {
        i + 1
    } else {
        i
    }
}

fn skip_comma(doc: &Doc<'_>, i: usize) -> usize {
    if doc.tokens.get(i).is_some_and(|t| t.is_punct(",")) {
        i + 1
    } else {
        i
    }
}

fn is_dash(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokKind::Punct && t.fold == "-")
        || doc
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.fold.as_str(), "to" | "au" | "and" | "et"))
}

fn iso_token(s: &str) -> Option<DateValue> {
    // "2025-03-06" or "2025-03": seven bytes at least, four digits and a hyphen first.
    let b = s.as_bytes();
    if b.len() < 7 || b[4] != b'-' || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let parts: Vec<&str> = s.split('-').collect();
    let all = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !all || parts[0].len() != 4 {
        return None;
    }
    match parts.as_slice() {
        [y, m, d] if m.len() == 2 && d.len() == 2 => {
            Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).map(DateValue::Full)
        }
        [y, m] if m.len() == 2 => {
            let (year, month): (i32, u8) = (y.parse().ok()?, m.parse().ok()?);
            Date::new(year, month, 1)?;
            Some(DateValue::MonthYear { year, month })
        }
        _ => None,
    }
}

/// Parses a date expression starting at token `i`.
fn parse_at(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<DateMention> {
    let t = doc.tokens.get(i)?;
    if let Some(v) = iso_token(&t.fold) {
        return Some(DateMention {
            first: i,
            last: i + 1,
            value: v,
        });
    }
    let mention = |last: usize, value| {
        Some(DateMention {
            first: i,
            last,
            value,
        })
    };
    // Relative days.
    match t.fold.as_str() {
        "yesterday" | "hier" => return mention(i + 1, DateValue::Relative(-1)),
        "today" => return mention(i + 1, DateValue::Relative(0)),
        "avant-hier" => return mention(i + 1, DateValue::Relative(-2)),
        "aujourd" if doc.tokens.get(i + 2).is_some_and(|t| t.fold == "hui") => {
            return mention(i + 3, DateValue::Relative(0))
        }
        _ => {}
    }
    // Every other date starts with a digit or a calendar word: most tokens stop here.
    if !t.fold.as_bytes().first().is_some_and(u8::is_ascii_digit) && lex.calendar.get(t).is_none() {
        return None;
    }
    // A leading weekday: "Wednesday, March 5", "le dimanche 25 mai", "mardi et mercredi".
    let mut j = i;
    let mut weekday = None;
    if let Some(w) = weekday_at(doc, lex, j) {
        weekday = Some(w);
        j = skip_comma(doc, j + 1);
        if doc.tokens.get(j).is_some_and(|t| t.fold == "the") {
            j += 1;
        }
    }
    // Month first: "November 18, 2024", "Nov. 10", "March 21 – 23", "January 2011".
    if let Some(m) = month_at(doc, lex, j) {
        let k = skip_dot(doc, j + 1);
        if let Some(d) = day_number(doc, k) {
            // A range "March 21 – 23".
            if is_dash(doc, k + 1) && day_number(doc, k + 2).is_some() {
                let mut end = k + 3;
                let e2 = skip_comma(doc, end);
                let year = year_number(doc, e2);
                if year.is_some() {
                    end = e2 + 1;
                }
                return mention(
                    end,
                    DateValue::Span {
                        month: Some(m),
                        year,
                        weekdays: None,
                    },
                );
            }
            let e2 = skip_comma(doc, k + 1);
            if let Some(y) = year_number(doc, e2) {
                if let Some(date) = Date::new(y, m, d) {
                    return mention(e2 + 1, DateValue::Full(date));
                }
            }
            return mention(k + 1, DateValue::MonthDay { month: m, day: d });
        }
        if let Some(y) = year_number(doc, k) {
            return mention(k + 1, DateValue::MonthYear { year: y, month: m });
        }
        return weekday.map(|w| DateMention {
            first: i,
            last: i + 1,
            value: DateValue::Weekday(w),
        });
    }
    // Day first: "18 novembre 2024", "11 January 2017", "1er mars", "du 15 au 16 mars 2016".
    if let Some(d) = day_number(doc, j) {
        // "15 au 16 mars"
        if is_dash(doc, j + 1) && day_number(doc, j + 2).is_some() {
            if let Some(m) = month_at(doc, lex, j + 3) {
                let k = skip_dot(doc, j + 4);
                let year = year_number(doc, k);
                let end = if year.is_some() { k + 1 } else { j + 4 };
                let first = if i > 0
                    && matches!(doc.tokens[i - 1].fold.as_str(), "du" | "from" | "between")
                {
                    i - 1
                } else {
                    i
                };
                return Some(DateMention {
                    first,
                    last: end,
                    value: DateValue::Span {
                        month: Some(m),
                        year,
                        weekdays: None,
                    },
                });
            }
        }
        if let Some(m) = month_at(doc, lex, j + 1) {
            let k = skip_dot(doc, j + 2);
            let k2 = skip_comma(doc, k);
            if let Some(y) = year_number(doc, k2) {
                if let Some(date) = Date::new(y, m, d) {
                    return mention(k2 + 1, DateValue::Full(date));
                }
            }
            return mention(j + 2, DateValue::MonthDay { month: m, day: d });
        }
    }
    if let Some(w) = weekday {
        // "mardi et mercredi", "Tuesday and Wednesday"
        let k = i + 1;
        if doc
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.fold.as_str(), "et" | "and"))
        {
            if let Some(w2) = weekday_at(doc, lex, k + 1) {
                return mention(
                    k + 2,
                    DateValue::Span {
                        month: None,
                        year: None,
                        weekdays: Some((w, w2)),
                    },
                );
            }
        }
        return mention(i + 1, DateValue::Weekday(w));
    }
    if let Some(y) = year_number(doc, i) {
        return mention(i + 1, DateValue::Year(y));
    }
    None
}

/// Every date expression in the text, left to right, non-overlapping.
pub fn find_dates(doc: &Doc<'_>, lex: &Lexicon) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(m) = parse_at(doc, lex, i) {
            i = m.last.max(i + 1);
            out.push(m);
        } else {
            i += 1;
        }
    }
    out
}

/// The year stated in the same sentence as token `at`, if any.
pub fn year_hint(doc: &Doc<'_>, dates: &[DateMention], at: usize) -> Option<i32> {
    let s = doc.sentence_of.get(at)?;
    let (a, b) = doc.sentences.get(*s)?.tokens;
    let from = dates.partition_point(|d| d.first < a);
    let to = dates.partition_point(|d| d.first < b);
    dates[from..to].iter().find_map(|d| match d.value {
        DateValue::Year(y) if doc.sentence_of.get(d.first) == Some(s) => Some(y),
        DateValue::Full(dt) if doc.sentence_of.get(d.first) == Some(s) => Some(dt.year),
        DateValue::MonthYear { year, .. } if doc.sentence_of.get(d.first) == Some(s) => Some(year),
        _ => None,
    })
}

/// Words that may stand on a date line of a page header besides the date itself.
const HEADER_WORDS: &[&str] = &[
    "date",
    "published",
    "posted",
    "updated",
    "on",
    "at",
    "le",
    "publie",
    "mis",
    "a",
    "jour",
    "am",
    "pm",
    "gmt",
    "utc",
    "ist",
    "cet",
    "cest",
    "wat",
    "eat",
    "cat",
    "edt",
    "est",
    "bst",
    "h",
    "by",
    "par",
    "min",
    "read",
    "lecture",
    "de",
    "last",
    "modified",
];

/// The publication date the text states about itself: a leading `date 2025-03-06` line, a
/// header line that is only a date ("jeudi 17 mars 2016", "Jan 12, 2017, 14:43 IST"), a
/// dateline ("SEOUL, Nov. 10 (Yonhap) --") or a date in brackets closing the headline.
pub fn published(
    doc: &Doc<'_>,
    dates: &[DateMention],
    reference: Option<Date>,
) -> Option<(PartialDate, Span)> {
    let header_lines = doc.lines.iter().take(12);
    for line in header_lines {
        let (first, last) = line.tokens;
        let toks = &doc.tokens[first..last];
        let from = dates.partition_point(|d| d.first < first);
        let to = dates.partition_point(|d| d.first < last);
        let in_line: Vec<&DateMention> = dates[from..to]
            .iter()
            .filter(|d| d.last <= last && d.is_datelike())
            .collect();
        let Some(d) = in_line.first() else { continue };
        let resolve_here = |d: &DateMention| {
            resolve(d.value, reference, year_hint(doc, dates, d.first))
                .filter(|_| !matches!(d.value, DateValue::Relative(_)))
                .map(|p| (p, d.span(doc)))
        };
        // " date 2025-03-06 …" at the very start.
        if first == 0 && toks.first().is_some_and(|t| t.fold == "date") && d.first == 1 {
            return resolve_here(d);
        }
        // "Date : mercredi, 28 mai 2025 13:04", "Published: …"
        if toks.first().is_some_and(|t| {
            matches!(
                t.fold.as_str(),
                "date" | "published" | "posted" | "publie" | "updated"
            )
        }) && d.first <= first + 3
        {
            return resolve_here(d);
        }
        // A line that is only a date, a time, and a byline.
        let mut only_date = true;
        let mut k = first;
        let mut after_by = false;
        while k < last {
            if let Some(m) = in_line.iter().find(|m| m.first == k) {
                k = m.last;
                continue;
            }
            let t = &doc.tokens[k];
            if matches!(t.fold.as_str(), "by" | "par") {
                after_by = true;
            }
            let ok = after_by
                || t.kind == TokKind::Punct
                || t.kind == TokKind::Num
                || HEADER_WORDS.contains(&t.fold.as_str())
                || t.fold.chars().all(|c| c.is_ascii_digit() || c == ':');
            if !ok {
                only_date = false;
                break;
            }
            k += 1;
        }
        if only_date && last - first <= 16 {
            return resolve_here(d);
        }
        // A dateline: "SEOUL, Nov. 10 (Yonhap) --", "NAIROBI, March 3 (Reuters) -", or a
        // line that is only a place and a date ("Nairobi, 14 March 2025").
        let place_then_date = d.first > first
            && d.first <= first + 4
            && doc.tokens[first..d.first].iter().all(|t| {
                t.cap || t.is_punct(",") || matches!(t.fold.as_str(), "le" | "on" | "the")
            });
        if place_then_date
            && (doc
                .tokens
                .get(d.last)
                .is_some_and(|t| t.is_punct("(") || t.fold == "-")
                || d.last == last)
        {
            return resolve_here(d);
        }
        // A date in brackets closing a headline: "… with US - (12 Jan 2017)".
        if d.first > first
            && doc.tokens[d.first - 1].is_punct("(")
            && d.last + 1 >= last
            && last - first <= 30
        {
            return resolve_here(d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::curated;

    fn first_date(text: &str, reference: Option<Date>) -> Option<String> {
        let doc = Doc::new(text);
        let dates = find_dates(&doc, curated());
        let d = dates.iter().find(|d| d.is_datelike())?;
        resolve(d.value, reference, year_hint(&doc, &dates, d.first)).map(|p| p.to_string())
    }

    #[test]
    fn reads_dates_in_both_languages() {
        let r = Date::new(2024, 11, 19);
        assert_eq!(
            first_date("signed on November 18, 2024 in Oslo", None).unwrap(),
            "2024-11-18"
        );
        assert_eq!(
            first_date("signed on November 18 in Oslo", r).unwrap(),
            "2024-11-18"
        );
        assert_eq!(
            first_date("signé le 18 novembre 2024", None).unwrap(),
            "2024-11-18"
        );
        assert_eq!(first_date("signé le 1er mars", r).unwrap(), "2024-03-01");
        assert_eq!(first_date("on Nov. 10 they met", r).unwrap(), "2024-11-10");
        assert_eq!(first_date("signé lundi à Alger", r).unwrap(), "2024-11-18");
        assert_eq!(first_date("signed on Tuesday", r).unwrap(), "2024-11-19");
        assert_eq!(first_date("signed yesterday", r).unwrap(), "2024-11-18");
        assert_eq!(first_date("signé hier", r).unwrap(), "2024-11-18");
        assert_eq!(
            first_date("in March 2023 they agreed", r).unwrap(),
            "2023-03"
        );
        assert_eq!(
            first_date("du 15 au 16 mars 2016", None).unwrap(),
            "2016-03"
        );
        assert_eq!(
            first_date("GISEC 2022, held March 21 – 23", None).unwrap(),
            "2022-03"
        );
        assert_eq!(
            first_date("organisé mardi et mercredi", Date::new(2016, 3, 17)).unwrap(),
            "2016-03"
        );
        assert_eq!(first_date("signed on Thursday", None), None);
        assert_eq!(first_date("You may sign 5 documents", r), None);
    }

    #[test]
    fn december_dates_read_in_january_belong_to_the_year_before() {
        assert_eq!(
            first_date("on December 30", Date::new(2025, 1, 3)).unwrap(),
            "2024-12-30"
        );
    }

    #[test]
    fn finds_publication_dates_in_headers() {
        let cases = [
            (
                " date 2025-03-06 Acme and Beta sign a deal.",
                None,
                Some("2025-03-06"),
            ),
            (" date 2024-11 Un accord signé.", None, Some("2024-11")),
            (
                "Headline here\njeudi 17 mars 2016\nLe texte commence.",
                None,
                Some("2016-03-17"),
            ),
            (
                "Headline\nJan 12, 2017, 14:43 IST\nText.",
                None,
                Some("2017-01-12"),
            ),
            (
                "Headline\nDate : mercredi, 28 mai 2025 13:04\nTexte.",
                None,
                Some("2025-05-28"),
            ),
            (
                "OSLO, Nov. 10 (Newswire) -- Text signed on Monday.",
                Date::new(2023, 11, 10),
                Some("2023-11-10"),
            ),
            (
                "Acme signs MOU with Beta - (12 Jan 2017)\nText.",
                None,
                Some("2017-01-12"),
            ),
            (
                "Acme signed an MoU on November 18, 2024 with Beta.",
                None,
                None,
            ),
            (
                "Nairobi, 14 March 2025\n\nHeadline here\n\nText.",
                None,
                Some("2025-03-14"),
            ),
            (
                "Dakar, le 3 février 2025\n\nTexte signé mardi.",
                None,
                Some("2025-02-03"),
            ),
        ];
        for (text, r, want) in cases {
            let doc = Doc::new(text);
            let dates = find_dates(&doc, curated());
            let got = published(&doc, &dates, r).map(|(p, _)| p.to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }
}
