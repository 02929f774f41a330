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
    /// Months from the reference date's month ("this month" = 0, "last month" = -1): the
    /// month is known, not the day.
    RelativeMonth(i8),
    /// A day of the reference date's month ("le 3 courant", "le 3 du mois en cours").
    ThisMonthDay(u8),
    /// A day of the month without its month ("on the 14th"): the latest such day no more
    /// than a week after the reference date, in its month or the month before.
    OrdinalDay(u8),
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
        DateValue::RelativeMonth(n) => reference.map(|r| {
            let d = r.add_months(i64::from(n));
            PartialDate::Month {
                year: d.year,
                month: d.month,
            }
        }),
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
        DateValue::ThisMonthDay(day) => {
            reference.and_then(|r| Date::new(r.year, r.month, day).map(PartialDate::Day))
        }
        DateValue::OrdinalDay(day) => {
            let r = reference?;
            (0..3)
                .filter_map(|back| {
                    let m = Date::new(r.year, r.month, 1)?.add_months(-back);
                    Date::new(m.year, m.month, day)
                })
                .find(|d| d.to_days() <= r.to_days() + 7)
                .map(PartialDate::Day)
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
        || !(rest.is_empty() || word_set!("day_number").contains_str(rest))
    {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Whether token `i` is two days of a month joined by a hyphen ("18-19").
fn day_range(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let day = |x: &str| {
        (1..=2).contains(&x.len())
            && x.bytes().all(|c| c.is_ascii_digit())
            && x.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
    };
    t.fold
        .split_once('-')
        .is_some_and(|(x, y)| day(x) && day(y) && x.parse::<u8>().ok() < y.parse::<u8>().ok())
}

/// A small count of days in figures or words ("two", "3", "deux"), for "two days ago".
fn few(doc: &Doc<'_>, i: usize) -> Option<i64> {
    let t = doc.tokens.get(i)?;
    let n = match t.fold.as_str() {
        "two" | "deux" => 2,
        "three" | "trois" => 3,
        "four" | "quatre" => 4,
        "five" | "cinq" => 5,
        "six" => 6,
        w => w.parse().ok().filter(|n| (1..=13).contains(n))?,
    };
    Some(n)
}

/// A part of a month named by words and the month after them, from token `i`: "end of
/// April", "beginning of March", "first week of May", "fin du mois d'avril", "début du mois
/// de mai", "la première semaine de juin". The month and the token after it.
fn part_of_month(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<(u8, usize)> {
    let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
    if !doc
        .tokens
        .get(i)
        .is_some_and(|t| word_set!("part_of_month").contains(t))
    {
        return None;
    }
    let mut k = i + 1;
    // "of", "of the month of", "du mois de", "du mois d'", "de".
    match fold(k) {
        "of" => {
            k += 1;
            if fold(k) == "the" && fold(k + 1) == "month" && fold(k + 2) == "of" {
                k += 3;
            }
        }
        "du" if fold(k + 1) == "mois" && matches!(fold(k + 2), "de" | "d'") => k += 3,
        "de" if matches!(fold(i), "semaine") => k += 1,
        _ => return None,
    }
    let m = month_at(doc, lex, k)?;
    // "the end of May 5" is not a month: a day after the month makes another date.
    (day_number(doc, k + 1).is_none()).then_some((m, k + 1))
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
            // "Mar. 3 février": the French "mardi" shortened, a day and a month after it.
            if t.fold == "mar" {
                let k = skip_dot(doc, i + 1);
                if day_number(doc, k).is_some()
                    && doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| matches!(lex.calendar.get(n), Some(Calendar::Month(_))))
                {
                    return None;
                }
            }
            Some(m)
        }
        Calendar::Weekday(_) => None,
    }
}

