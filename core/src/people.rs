//! Signatories: of the persons found ([`crate::persons`]), those who signed or spoke for a
//! party of one agreement about it, each with their role and the party they speak for.
//!
//! This step comes after the parties are chosen: a person's party is read from the chosen
//! parties' names, their role's words and the words around them.

pub(crate) use crate::persons::{find, Person};
use crate::persons::{head_of_state, outside_voice};

use crate::entities::MentionKind;
use crate::facts::{Signatory, Span};
use crate::frames::Ctx;
use crate::parties::Chosen;
use crate::text::TokKind;

/// Whether a role is one no longer held ("former commissioner", "ancien directeur", "ex-CEO").
fn former_role(role: &str) -> bool {
    ["former ", "ancien ", "ancienne ", "ex-", "retired "]
        .iter()
        .any(|w| role.starts_with(w))
}

/// The signatories of the chosen agreement. `others` holds the parties of the article's
/// other agreements: a person whose role names one of those speaks for that one.
pub(crate) fn signatories(
    ctx: &Ctx<'_>,
    people: &[Person],
    chosen: &[Chosen],
    others: &[&Chosen],
) -> Vec<Signatory> {
    let mut out = Vec::new();
    // Whether each signatory of `out` is named in the signing itself.
    let mut signing = Vec::new();
    // The parties' names and their forms, folded once for all the people.
    let party_names: Vec<String> = chosen
        .iter()
        .chain(others.iter().copied())
        .flat_map(|ch| std::iter::once(&ch.party.name).chain(&ch.party.aliases))
        .map(|n| crate::text::fold(n))
        .collect();
    // This agreement's parties and the others', for the side a person represents.
    let all_parties: Vec<Chosen> = match others.is_empty() {
        true => Vec::new(),
        false => chosen
            .iter()
            .chain(others.iter().copied())
            .cloned()
            .collect(),
    };
    for p in people {
        // A party's own name read as a person's ("Lonestar Wave chief executive X").
        let folded = crate::text::fold(&p.name);
        if party_names.contains(&folded) {
            continue;
        }
        // Named only as the occasion's ("during the visit of Minister X") and silent.
        if p.witness
            || p.journalist
            || p.background_only
            || ((p.former || p.role.as_deref().is_some_and(former_role)) && !p.in_trigger)
            || ((p.occasion_only || p.attended) && !p.speaks)
        {
            continue;
        }
        let elsewhere = |c: usize| {
            others.iter().any(|o| o.cluster == Some(c))
                && !chosen.iter().any(|ch| ch.cluster == Some(c))
        };
        // "For B, its chief information officer X signed": the side the sentence opens with.
        let fronted = fronted_side(ctx, p);
        if p.affiliations
            .first()
            .or(fronted.as_ref())
            .is_some_and(|&c| elsewhere(c))
        {
            continue;
        }
        // "Namibia's Minister of Trade" where Namibia itself signed another agreement of
        // the article: that state's official, not a body's of this one.
        if p.affiliations.is_empty()
            && p.state.is_some_and(|s| {
                others.iter().any(|o| o.state == Some(s))
                    && !chosen.iter().any(|ch| ch.state == Some(s))
            })
        {
            continue;
        }
        // "… with C, represented by its Inspector-General, X": C's, of another agreement.
        if !all_parties.is_empty()
            && party_represented(ctx, p, &all_parties)
                .and_then(|c| c.cluster)
                .is_some_and(elsewhere)
        {
            continue;
        }
        let party_by_role = p.role.as_deref().and_then(|r| party_by_words(r, chosen));
        // "Y, chief executive of C" when C is a party of another agreement of the article
        // and the role names this one's parties less ("managing director of Ruriville
        // Utilities GmbH" shares one word with "Ruriville University").
        if p.role.as_deref().is_some_and(|r| {
            let here = chosen
                .iter()
                .map(|c| role_words_shared(r, c))
                .max()
                .unwrap_or(0);
            let there = others
                .iter()
                .filter(|o| !chosen.iter().any(|c| c.party.name == o.party.name))
                .map(|o| role_words_shared(r, o))
                .max()
                .unwrap_or(0);
            there > here
        }) {
            continue;
        }
        let party_by_aff = p
            .affiliations
            .iter()
            .find_map(|&c| chosen.iter().find(|ch| ch.cluster == Some(c)));
        // A body of the same state as a party speaks for that party ("Head of Cybersecurity
        // for the UAE Government" for the UAE's Cybersecurity Council).
        let party_by_home = || {
            p.affiliations.iter().find_map(|&c| {
                let home = crate::parties::home_state(ctx, c)?;
                let same: Vec<&Chosen> = chosen
                    .iter()
                    .filter(|ch| ch.country_idx == Some(home))
                    .collect();
                (same.len() == 1).then(|| same[0])
            })
        };
        let party_by_state = p.state.and_then(|s| {
            chosen.iter().find(|ch| ch.state == Some(s)).or_else(|| {
                let same: Vec<&Chosen> = chosen
                    .iter()
                    .filter(|ch| ch.country_idx == Some(s))
                    .collect();
                (same.len() == 1).then(|| same[0])
            })
        });
        // "le président de la Commission de la CEDEAO" speaks for the party called CEDEAO.
        let party_by_aff_name = || {
            p.affiliations.iter().find_map(|&c| {
                let text = ctx.ents.clusters[c]
                    .mentions
                    .iter()
                    .map(|&m| {
                        ctx.doc
                            .slice(ctx.ents.mentions[m].first, ctx.ents.mentions[m].last)
                    })
                    .max_by_key(|t| t.len())?;
                let words: Vec<String> = crate::text::fold(text)
                    .split(|ch: char| !ch.is_alphanumeric())
                    .map(str::to_string)
                    .collect();
                chosen.iter().find(|ch| {
                    std::iter::once(&ch.party.name)
                        .chain(&ch.party.aliases)
                        .any(|n| {
                            let n = crate::text::fold(n);
                            n.len() >= 3 && !n.contains(' ') && words.contains(&n)
                        })
                })
            })
        };
        // A company named as theirs that is no party ("chief executive of rival firm
        // Savanna Secure"): the words of their role do not make them a party's.
        let other_company = p.affiliations.iter().any(|&c| {
            let ms = &ctx.ents.clusters[c].mentions;
            !chosen.iter().any(|ch| ch.cluster == Some(c))
                && ms.iter().any(|&m| {
                    matches!(
                        ctx.ents.mentions[m].kind,
                        MentionKind::Org {
                            kind: Some(crate::facts::PartyKind::Company),
                            ..
                        }
                    )
                })
                && !ms.iter().any(|&m| {
                    let mm = &ctx.ents.mentions[m];
                    party_by_words(ctx.doc.slice(mm.first, mm.last), chosen).is_some()
                })
        });
        // So is any other body named as theirs that holds no party's name ("la présidente de
        // l'Association des banques de X (ABX)" is not the Banque centrale de X's).
        let other_body = other_company
            || p.affiliations.first().is_some_and(|&c| {
                !chosen.iter().any(|ch| ch.cluster == Some(c))
                    && ctx.ents.clusters[c].mentions.iter().all(|&m| {
                        let mm = &ctx.ents.mentions[m];
                        let text = crate::text::fold(ctx.doc.slice(mm.first, mm.last));
                        matches!(
                            mm.kind,
                            MentionKind::Org {
                                kind: None | Some(crate::facts::PartyKind::Other),
                                ..
                            }
                        ) && !chosen.iter().any(|ch| {
                            std::iter::once(&ch.party.name)
                                .chain(&ch.party.aliases)
                                .map(|n| crate::text::fold(n))
                                .any(|n| text.contains(&n) || n.contains(&text))
                        })
                    })
            });
        let party = party_represented(ctx, p, chosen)
            .or_else(|| fronted.and_then(|c| chosen.iter().find(|ch| ch.cluster == Some(c))))
            .or(party_by_aff)
            .or_else(|| party_before_name(ctx, p, chosen))
            .or_else(|| party_after_name(ctx, p, chosen))
            .or_else(party_by_aff_name)
            .or(party_by_state)
            .or(party_by_role)
            .or_else(party_by_home)
            // "the directorate's chief of operations": the words around the role.
            .or_else(|| {
                p.role_span
                    .filter(|_| !other_body)
                    .and_then(|sp| party_by_words(sp.slice(ctx.doc.text), chosen))
            })
            .or_else(|| {
                (!other_body)
                    .then(|| party_by_common_noun(ctx, p, chosen))
                    .flatten()
            });
        // Named only in a part about another partner ("3. A letter of intent with C,
        // signed by the mayor, X"), they sign for this agreement only through a party it
        // shares with that one.
        let shared = party.is_some_and(|c| {
            others
                .iter()
                .any(|o| o.cluster.is_some() && o.cluster == c.cluster)
        });
        if !others.is_empty()
            && !shared
            && !p.mentions.is_empty()
            && p.mentions.iter().all(|&m| {
                let s = ctx.doc.sentence_of[ctx.ents.mentions[m].first];
                crate::frames::part_partners(ctx, s).is_some_and(|cl| {
                    cl.iter()
                        .any(|&c| !chosen.iter().any(|ch| ch.cluster == Some(c)))
                })
            })
        {
            continue;
        }
        let foreign = !p.affiliations.is_empty() && party.is_none();
        let include = if foreign {
            p.in_trigger
        } else {
            p.in_trigger || p.speaks || (party.is_some() && p.role.is_some())
        };
        if !include || (p.thanked_only && !p.in_trigger && !p.speaks) {
            continue;
        }
        // A voice from no party, outside the signing sentences, counts only when it speaks
        // of the agreement ("ICT Minister X said the new cybercrime law would come into
        // force" is not about it).
        if party.is_none() && !p.in_trigger && !speaks_of_agreement(ctx, p, chosen) {
            continue;
        }
        // An official of a state no party belongs to, outside the signing sentences, is a
        // third party ("The British High Commissioner, X, welcomed the agreement").
        if party.is_none()
            && !p.in_trigger
            && p.state.is_some_and(|s| {
                !chosen
                    .iter()
                    .any(|ch| ch.state == Some(s) || ch.country_idx == Some(s))
            })
        {
            continue;
        }
        // Analysts and experts quoted from outside the parties do not speak for them.
        // One named only near an outside word ("estime X, analyste au cabinet Y") gets no
        // party from the words around: only from a body named as theirs.
        let outsider = p.outside && !p.in_trigger && party_by_aff.is_none();
        if (party.is_none() || outsider)
            && (p.outside || p.role.as_deref().is_some_and(outside_voice))
        {
            continue;
        }
        // A head of state or government named for context ("during President X's visit")
        // is not a signatory: they must speak, or be named in the signing itself.
        // "The guild was represented by its president, X": a body's own president.
        let possessed = party.is_some()
            && p.role_span.is_some_and(|r| {
                let k = ctx.doc.tokens.partition_point(|t| t.start < r.start);
                ctx.doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| word_set!("role_possessives").contains(t))
            });
        if p.affiliations.is_empty()
            && !possessed
            && (p.role.as_deref().is_some_and(head_of_state) || heads_counterpart(ctx, p, people))
            && !p.speaks
            && !p.acts
        {
            continue;
        }
        // An envoy who neither signs nor speaks attended ("The ceremony was attended by the
        // Omani ambassador, X"): envoys sign in the signing sentence or speak.
        if p.role.as_deref().is_some_and(envoy) && !p.speaks && !p.acts {
            continue;
        }
        let mut evidence: Vec<Span> = p
            .mentions
            .iter()
            .map(|&m| {
                let mm = &ctx.ents.mentions[m];
                ctx.doc.span(mm.first, mm.last)
            })
            .collect();
        crate::sort::all(&mut evidence);
        evidence.dedup();
        // A role read across a "respectively" list is the person's own item of it.
        let role = match p.role.as_deref() {
            Some(r) if !r.contains("respectiv") => p.role.clone(),
            _ => role_respectively(ctx, p).or_else(|| p.role.clone()),
        };
        out.push(Signatory {
            name: p.name.clone(),
            role,
            party: party.map(|c| c.party.name.clone()),
            evidence,
        });
        signing.push(p.in_trigger);
    }
    // "… by the Director-General, Ms X, and Velmora's chief executive, Y": one titled
    // signer without a party, and one party no signer speaks for: theirs.
    let unclaimed: Vec<&Chosen> = chosen
        .iter()
        .filter(|c| !out.iter().any(|s| s.party.as_ref() == Some(&c.party.name)))
        .collect();
    let placeless: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].party.is_none() && out[i].role.is_some())
        .collect();
    if let ([c], [i]) = (unclaimed.as_slice(), placeless.as_slice()) {
        if out.len() >= 2 && out.iter().all(|s| s.party.is_some() || s.role.is_some()) {
            out[*i].party = Some(c.party.name.clone());
        }
    }
    // Every party has its voice: one who speaks for none of them, outside the signing,
    // is a guest, a host or a commentator ("Transport Minister X said at the forum…").
    if chosen
        .iter()
        .all(|c| out.iter().any(|s| s.party.as_ref() == Some(&c.party.name)))
    {
        return out
            .into_iter()
            .zip(signing)
            .filter(|(s, named)| s.party.is_some() || *named)
            .map(|(s, _)| s)
            .collect();
    }
    out
}

