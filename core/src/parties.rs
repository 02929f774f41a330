//! Choosing the parties: the bodies (or states) that signed the agreement the article is
//! about, with their fullest name, the other forms the text uses, kind and home state.
//!
//! Candidates come from the sentences that report the agreement; the outlet, data sources
//! ("according to X"), parents ("a subsidiary of X"), witnesses and names that only
//! describe another ("African Union body AFRIPOL") are left out. When a sentence names
//! only states ("India and the US signed…") and another names the bodies that signed for
//! them, the bodies win, as the annotation guide asks.

use crate::frames::{
    frame_groups, frame_slots, has_own_word, is_article_fold, is_verb_filler, Slot, MAX_SLOT,
};

use crate::entities::{plural_part_name, MentionKind};
use crate::facts::{AgreementType, Party, PartyKind, Span};
use crate::frames::Ctx;
use crate::lexicon::Cue;
use crate::persons::Person;
use crate::text::{one_space, TokKind};

/// A chosen party.
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    /// The entity cluster, when the party is an organisation or a state named in the text.
    pub cluster: Option<usize>,
    /// The state, when the party is a state.
    pub state: Option<usize>,
    /// The home state of an organisation (index into the gazetteer's countries).
    pub country_idx: Option<usize>,
    /// The record.
    pub party: Party,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Cluster(usize),
    State(usize),
}

/// Candidates of one sentence, in text order.
fn candidates(ctx: &Ctx<'_>, s: usize, people: &[Person]) -> Vec<(Key, usize)> {
    let doc = &ctx.doc;
    let ents = &ctx.ents;
    let (a, b) = doc.sentences[s].tokens;
    let mut out: Vec<(Key, usize)> = Vec::new();
    // Each key once, at its first place: a set keeps a sentence of thousands of names linear.
    let mut seen: crate::hash::HashSet<Key> = crate::hash::HashSet::default();
    let mut push = |out: &mut Vec<(Key, usize)>, k: Key, at: usize| {
        if seen.insert(k) {
            out.push((k, at));
        }
    };
    let mut framed = frame_slots(ctx, s);
    crate::sort::all(&mut framed);
    framed.dedup();
    for &mi in &ctx.by_sentence[s] {
        let m = &ents.mentions[mi];
        if m.first < a || m.last > b {
            continue;
        }
        let in_frame = framed.binary_search(&mi).is_ok();
        // With two signers in the frame, a name the agreement serves is no third.
        // So is the partner of a similar, earlier agreement the sentence recalls, even in
        // a frame of its own, when two others remain.
        if framed.len() >= 2
            && (!in_frame && side_role(ctx, m.first.max(a + 1))
                || (!in_frame || framed.len() >= 3) && earlier_partner(ctx, a, m.first))
        {
            continue;
        }
        for k in mention_keys(ctx, mi, in_frame, people) {
            push(&mut out, k, m.first);
        }
    }
    // "A joins B's partner programme": B, possessive or after "member of", is a party.
    if let Some((_, owner)) = crate::frames::joins_programme(ctx, s) {
        if !in_quotes(ctx, owner) {
            push(
                &mut out,
                Key::Cluster(ents.cluster_of[owner]),
                ents.mentions[owner].first,
            );
        }
    }
    // People who sign bring their body or state: "signed by X, CEO of Y"; "Namibian
    // President X and Indian Prime Minister Y signed".
    // Each mention's person (the first that has it), a sorted map.
    let person_of = crate::sort::map(people.iter().enumerate().flat_map(|(pi, p)| {
        p.mentions
            .iter()
            .filter(|&&mi| doc.sentence_of.get(ents.mentions[mi].first) == Some(&s))
            .map(move |&mi| (mi, pi))
    }));
    for &mi in &ctx.by_sentence[s] {
        let Some(p) = crate::sort::get(&person_of, &mi).map(|&pi| &people[pi]) else {
            continue;
        };
        {
            let m = &ents.mentions[mi];
            if m.first < a || m.last > b || p.witness {
                continue;
            }
            // "Justice and Correctional Services Minister X": a portfolio, not a body.
            let aff = p.affiliations.first().copied().filter(|&c| {
                !ctx.ents.clusters[c]
                    .mentions
                    .iter()
                    .all(|&o| portfolio(ctx, o))
            });
            if let Some(aff) = aff {
                push(&mut out, Key::Cluster(aff), m.first);
            } else if let Some(st) = p.state {
                push(&mut out, Key::State(st), m.first);
            }
        }
    }
    crate::sort::by_key(&mut out, |(_, at)| *at);
    // "A and B signed …, said Jane Doe, a spokesperson for the Ministry of Finance": the
    // body of whoever the sentence's closing attribution quotes is no party when two
    // others stand before it.
    let tail = attribution_tail(ctx, s);
    if out.iter().filter(|(_, at)| *at < tail).count() >= 2 {
        out.retain(|(_, at)| *at < tail);
    }
    out
}

/// Whether the name at token `at` is one the agreement serves, or that funds or hosts it,
/// named after a word of `side_roles` and small words ("to protect the Lakeside Hospital",
/// "au profit de la Coopérative X", "funded by the EU", "organisée par l'Union africaine"),
/// not one that signs.
fn side_role(ctx: &Ctx<'_>, at: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let mut k = at;
    while k > 0 && at - k < 3 {
        let t = &toks[k - 1];
        if word_set!("side_roles").contains(t) {
            return true;
        }
        if !(is_article_fold(&t.fold)
            || matches!(
                t.fold.as_str(),
                "of" | "de" | "its" | "their" | "by" | "par" | "from"
            ))
        {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the name at token `at` is the partner of an earlier or similar agreement the
/// sentence recalls ("a week after the agency signed a similar pact with Orion Cyber", "un
/// accord similaire avec X"): "with" right before it, and such a word shortly before that.
fn earlier_partner(ctx: &Ctx<'_>, a: usize, at: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let mut k = at;
    if k > a && is_article_fold(&toks[k - 1].fold) {
        k -= 1;
    }
    if !(k > a && matches!(toks[k - 1].fold.as_str(), "with" | "avec")) {
        return false;
    }
    (k.saturating_sub(6).max(a)..k - 1)
        .rev()
        .take_while(|&j| toks[j].is_word())
        .any(|j| word_set!("earlier_instrument").contains(&toks[j]))
}

/// Where the attribution that closes sentence `s` starts: a comma right before a verb of
/// speech ("…, said Jane Doe, spokesperson for X", "…, a indiqué Marie Blanc, porte-parole
/// du ministère"), or before a name and such a verb ("…, the ministry of X said"), after
/// a reported signing. The sentence's end when there is none.
fn attribution_tail(ctx: &Ctx<'_>, s: usize) -> usize {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let speech = ctx.lex.cue(Cue::Speech);
    let sign = (1 << Cue::Sign as usize) | (1 << Cue::Partner as usize);
    let mut signed = false;
    for k in a..b {
        let t = &doc.tokens[k];
        if ctx.cue_bits(k) & sign != 0 {
            signed = true;
        }
        if signed && t.is_punct(",") {
            // "…, said Jane Doe", and "…, Cape Verde's Ministry of Digital Economy said":
            // a name (capitalised words, their possessive and small words) before the verb.
            let mut j = k + 1;
            while j < b.min(k + 12) {
                if speech
                    .longest_at(doc, j, b, ctx.lang)
                    .is_some_and(|h| h.first == j)
                {
                    return k;
                }
                let w = &doc.tokens[j];
                let name_word = (w.cap && w.is_word())
                    || matches!(
                        w.fold.as_str(),
                        "'" | "s"
                            | "of"
                            | "the"
                            | "for"
                            | "and"
                            | "de"
                            | "du"
                            | "la"
                            | "le"
                            | "l'"
                            | "des"
                            | "d'"
                    );
                if !name_word || (j == k + 1 && !w.cap && w.fold != "the") {
                    break;
                }
                j += 1;
            }
        }
    }
    b
}

/// Whether the mention is a word of a dateline: capitals at the start of a line, before a
/// date, with only capitals and commas between ("PORT-LUNE, XD, le 3 mars 2025").
/// Whether mention `mi` names the dateline's place, there or again later ("NORTHBAY, ON
/// – … à Northbay"; not "the Northbay Police").
fn dateline_place(ctx: &Ctx<'_>, mi: usize) -> bool {
    let ents = &ctx.ents;
    let doc = &ctx.doc;
    // A dateline opens one of the first lines: only the mentions there are looked at (the
    // cluster's mentions are in text order), so a name repeated thousands of times costs
    // no more than once.
    let limit = doc
        .lines
        .get(DATELINE_LINES)
        .map_or(doc.tokens.len(), |l| l.tokens.0)
        .min(DATELINE_TOKENS);
    let early: Vec<usize> = ents.clusters[ents.cluster_of[mi]]
        .mentions
        .iter()
        .copied()
        .take_while(|&o| ents.mentions[o].first < limit)
        .filter(|&o| in_dateline(ctx, o))
        .collect();
    if early.is_empty() {
        return false;
    }
    let m = &ents.mentions[mi];
    let text = crate::text::fold(doc.slice(m.first, m.last));
    early.iter().any(|&o| {
        let om = &ents.mentions[o];
        crate::text::fold(doc.slice(om.first, om.last)) == text
    })
}

/// How many lines from the top a dateline may open (after a headline, a byline, a date).
const DATELINE_LINES: usize = 8;

/// How many tokens from the top a dateline may open.
const DATELINE_TOKENS: usize = 600;

fn in_dateline(ctx: &Ctx<'_>, mi: usize) -> bool {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    let s = doc.sentence_of.get(m.first).copied().unwrap_or(0);
    let line = doc.sentences[s].line;
    let mut start = doc.lines[line].tokens.0.max(doc.sentences[s].tokens.0);
    // " date 2025-03-06 PORT-LUNE, …": the dateline follows a leading date line.
    if doc.tokens.get(start).is_some_and(|t| t.fold == "date") {
        let from = ctx.dates.partition_point(|d| d.first < start + 1);
        if let Some(d) = ctx.dates.get(from).filter(|d| d.first == start + 1) {
            start = d.last;
        }
    }
    // "JOHANNESBURG, South Africa, Oct. 7 –": after the place in capitals, its state or
    // region may follow in ordinary case.
    let caps_place = doc
        .tokens
        .get(start)
        .is_some_and(|t| t.is_word() && t.upper);
    let after_place = caps_place
        && m.first > start
        && doc.tokens[m.first - 1].is_punct(",")
        && matches!(
            m.kind,
            MentionKind::Country(_) | MentionKind::City(_) | MentionKind::Other
        );
    if m.first > start + 8
        || !((m.first..m.last).all(|k| !doc.tokens[k].is_word() || doc.tokens[k].upper)
            || after_place)
    {
        return false;
    }
    // "GRANVILLE – The state's Office …", "BORDJANE – Le ministère …": a word in capitals
    // opening the line, a dash and prose, with no date: the place the story is filed from,
    // unless it is a known body's name or comes back in the story.
    let dash = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.kind == crate::text::TokKind::Punct && t.fold.bytes().all(|b| b == b'-')
        })
    };
    if m.first == start
        && dash(m.last)
        && doc
            .tokens
            .get(m.last + 1)
            .is_some_and(|t| t.cap && t.is_word() && !t.newline_before)
        // Prose runs on after the dash, not a masthead's few words ("CYBERLYS — Espace
        // presse").
        && doc.tokens[m.last + 1..]
            .iter()
            .take_while(|t| !t.newline_before)
            .filter(|t| t.is_word() && !t.cap)
            .nth(5)
            .is_some()
        && !matches!(m.kind, MentionKind::Org { gaz: Some(_), .. })
        // A body's name comes back in the story; a dateline's place need not, though it
        // may when an article opens the prose after the dash ("BEERSHEBA — The agency …").
        && (ctx.ents.clusters[ctx.ents.cluster_of[mi]].mentions.len() == 1
            || is_article_fold(&doc.tokens[m.last + 1].fold)
            // "NUUK — A and B signed … in Nuuk": a city, or a name that comes back only as
            // a place ("the campus in Enschede").
            || matches!(m.kind, MentionKind::City(_))
            || ctx.ents.clusters[ctx.ents.cluster_of[mi]]
                .mentions
                .iter()
                .filter(|&&o| o != mi)
                .all(|&o| {
                    let f = ctx.ents.mentions[o].first;
                    f > 0 && {
                        let p = &doc.tokens[f - 1];
                        matches!(p.fold.as_str(), "in" | "near" | "dans" | "pres")
                            || (p.fold == "a" && doc.french_a(f - 1))
                    }
                }))
    {
        return true;
    }
    let from = ctx.dates.partition_point(|d| d.first < m.last);
    let Some(date) = ctx.dates.get(from).filter(|d| d.first <= m.last + 8) else {
        return false;
    };
    (start..date.first).all(|k| {
        let t = &doc.tokens[k];
        (t.is_word()
            && (t.upper || matches!(t.fold.as_str(), "le" | "on" | "the") || (caps_place && t.cap)))
            || t.kind == crate::text::TokKind::Punct
    })
}

/// The organisation that mention `mi` is "represented by" / "représenté(e) par" right
/// after it, or acts "through" ("Chile, through its National Cyber Agency", "le Bénin, à
/// travers l'Agence …", "par l'intermédiaire de", "par le biais de").
fn represented_by(ctx: &Ctx<'_>, mi: usize) -> Option<usize> {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    let mut k = m.last;
    if doc.tokens.get(k).is_some_and(|t| t.is_punct(",")) {
        k += 1;
    }
    let f = |j: usize| doc.tokens.get(j).map_or("", |t| t.fold.as_str());
    k += match (f(k), f(k + 1), f(k + 2)) {
        ("represented" | "represente" | "representee" | "representes", "by" | "par", _)
        | ("acting", "through", _)
        | ("a", "travers", _) => 2,
        ("through" | "via", _, _) => 1,
        ("par", "l'" | "le", "intermediaire" | "biais") => 3,
        _ => return None,
    };
    if matches!(f(k), "de" | "du" | "d'") && f(k - 1) != "by" {
        k += 1;
    }
    if word_set!("represented_by").contains_str(f(k)) {
        k += 1;
    }
    // "through its subsidiary X", "à travers sa filiale locale X": a noun or two first.
    let at = (k..k + 3)
        .take_while(|&j| {
            doc.tokens.get(j).is_some_and(|t| {
                t.is_word()
                    && !t.cap
                    && !t.upper
                    && !matches!(f(j), "of" | "de" | "du" | "and" | "et")
            })
        })
        .count();
    ctx.org_starting_at(k)
        .or_else(|| (at > 0).then(|| ctx.org_starting_at(k + at)).flatten())
}

/// The parties a mention may stand for ([`mention_key`]); in a frame, a run of names with
/// no head word that holds "of <state>" stands for those states: "Presidents A of Uganda,
/// B of Rwanda and C of Kenya signed".
fn mention_keys(ctx: &Ctx<'_>, mi: usize, framed: bool, people: &[Person]) -> Vec<Key> {
    let m = &ctx.ents.mentions[mi];
    let doc = &ctx.doc;
    // "the Government of X, represented by the Ministry of Y": the body that signed.
    if let Some(rep) = represented_by(ctx, mi) {
        // "Chile, through its National Cyber Agency": the body, though "its" makes it a unit.
        let c = ctx.ents.cluster_of[rep];
        if matches!(ctx.ents.clusters[c].kind, MentionKind::Org { .. }) {
            return vec![Key::Cluster(c)];
        }
        if let Some(k) = mention_key(ctx, rep, framed, people) {
            return vec![k];
        }
    }
    if framed && matches!(m.kind, MentionKind::Other | MentionKind::Person) {
        let headless = (m.first..m.last).all(|k| ctx.idx.head_kind(doc, k).is_none());
        let mut states = Vec::new();
        if headless && !excluded(ctx, mi) && !in_quotes(ctx, mi) {
            for k in m.first..m.last.saturating_sub(1) {
                if !matches!(doc.tokens[k].fold.as_str(), "of" | "de" | "du") {
                    continue;
                }
                if let Some(h) = ctx.idx.longest_at(doc, k + 1, m.last) {
                    if let crate::names::Known::Country(c) = h.known {
                        if !states.contains(&Key::State(c)) {
                            states.push(Key::State(c));
                        }
                    }
                }
            }
        }
        if !states.is_empty() {
            return states;
        }
    }
    mention_key(ctx, mi, framed, people).into_iter().collect()
}

/// The party a mention may stand for, or none: its context rules it out (a source, a
/// parent, a quote, a modifier outside a frame), or it is no organisation or state.
/// `framed`: the mention stands in a slot of a frame, where names no table knows count.
fn mention_key(ctx: &Ctx<'_>, mi: usize, framed: bool, people: &[Person]) -> Option<Key> {
    let doc = &ctx.doc;
    let ents = &ctx.ents;
    let m = &ents.mentions[mi];
    if (m.modifier && !framed)
        || (m.possessive && !(framed && crate::frames::described_body_after(ctx, mi).is_some()))
        || excluded(ctx, mi)
        || (in_quotes(ctx, mi) && !(framed && we_quoted(ctx, m.first)))
    {
        return None;
    }
    // "Sentrix and Telkom Partner to Boost SME Cybersecurity": in a headline in title
    // case, capitals after "to" open what the partners will do, not a name.
    if infinitive_in_title(ctx, mi) || instrument_title(ctx, mi) {
        return None;
    }
    // "X reports", "a rapporté X", "the Velor News Agency (VNA) reported": the outlet or a
    // source speaking.
    let mut after = m.last;
    if doc.tokens.get(after).is_some_and(|t| t.is_punct("(")) {
        if let Some(close) =
            (after + 1..(after + 6).min(doc.tokens.len())).find(|&j| doc.tokens[j].is_punct(")"))
        {
            after = close + 1;
        }
    }
    if doc
        .tokens
        .get(after)
        .is_some_and(|t| matches!(t.fold.as_str(), "reports" | "reported" | "rapporte"))
    {
        return None;
    }
    // The dateline's place, there or again later; but a state named in the dateline
    // ("SUVA, Fiji, Oct. 2") that stands in a slot of the signing frame later is a party
    // ("The governments of Fiji, Samoa and Tonga signed").
    let framed_state = framed && matches!(m.kind, MentionKind::Country(_)) && !in_dateline(ctx, mi);
    if !framed_state && dateline_place(ctx, mi) {
        return None;
    }
    let c = ents.cluster_of[mi];
    match (m.kind, ents.clusters[c].kind) {
        (MentionKind::Org { .. } | MentionKind::Other, MentionKind::Org { .. }) => {
            Some(Key::Cluster(c))
        }
        (MentionKind::Country(ci), _) => Some(Key::State(ci)),
        // A name no table knows, in a slot of the signing frame: "Nordwave and the
        // Lakeside Police have signed", "a signé avec Veltrix".
        (MentionKind::Other | MentionKind::Person, _)
            if framed && open_name_ok(ctx, mi, people) =>
        {
            Some(Key::Cluster(c))
        }
        _ => None,
    }
}

