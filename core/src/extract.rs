//! The record stage: input text and options in, [`Analysis`] out.
//!
//! It reduces markup to text, builds the shared context (the text, mentions, dates and
//! reporting sentences: [`crate::frames`]), then for each agreement the frames show, in order
//! of importance, chooses its parties ([`crate::parties`]), its signatories
//! ([`crate::people`]), its instrument, date, place and term ([`crate::facets`]) and its
//! scope ([`crate::scope`]), and adds a short summary ([`crate::summary`]).

use crate::date::Date;
use crate::dates;
use crate::error::{Error, ErrorKind};
use crate::facts::{Agreement, Analysis};
use crate::frames::context;
use crate::markup;
use crate::options::{Format, Options};
use crate::{facets, parties, people, scope, summary};

/// The largest input accepted, in bytes (16 MiB). Larger inputs are refused with
/// [`ErrorKind::TooLarge`], never truncated.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

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

    let mut people = people::find(&ctx);
    part_affiliations(&ctx, &mut people);
    let all = parties::choose_all(&ctx, &people);
    let roles: Vec<crate::facts::Span> = people.iter().filter_map(|p| p.role_span).collect();
    let signed = ctx.triggers.iter().any(|t| !t.negated) && !procurement_notice(&ctx);
    let several = all.iter().filter(|c| c.len() >= 2).count() > 1;
    for (i, chosen) in all
        .iter()
        .enumerate()
        .filter(|(_, c)| c.len() >= 2 && signed)
    {
        let mut agreement = Agreement {
            parties: chosen.iter().map(|p| p.party.clone()).collect(),
            ..Agreement::default()
        };
        let others: Vec<&parties::Chosen> = all
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .flat_map(|(_, c)| c.iter())
            .collect();
        agreement.signatories = people::signatories(&ctx, &people, chosen, &others);
        // A name taken for a party ("Borealis Shield") is no person who signed, nor is a
        // person a party is named after ("Université Marie et Louis Pasteur").
        let parties = &agreement.parties;
        agreement.signatories.retain(|s| {
            let name = format!(" {} ", crate::token::fold(&s.name));
            !parties
                .iter()
                .any(|p| format!(" {} ", crate::token::fold(&p.name)).contains(&name))
        });
        facets::fill(&ctx, &mut agreement, several);
        agreement.scope = scope::find(&ctx, chosen, &others, agreement.signed_on, &roles);
        if !record.is_agreement {
            record.summary = summary::write(&ctx, chosen);
        }
        record.is_agreement = true;
        record.agreements.push(agreement);
    }
    if !record.is_agreement {
        record.summary = summary::lead(&ctx);
    }
    crate::parts::share_out(&ctx, &mut record.agreements);
    drop_unplaced_signatories(&mut record.agreements);
    ordinal_signers(&ctx, &people, &mut record.agreements);
    record
}

/// The rank an ordinal gives ("the first" → 0, "le second" → 1).
fn ordinal_rank(fold: &str) -> Option<usize> {
    Some(match fold {
        "first" | "premier" | "premiere" => 0,
        "second" | "seconde" | "deuxieme" => 1,
        "third" | "troisieme" => 2,
        "fourth" | "quatrieme" => 3,
        _ => return None,
    })
}