/// "For Harbor Digital, its chief executive X signed", "Pour la Région, c'est le président,
/// X, qui a signé": the cluster of the body a sentence opens with after "for", "pour" or
/// "on behalf of", when the person is named in that clause.
fn fronted_side(ctx: &Ctx<'_>, p: &Person) -> Option<usize> {
    let doc = &ctx.doc;
    p.mentions.iter().find_map(|&mi| {
        let m = &ctx.ents.mentions[mi];
        let s = *doc.sentence_of.get(m.first)?;
        let sa = doc.sentences[s].tokens.0;
        let mut k = sa;
        match doc.tokens.get(k)?.fold.as_str() {
            "for" | "pour" => k += 1,
            "on" if doc.tokens.get(k + 1)?.fold == "behalf"
                && doc.tokens.get(k + 2)?.fold == "of" =>
            {
                k += 3
            }
            "au" if doc.tokens.get(k + 1)?.fold == "nom" => k += 3,
            _ => return None,
        }
        if doc
            .tokens
            .get(k)
            .is_some_and(|t| crate::frames::is_article_fold(&t.fold))
        {
            k += 1;
        }
        let o = ctx.starting_in(k, k + 1).find(|&o| {
            matches!(
                ctx.ents.mentions[o].kind,
                MentionKind::Org { .. } | MentionKind::Other
            )
        })?;
        let comma = ctx.ents.mentions[o].last;
        let clause_ends = |j: usize| {
            let t = &doc.tokens[j];
            t.is_punct(";") || word_set!("contrast_clause").contains(t)
        };
        (doc.tokens.get(comma)?.is_punct(",")
            && m.first > comma
            && m.first <= comma + 14
            && !(comma..m.first).any(clause_ends))
        .then(|| ctx.ents.cluster_of[o])
    })
}

