//! The pipeline: input text and options in, [`Analysis`] out.
//!
//! It segments the text, finds dates and entities, then finds the sentences that report
//! the agreement ("triggers": a signing or partnering verb with an instrument or a
//! partner), and from them the parties, the people, the instrument, the date, place and
//! term, and the scope. Each step is a module of its own; this one holds the shared
//! context and assembles the record.

use crate::date::Date;
use crate::dates::{self, DateMention};
use crate::entities::{self, Entities};
use crate::error::{Error, ErrorKind};
use crate::facts::{Agreement, AgreementType, Analysis, Lang, Span};
use crate::gazetteer::{self, Gazetteer};
use crate::lexicon::{self, Cue, Lexicon};
use crate::markup;
use crate::names::{self, NameIndex};
use crate::options::{Format, Options};
use crate::text::Doc;
use crate::{facets, lang, parties, people, scope, summary};

/// The largest input accepted, in bytes (16 MiB). Larger inputs are refused with
/// [`ErrorKind::TooLarge`], never truncated.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// How many reporting sentences are kept, best first.
const MAX_TRIGGERS: usize = 48;

/// A sentence that reports an agreement.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    /// Index of the sentence.
    pub sent: usize,
    /// The instruments it names: type and token range.
    pub instruments: Vec<(AgreementType, usize, usize)>,
    /// It has a signing verb.
    pub sign: bool,
    /// It has a partnering verb.
    pub partner: bool,
    /// It speaks of cybersecurity.
    pub cyber: bool,
    /// It speaks of an earlier agreement.
    pub background: bool,
    /// The signing has not happened.
    pub negated: bool,
}

impl Trigger {
    pub(crate) fn score(&self) -> i32 {
        let mut s = 0;
        if self.cyber {
            s += 3;
        }
        if self.sign && !self.instruments.is_empty() {
            s += 2;
        }
        if self.partner {
            s += 1;
        }
        if self.background {
            s -= 6;
        }
        if self.negated {
            s -= 6;
        }
        s
    }
}

/// Everything the extractors share about one document.
pub(crate) struct Ctx<'a> {
    pub doc: Doc<'a>,
    pub lang: Lang,
    pub lex: &'static Lexicon,
    pub idx: &'static NameIndex,
    pub gaz: &'static Gazetteer,
    pub ents: Entities,
    pub dates: Vec<DateMention>,
    pub reference: Option<Date>,
    /// Trigger sentences, best first.
    pub triggers: Vec<Trigger>,
    /// The headline's line, if the text has one.
    pub title_line: Option<usize>,
    /// Where the text states its publication date (never a signing date).
    pub published_span: Option<Span>,
    /// The mentions of each sentence.
    pub by_sentence: Vec<Vec<usize>>,
    /// For each token, whether it stands inside quotation marks.
    pub quoted: Vec<bool>,
    /// The state the article speaks of most.
    pub dominant: Option<usize>,
    /// For each sentence, whether it speaks of an earlier agreement ([`Cue::Background`]):
    /// several extractors ask it of most sentences, so it is found once.
    background: Vec<bool>,
    /// For each token, the cue categories that may have a phrase starting there
    /// ([`Lexicon::cue_starts`]): most tokens start none, and a bit says so at once.
    cue_starts: Vec<u16>,
}

