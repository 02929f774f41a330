//! The frames stage: which sentences report a signing or a partnership, and who stands in
//! the slots of each signing frame.
//!
//! A reporting sentence (a [`Trigger`]: a signing or partnering verb with an instrument or a
//! partner) yields a frame whose slots hold the signers: the subject of the verb ("A and B
//! have signed", "A et B ont conclu"), the two sides of "between A and B" / "entre A et B",
//! the partner after "with" / "avec" / "s'associe à", and "signed by A and B". The slots hold
//! mentions whether or not a table knows them. [`Ctx`] carries everything the later stages
//! share about one document: the text, its mentions and dates, and these triggers. Which
//! frames form one agreement, and which bodies are its parties, is the agreements stage's
//! work ([`crate::parties`]).

use crate::date::Date;
use crate::dates::{self, DateMention, DateValue};
use crate::entities::{self, Entities, MentionKind};
use crate::facts::{AgreementType, Lang, Span};
use crate::gazetteer::{self, Gazetteer};
use crate::lang;
use crate::lexicon::{self, Cue, Lexicon};
use crate::names::{self, NameIndex};
use crate::text::Doc;

/// How many reporting sentences are kept, best first.
pub(crate) const MAX_TRIGGERS: usize = 48;

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

/// A sentence's frame groups ([`frame_groups`]): each slot with its mentions.
type Groups = Vec<(Slot, Vec<usize>)>;

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
    /// All mentions, ordered by their first token ([`Ctx::starting_in`]).
    by_first: Vec<usize>,
    /// All mentions, ordered by the token after their last ([`Ctx::ending_at`]).
    by_last: Vec<usize>,
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
    /// For each mention, whether its context rules it out as a party
    /// ([`crate::parties::excluded`]), found on first asking.
    pub(crate) excluded: Vec<std::cell::OnceCell<bool>>,
    /// For each cluster, its kind as a party ([`crate::parties`]'s `cluster_kind`), found on
    /// first asking: choosing and building the parties ask it of a cluster many times.
    pub(crate) cluster_kinds:
        Vec<std::cell::OnceCell<(crate::facts::PartyKind, Option<usize>, bool)>>,
    /// For each sentence, the partners named after its ordinals ([`ordinal_partners`]),
    /// found on first asking.
    ordinal_partners: Vec<std::cell::OnceCell<Vec<usize>>>,
    /// For each sentence, its ordinal openings ([`ordinal_openings`]), found on first
    /// asking: the triggers and the partners both ask them.
    ordinal_openings: Vec<std::cell::OnceCell<Vec<(usize, usize)>>>,
    /// For each sentence, its joining of a programme ([`joins_programme`]), found on first
    /// asking: the triggers, the frames and the parties each ask it.
    joins: Vec<std::cell::OnceCell<Option<(usize, usize)>>>,
    /// For each sentence, its frame's groups ([`frame_groups`]), found on first asking
    /// once the context is complete (empty while it is built).
    frame_groups: Vec<std::cell::OnceCell<Groups>>,
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

    /// The cue categories that may have a phrase starting at token `k`, one bit each
    /// ([`Lexicon::cue_starts`], found once per token).
    pub(crate) fn cue_bits(&self, k: usize) -> u16 {
        self.cue_starts.get(k).copied().unwrap_or(0)
    }

    /// Whether a phrase of the cue category may start at token `i`.
    pub(crate) fn may_start(&self, i: usize, cue: Cue) -> bool {
        self.cue_starts
            .get(i)
            .is_some_and(|m| m & (1 << cue as usize) != 0)
    }

    /// The organisation mention that starts at token `k`, if any.
    pub fn org_starting_at(&self, k: usize) -> Option<usize> {
        self.starting_in(k, k + 1).find(|&i| {
            matches!(
                self.ents.mentions[i].kind,
                crate::entities::MentionKind::Org { .. }
            )
        })
    }

    /// The mentions whose first token lies in `a..b`, in token order: a binary search,
    /// so that a sentence with thousands of names costs no more per question.
    pub fn starting_in(&self, a: usize, b: usize) -> impl Iterator<Item = usize> + '_ {
        let m = &self.ents.mentions;
        let lo = self.by_first.partition_point(|&i| m[i].first < a);
        let hi = self.by_first.partition_point(|&i| m[i].first < b);
        self.by_first[lo..hi.max(lo)].iter().copied()
    }

    /// The mentions that end right before token `k` (their `last` is `k`).
    pub fn ending_at(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        let m = &self.ents.mentions;
        let lo = self.by_last.partition_point(|&i| m[i].last < k);
        let hi = self.by_last.partition_point(|&i| m[i].last <= k);
        self.by_last[lo..hi.max(lo)].iter().copied()
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
                    .is_some_and(|h| h.last + window >= at && !self.in_name(k, h.last))
        })
    }

    /// Whether the one capitalised word of tokens `k..e` lies inside a name after its first
    /// word ("Nordlys Data AS") or opens one of three words or more ("Data Protection
    /// Office"): a cue word there ("data") is part of the name, not a cue.
    /// ("Unit of" in "Incident Unit of X's Ministry" still says what the ministry is.)
    fn in_name(&self, k: usize, e: usize) -> bool {
        e == k + 1
            && self.doc.tokens[k].cap
            && (self
                .starting_in(k.saturating_sub(entities::MAX_NAME_TOKENS), k)
                .any(|m| self.ents.mentions[m].last >= e)
                // Or opens a name of several words ("the Data Protection Office").
                || self
                    .starting_in(k, k + 1)
                    .any(|m| self.ents.mentions[m].last > e))
    }

    /// Whether the sentence holds a date more than `months` months before the article's
    /// reference date ("in 2021", "en mars 2019"): what it reports happened earlier. A
    /// year alone counts as its December.
    pub fn dated_before(&self, s: usize, months: i32) -> bool {
        let (a, b) = self.doc.sentences[s].tokens;
        self.dated_before_in(a, b, months)
    }

    /// [`Ctx::dated_before`] for the tokens `a..b` of one sentence.
    pub fn dated_before_in(&self, a: usize, b: usize, months: i32) -> bool {
        let Some(now) = self.reference else {
            return false;
        };
        let now = now.year * 12 + i32::from(now.month);
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

/// Segments a text and finds everything the extractors share; also returns the
/// publication date the text states, with its span.
pub(crate) fn context(
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
    // Relative dates count from the day the text says it was published, else from the date
    // the caller gives (often the day the analyst reads it, later than the article). A
    // stated day after the caller's date is no publication day to count from.
    let reference = match published {
        Some((crate::date::PartialDate::Day(d), _)) if reference_date.is_none_or(|r| d <= r) => {
            Some(d)
        }
        _ => reference_date,
    };
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
        by_first: Vec::new(),
        by_last: Vec::new(),
        quoted: Vec::new(),
        dominant: None,
        background: Vec::new(),
        cue_starts,
        excluded: Vec::new(),
        cluster_kinds: Vec::new(),
        ordinal_partners: Vec::new(),
        ordinal_openings: Vec::new(),
        joins: Vec::new(),
        frame_groups: Vec::new(),
    };
    ctx.excluded = vec![std::cell::OnceCell::new(); ctx.ents.mentions.len()];
    ctx.cluster_kinds = vec![std::cell::OnceCell::new(); ctx.ents.clusters.len()];
    ctx.ordinal_partners = vec![std::cell::OnceCell::new(); ctx.doc.sentences.len()];
    ctx.ordinal_openings = vec![std::cell::OnceCell::new(); ctx.doc.sentences.len()];
    ctx.joins = vec![std::cell::OnceCell::new(); ctx.doc.sentences.len()];
    index(&mut ctx);
    ctx.frame_groups = vec![std::cell::OnceCell::new(); ctx.doc.sentences.len()];
    (ctx, published)
}

/// Computes the shared indices of a context, then its trigger sentences.
pub(crate) fn index(ctx: &mut Ctx<'_>) {
    let mut by_sentence = vec![Vec::new(); ctx.doc.sentences.len()];
    for (i, m) in ctx.ents.mentions.iter().enumerate() {
        if let Some(&s) = ctx.doc.sentence_of.get(m.first) {
            by_sentence[s].push(i);
        }
    }
    ctx.by_sentence = by_sentence;
    let mentions = &ctx.ents.mentions;
    let mut by_first: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::indices(&mut by_first, &|a, b| {
        mentions[a].first.cmp(&mentions[b].first)
    });
    let mut by_last: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::indices(&mut by_last, &|a, b| {
        mentions[a].last.cmp(&mentions[b].last)
    });
    ctx.by_first = by_first;
    ctx.by_last = by_last;
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
        .map(|s| {
            ctx.cue_hits(s, Cue::Background)
                .iter()
                .any(|&(first, last)| {
                    !recent_earlier(&ctx.doc, first, last)
                        && !of_the_replaced(&ctx.doc, first)
                        && !reported_pluperfect(ctx, first)
                })
        })
        .collect();
    ctx.dominant = crate::frames::dominant_state(ctx);
    ctx.triggers = find_triggers(ctx);
}

/// Whether the background cue at token `first` dates the instrument that this one replaces
/// ("signed a new memorandum, replacing the one that expired last year"): a word of
/// replacing or expiring stands a few words before it in the sentence.
fn of_the_replaced(doc: &crate::text::Doc<'_>, first: usize) -> bool {
    doc.before_in_sentence(first, 8)
        .any(|k| word_set!("of_the_replaced").contains(&doc.tokens[k]))
}

/// Whether the background cue at token `first` is a pluperfect that reported speech
/// shifts back ("Acme said on Monday it had signed an agreement", "a indiqué qu'il avait
/// signé"): the news itself, not an earlier agreement.
fn reported_pluperfect(ctx: &Ctx<'_>, first: usize) -> bool {
    matches!(
        ctx.doc.tokens[first].fold.as_str(),
        "had" | "avait" | "avaient"
    ) && ctx.cue_before(first, 5, Cue::Speech)
}

/// Whether the cue phrase at tokens `first..last` is a lone "earlier" that dates a recent
/// time ("earlier this month", "earlier today", "earlier in the week", "earlier on
/// Monday"): the news itself, not an earlier agreement.
fn recent_earlier(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
    last == first + 1
        && fold(first) == "earlier"
        && match fold(last) {
            "today" => true,
            "this" => matches!(fold(last + 1), "week" | "month"),
            "in" => fold(last + 1) == "the" && matches!(fold(last + 2), "day" | "week" | "month"),
            "on" => word_set!("recent_earlier").contains_str(fold(last + 1)),
            _ => false,
        }
}

/// The headline: the first line that is short, not a sentence, and not a date, menu or
/// byline. A date stamp may open the headline's line ("12 March 2025 | Acme and Beta sign
/// …"). A page's header may stand above it: an outlet's name over its menu ("The Daily
/// Star" / "Home | News | Tech"), a short name in capitals ("BANK OF RURITANIA"), a line of
/// interface glyphs ("≡ The Post 🔍"); such a line is the headline only when no other
/// follows before the story.
pub(crate) fn find_title(doc: &Doc<'_>, dates: &[DateMention]) -> Option<usize> {
    if doc.lines.len() < 2 {
        return None;
    }
    // "Business Daily | Technology", "News › Africa › Tech": a masthead or a breadcrumb,
    // short pieces between separators, not a headline.
    let separator = |t: &crate::text::Token| {
        !t.is_word() && matches!(t.fold.as_str(), "|" | "›" | ">" | "»" | "/" | "·" | "•")
    };
    let breadcrumb = |toks: &[crate::text::Token]| {
        toks.iter().any(separator)
            && toks
                .split(|t| separator(t))
                .all(|piece| piece.iter().filter(|t| t.is_word()).count() <= 2)
    };
    // "Accueil  Nos offres  Actualités  Nous rejoindre": a menu's items set apart by runs
    // of spaces, each short and capitalised, even when the items are in sentence case.
    let spaced_bar = |toks: &[crate::text::Token]| {
        let mut pieces: Vec<&[crate::text::Token]> = Vec::new();
        let mut from = 0;
        for k in 1..toks.len() {
            let gap = doc.text.get(toks[k - 1].end..toks[k].start).unwrap_or("");
            if gap.chars().filter(|c| c.is_whitespace()).count() >= 2 {
                pieces.push(&toks[from..k]);
                from = k;
            }
        }
        pieces.push(&toks[from..]);
        pieces.len() >= 3
            && pieces.iter().all(|p| {
                p.len() <= 3
                    && p.iter().all(|t| t.is_word())
                    && p.first().is_some_and(|t| t.cap || t.upper)
            })
    };
    let menu = |li: usize| {
        doc.lines.get(li).is_some_and(|l| {
            let toks = &doc.tokens[l.tokens.0..l.tokens.1];
            if spaced_bar(toks) {
                return true;
            }
            // A bar of capitalised words ("About Us   Services   News"), not a byline.
            let bar = l.junk
                && toks.len() >= 3
                && toks.iter().all(|t| t.is_word() && (t.cap || t.upper))
                && !matches!(toks[0].fold.as_str(), "by" | "par");
            bar || breadcrumb(toks) || toks.iter().filter(|t| separator(t)).count() >= 2
        })
    };
    let header = |li: usize, toks: &[crate::text::Token]| {
        let words = || toks.iter().filter(|t| t.is_word());
        // A dateline under the headline may be set in pieces too ("12 May 2026 | By X |
        // 4 min read"): no menu.
        (menu(li + 1) && dates::date_line(doc, dates, li + 1).is_none())
            || toks
                .iter()
                .any(|t| !t.is_word() && word_set!("interface_glyphs").contains(t))
            || words().count() <= 5
                && words()
                    .filter(|t| t.end - t.start >= 4)
                    .all(|t| t.cap || t.upper)
    };
    let mut masthead: Option<usize> = None;
    for (li, line) in doc.lines.iter().enumerate().take(10) {
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
        // "By Ana Velic", "Par la rédaction": a byline.
        let byline = words <= 5
            && toks
                .first()
                .is_some_and(|t| matches!(t.fold.as_str(), "by" | "par"));
        if breadcrumb(toks) || byline || spaced_bar(toks) {
            continue;
        }
        // "1. Ransomware hits …" under a newsletter's name: the first item, not the headline.
        let item =
            toks.len() > 2 && toks[0].kind == crate::text::TokKind::Num && toks[1].is_punct(".");
        if item && masthead.is_some() {
            return masthead;
        }
        if words >= 3 && b - a <= 30 && !ends_as_sentence {
            if header(li, toks) {
                masthead = masthead.or(Some(li));
                continue;
            }
            return Some(li);
        }
        if words >= 3 {
            // The first real line is a sentence: there is no headline below the header.
            return masthead;
        }
    }
    masthead
}

