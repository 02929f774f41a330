//! Facets shared out among the agreements of one article.
//!
//! An article may report several agreements in one breath ("A signed a five-year agreement
//! with B and a memorandum with C") and then tell each one apart ("Under the memorandum,
//! C will …", "The agreement with B covers …"). Each agreement's facets are read first as if
//! it stood alone; this stage then gives a term or a scope cue found for several of them to
//! the one the words are about: the agreement whose own partner (a party no other agreement
//! has) the sentence names, or whose instrument it names, or whose partner follows the term
//! ("a five-year agreement with B").

use crate::facts::{Agreement, AgreementType, Span};
use crate::frames::Ctx;

/// Gives each shared term and scope cue to the agreement its sentence is about.
pub(crate) fn share_out(ctx: &Ctx<'_>, agreements: &mut [Agreement]) {
    if agreements.len() < 2 {
        return;
    }
    let own = own_sentences(ctx, agreements);
    // The agreement each sentence is about, found when first asked.
    let about: Vec<std::cell::OnceCell<Option<usize>>> =
        vec![std::cell::OnceCell::new(); ctx.doc.sentences.len()];
    let about = |ags: &[Agreement], s: usize| *about[s].get_or_init(|| owner(ctx, ags, &own, s));
    terms(ctx, agreements, &own, &about);
    scopes(ctx, agreements, &about);
}

/// The agreement a sentence is about ([`owner`]), read once per sentence.
type About<'a> = dyn Fn(&[Agreement], usize) -> Option<usize> + 'a;

/// The token that starts at byte `start`, if any.
fn token_at(ctx: &Ctx<'_>, start: usize) -> Option<usize> {
    let k = ctx.doc.tokens.partition_point(|t| t.start < start);
    ctx.doc
        .tokens
        .get(k)
        .filter(|t| t.start == start)
        .map(|_| k)
}

fn sentence_at(ctx: &Ctx<'_>, start: usize) -> Option<usize> {
    token_at(ctx, start).and_then(|k| ctx.doc.sentence_of.get(k).copied())
}

/// For each agreement, the tokens where the text names its own partners: the parties no
/// other agreement of the article has.
fn own_sentences(ctx: &Ctx<'_>, agreements: &[Agreement]) -> Vec<Vec<usize>> {
    (0..agreements.len())
        .map(|i| {
            let mut out: Vec<usize> = agreements[i]
                .parties
                .iter()
                .filter(|p| {
                    agreements
                        .iter()
                        .enumerate()
                        .all(|(j, a)| j == i || !a.parties.iter().any(|q| q.name == p.name))
                })
                .flat_map(|p| p.evidence.iter().filter_map(|e| token_at(ctx, e.start)))
                .collect();
            crate::sort::all(&mut out);
            out
        })
        .collect()
}

/// The agreement sentence `s` is about: the one agreement whose own partner it names, or
/// else the one agreement of the instrument it names.
fn owner(ctx: &Ctx<'_>, agreements: &[Agreement], own: &[Vec<usize>], s: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let named: Vec<usize> = (0..own.len())
        .filter(|&i| own[i].iter().any(|&k| doc.sentence_of[k] == s))
        .collect();
    match named[..] {
        [i] => return Some(i),
        [] => {}
        _ => return None,
    }
    if ctx.is_title(s) {
        return None;
    }
    let (a, b) = doc.sentences[s].tokens;
    let mut kinds: Vec<AgreementType> = ctx
        .lex
        .instruments
        .find(doc, a, b, ctx.lang)
        .into_iter()
        .map(|h| h.value)
        .filter(|&k| k != AgreementType::Partnership)
        .collect();
    kinds.dedup();
    let [kind] = kinds[..] else {
        return None;
    };
    let of_kind: Vec<usize> = (0..agreements.len())
        .filter(|&i| agreements[i].kind == kind)
        .collect();
    match of_kind[..] {
        [i] => Some(i),
        _ => None,
    }
}