/// The party named right before a person's name, as its owner or ahead of their title:
/// "Harbor Digital's Grace Muthoni said", "Harbor Digital founder and CEO Grace Muthoni".
fn party_before_name<'a>(ctx: &Ctx<'_>, p: &Person, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    let doc = &ctx.doc;
    p.mentions.iter().find_map(|&mi| {
        let m = &ctx.ents.mentions[mi];
        let s = *doc.sentence_of.get(m.first)?;
        let o = ctx.by_sentence.get(s)?.iter().rev().find(|&&o| {
            let mo = &ctx.ents.mentions[o];
            mo.last <= m.first && m.first - mo.last <= 6
        })?;
        let mo = &ctx.ents.mentions[*o];
        // Only a possessive mark and title words between: no clause, no other name.
        // Not a coordination ("Herrera of Chile and Acosta of Uruguay").
        let coordinated = doc
            .tokens
            .get(mo.last)
            .is_some_and(|t| matches!(t.fold.as_str(), "and" | "&"));
        let between = !coordinated
            && (mo.last..m.first).all(|k| {
                let t = &doc.tokens[k];
                matches!(t.fold.as_str(), "'" | "'s" | "s" | "and" | "&" | ".")
                    || (t.is_word() && ctx.idx.is_role_word(doc, k))
                    // "St Aldhelm chief executive Dr Eleanor Marsh".
                    || (k + 3 >= m.first && ctx.idx.is_honorific(doc, k))
            });
        let c = ctx.ents.cluster_of[*o];
        between
            .then(|| chosen.iter().find(|ch| ch.cluster == Some(c)))
            .flatten()
    })
}

