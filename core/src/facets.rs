//! The facts of the agreement besides its parties: the kind of instrument, the signing
//! date (resolved against the reference date), the place and the term.
//!
//! Each is read from the sentences that report the agreement first, then from sentences
//! about the signing ceremony. A date that dates a statement ("according to a statement on
//! June 7") or an earlier agreement ("previously signed on July 19, 2011") is not a
//! signing date.
//!
//! When an article reports several agreements, each takes its date, place and term from its
//! own sentences: a sentence that reports another signing (other bodies, "also", "a
//! separate MoU") and the rest of its paragraph are left out. A virtual signing has no
//! place; an event named after its city gives the place only where the signing is told.
//! A venue gives its city ("at the Golden Palm Hotel, Accra", "à l'hôtel X de Yamoussoukro",
//! "at the agency's headquarters on Cedar Road, Lusaka", "au campus de Moncton"), a town
//! hall its town ("at Dunmere Town Hall"), a district its city ("in South Jakarta"),
//! a state places a town the tables do not hold ("in Elmina, Ghana"), and the sentence right
//! after a report that says the event took place gives its day and place.
//! The term is the agreement's own ("valid for three years", "renewable every two years",
//! "un accord quinquennal", "renewed for three more years", "prorogé de deux ans"), never
//! the length of past work or of a course; the length of the project the agreement is for
//! ("an agreement for a three-year project") stands for it only when the text states no
//! term of its own.
//!
//! An agreement that renews, extends or follows an earlier one between the same parties
//! ("renewed their memorandum", "the second agreement between them", "l'accord a été
//! reconduit") is marked as a renewal, with the earlier signing's year when the text gives
//! it ("the first was signed in 2014", "signé pour la première fois en 2014"); a renewal the
//! future may bring ("can be renewed", "renewable", "sera prolongé") is not one.

use crate::dates::{resolve, year_hint, DateValue};
use crate::facts::{Agreement, AgreementType, Renewal, Span};
use crate::frames::Ctx;
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
/// `several` says the article reports more than one agreement.
pub(crate) fn fill(ctx: &Ctx<'_>, ag: &mut Agreement, several: bool) {
    let main: Vec<usize> = ctx
        .triggers
        .iter()
        .filter(|t| !t.background && !t.negated)
        .map(|t| t.sent)
        .collect();
    // An article may report several agreements: each takes its type, date, place and term
    // from its own sentences, never from those that report another one.
    let counts = named_counts(ctx, ag);
    let foreign = foreign_sentences(ctx, ag, &counts);
    // The instrument: the most specific one the reporting sentences name, if it is named
    // twice or in one of the best sentences (a weaker sentence may recall another
    // instrument once: "on the 22nd they also signed a joint declaration").
    let own = ctx
        .triggers
        .iter()
        .any(|t| !t.background && !t.negated && !t.instruments.is_empty() && !foreign[t.sent]);
    let foreign_ref = &foreign;
    let live = || {
        ctx.triggers
            .iter()
            .filter(move |t| !(t.background || t.negated || (own && foreign_ref[t.sent])))
    };
    // "The agreement, concluded between …" only points back to an instrument named
    // elsewhere: it does not set the bar a more specific instrument must reach.
    let anaphor = |a: usize| {
        a.checked_sub(1)
            .is_some_and(|k| word_set!("facets_fill").contains(&ctx.doc.tokens[k]))
    };
    // A headline's loose word ("seal cyber pact", "sign deal") sets no bar for the body's
    // precise instrument ("signed a memorandum of understanding"): the bar is the body's
    // best sentence, and what the headline names stays credible beside it.
    let body_named =
        live().any(|t| !ctx.is_title(t.sent) && t.instruments.iter().any(|&(_, a, _)| !anaphor(a)));
    let top = live()
        .filter(|t| !(body_named && ctx.is_title(t.sent)))
        .filter(|t| t.instruments.iter().any(|&(_, a, _)| !anaphor(a)))
        .map(|t| t.score())
        .max()
        .or_else(|| {
            live()
                .filter(|t| !t.instruments.is_empty())
                .map(|t| t.score())
                .max()
        });
    // "We talk about the new agreement between A and B. … The two agencies signed a
    // memorandum of understanding": when the best sentence only names an instrument, one
    // the body says was signed (not "also", not "another") is credible too.
    let top_unsigned = !live().any(|t| {
        t.sign && !t.instruments.is_empty() && Some(t.score()) == top && !ctx.is_title(t.sent)
    });
    let signed_plainly = |ty: AgreementType| {
        live().any(|t| {
            let (a, b) = ctx.doc.sentences[t.sent].tokens;
            t.sign
                && !ctx.is_title(t.sent)
                && t.instruments.iter().any(|i| i.0 == ty)
                && !ctx.doc.tokens[a..b].iter().any(|x| {
                    matches!(
                        x.fold.as_str(),
                        "also"
                            | "another"
                            | "separate"
                            | "further"
                            | "autre"
                            | "egalement"
                            | "aussi"
                    )
                })
        })
    };
    let credible = |ty: AgreementType| {
        let named: Vec<(i32, bool)> = live()
            .flat_map(|t| {
                t.instruments
                    .iter()
                    .map(move |i| (t.score(), i.0, ctx.is_title(t.sent)))
            })
            .filter(|&(_, it, _)| it == ty)
            .map(|(score, _, title)| (score, title))
            .collect();
        named.len() >= 2
            || named
                .iter()
                .any(|&(score, title)| Some(score) == top || (body_named && title))
            || (top_unsigned && signed_plainly(ty))
    };
    let mut best: Option<(AgreementType, usize, usize)> = None;
    for t in live() {
        for &(ty, a, b) in &t.instruments {
            if best.is_none_or(|(bt, _, _)| type_rank(ty) < type_rank(bt)) && credible(ty) {
                best = Some((ty, a, b));
            }
        }
    }
    // A partnership whose instrument the text says was signed ("… a noué un partenariat.
    // L'accord a été signé le …") is that instrument.
    if best.is_none_or(|(bt, _, _)| bt == AgreementType::Partnership) {
        for t in live().filter(|t| t.sign) {
            for &(ty, a, b) in &t.instruments {
                if ty != AgreementType::Partnership
                    && best.is_none_or(|(bt, _, _)| type_rank(ty) < type_rank(bt))
                {
                    best = Some((ty, a, b));
                }
            }
        }
    }
    if let Some(own) = paired_instrument(ctx, ag, &foreign) {
        best = Some(own);
    } else if let Some(own) = several.then(|| own_instrument(ctx, ag)).flatten() {
        best = Some(own);
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
    let main: Vec<usize> = main.into_iter().filter(|&s| !foreign[s]).collect();
    let mut ceremony: Vec<usize> = ceremony_sentences(ctx)
        .into_iter()
        .filter(|&s| !foreign[s])
        .collect();
    // "The event took place at the Radisson Blu in Kigali on Monday", "La rencontre a eu
    // lieu lundi à Cotonou": the sentence right after a report tells where and when.
    for &m in &main {
        let s = m + 1;
        if s < ctx.doc.sentences.len()
            && !foreign[s]
            && !ceremony.contains(&s)
            && !ctx.is_title(s)
            && ctx.doc.sentences[s].line <= ctx.doc.sentences[m].line + 2
            && took_place(ctx, s)
        {
            ceremony.push(s);
        }
    }
    // "The partnership was presented on Wednesday at …", "L'alliance a été dévoilée mardi
    // à …": the sentence that makes the instrument public tells when and where.
    for (s, _) in ctx.doc.body_sentences().take(8) {
        if !foreign[s]
            && !main.contains(&s)
            && !ceremony.contains(&s)
            && !ctx.is_title(s)
            && !ctx.has_cue(s, Cue::Background)
            && !dated_past(ctx, s)
            && !ahead(ctx, s)
            && !recalls_past(ctx, s)
            && made_public(ctx, s)
        {
            ceremony.push(s);
        }
    }
    signing_date(ctx, ag, &main, &ceremony);
    location(ctx, ag, &main, &ceremony, &foreign);
    // A term belongs to the agreement reported last before it.
    if several {
        duration(
            ctx,
            ag,
            &main,
            &reported_elsewhere(ctx, ag, &foreign, &counts),
        );
    } else {
        duration(ctx, ag, &main, &foreign);
    }
    renewal(ctx, ag, &foreign);
}

/// In an article that reports several agreements, the one instrument of the sentence that
/// names all of this agreement's parties ("- a memorandum of understanding between A and B
/// on …" in a list of the instruments signed).
fn own_instrument(ctx: &Ctx<'_>, ag: &Agreement) -> Option<(AgreementType, usize, usize)> {
    let live = || {
        ctx.triggers.iter().filter(|t| {
            !(t.background || t.negated) && t.instruments.len() == 1 && !ctx.is_title(t.sent)
        })
    };
    if ag.parties.len() < 2 {
        return None;
    }
    // "The first, a memorandum of understanding with B, …": the part of its partner.
    let part_of = |s: usize| {
        crate::frames::ordinal_partners(ctx, s).iter().any(|&mi| {
            let start = ctx.doc.tokens[ctx.ents.mentions[mi].first].start;
            ag.parties
                .iter()
                .any(|p| p.evidence.iter().any(|e| e.start == start))
        })
    };
    let covers_all = |s: usize| {
        let sentence = ctx.doc.sentences[s].span;
        ag.parties
            .iter()
            .all(|p| p.evidence.iter().any(|e| sentence.covers(e)))
    };
    // "It then signed a cooperation agreement with C": the instrument whose "with" names
    // a party of this agreement right after it.
    let toks = &ctx.doc.tokens;
    let party_at = |k: usize| party_starts_at(ctx, ag, k);
    // "In a separate agreement signed at the same event, the agency also entered into a
    // cooperation agreement with C": of several instruments, the one paired with C.
    let paired = |t: &crate::frames::Trigger| {
        let b = ctx.doc.sentences[t.sent].tokens.1;
        t.instruments.iter().copied().find(|&(_, _, last)| {
            (last..(last + 6).min(b))
                .find(|&k| matches!(toks[k].fold.as_str(), "with" | "avec"))
                .is_some_and(|k| (k + 1..(k + 7).min(b)).any(party_at))
        })
    };
    live()
        .find(|t| part_of(t.sent))
        .or_else(|| live().find(|t| covers_all(t.sent)))
        .map(|t| t.instruments[0])
        .or_else(|| {
            ctx.triggers
                .iter()
                .filter(|t| !(t.background || t.negated || ctx.is_title(t.sent)))
                .find_map(paired)
        })
}

/// Whether a party of `ag` is named from token `k` on (its evidence starts there).
fn party_starts_at(ctx: &Ctx<'_>, ag: &Agreement, k: usize) -> bool {
    let start = ctx.doc.tokens[k].start;
    ag.parties
        .iter()
        .any(|p| p.evidence.iter().any(|e| e.start == start))
}

/// "A signed an agreement with B and a memorandum of understanding with C": a reporting
/// sentence that pairs two or more instruments each with its own partner ("with", "avec"
/// right after the instrument) gives each agreement the instrument paired with its party.
fn paired_instrument(
    ctx: &Ctx<'_>,
    ag: &Agreement,
    foreign: &[bool],
) -> Option<(AgreementType, usize, usize)> {
    let toks = &ctx.doc.tokens;
    let party_at = |k: usize| party_starts_at(ctx, ag, k);
    for t in ctx.triggers.iter().filter(|t| !(t.background || t.negated)) {
        if foreign.get(t.sent).copied().unwrap_or(false) || t.instruments.len() < 2 {
            continue;
        }
        let (_, b) = ctx.doc.sentences[t.sent].tokens;
        // Each instrument and the "with" at most four words after it, no other instrument
        // between.
        let pairs: Vec<((AgreementType, usize, usize), usize)> = t
            .instruments
            .iter()
            .enumerate()
            .filter_map(|(n, &ins)| {
                let stop = t.instruments.get(n + 1).map_or(b, |x| x.1).min(ins.2 + 5);
                (ins.2..stop)
                    .find(|&k| matches!(toks[k].fold.as_str(), "with" | "avec"))
                    .map(|k| (ins, k))
            })
            .collect();
        if pairs.len() < 2 {
            continue;
        }
        // The party named right after the "with" ("with the X", "avec l'X", "with Japan's
        // X").
        if let Some(&(ins, _)) = pairs
            .iter()
            .find(|&&(_, k)| (k + 1..b.min(k + 5)).any(party_at))
        {
            return Some(ins);
        }
    }
    None
}

/// In an article of several agreements, the sentences `foreign` marks and those that follow
/// a report of another agreement (one naming a body that is not a party of `ag`, and not
/// all of `ag`'s parties) until a report of `ag` itself: "A and B signed an MoU … It runs
/// for three years. At the same meeting, B and C signed a declaration" gives the term to
/// the MoU only.
fn reported_elsewhere(
    ctx: &Ctx<'_>,
    ag: &Agreement,
    foreign: &[bool],
    (ours, others): &Counts,
) -> Vec<bool> {
    let all = ag.parties.len().min(2);
    let mut out = foreign.to_vec();
    let mut elsewhere = false;
    for (si, _) in ctx.doc.body_sentences() {
        let reports = ctx
            .triggers
            .iter()
            .any(|t| t.sent == si && t.sign && !t.background && !t.negated);
        let partners = crate::frames::ordinal_partners(ctx, si);
        if !partners.is_empty() {
            // A part names its partner: "• Services agreement with B, signed by …".
            elsewhere = !partners.iter().any(|&mi| {
                let m = &ctx.ents.mentions[mi];
                names_party(ctx, ag, m.first, m.last)
            });
        } else if reports || ours[si] >= all {
            elsewhere = reports && ours[si] < all && others[si] > 0;
        }
        out[si] |=
            elsewhere || ours[si] < all && others[si] > 0 && instrument_with_other(ctx, ag, si);
        out[si] &= !of_every_instrument(ctx, si);
    }
    out
}

/// Whether sentence `s` speaks of every instrument the article reports: "Both memorandums
/// run for two years", "The three agreements were signed in Suva", « Les deux conventions
/// courent sur trois ans », "Each agreement …".
fn of_every_instrument(ctx: &Ctx<'_>, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    (a..b).any(|k| {
        let f = doc.tokens[k].fold.as_str();
        let all = matches!(f, "both" | "all" | "each" | "chacun" | "chacune")
            || (crate::frames::count_word(f).is_some_and(|n| n >= 2)
                && k > a
                && matches!(
                    doc.tokens[k - 1].fold.as_str(),
                    "the" | "les" | "ces" | "these"
                ));
        all && (k + 1..(k + 3).min(b))
            .any(|j| deal_at(ctx, j, b) || word_set!("counted_documents").contains(&doc.tokens[j]))
    })
}

/// Whether sentence `s` names an instrument with a body that is not a party of `ag`: "The
/// five-year agreement with B provides …", "La convention avec B, d'une durée de trois ans,
/// …" speaks of the agreement with B, not of `ag`.
fn instrument_with_other(ctx: &Ctx<'_>, ag: &Agreement, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    (a..b).any(|j| {
        deal_at(ctx, j, b)
            && (j + 1..(j + 4).min(b))
                .find(|&k| matches!(doc.tokens[k].fold.as_str(), "with" | "avec"))
                .is_some_and(|k| {
                    ctx.starting_in(k + 1, (k + 4).min(b)).any(|mi| {
                        let m = &ctx.ents.mentions[mi];
                        matches!(m.kind, crate::entities::MentionKind::Org { .. })
                            && !names_party(ctx, ag, m.first, m.last)
                    })
                })
    })
}

/// Whether tokens `a..b` are a party of `ag`: its evidence, its name or an alias.
fn names_party(ctx: &Ctx<'_>, ag: &Agreement, a: usize, b: usize) -> bool {
    let doc = &ctx.doc;
    let (start, end) = (doc.tokens[a].start, doc.tokens[b - 1].end);
    ag.parties.iter().any(|p| {
        p.evidence.iter().any(|e| e.start < end && start < e.end) || {
            let text = doc.slice(a, b);
            p.name.eq_ignore_ascii_case(text)
                || p.aliases.iter().any(|x| x.eq_ignore_ascii_case(text))
        }
    })
}

/// For each sentence: how many parties of an agreement it names, and how many other
/// organisations ([`named_counts`]).
type Counts = (Vec<usize>, Vec<usize>);

/// For each sentence, how many of the parties of `ag` it names (a party's state stands for
/// it), and how many other organisations.
fn named_counts(ctx: &Ctx<'_>, ag: &Agreement) -> Counts {
    let doc = &ctx.doc;
    let n = doc.sentences.len();
    let overlaps = |a: usize, b: usize| names_party(ctx, ag, a, b);
    // How many of the parties each sentence names, and how many other organisations.
    let mut ours = vec![0usize; n];
    let mut others = vec![0usize; n];
    for p in &ag.parties {
        let mut seen = vec![false; n];
        for e in &p.evidence {
            if let Ok(t) = doc.tokens.binary_search_by_key(&e.start, |t| t.start) {
                let si = doc.sentence_of[t];
                if !seen[si] {
                    seen[si] = true;
                    ours[si] += 1;
                }
            }
        }
        // A party's state stands for it ("Morocco and the UAE signed" when a Moroccan
        // agency is the party).
        for m in &ctx.ents.mentions {
            if let (crate::entities::MentionKind::Country(c), false) =
                (m.kind, m.modifier || m.possessive)
            {
                let si = doc.sentence_of[m.first];
                if !seen[si] && p.country.as_deref() == Some(ctx.gaz.countries[c].iso2.as_str()) {
                    seen[si] = true;
                    ours[si] += 1;
                }
            }
        }
    }
    for m in &ctx.ents.mentions {
        if matches!(m.kind, crate::entities::MentionKind::Org { .. })
            && !m.modifier
            && m.last > m.first
            && !overlaps(m.first, m.last)
        {
            others[doc.sentence_of[m.first]] += 1;
        }
    }
    (ours, others)
}

/// For each sentence, whether it reports another agreement than `ag`: a signing that
/// names none of its parties but two other organisations ("Acme and the Police Service
/// signed a five-year deal"), or that says it is another one ("also signed … with Acme",
/// "in a separate ceremony", "un autre accord") and names another organisation; and the
/// sentences after it in its paragraph until one names a party of `ag` again.
fn foreign_sentences(ctx: &Ctx<'_>, ag: &Agreement, (ours, others): &Counts) -> Vec<bool> {
    let doc = &ctx.doc;
    let n = doc.sentences.len();
    let mut foreign = vec![false; n];
    if ag.parties.is_empty() {
        return foreign;
    }
    let overlaps = |a: usize, b: usize| names_party(ctx, ag, a, b);
    let all = ag.parties.len().min(2);
    let mut prev_line: Option<usize> = None;
    let mut elsewhere = false;
    // A part named by its ordinal for another partner ("The second, with C, …") and what
    // follows it on its line, or names its partner again ("It was signed by … C's
    // director"): its line and its partner's clusters.
    let mut part: Option<(usize, Vec<usize>)> = None;
    for (si, sent) in doc.body_sentences() {
        let line = sent.line;
        let new_paragraph = prev_line.is_some_and(|p: usize| doc.new_paragraph(p, line));
        prev_line = Some(line);
        let partners = crate::frames::ordinal_partners(ctx, si);
        if !partners.is_empty() {
            let mine = partners.iter().any(|&mi| {
                let m = &ctx.ents.mentions[mi];
                overlaps(m.first, m.last)
            });
            part = (!mine).then(|| {
                let clusters = partners.iter().map(|&mi| ctx.ents.cluster_of[mi]).collect();
                (line, clusters)
            });
            elsewhere = !mine;
            foreign[si] = elsewhere;
            continue;
        }
        if let Some((part_line, clusters)) = &part {
            let again = ctx.by_sentence[si]
                .iter()
                .any(|&mi| clusters.contains(&ctx.ents.cluster_of[mi]));
            if (line == *part_line || again) && ours[si] < all {
                foreign[si] = true;
                continue;
            }
            part = None;
            elsewhere = false;
        }
        if new_paragraph || ours[si] > 0 {
            elsewhere = false;
        }
        let reports = ctx.triggers.iter().any(|t| t.sent == si);
        // A headline that reports a signing of other bodies only, none of these.
        if ctx.is_title(si) {
            foreign[si] = reports && ours[si] == 0 && others[si] > 0;
            continue;
        }
        // "a separate MOU", "another agreement", "un autre accord": another one even when
        // the other body's name was not read as one.
        let (a, b) = sent.tokens;
        let said_other = (a..b).any(|j| {
            matches!(
                doc.tokens[j].fold.as_str(),
                "separate" | "another" | "autre"
            ) && (j + 1..(j + 3).min(b)).any(|x| deal_at(ctx, x, b))
        });
        if reports && (others[si] > 0 || said_other) && ours[si] < all {
            let (a, b) = sent.tokens;
            let toks = &doc.tokens[a..b];
            let deal_at = |j: usize| deal_at(ctx, j, b);
            // "a five-year agreement", "un protocole", "another MoU": a new instrument.
            let indefinite = (a..b).any(|j| {
                word_set!("foreign_sentences").contains(&doc.tokens[j])
                    && (j + 1..(j + 4).min(b))
                        .take_while(|&x| doc.tokens[x].kind != TokKind::Punct)
                        .any(deal_at)
            });
            // "the agreement", "cet accord", "both parties", "les deux institutions": this one.
            let this_one = (a..b).any(|j| {
                word_set!("foreign_sentences_2").contains(&doc.tokens[j])
                    && j + 1 < b
                    && deal_at(j + 1)
            }) || toks.windows(2).any(|w| {
                matches!(w[0].fold.as_str(), "both" | "deux" | "two")
                    && word_set!("foreign_sentences_3").contains(&w[1])
            });
            let another = toks
                .iter()
                .any(|t| word_set!("foreign_sentences_4").contains(t));
            // "The third memorandum, between C and D, …", "In a second memorandum, C and D
            // …": a part the article numbers, between other bodies.
            let numbered = ours[si] == 0
                && others[si] > 0
                && crate::frames::opening_words(doc, si)
                    .any(|t| word_set!("is_ordinal").contains(t));
            if numbered
                || indefinite && !this_one && (another || (ours[si] == 0 && others[si] >= 2))
            {
                elsewhere = true;
            }
        }
        foreign[si] = elsewhere;
    }
    foreign
}

/// Sentences about the signing itself ("the signing ceremony", "la cérémonie de signature"),
/// a photo's caption among them ("Photo: the signing in Port Ruri on Tuesday").
fn ceremony_sentences(ctx: &Ctx<'_>) -> Vec<usize> {
    let doc = &ctx.doc;
    let caption = |line: usize| {
        let (a, b) = doc.lines[line].tokens;
        let f = |k: usize| doc.fold_before(k, b);
        matches!(f(a), "photo" | "caption" | "legende" | "image")
            && (a + 1..(a + 3).min(b)).any(|k| f(k) == ":")
    };
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !doc.lines[s.line].junk || caption(s.line))
        .filter(|(_, s)| {
            let (a, b) = s.tokens;
            ctx.doc.tokens[a..b]
                .iter()
                .any(|t| word_set!("ceremony_sentences").contains(t))
        })
        .map(|(i, _)| i)
        .take(48)
        .collect()
}

/// Whether sentence `s` tells that its instrument was made or made public, the instrument
/// its subject: "The partnership was presented on Wednesday", "The alliance was unveiled",
/// "Le partenariat a été officialisé lundi".
fn made_public(ctx: &Ctx<'_>, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let Some(verb) = (a + 2..b).find(|&k| {
        word_set!("location").contains(&doc.tokens[k])
            && matches!(
                doc.tokens[k - 1].fold.as_str(),
                "was" | "were" | "been" | "ete" | "est" | "sont"
            )
    }) else {
        return false;
    };
    // The instrument opens the sentence after a definite article or a possessive: "The
    // partnership", "Their new alliance", "Le partenariat entre A et B" (not "A similar
    // partnership", another one).
    word_set!("made_public").contains(&doc.tokens[a])
        && (a + 1..(a + 3).min(verb)).any(|k| {
            ctx.lex
                .instruments
                .longest_at(doc, k, verb, ctx.lang)
                .is_some()
                && (a + 1..k).all(|j| !word_set!("another_instrument").contains(&doc.tokens[j]))
        })
}

/// Whether sentence `s` says where or when an event took place ("the event took place",
/// "was held", "s'est déroulée", "a eu lieu", "s'est tenue").
fn took_place(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let f = |k: usize| ctx.doc.fold_before(k, b);
    (a..b).any(|k| match f(k) {
        "took" | "takes" => f(k + 1) == "place",
        "eu" => f(k + 1) == "lieu",
        "deroule" | "deroulee" => true,
        "tenu" | "tenue" => matches!(f(k.wrapping_sub(1)), "s'est" | "est" | "ete"),
        "held" => matches!(f(k.wrapping_sub(1)), "was" | "were"),
        _ => false,
    })
}

/// The reporting sentences in the order to read them for the date and the place: the
/// body's first, in text order (a lead reports the signing; later paragraphs recall other
/// events), then the headline.
fn reading_order(ctx: &Ctx<'_>, main: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = main.to_vec();
    crate::sort::by_key(&mut order, |&s| (ctx.is_title(s), s));
    order.dedup();
    order
}

