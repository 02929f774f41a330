//! The facts of the agreement besides its parties: the kind of instrument, the signing
//! date (resolved against the reference date), the place and the term.
//!
//! Each is read from the sentences that report the agreement first, then from sentences
//! about the signing ceremony. A date that dates a statement ("according to a statement on
//! June 7") or an earlier agreement ("previously signed on July 19, 2011") is not a
//! signing date.

use crate::dates::{resolve, year_hint, DateValue};
use crate::extract::Ctx;
use crate::facts::{Agreement, AgreementType, Span};
use crate::lexicon::Cue;
use crate::names::Known;
use crate::text::TokKind;

fn type_rank(t: AgreementType) -> u8 {
    match t {
        AgreementType::Mou => 0,
        AgreementType::Declaration => 1,
        AgreementType::Treaty => 2,
        AgreementType::Agreement => 3,
        AgreementType::Other => 4,
        AgreementType::Partnership => 5,
    }
}

/// Fills type, date, place and term.
pub(crate) fn fill(ctx: &Ctx<'_>, ag: &mut Agreement) {
    let main: Vec<usize> = ctx
        .triggers
        .iter()
        .filter(|t| !t.background && !t.negated)
        .map(|t| t.sent)
        .collect();
    // The instrument: the most specific one the reporting sentences name.
    let mut best: Option<(AgreementType, usize, usize)> = None;
    for t in ctx.triggers.iter().filter(|t| !t.background && !t.negated) {
        for &(ty, a, b) in &t.instruments {
            if best.is_none_or(|(bt, _, _)| type_rank(ty) < type_rank(bt)) {
                best = Some((ty, a, b));
            }
        }
    }
    match best {
        Some((ty, a, b)) => {
            ag.kind = ty;
            ag.type_evidence = vec![ctx.doc.span(a, b)];
        }
        None => {
            ag.kind = AgreementType::Partnership;
            if let Some(t) = ctx.triggers.first() {
                ag.type_evidence = vec![ctx.doc.sentences[t.sent].span];
            }
        }
    }
    let ceremony = ceremony_sentences(ctx);
    signing_date(ctx, ag, &main, &ceremony);
    location(ctx, ag, &main, &ceremony);
    duration(ctx, ag);
}

/// Sentences about the signing itself ("the signing ceremony", "la cérémonie de signature").
fn ceremony_sentences(ctx: &Ctx<'_>) -> Vec<usize> {
    ctx.doc
        .body_sentences()
        .filter(|(_, s)| {
            let (a, b) = s.tokens;
            ctx.doc.tokens[a..b].iter().any(|t| {
                matches!(
                    t.fold.as_str(),
                    "ceremony"
                        | "ceremonie"
                        | "signing"
                        | "signature"
                        | "signed"
                        | "signe"
                        | "signee"
                        | "inked"
                        | "paraphe"
                )
            })
        })
        .map(|(i, _)| i)
        .take(48)
        .collect()
}

fn signing_date(ctx: &Ctx<'_>, ag: &mut Agreement, main: &[usize], ceremony: &[usize]) {
    let doc = &ctx.doc;
    let mut order: Vec<usize> = main.to_vec();
    for &s in ceremony {
        if !order.contains(&s)
            && !ctx
                .triggers
                .iter()
                .any(|t| t.sent == s && (t.background || t.negated))
        {
            order.push(s);
        }
    }
    for &s in &order {
        if ctx.has_cue(s, Cue::Background) {
            continue;
        }
        if let Some(found) = date_in(ctx, s) {
            apply_date(ctx, ag, found);
            return;
        }
        // "En marge de cette rencontre, … ont signé": the date is in the sentence before.
        let (a, b) = doc.sentences[s].tokens;
        let anaphoric = doc.tokens[a..b].iter().any(|t| {
            matches!(
                t.fold.as_str(),
                "rencontre"
                    | "evenement"
                    | "forum"
                    | "event"
                    | "conference"
                    | "summit"
                    | "sommet"
                    | "occasion"
                    | "sidelines"
                    | "marge"
            )
        });
        if anaphoric && s > 0 && doc.sentences[s - 1].line + 2 >= doc.sentences[s].line {
            if let Some(found) = date_in(ctx, s - 1) {
                apply_date(ctx, ag, found);
                return;
            }
        }
    }
}