/// The party named right after a person's name by "from" or "of": "Ambassador X from
/// Malawi said", "Commissioner X of the Valdor Police".
fn party_after_name<'a>(ctx: &Ctx<'_>, p: &Person, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    let doc = &ctx.doc;
    p.mentions.iter().find_map(|&mi| {
        let mut k = ctx.ents.mentions[mi].last;
        if !doc
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.fold.as_str(), "from" | "of"))
        {
            return None;
        }
        k += 1;
        if doc.tokens.get(k).is_some_and(|t| t.fold == "the") {
            k += 1;
        }
        ctx.starting_in(k, k + 1).find_map(|o| {
            let c = ctx.ents.cluster_of[o];
            chosen.iter().find(|ch| ch.cluster == Some(c))
        })
    })
}

/// The party a person represents by the words before their name: "Le Niger était
/// représenté par X", "Ruritania was represented by X", "signed on behalf of Mauritania by
/// X", "pour la partie marocaine, … signé par X": the party named (or whose state is named)
/// between the clause's start and the verb.
fn party_represented<'a>(ctx: &Ctx<'_>, p: &Person, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    let doc = &ctx.doc;
    for &mi in &p.mentions {
        let m = &ctx.ents.mentions[mi];
        let Some(&s) = doc.sentence_of.get(m.first) else {
            continue;
        };
        let sa = doc.sentences[s].tokens.0;
        let sb = doc.sentences[s].tokens.1;
        if let Some(found) = party_respectively(ctx, s, mi, chosen) {
            return Some(found);
        }
        // "Signing for Datastream was its chief executive, X": the side the sentence opens
        // with.
        if let Some((side, after)) = crate::persons::inverted_signing(doc, s) {
            if m.first >= after && m.first <= after + 12 {
                let found = ctx.by_sentence.get(s).and_then(|ms| {
                    ms.iter().find_map(|&o| {
                        let mo = &ctx.ents.mentions[o];
                        if mo.first < side || mo.last > after {
                            return None;
                        }
                        let c = ctx.ents.cluster_of[o];
                        chosen
                            .iter()
                            .find(|ch| ch.cluster == Some(c))
                            .or_else(|| party_by_words(doc.slice(mo.first, mo.last), chosen))
                    })
                });
                if found.is_some() {
                    return found;
                }
            }
        }
        // "X signed on behalf of Y", "X a signé au nom de Y": the body right after.
        // Not past "and" ("X, and on behalf of Oman by Y": Y's).
        let after = (m.last..(m.last + 6).min(sb))
            .take_while(|&k| !matches!(doc.tokens[k].fold.as_str(), "and" | "et"))
            .find_map(|k| {
                let f = doc.tokens[k].fold.as_str();
                let next = |j: usize| doc.tokens.get(k + j).map(|t| t.fold.as_str());
                // "X signed both documents for the force", "X a signé les deux textes
                // pour la gendarmerie": the documents signed between.
                let after_signing = k > 0
                    && (word_set!("party_represented").contains(&doc.tokens[k - 1])
                        || word_set!("counted_documents").contains(&doc.tokens[k - 1])
                            && (m.last..k - 1)
                                .any(|j| word_set!("party_represented").contains(&doc.tokens[j])));
                match f {
                    // "X signed for Zenith Shield", "Y a signé pour la société Z", "inked by X
                    // for Tonga".
                    // "…, Y, for the institute": after the apposition's comma.
                    "for" | "pour"
                        if after_signing
                            || k == m.last
                            || (k == m.last + 1 && doc.tokens[m.last].is_punct(",")) =>
                    {
                        Some(k + 1)
                    }
                    "behalf" if next(1) == Some("of") => Some(k + 2),
                    "nom" if next(1) == Some("de") || next(1) == Some("du") => Some(k + 2),
                    "compte" if next(1) == Some("de") || next(1) == Some("du") => Some(k + 2),
                    _ => None,
                }
            });
        if let Some(at) = after {
            let found = ctx.by_sentence.get(s).and_then(|ms| {
                ms.iter().find_map(|&o| {
                    let mo = &ctx.ents.mentions[o];
                    if mo.first < at || mo.first > at + 3 {
                        return None;
                    }
                    let c = ctx.ents.cluster_of[o];
                    chosen.iter().find(|ch| ch.cluster == Some(c)).or_else(|| {
                        match mo.kind {
                            // "for Tonga": the state, or its only body among the parties.
                            MentionKind::Country(x) | MentionKind::Demonym(x) => {
                                chosen.iter().find(|ch| ch.state == Some(x)).or_else(|| {
                                    let mut same =
                                        chosen.iter().filter(|ch| ch.country_idx == Some(x));
                                    let one = same.next();
                                    one.filter(|_| same.next().is_none())
                                })
                            }
                            // "Zenith Shield" for the party "Zenith Shield Ltd".
                            _ => party_by_words(doc.slice(mo.first, mo.last), chosen),
                        }
                    })
                })
            });
            if found.is_some() {
                return found;
            }
            // "… and Y for the authority": the party whose name holds the common noun.
            if doc
                .tokens
                .get(at)
                .is_some_and(|t| matches!(t.fold.as_str(), "the" | "la" | "le" | "l'" | "l"))
            {
                let words = doc.slice(at, (at + 3).min(sb));
                if let Some(c) = party_by_words(words, chosen) {
                    return Some(c);
                }
            }
        }
        // "par"/"by" a few words before the name (a title may stand between).
        let Some(by) = (m.first.saturating_sub(14).max(sa)..m.first)
            .rev()
            .find(|&k| matches!(doc.tokens[k].fold.as_str(), "by" | "par"))
        else {
            continue;
        };
        // The words between "by" and the name are a title, not another clause ("its
        // director, Tan Sri Dato' Sri Dr. X": the apostrophe of a title).
        if (by + 1..m.first).any(|k| {
            let t = &doc.tokens[k];
            t.kind == TokKind::Punct && t.fold != "." && t.fold != "," && t.fold != "'"
        }) {
            continue;
        }
        let verb = by.checked_sub(1).map(|k| doc.tokens[k].fold.as_str());
        let represented_word = |f: &str| {
            matches!(
                f,
                "represented" | "represente" | "representee" | "representes" | "representees"
            )
        };
        // "A was represented by its director X, and B by its chairman Y": the verb is
        // understood in the second clause.
        // So is ", B by its chairman Y" in a list of such clauses.
        let represented = verb.is_some_and(represented_word)
            || (by > sa + 1
                && doc.tokens[by - 1].is_word()
                && (doc.tokens[by - 2].is_word() || doc.tokens[by - 2].is_punct(","))
                && (sa..by - 2).any(|k| represented_word(&doc.tokens[k].fold)));
        // "on behalf of X by Y", "pour la partie X … par Y": the party is named after the
        // cue, in the same clause as "by".
        let behalf = (sa..by).rev().take(14).find(|&k| {
            let f = doc.tokens[k].fold.as_str();
            (f == "behalf" && doc.tokens.get(k + 1).is_some_and(|t| t.fold == "of"))
                // "for the university by its Vice-Chancellor, Prof. X".
                || (matches!(f, "for" | "pour")
                    && doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| crate::frames::is_article_fold(&t.fold)))
                // "côté ivoirien par le ministre …"
                || (f == "cote" && !doc.tokens[k].cap)
                || (f == "partie"
                    && k > 0
                    && matches!(doc.tokens[k - 1].fold.as_str(), "la")
                    && k > 1
                    && doc.tokens[k - 2].fold == "pour")
        });
        let (from, to) = match (represented, behalf) {
            (true, _) => {
                // The subject: back to the clause's start ("B by its chairman Y": the
                // verb understood, the subject runs to "by").
                let end = if verb.is_some_and(represented_word) {
                    by - 1
                } else {
                    by
                };
                let clause_start = |mut a: usize| {
                    while a > sa {
                        let t = &doc.tokens[a - 1];
                        if t.kind == TokKind::Punct && matches!(t.fold.as_str(), "," | ";" | ":") {
                            break;
                        }
                        a -= 1;
                    }
                    a
                };
                let a = clause_start(end);
                // "entre A, représenté par son président, X": the body before the comma.
                if a == end && a > sa + 1 {
                    (clause_start(a - 1), a - 1)
                } else {
                    (a, end)
                }
            }
            (false, Some(k)) => (k + 1, (k + 6).min(by)),
            _ => continue,
        };
        // The nearest before the verb: "entre A et l'opérateur B, représenté par …" is B,
        // and speaks for B only.
        let nearest = represented
            .then(|| {
                ctx.by_sentence.get(s).and_then(|ms| {
                    ms.iter().rev().copied().find(|&o| {
                        let mo = &ctx.ents.mentions[o];
                        mo.first >= from
                            && mo.last <= to
                            && matches!(
                                mo.kind,
                                MentionKind::Org { .. }
                                    | MentionKind::Country(_)
                                    | MentionKind::Demonym(_)
                            )
                    })
                })
            })
            .flatten();
        let found = ctx.by_sentence.get(s).and_then(|ms| {
            ms.iter().rev().find_map(|&o| {
                let mo = &ctx.ents.mentions[o];
                if mo.first < from || mo.last > to || nearest.is_some_and(|n| n != o) {
                    return None;
                }
                let c = ctx.ents.cluster_of[o];
                let state = match mo.kind {
                    MentionKind::Country(x) | MentionKind::Demonym(x) => Some(x),
                    _ => None,
                };
                chosen.iter().find(|ch| ch.cluster == Some(c)).or_else(|| {
                    let x = state?;
                    chosen.iter().find(|ch| ch.state == Some(x)).or_else(|| {
                        let same: Vec<&Chosen> = chosen
                            .iter()
                            .filter(|ch| ch.country_idx == Some(x))
                            .collect();
                        (same.len() == 1).then(|| same[0])
                    })
                })
            })
        });
        if found.is_some() || nearest.is_some() {
            return found;
        }
        // "The authority was represented by its director X": the subject's common noun;
        // "the guild … by its president X": a word of a party's name.
        if represented {
            let words = doc.slice(from, to);
            if let Some(c) =
                party_by_kind_word(words, chosen).or_else(|| party_by_words(words, chosen))
            {
                return Some(c);
            }
        }
        // "On behalf of the agency, … signed by X": a common noun naming a party.
        let from = if doc.tokens.get(from).is_some_and(|t| t.fold == "of") {
            from + 1
        } else {
            from
        };
        // Only for the name right after "by" (no other person between).
        let first_after_by = !ctx
            .starting_in(by + 1, m.first)
            .any(|o| ctx.ents.mentions[o].kind == MentionKind::Person);
        if behalf.is_some()
            && first_after_by
            && doc
                .tokens
                .get(from)
                .is_some_and(|t| matches!(t.fold.as_str(), "the" | "la" | "le" | "l'" | "l"))
        {
            let noun = doc.slice(from, (from + 2).min(to));
            if let Some(c) =
                party_by_words(noun, chosen).or_else(|| party_by_kind_word(noun, chosen))
            {
                return Some(c);
            }
        }
    }
    None
}

