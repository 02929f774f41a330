//! People: who is named, with which role, for which body, and whether they signed or spoke
//! for a party ("Kaspersky founder and CEO Eugene Kaspersky", "Lacina Koné, CEO of Smart
//! Africa", "M. Jalel Chelba, directeur exécutif par intérim d'AFRIPOL").
//!
//! A capitalised pair of words is taken for a person only with a cue: an honorific, a role
//! title next to it, a speech verb ("said X"), or "signed by X". Journalists (bylines) and
//! witnesses ("in the presence of") are never signatories.

use crate::entities::MentionKind;
use crate::extract::Ctx;
use crate::facts::{Signatory, Span};
use crate::lexicon::Cue;
use crate::parties::Chosen;
use crate::text::TokKind;
use crate::vocab::WordSet;
use std::sync::LazyLock;

/// A person named in the text.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// Their full name as the text gives it.
    pub name: String,
    /// Mentions (indices into `ents.mentions`) of the full name and of the surname alone.
    pub mentions: Vec<usize>,
    /// Surname-only references (token ranges) such as "Omollo said".
    pub surname_refs: Vec<(usize, usize)>,
    /// Their role, lowercase.
    pub role: Option<String>,
    /// Where the role is stated.
    pub role_span: Option<Span>,
    /// The clusters of the bodies named in their role, first the closest.
    pub affiliations: Vec<usize>,
    /// A state their role names ("Namibian President").
    pub state: Option<usize>,
    /// They speak (quoted, "said").
    pub speaks: bool,
    /// They stand in a sentence that reports the agreement.
    pub in_trigger: bool,
    /// They attended as a witness.
    pub witness: bool,
    /// They wrote the article.
    pub journalist: bool,
    /// Every mention stands in a sentence about an earlier agreement.
    pub background_only: bool,
    /// There is evidence that this is a person.
    pub cued: bool,
}

static STOP_BACK: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOP_BACK_WORDS));

/// The words of [`STOP_BACK`].
pub(crate) const STOP_BACK_WORDS: &[&str] = &[
    "by",
    "said",
    "says",
    "signed",
    "with",
    "between",
    "selon",
    "from",
    "met",
    "as",
    "that",
    "while",
    "when",
    "according",
    "avec",
    "entre",
    "and",
    "et",
    "between",
    "to",
    "signe",
    "via",
    "including",
    "like",
    "whom",
    "who",
];

fn is_boundary(fold: &str) -> bool {
    matches!(
        fold,
        "," | ";" | ":" | "(" | ")" | "\"" | "[" | "]" | "!" | "?" | "|"
    )
}