impl Ctx<'_> {
    /// Whether the sentence `s` contains a phrase of the cue category.
    pub fn has_cue(&self, s: usize, cue: Cue) -> bool {
        if cue == Cue::Background {
            if let Some(&known) = self.background.get(s) {
                return known;
            }
        }
        let (a, b) = self.doc.sentences[s].tokens;
        let set = self.lex.cue(cue);
        (a..b)
            .any(|i| self.may_start(i, cue) && set.longest_at(&self.doc, i, b, self.lang).is_some())
    }

    /// The phrases of the cue category in the sentence `s`, as token ranges, left to right.
    pub fn cue_hits(&self, s: usize, cue: Cue) -> Vec<(usize, usize)> {
        let (a, b) = self.doc.sentences[s].tokens;
        let set = self.lex.cue(cue);
        let mut out = Vec::new();
        let mut i = a;
        while i < b {
            match self
                .may_start(i, cue)
                .then(|| set.longest_at(&self.doc, i, b, self.lang))
                .flatten()
            {
                Some(h) => {
                    out.push((h.first, h.last));
                    i = h.last;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether a phrase of the cue category may start at token `i`.
    fn may_start(&self, i: usize, cue: Cue) -> bool {
        self.cue_starts
            .get(i)
            .is_some_and(|m| m & (1 << cue as usize) != 0)
    }

    /// Whether a cue phrase ends within `window` tokens before token `at` (same sentence).
    pub fn cue_before(&self, at: usize, window: usize, cue: Cue) -> bool {
        let s = self.doc.sentence_of.get(at).copied().unwrap_or(0);
        let start = self.doc.sentences[s]
            .tokens
            .0
            .max(at.saturating_sub(window + 4));
        (start..at).any(|k| {
            self.may_start(k, cue)
                && self
                    .lex
                    .cue(cue)
                    .longest_at(&self.doc, k, at, self.lang)
                    .is_some_and(|h| h.last + window >= at)
        })
    }

    /// Whether the sentence holds a date more than `months` months before the article's
    /// reference date ("in 2021", "en mars 2019"): what it reports happened earlier. A
    /// year alone counts as its December.
    pub fn dated_before(&self, s: usize, months: i32) -> bool {
        use crate::dates::DateValue;
        let Some(now) = self.reference else {
            return false;
        };
        let now = now.year * 12 + i32::from(now.month);
        let (a, b) = self.doc.sentences[s].tokens;
        // The dates are in text order.
        let from = self.dates.partition_point(|d| d.first < a);
        self.dates[from..]
            .iter()
            .take_while(|d| d.first < b)
            .any(|d| {
                if d.last > b {
                    return false;
                }
                let then = match d.value {
                    DateValue::Full(x) => x.year * 12 + i32::from(x.month),
                    DateValue::MonthYear { year, month } => year * 12 + i32::from(month),
                    DateValue::Year(year)
                    | DateValue::Span {
                        year: Some(year), ..
                    } => year * 12 + 12,
                    _ => return false,
                };
                now - then > months
            })
    }

    /// Whether the sentence is the headline.
    pub fn is_title(&self, s: usize) -> bool {
        self.title_line == Some(self.doc.sentences[s].line)
    }
}

/// Analyzes one article.
///
/// # Errors
/// [`ErrorKind::TooLarge`] when the input is over [`MAX_INPUT_BYTES`].
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            bytes: input.len(),
            limit: MAX_INPUT_BYTES,
        }));
    }
    let converted = match options.format {
        Format::Text => None,
        Format::Html => Some(markup::html_to_text(input)),
        Format::Markdown => Some(markup::markdown_to_text(input)),
    };
    let text = converted.as_deref().unwrap_or(input);
    let mut record = analyze_text(text, options.reference_date);
    record.text = converted;
    Ok(record)
}

fn analyze_text(text: &str, reference_date: Option<Date>) -> Analysis {
    let (ctx, published) = context(text, reference_date);
    let (lang, title_line) = (ctx.lang, ctx.title_line);
    let mut record = Analysis {
        lang,
        ..Analysis::default()
    };
    if let Some(line) = title_line {
        let mut span = ctx.doc.lines[line].span;
        // A date stamp before the headline on its line is not part of it.
        if let Some(k) = dates::headline_start(&ctx.doc, &ctx.dates, line) {
            span.start = ctx.doc.tokens[k].start;
        }
        record.title = Some(span.slice(text).trim().to_string());
        record.title_evidence = vec![span];
    }
    if let Some((date, span)) = published {
        record.published = Some(date);
        record.published_evidence = vec![span];
    }

    let people = people::find(&ctx);
    let all = parties::choose_all(&ctx, &people);
    let signed = ctx.triggers.iter().any(|t| !t.negated);
    for chosen in all.iter().filter(|c| c.len() >= 2 && signed) {
        let mut agreement = Agreement {
            parties: chosen.iter().map(|p| p.party.clone()).collect(),
            ..Agreement::default()
        };
        agreement.signatories = people::signatories(&ctx, &people, chosen);
        facets::fill(&ctx, &mut agreement);
        agreement.scope = scope::find(&ctx, chosen);
        if !record.is_agreement {
            record.summary = summary::write(&ctx, chosen);
        }
        record.is_agreement = true;
        record.agreements.push(agreement);
    }
    if !record.is_agreement {
        record.summary = summary::lead(&ctx);
    }
    record
}