/// Whether a role is a diplomat's ("ambassador", "ambassadrice", "high commissioner").
/// Whether `p` is named as the counterpart of a head of state or government just named
/// before ("President X and his Paraguayan counterpart, Y", "le président X et son homologue
/// Y"): a head of state too.
fn heads_counterpart(ctx: &Ctx<'_>, p: &Person, people: &[Person]) -> bool {
    let counterpart = p.role.as_deref().is_some_and(|r| {
        let r = crate::text::fold(r);
        r.contains("counterpart") || r.contains("homologue")
    });
    let ms = &ctx.ents.mentions;
    counterpart
        && p.mentions.iter().any(|&mi| {
            people.iter().any(|q| {
                q.role.as_deref().is_some_and(head_of_state)
                    && q.mentions.iter().any(|&mj| {
                        ms[mj].last <= ms[mi].first
                            && ms[mi].first - ms[mj].last <= 8
                            && ctx.doc.sentence_of[ms[mj].first]
                                == ctx.doc.sentence_of[ms[mi].first]
                    })
            })
        })
}

fn envoy(role: &str) -> bool {
    let r = crate::text::fold(role);
    [
        "ambassad",
        "high commissioner",
        "haut-commissaire",
        "haut commissaire",
        "envoy",
        "consul",
    ]
    .iter()
    .any(|w| r.contains(w))
}