/// Finds the people of the document.
pub(crate) fn find(ctx: &Ctx<'_>) -> Vec<Person> {
    let doc = &ctx.doc;
    let ents = &ctx.ents;
    let mut people: Vec<Person> = Vec::new();
    // The person of each cluster, by cluster number.
    let mut cluster_person: Vec<Option<usize>> = vec![None; ents.clusters.len()];
    let trigger_sents: crate::hash::HashSet<usize> = ctx
        .triggers
        .iter()
        .filter(|t| !t.background)
        .map(|t| t.sent)
        .collect();
    for (mi, m) in ents.mentions.iter().enumerate() {
        if !matches!(m.kind, MentionKind::Person | MentionKind::Surname) {
            continue;
        }
        if doc.in_junk(m.first) {
            continue;
        }
        let c = ents.cluster_of[mi];
        let pi = *cluster_person[c].get_or_insert_with(|| {
            people.push(Person {
                name: String::new(),
                mentions: Vec::new(),
                surname_refs: Vec::new(),
                role: None,
                role_span: None,
                affiliations: Vec::new(),
                state: None,
                speaks: false,
                in_trigger: false,
                witness: false,
                journalist: false,
                background_only: true,
                cued: false,
            });
            people.len() - 1
        });
        let p = &mut people[pi];
        p.mentions.push(mi);
        let text = doc.slice(m.first, m.last);
        if m.kind == MentionKind::Person
            && text.split_whitespace().count() > p.name.split_whitespace().count()
        {
            p.name = text.to_string();
        }
        let sent = doc.sentence_of[m.first];
        p.cued |= m.honorific || m.role_before.is_some();
        p.in_trigger |= trigger_sents.contains(&sent);
        p.witness |= ctx.cue_before(m.first, 16, Cue::Witness);
        p.background_only &= ctx.has_cue(sent, Cue::Background);
        // Bylines: "By Jane Doe", "novembre 2024 par Marc Jacob", "Par X sur www…".
        p.journalist |= is_byline(ctx, m.first, m.last);
        // Named as signing: "X and Y signed", "signed by X".
        if ctx
            .triggers
            .iter()
            .any(|t| t.sent == sent && t.sign && !t.background)
            && !m.honorific
        {
            p.cued |= m.kind == MentionKind::Person && m.last - m.first >= 2;
        }
        if speech_near(ctx, m.first, m.last) {
            p.speaks = true;
            p.cued = true;
        }
        if doc
            .tokens
            .get(m.first.wrapping_sub(1))
            .is_some_and(|t| matches!(t.fold.as_str(), "by" | "par"))
        {
            p.cued = true;
        }
        if p.role.is_none() || p.affiliations.is_empty() {
            if let Some(r) = role_of(ctx, mi) {
                p.cued = true;
                if p.role.is_none() {
                    p.role = r.text;
                    p.role_span = r.span;
                }
                if p.affiliations.is_empty() {
                    p.affiliations = r.affiliations;
                }
                if p.state.is_none() {
                    p.state = r.state;
                }
            }
        }
    }
    // Surnames alone ("Omollo said", "Ambassador Chelba echoed") count for speech.
    people.retain(|p| p.cued && p.name.split_whitespace().count() >= 2);
    // Each person's surname where it stands alone: the first 200 capitalised tokens that
    // are the surname, in one pass over the tokens for all people.
    let surnames: Vec<Option<String>> = people
        .iter()
        .map(|p| p.name.split_whitespace().last().map(crate::text::fold))
        .collect();
    let mut by_surname: crate::hash::HashMap<&str, Vec<usize>> = crate::hash::HashMap::default();
    for (pi, s) in surnames.iter().enumerate() {
        if let Some(s) = s {
            by_surname.entry(s.as_str()).or_default().push(pi);
        }
    }
    let mut seen = vec![0usize; people.len()];
    for (k, t) in doc.tokens.iter().enumerate() {
        if by_surname.is_empty() {
            break;
        }
        if !t.cap {
            continue;
        }
        let Some(pis) = by_surname.get(t.fold.as_str()) else {
            continue;
        };
        for &pi in pis {
            if seen[pi] == 200 {
                continue;
            }
            seen[pi] += 1;
            let p = &mut people[pi];
            if !p
                .mentions
                .iter()
                .any(|&m| ents.mentions[m].first <= k && k < ents.mentions[m].last)
            {
                p.surname_refs.push((k, k + 1));
                if speech_near(ctx, k, k + 1) {
                    p.speaks = true;
                }
            }
        }
    }
    people.retain(|p| p.cued && p.name.split_whitespace().count() >= 2);
    people
}

/// Whether a name is the author's: after "By"/"Par" in a short line, or before "sur www".
fn is_byline(ctx: &Ctx<'_>, first: usize, last: usize) -> bool {
    let doc = &ctx.doc;
    let by = first.checked_sub(1).is_some_and(|k| {
        matches!(doc.tokens[k].fold.as_str(), "by" | "par") && doc.tokens[k].cap
            || matches!(doc.tokens[k].fold.as_str(), "par")
                && k > 0
                && doc.tokens[k - 1].kind == TokKind::Num
    });
    let s = doc.sentence_of[first];
    let line = &doc.lines[doc.sentences[s].line];
    let short_line = line.tokens.1 - line.tokens.0 <= 14;
    let after = doc.tokens.get(last).map(|t| t.fold.as_str());
    let signed_nearby = ctx.triggers.iter().any(|t| t.sent == s && t.sign);
    (by && (short_line || matches!(after, Some("sur" | "|" | "for" | "on" | ",")))
        && !signed_nearby)
        || (first > 0 && doc.tokens[first - 1].fold == "par" && short_line && !signed_nearby)
}