/// "A et B ont lancé mardi à Rennes un partenariat", "A and B launched on Monday a joint
/// partnership": the verb of launching, when an instrument of partnership or agreement
/// follows within eight words (past a day, a place). A launch of a programme or a product
/// names no instrument. The verb then opens the frame like a partnering verb.
/// Passive too: "a new partnership launched by A and B", « un partenariat lancé par A et B »:
/// the instrument just before the participle, its agents after "by" / "par".
fn launch_verb(ctx: &Ctx<'_>, si: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[si].tokens;
    let v = (a..b).find(|&k| word_set!("launch_verbs").contains(&doc.tokens[k]))?;
    let partnership =
        |h: &crate::lexicon::Hit<AgreementType>| h.value != AgreementType::Declaration;
    let active = || {
        ctx.lex
            .instruments
            .find(doc, v + 1, (v + 10).min(b), ctx.lang)
            .into_iter()
            .any(|h| {
                partnership(&h)
                    && !doc.tokens[v + 1..h.first]
                        .iter()
                        .any(|t| t.is_punct(".") || t.is_punct(";") || t.is_punct(":"))
            })
    };
    let passive = || {
        doc.tokens
            .get(v + 1)
            .is_some_and(|t| matches!(t.fold.as_str(), "by" | "par"))
            && ctx
                .lex
                .instruments
                .find(doc, v.saturating_sub(4).max(a), v, ctx.lang)
                .into_iter()
                .any(|h| partnership(&h) && v - h.last <= 1)
    };
    (active() || passive()).then_some(v)
}

pub(crate) fn find_triggers(ctx: &Ctx<'_>) -> Vec<Trigger> {
    let doc = &ctx.doc;
    let mut out: Vec<Trigger> = Vec::new();
    for (si, sent) in doc.body_sentences() {
        let (a, b) = sent.tokens;
        let sign_at = |k: usize, end: usize| {
            ctx.may_start(k, Cue::Sign)
                && ctx
                    .lex
                    .cue(Cue::Sign)
                    .longest_at(doc, k, end, ctx.lang)
                    .is_some()
        };
        // "said in a joint statement", "selon un communiqué conjoint": the channel of the
        // news, not its instrument.
        let channel = |first: usize| {
            let fold = |k: usize| doc.tokens[k].fold.as_str();
            let mut k = first;
            if k > a
                && (word_set!("indefinite").contains_str(fold(k - 1))
                    || matches!(fold(k - 1), "the" | "their" | "leur"))
            {
                k -= 1;
            }
            k > a && matches!(fold(k - 1), "in" | "dans" | "selon")
        };
        let instruments: Vec<(AgreementType, usize, usize)> = ctx
            .lex
            .instruments
            .find(doc, a, b, ctx.lang)
            .into_iter()
            .filter(|h| {
                // "agreement" as in "they are in agreement" or "agreed" is not an instrument;
                // a shouted "MOU" is.
                let t = &doc.tokens[h.first];
                let en = ctx.lang == Lang::En;
                !(t.fold == "accord" && en && !t.cap)
                    // French "mou" is soft; "un MoU" is the instrument.
                    && !(t.fold == "mou" && !en && !t.upper && !t.cap)
                    // A "deal" (an English "convention", in lowercase: "the Budapest
                    // Convention" is joined, not signed between two) is an instrument only
                    // right after a signing verb ("inked a deal", "signed a new cyber deal")
                    // or before a passive one ("a deal was struck"): "the $25 billion deal"
                    // buys a firm, "the annual convention" is an event.
                    && !(en && t.cap && t.fold.starts_with("convention"))
                    && !(h.value == AgreementType::Declaration && channel(h.first))
                    // "SEC Memorandum Circular No. 12", "Department Memorandum Order": a
                    // regulator's rule, named by the instrument word and a word of rule.
                    && !doc.tokens.get(h.last).is_some_and(|n| {
                        h.last < b && word_set!("rule_instrument").contains(n)
                    })
                    && (!(t.fold == "deal" || (en && t.fold.starts_with("convention")))
                        || (h.first.saturating_sub(3)..h.first).any(|k| sign_at(k, h.first))
                        || (h.last..(h.last + 2).min(b)).any(|k| {
                            matches!(doc.tokens[k].fold.as_str(), "was" | "were") && sign_at(k + 1, b)
                        }))
            })
            .map(|h| (h.value, h.first, h.last))
            .collect();
        let instruments = if instruments.is_empty() {
            counted_documents(ctx, si)
        } else {
            instruments
        };
        let sign = reports_signing(ctx, si, &instruments);
        // "Police forces joined forces to dismantle a botnet": an operation, not a
        // partnership.
        // "A and B agreed to cooperate" reports a partnership when two names are its subject;
        // "under the memorandum, both parties agreed to cooperate" only says what the
        // instrument holds.
        let partner = ctx.cue_hits(si, Cue::Partner).iter().any(|&(first, _)| {
            let agree = matches!(
                doc.tokens[first].fold.as_str(),
                "agreed" | "agree" | "conviennent"
            ) || doc
                .tokens
                .get(first + 1)
                .is_some_and(|t| t.fold == "convenu");
            let mut k = first;
            while k > a && is_verb_filler(&doc.tokens[k - 1].fold) {
                k -= 1;
            }
            // The subject is a pair: "A and B agreed to cooperate"; "A agreed to cooperate
            // with investigators" is consent.
            let pair = ctx.ending_at(k).any(|mi| {
                let mut j = ctx.ents.mentions[mi].first;
                if j > a && is_article_fold(&doc.tokens[j - 1].fold) {
                    j -= 1;
                }
                j > a && is_conjunct(&doc.tokens[j - 1].fold)
            });
            !agree || (instruments.is_empty() && pair)
        }) && !(instruments.is_empty()
            && doc.tokens[a..b]
                .iter()
                .any(|t| word_set!("operation_verbs").contains(t)))
            || joins_programme(ctx, si).is_some()
            || (launch_verb(ctx, si).is_some()
                && frame_groups(ctx, si)
                    .iter()
                    .any(|(slot, g)| matches!(slot, Slot::With | Slot::Between) || g.len() >= 2));
        let between = doc.tokens[a..b]
            .iter()
            .any(|t| matches!(t.fold.as_str(), "between" | "entre" | "with" | "avec"));
        // "The text was signed by A and B", "Il a été signé par A et B" just after a
        // sentence that reports the signing: the same signing, with its signers named.
        let follows = sign
            && signed_by(ctx, si)
            && out
                .last()
                .is_some_and(|t: &Trigger| t.sent < si && si - t.sent <= 2);
        // A headline that names the instrument and its sides: "Partenariat entre A et B".
        let titled = ctx.is_title(si)
            && instruments.iter().any(|&(_, _, last)| {
                doc.tokens
                    .get(last)
                    .is_some_and(|t| matches!(t.fold.as_str(), "between" | "entre"))
            });
        // Without an instrument, the frame must name a partner, after "with" or in a pair
        // of subjects: "agreed to cooperate with investigators" is consent.
        let between = between
            && (!instruments.is_empty()
                || frame_groups(ctx, si)
                    .iter()
                    .any(|(slot, g)| matches!(slot, Slot::With | Slot::Between) || g.len() >= 2));
        // "its partnership with X", "the company's agreement with X", "has an MoU with X":
        // one the body has.
        let possessed = |first: usize| {
            (first.saturating_sub(3)..first).any(|k| {
                word_set!("find_triggers").contains(&doc.tokens[k])
                    || (doc.tokens[k].fold == "'"
                        && doc.tokens.get(k + 1).is_some_and(|t| t.fold == "s"))
            })
        };
        let is_trigger = (sign && (!instruments.is_empty() || between))
            || follows
            || partner
            || titled
            || (!instruments.is_empty()
                && between
                && instruments
                    .iter()
                    .any(|i| i.0 != AgreementType::Partnership && !possessed(i.1))
                // Without a verb, a body must stand beside the instrument: "the memorandum,
                // shared with the board" names no side.
                && !frame_groups(ctx, si).is_empty());
        // "… signed three memorandums. The first, with X, covers …": a part named by its
        // ordinal and its partner reports its own agreement, of the instruments before.
        // "The first memorandum, with X, covers …" names an instrument and a partner
        // without a verb: a part as well.
        let part = if is_trigger && (sign || partner || follows || titled) {
            None
        } else {
            ordinal_part(ctx, si, &out)
        };
        if let Some(prev) = part {
            // Its own instrument when it names one: "Under the second agreement, X …".
            let instruments = if instruments.is_empty() {
                prev.instruments.clone()
            } else {
                instruments
            };
            let cyber = prev.cyber || ctx.has_cue(si, Cue::Cyber);
            out.push(Trigger {
                sent: si,
                instruments,
                sign: true,
                partner: false,
                cyber,
                background: false,
                negated: false,
            });
            continue;
        }
        if !is_trigger {
            continue;
        }
        let cyber = ctx.has_cue(si, Cue::Cyber);
        let cut = relative_cut(ctx, si, &instruments);
        // "renewed their 2019 MoU", "un avenant à la convention de 2023": after a renewing
        // word with an instrument after it, a date or an earlier signing is the earlier one's.
        let renews = (a..b).find(|&k| {
            word_set!("renews_earlier").contains(&doc.tokens[k])
                && instruments.iter().any(|i| i.1 > k)
        });
        let earlier_until = match (cut, renews) {
            (Some(c), Some(r)) => Some(c.min(r)),
            (c, r) => c.or(r),
        };
        let background = speaks_of_earlier(ctx, si, earlier_until)
            || renewed_earlier(ctx, si, renews, &instruments)
            || in_aside(ctx, si);
        let mut instruments = instruments;
        if let Some(cut) = cut {
            instruments.retain(|&(_, _, end)| end <= cut);
        }
        // Headlinese future: "A, B to sign cyber MoU", "A and B to ink pact": a signing
        // to come; the body tells whether it happened.
        let headline_future = ctx.is_title(si)
            && ctx
                .cue_hits(si, Cue::Sign)
                .iter()
                .any(|&(first, _)| first > a && doc.tokens[first - 1].fold == "to");
        let negated = negation_stands(ctx, si)
            || denied(ctx, si, &instruments)
            || headline_future
            || ends_instrument(ctx, si, &instruments)
            || unnamed_partners(ctx, si)
            || takeover(ctx, si)
            || award_undone(ctx, si)
            || hypothetical(ctx, si, &instruments)
            || other_field(ctx, &instruments, cyber);
        out.push(Trigger {
            sent: si,
            instruments,
            sign,
            partner,
            cyber,
            // "In 2021, A and B signed …" in a later article: an earlier agreement.
            background,
            negated,
        });
    }
    // Best first; ties keep the text order. An article reports its agreement in a handful
    // of sentences: past a few dozen, the rest add nothing but cost.
    // A headline shortens names ("Kenyan CERT"): on a tie, the body's sentence comes first.
    crate::sort::by_key(&mut out, |t| {
        (
            -t.score(),
            ctx.title_line == Some(ctx.doc.sentences[t.sent].line),
            t.sent,
        )
    });
    out.truncate(MAX_TRIGGERS);
    out
}

/// "signed three cybersecurity documents", "a signé trois textes": documents counted after a
/// signing verb are its instruments; the parts that follow name their kinds.
fn counted_documents(ctx: &Ctx<'_>, s: usize) -> Vec<(AgreementType, usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let count = |k: usize| {
        let t = &doc.tokens[k];
        t.kind == crate::text::TokKind::Num || count_word(&t.fold).is_some()
    };
    // The verbs are looked up only once a counted document is seen.
    let verbs = std::cell::OnceCell::new();
    (a..b)
        .find(|&k| {
            word_set!("counted_documents").contains(&doc.tokens[k])
                && (k.saturating_sub(3).max(a)..k).any(count)
                && !verbs.get_or_init(|| ctx.cue_hits(s, Cue::Sign)).is_empty()
        })
        .map(|k| vec![(AgreementType::Agreement, k, k + 1)])
        .unwrap_or_default()
}

/// The count a word spells: "two" … "ten", "deux" … "dix" (`words.tsv`, lists `counts_en`
/// and `counts_fr`).
pub(crate) fn count_word(fold: &str) -> Option<usize> {
    // Asked of many tokens: the two lists are looked up once.
    static COUNTS: std::sync::LazyLock<[&[&str]; 2]> =
        std::sync::LazyLock::new(|| [word_list!("counts_en"), word_list!("counts_fr")]);
    COUNTS
        .iter()
        .find_map(|l| l.iter().position(|w| *w == fold))
        .map(|i| i + 2)
}

/// The words that open sentence `s` before any comma, three at most ("Then,", "The
/// second", "D'abord une"): where a sequence word or an ordinal names a part.
pub(crate) fn opening_words<'d>(
    doc: &'d Doc<'_>,
    s: usize,
) -> impl Iterator<Item = &'d crate::text::Token> {
    let (a, b) = doc.sentences[s].tokens;
    doc.tokens[a..b.min(a + 3)]
        .iter()
        .take_while(|t| !t.is_punct(","))
}

/// Whether sentence `s` opens its line with a bullet: an item of a list.
pub(crate) fn opens_item(doc: &Doc<'_>, s: usize) -> bool {
    item_body(doc, s).is_some()
}

/// Where the words of sentence `s` start when it opens its line with a bullet or a number
/// (an item of a list): right after the bullet, "1.", "2)" or "(3)".
pub(crate) fn item_body(doc: &Doc<'_>, s: usize) -> Option<usize> {
    let (a, b) = doc.sentences[s].tokens;
    let start = doc.lines[doc.sentences[s].line].tokens.0;
    if a >= b {
        return None;
    }
    if start == a && word_set!("bullets").contains(&doc.tokens[a]) {
        return Some(a + 1);
    }
    // "1. Une convention avec X …", "2) A memorandum with Y …", "(3) …": a numbered item,
    // whose number may stand as a sentence of its own.
    let mut k = start;
    if doc.tokens.get(k).is_some_and(|t| t.is_punct("(")) {
        k += 1;
    }
    let numbered = doc
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == crate::token::TokKind::Num && t.fold.len() <= 2)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.is_punct(".") || t.is_punct(")"));
    if numbered && (a == start || a == k + 2) && a + 1 < b {
        return Some(k + 2);
    }
    // "University: A four-year agreement with X …", "Banque : Une convention avec Y …": a
    // short label and a colon, then an indefinite article opens a part of a list.
    let colon = (a + 1..b.min(a + 4)).find(|&j| doc.tokens[j].is_punct(":"))?;
    let label = doc.tokens[a..colon]
        .iter()
        .all(|t| t.is_word() && !word_set!("function_words_en").contains(t))
        && doc.tokens[a].cap;
    let indefinite = doc
        .tokens
        .get(colon + 1)
        .is_some_and(|t| t.cap && word_set!("indefinite").contains(t));
    (start == a && label && indefinite && colon + 3 < b).then_some(colon + 1)
}