fn signing_date(ctx: &Ctx<'_>, ag: &mut Agreement, main: &[usize], ceremony: &[usize]) {
    let doc = &ctx.doc;
    let mut order: Vec<usize> = reading_order(ctx, main);
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
    // "Port Ruri March 3/2025 /Newswire/The agency … signed … today": a lead glued to a
    // stamp line, which the body leaves aside, still tells the signing; only above the
    // body's first sentence (a "Previous article: …" line below it is another story).
    let body_line = doc
        .body_sentences()
        .find(|&(i, _)| !ctx.is_title(i))
        .map_or(usize::MAX, |(_, s)| s.line);
    for (i, sent) in doc.sentences.iter().enumerate() {
        if sent.line > 3 || sent.line > body_line {
            break;
        }
        let (a, b) = sent.tokens;
        if doc.lines[sent.line].junk
            && !order.contains(&i)
            && doc.tokens[a..b].iter().any(signs_tok)
            && (a..b).any(|k| {
                ctx.lex
                    .instruments
                    .longest_at(doc, k, b, ctx.lang)
                    .is_some()
            })
        {
            order.push(i);
        }
    }
    // "The two first announced the partnership in January. The memorandum was signed on
    // Monday": a sentence that tells the signing in words comes before one that only
    // announces.
    let signed = |s: usize| {
        let (a, b) = doc.sentences[s].tokens;
        let verbs = word_set!("signs");
        doc.tokens[a..b].iter().any(|t| verbs.contains(t))
    };
    let (told, others): (Vec<usize>, Vec<usize>) = order.iter().partition(|&&s| signed(s));
    let order: Vec<usize> = told.into_iter().chain(others).collect();
    for &s in &order {
        // A report whose background cue stands in a relative clause after it ("…, qui fait
        // suite au protocole de 2022") still dates the signing.
        let reports = ctx.triggers.iter().any(|t| t.sent == s && !t.background);
        if ctx.has_cue(s, Cue::Background) && !reports {
            continue;
        }
        // "signed an MoU with B on Monday and an arrangement with C on Wednesday": each
        // agreement takes the date after its own partner.
        let paired = paired_from(ctx, ag, s).and_then(|from| date_in(ctx, s, from));
        if let Some(found) = paired.or_else(|| date_in(ctx, s, 0)) {
            apply_date(ctx, ag, found);
            return;
        }
        // "En marge de cette rencontre, … ont signé": the date is in the sentence before.
        let (a, b) = doc.sentences[s].tokens;
        let anaphoric = doc.tokens[a..b]
            .iter()
            .any(|t| word_set!("signing_date").contains(t));
        let anaphoric = anaphoric || spoke_at_signing(doc, a, b);
        if anaphoric && s > 0 && doc.sentences[s - 1].line + 2 >= doc.sentences[s].line {
            if let Some(found) = date_in(ctx, s - 1, 0) {
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
    if a > 0 && word_set!("apply_date").contains(&doc.tokens[a - 1]) {
        a -= 1;
    }
    let span = doc.span(a, b);
    ag.signed_on = Some(date);
    ag.signed_on_text = Some(crate::text::one_space(span.slice(doc.text)));
    ag.signed_on_evidence = vec![span];
}

/// Where the dates of this agreement start in sentence `s`, when the sentence reports
/// several instruments each with its own partner: after the last mention of the
/// agreement's parties in it.
fn paired_from(ctx: &Ctx<'_>, ag: &Agreement, s: usize) -> Option<usize> {
    let t = ctx.triggers.iter().find(|t| t.sent == s)?;
    if t.instruments.len() < 2 {
        return None;
    }
    let (a, b) = ctx.doc.sentences[s].tokens;
    let sentence = ctx.doc.sentences[s].span;
    let last = ag
        .parties
        .iter()
        .flat_map(|p| p.evidence.iter())
        .filter(|e| sentence.covers(e))
        .map(|e| e.end)
        .max()?;
    (a..b).find(|&k| ctx.doc.tokens[k].start >= last)
}

/// The first date of sentence `s`, from token `from` on, that can be a signing date.
fn date_in(
    ctx: &Ctx<'_>,
    s: usize,
    from: usize,
) -> Option<(crate::date::PartialDate, usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let from = ctx.dates.partition_point(|d| d.first < a.max(from));
    let to = ctx.dates.partition_point(|d| d.first < b);
    // Where a date that dates a statement ended: a bracketed date right after it restates it
    // ("announced on Monday (Aug 23)").
    let mut statement_end = None;
    // A span of days dates an event the sentence sets the signing in ("En marge du salon,
    // qui se tient du 1er au 3 décembre, … ont signé mardi"): a day after it is the
    // signing's, else the span's month.
    let mut span_month = None;
    for d in ctx.dates[from..to]
        .iter()
        .filter(|d| d.last <= b && d.is_datelike())
    {
        let span = doc.span(d.first, d.last);
        if ctx.published_span.is_some_and(|p| p.covers(&span)) {
            continue;
        }
        let restated =
            statement_end.is_some_and(|e: usize| d.first == e + 1 && doc.tokens[e].is_punct("("));
        // "according to a statement on June 7th", "said Friday", "officials said on Tuesday";
        // "On May 2, the ministry announced that it had signed …".
        // "issued a joint statement on Friday": the statement is the instrument.
        let joint_statement = (d.first.saturating_sub(4).max(a)..d.first).any(|k| {
            doc.tokens[k].fold == "statement" && k > a && doc.tokens[k - 1].fold == "joint"
        });
        if restated
            || (ctx.cue_before(d.first, 2, Cue::Statement) && !joint_statement)
            || announces(ctx, d.last, b)
            || announced_on(doc, a, d.first)
        {
            statement_end = Some(d.last);
            continue;
        }
        // "PORT RURI, March 3 (Newswire) –": a dateline dates the report.
        if dateline(doc, d.first, d.last) {
            continue;
        }
        // "next Monday", "lundi prochain": a plan.
        if (d.first > a && matches!(doc.tokens[d.first - 1].fold.as_str(), "next" | "coming"))
            || doc
                .tokens
                .get(d.last)
                .is_some_and(|t| matches!(t.fold.as_str(), "prochain" | "prochaine"))
        {
            continue;
        }
        // "valid until March 2027", "effective from 1 April", "jusqu'au 31 décembre", "by
        // the end of this month", "d'ici la fin de ce mois": a term or a deadline.
        let mut p = d.first;
        while p > a && word_set!("date_in").contains(&doc.tokens[p - 1]) {
            p -= 1;
        }
        if p > a && word_set!("date_in_2").contains(&doc.tokens[p - 1]) {
            continue;
        }
        // "when she visited the region in March 2019": the date of another event that
        // a clause of its own tells (not "signed when the minister visited on Monday").
        if other_event(doc, a, d.first) || fronted_date(ctx, a, b, d.first) {
            continue;
        }
        // "Tuesday this week" without a reference date stays unknown; "this week" alone too.
        let hint = year_hint(doc, &ctx.dates, d.first).or_else(|| weekday_year(ctx, d));
        let resolved = resolve(d.value, ctx.reference, hint);
        let Some(mut date) = resolved else { continue };
        // "on Tuesday last week", "mardi de la semaine dernière": that weekday of the week
        // before the reference date's.
        if let (DateValue::Weekday(w), Some(r)) = (d.value, ctx.reference) {
            let f = |k: usize| doc.fold_before(k, b);
            let mut k = d.last;
            if matches!(f(k), "of" | "de") {
                k += 1;
            }
            if (f(k) == "last" && f(k + 1) == "week")
                || (f(k) == "la" && f(k + 1) == "semaine" && f(k + 2) == "derniere")
            {
                let monday = r.add_days(-i64::from(r.weekday()));
                date = crate::date::PartialDate::Day(monday.add_days(i64::from(w) - 7));
            } else if w == r.weekday()
                && ((d.first > a && doc.tokens[d.first - 1].fold == "last")
                    || matches!(f(d.last), "dernier" | "passe" | "last"))
            {
                // "last Wednesday", "mercredi dernier" written on a Wednesday: a week before.
                date = crate::date::PartialDate::Day(r.add_days(-7));
            }
        }
        if let Some(r) = ctx.reference {
            let delta = |date: crate::date::PartialDate| {
                let day = match date {
                    crate::date::PartialDate::Day(x) => x,
                    crate::date::PartialDate::Month { year, month } => {
                        crate::date::Date::new(year, month, 1).unwrap_or(r)
                    }
                };
                day.to_days() - r.to_days()
            };
            // "03/11/2025" written month first: the other reading, when only it falls in
            // the article's time.
            if !(-400..=7).contains(&delta(date)) {
                if let Some(other) = swapped_reading(doc, d) {
                    date = crate::date::PartialDate::Day(other);
                }
            }
            // Signed more than about a year before the article, or well after it: another
            // agreement, or a plan.
            if !(-400..=7).contains(&delta(date)) {
                continue;
            }
        } else if matches!(d.value, DateValue::MonthYear { .. }) && ctx.has_cue(s, Cue::Background)
        {
            continue;
        }
        if matches!(d.value, DateValue::Span { .. }) {
            span_month = span_month.or(Some((date, d.first, d.last)));
            continue;
        }
        return Some((date, d.first, d.last));
    }
    span_month
}

/// The year of a day and month written without one next to a weekday ("on Friday (Sept.
/// 26)", "Friday, September 26"), when the text gives no reference date: the only year the
/// text names in which that day falls on that weekday.
fn weekday_year(ctx: &Ctx<'_>, d: &crate::dates::DateMention) -> Option<i32> {
    let DateValue::MonthDay { month, day } = d.value else {
        return None;
    };
    if ctx.reference.is_some() {
        return None;
    }
    let doc = &ctx.doc;
    let weekday_at = |k: usize| match doc.tokens.get(k).and_then(|t| ctx.lex.calendar.get(t)) {
        Some(&crate::lexicon::Calendar::Weekday(w)) if doc.tokens[k].fold.len() >= 5 => Some(w),
        _ => None,
    };
    // The weekday opens the mention, or stands just before it ("Friday (", "Friday, ").
    let w = weekday_at(d.first).or_else(|| {
        let p = d.first.checked_sub(1)?;
        let p = if doc.tokens[p].is_punct("(") || doc.tokens[p].is_punct(",") {
            p.checked_sub(1)?
        } else {
            p
        };
        weekday_at(p)
    })?;
    let mut years: Vec<i32> = ctx
        .dates
        .iter()
        .filter_map(|m| match m.value {
            DateValue::Year(y) | DateValue::MonthYear { year: y, .. } => Some(y),
            DateValue::Full(x) => Some(x.year),
            DateValue::Span { year, .. } => year,
            _ => None,
        })
        .filter(|&y| crate::date::Date::new(y, month, day).is_some_and(|x| x.weekday() == w))
        .collect();
    crate::sort::all(&mut years);
    years.dedup();
    match years.as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}

/// The other reading of a numeric date whose two first numbers could each be the month
/// ("03/11/2025": 3 November or March 11), if it is a date.
fn swapped_reading(
    doc: &crate::text::Doc<'_>,
    d: &crate::dates::DateMention,
) -> Option<crate::date::Date> {
    let DateValue::Full(x) = d.value else {
        return None;
    };
    let t = &doc.tokens[d.first];
    // Day and month first, as two glued numbers and separators ("03/11/2025") or one
    // word ("03-11-2025"); a year first ("2025/03/11", "2025-03-11") is never read the
    // other way.
    let lead = t.fold.split('-').next().unwrap_or("");
    let numeric = lead.len() <= 2
        && ((d.last == d.first + 5 && t.kind == TokKind::Num)
            || (d.last == d.first + 1 && t.kind == TokKind::Word && t.fold.contains('-')));
    if !numeric || x.day > 12 || x.day == x.month {
        return None;
    }
    crate::date::Date::new(x.year, x.day, x.month)
}

/// Whether sentence `s` tells an earlier event without a date: "two years after the sides
/// first met in Geneva", "three years ago", "deux ans après leur première rencontre".
fn recalls_past(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let f = |k: usize| ctx.doc.fold_before(k, b);
    (a..b).any(|k| match f(k) {
        "ago" => true,
        "years" | "months" | "ans" | "mois" => matches!(f(k + 1), "after" | "apres" | "since"),
        "first" => matches!(f(k + 1), "met" | "meeting" | "visited" | "signed"),
        "premiere" => f(k + 1) == "rencontre",
        _ => false,
    })
}

/// Whether the sentence `a..b` tells a meeting besides the signing: "the two teams also met
/// in Victoria", "separately, the ministers held talks", "se sont également réunis".
fn another_meeting(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    let f = |k: usize| doc.fold_before(k, b);
    (a..b).any(|k| {
        matches!(f(k), "also" | "separately" | "egalement" | "aussi")
            && (k + 1..(k + 3).min(b))
                .any(|j| word_set!("location_2").contains(&doc.tokens[j]) || f(j) == "reunis")
    })
}

/// Whether sentence `s` dates what it tells well before the article ("the 2019 forum held
/// in Port Ruri", "in March 2021"): more than about a year before the reference date.
pub(crate) fn dated_past(ctx: &Ctx<'_>, s: usize) -> bool {
    let Some(r) = ctx.reference else {
        return false;
    };
    let (a, b) = ctx.doc.sentences[s].tokens;
    let from = ctx.dates.partition_point(|d| d.first < a);
    let to = ctx.dates.partition_point(|d| d.first < b);
    ctx.dates[from..to].iter().any(|d| match d.value {
        DateValue::Year(y) => y < r.year - 1,
        _ => resolve(d.value, Some(r), None).is_some_and(|p| {
            let day = match p {
                crate::date::PartialDate::Day(x) => x,
                crate::date::PartialDate::Month { year, month } => {
                    crate::date::Date::new(year, month, 1).unwrap_or(r)
                }
            };
            day.to_days() < r.to_days() - 400
        }),
    })
}

/// Whether sentence `s` dates what it tells, and only on other days (or months) than
/// `signed`.
pub(crate) fn dated_otherwise(ctx: &Ctx<'_>, s: usize, signed: crate::date::PartialDate) -> bool {
    use crate::date::PartialDate;
    let (a, b) = ctx.doc.sentences[s].tokens;
    let from = ctx.dates.partition_point(|d| d.first < a);
    let month = |p: PartialDate| match p {
        PartialDate::Day(x) => (x.year, x.month),
        PartialDate::Month { year, month } => (year, month),
    };
    let mut dates = ctx.dates[from..]
        .iter()
        .take_while(|d| d.first < b)
        .filter(|d| d.is_datelike() && !matches!(d.value, DateValue::Year(_)))
        .filter_map(|d| resolve(d.value, ctx.reference, None))
        .peekable();
    dates.peek().is_some()
        && dates.all(|p| match (p, signed) {
            (PartialDate::Day(x), PartialDate::Day(y)) => x != y,
            _ => month(p) != month(signed),
        })
}

/// Verbs that sign: a date before one of them can date the signing.
/// Whether the date at token `at` of a sentence starting at `a` stands in a "when" clause
/// that tells another event than the signing ("when he visited the country in May",
/// "lorsqu'il s'est rendu à Port Ruri en mai"), with no signing verb in it or in the words
/// it hangs on.
fn other_event(doc: &crate::text::Doc<'_>, a: usize, at: usize) -> bool {
    let lo = at.saturating_sub(12).max(a);
    let Some(w) = (lo..at)
        .rev()
        .find(|&j| word_set!("other_event").contains(&doc.tokens[j]))
    else {
        return false;
    };
    // The signing verb the clause hangs on: "signed a memorandum of understanding when …".
    let mut before = w;
    while before > a && w - before < 8 && doc.tokens[before - 1].kind != TokKind::Punct {
        before -= 1;
    }
    !doc.tokens[before..at].iter().any(signs_tok)
        && doc.tokens[w + 1..at].iter().any(|t| t.is_word())
}

fn signs(fold: &str) -> bool {
    word_set!("signs").contains_str(fold)
}

/// [`signs`] for a token: its word's number, no look-up of its text.
fn signs_tok(t: &crate::text::Token) -> bool {
    word_set!("signs").contains(t)
}

/// Verbs that report: "announced", "said", "a annoncé".
fn reports(fold: &str) -> bool {
    word_set!("reports").contains_str(fold)
}

/// Whether a date ending at token `from` opens a clause whose verb reports rather than
/// signs ("On May 2, the ministry announced that it had signed …"): a reporting verb comes
/// before any signing verb, and a signing verb follows it.
fn announces(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let toks = &ctx.doc.tokens[from..to];
    let Some(r) = toks.iter().position(|t| reports(&t.fold)) else {
        return false;
    };
    // "today announced the signing of", "annonce la signature de".
    let signing = |t: &crate::text::Token| {
        signs_tok(t) || matches!(t.fold.as_str(), "signing" | "signature" | "conclusion")
    };
    // "today announced a strategic partnership with": the agreement is what is announced.
    let verb = &toks[r].fold;
    let announced_deal = (verb.starts_with("announc") || verb.starts_with("annonc"))
        && (from + r + 1..(from + r + 5).min(to)).any(|j| deal_at(ctx, j, to));
    !toks[..r].iter().any(signs_tok) && (toks[r..].iter().any(signing) || announced_deal)
}

/// Whether the date at tokens `first..` follows a reporting verb ("announced today that
/// it has signed", "annonce aujourd'hui avoir signé", "a annoncé ce mercredi la signature"):
/// it dates the announcement.
fn announced_on(doc: &crate::text::Doc<'_>, a: usize, first: usize) -> bool {
    let mut p = first;
    while p > a && matches!(doc.tokens[p - 1].fold.as_str(), "on" | "ce" | "le" | "this") {
        p -= 1;
    }
    p > a && {
        let w = doc.tokens[p - 1].fold.as_str();
        w.starts_with("announc") || w.starts_with("annonc")
    }
}

/// Whether the date in tokens `first..last` is a dateline's: only a place in capitals (and
/// commas) stands before it on its line, or the line's opening date, and a bracket, a dash
/// or a slash follows ("PORT RURI, QC, le 3 mars 2025 /Newswire/ -").
fn dateline(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> bool {
    let Some(&s) = doc.sentence_of.get(first) else {
        return false;
    };
    let line_start = doc.lines[doc.sentences[s].line].tokens.0;
    let closes = doc.tokens.get(last).is_some_and(|t| {
        t.kind == TokKind::Punct && matches!(t.fold.as_str(), "(" | "/" | "-" | ":")
    });
    if !closes || first == line_start {
        return false;
    }
    let mut k = first;
    let mut place = false;
    while k > line_start {
        let t = &doc.tokens[k - 1];
        if t.cap && t.kind == TokKind::Word {
            place = true;
        } else if !(t.is_punct(",")
            || t.is_punct(".")
            || matches!(t.fold.as_str(), "le" | "on" | "-"))
        {
            // A leading " date 2025-03-06" may come before the place.
            return place
                && (t.kind == TokKind::Num || t.fold.bytes().filter(|&c| c == b'-').count() == 2);
        }
        k -= 1;
        if first - k > 8 {
            return false;
        }
    }
    place
}

fn location(
    ctx: &Ctx<'_>,
    ag: &mut Agreement,
    main: &[usize],
    ceremony: &[usize],
    foreign: &[bool],
) {
    let doc = &ctx.doc;
    // "signed virtually", "par visioconférence": the signing took place nowhere.
    if main.iter().chain(ceremony).any(|&s| remote(ctx, s)) {
        return;
    }
    let mut order: Vec<usize> = reading_order(ctx, main);
    for &s in ceremony {
        // "They had signed a letter of intent in Lusaka in 2021": another signing.
        if !order.contains(&s)
            && !ctx.has_cue(s, Cue::Background)
            && !dated_past(ctx, s)
            && !recalls_past(ctx, s)
            && !another_meeting(doc, doc.sentences[s].tokens.0, doc.sentences[s].tokens.1)
        {
            order.push(s);
        }
    }
    // Meetings and visits of the lead: "the Prime Minister met the President at the State House in Port Ruri";
    // an instrument of the lead made without a signing verb ("At the Ruritania Expo in Port
    // Ruri, a partnership was formed").
    for (i, s) in doc.body_sentences().take(8) {
        let (a, b) = s.tokens;
        if ctx.has_cue(i, Cue::Background)
            || dated_past(ctx, i)
            || foreign[i]
            || ahead(ctx, i)
            || recalls_past(ctx, i)
            || another_meeting(doc, a, b)
        {
            continue;
        }
        // An instrument named with a verb that makes it ("formed", "forged", "noué"), not
        // another one ("A similar partnership was unveiled in Port Ruri").
        let formed = doc.tokens[a..b]
            .iter()
            .any(|t| word_set!("location").contains(t))
            && !doc.tokens[a..b]
                .iter()
                .any(|t| word_set!("another_instrument").contains(t))
            && (a..b).any(|k| {
                ctx.lex
                    .instruments
                    .longest_at(doc, k, b, ctx.lang)
                    .is_some()
            });
        if (formed
            || doc.tokens[a..b]
                .iter()
                .any(|t| word_set!("location_2").contains(t)))
            && !order.contains(&i)
        {
            order.push(i);
        }
    }
    // "ACCRA, March 11 (Newswire) - … signed the agreement in the capital": the capital the
    // dateline names.
    let capital = dateline_capital(ctx);
    for &s in &order {
        let (a, b) = doc.sentences[s].tokens;
        // "The deal was announced at the Port Ruri Expo": where it was made known, not
        // where it was signed.
        let toks = &doc.tokens[a..b];
        let announced = toks.windows(2).any(|w| {
            w[1].fold == "announced"
                || (matches!(w[1].fold.as_str(), "annonce" | "annoncee" | "annonces")
                    && matches!(w[0].fold.as_str(), "a" | "ont" | "ete" | "est" | "sont"))
        });
        if announced
            && !toks.iter().any(|t| {
                signs_tok(t) || matches!(t.fold.as_str(), "signing" | "signature" | "ceremony")
            })
        {
            continue;
        }
        let own = main.contains(&s) || ceremony.contains(&s);
        // "signed … on Monday. The chiefs met at a summit in Port Ruri on February 3": a
        // meeting on another day than the signing's is another event.
        if !own && ag.signed_on.is_some_and(|d| dated_otherwise(ctx, s, d)) {
            continue;
        }
        // "KIGALI, May 20 (Newswire) -- … signed a memorandum here on Monday", "ABIDJAN, 20
        // mai (Agence) – … dans la capitale économique": the dateline's city, a capital or
        // not.
        if let Some((first, last)) = dateline_city(ctx, false).filter(|_| own) {
            if here(doc, a, b) || in_economic_capital(doc, a, b) {
                let span = doc.span(first, last);
                ag.location = Some(span.slice(doc.text).to_string());
                ag.location_evidence = vec![span];
                return;
            }
        }
        // "signed an MoU to open a centre in Lagos": a place in the purpose is not the
        // signing's.
        let purpose = if own { purpose_span(doc, a, b) } else { None };
        // "in the capital": the dateline's capital; "in the Estonian capital", "dans la
        // capitale gabonaise", "in the capital of Mali": that state's capital.
        if let Some((state, from, to)) = in_the_capital(ctx, s).filter(|&(_, from, _)| {
            own && !seat(doc, a, from) && purpose.is_none_or(|(p, q)| !(p..q).contains(&from))
        }) {
            let dated =
                capital.map(|(first, last)| (doc.span(first, last), city_state(ctx, first, last)));
            match (dated, state) {
                (Some((span, iso2)), _) if state.is_none_or(|c| Some(c.iso2.as_str()) == iso2) => {
                    ag.location = Some(span.slice(doc.text).to_string());
                    ag.location_evidence = vec![span];
                    return;
                }
                (_, Some(c)) => {
                    let name = match ctx.lang {
                        crate::facts::Lang::Fr => &c.capital_fr,
                        crate::facts::Lang::En => &c.capital_en,
                    };
                    if let Some(name) = name {
                        ag.location = Some(name.clone());
                        ag.location_evidence = vec![doc.span(from, to)];
                        return;
                    }
                }
                _ => {}
            }
        }
        let mut k = a;
        // The place before a possessive is where the next one lies: "in Ruritania's Stone Town".
        let mut owner_at: Option<usize> = None;
        while k < b {
            if let Some((from, to)) = purpose.filter(|&(from, to)| (from..to).contains(&k)) {
                k = to.max(from + 1);
                continue;
            }
            // "in Stone Town", "in Ruritania's Port City": a place whose last word says so,
            // taken whole even when the table does not hold it.
            if let Some(end) = town_run(doc, k, b) {
                if owner_at == Some(k) || signing_place(doc, a, k, end, own) && !seat(doc, a, k) {
                    let (k, end) = city_after_district(ctx, end, b).unwrap_or((k, end));
                    let end = second_name(doc, end, b);
                    let span = doc.span(k, end);
                    ag.location = Some(span.slice(doc.text).to_string());
                    ag.location_evidence = vec![span];
                    return;
                }
                k = end;
                continue;
            }
            let Some(hit) = ctx
                .idx
                .city_at(doc, k, b)
                .or_else(|| ctx.idx.longest_at(doc, k, b))
            else {
                // "signed in Elmina, Ghana": a town the tables do not hold, placed by its state;
                // "signée à Port-Lune par …": or named right after the signing verb.
                if own {
                    if let Some(end) = town_after_signed(ctx, a, k, b).filter(|_| !seat(doc, a, k))
                    {
                        let (k, end) = city_after_district(ctx, end, b).unwrap_or((k, end));
                        let end = second_name(doc, end, b);
                        let span = doc.span(k, end);
                        ag.location = Some(span.slice(doc.text).to_string());
                        ag.location_evidence = vec![span];
                        return;
                    }
                    // "signed … at the Ruriville campus of the university": the campus named
                    // after its town.
                    if let Some(end) = town_of_campus(ctx, a, k, b) {
                        let span = doc.span(k, end);
                        ag.location = Some(span.slice(doc.text).to_string());
                        ag.location_evidence = vec![span];
                        return;
                    }
                    if let Some(end) = town_before_region(ctx, k, b) {
                        if signing_place(doc, a, k, end, own) && !seat(doc, a, k) {
                            let span = doc.span(k, end);
                            ag.location = Some(span.slice(doc.text).to_string());
                            ag.location_evidence = vec![span];
                            return;
                        }
                        k = end;
                        continue;
                    }
                }
                k += 1;
                continue;
            };
            let possessive = doc.tokens.get(hit.last).is_some_and(|t| t.fold == "'")
                && doc
                    .tokens
                    .get(hit.last + 1)
                    .is_some_and(|t| t.fold == "s" && !t.space_before);
            if possessive {
                if matches!(hit.known, Known::City(_) | Known::Country(_))
                    && signing_place(doc, a, hit.first, hit.last, own)
                {
                    // "at Accra's Kempinski hotel": a city owns a venue, and is the place.
                    let heads = word_set!("venue_heads");
                    let venue = (hit.last + 2..(hit.last + 6).min(b))
                        .take_while(|&j| doc.tokens[j].kind == TokKind::Word)
                        .any(|j| heads.contains(&doc.tokens[j]));
                    // "in Port Ruri's Upper Hill", "at Port Ruri's Marina": a named part of
                    // the city, no body's name.
                    let named = |j: usize| {
                        j < b
                            && doc.tokens[j].kind == TokKind::Word
                            && doc.tokens[j].cap
                            && !doc.tokens[j].newline_before
                    };
                    let run = (hit.last + 2..(hit.last + 5).min(b))
                        .take_while(|&j| named(j))
                        .count();
                    let district = run > 0
                        && !named(hit.last + 2 + run)
                        && (hit.last + 2..hit.last + 2 + run)
                            .all(|j| ctx.idx.head_kind(doc, j).is_none())
                        && ctx.idx.city_at(doc, hit.last + 2, b).is_none()
                        && town_run(doc, hit.last + 2, b).is_none();
                    let venue = venue || district;
                    if venue && matches!(hit.known, Known::City(_)) && !seat(doc, a, hit.first) {
                        let span = doc.span(hit.first, hit.last);
                        ag.location = Some(span.slice(doc.text).to_string());
                        ag.location_evidence = vec![span];
                        return;
                    }
                    owner_at = Some(hit.last + 2);
                }
                k = hit.last + 2;
                continue;
            }
            if let Known::City(_) = hit.known {
                // "at Port Ruri University": the city opens an organisation's name; but
                // "at the Port Ruri Trade Centre" is a venue in the city.
                let run = doc.tokens[hit.last..b]
                    .iter()
                    .take_while(|t| t.kind == TokKind::Word && t.cap && !t.newline_before)
                    .take(6)
                    .count();
                // "at the Port Ruri Security Conference": an event named after its city
                // places a signing its sentence tells.
                let event = own
                    && hit.first > a
                    && doc.tokens[hit.first - 1].fold == "the"
                    && doc.tokens[hit.last..hit.last + run]
                        .iter()
                        .any(|t| event_word(&t.fold));
                let in_name = (hit.last..hit.last + run)
                    .any(|j| ctx.idx.head_kind(doc, j).is_some())
                    && !event
                    && !doc.tokens[hit.last..hit.last + run]
                        .iter()
                        .any(|t| word_set!("venue_heads").contains(t));
                if !in_name
                    && !stated_at(doc, a, hit.first)
                    && !after_event(doc, a, hit.first)
                    && !fronted_elsewhere(ctx, a, b, hit.first)
                    && (!own || !past_year_beside(ctx, hit.first, hit.last))
                    && (owner_at == Some(hit.first)
                        || event
                        || signing_place(doc, a, hit.first, hit.last, own)
                        || (own && city_names_venue(doc, a, hit.first, hit.last)))
                    && !seat(doc, a, hit.first)
                    && !body_seat(ctx, a, b, hit.first)
                {
                    // "in Sandton (Johannesburg)": the district, then its city in brackets;
                    // "in Talatona, Luanda": or after a comma, a city of the same state.
                    let state_of = |j: usize| city_state(ctx, j, b);
                    let (first, last) = doc
                        .tokens
                        .get(hit.last)
                        .filter(|t| t.is_punct("(") || t.is_punct(","))
                        .and_then(|_| city_after_district(ctx, hit.last, b))
                        .filter(|&(f, l)| {
                            doc.tokens[hit.last].is_punct("(")
                                || state_of(f).is_some()
                                    && state_of(f) == state_of(hit.first)
                                    // Not a list: "in Lyon, Paris and Lille".
                                    && !doc.tokens.get(l).is_some_and(|t| {
                                        l < b && matches!(t.fold.as_str(), "and" | "et")
                                    })
                        })
                        .unwrap_or((hit.first, hit.last));
                    let last = second_name(doc, last, b);
                    let span = doc.span(first, last);
                    ag.location = Some(span.slice(doc.text).to_string());
                    ag.location_evidence = vec![span];
                    return;
                }
            }
            k = hit.last;
        }
        // "…, the minister said in Port Ruri on Monday. He was speaking at the signing of …",
        // "a déclaré hier à Port Ruri le ministre. Il s'exprimait lors de la cérémonie de
        // signature": the statement the sentence before places was made at the signing.
        if own && s > 0 && !foreign[s - 1] && spoke_at_signing(doc, a, b) {
            let (pa, pb) = doc.sentences[s - 1].tokens;
            if doc.sentences[s - 1].line + 2 < doc.sentences[s].line {
                continue;
            }
            for k in pa..pb {
                let Some(hit) = ctx.idx.city_at(doc, k, pb) else {
                    continue;
                };
                if matches!(hit.known, Known::City(_))
                    && k > pa
                    && place_preposition(&doc.tokens[k - 1], doc.text)
                    && stated_at(doc, pa, k)
                {
                    let span = doc.span(hit.first, hit.last);
                    ag.location = Some(span.slice(doc.text).to_string());
                    ag.location_evidence = vec![span];
                    return;
                }
            }
        }
    }
}

/// The capital that opens a dateline in the first lines ("ACCRA, March 11 (Newswire) -",
/// "Dakar, le 3 mars 2025 –", "NAIROBI —"), as tokens.
/// The state (ISO code) of the known city at token `first`, read up to token `last`.
fn city_state<'g>(ctx: &Ctx<'g>, first: usize, last: usize) -> Option<&'g str> {
    match ctx.idx.city_at(&ctx.doc, first, last).map(|h| h.known) {
        Some(Known::City(i)) => ctx.gaz.cities.get(i).map(|c| c.iso2.as_str()),
        _ => None,
    }
}

fn dateline_capital(ctx: &Ctx<'_>) -> Option<(usize, usize)> {
    dateline_city(ctx, true)
}

/// The city that opens a dateline in the first lines, as tokens; `capital`: only a capital.
fn dateline_city(ctx: &Ctx<'_>, capital_only: bool) -> Option<(usize, usize)> {
    let doc = &ctx.doc;
    // Past the sixth line (menus, a byline and a time stamp may come first), only a city in
    // capitals that a comma and a month or a day, or a dash, follow: "KUALA LUMPUR, March 3
    // (Agency) --".
    let shaped = |first: usize, last: usize| {
        let month = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.kind == TokKind::Num
                    || matches!(
                        ctx.lex.calendar.get(t),
                        Some(crate::lexicon::Calendar::Month(_))
                    )
            })
        };
        (first..last).all(|k| doc.tokens[k].upper || doc.tokens[k].kind == TokKind::Punct)
            && doc.tokens.get(last).is_some_and(|t| {
                (t.is_punct(",") && month(last + 1))
                    || (t.kind == TokKind::Punct && t.fold.bytes().all(|c| c == b'-'))
            })
    };
    for (li, line) in doc.lines.iter().enumerate().take(16) {
        let (mut a, b) = line.tokens;
        // A leading " date 2025-03-06".
        if doc.tokens.get(a).is_some_and(|t| t.fold == "date") {
            a += 2;
        }
        if a >= b {
            continue;
        }
        let Some(hit) = ctx.idx.city_at(doc, a, b) else {
            // "NAIVASHA, Kenya, May 3 (Agency) —": a town the tables do not hold, in
            // capitals, placed by its state after a comma.
            if let Some(end) = unknown_dateline_town(ctx, a, b).filter(|_| !capital_only && li < 6)
            {
                return Some((a, end));
            }
            continue;
        };
        let Known::City(i) = hit.known else { continue };
        let closes = doc.tokens.get(hit.last).is_some_and(|t| {
            t.kind == TokKind::Punct && matches!(t.fold.as_str(), "," | "-" | ":" | "(")
        });
        // Asked only when it matters: finding the city's state reads the table of states.
        let capital = || {
            ctx.gaz.cities.get(i).is_some_and(|c| {
                ctx.gaz.country(&c.iso2).is_some_and(|k| {
                    [&k.capital_en, &k.capital_fr].iter().any(|x| {
                        x.as_deref()
                            .is_some_and(|x| x.eq_ignore_ascii_case(&c.name))
                    })
                })
            })
        };
        if closes && (!capital_only || capital()) && hit.last < b && (li < 6 || shaped(a, hit.last))
        {
            return Some((hit.first, hit.last));
        }
    }
    None
}