/// A speech verb right before or after the name ("said X", "X said", "X a déclaré"), or the
/// name right after a closing quote.
fn speech_near(ctx: &Ctx<'_>, first: usize, last: usize) -> bool {
    let doc = &ctx.doc;
    let speech = ctx.lex.cue(Cue::Speech);
    // After: "X said", "X, CEO of Y, said" (skip one appositive).
    let mut k = last;
    if doc.tokens.get(k).is_some_and(|t| t.is_punct(",")) {
        if let Some(close) =
            (k + 1..(k + 18).min(doc.tokens.len())).find(|&j| doc.tokens[j].is_punct(","))
        {
            if speech
                .longest_at(doc, close + 1, doc.tokens.len(), ctx.lang)
                .is_some()
            {
                return true;
            }
        }
        k += 1;
    }
    // "X, directeur de Y, a pour sa part salué": an auxiliary may stand before the verb.
    for skip in 0..=1 {
        if speech
            .longest_at(doc, k + skip, doc.tokens.len(), ctx.lang)
            .is_some()
        {
            return true;
        }
        if !doc
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.fold.as_str(), "a" | "has" | "had" | "ont"))
        {
            break;
        }
    }
    if let Some(close) =
        (last..(last + 18).min(doc.tokens.len())).find(|&j| doc.tokens[j].is_punct(",") && j > last)
    {
        if doc
            .tokens
            .get(close + 1)
            .is_some_and(|t| matches!(t.fold.as_str(), "a" | "has"))
            && speech
                .longest_at(doc, close + 2, doc.tokens.len(), ctx.lang)
                .is_some()
        {
            return true;
        }
    }
    // "…, a souligné la ministre de la Transformation numérique, Mme Awa Sarr": the verb
    // stands before the role that introduces the name.
    let s = doc.sentence_of[first];
    let sa = doc.sentences[s].tokens.0;
    let lo = first.saturating_sub(16).max(sa);
    for j in (lo..first).rev() {
        if let Some(h) = speech.longest_at(doc, j, first, ctx.lang) {
            let between = h.last..first;
            let role = between.clone().any(|k| ctx.idx.is_role_word(doc, k));
            let other_person = ctx.ents.mentions.iter().any(|m| {
                m.first >= h.last && m.last <= first && matches!(m.kind, MentionKind::Person)
            });
            if role && !other_person {
                return true;
            }
            break;
        }
    }
    // Before: "said X", "a déclaré X", "…,” said X".
    for back in 1..=3 {
        let Some(s) = first.checked_sub(back) else {
            break;
        };
        if speech
            .longest_at(doc, s, first, ctx.lang)
            .is_some_and(|h| h.last == first || h.last + 1 == first)
        {
            return true;
        }
    }
    false
}

struct RoleFound {
    text: Option<String>,
    span: Option<Span>,
    affiliations: Vec<usize>,
    state: Option<usize>,
}