/// Whether mention `mi`, a name no table knows, is an instrument's title or what the title
/// is about: "a Technical Cooperation Agreement on the Project for …", "the Grant Agreement
/// for the Cyber Resilience Programme", "une Convention de Partenariat pour le …": a
/// capitalised instrument's name, then "on", "for", "sur", "pour", "relatif" …
fn instrument_title(ctx: &Ctx<'_>, mi: usize) -> bool {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    if !matches!(
        m.kind,
        MentionKind::Org { gaz: None, .. } | MentionKind::Other
    ) {
        return false;
    }
    let toks = &doc.tokens;
    let from = m.first.saturating_sub(4);
    ctx.lex
        .instruments
        .find(doc, from, m.last, ctx.lang)
        .iter()
        .any(|h| {
            let named = matches!(
                h.value,
                AgreementType::Mou
                    | AgreementType::Agreement
                    | AgreementType::Treaty
                    | AgreementType::Declaration
            ) && toks[h.last - 1].cap;
            let mut k = h.last;
            if !named
                || !toks
                    .get(k)
                    .is_some_and(|t| word_set!("title_connector").contains(t))
            {
                return false;
            }
            k += 1;
            if toks.get(k).is_some_and(|t| is_article_fold(&t.fold)) {
                k += 1;
            }
            // The title is the mention, or the mention is what it is about.
            (h.first >= m.first && h.last < m.last) || k == m.first
        })
}

/// Whether mention `mi` stands right after "to" in a headline in title case (most words
/// of four letters or more capitalised, no full stop at the end) and is no name a table
/// knows.
fn infinitive_in_title(ctx: &Ctx<'_>, mi: usize) -> bool {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    if m.first == 0 || doc.tokens[m.first - 1].fold != "to" {
        return false;
    }
    let s = doc.sentence_of.get(m.first).copied().unwrap_or(0);
    let Some(line) = doc.sentences.get(s).and_then(|x| doc.lines.get(x.line)) else {
        return false;
    };
    let (a, b) = line.tokens;
    // A headline is short: a long line is text, and is not read word by word again.
    if b - a > 40 {
        return false;
    }
    let long: Vec<&crate::text::Token> = doc.tokens[a..b]
        .iter()
        .filter(|t| t.is_word() && t.fold.chars().count() >= 4)
        .collect();
    let title_case = long.len() >= 3
        && long.iter().filter(|t| t.cap || t.upper).count() * 10 >= long.len() * 7
        && !doc.tokens[b - 1].is_punct(".");
    title_case
        && m.first > a
        && m.first < b
        && doc.tokens[m.first - 1].fold == "to"
        && !doc.tokens[m.first - 1].cap
        && matches!(
            m.kind,
            MentionKind::Org { gaz: None, .. } | MentionKind::Other
        )
        && ctx.idx.longest_at(doc, m.first, m.last).is_none()
}

/// The most parties a list of bodies under one plural head gives ("les gouvernements de A,
/// de B, … et de N").
const MAX_LISTED: usize = 16;

/// The most agreements one article reports.
const MAX_AGREEMENTS: usize = 4;

/// Whether a mention no table knows may name a party: it is not the instrument itself
/// ("the Cyber MoU"), not a date, and not a person known by a role or an honorific.
fn open_name_ok(ctx: &Ctx<'_>, mi: usize, people: &[Person]) -> bool {
    let m = &ctx.ents.mentions[mi];
    let doc = &ctx.doc;
    if m.honorific || m.role_before.is_some() {
        return false;
    }
    // "Island Nations", "les deux États": a plural of states describes the states named.
    if m.last > m.first && word_set!("plural_states").contains(&doc.tokens[m.last - 1]) {
        return false;
    }
    if !ctx
        .lex
        .instruments
        .find(doc, m.first, m.last, ctx.lang)
        .is_empty()
    {
        return false;
    }
    // "la Société", "Digital Agency": head words and common words alone name no one; a
    // place with them may ("Digital Dubai").
    let own = has_own_word(ctx, m.first, m.last)
        || doc.tokens[m.first..m.last]
            .iter()
            .enumerate()
            .any(|(k, t)| {
                ctx.idx
                    .place_at(doc, m.first + k, m.first + k + 1)
                    .is_some()
                    && m.last - m.first >= 2
                    && t.is_word()
            });
    // "A, State Special Communications, and B signed": common words make a name inside a
    // list of signers.
    let listed = m.last - m.first >= 2
        && m.first > 0
        && doc.tokens[m.first - 1].is_punct(",")
        && doc
            .tokens
            .get(m.last)
            .is_some_and(|t| matches!(t.fold.as_str(), "," | "and" | "et"))
        && doc.tokens[m.first..m.last].iter().all(|t| t.cap);
    if !own && !listed {
        return false;
    }
    if m.kind == MentionKind::Person {
        // "the Hospital Dr. Raúl Menéndez": the person the body is named after.
        if crate::persons::body_named_after(ctx, m.first) {
            return false;
        }
        // A two-word name with no role and no sign of a person ("Brightmoor Analytics");
        // standing in a signing sentence is no sign when no word is a given name ("Steppe
        // Bank and Tamarin Secure signed").
        let given =
            (m.first..m.last).any(|k| crate::given_names::is_given_name(&doc.tokens[k].fold));
        let by = m.first > 0 && matches!(doc.tokens[m.first - 1].fold.as_str(), "by" | "par");
        return people
            .iter()
            .find(|p| p.mentions.contains(&mi))
            .is_none_or(|p| p.role.is_none() && !p.speaks && (!p.cued || !given && !by && p.acts));
    }
    true
}

/// Whether the context of a mention makes it no party: a data source ("according to X"),
/// a witness ("in the presence of X"), a parent ("a subsidiary of X"), or something the
/// agreement creates ("the establishment of X"). A bracketed form shares the context of
/// the name it follows.
/// Whether the name at `first..last` is a building's ("Government House in Port Ruri",
/// "the Golden Palm Hotel", "le Palais des Congrès"): a venue head word opens it or closes
/// its name before "in" / "à". "Centre" also heads bodies ("the National Cyber Centre") and
/// decides nothing alone.
fn venue_named(ctx: &Ctx<'_>, first: usize, last: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let end = (first..last)
        .find(|&k| matches!(toks[k].fold.as_str(), "in" | "a" | "," | "of"))
        .unwrap_or(last);
    let heads = word_set!("venue_heads");
    let clear = |k: usize| {
        toks[k].cap
            && heads.contains(&toks[k])
            && !matches!(
                toks[k].fold.as_str(),
                "centre" | "center" | "convention" | "chamber"
            )
    };
    end > first + 1 && (clear(first) || clear(end - 1))
}

/// "The National Cybercrime Centre (NC3), Ministry of Interior, signed …": a ministry set
/// between commas right after a body (or its bracketed acronym), with the verb after it,
/// is the body's parent, not a party.
fn apposed_parent(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    let toks = &ctx.doc.tokens;
    if m.bracket_of.is_some()
        || m.first < 2
        || ctx.idx.head_kind(&ctx.doc, m.first) != Some(PartyKind::Government)
        || !toks[m.first - 1].is_punct(",")
    {
        return false;
    }
    // The body before: a name of its own, or its acronym's closing bracket.
    let c = m.first - 1;
    let body_before = ctx.ending_at(c).any(|o| {
        let x = &ctx.ents.mentions[o];
        matches!(x.kind, MentionKind::Org { .. } | MentionKind::Other)
            && ctx.idx.head_kind(&ctx.doc, x.first) != Some(PartyKind::Government)
    }) || (toks[c - 1].is_punct(")")
        && ctx
            .ending_at(c - 1)
            .any(|o| ctx.ents.mentions[o].bracket_of.is_some()));
    // Then a comma and a verb, not the next name of a list ("A, B and C signed").
    let verb_after = toks.get(m.last).is_some_and(|t| t.is_punct(","))
        && toks.get(m.last + 1).is_some_and(|t| {
            t.is_word() && !t.cap && !matches!(t.fold.as_str(), "and" | "et" | "&")
        });
    body_before && verb_after
}

/// Whether mention `mi`'s context rules it out as a party ([`excluded_here`]), found once
/// per mention: the parties are chosen sentence by sentence and frame by frame, and the same
/// mention is asked again.
pub(crate) fn excluded(ctx: &Ctx<'_>, mi: usize) -> bool {
    match ctx.excluded.get(mi) {
        Some(known) => *known.get_or_init(|| excluded_here(ctx, mi)),
        None => excluded_here(ctx, mi),
    }
}

/// Whether the context of mention `mi` rules it out as a party: an occasion, a parent, an
/// outside voice's body, a portfolio, an observer, a source, a witness, a venue …
fn excluded_here(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    // "the Harbor Cyber Security Week", "le Sommet de Port-Lune": an occasion, not a body.
    let toks = &ctx.doc.tokens;
    let head_first = m.last > m.first + 1
        && EVENT_HEADS.contains(&toks[m.first])
        && word_set!("excluded").contains(&toks[m.first + 1]);
    // "the Budapest Convention on Cybercrime": a treaty, whatever name opens it.
    let treaty = (m.first + 1..m.last.saturating_sub(1)).any(|k| {
        word_set!("excluded_w").contains(&toks[k])
            && matches!(toks[k + 1].fold.as_str(), "of" | "on" | "de" | "du" | "sur")
    });
    // "the Cyber Shield Initiative", "le Programme national de cybersécurité": a programme,
    // unless a known body ("World Food Programme") or a body's head word names one.
    let plan = |k: usize| word_set!("programme_heads").contains(&toks[k]);
    let programme = !matches!(m.kind, MentionKind::Org { gaz: Some(_), .. })
        && m.last > m.first + 1
        && (plan(m.last - 1) || (m.last > m.first + 2 && plan(m.first)))
        && (m.first..m.last).all(|k| plan(k) || ctx.idx.head_kind(&ctx.doc, k).is_none());
    // "the Digital Government Forum in Velmar": an event's head (a forum too) before the
    // place it is held in.
    let held_in = (m.first + 1..(m.last + 1).min(toks.len()))
        .find(|&k| matches!(toks[k].fold.as_str(), "in" | "a"))
        .is_some_and(|k| EVENT_HEADS.contains(&toks[k - 1]) || toks[k - 1].fold == "forum");
    if m.last > m.first
        && (EVENT_HEADS.contains(&toks[m.last - 1]) || held_in || head_first || treaty || programme)
    {
        return true;
    }
    // "The Cabinet, chaired by X, approved the MoU between A and B": the body that approves
    // an instrument between others.
    let end = ctx.doc.sentences[ctx.doc.sentence_of[m.first]].tokens.1;
    if let Some(v) =
        (m.last..end.min(m.last + 8)).find(|&k| word_set!("approve_verbs").contains(&toks[k]))
    {
        if (v + 1..end.min(v + 10)).any(|k| matches!(toks[k].fold.as_str(), "between" | "entre")) {
            return true;
        }
    }
    // "a training company based in Ruritania", "une société basée au Bénin": a home, not a
    // party; nor is the place after a day ("signed on Tuesday in Singapore", "le 3 mars à
    // Monaco").
    let day = |k: usize| {
        toks[k].kind == crate::text::TokKind::Num
            || crate::lexicon::curated().calendar.get(&toks[k]).is_some()
    };
    // "signed on 4 March at the Harbor Convention Centre", "le 3 décembre au Palais des
    // Congrès": a venue, whatever its name.
    let venue_after_day = (1..=2).any(|n| {
        m.first > n
            && matches!(toks[m.first - n].fold.as_str(), "at" | "au" | "a")
            && (n == 1 && toks[m.first - 1].fold != "a"
                || n == 2 && matches!(toks[m.first - 1].fold.as_str(), "the" | "la" | "l'"))
            && (day(m.first - n - 1) || venue_named(ctx, m.first, m.last))
    }) || crate::entities::venue_at(&ctx.doc, m.first).is_some_and(|j| {
        // "signed at the Chamber of Commerce in Kirchberg", "held at Hall 7 of the World
        // Trade Centre": where a signing or an event took place.
        // The verb a few words before, with no mark between ("signed a memorandum of
        // understanding at …"), or a venue's part before its name ("Hall 7 of the").
        let part = (j + 1..m.first).any(|k| word_set!("venue_heads").contains(&toks[k]));
        let verb = (j.saturating_sub(6)..j)
            .rev()
            .take_while(|&k| toks[k].kind != crate::text::TokKind::Punct)
            .any(|k| {
                word_set!("signs").contains(&toks[k])
                    || matches!(toks[k].fold.as_str(), "held" | "hosted" | "tenu" | "tenue")
            });
        part || verb
    });
    // "signé … au Collège doctoral européen, à Strasbourg", "at the Harbour Pavilion in
    // Ruriville": a place after "at" whose town follows is a venue.
    let at_before = (m.first >= 1 && toks[m.first - 1].fold == "au")
        || (m.first >= 2
            && matches!(toks[m.first - 2].fold.as_str(), "at" | "a")
            && (toks[m.first - 2].fold != "a" || ctx.doc.french_a(m.first - 2))
            && matches!(toks[m.first - 1].fold.as_str(), "the" | "la" | "l'"));
    let town_next = |k: usize| {
        ctx.starting_in(k, k + 1)
            .any(|o| matches!(ctx.ents.mentions[o].kind, MentionKind::City(_)))
    };
    let venue_then_town = at_before
        && match toks.get(m.last).map(|t| t.fold.as_str()) {
            Some(",") => {
                toks.get(m.last + 1)
                    .is_some_and(|t| matches!(t.fold.as_str(), "a" | "in"))
                    && town_next(m.last + 2)
            }
            Some("in") => town_next(m.last + 1),
            _ => false,
        };
    // "CERTs", "SOCs": a plural of a common acronym names no one.
    let plural_acronym = m.last == m.first + 1 && {
        let w = ctx.doc.slice(m.first, m.last);
        w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    };
    // "African States", "Member States", "les Etats membres": states in general, no party.
    let plural_states = matches!(
        m.kind,
        MentionKind::Other | MentionKind::Org { gaz: None, .. }
    ) && m.last > m.first + 1
        && (m.first..m.last).any(|k| {
            matches!(
                toks[k].fold.as_str(),
                "states" | "nations" | "countries" | "etats" | "pays"
            ) && toks[k].cap
        })
        && !(m.first..m.last).any(|k| toks[k].fold == "united")
        && (m.first..m.last).all(|k| ctx.idx.head_kind(&ctx.doc, k).is_none());
    // "to help banks comply with DORA and NIS2", "le RGPD", "NIS 2": a law, not a body.
    let regulation = m.last == m.first + 1
        && word_set!("regulations").contains(&toks[m.first])
        && (toks[m.first].fold != "nis"
            || toks
                .get(m.last)
                .is_some_and(|t| t.kind == crate::text::TokKind::Num));
    if venue_after_day || venue_then_town || plural_acronym || plural_states || regulation {
        return true;
    }
    let home_before = m.first >= 2
        && matches!(
            toks[m.first - 1].fold.as_str(),
            "in" | "en" | "au" | "aux" | "a"
        )
        && (day(m.first - 2) || word_set!("excluded_2").contains(&toks[m.first - 2]));
    // "in the capital of Mali", "dans la capitale du Gabon": a place, not a party.
    let capital_of = (2..=3).any(|n| {
        m.first >= n
            && matches!(toks[m.first - n].fold.as_str(), "capital" | "capitale")
            && toks[m.first - n + 1..m.first]
                .iter()
                .all(|t| word_set!("excluded_2_w").contains(t))
    });
    // "in Kigali, Rwanda", "à Abidjan, en Côte d'Ivoire": the state of a city named.
    let mut c = m.first;
    if c > 0 && matches!(toks[c - 1].fold.as_str(), "en" | "au" | "aux" | "in") {
        c -= 1;
    }
    let state_of_city = c > 1
        && toks[c - 1].is_punct(",")
        && ctx
            .ending_at(c - 1)
            .any(|o| matches!(ctx.ents.mentions[o].kind, MentionKind::City(_)));
    // "Cybastion Institute aux Etats-Unis", "Orbis Telecom in Kenya": the body's home.
    // A bracketed form ("… d'Amérique (USA)") stands where its name does.
    let f0 = m.bracket_of.map_or(m.first, |o| ctx.ents.mentions[o].first);
    let f0 = if f0 > 1 && toks[f0 - 1].is_punct("(") {
        ctx.ending_at(f0 - 1)
            .find(|&o| ctx.ents.mentions[o].kind == m.kind)
            .map_or(f0, |o| ctx.ents.mentions[o].first)
    } else {
        f0
    };
    let home_of_body = f0 >= 2
        && matches!(toks[f0 - 1].fold.as_str(), "in" | "en" | "au" | "aux")
        && (0..3).any(|n| {
            // "Orbis Institute of technology aux Etats-Unis": small words may end the name.
            f0 > n + 1
                && toks[f0 - 1 - n..f0 - 1]
                    .iter()
                    .all(|t| t.is_word() && !t.cap && !t.upper)
                && ctx.ending_at(f0 - 1 - n).any(|o| {
                    matches!(
                        ctx.ents.mentions[o].kind,
                        MentionKind::Org { .. } | MentionKind::Other
                    )
                })
        });
    // "l'équipe nationale … de Mauritanie (CERT-MR)": the state ends the long form of the
    // body whose acronym follows.
    let long_form_tail = m.first > 0
        && matches!(toks[m.first - 1].fold.as_str(), "of" | "de" | "du" | "d'")
        && toks.get(m.last).is_some_and(|t| t.is_punct("("))
        && ctx.starting_in(m.last + 1, m.last + 2).any(|o| {
            matches!(
                ctx.ents.mentions[o].kind,
                MentionKind::Org { .. } | MentionKind::Other
            )
        });
    if (home_before || capital_of || state_of_city || home_of_body || long_form_tail)
        && matches!(m.kind, MentionKind::Country(_))
    {
        return true;
    }
    // "signed on Monday in Tallport": an unknown word after the day's "in" is the town, even
    // when a body bears its name ("Tallport University").
    if home_before && m.kind == MentionKind::Other && m.last == m.first + 1 {
        return true;
    }
    let at = m.bracket_of.map_or(m.first, |o| ctx.ents.mentions[o].first);
    // "the organisation's Cybercrime Directorate", "its research arm": a unit of another.
    let owned = at
        .checked_sub(1)
        .map(|k| &ctx.doc.tokens[k])
        .is_some_and(|t| word_set!("excluded_3").contains(t))
        || (at >= 3
            && ctx.doc.tokens[at - 1].fold == "s"
            && ctx.doc.tokens[at - 2].fold == "'"
            && !ctx.doc.tokens[at - 3].cap
            // "the country's Training Authority" is the state's own body.
            && !matches!(
                ctx.doc.tokens[at - 3].fold.as_str(),
                "country" | "nation" | "kingdom" | "republic" | "state" | "government"
            ));
    // "The Department of X (A05) under the Ministry of Public Security": the ministry is the
    // department's parent.
    let under = crate::frames::parent_after(ctx, at).is_some() || apposed_parent(ctx, mi);
    // "a law student at Tallport University", "analyste chez Sahel Risk": the body of an
    // outside voice.
    let mut k = at;
    if k > 0 && is_article_fold(&toks[k - 1].fold) {
        k -= 1;
    }
    let voice_of = k >= 2
        && matches!(
            toks[k - 1].fold.as_str(),
            "at" | "of" | "from" | "a" | "au" | "de" | "du" | "d'" | "chez"
        )
        && (word_set!("outside_voice").contains(&toks[k - 2])
            || word_set!("status_voice").contains(&toks[k - 2]));
    owned
        || under
        || voice_of
        || portfolio(ctx, mi)
        || owns_next_unit(ctx, mi)
        || observer(ctx, mi)
        || after_rivalry(ctx, at)
        || abbreviates_words(ctx, mi)
        || attribution_after(ctx, mi)
        || ctx.cue_before(at, 3, Cue::Source)
        || witnessed(ctx, mi, at)
        || ctx.cue_before(at, 5, Cue::Parent)
        || ctx.cue_before(at, 3, Cue::Create)
        || ctx.cue_before(at, 2, Cue::Venue)
}