/// "A signed a five-year agreement with B and a memorandum with C": the agreement whose own
/// partner is named right after the term, past its instrument and a "with".
fn partner_after(ctx: &Ctx<'_>, own: &[Vec<usize>], to: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let b = doc.sentences[doc.sentence_of[to.saturating_sub(1)]]
        .tokens
        .1;
    let with =
        (to..b.min(to + 8)).find(|&k| matches!(doc.tokens[k].fold.as_str(), "with" | "avec"))?;
    let named: Vec<usize> = (0..own.len())
        .filter(|&i| own[i].iter().any(|&k| k > with && k < (with + 7).min(b)))
        .collect();
    match named[..] {
        [i] => Some(i),
        _ => None,
    }
}

/// A term stated for several agreements stays with the one its sentence is about.
fn terms(ctx: &Ctx<'_>, agreements: &mut [Agreement], own: &[Vec<usize>], about: &About<'_>) {
    let spans: Vec<Option<Span>> = agreements
        .iter()
        .map(|a| a.duration_evidence.first().copied())
        .collect();
    for (i, span) in spans.iter().enumerate() {
        let Some(span) = *span else { continue };
        let sharing: Vec<usize> = (0..agreements.len())
            .filter(|&j| spans[j] == Some(span))
            .collect();
        if sharing.len() < 2 || sharing[0] != i {
            continue;
        }
        let Some(s) = sentence_at(ctx, span.start) else {
            continue;
        };
        let to = ctx.doc.tokens.partition_point(|t| t.start < span.end);
        let Some(keep) = partner_after(ctx, own, to).or_else(|| about(agreements, s)) else {
            continue;
        };
        if !sharing.contains(&keep) {
            continue;
        }
        for &j in sharing.iter().filter(|&&j| j != keep) {
            agreements[j].duration_months = None;
            agreements[j].duration_evidence.clear();
        }
    }
}

/// A scope label all of whose cues stand in sentences about other agreements is not this
/// agreement's.
fn scopes(ctx: &Ctx<'_>, agreements: &mut [Agreement], about: &About<'_>) {
    // For each label of each agreement, the one agreement all its cues speak of.
    let said_of: Vec<Vec<Option<usize>>> = agreements
        .iter()
        .map(|a| {
            a.scope
                .iter()
                .map(|item| {
                    let mut owners = item
                        .evidence
                        .iter()
                        .map(|e| sentence_at(ctx, e.start).and_then(|s| about(agreements, s)));
                    let first = owners.next().flatten()?;
                    owners.all(|o| o == Some(first)).then_some(first)
                })
                .collect()
        })
        .collect();
    for (i, ag) in agreements.iter_mut().enumerate() {
        let mut n = 0;
        ag.scope.retain(|_| {
            n += 1;
            said_of[i][n - 1].is_none_or(|j| j == i)
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Date, Options};

    fn agreements(text: &str) -> Vec<crate::Agreement> {
        let options = Options {
            reference_date: Date::new(2026, 3, 4),
            ..Options::default()
        };
        analyze(text, &options).expect("small input").agreements
    }

    #[test]
    fn a_term_and_its_cues_stay_with_the_agreement_they_are_said_of() {
        let found = agreements(
            "Agency signs two cyber deals\n\nThe Zarvolen Digital Agency on Monday signed a \
             five-year cooperation agreement with Kornik University and a memorandum of \
             understanding with Velstra Telecom Ltd.\n\nUnder the agreement with Kornik \
             University, the two will run joint research on secure software. The memorandum \
             with Velstra Telecom covers the sharing of threat intelligence.\n",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        let with = |name: &str| {
            found
                .iter()
                .find(|a| a.parties.iter().any(|p| p.name.starts_with(name)))
                .expect("an agreement with that partner")
        };
        let labels = |a: &crate::Agreement| -> Vec<String> {
            a.scope.iter().map(|s| s.label.clone()).collect()
        };
        assert_eq!(with("Kornik").duration_months, Some(60));
        assert_eq!(with("Velstra").duration_months, None);
        assert!(labels(with("Kornik")).contains(&"research".to_string()));
        assert!(!labels(with("Velstra")).contains(&"research".to_string()));
        assert!(labels(with("Velstra")).contains(&"threat_intelligence".to_string()));
        assert!(!labels(with("Kornik")).contains(&"threat_intelligence".to_string()));
    }
}