fn apply_date(ctx: &Ctx<'_>, ag: &mut Agreement, found: (crate::date::PartialDate, usize, usize)) {
    let doc = &ctx.doc;
    let (date, mut a, b) = found;
    // Keep the preposition: "on November 18", "le 25 avril".
    if a > 0
        && matches!(
            doc.tokens[a - 1].fold.as_str(),
            "on" | "le" | "ce" | "in" | "en" | "du" | "between"
        )
    {
        a -= 1;
    }
    let span = doc.span(a, b);
    ag.signed_on = Some(date);
    ag.signed_on_text = Some(crate::text::one_space(span.slice(doc.text)));
    ag.signed_on_evidence = vec![span];
}

/// The first date of sentence `s` that can be a signing date.
fn date_in(ctx: &Ctx<'_>, s: usize) -> Option<(crate::date::PartialDate, usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let from = ctx.dates.partition_point(|d| d.first < a);
    let to = ctx.dates.partition_point(|d| d.first < b);
    for d in ctx.dates[from..to]
        .iter()
        .filter(|d| d.last <= b && d.is_datelike())
    {
        let span = doc.span(d.first, d.last);
        if ctx
            .published_span
            .is_some_and(|p| p.start <= span.start && span.end <= p.end)
        {
            continue;
        }
        // "according to a statement on June 7th", "said Friday", "officials said on Tuesday".
        if ctx.cue_before(d.first, 2, Cue::Statement) {
            continue;
        }
        // "Tuesday this week" without a reference date stays unknown; "this week" alone too.
        let resolved = resolve(d.value, ctx.reference, year_hint(doc, &ctx.dates, d.first));
        let Some(date) = resolved else { continue };
        if let Some(r) = ctx.reference {
            let day = match date {
                crate::date::PartialDate::Day(x) => x,
                crate::date::PartialDate::Month { year, month } => {
                    crate::date::Date::new(year, month, 1).unwrap_or(r)
                }
            };
            let delta = day.to_days() - r.to_days();
            // Signed more than about a year before the article, or well after it: another
            // agreement, or a plan.
            if !(-400..=7).contains(&delta) {
                continue;
            }
        } else if matches!(d.value, DateValue::MonthYear { .. }) && ctx.has_cue(s, Cue::Background)
        {
            continue;
        }
        return Some((date, d.first, d.last));
    }
    None
}

fn location(ctx: &Ctx<'_>, ag: &mut Agreement, main: &[usize], ceremony: &[usize]) {
    let doc = &ctx.doc;
    let mut order: Vec<usize> = main.to_vec();
    for &s in ceremony {
        if !order.contains(&s) {
            order.push(s);
        }
    }
    // Meetings and visits of the lead: "Modi met Nandi-Ndaitwah at the State House in Windhoek".
    for (i, s) in doc.body_sentences().take(8) {
        let (a, b) = s.tokens;
        if doc.tokens[a..b].iter().any(|t| {
            matches!(
                t.fold.as_str(),
                "met"
                    | "meeting"
                    | "visit"
                    | "held"
                    | "tenue"
                    | "tenu"
                    | "organise"
                    | "forum"
                    | "summit"
                    | "sommet"
                    | "conference"
            )
        }) && !order.contains(&i)
        {
            order.push(i);
        }
    }
    for &s in &order {
        let (a, b) = doc.sentences[s].tokens;
        let mut k = a;
        while k < b {
            let Some(hit) = ctx
                .idx
                .city_at(doc, k, b)
                .or_else(|| ctx.idx.longest_at(doc, k, b))
            else {
                k += 1;
                continue;
            };
            if let Known::City(_) = hit.known {
                let prev = |n: usize| {
                    k.checked_sub(n)
                        .filter(|&p| p >= a)
                        .map(|p| doc.tokens[p].fold.as_str())
                };
                let prep = [1, 2, 3].iter().any(|&n| {
                    matches!(
                        prev(n),
                        Some("in" | "at" | "a" | "au" | "en" | "to" | "dans")
                    )
                }) && !matches!(prev(1), Some("-"));
                let venue_after = doc.tokens.get(hit.last).is_some_and(|t| {
                    matches!(
                        t.fold.as_str(),
                        "meeting" | "summit" | "conference" | "forum" | "ceremony"
                    )
                });
                // "in Algiers" but not a dateline "ALGIERS, Nov. 3" nor "Seoul-Washington".
                let glued = doc
                    .tokens
                    .get(hit.last)
                    .is_some_and(|t| !t.space_before && t.kind != TokKind::Punct);
                if (prep || venue_after) && !glued {
                    let span = doc.span(hit.first, hit.last);
                    ag.location = Some(span.slice(doc.text).to_string());
                    ag.location_evidence = vec![span];
                    return;
                }
            }
            k = hit.last;
        }
    }
}