/// Whether a witness phrase governs mention `mi` (first token `at`): "signed in the presence
/// of the Ministry of ICT". A name after a comma that closes the phrase and goes on to sign
/// is a signer ("Sous l'égide du Premier ministre, A et B ont signé …"); a name further on
/// in the phrase's list is a witness too ("in the presence of A, B, … and C").
fn witnessed(ctx: &Ctx<'_>, mi: usize, at: usize) -> bool {
    let doc = &ctx.doc;
    let (sa, sb) = doc.sentences[doc.sentence_of[at]].tokens;
    let toks = &doc.tokens;
    let sign = |k: usize| word_set!("is_signing_verb").contains(&toks[k]);
    let signs_after = (ctx.ents.mentions[mi].last..sb).any(sign);
    if ctx.cue_before(at, 16, Cue::Witness) {
        return !((at.saturating_sub(16).max(sa)..at).any(|k| toks[k].is_punct(","))
            && signs_after);
    }
    // Further on in a long list ("in the presence of A, B, … and C"), with no signing verb
    // between the phrase and the name or after it.
    let cue = ctx.lex.cue(Cue::Witness);
    let lo = at.saturating_sub(40).max(sa);
    !signs_after
        && (lo..at).rev().take_while(|&k| !sign(k)).any(|k| {
            ctx.may_start(k, Cue::Witness) && cue.longest_at(doc, k, at, ctx.lang).is_some()
        })
}

/// Whether mention `mi` only names the body that owns the unit that signs: "the Valorian
/// Defence Force (VDF) Directorate of Cyber Operations" (a name right after the bracketed
/// acronym), "la Direction de la cyberdéfense (DCD) du ministère des Armées" (a body after
/// the acronym and "of"), "the Faculty of Computing, Harbor University" (a university
/// after a faculty or school and a comma).
fn owns_next_unit(ctx: &Ctx<'_>, mi: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let m = &ctx.ents.mentions[mi];
    if !matches!(m.kind, MentionKind::Org { .. } | MentionKind::Other) {
        return false;
    }
    let fold = |k: usize| toks.get(k).map_or("", |t| t.fold.as_str());
    let line_of = |k: usize| ctx.doc.sentence_of.get(k).copied();
    // The name before "(ACR)", or the acronym itself: a name follows the closing bracket.
    let close = if m.first > 0 && fold(m.first - 1) == "(" {
        Some(m.last).filter(|&k| fold(k) == ")")
    } else if fold(m.last) == "(" {
        (m.last + 1..(m.last + 4).min(toks.len())).find(|&k| fold(k) == ")")
    } else {
        None
    };
    if let Some(c) = close {
        let unit = ctx.starting_in(c + 1, c + 2).any(|o| {
            let om = &ctx.ents.mentions[o];
            line_of(om.first) == line_of(m.first)
                && !toks[c + 1].newline_before
                && (matches!(om.kind, MentionKind::Org { .. })
                    || (om.kind == MentionKind::Other
                        && (om.first..om.last).any(|j| ctx.idx.head_kind(&ctx.doc, j).is_some())))
        });
        if unit {
            return true;
        }
    }
    // "… (ACR) du ministère …", "… (ACR) of the Ministry …": the body after is the owner.
    let mut k = m.first;
    if k > 0 && is_article_fold(&toks[k - 1].fold) {
        k -= 1;
    }
    if k >= 3 && matches!(fold(k - 1), "of" | "du" | "de" | "des" | "d'") && fold(k - 2) == ")" {
        let open = (k.saturating_sub(7)..k - 2).rev().find(|&j| fold(j) == "(");
        // The name before the bracket, or the acronym in it, is a body's.
        let org = |x: usize| matches!(ctx.ents.mentions[x].kind, MentionKind::Org { .. });
        if open.is_some_and(|o| {
            o > 0 && (ctx.ending_at(o).any(org) || ctx.starting_in(o + 1, o + 2).any(org))
        }) {
            return true;
        }
    }
    // "the Faculty of Computing, Harbor University": a university after its faculty.
    let academic =
        (m.first..m.last).any(|j| ctx.idx.head_kind(&ctx.doc, j) == Some(PartyKind::Academic));
    if academic && m.first >= 2 && fold(m.first - 1) == "," {
        return ctx.ending_at(m.first - 1).any(|u| {
            let um = &ctx.ents.mentions[u];
            let mut f = um.first;
            if is_article_fold(fold(f)) {
                f += 1;
            }
            word_set!("owns_next_unit").contains_str(fold(f)) && um.last > f + 1
        });
    }
    false
}

/// Whether mention `mi` is the portfolio of a minister's title ("Justice and Correctional
/// Services Minister Ana Molefe"): no body signs by it.
fn portfolio(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    matches!(
        m.kind,
        MentionKind::Org { gaz: None, .. } | MentionKind::Other
    ) && (ctx
        .doc
        .tokens
        .get(m.last)
        .is_some_and(|t| t.cap && matches!(t.fold.as_str(), "minister" | "ministers"))
        || (ctx.idx.head_kind(&ctx.doc, m.first).is_some()
            && crate::persons::minister_before(ctx, m.first)))
}

/// Whether mention `mi` attends as an observer or an adviser: "with Uganda and Tanzania
/// attending as observers", "with Orbis Consulting acting as adviser", "le Mali assistant
/// à la cérémonie en qualité d'observateur".
fn observer(ctx: &Ctx<'_>, mi: usize) -> bool {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    let end = doc.sentences[doc.sentence_of[m.first]].tokens.1;
    for k in m.last..(m.last + 10).min(end) {
        let t = &doc.tokens[k];
        if matches!(
            t.fold.as_str(),
            "observer"
                | "observers"
                | "observateur"
                | "observateurs"
                | "observatrice"
                | "adviser"
                | "advisor"
                | "facilitator"
                | "facilitateur"
        ) {
            return true;
        }
        if t.is_punct(".") || t.is_punct(";") || ctx.cue_bits(k) & (1 << Cue::Sign as usize) != 0 {
            return false;
        }
    }
    false
}

/// Whether mention `mi` is an acronym in brackets of the lowercase words before it
/// ("memorandum of cooperation (MOC)", "security operations centre (SOC)"): no name.
fn abbreviates_words(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    let toks = &ctx.doc.tokens;
    if m.last != m.first + 1 || m.first < 2 || !toks[m.first - 1].is_punct("(") {
        return false;
    }
    let letters: Vec<char> = toks[m.first]
        .fold
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let n = letters.len();
    if !(2..=6).contains(&n) {
        return false;
    }
    // The words before the bracket, last first; with and without the small words.
    let before: Vec<&crate::text::Token> = toks[..m.first - 1]
        .iter()
        .rev()
        .take_while(|t| t.is_word() && !t.cap && !t.upper)
        .take(12)
        .collect();
    let spells = |words: Vec<&&crate::text::Token>| {
        words.len() >= n
            && words[..n]
                .iter()
                .rev()
                .zip(&letters)
                .all(|(t, c)| t.fold.starts_with(*c))
    };
    // An instrument's name ("memorandum of cooperation"): French writes bodies' names in
    // lowercase too ("agence nationale de la sécurité numérique (ANSN)").
    let from = m.first - 1 - before.len();
    if ctx
        .lex
        .instruments
        .find(&ctx.doc, from, m.first - 1, ctx.lang)
        .is_empty()
    {
        return false;
    }
    spells(before.iter().collect())
        || spells(
            before
                .iter()
                .filter(|t| !word_set!("abbreviates_words").contains(t))
                .collect(),
        )
}

/// Whether mention `mi` only attributes the sentence after a comma: "…, the Andean
/// Community Secretariat said".
fn attribution_after(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    let doc = &ctx.doc;
    let toks = &doc.tokens;
    let mut k = m.first;
    // "…, the Kenyan Ministry of ICT announced": a demonym may stand before the name.
    if k > 1 && toks[k - 1].cap && is_article_fold(&toks[k - 2].fold) {
        k -= 1;
    }
    if k > 0 && is_article_fold(&toks[k - 1].fold) {
        k -= 1;
    }
    let sb = doc.sentences[doc.sentence_of[m.first]].tokens.1;
    // "…, a annoncé le ministère de X.": the attribution after its verb, ending the sentence.
    if k > 0
        && !toks[k - 1].is_punct(",")
        && toks[m.last..sb]
            .iter()
            .all(|t| t.kind == crate::text::TokKind::Punct)
        && (k.saturating_sub(4)..k).any(|j| {
            toks[j].is_punct(",")
                && ctx
                    .lex
                    .cue(Cue::Speech)
                    .longest_at(doc, j + 1, k, ctx.lang)
                    .is_some_and(|h| h.last == k)
        })
    {
        return true;
    }
    if k == 0 || !toks[k - 1].is_punct(",") {
        return false;
    }
    let mut e = m.last;
    if toks.get(e).is_some_and(|t| t.is_punct("(")) {
        match (e..(e + 8).min(toks.len())).find(|&j| toks[j].is_punct(")")) {
            Some(close) => e = close + 1,
            None => return false,
        }
    }
    // "…, the Ministry, which oversees the CERT, announced": a relative clause between.
    if toks.get(e).is_some_and(|t| t.is_punct(","))
        && toks
            .get(e + 1)
            .is_some_and(|t| matches!(t.fold.as_str(), "which" | "who" | "qui"))
    {
        match (e + 2..(e + 16).min(sb)).find(|&j| toks[j].is_punct(",")) {
            Some(close) => e = close + 1,
            None => return false,
        }
    }
    // The sentence ends with the attribution: "Acme said it signed" reports.
    ctx.lex
        .cue(Cue::Speech)
        .longest_at(doc, e, sb, ctx.lang)
        .is_some_and(|h| {
            sb - h.last <= 10
                && toks[h.last..sb].iter().all(|t| {
                    !word_set!("attribution_after").contains(t)
                        && ctx.lex.cue_starts(t) & (1 << Cue::Sign as usize) == 0
                })
        })
}

/// Whether token `at` opens a name of the list after "the war between", "la concurrence
/// entre" (`words.tsv`, list `rivalry`): the sides of a conflict or a comparison.
fn after_rivalry(ctx: &Ctx<'_>, at: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let mut j = at;
    while j > 0 && at - j < 12 {
        j -= 1;
        let t = &toks[j];
        if matches!(t.fold.as_str(), "between" | "entre") {
            return j > 0 && word_set!("rivalry").contains(&toks[j - 1]);
        }
        let listed = t.cap
            || t.upper
            || t.is_punct(",")
            || is_article_fold(&t.fold)
            || word_set!("after_rivalry").contains(t);
        if !listed || t.newline_before {
            return false;
        }
    }
    false
}

/// The last words of events' names (`words.tsv`, list `event_heads`).
static EVENT_HEADS: std::sync::LazyLock<crate::vocab::WordSet> =
    std::sync::LazyLock::new(|| crate::vocab::WordSet::new(word_list!("event_heads")));

/// Whether the mention stands inside quotation marks (a quote is not a signing).
fn in_quotes(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    let at = m.first;
    if !ctx.quoted.get(at).copied().unwrap_or(false) {
        return false;
    }
    // « Nordwave », "Harbor Digital": quotation marks around a name alone set it off; they
    // do not quote anyone.
    let quote = |k: usize| ctx.doc.tokens.get(k).is_some_and(|t| t.is_punct("\""));
    let named = at.checked_sub(1).is_some_and(quote) && quote(m.last);
    !named
}

/// Whether the quote holding token `at` speaks for the speaker's body before it ("We
/// signed an MoU with X," said …; « Nous avons signé avec X »): the partner of a signing
/// the speaker reports counts.
/// A clause that opens with "since", "when" … recalls an earlier signing instead.
fn we_quoted(ctx: &Ctx<'_>, at: usize) -> bool {
    let mut we = false;
    for k in (at.saturating_sub(30)..at).rev() {
        if !ctx.quoted.get(k).copied().unwrap_or(false) {
            break;
        }
        match ctx.doc.tokens[k].fold.as_str() {
            "we" | "nous" => we = true,
            "since" | "when" | "after" | "once" | "before" | "if" | "depuis" | "lorsque"
            | "quand" | "si" => return false,
            _ => {}
        }
    }
    we
}