/// Where the partner of a part named by its ordinal begins, for the ordinal at token `k`
/// of a sentence ending at `b`: after "with" in "The first, with X", "The first, a
/// memorandum of understanding with X", "A third agreement, with X", "Le second est une
/// convention de partenariat avec l'Université Y"; after the comma when a lead-in opens
/// the sentence ("Under the second agreement, X will …", "Aux termes du second accord, X
/// …").
fn ordinal_partner_at(ctx: &Ctx<'_>, k: usize, b: usize, lead_in: bool) -> Option<usize> {
    let doc = &ctx.doc;
    let end = b.min(k + 12);
    let mut named = false;
    let mut j = k + 1;
    let at = loop {
        if j >= end {
            return None;
        }
        let t = &doc.tokens[j];
        if matches!(t.fold.as_str(), "with" | "avec") || t.is_punct(",") && lead_in && named {
            break j + 1;
        }
        if let Some(h) = ctx.lex.instruments.longest_at(doc, j, end, ctx.lang) {
            named = true;
            j = h.last.max(j + 1);
            continue;
        }
        // "The second, a cooperation agreement, binds A to B", "Le second lie A à B": the
        // partner after the preposition. The ordinal alone may stand for the instrument:
        // "La seconde lie A à B" after "deux conventions".
        if (named || j == k + 1) && word_set!("binding_verbs").contains(t) {
            let to = (j + 1..(j + 9).min(end)).find(|&x| {
                matches!(
                    doc.tokens[x].fold.as_str(),
                    "to" | "with" | "a" | "au" | "aux" | "avec"
                ) && (doc.tokens[x].fold != "a" || doc.french_a(x))
            })?;
            break to + 1;
        }
        let filler = t.is_punct(",")
            || word_set!("ordinal_copula").contains(t)
            // "The second document is …", "Le deuxième texte, une convention …".
            || j == k + 1 && word_set!("ordinal_nouns").contains(t)
            || word_set!("of_words").contains(t)
            || word_set!("indefinite").contains(t)
            || is_article_fold(&t.fold);
        // "Services Agreement with X", "a three-year research agreement with X": a word or
        // two that qualify the instrument before it.
        let qualifies = !named
            && t.is_word()
            && (j + 1..(j + 3).min(end)).any(|i| {
                ctx.lex
                    .instruments
                    .longest_at(doc, i, end, ctx.lang)
                    .is_some()
            });
        // "Une convention de coopération de trois ans avec X", "d'une durée de cinq ans":
        // the instrument's term between it and its partner.
        let term = named
            && (word_set!("term_words").contains(t)
                || (t.kind == crate::text::TokKind::Num || count_word(&t.fold).is_some())
                    && doc
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| word_set!("term_words").contains(n)));
        // "Une convention de collaboration avec X": a lowercase noun after the instrument's
        // "de" qualifies it.
        let complement =
            named && t.is_word() && !t.cap && word_set!("of_words").contains(&doc.tokens[j - 1]);
        if !(filler || qualifies || term || complement) {
            return None;
        }
        j += 1;
    };
    let at = at + usize::from(doc.tokens.get(at).is_some_and(|t| is_article_fold(&t.fold)));
    (at < b).then_some(at)
}

/// "• Harbor Digital Ltd (HD) – a two-year agreement …", "- Banque X : une convention …":
/// an item of a list that opens with a body's name and a dash or a colon names its
/// partner first. Where the name begins.
fn named_item(ctx: &Ctx<'_>, s: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let (_, b) = doc.sentences[s].tokens;
    let at = item_body(doc, s)?;
    let mi = ctx.starting_in(at, at + 1).find(|&mi| {
        matches!(
            ctx.ents.mentions[mi].kind,
            MentionKind::Org { .. } | MentionKind::Other
        )
    })?;
    let mut k = ctx.ents.mentions[mi].last;
    // Its acronym in brackets: "(HD)".
    if doc.tokens.get(k).is_some_and(|t| t.is_punct("(")) {
        k = (k + 1..(k + 5).min(b)).find(|&j| doc.tokens[j].is_punct(")"))? + 1;
    }
    doc.tokens
        .get(k)
        .filter(|_| k < b)
        .is_some_and(|t| matches!(t.fold.as_str(), "–" | "—" | "-" | ":"))
        .then_some(at)
}

/// The ordinals that open sentence `s` or a clause of it, each with where its partner
/// begins (see [`ordinal_partner_at`]). An opening is the sentence's or clause's first
/// word, or follows an article ("The first", "A third") or a short lead-in of
/// prepositions and articles ("Under the second", "Dans le cadre du premier").
fn ordinal_openings<'c>(ctx: &'c Ctx<'_>, s: usize) -> &'c [(usize, usize)] {
    match ctx.ordinal_openings.get(s) {
        Some(known) => known.get_or_init(|| ordinal_openings_of(ctx, s)),
        None => &[],
    }
}

fn ordinal_openings_of(ctx: &Ctx<'_>, s: usize) -> Vec<(usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let mut out = Vec::new();
    let mut clause = a;
    for k in a..b.saturating_sub(2) {
        if doc.tokens[k].is_punct(";") {
            clause = k + 1;
            continue;
        }
        // "• Memorandum of Understanding with X, signed by …", "- une convention avec Y":
        // an item of a list after a signing of several instruments is a part, like an
        // ordinal. So is "The MoU with X was signed by …", "La convention avec Y, signée
        // par …": the instrument and its partner name the part the sentence is about.
        let item = k == a && opens_item(doc, s);
        // "Under the memorandum with X, …", "Aux termes de la convention avec Y, …": a
        // lead-in of prepositions before the article.
        let led = || {
            k <= clause + 3
                && (clause..k).all(|j| {
                    word_set!("ordinal_lead_in").contains(&doc.tokens[j])
                        || doc.tokens[j].fold == "of"
                })
        };
        // "The four-year memorandum with X", "the new services agreement with Y": up to two
        // words in lowercase may qualify the instrument.
        let definite = || {
            (k == clause || led())
                && is_article_fold(&doc.tokens[k].fold)
                && (k + 1..(k + 4).min(b))
                    .take_while(|&j| {
                        j == k + 1 || doc.tokens[j - 1].is_word() && !doc.tokens[j - 1].cap
                    })
                    .find_map(|j| ctx.lex.instruments.longest_at(doc, j, b, ctx.lang))
                    .is_some_and(|h| {
                        doc.tokens
                            .get(h.last)
                            .is_some_and(|t| matches!(t.fold.as_str(), "with" | "avec"))
                    })
        };
        if item || definite() {
            // An item's words start after its bullet or number.
            let from = if item {
                item_body(doc, s).map_or(k, |x| x.saturating_sub(1))
            } else {
                k
            };
            if let Some(at) = ordinal_partner_at(ctx, from, b, false) {
                out.push((k, at));
            } else if let Some(at) = item.then(|| named_item(ctx, s)).flatten() {
                out.push((k, at));
            }
            continue;
        }
        // "Enfin, un contrat avec X", "Then, a services agreement with Y": a word of
        // sequence that opens the clause before a comma stands for the next ordinal.
        let sequence = k == clause
            && word_set!("sequence_openers").contains(&doc.tokens[k])
            && doc.tokens.get(k + 1).is_some_and(|t| t.is_punct(","));
        if k > clause + 4 || !(sequence || word_set!("is_ordinal").contains(&doc.tokens[k])) {
            continue;
        }
        let before = &doc.tokens[clause..k];
        let article = |t: &crate::token::Token| {
            is_article_fold(&t.fold) || word_set!("indefinite").contains(t)
        };
        let lead_in = before.len() >= 2
            && before.last().is_some_and(|t| article(t) || t.fold == "du")
            && before
                .iter()
                .all(|t| t.is_word() && (article(t) || word_set!("ordinal_lead_in").contains(t)));
        if !(before.is_empty() || before.len() == 1 && article(&before[0]) || lead_in) {
            continue;
        }
        if let Some(at) = ordinal_partner_at(ctx, k, b, lead_in) {
            out.push((k, at));
        }
    }
    out
}

/// The partners named right after an ordinal that opens the sentence or a clause of it:
/// "The first, with X, covers …; the second, with Y, …", "La seconde, avec l'Université Y".
///
/// Found once per sentence (a cell in the context): the extractors ask it of every
/// sentence, for each agreement.
pub(crate) fn ordinal_partners<'c>(ctx: &'c Ctx<'_>, s: usize) -> &'c [usize] {
    match ctx.ordinal_partners.get(s) {
        Some(known) => known.get_or_init(|| ordinal_partners_of(ctx, s)),
        None => &[],
    }
}

fn ordinal_partners_of(ctx: &Ctx<'_>, s: usize) -> Vec<usize> {
    ordinal_openings(ctx, s)
        .iter()
        .filter_map(|&(_, j)| {
            // "avec la société Nordwave SA": the noun before a firm's name.
            let doc = &ctx.doc;
            let plain = |k: usize| doc.tokens[k].is_word() && !doc.tokens[k].cap;
            // "with the technology research centre B": a description in plain words after
            // the article.
            let described = [Some(j), j.checked_sub(1)]
                .into_iter()
                .flatten()
                .any(|x| doc.tokens.get(x).is_some_and(|t| is_article_fold(&t.fold)));
            let found = ctx
                .starting_in(j, (j + 6).min(doc.tokens.len()))
                .find(|&mi| {
                    let m = &ctx.ents.mentions[mi];
                    matches!(
                        m.kind,
                        MentionKind::Org { .. } | MentionKind::Other | MentionKind::Country(_)
                    ) && (m.first == j
                        || (m.company_cue && m.first <= j + 3 || described)
                            && (j..m.first).all(plain)
                        // "with Jakarta-based PT Sentinel": the firm's seat before its name.
                        || m.first == j + 1
                            && crate::entities::based_place(doc, j).is_some())
                })?;
            // "with Ghana's Cyber Crime Unit": the body the state's possessive introduces.
            let m = &ctx.ents.mentions[found];
            if m.possessive && matches!(m.kind, MentionKind::Country(_)) {
                let body = ctx
                    .starting_in(m.last, m.last + 3)
                    .find(|&o| matches!(ctx.ents.mentions[o].kind, MentionKind::Org { .. }));
                return body.or(Some(found));
            }
            Some(found)
        })
        .collect()
}

/// The clusters of the partner of the part of several agreements that sentence `s` belongs
/// to: the part's own sentence ("The second, with B, …", "• MoU with B, signed by …") or
/// one after it on its line ("1. A convention with B. Signed by …").
pub(crate) fn part_partners(ctx: &Ctx<'_>, s: usize) -> Option<Vec<usize>> {
    let line = ctx.doc.sentences[s].line;
    (0..=s)
        .rev()
        .take_while(|&x| ctx.doc.sentences[x].line == line)
        .find_map(|x| {
            let partners = ordinal_partners(ctx, x);
            if !partners.is_empty() {
                return Some(partners.iter().map(|&mi| ctx.ents.cluster_of[mi]).collect());
            }
            // "Then, a service agreement between A and C, …", "The second was signed with C":
            // the pair or the partner of a part that a sequence word or an ordinal opens.
            let opens = opening_words(&ctx.doc, x).any(|t| {
                word_set!("sequence_openers").contains(t) || word_set!("is_ordinal").contains(t)
            });
            if !opens {
                return None;
            }
            frame_groups(ctx, x)
                .into_iter()
                .find(|(slot, g)| *slot == Slot::Between && g.len() >= 2 || *slot == Slot::With)
                .map(|(_, g)| g.iter().map(|&mi| ctx.ents.cluster_of[mi]).collect())
        })
}

/// "The first, with X, covers …", "La seconde, avec Y, porte sur …": sentence `s` opens on
/// an ordinal and a partner, within three sentences of a signing of several instruments
/// ("signed three memorandums") or of another such part. Gives that trigger.
fn ordinal_part<'t>(ctx: &Ctx<'_>, s: usize, out: &'t [Trigger]) -> Option<&'t Trigger> {
    let doc = &ctx.doc;
    let a = doc.sentences[s].tokens.0;
    let opens = ordinal_openings(ctx, s)
        .first()
        .is_some_and(|&(k, _)| k <= a + 4);
    if !opens {
        return None;
    }
    // The nearest that names instruments: "It was signed by …" between the parts names none.
    // Items of the same list before this one lead back to the sentence that opens it.
    let mut reach = s;
    let prev = out
        .iter()
        .rev()
        .filter(|t| t.sent < s)
        .take_while(|t| {
            let near = reach - t.sent <= 3;
            if near && opens_item(doc, t.sent) && opens_item(doc, s) {
                reach = t.sent;
            }
            near
        })
        .find(|t| !(t.instruments.is_empty() || (opens_item(doc, t.sent) && opens_item(doc, s))))?;
    let (pa, pb) = doc.sentences[prev.sent].tokens;
    let several = doc.tokens[pa..pb]
        .iter()
        .any(|t| word_set!("is_plural_cue").contains(t) || word_set!("is_ordinal").contains(t));
    (several && !prev.negated && !prev.background).then_some(prev)
}