/// The end of a town's name in capitals that opens the line `a..b` and that a comma and a
/// state's name follow ("NAIVASHA, Kenya, May 3"), the tables holding neither the town nor
/// any of its words.
fn unknown_dateline_town(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let mut end = a;
    while end < (a + 3).min(b)
        && doc.tokens[end].kind == TokKind::Word
        && doc.tokens[end].upper
        && doc.tokens[end].fold.len() > 2
        && crate::vocab::id(&doc.tokens[end].fold) == crate::vocab::NONE
        && ctx.idx.longest_at(doc, end, b).is_none()
    {
        end += 1;
    }
    if let Some(state) = ctx.idx.place_at(doc, end + 1, b) {
        return (end > a
            && doc.tokens[end].is_punct(",")
            && matches!(state.known, Known::Country(_)))
        .then_some(end);
    }
    caps_town_dated(ctx, a, b)
}

/// The end of a town's name of one to three words in capitals that opens the line `a..b`,
/// then a dash or a comma and a date ("BATHURST –", "PORT ELLIS, Feb 10 —", "SAN MARCOS
/// CITY, Sept. 3 —"), the tables holding no body, no person and no calendar word there.
fn caps_town_dated(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let mut end = a;
    while end < (a + 3).min(b)
        && doc.tokens[end].kind == TokKind::Word
        && doc.tokens[end].upper
        && doc.tokens[end].fold.len() > 1
        && ctx.lex.calendar.get(&doc.tokens[end]).is_none()
        && !word_set!("not_dateline_town").contains(&doc.tokens[end])
    {
        end += 1;
    }
    if end == a || end >= b || doc.tokens[end - 1].fold.len() < 3 {
        return None;
    }
    let dash =
        |t: &crate::text::Token| t.kind == TokKind::Punct && t.fold.bytes().all(|c| c == b'-');
    let dated = doc.tokens[end].is_punct(",")
        && doc.tokens.get(end + 1).is_some_and(|t| {
            t.kind == TokKind::Num
                || matches!(
                    ctx.lex.calendar.get(t),
                    Some(crate::lexicon::Calendar::Month(_))
                )
        });
    // A known body or a state ("NATO —", "KENYA —"), a person or an outlet; an unknown
    // name in capitals there is the town ("SAN MARCOS CITY" read as a city council).
    let named = ctx.ents.mentions.iter().any(|m| {
        m.first < end
            && m.last > a
            && matches!(
                m.kind,
                crate::entities::MentionKind::Org { gaz: Some(_), .. }
                    | crate::entities::MentionKind::Country(_)
                    | crate::entities::MentionKind::Demonym(_)
                    | crate::entities::MentionKind::Person
                    | crate::entities::MentionKind::Outlet
            )
    });
    ((dash(&doc.tokens[end]) || dated) && !named).then_some(end)
}

/// Whether the sentence `a..b` says the signing took place "in the economic capital" ("dans
/// la capitale économique ivoirienne", "in the commercial capital") without naming it.
fn in_economic_capital(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let f = |j: usize| doc.fold_before(j, b);
        let phrase = (f(k) == "capitale" && f(k + 1) == "economique")
            || (matches!(f(k), "economic" | "commercial" | "business") && f(k + 1) == "capital");
        let after = k + 2;
        // Not "the economic capital, Port Ruri" nor "the economic capital Port Ruri".
        let cap = |j: usize| {
            doc.tokens
                .get(j)
                .filter(|_| j < b)
                .is_some_and(|n| n.cap && n.kind == TokKind::Word)
        };
        let comma = doc.tokens.get(after).is_some_and(|n| n.is_punct(","));
        let named = cap(after) || (comma && cap(after + 1));
        let lo = k.saturating_sub(4).max(a);
        phrase
            && !named
            && (lo..k).any(|j| {
                matches!(doc.tokens[j].fold.as_str(), "in" | "dans")
                    || place_preposition(&doc.tokens[j], doc.text)
            })
    })
}

/// Whether the sentence `a..b` says the signing took place "here" (the dateline's city):
/// "signed here on Monday", "at a ceremony here", "signed in the city on Tuesday", "dans la
/// ville", not "click here", "here is" nor "in the city of Port Ruri".
fn here(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    let f = |k: usize| doc.fold_before(k, b);
    (a..b).any(|k| {
        let the_city = matches!(f(k), "city" | "ville")
            && !doc.tokens[k].cap
            && k >= a + 2
            && matches!((f(k - 2), f(k - 1)), ("in", "the") | ("dans", "la"))
            && !matches!(f(k + 1), "of" | "de" | "d'" | "'s" | "'");
        (matches!(doc.tokens[k].fold.as_str(), "here" | "ici") || the_city)
            && k > a
            && !word_set!("here").contains(&doc.tokens[k - 1])
            && !doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| word_set!("here_2").contains(t))
            && (a..k).any(|j| {
                signs_tok(&doc.tokens[j])
                    || matches!(
                        doc.tokens[j].fold.as_str(),
                        "ceremony" | "ceremonie" | "signing" | "signature"
                    )
            })
    })
}

/// Where sentence `s` says it happened "in the capital" ("dans la capitale", "in the
/// Ghanaian capital", "in the capital of Mali") without naming it: the state it names, if
/// any, and the phrase as tokens.
fn in_the_capital<'a>(
    ctx: &'a Ctx<'_>,
    s: usize,
) -> Option<(Option<&'a crate::gazetteer::Country>, usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    (a..b).find_map(|k| {
        let t = &doc.tokens[k];
        if !matches!(t.fold.as_str(), "capital" | "capitale") {
            return None;
        }
        let f = |j: usize| doc.fold_before(j, b);
        // "the capital city of Mali": the phrase goes on to "city".
        let end = if matches!(f(k + 1), "city" | "ville") {
            k + 1
        } else {
            k
        };
        // Not "the capital, Accra", "the capital Accra", "human capital" (but "signed, in
        // the capital, a memorandum").
        let cap = |j: usize| {
            doc.tokens
                .get(j)
                .filter(|_| j < b)
                .is_some_and(|n| n.cap && n.kind == TokKind::Word)
        };
        let comma = doc.tokens.get(end + 1).is_some_and(|n| n.is_punct(","));
        if cap(end + 1) || (comma && cap(end + 2)) {
            return None;
        }
        let state = |j: usize| {
            let h = ctx.idx.longest_at(doc, j, b)?;
            let (Known::Demonym(c) | Known::Country(c)) = h.known else {
                return None;
            };
            ctx.gaz.countries.get(c).map(|c| (c, h.first, h.last))
        };
        // "Ghanaian capital", "Ghana's capital".
        let lo = k.saturating_sub(4).max(a);
        let before = (lo..k).find_map(|j| {
            state(j).filter(|&(_, _, last)| {
                last == k || (last + 2 == k && f(last) == "'" && f(last + 1) == "s")
            })
        });
        // "in the capital", "in the Ghanaian capital", "in Ghana's capital", "dans la
        // capitale (ghanéenne)".
        let prep = (lo..k).any(|j| {
            matches!(doc.tokens[j].fold.as_str(), "in" | "dans")
                || place_preposition(&doc.tokens[j], doc.text)
        }) && ((lo..k).any(|j| matches!(doc.tokens[j].fold.as_str(), "the" | "la"))
            || before.is_some());
        if !prep {
            return None;
        }
        // "capitale ghanéenne", "capital of Mali", "capital city of Mali", "capitale du Gabon".
        let k = end;
        let of = doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| k + 2 < b && matches!(n.fold.as_str(), "of" | "du" | "de" | "d'"));
        let named = before
            .or_else(|| state(k + 1).filter(|_| k + 1 < b))
            .or_else(|| state(k + 2).filter(|_| of));
        // Not "la capitale sénégalaise, Dakar": the city is named after the state.
        if named.is_some_and(|(_, first, last)| {
            first > k
                && (cap(last)
                    || (doc.tokens.get(last).is_some_and(|n| n.is_punct(",")) && cap(last + 1)))
        }) {
            return None;
        }
        Some(match named {
            Some((c, first, last)) => (Some(c), first.min(k), last.max(k + 1)),
            None => (None, k, k + 1),
        })
    })
}

/// The purpose of the signing in the sentence `a..b`, as tokens: after a signing verb, from
/// "to" before a verb ("to open a centre in Lagos"), "pour"/"afin de" before a verb, "that
/// will", "qui permettra", "aimed at", "visant à", to the end of the sentence or to words
/// that tell the signing again ("… at a ceremony in Accra", "during a visit", "lors de").
fn purpose_span(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> Option<(usize, usize)> {
    // The signing verb, else the sentence's start ("ont noué un partenariat pour …").
    let v = (a..b).find(|&k| signs_tok(&doc.tokens[k])).unwrap_or(a);
    let f = |k: usize| doc.fold_before(k, b);
    // "pour la création d'un centre à Niamey", "for the construction of a centre in Lagos".
    let goal = |k: usize| {
        matches!(f(k), "la" | "le" | "l'" | "the")
            && word_set!("purpose_noun").contains_str(f(k + 1))
    };
    let verb_at = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            k < b
                && t.kind == TokKind::Word
                && !t.cap
                && !word_set!("purpose_span").contains(t)
                && t.fold.len() > 2
                && !t.fold.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let from = (v + 1..b).find(|&k| match f(k) {
        "to" => verb_at(k + 1),
        "pour" => verb_at(k + 1) || goal(k + 1),
        "for" => goal(k + 1),
        "afin" => matches!(f(k + 1), "de" | "d'"),
        "that" | "which" => matches!(f(k + 1), "will" | "would" | "aims"),
        "qui" => matches!(f(k + 1), "permettra" | "vise" | "prevoit"),
        "aimed" | "aiming" | "visant" => true,
        _ => false,
    })?;
    let to = (from + 1..b)
        .find(|&k| word_set!("purpose_span_2").contains_str(f(k)))
        .unwrap_or(b);
    Some((from, to))
}

/// Whether the city at token `first` of a sentence `a..b` that tells no signing follows the
/// name of a body ("support to the Harbor Innovation Complex (HIC) in Port Ruri"): where
/// that body sits.
fn body_seat(ctx: &Ctx<'_>, a: usize, b: usize, first: usize) -> bool {
    let doc = &ctx.doc;
    if first < a + 2 || !place_preposition(&doc.tokens[first - 1], doc.text) {
        return false;
    }
    let end = first - 1;
    let after_name =
        doc.tokens[end - 1].is_punct(")")
            || ctx.ents.mentions.iter().any(|m| {
                m.last == end && matches!(m.kind, crate::entities::MentionKind::Org { .. })
            });
    after_name
        && !doc.tokens[a..b]
            .iter()
            .any(|t| signs_tok(t) || word_set!("body_seat").contains(t))
}

/// Whether sentence `s` says the signing was done from afar: "signed virtually", "by
/// videoconference", "during an online ceremony", "par visioconférence".
fn remote(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens[a..b];
    toks.iter().enumerate().any(|(i, t)| match t.fold.as_str() {
        "virtually" | "videoconference" | "video-conference" | "videoconferencing"
        | "visioconference" | "visio-conference" | "visio" | "virtuellement" | "remotely"
        | "teleconference" => true,
        // "a virtual ceremony", "une cérémonie virtuelle" (not "a virtual cyber range").
        "virtual" | "virtuelle" | "virtuel" | "online" | "distance" => toks
            [i.saturating_sub(2)..(i + 3).min(toks.len())]
            .iter()
            .any(|w| word_set!("remote").contains(w)),
        _ => false,
    })
}

/// Whether sentence `s` speaks of an event still to come ("The next Port Ruri Summit will
/// be held in June", "le prochain sommet aura lieu", "will be reviewed at a meeting in Port
/// Ruri", "une réunion est prévue à Port Ruri"): no signing took place there.
fn ahead(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens[a..b];
    let f = |i: usize| toks.get(i).map_or("", |t| t.fold.as_str());
    // "will be held", "will take place", "will host", "aura lieu", "se tiendra", "the next
    // summit", "le prochain forum", "the upcoming expo".
    let coming = (0..toks.len()).any(|i| match f(i) {
        // "will be reviewed at a meeting in Port Ruri": anything told in the future.
        // Not a plan told at a past event: "they met in Port Ruri, where they said they will …".
        "will" | "shall" => {
            toks.get(i + 1).is_some_and(|t| t.is_word())
                && !(0..i).any(|j| word_set!("ahead").contains_str(f(j)))
        }
        "aura" => f(i + 1) == "lieu",
        "tiendra" | "tiendront" | "accueillera" | "reunira" | "reuniront" => true,
        "sera" | "seront" => toks.get(i + 1).is_some_and(|t| t.is_word()),
        "prevu" | "prevue" | "prevus" | "prevues" => {
            i > 0 && matches!(f(i - 1), "est" | "sont" | "a" | "ete")
        }
        "next" | "upcoming" | "prochain" | "prochaine" | "forthcoming" => true,
        // "where he is due to address a conference", "travels on to Lagos".
        "due" => f(i + 1) == "to",
        "travels" | "travel" | "heads" => f(i + 1) == "on",
        _ => false,
    });
    // A date well after the article's: "a conference in Port Ruri on May 20".
    let dated_ahead = || {
        let Some(r) = ctx.reference else {
            return false;
        };
        let from = ctx.dates.partition_point(|d| d.first < a);
        ctx.dates[from..]
            .iter()
            .take_while(|d| d.first < b)
            .filter(|d| !matches!(d.value, DateValue::Weekday(_) | DateValue::Year(_)))
            .filter_map(|d| resolve(d.value, Some(r), None))
            .any(|p| match p {
                crate::date::PartialDate::Day(x) => x.to_days() > r.to_days() + 7,
                crate::date::PartialDate::Month { year, month } => {
                    (year, month) > (r.year, r.month)
                }
            })
    };
    (coming || dated_ahead())
        && !toks
            .iter()
            .any(|t| matches!(t.fold.as_str(), "signed" | "signe" | "signee" | "inked"))
}

/// The end of a place name of two or three capitalised words at `k` whose last word is
/// "Town", "City" or "Bay" ("Stone Town", "Ruri City"), or whose first is "Port" or "Saint"
/// ("Port Selvane"), with no capitalised word after it.
fn town_run(doc: &crate::text::Doc<'_>, k: usize, b: usize) -> Option<usize> {
    let cap = |t: &crate::text::Token| t.kind == TokKind::Word && t.cap && !t.upper;
    // "At Ruri City Hall, the two agencies signed": a capitalised preposition that opens
    // the sentence is not the town's first word.
    if !doc.tokens.get(k).is_some_and(cap)
        || word_set!("part_of_city_prep").contains(&doc.tokens[k])
    {
        return None;
    }
    let mut end = k + 1;
    while end < b && end < k + 3 && cap(&doc.tokens[end]) && !doc.tokens[end].newline_before {
        end += 1;
    }
    // "at Dunmere Town Hall", "at Port Ruri City Hall", "at Ashcombe Guildhall": the
    // hall names its town, the words before "Town Hall" or "Guildhall".
    // Not "at Ruri City Hall Annex": the hall ends the name.
    let f = |i: usize| {
        doc.tokens
            .get(i)
            .filter(|t| i < b && cap(t))
            .map(|t| t.fold.as_str())
    };
    let hall = (k + 1..=(k + 3).min(b))
        .filter(|_| end >= k + 2)
        .find(|&j| {
            f(j) == Some("guildhall") && f(j + 1).is_none()
                || matches!(f(j), Some("town" | "city"))
                    && f(j + 1) == Some("hall")
                    && f(j + 2).is_none()
        });
    if let Some(j) = hall {
        return (k + 1..j).all(|i| cap(&doc.tokens[i])).then_some(j);
    }
    let last = &doc.tokens[end - 1];
    let whole = end >= k + 2
        && (word_set!("town_last").contains(last)
            || word_set!("town_first").contains(&doc.tokens[k]))
        && !doc
            .tokens
            .get(end)
            .is_some_and(|t| cap(t) && !t.newline_before);
    // "Town" or "City" must end the run, not sit inside it ("City Hall").
    whole.then_some(end)
}

/// Prepositions that put an event in a city ("a" only as the French "à", not the English
/// article).
fn place_preposition(t: &crate::text::Token, text: &str) -> bool {
    match t.fold.as_str() {
        "in" | "at" | "au" | "en" | "to" | "dans" => true,
        "a" => crate::text::french_a(t, text),
        _ => false,
    }
}

/// Whether the city in tokens `first..last` of a sentence starting at `a` is said to be
/// where something took place (`own`: the sentence reports the signing): "in Port Ruri",
/// "à Port Ruri", "the Port Ruri summit" (when `own`), "in the Ruritanian capital, Port Ruri", "Port Ruri hosted …", "Port Ruri a accueilli …".
/// Not a dateline ("PORT RURI, March 3"), nor a compound ("Port Ruri-Lagos").
fn signing_place(
    doc: &crate::text::Doc<'_>,
    a: usize,
    first: usize,
    last: usize,
    own: bool,
) -> bool {
    let prev_tok = |n: usize| {
        first
            .checked_sub(n)
            .filter(|&p| p >= a)
            .map(|p| &doc.tokens[p])
    };
    let prev = |n: usize| prev_tok(n).map(|t| t.fold.as_str());
    let prep_at = |n: usize| prev_tok(n).is_some_and(|t| place_preposition(t, doc.text));
    let next = |n: usize| doc.tokens.get(last + n).map(|t| t.fold.as_str());
    let glued = doc
        .tokens
        .get(last)
        .is_some_and(|t| !t.space_before && t.kind != TokKind::Punct);
    // "at the Gitex Global Conference": a word inside a longer name, not a city.
    // "in South Jakarta", "at the office in Central Ruriville": a district named by its
    // side of the city lies in the city.
    let district = matches!(
        prev(1),
        Some("north" | "south" | "east" | "west" | "central")
    ) && prep_at(2);
    let inside_name = prev_tok(1).is_some_and(|t| {
        t.kind == TokKind::Word && t.cap && !t.newline_before && !place_preposition(t, doc.text)
    }) && first > a + 1
        && !district;
    if glued || inside_name || matches!(prev(1), Some("-")) {
        return false;
    }
    // "to" places only a signing its sentence tells ("signed during a visit to Port Ruri"),
    // not a trip another sentence tells ("as the minister is on a visit to Port Ruri").
    let prep = (1..=3).any(|n| prep_at(n) && (own || prev(n) != Some("to")));
    // "in the Ruritanian capital, Port Ruri"
    // "in the Ruritanian capital, Port Ruri", "in the Ruritanian capital Port Ruri"
    let capital = |n: usize| matches!(prev(n), Some("capital" | "capitale" | "city" | "ville"));
    let apposed =
        ((prev(1) == Some(",") && (2..=4).any(capital)) || capital(1)) && (2..=9).any(prep_at);
    // "in the city of Kumasi", "dans la ville de Kribi".
    // "in the coastal city of Kribi", "dans la ville côtière de Kribi".
    let town = |n: usize| matches!(prev(n), Some("city" | "town" | "ville" | "cite"));
    let city_of =
        matches!(prev(1), Some("of" | "de" | "d'")) && (town(2) || town(3)) && (3..=6).any(prep_at);
    // "in the heart of Accra", "on the outskirts of Kigali", "in zone 4 of Kigali", "in the
    // Upper Hill area of Nairobi", "dans la banlieue nord de Tunis": a part of the city.
    let part_of = matches!(prev(1), Some("of" | "de" | "d'"))
        && (2..=5).any(|n| {
            let word = |m: usize| prev_tok(m).is_some_and(|t| t.kind == TokKind::Word);
            prev_tok(n).is_some_and(|t| word_set!("part_of_city").contains(t))
                && (2..n).all(|m| {
                    prev_tok(m).is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Num))
                })
                && (n + 1..=n + 4).any(|m| {
                    prev_tok(m).is_some_and(|t| {
                        place_preposition(t, doc.text) || matches!(t.fold.as_str(), "on" | "sur")
                    }) && (n + 1..m).all(word)
                })
        });
    // "lors du Forum de Dakar", "the Summit of Kigali"
    // "lors du Forum international de la cybersécurité de Lille": the event's name may run
    // on for a few words before its city.
    let event_of = matches!(prev(1), Some("de" | "d'" | "of"))
        && (2..=8)
            .take_while(|&n| prev_tok(n).is_some_and(|t| t.kind == TokKind::Word))
            .any(|n| {
                prev(n).is_some_and(|w| event_word(w) || matches!(w, "ceremony" | "ceremonie"))
            });
    let venue_after = matches!(
        next(0),
        Some("meeting" | "summit" | "conference" | "forum" | "ceremony")
    );
    let hosts = matches!(
        next(0),
        Some("hosted" | "hosts" | "accueille" | "accueillait")
    ) || (next(0) == Some("a") && matches!(next(1), Some("accueilli" | "abrite")))
        || (next(0) == Some("played") && next(1) == Some("host"))
        // "Port Ruri was the venue for the signing", "a servi de cadre à", "a été le théâtre".
        || (matches!(next(0), Some("was" | "is" | "became"))
            && matches!(next(1), Some("the" | "a"))
            && matches!(next(2), Some("venue" | "scene" | "setting" | "host")))
        || (next(0) == Some("a")
            && matches!(next(1), Some("servi" | "ete"))
            && matches!(next(2), Some("de" | "le" | "la"))
            && matches!(next(3), Some("cadre" | "theatre" | "lieu" | "hote")));
    // An event named after its city places the signing only in a sentence about the
    // signing ("signed at the Port Ruri Summit"), not in one that just names the event.
    // A meeting of the parties ("a Port Ruri meeting between …") stays their place.
    let meeting = matches!(next(0), Some("meeting" | "talks"));
    // "at the Golden Palm Hotel, Accra", "à l'hôtel Ivoire d'Abidjan", "au Palais des
    // congrès de Yaoundé": a venue, then its city.
    let venue_city = own && matches!(prev(1), Some("," | "de" | "d'")) && {
        let heads = word_set!("venue_heads");
        // "au Centre international de conférences Abdou Diouf (CICAD) de Diamniadio",
        // "at the Radisson Blu Hotel & Convention Centre, Kigali", "at the agency's
        // headquarters on Cedar Road, Lusaka": a body's seat is a venue too.
        (2..=10).any(|n| {
            prev(n).is_some_and(|w| heads.contains_str(w) || word_set!("seat_w").contains_str(w))
                && (n + 1..=n + 6).any(prep_at)
                && (2..n).all(|m| {
                    prev_tok(m).is_some_and(|t| {
                        matches!(t.kind, TokKind::Word | TokKind::Num)
                            || matches!(t.fold.as_str(), "(" | ")" | "&" | ",")
                    })
                })
        })
    };
    // "at the Ministry of Communications, Accra": a named place, a comma, its city.
    let at_name_city = own && prev(1) == Some(",") && {
        let name_word = |t: &crate::text::Token| {
            t.kind == TokKind::Word
                && (t.cap || matches!(t.fold.as_str(), "of" | "for" | "the" | "and"))
        };
        let mut n = 2;
        while n <= 9 && prev_tok(n).is_some_and(name_word) && !prep_at(n) {
            n += 1;
        }
        n > 2
            && (2..n).any(|m| prev_tok(m).is_some_and(|t| t.cap))
            && prev_tok(n).is_some_and(|t| matches!(t.fold.as_str(), "at" | "au"))
    };
    prep || apposed
        || city_of
        || part_of
        || hosts
        || meeting
        || venue_city
        || at_name_city
        || (own && (event_of || venue_after))
}