/// Chooses the parties.
pub(crate) fn choose(ctx: &Ctx<'_>, people: &[Person]) -> Vec<Chosen> {
    let triggers: Vec<&crate::frames::Trigger> = ctx
        .triggers
        .iter()
        .filter(|t| !t.background && !t.negated)
        .collect();
    if triggers.is_empty() {
        return Vec::new();
    }
    // The candidates of each reporting sentence, best sentence first; "the two
    // governments" brings the states named before, and those states stay parties.
    let mut pinned: Vec<Key> = Vec::new();
    let mut found: Vec<Vec<Key>> = triggers
        .iter()
        .map(|t| {
            let mut keys: Vec<Key> = candidates(ctx, t.sent, people)
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            if let Some((refs, states)) = anaphora(ctx, t.sent, people) {
                let bodies = keys.iter().any(|k| matches!(k, Key::Cluster(_)));
                for k in refs {
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                    if states && !bodies && !pinned.contains(&k) {
                        pinned.push(k);
                    }
                }
            }
            keys
        })
        .collect();
    // "Three regional bodies signed …", then "The signatories are: - A; - B; - C".
    for (t, keys) in triggers.iter().zip(found.iter_mut()) {
        if keys.len() < 2 {
            if let Some(listed) = bulleted_signers(ctx, t.sent, people) {
                *keys = listed;
            }
        }
    }
    // No reporting sentence names a body, a state or a signer, and none names an
    // instrument ("shipping lines have joined forces", "banks have partnered"): salience
    // alone names no party. "Four agencies signed a memorandum" may still take the bodies
    // the article speaks of most.
    if found.iter().all(Vec::is_empty) && triggers.iter().all(|t| t.instruments.is_empty()) {
        return Vec::new();
    }
    let mut pool: Vec<Key> = Vec::new();
    for &k in found.iter().flatten() {
        if !pool.contains(&k) {
            pool.push(k);
        }
    }
    // "Le Bénin et le Togo signent …" over "La ministre … du Bénin et le ministre … du Togo
    // ont signé …" (where one state hides in a portfolio): the states of every reporting
    // sentence that names only states, for the bodies the next sentences name.
    let mut named_next = bodies_named_next(ctx, triggers[0].sent, &found[0]);
    if named_next.is_empty() && found[0].iter().all(|k| matches!(k, Key::State(_))) {
        let mut states: Vec<Key> = Vec::new();
        for set in found
            .iter()
            .filter(|set| set.iter().all(|k| matches!(k, Key::State(_))))
        {
            for &k in set {
                if !states.contains(&k) {
                    states.push(k);
                }
            }
        }
        if states.len() > found[0].len() {
            named_next = bodies_named_next(ctx, triggers[0].sent, &states);
        }
    }
    for k in named_next {
        if !pool.contains(&k) {
            pool.push(k);
        }
    }
    let signers = state_signers(people);
    let mut keys: Vec<Key> = found[0].clone();
    let mut replaced = collapse(ctx, &keys, &pool, &pinned, &signers);
    // Fill up from the other reporting sentences, best first, until two sides remain once
    // states have given way to their bodies.
    for more in found.iter().skip(1) {
        if replaced.len() >= 2 {
            break;
        }
        for &k in more {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        replaced = collapse(ctx, &keys, &pool, &pinned, &signers);
    }
    headline_forms(ctx, &triggers, &found, &mut replaced);
    let mut assigned: Option<(usize, usize)> = None;
    if let Some((c, st)) = eliminate(ctx, &replaced, &pool, &pinned) {
        if let Some(slot) = replaced.iter_mut().find(|k| **k == Key::State(st)) {
            *slot = Key::Cluster(c);
            assigned = Some((c, st));
        }
    }
    // Still one short: the most salient organisation of the text ("the two institutions").
    while replaced.len() < 2 {
        match most_salient(ctx, &keys) {
            Some(k) => {
                keys.push(k);
                replaced = collapse(ctx, &keys, &pool, &pinned, &signers);
            }
            None => break,
        }
    }
    // At most six parties, unless the text lists the governments that signed one by one.
    let listed = replaced
        .iter()
        .filter(|k| match k {
            Key::Cluster(c) => ctx.ents.clusters[*c].mentions.iter().any(|&m| {
                crate::entities::plural_part_name(&ctx.doc, &ctx.ents.mentions[m]).is_some()
            }),
            Key::State(_) => false,
        })
        .count();
    replaced.truncate(if listed > 4 { MAX_LISTED } else { 6 });
    let mut out: Vec<Chosen> = replaced
        .into_iter()
        .map(|k| match k {
            Key::State(st) if !pinned.contains(&k) => {
                plural_body(ctx, &triggers, st).unwrap_or_else(|| build(ctx, k))
            }
            _ => build(ctx, k),
        })
        .collect();
    if let Some((c, st)) = assigned {
        for ch in out.iter_mut().filter(|ch| ch.cluster == Some(c)) {
            ch.country_idx = Some(st);
            ch.party.country = Some(ctx.gaz.countries[st].iso2.clone());
        }
    }
    if out.len() == 1 {
        if let Some(ministry) = ministry_of_speaker(ctx, people) {
            out.push(ministry);
        }
    }
    out
}

/// "Kenya's national CERT and Orbis sign MoU" over "The National Computer Incident
/// Response Team of Kenya and Orbis signed …": a body the headline alone names gives way
/// to the body of the same state and kind that the first reporting sentence of the text
/// names in its place.
fn headline_forms(
    ctx: &Ctx<'_>,
    triggers: &[&crate::frames::Trigger],
    found: &[Vec<Key>],
    replaced: &mut [Key],
) {
    if !triggers.first().is_some_and(|t| ctx.is_title(t.sent)) {
        return;
    }
    let Some(body) = triggers
        .iter()
        .position(|t| !ctx.is_title(t.sent) && !t.background)
    else {
        return;
    };
    let in_title = |c: usize| {
        ctx.ents.clusters[c].mentions.iter().all(|&m| {
            let s = ctx.doc.sentence_of.get(ctx.ents.mentions[m].first);
            s.is_some_and(|&s| ctx.is_title(s))
        })
    };
    for i in 0..replaced.len() {
        let Key::Cluster(c) = replaced[i] else {
            continue;
        };
        let Some(st) = home_state(ctx, c).filter(|_| in_title(c)) else {
            continue;
        };
        let kind = cluster_kind(ctx, c).0;
        let other = found[body].iter().copied().find(|k| {
            matches!(k, Key::Cluster(o) if *o != c
                && home_state(ctx, *o) == Some(st)
                && cluster_kind(ctx, *o).0 == kind)
                && !replaced.contains(k)
        });
        if let Some(o) = other {
            replaced[i] = o;
        }
    }
}

/// "Three regional bodies signed a memorandum", then, in the next few lines, a bulleted
/// list of as many items, each opening with a name ("- the Harbor Centre (HRCC), which …";
/// "• la société Kivu Numérique ;"): the names of the list are the signers.
fn bulleted_signers(ctx: &Ctx<'_>, s: usize, people: &[Person]) -> Option<Vec<Key>> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let nouns = word_set!("count_nouns");
    let n = (a..b).find_map(|k| {
        let n = crate::frames::count_word(&doc.tokens[k].fold)?;
        (k + 1..b.min(k + 4))
            .any(|j| nouns.contains(&doc.tokens[j]))
            .then_some(n)
    })?;
    let line = doc.sentences[s].line;
    let start = (line + 1..doc.lines.len().min(line + 6)).find(|&l| bullet_line(ctx, l))?;
    let keys = bullet_names(ctx, start, people)?;
    (keys.len() == n).then_some(keys)
}

/// The name that opens each item of the bulleted list whose first line is `start` ("•
/// Harbor Digital Ltd – a two-year agreement …"), once each; `None` when an item opens on
/// no name.
fn bullet_names(ctx: &Ctx<'_>, start: usize, people: &[Person]) -> Option<Vec<Key>> {
    let doc = &ctx.doc;
    let mut keys = Vec::new();
    for l in (start..doc.lines.len()).take_while(|&l| bullet_line(ctx, l)) {
        let (first, last) = doc.lines[l].tokens;
        let mi = ctx
            .starting_in(first + 1, last.min(first + 5))
            .find(|&mi| {
                matches!(
                    ctx.ents.mentions[mi].kind,
                    MentionKind::Org { .. } | MentionKind::Country(_) | MentionKind::Other
                )
            })?;
        let k = *mention_keys(ctx, mi, true, people).first()?;
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    Some(keys)
}

/// "A has signed separate agreements with three of its suppliers:" and a bulleted list on
/// the next lines, each item opening with a partner's name: the partners, one instrument
/// each.
fn bulleted_partners(ctx: &Ctx<'_>, s: usize, people: &[Person]) -> Vec<Key> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    if b <= a + 2 || !doc.tokens[b - 1].is_punct(":") {
        return Vec::new();
    }
    let line = doc.sentences[s].line;
    (line + 1..doc.lines.len().min(line + 3))
        .find(|&l| bullet_line(ctx, l))
        .and_then(|start| bullet_names(ctx, start, people))
        .filter(|k| k.len() >= 2)
        .unwrap_or_default()
}

/// Whether line `l` opens with a bullet.
fn bullet_line(ctx: &Ctx<'_>, l: usize) -> bool {
    let (first, last) = ctx.doc.lines[l].tokens;
    first < last && word_set!("bullets").contains(&ctx.doc.tokens[first])
}

/// Plural heads of bodies that states have one each of, folded, with the singular the
/// party's name takes: "the central banks of A and B", "les polices de A et de B".
const PLURAL_BODIES: [(&[&str], &str); 8] = [
    (&["central", "banks"], "Central Bank"),
    (&["police", "forces"], "Police Force"),
    (&["police", "services"], "Police Service"),
    (&["banques", "centrales"], "Banque centrale"),
    (&["polices"], "police"),
    (&["gendarmeries"], "gendarmerie"),
    (&["forces", "de", "police"], "police"),
    (&["national", "police", "forces"], "National Police Force"),
];

/// "Les polices du Bénin et du Niger ont signé …": a state named under a plural head of
/// bodies in a sentence that reports the agreement, with no body of its own named, stands
/// for its body of that kind: "police du Bénin", "Central Bank of Oman".
fn plural_body(ctx: &Ctx<'_>, triggers: &[&crate::frames::Trigger], st: usize) -> Option<Chosen> {
    let doc = &ctx.doc;
    for t in triggers {
        for &mi in &ctx.by_sentence[t.sent] {
            let m = &ctx.ents.mentions[mi];
            if m.kind != MentionKind::Country(st) {
                continue;
            }
            // Walk back over the other states and their connectors to the plural head.
            let mut k = m.first;
            let mut steps = 0;
            while k > 0 && steps < 24 {
                if doc.tokens[k].newline_before {
                    break;
                }
                k -= 1;
                steps += 1;
                let f = doc.tokens[k].fold.as_str();
                let head = PLURAL_BODIES.iter().find(|(words, _)| {
                    k + 1 >= words.len()
                        && words
                            .iter()
                            .enumerate()
                            .all(|(n, w)| doc.tokens[k + 1 - words.len() + n].fold.as_str() == *w)
                });
                if let Some((_, singular)) = head {
                    let after = doc.tokens.get(k + 1).map(|t| t.fold.as_str());
                    if !matches!(after, Some("of" | "de" | "du" | "des" | "d'")) {
                        break;
                    }
                    // The state's own connector ("… et du Niger"), else the head's.
                    let own = (m.first.saturating_sub(2)..m.first).find(|&j| {
                        matches!(
                            doc.tokens[j].fold.as_str(),
                            "of" | "de" | "du" | "des" | "d'"
                        )
                    });
                    let from = own.unwrap_or(k + 1);
                    let tail = if own.is_some() {
                        doc.slice(from, m.last).to_string()
                    } else {
                        format!("{} {}", doc.slice(k + 1, k + 2), doc.slice(m.first, m.last))
                    };
                    let name = one_space(&format!("{singular} {tail}"));
                    let iso = ctx.gaz.countries[st].iso2.clone();
                    return Some(Chosen {
                        cluster: None,
                        state: None,
                        country_idx: Some(st),
                        party: Party {
                            name,
                            aliases: Vec::new(),
                            kind: PartyKind::Government,
                            country: Some(iso),
                            evidence: vec![doc.span(m.first, m.last)],
                        },
                    });
                }
                let ok = doc.tokens[k].kind == TokKind::Punct && doc.tokens[k].is_punct(",")
                    || word_set!("plural_body").contains_str(f)
                    || doc.tokens[k].cap;
                if !ok {
                    break;
                }
            }
        }
    }
    None
}

/// "… a jugé la ministre du Numérique et des Télécoms, X, à l'issue de la cérémonie de
/// signature de la convention avec Y": when the text names one party only and a minister with a
/// portfolio speaks or acts in the report, their ministry is the other party, named after
/// the portfolio ("ministère de la Poste et des TIC"), with the portfolio as evidence.
fn ministry_of_speaker(ctx: &Ctx<'_>, people: &[Person]) -> Option<Chosen> {
    let text = ctx.doc.text;
    for p in people {
        if p.witness || p.journalist || p.background_only || p.outside {
            continue;
        }
        let Some(span) = p.role_span else { continue };
        let role = &text[span.start..span.end];
        let bytes = role.as_bytes();
        // The title, then "of"/"for"/"de"/"du"/"des"/"d'", then the portfolio.
        let (en, at) = if let Some(i) = find_ascii(bytes, b"minister of ") {
            (true, i + "minister of ".len())
        } else if let Some(i) = find_ascii(bytes, b"minister for ") {
            (true, i + "minister for ".len())
        } else if let Some(i) = find_ascii(bytes, b"ministre ") {
            (false, i + "ministre ".len())
        } else {
            continue;
        };
        let rest = role[at..].trim_end_matches([',', ' ', '.']);
        let opens = if en {
            true
        } else {
            ["de ", "du ", "des ", "d'", "d’"].iter().any(|o| {
                rest.len() > o.len()
                    && rest.is_char_boundary(o.len())
                    && rest[..o.len()].eq_ignore_ascii_case(o)
            })
        };
        // A portfolio names something: at least one capitalised word.
        if !opens
            || !rest
                .split_whitespace()
                .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        let start = span.start + at;
        let evidence = Span {
            start,
            end: start + rest.len(),
        };
        let name = if en {
            format!("Ministry of {rest}")
        } else {
            format!("ministère {rest}")
        };
        let country = p.state;
        return Some(Chosen {
            cluster: None,
            state: None,
            country_idx: country,
            party: crate::facts::Party {
                name,
                aliases: Vec::new(),
                kind: crate::facts::PartyKind::Government,
                country: country.map(|c| ctx.gaz.countries[c].iso2.clone()),
                evidence: vec![evidence],
            },
        });
    }
    None
}

/// Where an ASCII phrase first occurs in `hay`, ignoring ASCII case.
fn find_ascii(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// "The cyber agencies of A, B and C signed …. The A Authority, B's CERT and C's Centre
/// will …": when the signing sentence names bodies of states only by a plural head word,
/// the bodies of those states that the next two sentences name signed for them.
fn bodies_named_next(ctx: &Ctx<'_>, sent: usize, keys: &[Key]) -> Vec<Key> {
    let doc = &ctx.doc;
    let states: Vec<usize> = keys
        .iter()
        .filter_map(|k| match k {
            Key::State(s) => Some(*s),
            Key::Cluster(_) => None,
        })
        .collect();
    if states.len() < 2 || states.len() != keys.len() {
        return Vec::new();
    }
    let (a, b) = doc.sentences[sent].tokens;
    let plural_of = (a..b.saturating_sub(1)).any(|k| {
        crate::entities::is_plural_head(&doc.tokens[k])
            && matches!(doc.tokens[k + 1].fold.as_str(), "of" | "de" | "des" | "du")
    });
    let mut out: Vec<Key> = Vec::new();
    let last = (sent + 3).min(doc.sentences.len());
    for s in sent + 1..last {
        // "A and B signed an MoU. Under the MoU, A's Ministry of X and B's Ministry of Y
        // will …": a sentence about the instrument that names one body of each state.
        let (sa, sb) = doc.sentences[s].tokens;
        let about = !plural_of && !ctx.lex.instruments.find(doc, sa, sb, ctx.lang).is_empty();
        if !plural_of && !about {
            continue;
        }
        let mut here: Vec<(usize, Key)> = Vec::new();
        for &mi in &ctx.by_sentence[s] {
            let m = &ctx.ents.mentions[mi];
            if !matches!(m.kind, MentionKind::Org { .. }) || m.modifier || excluded(ctx, mi) {
                continue;
            }
            let c = ctx.ents.cluster_of[mi];
            if let Some(st) = home_state(ctx, c).filter(|st| states.contains(st)) {
                if !here.iter().any(|&(_, k)| k == Key::Cluster(c)) {
                    here.push((st, Key::Cluster(c)));
                }
            }
        }
        let one_each = here.len() == states.len()
            && states
                .iter()
                .all(|st| here.iter().filter(|&&(h, _)| h == *st).count() == 1);
        if plural_of || one_each {
            for (_, k) in here {
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
    }
    out
}

/// The keys once states give way to the bodies that signed for them (unless the text says
/// the states signed: `pinned`), and states named beside their bodies are dropped.
fn collapse(
    ctx: &Ctx<'_>,
    keys: &[Key],
    pool: &[Key],
    pinned: &[Key],
    signers: &[usize],
) -> Vec<Key> {
    let mut replaced: Vec<Key> = Vec::new();
    for &k in keys {
        if let Key::State(st) = k {
            let bodies: Vec<Key> = if pinned.contains(&k) {
                Vec::new()
            } else {
                // "The Kenyan ICT ministry and X signed": the state stands for the body
                // its adjective describes, and only a body named with the same noun ("the
                // Ministry of ICT") may take its place.
                // So says a reporting sentence of the text, not only its headline
                // ("Tanzanian regulator" there, the Commission's name below).
                let noun = ctx
                    .triggers
                    .iter()
                    .filter(|t| !ctx.is_title(t.sent))
                    .flat_map(|t| ctx.by_sentence[t.sent].iter())
                    .find_map(|&mi| {
                        let m = &ctx.ents.mentions[mi];
                        if m.kind != MentionKind::Country(st) {
                            return None;
                        }
                        crate::entities::described_noun(&ctx.doc, m)
                            .filter(|&w| !word_set!("is_state_head").contains(&ctx.doc.tokens[w]))
                    });
                // A body a reporting sentence frames as a signer may still take it.
                let framed: Vec<usize> = if noun.is_some() {
                    ctx.triggers
                        .iter()
                        .flat_map(|t| frame_slots(ctx, t.sent))
                        .map(|mi| ctx.ents.cluster_of[mi])
                        .collect()
                } else {
                    Vec::new()
                };
                let fits = |b: &Key| match (noun, b) {
                    (Some(w), Key::Cluster(c)) => {
                        framed.contains(c)
                            || ctx.ents.clusters[*c].mentions.iter().any(|&mi| {
                                let m = &ctx.ents.mentions[mi];
                                (m.first..m.last)
                                    .any(|k| ctx.doc.tokens[k].fold == ctx.doc.tokens[w].fold)
                            })
                    }
                    _ => true,
                };
                // Bodies the text ties to the state first; else those of the state by
                // default (a government body of the article's state).
                let stated: Vec<Key> = pool
                    .iter()
                    .copied()
                    .filter(fits)
                    .filter(|b| matches!(b, Key::Cluster(c) if stated_home(ctx, *c) == Some(st)))
                    .collect();
                // A state whose own official signs ("French foreign minister X") keeps
                // its place against a body given to it only by default.
                if stated.is_empty() && signers.contains(&st) {
                    Vec::new()
                } else if stated.is_empty() {
                    pool.iter()
                        .copied()
                        .filter(fits)
                        .filter(|b| matches!(b, Key::Cluster(c) if home_state(ctx, *c) == Some(st)))
                        .collect()
                } else {
                    stated
                }
            };
            if !bodies.is_empty() {
                for b in bodies {
                    if !replaced.contains(&b) {
                        replaced.push(b);
                    }
                }
                continue;
            }
        }
        if !replaced.contains(&k) {
            replaced.push(k);
        }
    }
    // A state named beside the bodies that signed for it is not a party of its own.
    let body_states: Vec<usize> = replaced
        .iter()
        .filter_map(|k| match k {
            Key::Cluster(c) => home_state(ctx, *c),
            Key::State(_) => None,
        })
        .collect();
    if replaced
        .iter()
        .filter(|k| matches!(k, Key::Cluster(_)))
        .count()
        >= 2
    {
        replaced.retain(|k| {
            pinned.contains(k) || !matches!(k, Key::State(s) if body_states.contains(s))
        });
    }
    replaced
}

/// The states whose officials sign for them by a title that names the state and no body
/// ("French foreign affairs minister X", "Namibian President X").
fn state_signers(people: &[Person]) -> Vec<usize> {
    people
        .iter()
        .filter(|p| !p.witness && !p.outside && p.in_trigger && p.affiliations.is_empty())
        .filter_map(|p| p.state)
        .collect()
}

/// Nouns that "the two …" / "les deux …" use for states.
fn is_state_noun(fold: &str) -> bool {
    word_set!("is_state_noun").contains_str(fold)
}

/// Nouns that "the two …" / "les deux …" use for the signing bodies.
fn is_body_noun(fold: &str) -> bool {
    word_set!("is_body_noun").contains_str(fold)
}

/// "The two governments signed", "les deux parties ont conclu": the two states (or bodies)
/// the text named before this sentence (nearest first, the headline last). The flag says
/// whether they are states.
fn anaphora(ctx: &Ctx<'_>, s: usize, people: &[Person]) -> Option<(Vec<Key>, bool)> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let mut states = None;
    for k in a..b.saturating_sub(1) {
        // "the East African neighbours", "les deux voisins": neighbours are states.
        let mut j = k + 1;
        if matches!(doc.tokens[k].fold.as_str(), "the" | "les") {
            while j < b && j < k + 3 && doc.tokens[j].cap && !doc.tokens[j].upper {
                j += 1;
            }
        }
        let neighbours = j < b
            && matches!(
                doc.tokens[j].fold.as_str(),
                "neighbours" | "neighbors" | "voisins"
            );
        if !neighbours && !matches!(doc.tokens[k].fold.as_str(), "two" | "deux" | "both") {
            continue;
        }
        let n = &doc.tokens[j].fold;
        if neighbours || is_state_noun(n) {
            // Only "the two governments signed" says the states signed; "an MoU between
            // both countries" leaves room for the bodies that signed for them.
            let mut v = j + 1;
            while v < b && is_verb_filler(&doc.tokens[v].fold) {
                v += 1;
            }
            // "the teams of the two countries signed": the teams signed, not the states.
            let mut before = k;
            if before > a && is_article_fold(&doc.tokens[before - 1].fold) {
                before -= 1;
            }
            let complement = before > a
                && matches!(
                    doc.tokens[before - 1].fold.as_str(),
                    "of" | "de" | "des" | "du"
                );
            let subject = !complement
                && ctx
                    .cue_hits(s, Cue::Sign)
                    .iter()
                    .chain(ctx.cue_hits(s, Cue::Partner).iter())
                    .any(|h| h.0 == v);
            states = Some(subject);
            if !subject {
                return None;
            }
            break;
        }
        if is_body_noun(n) {
            states = Some(false);
            break;
        }
    }
    let states = states?;
    let title = (0..s).find(|&t| ctx.is_title(t));
    let mut order: Vec<usize> = (s.saturating_sub(6)..s).rev().collect();
    // "The two institutions signed …" then "Photo: A, for the Ministry of X, and B, rector of
    // the University of Y, exchange the signed documents": a caption after names them, ahead
    // of the masthead above the headline.
    let captions = (s + 1..(s + 8).min(doc.sentences.len())).filter(|&t| {
        doc.tokens
            .get(doc.sentences[t].tokens.0)
            .is_some_and(|x| word_set!("is_junk_line").contains(x))
            && candidates(ctx, t, people).len() >= 2
    });
    let first_caption = order
        .iter()
        .position(|&t| title.is_some_and(|h| t < h))
        .unwrap_or(order.len());
    let captions: Vec<usize> = captions.collect();
    order.splice(first_caption..first_caption, captions);
    if let Some(t) = title {
        if !order.contains(&t) {
            order.push(t);
        }
    }
    let mut out: Vec<Key> = Vec::new();
    for t in order {
        if doc.in_junk(doc.sentences[t].tokens.0) {
            continue;
        }
        let keys: Vec<Key> = if states {
            let (ta, tb) = doc.sentences[t].tokens;
            ctx.by_sentence[t]
                .iter()
                .filter_map(|&mi| {
                    let m = &ctx.ents.mentions[mi];
                    match m.kind {
                        MentionKind::Country(c) | MentionKind::Demonym(c)
                            if m.first >= ta && m.last <= tb =>
                        {
                            Some(Key::State(c))
                        }
                        _ => None,
                    }
                })
                .collect()
        } else {
            candidates(ctx, t, people)
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        };
        // The nearest sentence that names two of them settles it.
        let mut distinct: Vec<Key> = Vec::new();
        for k in keys {
            if !distinct.contains(&k) {
                distinct.push(k);
            }
        }
        if distinct.len() >= 2 {
            out = distinct;
            out.truncate(2);
            break;
        }
        if out.is_empty() {
            out = distinct;
        } else if let Some(&k) = distinct.first() {
            if !out.contains(&k) {
                out.push(k);
                break;
            }
        }
    }
    (out.len() == 2).then_some((out, states))
}

/// Where the subject of sentence `a..b` starts after a fronted phrase that names no body
/// and ends at a comma: "Later the same day, the bank signed …", "Par ailleurs, le ministère
/// a signé …", "In a separate agreement, the agency …". The sentence's start otherwise.
fn fronted_subject(ctx: &Ctx<'_>, a: usize, b: usize) -> usize {
    let toks = &ctx.doc.tokens;
    if a >= b
        || is_article_fold(&toks[a].fold)
        || matches!(toks[a].fold.as_str(), "it" | "il" | "elle")
    {
        return a;
    }
    let Some(c) = (a + 1..b.min(a + 14)).find(|&k| toks[k].is_punct(",")) else {
        return a;
    };
    if c + 2 >= b || ctx.starting_in(a, c).next().is_some() {
        return a;
    }
    c + 1
}

/// Words that say a sentence reports several instruments ("signed memoranda with A and
/// B", "another with B", "three agreements").
/// The signers of the nearest reporting sentence before `s` that names them, and (when
/// `plural`) speaks of several instruments ("The ministry signed three memorandums").
fn several_subject(ctx: &Ctx<'_>, s: usize, people: &[Person], plural: bool) -> Vec<Key> {
    let doc = &ctx.doc;
    let mut before: Vec<usize> = ctx
        .triggers
        .iter()
        .filter(|t| t.sent < s && !ctx.is_title(t.sent))
        .filter(|t| {
            let (a, b) = doc.sentences[t.sent].tokens;
            !plural || doc.tokens[a..b].iter().any(|x| is_plural_cue(&x.fold))
        })
        .map(|t| t.sent)
        .collect();
    crate::sort::all(&mut before);
    // "Deux accords ont été signés hier …" names no signer: the headline's subject does
    // ("Le ministère signe avec A et B"), read last.
    before.extend(
        ctx.triggers
            .iter()
            .filter(|t| t.sent < s && ctx.is_title(t.sent))
            .map(|t| t.sent),
    );
    // The nearest that names its signers: "The second, with Y" names none.
    let body = before.len() - before.iter().filter(|&&t| ctx.is_title(t)).count();
    let (body_sents, titles) = before.split_at(body);
    for &sent in body_sents.iter().rev().chain(titles) {
        let mut out: Vec<Key> = Vec::new();
        let mut by: Vec<Key> = Vec::new();
        for (slot, g) in frame_groups(ctx, sent) {
            let into = match slot {
                Slot::Subject => &mut out,
                Slot::By => &mut by,
                _ => continue,
            };
            for mi in g {
                for k in mention_keys(ctx, mi, true, people) {
                    if !into.contains(&k) {
                        into.push(k);
                    }
                }
            }
        }
        // "Two documents were signed on Tuesday by the X Institute": the one body after
        // the passive's "by" signs them all.
        if out.is_empty() && by.len() == 1 {
            out = by;
        }
        if out.is_empty() {
            out = described_subject(ctx, sent, people);
        }
        if !out.is_empty() {
            return out;
        }
    }
    Vec::new()
}

/// "The SNCI is widening its circle. The institute put its name to two documents …", "Elle a
/// signé …": a sentence whose subject is a pronoun or the article and a body's head word in
/// lowercase names its body in the sentence before, whose opening name it is (one sentence
/// back, two at most over a sentence without a name).
fn described_subject(ctx: &Ctx<'_>, s: usize, people: &[Person]) -> Vec<Key> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    if b < a + 3 {
        return Vec::new();
    }
    let first = &doc.tokens[a];
    let noun = &doc.tokens[a + 1];
    let pronoun = matches!(first.fold.as_str(), "it" | "il" | "elle");
    let described = is_article_fold(&first.fold)
        && noun.is_word()
        && !noun.cap
        && (word_set!("described_bodies").contains(noun)
            || ctx.idx.org_heads.get_text(&noun.fold).is_some());
    if !(pronoun || described)
        || !ctx.by_sentence[s]
            .iter()
            .all(|&mi| ctx.ents.mentions[mi].first > a + 2)
    {
        return Vec::new();
    }
    for t in (s.saturating_sub(2)..s).rev() {
        if ctx.is_title(t) || doc.in_junk(doc.sentences[t].tokens.0) {
            break;
        }
        let ta = doc.sentences[t].tokens.0;
        let Some(&mi) = ctx.by_sentence[t].first() else {
            continue;
        };
        let m = &ctx.ents.mentions[mi];
        if !matches!(m.kind, MentionKind::Org { .. }) || m.first > ta + 1 {
            break;
        }
        return mention_keys(ctx, mi, true, people);
    }
    Vec::new()
}

/// The bodies of sentence `s` named after a title and "of" or "de" ("the president of B",
/// "la directrice de l'École B", "le recteur de B"), other than the signer's own `subject`:
/// the partner of an enumerated part whose signers only say whom they sign for. One at most.
fn signer_bodies(ctx: &Ctx<'_>, s: usize, subject: &[Key], people: &[Person]) -> Option<Key> {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    ctx.starting_in(a, b).find_map(|mi| {
        let m = &ctx.ents.mentions[mi];
        if !matches!(m.kind, MentionKind::Org { .. }) || m.first < a + 2 {
            return None;
        }
        let mut k = m.first;
        if is_article_fold(&doc.tokens[k - 1].fold)
            || matches!(doc.tokens[k - 1].fold.as_str(), "l'")
        {
            k -= 1;
        }
        let of = doc.tokens.get(k.checked_sub(1)?)?;
        if !matches!(of.fold.as_str(), "of" | "de" | "d'" | "du") || k < a + 2 {
            return None;
        }
        // The title before "of" is a plain word of a role ("president", "directrice"), not
        // a name.
        let title = &doc.tokens[k - 2];
        let role_word = ctx.idx.role_heads.contains(title);
        if !(title.is_word() && !title.cap && role_word) {
            return None;
        }
        let key = mention_key(ctx, mi, true, people)?;
        (!subject.iter().any(|&x| same_party(ctx, x, key))).then_some(key)
    })
}

fn is_plural_cue(fold: &str) -> bool {
    word_set!("is_plural_cue").contains_str(fold)
}

/// Words that number the instruments of an article ("the second MoU", "le troisième accord").
fn is_ordinal(fold: &str) -> bool {
    word_set!("is_ordinal").contains_str(fold)
}

/// Whether two keys stand for the same party: the same key, or a state and a body of it.
fn same_party(ctx: &Ctx<'_>, x: Key, y: Key) -> bool {
    match (x, y) {
        _ if x == y => true,
        (Key::State(st), Key::Cluster(c)) | (Key::Cluster(c), Key::State(st)) => {
            home_state(ctx, c) == Some(st)
        }
        // "Banque centrale" and "Banque centrale des Comores": a short form the clusters
        // did not join.
        (Key::Cluster(c), Key::Cluster(d)) => {
            let words = |c: usize| -> Vec<&str> {
                longest_mention(ctx, c).map_or_else(Vec::new, |m| {
                    let m = &ctx.ents.mentions[m];
                    ctx.doc.tokens[m.first..m.last]
                        .iter()
                        .filter(|t| t.is_word())
                        .map(|t| t.fold.as_str())
                        .collect()
                })
            };
            let (wc, wd) = (words(c), words(d));
            let (short, long) = if wc.len() <= wd.len() {
                (wc, wd)
            } else {
                (wd, wc)
            };
            !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
        }
        _ => false,
    }
}

/// Whether the pairs `x` and `y` share exactly one party: "A with B", then "A with C".
fn shares_one(ctx: &Ctx<'_>, x: &[Key], y: &[Key]) -> bool {
    x.iter()
        .filter(|&&k| y.iter().any(|&l| same_party(ctx, k, l)))
        .count()
        == 1
}

/// Whether every party of `small` has its like in `big`, each a different one: "Kenya
/// with Acme" does not cover "the Kenyan ministry with the Kenyan university", whose two
/// bodies are both of the one state.
fn covered(ctx: &Ctx<'_>, small: &[Key], big: &[Key]) -> bool {
    let mut used = vec![false; big.len()];
    // The same key first, then a state for a body of it.
    let mut rest: Vec<Key> = Vec::new();
    for &x in small {
        match big.iter().position(|&y| y == x) {
            Some(i) if !used[i] => used[i] = true,
            _ => rest.push(x),
        }
    }
    rest.iter().all(|&x| {
        let found = (0..big.len()).find(|&i| !used[i] && same_party(ctx, x, big[i]));
        found.inspect(|&i| used[i] = true).is_some()
    })
}

/// Adds to `set` the `keys` it does not hold yet, in their order.
fn push_new(set: &mut Vec<Key>, keys: impl IntoIterator<Item = Key>) {
    for k in keys {
        if !set.contains(&k) {
            set.push(k);
        }
    }
}

/// The parties of each frame of the reporting sentences that signed, best sentence first:
/// "A signed an MoU with B and another with C" gives A–B and A–C; "between A and B" and
/// "A and B signed" give A–B. The second flag says whether a sentence spoke of several
/// instruments.
fn frame_sets(ctx: &Ctx<'_>, people: &[Person]) -> (Vec<Vec<Key>>, bool) {
    let mut sets: Vec<Vec<Key>> = Vec::new();
    // Whether each set was read in a headline.
    let mut headline: Vec<bool> = Vec::new();
    // Whether each set was read only in sentences that speak of several instruments
    // ("A and B signed three memoranda"): a summary of the parts, not a part of its own.
    let mut summary: Vec<bool> = Vec::new();
    // How many parts named by their bodies each state set stands over.
    let mut parts_under: Vec<usize> = Vec::new();
    let mut plural_seen = false;
    // "Three agreements were signed", "trois accords ont été signés": the body says there
    // are several instruments.
    let several = ctx.triggers.iter().any(|t| {
        let (a, b) = ctx.doc.sentences[t.sent].tokens;
        t.sign
            && !(t.background || t.negated || ctx.is_title(t.sent))
            && ctx.doc.tokens[a..b].iter().any(|x| is_plural_cue(&x.fold))
    });
    plural_seen |= several;
    // "At the same meeting, C and D signed …", "En marge du même forum, …": another
    // signing at the event of the one reported before.
    let same_event = ctx.triggers.iter().any(|t| {
        let (a, b) = ctx.doc.sentences[t.sent].tokens;
        t.sign
            && !(t.background || t.negated || ctx.is_title(t.sent))
            && (a..b).any(|k| {
                word_set!("same_words").contains(&ctx.doc.tokens[k])
                    && (k + 1..(k + 3).min(b))
                        .any(|j| word_set!("event_nouns").contains(&ctx.doc.tokens[j]))
            })
    });
    for (n, t) in ctx.triggers.iter().enumerate() {
        // "The second MoU is between A and B": an enumerated instrument reports its own
        // agreement without a signing verb.
        let (a, b) = ctx.doc.sentences[t.sent].tokens;
        // So does an item of a bulleted list of instruments after "The following
        // instruments were signed:" ("- a memorandum of understanding between A and B on …").
        let listed = several && crate::frames::opens_item(&ctx.doc, t.sent);
        // "Then, a service agreement between A and C": a sequence word opens the part.
        let sequenced = crate::frames::opening_words(&ctx.doc, t.sent)
            .any(|x| word_set!("sequence_openers").contains(x));
        let enumerated =
            listed || sequenced || ctx.doc.tokens[a..b].iter().any(|x| is_ordinal(&x.fold));
        // "The second was signed with C" after "signed two memoranda": the ordinal stands
        // for an instrument of those counted.
        let counted_part = t.instruments.is_empty() && enumerated && several;
        if t.background
            || t.negated
            || !(t.sign || enumerated)
            || (t.instruments.is_empty() && !counted_part)
        {
            continue;
        }
        // Past the best sentence, only complete frames about cybersecurity in the body
        // may report another agreement: a headline shortens names.
        // A best sentence that names no pair (a detail line "The agreement with B, signed
        // by …" ranked above the report) leaves the role to the next.
        let first = n == 0 || sets.is_empty();
        // A part named by its ordinal ("The first, with X, …") shares the cyber topic of
        // the signing it details; so does an enumerated instrument after "Three agreements
        // were signed" ("The second, a convention between C and D, covers …").
        let part =
            enumerated && (several || !crate::frames::ordinal_partners(ctx, t.sent).is_empty());
        let plural = ctx.doc.tokens[a..b].iter().any(|x| is_plural_cue(&x.fold));
        plural_seen |= plural;
        // "It then signed a convention with C", "Elle a ensuite signé …": the signer of the
        // report before signs another instrument, whose topic is that report's. So does "Later
        // the same day, the bank signed …", "Par ailleurs, le ministère a signé …": the
        // subject after a fronted phrase, and a word that adds another instrument.
        let toks = &ctx.doc.tokens;
        let sa = fronted_subject(ctx, a, b);
        let pronoun = matches!(toks[sa].fold.as_str(), "it" | "il" | "elle");
        let anaphor = pronoun
            || b > sa + 2
                && is_article_fold(&toks[sa].fold)
                && (word_set!("described_bodies").contains(&toks[sa + 1])
                    || ctx
                        .lex
                        .cue(Cue::Company)
                        .longest_at(&ctx.doc, sa + 1, b, ctx.lang)
                        .is_some_and(|h| h.first == sa + 1));
        let another = (a..b.min(sa + 5)).any(|k| {
            let x = &toks[k];
            word_set!("sequence_openers").contains(x)
                || word_set!("another_part").contains(x)
                || (k > sa && x.fold == "also")
        });
        let continued = !first && t.sign && !t.instruments.is_empty() && another && {
            // A named subject ("La Région a ensuite signé avec B …") continues too, when
            // its frame is whole.
            anaphor
                || frame_groups(ctx, t.sent)
                    .iter()
                    .any(|(slot, _)| *slot == Slot::Subject)
        };
        // Admitted only as another signing at the same event: it must share a party
        // with one already found.
        let via_event = !(first || t.cyber || part || (continued && anaphor));
        if !first
            && (!(t.cyber || part || same_event || continued)
                || ctx.is_title(t.sent)
                || ctx.dated_before(t.sent, 0))
        {
            continue;
        }
        let keys_of = |g: &[usize]| -> Vec<Key> {
            let mut out: Vec<Key> = Vec::new();
            for &mi in g {
                push_new(&mut out, mention_keys(ctx, mi, true, people));
            }
            out
        };
        let mut groups = frame_groups(ctx, t.sent);
        groups.truncate(MAX_SLOT);
        let mut subject: Vec<Key> = Vec::new();
        let mut withs: Vec<Vec<Key>> = Vec::new();
        let mut local: Vec<Vec<Key>> = Vec::new();
        for (slot, g) in &groups {
            let keys = keys_of(g);
            if keys.is_empty() {
                continue;
            }
            match slot {
                Slot::Subject => push_new(&mut subject, keys),
                Slot::Between if keys.len() >= 2 => local.push(keys),
                Slot::With | Slot::By | Slot::Between => withs.push(keys),
            }
        }
        // "It also signed an MoU with C", "Il a également signé une convention avec C", "The
        // ministry also signed …": the signer of the report before.
        if subject.is_empty()
            && withs.len() == 1
            && anaphor
            && (continued
                || another
                || toks[a..b]
                    .iter()
                    .any(|x| matches!(x.fold.as_str(), "also" | "egalement" | "aussi")))
        {
            subject = several_subject(ctx, t.sent, people, false)
                .into_iter()
                .take(1)
                .collect();
            if subject.is_empty() {
                subject.extend(sets.first().and_then(|s| s.first()));
            }
        }
        // The partners the part names after its ordinal, read once ("The first, with X").
        let named: Vec<Vec<Key>> = if part {
            crate::frames::ordinal_partners(ctx, t.sent)
                .iter()
                .map(|&mi| keys_of(&[mi]))
                .filter(|k| !k.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        // "Second, a services agreement with B, which will run …, signed by …": the
        // walk back from "signed" found the part's partner, not its signer.
        if part
            && subject
                .iter()
                .all(|k| named.iter().flatten().any(|n| n == k))
        {
            subject.clear();
        }
        // "The first, with X, covers …" after "A signed three memorandums": A with X.
        // "The first, a research agreement running four years, was signed with X": the
        // verb's partner when the ordinal names none.
        if subject.is_empty() && part {
            if !named.is_empty() || !enumerated {
                withs = named;
            }
            subject = several_subject(ctx, t.sent, people, true);
            // "The first, a training agreement, was signed by A's chief executive X and the
            // president of B, Y": the partner named only by its signer's title.
            if withs.is_empty() && !subject.is_empty() {
                withs.extend(
                    signer_bodies(ctx, t.sent, &subject, people)
                        .into_iter()
                        .map(|k| vec![k]),
                );
            }
        }
        // "… separate agreements with three of its suppliers:" and a list: one each.
        if !subject.is_empty() && withs.is_empty() && (plural || several) {
            let listed = bulleted_partners(ctx, t.sent, people);
            if !listed.is_empty() {
                withs = listed.into_iter().map(|k| vec![k]).collect();
            }
        }
        // "A and B each signed an agreement with C", « A et B ont signé, chacune de son côté,
        // une convention avec C »: one agreement for each signer.
        let each = subject.len() >= 2
            && withs.len() == 1
            && toks[a..b]
                .iter()
                .any(|x| word_set!("each_words").contains(x));
        if each {
            for k in &subject {
                let mut set = vec![*k];
                push_new(&mut set, withs[0].iter().copied());
                local.push(set);
            }
            subject.clear();
            withs.clear();
        }
        let split = !subject.is_empty()
            && (withs.len() >= 2
                || ((plural || several) && withs.len() == 1 && withs[0].len() >= 2));
        if split {
            // "with B and another with C": one instrument for each "with"; "memoranda with
            // B and C": one for each partner.
            let parts: Vec<Vec<Key>> = if withs.len() >= 2 {
                withs.clone()
            } else {
                withs[0].iter().map(|&k| vec![k]).collect()
            };
            for w in parts {
                let mut set = subject.clone();
                push_new(&mut set, w);
                local.push(set);
            }
        } else if (first && !(subject.is_empty() && withs.len() >= 2))
            || !subject.is_empty()
            || !local.is_empty()
        {
            // "Ministry signs MoU with B, letter of intent with C": two partners of a signer
            // left unnamed are no pair.
            let mut set = subject;
            for w in withs {
                push_new(&mut set, w);
            }
            if set.len() >= 2 {
                local.push(set);
            }
        }
        // A part the sentence numbers: an item of a list, a sequence word or an ordinal
        // opening it.
        let numbered = listed
            || sequenced
            || crate::frames::opening_words(&ctx.doc, t.sent).any(|x| is_ordinal(&x.fold));
        for set in local {
            if sets.len() >= MAX_AGREEMENTS {
                break;
            }
            if set.len() < 2 {
                continue;
            }
            // "Korea with Paraguay" from the headline, then "the KNPA with the National Police
            // of Paraguay": the bodies that signed for the states replace them (in the body,
            // the states' own memorandum may stand beside their agencies').
            let bodies = |s: &[Key]| s.iter().filter(|k| matches!(k, Key::Cluster(_))).count();
            if let Some(pos) = sets.iter().zip(&headline).position(|(e, &h)| {
                h && e.len() == set.len()
                    && covered(ctx, &set, e)
                    && covered(ctx, e, &set)
                    && bodies(&set) > bodies(e)
            }) {
                sets[pos] = set;
                continue;
            }
            // "Namibia and Singapore signed three memoranda … In a second memorandum, the
            // agency of one and the regulator of the other …": a part the article numbers
            // among several, signed by bodies of states already found, is an agreement of
            // its own, not the states' report again.
            let states_only = |e: &[Key]| bodies(e) == 0;
            if several && numbered && bodies(&set) == set.len() {
                if let Some(pos) = sets
                    .iter()
                    .position(|e| states_only(e) && covered(ctx, &set, e))
                {
                    if !sets
                        .iter()
                        .any(|e| covered(ctx, &set, e) && !states_only(e))
                    {
                        parts_under[pos] += 1;
                        sets.push(set);
                        headline.push(ctx.is_title(t.sent));
                        summary.push(false);
                        parts_under.push(0);
                        continue;
                    }
                }
            }
            if let Some(pos) = sets.iter().position(|e| covered(ctx, &set, e)) {
                // "The two governments signed a memorandum": the states' own instrument,
                // not only a summary.
                if !plural && covered(ctx, &sets[pos], &set) {
                    summary[pos] = false;
                }
                continue;
            }
            if via_event && !sets.iter().any(|e| shares_one(ctx, &set, e)) {
                continue;
            }
            // A fuller report of an agreement already found replaces it.
            if let Some(pos) = sets.iter().position(|e| covered(ctx, e, &set)) {
                sets[pos] = set;
                headline[pos] = ctx.is_title(t.sent);
                summary[pos] &= plural;
                continue;
            }
            sets.push(set);
            headline.push(ctx.is_title(t.sent));
            summary.push(plural);
            parts_under.push(0);
        }
    }
    // A summary over two parts or more is said again by its parts.
    let mut n = 0;
    sets.retain(|_| {
        n += 1;
        !(summary[n - 1] && parts_under[n - 1] >= 2)
    });
    (sets, plural_seen)
}

/// The parties of each agreement the article reports, most important first. Several
/// agreements only when frames show them: distinct pairs that share a party ("A signed
/// with B, and with C"), or distinct pairs in an article that speaks of several
/// instruments.
pub(crate) fn choose_all(ctx: &Ctx<'_>, people: &[Person]) -> Vec<Vec<Chosen>> {
    let primary = choose(ctx, people);
    if primary.len() < 2 {
        return vec![primary];
    }
    let (sets, plural) = frame_sets(ctx, people);
    if sets.len() < 2 {
        return vec![primary];
    }
    // Keep a later frame only when it shares one party with an earlier one, or the article
    // speaks of several instruments.
    let mut kept: Vec<Vec<Key>> = vec![sets[0].clone()];
    for set in sets.iter().skip(1) {
        let shares = kept.iter().any(|e| shares_one(ctx, set, e));
        if shares || plural {
            kept.push(set.clone());
        }
    }
    if kept.len() < 2 {
        return vec![primary];
    }
    let pool: Vec<Key> = kept.iter().flatten().copied().collect();
    let signers = state_signers(people);
    kept.truncate(MAX_AGREEMENTS);
    let states_only = |s: &[Key]| s.iter().all(|k| matches!(k, Key::State(_)));
    // The states' own instrument beside their bodies' ("The two governments signed a
    // memorandum; a second one binds their agencies"): the states stay.
    let own: Vec<bool> = kept
        .iter()
        .map(|s| states_only(s) && kept.iter().any(|o| !states_only(o) && covered(ctx, o, s)))
        .collect();
    kept.into_iter()
        .zip(own)
        .map(|(keys, own)| {
            let pool = if own { &keys } else { &pool };
            let mut c = collapse(ctx, &keys, pool, &[], &signers);
            c.truncate(6);
            c.into_iter().map(|k| build(ctx, k)).collect()
        })
        .collect()
}

fn most_salient(ctx: &Ctx<'_>, have: &[Key]) -> Option<Key> {
    let ents = &ctx.ents;
    // A sorted map: few clusters, and one map type less in the web app's download.
    let mut score: Vec<(usize, (usize, usize))> = Vec::new();
    for (mi, m) in ents.mentions.iter().enumerate() {
        if m.modifier || m.possessive || ctx.doc.in_junk(m.first) || excluded(ctx, mi) {
            continue;
        }
        let c = ents.cluster_of[mi];
        if !matches!(ents.clusters[c].kind, MentionKind::Org { .. })
            || have.contains(&Key::Cluster(c))
            || dateline_place(ctx, mi)
        {
            continue;
        }
        crate::sort::entry(&mut score, c, || (0, m.first)).0 += 1;
    }
    score
        .into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
        .map(|(c, _)| Key::Cluster(c))
}

/// The home state the text ties an organisation to (in or next to one of its names), or
/// the gazetteer by its full name; never the article's state by default.
fn stated_home(ctx: &Ctx<'_>, c: usize) -> Option<usize> {
    let ents = &ctx.ents;
    if let Some(st) = ents.clusters[c]
        .mentions
        .iter()
        .find_map(|&m| ents.mentions[m].country)
    {
        return Some(st);
    }
    // "the Ministry of Trade" where "Ruritania's Minister of Trade" signed.
    if let Some(st) = ents.clusters[c]
        .mentions
        .iter()
        .find_map(|&m| minister_state(ctx, m))
    {
        return Some(st);
    }
    match cluster_kind(ctx, c) {
        (_, Some(st), true) => Some(st),
        _ => None,
    }
}

/// "La Tunisie et la Belgique ont signé … signé par l'Instance nationale de cybersécurité
/// et le Centre fédéral de cyberprotection de Belgique": once the other states have given
/// way to their bodies, the one state left and the first government body left that the text
/// ties to no state signed for each other. Gives the body and the state.
fn eliminate(ctx: &Ctx<'_>, keys: &[Key], pool: &[Key], pinned: &[Key]) -> Option<(usize, usize)> {
    let states: Vec<usize> = keys
        .iter()
        .filter_map(|k| match k {
            Key::State(st) if !pinned.contains(k) => Some(*st),
            _ => None,
        })
        .collect();
    let [st] = states[..] else { return None };
    // Another state must have given way to a body it stated, so the text did name the
    // signing bodies.
    let placed = keys
        .iter()
        .any(|k| matches!(k, Key::Cluster(c) if stated_home(ctx, *c).is_some_and(|h| h != st)));
    if !placed {
        return None;
    }
    let loose: Vec<usize> = pool
        .iter()
        .filter_map(|k| match k {
            Key::Cluster(c) if !keys.contains(k) => Some(*c),
            _ => None,
        })
        .filter(|&c| {
            stated_home(ctx, c).is_none() && cluster_kind(ctx, c).0 == PartyKind::Government
        })
        .collect();
    loose.first().map(|&c| (c, st))
}

/// The home state of an organisation cluster, by the precedence of the guide: stated in
/// its name or next to it, then known, then (for a government body) the article's state.
pub(crate) fn home_state(ctx: &Ctx<'_>, c: usize) -> Option<usize> {
    let ents = &ctx.ents;
    let cl = &ents.clusters[c];
    let longest = longest_mention(ctx, c)?;
    if let Some(st) = ents.mentions[longest].country {
        return Some(st);
    }
    if let Some(st) = cl.mentions.iter().find_map(|&m| ents.mentions[m].country) {
        return Some(st);
    }
    // "La Mauritanie, par l'intermédiaire de son Agence …": the state the body acts for.
    let acts_for = ents
        .mentions
        .iter()
        .enumerate()
        .find_map(|(i, m)| match m.kind {
            MentionKind::Country(st) => represented_by(ctx, i)
                .filter(|&r| ents.cluster_of[r] == c)
                .map(|_| st),
            _ => None,
        });
    if acts_for.is_some() {
        return acts_for;
    }
    if let Some(st) = cl.mentions.iter().find_map(|&m| minister_state(ctx, m)) {
        return Some(st);
    }
    let (kind, gaz_country, gaz_full) = cluster_kind(ctx, c);
    if kind == PartyKind::Intergovernmental {
        return None;
    }
    // Known by its acronym only ("US-CERT", "ANSSI"), or a government body by a name
    // many states give theirs ("National Cyber Security Agency", "Ministry of Digital
    // Affairs"): its known state, when the article speaks of that state at all; otherwise
    // a government body belongs to the article's state.
    if let Some(st) = gaz_country {
        if gaz_full && kind != PartyKind::Government {
            return Some(st);
        }
        let mentioned = ctx.ents.mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::Country(c) | MentionKind::Demonym(c) if c == st)
                && !ctx.doc.in_junk(m.first)
        });
        if mentioned {
            return Some(st);
        }
    }
    // The article's state is one it names, or whose city it names: a demonym alone ("a
    // French consultancy") describes another party. A body whose name ends on a place no
    // table knows ("Agence de cybersécurité de Ruritanie") is of that place, not of the
    // article's state.
    if kind == PartyKind::Government
        && !ends_on_unknown_place(ctx, longest)
        && !opens_on_unknown_place(ctx, longest)
    {
        let iso = |st: usize| ctx.gaz.countries[st].iso2.as_str();
        if let Some(st) = ctx.dominant.filter(|&st| {
            ctx.ents.mentions.iter().any(|m| {
                !ctx.doc.in_junk(m.first)
                    && match m.kind {
                        MentionKind::Country(c) => c == st,
                        // A city of the state ("signed in Dakar") places the article too.
                        MentionKind::City(c) => ctx.gaz.cities[c].iso2 == iso(st),
                        _ => false,
                    }
            })
        }) {
            return Some(st);
        }
    }
    // A known full name of another state's body, in an article that does not speak of
    // that state: the state is not known.
    if gaz_full && kind == PartyKind::Government {
        return None;
    }
    gaz_country
}