/// "signed by A and B, on behalf of X and Y respectively", "A et B, respectivement
/// directeur de X et directrice de Y": the people named before the list, in order, and the
/// items of the list before "respectively", in order; the person of mention `mi` speaks for
/// the party of their item.
fn party_respectively<'a>(
    ctx: &Ctx<'_>,
    s: usize,
    mi: usize,
    chosen: &'a [Chosen],
) -> Option<&'a Chosen> {
    let (a, b) = respective_item(ctx, s, mi)?;
    let by_mention = ctx.by_sentence.get(s).and_then(|ms| {
        ms.iter().find_map(|&o| {
            let mo = &ctx.ents.mentions[o];
            if mo.first < a || mo.last > b {
                return None;
            }
            let c = ctx.ents.cluster_of[o];
            chosen.iter().find(|ch| ch.cluster == Some(c))
        })
    });
    by_mention
        .or_else(|| party_by_words(ctx.doc.slice(a, b), chosen))
        .or_else(|| party_by_kind_word(ctx.doc.slice(a, b), chosen))
}

/// The role a "respectively" list gives the person of one of their mentions ("signed by A
/// and B, director-general of the authority and executive director of the agency
/// respectively"): their item, when it holds a title.
fn role_respectively(ctx: &Ctx<'_>, p: &Person) -> Option<String> {
    let doc = &ctx.doc;
    p.mentions.iter().find_map(|&mi| {
        let s = *doc.sentence_of.get(ctx.ents.mentions[mi].first)?;
        let (a, b) = respective_item(ctx, s, mi)?;
        (a..b).any(|k| ctx.idx.is_role_word(doc, k)).then(|| {
            let text = crate::lower::lowercase(doc.slice(a, b).trim());
            let text = ["the ", "le ", "la ", "l'"]
                .iter()
                .find_map(|art| text.strip_prefix(art))
                .map_or(text.clone(), str::to_string);
            text
        })
    })
}