/// Whether the known city in tokens `first..last` of a signing sentence starting at `a`
/// names the venue that follows it, a few words after "at": "at the agency's Accra
/// headquarters", "at its Lusaka offices".
fn city_names_venue(doc: &crate::text::Doc<'_>, a: usize, first: usize, last: usize) -> bool {
    let venue = doc.tokens.get(last).is_some_and(|t| {
        !t.cap && (word_set!("seat_w").contains(t) || word_set!("venue_heads").contains(t))
    });
    venue
        && (1..=6).filter(|&n| first >= a + n).any(|n| {
            matches!(doc.tokens[first - n].fold.as_str(), "at" | "au")
                && (first - n + 1..first).all(|m| {
                    let t = &doc.tokens[m];
                    t.kind == TokKind::Word || t.fold == "'"
                })
        })
}

/// A word that names an event: "summit", "conference", "forum", "sommet", "salon".
fn event_word(fold: &str) -> bool {
    word_set!("event_word").contains_str(fold)
}

/// Whether the city at token `first` of a sentence starting at `a` is where a statement was
/// made rather than where the signing took place: "the agency said in Port Ruri", "told
/// reporters in Port Ruri", "a indiqué le ministre à Port Ruri", "speaking in Port Ruri". A
/// signing verb in between keeps it a signing place ("said the MoU was signed in Port Ruri").
fn stated_at(doc: &crate::text::Doc<'_>, a: usize, first: usize) -> bool {
    // "annoncé en mars au salon GITEX de Port Ruri": the verb may stand a few words back.
    let lo = first.saturating_sub(8).max(a);
    for w in (lo..first).rev() {
        let fold = doc.tokens[w].fold.as_str();
        // "speaking at the signing ceremony in Port Ruri": the signing's place.
        if signs(fold)
            || doc.tokens[w].kind == TokKind::Punct
            || matches!(fold, "ceremony" | "ceremonie" | "signing" | "signature")
        {
            return false;
        }
        if reports(fold) || word_set!("stated_at").contains_str(fold) {
            // "said in Port Ruri during the signing ceremony", "Speaking at the signing, the
            // minister said in Port Ruri": the statement was made there.
            let after = &doc.tokens[first..(first + 10).min(doc.tokens.len())];
            let at_signing = after.iter().take_while(|t| !t.is_punct(".")).any(|t| {
                matches!(
                    t.fold.as_str(),
                    "ceremony" | "ceremonie" | "signing" | "signature"
                )
            });
            return !at_signing && !spoke_at_signing(doc, a, first);
        }
    }
    false
}

/// Whether tokens `a..b` say someone spoke at the signing: "speaking at the signing
/// ceremony", "He was speaking at the signing of", "s'exprimant lors de la cérémonie de
/// signature", "Il s'exprimait en marge de la signature", "En marge de la cérémonie de
/// signature, le ministre …".
fn spoke_at_signing(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let f = doc.tokens[k].fold.as_str();
        (matches!(f, "speaking" | "sidelines" | "marge")
            || f.ends_with("exprimait")
            || f.ends_with("exprimant"))
            && doc.tokens[k + 1..(k + 7).min(b)].iter().any(|t| {
                matches!(
                    t.fold.as_str(),
                    "ceremony" | "ceremonie" | "signing" | "signature"
                )
            })
    })
}

/// Whether the city at token `first` of a sentence starting at `a` is the place of an event
/// the signing comes after: "the signing comes after an attack on a hospital in Port Ruri",
/// "intervient après la cyberattaque … à Port Ruri", "following a breach in Port Ruri". A
/// signing verb in between keeps it a signing place ("after talks, they signed in Port Ruri"),
/// and so does a meeting or a visit of the parties ("comes after a Port Ruri meeting between
/// the ministers", "après une visite à Port Ruri").
fn after_event(doc: &crate::text::Doc<'_>, a: usize, first: usize) -> bool {
    let lo = first.saturating_sub(14).max(a);
    let meeting = |w: &str| word_set!("after_event").contains_str(w);
    let Some(w) = (lo..first)
        .rev()
        .take_while(|&w| !signs_tok(&doc.tokens[w]))
        .find(|&w| matches!(doc.tokens[w].fold.as_str(), "after" | "following" | "apres"))
    else {
        return false;
    };
    !doc.tokens[w..(first + 3).min(doc.tokens.len())]
        .iter()
        .any(|t| meeting(&t.fold))
}

/// Whether the date at token `at` lies in a clause that opens the sentence `a..b` before its
/// signing ("After talks on Friday, A and B signed … on Monday") while the signing clause
/// gives a date of its own.
fn fronted_date(ctx: &Ctx<'_>, a: usize, b: usize, at: usize) -> bool {
    let doc = &ctx.doc;
    if !matches!(doc.tokens[a].fold.as_str(), "after" | "following" | "apres") {
        return false;
    }
    let Some(comma) = (at..b).find(|&k| doc.tokens[k].is_punct(",")) else {
        return false;
    };
    (a..comma).all(|k| !signs_tok(&doc.tokens[k]))
        && (comma..b).any(|k| signs_tok(&doc.tokens[k]))
        && ctx
            .dates
            .iter()
            .any(|d| d.first > comma && d.first < b && d.is_datelike())
}

/// Whether a year before the reference date's stands right beside the city in tokens
/// `first..last` ("renewed the memorandum they first signed in Mombasa in 2021", "signé en
/// 2019 à Kigali"): the place of an earlier signing the sentence recalls.
fn past_year_beside(ctx: &Ctx<'_>, first: usize, last: usize) -> bool {
    let Some(r) = ctx.reference else {
        return false;
    };
    let from = ctx.dates.partition_point(|d| d.last + 3 < first);
    ctx.dates[from..]
        .iter()
        .take_while(|d| d.first <= last + 2)
        .any(|d| {
            matches!(d.value, DateValue::Year(y) if y < r.year)
                && (d.first >= last || d.last + 3 >= first)
        })
}

/// Whether the city at token `first` lies in a clause that opens the sentence `a..b` before
/// its signing ("After talks in Mombasa on Friday, A and B signed … in Nairobi", "À l'issue
/// d'une réunion à Mombasa, …") while the signing clause names a city of its own.
fn fronted_elsewhere(ctx: &Ctx<'_>, a: usize, b: usize, first: usize) -> bool {
    let doc = &ctx.doc;
    if !matches!(
        doc.tokens[a].fold.as_str(),
        "after" | "following" | "apres" | "a" | "lors"
    ) {
        return false;
    }
    let Some(comma) = (first..b).find(|&k| doc.tokens[k].is_punct(",")) else {
        return false;
    };
    (a..comma).all(|k| !signs_tok(&doc.tokens[k]))
        && (comma..b).any(|k| signs_tok(&doc.tokens[k]))
        && (comma + 1..b).any(|k| {
            matches!(doc.tokens[k - 1].fold.as_str(), "in" | "a")
                && ctx.idx.city_at(doc, k, b).is_some()
        })
}

/// "in Loyola Heights, Quezon City", "in Kirchberg, Luxembourg": the city the tables know,
/// after a comma that closes a district's name ending at `end`, is the place. So is the
/// city in brackets after a district ("à Hydra (Alger)"), and the city after a district's
/// noun ("in the Airport City business district in Accra", "sur le campus de Beaulieu, à
/// Rennes").
fn city_after_district(ctx: &Ctx<'_>, end: usize, b: usize) -> Option<(usize, usize)> {
    let doc = &ctx.doc;
    let city = |j: usize| {
        ctx.idx
            .city_at(doc, j, b)
            .filter(|h| matches!(h.known, Known::City(_)))
    };
    if end + 1 >= b {
        return None;
    }
    if doc.tokens[end].is_punct("(") {
        let hit = city(end + 1)?;
        return doc
            .tokens
            .get(hit.last)
            .is_some_and(|t| t.is_punct(")"))
            .then_some((end + 1, hit.last));
    }
    // A district's noun, in lowercase, after the name: "business district", "quarter".
    let mut j = end;
    while j < b
        && j < end + 3
        && doc.tokens[j].is_word()
        && !doc.tokens[j].cap
        && !place_preposition(&doc.tokens[j], doc.text)
    {
        j += 1;
    }
    let noun = j > end
        && doc.tokens[end..j]
            .iter()
            .any(|t| word_set!("district_nouns").contains(t));
    if j > end && !noun {
        return None;
    }
    // Then a comma, or a preposition after the noun: ", Accra", ", à Rennes", "in Accra".
    let mut k = j;
    let comma = doc.tokens.get(k).is_some_and(|t| k < b && t.is_punct(","));
    if comma {
        k += 1;
    }
    let prep = doc.tokens.get(k).is_some_and(|t| {
        k < b
            && (t.fold == "in"
                || (t.fold == "a" && place_preposition(t, doc.text))
                || (noun && !comma && matches!(t.fold.as_str(), "of" | "de")))
    });
    if prep && (comma || noun) {
        k += 1;
    } else if !comma {
        return None;
    }
    let hit = city(k)?;
    Some((k, hit.last))
}

/// The end of an unknown town's name at token `k` of a sentence `a..b` that a signing verb
/// and a preposition put the signing in: "signed in Port Lune by", "signée à Port-Lune
/// par", "was held in Ruriville on Monday". One to three capitalised words that the tables
/// do not know, no name of a body or a person holds, no month or weekday; then the end
/// of the sentence, a punctuation mark or a word that goes on telling the signing ("by",
/// "on", "par", "le", a weekday).
fn town_after_signed(ctx: &Ctx<'_>, a: usize, k: usize, b: usize) -> Option<usize> {
    let doc = &ctx.doc;
    // "in" or "à" put a signing in a town ("at Kestrel" is a venue or a body).
    let in_at = |p: usize| {
        let t = &doc.tokens[p];
        t.fold == "in" || t.fold == "dans" || (t.fold == "a" && place_preposition(t, doc.text))
    };
    // "In Ruriville on Tuesday, A and B signed …", « À Ruriville, mardi, A et B ont signé
    // … »: the town fronted before the signing it places.
    let fronted = k == a + 1 && k < b && in_at(a) && (k + 1..b).any(|j| signs_tok(&doc.tokens[j]));
    if (k < a + 2 && !fronted) || ctx.is_title(doc.sentence_of[k]) {
        return None;
    }
    // "in the coastal town of Ruriville", "dans la localité de Ruriville": the preposition
    // stands before the words that say it is a town.
    let f = |j: usize| doc.fold_before(j, k);
    let town = |j: usize| word_set!("town_after_signed_w").contains_str(f(j));
    // "au Palais des Congrès de Ruriville", "at the Convention Centre of Ruriville": a venue
    // named after its town, the preposition before the venue's head.
    let venue_of = || {
        if !matches!(f(k - 1), "of" | "de" | "d'") || k < a + 4 {
            return None;
        }
        (k.saturating_sub(6).max(a + 1)..k - 1)
            .rev()
            .find_map(|head| {
                let t = &doc.tokens[head];
                let named = t.cap
                    && (word_set!("venue_heads").contains(t) || event_word(&t.fold))
                    && (head + 1..k - 1).all(|m| {
                        let w = &doc.tokens[m];
                        (w.cap && w.kind == TokKind::Word)
                            || matches!(
                                w.fold.as_str(),
                                "des"
                                    | "du"
                                    | "de"
                                    | "la"
                                    | "l'"
                                    | "of"
                                    | "the"
                                    | "et"
                                    | "and"
                                    | "&"
                            )
                    });
                if !named {
                    return None;
                }
                let q = if matches!(doc.tokens[head - 1].fold.as_str(), "l'" | "the") {
                    head.checked_sub(2).filter(|&q| q >= a)?
                } else {
                    head - 1
                };
                (in_at(q) || matches!(doc.tokens[q].fold.as_str(), "au" | "at")).then_some(q)
            })
    };
    let p = if in_at(k - 1) && doc.tokens[k - 1].fold != "dans" {
        k - 1
    } else if let Some(q) = venue_of() {
        q
    } else if matches!(f(k - 1), "de" | "d'")
        && k >= a + 4
        && (word_set!("town_venue").contains_str(f(k - 2))
            || word_set!("own_premises").contains_str(f(k - 2)))
        && matches!(f(k - 3), "ses" | "sa" | "son" | "leurs" | "leur")
        && (in_at(k - 4) || f(k - 4) == "au")
    {
        // "dans ses locaux de Ruriville", "dans sa capitainerie de …": its own premises in
        // a town.
        k - 4
    } else if k >= a + 4
        && doc.tokens[k - 1].is_punct(",")
        && place_chain(doc, a + 1, k - 1).is_some()
    {
        // "at the Civic Centre on Quay Street, Ruriville": the town after a comma that ends
        // the venue's phrases.
        k - 1
    } else if let Some(q) = part_of_town(doc, a, k) {
        // "in the heart of Ruriville", "à la périphérie de Ruriville".
        q
    } else if matches!(f(k - 1), "of" | "de" | "d'") && k >= a + 4 && (town(k - 2) || town(k - 3)) {
        // "au campus de Moncton", "at the town hall of Ruriville": "au" and "at" too, and
        // "sur le campus de Ruriville".
        (k.saturating_sub(6).max(a)..k - 2)
            .rev()
            .find(|&j| in_at(j) || matches!(doc.tokens[j].fold.as_str(), "au" | "at" | "sur"))?
    } else if k >= a + 4
        && (matches!(f(k - 1), "capital" | "capitale")
            || (f(k - 1) == "," && matches!(f(k - 2), "capital" | "capitale")))
    {
        // "in the capital, Ruriville", "dans la capitale ruritanienne, Ruriville".
        (k.saturating_sub(7).max(a)..k - 1)
            .rev()
            .find(|&j| in_at(j))?
    } else {
        return None;
    };
    // The verb right before, or before the instrument or the day it signs ("signed a
    // memorandum of understanding in Ruriville", "ont signé lundi à Ruriville").
    let verb = |j: &usize| {
        let f = doc.tokens[*j].fold.as_str();
        // "The ceremony took place in Ruriville".
        let took = *j > 0 && matches!(doc.tokens[*j - 1].fold.as_str(), "took" | "takes");
        // "lors de la signature à Ruriville"; "la cérémonie de signature s'est déroulée à
        // Ruriville" (not "la session de formation s'est déroulée à …").
        let of_signing = || {
            doc.tokens[a..*j]
                .iter()
                .any(|t| matches!(t.fold.as_str(), "signature" | "ceremonie"))
        };
        // The noun only with its instrument or its venue between it and the place ("lors
        // de la signature de l'accord à Ruriville", "at the signing ceremony at the UCC
        // offices in Ruriville", not "the signing follows talks in …").
        let noun = || {
            doc.tokens[*j + 1..p].iter().all(|t| {
                t.cap
                    || deal_word(&t.fold)
                    || word_set!("town_venue").contains(t)
                    || matches!(
                        t.fold.as_str(),
                        "de" | "du"
                            | "d'"
                            | "l'"
                            | "la"
                            | "le"
                            | "of"
                            | "the"
                            | "this"
                            | "cette"
                            | "at"
                            | "au"
                    )
            })
        };
        signs(f)
            || matches!(f, "held" | "tenue" | "tenu" | "lieu")
            // "The partnership was presented at … in Ruriville", "officialisé à Ruriville".
            || word_set!("location").contains(&doc.tokens[*j])
            || (matches!(f, "signature" | "signing") && noun())
            || (matches!(f, "deroulee" | "deroule") && of_signing())
            || (f == "place" && took)
    };
    let blocked = |verb_at: usize, venue: bool| {
        // "ont signé samedi, dans la localité de …": a comma after a short date is no new clause.
        let short = p - verb_at <= 5
            && !doc.tokens[verb_at + 1..p]
                .iter()
                .any(|t| word_set!("town_after_signed_2").contains(t));
        // "à l'Hôtel de Ville, à Ruriville": the town after its venue and a comma.
        let venue_comma = |j: usize| venue && j + 1 == p && doc.tokens[j].is_punct(",");
        // "ont signé mercredi, dans les locaux de …": the comma after the day.
        let day_comma = |j: usize| {
            venue
                && doc.tokens[j].is_punct(",")
                && j > verb_at + 1
                && j <= verb_at + 4
                && (verb_at + 1..j).all(|m| {
                    let t = &doc.tokens[m];
                    t.kind == TokKind::Num || ctx.lex.calendar.get(t).is_some()
                })
        };
        // "signé … une convention de deux ans, dans les locaux de l'école à Ruriville": the
        // comma that opens the venue's phrase.
        let venue_opens = |j: usize| {
            venue
                && doc.tokens[j].is_punct(",")
                && doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| place_preposition(t, doc.text))
                && (j + 2..(j + 5).min(p)).any(|m| {
                    word_set!("town_venue").contains(&doc.tokens[m])
                        || word_set!("venue_heads").contains(&doc.tokens[m])
                })
                && !doc.tokens[j + 1..p].iter().any(|t| t.is_punct(","))
        };
        // "…, rue Marie-Curie à Ruriville", "at the Centre for X on King Boulevard in
        // Ruriville": the phrases of a venue and its address, from the comma that opens them.
        let chain = if venue {
            place_chain(doc, verb_at + 1, p).map(|c| {
                if c > verb_at + 1 && doc.tokens[c - 1].is_punct(",") {
                    c - 1
                } else {
                    c
                }
            })
        } else {
            None
        };
        (verb_at + 1..chain.unwrap_or(p)).any(|j| {
            let t = &doc.tokens[j];
            // "à l'Abbaye-aux-Dames, siège de la Région, à Caen": an apposition that says
            // what the venue is, between its name and the town.
            let apposition = venue
                && doc.tokens[j].is_punct(",")
                && doc.tokens.get(j + 1).is_some_and(|t| {
                    word_set!("town_venue").contains(t) || word_set!("seat_w").contains(t)
                })
                && (j + 1..p)
                    .filter(|&m| doc.tokens[m].is_punct(","))
                    .eq(std::iter::once(p - 1));
            // "signed by the board's director, X, and Y on Wednesday at the campus in …":
            // the commas of the signers' appositions.
            let signers_comma = venue
                && doc.tokens[j].is_punct(",")
                && doc
                    .tokens
                    .get(verb_at + 1)
                    .is_some_and(|t| matches!(t.fold.as_str(), "by" | "par"));
            // "signed an agreement with B, at the campus of Ruriville", "…, à Ruriville": a
            // comma that opens a phrase of place alone, up to the town.
            let place_clause = doc.tokens[j].is_punct(",")
                && doc.tokens.get(j + 1).is_some_and(|t| {
                    place_preposition(t, doc.text) || matches!(t.fold.as_str(), "au" | "sur")
                })
                && (j + 2..p).all(|m| {
                    let t = &doc.tokens[m];
                    crate::frames::is_article_fold(&t.fold)
                        || word_set!("town_venue").contains(t)
                        || word_set!("venue_heads").contains(t)
                        || word_set!("town_after_signed_w").contains(t)
                        || matches!(t.fold.as_str(), "of" | "de" | "d'" | "du" | "l'" | "ville")
                });
            let allowed = venue_comma(j)
                || day_comma(j)
                || venue_opens(j)
                || apposition
                || signers_comma
                || place_clause;
            (t.kind == TokKind::Punct && t.fold != "'" && !(short && t.fold == ",") && !allowed)
                || (place_preposition(t, doc.text) && !venue)
                || matches!(t.fold.as_str(), "for" | "pour" | "afin")
        })
    };
    let near = (p.saturating_sub(9).max(a)..p).rev().find(verb);
    if !fronted && near.is_none_or(|v| blocked(v, false)) {
        // "signed … at the Meridian Hotel in Ruriville", "signé au siège de l'agence à
        // Ruriville", "on the sidelines of the summit in Ruriville": a venue in between.
        let v = (p.saturating_sub(32).max(a)..p).rev().find(verb)?;
        // The venue may be the place's own phrase ("…, au campus de Ruriville").
        let venue = doc.tokens[v + 1..k]
            .iter()
            .any(|t| word_set!("town_venue").contains(t) || word_set!("venue_heads").contains(t));
        if !venue || blocked(v, true) {
            return None;
        }
    }
    // "St Helier", "Ste Marie", "Mt Hagen": a town's abbreviated first word.
    let abbreviated = |j: usize| matches!(doc.tokens[j].fold.as_str(), "st" | "ste" | "mt");
    let word = |j: usize| {
        doc.tokens.get(j).filter(|t| {
            j < b
                && t.kind == TokKind::Word
                && t.cap
                && !t.newline_before
                && (t.fold.len() > 2
                    || j == k
                        && abbreviated(j)
                        && doc
                            .tokens
                            .get(j + 1)
                            .is_some_and(|n| n.cap && n.kind == TokKind::Word))
        })
    };
    let mut end = k;
    while end < k + 3 && word(end).is_some() {
        if end == k && abbreviated(k) {
            end += 1;
            continue;
        }
        // A word of any table ("Cybersecurity", "Cooperation") names no unknown town.
        // Nor does a language ("signed in English").
        // A given name no other table holds may be a town ("signed in Hamilton").
        if ctx.idx.longest_at(doc, end, b).is_some()
            || ctx.lex.calendar.get(&doc.tokens[end]).is_some()
            || word_set!("languages").contains(&doc.tokens[end])
            || crate::vocab::id(&doc.tokens[end].fold) != crate::vocab::NONE
                && !crate::given_names::is_given_name(&doc.tokens[end].fold)
            || ctx.idx.head_kind(doc, end).is_some()
        {
            return None;
        }
        end += 1;
    }
    // "à la mairie de Brévannes": the town hall's name holds the town.
    if end == k
        || ctx.ents.mentions.iter().any(|m| {
            !matches!(m.kind, crate::entities::MentionKind::Other)
                && m.first < end
                && k < m.last
                && !(m.first < k && town(m.first))
                // "au Palais des Congrès de Ruriville": the venue's name holds the town.
                && !(m.first < k
                    && venue_of().is_some()
                    && (m.first..k).any(|j| {
                        word_set!("venue_heads").contains(&doc.tokens[j])
                            || event_word(&doc.tokens[j].fold)
                    }))
        })
    {
        return None;
    }
    // "au campus de Ruriville de l'Université", "at the campus of Ruriville of the
    // College": after a venue's town, the body that owns the venue.
    let venue_owner = || {
        (p..k).any(|j| {
            word_set!("town_venue").contains(&doc.tokens[j])
                || word_set!("town_after_signed_w").contains(&doc.tokens[j])
        }) && matches!(doc.tokens[end].fold.as_str(), "de" | "du" | "d'" | "of")
            && ctx.starting_in(end + 1, (end + 3).min(b)).any(|mi| {
                matches!(
                    ctx.ents.mentions[mi].kind,
                    crate::entities::MentionKind::Org { .. }
                )
            })
    };
    let ends = end >= b
        || venue_owner()
        || (doc.tokens[end].kind == TokKind::Punct
            && !matches!(doc.tokens[end].fold.as_str(), "'" | "'s" | "-"))
        || ctx.lex.calendar.get(&doc.tokens[end]).is_some()
        || word_set!("town_after_signed").contains(&doc.tokens[end])
        // "à Saint-Denis de La Réunion": the town, then its region with its article.
        || (doc.tokens[end].fold == "de"
            && doc.tokens.get(end + 1).is_some_and(|t| t.cap && matches!(t.fold.as_str(), "la" | "l'"))
            && doc.tokens.get(end + 2).is_some_and(|t| t.cap && t.kind == TokKind::Word)
            && end + 3 <= b)
        // "in Santa Maria da Feira by …": a particle carries the town's name on.
        || particle_name(doc, end, b) > end;
    ends.then_some(end)
}