const NUMBERS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("douze", 12),
    ("quinze", 15),
    ("vingt", 20),
];

fn number(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return (1..=240).contains(&n).then_some(n);
    }
    NUMBERS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)
}

fn unit_months(word: &str) -> Option<u32> {
    match word {
        "year" | "years" | "an" | "ans" | "annee" | "annees" | "yr" | "yrs" => Some(12),
        "month" | "months" | "mois" => Some(1),
        _ => None,
    }
}

fn duration(ctx: &Ctx<'_>, ag: &mut Agreement) {
    let doc = &ctx.doc;
    for (si, s) in doc.body_sentences() {
        if ctx.has_cue(si, Cue::Background) {
            continue;
        }
        let (a, b) = s.tokens;
        let instrument_near = |k: usize| {
            (k..(k + 4).min(b)).any(|j| {
                ctx.lex
                    .instruments
                    .longest_at(doc, j, b, ctx.lang)
                    .is_some()
            }) || doc.tokens[k..(k + 4).min(b)].iter().any(|t| {
                matches!(
                    t.fold.as_str(),
                    "deal" | "cooperation" | "collaboration" | "partnership" | "term" | "pact"
                )
            })
        };
        for k in a..b {
            let t = &doc.tokens[k];
            // "five-year agreement", "3-year MoU"
            // (A byte scan: most words are short and have no hyphen.)
            if let Some(h) = t.fold.bytes().position(|b| b == b'-') {
                let (n, u) = (&t.fold[..h], &t.fold[h + 1..]);
                // The unit first: it rules out most words for less.
                if let Some((u, n)) = unit_months(u).and_then(|u| Some((u, number(n)?))) {
                    if instrument_near(k + 1) {
                        set_duration(ag, doc.span(k, k + 1), n * u);
                        return;
                    }
                }
            }
            // "triennal", "quinquennal"
            let adj = match t.fold.as_str() {
                "biennal" | "biennale" | "biennial" => Some(24),
                "triennal" | "triennale" | "triennial" => Some(36),
                "quinquennal" | "quinquennale" => Some(60),
                "decennal" | "decennale" => Some(120),
                _ => None,
            };
            if let Some(m) = adj {
                set_duration(ag, doc.span(k, k + 1), m);
                return;
            }
            // "for a period of five years", "pour une durée de cinq ans", "over three years"
            let unit = doc.tokens.get(k + 1).and_then(|n| unit_months(&n.fold));
            if let Some((u, n)) = unit.and_then(|u| Some((u, number(&t.fold)?))) {
                let lo = k.saturating_sub(5).max(a);
                let period = doc.tokens[lo..k].iter().any(|p| {
                    matches!(
                        p.fold.as_str(),
                        "period"
                            | "duree"
                            | "periode"
                            | "term"
                            | "valid"
                            | "covering"
                            | "spanning"
                            | "lasting"
                            | "for"
                            | "pour"
                            | "over"
                            | "sur"
                    )
                });
                let not_age = !doc
                    .tokens
                    .get(k + 2)
                    .is_some_and(|n| matches!(n.fold.as_str(), "ago" | "old"));
                if period && not_age {
                    set_duration(ag, doc.span(lo.max(k.saturating_sub(4)), k + 2), n * u);
                    return;
                }
            }
        }
    }
}

fn set_duration(ag: &mut Agreement, span: Span, months: u32) {
    ag.duration_months = Some(months);
    ag.duration_evidence = vec![span];
}