/// The role and body of the person of mention `mi`, from the words around the name.
fn role_of(ctx: &Ctx<'_>, mi: usize) -> Option<RoleFound> {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    let sent = doc.sentence_of[m.first];
    let (sa, sb) = doc.sentences[sent].tokens;
    // Before the name, back to a boundary: "Kaspersky founder and CEO Eugene Kaspersky".
    let mut windows: Vec<(usize, usize)> = Vec::new();
    if let Some((r0, r1)) = m.role_before {
        let mut ws = r0;
        while ws > sa {
            let t = &doc.tokens[ws - 1];
            if (t.kind == TokKind::Punct && is_boundary(&t.fold)) || STOP_BACK.contains(t) {
                break;
            }
            ws -= 1;
        }
        windows.push((ws, r1));
    } else {
        let mut ws = m.first;
        while ws > sa && m.first - ws < 14 {
            let t = &doc.tokens[ws - 1];
            if (t.kind == TokKind::Punct && is_boundary(&t.fold)) || STOP_BACK.contains(t) {
                break;
            }
            if ctx.by_sentence[sent].iter().any(|&o| {
                ctx.ents.mentions[o].last == ws
                    && matches!(ctx.ents.mentions[o].kind, MentionKind::Person)
            }) {
                break;
            }
            ws -= 1;
        }
        // Honorifics right before the name are not part of the role.
        let mut we = m.first;
        while we > ws && (ctx.idx.is_honorific(doc, we - 1) || doc.tokens[we - 1].is_punct(".")) {
            we -= 1;
        }
        if ws < we {
            windows.push((ws, we));
        } else if ws == m.first || ws == we {
            // "AFRIPOL's Acting Executive Director, Ambassador Jalel Chelba": the role stands
            // before a comma.
            let mut k = we;
            if k > sa && doc.tokens[k - 1].is_punct(",") {
                k -= 1;
                let mut s2 = k;
                while s2 > sa && k - s2 < 14 {
                    let t = &doc.tokens[s2 - 1];
                    if (t.kind == TokKind::Punct && is_boundary(&t.fold)) || STOP_BACK.contains(t) {
                        break;
                    }
                    s2 -= 1;
                }
                if s2 < k && has_role_word(ctx, s2, k) {
                    windows.push((s2, k));
                }
            }
        }
    }
    // After the name: ", the deputy CEO of Huawei Technologies Kenya," and a second segment
    // when the first holds only the role (", Chief Executive, Cyber Security Agency of …").
    let mut k = m.last;
    if doc.tokens.get(k).is_some_and(|t| t.is_punct("(")) {
        if let Some(close) = (k..(k + 10).min(sb)).find(|&j| doc.tokens[j].is_punct(")")) {
            k = close + 1;
        }
    }
    if doc.tokens.get(k).is_some_and(|t| t.is_punct(",")) && k + 1 < sb {
        let seg = |from: usize| -> (usize, usize) {
            let mut e = from;
            while e < sb && e - from < 18 {
                let t = &doc.tokens[e];
                if t.kind == TokKind::Punct && (is_boundary(&t.fold) || t.fold == ".") {
                    break;
                }
                if ctx
                    .lex
                    .cue(Cue::Speech)
                    .longest_at(doc, e, sb, ctx.lang)
                    .is_some()
                    && e > from
                {
                    break;
                }
                e += 1;
            }
            (from, e)
        };
        let (a1, b1) = seg(k + 1);
        if a1 < b1 && has_role_word(ctx, a1, b1) {
            windows.insert(0, (a1, b1));
            if org_in(ctx, a1, b1).is_none() && doc.tokens.get(b1).is_some_and(|t| t.is_punct(","))
            {
                let (a2, b2) = seg(b1 + 1);
                if a2 < b2 && org_in(ctx, a2, b2).is_some() {
                    return Some(RoleFound {
                        text: role_text(ctx, a1, b1, None),
                        span: Some(doc.span(a1, b2)),
                        affiliations: orgs_in(ctx, a2, b2),
                        state: None,
                    });
                }
            }
        }
    }
    for (a, b) in windows {
        let aff = org_in(ctx, a, b);
        let state = state_in(ctx, a, b);
        let has_role = has_role_word(ctx, a, b);
        if !has_role && aff.is_none() {
            continue;
        }
        if !has_role {
            continue;
        }
        return Some(RoleFound {
            text: role_text(ctx, a, b, aff.map(|x| x.1)),
            span: Some(doc.span(a, b)),
            affiliations: orgs_in(ctx, a, b),
            state,
        });
    }
    None
}

fn has_role_word(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| ctx.idx.is_role_word(&ctx.doc, k) && ctx.idx.head_kind(&ctx.doc, k).is_none())
}

/// The mentions of the sentence that holds tokens `a..b`, inside that range.
fn mentions_in<'c>(ctx: &'c Ctx<'_>, a: usize, b: usize) -> impl Iterator<Item = usize> + 'c {
    let s = ctx.doc.sentence_of.get(a).copied().unwrap_or(0);
    ctx.by_sentence
        .get(s)
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(move |&i| ctx.ents.mentions[i].first >= a && ctx.ents.mentions[i].last <= b)
}

/// The first organisation mentioned in tokens `a..b`: its cluster and token range.
fn org_in(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<(usize, (usize, usize))> {
    mentions_in(ctx, a, b).find_map(|i| {
        let m = &ctx.ents.mentions[i];
        matches!(m.kind, MentionKind::Org { .. })
            .then(|| (ctx.ents.cluster_of[i], (m.first, m.last)))
    })
}

fn orgs_in(ctx: &Ctx<'_>, a: usize, b: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for i in mentions_in(ctx, a, b) {
        let cluster = ctx.ents.cluster_of[i];
        let org_cluster = matches!(ctx.ents.clusters[cluster].kind, MentionKind::Org { .. });
        if matches!(ctx.ents.mentions[i].kind, MentionKind::Org { .. })
            || (org_cluster && ctx.ents.mentions[i].kind == MentionKind::Other)
        {
            let c = ctx.ents.cluster_of[i];
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

fn state_in(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    mentions_in(ctx, a, b).find_map(|i| match ctx.ents.mentions[i].kind {
        MentionKind::Country(c) | MentionKind::Demonym(c) => Some(c),
        _ => None,
    })
}

/// The role words of a window, lowercase, without the body's name and the articles.
fn role_text(ctx: &Ctx<'_>, a: usize, b: usize, org: Option<(usize, usize)>) -> Option<String> {
    let doc = &ctx.doc;
    let mut keep: Vec<bool> = vec![true; b - a];
    if let Some((oa, ob)) = org {
        for k in oa.max(a)..ob.min(b) {
            keep[k - a] = false;
        }
        // "of"/"at"/"de"/"d'" before the body, "'s" after it.
        let mut k = oa;
        while k > a
            && matches!(
                doc.tokens[k - 1].fold.as_str(),
                "of" | "at"
                    | "de"
                    | "du"
                    | "d'"
                    | "des"
                    | "l'"
                    | "la"
                    | "le"
                    | "the"
                    | "in"
                    | "a"
                    | "for"
            )
        {
            keep[k - 1 - a] = false;
            k -= 1;
        }
        let mut k = ob;
        while k < b && matches!(doc.tokens[k].fold.as_str(), "'" | "s") {
            keep[k - a] = false;
            k += 1;
        }
    }
    let mut words: Vec<String> = Vec::new();
    for k in a..b {
        if !keep[k - a] {
            continue;
        }
        let t = &doc.tokens[k];
        if t.kind == TokKind::Punct && t.fold != "-" && t.fold != "," && t.fold != "&" {
            continue;
        }
        if ctx.idx.is_honorific(doc, k) && !ctx.idx.is_role_word(doc, k) {
            continue;
        }
        words.push(doc.text[t.start..t.end].to_lowercase());
    }
    while words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "le" | "la" | "l'" | "l’" | "a" | "an" | "son" | "sa" | "," | "its" | "their"
        )
    }) {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "," | "of" | "de" | "at" | "the" | "and" | "du"))
    {
        words.pop();
    }
    let text = join_role_words(&words);
    (!text.is_empty()).then_some(text)
}

