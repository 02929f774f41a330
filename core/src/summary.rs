//! The summary: two or three sentences of the article that name the parties and say what
//! was agreed. Sentences are taken whole, with their offsets; headlines, bylines, captions
//! and page furniture are never taken.

use crate::facts::SummarySentence;
use crate::frames::Ctx;
use crate::parties::Chosen;

fn sentence(ctx: &Ctx<'_>, s: usize) -> SummarySentence {
    let span = ctx.doc.sentences[s].span;
    SummarySentence {
        // Line breaks of a wrapped sentence made spaces.
        text: crate::text::one_space(span.slice(ctx.doc.text)),
        start: span.start,
        end: span.end,
    }
}

/// Whether a sentence can be quoted: not the headline, not a line of dates and bylines
/// ("Press Release | June 10, 2025"), and long enough to say something.
fn quotable(ctx: &Ctx<'_>, i: usize) -> bool {
    let s = &ctx.doc.sentences[i];
    !ctx.is_title(i)
        && s.tokens.1 - s.tokens.0 >= 6
        && crate::dates::date_line(&ctx.doc, &ctx.dates, s.line).is_none()
}

fn names_in(ctx: &Ctx<'_>, s: usize, c: &Chosen) -> bool {
    let span = ctx.doc.sentences[s].span;
    c.party.evidence.iter().any(|e| span.covers(e))
}

/// A summary of an agreement article.
pub(crate) fn write(ctx: &Ctx<'_>, chosen: &[Chosen]) -> Vec<SummarySentence> {
    let body: Vec<usize> = ctx
        .doc
        .body_sentences()
        .map(|(i, _)| i)
        .filter(|&i| quotable(ctx, i))
        .collect();
    let triggers: Vec<usize> = ctx
        .triggers
        .iter()
        .filter(|t| !t.background && !t.negated && !ctx.is_title(t.sent))
        .map(|t| t.sent)
        .collect();
    // The first reporting sentence that names the most parties.
    let first = triggers
        .iter()
        .copied()
        .max_by_key(|&s| {
            (
                chosen.iter().filter(|c| names_in(ctx, s, c)).count(),
                std::cmp::Reverse(s),
            )
        })
        .or_else(|| body.first().copied());
    let Some(first) = first else {
        return Vec::new();
    };
    let mut picked = vec![first];
    // Then sentences that name the parties still missing.
    for c in chosen {
        if picked.iter().any(|&s| names_in(ctx, s, c)) || picked.len() >= 3 {
            continue;
        }
        if let Some(&s) = body
            .iter()
            .find(|&&s| names_in(ctx, s, c) && !picked.contains(&s))
        {
            picked.push(s);
        }
    }
    // Then what was agreed: the next sentence that speaks of the agreement.
    if picked.len() < 2 {
        if let Some(&s) = triggers
            .iter()
            .chain(body.iter())
            .find(|&&s| s > first && !picked.contains(&s))
        {
            picked.push(s);
        }
    }
    crate::sort::all(&mut picked);
    picked.into_iter().map(|s| sentence(ctx, s)).collect()
}

/// A summary of an article that reports no agreement: its first two sentences.
pub(crate) fn lead(ctx: &Ctx<'_>) -> Vec<SummarySentence> {
    ctx.doc
        .body_sentences()
        .map(|(i, _)| i)
        .filter(|&i| quotable(ctx, i))
        .take(2)
        .map(|s| sentence(ctx, s))
        .collect()
}