/// The state of a ministry named without one, from its minister's title elsewhere in the
/// text with the same portfolio and a state: "le Ministère du Numérique" where "la
/// ministre du Numérique du Bénin" signed; "the Ministry of Trade" where "Ruritania's
/// Minister of Trade" or "the Ruritanian Minister of Trade" did. Every such title must
/// name the same state.
fn minister_state(ctx: &Ctx<'_>, mi: usize) -> Option<usize> {
    let toks = &ctx.doc.tokens;
    let m = &ctx.ents.mentions[mi];
    if m.last < m.first + 3
        || !matches!(toks[m.first].fold.as_str(), "ministry" | "ministere")
        || !matches!(toks[m.first + 1].fold.as_str(), "of" | "du" | "de" | "des")
    {
        return None;
    }
    let portfolio = &toks[m.first + 1..m.last];
    // The state's name there, even inside a longer name the engine took ("Digitalisation
    // du Bénin").
    let country_at = |k: usize| {
        let end = (k + 5).min(toks.len());
        match ctx.idx.place_at(&ctx.doc, k, end)?.known {
            crate::names::Known::Country(st) => Some(st),
            _ => None,
        }
    };
    let mut found: Option<usize> = None;
    for k in 0..toks.len().saturating_sub(portfolio.len() + 2) {
        if !matches!(toks[k].fold.as_str(), "minister" | "ministre")
            || !portfolio
                .iter()
                .zip(&toks[k + 1..])
                .all(|(p, t)| p.fold == t.fold)
        {
            continue;
        }
        // After the title: "du Bénin", "de la Côte d'Ivoire", "of the Republic of X".
        let mut j = k + 1 + portfolio.len();
        if toks
            .get(j)
            .is_some_and(|t| matches!(t.fold.as_str(), "of" | "du" | "de" | "d'"))
        {
            j += 1;
            if toks
                .get(j)
                .is_some_and(|t| matches!(t.fold.as_str(), "the" | "la" | "l'"))
            {
                j += 1;
            }
        } else {
            j = usize::MAX;
        }
        // Before it: "Moldova's Minister", "the Moldovan Minister".
        let before = ctx
            .ending_at(k)
            .find_map(|o| match ctx.ents.mentions[o].kind {
                MentionKind::Demonym(st) => Some(st),
                _ => None,
            });
        let before = before.or_else(|| {
            (k >= 2 && toks[k - 1].fold == "s" && toks[k - 2].fold == "'")
                .then(|| {
                    ctx.ending_at(k - 2)
                        .find_map(|o| match ctx.ents.mentions[o].kind {
                            MentionKind::Country(st) => Some(st),
                            _ => None,
                        })
                })
                .flatten()
        });
        let Some(st) = (j != usize::MAX)
            .then(|| country_at(j))
            .flatten()
            .or(before)
        else {
            continue;
        };
        if found.is_some_and(|f| f != st) {
            return None;
        }
        found = Some(st);
    }
    found
}