/// Where a city's name that ends before token `end` ends with its name in the other language
/// after a slash ("Donostia / San Sebastián", "Biel/Bienne"): one to three capitalised words
/// that end the phrase. `end` when none follows.
fn second_name(doc: &crate::text::Doc<'_>, end: usize, b: usize) -> usize {
    let end = particle_name(doc, end, b);
    if !doc
        .tokens
        .get(end)
        .is_some_and(|t| end + 1 < b && t.is_punct("/"))
    {
        return end;
    }
    let mut j = end + 1;
    while j < b.min(end + 4) && doc.tokens[j].kind == TokKind::Word && doc.tokens[j].cap {
        j += 1;
    }
    let closed = j == b || doc.tokens[j].kind == TokKind::Punct && doc.tokens[j].fold != "/";
    if j > end + 1 && closed {
        j
    } else {
        end
    }
}

/// Where a city's name that ends before token `end` ends when a particle and one or two
/// capitalised words carry it on ("Santiago de Compostela", "Alcalá de Henares", "Vila do
/// Conde", "Reggio di Calabria"): the phrase must end there, at a punctuation mark, a
/// lowercase word or the sentence's end. `end` when no such words follow.
fn particle_name(doc: &crate::text::Doc<'_>, end: usize, b: usize) -> usize {
    let toks = &doc.tokens;
    if end + 1 >= b || !word_set!("town_particles").contains(&toks[end]) || toks[end].cap {
        return end;
    }
    let mut j = end + 1;
    while j < b.min(end + 3) && toks[j].kind == TokKind::Word && toks[j].cap && !toks[j].upper {
        j += 1;
    }
    let closed = j == b || toks[j].kind == TokKind::Punct || !toks[j].cap;
    if j > end + 1 && closed {
        j
    } else {
        end
    }
}

/// Where the phrases of place that lead to token `p` (the preposition or comma before a
/// town) start, no earlier than token `lo`: a venue, its name, its address, one after the
/// other ("au palais Beaumont, à", "dans l'amphithéâtre de l'école, rue Marie-Curie à", "at
/// the council's Civic Centre in the Octagon,", "at the Centre for X on King Boulevard in").
/// Each phrase opens with a preposition of place, a street's noun or a venue's noun with its
/// article; together they name a venue or a street; no clause, purpose, signer or
/// quotation lies between. None when no such phrases end at `p`.
fn place_chain(doc: &crate::text::Doc<'_>, lo: usize, p: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let end = if p > lo && toks[p - 1].is_punct(",") {
        p - 1
    } else {
        p
    };
    let venue_word = |t: &crate::text::Token| {
        word_set!("venue_heads").contains(t)
            || word_set!("town_venue").contains(t)
            || word_set!("street_words").contains(t)
            || word_set!("street_ends").contains(t)
    };
    let opens = |j: usize| {
        let t = &toks[j];
        matches!(
            t.fold.as_str(),
            "in" | "at" | "on" | "au" | "aux" | "sur" | "dans" | "near" | "pres"
        ) || (t.fold == "a" && crate::text::french_a(t, doc.text))
            || word_set!("street_words").contains(t)
            || (crate::frames::is_article_fold(&t.fold)
                && toks
                    .get(j + 1)
                    .is_some_and(|n| venue_word(n) || word_set!("seat_w").contains(n)))
    };
    // A word of a name or of a phrase of place: no clause word, purpose or signer ("for"
    // only inside a name: "Centre for Urban Studies"), no quotation or bracket.
    let plain = |j: usize| {
        let t = &toks[j];
        match t.kind {
            TokKind::Word | TokKind::Num => {
                !word_set!("town_after_signed_2").contains(t)
                    && !matches!(
                        t.fold.as_str(),
                        "pour" | "afin" | "by" | "par" | "with" | "avec"
                    )
                    && (t.fold != "for"
                        || (j > lo && toks[j - 1].cap && toks.get(j + 1).is_some_and(|n| n.cap)))
            }
            _ => matches!(t.fold.as_str(), "'" | "-" | "." | "&"),
        }
    };
    let mut start = None;
    let mut j = end;
    // Back over the phrases: a comma must open a phrase of place.
    while j > lo {
        let t = &toks[j - 1];
        if t.is_punct(",") {
            if start != Some(j) {
                break;
            }
        } else if !plain(j - 1) {
            break;
        } else if opens(j - 1) {
            start = Some(j - 1);
        }
        j -= 1;
    }
    let start = start?;
    toks[start..end].iter().any(venue_word).then_some(start)
}

/// The preposition before a part of a town whose name starts at token `k` of a sentence
/// starting at `a`: "in the heart of Ruriville", "on the outskirts of Ruriville", "à la
/// périphérie de Ruriville".
fn part_of_town(doc: &crate::text::Doc<'_>, a: usize, k: usize) -> Option<usize> {
    if k < a + 3 || !matches!(doc.tokens[k - 1].fold.as_str(), "of" | "de" | "d'") {
        return None;
    }
    let noun = (k.saturating_sub(3).max(a + 1)..k - 1)
        .rev()
        .find(|&j| word_set!("part_of_city").contains(&doc.tokens[j]))?;
    (noun.saturating_sub(3).max(a)..noun).rev().find(|&j| {
        let t = &doc.tokens[j];
        (place_preposition(t, doc.text) || matches!(t.fold.as_str(), "on" | "sur"))
            && (j + 1..noun).all(|m| doc.tokens[m].kind == TokKind::Word)
    })
}

/// The end of an unknown town's name at token `k` of a sentence `a..b` that names the
/// campus where the signing took place: "signed … at the Ruriville campus of the
/// University", "signed on the university's Ruriville campus". One or two capitalised words
/// of no table and no body's name, then "campus", a signing verb at most twelve words
/// before, with no full stop, semicolon or other preposition of place in between.
fn town_of_campus(ctx: &Ctx<'_>, a: usize, k: usize, b: usize) -> Option<usize> {
    let doc = &ctx.doc;
    // "on the university's north Ruriville campus": a compass word before the town.
    let compass = k >= a + 3 && word_set!("compass_words").contains(&doc.tokens[k - 1]);
    let before = if compass { k - 1 } else { k };
    if before < a + 2 || !matches!(doc.tokens[before - 1].fold.as_str(), "the" | "s") {
        return None;
    }
    let mut end = k;
    while end < (k + 2).min(b) {
        let t = &doc.tokens[end];
        if !(t.kind == TokKind::Word && t.cap && !t.upper && t.fold.len() > 2)
            || ctx.idx.longest_at(doc, end, b).is_some()
            || ctx.lex.calendar.get(t).is_some()
            || crate::vocab::id(&t.fold) != crate::vocab::NONE
            || ctx.idx.head_kind(doc, end).is_some()
        {
            break;
        }
        end += 1;
    }
    if end == k || doc.tokens.get(end).is_none_or(|t| t.fold != "campus") || end >= b {
        return None;
    }
    // "at ITU's Ayazağa Campus in Istanbul": the city after the campus says where.
    if doc
        .tokens
        .get(end + 1)
        .is_some_and(|t| matches!(t.fold.as_str(), "in" | "at" | "en") || doc.french_a(end + 1))
    {
        return None;
    }
    // "at the Ruriville campus", "on the university's Ruriville campus".
    let at = (before.saturating_sub(5).max(a)..before)
        .rev()
        .find(|&j| matches!(doc.tokens[j].fold.as_str(), "at" | "on"))?;
    let verb = (at.saturating_sub(12).max(a)..at)
        .rev()
        .find(|&j| signs_tok(&doc.tokens[j]))?;
    let clear = (verb + 1..at).all(|j| {
        let t = &doc.tokens[j];
        !(matches!(t.fold.as_str(), "." | ";" | "for" | "to") || place_preposition(t, doc.text))
    });
    (clear && !seat(doc, a, k)).then_some(end)
}

/// The end of an unknown town's name at token `k` that the state or region after it places
/// ("in Elmina, Ghana", "à Ouidah, au Bénin", "à Kananaskis, en Alberta"): one to three
/// capitalised words that the tables do not know and no organisation's name holds, a
/// comma, then a state (or, in French, "en"/"au" and a capitalised name).
fn town_before_region(ctx: &Ctx<'_>, k: usize, b: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let word = |j: usize| {
        doc.tokens.get(j).filter(|t| {
            j < b && t.kind == TokKind::Word && t.cap && !t.newline_before && t.fold.len() > 2
        })
    };
    word(k)?;
    let mut end = k;
    while end < k + 3 && word(end).is_some() {
        if ctx.idx.longest_at(doc, end, b).is_some()
            || ctx.lex.calendar.get(&doc.tokens[end]).is_some()
            || word_set!("function_words_en").contains(&doc.tokens[end])
            || word_set!("function_words_fr").contains(&doc.tokens[end])
        {
            return None;
        }
        end += 1;
    }
    if end == k || end >= b || !doc.tokens[end].is_punct(",") {
        return None;
    }
    // Not a region, a district or a body ("Rivers State", "Kigali City Council").
    if word_set!("town_before_region").contains(&doc.tokens[end - 1])
        || ctx.ents.mentions.iter().any(|m| {
            matches!(m.kind, crate::entities::MentionKind::Org { .. }) && m.first <= k && k < m.last
        })
    {
        return None;
    }
    // A state, not a state's ("at Kestrel, Ghana's largest bank").
    let country = |j: usize| {
        ctx.idx.longest_at(doc, j, b).is_some_and(|h| {
            matches!(h.known, Known::Country(_))
                && !doc
                    .tokens
                    .get(h.last)
                    .is_some_and(|t| matches!(t.fold.as_str(), "'" | "'s"))
        })
    };
    let j = end + 1;
    let placed = country(j)
        || (matches!(
            doc.tokens.get(j).map(|t| t.fold.as_str()),
            Some("au" | "en" | "aux")
        ) && (country(j + 1) || word(j + 1).is_some()));
    placed.then_some(end)
}

/// Whether a city right after token `first` names where a body sits rather than where the
/// signing took place: "the embassy in Port Ruri", "headquartered in", "basée à", "the
/// company's offices in". A venue stays a venue: "at the ministry's headquarters in Port
/// Ruri", "au siège de l'agence à Port Ruri".
fn seat(doc: &crate::text::Doc<'_>, a: usize, first: usize) -> bool {
    let lo = first.saturating_sub(7).max(a);
    for w in (lo..first).rev() {
        let fold = doc.tokens[w].fold.as_str();
        // "the Police Office signed an MoU in Kigali": the verb ends the body's words.
        if signs(fold) || reports(fold) {
            return false;
        }
        let always = word_set!("seat").contains_str(fold);
        let place = word_set!("seat_w").contains_str(fold);
        if always || place {
            // "at the ministry's headquarters", "at the embassy" (not "in the presence of the
            // embassy").
            // "at the university's Old Mill campus in …": a venue's name may come between.
            let reach = if place { 8 } else { 3 };
            // "at the Central Bank's Market Street head office in": a longer venue, within
            // its clause.
            let mut lo = w.saturating_sub(reach).max(a);
            let inside = |p: usize| {
                let t = &doc.tokens[p];
                t.kind != TokKind::Punct || matches!(t.fold.as_str(), "'" | "&" | "-")
            };
            if place && (lo..w).all(inside) {
                while lo > a && lo + 12 > w && inside(lo - 1) {
                    lo -= 1;
                }
            }
            let venue = (lo..w).any(|p| {
                let t = &doc.tokens[p];
                matches!(t.fold.as_str(), "at" | "au")
                    || (t.fold == "a" && place_preposition(t, doc.text))
                    || (place && matches!(t.fold.as_str(), "in" | "sur" | "on" | "dans"))
            });
            return !venue;
        }
    }
    false
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
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
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
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
];

/// A number of months or years written in figures or words, compounds included
/// ("twenty-four", "thirty six" as one hyphenated word, "dix-huit", "vingt-quatre",
/// "soixante-douze").
fn number(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return (1..=240).contains(&n).then_some(n);
    }
    let single = |w: &str| NUMBERS.iter().find(|(x, _)| *x == w).map(|(_, n)| *n);
    if let Some(n) = single(word) {
        return Some(n);
    }
    // A tens word, then a units word: "twenty-four", "trente-six", "dix-huit",
    // "soixante-douze"; the French "et" may stand between ("vingt-et-un").
    let (tens, units) = word.split_once('-')?;
    let units = units.strip_prefix("et-").unwrap_or(units);
    let (t, u) = (single(tens)?, single(units)?);
    let ok = match t {
        10 => (7..=9).contains(&u),
        20..=50 => (1..=9).contains(&u),
        60 => (1..=19).contains(&u),
        _ => false,
    };
    ok.then_some(t + u)
}

fn unit_months(word: &str) -> Option<u32> {
    match word {
        "year" | "years" | "an" | "ans" | "annee" | "annees" | "yr" | "yrs" => Some(12),
        "month" | "months" | "mois" => Some(1),
        "decade" | "decades" | "decennie" | "decennies" => Some(120),
        _ => None,
    }
}

/// A word that names the agreement itself (the instrument or a general word for it).
fn deal_word(fold: &str) -> bool {
    // "accord-cadre", "convention-cadre": a compound named by its first word.
    let fold = match fold.split_once('-') {
        Some((head, "cadre" | "type")) => head,
        _ => fold,
    };
    word_set!("deal_word").contains_str(fold) || word_set!("deal_participles").contains_str(fold)
}

/// A word that names something with a length of its own that is not the agreement: a
/// programme, a project, a course, a plan ("a six-month bootcamp", "the 18-month project").
fn activity_word(fold: &str) -> bool {
    word_set!("activity_word").contains_str(fold)
}

/// Words that end the noun phrase after a term ("a three-year agreement on …").
fn phrase_break(t: &crate::text::Token) -> bool {
    t.kind == TokKind::Punct || word_set!("phrase_break").contains(t)
}

/// Verbs and auxiliaries that follow a subject: the noun phrase before them has ended
/// ("the three-year agreement covers training", "l'accord triennal prévoit").
fn clause_verb(fold: &str) -> bool {
    word_set!("clause_verb").contains_str(fold)
}

/// Whether token `j` (of a sentence ending at token `b`) names an agreement: a deal word or
/// the start of an instrument's name.
fn deal_at(ctx: &Ctx<'_>, j: usize, b: usize) -> bool {
    deal_word(&ctx.doc.tokens[j].fold)
        || ctx
            .lex
            .instruments
            .longest_at(&ctx.doc, j, b, ctx.lang)
            .is_some()
}

/// What a term at tokens `from..to` of the sentence `a..b` belongs to: `Some(true)` for
/// the agreement, `Some(false)` for a programme or project, `None` when the words near it
/// name neither. The nearest such word before it decides, else the nearest after it.
fn term_owner(
    ctx: &Ctx<'_>,
    (a, b): (usize, usize),
    from: usize,
    to: usize,
    weak: bool,
) -> Option<bool> {
    let doc = &ctx.doc;
    let project = |j: usize| weak && word_set!("project_word").contains(&doc.tokens[j]);
    let deal_at = |j: usize| deal_at(ctx, j, b) || project(j);
    let activity_word = |f: &str, j: usize| activity_word(f) && !project(j);
    // "a joint action plan", "un plan d'actions": a plan the parties adopt together.
    let action_plan = |j: usize| {
        doc.tokens[j].fold == "plan"
            && (j > a && doc.tokens[j - 1].fold == "action"
                || doc.tokens.get(j + 1).is_some_and(|t| t.fold == "d'")
                    && doc
                        .tokens
                        .get(j + 2)
                        .is_some_and(|t| matches!(t.fold.as_str(), "action" | "actions")))
    };
    for j in (a..from).rev() {
        let fold = doc.tokens[j].fold.as_str();
        if action_plan(j) {
            return Some(true);
        }
        if activity_word(fold, j) {
            return Some(false);
        }
        if deal_at(j) {
            return Some(true);
        }
    }
    for j in to..b.min(to + 6) {
        // "D'une durée de quatre ans, elle prévoit un programme …": a pronoun after the
        // fronted length is what has it, not the words of its clause.
        if doc.tokens[j].is_punct(",")
            && doc
                .tokens
                .get(j + 1)
                .is_some_and(|t| matches!(t.fold.as_str(), "it" | "il" | "elle"))
        {
            return None;
        }
        if action_plan(j) {
            return Some(true);
        }
        if activity_word(&doc.tokens[j].fold, j) {
            return Some(false);
        }
        if deal_at(j) {
            return Some(true);
        }
    }
    None
}