/// Whether the sentence `s`, which names the `instruments`, has a signing cue that reports a
/// signing. "Sign up" enrols someone ("banks signed up with the CERT"), "la signature
/// électronique" is a technology, and a weak cue
/// ("announced", "released", "adopted", "publie") reports one only with an instrument it may
/// govern: "released a report produced in partnership with X" or "announced its sponsors"
/// sign nothing.
fn reports_signing(ctx: &Ctx<'_>, s: usize, instruments: &[(AgreementType, usize, usize)]) -> bool {
    let toks = &ctx.doc.tokens;
    // "in partnership with X", "en partenariat avec X": jointly with X, no instrument.
    let adverbial = |first: usize| {
        first
            .checked_sub(1)
            .is_some_and(|k| matches!(toks[k].fold.as_str(), "in" | "en"))
    };
    let named = instruments
        .iter()
        .any(|&(ty, first, _)| ty != AgreementType::Partnership || !adverbial(first));
    let weak = word_set!("weak_sign");
    let (_, b) = ctx.doc.sentences[s].tokens;
    // "announced a new collaboration with X", "annoncent une coopération": a partnership
    // without an instrument's name.
    let collaboration = |last: usize| {
        (last..b.min(last + 4)).any(|k| {
            matches!(
                toks[k].fold.as_str(),
                "collaboration" | "cooperation" | "co-operation"
            )
        })
    };
    ctx.cue_hits(s, Cue::Sign).iter().any(|&(_, last)| {
        let phrasal_up = toks.get(last).is_some_and(|t| t.fold == "up");
        // "la signature électronique", "signature numérique": a technology, no signing.
        let technology = toks.get(last).is_some_and(|t| {
            matches!(
                t.fold.as_str(),
                "electronique" | "electroniques" | "numerique" | "numeriques" | "digitale"
            )
        });
        // "exchanged the MoU", "the MoU was exchanged" (Indian government releases); not
        // "under the agreement, the two exchanged threat information".
        let exchanged = toks[last - 1].fold == "exchanged"
            && !instruments.iter().any(|&(_, first, end)| {
                (last..=last + 3).contains(&first) || (end < last && end + 4 >= last)
            });
        !phrasal_up
            && !technology
            && !exchanged
            && (named || collaboration(last) || !weak.contains(&toks[last - 1]))
    })
}

/// Where a relative clause about something else starts in the sentence `s` whose main
/// clause signs one of its `instruments`: "A and B signed an MoU, which builds on the pact
/// signed in 2019", "ont conclu un accord-cadre, qui fait suite au protocole signé en 2019";
/// or a participle clause ("…, completing talks that began last year", "…, complétant
/// l'accord de 2019"), or an apposition ("…, a programme the agency opened last year"). The instruments and the dates after it belong to that other thing.
fn relative_cut(
    ctx: &Ctx<'_>,
    s: usize,
    instruments: &[(AgreementType, usize, usize)],
) -> Option<usize> {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    let signs = ctx.cue_hits(s, Cue::Sign);
    (a + 1..b.saturating_sub(1)).find(|&k| {
        let next = &toks[k + 1];
        let participle = next.kind == crate::text::TokKind::Word
            && !next.cap
            && next.fold.len() >= 6
            && (next.fold.ends_with("ing") || (ctx.lang == Lang::Fr && next.fold.ends_with("ant")));
        toks[k].is_punct(",")
            && (participle
                || (next.fold == "a" && ctx.lang == Lang::En)
                || matches!(
                    next.fold.as_str(),
                    "which" | "qui" | "lequel" | "laquelle" | "dont" | "an" | "un" | "une"
                ))
            && signs.iter().any(|&(_, end)| end <= k)
            && instruments.iter().any(|&(_, _, end)| end <= k)
    })
}

/// Whether the sentence `s` signs or partners only with partners it does not name: "has
/// signed agreements with several banks", "des partenariats avec plusieurs universités".
/// A claim about the signer's business, not the report of an agreement.
fn unnamed_partners(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    let quantifier = |k: usize| {
        toks.get(k)
            .is_some_and(|t| word_set!("unnamed_partners").contains(t))
    };
    let unnamed = (a..b).any(|k| {
        matches!(toks[k].fold.as_str(), "with" | "avec")
            && (quantifier(k + 1)
                || (toks[k + 1..b].first().is_some_and(|t| t.fold == "de") && quantifier(k + 2)))
    });
    unnamed
        && !frame_groups(ctx, s)
            .iter()
            .any(|(slot, _)| matches!(slot, Slot::With | Slot::Between))
}

/// Whether the sentence `s` speaks of an earlier agreement: a background cue or a date
/// long past, before the relative clause at `cut` if any ([`relative_cut`]).
fn speaks_of_earlier(ctx: &Ctx<'_>, s: usize, cut: Option<usize>) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    match cut {
        Some(cut) => {
            ctx.cue_hits(s, Cue::Background)
                .iter()
                .any(|&(first, last)| first < cut && !recent_earlier(&ctx.doc, first, last))
                || ctx.dated_before_in(a, cut, 6)
        }
        None => ctx.has_cue(s, Cue::Background) || ctx.dated_before_in(a, b, 6),
    }
}