/// Whether a name ends with "of"/"de" and one or two capitalised words that no table knows
/// ("… of Lowenmark", "… de Ruritanie"): a place the engine cannot place.
fn ends_on_unknown_place(ctx: &Ctx<'_>, mi: usize) -> bool {
    let doc = &ctx.doc;
    let m = &ctx.ents.mentions[mi];
    let Some(of) = (m.first..m.last)
        .rev()
        .find(|&k| matches!(doc.tokens[k].fold.as_str(), "of" | "de" | "du" | "d'"))
    else {
        return false;
    };
    let mut k = of + 1;
    if k < m.last && is_article_fold(&doc.tokens[k].fold) {
        k += 1;
    }
    let tail = &doc.tokens[k..m.last];
    !tail.is_empty()
        && tail.len() <= 2
        && tail
            .iter()
            .all(|t| t.is_word() && t.cap && !t.upper && t.id == crate::vocab::NONE)
}

/// Whether a name of three words or more opens with a capitalised word that no table
/// knows ("Ruritania National Cyber Agency"): a place the engine cannot place.
fn opens_on_unknown_place(ctx: &Ctx<'_>, mi: usize) -> bool {
    let m = &ctx.ents.mentions[mi];
    let t = &ctx.doc.tokens[m.first];
    m.last >= m.first + 3 && t.is_word() && t.cap && !t.upper && t.id == crate::vocab::NONE
}