/// "X signed the first; Y signed the second", "Le premier a été paraphé par X, le second
/// par Y": in an article of several agreements, a sentence that names as many people as
/// it names instruments by their ordinal alone pairs them in text order, and the ordinals
/// count the agreements in the order the text first names their own partners. Each such
/// person signs the agreement of their rank only, for its partner unless a party of it is
/// already theirs.
fn ordinal_signers(
    ctx: &crate::frames::Ctx<'_>,
    people: &[crate::persons::Person],
    agreements: &mut [Agreement],
) {
    let n = agreements.len();
    if n < 2 {
        return;
    }
    let doc = &ctx.doc;
    let token_at = |start: usize| doc.tokens.binary_search_by_key(&start, |t| t.start).ok();
    // Each agreement's own partner (a party no other agreement has) and where the body
    // first names it.
    let own: Vec<Option<(usize, String)>> = (0..n)
        .map(|i| {
            agreements[i]
                .parties
                .iter()
                .filter(|p| {
                    (0..n)
                        .all(|j| j == i || !agreements[j].parties.iter().any(|q| q.name == p.name))
                })
                .filter_map(|p| {
                    let first = p
                        .evidence
                        .iter()
                        .filter_map(|e| token_at(e.start))
                        .filter(|&k| !ctx.is_title(doc.sentence_of[k]))
                        .min()?;
                    Some((first, p.name.clone()))
                })
                .min()
        })
        .collect();
    if own.iter().any(Option::is_none) {
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::indices(&mut order, &|a, b| {
        let at = |i: usize| own[i].as_ref().map(|o| o.0);
        at(a).cmp(&at(b))
    });
    let allowed = |k: usize, b: usize| {
        let Some(t) = doc.tokens.get(k).filter(|_| k < b) else {
            return true;
        };
        !t.is_word()
            || word_set!("ordinal_nouns").contains(t)
            || word_set!("ordinal_copula").contains(t)
            || matches!(
                t.fold.as_str(),
                "by" | "par" | "a" | "ete" | "for" | "pour" | "has" | "had" | "were"
            )
    };
    for (s, sent) in doc.body_sentences() {
        let (a, b) = sent.tokens;
        let ordinals: Vec<usize> = (a + 1..b)
            .filter(|&k| {
                crate::frames::is_article_fold(&doc.tokens[k - 1].fold)
                    && allowed(k + 1, b)
                    && ordinal_rank(&doc.tokens[k].fold).is_some_and(|r| r < n)
            })
            .collect();
        if ordinals.is_empty() || ctx.cue_hits(s, crate::lexicon::Cue::Sign).is_empty() {
            continue;
        }
        // The people the sentence names, in text order.
        let mut named: Vec<(usize, &crate::persons::Person)> = people
            .iter()
            .filter_map(|p| {
                let k = p
                    .mentions
                    .iter()
                    .map(|&m| ctx.ents.mentions[m].first)
                    .find(|&k| doc.sentence_of[k] == s)?;
                Some((k, p))
            })
            .collect();
        if named.len() != ordinals.len() {
            continue;
        }
        crate::sort::by(&mut named, |x, y| x.0.cmp(&y.0));
        for (&o, &(_, p)) in ordinals.iter().zip(&named) {
            let Some(rank) = ordinal_rank(&doc.tokens[o].fold) else {
                continue;
            };
            let target = order[rank];
            let partner = own[target].as_ref().map(|x| x.1.clone());
            let mut found: Option<crate::facts::Signatory> = None;
            for ag in agreements.iter_mut() {
                if let Some(pos) = ag.signatories.iter().position(|x| x.name == p.name) {
                    let sig = ag.signatories.remove(pos);
                    found.get_or_insert(sig);
                }
            }
            let ag = &mut agreements[target];
            let mut sig = found.unwrap_or_else(|| {
                let mut evidence: Vec<crate::facts::Span> = p
                    .mentions
                    .iter()
                    .map(|&m| {
                        let mm = &ctx.ents.mentions[m];
                        doc.span(mm.first, mm.last)
                    })
                    .collect();
                crate::sort::all(&mut evidence);
                evidence.dedup();
                crate::facts::Signatory {
                    name: p.name.clone(),
                    role: p.role.clone(),
                    party: None,
                    evidence,
                }
            });
            if !sig
                .party
                .as_ref()
                .is_some_and(|x| ag.parties.iter().any(|q| &q.name == x))
            {
                sig.party = partner;
            }
            ag.signatories.push(sig);
        }
    }
}

/// "• Services agreement with B, signed by its chief executive, X": a person named in a
/// part of several agreements (a list item, an ordinal) with no body in their role
/// speaks for that part's partner.
fn part_affiliations(ctx: &crate::frames::Ctx<'_>, people: &mut [crate::persons::Person]) {
    let doc = &ctx.doc;
    // "signée par le maire X", "signed by Mayor X": a mayor with no body in their role
    // speaks for the one town's government the article names ("Ville de Y", "City of Y").
    let mayor = |p: &crate::persons::Person| {
        p.affiliations.is_empty()
            && p.role.as_deref().is_some_and(|r| {
                r.split(' ')
                    .next_back()
                    .is_some_and(|w| word_set!("mayor_titles").contains_str(w))
            })
    };
    if people.iter().any(mayor) {
        let towns: Vec<usize> = (0..ctx.ents.clusters.len())
            .filter(|&c| {
                let cl = &ctx.ents.clusters[c];
                matches!(cl.kind, crate::entities::MentionKind::Org { .. })
                    && cl.mentions.iter().any(|&m| {
                        let (first, last) = (ctx.ents.mentions[m].first, ctx.ents.mentions[m].last);
                        let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
                        // "City of Y", "Ville de Y"; "Y City Council", "Y Municipality".
                        word_set!("town_bodies").contains(&doc.tokens[first])
                            && matches!(fold(first + 1), "of" | "de" | "d'")
                            || last > first + 1
                                && (fold(last - 1) == "council"
                                    && (word_set!("town_bodies").contains(&doc.tokens[last - 2])
                                        || word_set!("local_bodies")
                                            .contains(&doc.tokens[last - 2])
                                        || matches!(fold(last - 2), "municipal" | "district"))
                                    || matches!(fold(last - 1), "municipality" | "municipalite"))
                    })
            })
            .collect();
        if let [town] = towns[..] {
            for p in people.iter_mut().filter(|p| mayor(p)) {
                p.affiliations.push(town);
            }
        }
    }
    for p in people.iter_mut().filter(|p| p.affiliations.is_empty()) {
        let Some(&mi) = p.mentions.first() else {
            continue;
        };
        // "its chief executive", "son président": the role is the partner's.
        let possessed = p.role_span.is_some_and(|r| {
            let k = doc.tokens.partition_point(|t| t.start < r.start);
            (k.saturating_sub(2)..=k).any(|j| {
                doc.tokens
                    .get(j)
                    .is_some_and(|t| word_set!("role_possessives").contains(t))
            })
        });
        let s = ctx.doc.sentence_of[ctx.ents.mentions[mi].first];
        // "University: A cooperation agreement with B, signed by rector X": in an item of a
        // list of parts, the one partner after "with" is the signer's.
        if crate::frames::opens_item(doc, s) {
            let mut partners: Vec<usize> = crate::frames::frame_groups(ctx, s)
                .iter()
                .filter(|(slot, _)| *slot == crate::frames::Slot::With)
                .flat_map(|(_, g)| g.iter().map(|&m| ctx.ents.cluster_of[m]))
                .collect();
            partners.dedup();
            if let [partner] = partners[..] {
                p.affiliations.push(partner);
                continue;
            }
        }
        if !possessed {
            continue;
        }
        if let [partner] = crate::frames::ordinal_partners(ctx, s)[..] {
            p.affiliations.push(ctx.ents.cluster_of[partner]);
        }
    }
}

/// A person who speaks for a party of one agreement is no signatory, without a party, of
/// another agreement of the same article.
fn drop_unplaced_signatories(agreements: &mut [Agreement]) {
    if agreements.len() < 2 {
        return;
    }
    let placed: Vec<(String, String)> = agreements
        .iter()
        .flat_map(|a| a.signatories.iter())
        .filter_map(|s| Some((s.name.clone(), s.party.clone()?)))
        .collect();
    for a in agreements.iter_mut() {
        // One who speaks for a party of this agreement too speaks for it here.
        let names: Vec<String> = a.parties.iter().map(|p| p.name.clone()).collect();
        for s in a.signatories.iter_mut().filter(|s| s.party.is_none()) {
            s.party = placed
                .iter()
                .find(|(n, p)| *n == s.name && names.contains(p))
                .map(|(_, p)| p.clone());
        }
        a.signatories
            .retain(|s| s.party.is_some() || !placed.iter().any(|(n, _)| *n == s.name));
    }
    // A head of state or government whom no agreement places speaks for the states'
    // own agreement when the first is theirs, not for their bodies' ("President X said
    // these agreements …" after "The two governments signed …").
    let states_first = agreements[0]
        .parties
        .iter()
        .any(|p| p.kind == crate::facts::PartyKind::Country);
    let unplaced: Vec<String> = agreements[0]
        .signatories
        .iter()
        .filter(|s| {
            s.party.is_none() && s.role.as_deref().is_some_and(crate::persons::head_of_state)
        })
        .map(|s| s.name.clone())
        .collect();
    if states_first {
        for a in &mut agreements[1..] {
            a.signatories
                .retain(|s| s.party.is_some() || !unplaced.contains(&s.name));
        }
    }
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
    if std::env::var_os("ACCORD_SENTENCES").is_some() {
        for (i, st) in ctx.doc.sentences.iter().enumerate() {
            let _ = writeln!(
                out,
                "s{i} line {} junk {}: {}",
                st.line,
                ctx.doc.lines[st.line].junk,
                st.span.slice(text)
            );
        }
    }
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
            crate::frames::frame_groups(&ctx, t.sent)
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
            "person {:?} role {:?} {:?} aff {:?} state {:?} speaks {} trig {} witness {} \
             background {} outside {} occasion {} attended {} acts {}",
            p.name,
            p.role,
            p.role_span.map(|r| r.slice(text)),
            p.affiliations,
            p.state,
            p.speaks,
            p.in_trigger,
            p.witness,
            p.background_only,
            p.outside,
            p.occasion_only,
            p.attended,
            p.acts
        );
    }
    out
}

/// Whether a short line among the first of the text opens with the heading of a procurement
/// notice ("INVITATION TO BID", "REQUEST FOR PROPOSALS", "AVIS D'APPEL D'OFFRES"): the page
/// invites offers for a contract no one has signed, whatever partnership it mentions.
fn procurement_notice(ctx: &crate::frames::Ctx<'_>) -> bool {
    let doc = &ctx.doc;
    let headings = word_list!("procurement_headings");
    doc.lines.iter().take(15).any(|line| {
        let (a, b) = line.tokens;
        if b <= a || b - a > 14 {
            return false;
        }
        let folded = crate::text::fold(line.span.slice(doc.text));
        headings.iter().any(|h| folded.trim_start().starts_with(h))
    })
}