/// "The team renewed its memorandum with X last year": a date or an earlier-time word in
/// the clause right after the renewed instrument (up to a comma, no signing verb between)
/// dates the renewal itself, long enough ago to be background.
fn renewed_earlier(
    ctx: &Ctx<'_>,
    s: usize,
    renews: Option<usize>,
    instruments: &[(AgreementType, usize, usize)],
) -> bool {
    let Some(r) = renews else { return false };
    let Some(end) = instruments.iter().filter(|i| i.1 > r).map(|i| i.2).min() else {
        return false;
    };
    let (_, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    let close = (end..b)
        .find(|&k| toks[k].is_punct(",") || toks[k].is_punct(";"))
        .unwrap_or(b);
    if (end..close).any(|k| signed_participle(&toks[k].fold)) {
        return false;
    }
    // "in 2025", "last year", « l'an dernier »: when the renewal happened; "since 2019", «
    // de 2019 », « depuis » speak of the instrument renewed.
    let of_earlier = |k: usize| {
        k > end
            && matches!(
                toks[k - 1].fold.as_str(),
                "since" | "depuis" | "de" | "du" | "of" | "from" | "des"
            )
    };
    let hits = ctx.cue_hits(s, Cue::Background);
    // « a renouvelé l'an dernier sa convention »: before the instrument's determiner, the
    // time of the renewal too ("renewed their 2019 MoU" dates the one renewed).
    let start = instruments
        .iter()
        .filter(|i| i.1 > r)
        .map(|i| i.1)
        .min()
        .unwrap_or(end);
    let det = (r + 1..start)
        .find(|&k| {
            (is_article_fold(&toks[k].fold)
                || matches!(
                    toks[k].fold.as_str(),
                    "its" | "their" | "his" | "her" | "sa" | "son" | "ses" | "leur" | "leurs"
                ))
                && !hits.iter().any(|&(f, l)| (f..l).contains(&k))
        })
        .unwrap_or(start);
    let within = |first: usize, last: usize| {
        (first >= end && last <= close || first > r && last <= det) && !of_earlier(first)
    };
    hits.iter().any(|&(first, last)| {
        within(first, last)
            && !matches!(toks[first].fold.as_str(), "since" | "depuis")
            && !recent_earlier(&ctx.doc, first, last)
    }) || ctx
        .dates
        .iter()
        .filter(|d| within(d.first, d.last))
        .any(|d| ctx.dated_before_in(d.first, d.last, 6))
}

/// Whether every signing or partnering verb of the sentence `s` stands in an aside about
/// one of its names, a relative clause between commas ("Northgate Bank, which partners
/// with Harbor Digital, said the attack …", "la banque, qui a signé un protocole avec
/// l'agence en mars, a indiqué …"): the sentence reports something else.
fn in_aside(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    let mut verbs = ctx.cue_hits(s, Cue::Sign);
    verbs.extend(ctx.cue_hits(s, Cue::Partner));
    let aside = |k: usize| {
        (a + 1..k)
            .rev()
            .take(12)
            .find(|&j| toks[j].is_punct(","))
            .is_some_and(|j| {
                matches!(toks[j + 1].fold.as_str(), "which" | "who" | "qui")
                // The clause closes with a comma before the main verb comes.
                && (k..b).find(|&e| toks[e].is_punct(",")).is_some_and(|e| {
                    // "X, which on Tuesday signed an MoU with Y, warned …": a signing dated
                    // this week is the news, told in passing.
                    !ctx.dates.iter().any(|d| {
                        d.first > j
                            && d.last <= e
                            && matches!(d.value, DateValue::Weekday(_) | DateValue::Relative(_))
                    })
                })
            })
    };
    !verbs.is_empty() && verbs.iter().all(|&(first, _)| aside(first))
}

/// Whether a verb that ends an agreement governs one of the sentence's `instruments`
/// ("suspended the cooperation agreement it signed with X", "withdrew from the pact",
/// "a résilié la convention"), or follows one that no signing verb governs ("the MoU
/// between A and B expired", "le protocole conclu en 2021 est arrivé à expiration"): the
/// news is its end, not a signing.
fn ends_instrument(ctx: &Ctx<'_>, s: usize, instruments: &[(AgreementType, usize, usize)]) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let ends = word_set!("ends_agreement");
    let signs = ctx.cue_hits(s, Cue::Sign);
    (a..b).any(|k| {
        ends.contains(&ctx.doc.tokens[k])
            && instruments.iter().any(|&(_, first, last)| {
                (first > k && first <= k + 6)
                    || (k >= last && k <= last + 20 && !signs.iter().any(|&(_, end)| end <= first))
            })
    })
}

/// Whether every one of the `instruments` belongs to another field or is no cooperation:
/// a word of [`other_fields`](crate::words) up to two words before it ("a gas supply
/// agreement", "a plea agreement") or, in French, up to two after it ("un accord
/// commercial", "l'accord de libre-échange"), or in English right after "on" / "for" when
/// the sentence does not speak of cybersecurity ("an MoU on energy trade"); or a
/// declaration that takes a stance (`stance`: "a joint statement condemning …").
fn other_field(ctx: &Ctx<'_>, instruments: &[(AgreementType, usize, usize)], cyber: bool) -> bool {
    let toks = &ctx.doc.tokens;
    let field = |k: usize| {
        toks.get(k)
            .is_some_and(|t| word_set!("other_fields").contains(t))
    };
    let fold = |k: usize| toks.get(k).map_or("", |t| t.fold.as_str());
    // "an MoU on energy trade", "an agreement for the supply of gas", in a sentence that
    // does not speak of cybersecurity.
    let about = |last: usize| {
        !cyber
            && ctx.lang == Lang::En
            && matches!(fold(last), "on" | "for")
            && (field(last + 1) || (fold(last + 1) == "the" && field(last + 2)))
    };
    // "a joint statement condemning the attack", "une déclaration commune attribuant
    // l'attaque à …": a stance taken together, no cooperation.
    let stance = |k: usize| toks.get(k).is_some_and(|t| word_set!("stance").contains(t));
    // "a grant agreement", « l'accord de financement », « la convention de don »: money
    // lent or given, in a sentence that does not speak of cybersecurity.
    let funds = |k: usize| {
        !cyber
            && toks
                .get(k)
                .is_some_and(|t| word_set!("funding_fields").contains(t))
    };
    !instruments.is_empty()
        && instruments.iter().all(|&(ty, first, last)| {
            (first.saturating_sub(2)..first).any(|k| field(k) || funds(k))
                || (ctx.lang == Lang::Fr && (last..last + 2).any(|k| field(k) || funds(k)))
                || about(last)
                || (ty == AgreementType::Declaration && (last..last + 4).any(stance))
        })
}

/// Whether the sentence `s` reports a takeover: a word of buying followed closely by a
/// body's name, with at most three lowercase words between ("a definitive agreement to
/// acquire Kestrel Shield", "le rachat de la société Acme"). Buying from a body or with it
/// ("to buy servers from Acme", "l'acquisition de compétences auprès d'Acme") is no
/// takeover.
fn takeover(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let words = word_set!("takeover");
    (a..b).any(|k| {
        words.contains(&ctx.doc.tokens[k])
            && (k + 1..b.min(k + 5)).any(|j| {
                // "to acquire Acme's platform" buys a product.
                let owner = |mi: usize| {
                    let after = ctx.ents.mentions[mi].last;
                    ctx.doc.tokens.get(after).is_some_and(|t| t.fold == "'")
                        && ctx.doc.tokens.get(after + 1).is_some_and(|t| t.fold == "s")
                };
                ctx.org_starting_at(j).is_some_and(|mi| !owner(mi))
                    && (k + 1..j).all(|i| {
                        let t = &ctx.doc.tokens[i];
                        t.is_word() && !t.cap && !word_set!("takeover_w").contains(t)
                    })
            })
    })
}

/// Whether the sentence `s` tells of an award or a contract suspended, annulled or halted
/// ("the court suspended the award of the contract", "a suspendu l'attribution du
/// marché … conclu avec la mairie"): what it signed, if anything, does not stand.
fn award_undone(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens[a..b];
    toks.iter().any(|t| word_set!("award_undone").contains(t))
        && toks.iter().any(|t| word_set!("award_nouns").contains(t))
}

/// A past participle of signing followed closely by "by" / "par" in the sentence `s`: "was signed by",
/// "a été signée par".
pub(crate) fn signed_by(ctx: &Ctx<'_>, s: usize) -> bool {
    let (_, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    ctx.cue_hits(s, Cue::Sign).iter().any(|&(_, end)| {
        word_set!("signed_by").contains(&toks[end - 1])
            && (end..b.min(end + 3)).any(|k| matches!(toks[k].fold.as_str(), "by" | "par"))
    })
}

/// Whether the sentence `s` has a negation cue that a signing reported in the past does not
/// outweigh. A participle inside the cue itself ("not yet been signed", « aucun accord n'a été
/// signé ») is the denied signing, not a reported one.
/// A signing to come counts as a negation too ([`signing_to_come`]).
fn negation_stands(ctx: &Ctx<'_>, s: usize) -> bool {
    let hits = ctx.cue_hits(s, Cue::Negation);
    (!hits.is_empty() || signing_to_come(ctx, s)) && !sign_past_outside(ctx, s, &hits)
}

/// Whether the sentence `s` puts a signing in the future or a condition: a participle
/// after a modal and "be" ("would be signed", "will only be inked", "is to be concluded", «
/// devra être signé », « ne pourra être signée »), after « sera », « serait »; or a signing
/// noun that "is scheduled", « est prévue ».
fn signing_to_come(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    let passive = (a + 1..b).any(|k| {
        signed_participle(&toks[k].fold) && (to_come(toks, a, k) || joined_to_come(toks, a, k))
    });
    let planned = || {
        (a..b).any(|k| {
            matches!(toks[k].fold.as_str(), "signing" | "signature")
                && (k + 2..b.min(k + 40)).any(|j| {
                    word_set!("planned_words").contains(&toks[j])
                        && matches!(
                            toks[j - 1].fold.as_str(),
                            "is" | "are" | "est" | "sont" | "remains" | "reste"
                        )
                })
        })
    };
    passive || planned()
}

/// Whether the participle at token `k` (of a sentence from token `a`) comes after a modal
/// and "be" ("would be signed", « devra être signé ») or after « sera », « serait ».
fn to_come(toks: &[crate::text::Token], a: usize, k: usize) -> bool {
    word_set!("future_be").contains(&toks[k - 1])
        || matches!(toks[k - 1].fold.as_str(), "be" | "etre")
            && (k.saturating_sub(4).max(a)..k - 1)
                .any(|j| word_set!("future_modals").contains(&toks[j]))
}

/// "will be reviewed by the board, and signed after …", « sera examinée puis signée »: the
/// participle at token `k` is joined to one yet to come, so it is yet to come.
fn joined_to_come(toks: &[crate::text::Token], a: usize, k: usize) -> bool {
    let from = k.saturating_sub(24).max(a + 1);
    k > a + 1
        && matches!(toks[k - 1].fold.as_str(), "and" | "et" | "puis" | "then")
        && (from..k - 1).any(|j| {
            toks[j].is_word()
                && !toks[j].cap
                && to_come(toks, a, j)
                && !signed_participle(&toks[j].fold)
        })
        && !(from..k).any(|j| toks[j].is_punct(";"))
}

/// "We agreed that a memorandum would be useful", « une convention pourrait voir le jour
/// »: every instrument of sentence `s`, with an indefinite article, is the subject of a
/// conditional ("would", "could", "might", « pourrait ») and no signing verb in the past
/// tells of a signing: the instrument is only thought of.
fn hypothetical(ctx: &Ctx<'_>, s: usize, instruments: &[(AgreementType, usize, usize)]) -> bool {
    let toks = &ctx.doc.tokens;
    !instruments.is_empty()
        && instruments.iter().all(|&(_, first, last)| {
            // "the memorandum would help" speaks of one signed; "a memorandum would" of one
            // not yet there.
            first > 0
                && (word_set!("indefinite").contains(&toks[first - 1])
                    || toks[first - 1].fold == "such")
                && toks
                    .get(last)
                    .is_some_and(|t| word_set!("conditional_modals").contains(t))
        })
        && !sign_past_outside(ctx, s, &[])
}

/// "No memorandum was signed during the visit", « Aucune convention n'a été signée »: a
/// negating determiner before an instrument (a word or two may qualify it: "no formal
/// agreement") with a signing verb after it denies that signing.
fn denied(ctx: &Ctx<'_>, s: usize, instruments: &[(AgreementType, usize, usize)]) -> bool {
    let (a, _) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    let signs = ctx.cue_hits(s, Cue::Sign);
    instruments.iter().any(|&(_, first, last)| {
        (first.saturating_sub(3).max(a)..first)
            .rev()
            .find(|&k| word_set!("denying_determiners").contains(&toks[k]))
            .is_some_and(|k| {
                (k + 1..first).all(|j| toks[j].is_word() && !toks[j].cap)
                    && signs.iter().any(|&(f, _)| f >= last)
            })
    })
}

/// A past-tense signing verb ("signed", "a signé") in the sentence, leaving out the
/// participles inside the token ranges `skip`.
fn sign_past_outside(ctx: &Ctx<'_>, s: usize, skip: &[(usize, usize)]) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens;
    // "expected to be signed", "will be signed", "devrait être signé", "sera signée": a
    // participle after the bare auxiliary is a signing yet to come.
    // "once it is approved and signed", "une fois approuvé et signé": a condition.
    (a..b).any(|k| {
        signed_participle(&toks[k].fold)
            && !skip.iter().any(|&(f, l)| (f..l).contains(&k))
            && !(k > a
                && (matches!(toks[k - 1].fold.as_str(), "be" | "etre")
                    || word_set!("future_be").contains(&toks[k - 1])
                    || joined_to_come(toks, a, k)))
            && !(k.saturating_sub(5).max(a)..k).any(|j| {
                toks[j].fold == "once"
                    || (toks[j].fold == "fois" && j > a && toks[j - 1].fold == "une")
            })
    })
}

/// Whether a folded word is a signing verb's past participle ("signed", "inked", "signée",
/// "conclu", "paraphé").
pub(crate) fn signed_participle(fold: &str) -> bool {
    word_set!("signed_participle").contains_str(fold)
}

/// The most names one slot of a frame holds, and the most slots of a sentence read for
/// several agreements: a list longer than this is no list of signers, and a bound keeps
/// a pathological sentence linear.
pub(crate) const MAX_SLOT: usize = 16;

/// Words that may stand between a signing verb and its subject ("have", "ont",
/// "officially", "on Monday" is not one: a date breaks the frame).
pub(crate) fn is_verb_filler(fold: &str) -> bool {
    word_set!("is_verb_filler").contains_str(fold)
}

/// Words that join the members of a frame's slot ("A and B", "A, B et C").
pub(crate) fn is_conjunct(fold: &str) -> bool {
    matches!(fold, "and" | "et" | "&" | ",")
}

/// The slot of a frame a group of mentions stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// The subject of a signing or partnering verb.
    Subject,
    /// After "with", "avec", "s'associe à".
    With,
    /// After "between", "entre".
    Between,
    /// After "signed by", "signée par".
    By,
}

/// The mentions of sentence `s` that stand in a slot of an agreement frame: the subject
/// of a signing or partnering verb ("A and B have signed", "A et B ont conclu"), the two
/// sides of "between A and B" / "entre A et B", the partner after "with" / "avec" /
/// "s'associe à" once the sentence has signed or partnered, and "signed by A and B".
/// Mention indices, grouped by slot, in text order of the slots' openers.
///
/// Once the context is complete, found once per sentence (a cell in the context): the
/// parties ask them of each reporting sentence more than once.
pub(crate) fn frame_groups(ctx: &Ctx<'_>, s: usize) -> Groups {
    match ctx.frame_groups.get(s) {
        Some(known) => known.get_or_init(|| frame_groups_of(ctx, s)).clone(),
        None => frame_groups_of(ctx, s),
    }
}

fn frame_groups_of(ctx: &Ctx<'_>, s: usize) -> Groups {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let ms: Vec<usize> = ctx.by_sentence[s]
        .iter()
        .copied()
        .filter(|&mi| {
            let m = &ctx.ents.mentions[mi];
            m.first >= a && m.last <= b
        })
        .collect();
    let mut out: Vec<(Slot, Vec<usize>)> = Vec::new();
    if ms.is_empty() {
        return out;
    }
    let mut verbs = ctx.cue_hits(s, Cue::Sign);
    verbs.extend(ctx.cue_hits(s, Cue::Partner));
    let joined = joins_programme(ctx, s);
    if let Some((v, _)) = joined {
        verbs.push((v, v + 1));
    }
    if let Some(v) = launch_verb(ctx, s) {
        verbs.push((v, v + 1));
    }
    crate::sort::all(&mut verbs);
    // Looked up by bisection: a long sentence may hold many names and many openers.
    let mut by_first: Vec<(usize, std::cmp::Reverse<usize>, usize)> = ms
        .iter()
        .map(|&mi| {
            let m = &ctx.ents.mentions[mi];
            (m.first, std::cmp::Reverse(m.last), mi)
        })
        .collect();
    crate::sort::all(&mut by_first);
    let mut by_last: Vec<(usize, usize, usize)> = ms
        .iter()
        .map(|&mi| {
            let m = &ctx.ents.mentions[mi];
            (m.last, m.first, mi)
        })
        .collect();
    crate::sort::all(&mut by_last);
    // The longest mention ending at `end` / starting at `at`.
    let ending_at = |end: usize| {
        let i = by_last.partition_point(|x| x.0 < end);
        by_last.get(i).filter(|x| x.0 == end).map(|x| x.2)
    };
    let starting_at = |at: usize| {
        let i = by_first.partition_point(|x| x.0 < at);
        by_first.get(i).filter(|x| x.0 == at).map(|x| x.2)
    };
    let org_ending_at = |end: usize| {
        ending_at(end).is_some_and(|o| matches!(ctx.ents.mentions[o].kind, MentionKind::Org { .. }))
    };
    let article = |k: usize| doc.tokens.get(k).is_some_and(|t| is_article_fold(&t.fold));
    let calendar = |k: usize| ctx.lex.calendar.get(&doc.tokens[k]).is_some();
    // Subjects: walk left from each verb over fillers, then over "A, B and C".
    for &(vf, _) in &verbs {
        let mut k = vf;
        loop {
            if k > a && is_verb_filler(&doc.tokens[k - 1].fold) {
                k -= 1;
            } else if k > a + 1
                && doc.tokens[k - 1].fold == "abord"
                && doc.tokens[k - 2].fold == "d'"
            {
                // "L'agence a d'abord signé".
                k -= 2;
            } else if k > a && calendar(k - 1) {
                // "… on Monday signed", "… lundi ont signé".
                k -= 1;
                if k > a && matches!(doc.tokens[k - 1].fold.as_str(), "on" | "ce") {
                    k -= 1;
                }
            } else if k > a + 1
                && doc.tokens[k - 1].kind == crate::text::TokKind::Num
                && calendar(k - 2)
            {
                // "… on March 12 signed".
                k -= 1;
            } else if k > a + 1
                && word_set!("time_nouns").contains(&doc.tokens[k - 1])
                && word_set!("time_deictics").contains(&doc.tokens[k - 2])
            {
                // "… this morning signed", "… ce matin a signé", "… earlier this week signed".
                k -= 2;
                if k > a && doc.tokens[k - 1].fold == "earlier" {
                    k -= 1;
                }
            } else {
                break;
            }
        }
        let mut group = Vec::new();
        let mut end = k;
        // A list ends in "and": walking left, a comma joins only once an "and" was met
        // ("A, B and C signed"; not "KANANASKIS, QC – … signed").
        let mut seen_and = false;
        loop {
            // "Tessaly's port regulator, the Harbour Authority (HA), signed": a description,
            // then the subject's name in apposition, closed by a comma before the verb.
            if group.is_empty() && ending_at(end).is_none() && end > a + 3 {
                if let Some(close) = apposed_name_subject(ctx, a, end, &ending_at) {
                    end = close;
                }
            }
            // "Acme (AC) have signed": the bracket belongs to the name before it.
            if end > a && doc.tokens[end - 1].is_punct(")") {
                if let Some(open) = (a..end - 1)
                    .rev()
                    .take(14)
                    .find(|&j| doc.tokens[j].is_punct("("))
                {
                    if let Some(inner) = ending_at(end - 1) {
                        group.push(inner);
                    }
                    end = open;
                }
            }
            // "A et B, la branche cybersécurité du groupe, ont conclu": an apposition
            // between the subject and its verb.
            if ending_at(end).is_none() && end > a && doc.tokens[end - 1].is_punct(",") {
                if let Some(open) = (end.saturating_sub(16).max(a)..end - 1).rev().find(|&j| {
                    doc.tokens[j].is_punct(",")
                        && doc.tokens.get(j + 1).is_some_and(|t| !t.cap && t.is_word())
                }) {
                    end = open;
                    // "The agency (ACR), which operates within the ministry, signed": the
                    // bracket before the clause belongs to the subject.
                    if doc.tokens[end - 1].is_punct(")") {
                        continue;
                    }
                }
            }
            // "The Cybercrime Unit, National Police Service, signed": the body the subject
            // belongs to, set off by commas, places it; the subject is before it.
            if group.is_empty()
                && ending_at(end).is_none()
                && end > a + 2
                && doc.tokens[end - 1].is_punct(",")
            {
                if let Some(parent) = ending_at(end - 1).filter(|&p| {
                    let m = &ctx.ents.mentions[p];
                    matches!(m.kind, MentionKind::Org { .. })
                        && m.first > a + 1
                        && doc.tokens[m.first - 1].is_punct(",")
                        && org_ending_at(m.first - 1)
                }) {
                    end = ctx.ents.mentions[parent].first - 1;
                }
            }
            // "Zentel, the country's largest operator, and Quorvia signed": an apposition
            // between two members of the list.
            if seen_and
                && ending_at(end).is_none()
                && end > a
                && doc.tokens.get(end).is_some_and(|t| t.is_punct(","))
            {
                if let Some(open) = (end.saturating_sub(16).max(a)..end).rev().find(|&j| {
                    doc.tokens[j].is_punct(",")
                        && doc.tokens.get(j + 1).is_some_and(|t| !t.cap && t.is_word())
                }) {
                    if ending_at(open).is_some() {
                        end = open;
                    }
                }
            }
            // "A, the national team of Velor, and B signed": a name in the complement of
            // an apposition after a member of the list is not itself a member.
            if let Some(mi) = ending_at(end).filter(|_| seen_and && end > a + 1) {
                let first = ctx.ents.mentions[mi].first;
                let complement = first > a
                    && matches!(
                        doc.tokens[first - 1].fold.as_str(),
                        "of" | "de" | "du" | "d'" | "in" | "en"
                    );
                if complement {
                    if let Some(open) = (first.saturating_sub(12).max(a)..first - 1)
                        .rev()
                        .take_while(|&j| !doc.tokens[j].cap || doc.tokens[j].is_punct(","))
                        .find(|&j| {
                            doc.tokens[j].is_punct(",")
                                && doc.tokens.get(j + 1).is_some_and(|t| !t.cap && t.is_word())
                        })
                    {
                        if ending_at(open).is_some() {
                            end = open;
                        }
                    }
                }
            }
            if group.len() >= MAX_SLOT {
                break;
            }
            // "Boréal Cyber inc. ont signé": a legal form the name left out, or the full
            // stop after one the name holds ("Blue Harbor Systems Inc. have signed").
            if ending_at(end).is_none() {
                let mut e = end;
                if e > a + 1 && doc.tokens[e - 1].is_punct(".") {
                    e -= 1;
                }
                if e > a + 1 && crate::entities::is_legal_form(&doc.tokens[e - 1].fold) {
                    if ending_at(e).is_some() {
                        end = e;
                    } else if ending_at(e - 1).is_some() {
                        end = e - 1;
                    }
                }
            }
            // "Kenya's ICT ministry and Acme signed": the state for the body it describes.
            if ending_at(end).is_none() {
                if let Some(st) = (end.saturating_sub(7).max(a)..end).find_map(|j| {
                    ending_at(j).filter(|&st| described_body_after(ctx, st) == Some(end))
                }) {
                    end = ctx.ents.mentions[st].last;
                }
            }
            // "The Cyber Security Authority (CSA) of Ghana signed": a state after a body's
            // bracketed acronym places the body, which is the subject.
            if let Some(st) = ending_at(end)
                .filter(|&st| matches!(ctx.ents.mentions[st].kind, MentionKind::Country(_)))
            {
                let mut f = ctx.ents.mentions[st].first;
                // "(ARCOTEL) de l'Équateur".
                if f > a + 4 && doc.tokens[f - 1].fold == "l'" && doc.tokens[f - 2].fold == "de" {
                    f -= 1;
                }
                if f > a + 3
                    && matches!(doc.tokens[f - 1].fold.as_str(), "of" | "de" | "du" | "d'")
                    && doc.tokens[f - 2].is_punct(")")
                {
                    let open = (a..f - 2)
                        .rev()
                        .take(8)
                        .find(|&j| doc.tokens[j].is_punct("("));
                    if let Some(open) = open.filter(|&o| {
                        ending_at(o).is_some_and(|m| {
                            matches!(ctx.ents.mentions[m].kind, MentionKind::Org { .. })
                        })
                    }) {
                        end = open;
                        continue;
                    }
                }
            }
            // "The Department of X (DX) under the Ministry of Y signed": the parent is
            // named to place the subject before it.
            if let Some(u) = ending_at(end)
                .and_then(|p| parent_after(ctx, ctx.ents.mentions[p].first))
                .filter(|&u| u > a + 1)
            {
                end = u;
                continue;
            }
            let Some(mi) = ending_at(end) else { break };
            group.push(mi);
            let mut j = ctx.ents.mentions[mi].first;
            // "la société Nordwave", "the firm Nordwave", "the Norwegian firm Nordwave": the
            // noun before the name, and a demonym before the noun.
            if ctx.ents.mentions[mi].company_cue {
                let mut n = 0;
                while n < 3 && j > a {
                    if doc.tokens[j - 1].is_word()
                        && !doc.tokens[j - 1].cap
                        && !is_conjunct(&doc.tokens[j - 1].fold)
                        && !article(j - 1)
                    {
                        j -= 1;
                    } else if let Some(d) = ending_at(j).filter(|&d| {
                        n > 0 && matches!(ctx.ents.mentions[d].kind, MentionKind::Demonym(_))
                    }) {
                        j = ctx.ents.mentions[d].first;
                    } else {
                        break;
                    }
                    n += 1;
                }
            }
            // "Estonia's RIA and Latvia's CERT.LV signed": the state's possessive before a
            // member of the list.
            // Only in a list of such members, whose every member has its state.
            let state_before = |j: usize| {
                (j > a + 2 && doc.tokens[j - 1].fold == "s" && doc.tokens[j - 2].fold == "'")
                    .then(|| ending_at(j - 2))
                    .flatten()
                    .filter(|&st| {
                        let m = &ctx.ents.mentions[st];
                        m.possessive && matches!(m.kind, MentionKind::Country(_))
                    })
                    .map(|st| ctx.ents.mentions[st].first)
            };
            if let Some(st) = state_before(j) {
                // The member before the "and", past its bracketed acronym: "Estonia's RIA
                // (RIA) and Latvia's CERT.LV".
                let mut e = st.saturating_sub(1);
                if e > a + 1 && doc.tokens[e - 1].is_punct(")") {
                    if let Some(open) = (a..e - 1)
                        .rev()
                        .take(14)
                        .find(|&x| doc.tokens[x].is_punct("("))
                    {
                        e = open;
                    }
                }
                let parallel = st > a + 1
                    && matches!(doc.tokens[st - 1].fold.as_str(), "and" | "et")
                    && ending_at(e).is_some_and(|prev| {
                        // Or a member the tables know ("CERT.LV and Lithuania's NKSC").
                        state_before(ctx.ents.mentions[prev].first).is_some()
                            || matches!(
                                ctx.ents.mentions[prev].kind,
                                MentionKind::Org { gaz: Some(_), .. }
                            )
                    });
                if parallel || st == a || seen_and {
                    j = st;
                }
            }
            let bare = !(j > a && article(j - 1));
            if !bare {
                j -= 1;
            }
            // "Presidents A of Uganda, B of Rwanda and C of Kenya signed", "les présidents A
            // du Mali et B du Niger": a state after a person's name and "of" is the state
            // the person signs for, and the list goes on before the person.
            if matches!(ctx.ents.mentions[mi].kind, MentionKind::Country(_))
                && j > a + 1
                && matches!(doc.tokens[j - 1].fold.as_str(), "of" | "du" | "de" | "d'")
            {
                if let Some(p) =
                    ending_at(j - 1).filter(|&p| ctx.ents.mentions[p].kind == MentionKind::Person)
                {
                    j = ctx.ents.mentions[p].first;
                }
            }
            // "Mercredi, à Pau, A et B ont signé": a place after its preposition opens the
            // sentence; it is no member of the list.
            if group.len() > 1
                && j > a
                && (matches!(doc.tokens[j - 1].fold.as_str(), "in" | "at" | "en")
                    || doc.french_a(j - 1))
            {
                group.pop();
                break;
            }
            // A name the scanner glued over an "and" ends a list as well.
            seen_and |= (ctx.ents.mentions[mi].first..ctx.ents.mentions[mi].last)
                .any(|x| matches!(doc.tokens[x].fold.as_str(), "and" | "et"));
            if j > a && doc.tokens[j - 1].is_punct(",") && !seen_and {
                break;
            }
            if j > a && is_conjunct(&doc.tokens[j - 1].fold) {
                seen_and |= !doc.tokens[j - 1].is_punct(",");
                // "National Office for Secure Communications and Information Defence of
                // X": a run of common words after a bare "and" continues the name before.
                if bare && continues_name(ctx, mi, j - 1, org_ending_at(j - 1)) {
                    group.pop();
                }
                j -= 1;
                // ", and"
                if j > a && doc.tokens[j - 1].is_punct(",") {
                    j -= 1;
                }
                end = j;
                continue;
            }
            break;
        }
        if !group.is_empty() {
            group.reverse();
            out.push((Slot::Subject, group));
        }
    }
    // "won", "awarded", "remporte": a contract's award, whose other side follows.
    let awards = |k: usize| word_set!("award_verbs").contains(&doc.tokens[k]);
    // "B awarded A a contract": A right after the verb.
    for &(_, last) in &verbs {
        let at = if article(last) { last + 1 } else { last };
        if awards(last - 1) && matches!(doc.tokens[last - 1].fold.as_str(), "awarded" | "awards") {
            if let Some(mi) = starting_at(at) {
                out.push((Slot::With, vec![mi]));
            }
        }
    }
    // Objects: "between A and B", "with B", "s'associe à B", "signed by A and B".
    for k in a..b {
        let f = doc.tokens[k].fold.as_str();
        let slot = match f {
            "between" | "entre" => Slot::Between,
            // After the verb, or closing it ("partners with", "teamed up with").
            "with" | "avec" if verbs.iter().any(|v| v.0 < k) => Slot::With,
            // "- A memorandum with B, signed by …": an item of a list of parts.
            "with" | "avec" if !verbs.is_empty() && item_body(doc, s).is_some_and(|i| i < k) => {
                Slot::With
            }
            // Not the English article: "signed a memorandum".
            "a" | "au" | "aux"
                if verbs.iter().any(|v| v.1 == k) && (f != "a" || doc.french_a(k)) =>
            {
                Slot::With
            }
            // "won a contract from B", "remporte un contrat de B".
            "from" | "de" | "du"
                if verbs
                    .iter()
                    .any(|v| v.1 < k && k - v.1 <= 4 && awards(v.1 - 1)) =>
            {
                Slot::With
            }
            // People who sign are not parties.
            "by" | "par" if verbs.iter().any(|v| v.1 <= k && k - v.1 <= 3) => Slot::By,
            // "Deux documents ont été signés mercredi à l'hôtel de ville de X par Y": after a
            // passive participle, its agent may follow the day and the place.
            "by" | "par"
                if verbs.iter().any(|v| {
                    v.1 <= k
                        && k - v.1 <= 10
                        && v.0 > a
                        && matches!(
                            doc.tokens[v.0 - 1].fold.as_str(),
                            "ete" | "were" | "was" | "been" | "be"
                        )
                        && !doc.tokens[v.1..k]
                            .iter()
                            .any(|t| t.is_punct(",") || matches!(t.fold.as_str(), "and" | "et"))
                }) =>
            {
                Slot::By
            }
            _ => continue,
        };
        let mut group = Vec::new();
        let mut at = k + 1;
        loop {
            // "its US counterpart, the X": a description, then the name.
            if doc
                .tokens
                .get(at)
                .is_some_and(|t| word_set!("frame_groups").contains(t))
            {
                match (at + 1..b.min(at + 6)).find(|&j| doc.tokens[j].is_punct(",")) {
                    Some(comma) => at = comma + 1,
                    None => break,
                }
            }
            if article(at) {
                at += 1;
                // "the country's Public Service Authority": a noun's possessive describes.
                let word = |j: usize, w: &str| doc.tokens.get(j).is_some_and(|t| t.fold == w);
                if doc.tokens.get(at).is_some_and(|t| t.is_word() && !t.cap)
                    && word(at + 1, "'")
                    && word(at + 2, "s")
                {
                    at += 3;
                }
            }
            // "with Milan-based Velastra", "avec l'italien Velastra": a place or a state's
            // adjective right before the name describes it.
            if slot != Slot::With {
                // "signed by Kenyan ICT Cabinet Secretary X": the adjective is the state's.
            } else if crate::entities::based_place(doc, at).is_some()
                && starting_at(at + 1).is_some()
            {
                at += 1;
            } else if let Some(d) = starting_at(at).filter(|&d| {
                let m = &ctx.ents.mentions[d];
                matches!(m.kind, MentionKind::Demonym(_)) && m.modifier
            }) {
                let after = ctx.ents.mentions[d].last;
                if starting_at(after).is_some() {
                    at = after;
                }
            }
            // "with the state telecom operator, B", "and city-owned utility B": a
            // description in plain words, set off by a comma or not, before the name.
            // After an article or an "and" only: "with auditor B", "with investigators,
            // the B said" describe no partner.
            let opened = at > k + 1
                && (article(at - 1) || matches!(doc.tokens[at - 1].fold.as_str(), "and" | "et"));
            if slot == Slot::With && opened && starting_at(at).is_none() {
                let plain = |j: usize| {
                    let t = &doc.tokens[j];
                    t.is_word()
                        && !t.cap
                        && !word_set!("function_words_en").contains(t)
                        && !word_set!("function_words_fr").contains(t)
                };
                let mut j = at;
                while j < b.min(at + 4) && plain(j) {
                    j += 1;
                }
                if j > at && j < b && doc.tokens[j].is_punct(",") {
                    j += 1;
                    if article(j) {
                        j += 1;
                    }
                }
                let named = starting_at(j).filter(|&mi| {
                    matches!(
                        ctx.ents.mentions[mi].kind,
                        MentionKind::Org { .. } | MentionKind::Other
                    )
                });
                if j > at && named.is_some() {
                    at = j;
                }
            }
            // "la société Nordwave", "the firm Nordwave": the noun before the name.
            if let Some(named) = (at..b.min(at + 4))
                .find(|&j| starting_at(j).is_some_and(|mi| ctx.ents.mentions[mi].company_cue))
            {
                // "with state ICT company B": a modifier in capitals may describe too.
                let modifier = |j: usize| {
                    ctx.starting_in(j, j + 1).any(|mi| {
                        ctx.ents.mentions[mi].modifier && ctx.ents.mentions[mi].last == j + 1
                    })
                };
                if (at..named)
                    .all(|j| doc.tokens[j].is_word() && (!doc.tokens[j].cap || modifier(j)))
                {
                    at = named;
                }
            }
            if let Some(st) = starting_at(at).filter(|&mi| ctx.ents.mentions[mi].possessive) {
                // "with Kenya's ICT ministry": the state for the body it describes.
                if let Some(next) = described_body_after(ctx, st) {
                    group.push(st);
                    at = next;
                    if at + 1 < b && matches!(doc.tokens[at].fold.as_str(), "and" | "et") {
                        at += 1;
                        continue;
                    }
                    break;
                }
                // "Singapore's Ministry of Defence": the state's name describes the body.
                let after = ctx.ents.mentions[st].last;
                if doc.tokens.get(after).is_some_and(|t| t.fold == "'")
                    && doc.tokens.get(after + 1).is_some_and(|t| t.fold == "s")
                {
                    at = after + 2;
                }
            }
            if group.len() >= MAX_SLOT {
                break;
            }
            let Some(mi) = starting_at(at) else { break };
            let person = slot == Slot::By
                && matches!(
                    ctx.ents.mentions[mi].kind,
                    MentionKind::Person | MentionKind::Surname
                );
            let continues = at > k + 1 && continues_name(ctx, mi, at - 1, org_ending_at(at - 1));
            if !(person || continues) {
                group.push(mi);
            }
            at = ctx.ents.mentions[mi].last;
            // "(AC)" after the name.
            if doc.tokens.get(at).is_some_and(|t| t.is_punct("(")) {
                if let Some(close) = (at..b.min(at + 14)).find(|&j| doc.tokens[j].is_punct(")")) {
                    if let Some(inner) = starting_at(at + 1) {
                        group.push(inner);
                    }
                    at = close + 1;
                }
            }
            if at < b && is_conjunct(&doc.tokens[at].fold) {
                // A comma joins only in a list that ends in "and"; "B, a France-based firm":
                // an indefinite article after it opens a description of B.
                if doc.tokens[at].is_punct(",")
                    && (!(at..b.min(at + 30))
                        .any(|j| matches!(doc.tokens[j].fold.as_str(), "and" | "et" | "&"))
                        || doc
                            .tokens
                            .get(at + 1)
                            .is_some_and(|t| word_set!("indefinite").contains(t)))
                {
                    break;
                }
                at += 1;
                if at < b && is_conjunct(&doc.tokens[at].fold) {
                    at += 1;
                }
                continue;
            }
            break;
        }
        if !group.is_empty() {
            out.push((slot, group));
        }
    }
    // The body whose programme the subject joins.
    if let Some((_, owner)) = joined {
        out.push((Slot::With, vec![owner]));
    }
    // "The first is with X …; the second, with Y": each part's partner.
    if (a..(a + 5).min(b)).any(|k| word_set!("is_ordinal").contains(&doc.tokens[k])) {
        for &mi in ordinal_partners(ctx, s) {
            if !out.iter().any(|(_, g)| g.contains(&mi)) {
                out.push((Slot::With, vec![mi]));
            }
        }
    }
    out
}

/// "Tessaly's port regulator, the Harbour Authority (HA), signed", "Le régulateur, l'Autorité
/// X (AX), a signé": before the verb at `end`, a comma closes a name set off by a comma, an
/// article and its optional bracket, after a description in lowercase words. Gives where
/// the subject's name (with its bracket) ends: the comma before the verb is dropped.
fn apposed_name_subject(
    ctx: &Ctx<'_>,
    a: usize,
    end: usize,
    ending_at: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let doc = &ctx.doc;
    let close = end - 1;
    if !doc.tokens[close].is_punct(",") {
        return None;
    }
    let name_end = if doc.tokens[close - 1].is_punct(")") {
        (a..close - 1)
            .rev()
            .take(14)
            .find(|&j| doc.tokens[j].is_punct("("))?
    } else {
        close
    };
    let mi = ending_at(name_end)?;
    let m = &ctx.ents.mentions[mi];
    let mut f = m.first;
    // A name no table knows may stand after the body's noun ("agency, Digdir,").
    let described = f > a + 1
        && doc.tokens[f - 1].is_punct(",")
        && word_set!("described_bodies").contains(&doc.tokens[f - 2])
        && !doc.tokens[f - 2].cap;
    if !(matches!(m.kind, MentionKind::Org { .. }) || described && m.kind == MentionKind::Other) {
        return None;
    }
    if f > a && (is_article_fold(&doc.tokens[f - 1].fold) || doc.tokens[f - 1].fold == "l'") {
        f -= 1;
    } else if !described {
        // "The state's digital agency, Digdir, signed": a body's noun ends the
        // description right before a bare name.
        return None;
    }
    // The description before the comma: lowercase words, no name ending there.
    let open = f.checked_sub(1).filter(|&o| o > a)?;
    let before = &doc.tokens[open - 1];
    (doc.tokens[open].is_punct(",") && before.is_word() && !before.cap && ending_at(open).is_none())
        .then_some(close)
}

/// "Tessaro Labs joins Northgate Cyber's partner programme", "A has become a member of B's
/// network", "A a rejoint le réseau de partenaires de B": joining the programme or network
/// another body runs is a partnership with that body; so are "B welcomed A as its newest
/// partner" and "B selected A as its partner". The verb's token and the mention of the
/// other party (B, or A after "welcomed").
pub(crate) fn joins_programme(ctx: &Ctx<'_>, s: usize) -> Option<(usize, usize)> {
    match ctx.joins.get(s) {
        Some(known) => *known.get_or_init(|| joins_programme_of(ctx, s)),
        None => joins_programme_of(ctx, s),
    }
}

fn joins_programme_of(ctx: &Ctx<'_>, s: usize) -> Option<(usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    // Each token of the sentence is asked: the lists are sets, matched by number.
    let is =
        |set: &crate::vocab::WordSet, k: usize| doc.tokens.get(k).is_some_and(|t| set.contains(t));
    let (pick, become_, join) = (
        word_set!("pick_verbs"),
        word_set!("become_verbs"),
        word_set!("join_verbs"),
    );
    // "joined the gang's affiliate programme", "a bug bounty program": no cooperation.
    let object = |x: usize| {
        is(word_set!("join_objects"), x) && !is(word_set!("join_objects_not"), x.wrapping_sub(1))
    };
    let body = |k: usize| {
        ctx.starting_in(k, k + 1).find(|&mi| {
            matches!(
                ctx.ents.mentions[mi].kind,
                MentionKind::Org { .. } | MentionKind::Other
            )
        })
    };
    let of = |k: usize| is(word_set!("of_words"), k);
    let skip_article =
        |k: usize| k + usize::from(doc.tokens.get(k).is_some_and(|t| is_article_fold(&t.fold)));
    for v in a..b {
        let f = &doc.tokens[v];
        // "B welcomed A as its newest partner", "B has selected A as its partner", "B
        // accueille A comme membre", "B a choisi A comme partenaire".
        if pick.contains(f) {
            if let Some(mi) = body(skip_article(v + 1)) {
                let after = ctx.ents.mentions[mi].last;
                if is(word_set!("as_words"), after)
                    && (after + 1..b.min(after + 5)).any(|x| is(word_set!("member_nouns"), x))
                {
                    return Some((v, mi));
                }
            }
            continue;
        }
        let mut k = v + 1;
        // "becomes a member of", "devient membre du": becoming needs "member of".
        if become_.contains(f) {
            k += usize::from(is(word_set!("indefinite"), k));
            if !is(word_set!("member_nouns"), k) || !of(k + 1) {
                continue;
            }
            k += 2;
        } else if !join.contains(f) {
            continue;
        }
        for j in k..b.min(k + 8) {
            // "B's partner programme".
            if let Some(mi) = body(j) {
                let last = ctx.ents.mentions[mi].last;
                if doc.tokens.get(last).is_some_and(|t| t.fold == "'")
                    && doc.tokens.get(last + 1).is_some_and(|t| t.fold == "s")
                    && (last + 2..b.min(last + 6)).any(object)
                {
                    return Some((v, mi));
                }
            }
            // "the partner programme of B", "le réseau de partenaires de B".
            if object(j) {
                return (j + 1..b.min(j + 5))
                    .filter(|&x| of(x))
                    .find_map(|x| body(skip_article(x + 1)))
                    .map(|mi| (v, mi));
            }
        }
    }
    None
}

/// The mentions of sentence `s` in any slot of a frame ([`frame_groups`]).
pub(crate) fn frame_slots(ctx: &Ctx<'_>, s: usize) -> Vec<usize> {
    frame_groups(ctx, s)
        .into_iter()
        .flat_map(|(_, g)| g)
        .collect()
}

/// Whether the mention `mi`, right after the "and" at token `and`, only continues the name
/// of an organisation before it (`org_before`: one ends right at the "and"): it has no word
/// of its own (only common words, places and connectors).
pub(crate) fn continues_name(ctx: &Ctx<'_>, mi: usize, and: usize, org_before: bool) -> bool {
    let doc = &ctx.doc;
    if !doc
        .tokens
        .get(and)
        .is_some_and(|t| is_conjunct(&t.fold) && !t.is_punct(","))
    {
        return false;
    }
    let m = &ctx.ents.mentions[mi];
    if !matches!(m.kind, MentionKind::Other) {
        return false;
    }
    org_before && !has_own_word(ctx, m.first, m.last)
}

/// Whether tokens `a..b` hold a word that is not a common word, a connector, an
/// organisation's head word or a place: a word that makes a name its own.
pub(crate) fn has_own_word(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let doc = &ctx.doc;
    (a..b).any(|k| {
        let t = &doc.tokens[k];
        t.is_word()
            && (t.cap || t.upper)
            && !crate::entities::COMMON_WORDS.contains(t)
            && !crate::entities::is_plural_head(t)
            && ctx.idx.head_kind(doc, k).is_none()
            && ctx.idx.place_at(doc, k, k + 1).is_none()
            && ctx.lex.calendar.get(t).is_none()
    })
}

/// "Kenya's ICT ministry", "Ghana's cyber security authority": a body the text describes
/// in lowercase after a state's (or a named body's) possessive (mention `mi`) without naming it; the token
/// after the body's noun.
pub(crate) fn described_body_after(ctx: &Ctx<'_>, mi: usize) -> Option<usize> {
    let m = &ctx.ents.mentions[mi];
    let toks = &ctx.doc.tokens;
    // A body's possessive too: "the Bank of Zambia's payments oversight unit".
    if !matches!(m.kind, MentionKind::Country(_) | MentionKind::Org { .. })
        || !toks.get(m.last).is_some_and(|t| t.fold == "'")
        || !toks.get(m.last + 1).is_some_and(|t| t.fold == "s")
    {
        return None;
    }
    (m.last + 2..toks.len().min(m.last + 6))
        .take_while(|&j| toks[j].is_word() && (!toks[j].cap || toks[j].upper))
        .find(|&j| !toks[j].upper && word_set!("described_bodies").contains(&toks[j]))
        .map(|j| j + 1)
}

/// The token of "under" when the body named from token `first` is the parent of the one
/// before it ("The Department of X (DX) under the Ministry of Y", "within the Ministry"):
/// "under", "within" or "sous" (and an article) right before it, a closing bracket or an
/// organisation right before that.
pub(crate) fn parent_after(ctx: &Ctx<'_>, first: usize) -> Option<usize> {
    let toks = &ctx.doc.tokens;
    let mut u = first;
    if u > 0 && is_article_fold(&toks[u - 1].fold) {
        u -= 1;
    }
    let under = u >= 2
        && matches!(toks[u - 1].fold.as_str(), "under" | "within" | "sous")
        && (toks[u - 2].is_punct(")")
            || ctx
                .ending_at(u - 1)
                .any(|o| matches!(ctx.ents.mentions[o].kind, MentionKind::Org { .. })));
    under.then(|| u - 1)
}

pub(crate) fn is_article_fold(fold: &str) -> bool {
    matches!(fold, "the" | "la" | "le" | "les" | "l'")
}

/// The state the article speaks of most (names and demonyms).
pub(crate) fn dominant_state(ctx: &Ctx<'_>) -> Option<usize> {
    // A sorted map: few states, and one map type less in the web app's download.
    let mut count: Vec<(usize, (usize, usize))> = Vec::new();
    for m in &ctx.ents.mentions {
        if ctx.doc.in_junk(m.first) {
            continue;
        }
        if let MentionKind::Country(c) | MentionKind::Demonym(c) = m.kind {
            crate::sort::entry(&mut count, c, || (0, m.first)).0 += 1;
        }
        if let Some(c) = m.country {
            crate::sort::entry(&mut count, c, || (0, m.first)).0 += 1;
        }
    }
    count
        .into_iter()
        .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
        .map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn reports(text: &str) -> bool {
        analyze(text, &Options::default()).is_ok_and(|a| a.is_agreement)
    }

    /// Whether `text`, published on `reference_date`, reports an agreement.
    fn reports_on(reference_date: Option<crate::Date>, text: &str) -> bool {
        let options = Options {
            reference_date,
            ..Options::default()
        };
        analyze(text, &options).is_ok_and(|a| a.is_agreement)
    }

    fn title(text: &str) -> Option<String> {
        analyze(text, &Options::default())
            .ok()
            .and_then(|a| a.title)
    }

    #[test]
    fn a_menu_of_spaced_items_in_sentence_case_is_no_headline() {
        let page = "Numéris\nAccueil  Nos offres  Actualités  Nous rejoindre\n\n\
            Une nouvelle étape pour la sécurité des paiements\n\n\
            Nous sommes fiers d'annoncer notre partenariat avec Sentinelle Data.\n";
        assert_eq!(
            title(page).as_deref(),
            Some("Une nouvelle étape pour la sécurité des paiements")
        );
    }

    #[test]
    fn the_headline_is_found_under_a_pages_header() {
        let body = "The Velor Cyber Agency and Harbor Digital signed a memorandum of \
            understanding on Monday to share threat data.";
        // An outlet's name over its menu.
        let page = format!(
            "The Velor Ledger\nHome | News | Business | Tech\nVelor agency and Harbor \
             Digital sign cyber MoU\nBy Ana Velic\n{body}"
        );
        assert_eq!(
            title(&page).as_deref(),
            Some("Velor agency and Harbor Digital sign cyber MoU")
        );
        // A name in capitals, a line of interface glyphs.
        for head in [
            "BANK OF VELOR\nPRESS RELEASE",
            "≡  The Velor Post   🔍\nNational",
        ] {
            let page = format!("{head}\nBank and cyber agency join forces on fraud\n{body}");
            assert_eq!(
                title(&page).as_deref(),
                Some("Bank and cyber agency join forces on fraud"),
                "{head}"
            );
        }
        // A newsletter's name over its numbered items stays the title.
        let digest = format!(
            "Cyber Brief — the week in three stories\nSubscribe | Archive\n1. Velor \
             agency signs MoU\n{body}"
        );
        assert_eq!(
            title(&digest).as_deref(),
            Some("Cyber Brief — the week in three stories")
        );
        // With no other line before the story, the outlet's line is all there is.
        let bare = format!("The Velor Ledger\nHome | News | Business\n{body}");
        assert_eq!(title(&bare).as_deref(), Some("The Velor Ledger"));
    }

    #[test]
    fn relative_days_count_from_the_stated_publication_day_before_the_callers_date() {
        let text = "APIA, 14 October 2025 – The Ruritania Computer Emergency Response Team and \
            the Osterland Office of the Regulator signed a memorandum of understanding on \
            Monday.";
        let signed = |reference: Option<crate::Date>| {
            let options = Options {
                reference_date: reference,
                ..Options::default()
            };
            analyze(text, &options)
                .ok()
                .and_then(|a| a.agreements.first().and_then(|g| g.signed_on))
                .map(|d| d.to_string())
        };
        // The analyst reads it a week later: Monday is still the one before the dateline.
        assert_eq!(
            signed(crate::Date::new(2025, 10, 20)).as_deref(),
            Some("2025-10-13")
        );
        assert_eq!(signed(None).as_deref(), Some("2025-10-13"));
        // A caller's date before the stated day: the stated day is no publication day.
        assert_eq!(
            signed(crate::Date::new(2025, 10, 8)).as_deref(),
            Some("2025-10-06")
        );
    }

    #[test]
    fn the_year_of_a_renewed_instrument_is_no_earlier_news() {
        let reports = |text: &str| reports_on(crate::Date::new(2025, 10, 31), text);
        assert!(reports(
            "Harbor Digital and Westbrook University renewed their 2019 memorandum of \
             understanding on cyber research on Thursday."
        ));
        assert!(reports(
            "La région de Valmont et Sentinelle Numérique ont signé jeudi un avenant à leur \
             convention de 2023 sur la cybersécurité."
        ));
        // Renewed back then: still an earlier agreement.
        assert!(!reports(
            "In 2019, Harbor Digital and Westbrook University renewed their memorandum of \
             understanding on cyber research."
        ));
    }

    #[test]
    fn a_joint_statement_that_carries_the_news_is_no_instrument() {
        let kind = |text: &str| {
            analyze(text, &Options::default())
                .ok()
                .and_then(|a| a.agreements.first().map(|g| g.kind))
        };
        assert_eq!(
            kind(
                "Harbor Digital and Westbrook University have agreed to share threat \
                 intelligence, the two said in a joint statement."
            ),
            Some(crate::facts::AgreementType::Partnership)
        );
        assert_eq!(
            kind(
                "Ruritania and Aldania signed a joint statement on cyber cooperation on \
                 Monday."
            ),
            Some(crate::facts::AgreementType::Declaration)
        );
    }

    #[test]
    fn a_rule_named_memorandum_and_a_memorandum_still_to_be_approved_report_no_agreement() {
        for text in [
            "The Department of Information Technology has issued Department Memorandum Order \
             No. 2026-015 requiring agencies to report incidents to the national CERT.",
            "A memorandum of understanding on cybersecurity between the Ruritania National \
             Cyber Agency and the Borduria Computer Emergency Response Team will be tabled \
             before cabinet next week.",
            "Une fois adopté, le protocole d'accord entre l'Agence nationale de cybersécurité \
             et Sentinelle Numérique permettra d'échanger des informations sur les menaces.",
            "Le projet de protocole d'accord entre l'Agence nationale de cybersécurité et \
             Sentinelle Numérique sera soumis au Conseil des ministres.",
        ] {
            assert!(!reports(text), "{text}");
        }
    }

    #[test]
    fn an_instrument_to_study_or_a_renewal_undecided_or_a_headline_to_sign_is_no_agreement() {
        for text in [
            "Ruritania and Borduria agreed on Friday to explore a memorandum of understanding \
             on cybersecurity and tasked officials with drafting it.",
            "La Ruritanie et la Bordurie s'accordent pour préparer un protocole d'accord dans \
             le domaine de la cybersécurité.",
            "Ruritania and Borduria are still discussing whether to renew their cybersecurity \
             memorandum, which expires this month.",
            "Ruritania, Borduria to sign cyber MoU\n\nThe two governments will sign the \
             memorandum during a state visit next week.",
        ] {
            assert!(!reports(text), "{text}");
        }
        for text in [
            "Ruritania, Borduria to sign cyber MoU\n\nRuritania and Borduria signed a \
             memorandum of understanding on cybersecurity on Tuesday.",
            "Ghana, Togo sign cyber MoU\n\nThe two countries agreed on cooperation against \
             cybercrime during the visit.",
            "Ruritania and Borduria signed a memorandum of understanding on cybersecurity and \
             agreed to study the possibility of a joint training centre.",
        ] {
            assert!(reports(text), "{text}");
        }
    }

    #[test]
    fn a_denied_or_future_signing_is_no_agreement_and_a_past_one_stays() {
        for text in [
            "\"No memorandum of understanding was signed between the Ruritania National Cyber \
             Agency and the Borduria CERT during the visit,\" a spokesperson said.",
            "« Aucune convention n'a été signée entre l'Agence nationale de cybersécurité et \
             Sentinelle Numérique », a précisé le porte-parole.",
            "The memorandum of understanding between the Ruritania National Cyber Agency and \
             the Borduria CERT would be signed in Kigali next month.",
            "Le protocole d'accord entre l'Agence nationale de cybersécurité et Sentinelle \
             Numérique ne pourra être signé qu'après l'examen des recours.",
            "The signing ceremony of the memorandum between the Ruritania National Cyber \
             Agency and the Borduria CERT is scheduled for next month.",
            "They agreed to continue consultations with a view to drafting a memorandum of \
             understanding between the Ruritania National Cyber Agency and the Borduria CERT.",
            "Ils ont convenu de poursuivre les consultations en vue de l'élaboration d'un \
             protocole d'accord entre l'Agence nationale de cybersécurité et Sentinelle Numérique.",
            "Le Conseil a approuvé l'accord de don signé avec la Banque africaine de \
             développement pour le financement du projet d'électrification rurale.",
            "The Cabinet approved the grant agreement signed with the African Development Bank \
             for the upgrading of the eastern corridor highway.",
        ] {
            assert!(!reports(text), "{text}");
        }
        for text in [
            "The Ruritania National Cyber Agency and the Borduria CERT signed a memorandum of \
             understanding on Monday; the first courses will start next year.",
            "L'Agence nationale de cybersécurité et Sentinelle Numérique ont signé lundi une \
             convention, et un avenant pourrait être signé en 2027.",
        ] {
            assert!(reports(text), "{text}");
        }
    }

    #[test]
    fn other_senses_of_signing_and_partnering_report_no_agreement() {
        let near_misses = [
            // "sign up" enrols.
            "Brightwater Bank and Coastline Insurance have signed up with the Ruritania \
             Computer Emergency Response Team for its cyber drill.",
            // A weak verb without an instrument; "in partnership with" is no instrument.
            "Northgate Labs released its threat report, produced in partnership with the \
             Borduria Computer Incident Response Team.",
            "The Harbor Cyber Summit announced its sponsors, with Northgate Labs returning \
             as platinum sponsor.",
            // An agreement ended.
            "The Ruritania National Cyber Agency suspended the cooperation agreement it \
             signed with the Borduria Computer Emergency Response Team.",
            // A call, a plan.
            "The minister called on Ruritania and Borduria to join forces against cybercrime.",
            "Le ministère du Numérique et l'Autorité de régulation des télécommunications ont \
             convenu de finaliser un protocole d'accord, dont la signature est prévue le mois \
             prochain.",
            // A takeover.
            "Harbor Digital signed a definitive agreement to acquire the start-up Kestrel \
             Shield for 300 million dollars.",
            // Talks, a signing to come.
            "A cooperation agreement between the Ruritania National Cyber Agency and Harbor \
             Digital is being finalised.",
            "La signature d'un protocole d'accord entre l'Agence nationale de la sécurité \
             numérique et Sentinelle Numérique interviendra le mois prochain.",
            // Partners not named.
            "Harbor Digital works closely with the National Cyber Security Centre and has \
             signed agreements with several banks to monitor their networks.",
            // An operation.
            "The Ruritania Police Service joined forces with Harbor Digital to dismantle a \
             botnet and arrested three suspects.",
            // An instrument of another field.
            "Hackers hit the pipeline operator days after the Ruritania Energy Ministry and \
             Harbor Gas signed a gas supply agreement.",
            "Le ministère du Commerce et la société Harbor Digital ont signé un accord \
             commercial sur les exportations de logiciels de sécurité.",
            // A deal that buys a firm; consent.
            "Harbor Digital outlined its plans after the $2 billion Kestrel Shield deal, \
             talking about competition with Vantora Security.",
            "Harbor Digital agreed to pay Kestrel Shield five million dollars.",
            "Le ministre a appelé les opérateurs et l'Agence nationale de cybersécurité à \
             signer une convention.",
            // Incident handling, consent, a lawsuit.
            "Northgate Bank has teamed up with the responder Kestrel Shield to contain the \
             attack.",
            "Harbor Digital agreed to cooperate with investigators, the Ruritania Data \
             Protection Commission said.",
            "Harbor Digital and Kestrel Shield joined hands in a lawsuit against the \
             regulator.",
            // Code signing.
            "The malware was signed with a certificate stolen from Harbor Digital and \
             Kestrel Shield, researchers said.",
            // An aside about a name; an agreement a body already has.
            "Northgate Bank, which partners with Harbor Digital on monitoring, said the attack \
             took its app offline.",
            "Jane Roe negotiated the company's landmark agreement with the Ruritania National \
             Cyber Agency.",
            // An agreement that ran out, or was ended, after its name.
            "A memorandum of understanding between the Ruritania National Cyber Agency and \
             Harbor Digital expired on Sunday without being renewed.",
            "Le protocole d'accord conclu en 2021 entre l'Agence nationale de cybersécurité et \
             Sentinelle Numérique est arrivé à expiration.",
            // An electronic signature service launched with a partner.
            "L'Agence nationale du numérique a lancé un service de signature électronique, en \
             collaboration avec La Poste de Ruritanie.",
            // An agreement a body has, in news about something else.
            "The utility has a memorandum of understanding with Kestrel Networks on incident \
             response, and the firm's analysts are on site.",
            // A signing put off.
            "The signing of a cooperation agreement between the Ruritania National Cyber \
             Agency and Harbor Digital has been postponed.",
            "La signature de la convention entre l'Agence nationale de cybersécurité et \
             Sentinelle Numérique, prévue jeudi, a été reportée.",
            // A stance taken together.
            "Ruritania, Aldania and Borduria issued a joint statement condemning the attack on \
             the hospitals of Aldania.",
            // Another field, further from the instrument.
            "The Ruritania Ministry of Health signed a vaccine supply agreement with Harbor \
             Pharma, days before the cyber attack.",
            // Talks; a memo with no side named.
            "Talks between Ruritania and Aldania on a data-sharing agreement resumed in Lisk.",
            "An internal memorandum, shared with the board of Harbor Digital, shows the \
             breach was known for weeks.",
            // A multilateral convention joined; an event.
            "Ruritania signed the Budapest Convention on Cybercrime, joining 70 other states.",
            "Harbor Digital met Westbrook University at the annual convention of security \
             officers.",
            // Another field after the instrument; a conditional signing.
            "Ruritania and Aldania signed a memorandum of understanding on energy trade.",
            "Le ministre a annoncé que l'Agence nationale de cybersécurité et Sentinelle \
             Numérique signeraient un accord le mois prochain.",
        ];
        for text in near_misses {
            assert!(!reports(text), "{text}");
        }
        let agreements = [
            "Northgate Labs and the Borduria Computer Incident Response Team announced a \
             partnership on threat intelligence.",
            "The Ruritania National Cyber Agency and the Borduria Computer Emergency Response \
             Team issued a joint statement on cyber cooperation.",
            "The Ruritania National Cyber Agency signed a cooperation agreement with the \
             Borduria Computer Emergency Response Team.",
            "Harbor Digital joined forces with the Volta Cyber Academy to train analysts.",
            "Après des mois de négociations, l'Agence nationale de la sécurité numérique et \
             Sentinelle Numérique ont conclu un accord de coopération.",
            "L'Agence nationale de la sécurité numérique et Sentinelle Numérique ont conclu un \
             accord-cadre, qui fait suite au protocole d'accord signé en 2019.",
            "Harbor Digital announced a new collaboration with the Ruritania Ministry of Youth \
             to train young people in cybersecurity.",
            "Harbor Digital and the Ruritania Ministry of Finance signed a memorandum of \
             understanding under which the ministry will acquire Harbor Digital's platform.",
            "The Ruritania Ministry of Defence signed a contract with Harbor Digital to buy \
             security equipment from the firm.",
            "Harbor Digital and the Ruritania National Cyber Agency announced a joint \
             initiative to protect small businesses.",
            "A memorandum of understanding was signed between the Ministry of Trade of \
             Ruritania and Harbor University.",
            "Harbor Digital and the Ruritania Energy Regulatory Authority inked a deal to \
             protect the grid.",
            "Ruritania and Aldania agreed to cooperate on cybersecurity on Tuesday.",
            "Harbor Digital and Westbrook University have joined hands to train analysts.",
            "Harbor Digital ties up with Westbrook University for cybersecurity research.",
            "Harbor Digital and Westbrook University have come together to launch a cyber \
             awareness campaign.",
            "Namibia seals a cybersecurity pact with Botswana.",
            "Harbor Digital s'est associée à l'Université de Valmont pour former des analystes.",
            "Harbor Digital et Cybelia se sont alliés pour protéger les PME.",
            "La convention, paraphée par l'Agence nationale de cybersécurité et Sentinelle \
             Numérique, entre en vigueur.",
            "Harbor Digital said on Monday it had signed an agreement with the Ruritania \
             National Cyber Agency.",
            "Partenariat entre Cybelia et l'Université de Valmont\n\nLes deux institutions \
             lanceront un diplôme.",
            "Le Sénégal et l'entreprise Harbor Digital ont signé un contrat-cadre pour un \
             centre de cybersécurité.",
            // Extended or renewed, not newly signed.
            "L'Agence nationale de cybersécurité et Sentinelle Numérique ont prorogé de deux \
             ans leur protocole d'accord.",
            "Harbor Digital extends its cybersecurity partnership with Westbrook University.",
            // A participle clause after the signing speaks of the past, not the signing.
            "The Ruritania National Cyber Agency and Harbor Digital exchanged signed copies of \
             a memorandum of understanding on Friday, completing talks that began last year.",
            "Northgate Systems and the Lisk Transport Authority put their signatures to a \
             cybersecurity memorandum on Tuesday.",
            // A signing verb before the instrument: what expired is another one.
            "Harbor Digital and Westbrook University signed a new memorandum of understanding, \
             after the previous one expired in March.",
            // A passive deal; an agreement reached; a signing of this week told in an aside.
            "A three-year deal was struck between Harbor Digital and the Ruritania National \
             Police to trace fraud.",
            "Harbor Digital and Westbrook University have reached an agreement to share \
             phishing indicators.",
            "The Ruritania National Cyber Agency, which on Tuesday inked a memorandum with \
             Harbor Digital, warned of phishing.",
            // Announced in the present tense; instruments of other names.
            "Harbor Digital is proud to announce its partnership with Westbrook University.",
            "Harbor Digital signed a partnership convention with Westbrook University.",
            "Harbor Digital and Westbrook University signed a cooperation framework on \
             cyber skills.",
            "Harbor Digital et l'Université de Valmont ont signé un MoU sur la formation.",
            "Harbor Digital et l'Université de Valmont lient leurs forces pour former des \
             analystes.",
        ];
        for text in agreements {
            assert!(reports(text), "{text}");
        }
    }

    #[test]
    fn a_renewal_dated_long_ago_or_a_contract_yet_to_sign_reports_none() {
        let reports_on = |text: &str| reports_on(crate::Date::new(2026, 3, 9), text);
        let none = [
            "The Velor CERT renewed its memorandum of understanding with the Osterland \
             Cyber Agency last year, the annual report notes.",
            "Le CERT de Valmonde a renouvelé l'an dernier sa convention de coopération avec \
             l'Agence nationale de sécurité d'Osterland, rappelle le rapport.",
            "The contract will be awarded after evaluation by the Velor Telecom Authority \
             and approval by the Osterland Procurement Board, and signed after the \
             standstill period.",
            "Once created, the Velor Cyber Agency would be empowered to enter into \
             cooperation agreements with bodies such as the Osterland Cyber Agency.",
        ];
        for text in none {
            assert!(!reports_on(text), "{text}");
        }
        // The renewal itself, this week, or of an instrument first signed long ago.
        let renewals = [
            "The Velor CERT renewed its memorandum of understanding with the Osterland \
             Cyber Agency on Monday.",
            "The Velor CERT on Monday renewed its 2019 memorandum of understanding with the \
             Osterland Cyber Agency.",
        ];
        for text in renewals {
            assert!(reports_on(text), "{text}");
        }
    }
}