/// A weekday: its full name, or a capitalised abbreviation a month or a day and a month
/// follow ("Tue Mar 24", "Wed., 4 March").
fn weekday_at(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<u8> {
    match calendar(doc, lex, i)? {
        Calendar::Weekday(w) if doc.tokens[i].fold.len() >= 5 => Some(w),
        Calendar::Weekday(w) if doc.tokens[i].cap => {
            // A month, or a day and a month: "Sun 24" alone may be a newspaper and a number.
            let k = skip_comma(doc, skip_dot(doc, i + 1));
            let month = |k: usize| month_at(doc, lex, k).is_some();
            (month(k) || day_number(doc, k).is_some() && month(k + 1)).then_some(w)
        }
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
    // "2025-03-12T10": a timestamp's date.
    if b.len() > 11 && b[10] == b't' {
        return iso_token(&s[..10]);
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

/// A day and a month written as two numbers, day first unless only the other order is a
/// date ("12/03/2025" is 12 March; "03/25/2025" is 25 March).
fn day_month(a: u32, b: u32, year: i32) -> Option<Date> {
    let (a, b) = (u8::try_from(a).ok()?, u8::try_from(b).ok()?);
    Date::new(year, b, a).or_else(|| Date::new(year, a, b))
}

/// A numeric date with its year: "05-03-2021" (one token), "12/03/2025", "16.07.2021" or
/// "2025/03/12" (numbers and separators written without spaces). Returns the date and one
/// past its last token. A number pair without a four-digit year ("3/4") is not a date.
fn numeric_date(doc: &Doc<'_>, i: usize) -> Option<(Date, usize)> {
    let t = doc.tokens.get(i)?;
    let digits = |s: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if t.kind == TokKind::Word && t.fold.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let parts: Vec<&str> = t.fold.split('-').collect();
        if let [d, m, y] = parts.as_slice() {
            if digits(d, 1, 2) && digits(m, 1, 2) && digits(y, 4, 4) {
                let year = y.parse().ok()?;
                return day_month(d.parse().ok()?, m.parse().ok()?, year).map(|x| (x, i + 1));
            }
        }
        return None;
    }
    if t.kind != TokKind::Num || !digits(&t.fold, 1, 4) {
        return None;
    }
    // Five tokens glued together: number, separator, number, the same separator, number.
    let toks = doc.tokens.get(i..i + 5)?;
    let sep = toks[1].fold.as_str();
    let glued = toks[1..].iter().all(|t| !t.space_before);
    if !glued
        || !matches!(sep, "/" | ".")
        || toks[3].fold != sep
        || toks[2].kind != TokKind::Num
        || toks[4].kind != TokKind::Num
    {
        return None;
    }
    let (a, b, c) = (&toks[0].fold, &toks[2].fold, &toks[4].fold);
    // Not followed by more of the same ("1.2.2024.5" is a version, not a date).
    if doc
        .tokens
        .get(i + 5)
        .is_some_and(|n| !n.space_before && n.fold == sep)
        && doc
            .tokens
            .get(i + 6)
            .is_some_and(|n| !n.space_before && n.kind == TokKind::Num)
    {
        return None;
    }
    let date = if digits(a, 4, 4) && digits(b, 1, 2) && digits(c, 1, 2) {
        Date::new(a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)
    } else if digits(a, 1, 2) && digits(b, 1, 2) && digits(c, 4, 4) {
        day_month(a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)
    } else {
        None
    }?;
    (1950..=2100).contains(&date.year).then_some((date, i + 5))
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
    if let Some((date, last)) = numeric_date(doc, i) {
        return Some(DateMention {
            first: i,
            last,
            value: DateValue::Full(date),
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
        // Not "the threats of today", "today's world".
        "today"
            if !(doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.fold == "'s" || n.fold == "'")
                || (i > 0
                    && matches!(doc.tokens[i - 1].fold.as_str(), "of" | "than" | "until"))) =>
        {
            return mention(i + 1, DateValue::Relative(0))
        }
        "avant-hier" => return mention(i + 1, DateValue::Relative(-2)),
        // "the day before yesterday".
        "day"
            if doc.tokens.get(i + 1).is_some_and(|t| t.fold == "before")
                && doc.tokens.get(i + 2).is_some_and(|t| t.fold == "yesterday") =>
        {
            return mention(i + 3, DateValue::Relative(-2))
        }
        // "two days ago", "il y a deux jours": days before the reference date.
        "il" if doc.tokens.get(i + 1).is_some_and(|t| t.fold == "y")
            && doc.tokens.get(i + 2).is_some_and(|t| t.fold == "a") =>
        {
            if let Some(n) = few(doc, i + 3) {
                if doc
                    .tokens
                    .get(i + 4)
                    .is_some_and(|t| matches!(t.fold.as_str(), "jours" | "jour"))
                {
                    return mention(i + 5, DateValue::Relative(-n));
                }
            }
        }
        "aujourd" if doc.tokens.get(i + 2).is_some_and(|t| t.fold == "hui") => {
            return mention(i + 3, DateValue::Relative(0))
        }
        // "this month", "earlier this month", "last month"; "ce mois-ci", "le mois dernier".
        "this" | "last" | "ce" | "le" => {
            let next = doc.tokens.get(i + 1).map(|n| n.fold.as_str());
            let after = doc.tokens.get(i + 2).map(|n| n.fold.as_str());
            match (t.fold.as_str(), next, after) {
                // "this morning", "ce matin", "ce soir": the reference day.
                ("this", Some("morning" | "afternoon"), _)
                | ("ce", Some("matin" | "soir" | "matin-ci"), _) => {
                    return mention(i + 2, DateValue::Relative(0))
                }
                ("this", Some("month"), _) | ("ce", Some("mois-ci"), _) => {
                    return mention(i + 2, DateValue::RelativeMonth(0))
                }
                ("ce", Some("mois"), _) if !after.is_some_and(|a| a == "de" || a == "d'") => {
                    return mention(i + 2, DateValue::RelativeMonth(0))
                }
                ("last", Some("month"), _)
                | ("le", Some("mois"), Some("dernier" | "passe" | "precedent")) => {
                    let end = if t.fold == "le" { i + 3 } else { i + 2 };
                    return mention(end, DateValue::RelativeMonth(-1));
                }
                _ => {}
            }
        }
        _ => {}
    }
    // "mid-March", "mi-mars", "mid-March 2025": the month is known, not the day.
    if let Some(rest) = t
        .fold
        .strip_prefix("mid-")
        .or_else(|| t.fold.strip_prefix("mi-"))
    {
        if let Some(&Calendar::Month(m)) = lex.calendar.get_text(rest) {
            let year = year_number(doc, i + 1);
            let last = if year.is_some() { i + 2 } else { i + 1 };
            return mention(
                last,
                DateValue::Span {
                    month: Some(m),
                    year,
                    weekdays: None,
                },
            );
        }
    }
    // "two days ago", "3 days ago".
    if let Some(n) = few(doc, i) {
        if doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.fold.as_str(), "days" | "day"))
            && doc.tokens.get(i + 2).is_some_and(|t| t.fold == "ago")
        {
            return mention(i + 3, DateValue::Relative(-n));
        }
    }
    // "the end of April", "in the first week of May", "à la fin du mois d'avril": the
    // month is known, not the day. The mention starts at the part's word, so that "by the
    // end of September" still reads as a deadline.
    if let Some(m) = part_of_month(doc, lex, i) {
        let (month, last) = m;
        let year = year_number(doc, last);
        return mention(
            if year.is_some() { last + 1 } else { last },
            DateValue::Span {
                month: Some(month),
                year,
                weekdays: None,
            },
        );
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
        // "Tue. Mar 24": an abbreviation's full stop.
        let after = if doc.tokens[j].fold.len() < 5 {
            skip_dot(doc, j + 1)
        } else {
            j + 1
        };
        j = skip_comma(doc, after);
        // "Thursday | November 19, 2026": a page's bar between the weekday and the date.
        if doc
            .tokens
            .get(j)
            .is_some_and(|t| t.is_punct("|") || t.is_punct("\u{b7}"))
        {
            j += 1;
        }
        if doc.tokens.get(j).is_some_and(|t| t.fold == "the") {
            j += 1;
        }
    }
    // Month first: "November 18, 2024", "Nov. 10", "March 21 – 23", "January 2011".
    if let Some(m) = month_at(doc, lex, j) {
        let k = skip_dot(doc, j + 1);
        // "May 18-19" written as one token.
        if day_range(doc, k) {
            let e2 = skip_comma(doc, k + 1);
            let year = year_number(doc, e2);
            return mention(
                if year.is_some() { e2 + 1 } else { k + 1 },
                DateValue::Span {
                    month: Some(m),
                    year,
                    weekdays: None,
                },
            );
        }
        // "… en novembre\n\n25 septembre 2025": a headline's month and the next line's day.
        let day = day_number(doc, k).filter(|_| !doc.tokens[k].newline_before);
        if let Some(d) = day {
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
        // A month alone after "in", "en", "early", "fin": "signed in March", "fin mars".
        if weekday.is_none() && i > 0 && word_set!("parse_at").contains(&doc.tokens[i - 1]) {
            return mention(
                j + 1,
                DateValue::Span {
                    month: Some(m),
                    year: None,
                    weekdays: None,
                },
            );
        }
        return weekday.map(|w| DateMention {
            first: i,
            last: i + 1,
            value: DateValue::Weekday(w),
        });
    }
    // "18-19 May 2026" written as one token.
    if day_range(doc, j) {
        if let Some(m) = month_at(doc, lex, j + 1) {
            let k = skip_dot(doc, j + 2);
            let year = year_number(doc, k);
            return mention(
                if year.is_some() { k + 1 } else { j + 2 },
                DateValue::Span {
                    month: Some(m),
                    year,
                    weekdays: None,
                },
            );
        }
    }
    // Day first: "18 novembre 2024", "11 January 2017", "1er mars", "du 15 au 16 mars 2016".
    if let Some(d) = day_number(doc, j) {
        // "15 au 16 mars"; not "No. 3 — 15 May 2026", an issue's number and a date.
        let numbered = || {
            let f = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
            let mark = |k: usize| matches!(f(k), "no" | "n" | "issue" | "numero" | "#");
            j > 0 && mark(j - 1) || j > 1 && matches!(f(j - 1), "." | "°") && mark(j - 2)
        };
        if is_dash(doc, j + 1) && day_number(doc, j + 2).is_some() && !numbered() {
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
        // "le 3 courant", "le 3 du mois en cours", "le 3 du mois courant": this month's.
        let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
        if fold(j + 1) == "courant" {
            return mention(j + 2, DateValue::ThisMonthDay(d));
        }
        if fold(j + 1) == "du" && fold(j + 2) == "mois" {
            if fold(j + 3) == "courant" {
                return mention(j + 4, DateValue::ThisMonthDay(d));
            }
            if fold(j + 3) == "en" && fold(j + 4) == "cours" {
                return mention(j + 5, DateValue::ThisMonthDay(d));
            }
        }
        // "le 14 de ce mois", "on the 14th of this month": this month's.
        if matches!(fold(j + 1), "de" | "of")
            && matches!(fold(j + 2), "ce" | "this")
            && matches!(fold(j + 3), "mois" | "month")
        {
            return mention(j + 4, DateValue::ThisMonthDay(d));
        }
        // "on the 14th", "on the 3rd at the ministry", "on the 14th on the sidelines of …": a
        // day of a month the text does not name, only after "on the" and not before a noun
        // ("the 14th edition").
        let ordinal = doc.tokens[j]
            .fold
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len()
            == 2;
        if ordinal
            && weekday.is_none()
            && j >= 2
            && doc.tokens[j - 1].fold == "the"
            && doc.tokens[j - 2].fold == "on"
            && month_at(doc, lex, j + 1).is_none()
            && fold(j + 1) != "of"
            && doc.tokens.get(j + 1).is_none_or(|t| {
                t.kind == TokKind::Punct || t.newline_before || word_set!("parse_at_2").contains(t)
            })
        {
            return mention(j + 1, DateValue::OrdinalDay(d));
        }
        // « Signée le 14 à Delémont », « paraphé le 3, au siège »: a day without its month
        // right after a signing participle is a day of a month the text does not name.
        if weekday.is_none()
            && j >= 2
            && doc.tokens[j - 1].fold == "le"
            && word_set!("signed_participle").contains(&doc.tokens[j - 2])
            && month_at(doc, lex, j + 1).is_none()
            && doc.tokens.get(j + 1).is_none_or(|t| {
                t.kind == TokKind::Punct
                    || t.newline_before
                    || word_set!("day_alone_after").contains(t)
            })
        {
            return mention(j + 1, DateValue::OrdinalDay(d));
        }
        // "5th of March"
        let of = usize::from(doc.tokens.get(j + 1).is_some_and(|t| t.fold == "of"));
        if let Some(m) = month_at(doc, lex, j + 1 + of) {
            let j = j + of;
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
        // "Jumada Al-Awwal 12, 1448", "5 Rajab 1448 AH": a date of another calendar, whose
        // numbers are no Gregorian day or year.
        if let Some((_, end)) = lex.foreign_date(doc, i).filter(|&(first, _)| first == i) {
            i = end;
            continue;
        }
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

/// A clock time or part of one: "10:42", "14h30", "9h".
fn is_time(fold: &str) -> bool {
    let b = fold.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == b.len() {
        return digits > 0 || fold == ":";
    }
    // "10:42", "00Z" closing an ISO timestamp, and "05am" of "10:05AM".
    if fold.bytes().all(|c| c.is_ascii_digit() || c == b':')
        || (digits == 2 && b.len() == 3 && b[2] == b'z')
        || ((1..=2).contains(&digits)
            && b.len() == digits + 2
            && matches!(&b[digits..], b"am" | b"pm"))
    {
        return true;
    }
    (1..=2).contains(&digits)
        && b[digits] == b'h'
        && b[digits + 1..].iter().all(u8::is_ascii_digit)
        && b.len() - digits - 1 <= 2
}

/// Separators between the parts of a header line ("Author | Date | Section").
fn is_segment_break(t: &crate::text::Token) -> bool {
    t.kind == TokKind::Punct && matches!(t.fold.as_str(), "|" | "·" | "•")
}

/// The datelike mentions that lie wholly in tokens `a..b`.
fn mentions_in(dates: &[DateMention], a: usize, b: usize) -> &[DateMention] {
    let from = dates.partition_point(|d| d.first < a);
    let to = dates.partition_point(|d| d.first < b);
    let mut end = from;
    while end < to && dates[end].last <= b {
        end += 1;
    }
    &dates[from..end]
}

/// The first date of a header line made only of dates and names: each part between "|"
/// separators is either a date (with labels, times and a byline) or a short run of
/// capitalised words (an author, an outlet, a city). "By Ann Lee | March 12, 2025 | 10:42",
/// "Mis à jour le 5 mai 2025 à 14h30", "Lagos | Updated: 05-03-2021 21:31 IST".
pub(crate) fn date_line(doc: &Doc<'_>, dates: &[DateMention], line: usize) -> Option<usize> {
    let (first, last) = doc.lines.get(line)?.tokens;
    if last - first > 40 {
        return None;
    }
    let mut found = None;
    let mut start = first;
    while start < last {
        let mut end = start;
        // A bar inside a date ("Thursday | November 19, 2026") breaks no segment.
        let inside_date = |k: usize| dates.iter().any(|m| m.first < k && k < m.last);
        while end < last && (!is_segment_break(&doc.tokens[end]) || inside_date(end)) {
            end += 1;
        }
        if end > start {
            let in_seg: Vec<&DateMention> = mentions_in(dates, start, end)
                .iter()
                .filter(|d| d.is_datelike())
                .collect();
            if in_seg.is_empty() {
                // A name: a few capitalised words.
                let toks = &doc.tokens[start..end];
                let name = toks.len() <= 6
                    && toks.iter().any(|t| t.cap)
                    && toks.iter().all(|t| {
                        t.cap || t.kind == TokKind::Punct || word_set!("date_line").contains(t)
                    });
                // A byline of lowercase words: "Par la rédaction", "Par l'équipe Numéris",
                // "By the Acme team".
                let byline = toks.len() <= 6
                    && matches!(toks[0].fold.as_str(), "by" | "par")
                    && toks.iter().all(|t| t.kind != TokKind::Num);
                let name = name || byline;
                // A reading time or a count: "2 min read", "5 minutes de lecture".
                let filler = toks.len() <= 6
                    && toks.iter().all(|t| {
                        t.kind == TokKind::Punct
                            || t.kind == TokKind::Num
                            || word_set!("header").contains(t)
                    });
                if !(name || filler) {
                    return None;
                }
            } else {
                // The dates' own words do not count ("Tue Mar 24, 2026 09:40 PM Last update
                // on: Tue Mar 24, 2026 10:15 PM").
                let dated: usize = in_seg.iter().map(|m| m.last - m.first).sum();
                if end - start > 20 + dated {
                    return None;
                }
                let mut k = start;
                let mut after_by = false;
                // A name may stand before the date: "Jean Morel, 5 mai 2025".
                let mut names = 0;
                let mut places = 0;
                while k < end {
                    if let Some(m) = in_seg.iter().find(|m| m.first == k) {
                        k = m.last;
                        continue;
                    }
                    let t = &doc.tokens[k];
                    if matches!(t.fold.as_str(), "by" | "par") {
                        after_by = true;
                    }
                    // A spaced dash parts a masthead's name from its issue ("HARBOR SECURITY
                    // WEEKLY DIGEST — Issue #112 — 15 May 2026"); a name in capitals may be
                    // longer.
                    if t.fold == "-" && t.space_before {
                        names = 0;
                    }
                    let name = t.kind == TokKind::Word && t.cap && k < in_seg[0].first;
                    names += usize::from(name) * if t.upper { 1 } else { 2 };
                    // "Harbourwire.com, 3 Mar 2026 - 16:20": an outlet's web address.
                    let domain = t.kind == TokKind::Word
                        && !t.cap
                        && t.fold.len() <= 4
                        && k >= start + 2
                        && !t.space_before
                        && doc.tokens[k - 1].is_punct(".")
                        && !doc.tokens[k - 1].space_before
                        && doc.tokens[k - 2].kind == TokKind::Word;
                    // "…, 3 Mar 2026 - 16:20, Port Ruri, Ruritania": a place after the date
                    // and a comma.
                    let place_after = t.kind == TokKind::Word
                        && t.cap
                        && k > in_seg[0].first
                        && (in_seg[0].last..k).any(|j| doc.tokens[j].is_punct(","))
                        && {
                            places += 1;
                            places <= 4
                        };
                    let ok = after_by
                        || domain
                        || place_after
                        || (k > start && k + 1 < in_seg[0].first && place_link(doc, k))
                        || t.kind == TokKind::Punct
                        || t.kind == TokKind::Num
                        || word_set!("header").contains(t)
                        || is_time(&t.fold)
                        || (name && names <= 6);
                    if !ok {
                        return None;
                    }
                    k += 1;
                }
                if found.is_none() {
                    found = in_seg.first().map(|d| d.first);
                }
            }
        }
        start = end + 1;
    }
    found
}

/// A date that a label introduces: "Published: 12 March 2025", "Posted on 2025-03-12",
/// "Date de création : jeudi, 4 mars 2027", "(Source: …; issued May 23, 2018)".
/// The label opens its line or follows a separator.
fn labelled(doc: &Doc<'_>, d: &DateMention, line_first: usize) -> bool {
    let mut k = d.first;
    let mut steps = 0;
    while k > line_first && steps < 6 {
        k -= 1;
        steps += 1;
        let t = &doc.tokens[k];
        if word_set!("labels").contains(t) {
            let opens = k == line_first
                || doc.tokens[k - 1].kind == TokKind::Punct
                || (word_set!("labels").contains(&doc.tokens[k - 1]) && k - 1 == line_first)
                || matches!(doc.tokens[k - 1].fold.as_str(), "last" | "first");
            if opens {
                return true;
            }
            continue;
        }
        if !(t.kind == TokKind::Punct || word_set!("header").contains(t)) {
            return false;
        }
    }
    false
}

/// The publication date the text states about itself: a leading `date 2025-03-06` line, a
/// labelled date ("Published: …", "Mis à jour le …"), a header line of dates and names
/// ("jeudi 17 mars 2016", "Tue Mar 24, 2026 09:40 PM", "By Ann Lee | 12/03/2025", a
/// masthead "SECURITY DIGEST — Issue #112 — 15 May 2026", "Edition of 3 June 2026"), a dateline
/// ("SEOUL, Nov. 10 (Yonhap) --", "BAKU, August 31.", "RIGEL, MARCH 3, NWA."), a date stamp
/// before the headline on its line, or a date in brackets closing the headline.
/// An update stamp found first ("Updated 4 March 2025 | Published 3 March 2025", "Last
/// modified: …" above "Published: …") gives way to the publication date labelled on its line
/// or the next three.
pub fn published(
    doc: &Doc<'_>,
    dates: &[DateMention],
    reference: Option<Date>,
) -> Option<(PartialDate, Span)> {
    let found = stated(doc, dates, reference)?;
    let Some(d) = dates.iter().find(|d| d.span(doc) == found.1) else {
        return Some(found);
    };
    // A date labelled as the publication's stands; so does any other first date unless a
    // label names the publication on the next lines ("COMMUNIQUÉ DU CONSEIL DU 4 NOVEMBRE
    // 2026" above "Publié le 5 novembre 2026": the headline dates the meeting).
    let update = label_before(doc, d, is_update_label);
    if !update && label_before(doc, d, is_publication_label) {
        return Some(found);
    }
    let line_of = |k: usize| doc.lines.partition_point(|l| l.tokens.0 <= k);
    let until = line_of(d.first) + 3;
    dates
        .iter()
        .filter(|x| x.first >= d.last && x.is_datelike())
        .take_while(|x| line_of(x.first) <= until)
        .find(|x| {
            let line_first = doc.lines[line_of(x.first) - 1].tokens.0;
            labelled(doc, x, line_first)
                && label_before(doc, x, is_publication_label)
                && !label_before(doc, x, is_update_label)
        })
        .and_then(|x| resolve_stated(doc, dates, x, reference))
        .or(Some(found))
}

/// Whether a label of the kind `is_label` stands at most six tokens before the date `d`,
/// on its line and in its segment (not past a "|" or another date's digits).
fn label_before(doc: &Doc<'_>, d: &DateMention, is_label: fn(&Doc<'_>, usize) -> bool) -> bool {
    let line_first = doc
        .lines
        .get(
            doc.lines
                .partition_point(|l| l.tokens.0 <= d.first)
                .saturating_sub(1),
        )
        .map_or(0, |l| l.tokens.0);
    let from = d.first.saturating_sub(6).max(line_first);
    (from..d.first)
        .rev()
        .take_while(|&k| !is_segment_break(&doc.tokens[k]) && doc.tokens[k].kind != TokKind::Num)
        .any(|k| is_label(doc, k))
}

/// "Updated", "modified", "modifié", "mis à jour", "mise à jour" at token `k`.
fn is_update_label(doc: &Doc<'_>, k: usize) -> bool {
    let fold = |i: usize| doc.tokens.get(i).map_or("", |t| t.fold.as_str());
    matches!(
        fold(k),
        "updated" | "modified" | "modifie" | "modifiee" | "maj"
    ) || (matches!(fold(k), "mis" | "mise") && fold(k + 1) == "a" && fold(k + 2) == "jour")
}

/// "Published", "posted", "publié", "mis en ligne" at token `k`.
fn is_publication_label(doc: &Doc<'_>, k: usize) -> bool {
    let fold = |i: usize| doc.tokens.get(i).map_or("", |t| t.fold.as_str());
    matches!(fold(k), "published" | "posted" | "publie" | "publiee")
        || (fold(k) == "mis" && fold(k + 1) == "en" && fold(k + 2) == "ligne")
}

/// The date `d` resolved as a publication date: relative dates ("yesterday") and a weekday
/// alone ("the index, published on Monday") date nothing.
fn resolve_stated(
    doc: &Doc<'_>,
    dates: &[DateMention],
    d: &DateMention,
    reference: Option<Date>,
) -> Option<(PartialDate, Span)> {
    resolve(d.value, reference, year_hint(doc, dates, d.first))
        .filter(|_| {
            !matches!(
                d.value,
                DateValue::Relative(_)
                    | DateValue::RelativeMonth(_)
                    | DateValue::ThisMonthDay(_)
                    | DateValue::Weekday(_)
            )
        })
        .map(|p| (p, d.span(doc)))
}

/// The first publication date the text states, by the shapes [`published`] lists.
fn stated(
    doc: &Doc<'_>,
    dates: &[DateMention],
    reference: Option<Date>,
) -> Option<(PartialDate, Span)> {
    let resolve_here = |d: &DateMention| resolve_stated(doc, dates, d, reference);
    for (li, line) in doc.lines.iter().enumerate() {
        let (first, last) = line.tokens;
        let toks = &doc.tokens[first..last];
        let in_line: Vec<&DateMention> = mentions_in(dates, first, last)
            .iter()
            .filter(|d| d.is_datelike())
            .collect();
        let Some(d) = in_line.first() else { continue };
        // Past the page's head, only a short line that says it dates the publication
        // ("First Published: Jun 21 2018 | 07:35 AM GMT" at the foot of the page); an
        // update there may date a later correction.
        if li >= 20 {
            let says_published = toks.iter().take(3).any(|t| {
                matches!(
                    t.fold.as_str(),
                    "published" | "posted" | "publie" | "publiee" | "publication"
                )
            });
            if says_published && last - first <= 16 {
                if let Some(found) = in_line
                    .iter()
                    .find(|m| labelled(doc, m, first))
                    .and_then(|m| resolve_here(m))
                {
                    return Some(found);
                }
            }
            continue;
        }
        // " date 2025-03-06 …" at the very start.
        if first == 0 && toks.first().is_some_and(|t| t.fold == "date") && d.first == 1 {
            if let Some(found) = resolve_here(d) {
                return Some(found);
            }
        }
        // A line of dates, times, bylines and names.
        if let Some(k) = date_line(doc, dates, li) {
            // A relative word on a masthead ("Rwanda Today") dates nothing: look on.
            if let Some(found) = in_line
                .iter()
                .find(|m| m.first == k)
                .and_then(|m| resolve_here(m))
            {
                return Some(found);
            }
        }
        // "Published: …", "Date de création : …", "… | Updated: 05-03-2021".
        if let Some(m) = in_line.iter().find(|m| labelled(doc, m, first)) {
            if let Some(found) = resolve_here(m) {
                return Some(found);
            }
        }
        // The looser shapes only near the top of the page.
        if li >= 12 {
            continue;
        }
        // A dateline: "SEOUL, Nov. 10 (Yonhap) --", "NAIROBI, March 3 (Reuters) -", a line
        // that is only a place and a date ("Nairobi, 14 March 2025"), or a shouted place
        // and a date closing a sentence ("BAKU, Ruritania, August 31. …").
        // (A place may take eight words and commas: "HO CHI MINH CITY, Vietnam, Sept. 9".)
        // "Riyadh, Jumada Al-Awwal 12, 1448, November 03, 2026, SPA --", "Muscat, 5 Rajab
        // 1448 AH, 25 December 2026 (ONA) --": a date of another calendar may stand between
        // the place and the date.
        let lex = crate::lexicon::curated();
        let foreign = (first..d.first.min(first + 8))
            .find_map(|k| lex.foreign_date(doc, k))
            .filter(|&(_, end)| end <= d.first);
        let skipped = foreign.map_or(0, |(f, e)| e - f);
        let place_then_date = d.first > first
            && d.first <= first + 8 + skipped
            && !matches!(d.value, DateValue::Weekday(_))
            && (first..d.first).all(|k| {
                let t = &doc.tokens[k];
                foreign.is_some_and(|(f, e)| (f..e).contains(&k))
                    || t.cap
                    || t.is_punct(",")
                    || matches!(t.fold.as_str(), "le" | "on" | "the" | "-")
                    || (k > first && place_link(doc, k))
            });
        let closes = |t: &crate::text::Token| {
            t.is_punct("(")
                || t.fold == "-"
                || t.is_punct("/")
                || t.is_punct(":")
                || (toks[0].upper && t.is_punct("."))
        };
        // "RIGEL, MARCH 3, NWA. …", "Rigel, March 3, North Wire -": the agency's
        // name between the date and the closing mark.
        let agency = || {
            let run = doc.tokens[(d.last + 1).min(last)..last]
                .iter()
                .take_while(|t| t.kind == TokKind::Word && t.cap)
                .take(4)
                .count();
            let end = d.last + 1 + run;
            doc.tokens.get(d.last).is_some_and(|t| t.is_punct(","))
                && run > 0
                && (end == last
                    || doc
                        .tokens
                        .get(end)
                        .is_some_and(|t| closes(t) || t.is_punct(".")))
        };
        let closed = doc.tokens.get(d.last).is_some_and(closes) || d.last == last;
        if place_then_date && (closed || agency()) {
            if let Some(found) = resolve_here(d) {
                return Some(found);
            }
        }
        // A date and its author's name closing a line after a sentence: "… aggression\"
        // 28 Jul 2022 Ann Vale".
        if let Some(found) = in_line
            .iter()
            .find(|m| dated_byline(doc, m, first, last))
            .and_then(|m| resolve_here(m))
        {
            return Some(found);
        }
        // A date stamp before the headline: "12 March 2025 | Acme and Beta sign …".
        if d.first == first && stamp_before_headline(doc, d, first, last) {
            if let Some(found) = resolve_here(d) {
                return Some(found);
            }
        }
        // A date in brackets closing a headline: "… with US - (12 Jan 2017)".
        if d.first > first
            && doc.tokens[d.first - 1].is_punct("(")
            && d.last + 1 >= last
            && last - first <= 30
        {
            if let Some(found) = resolve_here(d) {
                return Some(found);
            }
        }
    }
    None
}

/// Whether token `k` is a short lowercase link inside a place's name, between two
/// capitalised words: "Dar es Salaam, 9 July 2025", "Port of Spain, 3 March".
fn place_link(doc: &Doc<'_>, k: usize) -> bool {
    let cap_word = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|x| x.kind == TokKind::Word && x.cap)
    };
    let t = &doc.tokens[k];
    t.kind == TokKind::Word
        && !t.cap
        && t.fold.len() <= 3
        && k > 0
        && cap_word(k - 1)
        && cap_word(k + 1)
}

/// Whether the full date `d` and a name of two to four capitalised words end the line
/// (`first..last`), the date opening it or following the end of a sentence: a byline
/// ("… aggression\" 28 Jul 2022 Ann Vale").
fn dated_byline(doc: &Doc<'_>, d: &DateMention, first: usize, last: usize) -> bool {
    if !matches!(d.value, DateValue::Full(_)) || d.last >= last {
        return false;
    }
    let name = &doc.tokens[d.last..last];
    let after_sentence = d.first == first
        || doc.tokens[d.first - 1].kind == TokKind::Punct
            && matches!(
                doc.tokens[d.first - 1].fold.as_str(),
                "\"" | "." | "!" | "?" | "|"
            );
    after_sentence
        && (2..=4).contains(&name.len())
        && name.iter().all(|t| t.kind == TokKind::Word && t.cap)
}

/// Whether the date `d`, which opens its line (ending at token `last`), is a stamp before a
/// headline: a full date followed by a separator, or by a short line that is not a sentence.
fn stamp_before_headline(doc: &Doc<'_>, d: &DateMention, first: usize, last: usize) -> bool {
    if !matches!(d.value, DateValue::Full(_)) {
        return false;
    }
    let mut k = d.last;
    while k < last && is_time(&doc.tokens[k].fold) && doc.tokens[k].kind != TokKind::Punct {
        k += 1;
    }
    let Some(next) = doc.tokens.get(k).filter(|_| k < last) else {
        return false;
    };
    if next.kind == TokKind::Punct {
        return matches!(next.fold.as_str(), "|" | "-" | "/" | "·" | "•");
    }
    next.cap && last - first <= 30 && !doc.tokens[last - 1].is_punct(".")
}

/// Where the headline starts on line `line`: after a date stamp (and its time and
/// separators) that opens the line, else at the line's first token.
pub(crate) fn headline_start(doc: &Doc<'_>, dates: &[DateMention], line: usize) -> Option<usize> {
    let (first, last) = doc.lines.get(line)?.tokens;
    let mut k = first;
    if doc.tokens.get(k).is_some_and(|t| t.fold == "date") && line == 0 {
        k += 1;
    }
    let d = mentions_in(dates, k, last)
        .first()
        .filter(|d| d.first == k)?;
    if !matches!(d.value, DateValue::Full(_) | DateValue::MonthYear { .. }) {
        return None;
    }
    k = d.last;
    while k < last
        && (is_time(&doc.tokens[k].fold)
            || word_set!("header").contains(&doc.tokens[k])
            || word_set!("headline_start").contains(&doc.tokens[k]))
    {
        k += 1;
    }
    (k < last).then_some(k)
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
    fn a_byline_of_lowercase_words_dates_its_page() {
        for text in [
            "Une nouvelle étape pour nos clients\n\nPar la rédaction | 12 mars 2026\n\nLe texte.\n",
            "Une nouvelle étape pour nos clients\n\nPar l'équipe Numéris | 12 mars 2026\n\nLe texte.\n",
        ] {
            let doc = Doc::new(text);
            let dates = find_dates(&doc, curated());
            let got = published(&doc, &dates, None).map(|p| p.0.to_string());
            assert_eq!(got.as_deref(), Some("2026-03-12"), "{text}");
        }
    }

    #[test]
    fn the_middle_of_a_month_is_that_month() {
        let r = Date::new(2025, 3, 20);
        assert_eq!(
            first_date("signed in mid-March", r).as_deref(),
            Some("2025-03")
        );
        assert_eq!(
            first_date("signé à la mi-mars 2024", r).as_deref(),
            Some("2024-03")
        );
    }

    #[test]
    fn a_day_without_its_month_and_days_counted_back() {
        let r = Date::new(2026, 5, 20);
        for (text, want) in [
            ("signed on the 14th in Lusaka", Some("2026-05-14")),
            ("signed on the 14th, the ministry said", Some("2026-05-14")),
            (
                "signed on the 14th on the sidelines of a summit",
                Some("2026-05-14"),
            ),
            (
                "signed an accord on the 14th to share threat data",
                Some("2026-05-14"),
            ),
            // A day after the reference date is last month's.
            ("signed on the 28th at the ministry", Some("2026-04-28")),
            ("signed on the 14th of this month", Some("2026-05-14")),
            ("signé le 14 de ce mois à Dakar", Some("2026-05-14")),
            ("signed two days ago", Some("2026-05-18")),
            ("signé il y a trois jours", Some("2026-05-17")),
            ("signed this morning", Some("2026-05-20")),
            ("signé ce matin", Some("2026-05-20")),
            ("signé le mois passé", Some("2026-04")),
            // An ordinal before a noun is no date.
            ("met on the 14th floor", None),
            ("the 14th edition of the forum", None),
        ] {
            assert_eq!(first_date(text, r).as_deref(), want, "{text}");
        }
        // Without a reference date the month is unknown.
        assert_eq!(first_date("signed on the 14th in Lusaka", None), None);
    }

    #[test]
    fn a_part_of_a_month_is_that_month() {
        let r = Date::new(2026, 5, 20);
        for (text, want) in [
            ("signed at the end of April", "2026-04"),
            ("signed in the first week of May", "2026-05"),
            (
                "signed at the beginning of the month of March 2025",
                "2025-03",
            ),
            ("signé à la fin du mois d'avril", "2026-04"),
            ("signé au début du mois de mai", "2026-05"),
            ("signé la première semaine de mai", "2026-05"),
        ] {
            assert_eq!(first_date(text, r).as_deref(), Some(want), "{text}");
        }
        assert_eq!(
            first_date("held on May 18-19 in Kigali", r).as_deref(),
            Some("2026-05")
        );
        assert_eq!(
            first_date("held on 18-19 May 2025 in Kigali", r).as_deref(),
            Some("2025-05")
        );
        // "the week of May 12" names a day: not a month.
        assert_eq!(
            first_date("signed in the week of May 12", r).as_deref(),
            Some("2026-05-12")
        );
    }

    #[test]
    fn a_day_of_the_current_month() {
        let r = Date::new(2025, 3, 6);
        for text in [
            "ont signé le 3 courant un protocole",
            "ont signé le 3 du mois en cours un protocole",
            "ont signé le 3 du mois courant un protocole",
        ] {
            assert_eq!(first_date(text, r).as_deref(), Some("2025-03-03"), "{text}");
            // Without a reference date the month is unknown.
            assert_eq!(first_date(text, None), None, "{text}");
        }
    }

    #[test]
    fn a_day_alone_after_a_signing_participle() {
        let r = Date::new(2026, 11, 18);
        for (text, want) in [
            (
                "Signée le 14 à Delémont, la convention prévoit des audits.",
                Some("2026-11-14"),
            ),
            (
                "La convention a été signée le 2, au siège de l'agence.",
                Some("2026-11-02"),
            ),
            // A day after the reference's is of the month before.
            (
                "Le protocole, paraphé le 28 à Dakar, entre en vigueur.",
                Some("2026-10-28"),
            ),
            // Not a day without a signing participle before it.
            ("Le 14 à Delémont, la ville a présenté son budget.", None),
            (
                "La convention signée le 14 mars prévoit des audits.",
                Some("2026-03-14"),
            ),
        ] {
            assert_eq!(first_date(text, r).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_publication_label_beats_a_dated_headline() {
        let text = "Portail du Gouvernement\n\nCOMMUNIQUÉ DU CONSEIL DES MINISTRES DU MERCREDI 4 \
                    NOVEMBRE 2026\n\nPublié le 5 novembre 2026\n\nLe Conseil s'est réuni.";
        let doc = Doc::new(text);
        let dates = find_dates(&doc, crate::lexicon::curated());
        let got = published(&doc, &dates, None).map(|(p, _)| p.to_string());
        assert_eq!(got.as_deref(), Some("2026-11-05"));
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
        assert_eq!(
            first_date("on the 5th of March 2024", None).unwrap(),
            "2024-03-05"
        );
        assert_eq!(first_date("signé lundi à Alger", r).unwrap(), "2024-11-18");
        assert_eq!(first_date("signed on Tuesday", r).unwrap(), "2024-11-19");
        assert_eq!(first_date("signed yesterday", r).unwrap(), "2024-11-18");
        assert_eq!(
            first_date("signed the day before yesterday", r).unwrap(),
            "2024-11-17"
        );
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
    fn reads_numeric_and_month_relative_dates() {
        let r = Date::new(2025, 3, 20);
        assert_eq!(first_date("on 12/03/2025", None).unwrap(), "2025-03-12");
        assert_eq!(first_date("le 16.07.2021", None).unwrap(), "2021-07-16");
        assert_eq!(first_date("on 03/25/2025", None).unwrap(), "2025-03-25");
        assert_eq!(first_date("on 2025/03/12", None).unwrap(), "2025-03-12");
        assert_eq!(first_date("on 05-03-2021", None).unwrap(), "2021-03-05");
        assert_eq!(first_date("a ratio of 3/4", None), None);
        assert_eq!(first_date("version 1.2.2024.5", None), None);
        assert_eq!(
            first_date("signed earlier this month", r).unwrap(),
            "2025-03"
        );
        assert_eq!(first_date("signed last month", r).unwrap(), "2025-02");
        assert_eq!(first_date("signé le mois dernier", r).unwrap(), "2025-02");
        assert_eq!(first_date("signé ce mois-ci", r).unwrap(), "2025-03");
        assert_eq!(first_date("signed this month", None), None);
        assert_eq!(first_date("signed this week", r), None);
        assert_eq!(first_date("signed in February", r).unwrap(), "2025-02");
        assert_eq!(first_date("signé fin décembre", r).unwrap(), "2024-12");
        assert_eq!(first_date("May the deal hold", r), None);
        assert_eq!(first_date("the threats of today", r), None);
        assert_eq!(first_date("today's threats", r), None);
        assert_eq!(first_date("signed today", r).unwrap(), "2025-03-20");
    }

    #[test]
    fn a_date_stamp_is_not_part_of_the_headline() {
        let text = "12 March 2025 | Acme and Beta sign a cyber pact\nText here.";
        let doc = Doc::new(text);
        let dates = find_dates(&doc, curated());
        let k = headline_start(&doc, &dates, 0).unwrap();
        assert_eq!(
            &text[doc.tokens[k].start..],
            "Acme and Beta sign a cyber pact\nText here."
        );
        let plain = Doc::new("Acme and Beta sign a pact\nText.");
        assert_eq!(
            headline_start(&plain, &find_dates(&plain, curated()), 0),
            None
        );
        let dated = Doc::new("Headline\nMis à jour le 5 mai 2025 à 14h30\nTexte.");
        assert!(date_line(&dated, &find_dates(&dated, curated()), 1).is_some());
        assert!(date_line(&dated, &find_dates(&dated, curated()), 0).is_none());
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
                "Headline\nMar 12, 2026 10:05AM\nText.",
                None,
                Some("2026-03-12"),
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
            (
                "Headline of the day\nPublished: 12 March 2025\nText.",
                None,
                Some("2025-03-12"),
            ),
            (
                "Headline of the day\nMarch 12, 2025 | 10:42\nText.",
                None,
                Some("2025-03-12"),
            ),
            ("Headline of the day\n12/03/2025\nText.", None, Some("2025-03-12")),
            (
                "Un titre du jour\nMis à jour le 5 mai 2025 à 14h30\nTexte.",
                None,
                Some("2025-05-05"),
            ),
            (
                "Un titre du jour\nMis en ligne le 6 mai 2025\nTexte.",
                None,
                Some("2025-05-06"),
            ),
            (
                "Headline of the day\nPosted on 2025-03-12\nText.",
                None,
                Some("2025-03-12"),
            ),
            (
                "Headline of the day\nBy Ann Vale | Port Ruri | Updated: 05-03-2021 21:31 IST\nText.",
                None,
                Some("2021-03-05"),
            ),
            (
                "Un titre du jour\nJean Marc | 16.07.2021 - Mise à jour : 17.07.2021\nTexte.",
                None,
                Some("2021-07-16"),
            ),
            (
                "Un titre du jour\nDate de création : jeudi, 4 mars 2027 10:15\nTexte.",
                None,
                Some("2027-03-04"),
            ),
            (
                "Headline\n(Source: Ruritania Agency; issued May 23, 2018)\nText.",
                None,
                Some("2018-05-23"),
            ),
            (
                "PORT RURI, Ruritania, August 31. Two agencies signed a memorandum.",
                Date::new(2023, 8, 31),
                Some("2023-08-31"),
            ),
            (
                "Headline of the day\nPort Ruri, Ruritania — March 3, 2025: Two agencies signed a pact.",
                None,
                Some("2025-03-03"),
            ),
            (
                "12 March 2025 Acme and Beta sign a cyber pact\nText.",
                None,
                Some("2025-03-12"),
            ),
            (
                "Headline of the day\nThe report published on 12 March 2025 shows a rise in attacks.",
                None,
                None,
            ),
            (
                "Un titre du jour\nJeanne Morel, 5 mai 2025\nTexte.",
                None,
                Some("2025-05-05"),
            ),
            (
                "Headline of the day\n2025-03-12T10:42:00Z\nText.",
                None,
                Some("2025-03-12"),
            ),
            (
                "Headline of the day\nVersion 1.2.2024 fixes a flaw.",
                None,
                None,
            ),
            (
                "Headline of the day\nA subtitle that says \"something\" 28 Jul 2022 Ann Vale\nText.",
                None,
                Some("2022-07-28"),
            ),
            (
                "Headline of the day\nAcme signed the pact on 28 Jul 2022 Port Ruri time.\nText.",
                None,
                None,
            ),
            (
                "Headline of the day\nUpdated 4 March 2025 | Published 3 March 2025\nText.",
                None,
                Some("2025-03-03"),
            ),
            (
                "Headline of the day\nLast modified: March 4, 2025\nPublished: March 3, 2025\nText.",
                None,
                Some("2025-03-03"),
            ),
            (
                "Un titre du jour\nMis à jour le 04/03/2025\nMis en ligne le 03/03/2025\nTexte.",
                None,
                Some("2025-03-03"),
            ),
            (
                "Headline of the day\nUpdated: 4 March 2025\nThe report published on 3 March 2025.",
                None,
                Some("2025-03-04"),
            ),
            (
                "Headline of the day\nMar. 3, 2025 10:45 a.m. ET\nText.",
                None,
                Some("2025-03-03"),
            ),
            (
                "Headline of the day\nNews Desk · 3 March 2025 · 2 min read\nText.",
                None,
                Some("2025-03-03"),
            ),
            (
                "Un titre du jour\nLa Rédaction • 3 mars 2025 • 5 minutes de lecture\nTexte.",
                None,
                Some("2025-03-03"),
            ),
        ];
        for (text, r, want) in cases {
            let doc = Doc::new(text);
            let dates = find_dates(&doc, curated());
            let got = published(&doc, &dates, r).map(|(p, _)| p.to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_publication_label_at_the_foot_of_the_page_dates_it() {
        let body = "A line of the article.\n".repeat(24);
        let cases = [
            (
                "First Published: Jun 21 2018 | 07:35 AM GMT",
                Some("2018-06-21"),
            ),
            ("Publié le 3 mars 2016", Some("2016-03-03")),
            ("The report was published on 3 March 2016.", None),
            ("Last updated: 4 March 2016", None),
        ];
        for (foot, want) in cases {
            let text = format!("Headline of the day\n{body}{foot}\nMore news\n");
            let doc = Doc::new(&text);
            let dates = find_dates(&doc, curated());
            let got = published(&doc, &dates, None).map(|(p, _)| p.to_string());
            assert_eq!(got.as_deref(), want, "{foot}");
        }
    }

    #[test]
    fn wire_datelines_mastheads_and_abbreviated_weekdays_date_the_page() {
        let r = Date::new(2026, 3, 4);
        let cases = [
            // The agency after the date.
            (
                "RIGEL, MARCH 3, NWA. Acme and Beta signed.",
                r,
                Some("2026-03-03"),
            ),
            (
                "Rigel, March 3, North Wire. Acme signed.",
                r,
                Some("2026-03-03"),
            ),
            (
                "Rigel, March 3, North Wire - Acme signed.",
                r,
                Some("2026-03-03"),
            ),
            // A December dateline read in January.
            (
                "RIGEL, December 29, NWA. Acme signed.",
                Date::new(2027, 1, 4),
                Some("2026-12-29"),
            ),
            // A long place, then its state.
            (
                "PORT OF SAINT RURI, Ruritania, Sept. 9, 2025 /Newswire/ -- Acme signed.",
                None,
                Some("2025-09-09"),
            ),
            // A weekday in a headline after a place dates no page; the next line does.
            (
                "Valdor Mardi : signature d'une convention\nValdor, le 30 avril 2025 – Texte.",
                Date::new(2025, 4, 30),
                Some("2025-04-30"),
            ),
            // A headline's month and the day that opens the next line are two dates.
            (
                "Deux États signeront un accord en novembre\n\n25 septembre 2025\n\nTexte.",
                None,
                Some("2025-09-25"),
            ),
            // A sentence that opens with a place and a date is no dateline.
            ("Rigel, March 3, was the day Acme signed.", r, None),
            (
                "Tue Mar 24, 2026 09:40 PM  Last update on: Tue Mar 24, 2026 10:15 PM\nText.",
                None,
                Some("2026-03-24"),
            ),
            ("Wed., 4 March 2026\nText.", None, Some("2026-03-04")),
            (
                "HARBOR SECURITY WEEKLY DIGEST — Issue #112 — 15 May 2026\nText.",
                None,
                Some("2026-05-15"),
            ),
            ("Edition of 3 June 2026\nText.", None, Some("2026-06-03")),
            (
                "Vol. 12 No. 3 — 15 May 2026\nText.",
                None,
                Some("2026-05-15"),
            ),
            (
                "Date of issue: 16 March 2026\nText.",
                None,
                Some("2026-03-16"),
            ),
            ("Édition du 3 juin 2026\nTexte.", None, Some("2026-06-03")),
            ("Numéro 88 — 15 mai 2026\nTexte.", None, Some("2026-05-15")),
            // The French weekdays shortened; "Mar." is "mardi" before a day and a month.
            (
                "Publié le Mar. 3 février 2026 à 21h40\nTexte.",
                None,
                Some("2026-02-03"),
            ),
            (
                "Publié le mer. 4 février 2026\nTexte.",
                None,
                Some("2026-02-04"),
            ),
            (
                "Lettre n° 88 - 3 février 2026\nTexte.",
                None,
                Some("2026-02-03"),
            ),
            // A weekday alone dates what the sentence tells, not the page.
            (
                "Valdor gains eight places in the 2026 index, published on Monday, the first.",
                r,
                None,
            ),
            // An abbreviation alone is no weekday: "the Sun" dates nothing.
            ("The Sun reported it.\nText.", r, None),
            ("The Sun 24 hours a day.\nText.", r, None),
        ];
        for (text, reference, want) in cases {
            let doc = Doc::new(text);
            let dates = find_dates(&doc, curated());
            let got = published(&doc, &dates, reference).map(|(p, _)| p.to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }
}