fn longest_mention(ctx: &Ctx<'_>, c: usize) -> Option<usize> {
    let ents = &ctx.ents;
    ents.clusters[c]
        .mentions
        .iter()
        .copied()
        .filter(|&m| {
            matches!(
                ents.mentions[m].kind,
                MentionKind::Org { .. } | MentionKind::Other
            )
        })
        .max_by_key(|&m| {
            let mm = &ents.mentions[m];
            let words = ctx.doc.tokens[mm.first..mm.last]
                .iter()
                .filter(|t| t.kind != TokKind::Punct)
                .count();
            // Prefer full names over acronyms, then the longer, then a name read as an
            // organisation, then the earlier.
            let acronym = words == 1 && ctx.doc.tokens[mm.first].upper;
            let org = matches!(mm.kind, MentionKind::Org { .. });
            // A headline in capitals ("LINTAO NETWORKS, BANK OF NDOLA SIGN …") gives the
            // name only when the text writes it no other way.
            let shouted = words > 1
                && ctx.doc.tokens[mm.first..mm.last]
                    .iter()
                    .all(|t| !t.is_word() || t.upper || t.fold.len() < 3);
            // "took place at CA Centre on Waiyaki Way": a venue after "at" that holds a
            // street names the place, not the body.
            let venue = mm.first > 0
                && matches!(ctx.doc.tokens[mm.first - 1].fold.as_str(), "at" | "au")
                && ctx.doc.tokens[mm.first..mm.last]
                    .iter()
                    .any(|t| matches!(t.fold.as_str(), "on" | "in" | "at" | "sur" | "rue"));
            // "The Valdoria Institute of Telecommunications (Instituto Valdoriano de las
            // Telecomunicaciones, IVTEL)": the name the bracket gives after a full name is
            // the other language's form, an alias.
            let bracketed = words > 1
                && mm.bracket_of.is_some_and(|o| {
                    let om = &ents.mentions[o];
                    ents.cluster_of[o] == c
                        && om.last > om.first + 1
                        && !ctx.doc.tokens[om.first..om.last]
                            .iter()
                            .all(|t| !t.is_word() || t.upper)
                });
            let glued = glued_over_and(ctx, m, c);
            (
                !venue,
                !glued,
                !acronym,
                !shouted,
                !bracketed,
                words,
                org,
                std::cmp::Reverse(mm.first),
            )
        })
}

/// Whether mention `m` of cluster `c` is a name glued over an "and" to the first word of
/// another body's longer name: "University of Pannonia and Continental sign …" in a
/// headline, where the body writes "Continental Automotive Hungary Kft.".
fn glued_over_and(ctx: &Ctx<'_>, m: usize, c: usize) -> bool {
    let ents = &ctx.ents;
    let mm = &ents.mentions[m];
    (mm.first + 1..mm.last).any(|j| {
        matches!(ctx.doc.tokens[j].fold.as_str(), "and" | "et")
            && ctx.doc.tokens.get(j + 1).is_some_and(|n| {
                n.cap
                    && ents.mentions.iter().enumerate().any(|(o, om)| {
                        ents.cluster_of[o] != c
                            && ctx.doc.tokens[om.first].fold == n.fold
                            && matches!(om.kind, MentionKind::Org { .. })
                            && om.last > om.first + 1
                    })
            })
    })
}

/// Kind, known home state, and whether the gazetteer matched a full name (not an acronym).
fn cluster_kind(ctx: &Ctx<'_>, c: usize) -> (PartyKind, Option<usize>, bool) {
    match ctx.cluster_kinds.get(c) {
        Some(known) => *known.get_or_init(|| cluster_kind_of(ctx, c)),
        None => cluster_kind_of(ctx, c),
    }
}

fn cluster_kind_of(ctx: &Ctx<'_>, c: usize) -> (PartyKind, Option<usize>, bool) {
    let ents = &ctx.ents;
    let g = ctx.gaz;
    let mut gaz: Option<usize> = None;
    let mut head: Option<PartyKind> = None;
    let mut full = false;
    let mut company_cue = false;
    if let Some(l) = longest_mention(ctx, c) {
        let m = &ents.mentions[l];
        if let MentionKind::Org { kind, .. } = m.kind {
            head = kind;
        }
        // "CERT-Velor", "Marenland-CERT": a head word inside a hyphenated name.
        if head.is_none() {
            head = ctx.doc.tokens[m.first..m.last]
                .iter()
                .filter(|t| t.fold.contains('-'))
                .flat_map(|t| t.fold.split('-'))
                .find_map(|part| ctx.idx.org_heads.get_text(part).copied())
                .filter(|&k| k != PartyKind::Company);
        }
    }
    for &m in &ents.clusters[c].mentions {
        let mm = &ents.mentions[m];
        company_cue |= mm.company_cue;
        if let MentionKind::Org { gaz: Some(gi), .. } = mm.kind {
            if gaz.is_none() {
                gaz = Some(gi);
            }
            let acronym = mm.last - mm.first == 1 && ctx.doc.tokens[mm.first].upper;
            full |= !acronym;
        }
    }
    // "Banque Sahélienne d'Investissement (BSI)": an acronym the text defines for a name
    // no table knows is that body's, not the known body of the same letters.
    if let Some(gi) = gaz.filter(|_| !full) {
        // The known body's names, as folded words.
        let known: Vec<String> = std::iter::once(&g.orgs[gi].name)
            .chain(&g.orgs[gi].aliases)
            .flat_map(|n| n.split_whitespace())
            .map(crate::text::fold)
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let unrelated = ents.clusters[c].mentions.iter().any(|&m| {
            let mm = &ents.mentions[m];
            let words: Vec<&crate::text::Token> = ctx.doc.tokens[mm.first..mm.last]
                .iter()
                .filter(|t| t.is_word())
                .collect();
            matches!(mm.kind, MentionKind::Org { gaz: None, .. })
                && words.len() >= 2
                && words
                    .iter()
                    .filter(|t| known.iter().any(|k| k == t.fold.as_str()))
                    .count()
                    < 2
        });
        if unrelated {
            gaz = None;
        }
    }
    // "its subsidiary Orbis Cyber Services", "the firm Harbor Security Services": a company
    // noun outweighs a head word that firms share with public services.
    let services = longest_mention(ctx, c).is_some_and(|l| {
        let m = &ents.mentions[l];
        matches!(
            ctx.doc.tokens[m.last - 1].fold.as_str(),
            "services" | "service"
        )
    });
    if company_cue && services && head == Some(PartyKind::Government) {
        head = Some(PartyKind::Company);
    }
    let kind = head
        .or(gaz.map(|gi| g.orgs[gi].kind))
        .unwrap_or(if company_cue {
            PartyKind::Company
        } else {
            PartyKind::Other
        });
    let kind = match gaz.map(|gi| g.orgs[gi].kind) {
        // The gazetteer knows best for intergovernmental bodies and companies.
        Some(k @ (PartyKind::Intergovernmental | PartyKind::Company | PartyKind::Academic)) => k,
        _ => kind,
    };
    let country = gaz
        .and_then(|gi| g.orgs[gi].country.as_deref())
        .and_then(|iso| g.countries.iter().position(|c| c.iso2 == iso));
    (kind, country, full)
}

fn build(ctx: &Ctx<'_>, key: Key) -> Chosen {
    let doc = &ctx.doc;
    let ents = &ctx.ents;
    let g = ctx.gaz;
    match key {
        Key::State(st) => {
            let country = &g.countries[st];
            let spans: Vec<(usize, usize)> = ents
                .mentions
                .iter()
                .filter(|m| matches!(m.kind, MentionKind::Country(c) | MentionKind::Demonym(c) if c == st))
                .map(|m| (m.first, m.last))
                .collect();
            // The first mention not written in capitals ("KENYA, UGANDA SIGN …" above
            // "Kenya and Uganda have agreed …"), else the first.
            let shouted = |m: &&crate::entities::Mention| {
                doc.tokens[m.first..m.last]
                    .iter()
                    .all(|t| !t.is_word() || t.upper)
            };
            // A mention that holds one of the state's names ("Kenya", "the Republic of
            // Kenya"), not only its adjective ("the Kenyan government"): the state is
            // named by its name, the adjective's phrase stays an alias.
            let holds_name = |m: &&crate::entities::Mention| {
                (m.first..m.last).any(|k| {
                    ctx.idx.place_at(doc, k, m.last).is_some_and(
                        |h| matches!(h.known, crate::names::Known::Country(c) if c == st),
                    )
                })
            };
            let of_state = |m: &&crate::entities::Mention| m.kind == MentionKind::Country(st);
            let named = ents
                .mentions
                .iter()
                .filter(of_state)
                .filter(holds_name)
                .find(|m| !shouted(m))
                .or_else(|| ents.mentions.iter().filter(of_state).find(holds_name));
            let name = match named {
                Some(m) => doc.slice(m.first, m.last).to_string(),
                None => match ctx.lang {
                    crate::facts::Lang::Fr => country.names_fr.first().cloned().unwrap_or_default(),
                    crate::facts::Lang::En => country.names_en.first().cloned().unwrap_or_default(),
                },
            };
            let aliases = distinct_aliases(&name, spans.iter().map(|&(a, b)| doc.slice(a, b)));
            Chosen {
                cluster: ents.clusters.iter().position(|c| {
                    c.mentions
                        .iter()
                        .any(|&m| ents.mentions[m].kind == MentionKind::Country(st))
                }),
                state: Some(st),
                country_idx: Some(st),
                party: Party {
                    name,
                    aliases,
                    kind: PartyKind::Country,
                    country: Some(country.iso2.clone()),
                    evidence: spans
                        .iter()
                        .take(12)
                        .map(|&(a, b)| doc.span(a, b))
                        .collect(),
                },
            }
        }
        Key::Cluster(c) => {
            let (kind, _, _) = cluster_kind(ctx, c);
            let home = if kind == PartyKind::Intergovernmental {
                None
            } else {
                home_state(ctx, c)
            };
            let name_mention = longest_mention(ctx, c);
            let mut forms: Vec<(String, Span)> = Vec::new();
            for &m in &ents.clusters[c].mentions {
                let mm = &ents.mentions[m];
                let text = plural_part_name(doc, mm)
                    .unwrap_or_else(|| doc.slice(mm.first, mm.last).to_string());
                forms.push((text, doc.span(mm.first, mm.last)));
            }
            let name = match name_mention {
                Some(m) => {
                    let mm = &ents.mentions[m];
                    plural_part_name(doc, mm)
                        .unwrap_or_else(|| doc.slice(mm.first, mm.last).to_string())
                }
                None => forms.first().map(|f| f.0.clone()).unwrap_or_default(),
            };
            let name = one_space(&name);
            // A glued form is no other name of the body.
            let tidied: Vec<String> = forms
                .iter()
                .zip(&ents.clusters[c].mentions)
                .filter(|&(_, &m)| Some(m) == name_mention || !glued_over_and(ctx, m, c))
                .map(|((f, _), _)| one_space(f))
                .collect();
            let aliases = distinct_aliases(&name, tidied.iter().map(String::as_str));
            let mut evidence: Vec<Span> = forms.iter().map(|f| f.1).collect();
            crate::sort::all(&mut evidence);
            evidence.dedup();
            evidence.truncate(12);
            Chosen {
                cluster: Some(c),
                state: None,
                country_idx: home,
                party: Party {
                    name,
                    aliases,
                    kind,
                    country: home.map(|st| g.countries[st].iso2.clone()),
                    evidence,
                },
            }
        }
    }
}

/// The forms that differ, once folded, from the name and from each other, in order.
fn distinct_aliases<'f>(name: &str, forms: impl Iterator<Item = &'f str>) -> Vec<String> {
    let mut folded = vec![crate::text::fold(name)];
    let mut aliases = Vec::new();
    for f in forms {
        let ff = crate::text::fold(f);
        if !folded.contains(&ff) {
            aliases.push(f.to_string());
            folded.push(ff);
        }
    }
    aliases
}

#[cfg(test)]
mod tests {
    use crate::options::Options;