/// A role's words with a space between, but none before a comma or after an apostrophe
/// ("directeur général d'", "agence" make "directeur général d'agence").
fn join_role_words(words: &[String]) -> String {
    let mut text = String::new();
    for (n, w) in words.iter().enumerate() {
        let glued = n == 0
            || w.starts_with(',')
            || words[n - 1].ends_with('’')
            || words[n - 1].ends_with('\'');
        if !glued {
            text.push(' ');
        }
        text.push_str(w);
    }
    text
}

/// The signatories of the chosen agreement.
pub(crate) fn signatories(ctx: &Ctx<'_>, people: &[Person], chosen: &[Chosen]) -> Vec<Signatory> {
    let mut out = Vec::new();
    for p in people {
        if p.witness || p.journalist || p.background_only {
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
        let party_by_role = p.role.as_deref().and_then(|r| party_by_words(r, chosen));
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
        let party = party_by_aff
            .or_else(party_by_aff_name)
            .or(party_by_state)
            .or(party_by_role)
            .or_else(party_by_home);
        let foreign = !p.affiliations.is_empty() && party.is_none();
        let include = if foreign {
            p.in_trigger
        } else {
            p.in_trigger || p.speaks || (party.is_some() && p.role.is_some())
        };
        if !include {
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
        evidence.sort();
        evidence.dedup();
        out.push(Signatory {
            name: p.name.clone(),
            role: p.role.clone(),
            party: party.map(|c| c.party.name.clone()),
            evidence,
        });
    }
    out
}

/// The chosen party whose name shares a content word with a role ("minister of
/// electricity" → "Ministry of Electricity and Renewable Energy").
fn party_by_words<'a>(role: &str, chosen: &'a [Chosen]) -> Option<&'a Chosen> {
    let words: Vec<String> = crate::text::fold(role)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 5)
        .map(str::to_string)
        .collect();
    chosen.iter().find(|c| {
        let name = crate::text::fold(&c.party.name);
        let aliases: Vec<String> = c
            .party
            .aliases
            .iter()
            .map(|a| crate::text::fold(a))
            .collect();
        words.iter().any(|w| {
            name.split(|ch: char| !ch.is_alphanumeric()).any(|n| n == w)
                || aliases
                    .iter()
                    .any(|a| a.split(|ch: char| !ch.is_alphanumeric()).any(|n| n == w))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_words_join_without_space_before_commas_or_after_apostrophes() {
        let cases: [&[&str]; 5] = [
            &["directeur", "général", "d'", "agence"],
            &["head", ",", "cyber", "unit"],
            &["minister", "’", ",", "deputy"],
            &["l’", "ambassadeur"],
            &[],
        ];
        for words in cases {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            // The rule as a chain of replacements over the words joined by spaces.
            let want = words
                .join(" ")
                .replace(" ,", ",")
                .replace("’ ", "’")
                .replace("' ", "'");
            assert_eq!(join_role_words(&words), want);
        }
    }
}