/// The agreement's term stated in sentence `s`, in months, with the tokens that state it.
/// `reporting`: the sentence reports the agreement. A term is a length the agreement has
/// ("a three-year MoU", "valid for five years", "pour une durée de trois ans",
/// "renewable every two years", "un accord quinquennal"), never the length of a programme
/// or a project ("a six-month bootcamp", "the 18-month project"), of past work ("over the
/// past five years") or a date ("until 2028"). `weak`: the project or programme the
/// agreement sets up stands for it ("a three-year project", "the 36-month programme under
/// the agreement"), for a year or more.
fn term_in(ctx: &Ctx<'_>, s: usize, reporting: bool, weak: bool) -> Option<(u32, usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    // Every term below has a unit word ("years", "mois"), a hyphenated length
    // ("five-year") or an adjective of years ("triennial"): most sentences have none.
    let maybe = doc.tokens[a..b].iter().any(|t| {
        unit_months(&t.fold).is_some()
            || t.fold.bytes().any(|c| c == b'-')
            || matches!(
                t.fold.as_str(),
                "biennal"
                    | "biennale"
                    | "biennial"
                    | "triennal"
                    | "triennale"
                    | "triennial"
                    | "quinquennal"
                    | "quinquennale"
                    | "decennal"
                    | "decennale"
            )
    });
    if !maybe {
        return None;
    }
    let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
    let project = |f: &str| weak && word_set!("project_word").contains_str(f);
    let deal_word = |f: &str| deal_word(f) || project(f);
    let activity_word = |f: &str| activity_word(f) && !project(f);
    // "It is valid for five years", "Il est conclu pour trois ans": the agreement just named.
    let pronoun = doc.tokens[a..b]
        .iter()
        .find(|t| t.is_word())
        .is_some_and(|t| word_set!("term_in_w").contains(t));
    for k in a..b {
        let t = &doc.tokens[k];
        // "five-year agreement", "3-year MoU", but not "a six-month bootcamp".
        // (A byte scan: most words are short and have no hyphen.)
        if let Some(h) = t.fold.bytes().rposition(|b| b == b'-') {
            // The unit is the last part, the number all before it ("thirty-six-month");
            // "decade-long" is ten years.
            let (n, u) = (&t.fold[..h], &t.fold[h + 1..]);
            let parsed = if n == "decade" && u == "long" {
                Some((120, 1))
            } else {
                // The unit first: it rules out most words for less.
                unit_months(u).and_then(|u| Some((u, number(n)?)))
            };
            if let Some((u, n)) = parsed {
                // The noun phrase it opens must name the agreement and no programme
                // ("an 18-month cooperation project" is a project).
                let (mut deal, mut activity, mut period) = (false, false, false);
                for j in k + 1..b.min(k + 6) {
                    let w = &doc.tokens[j];
                    // A verb ends the noun phrase: "the five-year MoU covers training".
                    if phrase_break(w) || clause_verb(&w.fold) {
                        break;
                    }
                    activity |= activity_word(&w.fold);
                    period |= word_set!("term_in_2_w").contains(w);
                    deal |= deal_word(&w.fold)
                        || ctx
                            .lex
                            .instruments
                            .longest_at(doc, j, b, ctx.lang)
                            .is_some();
                }
                // "for an initial two-year period": the period of what the words before
                // it name ("the partnership is for …").
                let of_deal = || {
                    period
                        && term_owner(ctx, (k.saturating_sub(8).max(a), b), k, k + 1, weak)
                            == Some(true)
                };
                if (deal || of_deal()) && !activity {
                    return Some((n * u, k, k + 1));
                }
            }
        }
        // "un accord quinquennal", "a triennial agreement" (not "le plan quinquennal").
        let adj = match t.fold.as_str() {
            "biennal" | "biennale" | "biennial" => Some(24),
            "triennal" | "triennale" | "triennial" => Some(36),
            "quinquennal" | "quinquennale" => Some(60),
            "decennal" | "decennale" => Some(120),
            _ => None,
        };
        if let Some(m) = adj {
            let lo = k.saturating_sub(3).max(a);
            if term_owner(ctx, (lo, (k + 4).min(b)), k, k + 1, weak) == Some(true) {
                return Some((m, k, k + 1));
            }
            continue;
        }
        // "trois (3) ans", "five (5) years": the number restated in brackets.
        let bracketed = fold(k + 1) == "("
            && fold(k + 3) == ")"
            && number(fold(k + 2)).is_some_and(|m| number(&t.fold) == Some(m));
        // "two and a half years".
        let and_half = fold(k + 1) == "and" && fold(k + 2) == "a" && fold(k + 3) == "half";
        // "for three more years", "three additional years": a renewal's new term.
        let more = matches!(fold(k + 1), "more" | "additional" | "further" | "extra");
        let unit_at = if bracketed || and_half {
            k + 4
        } else {
            k + 1 + usize::from(more)
        };
        let Some((u, n)) = doc
            .tokens
            .get(unit_at)
            .filter(|_| unit_at < b)
            .and_then(|n| unit_months(&n.fold))
            .and_then(|u| {
                // "a decade", "une décennie", "valid for a year": one of them.
                let one = (u == 120 && matches!(t.fold.as_str(), "a" | "une"))
                    || (u == 12 && matches!(t.fold.as_str(), "a" | "an"));
                Some((u, if one { 1 } else { number(&t.fold)? }))
            })
        else {
            continue;
        };
        // The token after the unit; "two and a half years", "deux ans et demi".
        let mut after = unit_at + 1;
        let et_demi = fold(after) == "et" && fold(after + 1) == "demi";
        if et_demi {
            after += 2;
        }
        // Half a year is six months (half a month is not counted).
        let (n, u) = if (et_demi || and_half) && u == 12 {
            (n * 2 + 1, 6)
        } else {
            (n, u)
        };
        // "a five year agreement" written without its hyphen.
        if matches!(fold(unit_at), "year" | "month")
            && (after..b.min(after + 4))
                .take_while(|&j| !phrase_break(&doc.tokens[j]))
                .any(|j| deal_word(fold(j)))
            && !(after..b.min(after + 4))
                .take_while(|&j| !phrase_break(&doc.tokens[j]))
                .any(|j| activity_word(fold(j)))
        {
            return Some((n * u, k, after));
        }
        // "renewable every two years", "renouvelable tous les deux ans"
        let every = fold(k.wrapping_sub(1)) == "every"
            || (fold(k.wrapping_sub(1)) == "les" && fold(k.wrapping_sub(2)) == "tous");
        if every && k > a {
            let lo = k.saturating_sub(7).max(a);
            if doc.tokens[lo..k]
                .iter()
                .any(|p| word_set!("term_in").contains(p))
            {
                return Some((n * u, lo.max(k.saturating_sub(4)), after));
            }
            continue;
        }
        // "un accord de trois ans", "a partnership of five years"
        // "un contrat de services de trois ans", "un accord de coopération de cinq ans":
        // past the instrument's complement of one lowercase noun.
        let of_deal = matches!(fold(k.wrapping_sub(1)), "de" | "d'" | "of")
            && k >= a + 2
            && (deal_word(fold(k - 2))
                || k >= a + 4
                    && matches!(fold(k - 3), "de" | "d'")
                    && doc.tokens[k - 2].is_word()
                    && !doc.tokens[k - 2].cap
                    && deal_word(fold(k - 4)));
        // "for a period of five years", "pour une durée de cinq ans", "valid for three years"
        let lo = k.saturating_sub(5).max(a);
        let mut cue = None;
        let mut firm = false;
        for j in (lo..k).rev() {
            let strong = term_cue(&doc.tokens[j].fold);
            let weak = word_set!("term_in_3").contains(&doc.tokens[j]);
            if strong || weak {
                cue = Some(j);
                firm = strong;
                break;
            }
        }
        // "La durée de la convention est fixée à cinq ans", "the term of the MoU is three
        // years": the term's noun names the agreement a few words before the length.
        if cue.is_none() {
            cue = (k.saturating_sub(8).max(a)..lo).find(|&j| {
                matches!(
                    doc.tokens[j].fold.as_str(),
                    "duree" | "duration" | "term" | "validite" | "validity"
                ) && (j + 1..k).any(|i| deal_word(fold(i)))
            });
            firm = cue.is_some();
        }
        // "have extended their memorandum by five years", "ont prorogé de deux ans le
        // protocole": the length an extension adds is the new term.
        if cue.is_none()
            && k > a + 1
            && matches!(fold(k - 1), "by" | "de" | "d'")
            && (k.saturating_sub(9).max(a)..k - 1)
                .any(|j| word_set!("extend_verb").contains(&doc.tokens[j]))
        {
            cue = Some(k - 1);
            firm = true;
        }
        if cue.is_none() && !of_deal {
            continue;
        }
        // "valid for a year" needs a word that says it is a term ("a year after the talks");
        // "twice a year" is how often, not how long.
        if matches!(t.fold.as_str(), "a" | "an")
            && u == 12
            && (!doc.tokens[lo..k].iter().any(|p| term_cue(&p.fold))
                || matches!(
                    fold(k.wrapping_sub(1)),
                    "twice" | "once" | "times" | "thrice"
                ))
        {
            continue;
        }
        let from = cue.unwrap_or(k);
        // "runs until 2028 and covers three years": the cue is another clause's.
        if doc.tokens[from..k].iter().any(|p| {
            p.kind == TokKind::Num || matches!(p.fold.as_str(), "until" | "jusqu'" | "and" | "et")
        }) {
            continue;
        }
        // "three years of joint training": an amount of an activity.
        if matches!(fold(after), "of" | "de" | "d'") && !deal_word(fold(after + 1)) && after + 1 < b
        {
            continue;
        }
        // "over the past five years", "for the next two years", "three years ago".
        let not_a_term = doc.tokens[from..k]
            .iter()
            .any(|p| word_set!("term_in_2").contains(p))
            && !matches!(fold(from), "last" | "lasts")
            || word_set!("term_in_4").contains_str(fold(after));
        if not_a_term {
            continue;
        }
        let owner = term_owner(ctx, (a, b), from, after, weak);
        // "Covering a period of five years, the document …" right after the signing.
        let near_report = reporting
            || ctx
                .triggers
                .iter()
                .any(|t| t.sent + 1 == s && !t.background && !t.negated);
        // "It is valid for …": the pronoun stands for what the sentence before speaks of
        // first ("The convention provides a course …" → the convention).
        let antecedent = || {
            let (pa, pb) = doc.sentences[s.checked_sub(1)?].tokens;
            doc.tokens[pa..pb].iter().find_map(|t| {
                if activity_word(&t.fold) {
                    Some(false)
                } else if deal_word(&t.fold) {
                    Some(true)
                } else {
                    None
                }
            })
        };
        // "The second, with B, sets up … for two years": the part the ordinal opens is the
        // instrument whose term the sentence gives.
        let part = || cue.is_some() && !crate::frames::ordinal_partners(ctx, s).is_empty();
        let about = match owner {
            Some(deal) => deal || part(),
            None if pronoun => antecedent().unwrap_or(near_report),
            None => firm && near_report || part(),
        };
        if about || of_deal {
            return Some((n * u, lo.max(k.saturating_sub(4)), after));
        }
    }
    None
}

/// Words that say a length is a term: "valid for", "a period of", "pour une durée de".
fn term_cue(fold: &str) -> bool {
    word_set!("term_cue").contains_str(fold)
}

/// "For three years, the two institutions will run …", « Pendant quatre ans, les deux
/// partenaires mutualiseront … »: a length that opens a sentence whose subject is the parties
/// together, with a verb in the future, is how long they work under the agreement (not "For
/// five years, the two agencies have worked together").
fn parties_will_for(ctx: &Ctx<'_>, s: usize) -> Option<(u32, usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let fold = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|_| k < b)
            .map_or("", |t| t.fold.as_str())
    };
    if !word_set!("term_openers").contains_str(fold(a)) || fold(a + 3) != "," {
        return None;
    }
    let months = unit_months(fold(a + 2))? * number(fold(a + 1))?;
    // The parties together: "the two …", "both", "the partners", « les deux … », "they".
    let subject = (a + 4..(a + 7).min(b)).find(|&k| {
        word_set!("together_subjects").contains_str(fold(k))
            || matches!((fold(k), fold(k + 1)), ("two" | "deux", _))
    })?;
    // A verb in the future within a few words of it: "will", "vont", « mutualiseront ».
    let future = (subject + 1..(subject + 6).min(b)).any(|k| {
        let f = fold(k);
        word_set!("future_modals").contains_str(f) && !matches!(f, "to" | "can" | "could")
            || f.len() > 5 && (f.ends_with("ront") || f.ends_with("eront"))
    });
    future.then_some((months, a, a + 3))
}

/// The term: read in the reporting sentences first, then in the others in text order.
fn duration(ctx: &Ctx<'_>, ag: &mut Agreement, main: &[usize], foreign: &[bool]) {
    let doc = &ctx.doc;
    let mut order = reading_order(ctx, main);
    for (si, _) in doc.body_sentences() {
        if !order.contains(&si) {
            order.push(si);
        }
    }
    order.retain(|&s| !ctx.has_cue(s, Cue::Background) && !foreign[s]);
    for &s in &order {
        let reporting = main.contains(&s);
        let found = term_in(ctx, s, reporting, false).or_else(|| {
            let near = reporting || ctx.triggers.iter().any(|t| t.sent < s && s <= t.sent + 3);
            near.then(|| parties_will_for(ctx, s)).flatten()
        });
        if let Some((months, from, to)) = found {
            set_duration(ag, doc.span(from, to), months);
            return;
        }
    }
    // No term of its own: the length of the project or programme the agreement sets up
    // ("signed an agreement for a three-year project", "the 36-month programme under the
    // MoU"), a year or more, in a sentence that tells no earlier work: the agreement is
    // named before the length or right after the project, and the project is no one's
    // named programme ("the EU's four-year Cyber4Dev programme").
    for &s in &order {
        let (a, b) = doc.sentences[s].tokens;
        // Only where a length stands near a project word (the cheap test first).
        let projects = word_set!("project_word");
        let length = |t: &crate::text::Token| {
            unit_months(&t.fold).is_some()
                || t.fold
                    .rsplit_once('-')
                    .is_some_and(|(_, u)| unit_months(u).is_some())
        };
        let near_length = (a..b).any(|k| {
            projects.contains(&doc.tokens[k])
                && doc.tokens[k.saturating_sub(5).max(a)..(k + 6).min(b)]
                    .iter()
                    .any(length)
        });
        if !near_length || dated_past(ctx, s) || recalls_past(ctx, s) {
            continue;
        }
        let Some((months, from, to)) = term_in(ctx, s, main.contains(&s), true) else {
            continue;
        };
        let tok = |j: usize| &doc.tokens[j];
        let phrase = || (to..b.min(to + 6)).take_while(|&j| tok(j).kind != TokKind::Punct);
        let project_at = phrase().find(|&j| word_set!("project_word").contains(tok(j)));
        let named = phrase()
            .take_while(|&j| Some(j) != project_at)
            .any(|j| tok(j).cap)
            || from > a + 1 && tok(from - 1).fold == "s" && tok(from - 2).fold == "'";
        // "The deal includes an 18-month project": a part of the agreement, not its term.
        let part = |j: usize| {
            matches!(
                tok(j).fold.as_str(),
                "includes" | "include" | "including" | "included" | "comprend" | "inclut"
            )
        };
        let agreement = (a..from)
            .rev()
            .take_while(|&j| !part(j))
            .any(|j| deal_at(ctx, j, b))
            || project_at.is_some_and(|p| phrase().any(|j| j > p && deal_at(ctx, j, b)));
        if months >= 12 && agreement && !named {
            set_duration(ag, doc.span(from, to), months);
            return;
        }
    }
}

fn set_duration(ag: &mut Agreement, span: Span, months: u32) {
    ag.duration_months = Some(months);
    ag.duration_evidence = vec![span];
}

/// Marks the agreement as a renewal when a sentence of its own (not one that reports
/// another agreement) says it renews an earlier signing ([`renewal_words`]) or that "the
/// first" was signed earlier; the earlier signing's year comes from a sentence that dates
/// it ([`earlier_signing`]: "originally signed in 2014") or from the renewing words ("renewed
/// the 2017 memorandum"). A date of an earlier signing alone makes no renewal: "the MoU was
/// originally signed in April 2017" may date the very signing a later article reports.
fn renewal(ctx: &Ctx<'_>, ag: &mut Agreement, foreign: &[bool]) {
    let doc = &ctx.doc;
    let mut said: Vec<(usize, usize)> = Vec::new();
    let mut earlier: Option<(i32, usize, usize)> = None;
    let mut ordinal = false;
    for (s, _) in doc.body_sentences() {
        if foreign[s] {
            continue;
        }
        if said.is_empty() {
            said.extend(renewal_words(ctx, s));
        }
        if earlier.is_none() {
            if let Some((year, from, to, first)) = earlier_signing(ctx, s) {
                earlier = Some((year, from, to));
                ordinal = first;
            }
        }
        if !said.is_empty() && earlier.is_some() {
            break;
        }
    }
    if said.is_empty() && !ordinal {
        ag.renewal = None;
        return;
    }
    // "renewed the 2017 memorandum": the year the renewed instrument is named by.
    let named_year = || {
        said.iter().find_map(|&(from, to)| {
            ctx.dates.iter().find_map(|d| match d.value {
                DateValue::Year(y) if d.first >= from && d.last <= to => Some(y),
                _ => None,
            })
        })
    };
    let mut evidence: Vec<Span> = said.iter().map(|&(f, t)| doc.span(f, t)).collect();
    let earlier_year = match earlier {
        Some((year, from, to)) => {
            evidence.push(doc.span(from, to));
            Some(year)
        }
        None => named_year().or_else(|| {
            // "renewed the MoU signed in 2014", "renew the agreement that was signed by both
            // countries in January 2014", "reconduit la convention signée en 2017".
            let &(_, to) = said.first()?;
            let (year, end) = signed_in(ctx, to)?;
            if let Some(e) = evidence.first_mut() {
                e.end = doc.span(to, end).end;
            }
            Some(year)
        }),
    };
    crate::sort::by_key(&mut evidence, |e| (e.start, e.end));
    evidence.dedup();
    ag.renewal = Some(Renewal {
        earlier_year,
        evidence,
    });
}

/// The year of a signing told just after token `from`, in its sentence: a past participle
/// of signing within a few words ("signed", "that was signed by both countries", "signée")
/// and a dated year soon after it ("in 2014", "on 3 March 2014"); with the end of the date.
fn signed_in(ctx: &Ctx<'_>, from: usize) -> Option<(i32, usize)> {
    let doc = &ctx.doc;
    let s = *doc.sentence_of.get(from.checked_sub(1)?)?;
    let b = doc.sentences[s].tokens.1;
    let k = (from..b.min(from + 5))
        .take_while(|&j| doc.tokens[j].kind != TokKind::Punct)
        .find(|&j| past_signed(&doc.tokens[j].fold))?;
    let at = ctx.dates.partition_point(|d| d.first <= k);
    let date = ctx
        .dates
        .get(at)
        .filter(|d| d.last <= b && d.first <= k + 7)?;
    if (k + 1..date.first).any(|j| doc.tokens[j].kind == TokKind::Punct) {
        return None;
    }
    let year = match date.value {
        DateValue::Full(d) => d.year,
        DateValue::MonthYear { year, .. } | DateValue::Year(year) => year,
        DateValue::Span {
            year: Some(year), ..
        } => year,
        _ => return None,
    };
    ctx.reference
        .is_none_or(|r| year <= r.year)
        .then_some((year, date.last))
}

/// A past participle of signing, in either language.
fn past_signed(fold: &str) -> bool {
    word_set!("past_signed").contains_str(fold)
}

/// Whether an instrument is named at token `j` (before `b`): a name of the instruments'
/// table or "deal", "pact"; `partnership`: a partnership counts too.
fn instrument_at(ctx: &Ctx<'_>, j: usize, b: usize, partnership: bool) -> bool {
    if j >= b {
        return false;
    }
    matches!(ctx.doc.tokens[j].fold.as_str(), "deal" | "pact" | "pacte")
        || ctx
            .lex
            .instruments
            .longest_at(&ctx.doc, j, b, ctx.lang)
            .is_some_and(|h| partnership || h.value != AgreementType::Partnership)
}

/// Words that make a renewal one the future may bring, or a clause of the agreement, when
/// they stand just before the word: "can be renewed", "to renew", "subject to renewal",
/// "tacitement reconduit", "sera prolongé".
fn renewal_modal(fold: &str) -> bool {
    word_set!("renewal_modal").contains_str(fold)
}

/// The words of sentence `s` that say the agreement renews an earlier one, as a token
/// range: a renewing verb with an instrument as its object ("renewed their MoU",
/// "reconduit la convention", "extends the agreement") or its subject in the passive
/// ("the memorandum was renewed", "l'accord a été prolongé"); a renewal noun of an
/// instrument ("the renewal of the agreement", "MoU renewal"); an ordinal instrument after
/// a copula ("this is the second agreement", "c'est le deuxième accord").
fn renewal_words(ctx: &Ctx<'_>, s: usize) -> Option<(usize, usize)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
    // The instrument within a few words after `k`, before any preposition or punctuation.
    let object = |k: usize, partnership: bool| {
        (k + 1..b.min(k + 5))
            .take_while(|&j| {
                !phrase_break(&doc.tokens[j]) || matches!(fold(j), "de" | "d'" | "du" | "des")
            })
            .find(|&j| instrument_at(ctx, j, b, partnership))
    };
    for k in a..b {
        let w = fold(k);
        // Renew: any instrument, a partnership too. Extend: an instrument, since "extend
        // a partnership" may widen it rather than renew it.
        let (verb, participle, partnership) = match w {
            "renew" | "renews" | "renewing" | "re-sign" | "re-signs" | "re-signing"
            | "renouvelle" | "renouvellent" | "reconduisent" | "reconduisant" | "renouvelant" => {
                (true, false, true)
            }
            "renewed" | "re-signed" | "renouvele" | "renouvelee" | "renouveles" | "renouvelees"
            | "reconduit" | "reconduite" | "reconduits" | "reconduites" => (true, true, true),
            "extend" | "extends" | "extending" | "prolong" | "prolongs" | "prolongent"
            | "prolongeant" => (true, false, false),
            "extended" | "prolonged" | "prolonge" | "prolongee" | "prolonges" | "prolongees" => {
                (true, true, false)
            }
            "renewal" | "renouvellement" | "reconduction" | "extension" | "prolongation" => {
                (false, false, w != "extension")
            }
            "second" | "seconde" | "third" | "fourth" | "fifth" | "deuxieme" | "troisieme"
            | "quatrieme" | "cinquieme" => {
                // "This is the second agreement between them", "marks the third MoU
                // between the two", "their second memorandum", "c'est le deuxième accord
                // entre les deux" (not "the second agreement covers …", which counts the
                // article's own agreements, nor "the agency's second MoU this month", which
                // may be with another partner).
                let copula = k >= a + 2
                    && word_set!("renewal_words").contains_str(fold(k - 2))
                    && matches!(fold(k - 1), "the" | "a" | "le" | "la" | "l'");
                let theirs = k > a && matches!(fold(k - 1), "their" | "leur");
                let Some(j) = (k + 1..b.min(k + 3)).find(|&j| instrument_at(ctx, j, b, true))
                else {
                    continue;
                };
                // The same two parties: "between", "entre", or "the first" recalled.
                let same_pair = (j + 1..b).any(|m| {
                    matches!(fold(m), "between" | "entre")
                        || matches!(fold(m), "first" | "premier" | "premiere")
                            && matches!(fold(m - 1), "the" | "le" | "la")
                });
                if theirs || copula && same_pair {
                    return Some((if theirs { k - 1 } else { k - 2 }, j + 1));
                }
                continue;
            }
            _ => continue,
        };
        // "to renew" after a verb that says the instrument does it: "the MoU seeks to
        // renew", "they agreed to renew" (not "plans to renew").
        let does = k >= a + 2
            && fold(k - 1) == "to"
            && word_set!("renewal_words_2").contains_str(fold(k - 2));
        if !does && (a..k).rev().take(2).any(|j| renewal_modal(fold(j))) {
            continue;
        }
        if verb {
            if let Some(j) = object(k, partnership) {
                return Some((k, j + 1));
            }
            // The passive: "the MoU was renewed", "l'accord a été reconduit".
            let aux = matches!(
                fold(k.wrapping_sub(1)),
                "was" | "were" | "been" | "is" | "are" | "ete" | "est" | "sont" | "fut"
            );
            if participle && aux && k >= a + 2 {
                let lo = k.saturating_sub(6).max(a);
                if let Some(j) = (lo..k - 1)
                    .rev()
                    .take_while(|&j| doc.tokens[j].kind != TokKind::Punct)
                    .find(|&j| instrument_at(ctx, j, k - 1, partnership))
                {
                    return Some((j, k + 1));
                }
            }
            continue;
        }
        // The noun: "renewal of the agreement", "le renouvellement de l'accord", "the
        // agreement's renewal", "MoU renewal" (not a "renewal clause").
        if matches!(fold(k + 1), "clause" | "option" | "clauses") {
            continue;
        }
        if let Some(j) = object(k, partnership) {
            return Some((k, j + 1));
        }
        let before =
            (k.saturating_sub(2).max(a)..k).find(|&j| instrument_at(ctx, j, k, partnership));
        if let Some(j) = before {
            return Some((j, k + 1));
        }
    }
    None
}