/// Segments a text and finds everything the extractors share; also returns the
/// publication date the text states, with its span.
fn context(
    text: &str,
    reference_date: Option<Date>,
) -> (Ctx<'_>, Option<(crate::date::PartialDate, Span)>) {
    let doc = Doc::new(text);
    let lang = lang::detect(&doc);
    let lex = lexicon::curated();
    let idx = names::index();
    let dates = dates::find_dates(&doc, lex);
    let ents = entities::find(&doc, lang, lex, idx);
    let published = dates::published(&doc, &dates, reference_date);
    // Relative dates count from the date the caller gives, else from the one the text states.
    let reference = reference_date.or(match published {
        Some((crate::date::PartialDate::Day(d), _)) => Some(d),
        _ => None,
    });
    let title_line = find_title(&doc, &dates);
    let cue_starts = doc.tokens.iter().map(|t| lex.cue_starts(t)).collect();
    let mut ctx = Ctx {
        doc,
        lang,
        lex,
        idx,
        gaz: gazetteer::curated(),
        ents,
        dates,
        reference,
        triggers: Vec::new(),
        title_line,
        published_span: published.map(|p| p.1),
        by_sentence: Vec::new(),
        quoted: Vec::new(),
        dominant: None,
        background: Vec::new(),
        cue_starts,
    };
    index(&mut ctx);
    (ctx, published)
}

/// Computes the shared indices of a context, then its trigger sentences.
fn index(ctx: &mut Ctx<'_>) {
    let mut by_sentence = vec![Vec::new(); ctx.doc.sentences.len()];
    for (i, m) in ctx.ents.mentions.iter().enumerate() {
        if let Some(&s) = ctx.doc.sentence_of.get(m.first) {
            by_sentence[s].push(i);
        }
    }
    ctx.by_sentence = by_sentence;
    let mut quoted = vec![false; ctx.doc.tokens.len()];
    for sent in &ctx.doc.sentences {
        let mut open = false;
        let (a, b) = sent.tokens;
        for (t, q) in ctx.doc.tokens[a..b].iter().zip(&mut quoted[a..b]) {
            if t.kind == crate::text::TokKind::Punct && t.fold == "\"" {
                open = !open;
            }
            *q = open;
        }
    }
    ctx.quoted = quoted;
    ctx.background = (0..ctx.doc.sentences.len())
        .map(|s| ctx.has_cue(s, Cue::Background))
        .collect();
    ctx.dominant = parties::dominant_state(ctx);
    ctx.triggers = find_triggers(ctx);
}

/// The headline: the first line that is short, not a sentence, and not a date or menu. A
/// date stamp may open the headline's line ("12 March 2025 | Acme and Beta sign …").
fn find_title(doc: &Doc<'_>, dates: &[DateMention]) -> Option<usize> {
    if doc.lines.len() < 2 {
        return None;
    }
    for (li, line) in doc.lines.iter().enumerate().take(6) {
        if line.junk || dates::date_line(doc, dates, li).is_some() {
            continue;
        }
        let (mut a, b) = line.tokens;
        if let Some(k) = dates::headline_start(doc, dates, li) {
            a = k;
        } else if li == 0 && doc.tokens.get(a).is_some_and(|t| t.fold == "date") {
            // " date 2025-03-06" opens the text and no headline follows it on its line.
            continue;
        }
        let toks = &doc.tokens[a..b];
        let words = toks.iter().filter(|t| t.is_word()).count();
        let ends_as_sentence = toks.last().is_some_and(|t| t.is_punct("."));
        if words >= 3 && b - a <= 30 && !ends_as_sentence {
            return Some(li);
        }
        if words >= 3 {
            // The first real line is a sentence: there is no headline.
            return None;
        }
    }
    None
}