    fn parties(text: &str) -> Vec<Vec<String>> {
        crate::analyze(text, &Options::default())
            .map(|a| {
                a.agreements
                    .iter()
                    .map(|g| g.parties.iter().map(|p| p.name.clone()).collect())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn flat(got: &[Vec<String>]) -> Vec<&str> {
        got.iter().flatten().map(String::as_str).collect()
    }

    #[test]
    fn a_ministry_named_without_its_state_takes_its_ministers_state() {
        let got = parties(
            "Latvia and Portugal sign cyber declaration\n\nLatvia's Minister of Digital \
             Affairs, Ana Pell, and Portugal's Minister of Trade and Industry, Ivo Brand, \
             signed a joint declaration on cyber security on Tuesday. Under the declaration, \
             the Ministry of Digital Affairs and the Ministry of Trade and Industry undertake \
             to share information on cyber threats.",
        );
        let mut got = flat(&got);
        got.sort_unstable();
        assert_eq!(
            got,
            [
                "Ministry of Digital Affairs",
                "Ministry of Trade and Industry"
            ]
        );
    }

    #[test]
    fn a_parent_the_apposition_places_a_body_under_is_no_party() {
        for text in [
            "The Velor Cyber Centre, a legal entity of public law under the Ministry of \
             Defence, and Lisk University signed a cooperation agreement on cyber security \
             research.",
            "The Velor Trust Service, an agency operating under the Ministry of Digital \
             Affairs, has signed a cyber security agreement with Sablefin Payments.",
        ] {
            let got = parties(text);
            assert!(
                !flat(&got).iter().any(|p| p.starts_with("Ministry")),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_press_releases_we_is_the_company_its_boilerplate_presents() {
        let got = parties(
            "We are proud to announce a partnership with Caldera Savings Bank to protect its \
             customers against cyber fraud.\n\nAbout Corbel Cyber\nCorbel Cyber is a \
             cybersecurity company headquartered in Valencia, Spain.\n",
        );
        let mut got = flat(&got);
        got.sort_unstable();
        assert_eq!(got, ["Caldera Savings Bank", "Corbel Cyber"]);
    }

    #[test]
    fn a_signing_told_with_it_also_or_separately_is_another_agreement() {
        let got = parties(
            "The Velorian Cyber Defence Centre signed a memorandum of understanding with \
             Sablefin Security on cyber threats. It also signed a cooperation agreement with \
             Lisk University on cybersecurity research. Separately, Quillmark and Harbor \
             Digital signed a partnership agreement on cybersecurity.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[1].contains(&"Lisk University".to_string()), "{got:?}");
        assert!(
            got[1].contains(&"Velorian Cyber Defence Centre".to_string()),
            "{got:?}"
        );
        let got = parties(
            "L'Autorité de régulation du numérique a signé deux conventions de cybersécurité : \
             la première avec Sentinelle Data, la seconde avec l'opérateur Télécel.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_wire_credited_in_a_dateline_and_a_stock_listing_name_no_party() {
        let got = parties(
            "HARBOUR CITY, May 4 (Tidewater Wire) - Quillon Labs Inc. (NASDAQ: QLLB) and \
             Nordwave Security signed a memorandum of understanding on cyber security.",
        );
        let all = flat(&got);
        assert!(all.contains(&"Nordwave Security"), "{got:?}");
        assert!(
            !all.iter()
                .any(|n| n.contains("Tidewater") || n.contains("NASDAQ") || *n == "QLLB"),
            "{got:?}"
        );
    }

    #[test]
    fn a_home_country_and_an_event_name_no_party() {
        let got = parties(
            "The Harbor Data Authority signed a memorandum of understanding with Quillon \
             Academy, a training firm based in Portugal, at the Northbay Cyber Security Week \
             on Tuesday.",
        );
        let all = flat(&got);
        assert!(all.contains(&"Quillon Academy"), "{got:?}");
        assert!(
            !all.iter().any(|n| *n == "Portugal" || n.contains("Week")),
            "{got:?}"
        );
        let fr = parties(
            "L'Autorité des données de Port-Lune et Quillon Académie, une société basée au \
             Bénin, ont signé une convention lors du Salon de la cybersécurité de Port-Lune.",
        );
        let all = flat(&fr);
        assert!(
            !all.iter().any(|n| *n == "Bénin" || n.contains("Salon")),
            "{fr:?}"
        );
    }

    #[test]
    fn the_state_of_a_capital_is_no_party() {
        for text in [
            "Coral Telecom and Lakeshore University signed a memorandum of understanding on \
             cybersecurity training in the capital of Mozambique.",
            "La société Kora Numérique et l'Université de Koudougou ont signé, dans la capitale \
             du Burkina Faso, un protocole d'accord sur la cybersécurité.",
        ] {
            let got = parties(text);
            let all = flat(&got);
            assert_eq!(all.len(), 2, "{got:?}");
            assert!(
                !all.iter()
                    .any(|n| *n == "Mozambique" || *n == "Burkina Faso"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_plural_head_over_states_gives_one_body_a_state() {
        let got = parties(
            "Les polices du Bénin et du Niger ont signé mercredi un protocole d'accord contre \
             la cybercriminalité.",
        );
        assert_eq!(
            got,
            vec![vec![
                "police du Bénin".to_string(),
                "police du Niger".to_string()
            ]]
        );
    }

    #[test]
    fn governments_listed_one_by_one_are_bodies_of_regions_and_states_of_states() {
        let regions = parties(
            "The governments of Bavaria, Saxony and Thuringia signed an agreement on cyber \
             security on Tuesday.",
        );
        assert_eq!(
            regions,
            vec![vec![
                "Government of Bavaria".to_string(),
                "Government of Saxony".to_string(),
                "Government of Thuringia".to_string()
            ]]
        );
        let states = parties(
            "Les gouvernements du Sénégal et de la Gambie ont signé mardi un accord de \
             coopération en matière de cybersécurité.",
        );
        assert_eq!(
            states,
            vec![vec!["Sénégal".to_string(), "Gambie".to_string()]]
        );
    }

    #[test]
    fn a_state_named_as_a_state_is_the_state() {
        let got = parties(
            "La République togolaise et la société Quillon Labs ont signé mardi une convention \
             sur la cybersécurité.",
        );
        assert_eq!(
            got,
            vec![vec![
                "République togolaise".to_string(),
                "Quillon Labs".to_string()
            ]]
        );
    }

    #[test]
    fn a_portfolio_spelled_by_its_acronym_is_one_party_and_venues_and_laws_are_none() {
        let got = parties(
            "The Ministry of Trade, Fisheries, Small and Medium Enterprises and Transport \
             (MTFSMET) and Quillon Labs signed a memorandum of understanding at the Chamber of \
             Commerce in Ruriville on cyber security to help firms comply with DORA and NIS2.",
        );
        let flat = flat(&got);
        assert!(
            flat.contains(
                &"Ministry of Trade, Fisheries, Small and Medium Enterprises and Transport"
            ),
            "{got:?}"
        );
        assert!(flat.contains(&"Quillon Labs"), "{got:?}");
        assert_eq!(flat.len(), 2, "{got:?}");
    }

    #[test]
    fn a_ministry_between_commas_after_a_body_is_its_parent() {
        let got = parties(
            "The National Cybercrime Unit (NCU), Ministry of Interior, signed a memorandum of \
             understanding with Quillon Labs on cyber security.",
        );
        assert_eq!(
            flat(&got),
            vec!["National Cybercrime Unit", "Quillon Labs"],
            "{got:?}"
        );
    }

    #[test]
    fn a_bracketed_acronym_joins_the_runs_it_spells() {
        let got = parties(
            "The Incident Response Team – Indian Ocean Rim (IRT-IOR) and Quillon Labs signed a \
             memorandum of understanding on cyber security.",
        );
        assert!(
            flat(&got).contains(&"Incident Response Team – Indian Ocean Rim"),
            "{got:?}"
        );
    }

    #[test]
    fn names_no_table_knows_sign_in_the_subject_of_the_verb() {
        let got = parties(
            "On Monday, Quillon Labs and Nordwave signed a memorandum of understanding on cyber \
             security.",
        );
        assert_eq!(
            got,
            vec![vec!["Quillon Labs".to_string(), "Nordwave".to_string()]]
        );
    }

    #[test]
    fn an_unknown_word_opening_the_sentence_signs_when_and_joins_it_to_a_name() {
        let got = parties(
            "Nordwave and Quillon Labs have signed a memorandum of understanding on cyber security.",
        );
        assert_eq!(
            got,
            vec![vec!["Nordwave".to_string(), "Quillon Labs".to_string()]]
        );
        // Without a signing verb, the opening word names no one.
        assert!(
            parties("Yesterday and Quillon Labs said nothing about cyber security.").is_empty()
        );
    }

    #[test]
    fn a_plural_head_word_alone_names_no_party() {
        let got = parties(
            "Quillon Labs and the Response Team for Northern Councils, Agencies and Bodies \
             signed a memorandum of understanding on cyber security.",
        );
        let all: Vec<&String> = got.iter().flatten().collect();
        assert!(all.iter().any(|n| n.as_str() == "Quillon Labs"), "{got:?}");
        assert!(
            !all.iter()
                .any(|n| matches!(n.as_str(), "Agencies" | "Bodies")),
            "{got:?}"
        );
    }

    #[test]
    fn the_dateline_place_is_no_party_and_a_regional_government_is_one() {
        let got = parties(
            "NORTHBAY, ON, le 3 mars 2025 /CNW/ - Réunis à Northbay, le gouvernement du \
             Québec a conclu une entente de collaboration en matière de cybersécurité avec \
             l'Agence boréale de sécurité numérique.",
        );
        let all: Vec<&String> = got.iter().flatten().collect();
        assert!(!all.iter().any(|n| n.contains("Northbay")), "{got:?}");
        assert!(
            all.iter().any(|n| n.as_str() == "gouvernement du Québec"),
            "{got:?}"
        );
    }

    #[test]
    fn a_company_noun_in_apposition_makes_a_name_a_company() {
        let got = parties(
            "NAIROBI, Kenya, May 5, 2025 -- Harbor Digital today announced a partnership with \
             Copper Lantern, a Ghanaian provider of security software, to protect mobile \
             payments. \"We are glad,\" said Ama Mensah, CEO of Copper Lantern.",
        );
        assert_eq!(
            got,
            vec![vec![
                "Harbor Digital".to_string(),
                "Copper Lantern".to_string()
            ]]
        );
    }

    #[test]
    fn a_company_named_after_a_state_of_several_words_keeps_it_whole() {
        let got = parties(
            "Quillon Labs Côte d'Ivoire a signé lundi une convention de partenariat en \
             cybersécurité avec l'Université de Bouaké.",
        );
        let all: Vec<&String> = got.iter().flatten().collect();
        assert!(
            all.iter()
                .any(|n| n.as_str() == "Quillon Labs Côte d'Ivoire"),
            "{got:?}"
        );
    }

    #[test]
    fn agencies_of_states_named_in_the_next_sentence_are_the_parties() {
        let got = parties(
            "The cyber security agencies of Chile and Peru signed a memorandum of \
             understanding on Monday. The Chilean Digital Security Agency and Peru's National \
             Cyber Defence Directorate will share alerts and train analysts together.",
        );
        assert_eq!(
            got,
            vec![vec![
                "Chilean Digital Security Agency".to_string(),
                "National Cyber Defence Directorate".to_string()
            ]]
        );
    }

    #[test]
    fn a_government_represented_by_its_ministry_signs_through_the_ministry() {
        let got = parties(
            "Harbor Digital has signed a contract with the Government of Chile, represented \
             by the Ministry of Digital Affairs, to build a national security operations \
             centre.",
        );
        assert_eq!(
            got,
            vec![vec![
                "Harbor Digital".to_string(),
                "Ministry of Digital Affairs".to_string()
            ]]
        );
    }

    #[test]
    fn a_demonym_in_the_apposition_makes_even_a_given_name_a_company() {
        let got = parties(
            "Harbor Digital has signed a partnership agreement with Grace Shield, a Ghanaian \
             security company, to protect mobile payments.",
        );
        assert_eq!(
            got,
            vec![vec![
                "Harbor Digital".to_string(),
                "Grace Shield".to_string()
            ]]
        );
    }

    #[test]
    fn a_company_noun_before_a_pair_of_unknown_words_makes_them_a_company() {
        let got = parties(
            "Le ministère de la Justice de Ruritanie a signé lundi une convention avec la \
             société estonienne Tarkvara Kaitse pour la sécurité de ses réseaux.",
        );
        let all: Vec<&String> = got.iter().flatten().collect();
        assert!(
            all.iter().any(|n| n.as_str() == "Tarkvara Kaitse"),
            "{got:?}"
        );
    }

    #[test]
    fn a_minister_speaking_at_the_signing_brings_the_ministry_when_one_party_is_named() {
        let got = parties(
            "La sécurité des données est une priorité, a déclaré lundi le ministre de la \
             Transformation numérique et de la Modernisation, Ahmed Ould Sidi. Il s'exprimait \
             en marge de la cérémonie de signature d'une convention de coopération en \
             cybersécurité avec la société estonienne Tarkvara Kaitse.",
        );
        let all: Vec<&String> = got.iter().flatten().collect();
        assert!(
            all.iter()
                .any(|n| n.as_str()
                    == "ministère de la Transformation numérique et de la Modernisation"),
            "{got:?}"
        );
    }

    #[test]
    fn one_with_for_each_instrument_gives_one_agreement_each() {
        let got = parties(
            "The Mongolian Ministry of Digital Development signed a memorandum on cybersecurity \
             with the Icelandic Cyber Agency and another with the National Cyber Centre of Uruguay.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|g| g.len() == 2), "{got:?}");
    }

    #[test]
    fn a_plan_to_sign_reports_no_agreement() {
        let got = parties(
            "Officials of Iceland and Uruguay met on Monday. The two governments plan to sign a \
             memorandum of understanding on cyber security next year.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_two_countries_are_the_states_named_before() {
        let got = parties(
            "Iceland and Uruguay want safer networks.\nThe two countries signed a memorandum of \
             understanding on cyber security on Tuesday.",
        );
        assert_eq!(
            got,
            vec![vec!["Iceland".to_string(), "Uruguay".to_string()]]
        );
    }

    #[test]
    fn dateline_capitals_and_a_list_without_and_are_no_parties() {
        let got = parties(
            "PORT-LUNE, XD, le 3 mars 2025 - La Banque centrale de Xandrie et la société Nordwave \
             ont signé une convention sur la cybersécurité des paiements.",
        );
        assert_eq!(
            got,
            vec![vec![
                "Banque centrale de Xandrie".to_string(),
                "Nordwave".to_string()
            ]]
        );
    }

    #[test]
    fn an_instruments_title_and_a_bodys_parent_are_no_parties() {
        assert_eq!(
            parties(
                "The Ruritanian Cyber Agency and the Borduria Development Agency signed a \
                 Technical Cooperation Agreement on the Project for Strengthening Cyber \
                 Capacity in Ruritania on Tuesday."
            ),
            vec![vec![
                "Ruritanian Cyber Agency".to_string(),
                "Borduria Development Agency".to_string()
            ]]
        );
        assert_eq!(
            parties(
                "The Department of Network Security (C07) under the Ministry of Public \
                 Security on November 26 signed a cooperation agreement with Sao Mai \
                 Technology JSC."
            ),
            vec![vec![
                "Department of Network Security".to_string(),
                "Sao Mai Technology JSC".to_string()
            ]]
        );
    }

    #[test]
    fn one_body_of_each_state_under_the_instrument_replaces_the_states() {
        assert_eq!(
            parties(
                "Peru and Ecuador signed a memorandum of understanding on cybersecurity on \
                 Tuesday. Under the memorandum, Peru's Ministry of Digital Government and \
                 Ecuador's Ministry of Telecommunications will share threat information."
            ),
            vec![vec![
                "Ministry of Digital Government".to_string(),
                "Ministry of Telecommunications".to_string()
            ]]
        );
    }

    #[test]
    fn bodies_named_in_a_following_signed_by_sentence_replace_their_states() {
        let en = parties(
            "Iceland and Uruguay signed a memorandum of understanding on cyber security on \
             Monday. The text was signed by the Icelandic Ministry of Digital Affairs and the \
             Uruguayan Cyber Defence Agency.",
        );
        assert_eq!(
            en,
            vec![vec![
                "Icelandic Ministry of Digital Affairs".to_string(),
                "Uruguayan Cyber Defence Agency".to_string()
            ]]
        );
        let fr = parties(
            "L'Islande et l'Uruguay ont signé lundi un protocole d'accord sur la cybersécurité. \
             Il a été signé par le ministère des Affaires numériques de l'Islande et l'Agence \
             de cyberdéfense de l'Uruguay.",
        );
        assert_eq!(
            fr,
            vec![vec![
                "ministère des Affaires numériques de l'Islande".to_string(),
                "Agence de cyberdéfense de l'Uruguay".to_string()
            ]]
        );
        // Without a signing reported just before, "signed by" alone makes no agreement.
        assert!(parties(
            "The budget law was signed by the Icelandic Ministry of Finance on cyber security."
        )
        .is_empty());
    }

    #[test]
    fn a_company_word_before_an_agency_head_makes_a_government_body() {
        let kinds = |text: &str| -> Vec<(String, crate::PartyKind)> {
            crate::analyze(text, &Options::default())
                .map(|a| {
                    a.agreements
                        .iter()
                        .flat_map(|g| g.parties.iter().map(|p| (p.name.clone(), p.kind)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let got = kinds(
            "The Icelandic Cyber Security Agency and Nordwave Security Ltd signed a memorandum \
             of understanding on cyber security on Monday.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Icelandic Cyber Security Agency".to_string(),
                    crate::PartyKind::Government
                ),
                (
                    "Nordwave Security Ltd".to_string(),
                    crate::PartyKind::Company
                )
            ]
        );
    }

    #[test]
    fn a_plural_headline_word_renames_no_body() {
        let got = parties(
            "Agencies sign pact\n\nThe Nordic Cyber Agency and the Baltic Data Office signed a \
             memorandum of understanding on cyber security on Monday.",
        );
        assert_eq!(
            got,
            vec![vec![
                "Nordic Cyber Agency".to_string(),
                "Baltic Data Office".to_string()
            ]]
        );
    }

    #[test]
    fn the_owner_of_a_unit_and_an_observer_are_no_parties() {
        let got = parties(
            "The Valorian National Defence Force (VNDF) Directorate of Cyber Operations and \
             the Ostland Army Cyber Command signed a memorandum of understanding on \
             Wednesday, with Kenya attending as an observer.",
        );
        let all = flat(&got);
        assert!(all.contains(&"Directorate of Cyber Operations"), "{got:?}");
        assert!(all.contains(&"Ostland Army Cyber Command"), "{got:?}");
        assert!(
            !all.iter()
                .any(|n| n.contains("Defence Force") || *n == "VNDF" || *n == "Kenya"),
            "{got:?}"
        );
    }

    #[test]
    fn a_french_name_written_small_runs_on_to_the_acronym_that_spells_it() {
        let got = parties(
            "Le Centre régional de réponse aux incidents informatiques (CRRII) et la société \
             Orvalis ont signé lundi un accord de partenariat.",
        );
        assert_eq!(
            flat(&got),
            vec![
                "Centre régional de réponse aux incidents informatiques",
                "Orvalis"
            ],
            "{got:?}"
        );
    }

    #[test]
    fn the_body_a_closing_attribution_quotes_is_no_party() {
        let got = parties(
            "Orbis Bank and Cedar Secure signed a memorandum of understanding on Monday, said \
             Jane Doe, a spokesperson for the Valoria Ministry of Finance.",
        );
        let all = flat(&got);
        assert!(all.contains(&"Orbis Bank"), "{got:?}");
        assert!(!all.iter().any(|n| n.contains("Ministry")), "{got:?}");
    }
}