/// The year of an earlier signing stated in sentence `s`, with the words that state it:
/// "first signed in 2014", "originally inked on 3 March 2014", "the first one was signed
/// in 2014", "signé pour la première fois en 2014", "initialement conclu en 2014". Not
/// "their first agreement, signed in 2024", which is this one. The flag is set when the
/// subject is "the first" one, which says a later one followed ("the first was signed in
/// 2014").
fn earlier_signing(ctx: &Ctx<'_>, s: usize) -> Option<(i32, usize, usize, bool)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
    let signed = |k: usize| word_set!("past_signed").contains(&doc.tokens[k]);
    let adverb = |k: usize| {
        matches!(
            fold(k),
            "originally" | "initially" | "previously" | "initialement" | "precedemment"
        )
    };
    for k in a..b {
        if !signed(k) {
            continue;
        }
        // "originally signed", "first signed" (not "the first signed …", an adjective),
        // "signed originally", "signé initialement", "signé pour la première fois".
        let before = |j: usize| j >= a && j < k;
        let first_adverb = before(k.wrapping_sub(1))
            && fold(k - 1) == "first"
            && !(k >= a + 2 && matches!(fold(k - 2), "the" | "a" | "its" | "their" | "our"));
        let aux_between = |j: usize| {
            (j + 1..k).all(|m| {
                doc.tokens[m].kind != TokKind::Punct
                    && word_set!("earlier_signing").contains_str(fold(m))
            })
        };
        // "the first (one, agreement, …) was signed", "le premier avait été signé"
        let ordinal = {
            let aux = (k.saturating_sub(3).max(a)..k)
                .find(|&j| matches!(fold(j), "was" | "were" | "avait" | "a" | "fut"));
            aux.is_some_and(|x| {
                (x.saturating_sub(5).max(a)..x).any(|j| {
                    matches!(fold(j), "first" | "premier" | "premiere")
                        && j > a
                        && matches!(fold(j - 1), "the" | "le" | "la" | "their" | "its")
                        && (j + 1..x).all(|m| doc.tokens[m].kind != TokKind::Punct)
                }) && (x + 1..k).all(|m| doc.tokens[m].kind != TokKind::Punct)
            })
        };
        let cue = ordinal
            || first_adverb
            || (k.saturating_sub(3).max(a)..k).any(|j| adverb(j) && aux_between(j))
            || (k.saturating_sub(3).max(a)..k).any(|j| {
                // "had first been signed"
                fold(j) == "first"
                    && aux_between(j)
                    && j > a
                    && matches!(fold(j - 1), "had" | "was" | "were")
            })
            || adverb(k + 1)
            || (matches!(fold(k + 1), "pour")
                && matches!(fold(k + 3), "premiere")
                && fold(k + 4) == "fois");
        if !cue {
            continue;
        }
        // The date right after: "in 2014", "on 3 March 2014", "en 2014", "back in 2014".
        let from = ctx.dates.partition_point(|d| d.first <= k);
        let Some(date) = ctx.dates[from..]
            .iter()
            .take_while(|d| d.first < b && d.first <= k + 7)
            .next()
        else {
            continue;
        };
        let year = match date.value {
            DateValue::Full(d) => d.year,
            DateValue::MonthYear { year, .. } | DateValue::Year(year) => year,
            DateValue::Span {
                year: Some(year), ..
            } => year,
            _ => continue,
        };
        // Not after the article: the earlier signing has happened.
        if ctx.reference.is_some_and(|r| year > r.year) {
            continue;
        }
        let lo = (k.saturating_sub(6).max(a)..k)
            .find(|&j| matches!(fold(j), "first" | "premier" | "premiere") || adverb(j))
            .unwrap_or(k);
        return Some((year, lo, date.last, ordinal));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::facts::{Agreement, AgreementType};
    use crate::options::Options;

    const LEAD: &str = "The Ruritania National Cyber Agency and the Borduria Ministry of \
                        Digital Affairs";

    /// The first agreement of an article whose lead sentence is `LEAD` + `rest`.
    fn agreement(rest: &str, more: &str, reference: Option<Date>) -> Agreement {
        let text = format!("{LEAD} {rest}\n\n{more}\n");
        let options = Options {
            reference_date: reference,
            ..Options::default()
        };
        let record = crate::analyze(&text, &options).expect("analysis");
        record
            .agreements
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no agreement in {text:?}"))
    }

    fn place(rest: &str, more: &str) -> Option<String> {
        agreement(rest, more, None).location
    }

    #[test]
    fn a_statement_or_an_announcement_places_no_signing() {
        let rest = "signed a memorandum of understanding on Tuesday, the agency said in a \
            statement issued in Geneva.";
        assert_eq!(place(rest, ""), None, "{rest}");
        let text = "Harbor Digital et l'Agence nationale de cybersécurité de Ruritanie ont signé \
            mardi un protocole d'accord, annoncé en mars au salon GITEX de Marrakech.\n";
        let record = crate::analyze(text, &Options::default()).expect("analysis");
        assert_eq!(
            record.agreements.first().map(|a| a.location.clone()),
            Some(None)
        );
    }

    #[test]
    fn finds_the_signing_city_in_its_usual_shapes() {
        let cases = [
            (
                "signed a memorandum of understanding in the Rwandan capital, Kigali.",
                "",
                Some("Kigali"),
            ),
            (
                "signed a memorandum of understanding on the sidelines of a summit in Geneva.",
                "",
                Some("Geneva"),
            ),
            (
                "signed a memorandum of understanding at the ministry's headquarters in Rabat.",
                "",
                Some("Rabat"),
            ),
            (
                "signed a memorandum of understanding at the Kigali Convention Centre.",
                "",
                Some("Kigali"),
            ),
            (
                "signed a memorandum of understanding.",
                "Accra hosted the signing ceremony on the second day of the forum.",
                Some("Accra"),
            ),
            (
                "signed a memorandum of understanding in the Zambian capital Lusaka.",
                "",
                Some("Lusaka"),
            ),
            (
                "signed a memorandum of understanding during the Summit of Lusaka.",
                "",
                Some("Lusaka"),
            ),
        ];
        for (rest, more, want) in cases {
            assert_eq!(place(rest, more).as_deref(), want, "{rest} {more}");
        }
    }

    #[test]
    fn a_city_named_for_another_reason_is_not_the_place() {
        let cases = [
            "signed a memorandum of understanding with support from a firm headquartered in Lagos.",
            "signed a memorandum of understanding in the presence of the embassy in Dakar.",
            "signed a memorandum of understanding with a research centre at Lancaster University.",
            "signed a memorandum of understanding, a company based in Nairobi said.",
            "signed a memorandum of understanding at the Kestrel Geneva Awards.",
        ];
        for rest in cases {
            assert_eq!(place(rest, ""), None, "{rest}");
        }
        // A place of an earlier event.
        assert_eq!(
            agreement(
                "signed a memorandum of understanding.",
                "The two bodies first met at a forum held in Lusaka in March 2019.",
                Date::new(2025, 3, 12)
            )
            .location,
            None
        );
        // A place of an earlier agreement is background.
        assert_eq!(
            place(
                "signed a memorandum of understanding.",
                "The two bodies had signed a letter of intent in Lusaka in 2021."
            ),
            None
        );
    }

    #[test]
    fn the_signing_date_is_not_the_date_of_a_report() {
        let r = Date::new(2025, 3, 12);
        let date =
            |rest: &str, more: &str| agreement(rest, more, r).signed_on.map(|d| d.to_string());
        assert_eq!(
            date("signed a memorandum of understanding on Monday.", "").as_deref(),
            Some("2025-03-10")
        );
        // "On Monday, X announced that it has signed …": the day of the announcement.
        let text = "On Monday, the Ruritania National Cyber Agency announced that it has signed a \
                    memorandum of understanding with the Borduria Ministry of Digital Affairs.";
        let record = crate::analyze(
            text,
            &Options {
                reference_date: r,
                ..Options::default()
            },
        )
        .expect("analysis");
        assert_eq!(record.agreements.first().and_then(|a| a.signed_on), None);
        // A dateline dates the report.
        let text =
            format!("PORT RURI, March 11 (AFP) - {LEAD} signed a memorandum of understanding.");
        let record = crate::analyze(
            &text,
            &Options {
                reference_date: r,
                ..Options::default()
            },
        )
        .expect("analysis");
        assert_eq!(record.agreements.first().and_then(|a| a.signed_on), None);
        let text = format!(
            "Port Ruri, Ruritania — March 11, 2025: {LEAD} signed a memorandum of understanding."
        );
        let record = crate::analyze(&text, &Options::default()).expect("analysis");
        assert_eq!(record.agreements.first().and_then(|a| a.signed_on), None);
        // A bracketed date restating the day of a statement.
        assert_eq!(
            date(
                "have signed a memorandum of understanding, the agency announced on Monday (March 10).",
                ""
            ),
            None
        );
        assert_eq!(
            date(
                "signed a memorandum of understanding valid until March 14.",
                ""
            ),
            None
        );
        assert_eq!(
            date(
                "signed a memorandum of understanding that takes effect next Monday.",
                ""
            ),
            None
        );
        assert_eq!(
            date("signed a memorandum of understanding this month.", "").as_deref(),
            Some("2025-03")
        );
    }

    #[test]
    fn the_instrument_is_the_one_the_article_is_about() {
        let kind = |rest: &str, more: &str| agreement(rest, more, None).kind;
        assert_eq!(
            kind(
                "signed a cooperation agreement on cybersecurity.",
                "The agreement covers threat intelligence. The same day, the two ministers also \
                 signed a joint declaration on student exchanges."
            ),
            AgreementType::Agreement
        );
        assert_eq!(
            kind(
                "signed a memorandum of understanding on cybersecurity.",
                "The agreement covers threat intelligence."
            ),
            AgreementType::Mou
        );
        assert_eq!(
            kind("signed a joint statement on cybersecurity cooperation.", ""),
            AgreementType::Declaration
        );
        assert_eq!(
            kind("announced a partnership on cybersecurity.", ""),
            AgreementType::Partnership
        );
        assert_eq!(
            kind("signed a letter of understanding on cybersecurity.", ""),
            AgreementType::Mou
        );
        assert_eq!(
            kind(
                "ont signé une charte de partenariat sur la cybersécurité.",
                ""
            ),
            AgreementType::Other
        );
    }

    #[test]
    fn the_bodys_precise_instrument_wins_over_the_headlines_loose_word() {
        let kind = |text: &str| {
            crate::analyze(text, &crate::Options::default())
                .ok()
                .and_then(|r| r.agreements.first().map(|a| a.kind))
        };
        assert_eq!(
            kind(
                "Kestrel Telecom, Lindmark CERT seal cyber security pact\n\nKestrel Telecom and \
                 Lindmark CERT signed a memorandum of understanding on Monday to train staff.\n"
            ),
            Some(AgreementType::Mou)
        );
        assert_eq!(
            kind(
                "Kestrel Telecom and Lindmark CERT sign cyber security deal\n\nKestrel Telecom \
                 and Lindmark CERT signed a letter of intent on Monday to train staff.\n"
            ),
            Some(AgreementType::Declaration)
        );
        // The headline's precise word stays when the body is loose.
        assert_eq!(
            kind(
                "Kestrel Telecom and Lindmark CERT sign cyber security MoU\n\nKestrel Telecom \
                 and Lindmark CERT signed an agreement on Monday to train staff.\n"
            ),
            Some(AgreementType::Mou)
        );
    }

    fn term(rest: &str, more: &str) -> Option<u32> {
        agreement(rest, more, None).duration_months
    }

    #[test]
    fn reads_the_term_of_the_agreement_in_its_usual_shapes() {
        let cases: &[(&str, &str, u32)] = &[
            ("signed a five-year memorandum of understanding.", "", 60),
            ("signed a 3-year cyber pact.", "", 36),
            (
                "signed a three-year arrangement on cyber incident response.",
                "",
                36,
            ),
            ("signed a five year cyber agreement.", "", 60),
            (
                "signed a memorandum of understanding for a period of five (5) years.",
                "",
                60,
            ),
            (
                "signed a memorandum of understanding, renewable every two years.",
                "",
                24,
            ),
            (
                "signed a memorandum of understanding for an initial period of two years.",
                "",
                24,
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The agreement, which will last three years, covers incident response.",
                36,
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "It is valid for four years.",
                48,
            ),
            (
                "signed an agreement under which a six-month bootcamp trains analysts.",
                "The agreement is valid for three years.",
                36,
            ),
        ];
        for &(rest, more, months) in cases {
            assert_eq!(term(rest, more), Some(months), "{rest} {more}");
        }
    }

    #[test]
    fn reads_a_term_in_words_compounds_and_decades() {
        let cases: &[(&str, &str, u32)] = &[
            (
                "signed an eighteen-month memorandum of understanding.",
                "",
                18,
            ),
            (
                "signed a thirty-six-month memorandum of understanding.",
                "",
                36,
            ),
            ("signed a six-year cyber agreement.", "", 72),
            (
                "signed a memorandum of understanding on cyber defence.",
                "It is valid for a decade.",
                120,
            ),
            ("signed a decade-long cyber pact.", "", 120),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The MoU, which has a five-year lifespan, covers training.",
                60,
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The MoU is valid for a year.",
                12,
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The partnership is for an initial two-year period.",
                24,
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The five-year MoU covers training.",
                60,
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The MoU has a lifespan of three years.",
                36,
            ),
            (
                "signed a memorandum of understanding valid for two and a half years.",
                "",
                30,
            ),
        ];
        for &(rest, more, months) in cases {
            assert_eq!(term(rest, more), Some(months), "{rest} {more}");
        }
        // "an initial two-year period" of a programme is the programme's.
        assert_eq!(
            term(
                "signed a memorandum of understanding on cyber defence.",
                "The bootcamp runs for an initial two-year period.",
            ),
            None
        );
    }

    #[test]
    fn reads_a_french_term_in_words() {
        let fr = |rest: &str| {
            let text = format!(
                "Le ministère du Numérique de la Ruritanie et le ministère de la Sécurité de la \
                 Bordurie ont signé {rest}\n"
            );
            crate::analyze(&text, &Options::default())
                .expect("analysis")
                .agreements
                .first()
                .and_then(|a| a.duration_months)
        };
        assert_eq!(
            fr("un protocole d'accord d'une durée de vingt-quatre mois."),
            Some(24)
        );
        assert_eq!(
            fr("un protocole d'accord d'une durée de dix-huit mois."),
            Some(18)
        );
        assert_eq!(fr("un protocole d'accord valable six ans."), Some(72));
        assert_eq!(fr("un accord-cadre de cinq ans."), Some(60));
        assert_eq!(
            fr("un protocole d'accord d'une durée de deux ans et demi."),
            Some(30)
        );
        assert_eq!(
            fr("un protocole d'accord d'une durée de trente-six mois."),
            Some(36)
        );
    }

    #[test]
    fn the_length_of_a_programme_or_of_past_work_is_no_term() {
        let cases: &[(&str, &str)] = &[
            (
                "signed a memorandum of understanding on cyber defence.",
                "It also funds a six-month bootcamp for 40 analysts.",
            ),
            (
                "signed a memorandum of understanding on cyber defence, a year after talks began.",
                "",
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The deal includes an 18-month cooperation project on forensics.",
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "Over the past five years the agency has trained 300 analysts.",
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "It is part of the five-year national cyber strategy.",
            ),
            (
                "signed a memorandum of understanding that runs until 2028.",
                "",
            ),
            (
                "signed a research collaboration, with funding doubled over three years.",
                "",
            ),
        ];
        for &(rest, more) in cases {
            assert_eq!(term(rest, more), None, "{rest} {more}");
        }
    }

    #[test]
    fn reads_a_french_term() {
        let fr = |rest: &str| {
            let text = format!(
                "Le ministère du Numérique de la Ruritanie et le ministère de la Sécurité de la \
                 Bordurie ont signé {rest}\n"
            );
            crate::analyze(&text, &Options::default())
                .expect("analysis")
                .agreements
                .first()
                .and_then(|a| a.duration_months)
        };
        assert_eq!(
            fr("un protocole d'accord pour une période de trois ans."),
            Some(36)
        );
        assert_eq!(
            fr("un protocole d'accord d'une durée de 36 mois."),
            Some(36)
        );
        assert_eq!(fr("un accord quinquennal de cybersécurité."), Some(60));
        assert_eq!(
            fr("un protocole d'accord d'une durée de trois (3) ans."),
            Some(36)
        );
        assert_eq!(
            fr("un protocole d'accord, renouvelable tous les deux ans."),
            Some(24)
        );
        assert_eq!(
            fr("un protocole d'accord. Le plan quinquennal de l'agence prévoit une formation de six mois."),
            None
        );
    }

    #[test]
    fn a_venue_a_town_hall_or_a_district_gives_its_city() {
        let cases = [
            (
                "signed a memorandum of understanding at the agency's headquarters on Cedar \
                 Road, Lusaka, by the two directors.",
                Some("Lusaka"),
            ),
            (
                "signed a memorandum of understanding at Dunmere Town Hall on Friday.",
                Some("Dunmere"),
            ),
            (
                "signed a memorandum of understanding at Ashcombe Guildhall.",
                Some("Ashcombe"),
            ),
            (
                "signed a memorandum of understanding at the agency's office in South Jakarta.",
                Some("Jakarta"),
            ),
            // A compass word that is part of the city's own name stays.
            (
                "signed a memorandum of understanding in East London.",
                Some("East London"),
            ),
            (
                "signed a memorandum of understanding for the construction of a centre in \
                 Lagos.",
                None,
            ),
        ];
        for (rest, city) in cases {
            assert_eq!(place(rest, "").as_deref(), city, "{rest}");
        }
    }

    #[test]
    fn a_part_of_a_city_a_long_venue_or_a_venue_the_city_names_gives_the_city() {
        let cases = [
            "signed a memorandum of understanding at the Coral Hotel in the heart of Accra.",
            "signed a memorandum of understanding on the outskirts of Accra.",
            "signed a memorandum of understanding at the agency's offices in zone 4 of Accra.",
            "signed a memorandum of understanding at the bank's Market Street head office in \
             Accra.",
            "signed a memorandum of understanding at the agency's Accra headquarters.",
            "signed a memorandum of understanding at a hotel in Accra's Osu.",
        ];
        for rest in cases {
            assert_eq!(place(rest, "").as_deref(), Some("Accra"), "{rest}");
        }
        // A town the tables do not hold, in a part of it or after a verb of making public.
        assert_eq!(
            place(
                "signed a memorandum of understanding at the agency's offices in the heart of \
                 Dunmere.",
                ""
            )
            .as_deref(),
            Some("Dunmere")
        );
        assert_eq!(
            place(
                "formed a partnership on incident response.",
                "The partnership was presented at the agency's innovation centre in Dunmere."
            )
            .as_deref(),
            Some("Dunmere")
        );
        // "At Port Ruri City Hall, …": a sentence that opens on the venue.
        let text = "At Dunmere City Hall on Monday, the Harbor Cyber Agency and Kestrel Networks \
            Ltd signed a memorandum of understanding on incident response.\n";
        let record = crate::analyze(text, &Options::default()).expect("analysis");
        assert_eq!(
            record
                .agreements
                .first()
                .and_then(|a| a.location.as_deref()),
            Some("Dunmere")
        );
        // A body's seat in a part of a city is no signing place.
        let cases = [
            "signed a memorandum of understanding with a firm based on the outskirts of Accra.",
            "signed a memorandum of understanding.",
        ];
        for rest in cases {
            let more = "Kestrel, whose offices are in the heart of Accra, employs 200 people.";
            assert_eq!(place(rest, more), None, "{rest} {more}");
        }
    }

    #[test]
    fn an_instrument_presented_or_unveiled_is_placed_and_dated_there() {
        let date = Date::new(2026, 3, 12);
        let ag = agreement(
            "formed a partnership on incident response.",
            "The partnership was unveiled in Lusaka on Tuesday.",
            date,
        );
        assert_eq!(ag.location.as_deref(), Some("Lusaka"));
        assert_eq!(
            ag.signed_on.map(|d| d.to_string()).as_deref(),
            Some("2026-03-10")
        );
        // Another instrument, or one still to come, places nothing.
        for more in [
            "A similar partnership was unveiled in Lusaka by two other agencies.",
            "The partnership will be presented in Lusaka next month.",
        ] {
            let ag = agreement("formed a partnership on incident response.", more, date);
            assert_eq!(ag.location, None, "{more}");
        }
    }

    #[test]
    fn a_dateline_town_the_tables_lack_places_a_signing_here() {
        let cases = [
            (
                "PORT ELLIS, Feb. 10 — ",
                "signed a memorandum of understanding here on Monday.",
                Some("PORT ELLIS"),
            ),
            (
                "BATHURST — ",
                "signed a memorandum of understanding here on Monday.",
                Some("BATHURST"),
            ),
            // A dateline alone does not say where the signing took place.
            (
                "BATHURST — ",
                "signed a memorandum of understanding on Monday.",
                None,
            ),
            // Nor does a word in capitals that names no town.
            (
                "BREAKING — ",
                "signed a memorandum of understanding here on Monday.",
                None,
            ),
        ];
        for (dateline, rest, want) in cases {
            let text = format!("Wire\n\n{dateline}{LEAD} {rest}\n");
            let record = crate::analyze(&text, &Options::default()).expect("analysis");
            assert_eq!(
                record
                    .agreements
                    .first()
                    .and_then(|a| a.location.as_deref()),
                want,
                "{text}"
            );
        }
        let text = "Le Fil\n\nRIMOUSKI – Le Cégep du Littoral et l'entreprise Cyberfleuve ont \
            signé ici hier une entente de partenariat en cybersécurité.\n";
        let record = crate::analyze(text, &Options::default()).expect("analysis");
        assert_eq!(
            record
                .agreements
                .first()
                .and_then(|a| a.location.as_deref()),
            Some("RIMOUSKI")
        );
    }

    #[test]
    fn the_length_of_the_project_the_agreement_sets_up_or_of_a_renewal_is_its_term() {
        let cases: &[(&str, &str, Option<u32>)] = &[
            (
                "signed a memorandum of understanding for a three-year project on forensics.",
                "",
                Some(36),
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "The 36-month programme under the agreement trains 400 analysts.",
                Some(36),
            ),
            (
                "renewed their memorandum of understanding for three more years.",
                "",
                Some(36),
            ),
            (
                "extended their memorandum of understanding by five years.",
                "",
                Some(60),
            ),
            (
                "signed a memorandum of understanding on cyber defence.",
                "Both deals run for two years.",
                Some(24),
            ),
            // How often is not how long.
            (
                "signed a memorandum of understanding on cyber defence.",
                "The two will run joint drills twice a year.",
                None,
            ),
            // Too short, or someone else's named programme.
            (
                "signed a memorandum of understanding for a six-month project on forensics.",
                "",
                None,
            ),
            (
                "signed a memorandum of understanding under the Union's four-year Cyber \
                 Resilience programme.",
                "",
                None,
            ),
        ];
        for &(rest, more, want) in cases {
            assert_eq!(term(rest, more), want, "{rest} {more}");
        }
    }

    #[test]
    fn a_place_of_several_words_is_taken_whole() {
        let cases = [
            (
                "signed a memorandum of understanding in Mexico City.",
                "Mexico City",
            ),
            (
                "signed a memorandum of understanding in Dar es Salaam.",
                "Dar es Salaam",
            ),
            (
                "signed a memorandum of understanding in Stone Town.",
                "Stone Town",
            ),
            (
                "signed a memorandum of understanding at a ceremony in Zanzibar's Stone Town.",
                "Stone Town",
            ),
            (
                "signed a memorandum of understanding in Tanzania's Dar es Salaam.",
                "Dar es Salaam",
            ),
            (
                "signed a memorandum of understanding on the sidelines of the Cyber Week held \
                 in Abu Dhabi.",
                "Abu Dhabi",
            ),
            (
                "signed a memorandum of understanding at the Dubai Expo.",
                "Dubai",
            ),
        ];
        for (rest, city) in cases {
            assert_eq!(place(rest, "").as_deref(), Some(city), "{rest}");
        }
        // "City" inside a longer name is no place.
        assert_eq!(
            place(
                "signed a memorandum of understanding at Ruri City Hall Annex.",
                ""
            ),
            None
        );
    }

    #[test]
    fn a_remote_signing_or_a_coming_event_gives_no_place() {
        let cases = [
            (
                "signed a memorandum of understanding virtually during the Kigali Summit.",
                "",
            ),
            (
                "signed a memorandum of understanding by videoconference between Abu Dhabi \
                 and Kuala Lumpur.",
                "",
            ),
            (
                "signed a memorandum of understanding on Monday.",
                "The next Kigali Summit will be held in June.",
            ),
            (
                "signed a memorandum of understanding during an online ceremony hosted in Abu Dhabi.",
                "",
            ),
        ];
        for (rest, more) in cases {
            assert_eq!(place(rest, more), None, "{rest} {more}");
        }
        // An event named after a city, in a sentence that tells no signing.
        assert_eq!(
            place(
                "signed a memorandum of understanding on Monday.",
                "The minister also addressed the Kigali Summit on cyber resilience."
            ),
            None
        );
        // A meeting named after its city, between the parties, is theirs.
        assert_eq!(
            place(
                "signed a memorandum of understanding on Monday.",
                "It comes after a Kigali meeting between the two ministers."
            )
            .as_deref(),
            Some("Kigali")
        );
        // A plan told at a meeting leaves the meeting's place.
        assert_eq!(
            place(
                "signed a memorandum of understanding on cyber incident response.",
                "The ministers met in Kigali, where they said they will deepen cooperation."
            )
            .as_deref(),
            Some("Kigali")
        );
        // A virtual thing that is not the signing leaves the place.
        assert_eq!(
            place(
                "signed a memorandum of understanding in Kigali to build a virtual cyber range.",
                ""
            )
            .as_deref(),
            Some("Kigali")
        );
    }

    #[test]
    fn another_agreement_lends_no_date_place_or_term() {
        let ag = agreement(
            "signed a memorandum of understanding on cyber incident response.",
            "Separately, the Ossland Police Service and Harbor Digital Ltd signed a five-year \
             agreement in Addis Ababa on Friday.",
            Date::new(2025, 3, 10),
        );
        assert_eq!(
            (ag.signed_on, ag.location, ag.duration_months),
            (None, None, None)
        );
        let ag = agreement(
            "signed a memorandum of understanding on Monday in Kuala Lumpur.",
            "In a separate ceremony in Abu Dhabi on Friday, the Borduria Ministry of Digital \
             Affairs also signed a three-year agreement with Harbor Digital Ltd.",
            Date::new(2025, 3, 12),
        );
        assert_eq!(ag.location.as_deref(), Some("Kuala Lumpur"));
        assert_eq!(
            ag.signed_on.map(|d| d.to_string()).as_deref(),
            Some("2025-03-10")
        );
        assert_eq!(ag.duration_months, None);
        // The agreement itself, named again, still gives its facts.
        let ag = agreement(
            "signed a memorandum of understanding on cyber incident response.",
            "The agreement was signed in Addis Ababa at the Harbor Digital Forum.",
            None,
        );
        assert_eq!(ag.location.as_deref(), Some("Addis Ababa"));
    }

    #[test]
    fn the_date_of_a_visit_and_the_seat_of_a_body_are_not_the_signing() {
        let ag = agreement(
            "signed a memorandum of understanding on cyber incident response.",
            "The memorandum widens a cyber partnership with Borduria launched when the \
             Ruritanian minister visited the country in November 2023.",
            None,
        );
        assert_eq!(ag.signed_on, None);
        let ag = agreement(
            "signed a memorandum of understanding on cyber incident response.",
            "Under the memorandum with the Borduria team, analysts will be seconded to the \
             Harbor Innovation Complex (HIC) in Singapore.",
            None,
        );
        assert_eq!(ag.location, None);
        // A signing verb in the clause keeps its date: "signed when … visited on Monday".
        let ag = agreement(
            "signed a memorandum of understanding when the minister visited Port Louis on \
             Monday.",
            "",
            Date::new(2025, 3, 12),
        );
        assert_eq!(
            ag.signed_on.map(|d| d.to_string()).as_deref(),
            Some("2025-03-10")
        );
    }

    #[test]
    fn finds_the_place_after_a_venue_or_a_state() {
        let cases = [
            // A town no table holds, after the words that say it is one.
            (
                "signed a memorandum of understanding in the coastal town of Porthaven on Monday.",
                Some("Porthaven"),
            ),
            (
                "signed a memorandum of understanding to support schools in the town of \
                 Porthaven.",
                None,
            ),
            (
                "signed a memorandum of understanding at the Golden Palm Hotel, Accra.",
                Some("Accra"),
            ),
            (
                "signed a memorandum of understanding at Accra's Kempinski hotel.",
                Some("Accra"),
            ),
            // A long venue name, with a bracketed acronym or an ampersand, then its city.
            (
                "signed a memorandum of understanding at the Palm Grove Hotel & Convention Centre, Kigali.",
                Some("Kigali"),
            ),
            (
                "signed a memorandum of understanding at the Grand International Conference Centre (GICC), Accra.",
                Some("Accra"),
            ),
            (
                "signed a memorandum of understanding in the city of Kumasi.",
                Some("Kumasi"),
            ),
            (
                "signed a memorandum of understanding in Elmina, Ghana, on Friday.",
                Some("Elmina"),
            ),
            // A region is no town, and a firm's home is no signing place.
            (
                "signed a memorandum of understanding in Rivers State, Nigeria.",
                None,
            ),
            (
                "signed a memorandum of understanding with a firm based in Elmina, Ghana.",
                None,
            ),
            (
                "signed a memorandum of understanding at Kestrel, Ghana's largest bank.",
                None,
            ),
            (
                "signed a memorandum of understanding at the Ministry of Communications, Accra.",
                Some("Accra"),
            ),
            (
                "signed a memorandum of understanding with the Ministry of Communications, Accra.",
                None,
            ),
        ];
        for (rest, want) in cases {
            assert_eq!(place(rest, "").as_deref(), want, "{rest}");
        }
        let fr = |rest: &str| {
            let text = format!(
                "Le ministère du Numérique de la Ruritanie et le ministère de la Sécurité de la \
                 Bordurie ont signé un protocole d'accord {rest}\n"
            );
            crate::analyze(&text, &Options::default())
                .expect("analysis")
                .agreements
                .first()
                .and_then(|a| a.location.clone())
        };
        assert_eq!(fr("à Ouidah, au Bénin.").as_deref(), Some("Ouidah"));
        assert_eq!(
            fr("à Kananaskis, en Alberta.").as_deref(),
            Some("Kananaskis")
        );
        assert_eq!(
            fr("à l'hôtel Mont-Sinaï de Yamoussoukro.").as_deref(),
            Some("Yamoussoukro")
        );
        assert_eq!(fr("dans la ville de Kribi.").as_deref(), Some("Kribi"));
    }

    #[test]
    fn the_sentence_that_says_the_event_took_place_gives_date_and_place() {
        let ag = agreement(
            "have signed a memorandum of understanding to boost cyber skills.",
            "The event took place at the Radisson Blu hotel in Kigali on Monday.",
            Date::new(2025, 3, 12),
        );
        assert_eq!(ag.location.as_deref(), Some("Kigali"));
        assert_eq!(
            ag.signed_on.map(|d| d.to_string()).as_deref(),
            Some("2025-03-10")
        );
        // Further on, an event that took place is another one.
        let ag = agreement(
            "have signed a memorandum of understanding to boost cyber skills.",
            "The agency trains analysts.\n\nLast year's hackathon took place in Lusaka.",
            Date::new(2025, 3, 12),
        );
        assert_eq!(ag.location, None);
    }

    #[test]
    fn an_unknown_town_is_placed_by_a_venue_or_a_dateline_not_a_language() {
        let r = Date::new(2025, 3, 12);
        let at = |text: &str| {
            let options = Options {
                reference_date: r,
                ..Options::default()
            };
            crate::analyze(text, &options)
                .expect("analysis")
                .agreements
                .first()
                .and_then(|a| a.location.clone())
        };
        let here = format!("RURIBURG, Kenya, March 11 (Newswire) - {LEAD} signed a memorandum of understanding here on Tuesday.\n");
        assert_eq!(at(&here).as_deref(), Some("RURIBURG"));
        let retreat = format!(
            "{LEAD} signed a memorandum of understanding at a retreat in Ruriburg on Tuesday.\n"
        );
        assert_eq!(at(&retreat).as_deref(), Some("Ruriburg"));
        let language =
            format!("{LEAD} signed a memorandum of understanding in English on Tuesday.\n");
        assert_eq!(at(&language), None);
    }

    #[test]
    fn in_the_capital_is_the_capital_of_the_dateline() {
        let r = Date::new(2025, 3, 12);
        let at = |dateline: &str, rest: &str| {
            let text = format!("{dateline} - {LEAD} {rest}\n");
            let options = Options {
                reference_date: r,
                ..Options::default()
            };
            crate::analyze(&text, &options)
                .expect("analysis")
                .agreements
                .first()
                .and_then(|a| a.location.clone())
        };
        let signed = "signed a memorandum of understanding in the capital on Tuesday.";
        assert_eq!(
            at("ACCRA, March 11 (Newswire)", signed).as_deref(),
            Some("ACCRA")
        );
        // "here" is the dateline's city, a capital or not; without "here" the dateline
        // only says where the report was filed.
        assert_eq!(
            at(
                "ACCRA, March 11 (Newswire)",
                "signed, in the capital, a memorandum of understanding on Tuesday."
            )
            .as_deref(),
            Some("ACCRA")
        );
        // "in the commercial capital": the dateline's city, which need not be the capital.
        assert_eq!(
            at(
                "KUMASI, March 11 (Newswire)",
                "signed a memorandum of understanding in the commercial capital on Tuesday."
            )
            .as_deref(),
            Some("KUMASI")
        );
        for dateline in ["ACCRA, March 11 (Newswire)", "KUMASI, March 11 (Newswire)"] {
            let city = dateline.split(',').next();
            for rest in [
                "signed a memorandum of understanding here on Tuesday.",
                "signed a memorandum of understanding in the city on Tuesday.",
            ] {
                assert_eq!(at(dateline, rest).as_deref(), city);
            }
            assert_eq!(
                at(dateline, "signed a memorandum of understanding on Tuesday."),
                None
            );
        }
        assert_eq!(
            at(
                "ACCRA, March 11 (Newswire)",
                "signed a memorandum of understanding in the Ghanaian capital on Tuesday."
            )
            .as_deref(),
            Some("ACCRA")
        );
        // Another state's capital is that state's, named or not in the text; a city that is
        // no capital, or no capital in the text, gives none.
        assert_eq!(
            at(
                "ACCRA, March 11 (Newswire)",
                "signed a memorandum of understanding in the Kenyan capital on Tuesday."
            )
            .as_deref(),
            Some("Nairobi")
        );
        for (lead, city) in [
            (
                "signed a memorandum of understanding in the Estonian capital.",
                "Tallinn",
            ),
            (
                "signed a memorandum of understanding in the capital of Mali.",
                "Bamako",
            ),
            (
                "signed a memorandum of understanding in the capital city of Mali.",
                "Bamako",
            ),
            (
                "signed a memorandum of understanding in Ghana's capital.",
                "Accra",
            ),
            (
                "signed a memorandum of understanding in the coastal city of Kribi.",
                "Kribi",
            ),
        ] {
            assert_eq!(place(lead, "").as_deref(), Some(city));
        }
        let fr = crate::analyze(
            "L'Agence de cybersécurité de Syldavie et la société Ferrox Numérique ont signé \
             lundi, dans la capitale gabonaise, une convention de cybersécurité.\n",
            &Options::default(),
        )
        .expect("analysis");
        let fr = fr.agreements.first().and_then(|a| a.location.as_deref());
        assert_eq!(fr, Some("Libreville"));
        // A capital named after its state is its own evidence.
        let text = format!(
            "{LEAD} signed a memorandum of understanding in the capital of Mali, Bamako.\n"
        );
        let got = crate::analyze(&text, &Options::default()).expect("analysis");
        let ev = got.agreements.first().map(|a| a.location_evidence.clone());
        let ev: Vec<&str> = ev.iter().flatten().map(|e| e.slice(&text)).collect();
        assert_eq!(ev, ["Bamako"]);
        // The capital in the purpose of the signing is not its place.
        assert_eq!(
            place(
                "signed a memorandum of understanding to build a data centre in the Malian \
                 capital.",
                ""
            ),
            None
        );
        assert_eq!(at("KUMASI, March 11 (Newswire)", signed), None);
        assert_eq!(
            at(
                "ACCRA, March 11 (Newswire)",
                "signed a memorandum of understanding on Tuesday to build human capital."
            ),
            None
        );
        // A trip still to come is no place.
        assert_eq!(
            at(
                "ACCRA, March 11 (Newswire)",
                "signed a memorandum of understanding on Tuesday.\n\nThe minister travels on \
                 to Lagos, where he is due to address a banking conference."
            ),
            None
        );
    }

    #[test]
    fn the_place_of_an_event_the_signing_follows_is_not_its_place() {
        assert_eq!(
            place(
                "signed a memorandum of understanding.",
                "The signing comes after an attack on a hospital in Lusaka last month."
            ),
            None
        );
        // A meeting of the parties that the signing follows stays their place.
        assert_eq!(
            place(
                "signed a memorandum of understanding.",
                "The signing comes after a Lusaka meeting between the two ministers."
            )
            .as_deref(),
            Some("Lusaka")
        );
    }

    #[test]
    fn a_statement_made_at_the_signing_places_and_dates_it() {
        let r = Date::new(2026, 4, 17);
        let got = agreement(
            "signed a memorandum of understanding.",
            "Cyber skills matter, the minister said in Lusaka on Thursday. He was speaking at \
             the signing of the memorandum.",
            r,
        );
        assert_eq!(got.location.as_deref(), Some("Lusaka"));
        assert_eq!(
            got.signed_on.map(|d| d.to_string()).as_deref(),
            Some("2026-04-16")
        );
        // A statement the text does not tie to the signing gives no place.
        let got = agreement(
            "signed a memorandum of understanding.",
            "Cyber skills matter, the minister said in Lusaka on Thursday.",
            r,
        );
        assert_eq!(got.location, None);
    }

    #[test]
    fn a_meeting_dated_on_another_day_is_not_the_signing() {
        let r = Date::new(2026, 3, 12);
        let got = agreement(
            "signed a memorandum of understanding on Monday.",
            "The chiefs met at a summit in Lusaka on February 3.",
            r,
        );
        assert_eq!(got.location, None);
        let got = agreement(
            "signed a memorandum of understanding on Monday.",
            "The chiefs met at a summit in Lusaka on Monday.",
            r,
        );
        assert_eq!(got.location.as_deref(), Some("Lusaka"));
    }

    #[test]
    fn a_caption_or_a_city_that_was_the_venue_gives_the_place() {
        let got = agreement(
            "signed a memorandum of understanding.",
            "Photo: the two chiefs at the signing in Lusaka on March 10, 2026.",
            None,
        );
        assert_eq!(got.location.as_deref(), Some("Lusaka"));
        assert_eq!(
            got.signed_on.map(|d| d.to_string()).as_deref(),
            Some("2026-03-10")
        );
        for text in [
            "Lusaka was the venue on Monday for the signing of a memorandum of understanding \
             between the Ruritania National Cyber Agency and Harbor Digital.\n",
            "La ville de Lusaka a servi de cadre, lundi, à la signature d'un protocole \
             d'accord entre l'Agence de cybersécurité de Syldavie et la société Ferrox.\n",
        ] {
            let record = crate::analyze(text, &Options::default()).expect("analysis");
            let got = record
                .agreements
                .first()
                .and_then(|a| a.location.as_deref());
            assert_eq!(got, Some("Lusaka"), "{text}");
        }
    }

    #[test]
    fn a_signing_sentence_that_recalls_an_earlier_meeting_gives_no_place() {
        assert_eq!(
            place(
                "signed a memorandum of understanding on Monday.",
                "The signing came two years after the two sides first met in Geneva."
            ),
            None
        );
        assert_eq!(
            place(
                "signed a memorandum of understanding on Monday.",
                "The signing ceremony took place in Geneva."
            )
            .as_deref(),
            Some("Geneva")
        );
    }

    #[test]
    fn a_place_in_the_purpose_of_the_signing_is_not_its_place() {
        let cases = [
            (
                "signed a memorandum of understanding to open a security operations centre in \
                 Lagos.",
                None,
            ),
            (
                "signed a memorandum of understanding that will see 200 students in Nairobi \
                 trained.",
                None,
            ),
            (
                "signed a memorandum of understanding in Accra to set up a cyber lab in Kumasi.",
                Some("Accra"),
            ),
            (
                "signed a memorandum of understanding to boost cooperation at a ceremony in \
                 Accra.",
                Some("Accra"),
            ),
        ];
        for (rest, want) in cases {
            assert_eq!(place(rest, "").as_deref(), want, "{rest}");
        }
    }

    #[test]
    fn an_online_signing_or_a_later_event_gives_no_place() {
        let ag = agreement(
            "signed a memorandum of understanding.",
            "The memorandum was signed online. The partners will present results at a \
             conference in Vienna on 05/20/2025.",
            Date::new(2025, 3, 12),
        );
        assert_eq!(ag.location, None);
        let ag = agreement(
            "signed a memorandum of understanding.",
            "The partners will present results at a conference in Vienna on 05/20/2025.",
            Date::new(2025, 3, 12),
        );
        assert_eq!(ag.location, None);
    }

    #[test]
    fn an_announcement_or_a_deadline_does_not_date_the_signing() {
        let date = |rest: &str, more: &str| {
            agreement(rest, more, Date::new(2026, 5, 20))
                .signed_on
                .map(|d| d.to_string())
        };
        // A joint statement is the instrument: its day is the signing's.
        assert_eq!(
            date(
                "issued a joint statement on Friday on cyber cooperation.",
                ""
            )
            .as_deref(),
            Some("2026-05-15")
        );
        for rest in [
            "today announced a strategic partnership to secure payment networks.",
            "today announced the signing of a memorandum of understanding.",
            "announced today that they have signed a memorandum of understanding.",
            "signed a memorandum of understanding and will open a centre by the end of September.",
            "signed a memorandum of understanding that must be in place by the end of this month.",
        ] {
            assert_eq!(date(rest, ""), None, "{rest}");
        }
        // "Elle a été paraphée lundi": a feminine participle tells the signing too.
        let text = "L'Agence ruritanienne de cybersécurité et Acme Sécurité ont conclu une \
                    convention de coopération.\nElle a été paraphée lundi au siège de l'agence.";
        let options = Options {
            reference_date: Date::new(2026, 5, 20),
            ..Options::default()
        };
        let record = crate::analyze(text, &options).expect("analysis");
        assert_eq!(
            record.agreements[0]
                .signed_on
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-05-18")
        );
        for rest in [
            "ont annoncé aujourd'hui avoir signé un protocole d'accord.",
            "annoncent ce mercredi la signature d'un protocole d'accord.",
            "ont signé un protocole d'accord et ouvriront un centre d'ici la fin du mois de septembre.",
        ] {
            let text = format!(
                "L'Agence ruritanienne de cybersécurité et Acme Sécurité {rest}"
            );
            let options = Options {
                reference_date: Date::new(2026, 5, 20),
                ..Options::default()
            };
            let record = crate::analyze(&text, &options).expect("analysis");
            assert!(record.is_agreement, "{text}");
            assert_eq!(record.agreements[0].signed_on, None, "{text}");
        }
        // "last Wednesday" written on a Wednesday is a week before.
        assert_eq!(
            date("signed a memorandum of understanding last Wednesday.", "").as_deref(),
            Some("2026-05-13")
        );
        assert_eq!(
            date("signed a memorandum of understanding on Wednesday.", "").as_deref(),
            Some("2026-05-20")
        );
        // The signing day told after the announcement still counts.
        assert_eq!(
            date(
                "announced on Wednesday that they signed a memorandum of understanding on the 14th.",
                ""
            )
            .as_deref(),
            Some("2026-05-14")
        );
        // "a separate MoU" of one of the parties with a body not read as a name lends no date.
        assert_eq!(
            date(
                "signed a memorandum of understanding.",
                "At the end of April, the Ruritania National Cyber Agency and the central bank \
                 agreed on a separate MoU."
            ),
            None
        );
    }

    #[test]
    fn a_place_of_a_statement_or_a_body_is_not_the_signing_place() {
        for (rest, more, want) in [
            // The body's own word ("Office") does not make the city its seat.
            (
                "and the Borduria Police Office signed a memorandum of understanding in Kigali.",
                "",
                Some("Kigali"),
            ),
            (
                "signed a memorandum of understanding, the agency said in Nairobi.",
                "",
                None,
            ),
            (
                "ont signé un protocole d'accord, a indiqué l'agence à Abidjan.",
                "",
                None,
            ),
            (
                "signed a memorandum of understanding, the minister said in Nairobi during the signing ceremony.",
                "",
                Some("Nairobi"),
            ),
            (
                "signed a memorandum of understanding in Kigali, the agency said in Nairobi.",
                "",
                Some("Kigali"),
            ),
            // An event named after its city, with words between: the place of a signing it hosts.
            (
                "signed a memorandum of understanding at the Munich Security Conference.",
                "",
                Some("Munich"),
            ),
            (
                "ont signé une convention en marge du Forum international de la cybersécurité de Lille.",
                "",
                Some("Lille"),
            ),
            (
                "signed a memorandum of understanding.",
                "The director later spoke at the Munich Security Conference.",
                None,
            ),
            (
                "signed a memorandum of understanding.",
                "Speaking at the ceremony in Accra, the minister praised the deal.",
                Some("Accra"),
            ),
            // A trip told apart from the signing is no signing place; told with it, it is.
            (
                "signed a memorandum of understanding.",
                "It comes as the minister is on a three-day visit to Nairobi.",
                None,
            ),
            (
                "signed a memorandum of understanding during a visit to Nairobi.",
                "",
                Some("Nairobi"),
            ),
            // A meeting still to come.
            (
                "signed a memorandum of understanding.",
                "It will be reviewed at a ministerial meeting in Lilongwe in March.",
                None,
            ),
            // A town the tables do not hold, named right after the signing verb.
            (
                "signed a memorandum of understanding.",
                "It was signed in Ruriville by the two directors.",
                Some("Ruriville"),
            ),
            (
                "signed a memorandum of understanding.",
                "It was signed in Kestrel's offices by the two directors.",
                None,
            ),
            (
                "signed a memorandum of understanding in Ruriville on Monday.",
                "",
                Some("Ruriville"),
            ),
            // Words of the tables are no unknown town.
            (
                "signed a memorandum of understanding in Cybersecurity Cooperation.",
                "",
                None,
            ),
            (
                "signed a memorandum of understanding.",
                "It was signed in March by the two directors.",
                None,
            ),
        ] {
            assert_eq!(place(rest, more).as_deref(), want, "{rest} {more}");
        }
    }

    #[test]
    fn resolves_relative_and_ambiguous_signing_dates() {
        let date = |rest: &str, more: &str, r: Option<Date>| {
            agreement(rest, more, r).signed_on.map(|d| d.to_string())
        };
        let r = Date::new(2025, 3, 12);
        // Month first, because day first would be months after the article.
        assert_eq!(
            date("signed a memorandum of understanding on 03/11/2025.", "", r).as_deref(),
            Some("2025-03-11")
        );
        // Day first when it fits.
        assert_eq!(
            date("signed a memorandum of understanding on 10/03/2025.", "", r).as_deref(),
            Some("2025-03-10")
        );
        assert_eq!(
            date(
                "signed a memorandum of understanding earlier this month.",
                "",
                r
            )
            .as_deref(),
            Some("2025-03")
        );
        assert_eq!(
            date(
                "signed a memorandum of understanding on Tuesday last week.",
                "",
                r
            )
            .as_deref(),
            Some("2025-03-04")
        );
        // Without a reference date, the weekday picks the year among the text's years.
        assert_eq!(
            date(
                "signed a letter of intent on Friday (Sept. 26).",
                "It builds on a memorandum of 2017. Copyright 2025.",
                None
            )
            .as_deref(),
            Some("2025-09-26")
        );
        // Two years that both fit leave the year unknown.
        assert_eq!(
            date(
                "signed a letter of intent on Friday (Sept. 26).",
                "It builds on a memorandum of 2014. Copyright 2025.",
                None
            ),
            None
        );
    }

    #[test]
    fn a_lead_glued_to_a_stamp_line_gives_the_date() {
        let text = "Port Louis March 10/2025 /RNA/The Ruritania National Cyber Agency (RNCA) and \
                    the Borduria Computer Emergency Response Team have signed a memorandum of \
                    understanding to work together today.\nThe memorandum between the RNCA and \
                    the Borduria Computer Emergency Response Team covers incident response.\n";
        let options = Options {
            reference_date: Date::new(2025, 3, 10),
            ..Options::default()
        };
        let record = crate::analyze(text, &options).expect("analysis");
        let signed = record.agreements.first().and_then(|a| a.signed_on);
        assert_eq!(signed.map(|d| d.to_string()).as_deref(), Some("2025-03-10"));
    }

    /// The renewal of the first agreement: (earlier year, whether it is one).
    fn renewal_of(rest: &str, more: &str) -> Option<Option<i32>> {
        agreement(rest, more, Date::new(2025, 3, 12))
            .renewal
            .map(|r| r.earlier_year)
    }

    #[test]
    fn tells_a_renewal_and_the_year_of_the_earlier_signing() {
        // Renewing words with the instrument as their object or subject.
        assert_eq!(
            renewal_of("renewed their memorandum of understanding on Monday.", ""),
            Some(None)
        );
        assert_eq!(
            renewal_of("re-signed their cooperation agreement on Monday.", ""),
            Some(None)
        );
        assert_eq!(
            renewal_of(
                "signed a three-year cooperation agreement on Monday.",
                "The agreement extends the 2019 memorandum between the two agencies."
            ),
            Some(Some(2019))
        );
        assert_eq!(
            renewal_of(
                "signed a memorandum of understanding on Monday.",
                "With it, the memorandum was renewed for three more years."
            ),
            Some(None)
        );
        // "The second agreement", the first one dated.
        assert_eq!(
            renewal_of(
                "signed a cooperation agreement on Monday.",
                "This is the second agreement between them; the first was signed in 2016."
            ),
            Some(Some(2016))
        );
        assert_eq!(
            renewal_of(
                "signed a memorandum of understanding on Monday.",
                "It is their second memorandum."
            ),
            Some(None)
        );
        // The renewed instrument dated by its own clause; "seeks to renew" is done now.
        assert_eq!(
            renewal_of(
                "signed a memorandum of understanding on Monday.",
                "The memorandum seeks to renew the agreement that was signed by both agencies \
                 in June 2015."
            ),
            Some(Some(2015))
        );
        assert_eq!(
            renewal_of(
                "signed a memorandum of understanding on Monday.",
                "It renews the cooperation agreement signed in 2018 between the two bodies."
            ),
            Some(Some(2018))
        );
        // A renewing verb, and the earlier signing dated in another sentence.
        assert_eq!(
            renewal_of(
                "renewed their partnership on Monday.",
                "The partnership was originally signed in March 2018 in Port Ruri."
            ),
            Some(Some(2018))
        );
    }

    #[test]
    fn a_renewal_to_come_or_an_earlier_date_alone_is_no_renewal() {
        for more in [
            "The memorandum can be renewed by mutual consent.",
            "The agreement will be extended if both sides agree.",
            "Both sides plan to renew the memorandum in 2027.",
            "It is renewable every two years.",
            "The text includes a renewal clause.",
            "The agencies renewed their commitment to open standards.",
            "The agreement extends cooperation to critical infrastructure.",
            "The second agreement covers training.",
            "This is the second memorandum the agency has signed this month.",
            "This is their first agreement signed in 2025.",
            // A later report of this signing may date it: no earlier signing is implied.
            "The memorandum was originally signed in January 2025.",
        ] {
            assert_eq!(
                renewal_of("signed a memorandum of understanding on Monday.", more),
                None,
                "{more}"
            );
        }
    }

    #[test]
    fn tells_a_french_renewal() {
        let fr = |rest: &str| {
            let text = format!(
                "Le ministère du Numérique de la Ruritanie et le ministère de la Sécurité de la \
                 Bordurie {rest}\n"
            );
            crate::analyze(&text, &Options::default())
                .expect("analysis")
                .agreements
                .first()
                .and_then(|a| a.renewal.clone())
                .map(|r| r.earlier_year)
        };
        assert_eq!(
            fr("ont renouvelé leur protocole d'accord de cybersécurité."),
            Some(None)
        );
        assert_eq!(
            fr(
                "ont reconduit la convention de cybersécurité signée pour la première fois \
                en 2017."
            ),
            Some(Some(2017))
        );
        assert_eq!(
            fr(
                "ont signé un accord de cybersécurité. C'est le deuxième accord entre les deux \
                ministères, le premier avait été signé en 2015."
            ),
            Some(Some(2015))
        );
        assert_eq!(
            fr("ont signé un accord de cybersécurité, qui pourra être prolongé."),
            None
        );
    }

    #[test]
    fn an_unknown_town_after_the_signing_before_its_purpose() {
        for (rest, town) in [
            (
                "signed a memorandum on 6 May in Valdoria to share threat data.",
                "Valdoria",
            ),
            (
                "signed a memorandum on 6 May in Selvane under which they will train staff.",
                "Selvane",
            ),
            (
                "signed a memorandum in Valdoria covering incident response.",
                "Valdoria",
            ),
        ] {
            assert_eq!(place(rest, "").as_deref(), Some(town), "{rest}");
        }
    }

    #[test]
    fn an_unknown_town_after_a_venue_or_with_a_telling_word() {
        for (rest, town) in [
            (
                "signed a memorandum on 6 May at the Meridian Hotel in Valdoria.",
                "Valdoria",
            ),
            (
                "signed a memorandum on 6 May at the agency's headquarters in Valdoria.",
                "Valdoria",
            ),
            (
                "signed a memorandum on the sidelines of the Global Cyber Summit in Valdoria.",
                "Valdoria",
            ),
            (
                "signed a memorandum on 6 May in Port Selvane.",
                "Port Selvane",
            ),
            (
                "signed a memorandum on 6 May in Selvane Bay.",
                "Selvane Bay",
            ),
            (
                "signed a memorandum on 6 May in the capital, Valdoria.",
                "Valdoria",
            ),
        ] {
            assert_eq!(place(rest, "").as_deref(), Some(town), "{rest}");
        }
        // A purpose between the verb and the town: not the signing's place.
        assert_eq!(
            place("signed a memorandum for the new hotel in Valdoria.", ""),
            None
        );
    }
}