/// The item of a "respectively" list that belongs to the person of mention `mi`, as a
/// token range: the people named before "respectively" and the items of the list pair up
/// in order.
fn respective_item(ctx: &Ctx<'_>, s: usize, mi: usize) -> Option<(usize, usize)> {
    let doc = &ctx.doc;
    let (sa, sb) = doc.sentences[s].tokens;
    let resp = (sa..sb).find(|&k| {
        matches!(
            doc.tokens[k].fold.as_str(),
            "respectively" | "respectivement"
        )
    })?;
    // The people named before "respectively", in order.
    let people: Vec<usize> = ctx
        .by_sentence
        .get(s)?
        .iter()
        .copied()
        .filter(|&o| {
            ctx.ents.mentions[o].kind == MentionKind::Person && ctx.ents.mentions[o].last <= resp
        })
        .collect();
    if people.len() < 2 {
        return None;
    }
    let idx = people.iter().position(|&o| o == mi)?;
    let last_person = ctx.ents.mentions[*people.last()?].last;
    // The list: "respectivement le Sénégal et la Gambie" follows the word; "A and B,
    // X and Y respectively" ends with it.
    let list_after = doc
        .tokens
        .get(resp + 1)
        .is_some_and(|t| t.kind == crate::text::TokKind::Word && resp + 1 < sb);
    let (from, to) = if list_after {
        let end = (resp + 1..sb)
            .find(|&k| matches!(doc.tokens[k].fold.as_str(), "." | ";" | ","))
            .unwrap_or(sb);
        (resp + 1, end)
    } else {
        (last_person, resp)
    };
    // Items split at "and"/"et"/commas.
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut start = from;
    for k in from..to {
        let f = doc.tokens[k].fold.as_str();
        if matches!(f, "and" | "et" | ",") {
            if k > start {
                items.push((start, k));
            }
            start = k + 1;
        }
    }
    if to > start {
        items.push((start, to));
    }
    // "on behalf of X and Y": the cue belongs to the first item only.
    items.retain(|&(a, b)| (a..b).any(|k| doc.tokens[k].kind == crate::text::TokKind::Word));
    if items.len() != people.len() {
        return None;
    }
    Some(items[idx])
}

/// Words that name the agreement itself (`words.tsv`, list `refers`).
static REFERS: crate::vocab::List = crate::vocab::List::named("refers");