fn find_triggers(ctx: &Ctx<'_>) -> Vec<Trigger> {
    let doc = &ctx.doc;
    let mut out = Vec::new();
    for (si, sent) in doc.body_sentences() {
        let (a, b) = sent.tokens;
        let instruments: Vec<(AgreementType, usize, usize)> = ctx
            .lex
            .instruments
            .find(doc, a, b, ctx.lang)
            .into_iter()
            .filter(|h| {
                // "agreement" as in "they are in agreement" or "agreed" is not an instrument;
                // a shouted "MOU" is.
                let t = &doc.tokens[h.first];
                !(t.fold == "accord" && ctx.lang == Lang::En && !t.cap)
            })
            .map(|h| (h.value, h.first, h.last))
            .collect();
        let sign = ctx.has_cue(si, Cue::Sign);
        let partner = ctx.has_cue(si, Cue::Partner);
        let between = doc.tokens[a..b]
            .iter()
            .any(|t| matches!(t.fold.as_str(), "between" | "entre" | "with" | "avec"));
        let is_trigger = (sign && (!instruments.is_empty() || between))
            || partner
            || (!instruments.is_empty()
                && between
                && instruments
                    .iter()
                    .any(|i| i.0 != AgreementType::Partnership));
        if !is_trigger {
            continue;
        }
        out.push(Trigger {
            sent: si,
            instruments,
            sign,
            partner,
            cyber: ctx.has_cue(si, Cue::Cyber),
            // "In 2021, A and B signed …" in a later article: an earlier agreement.
            background: ctx.has_cue(si, Cue::Background) || ctx.dated_before(si, 6),
            negated: ctx.has_cue(si, Cue::Negation) && !sign_past(ctx, si),
        });
    }
    // Best first; ties keep the text order. An article reports its agreement in a handful
    // of sentences: past a few dozen, the rest add nothing but cost.
    // A headline shortens names ("Kenyan CERT"): on a tie, the body's sentence comes first.
    out.sort_by_key(|t| {
        (
            -t.score(),
            ctx.title_line == Some(ctx.doc.sentences[t.sent].line),
            t.sent,
        )
    });
    out.truncate(MAX_TRIGGERS);
    out
}

/// A past-tense signing verb ("signed", "a signé") in the sentence.
fn sign_past(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    ctx.doc.tokens[a..b].iter().any(|t| {
        matches!(
            t.fold.as_str(),
            "signed" | "inked" | "signe" | "signee" | "signes" | "concluded"
        )
    })
}

/// A plain-text dump of what the engine saw (triggers, mentions, people), for developers
/// tuning the rules; not part of the stable API.
#[doc(hidden)]
pub fn explain(text: &str, reference_date: Option<Date>) -> String {
    use std::fmt::Write;
    let (ctx, _) = context(text, reference_date);
    let (lang, reference, title_line) = (ctx.lang, ctx.reference, ctx.title_line);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "lang {lang:?} reference {reference:?} title {title_line:?}"
    );
    for t in &ctx.triggers {
        let _ = writeln!(
            out,
            "trigger s{} score {} {:?}: {}",
            t.sent,
            t.score(),
            (t.sign, t.partner, t.cyber, t.background, t.negated),
            ctx.doc.sentences[t.sent].span.slice(text)
        );
    }
    for t in &ctx.triggers {
        let _ = writeln!(
            out,
            "frames s{}: {:?}",
            t.sent,
            parties::frame_groups(&ctx, t.sent)
        );
    }
    for (i, m) in ctx.ents.mentions.iter().enumerate() {
        let _ = writeln!(
            out,
            "m{i} c{} s{} {:?} {:?} country={:?} mod={} poss={}",
            ctx.ents.cluster_of[i],
            ctx.doc.sentence_of[m.first],
            ctx.doc.slice(m.first, m.last),
            m.kind,
            m.country.map(|c| ctx.gaz.countries[c].iso2.clone()),
            m.modifier,
            m.possessive
        );
    }
    let found = people::find(&ctx);
    for (n, all) in parties::choose_all(&ctx, &found).iter().enumerate() {
        for c in all {
            let _ = writeln!(
                out,
                "chosen #{n} {:?} {:?} {:?}",
                c.party.name, c.party.kind, c.party.country
            );
        }
    }
    for p in found {
        let _ = writeln!(
            out,
            "person {:?} role {:?} aff {:?} state {:?} speaks {} trig {} witness {}",
            p.name, p.role, p.affiliations, p.state, p.speaks, p.in_trigger, p.witness
        );
    }
    out
}