/// Whether a sentence where the person is named (or the one before, when it ends with their
/// quote) names the agreement, a chosen party, or a signing, or quotes them word for word
/// (a quote next to the signing is given the benefit of the doubt; reported speech names
/// its topic: "X said the new cybercrime law would come into force").
fn speaks_of_agreement(ctx: &Ctx<'_>, p: &Person, chosen: &[Chosen]) -> bool {
    let doc = &ctx.doc;
    let quote = |k: usize| matches!(doc.tokens[k].fold.as_str(), "\"" | "“" | "”" | "«" | "»");
    let firsts = p
        .mentions
        .iter()
        .map(|&m| ctx.ents.mentions[m].first)
        .chain(p.surname_refs.iter().map(|r| r.0));
    let mut sents: Vec<usize> = Vec::new();
    for k in firsts {
        if let Some(&s) = doc.sentence_of.get(k) {
            sents.push(s);
            // A quote that ends the sentence before is theirs ("… online." said X).
            if s > 0 {
                let (a, b) = doc.sentences[s - 1].tokens;
                if (b.saturating_sub(2).max(a)..b).any(quote) {
                    sents.push(s - 1);
                }
            }
        }
    }
    sents.into_iter().any(|s| {
        let (a, b) = doc.sentences[s].tokens;
        (a..b).any(|k| REFERS.contains(&doc.tokens[k]) || quote(k))
            || ctx.triggers.iter().any(|t| t.sent == s)
            || ctx.by_sentence.get(s).is_some_and(|ms| {
                ms.iter().any(|&m| {
                    let c = ctx.ents.cluster_of[m];
                    chosen.iter().any(|ch| ch.cluster == Some(c))
                })
            })
    })
}

/// The party a role names by a common noun ("the ministry's permanent secretary", "le
/// directeur général de la société"): the only chosen party of that kind.
fn party_by_common_noun<'a>(ctx: &Ctx<'_>, p: &Person, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    let span = p.role_span?;
    party_by_kind_word(span.slice(ctx.doc.text), chosen)
}

/// The only chosen party of the kind a common noun of `text` names ("the ministry", "la
/// société", "the company").
fn party_by_kind_word<'a>(text: &str, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    use crate::facts::PartyKind;
    let text = crate::text::fold(text);
    // A bare minister's title ("le ministre", "the Permanent Secretary") speaks for the only
    // government party; one with a portfolio ("ICT Minister") may be another ministry's.
    let bare_title = text
        .split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || word_set!("bare_title_words").contains_str(w));
    let kind = text
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| match w {
            "ministry" | "ministere" | "agency" | "agence" | "authority" | "autorite"
            | "regulator" | "directorate" | "direction" | "unit" | "unite" | "department"
            | "departement" | "bureau" | "council" | "conseil" | "commission" | "police" => {
                Some(PartyKind::Government)
            }
            "minister" | "ministre" | "secretary" | "secretaire" | "mayor" | "maire"
            | "bourgmestre"
                if bare_title =>
            {
                Some(PartyKind::Government)
            }
            "company" | "firm" | "societe" | "entreprise" | "operator" | "operateur" | "group"
            | "groupe" => Some(PartyKind::Company),
            "university" | "universite" | "school" | "ecole" => Some(PartyKind::Academic),
            "hub" | "alliance" | "network" | "reseau" | "consortium" | "association" => {
                Some(PartyKind::Other)
            }
            _ => None,
        })?;
    let same: Vec<&Chosen> = chosen.iter().filter(|c| c.party.kind == kind).collect();
    (same.len() == 1).then(|| same[0])
}

/// The chosen party whose name shares a content word with a role ("minister of
/// electricity" → "Ministry of Electricity and Renewable Energy").
fn party_by_words<'a>(role: &str, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    let mut best: Option<(&Chosen, usize)> = None;
    for c in chosen {
        let n = role_words_shared(role, c);
        if n > 0 && best.is_none_or(|(_, b)| n > b) {
            best = Some((c, n));
        }
    }
    best.map(|(c, _)| c)
}

/// How many words of a role name party `c`: the party that shares the most is the role's
/// ("minister of digital economy" is the Ministry of Digital Economy's, not Harbor
/// Digital's).
fn role_words_shared(role: &str, c: &Chosen) -> usize {
    // "directrice générale" shares no word with the "Direction générale de X": the words
    // that qualify any title name no body.
    let words: Vec<String> = crate::text::fold(role)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3 && !word_set!("title_qualifiers").contains_str(w))
        .map(str::to_string)
        .collect();
    let names: Vec<String> = std::iter::once(&c.party.name)
        .chain(&c.party.aliases)
        .map(|n| crate::text::fold(n))
        .collect();
    // A short word counts when it is a whole name: "chief executive of pasa".
    words
        .iter()
        .filter(|w| {
            names.iter().any(|n| {
                n == w.as_str()
                    || w.len() >= 5
                        && n.split(|ch: char| !ch.is_alphanumeric())
                            .any(|x| x == w.as_str())
            })
        })
        .count()
}
