//! Named entities: organisations, states, cities, persons, found by the gazetteer and by
//! the shape of names, then grouped into clusters (one cluster a real-world entity, with
//! all the surface forms the text uses: "Botswana Communications Regulatory Authority",
//! "BOCRA"; "Huawei Technologies Kenya", "Huawei").
//!
//! Unknown organisations are found by shape: a capitalised phrase with a head word
//! ("Ministry of …", "… Authority", "Agence nationale de …", "… SPA"), an acronym, or a
//! name after a company noun ("the firm Nordhaven"). This module does not decide who the
//! parties are; `extract` does, from where and how the entities are mentioned.

use crate::hash::{HashMap, HashSet};
use std::cell::OnceCell;
use std::sync::LazyLock;

use crate::facts::{Lang, PartyKind};
use crate::gazetteer::{self, Gazetteer};
use crate::lexicon::{Cue, Lexicon};
use crate::names::{Known, NameIndex};
use crate::text::{Doc, TokKind};

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// An organisation; `gaz` when it is (or extends) a known one.
    Org {
        /// Index into the gazetteer's organisations.
        gaz: Option<usize>,
        /// The kind its head word or the gazetteer gives.
        kind: Option<PartyKind>,
    },
    /// A state by name.
    Country(usize),
    /// A demonym ("Kenyan", "russe").
    Demonym(usize),
    /// A city.
    City(usize),
    /// A news outlet.
    Outlet,
    /// A person's name (two words or more).
    Person,
    /// A surname alone after an honorific ("Mr Mokgware", "M. Kaspersky").
    Surname,
    /// A capitalised word or phrase of no known kind ("Debswana" before it is resolved).
    Other,
}

/// One mention of an entity.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it is.
    pub kind: MentionKind,
    /// A state the context ties it to (in its name, a demonym or possessive next to it).
    pub country: Option<usize>,
    /// Followed by `'s`.
    pub possessive: bool,
    /// Only describes the next name ("African Union policing institution AFRIPOL").
    pub modifier: bool,
    /// Follows a company noun ("the firm X", "la société X").
    pub company_cue: bool,
    /// Preceded by an honorific.
    pub honorific: bool,
    /// A role title stands right before it, in the same phrase ("CEO Eugene Kaspersky").
    pub role_before: Option<(usize, usize)>,
    /// The mention this one is the bracketed form of ("BOCRA" in "… Authority (BOCRA)").
    pub bracket_of: Option<usize>,
}

/// A group of mentions of one entity.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// The mentions, in text order.
    pub mentions: Vec<usize>,
    /// What kind of entity: Org, Country, Person (mention kinds reused).
    pub kind: MentionKind,
}

/// The entities of a document.
#[derive(Debug)]
pub struct Entities {
    /// All mentions in text order.
    pub mentions: Vec<Mention>,
    /// Clusters of mentions.
    pub clusters: Vec<Cluster>,
    /// For each mention, its cluster.
    pub cluster_of: Vec<usize>,
}

/// Function words that never start a name.
static LEADING_STOP: crate::vocab::List = crate::vocab::List::named("leading_stop");

/// Acronyms that are not organisations.
static NOT_ORG_ACRONYMS: crate::vocab::List = crate::vocab::List::named("not_org_acronyms");

/// Person-name particles that may stand in lowercase inside a name.
static PARTICLES: crate::vocab::List = crate::vocab::List::named("particles");

/// Whether a token is a particle of people's names ("bin", "Al", "de").
pub(crate) fn is_particle(t: &crate::text::Token) -> bool {
    PARTICLES.contains(t)
}

/// The longest name, in tokens.
pub(crate) const MAX_NAME_TOKENS: usize = 24;

/// Legal forms of companies that may follow a name after a comma ("Veltrix, SAS").
pub(crate) fn is_legal_form(fold: &str) -> bool {
    word_set!("is_legal_form").contains_str(fold)
}

/// A legal form written with full stops ("K.K.", "S.A.", "N.V.", "S.p.A.") starting at
/// token `k`: one past its last token (its closing full stop included).
pub(crate) fn dotted_legal_form(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let first = toks.get(k)?;
    if !first.is_word() || !first.cap || first.fold.chars().count() > 2 {
        return None;
    }
    let mut letters = String::new();
    let mut e = k;
    let (mut groups, mut found) = (0, None);
    while let Some(t) = toks.get(e) {
        // "S. Coop.": a later group may be a short word after a space, with its full stop.
        let long = t.fold.chars().count() > 2;
        let dot = |x: usize| glued_stop(doc, x);
        if !t.is_word()
            || t.fold.chars().count() > 4
            || (e == k && long)
            || (e > k && t.space_before && !long)
            || (long && !dot(e + 1))
        {
            break;
        }
        letters.push_str(&t.fold);
        groups += 1;
        e += 1;
        let dotted = dot(e);
        if dotted {
            e += 1;
        }
        if groups >= 2 && word_set!("dotted_legal_form").contains_str(letters.as_str()) {
            found = Some(e);
        }
        if !dotted {
            break;
        }
    }
    found
}

/// Whether token `x` is a full stop glued to the word before it ("S.A.", "Co.").
fn glued_stop(doc: &Doc<'_>, x: usize) -> bool {
    doc.tokens
        .get(x)
        .is_some_and(|d| d.is_punct(".") && !d.space_before)
}

/// A legal form in lowercase written with full stops ("s.r.o.", "d.o.o.", "a.s.", "sp. z
/// o.o.") starting at token `k`: one past its last token (its closing full stop included),
/// the longest that `words.tsv` (list `lower_dotted_forms`) holds.
pub(crate) fn lower_dotted_form(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let first = toks.get(k)?;
    if !first.is_word() || first.cap || first.upper || first.fold.chars().count() > 2 {
        return None;
    }
    let dot = |x: usize| glued_stop(doc, x);
    if !dot(k + 1) {
        return None;
    }
    let mut letters = String::new();
    let (mut e, mut found) = (k, None);
    // "sp. z o.o.": a group may follow a space, a short word in lowercase.
    while let Some(t) = toks.get(e).filter(|t| {
        t.is_word() && !t.cap && !t.upper && t.fold.chars().count() <= 2 && letters.len() < 8
    }) {
        letters.push_str(&t.fold);
        e += 1;
        if dot(e) {
            e += 1;
            if word_set!("lower_dotted_forms").contains_str(letters.as_str()) {
                found = Some(e);
            }
        } else if !toks.get(e).is_some_and(|n| n.space_before && n.is_word()) {
            break;
        }
    }
    found
}

/// Whether a legal form with full stops, in capitals or not ("S.A.", "s.r.o."), starts at
/// token `k` and ends right before token `e`.
fn dotted_form_ends(doc: &Doc<'_>, k: usize, e: usize) -> bool {
    dotted_legal_form(doc, k) == Some(e) || lower_dotted_form(doc, k) == Some(e)
}

/// The place of a word such as "Dubai-based", "Riyadh-headquartered" (folded), when
/// token `k` is one.
pub(crate) fn based_place(doc: &Doc<'_>, k: usize) -> Option<String> {
    let t = doc.tokens.get(k)?;
    if !t.is_word() || !t.cap {
        return None;
    }
    let (place, tail) = t.fold.rsplit_once('-')?;
    matches!(tail, "based" | "headquartered").then(|| place.replace('-', " "))
}

/// The state of a place named by one folded string: a state's name or demonym, or a city.
fn state_of_place(g: &Gazetteer, place: &str) -> Option<usize> {
    if std::ptr::eq(g, gazetteer::curated()) {
        return PLACE_STATES.get(place).map(|&i| i as usize);
    }
    place_states(g).get(place).map(|&i| i as usize)
}

/// [`place_states`] of the embedded tables, built once.
static PLACE_STATES: LazyLock<HashMap<String, u32>> =
    LazyLock::new(|| place_states(gazetteer::curated()));

/// Every state's and city's name, folded with hyphens as spaces, to the index of its state;
/// a state's own name wins over a city written the same. (`u32`: the vocabulary's map type,
/// whose hash table code is compiled already.)
fn place_states(g: &Gazetteer) -> HashMap<String, u32> {
    let key = |n: &str| crate::text::fold(n).replace('-', " ");
    let mut out = HashMap::default();
    for (i, c) in g.countries.iter().enumerate() {
        for n in c.names_en.iter().chain(&c.names_fr) {
            out.entry(key(n)).or_insert(i as u32);
        }
    }
    for city in &g.cities {
        if let Some(i) = g.countries.iter().position(|c| c.iso2 == city.iso2) {
            out.entry(key(&city.name)).or_insert(i as u32);
        }
    }
    out
}

/// Connectors allowed inside an organisation's name.
fn is_name_connector(fold: &str) -> bool {
    word_set!("is_name_connector").contains_str(fold)
}

fn is_article(fold: &str) -> bool {
    matches!(fold, "the" | "la" | "le" | "les" | "l'")
}

fn is_and(fold: &str) -> bool {
    matches!(fold, "and" | "et" | "&")
}

/// The "at" / "au" / "à" that puts the name starting at token `s` in venue position: right
/// before it ("at the Chamber of Commerce", "au Palais des congrès"), or before a venue's
/// part and its "of" ("at Hall 7 of the World Trade Centre", "à la salle 3 du Palais").
pub(crate) fn venue_at(doc: &Doc<'_>, s: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let heads = word_set!("venue_heads");
    let mut j = s;
    let mut part = false;
    while j > 0 && s - j < 6 {
        let t = &toks[j - 1];
        match t.fold.as_str() {
            "at" | "au" | "a" => return (!part || j + 1 < s).then_some(j - 1),
            "the" | "la" | "le" | "l'" => {}
            "of" | "du" | "de" | "des" => part = true,
            _ if part && (t.kind == TokKind::Num || (t.cap && heads.contains(t))) => {}
            _ => return None,
        }
        j -= 1;
    }
    None
}

/// Whether token `i` can be part of a capitalised name.
/// Whether the name in tokens `first..last` names a place by the lowercase noun next to it:
/// "le quartier des Berges du Lac", "the district of Upper Ruri", "the Harbour Front tower",
/// "l'immeuble Horizon".
fn named_place(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let noun = |k: usize, list: &crate::vocab::WordSet| {
        doc.tokens
            .get(k)
            .is_some_and(|t| !t.cap && !t.newline_before && list.contains(t))
    };
    let before = word_set!("place_noun_before");
    let mut k = first;
    // "des", "du", "de la", "of", "of the" between the noun and the name.
    for _ in 0..2 {
        if k > 0
            && matches!(
                doc.tokens[k - 1].fold.as_str(),
                "des" | "du" | "de" | "la" | "d'" | "of" | "the"
            )
        {
            k -= 1;
        }
    }
    let after = word_set!("place_noun_after");
    // "the Batu Lintang industrial park": one lowercase word may qualify the noun.
    let qualified = doc
        .tokens
        .get(last)
        .is_some_and(|t| t.is_word() && !t.cap && !t.newline_before && t.fold.len() > 3)
        && noun(last + 1, after);
    (k > 0 && noun(k - 1, before))
        || (first > 0 && noun(first - 1, before))
        || (!doc.tokens.get(last).is_some_and(|t| t.newline_before)
            && (noun(last, after) || qualified))
}

fn is_cap_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| (t.cap || t.upper) && t.kind == TokKind::Word)
}

/// Builds the mentions of a document.
pub fn find(doc: &Doc<'_>, lang: Lang, lex: &Lexicon, idx: &NameIndex) -> Entities {
    let g = gazetteer::curated();
    let mut mentions: Vec<Mention> = Vec::with_capacity(doc.tokens.len() / 8 + 1);
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (_, sent) in doc.body_sentences() {
        let (a, b) = sent.tokens;
        let mut i = a;
        // "Nordwave and Quillon Labs signed …": a capitalised word that opens the sentence
        // names someone when "and" joins it to another name before a signing verb.
        if opens_signing_list(doc, a, b, lang, lex, idx) {
            push(&mut mentions, a, a + 1, MentionKind::Other);
            i = a + 1;
        }
        while i < b {
            // "(NASDAQ: BRNR)", "(TSX: ABC; NYSE: ABC)": a stock listing names no body.
            if let Some(close) = ticker_bracket(doc, i, b) {
                i = close;
                continue;
            }
            // "The institute (Országos Kibervédelmi Intézet, OKVI)", "L'agence (…, ANSD)":
            // a bracket after a body's noun that points back holds other names of the body
            // named just before.
            if let Some(close) = back_bracket(doc, i, b, &mut mentions, &mut links) {
                i = close;
                continue;
            }
            let before = mentions.len();
            // "Centre régional de réponse aux incidents informatiques (CRRII)": small words
            // the name did not take run on to an acronym that spells them all.
            // (Both ask for a bracketed acronym at `i` first: asked here, once, for every token.)
            let extended = bracketed_acronym(doc, i, b)
                && (spelled_run_on(doc, g, &mut mentions, a, i, b)
                    || (lang == Lang::Fr && small_name_spelled(doc, idx, &mut mentions, a, i, b)));
            let mut next = if extended {
                i
            } else {
                scan_at(doc, i, a, b, lang, lex, idx, g, &mut mentions)
            };
            // "/Fil Presse/", "/CNW/": a wire service between slashes in a dateline.
            if mentions.len() == before + 1 {
                let m = &mut mentions[before];
                if m.first >= 1
                    && doc.tokens[m.first - 1].is_punct("/")
                    && doc.tokens.get(m.last).is_some_and(|t| t.is_punct("/"))
                {
                    m.kind = MentionKind::Outlet;
                }
                // "ACCRA, March 4, 2025 (Harbor Wire) -": a name in brackets between a
                // dateline's date and its dash is the wire service.
                let dated = m.first >= 2
                    && doc.tokens[m.first - 1].is_punct("(")
                    && (doc.tokens[m.first - 2].kind == TokKind::Num
                        || is_calendar(doc, m.first - 2)
                        || (doc.tokens[m.first - 2].is_punct(".")
                            && m.first >= 3
                            && is_calendar(doc, m.first - 3)));
                let dash = doc.tokens.get(m.last).is_some_and(|t| t.is_punct(")"))
                    && doc
                        .tokens
                        .get(m.last + 1)
                        .is_some_and(|t| matches!(t.fold.as_str(), "-" | "–" | "—" | ":" | "--"));
                if dated && dash {
                    m.kind = MentionKind::Outlet;
                }
            }
            // "the Kenyan ICT ministry": an acronym between a state's adjective and the
            // lowercase body it describes is the body's portfolio, not a name of its own.
            if mentions.len() > before && mentions.len() >= 2 {
                let (m, p) = (&mentions[mentions.len() - 1], &mentions[mentions.len() - 2]);
                if m.last == m.first + 1
                    && doc.tokens[m.first].upper
                    && matches!(p.kind, MentionKind::Demonym(_))
                    && p.last == m.first
                    && doc
                        .tokens
                        .get(m.last)
                        .is_some_and(|t| !t.cap && word_set!("described_bodies").contains(t))
                {
                    mentions.pop();
                }
            }
            // "Veltrix, SAS, a consultancy", "Veltrix, S.A.": a legal form after a comma
            // ends the name before it; it is no name of its own.
            if mentions.len() == before + 1 && before > 0 {
                let (m, p) = (&mentions[before], &mentions[before - 1]);
                let dotted = dotted_legal_form(doc, m.first).filter(|&e| e >= m.last);
                if (m.last == m.first + 1 && is_legal_form(&doc.tokens[m.first].fold)
                    || dotted.is_some())
                    && m.first >= 1
                    && doc.tokens[m.first - 1].is_punct(",")
                    && p.last + 1 == m.first
                    && matches!(
                        p.kind,
                        MentionKind::Org { .. } | MentionKind::Other | MentionKind::Person
                    )
                {
                    let last = dotted.unwrap_or(m.last);
                    next = next.max(last);
                    mentions.pop();
                    if let Some(p) = mentions.last_mut() {
                        p.last = last;
                        p.company_cue = true;
                        // "R Cable y Telecomunicaciones Norte, S.A.": words read as a
                        // person's name are a firm's once its legal form follows.
                        if p.kind == MentionKind::Person {
                            p.kind = MentionKind::Org {
                                gaz: None,
                                kind: Some(PartyKind::Company),
                            };
                        }
                    }
                }
            }
            // A stock listing after a name: "Brennar Systems Inc. (NASDAQ: BRNR)".
            if mentions.len() > before {
                let last = mentions[mentions.len() - 1].last;
                if let Some(close) = ticker_bracket(doc, last, b) {
                    i = close;
                    continue;
                }
            }
            // Brackets after a name: "(BOCRA)", "(Agence nationale …)", ("ICI Bucharest").
            if mentions.len() > before || extended {
                let mut m = mentions.len() - 1;
                let at = mentions[m].last;
                if !extended && spelled_run_on(doc, g, &mut mentions, a, at, b) {
                    m = mentions.len() - 1;
                }
                if let Some((inner, close)) = bracket_after(doc, mentions[m].last, b) {
                    // "National Office of Secure Communications and Information Defence
                    // (NOSCID)": the acronym spells both runs, so the "and" is inside one
                    // name.
                    if let Some(start) = acronym_run_start(doc, &mentions, m, inner) {
                        let last = mentions[m].last;
                        mentions.truncate(start + 1);
                        m = start;
                        mentions[m].last = last;
                        // A known body's name run on names another body (NATO's NCIRC).
                        if matches!(mentions[m].kind, MentionKind::Org { gaz: Some(_), .. }) {
                            mentions[m].kind = MentionKind::Org {
                                gaz: None,
                                kind: head_kind(doc, mentions[m].first, last, idx),
                            };
                        }
                        if mentions[m].kind == MentionKind::Other {
                            mentions[m].kind = MentionKind::Org {
                                gaz: None,
                                kind: None,
                            };
                        }
                    }
                    // "(Agenția Națională pentru Securitate Cibernetică, ANSC)", "(Bundesamt
                    // für Digitale Sicherheit, BDSA)": the body's name in its own language,
                    // then its acronym, are two other names of the body before the bracket.
                    if matches!(mentions[m].kind, MentionKind::Org { .. }) {
                        if let Some(forms) = native_forms(doc, inner) {
                            for (f, l) in forms {
                                push_bracket_name(&mut mentions, &mut links, m, f, l);
                            }
                            i = close.max(next);
                            continue;
                        }
                    }
                    let before_inner = mentions.len();
                    let mut k = inner.0;
                    while k < inner.1 {
                        k = scan_at(doc, k, inner.0, inner.1, lang, lex, idx, g, &mut mentions);
                    }
                    let inner_mentions: Vec<usize> = (before_inner..mentions.len()).collect();
                    // "(CEDEAO, ou ECOWAS en anglais)", "(Agence nationale …, ANSSI)": the
                    // first form in the bracket is another name of the one before it.
                    let single = inner_mentions.len() == 1
                        || inner_mentions.first().is_some_and(|&n| {
                            doc.tokens
                                .get(mentions[n].last)
                                .is_some_and(|t| t.is_punct(","))
                        });
                    if single && !inner_mentions.is_empty() {
                        let n = inner_mentions[0];
                        // "Chambre de commerce et d'industrie du Bénin (CCI Bénin)": a name
                        // read as no body's is one when the bracket's acronym spells it.
                        let spelled = || {
                            let (f, l) = (mentions[m].first, mentions[m].last);
                            let words: Vec<&str> = doc.tokens[f..l]
                                .iter()
                                .filter(|t| t.is_word() && !is_and(&t.fold))
                                .map(|t| t.fold.as_str())
                                .collect();
                            let a = &doc.tokens[inner.0];
                            a.upper && a.fold.len() >= 2 && {
                                // The acronym may leave out the state that ends the name.
                                (0..=1).any(|cut| {
                                    words.len() > cut + 1
                                        && acronym_matches(&a.fold, &words[..words.len() - cut])
                                })
                            }
                        };
                        let outer_org = matches!(mentions[m].kind, MentionKind::Org { .. })
                            || (mentions[m].kind == MentionKind::Other && spelled());
                        let inner_ok = matches!(
                            mentions[n].kind,
                            MentionKind::Org { .. } | MentionKind::Other | MentionKind::Person
                        ) && mentions[n].first == inner.0
                            && (mentions[n].last == inner.1 || inner_mentions.len() > 1);
                        if outer_org && inner_ok {
                            if !matches!(mentions[n].kind, MentionKind::Org { .. }) {
                                mentions[n].kind = MentionKind::Org {
                                    gaz: None,
                                    kind: None,
                                };
                            }
                            links.push((m, n));
                            mentions[n].bracket_of = Some(m);
                            // "(CEDEAO, ou ECOWAS en anglais)", "(ACV, or CAV)": the form
                            // given as another is a name of the same body.
                            for &o in &inner_mentions[1..] {
                                let or = mentions[o].first >= 2
                                    && matches!(
                                        doc.tokens[mentions[o].first - 1].fold.as_str(),
                                        "ou" | "or" | "soit" | "aka"
                                    )
                                    && doc.tokens[mentions[o].first - 2].is_punct(",");
                                if or
                                    && matches!(
                                        mentions[o].kind,
                                        MentionKind::Org { .. } | MentionKind::Other
                                    )
                                {
                                    links.push((m, o));
                                    mentions[o].bracket_of = Some(m);
                                }
                            }
                        }
                    } else if inner_mentions.is_empty()
                        && inner.1 == inner.0 + 1
                        && matches!(mentions[m].kind, MentionKind::Org { .. })
                    {
                        // "The Department of … (A05) under the Ministry …": a body's code,
                        // capitals then digits, is another name of it.
                        let w = &doc.text[doc.tokens[inner.0].start..doc.tokens[inner.0].end];
                        let code = w.len() <= 6
                            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                            && w.chars().any(|c| c.is_ascii_digit())
                            && w.chars()
                                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
                        if code {
                            push_bracket_name(&mut mentions, &mut links, m, inner.0, inner.1);
                        }
                    }
                    i = close.max(next);
                    continue;
                }
            }
            i = next;
        }
    }
    // "SUVA, Fiji, Oct. 2 (Pacific Wire) -", "MONTEVIDEO (Southlink News) –": the wire
    // service or outlet credited in brackets in a dateline names no party.
    for (k, m) in mentions.iter_mut().enumerate() {
        // "Lake Oranto, 21 October 2025 -- …": a line that opens on a name, a comma and a
        // date is a dateline, and the name its place, no one's.
        if m.kind == MentionKind::Person && dateline_place(doc, m) {
            m.kind = MentionKind::Outlet;
            links.retain(|&(a, b)| a != k && b != k);
            continue;
        }
        // "Marenland CERTs": a plural acronym ends no person's name.
        if m.kind == MentionKind::Person && {
            let w = doc.slice(m.last - 1, m.last);
            w.len() >= 3
                && w.ends_with('s')
                && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
        } {
            m.kind = MentionKind::Other;
        }
        // "held at the Zephyr Ballroom", "à la Maison du Savoir": a venue's name after
        // "at" / "à", with a venue's head word, is no one's.
        // "de l'hôtel Golfe Azur à Cotonou": nor is a name right after a venue's noun.
        if m.kind == MentionKind::Person
            && (venue_at(doc, m.first).is_some()
                && (m.first..m.last).any(|j| {
                    doc.tokens[j].cap && word_set!("venue_heads").contains(&doc.tokens[j])
                })
                || m.first > 0
                    && !doc.tokens[m.first - 1].cap
                    && matches!(
                        doc.tokens[m.first - 1].fold.as_str(),
                        "hotel" | "ballroom" | "auditorium" | "resort"
                    ))
        {
            m.kind = MentionKind::Other;
        }
        // "dans le quartier des Berges du Lac", "on Ruri Street": a name after a district's
        // or a street's noun; "the Harbour Front tower": a name before a building's noun.
        if m.kind == MentionKind::Person && named_place(doc, m.first, m.last) {
            m.kind = MentionKind::Other;
        }
        // "the Mackenzie Valley fibre line", "Rift Valley", "Okavango Delta": a name whose
        // last word is a landform's is a place.
        if m.kind == MentionKind::Person
            && m.last > m.first + 1
            && word_set!("landform_ends").contains(&doc.tokens[m.last - 1])
        {
            m.kind = MentionKind::Other;
        }
        // "à Saint-Denis de La Réunion", "à Sainte-Marie": a saint's town after "à" is a
        // place, no one's name.
        if m.kind == MentionKind::Person
            && m.first > 0
            && doc.tokens[m.first - 1].fold == "a"
            && crate::text::french_a(&doc.tokens[m.first - 1], doc.text)
            && ["saint-", "sainte-"]
                .iter()
                .any(|p| doc.tokens[m.first].fold.starts_with(p))
        {
            m.kind = MentionKind::Other;
        }
        if dateline_credit(doc, m) {
            m.kind = MentionKind::Outlet;
            m.bracket_of = None;
            links.retain(|&(a, b)| a != k && b != k);
        }
    }
    split_glued_pairs(doc, idx, &mut mentions, &mut links);
    // "the Sungai Petani and Batu Lintang industrial parks": names listed before a place's
    // noun are places, each of them.
    for k in (0..mentions.len().saturating_sub(1)).rev() {
        let (m, n) = (&mentions[k], &mentions[k + 1]);
        if m.kind == MentionKind::Person
            && n.first == m.last + 1
            && doc
                .tokens
                .get(m.last)
                .is_some_and(|t| matches!(t.fold.as_str(), "and" | "et" | ","))
            && named_place(doc, n.first, n.last)
            && !named_place(doc, m.first, m.last)
            && n.kind == MentionKind::Other
        {
            mentions[k].kind = MentionKind::Other;
        }
    }
    state_phrases(doc, idx, &mut mentions);
    known_as_links(doc, &mut mentions, &mut links);
    mark_context(doc, lang, lex, idx, g, &mut mentions);
    short_company_forms(doc, &mut mentions);
    city_possessives(doc, g, &mut mentions);
    let (clusters, cluster_of) = cluster(doc, g, &mentions, &links);
    Entities {
        mentions,
        clusters,
        cluster_of,
    }
}

/// "Armorique Data et Helvetia Secure ont signé", "University of Corlin and Vantor sign
/// …": two names the scanner read as one over "and" / "et", when the words after it begin
/// a longer name written elsewhere on its own ("d'Helvetia Secure", "Vantor Automotive
/// Kft."). The name is split in two at the conjunction; links and brackets follow.
fn split_glued_pairs(
    doc: &Doc<'_>,
    idx: &NameIndex,
    mentions: &mut Vec<Mention>,
    links: &mut [(usize, usize)],
) {
    let folds = |a: usize, b: usize| doc.tokens[a..b].iter().map(|t| t.fold.as_str());
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (n, m) in mentions.iter().enumerate() {
        if !matches!(
            m.kind,
            MentionKind::Org { gaz: None, .. } | MentionKind::Other
        ) {
            continue;
        }
        let Some(j) = (m.first + 2..m.last.saturating_sub(1)).find(|&j| {
            matches!(doc.tokens[j].fold.as_str(), "and" | "et")
                && doc.tokens[j - 1].cap
                && doc.tokens[j + 1].cap
        }) else {
            continue;
        };
        let tail = m.last - j - 1;
        // "Ministry of Communications and Digital Economy": after "of", an "and" joins the
        // parts of a portfolio; only a firm's longer name splits it off.
        let complement = folds(m.first, j).any(|f| word_set!("of_words").contains_str(f));
        let written_alone = mentions.iter().enumerate().any(|(o, om)| {
            let words = om.last - om.first;
            let kind_ok = if complement {
                words > tail
                    && matches!(
                        om.kind,
                        MentionKind::Org {
                            kind: Some(PartyKind::Company),
                            ..
                        }
                    )
            } else {
                matches!(om.kind, MentionKind::Org { .. } | MentionKind::Other)
            };
            o != n
                && words >= tail
                && words >= 2
                && kind_ok
                && folds(om.first, om.first + tail).eq(folds(j + 1, m.last))
                && !folds(om.first, om.last).any(|f| f == "and" || f == "et")
        });
        if written_alone {
            cuts.push((n, j));
        }
    }
    if cuts.is_empty() {
        return;
    }
    // Old index → new index of the first part; every later mention shifts by the cuts
    // before it.
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + cuts.len());
    let mut map: Vec<usize> = Vec::with_capacity(mentions.len());
    let mut c = 0;
    for (n, m) in mentions.drain(..).enumerate() {
        map.push(out.len());
        if cuts.get(c).is_some_and(|&(cn, _)| cn == n) {
            let j = cuts[c].1;
            c += 1;
            let kind_of = |a: usize, b: usize| match head_kind(doc, a, b, idx) {
                Some(k) => MentionKind::Org {
                    gaz: None,
                    kind: Some(k),
                },
                None => MentionKind::Other,
            };
            let mut head = m.clone();
            head.last = j;
            head.kind = kind_of(head.first, j);
            let mut rest = m;
            rest.first = j + 1;
            rest.kind = kind_of(j + 1, rest.last);
            rest.role_before = None;
            rest.honorific = false;
            rest.bracket_of = None;
            head.possessive = false;
            out.push(head);
            out.push(rest);
        } else {
            out.push(m);
        }
    }
    for m in &mut out {
        m.bracket_of = m.bracket_of.map(|o| map[o]);
    }
    for l in links.iter_mut() {
        *l = (map[l.0], map[l.1]);
    }
    *mentions = out;
}

/// Words that name a state itself before "of X" or a demonym: "the Government of Zambia",
/// "la République togolaise", "le Royaume du Maroc", "l'État du Sénégal".
fn is_state_head(fold: &str) -> bool {
    word_set!("is_state_head").contains_str(fold)
}

/// A state named with the words that name it as a state ("the Government of Zambia", "la
/// République togolaise", "le gouvernement sénégalais", "the Kenyan government") is one
/// mention of the state, not a body: the mention is widened over those words.
fn state_phrases(doc: &Doc<'_>, idx: &NameIndex, mentions: &mut [Mention]) {
    let connector = |k: usize| word_set!("state_phrases").contains(&doc.tokens[k]);
    for n in 0..mentions.len() {
        // Never over the mention before or after: mentions stay apart and in order.
        let floor = if n > 0 { mentions[n - 1].last } else { 0 };
        let ceiling = mentions.get(n + 1).map_or(doc.tokens.len(), |x| x.first);
        let m = &mut mentions[n];
        match m.kind {
            // "Government of Zambia" read as a body by its head word.
            MentionKind::Org { gaz: None, .. } | MentionKind::Other => {
                if !is_state_head(&doc.tokens[m.first].fold) {
                    continue;
                }
                let mut k = m.first + 1;
                while k < m.last && connector(k) {
                    k += 1;
                }
                if k == m.first + 1 || k >= m.last {
                    continue;
                }
                // "Government of the Republic of Zambia": heads and connectors again.
                while k + 1 < m.last && is_state_head(&doc.tokens[k].fold) && connector(k + 1) {
                    k += 1;
                    while k < m.last && connector(k) {
                        k += 1;
                    }
                }
                if let Some(h) = idx.longest_at(doc, k, m.last).filter(|h| h.last == m.last) {
                    if let Known::Country(c) = h.known {
                        m.kind = MentionKind::Country(c);
                    }
                }
            }
            MentionKind::Country(c) | MentionKind::Demonym(c) => {
                let demonym = matches!(m.kind, MentionKind::Demonym(_));
                // Back over "de la", "du", "of the" to a state head.
                let mut k = m.first;
                let mut steps = 0;
                while k > floor && steps < 3 && !demonym && connector(k - 1) {
                    k -= 1;
                    steps += 1;
                }
                if k > floor
                    && (steps > 0 || demonym)
                    && is_state_head(&doc.tokens[k - 1].fold)
                    && !doc.tokens[k].newline_before
                {
                    m.first = k - 1;
                    m.kind = MentionKind::Country(c);
                    continue;
                }
                // "the Kenyan government".
                if demonym
                    && m.last < ceiling
                    && doc
                        .tokens
                        .get(m.last)
                        .is_some_and(|t| matches!(t.fold.as_str(), "government" | "gouvernement"))
                {
                    m.last += 1;
                    m.kind = MentionKind::Country(c);
                    continue;
                }
                // "the Ghanaian police", "the Kenyan ICT ministry", "la police nigériane",
                // "le ministère sénégalais": a body described by its state's adjective, which
                // the state stands for.
                let body = |k: usize| {
                    doc.tokens
                        .get(k)
                        .is_some_and(|t| !t.cap && word_set!("described_bodies").contains(t))
                };
                if demonym {
                    if let Some(end) = (m.last..ceiling.min(m.last + 3))
                        .take_while(|&k| {
                            let t = &doc.tokens[k];
                            t.is_word() && (!t.cap || t.upper)
                        })
                        .find(|&k| body(k))
                    {
                        m.last = end + 1;
                        m.kind = MentionKind::Country(c);
                    } else if let Some(k) = (m.first.saturating_sub(3).max(floor)..m.first)
                        .rev()
                        .take_while(|&k| {
                            let t = &doc.tokens[k];
                            t.is_word() && !t.cap
                        })
                        .find(|&k| body(k))
                    {
                        // "la police nationale béninoise": an adjective may stand between.
                        m.first = k;
                        m.kind = MentionKind::Country(c);
                    }
                }
            }
            _ => {}
        }
    }
    described_body_complements(doc, mentions);
    plural_state_pairs(doc, mentions);
}

/// "le ministère sénégalais du Numérique et Harbor Digital", "the Kenyan ministry of ICT and
/// Harbor Digital": the complement after a body described by its state's adjective belongs
/// to that body, and the "and" after the complement opens the next name.
fn described_body_complements(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let connector = |k: usize| word_set!("state_phrases").contains(&doc.tokens[k]);
    for n in 1..mentions.len() {
        let (a, b) = (&mentions[n - 1], &mentions[n]);
        if !matches!(a.kind, MentionKind::Country(_))
            || !described_body(doc, a)
            || b.first <= a.last
            || b.first - a.last > 2
            || !(a.last..b.first).all(connector)
        {
            continue;
        }
        let Some(j) = (b.first + 1..b.last.saturating_sub(1))
            .take_while(|&j| doc.tokens[j].is_word())
            .find(|&j| is_and(&doc.tokens[j].fold))
        else {
            continue;
        };
        if (b.first..j).all(|k| is_cap_word(doc, k)) && is_cap_word(doc, j + 1) {
            mentions[n - 1].last = j;
            mentions[n].first = j + 1;
        }
    }
}

/// Whether a state's mention is a body its adjective describes ("the Kenyan ICT ministry",
/// "le ministère sénégalais"): it holds a lowercase noun of `described_bodies`.
fn described_body(doc: &Doc<'_>, m: &Mention) -> bool {
    described_noun(doc, m).is_some()
}

/// The token of the lowercase body noun in a state's mention that describes a body ("the
/// Kenyan ICT ministry": "ministry").
pub(crate) fn described_noun(doc: &Doc<'_>, m: &Mention) -> Option<usize> {
    (m.first..m.last).find(|&k| {
        let t = &doc.tokens[k];
        !t.cap && word_set!("described_bodies").contains(t)
    })
}

/// Whether a word names the governments of several states ("governments", "autorités").
fn is_plural_state_head(fold: &str) -> bool {
    matches!(
        fold,
        "governments" | "authorities" | "gouvernements" | "autorites"
    )
}

/// Two states named by their adjectives around one plural head: "the Kenyan and Ugandan
/// governments", "les gouvernements malien et nigérien", "les autorités sénégalaises et
/// ivoiriennes". Each adjective is a mention of its state, the head joins the last one.
fn plural_state_pairs(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let fold = |k: usize| doc.tokens.get(k).map_or("", |t| t.fold.as_str());
    for n in 1..mentions.len() {
        let (a, b) = (&mentions[n - 1], &mentions[n]);
        let (MentionKind::Demonym(ca), MentionKind::Demonym(cb)) = (a.kind, b.kind) else {
            continue;
        };
        if ca == cb || b.first != a.last + 1 || !is_and(fold(a.last)) {
            continue;
        }
        let after = is_plural_state_head(fold(b.last))
            && mentions.get(n + 1).is_none_or(|x| x.first > b.last);
        let before = a.first > 0 && is_plural_state_head(fold(a.first - 1));
        if !(after || before) {
            continue;
        }
        mentions[n - 1].kind = MentionKind::Country(ca);
        mentions[n].kind = MentionKind::Country(cb);
        if after {
            mentions[n].last += 1;
        }
    }
}

/// "… (CNVRI), known in English as the National Computer Watch and Response Centre",
/// "connu en anglais sous le nom de …", "also known as …": the name after the phrase is
/// another name of the organisation named just before, in the same sentence.
fn known_as_links(doc: &Doc<'_>, mentions: &mut [Mention], links: &mut Vec<(usize, usize)>) {
    for k in 1..mentions.len() {
        let m = &mentions[k];
        // A name in another language ("known in German as Stabsstelle Cyber-Sicherheit") is
        // a body's even when it looks like a person's.
        if !matches!(
            m.kind,
            MentionKind::Org { .. } | MentionKind::Other | MentionKind::Person
        ) {
            continue;
        }
        let mut j = m.first;
        if j > 0 && is_article(&doc.tokens[j - 1].fold) {
            j -= 1;
        }
        let before = |n: usize| -> Vec<&str> {
            doc.tokens[j.saturating_sub(n)..j]
                .iter()
                .map(|t| t.fold.as_str())
                .collect()
        };
        let in_language = || {
            let b = before(4);
            b.len() == 4
                && b[0] == "known"
                && b[1] == "in"
                && b[3] == "as"
                && word_set!("languages").contains_str(b[2])
        };
        if m.kind == MentionKind::Person && !in_language() {
            continue;
        }
        // "au nom de X" is "on behalf of X": only "sous le nom de" names.
        let cue = before(2) == ["known", "as"]
            || before(4) == ["sous", "le", "nom", "de"]
            || before(4) == ["sous", "le", "nom", "d'"]
            // "known in German as X": in any language.
            || in_language()
            // "plus connu sous son sigle anglais WAPP", "better known by its acronym X".
            || {
                let w = before(5);
                w.iter().any(|x| matches!(*x, "connu" | "connue" | "known"))
                    && w.iter().any(|x| {
                        matches!(*x, "sigle" | "acronyme" | "acronym" | "abbreviation")
                    })
            }

            // "trading as X", "which operates the X brand", "sous la marque X": a brand.
            || before(2) == ["trading", "as"]
            || before(3) == ["doing", "business", "as"]
            || before(3) == ["sous", "la", "marque"]
            || before(3) == ["exploite", "la", "marque"]
            || (j < m.first
                && matches!(before(1).as_slice(), ["operates" | "operating" | "under"])
                && doc.tokens.get(m.last).is_some_and(|t| t.fold == "brand"));
        if !cue {
            continue;
        }
        let s = doc.sentence_of.get(m.first).copied();
        // The organisation named last before the phrase (its bracketed acronym leads to it).
        // Only the few mentions just before are looked at.
        let Some(p) = (k.saturating_sub(6)..k).rev().find(|&p| {
            matches!(mentions[p].kind, MentionKind::Org { .. })
                && doc.sentence_of.get(mentions[p].first).copied() == s
                && m.first >= mentions[p].last
                && m.first - mentions[p].last <= 16
        }) else {
            continue;
        };
        let p = mentions[p].bracket_of.unwrap_or(p);
        if !matches!(mentions[k].kind, MentionKind::Org { .. }) {
            mentions[k].kind = MentionKind::Org {
                gaz: None,
                kind: None,
            };
        }
        links.push((p, k));
    }
}

/// "Doha's Pearl Cyber LLC": a body after a city's possessive is of the city's state.
fn city_possessives(doc: &Doc<'_>, g: &Gazetteer, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (p, m) = (&mentions[k - 1], &mentions[k]);
        let MentionKind::City(c) = p.kind else {
            continue;
        };
        if !p.possessive
            || m.first != p.last + 2
            || m.country.is_some()
            || !matches!(m.kind, MentionKind::Org { .. } | MentionKind::Other)
            || doc.tokens.get(p.last).is_some_and(|t| t.newline_before)
        {
            continue;
        }
        let iso = &g.cities[c].iso2;
        mentions[k].country = g.countries.iter().position(|x| &x.iso2 == iso);
    }
}

/// "PT Menara Siber Nusantara Tbk … Menara Siber president director …": two capitalised
/// words read as a person's name that stand, in that order, inside a company's name the
/// text gives (or are that whole name) are that company's short form, unless a title or an
/// honorific marks them as a person.
fn short_company_forms(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let folds = |m: &Mention| -> Vec<&str> {
        doc.tokens[m.first..m.last]
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .map(|t| t.fold.as_str())
            .collect()
    };
    let companies: Vec<(Vec<&str>, MentionKind)> = mentions
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionKind::Org {
                    kind: Some(PartyKind::Company),
                    ..
                }
            )
        })
        .map(|m| (folds(m), m.kind))
        .filter(|(w, _)| w.len() >= 2)
        .take(64)
        .collect();
    if companies.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Person || m.honorific || m.role_before.is_some() {
            continue;
        }
        let words = folds(m);
        if let Some((_, kind)) = companies.iter().find(|(c, _)| {
            // "la société Dahomey Secure … directeur général de Dahomey Secure": the
            // company's whole name too.
            *c == words
                || (c.len() >= 3
                    && c.len() > words.len()
                    && c.windows(words.len()).any(|w| w == words))
        }) {
            m.kind = *kind;
        }
    }
}

/// Whether a mention opens its line and a comma and a date follow it ("Port Adela, 12 May
/// 2025", "Lake Oranto, Oct. 21"): the place of a dateline.
fn dateline_place(doc: &Doc<'_>, m: &Mention) -> bool {
    let toks = &doc.tokens;
    let month = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                crate::lexicon::curated().calendar.get(t),
                Some(crate::lexicon::Calendar::Month(_))
            )
        })
    };
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Num);
    let c = m.last + 1;
    // "Port Selwyn -- The ministry …": a name opening its line before a dash and prose.
    let dash = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Punct && t.fold.bytes().all(|b| b == b'-'))
    };
    (m.first == 0 || toks[m.first].newline_before)
        && (toks.get(m.last).is_some_and(|t| t.is_punct(","))
            && ((num(c) && month(c + 1)) || (month(c) && (num(c + 1) || num(c + 2))))
            || dash(m.last) && (dash(c) || toks.get(c).is_some_and(|t| t.cap && !t.newline_before)))
}

/// Whether a mention is the credit of a dateline: a name alone in brackets, followed by a
/// dash, within the first words of a line that opens with a word in capitals, right after
/// a date or a place ("JAKARTA, Sept. 18 (Asia Tech Wire) -", "LIMA (Andes Wire) —").
fn dateline_credit(doc: &Doc<'_>, m: &Mention) -> bool {
    if !matches!(
        m.kind,
        MentionKind::Org { .. } | MentionKind::Other | MentionKind::Person
    ) || m.first < 2
    {
        return false;
    }
    let toks = &doc.tokens;
    // The tokenizer folds en and em dashes to "-".
    let dash = |k: usize| toks.get(k).is_some_and(|t| t.is_punct("-"));
    if !toks[m.first - 1].is_punct("(") || !toks.get(m.last).is_some_and(|t| t.is_punct(")")) {
        return false;
    }
    if !dash(m.last + 1) {
        return false;
    }
    let before = &toks[m.first - 2];
    if !(before.kind == TokKind::Num || before.upper || before.cap || before.is_punct(".")) {
        return false;
    }
    let s = doc.sentence_of.get(m.first).copied().unwrap_or(0);
    let Some(sent) = doc.sentences.get(s) else {
        return false;
    };
    let start = doc.lines[sent.line].tokens.0.max(sent.tokens.0);
    let opens_caps = toks
        .get(start)
        .is_some_and(|t| t.is_word() && t.upper && t.fold.chars().count() >= 3);
    opens_caps && m.first - start <= 14
}

/// The first of the mentions that the acronym in the bracket `inner` after mention `m`
/// spells together with `m`, when it does not spell `m` alone: "National Office of Secure
/// Communications and Information Defence (NOSCID)", "Incident Response Team – Indian
/// Ocean Rim (IRT-IOR)", or a known body's name run on by words the scan cut off ("ASEAN
/// Regional Incident Coordination Capability (ARICC)").
fn acronym_run_start(
    doc: &Doc<'_>,
    mentions: &[Mention],
    m: usize,
    inner: (usize, usize),
) -> Option<usize> {
    if inner.1 != inner.0 + 1 || !doc.tokens[inner.0].upper {
        return None;
    }
    let acronym = doc.tokens[inner.0].fold.as_str();
    let words = |a: usize, b: usize| -> Vec<&str> {
        doc.tokens[a..b]
            .iter()
            .filter(|t| t.is_word() && !is_and(&t.fold))
            .map(|t| t.fold.as_str())
            .collect()
    };
    let name_like = |x: &Mention| {
        matches!(
            x.kind,
            MentionKind::Org { .. }
                | MentionKind::Other
                | MentionKind::Person
                | MentionKind::Demonym(_)
                | MentionKind::Country(_)
        )
    };
    let place = |x: &Mention| matches!(x.kind, MentionKind::Demonym(_) | MentionKind::Country(_));
    let last = &mentions[m];
    if !name_like(last) || acronym_matches(acronym, &words(last.first, last.last)) {
        return None;
    }
    for n in 1..=6 {
        if m < n {
            break;
        }
        let start = m - n;
        let known_first = matches!(mentions[start].kind, MentionKind::Org { gaz: Some(_), .. });
        // "Ministry of Trade, Co-operatives, Small and Medium Enterprises and
        // Communications (MTCSMEC)": a body's head word opens a portfolio the acronym
        // spells through commas and "and"s.
        // "Superintendency of Banking, Insurance and …": a name "X of Y" of no known head
        // opens a portfolio too.
        let headed = (matches!(mentions[start].kind, MentionKind::Org { kind: Some(_), .. })
            || (mentions[start].kind == MentionKind::Other
                && (mentions[start].first + 1..mentions[start].last)
                    .any(|k| matches!(doc.tokens[k].fold.as_str(), "of" | "de"))))
            && mentions[start].last > mentions[start].first + 1;
        // "… and Private Pension Funds": inside such a portfolio, names of no kind side by
        // side are one.
        let fragment = |x: &Mention| matches!(x.kind, MentionKind::Other | MentionKind::Person);
        let comma = |k: usize| doc.tokens[k].is_punct(",");
        let chained = (start + 1..=m).all(|j| {
            let (p, q) = (&mentions[j - 1], &mentions[j]);
            name_like(p)
                && ((p.last + 1 == q.first
                    && (is_and(&doc.tokens[p.last].fold)
                        || doc.tokens[p.last].is_punct("-")
                        || (headed && comma(p.last))))
                    || (headed
                        && p.last + 2 == q.first
                        && comma(p.last)
                        && is_and(&doc.tokens[p.last + 1].fold))
                    || ((known_first || place(p) || (headed && fragment(p) && fragment(q)))
                        && p.last == q.first
                        && doc.tokens[q.first].space_before))
        });
        if !chained || place(&mentions[start]) {
            continue;
        }
        if n > 3 && !headed {
            break;
        }
        // Beyond a pair, or up to a name read as a person's, only a known body's name run
        // on, a place's name inside ("Indian Ocean Rim") or a head word's portfolio.
        let glued_place = (start + 1..m).any(|j| place(&mentions[j]));
        if (n > 1 || last.kind == MentionKind::Person) && !known_first && !glued_place && !headed {
            continue;
        }
        let p = &mentions[start];
        // A leading word the acronym leaves out ("Ukrainian State Service …").
        if (p.first..(p.first + 2).min(p.last))
            .any(|a| acronym_matches(acronym, &words(a, last.last)))
        {
            return Some(start);
        }
        // "Superintendency of Banking, Insurance and Private Pension Funds (SBIP)": a head
        // word's portfolio listed through commas, whose acronym leaves out two of its words.
        let listed = (p.last..last.first).any(comma);
        if headed
            && listed
            && letters_match_skips(
                &acronym_letters(acronym),
                &content_letters(&words(p.first, last.last)),
                2,
            )
        {
            return Some(start);
        }
    }
    None
}

/// Whether the word opening the sentence `a..b` is a name: capitalised, no function word,
/// common word, head, role or calendar word, followed by "and" / "et" and another
/// capitalised name, in a sentence with a signing or partnering verb; or followed by that
/// verb (after "has", "a" or an apposition between commas) with a partner after "with" /
/// "avec" / "à": "Qorvane partners with X", "Qorvane, a Nairobi start-up, signed … with X",
/// "Qorvane a signé avec X".
fn opens_signing_list(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    lang: Lang,
    lex: &Lexicon,
    idx: &NameIndex,
) -> bool {
    let Some(t) = doc.tokens.get(a) else {
        return false;
    };
    if a + 2 >= b
        || !is_cap_word(doc, a)
        || t.upper
        || LEADING_STOP.contains(t)
        || COMMON_WORDS.contains(t)
        || idx.head_kind(doc, a).is_some()
        || idx.is_role_word(doc, a)
        || idx.is_honorific(doc, a)
        || is_calendar(doc, a)
        || idx.longest_at(doc, a, b).is_some()
    {
        return false;
    }
    // "Velastra, the Italian defence group, and the Malta Cyber Agency signed": an
    // apposition in lowercase between the name and the "and".
    let mut and_at = a + 1;
    if doc.tokens[a + 1].is_punct(",") && doc.tokens[a + 2].is_word() && !doc.tokens[a + 2].cap {
        if let Some(close) = (a + 3..b.min(a + 14)).find(|&k| doc.tokens[k].is_punct(",")) {
            if doc.tokens.get(close + 1).is_some_and(|t| is_and(&t.fold)) {
                and_at = close + 1;
            }
        }
    }
    if !is_and(&doc.tokens[and_at].fold) {
        return opens_frame_alone(doc, a, b, lang, lex);
    }
    let next = if doc
        .tokens
        .get(and_at + 1)
        .is_some_and(|t| is_article(&t.fold))
    {
        and_at + 2
    } else {
        and_at + 1
    };
    if !is_cap_word(doc, next) {
        return false;
    }
    !lex.cue(Cue::Sign).find(doc, a, b, lang).is_empty()
        || !lex.cue(Cue::Partner).find(doc, a, b, lang).is_empty()
}

/// The second shape of [`opens_signing_list`]: the opening word, alone, is the subject of a
/// signing or partnering verb that has a partner after "with", "avec" or "à". Plurals of
/// common nouns ("Officials", "Researchers", "Authorities") and given names are no brand.
fn opens_frame_alone(doc: &Doc<'_>, a: usize, b: usize, lang: Lang, lex: &Lexicon) -> bool {
    let t = &doc.tokens[a];
    if crate::given_names::is_given_name(&t.fold)
        || word_list!("plural_endings")
            .iter()
            .any(|x| t.fold.ends_with(x))
    {
        return false;
    }
    let mut k = a + 1;
    // "Qorvane, a Nairobi-based start-up, signed …", "Qorvane, which supplies banks, has
    // signed …": an apposition or a relative clause in lowercase.
    if doc.tokens[k].is_punct(",") {
        let opens = doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| word_set!("opens_frame_alone").contains(n) && !n.cap);
        match (k + 2..b.min(k + 14)).find(|&j| doc.tokens[j].is_punct(",")) {
            Some(close) if opens => k = close + 1,
            _ => return false,
        }
    }
    while k < b && matches!(doc.tokens[k].fold.as_str(), "has" | "have" | "a" | "ont") {
        k += 1;
    }
    let hit = [Cue::Sign, Cue::Partner]
        .iter()
        .find_map(|&c| lex.cue(c).longest_at(doc, k, b, lang));
    let Some(h) = hit else {
        return false;
    };
    // "Varnholt also announced …" after "Varnholt Security": a short form, which the later
    // stages read as such.
    let short_form = (a.saturating_sub(2000)..a).any(|j| {
        doc.tokens[j].id == t.id && doc.tokens[j].fold == t.fold && is_cap_word(doc, j + 1)
    });
    if short_form {
        return false;
    }
    (h.last.saturating_sub(1)..b.min(h.last + 8)).any(|j| {
        matches!(doc.tokens[j].fold.as_str(), "with" | "avec" | "a" | "au")
            && doc
                .tokens
                .get(j + 1)
                .is_some_and(|n| n.cap || is_article(&n.fold))
    })
}

/// A bracket's inside `inner` that holds a body's name in another language, with or
/// without its acronym after a comma: "Instituto Tecnológico de Marisol, ITMA",
/// "Centrum voor Digitale Weerbaarheid, CDW", "Agenția Națională pentru Securitate
/// Cibernetică". The name runs from a capitalised word, over words only (the small words of
/// any language inside it), for two words or more; the acronym is one word in capitals.
/// The ranges of the name and of the acronym.
fn native_forms(doc: &Doc<'_>, inner: (usize, usize)) -> Option<Vec<(usize, usize)>> {
    let toks = &doc.tokens;
    let (f, l) = inner;
    let acronym = l >= f + 4
        && toks[l - 2].is_punct(",")
        && toks[l - 1].upper
        && toks[l - 1].is_word()
        && toks[l - 1].fold.len() <= 10;
    let end = if acronym { l - 2 } else { l };
    let name = &toks[f..end];
    let words = name.iter().filter(|t| t.is_word()).count();
    let ok = words >= 2
        && toks[f].cap
        && !toks[f].upper
        && toks[end - 1].is_word()
        && name
            .iter()
            .all(|t| t.is_word() || t.is_punct("'") || t.is_punct("-"))
        // "(Helen Ashdown, CEO)": a person and a title are not a body's names.
        && !(crate::given_names::is_given_name(&toks[f].fold) && words <= 3)
        && !name.iter().any(|t| is_and(&t.fold));
    if !ok {
        return None;
    }
    let mut out = vec![(f, end)];
    if acronym {
        out.push((l - 1, l));
    }
    Some(out)
}

/// A bracket at token `i` right after "the" / "l'" and a body's noun ("The institute
/// (Országos Kibervédelmi Intézet, OKVI)", "the regulator (ZRA)"), that holds a name in
/// another language, an acronym, or both: pushes them as names of the last body before it
/// whose name has the noun ("National Institute for …", "Zandara Regulatory Authority");
/// the token after the bracket.
fn back_bracket(
    doc: &Doc<'_>,
    i: usize,
    b: usize,
    mentions: &mut Vec<Mention>,
    links: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    let toks = &doc.tokens;
    if i < 2 || !toks[i].is_punct("(") {
        return None;
    }
    let noun = &toks[i - 1];
    if !noun.is_word()
        || noun.cap
        || !word_set!("back_body_nouns").contains(noun)
        || !matches!(
            toks[i - 2].fold.as_str(),
            "the" | "this" | "la" | "le" | "l'" | "cette" | "cet"
        )
    {
        return None;
    }
    let (inner, close) = bracket_after(doc, i, b)?;
    let forms = match native_forms(doc, inner) {
        Some(forms) => forms,
        None if inner.1 == inner.0 + 1
            && toks[inner.0].upper
            && toks[inner.0].is_word()
            && !NOT_ORG_ACRONYMS.contains(&toks[inner.0]) =>
        {
            vec![inner]
        }
        None => return None,
    };
    let fold = noun.fold.as_str();
    let stem = fold.get(..5).unwrap_or(fold);
    let referent = mentions.iter().rposition(|m| {
        m.last + 1 < i
            && i - m.last < 400
            && m.bracket_of.is_none()
            && matches!(m.kind, MentionKind::Org { .. })
            && (m.first..m.last).any(|j| toks[j].fold.starts_with(stem))
    })?;
    for (f, l) in forms {
        push_bracket_name(mentions, links, referent, f, l);
    }
    Some(close)
}

/// The token range inside a bracket that opens at `at`: `((first, last), after_close)`.
fn bracket_after(doc: &Doc<'_>, at: usize, end: usize) -> Option<((usize, usize), usize)> {
    let t = doc.tokens.get(at)?;
    if !t.is_punct("(") || at + 1 >= end {
        return None;
    }
    let mut first = at + 1;
    let close = (first..end.min(at + 16)).find(|&k| doc.tokens[k].is_punct(")"))?;
    let mut last = close;
    // Quotes inside: ("ICI Bucharest")
    while first < last && doc.tokens[first].kind == TokKind::Punct && doc.tokens[first].fold == "\""
    {
        first += 1;
    }
    while last > first
        && doc.tokens[last - 1].kind == TokKind::Punct
        && doc.tokens[last - 1].fold == "\""
    {
        last -= 1;
    }
    (first < last && last - first <= 12).then_some(((first, last), close + 1))
}

/// A bracket at token `at` that holds a stock listing ("(NASDAQ: BRNR)", "(Euronext
/// Paris: ABC)", "(TSX: XYZ; OTCQB: XYZF)"): the token after its close.
fn ticker_bracket(doc: &Doc<'_>, at: usize, end: usize) -> Option<usize> {
    let toks = &doc.tokens;
    if !toks.get(at)?.is_punct("(") {
        return None;
    }
    let close = (at + 1..end.min(at + 14)).find(|&k| toks[k].is_punct(")"))?;
    let colon = (at + 2..close).find(|&k| toks[k].is_punct(":"))?;
    let exchange = toks[at + 1..colon]
        .iter()
        .all(|t| t.is_word() && (t.cap || t.upper))
        && toks[at + 1].upper;
    let symbol = toks
        .get(colon + 1)
        .is_some_and(|t| colon + 1 < close && (t.upper || t.kind == TokKind::Num));
    (exchange && symbol).then_some(close + 1)
}

/// Scans one entity at token `i` (sentence `a..b`); returns where to continue.
#[allow(clippy::too_many_arguments)]
fn scan_at(
    doc: &Doc<'_>,
    i: usize,
    a: usize,
    b: usize,
    lang: Lang,
    lex: &Lexicon,
    idx: &NameIndex,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) -> usize {
    // An honorific at the end of a sentence ("M. ") leaves nothing to scan.
    let Some(t) = doc.tokens.get(i).filter(|_| i < b) else {
        return i + 1;
    };
    if t.kind != TokKind::Word {
        return i + 1;
    }
    // "His Highness Sheikh X", "Son Altesse X": the honorific after the possessive opens.
    if matches!(t.fold.as_str(), "his" | "her" | "son" | "sa") && idx.is_honorific(doc, i + 1) {
        return i + 1;
    }
    let known = idx.longest_at(doc, i, b);
    // "Le Programme des Nations unies pour le développement": a known body's name after a
    // capitalised word that opens no name is read from its own first word.
    if known.is_none()
        && is_cap_word(doc, i)
        && LEADING_STOP.contains(t)
        && idx
            .longest_at(doc, i + 1, b)
            .is_some_and(|h| matches!(h.known, Known::Org { .. }) && h.last > i + 2)
    {
        return i + 1;
    }
    // Demonyms in French are lowercase adjectives: take them as they come.
    if let Some(h) = known {
        if let Known::Demonym(c) = h.known {
            if !is_cap_word(doc, i) || !is_cap_word(doc, h.last) {
                push(out, h.first, h.last, MentionKind::Demonym(c));
                return h.last;
            }
        }
    }
    // "les gouvernements de l'Ontario, du Manitoba et du Yukon": one body an item.
    if matches!(t.fold.as_str(), "gouvernements" | "governments") {
        if let Some(end) = plural_government_list(doc, i, b, lang, idx, out) {
            return end;
        }
    }
    // "la gendarmerie nationale et X ont signé", "la police fédérale": a national force
    // French writes all in lowercase, after its article.
    if lang == Lang::Fr
        && !(t.cap || t.upper)
        && word_set!("lower_forces").contains(t)
        && i > 0
        && is_article(&doc.tokens[i - 1].fold)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| !n.cap && word_set!("lower_force_adjectives").contains(n))
    {
        push(
            out,
            i,
            i + 2,
            MentionKind::Org {
                gaz: None,
                kind: Some(PartyKind::Government),
            },
        );
        return i + 2;
    }
    // "le ministère de la Transformation numérique": French writes some heads in lowercase.
    if !(t.cap || t.upper) {
        if lang == Lang::Fr && LOWER_HEADS.contains(t) {
            let mut k = i + 1;
            // "le ministère sénégalais de l'Économie numérique": the state's adjective
            // between the head and its complement is part of the name.
            let mut adjective_state = None;
            if let Some(h) = idx.longest_at(doc, k, b).filter(|_| !doc.tokens[k].cap) {
                if let Known::Demonym(c) = h.known {
                    if doc
                        .tokens
                        .get(h.last)
                        .is_some_and(|n| matches!(n.fold.as_str(), "de" | "du" | "des" | "d'"))
                    {
                        adjective_state = Some(c);
                        k = h.last;
                    }
                }
            }
            if doc
                .tokens
                .get(k)
                .is_some_and(|n| matches!(n.fold.as_str(), "de" | "du" | "des" | "d'"))
            {
                k += 1;
                if doc
                    .tokens
                    .get(k)
                    .is_some_and(|n| is_article(&n.fold) && !n.cap)
                {
                    k += 1;
                }
                // "l'école d'ingénieurs de Montclair": a lowercase noun of a school's
                // complement, then "de" and the proper name ("le conseil d'administration
                // de X" is X's board).
                if idx.org_heads.get(t) == Some(&PartyKind::Academic)
                    && doc.tokens.get(k).is_some_and(|n| {
                        n.is_word() && !n.cap && !n.upper && !FR_TAIL_STOP.contains(n)
                    })
                    && doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.fold.as_str(), "de" | "du" | "d'"))
                    && is_cap_word(doc, k + 2)
                {
                    k += 2;
                }
                if is_cap_word(doc, k) {
                    let (_, ce) = chunk(doc, k, b, lang, idx);
                    let mut ce = french_tail(doc, ce, b, idx);
                    // "le ministère du Numérique et Harbor Digital": after "et", a company's
                    // head word and a proper word of its own name another body (as in
                    // `chunk`).
                    let proper = |x: usize| {
                        own_name_word(doc, x, idx) && !adjective_like(&doc.tokens[x].fold)
                    };
                    if let Some(j) = (k + 1..ce).find(|&j| {
                        doc.tokens[j].fold == "et"
                            && ce >= j + 3
                            && (j + 1..ce).all(|x| is_cap_word(doc, x))
                            && run_head(doc, j + 1, ce, idx) == Some(PartyKind::Company)
                            && (j + 1..ce).any(proper)
                    }) {
                        ce = j;
                    }
                    // "le gouvernement du Québec" is a body; "le gouvernement du Sénégal"
                    // is the state itself, read as such below.
                    let state = t.fold == "gouvernement"
                        && idx
                            .longest_at(doc, k, ce)
                            .is_some_and(|h| matches!(h.known, Known::Country(_)));
                    if ce > k && !state {
                        // "l'université de Valmont" is academic, like its capitalised form.
                        let kind = idx
                            .org_heads
                            .get(t)
                            .copied()
                            .or(Some(PartyKind::Government));
                        push(out, i, ce, MentionKind::Org { gaz: None, kind });
                        if let Some(m) = out.last_mut().filter(|_| adjective_state.is_some()) {
                            m.country = adjective_state;
                        }
                        return ce;
                    }
                }
            }
        }
        return i + 1;
    }
    // A web address ("SENENEWS.COM", "Azernews.Az", "www.example.org") or a wire name
    // ("OREANDA-NEWS") is the outlet.
    if is_web_or_wire(doc, i) {
        let mut k = i + 1;
        while k + 1 < b
            && doc.tokens[k].is_punct(".")
            && !doc.tokens[k].space_before
            && !doc.tokens[k + 1].space_before
            && doc.tokens[k + 1].fold.len() <= 4
        {
            k += 2;
        }
        push(out, i, k, MentionKind::Outlet);
        return k;
    }
    // "HK$5.1 billion", "NZ$40m", "US$2": a currency's country code glued to its sign.
    if doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| !n.space_before && matches!(n.fold.as_str(), "$" | "€" | "£"))
        && doc.tokens[i].fold.len() <= 3
    {
        return i + 1;
    }
    if idx.is_honorific(doc, i) {
        // "M." / "H.E." / "Dr." / "Dato'": skip the honorific and its dots or apostrophe.
        let skip = |mut k: usize| {
            // "W/ro": the slash and the rest of the title.
            if k + 1 < b && doc.tokens[k].is_punct("/") && !doc.tokens[k].space_before {
                k += 2;
            }
            while k < b
                && (doc.tokens[k].is_punct(".")
                    || doc.tokens[k].fold == "'"
                    || (doc.tokens[k].fold.len() == 1 && doc.tokens[k].upper))
            {
                k += 1;
            }
            k
        };
        // A run of six honorifics is no one's title ("Dr. Dr. Dr. …"): passed over, so that
        // the honorifics of a name are read in a few nested calls, never thousands.
        let (mut run, mut n) = (i, 0);
        while run < b && n < 6 && idx.is_honorific(doc, run) {
            run = skip(run + 1);
            n += 1;
        }
        if n == 6 {
            return run;
        }
        let k = skip(i + 1);
        // "Dr. Emir Hadžić", "Mr Sultan Ali": after an honorific, a title that is also a
        // given name opens the person's name.
        if k > i + 1
            && k + 1 < b
            && idx.is_honorific(doc, k)
            && crate::given_names::is_given_name(&doc.tokens[k].fold)
            && is_cap_word(doc, k + 1)
            && !doc.tokens[k + 1].upper
            && !idx.is_honorific(doc, k + 1)
            && idx.head_kind(doc, k + 1).is_none()
        {
            let mut j = k + 1;
            while j < b && j < k + 4 && is_cap_word(doc, j) && idx.head_kind(doc, j).is_none() {
                j += 1;
            }
            push(out, k, j, MentionKind::Person);
            if let Some(m) = out.last_mut() {
                m.honorific = true;
            }
            return j;
        }
        // "H.E." = H . E . : the loop above only skips single letters that are upper
        let start = out.len();
        let next = scan_at(doc, k.max(i + 1), a, b, lang, lex, idx, g, out);
        if out.len() > start {
            let m = &mut out[start];
            // "King Abdulaziz University", "Prince Sultan College": a body named after a
            // person keeps the title in its name.
            let named_after = m.first == k
                && k == i + 1
                && m.last - m.first >= 2
                && matches!(m.kind, MentionKind::Org { .. })
                && idx
                    .head_kind(doc, m.last - 1)
                    .is_some_and(|h| h != PartyKind::Company && h != PartyKind::Government);
            if named_after {
                m.first = i;
                return next;
            }
            m.honorific = true;
            if m.kind == MentionKind::Other && m.last - m.first == 1 {
                m.kind = MentionKind::Surname;
            } else if m.kind == MentionKind::Other
                && m.last - m.first <= 5
                && !idx.is_role_word(doc, m.last)
                && (m.first..m.last).all(|k| {
                    (is_cap_word(doc, k) || PARTICLES.contains(&doc.tokens[k]))
                        && idx.head_kind(doc, k).is_none()
                        && !idx.is_role_word(doc, k)
                })
            {
                // "Mme Altagracia NDIAYE PEGUERO": capitalised words after an honorific,
                // none a body's head word, are a person's name.
                m.kind = MentionKind::Person;
            }
        }
        return next;
    }
    // "… Signs Cyber Deal With Paraguay": a signing verb of a headline opens no name.
    if known.is_none() && title_verb(doc, i, b, lang) {
        return i + 1;
    }
    let (cs, ce) = chunk(doc, i, b, lang, idx);
    let chunk_len = ce.saturating_sub(cs);
    if let Some(h) = known {
        // "Leonardo S.p.A.", "Orange SA": a known company's legal form stays in its name.
        let mut last = h.last;
        if matches!(h.known, Known::Org { .. }) && glued_centre(doc, last) {
            last += 2;
        }
        // "Viettel (Cambodia) Pte., Ltd.": a known firm's local company, its country in
        // brackets before the legal form.
        if matches!(h.known, Known::Org { .. })
            && doc.tokens.get(last).is_some_and(|t| t.is_punct("("))
        {
            if let Some(form) = bracketed_country_form(doc, last, b, false) {
                last = form;
            }
        }
        if matches!(h.known, Known::Org { .. })
            && doc
                .tokens
                .get(last)
                .is_some_and(|t| t.space_before && t.cap)
        {
            let word = &doc.tokens[last].fold;
            if let Some(end) = dotted_legal_form(doc, last) {
                last = end;
            } else if let Some(end) = paired_legal_form(doc, last, b) {
                // "Samsung SDS Co. Ltd", "KT Corp., Ltd.": a legal form, its full stop, the last.
                last = end;
                // Its full stop too, as `chunk` reads it, unless it ends the sentence.
                if last + 1 < b && doc.tokens[last].is_punct(".") && !doc.tokens[last].space_before
                {
                    last += 1;
                }
            } else if last + 1 < b && is_legal_form(word) {
                last += 1;
            } else if let Some(end) = local_company(doc, last, b) {
                // "Thales Nederland B.V.", "Kaspersky Lab Africa Ltd": a known firm's local
                // company, a word or three and its legal form.
                last = end;
            }
        }
        if last >= ce || chunk_len == 0 {
            let kind = match h.known {
                Known::Org { idx: gi, .. } => MentionKind::Org {
                    gaz: Some(gi),
                    kind: Some(g.orgs[gi].kind),
                },
                Known::Outlet => MentionKind::Outlet,
                Known::Country(c) => MentionKind::Country(c),
                Known::Demonym(c) => MentionKind::Demonym(c),
                Known::City(c) => MentionKind::City(c),
            };
            push(out, h.first, last, kind);
            return last;
        }
    }
    if chunk_len == 0 {
        return i + 1;
    }
    classify_chunk(doc, cs, ce, a, lex, idx, g, out, lang);
    ce
}

/// "Co. Ltd", "Corp., Ltd.", "Pty. Ltd": at token `j` a legal form (or "Co") with its full
/// stop, a comma or not, then a second legal form before token `b`. Where the second ends.
fn paired_legal_form(doc: &Doc<'_>, j: usize, b: usize) -> Option<usize> {
    let first = &doc.tokens.get(j)?.fold;
    if !(is_legal_form(first) || first == "co") || !glued_stop(doc, j + 1) {
        return None;
    }
    let mut n = j + 2;
    if doc.tokens.get(n).is_some_and(|c| c.is_punct(",")) {
        n += 1;
    }
    (n < b && is_cap_word(doc, n) && is_legal_form(&doc.tokens[n].fold)).then_some(n + 1)
}

/// Where the name of a known firm's local company ends, when one to three capitalised words
/// at token `k` (its country or line of business) and a legal form follow the firm's name
/// ("Nederland B.V.", "Africa Ltd", "Zambia Co. Ltd").
fn local_company(doc: &Doc<'_>, k: usize, b: usize) -> Option<usize> {
    let mut j = k;
    let co = |j: usize| doc.tokens[j].fold == "co";
    while j < b.min(k + 3)
        && is_cap_word(doc, j)
        && !is_legal_form(&doc.tokens[j].fold)
        && !co(j)
        && dotted_legal_form(doc, j).is_none()
    {
        j += 1;
    }
    if j == k || j >= b {
        return None;
    }
    if let Some(end) = dotted_legal_form(doc, j) {
        return Some(end);
    }
    if !is_cap_word(doc, j) || !(is_legal_form(&doc.tokens[j].fold) || co(j)) {
        return None;
    }
    paired_legal_form(doc, j, b).or((!co(j)).then_some(j + 1))
}

/// "the governments of Ontario, Quebec and Manitoba", "les gouvernements de l'Ontario, de
/// la Nouvelle-Écosse et du Yukon": each item after the plural head is a body (a state
/// stays a state: "les gouvernements du Sénégal et du Mali"). At least two items; gives
/// the token after the last.
fn plural_government_list(
    doc: &Doc<'_>,
    i: usize,
    b: usize,
    lang: Lang,
    idx: &NameIndex,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let conn = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| !t.cap && matches!(t.fold.as_str(), "of" | "de" | "du" | "des" | "d'"))
    };
    if !conn(i + 1) {
        return None;
    }
    let mut items: Vec<(usize, usize, MentionKind)> = Vec::new();
    let mut k = i + 1;
    loop {
        let mut j = k;
        if conn(j) {
            j += 1;
        }
        if j < b && is_article(&doc.tokens[j].fold) && !doc.tokens[j].cap {
            j += 1;
        }
        if j >= b || !is_cap_word(doc, j) {
            break;
        }
        let (cs, ce) = chunk(doc, j, b, lang, idx);
        if cs != j || ce <= j {
            break;
        }
        let kind = match idx.longest_at(doc, j, ce) {
            Some(h) if h.last == ce => match h.known {
                Known::Country(c) => MentionKind::Country(c),
                _ => MentionKind::Org {
                    gaz: None,
                    kind: Some(PartyKind::Government),
                },
            },
            _ => MentionKind::Org {
                gaz: None,
                kind: Some(PartyKind::Government),
            },
        };
        items.push((j, ce, kind));
        k = ce;
        if doc.tokens.get(k).is_some_and(|t| t.is_punct(",")) {
            k += 1;
        }
        if doc.tokens.get(k).is_some_and(|t| is_and(&t.fold)) {
            k += 1;
        }
        if k == ce || k >= b {
            break;
        }
    }
    if items.len() < 2 {
        return None;
    }
    let end = items.last().map_or(i + 1, |x| x.1);
    for (s, e, kind) in items {
        push(out, s, e, kind);
    }
    Some(end)
}

/// The name of a body that an item of a plural "governments of" list stands for
/// ([`plural_government_list`]): "gouvernement de l'Ontario", "Government of Quebec".
fn plural_government_name(doc: &Doc<'_>, m: &Mention) -> Option<String> {
    // The item's own connector and article: "de l'", "de la", "du", "des", "of".
    let mut c = m.first;
    if c > 0 && is_article(&doc.tokens[c - 1].fold) && !doc.tokens[c - 1].cap {
        c -= 1;
    }
    let own = c > 0
        && matches!(
            doc.tokens[c - 1].fold.as_str(),
            "of" | "de" | "du" | "des" | "d'"
        );
    if own {
        c -= 1;
    } else {
        c = m.first;
    }
    // Back over the other items to the plural head.
    let mut k = c;
    let mut steps = 0;
    while k > 0 && steps < 80 {
        k -= 1;
        steps += 1;
        let t = &doc.tokens[k];
        if t.newline_before && k + 1 < c {
            return None;
        }
        match t.fold.as_str() {
            "gouvernements" => {
                let tail = if own {
                    doc.slice(c, m.last).to_string()
                } else {
                    format!("de {}", doc.slice(m.first, m.last))
                };
                return Some(format!("gouvernement {tail}"));
            }
            "governments" => return Some(format!("Government of {}", doc.slice(m.first, m.last))),
            "," | "and" | "et" | "of" | "de" | "du" | "des" | "d'" | "la" | "l'" | "le" | "the" => {
            }
            _ if t.cap || t.is_punct("-") => {}
            _ => return None,
        }
    }
    None
}

/// Heads that French writes in lowercase before a capitalised complement.
static LOWER_HEADS: crate::vocab::List = crate::vocab::List::named("lower_heads");

/// Nouns that make the next proper name an organisation of kind "other".
static OTHER_ORG_NOUNS: crate::vocab::List = crate::vocab::List::named("other_org_nouns");

/// Top-level domains that make "NAME.tld" a web address.
static TLDS: crate::vocab::List = crate::vocab::List::named("tlds");

fn is_web_or_wire(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.fold.ends_with("-news") || t.fold.starts_with("news-") || t.fold == "www" {
        return true;
    }
    doc.tokens
        .get(i + 1)
        .is_some_and(|d| d.is_punct(".") && !d.space_before)
        && doc
            .tokens
            .get(i + 2)
            .is_some_and(|n| !n.space_before && TLDS.contains(n))
        && !doc
            .tokens
            .get(i + 3)
            .is_some_and(|n| !n.space_before && n.kind == TokKind::Word)
}

/// Adds tokens `first..last`, in a bracket after mention `m`, as an organisation's name
/// that is another name of `m` ("(Agenția … Cibernetică, ANSC)", "(CERT-7)").
fn push_bracket_name(
    mentions: &mut Vec<Mention>,
    links: &mut Vec<(usize, usize)>,
    m: usize,
    first: usize,
    last: usize,
) {
    let n = mentions.len();
    push(
        mentions,
        first,
        last,
        MentionKind::Org {
            gaz: None,
            kind: None,
        },
    );
    links.push((m, n));
    mentions[n].bracket_of = Some(m);
}

fn push(out: &mut Vec<Mention>, first: usize, last: usize, kind: MentionKind) {
    out.push(Mention {
        first,
        last,
        kind,
        country: None,
        possessive: false,
        modifier: false,
        company_cue: false,
        honorific: false,
        role_before: None,
        bracket_of: None,
    });
}

/// The capitalised phrase starting at `i`: `(start, end)` after trimming leading function
/// words. Joins "of/de/du/des" complements, "and" inside a ministry's portfolio, "&".
/// "Ruritania CERT/CC", "CSIRT|CC": at token `e`, a coordination centre's two letters
/// glued by a slash or a bar to the acronym before, part of the name.
fn glued_centre(doc: &Doc<'_>, e: usize) -> bool {
    let toks = &doc.tokens;
    toks.get(e)
        .is_some_and(|t| (t.is_punct("/") || t.is_punct("|")) && !t.space_before)
        && e > 0
        && toks[e - 1].upper
        && toks
            .get(e + 1)
            .is_some_and(|d| d.upper && !d.space_before && d.fold.len() == 2)
        && toks
            .get(e + 2)
            .is_none_or(|d| d.space_before || d.kind == TokKind::Punct)
}

/// "The New Brunswick Department of …", "New Zealand's agency": a capitalised "New" opens a
/// name when a known name starts with it, or when a capitalised word follows it after "the"
/// or a lowercase word ("with New Mexico Tech"); "the new agreement" keeps its lowercase.
fn new_opens_name(doc: &Doc<'_>, s: usize, idx: &NameIndex) -> bool {
    let toks = &doc.tokens;
    if toks[s].fold != "new" || toks[s].upper || !is_cap_word(doc, s + 1) {
        return false;
    }
    let after_word =
        s > 0 && toks[s - 1].is_word() && (toks[s - 1].fold == "the" || !toks[s - 1].cap);
    after_word
        || idx
            .longest_at(doc, s, toks.len())
            .is_some_and(|h| h.last > s + 1)
}

fn chunk(doc: &Doc<'_>, i: usize, b: usize, lang: Lang, idx: &NameIndex) -> (usize, usize) {
    let mut s = i;
    let num = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Num);
    while s < b
        && is_cap_word(doc, s)
        && (!doc.tokens[s].upper
            && (LEADING_STOP.contains(&doc.tokens[s])
            // "Grace Wanjiru" is a name, "Grâce à" is not.
            && !(crate::given_names::is_given_name(&doc.tokens[s].fold) && is_cap_word(doc, s + 1))
            && !new_opens_name(doc, s, idx)
            // "SHAFAQNA-The US Department …": a wire name glued to the article.
            || doc.tokens[s].fold.rsplit_once('-').is_some_and(|(_, w)| LEADING_STOP.contains_str(w)))
            // "On Tuesday in Maputo, …", "on 6 March at the …", "VALLETTA, 17 SEPTEMBER -",
            // "NAIROBI, MARCH 3 -", "SEPT. 17": a weekday, or a month beside its day, opens
            // no name.
            || match crate::lexicon::curated().calendar.get(&doc.tokens[s]) {
                Some(crate::lexicon::Calendar::Weekday(_)) => !doc.tokens[s].upper,
                Some(_) => {
                    s > 0 && num(s - 1)
                        || doc.tokens[s].upper
                            && (num(s + 1) || doc.tokens[s + 1..].first().is_some_and(|d| d.is_punct(".")) && num(s + 2))
                }
                None => false,
            }
            // "Jumada Al-Awwal 12, 1448", "5 Rajab 1448 AH": a date of another calendar opens
            // no name.
            || crate::lexicon::curated().in_foreign_date(doc, s))
    {
        s += 1;
    }
    if s < b
        && doc.tokens[s].upper
        && doc.tokens[s]
            .fold
            .rsplit_once('-')
            .is_some_and(|(_, w)| matches!(w, "the" | "le" | "la"))
    {
        s += 1;
    }
    // "THE Philippines": a shouted article.
    if s < b
        && doc.tokens[s].upper
        && matches!(doc.tokens[s].fold.as_str(), "the" | "le" | "la" | "les")
    {
        s += 1;
    }
    // "Dubai-based Falcon Eye Security", "Riyadh-headquartered Najd Digital": the place
    // describes the company; it is no part of its name.
    if s + 1 < b && based_place(doc, s).is_some() && is_cap_word(doc, s + 1) {
        s += 1;
    }
    if s >= b || !is_cap_word(doc, s) {
        return (i, i);
    }
    let mut e = s + 1;
    let mut has_head = idx.head_kind(doc, s).is_some();
    let mut in_complement = false;
    // The name holds a Spanish or Portuguese "and" ("y", "e"), or a portfolio's last "and".
    let mut spanish = false;
    // An "and" joined because the text writes the whole name elsewhere: the next ends it.
    let mut whole_joined = false;
    loop {
        // No name is this long: a run of capitals beyond it is a shouted text, not a name.
        if e >= b || doc.tokens[e].newline_before || e - s >= MAX_NAME_TOKENS {
            break;
        }
        let t = &doc.tokens[e];
        // "Uruguay Signs Cyber Deal With Paraguay": in a headline in title case, a signing
        // verb ends the name.
        if t.cap && (t.fold == "with" || title_verb(doc, e, b, lang)) {
            break;
        }
        // "Kalahari Data (Pty) Ltd": a bracketed legal form, then the last one, end it.
        if t.is_punct("(")
            && doc.tokens.get(e + 2).is_some_and(|c| c.is_punct(")"))
            && doc.tokens[e + 1..(e + 4).min(b)]
                .iter()
                .filter(|w| is_legal_form(&w.fold) || w.fold == "private")
                .count()
                == 2
        {
            e += 4;
            break;
        }
        // "Copperline Technologies (Malawi) Limited", "Mekong Secure (Cambodia) Co., Ltd": a
        // country in brackets between a company's words and its legal form is in its name.
        if t.is_punct("(") && e > s {
            if let Some(form) = bracketed_country_form(doc, e, b, true) {
                e = form;
                continue;
            }
        }
        // "Bluegum Cyber Pty. Ltd.", "Huaxing Networks Co., Ltd.": a legal form with its
        // full stop, then the last one, end it.
        if t.is_punct(".") && !t.space_before && e > s {
            if let Some(end) = paired_legal_form(doc, e - 1, b) {
                e = end;
                if e + 1 < b && doc.tokens[e].is_punct(".") && !doc.tokens[e].space_before {
                    e += 1;
                }
                break;
            }
        }
        // "St. Aldric University", "Mt. Kenya University": a saint's or a mountain's
        // abbreviation keeps its full stop inside the name.
        if t.is_punct(".")
            && !t.space_before
            && word_set!("name_abbreviations").contains(&doc.tokens[e - 1])
            && doc.tokens[e - 1].cap
            && is_cap_word(doc, e + 1)
            && doc.tokens[e + 1].space_before
        {
            e += 1;
            continue;
        }
        if glued_centre(doc, e) {
            e += 2;
            continue;
        }
        // "Nordvik A/S", "Fjordline K/S": a slashed legal form ends a company's name.
        if t.space_before
            && e > s
            && t.cap
            && t.fold.len() == 1
            && doc
                .tokens
                .get(e + 1)
                .is_some_and(|d| d.is_punct("/") && !d.space_before)
            && doc
                .tokens
                .get(e + 2)
                .is_some_and(|d| d.cap && !d.space_before && d.fold.len() == 1)
            && word_set!("slashed_legal_forms").contains_str(&format!(
                "{}{}",
                t.fold,
                doc.tokens[e + 2].fold
            ))
        {
            e += 3;
            break;
        }
        // "Hraunfoss ehf.", "Sécurinord inc.": a legal form in lowercase ends a name.
        if t.space_before
            && e > s
            && !t.cap
            && word_set!("lower_legal_forms").contains(t)
            && !doc.tokens[e - 1].upper
        {
            e += 1;
            break;
        }
        // "Kaito Secure K.K.", "Verdane S.A.": a dotted legal form ends a company's name.
        // So does one in lowercase: "Orava Data s.r.o.", "Kraków Net sp. z o.o.".
        if t.space_before && e > s {
            if let Some(end) = dotted_legal_form(doc, e).or_else(|| lower_dotted_form(doc, e)) {
                e = end;
                break;
            }
        }
        // "the Foreign Ministry Muhammad Anshor": a person's name right after a head
        // word that ends a name is no part of it.
        // ("Lembaga Siber Nusantara": a head that opens a Malay or Filipino name goes on.)
        if lang == Lang::En
            && idx.head_kind(doc, e - 1) == Some(PartyKind::Government)
            && !word_set!("head_first").contains(&doc.tokens[e - 1])
            && person_pair_at(doc, e, b, idx)
        {
            break;
        }
        // "… du Numérique de l'Estonie": a state glued to an elided article goes on too.
        let glued_state = in_complement
            && matches!(doc.tokens[e - 1].fold.as_str(), "l'" | "d'")
            && idx
                .longest_at(doc, e, b)
                .is_some_and(|h| matches!(h.known, Known::Country(_)));
        // "Sahel Data Côte d'Ivoire": a state's name of several words, elision included,
        // ends a company's name as a whole.
        if is_cap_word(doc, e) && t.space_before {
            if let Some(h) = idx
                .longest_at(doc, e, b)
                .filter(|h| h.last > e + 1 && matches!(h.known, Known::Country(_)))
            {
                e = h.last;
                continue;
            }
        }
        // "Br. Anselm Okonjo FSC", "Jane Roe OBE": a post-nominal in capitals after a
        // person's name is no part of it.
        if t.upper
            && t.space_before
            && word_set!("post_nominals").contains(t)
            && !has_head
            && e >= s + 2
            && (s..e).all(|k| {
                let w = &doc.tokens[k];
                w.is_word() && w.cap && !w.upper || PARTICLES.contains(w)
            })
        {
            break;
        }
        // "Commissioner of Police Dr. X", "Harbor Bank Mr Y": a courtesy title after the
        // first words, with its full stop or before a person's pair, opens a person's name
        // and ends the body's ("King Fahd University" keeps its leading title, and "the
        // Hospital Dr. X" its head's, a body named after the person: see
        // `persons::body_named_after`; a head after "of" is a title's complement).
        if t.space_before
            && !(e == s + 1
                && idx.head_kind(doc, s).is_some()
                && !(s > 0 && is_name_connector(&doc.tokens[s - 1].fold)))
            && idx.is_honorific(doc, e)
            && (doc
                .tokens
                .get(e + 1)
                .is_some_and(|d| d.is_punct(".") && !d.space_before)
                && is_cap_word(doc, e + 2)
                || word_set!("courtesy_titles").contains(t) && person_pair_at(doc, e + 1, b, idx))
        {
            break;
        }
        if is_cap_word(doc, e) && (t.space_before || glued_state) {
            has_head |= idx.head_kind(doc, e).is_some();
            e += 1;
            continue;
        }
        if t.fold == "'"
            && !t.space_before
            && doc.tokens[e - 1].cap
            && doc.tokens[e - 1].fold.len() == 1
            && e + 1 < b
            && is_cap_word(doc, e + 1)
            && !doc.tokens[e + 1].space_before
        {
            e += 2;
            continue;
        }
        // "Westmere Bankers' Association", "Growers' Union": a plural's apostrophe before
        // a body's head word is inside the name, not a possessive that ends it.
        if t.fold == "'"
            && !t.space_before
            && doc.tokens[e - 1].cap
            && doc.tokens[e - 1].fold.len() > 3
            && doc.tokens[e - 1].fold.ends_with('s')
            && is_cap_word(doc, e + 1)
            && doc.tokens[e + 1].space_before
            && idx.head_kind(doc, e + 1).is_some()
        {
            e += 1;
            continue;
        }
        // "O'Brien", "N'Diaye": a capital and an apostrophe glued to a name.
        if is_cap_word(doc, e) && !t.space_before && {
            let prev = &doc.tokens[e - 1];
            prev.cap && prev.fold.len() == 2 && prev.fold.ends_with('\'')
        } {
            e += 1;
            continue;
        }
        // Particles of people's names: "Khalid bin Khalifa", "Ahmed ould Tolba", "Jean de
        // la Tour".
        if PARTICLES.contains(t) && !t.cap && e + 1 < b && is_cap_word(doc, e + 1) && !has_head {
            e += 1;
            continue;
        }
        if PARTICLES.contains(t)
            && !t.cap
            && e + 2 < b
            && doc
                .tokens
                .get(e + 1)
                .is_some_and(|n| PARTICLES.contains(n) && !n.cap)
            && is_cap_word(doc, e + 2)
            // "Altagracia de los Rios": one to three words before, no body's head word.
            && (person_run(doc, idx, s, e, has_head) || (!has_head && e - s <= 3))
        {
            e += 2;
            continue;
        }
        // "… to Indonesia Joseph R. Donovan": a middle initial after a given name runs on
        // whatever stands before the given name.
        if t.is_punct(".")
            && !t.space_before
            && e >= s + 2
            && doc.tokens[e - 1].cap
            && doc.tokens[e - 1].fold.len() == 1
            && doc.tokens[e - 2].cap
            && !doc.tokens[e - 2].upper
            && crate::given_names::is_given_name(&doc.tokens[e - 2].fold)
            && e + 1 < b
            && is_cap_word(doc, e + 1)
            && doc.tokens[e + 1].space_before
        {
            e += 1;
            continue;
        }
        // People's names (see `person_run`): initials run on ("R. K. Menon"), and "of",
        // "at" end the name ("Paul Okello of Ruritania", "Jane Doe at the Embassy").
        if person_run(doc, idx, s, e, has_head) {
            if t.is_punct(".")
                && !t.space_before
                && doc.tokens[e - 1].fold.len() == 1
                && e + 1 < b
                && is_cap_word(doc, e + 1)
            {
                e += 1;
                continue;
            }
            if is_name_connector(&t.fold) {
                break;
            }
        }
        // "Cyber 360 Group", "Team 42 Labs": a number before a company's head word is
        // part of the name.
        if t.kind == TokKind::Num
            && t.space_before
            && t.fold.chars().all(|c| c.is_ascii_digit())
            && is_cap_word(doc, e + 1)
            && idx.head_kind(doc, e + 1) == Some(PartyKind::Company)
        {
            has_head = true;
            e += 2;
            continue;
        }
        if t.kind == TokKind::Num && has_head && t.space_before {
            // "Cyber Crimes Act No 3"? Numbers end names.
            break;
        }
        // "Ministry of Energy, Mines and Digital Affairs": a body's portfolio of common
        // words runs on over commas up to its "and".
        if t.fold == ","
            && in_complement
            && head_kind(doc, s, e, idx) == Some(PartyKind::Government)
        {
            let mut j = e + 1;
            while j < b
                && (COMMON_WORDS.contains(&doc.tokens[j]) && is_cap_word(doc, j)
                    || doc.tokens[j].fold == ",")
            {
                j += 1;
            }
            // "… and the Digital Economy": an article may follow the "and".
            let w = j + 1 + usize::from(doc.tokens.get(j + 1).is_some_and(|t| t.fold == "the"));
            if j > e + 1
                && w < b
                && is_and(&doc.tokens[j].fold)
                && COMMON_WORDS.contains(&doc.tokens[w])
                && is_cap_word(doc, w)
            {
                // The portfolio's "and" was its last: another starts a name.
                spanish = true;
                e = w + 1;
                continue;
            }
        }
        // "Ministério da Ciência, Tecnologia e Inovação", "Superintendencia de Banca, Seguros
        // y AFP": a Spanish or Portuguese portfolio runs on over commas up to its "y"/"e".
        if t.fold == "," && in_complement && has_head {
            let mut j = e + 1;
            while j < b && j - e < 8 && (is_cap_word(doc, j) || doc.tokens[j].fold == ",") {
                j += 1;
            }
            if j > e + 1
                && j + 1 < b
                && matches!(doc.tokens[j].fold.as_str(), "y" | "e")
                && is_cap_word(doc, j + 1)
            {
                spanish = true;
                e = j + 2;
                continue;
            }
        }
        // Connectors: "of (the)", "de (la|l')", "and", "&"; after a head word, Spanish,
        // Portuguese and Italian ones too ("Ministério da Economia", "Universidad
        // Técnica del Sur", "Instituto … do Pará", "Banco de los Andes").
        let f = t.fold.as_str();
        // "Kapisanan ng mga Bangko sa Visayas": in a Filipino name ("ng" before), "sa"
        // joins too.
        let filipino_sa =
            f == "sa" && !t.cap && (s..e).any(|j| doc.tokens[j].fold == "ng" && !doc.tokens[j].cap);
        let romance = has_head && word_set!("romance_connectors").contains(t) || filipino_sa;
        if is_name_connector(f) || romance {
            let mut k = e + 1;
            if k < b
                && (is_article(&doc.tokens[k].fold)
                    || matches!(doc.tokens[k].fold.as_str(), "los" | "las")
                    || f == "ng" && doc.tokens[k].fold == "mga")
                && !doc.tokens[k].cap
            {
                k += 1;
            }
            // "Sione Fifita for Tonga and …": two or more words with no head word, then a
            // state, are someone acting for that state.
            if !has_head
                && k == e + 1
                && e - s >= 2
                && matches!(f, "for" | "pour")
                && idx
                    .place_at(doc, k, b)
                    .is_some_and(|h| matches!(h.known, Known::Country(_)))
            {
                break;
            }
            // "Orbis Bank selects Redline Labs for SOC services": what a company is chosen
            // for or partners on is no part of its name.
            if matches!(f, "for" | "on" | "pour" | "sur")
                && idx.head_kind(doc, e - 1) == Some(PartyKind::Company)
            {
                break;
            }
            // "Copperline Telecom in Lusaka": a company's place is no part of its name (an
            // "Embassy in Lusaka" keeps it).
            // "Ministry of Health of Kenya in Pretoria": nor is a body's that already
            // names its state.
            // "signed at the Chamber of Commerce in Kirchberg": after "at", the name is a
            // venue's, and the town it stands in is no part of it.
            let at_venue = venue_at(doc, s).is_some_and(|j| doc.tokens[j].fold == "at");
            if matches!(f, "in" | "en")
                && !is_calendar(doc, s)
                && ((at_venue && k < b && is_cap_word(doc, k))
                    || (idx.head_kind(doc, e - 1) == Some(PartyKind::Company)
                        || (s..e).any(|j| {
                            idx.place_at(doc, j, e).is_some_and(|h| {
                                h.last == e && matches!(h.known, Known::Country(_))
                            })
                        }))
                        && idx
                            .place_at(doc, k, b)
                            .is_some_and(|h| !matches!(h.known, Known::Demonym(_))))
            {
                break;
            }
            // After "of"/"de", a known name completes the head ("Commission de l'Union
            // africaine"); without a head word it starts another entity ("Chief of Huawei").
            if k < b
                && is_cap_word(doc, k)
                && (has_head || !starts_other_entity(doc, k, b, idx))
                && !is_calendar(doc, k)
            {
                in_complement = true;
                e = k;
                continue;
            }
            break;
        }
        // "Ministerio de Ciencia y Tecnología", "Ministério da Ciência e Inovação": the
        // Spanish and Portuguese "and" inside a head word's complement.
        let romance_and = has_head && in_complement && matches!(f, "y" | "e");
        // After a Spanish or Portuguese "and", an English or French one starts another name.
        if is_and(f) && spanish {
            break;
        }
        if is_and(f) || romance_and {
            spanish |= romance_and;
            let k = e + 1;
            if k >= b || !is_cap_word(doc, k) || starts_other_entity(doc, k, b, idx) {
                break;
            }
            // "Ministry of Posts and Telecommunications and Harbor Digital": a second "and"
            // before a run with a company's head word and a word of its own starts a name.
            let own = |j: usize| own_name_word(doc, j, idx);
            // So does one of proper words only ("Ministry of Trade and Industry and
            // Nordvale signed").
            if (s..e).any(|j| is_and(&doc.tokens[j].fold))
                && (run_head(doc, k, b, idx) == Some(PartyKind::Company)
                    && (k..b.min(k + 6))
                        .take_while(|&j| is_cap_word(doc, j))
                        .any(own)
                    || (k..b.min(k + 4))
                        .take_while(|&j| is_cap_word(doc, j))
                        .all(own)
                        && (k..b.min(k + 4)).any(|j| !is_cap_word(doc, j)))
            {
                break;
            }
            // "Robert Silvers and Minister …", "CERT-In and US CERT": no "and" after a role
            // or after a name that is complete by itself.
            let has_role = (s..e).any(|j| {
                idx.is_role_head(doc, j) && idx.head_kind(doc, j).is_none() && is_cap_word(doc, j)
            });
            let known_whole = idx.longest_at(doc, s, e).is_some_and(|h| h.last == e);
            // "Université Marie et Louis Pasteur": a body named after two people, a head
            // word, a given name, "et" and a person's name.
            let given = |j: usize| {
                doc.tokens[j].cap && crate::given_names::is_given_name(&doc.tokens[j].fold)
            };
            if e == s + 2 && idx.head_kind(doc, s).is_some() && given(s + 1) && given(k) {
                e = k;
                continue;
            }
            if looks_like_person_run(doc, k, b, idx) || has_role || known_whole {
                break;
            }
            // "l'association Femmes et Cyber Afrique": after a noun that announces a name,
            // the name may hold "et".
            let announced = i > 0 && OTHER_ORG_NOUNS.contains(&doc.tokens[i - 1]);
            // The words before "and" must be descriptive ("National Computer and …"), not a
            // name of their own ("Jane Wanjiru and Acme Cyber Labs").
            // Every word of the left run must describe: "Kestra Cyber and Veldt Telecom"
            // are two names.
            let descriptive_left = (s..e).any(|j| {
                COMMON_WORDS.contains(&doc.tokens[j]) || idx.place_at(doc, j, j + 1).is_some()
            });
            // "Ministry of Communications of X and Westbrook University": a head word
            // on both sides makes two bodies, not one portfolio ("… of Communications
            // and Technology" has only a company's suffix after "and").
            // So does a hyphenated name on a head word ("… of Ruritania and CERT-Rv").
            let second = run_head(doc, k, b, idx)
                .filter(|&h| h != PartyKind::Company)
                .or_else(|| {
                    let (h, _) = doc.tokens[k].fold.split_once('-')?;
                    idx.org_heads.get_text(h).copied()
                });
            // "University of Nairobi and Acme Labs", "Université de Bouaké et Lagune
            // Cyber": a complement that ends on a place closes the name.
            // "Agency for Network and Information Security and Harbor Digital Inc.": a run
            // that ends on a company's legal form is another name after a body's.
            let firm_next = || {
                let mut j = k;
                while j < b && j - k < 8 && is_cap_word(doc, j) {
                    if j > k
                        && (is_legal_form(&doc.tokens[j].fold)
                            || dotted_legal_form(doc, j).is_some())
                    {
                        return true;
                    }
                    j += 1;
                }
                false
            };
            if has_head
                && head_kind(doc, s, e, idx).is_some_and(|k| k != PartyKind::Company)
                && firm_next()
            {
                break;
            }
            // "Ministry of ICT and Harbor Digital", "National Bank of Verdania and Tellaris
            // Mobile": a body's complement, then a run with a company's head word and a
            // proper word of its own, are two names ("Ministry of Electricity and Renewable
            // Energy" is one portfolio).
            let proper = |j: usize| own_name_word(doc, j, idx);
            let run_end = (k..b.min(k + 6))
                .find(|&j| !is_cap_word(doc, j))
                .unwrap_or(b.min(k + 6));
            // The run is a name of its own when one of its proper words does not end like an
            // adjective ("Harbor Digital"; "Renewable Energy" is a portfolio), or when the
            // text also writes it alone, not after "and" or "of" ("Atlantic Digital said …").
            let alone_elsewhere = || {
                let n = run_end - k;
                (1..doc.tokens.len().saturating_sub(n)).any(|p| {
                    p != k
                        && !is_and(&doc.tokens[p - 1].fold)
                        && !is_name_connector(&doc.tokens[p - 1].fold)
                        && !is_cap_word(doc, p - 1)
                        && (0..n).all(|x| doc.tokens[p + x].fold == doc.tokens[k + x].fold)
                        && !is_cap_word(doc, p + n)
                })
            };
            if in_complement
                && has_head
                && run_head(doc, k, b, idx) == Some(PartyKind::Company)
                && (k..run_end).any(proper)
                && ((k..run_end).any(|j| proper(j) && !adjective_like(&doc.tokens[j].fold))
                    || alone_elsewhere())
            {
                break;
            }
            // "Université de Kindia et Savana Data": in French, a portfolio's "et" is
            // followed by an article or a common word, not by a proper word after another.
            let place_closes = in_complement
                && has_head
                && ((s..e).any(|j| idx.place_at(doc, j, e).is_some_and(|h| h.last == e))
                    || lang == Lang::Fr && proper(e - 1) && proper(k));
            // "SOHAR Port and Freezone and Sohar University …", "at SOHAR Port and Freezone's
            // headquarters": the text gives the whole, "and" included, a possessive of its
            // own elsewhere.
            let possessed_whole = || {
                let n = run_end - s;
                let toks = &doc.tokens;
                (1..toks.len().saturating_sub(n + 1)).any(|p| {
                    p != s
                        && !is_cap_word(doc, p - 1)
                        && (0..n).all(|x| toks[p + x].fold == toks[s + x].fold)
                        && toks[p + n].fold == "'"
                        && toks
                            .get(p + n + 1)
                            .is_some_and(|t| t.fold == "s" && !t.space_before)
                })
            };
            if whole_joined {
                break;
            }
            // "CHU de Nantes et Nantes Université": a complement that ends on a place, then a
            // run with a head word of its own, even when the left name's head is no word of
            // the tables.
            if (s + 1..e).any(|j| matches!(doc.tokens[j].fold.as_str(), "of" | "de" | "d'" | "du"))
                && (second.is_some() || run_has_head(doc, k, b, idx))
                && (s..e).any(|j| idx.place_at(doc, j, e).is_some_and(|h| h.last == e))
            {
                break;
            }
            let whole = possessed_whole();
            whole_joined |= whole;
            let joins = f == "&"
                || in_complement && !(has_head && second.is_some()) && !place_closes
                || whole
                || announced
                || descriptive_left && {
                    // "National Computer and Cybercrime Coordination Committee": join when
                    // nothing before has a head word and a head word closes the next run.
                    !has_head && run_has_head(doc, k, b, idx)
                };
            if !joins {
                break;
            }
            e = k;
            continue;
        }
        break;
    }
    // French names run on in lowercase after their head word:
    // "Agence nationale de la sécurité des systèmes d'information (ANSSI)".
    // So do some after one capitalised word: "Port autonome de Cotonou".
    // "Grand Ruriville Communauté urbaine": a French name that ends on its head word keeps
    // the adjective after it.
    if lang == Lang::Fr
        && e > s + 1
        && idx.head_kind(doc, e - 1).is_some()
        && doc
            .tokens
            .get(e)
            .is_some_and(|t| e < b && !t.cap && word_set!("fr_name_adjectives").contains(t))
    {
        return (s, e + 1);
    }
    if lang == Lang::Fr
        && (idx.head_kind(doc, s).is_some()
            || e == s + 1
                && !idx.is_role_word(doc, s)
                && doc
                    .tokens
                    .get(e)
                    .is_some_and(|t| word_set!("fr_name_adjectives").contains(t))
            // "Haute école de gestion de Genève", "Haut conseil …": an adjective that opens
            // a name, then its head word in lowercase.
            || e == s + 1 && opened_head(doc, s, idx).is_some())
    {
        e = french_tail(doc, e, b, idx);
    }
    (s, e)
}

/// "Haute école …", "Haut conseil …": when token `s` is an adjective that opens a French
/// name (`fr_name_openers`) and the next word is a head word in lowercase, that head's kind.
fn opened_head(doc: &Doc<'_>, s: usize, idx: &NameIndex) -> Option<PartyKind> {
    let head = doc.tokens.get(s + 1)?;
    (word_set!("fr_name_openers").contains(&doc.tokens[s])
        && !head.cap
        && head.kind == TokKind::Word)
        .then(|| idx.org_heads.get_text(&head.fold).copied())
        .flatten()
}

/// Whether token `k` is a word of a name's own (capitalised, not in capitals, not a common
/// word, no head word, no name a table knows): after "and", a run with such a word starts
/// another body ("Ministry of Trade and Industry and Nordvale").
fn own_name_word(doc: &Doc<'_>, k: usize, idx: &NameIndex) -> bool {
    let t = &doc.tokens[k];
    t.cap
        && !t.upper
        && !COMMON_WORDS.contains(t)
        && idx.head_kind(doc, k).is_none()
        && idx.longest_at(doc, k, k + 1).is_none()
}

/// Whether a capitalised word has the ending of an English adjective ("Renewable",
/// "Industrial", "Creative"), so that it may describe a portfolio rather than name a firm.
fn adjective_like(fold: &str) -> bool {
    [
        "able", "ible", "al", "ive", "ous", "ic", "ary", "ed", "ing", "ful",
    ]
    .iter()
    .any(|x| fold.len() > x.len() + 2 && fold.ends_with(x))
}

/// "(Cambodia) Co., Ltd", "(Malawi) Limited": at the opening bracket `open`, one to three
/// capitalised words in brackets, then a legal form ("co", "private", and with `sole` "sole"
/// too, opening one). Where the legal form begins.
fn bracketed_country_form(doc: &Doc<'_>, open: usize, b: usize, sole: bool) -> Option<usize> {
    let close = (open + 2..(open + 5).min(b)).find(|&j| doc.tokens[j].is_punct(")"))?;
    let form = close + 1;
    ((open + 1..close).all(|k| is_cap_word(doc, k))
        && form < b
        && is_cap_word(doc, form)
        && (is_legal_form(&doc.tokens[form].fold)
            || matches!(doc.tokens[form].fold.as_str(), "co" | "private")
            || sole && doc.tokens[form].fold == "sole"))
        .then_some(form)
}

/// Whether `s..e` so far is the start of a person's name, after any title ("Deputy
/// Inspector-General Jane Roe"): no head word, up to six tokens, the first a known given
/// name or an initial ("R.").
fn person_run(doc: &Doc<'_>, idx: &NameIndex, s: usize, e: usize, has_head: bool) -> bool {
    let titled = s;
    let mut s = s;
    while s < e && (idx.is_role_word(doc, s) || idx.is_honorific(doc, s)) && s + 1 < e {
        s += 1;
    }
    let first = &doc.tokens[s];
    let initial = first.fold.len() == 1 && first.cap;
    // "Rector Sigurdur Olafsson of …": after a title, two or three words no table knows
    // (no given name needed) are a name.
    let unknown_after_title = s > titled
        && (2..=3).contains(&(e - s))
        && (s..e).all(|k| {
            let t = &doc.tokens[k];
            t.cap
                && !t.upper
                && t.kind == TokKind::Word
                && crate::vocab::id(&t.fold) == crate::vocab::NONE
        });
    !has_head
        && e - s <= 6
        && (initial
            || unknown_after_title
            || (!first.upper
                && crate::given_names::is_given_name(&first.fold)
                && !is_calendar(doc, s)
                && idx.place_at(doc, s, s + 1).is_none()))
        && (s..e).all(|k| {
            let t = &doc.tokens[k];
            (t.cap && t.kind == TokKind::Word && !COMMON_WORDS.contains(t))
                || (t.is_punct(".") && k > 0 && doc.tokens[k - 1].fold.len() == 1)
                || PARTICLES.contains(t)
        })
}

/// "… and Richard Verma, US Ambassador": two or three capitalised words with no head word,
/// then a comma and a role title (or a speech verb), are a person, not part of a name.
fn looks_like_person_run(doc: &Doc<'_>, k: usize, b: usize, idx: &NameIndex) -> bool {
    let mut j = k;
    while j < b && is_cap_word(doc, j) && j - k < 4 {
        if idx.head_kind(doc, j).is_some() {
            return false;
        }
        j += 1;
    }
    let n = j - k;
    if !(2..=3).contains(&n) || !doc.tokens.get(j).is_some_and(|t| t.is_punct(",")) {
        return false;
    }
    (j + 1..(j + 5).min(b)).any(|r| idx.is_role_word(doc, r))
}

/// Two capitalised words at `k` that look like a person's name: no head word, no common
/// word, no connector, no known name, and no capitalised word after them.
fn person_pair_at(doc: &Doc<'_>, k: usize, b: usize, idx: &NameIndex) -> bool {
    k + 1 < b
        && (k..k + 2).all(|j| {
            is_cap_word(doc, j)
                && !doc.tokens[j].upper
                && doc.tokens[j].space_before
                && idx.head_kind(doc, j).is_none()
                && !COMMON_WORDS.contains(&doc.tokens[j])
                && !is_name_connector(&doc.tokens[j].fold)
                && !is_and(&doc.tokens[j].fold)
                && idx.longest_at(doc, j, b).is_none()
        })
        && !is_cap_word(doc, k + 2)
}

fn is_calendar(doc: &Doc<'_>, k: usize) -> bool {
    crate::lexicon::curated()
        .calendar
        .get(&doc.tokens[k])
        .is_some()
}

/// Whether token `k` is a signing verb written with a capital ("Signs", "Inks"), as in a
/// headline in title case.
#[inline(never)]
fn title_verb(doc: &Doc<'_>, k: usize, b: usize, lang: Lang) -> bool {
    let t = &doc.tokens[k];
    let lex = crate::lexicon::curated();
    t.cap
        && !t.upper
        && (lex.cue_starts(t) & (1 << Cue::Sign as usize) != 0
            && lex.cue(Cue::Sign).longest_at(doc, k, b, lang).is_some()
            || TITLE_VERBS.contains(t) && k > 0 && doc.tokens[k - 1].cap)
}

/// Headline verbs besides signing ones (`words.tsv`, list `title_verbs`).
static TITLE_VERBS: crate::vocab::List = crate::vocab::List::named("title_verbs");

fn starts_other_entity(doc: &Doc<'_>, k: usize, b: usize, idx: &NameIndex) -> bool {
    match idx.longest_at(doc, k, b) {
        Some(h) => match h.known {
            Known::Org { .. } | Known::Outlet => true,
            // "Ministry of Foreign Affairs of Kenya and Rwanda", "Acme Cyber and Ghana
            // Telecom": a state after "and" starts a new entity; after "of" it completes
            // the name ("… of Pakistan").
            Known::Country(_) => doc
                .tokens
                .get(k.wrapping_sub(1))
                .is_some_and(|t| is_and(&t.fold)),
            _ => false,
        },
        None => false,
    }
}

fn run_has_head(doc: &Doc<'_>, k: usize, b: usize, idx: &NameIndex) -> bool {
    run_head(doc, k, b, idx).is_some()
}

/// The kind of the first head word in the capitalised run at `k`.
fn run_head(doc: &Doc<'_>, k: usize, b: usize, idx: &NameIndex) -> Option<PartyKind> {
    let mut j = k;
    while j < b && is_cap_word(doc, j) && j - k < 8 {
        if let Some(kind) = idx.head_kind(doc, j) {
            return Some(kind);
        }
        j += 1;
    }
    None
}

/// Words that end a French name running on in lowercase.
static FR_TAIL_STOP: crate::vocab::List = crate::vocab::List::named("fr_tail_stop");

fn french_tail(doc: &Doc<'_>, mut e: usize, b: usize, idx: &NameIndex) -> usize {
    let start = e;
    let mut stopped = false;
    while e < b && e - start < 20 {
        let t = &doc.tokens[e];
        // "ministère de la Communication, des Technologies … et des Médias": a portfolio
        // listed with commas goes on.
        if t.is_punct(",")
            && doc
                .tokens
                .get(e + 1)
                .is_some_and(|n| matches!(n.fold.as_str(), "des" | "du" | "de"))
            && (is_cap_word(doc, e + 2)
                || (doc.tokens.get(e + 2).is_some_and(|n| is_article(&n.fold))
                    && is_cap_word(doc, e + 3)))
        {
            e += 1;
            continue;
        }
        if t.newline_before || t.kind != TokKind::Word {
            // "d'information" is tokenized as "d'" + word: both words.
            break;
        }
        // "des postes et des communications électroniques": "et" joins inside a name when
        // a lowercase word follows.
        // "… de Xandrie et l'Agence …", "… et la société X": an article starts another
        // name; "… de la Poste et des Technologies …" goes on.
        // "… des Postes et Télécommunications et …": so does a head word alone.
        let inner_et = t.fold == "et"
            && doc.tokens.get(e + 1).is_some_and(|n| {
                n.kind == TokKind::Word
                    && !n.upper
                    && !FR_TAIL_STOP.contains(n)
                    && !is_article(&n.fold)
                    && (!n.cap || idx.head_kind(doc, e + 1).is_some() && !is_cap_word(doc, e + 2))
            });
        // "Agence pour la sécurité des réseaux": "pour" and an article right after a body's
        // head word open its complement ("… s'associe à X pour former", "… SA pour la
        // fourniture" still end).
        // So does "Agence moldave pour la …": the state's adjective after the head word.
        let body_head = |j: usize| {
            idx.head_kind(doc, j)
                .is_some_and(|k| k != PartyKind::Company)
        };
        let head_pour = t.fold == "pour"
            && (e == start && body_head(e - 1)
                || e == start + 1
                    && e >= 2
                    && !doc.tokens[e - 1].cap
                    && body_head(e - 2)
                    && idx
                        .longest_at(doc, e - 1, e)
                        .is_some_and(|h| matches!(h.known, Known::Demonym(_))))
            && doc
                .tokens
                .get(e + 1)
                .is_some_and(|n| matches!(n.fold.as_str(), "la" | "le" | "l'" | "les"));
        // "… et Cryptalis matérialisent leur partenariat": right after a proper word that
        // is no head word, a word ending in "-ent" is the headline's verb; so is a future
        // or conditional ("… des Télécommunications échangeront …").
        let future = ["ront", "rait", "raient"]
            .iter()
            .any(|x| t.fold.ends_with(x));
        let verb = e == start
            && !t.cap
            && (future || t.fold.ends_with("ent") && idx.head_kind(doc, e - 1).is_none())
            && is_cap_word(doc, e - 1);
        // "Institut de recherche en informatique de …": "en" between two lowercase nouns
        // of the complement goes on ("… en partenariat avec" ends).
        let inner_en = t.fold == "en"
            && e > start
            && doc.tokens[e - 1].is_word()
            && !doc.tokens[e - 1].cap
            && doc.tokens.get(e + 1).is_some_and(|n| {
                n.is_word()
                    && !n.cap
                    && !n.upper
                    && !FR_TAIL_STOP.contains(n)
                    && !word_set!("en_ends_name").contains(n)
            });
        // "… CERT nationaux partageront des alertes": a future in the third person plural,
        // anywhere in the tail, is the sentence's verb ("-ront", "-raient"; no noun of a
        // name ends so).
        let plural_future = !t.cap
            && t.fold.len() >= 7
            && (t.fold.ends_with("eront")
                || t.fold.ends_with("iront")
                || t.fold.ends_with("raient"));
        // "la Mairie de Talmont sur la sensibilisation …": right after a proper word, a
        // preposition of topic opens what the sentence says of the body ("Centre de
        // recherche sur le cancer" goes on: a lowercase noun stands before it).
        // An event's or a programme's name goes on: "Forum de Dakar sur la finance".
        let topic = is_cap_word(doc, e - 1)
            && !doc.tokens[start.saturating_sub(6)..e].iter().any(|x| {
                word_set!("event_heads").contains(x)
                    || word_set!("event_word").contains(x)
                    || word_set!("programme_heads").contains(x)
            })
            && matches!(
                t.fold.as_str(),
                "sur" | "contre" | "entre" | "vers" | "chez" | "depuis" | "pendant" | "selon"
            );
        if (FR_TAIL_STOP.contains(t) || verb || plural_future || topic)
            && !inner_et
            && !head_pour
            && !inner_en
        {
            stopped = true;
            break;
        }
        // A signing or partnering verb ends the name: "… de Morvelle lancent un partenariat".
        let lex = crate::lexicon::curated();
        let cue = lex.cue_starts(t);
        if cue & ((1 << Cue::Sign as usize) | (1 << Cue::Partner as usize)) != 0
            && (lex.cue(Cue::Sign).longest_at(doc, e, b, Lang::Fr).is_some()
                || lex
                    .cue(Cue::Partner)
                    .longest_at(doc, e, b, Lang::Fr)
                    .is_some())
        {
            stopped = true;
            break;
        }
        // "… et l'Agence …": a new name starts.
        let after_et = e > start
            && (doc.tokens[e - 1].fold == "et"
                || (e > start + 1
                    && doc.tokens[e - 2].fold == "et"
                    && matches!(doc.tokens[e - 1].fold.as_str(), "l'" | "la" | "le" | "les")));
        let lone_head = doc.tokens[e - 1].fold == "et" && !is_cap_word(doc, e + 1);
        if (t.cap || t.upper) && idx.head_kind(doc, e).is_some() && after_et && !lone_head {
            break;
        }
        // "… d'information et de la Chambre des métiers": a body's head word (no firm's)
        // after "et de (la)" starts another name; "… et des Télécommunications" goes on.
        let mut j = e;
        if j > start && matches!(doc.tokens[j - 1].fold.as_str(), "la" | "l'") {
            j -= 1;
        }
        let et_de = j > start + 1
            && matches!(doc.tokens[j - 1].fold.as_str(), "de" | "du" | "des" | "d'")
            && doc.tokens[j - 2].fold == "et";
        if et_de
            && t.cap
            && idx
                .head_kind(doc, e)
                .is_some_and(|k| k != PartyKind::Company)
        {
            // Back to before "et".
            e = j - 2;
            stopped = true;
            break;
        }
        // A known name ends the run (a company after its descriptor), unless it completes
        // a complement: "Comité directeur du Mécanisme africain … de l'Union africaine".
        if t.cap || t.upper {
            if let Some(h) = idx.longest_at(doc, e, b) {
                let complement =
                    e > start && word_set!("french_tail_w").contains(&doc.tokens[e - 1]);
                // "Port autonome de Cotonou": a city too, when no "et" went before.
                let city = matches!(h.known, Known::City(_))
                    && !(start..e).any(|k| doc.tokens[k].fold == "et");
                if complement && (city || matches!(h.known, Known::Org { .. } | Known::Country(_)))
                {
                    e = h.last;
                    continue;
                }
                break;
            }
        }
        e += 1;
    }
    // Keep the run only when it ends where names end: a bracket, a comma, a full stop, a
    // capitalised word, or a preposition ("… étrangères à Rabat").
    // A verb or a conjunction of the stop list ends a name as well ("… du numérique ont").
    let ends_well = stopped
        || doc.tokens.get(e).is_none_or(|t| {
            (t.kind == TokKind::Punct
                && matches!(t.fold.as_str(), "(" | "," | "." | ")" | ";" | ":" | "\""))
                || t.cap
                || t.upper
                || word_set!("french_tail").contains(t)
        });
    // Trailing connectors never end a name.
    let mut end = if ends_well { e } else { start };
    while end > start
        && (is_name_connector(&doc.tokens[end - 1].fold) || is_article(&doc.tokens[end - 1].fold))
    {
        end -= 1;
    }
    end
}

/// Splits and classifies a capitalised phrase into mentions.
#[allow(clippy::too_many_arguments)]
fn classify_chunk(
    doc: &Doc<'_>,
    s: usize,
    e: usize,
    sent_start: usize,
    lex: &Lexicon,
    idx: &NameIndex,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
    lang: Lang,
) {
    let _ = lex;
    // "l'Hôtel de Ville de Bienne", "Port Ruri City Hall": a town hall is a venue, not the
    // town's council.
    if is_town_hall(e - s, |k| doc.tokens[s + k].fold.as_str()) {
        push(out, s, e, MentionKind::Other);
        return;
    }
    // "l'État du Valais", "l'État de Genève": a state's government named after a member
    // state or a canton (a sovereign state stays a state: "l'État du Sénégal").
    if e >= s + 3
        && doc.tokens[s].fold == "etat"
        && doc.tokens[s].cap
        && matches!(doc.tokens[s + 1].fold.as_str(), "de" | "du" | "d'")
    {
        let mut k = s + 2;
        if k < e && is_article(&doc.tokens[k].fold) && !doc.tokens[k].cap {
            k += 1;
        }
        let sovereign = idx
            .longest_at(doc, k, e)
            .is_some_and(|h| h.last == e && matches!(h.known, Known::Country(_)));
        if !sovereign && k < e {
            push(
                out,
                s,
                e,
                MentionKind::Org {
                    gaz: None,
                    kind: Some(PartyKind::Government),
                },
            );
            return;
        }
    }
    // A plural head: "Ministries of Energy and Mining and Posts and Telecommunications …".
    if let Some(n) = split_plural_ministries(doc, s, e, out) {
        let _ = n;
        return;
    }
    if split_plural_titles(doc, s, e, sent_start, idx, g, out, lang) {
        return;
    }
    // A role word splits "Ruritanian President Anna Vell-Mortane" into a modifier, a
    // role and a person.
    // The role must hold a role noun ("Chief Executive Officer", "Prime Minister"): a
    // modifier alone ("Technical Information Research") is not a role.
    let role = (s..e).find(|&k| {
        idx.is_role_word(doc, k)
            && (doc.tokens[k].cap || doc.tokens[k].upper)
            && !(k > s
                && (is_name_connector(&doc.tokens[k - 1].fold)
                    || is_article(&doc.tokens[k - 1].fold)
                    || is_and(&doc.tokens[k - 1].fold)))
            && idx.head_kind(doc, k).is_none()
            // "Universidad Mayor de San Andrés": a title word between a body's head word
            // and a connector is a word of the body's name.
            && !(k > s
                && k + 1 < e
                && idx.head_kind(doc, k - 1).is_some()
                && matches!(
                    doc.tokens[k + 1].fold.as_str(),
                    "de" | "del" | "della" | "di" | "do" | "da" | "dos" | "das"
                ))
            // "Deputy Inspector General X": a title that is also an honorific heads it.
            && (k..(k + 4).min(e))
                .any(|j| idx.is_role_head(doc, j) || (j > k && idx.is_honorific(doc, j)))
            // "Central Statistics Office", "Special Communications Service": a modifier
            // that ends some titles ("directeur central"), then capitalised words up to a
            // body's head word ("Central Bank of X"), name a body: a role has its holder
            // after it.
            && !{
                let m = (k..e).find(|&j| !is_cap_word(doc, j)).unwrap_or(e);
                m > k + 1 && idx.head_kind(doc, m - 1).is_some()
            }
            && !title_in_body_name(doc, s, k, idx)
    });

    // "Minister of Technology and Communications Phonesay Keomany": after the "and" of a
    // role's complement come the complement's last word, then the holder's name.
    if role.is_none() && e >= s + 3 && s >= 2 && is_and(&doc.tokens[s - 1].fold) {
        let titled = (sent_start.max(s.saturating_sub(8))..s - 1)
            .rev()
            .take_while(|&k| doc.tokens[k].is_word())
            .find(|&k| {
                idx.is_role_word(doc, k)
                    && matches!(
                        doc.tokens[k + 1].fold.as_str(),
                        "of" | "for" | "de" | "du" | "des"
                    )
            });
        let p = e - 2;
        let name = (p..e).all(|k| {
            is_cap_word(doc, k)
                && !COMMON_WORDS.contains(&doc.tokens[k])
                && idx.head_kind(doc, k).is_none()
                && !idx.is_role_word(doc, k)
                && idx.longest_at(doc, k, k + 1).is_none()
        }) && (s..p).all(|k| is_cap_word(doc, k));
        if let Some(k) = titled.filter(|_| name) {
            push(out, p, e, MentionKind::Person);
            if let Some(m) = out.last_mut() {
                m.role_before = Some((k, p));
            }
            return;
        }
    }
    if let Some(mut r) = role {
        // "Kenyan ICT Cabinet Secretary X": a head word that opens a role of two words
        // ("cabinet secretary") belongs to the role, not to a body.
        while r > s
            && idx.head_kind(doc, r - 1).is_some()
            && idx.roles.iter().any(|ph| {
                ph.len() >= 2 && ph[0] == doc.tokens[r - 1].fold && ph[1] == doc.tokens[r].fold
            })
        {
            r -= 1;
        }
        // "Arclight Systems Regional Director X": a title's modifier opens the role, not the
        // body's name.
        while r > s + 1
            && doc.tokens[r - 1].cap
            && word_set!("title_word").contains(&doc.tokens[r - 1])
        {
            r -= 1;
        }
        // The person: the last two or three capitalised words after the role.
        let tail: Vec<usize> = (r..e).collect();
        let mut p = e;
        let mut caps = 0;
        while p > r + 1 && caps < 2 {
            p -= 1;
            // "Secretary General Jens Stoltenberg": "General" after a title is the title's.
            let general = matches!(doc.tokens[p].fold.as_str(), "general" | "generale")
                && idx.is_role_word(doc, p - 1);
            if idx.is_role_word(doc, p) || general {
                p += 1;
                break;
            }
            if is_cap_word(doc, p) {
                caps += 1;
            }
        }
        // Particles and initials belong to the name: "Allan S. Cabanlong", "Khalid bin …".
        let before_initials = p;
        while p > r + 1
            && (PARTICLES.contains(&doc.tokens[p - 1]) || doc.tokens[p - 1].fold.len() == 1)
        {
            p -= 1;
        }
        // And the given name before a middle initial: "Joseph R. Donovan Jr".
        if p < before_initials
            && doc.tokens[p].cap
            && p > r + 1
            && is_cap_word(doc, p - 1)
            && crate::given_names::is_given_name(&doc.tokens[p - 1].fold)
            && !idx.is_role_word(doc, p - 1)
        {
            p -= 1;
        }
        // "President Bola Ahmed Tinubu", "Director General Ezra Chiloba Wekesa", "Director
        // Tran Thi Minh Chau": a third or fourth name word right after the title.
        let name_word = |k: usize| {
            is_cap_word(doc, k)
                && !idx.is_role_word(doc, k)
                && !idx.is_honorific(doc, k)
                && !COMMON_WORDS.contains(&doc.tokens[k])
                && idx.head_kind(doc, k).is_none()
                && idx.longest_at(doc, k, k + 1).is_none()
        };
        let mut q = p;
        while caps == 2 && q > r + 1 && q + 2 > p && name_word(q - 1) {
            q -= 1;
        }
        if q < p
            && (idx.is_role_word(doc, q - 1)
                || matches!(
                    doc.tokens[q - 1].fold.as_str(),
                    "general" | "generale" | "executive" | "executif" | "executive-director"
                ))
        {
            p = q;
        }
        // "Chief Executive Ms Tan Mei Ling", "Managing Director Mr Goh Chee Keong": after
        // an honorific, every capitalised word is the name, whichever comes first.
        if let Some(h) = (r + 1..p).rev().find(|&k| idx.is_honorific(doc, k)) {
            let mut k = h + 1;
            while k < p && doc.tokens[k].is_punct(".") {
                k += 1;
            }
            if k < p && e - k <= 4 && (k..p).all(name_word) {
                p = k;
            }
        }
        let _ = tail;
        if r > s {
            classify_segment(doc, s, r, sent_start, idx, g, out, lang);
        }
        // "PDG de CyberSécu France": a name does not open on a lowercase particle; the
        // role's complement does.
        let opens_on_particle = doc
            .tokens
            .get(p)
            .is_some_and(|t| PARTICLES.contains(t) && !t.cap);
        let name_like = !opens_on_particle
            && (p..e)
                .all(|k| !COMMON_WORDS.contains(&doc.tokens[k]) && idx.head_kind(doc, k).is_none());
        let person = caps == 2 && p > r && p < e && name_like;
        // "Governor of the Central Bank of Jordan", "Directeur général de l'Agence
        // nationale de cybersécurité": the body after the title's "of" is a name too.
        let body_end = if person { p } else { e };
        if let Some(of) = (r + 1..body_end).find(|&k| {
            matches!(
                doc.tokens[k].fold.as_str(),
                "of" | "de" | "du" | "des" | "d'"
            )
        }) {
            let mut b0 = of + 1;
            if b0 < body_end && is_article(&doc.tokens[b0].fold) && !doc.tokens[b0].cap {
                b0 += 1;
            }
            // The name must be whole: not cut before "and" ("Director of the Institute
            // for Maritime Security and Diplomacy"), and with no "at"/"in" of a place or another
            // body inside.
            let whole = !doc
                .tokens
                .get(body_end)
                .is_some_and(|t| is_and(&t.fold) && !t.newline_before)
                && !(b0..body_end).any(|k| {
                    matches!(doc.tokens[k].fold.as_str(), "at" | "in" | "a" | "en" | "au")
                });
            if whole
                && b0 < body_end
                && is_cap_word(doc, b0)
                && org_by_head(doc, b0, body_end, idx)
                && head_kind(doc, b0, body_end, idx).is_some_and(|k| k != PartyKind::Company)
            {
                classify_segment(doc, b0, body_end, sent_start, idx, g, out, lang);
            }
        }
        if person {
            push(out, p, e, MentionKind::Person);
            if let Some(m) = out.last_mut() {
                m.role_before = Some((r, p));
            }
        }
        return;
    }
    classify_segment(doc, s, e, sent_start, idx, g, out, lang);
}

/// "Office of the Prime Minister of the Republic of Ruritania", "Cabinet du Premier ministre":
/// a title that is the complement of a head word (after "of the", "du") is part of the
/// body's name, not a role.
fn title_in_body_name(doc: &Doc<'_>, s: usize, r: usize, idx: &NameIndex) -> bool {
    let mut k = r;
    // Back over the title's own words ("Prime", "Deputy", "Premier").
    while k > s && idx.is_role_word(doc, k - 1) && is_cap_word(doc, k - 1) {
        k -= 1;
    }
    // "Office of the Privacy Commissioner (of X)": after "of the", words that qualify
    // the title, when no name follows it.
    let mut q = r;
    while idx.is_role_word(doc, q) {
        q += 1;
    }
    if !is_cap_word(doc, q) {
        let mut j = k;
        while j > s && k - j < 3 && is_cap_word(doc, j - 1) && idx.head_kind(doc, j - 1).is_none() {
            j -= 1;
        }
        if j > s && doc.tokens[j - 1].fold == "the" {
            k = j;
        }
    }
    if k > s && is_article(&doc.tokens[k - 1].fold) {
        k -= 1;
    }
    if k <= s
        || !matches!(
            doc.tokens[k - 1].fold.as_str(),
            "of" | "de" | "du" | "des" | "d'"
        )
    {
        return false;
    }
    k -= 1;
    k > s && idx.head_kind(doc, k - 1) == Some(PartyKind::Government)
}

/// Tokens `from..e` cut at each "and" / "et": the token ranges between them.
fn split_at_and(doc: &Doc<'_>, from: usize, e: usize) -> Vec<(usize, usize)> {
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut start = from;
    for j in from..e {
        if is_and(&doc.tokens[j].fold) {
            segs.push((start, j));
            start = j + 1;
        }
    }
    segs.push((start, e));
    segs
}

/// Plural titles before several people (`words.tsv`, list `plural_titles`).
static PLURAL_TITLES: crate::vocab::List = crate::vocab::List::named("plural_titles");

/// Whether a token is a plural role title ("Presidents", "Ministers").
pub(crate) fn is_plural_title(t: &crate::text::Token) -> bool {
    PLURAL_TITLES.contains(t)
}

/// "Presidents Ana Lobo of Ruritania and Piet Vos of Osterland": a plural title before
/// several "NAME of STATE" parts joined by "and" gives a person for each name, with the
/// title as their role, and the state after each.
#[allow(clippy::too_many_arguments)]
fn split_plural_titles(
    doc: &Doc<'_>,
    s: usize,
    e: usize,
    sent_start: usize,
    idx: &NameIndex,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
    lang: Lang,
) -> bool {
    // The title's span, and the token after which the list of names starts.
    let (title, k) = match (s..(s + 3).min(e)).find(|&k| PLURAL_TITLES.contains(&doc.tokens[k])) {
        Some(k) => ((s, k + 1), k),
        None => {
            // "Presidents A of X, B of Y and C of Z": a later item, after a comma or "and",
            // of a list a plural title opened earlier in the sentence.
            let after_sep = s > sent_start
                && (doc.tokens[s - 1].is_punct(",") || is_and(&doc.tokens[s - 1].fold));
            let Some(t) = (s.saturating_sub(30).max(sent_start)..s)
                .rev()
                .find(|&t| PLURAL_TITLES.contains(&doc.tokens[t]))
                .filter(|_| after_sep)
            else {
                return false;
            };
            ((t, t + 1), s - 1)
        }
    };
    let later_item = k + 1 == s;
    let segs = split_at_and(doc, k + 1, e);
    // Each part: two to four capitalised words (the name), then "of STATE" or nothing.
    type Part = ((usize, usize), Option<(usize, usize)>);
    let mut parts: Vec<Part> = Vec::new();
    for &(a, b) in &segs {
        let of = (a..b).find(|&j| matches!(doc.tokens[j].fold.as_str(), "of" | "du" | "de"));
        let name_end = of.unwrap_or(b);
        let words = name_end.saturating_sub(a);
        if !(2..=4).contains(&words)
            || !(a..name_end).all(|j| is_cap_word(doc, j) || PARTICLES.contains(&doc.tokens[j]))
            || (a..name_end).any(|j| idx.head_kind(doc, j).is_some())
        {
            return false;
        }
        parts.push(((a, name_end), of.map(|o| (o + 1, b))));
    }
    // "Presidents A of X, B of Y and C of Z": the chunk ends at the list's first comma.
    let list_goes_on = (later_item || doc.tokens.get(e).is_some_and(|t| t.is_punct(",")))
        && parts.len() == 1
        && parts[0].1.is_some();
    if (parts.len() < 2 && !list_goes_on) || (later_item && parts.iter().any(|p| p.1.is_none())) {
        return false;
    }
    for ((a, b), state) in parts {
        push(out, a, b, MentionKind::Person);
        if let Some(m) = out.last_mut() {
            m.role_before = Some(title);
        }
        if let Some((x, y)) = state.filter(|(x, y)| x < y) {
            classify_segment(doc, x, y, sent_start, idx, g, out, lang);
        }
    }
    true
}

fn split_plural_ministries(
    doc: &Doc<'_>,
    s: usize,
    e: usize,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let head = doc.tokens[s].fold.as_str();
    if !matches!(
        head,
        "ministries" | "ministeres" | "departments" | "agencies"
    ) {
        return None;
    }
    if !doc
        .tokens
        .get(s + 1)
        .is_some_and(|t| matches!(t.fold.as_str(), "of" | "de" | "des" | "du"))
    {
        return None;
    }
    let segs = split_at_and(doc, s + 2, e);
    let parts: Vec<(usize, usize)> = match segs.len() {
        2 => segs.clone(),
        4 => vec![(segs[0].0, segs[1].1), (segs[2].0, segs[3].1)],
        3 => vec![segs[0], (segs[1].0, segs[2].1)],
        _ => return None,
    };
    for (f, l) in parts {
        push(
            out,
            f,
            l,
            MentionKind::Org {
                gaz: None,
                kind: Some(PartyKind::Government),
            },
        );
    }
    Some(2)
}

/// The singular organisation name a plural-head part stands for ("Ministry of …").
pub fn plural_part_name(doc: &Doc<'_>, m: &Mention) -> Option<String> {
    if matches!(m.kind, MentionKind::Org { gaz: None, .. }) {
        if let Some(name) = plural_government_name(doc, m) {
            return Some(name);
        }
    }
    let first = m.first;
    // Walk back over "and …" to the plural head, within the line: a headline "Agencies
    // sign pact" names no part of the next line's bodies, nor does "agencies" without "of".
    let mut k = first;
    while k > 0 {
        if doc.tokens[k].newline_before {
            return None;
        }
        k -= 1;
        let f = doc.tokens[k].fold.as_str();
        if matches!(f, "ministries" | "ministeres" | "departments" | "agencies")
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.fold.as_str(), "of" | "de" | "des" | "du"))
        {
            let singular = match f {
                "ministries" => "Ministry of",
                "ministeres" => "Ministère de",
                "departments" => "Department of",
                _ => "Agency of",
            };
            return Some(format!("{singular} {}", doc.slice(m.first, m.last)));
        }
        if doc.tokens[k].kind == TokKind::Punct || first - k > 20 {
            return None;
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn classify_segment(
    doc: &Doc<'_>,
    s: usize,
    e: usize,
    sent_start: usize,
    idx: &NameIndex,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
    lang: Lang,
) {
    let _ = lang;
    let mut s = s;
    while s < e
        && (is_and(&doc.tokens[s].fold)
            || is_name_connector(&doc.tokens[s].fold)
            || is_article(&doc.tokens[s].fold))
        && !doc.tokens[s].cap
    {
        s += 1;
    }
    if s >= e {
        return;
    }
    // Known names inside the phrase.
    let known_here = idx.longest_at(doc, s, e);
    let has_head = org_by_head(doc, s, e, idx);
    if let Some(h) = known_here {
        if h.last == e {
            let kind = match h.known {
                Known::Org { idx: gi, .. } => MentionKind::Org {
                    gaz: Some(gi),
                    kind: Some(g.orgs[gi].kind),
                },
                Known::Outlet => MentionKind::Outlet,
                Known::Country(c) => MentionKind::Country(c),
                Known::Demonym(c) => MentionKind::Demonym(c),
                Known::City(c) => MentionKind::City(c),
            };
            push(out, s, e, kind);
            return;
        }
        match h.known {
            // "Huawei Technologies Kenya", "MTN Business", "Kaspersky Lab": a known
            // organisation extended by a state, head words, acronyms, or one last word.
            Known::Org { idx: gi, .. } => {
                // "Ministry of Digital Affairs of Ruritania": a body's generic name with
                // "of" and a name no table knows is another state's or region's body of
                // that name, not the known one.
                if g.orgs[gi].kind == PartyKind::Government
                    && doc.tokens.get(h.last).is_some_and(|t| {
                        matches!(t.fold.as_str(), "of" | "de" | "du" | "des" | "d'")
                    })
                {
                    let mut j = h.last + 1;
                    if j < e && is_article(&doc.tokens[j].fold) && !doc.tokens[j].cap {
                        j += 1;
                    }
                    // "Cyber Security Authority of South Africa": so is one of another
                    // known state than the known body's.
                    let other_state = idx.longest_at(doc, j, e).is_some_and(|h| {
                        matches!(h.known, Known::Country(c) if h.last == e
                            && g.orgs[gi].country.as_deref() != Some(g.countries[c].iso2.as_str()))
                    });
                    let unknown_tail = j < e
                        && (other_state
                            || (j..e).all(|k| {
                                idx.head_kind(doc, k).is_none()
                                    && idx.longest_at(doc, k, e).is_none()
                            }));
                    if unknown_tail {
                        push(
                            out,
                            s,
                            e,
                            MentionKind::Org {
                                gaz: None,
                                kind: Some(PartyKind::Government),
                            },
                        );
                        return;
                    }
                }
                let mut x = h.last;
                // "ASEAN Centre for Cyber Research and Threat Analysis": a known name
                // before a body's head word opens that body's whole name.
                if idx
                    .head_kind(doc, h.last)
                    .is_some_and(|k| k != PartyKind::Company)
                {
                    x = e;
                }
                while x < e {
                    // A place's name is taken whole ("… Agency of Sierra Leone").
                    let place = idx.longest_at(doc, x, e).filter(|k| {
                        matches!(
                            k.known,
                            Known::Country(_) | Known::City(_) | Known::Demonym(_)
                        )
                    });
                    if let Some(k) = place {
                        x = k.last;
                    } else if idx.head_kind(doc, x).is_some()
                        || doc.tokens[x].upper
                        || is_name_connector(&doc.tokens[x].fold)
                    {
                        x += 1;
                    } else {
                        break;
                    }
                }
                if x == h.last && e - h.last == 1 {
                    x = e;
                }
                while x > h.last && is_name_connector(&doc.tokens[x - 1].fold) {
                    x -= 1;
                }
                let kind = head_kind(doc, s, x, idx).or(Some(g.orgs[gi].kind));
                push(
                    out,
                    s,
                    x,
                    MentionKind::Org {
                        gaz: Some(gi),
                        kind,
                    },
                );
                if x < e {
                    classify_segment(doc, x, e, sent_start, idx, g, out, lang);
                }
                return;
            }
            // "Togo Cyber Défense", "Ghana Post": a state's name that opens a name of
            // common words, or of one word after a state's name that is no given name, is
            // a firm's name, not the state.
            Known::Country(_)
                if !has_head
                    && (1..=3).contains(&(e - h.last))
                    && ((h.last..e).any(|k| COMMON_WORDS.contains(&doc.tokens[k]))
                        || e - h.last == 1
                            && h.last - s == 1
                            && !crate::given_names::is_given_name(&doc.tokens[s].fold))
                    && !crate::given_names::is_given_name(&doc.tokens[h.last].fold)
                    && (h.last..e).all(|k| {
                        let verb = (1 << Cue::Sign as usize) | (1 << Cue::Partner as usize);
                        is_cap_word(doc, k)
                            && crate::lexicon::curated().cue_starts(&doc.tokens[k]) & verb == 0
                            && !idx.is_role_word(doc, k)
                            && !is_calendar(doc, k)
                            && idx.longest_at(doc, k, e).is_none()
                    }) =>
            {
                let kind = Some(PartyKind::Company);
                push(out, s, e, MentionKind::Org { gaz: None, kind });
                return;
            }
            // "Dominique Riban", "Jordan Smith": a state's name that is a given name.
            Known::Country(_)
                if e - s == 2
                    && is_cap_word(doc, s + 1)
                    && (!doc.tokens[s + 1].upper || (s > 0 && idx.is_honorific(doc, s - 1)))
                    && idx.longest_at(doc, s + 1, e).is_none()
                    && !COMMON_WORDS.contains(&doc.tokens[s + 1]) =>
            {
                push(out, s, e, MentionKind::Person);
                return;
            }
            // "Kenya National Computer … Committee": a state then an organisation.
            Known::Country(_) | Known::Demonym(_) if has_head => {
                push(
                    out,
                    s,
                    e,
                    MentionKind::Org {
                        gaz: None,
                        kind: head_kind(doc, s, e, idx),
                    },
                );
                return;
            }
            // "Georgia Davit Asatiani": a state, then a person.
            Known::Country(c) | Known::Demonym(c) => {
                let kind = if matches!(h.known, Known::Country(_)) {
                    MentionKind::Country(c)
                } else {
                    MentionKind::Demonym(c)
                };
                push(out, s, h.last, kind);
                classify_segment(doc, h.last, e, sent_start, idx, g, out, lang);
                return;
            }
            _ => {}
        }
    }
    // "… at the foreign Ministry Muhammad Anshor and …": in English a body's name does not
    // go on with a person's (French does: "Université Cheikh Anta Diop").
    if has_head && lang == Lang::En {
        let person_at = (s + 1..e.saturating_sub(1)).find(|&k| {
            idx.head_kind(doc, k - 1).is_some()
                && !word_set!("head_first").contains(&doc.tokens[k - 1])
                && crate::given_names::is_given_name(&doc.tokens[k].fold)
                && (2..=4).contains(&(e - k))
                && (k..e).all(|j| {
                    let t = &doc.tokens[j];
                    t.cap
                        && !t.upper
                        && t.kind == TokKind::Word
                        && idx.head_kind(doc, j).is_none()
                        && idx.longest_at(doc, j, j + 1).is_none()
                        && !COMMON_WORDS.contains(t)
                })
        });
        if let Some(k) = person_at {
            push(
                out,
                s,
                k,
                MentionKind::Org {
                    gaz: None,
                    kind: head_kind(doc, s, k, idx),
                },
            );
            push(out, k, e, MentionKind::Person);
            return;
        }
    }
    if has_head {
        push(
            out,
            s,
            e,
            MentionKind::Org {
                gaz: None,
                kind: head_kind(doc, s, e, idx),
            },
        );
        return;
    }
    // "Atlas Cloud Maroc", "Sahelcom Niger": a brand and the state of a local subsidiary.
    if e - s >= 2 && !is_name_connector(&doc.tokens[e - 2].fold) {
        // "Norvik Srbija", "Halden España": a state's name in its own language too.
        let tail_state = (s + 1..e)
            .find(|&k| {
                idx.place_at(doc, k, e)
                    .is_some_and(|h| h.last == e && matches!(h.known, Known::Country(_)))
            })
            .or_else(|| {
                let t = &doc.tokens[e - 1];
                ((t.cap || t.upper) && word_set!("state_endonyms").contains(t)).then_some(e - 1)
            });
        if let Some(k) = tail_state {
            let brand = (s..k).any(|j| {
                let t = &doc.tokens[j];
                (t.cap || t.upper) && !COMMON_WORDS.contains(t) && idx.place_at(doc, j, k).is_none()
            });
            // "Kenya Signs Cyber Deal With Ghana": a headline in title case, not a brand.
            let verb = (1 << Cue::Sign as usize) | (1 << Cue::Partner as usize);
            let headline = (s..k).any(|j| {
                crate::lexicon::curated().cue_starts(&doc.tokens[j]) & verb != 0
                    || matches!(doc.tokens[j].fold.as_str(), "with" | "avec" | "to")
            });
            if brand && !headline && !(s..k).any(|j| idx.is_role_word(doc, j)) {
                push(
                    out,
                    s,
                    e,
                    MentionKind::Org {
                        gaz: None,
                        kind: Some(PartyKind::Company),
                    },
                );
                return;
            }
        }
    }
    let n = e - s;
    if n == 1 {
        let t = &doc.tokens[s];
        let letters = t.fold.chars().filter(|c| c.is_alphabetic()).count();
        if (t.upper || mixed_acronym(doc.slice(s, e)))
            && letters >= 2
            && !NOT_ORG_ACRONYMS.contains(t)
        {
            push(
                out,
                s,
                e,
                MentionKind::Org {
                    gaz: None,
                    kind: None,
                },
            );
        } else if s != sent_start && letters >= 3 {
            push(out, s, e, MentionKind::Other);
        }
        return;
    }
    // "Au-delà du Sénégal" ends on a place; "Jean Dominique Okemba" only has a given name
    // that is also a state's.
    // A city's name may be a surname after a known given name ("Anna Pereira").
    let given_first = crate::given_names::is_given_name(&doc.tokens[s].fold)
        && idx.place_at(doc, s, s + 1).is_none();
    let place_inside = (s + 1..e).any(|k| {
        idx.place_at(doc, k, e).is_some_and(|h| {
            h.last == e
                && match h.known {
                    Known::Country(_) => true,
                    Known::City(_) => !(given_first && k == s + 1 && k + 1 == e),
                    _ => false,
                }
        })
    });
    let common = (s..e).any(|k| COMMON_WORDS.contains(&doc.tokens[k]));
    let particles = (s..e)
        .filter(|&k| PARTICLES.contains(&doc.tokens[k]))
        .count();
    // "Jean Koffi MENSAH AKPO": after a known given name, surnames may be in capitals; so
    // they may after any given name in apposition to a title ("the director, Nayra APAZA
    // QUISPE, said", "Nayra APAZA QUISPE, director of …").
    let comma_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.is_punct(","));
    let titled = (s >= 2 && comma_at(s - 1) && idx.is_role_word(doc, s - 2))
        || (comma_at(e)
            && (idx.is_role_word(doc, e + 1)
                || doc.tokens.get(e + 1).is_some_and(|t| is_article(&t.fold))
                    && idx.is_role_word(doc, e + 2)));
    let caps_tail = |k: usize| {
        (k..e).all(|j| doc.tokens[j].upper)
            && (titled || (s..k).any(|j| crate::given_names::is_given_name(&doc.tokens[j].fold)))
    };
    // "DIALLO Ibrahima", "KONÉ Awa Marie": French lists write the surname first, in
    // capitals, then the given names (one of them known), in French texts only.
    let caps_head = |k: usize| {
        lang == Lang::Fr
            && (s..=k).all(|j| doc.tokens[j].upper && idx.longest_at(doc, j, j + 1).is_none())
            && (k + 1..e).all(|j| doc.tokens[j].cap && !doc.tokens[j].upper)
            && (k + 1..e).any(|j| crate::given_names::is_given_name(&doc.tokens[j].fold))
    };
    // "St Helier", "Port Aldis", "Mount Hagen": a town's first word opens no person's name.
    let town_first = (word_set!("town_first").contains(&doc.tokens[s])
        || word_set!("name_abbreviations").contains(&doc.tokens[s]))
        && !crate::given_names::is_given_name(&doc.tokens[s].fold);
    // "la Loterie Romande", "the Halvorsen Trust": a definite article before a pair of
    // unknown words names a body, not a person.
    let the_before = s > 0
        && matches!(
            doc.tokens[s - 1].fold.as_str(),
            "la" | "le" | "l'" | "les" | "the"
        );
    // "at the Jaya Sabha governor's office", "the Anna Lind building": after an article, a
    // pair that qualifies a lowercase noun of a venue or a role names a place, given name
    // or not.
    let qualifies_noun = doc.tokens.get(e).is_some_and(|t| {
        t.kind == TokKind::Word
            && !t.cap
            && (word_set!("venue_heads").contains(t)
                || word_set!("town_venue").contains(t)
                || idx.is_role_word(doc, e))
    });
    let article_before =
        the_before && (!crate::given_names::is_given_name(&doc.tokens[s].fold) || qualifies_noun);
    let person_shape = n - particles <= 5
        && !place_inside
        && !common
        && !town_first
        && !article_before
        && (s..e).all(|k| {
            let t = &doc.tokens[k];
            (t.cap && !t.upper && t.kind == TokKind::Word)
                || PARTICLES.contains(t)
                || (t.upper && t.fold.len() >= 2 && (k == e - 1 || caps_tail(k) || caps_head(k)))
                || t.fold.len() == 1
        });
    if person_shape {
        push(out, s, e, MentionKind::Person);
        return;
    }
    if article_before {
        push(out, s, e, MentionKind::Other);
        return;
    }
    // "… for Southeast Asia Yeo Siang Tiong": a region, then a name.
    let mut k = s;
    while k < e && (COMMON_WORDS.contains(&doc.tokens[k]) || idx.place_at(doc, k, e).is_some()) {
        k = idx.place_at(doc, k, e).map_or(k + 1, |h| h.last);
    }
    if k > s && e - k >= 2 && e - k <= 4 {
        let rest_ok = (k..e).all(|j| {
            let t = &doc.tokens[j];
            (t.cap && t.kind == TokKind::Word && !COMMON_WORDS.contains(t))
                || PARTICLES.contains(t)
                || t.fold.len() == 1
        });
        if rest_ok {
            push(out, s, k, MentionKind::Other);
            push(out, k, e, MentionKind::Person);
            return;
        }
    }
    push(out, s, e, MentionKind::Other);
}

/// Common capitalised words of headlines and titles: never a person's name, and never
/// enough, with only a weak head word ("Security", "Digital"), to make an organisation.
pub(crate) static COMMON_WORDS: crate::vocab::List = crate::vocab::List::named("common_words");

/// Institutional head words in the plural name a category, not a body ("Academic Centres
/// of Excellence", "Ministries").
static PLURAL_HEADS: crate::vocab::List = crate::vocab::List::named("plural_heads");

/// Whether a token is an institutional head word in the plural ("Agencies", "Bodies").
pub(crate) fn is_plural_head(t: &crate::text::Token) -> bool {
    PLURAL_HEADS.contains(t)
}

/// Whether tokens `s..e` name an organisation by their head word: a strong head
/// (Ministry, Agency, Authority, University…) or a company head ("Technologies", "SPA")
/// with a proper word beside it ("Positive Technologies", not "Cyber Security").
fn org_by_head(doc: &Doc<'_>, s: usize, e: usize, idx: &NameIndex) -> bool {
    // "Haute école de gestion": the lowercase head after the name's opening adjective.
    if e > s + 2 && opened_head(doc, s, idx).is_some() {
        return true;
    }
    let mut strong = false;
    let mut weak = false;
    let mut proper = false;
    let mut other = false;
    for k in s..e {
        let t = &doc.tokens[k];
        if PLURAL_HEADS.contains(t) {
            // "Association of Banks", "Chamber of Mines": a plural in the complement of a
            // head names what the body gathers.
            if k > s && is_name_connector(&doc.tokens[k - 1].fold) {
                continue;
            }
            return false;
        }
        if k > s && dotted_form_ends(doc, k, e) {
            weak = true;
            break;
        }
        match idx.head_kind(doc, k) {
            // A legal form ends a company's name, whatever its other words ("Pacific
            // Telecom Ltd", "Sahel Conseil SARL").
            Some(_) if k + 1 == e && k > s && is_legal_form(&t.fold) => strong = true,
            // A bank with a complement is a body ("Banque centrale des Comores").
            Some(_) if matches!(t.fold.as_str(), "bank" | "banque") && e - s >= 2 => strong = true,
            Some(PartyKind::Company) => weak = true,
            Some(PartyKind::Other) => {
                weak = true;
                other = true;
            }
            Some(_) => strong = true,
            None => {
                // "Cyber 360 Group": a number inside the name makes it its own.
                if (t.cap || t.upper)
                    && t.kind == TokKind::Word
                    && !COMMON_WORDS.contains(t)
                    && idx.place_at(doc, k, e).is_none()
                    || (t.kind == TokKind::Num && k > s && k + 1 < e)
                {
                    proper = true;
                }
            }
        }
    }
    // A lone head word ("Sécurité", "Ministry") names nothing.
    if e - s == 1 && !doc.tokens[s].upper {
        return false;
    }
    // "National Cyber Security Association": four capitalised words or more that end on
    // the head word name a body of their own.
    let long_name =
        e - s >= 4 && idx.head_kind(doc, e - 1).is_some() && (s..e).all(|k| is_cap_word(doc, k));
    // "Malta Association of Banks", "Kenya Chamber of Mines": an association's head after
    // a state's name names the state's own association.
    let state_association = other
        && e - s >= 3
        && idx.longest_at(doc, s, e).is_some_and(|h| {
            matches!(h.known, Known::Country(_) | Known::Demonym(_))
                && idx.head_kind(doc, h.last) == Some(PartyKind::Other)
        });
    strong || (weak && (proper || long_name)) || state_association
}

/// Whether folded words name a town hall ("hôtel de ville de Bienne", "Port Ruri city
/// hall"): a venue, never the town's council.
/// The `n` words are read through `word`, so that a chunk's tokens need no copy.
fn is_town_hall<'a>(n: usize, word: impl Fn(usize) -> &'a str) -> bool {
    (n >= 3 && word(0) == "hotel" && word(1) == "de" && word(2) == "ville")
        || (1..n).any(|k| word(k) == "hall" && matches!(word(k - 1), "city" | "town"))
}

fn mixed_acronym(s: &str) -> bool {
    // "CERT-In", "NC4", "US-CERT", "e&": at least two capitals and no run of 3 lowercase.
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    caps >= 2
        && s.chars().next().is_some_and(char::is_uppercase)
        && !s.contains(' ')
        && s.chars()
            .collect::<Vec<_>>()
            .windows(3)
            .all(|w| !w.iter().all(|c| c.is_lowercase()))
}

fn head_kind(doc: &Doc<'_>, s: usize, e: usize, idx: &NameIndex) -> Option<PartyKind> {
    // A two-word head first ("Banque centrale", "Central Bank" are government bodies
    // where "Banque" and "Bank" alone are companies).
    let pair = (s..e.saturating_sub(1)).find_map(|k| {
        let (a, b) = (&doc.tokens[k], &doc.tokens[k + 1]);
        if !(a.cap || a.upper) || !a.is_word() || !b.is_word() {
            return None;
        }
        // "Communauté d'agglomération", "Communauté de communes": a head, "de", a noun.
        let three = || {
            let c = doc.tokens.get(k + 2).filter(|c| k + 2 < e && c.is_word())?;
            let glue = if b.fold.ends_with('\'') { "" } else { " " };
            matches!(b.fold.as_str(), "de" | "d'")
                .then(|| {
                    idx.org_heads
                        .get_text(&format!("{} {}{glue}{}", a.fold, b.fold, c.fold))
                        .copied()
                })
                .flatten()
        };
        idx.org_heads
            .get_text(&format!("{} {}", a.fold, b.fold))
            .copied()
            .or_else(three)
    });
    // A company word that only describes a later head: "Cyber Security Agency" is an
    // agency, "Digital Transformation Authority" an authority; the head is the last head
    // word before a preposition ("Agence de Sécurité" stops at "de"), and a company suffix
    // after a descriptor stays last ("Nordwave Security Ltd").
    // "Haute école de …": the head in lowercase after the adjective that opens the name.
    let first = pair
        .or_else(|| (e > s + 1).then(|| opened_head(doc, s, idx)).flatten())
        .or_else(|| (s..e).find_map(|k| idx.head_kind(doc, k)))
        .or_else(|| {
            (s + 1..e)
                .any(|k| dotted_form_ends(doc, k, e))
                .then_some(PartyKind::Company)
        });
    // So does a word of a kind "other" before a body's head: "Federation University" is
    // a university.
    if !matches!(first, Some(PartyKind::Company | PartyKind::Other)) {
        return first;
    }
    let stop = (s..e)
        .find(|&k| word_set!("head_kind").contains(&doc.tokens[k]))
        .unwrap_or(e);
    (s..stop)
        .rev()
        .find_map(|k| idx.head_kind(doc, k))
        .or(first)
}

/// Whether a line of its own heads a press release's boilerplate with the name at
/// `first..last`: "About Corvid Labs", "À propos de Numéris" (a person's name there would
/// head an author's note, which no company noun follows).
fn about_heading(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let name = crate::text::fold(doc.slice(first, last));
    doc.lines.iter().any(|l| {
        let (a, b) = l.tokens;
        if b <= a + 1 {
            return false;
        }
        let line = crate::text::fold(doc.slice(a, b));
        ["about ", "a propos de ", "a propos d'", "a propos d' "]
            .iter()
            .any(|h| line.strip_prefix(h).is_some_and(|rest| rest.trim() == name))
    })
}

/// Words that cannot stand between a descriptor name and the name it describes.
static NOT_DESCRIPTORS: crate::vocab::List = crate::vocab::List::named("not_descriptors");

/// Sets the context flags of mentions: possessive, modifier, company cue, countries.
#[allow(clippy::needless_range_loop)] // mentions are read and written by index together
fn mark_context(
    doc: &Doc<'_>,
    lang: Lang,
    lex: &Lexicon,
    idx: &NameIndex,
    g: &Gazetteer,
    mentions: &mut [Mention],
) {
    let _ = (idx, g);
    let company = lex.cue(Cue::Company);
    for m in 0..mentions.len() {
        let (first, last) = (mentions[m].first, mentions[m].last);
        // Possessive: "Kaspersky's", "AFRIPOL’s".
        mentions[m].possessive = doc
            .tokens
            .get(last)
            .is_some_and(|t| t.fold == "'" && !t.space_before)
            && (doc
                .tokens
                .get(last + 1)
                .is_some_and(|t| t.fold == "s" && !t.space_before)
                // A plural's apostrophe: "the Valdor Police Services' Fraud Unit".
                || (lang == Lang::En
                    && doc.tokens[last - 1].fold.ends_with('s')
                    && doc.tokens[last - 1].cap
                    && doc
                        .tokens
                        .get(last + 1)
                        .is_some_and(|t| t.cap && t.space_before && !t.newline_before)));
        // A state inside the name.
        if matches!(mentions[m].kind, MentionKind::Org { .. }) {
            if let Some(c) = country_inside(doc, first, last) {
                mentions[m].country = Some(c);
            } else if let Some(c) = city_inside(doc, g, first, last) {
                // "Bank of Kigali", "Université de Lomé", "Dubai Police": a city in the
                // name places the body in the city's state.
                mentions[m].country = Some(c);
            }
        }
        // "Dubai-based X": the state of the place.
        if mentions[m].country.is_none()
            && matches!(
                mentions[m].kind,
                MentionKind::Org { .. } | MentionKind::Other
            )
            && first > 0
        {
            if let Some(st) = based_place(doc, first - 1).and_then(|w| state_of_place(g, &w)) {
                mentions[m].country = Some(st);
            }
        }
        // A company noun right before: "cybersecurity firm Kaspersky", "la société russe X".
        let lo = first.saturating_sub(4);
        for k in lo..first {
            // "la société russe X", not "the firm Huawei on Tuesday": no name between.
            // Nor "la société à Saint-Malo": a preposition between.
            if company.longest_at(doc, k, first, lang).is_some_and(|h| {
                h.last + 2 >= first
                    && (h.last..first).all(|j| {
                        !is_cap_word(doc, j)
                            && !word_set!("place_prepositions").contains(&doc.tokens[j])
                    })
            }) {
                mentions[m].company_cue = true;
            }
        }
        let other_cue = first > 0 && OTHER_ORG_NOUNS.contains(&doc.tokens[first - 1]);
        if mentions[m].kind == MentionKind::Other
            && !doc.tokens[first..last]
                .iter()
                .all(|t| COMMON_WORDS.contains(t))
        {
            if mentions[m].company_cue {
                mentions[m].kind = MentionKind::Org {
                    gaz: None,
                    kind: Some(PartyKind::Company),
                };
            } else if other_cue {
                mentions[m].kind = MentionKind::Org {
                    gaz: None,
                    kind: Some(PartyKind::Other),
                };
            }
        }
        // "la société estonienne Tarkvara Kaitse": a company noun before a pair of words
        // that holds no given name.
        if mentions[m].company_cue
            && mentions[m].kind == MentionKind::Person
            && !(first..last).any(|k| crate::given_names::is_given_name(&doc.tokens[k].fold))
        {
            mentions[m].kind = MentionKind::Org {
                gaz: None,
                kind: Some(PartyKind::Company),
            };
        }
        if other_cue && mentions[m].kind == MentionKind::Person {
            mentions[m].kind = MentionKind::Org {
                gaz: None,
                kind: Some(PartyKind::Other),
            };
        }
    }
    // "Sentinel Grid, an Israeli provider of network software": a company noun heading the
    // apposition after a name makes it a company wherever it is named ("Jane Roe, a
    // consultant with the firm" is no company: the noun must head the apposition).
    let mut companies: Vec<String> = Vec::new();
    let preposition = |f: &str| word_set!("mark_context").contains_str(f);
    for m in mentions.iter() {
        // "Corvid Labs is a cybersecurity company headquartered in …", "X est une
        // entreprise …": the copula of a press release's closing boilerplate, opening its
        // sentence, does the apposition's work.
        let copula = doc
            .tokens
            .get(m.last)
            .is_some_and(|t| matches!(t.fold.as_str(), "is" | "est"))
            && doc.sentence_of.get(m.first).is_some_and(|&s| {
                let a = doc.sentences[s].tokens.0;
                a == m.first || (a + 1 == m.first && is_article(&doc.tokens[a].fold))
            });
        if !matches!(m.kind, MentionKind::Person | MentionKind::Other)
            || !(copula || doc.tokens.get(m.last).is_some_and(|t| t.is_punct(",")))
            || !doc
                .tokens
                .get(m.last + 1)
                .is_some_and(|t| matches!(t.fold.as_str(), "a" | "an" | "une" | "un"))
        {
            continue;
        }
        let from = m.last + 2;
        // A given name makes it a person ("Jane Roe, a company director"), unless a
        // demonym opens the apposition ("Doha Shield, a Qatari defence company"), or an
        // "About X" line heads the boilerplate that presents it.
        let national = mentions
            .iter()
            .any(|o| o.first == from && matches!(o.kind, MentionKind::Demonym(_)))
            || (copula && about_heading(doc, m.first, m.last));
        if !national
            && (m.first..m.last).any(|k| crate::given_names::is_given_name(&doc.tokens[k].fold))
        {
            continue;
        }
        let to = (from + 5).min(doc.tokens.len());
        let noun = (from..to)
            .take_while(|&k| doc.tokens[k].is_word() && !preposition(&doc.tokens[k].fold))
            .any(|k| {
                let heads = doc
                    .tokens
                    .get(k + 1)
                    .is_none_or(|n| !n.is_word() || preposition(&n.fold));
                heads
                    && company.longest_at(doc, k, k + 1, lang).is_some()
                    && !matches!(
                        doc.tokens[k].fold.as_str(),
                        "specialist" | "developer" | "group"
                    )
            });
        if noun {
            companies.push(crate::text::fold(doc.slice(m.first, m.last)));
        }
    }
    if !companies.is_empty() {
        for m in mentions.iter_mut() {
            if matches!(m.kind, MentionKind::Person | MentionKind::Other)
                && companies.contains(&crate::text::fold(doc.slice(m.first, m.last)))
            {
                m.kind = MentionKind::Org {
                    gaz: None,
                    kind: Some(PartyKind::Company),
                };
            }
        }
    }
    // Modifiers: a name followed by lowercase descriptors and then another name.
    for m in 0..mentions.len() {
        let Some(next) = mentions.get(m + 1) else {
            continue;
        };
        let gap = next.first.saturating_sub(mentions[m].last);
        let sent_same = doc.sentence_of.get(mentions[m].first) == doc.sentence_of.get(next.first);
        let next_is_name = matches!(
            next.kind,
            MentionKind::Org { .. } | MentionKind::Other | MentionKind::Country(_)
        );
        if !sent_same || !next_is_name {
            continue;
        }
        let between = &doc.tokens[mentions[m].last..next.first];
        let possessive_gap = mentions[m].possessive;
        // Descriptors are nouns and adjectives ("policing institution", "operator group"),
        // never verbs or prepositions ("sign", "on"); what follows must be a name, not a
        // date or an instrument.
        // "le groupe italien de défense Velastra", "Italian defence and aerospace group
        // Velastra": after a demonym, descriptors joined by "de" / "and" describe the name.
        let joined = matches!(mentions[m].kind, MentionKind::Demonym(_))
            && between.last().is_some_and(|l| !NOT_DESCRIPTORS.contains(l))
            && between.iter().all(|t| {
                t.kind == TokKind::Word
                    && !t.cap
                    && (!NOT_DESCRIPTORS.contains(t) || word_set!("descriptor_joints").contains(t))
            });
        let descriptors = between
            .iter()
            .all(|t| t.kind == TokKind::Word && !t.cap && !NOT_DESCRIPTORS.contains(t))
            || joined
            || (possessive_gap && between.len() == 2);
        if is_calendar(doc, next.first)
            || matches!(
                doc.tokens[next.first].fold.as_str(),
                "mou" | "mous" | "memorandum" | "agreement"
            )
        {
            continue;
        }
        let is_state_or_demonym = matches!(
            mentions[m].kind,
            MentionKind::Country(_) | MentionKind::Demonym(_)
        );
        if descriptors && gap <= 5 && (gap >= 1 || is_state_or_demonym) {
            let country = match mentions[m].kind {
                MentionKind::Country(c) | MentionKind::Demonym(c) => Some(c),
                _ => None,
            };
            if (gap >= 1 || is_state_or_demonym)
                && (joined
                    || between
                        .iter()
                        .all(|t| !word_set!("mark_context_2").contains(t)))
            {
                mentions[m].modifier = true;
                if let Some(c) = country {
                    if mentions[m + 1].country.is_none() {
                        mentions[m + 1].country = Some(c);
                    }
                }
            }
        }
    }
    // A state or demonym, a comma, then a body: "son homologue de France, l'Agence …",
    // "son pendant français, l'Agence …". Not after a body the state's adjective describes:
    // "Ghanaian cyber authority, Tallis Networks to …" lists two parties.
    for m in 0..mentions.len().saturating_sub(1) {
        let (MentionKind::Country(c) | MentionKind::Demonym(c)) = mentions[m].kind else {
            continue;
        };
        let n = m + 1;
        if !matches!(mentions[n].kind, MentionKind::Org { .. })
            || mentions[n].country.is_some()
            || described_body(doc, &mentions[m])
        {
            continue;
        }
        let between = &doc.tokens[mentions[m].last..mentions[n].first];
        if between.first().is_some_and(|t| t.is_punct(","))
            && between.len() <= 3
            && between[1..].iter().all(|t| is_article(&t.fold))
        {
            mentions[n].country = Some(c);
        }
    }
    // A demonym or state right after an organisation: "ADIE Sénégalaise", "ANSS française",
    // "l'ADIE du Sénégal", "Department of Foreign Affairs and Trade, Australia".
    for m in 0..mentions.len() {
        if !matches!(mentions[m].kind, MentionKind::Org { .. }) || mentions[m].country.is_some() {
            continue;
        }
        let last = mentions[m].last;
        let mut k = last;
        if doc.tokens.get(k).is_some_and(|t| t.is_punct("(")) {
            if let Some(close) =
                (k..(k + 14).min(doc.tokens.len())).find(|&j| doc.tokens[j].is_punct(")"))
            {
                k = close + 1;
            }
        }
        let skip_words = |k: usize| -> usize {
            let mut k = k;
            if doc
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.fold.as_str(), "du" | "de" | "of" | "," | "in"))
            {
                k += 1;
            }
            if doc
                .tokens
                .get(k)
                .is_some_and(|t| word_set!("mark_context_3").contains(t))
            {
                k += 1;
            }
            k
        };
        let k2 = skip_words(k);
        if let Some(n) = mentions
            .iter()
            .skip(m + 1)
            .take(4)
            .find(|n| n.first == k || n.first == k2)
        {
            if let MentionKind::Country(c) | MentionKind::Demonym(c) = n.kind {
                mentions[m].country = Some(c);
            }
        }
    }
}

/// The state of a city named inside tokens `first..last` (after the first word or as the
/// first word of a name of two words or more).
fn city_inside(doc: &Doc<'_>, g: &Gazetteer, first: usize, last: usize) -> Option<usize> {
    if last - first < 2 {
        return None;
    }
    let idx = crate::names::index();
    (first..last).find_map(|k| {
        let h = idx.city_at(doc, k, last)?;
        let Known::City(c) = h.known else { return None };
        let iso = &g.cities[c].iso2;
        g.countries.iter().position(|x| &x.iso2 == iso)
    })
}

/// The state named inside a token range ("… of Pakistan", "Huawei Technologies Kenya",
/// "Egyptian Electricity Holding Company").
pub fn country_inside(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    let idx = crate::names::index();
    (first..last).find_map(|k| match idx.place_at(doc, k, last)?.known {
        // "Jordan Smith Consulting": a state's name that is also a given name, before a
        // surname, names a person.
        _ if k + 2 < last
            && crate::given_names::is_given_name(&doc.tokens[k].fold)
            && is_cap_word(doc, k + 1)
            && idx.head_kind(doc, k + 1).is_none()
            && idx.place_at(doc, k + 1, last).is_none() =>
        {
            None
        }
        Known::Country(c) | Known::Demonym(c) => Some(c),
        _ => None,
    })
}

/// Words too generic to stand for an organisation on their own.
static GENERIC_WORDS: crate::vocab::List = crate::vocab::List::named("generic_words");

/// Whether `short` is a short form of `long`: a leading part ("Huawei" of "Huawei
/// Technologies Kenya"), a trailing part after a state ("National … Committee" of "Kenya
/// National … Committee"), or the same words in other case.
fn short_form_of(short: &[&str], long: &[&str], idx: &NameIndex) -> bool {
    if short.is_empty() || short.len() >= long.len() {
        return short == long;
    }
    if GENERIC_WORDS.contains_str(short[0]) && short.len() == 1 {
        return false;
    }
    if long.starts_with(short) {
        return !GENERIC_WORDS.contains_str(short[0]);
    }
    // "Dinant" for "Ville de Dinant", "Port Hedley" for "City of Port Hedley": a town's
    // name is the short form of its council's.
    if long.ends_with(short) && long.len() - short.len() >= 2 {
        let extra = &long[..long.len() - short.len()];
        let head = usize::from(matches!(extra[0], "the" | "la" | "le" | "l'"));
        if extra.len() == head + 2
            && word_set!("town_bodies").contains_str(extra[head])
            && matches!(extra[head + 1], "of" | "de" | "d'")
            && !GENERIC_WORDS.contains_str(short[0])
        {
            return true;
        }
    }
    if long.ends_with(short) && short.len() >= 2 {
        // The extra words in front must be a state or an article.
        let extra = &long[..long.len() - short.len()];
        return extra
            .iter()
            .all(|w| matches!(*w, "the" | "la" | "le" | "l'") || idx.by_first_is_country(w));
    }
    // "New Mexico Tech" for "New Mexico Institute of Mining and Technology", "Lakeland
    // Tech" for "Lakeland Technological University": the leading words, then a later word
    // of a school's name clipped.
    if let Some((clip, lead)) = short.split_last() {
        let rest = &long[lead.len().min(long.len())..];
        let school = rest
            .iter()
            .any(|w| idx.org_heads.get_text(w) == Some(&PartyKind::Academic));
        if !lead.is_empty()
            && school
            && long.starts_with(lead)
            && !lead.iter().all(|w| GENERIC_WORDS.contains_str(w))
            && clip.chars().count() >= 3
            && rest
                .iter()
                .any(|w| w.len() > clip.len() && w.starts_with(clip))
        {
            return true;
        }
    }
    // Initials: "National CERT" ~ "National Computer Emergency Response Team of Pakistan".
    initials_match(short, long)
}

/// Words initials skip: "of", "the", "de"…
fn is_initials_filler(w: &str) -> bool {
    word_set!("is_initials_filler").contains_str(w)
}

/// Words an acronym's letters skip: [`is_initials_filler`]'s, "&", "on", "in", "le"…
fn is_acronym_filler(w: &str) -> bool {
    is_initials_filler(w) || word_set!("is_acronym_filler").contains_str(w)
}

fn initials_match(short: &[&str], long: &[&str]) -> bool {
    let mut li = 0;
    for w in short {
        if li < long.len() && long[li] == *w {
            li += 1;
            continue;
        }
        // An acronym word: its letters are the initials of the next long words.
        let letters = || w.chars().filter(|c| c.is_alphabetic());
        if letters().nth(1).is_none() {
            return false;
        }
        for c in letters() {
            while li < long.len() && is_initials_filler(long[li]) {
                li += 1;
            }
            if li >= long.len() || !long[li].starts_with(c) {
                return false;
            }
            li += 1;
        }
    }
    true
}

/// Acronym letters of a name match its words ("BOCRA" of "Botswana Communications
/// Regulatory Authority", "ANSSI" of "Agence nationale de la sécurité des systèmes
/// d'information"): each content word gives the start of its letters, in order; at most one
/// content word may give none.
/// Whether token `i` opens a bracket (before `b`) that holds one acronym in capitals:
/// "(CRRII)".
fn bracketed_acronym(doc: &Doc<'_>, i: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    i + 2 < b.min(toks.len())
        && toks[i].is_punct("(")
        && toks[i + 2].is_punct(")")
        && toks[i + 1].upper
}

/// "Centre régional de réponse aux incidents informatiques (CRRII)": when token `i` opens a
/// bracket holding one acronym, and the last name of the sentence (from `a`) ends a few
/// lowercase words before it, the name runs on to the bracket when the acronym spells all
/// of it (or, after a state, holds the state's code: "CI-CERT"). Whether it did.
fn spelled_run_on(
    doc: &Doc<'_>,
    g: &Gazetteer,
    mentions: &mut Vec<Mention>,
    a: usize,
    i: usize,
    b: usize,
) -> bool {
    let toks = &doc.tokens;
    if !bracketed_acronym(doc, i, b) {
        return false;
    }
    // "… et les délits high-tech (DLCH)": a hyphen inside a word is part of it.
    let small = |x: usize, y: usize| {
        toks[x..y].iter().all(|t| {
            t.is_word() && !t.cap && !t.upper || t.fold == "'" || t.is_punct("-") && !t.space_before
        })
    };
    // "Institut supérieur du numérique de Bouaké (ISNB)": a place the name holds.
    let n = mentions.len();

    let place_inside = n >= 2
        && matches!(
            mentions[n - 1].kind,
            MentionKind::City(_) | MentionKind::Country(_)
        )
        && mentions[n - 1].last == i
        && mentions[n - 2].last < mentions[n - 1].first
        && small(mentions[n - 2].last, mentions[n - 1].first);
    // "… for the EU Institutions, Agencies and Bodies (CERT-EU)": the list read as a
    // name of its own joins the team's name before it.
    let team_of = |x: &Mention| {
        let initials: String = content_letters(
            &toks[x.first..x.last]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.fold.as_str())
                .collect::<Vec<_>>(),
        )
        .iter()
        .filter_map(|w| w.first())
        .collect();
        let acr = &toks[i + 1].fold;
        acr.contains('-')
            && acr
                .split('-')
                .any(|part| part.len() >= 3 && initials.starts_with(part))
    };
    let listy = |x: usize, y: usize| {
        y >= x
            && y - x <= 8
            && (x..y).all(|k| {
                let t = &toks[k];
                is_cap_word(doc, k)
                    || t.is_punct(",")
                    || is_and(&t.fold)
                    || is_name_connector(&t.fold)
            })
    };
    let listed = |x: &Mention| {
        matches!(
            x.kind,
            MentionKind::Other | MentionKind::Org { gaz: None, .. }
        )
    };
    let list_inside = if place_inside || n < 2 || mentions[n - 1].last != i {
        None
    } else {
        (n.saturating_sub(5)..n - 1).rev().find(|&j| {
            mentions[j].first >= a
                && team_of(&mentions[j])
                && listy(mentions[j].last, i)
                && mentions[j + 1..].iter().all(listed)
        })
    };
    // "École nationale supérieure d'informatique et d'analyse des systèmes (ENSIAS)": a
    // known name, small words and the rest of the name the scanner read apart.
    let joined = !place_inside
        && list_inside.is_none()
        && n >= 2
        && mentions[n - 1].last == i
        && matches!(
            mentions[n - 1].kind,
            MentionKind::Other | MentionKind::Org { gaz: None, .. }
        )
        && matches!(mentions[n - 2].kind, MentionKind::Org { .. })
        && mentions[n - 2].last < mentions[n - 1].first
        && small(mentions[n - 2].last, mentions[n - 1].first);
    let m_at = if place_inside || joined {
        n - 2
    } else {
        list_inside.unwrap_or(n.wrapping_sub(1))
    };
    let Some(m) = mentions.get(m_at) else {
        return false;
    };
    let run_end = if place_inside {
        mentions[n - 1].first
    } else {
        i
    };
    // "Computer Emergency Response Team for the EU Institutions, Agencies and Bodies
    // (CERT-EU)": a team's coded acronym spells the name's first words; the list of
    // capitalised words between belongs to the name.
    let team = m.last <= i && team_of(m);
    if m.first < a
        || m.last > run_end
        || i - m.last > 12
        || !matches!(m.kind, MentionKind::Org { .. } | MentionKind::Other)
        || !(joined || small(m.last, run_end) || team && !place_inside && listy(m.last, i))
        || (!place_inside && m.last == i)
    {
        return false;
    }
    let words: Vec<&str> = toks[m.first..i]
        .iter()
        .filter(|t| t.is_word() && !is_and(&t.fold))
        .map(|t| t.fold.as_str())
        .collect();
    // "… de Côte d'Ivoire (CI-CERT)": a team's acronym may spell its state's code instead.
    let coded = place_inside
        && match mentions[n - 1].kind {
            MentionKind::Country(c) => g.countries.get(c).is_some_and(|c| {
                toks[i + 1]
                    .fold
                    .split('-')
                    .any(|part| part.eq_ignore_ascii_case(&c.iso2))
                    && toks[i + 1].fold.contains('-')
            }),
            _ => false,
        };
    if !coded && !team && !acronym_matches(&toks[i + 1].fold, &words) {
        return false;
    }
    if place_inside || joined {
        mentions.pop();
    }
    if let Some(j) = list_inside {
        mentions.truncate(j + 1);
    }
    let Some(m) = mentions.last_mut() else {
        return false;
    };
    m.last = i;
    if m.kind == MentionKind::Other {
        m.kind = MentionKind::Org {
            gaz: None,
            kind: None,
        };
    }
    // The longer name is no longer the one the table knows.
    if let (true, MentionKind::Org { kind, .. }) = (joined, m.kind) {
        m.kind = MentionKind::Org { gaz: None, kind };
    }
    true
}

/// "la direction nationale de la cybersécurité (DNC)": a French name written all in
/// lowercase, from a head word to a bracketed acronym that spells it, is a body's name
/// (pushed as a mention ending at the bracket). Whether there was one.
fn small_name_spelled(
    doc: &Doc<'_>,
    idx: &NameIndex,
    mentions: &mut Vec<Mention>,
    a: usize,
    i: usize,
    b: usize,
) -> bool {
    let toks = &doc.tokens;
    if !bracketed_acronym(doc, i, b) {
        return false;
    }
    let floor = mentions.last().map_or(a, |m| m.last.max(a));
    let mut j = i;
    let mut head = None;
    while j > floor && i - j < 12 {
        j -= 1;
        let t = &toks[j];
        if !(t.is_word() && !t.cap && !t.upper) {
            break;
        }
        if LOWER_HEADS.contains(t) {
            let words: Vec<&str> = toks[j..i]
                .iter()
                .filter(|t| t.is_word() && !is_and(&t.fold))
                .map(|t| t.fold.as_str())
                .collect();
            if acronym_matches(&toks[i + 1].fold, &words) {
                head = Some(j);
            }
        }
    }
    let Some(h) = head else {
        return false;
    };
    let kind = idx
        .org_heads
        .get(&toks[h])
        .copied()
        .or(Some(PartyKind::Government));
    push(mentions, h, i, MentionKind::Org { gaz: None, kind });
    true
}

fn acronym_matches(acronym: &str, words: &[&str]) -> bool {
    let letters = acronym_letters(acronym);
    letters_match(&letters, &content_letters(words))
        // "délits high-tech (… DHT)": each part of a hyphenated word may give a letter.
        || words.iter().any(|w| w.contains('-'))
            && letters_match(
                &letters,
                &content_letters(&words.iter().flat_map(|w| w.split('-')).collect::<Vec<_>>()),
            )
        // "Université du Québec à Rimouski (UQAR)": the "à" before a town gives its letter.
        || words.contains(&"a")
            && letters_match(
                &letters,
                &words
                    .iter()
                    .filter(|w| **w == "a" || !is_acronym_filler(w))
                    .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect())
                    .collect::<Vec<Vec<char>>>(),
            )
}

/// The letters of an acronym, folded ("B.O.C.R.A." gives b, o, c, r, a).
fn acronym_letters(acronym: &str) -> Vec<char> {
    crate::text::fold(acronym)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect()
}

/// The content words of a name (not "of", "de", "&"…) as letters, for [`letters_match`].
fn content_letters(words: &[&str]) -> Vec<Vec<char>> {
    words
        .iter()
        .filter(|w| !is_acronym_filler(w))
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect())
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect()
}

/// Whether acronym letters spell the content words: each gives the start of its letters,
/// in order, and at most one gives none.
fn letters_match(letters: &[char], content: &[Vec<char>]) -> bool {
    letters_match_skips(letters, content, 1)
}

/// [`letters_match`], with at most `skips` words that give no letter.
fn letters_match_skips(letters: &[char], content: &[Vec<char>], skips: u8) -> bool {
    if letters.len() < 2 || content.is_empty() || content[0][0] != letters[0] {
        return false;
    }
    fn go(letters: &[char], words: &[Vec<char>], skips: u8) -> bool {
        match (letters.first(), words.first()) {
            (None, None) => true,
            (None, Some(_)) => words.len() <= usize::from(skips),
            (Some(_), None) => false,
            (Some(_), Some(w)) => {
                // This word gives 1..=3 letters (a prefix), or none (a skip).
                let mut n = 0;
                while n < w.len().min(3) && n < letters.len() && w[n] == letters[n] {
                    n += 1;
                    if go(&letters[n..], &words[1..], skips) {
                        return true;
                    }
                }
                skips > 0 && go(letters, &words[1..], skips - 1)
            }
        }
    }
    // Too few or too many words for the letters (each word gives at most three).
    if letters.len() + usize::from(skips) < content.len() || letters.len() > 3 * content.len() {
        return false;
    }
    go(letters, content, skips)
}

impl NameIndex {
    /// Whether a folded word is a state's name or demonym (one word).
    pub fn by_first_is_country(&self, w: &str) -> bool {
        static WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
            let g = gazetteer::curated();
            g.countries
                .iter()
                .flat_map(|c| {
                    c.names_en
                        .iter()
                        .chain(&c.names_fr)
                        .chain(&c.demonyms_en)
                        .chain(&c.demonyms_fr)
                })
                .map(|n| crate::text::fold(n))
                .collect()
        });
        WORDS.contains(w)
    }
}

/// One distinct form's keys for the pairwise rules of [`cluster`], each computed once and
/// only when a rule needs it.
struct FormKeys<'w> {
    words: &'w [&'w str],
    /// The first letter of the first word (an acronym's first letter).
    initial: Option<char>,
    /// The first letter of the first word that is not "of", "the", "de"… ([`initials_match`]).
    lead: Option<char>,
    /// The first letter or digit of the first content word ([`content_letters`]).
    content_lead: Option<char>,
    /// The first strong head word ([`strong_head`]).
    head: Option<&'w str>,
    /// The folded words joined by spaces.
    joined: OnceCell<String>,
    /// The content words as letters ([`content_letters`]).
    content: OnceCell<Vec<Vec<char>>>,
    /// A one-word form's letters, as a possible acronym.
    acronym: OnceCell<Vec<char>>,
}

impl<'w> FormKeys<'w> {
    fn new(idx: &NameIndex, words: &'w [&'w str]) -> FormKeys<'w> {
        let first_char = |w: &&str| w.chars().next();
        FormKeys {
            words,
            initial: words
                .first()
                .and_then(|w| w.chars().find(|c| c.is_alphabetic())),
            lead: words
                .iter()
                .find(|w| !is_initials_filler(w))
                .and_then(first_char),
            content_lead: words
                .iter()
                .filter(|w| !is_acronym_filler(w))
                .find_map(|w| w.chars().find(|c| c.is_alphanumeric())),
            head: strong_head(idx, words),
            joined: OnceCell::new(),
            content: OnceCell::new(),
            acronym: OnceCell::new(),
        }
    }

    fn joined(&self) -> &str {
        self.joined.get_or_init(|| self.words.join(" "))
    }

    fn content(&self) -> &[Vec<char>] {
        self.content.get_or_init(|| content_letters(self.words))
    }

    /// Whether this form may be a short form of `other`: [`short_form_of`] holds only when
    /// this cheap test does (the same first or last word, or initials that start
    /// the other's words).
    fn may_shorten(&self, other: &FormKeys<'_>) -> bool {
        match (self.words, other.words) {
            ([a, ..], [b, ..]) => {
                a == b
                    || self.words.last() == other.words.last()
                    || (self.initial.is_some() && self.initial == other.lead)
            }
            _ => true,
        }
    }

    /// Whether this one-word form is an acronym of `other`.
    /// A one-word other is no expansion: "HK" does not stand for "HKUST".
    fn acronym_of(&self, other: &FormKeys<'_>) -> bool {
        if self.words.len() != 1
            || other.words.len() < 2
            || self.initial.is_none()
            || self.initial != other.content_lead
        {
            return false;
        }
        // One word, checked above.
        let letters = self.acronym.get_or_init(|| acronym_letters(self.words[0]));
        letters_match(letters, other.content())
            // "BGU" for "Ben-Gurion University": each part of a hyphenated word may give a
            // letter, as in [`acronym_matches`].
            || other.words.iter().any(|w| w.contains('-'))
                && letters_match(
                    letters,
                    &content_letters(
                        &other
                            .words
                            .iter()
                            .flat_map(|w| w.split('-'))
                            .collect::<Vec<_>>(),
                    ),
                )
    }
}

/// Past this many distinct names, new names are grouped only with identical ones, so a
/// pathological text (a million different capitalised words) stays linear.
const MAX_PAIRED_FORMS: usize = 1500;

/// The words of a name, its legal forms left out.
fn without_legal_forms<'w>(words: &[&'w str]) -> Vec<&'w str> {
    words
        .iter()
        .copied()
        .filter(|x| !is_legal_form(x))
        .collect()
}

#[allow(clippy::needless_range_loop)] // union-find over mention indices
fn cluster(
    doc: &Doc<'_>,
    g: &Gazetteer,
    mentions: &[Mention],
    links: &[(usize, usize)],
) -> (Vec<Cluster>, Vec<usize>) {
    let idx = crate::names::index();
    let n = mentions.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(parent, a), root(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    let is_org = |m: &Mention| matches!(m.kind, MentionKind::Org { .. });
    let is_nameish = |m: &Mention| matches!(m.kind, MentionKind::Org { .. } | MentionKind::Other);
    for &(a, b) in links {
        union(&mut parent, a, b);
    }
    // Every mention's folded words (not punctuation), in one buffer.
    let mut flat: Vec<&str> = Vec::new();
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(n);
    for m in mentions {
        let start = flat.len();
        flat.extend(
            doc.tokens[m.first..m.last]
                .iter()
                .filter(|t| t.kind != TokKind::Punct)
                .map(|t| t.fold.as_str()),
        );
        bounds.push((start, flat.len()));
    }
    let words: Vec<&[&str]> = bounds.iter().map(|&(a, b)| &flat[a..b]).collect();
    // Bracketed forms and the names they follow.
    let bracketed: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(k, m)| m.bracket_of.map(|o| (k, o)))
        .collect();
    fn own_acronyms_differ(
        parent: &mut [usize],
        bracketed: &[(usize, usize)],
        words: &[&[&str]],
        i: usize,
        j: usize,
    ) -> bool {
        if bracketed.len() < 2 {
            return false;
        }
        let (ri, rj) = (root(parent, i), root(parent, j));
        let mut of_i: Vec<&[&str]> = Vec::new();
        let mut of_j: Vec<&[&str]> = Vec::new();
        for &(k, o) in bracketed {
            let r = root(parent, o);
            if r == ri {
                of_i.push(words[k]);
            } else if r == rj {
                of_j.push(words[k]);
            }
        }
        !of_i.is_empty() && !of_j.is_empty() && of_i.iter().all(|a| !of_j.contains(a))
    }
    // Identical forms of the same kind are one entity; the rules below compare one
    // representative of each distinct form.
    // Each mention's first mention of the same form and kind: the mentions sorted (stably)
    // by form, then each run of equal forms points to its first.
    let class = |m: &Mention| match m.kind {
        MentionKind::Org { .. } | MentionKind::Other => 0u8,
        MentionKind::Person | MentionKind::Surname => 1,
        MentionKind::Country(_) => 2,
        _ => 3,
    };
    let form = |i: usize| (class(&mentions[i]), words[i]);
    let mut by_form: Vec<usize> = (0..n).collect();
    crate::sort::indices(&mut by_form, &|a, b| form(a).cmp(&form(b)));
    let mut first_of: Vec<usize> = (0..n).collect();
    for pair in by_form.windows(2) {
        if form(pair[0]) == form(pair[1]) {
            first_of[pair[1]] = first_of[pair[0]];
        }
    }
    let mut reps: Vec<usize> = Vec::new();
    for (i, &first) in first_of.iter().enumerate() {
        if first == i {
            reps.push(i);
        } else {
            union(&mut parent, first, i);
        }
    }
    // The state each group of mentions is tied to, by root: two groups tied to different
    // states are never joined, even through a third form ("CSA" between "Singapore's Cyber
    // Security Agency" and "Ghana's Cyber Security Authority").
    let mut home: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let r = root(&mut parent, i);
        home[r] = home[r].or(mentions[i].country);
    }
    // A name of several words each group holds: a one-word form ("Valmont") shortens two
    // such names ("Valmont University Hospital", "Valmont School of Engineering") without
    // joining them.
    let mut long: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if is_org(&mentions[i]) && words[i].len() >= 2 {
            let r = root(&mut parent, i);
            long[r] = long[r].or(Some(i));
        }
    }
    let paired = &reps[..reps.len().min(MAX_PAIRED_FORMS)];
    // What the pairwise rules need of each form, computed once per form rather than once
    // per pair.
    let forms: Vec<FormKeys> = paired
        .iter()
        .map(|&i| FormKeys::new(idx, words[i]))
        .collect();
    // "Sheikh Hamad" for "Sheikh Hamad bin Nasser Al Marri", "Khun Somchai" (a title and
    // the given name) for "Somchai Rattanakul": a person's first words are a short form of
    // the longer name they open.
    let opens = |s: &[&str], l: &[&str]| l.len() > s.len() && l.starts_with(s);
    // A town hall is a venue: "Hôtel de Ville de Bienne" is no form of "Ville de Bienne".
    for (ri, &i) in paired.iter().enumerate() {
        if is_town_hall(words[i].len(), |k| words[i][k]) {
            continue;
        }
        for (rj, &j) in paired[..ri].iter().enumerate() {
            if is_town_hall(words[j].len(), |k| words[j][k]) {
                continue;
            }
            let (fi, fj) = (&forms[ri], &forms[rj]);
            let (mi, mj) = (&mentions[i], &mentions[j]);
            let same = match (mi.kind, mj.kind) {
                (MentionKind::Org { gaz: Some(a), .. }, MentionKind::Org { gaz: Some(b), .. })
                    if a == b =>
                {
                    // Same gazetteer entry: the same body unless one extends it with a
                    // state ("Huawei Ukraine" vs "Huawei"); an acronym in capitals of the
                    // entry ("STISC") is the body itself.
                    let acronym = |m: &Mention| {
                        m.last == m.first + 1
                            && doc.tokens[m.first].upper
                            && doc.tokens[m.first].end - doc.tokens[m.first].start >= 3
                    };
                    // "MTN Rwanda" for "MTN Rwandacell Plc": word for word, each the start
                    // of the other's, past the legal forms.
                    let (bi, bj) = (without_legal_forms(words[i]), without_legal_forms(words[j]));
                    let abridged = bi.len() == bj.len()
                        && bi.len() >= 2
                        && bi.iter().zip(&bj).all(|(x, y)| {
                            x == y
                                || x.len() >= 4
                                    && y.len() >= 4
                                    && (x.starts_with(y) || y.starts_with(x))
                        });
                    words[i] == words[j]
                        || abridged
                        || acronym(mi)
                        || acronym(mj)
                        || (fi.may_shorten(fj) && short_form_of(words[i], words[j], idx))
                        || (fj.may_shorten(fi) && short_form_of(words[j], words[i], idx))
                }
                // Two known bodies ("NTT" and "NTT Data") are two bodies, unless one is
                // the other's name with its state ("Acme Kenya") or the other is its organ
                // ("ECOWAS" for the "ECOWAS Commission").
                (MentionKind::Org { gaz: Some(a), .. }, MentionKind::Org { gaz: Some(b), .. }) => {
                    let (s, l) = if words[i].len() <= words[j].len() {
                        (words[i], words[j])
                    } else {
                        (words[j], words[i])
                    };
                    let organ_head = |w: &str| {
                        idx.org_heads
                            .get_text(w)
                            .is_some_and(|k| *k != PartyKind::Company)
                    };
                    let organ = |x: usize, y: usize| {
                        let (nx, ny) = (
                            crate::text::fold(&g.orgs[x].name),
                            crate::text::fold(&g.orgs[y].name),
                        );
                        ny.strip_prefix(&nx)
                            .and_then(|r| r.strip_prefix(' '))
                            .is_some_and(|r| r.split(' ').all(organ_head))
                    };
                    (s.len() < l.len()
                        && l.starts_with(s)
                        && l[s.len()..]
                            .iter()
                            .all(|w| idx.by_first_is_country(w) || organ_head(w)))
                        || organ(a, b)
                        || organ(b, a)
                }
                (MentionKind::Country(a), MentionKind::Country(b)) => a == b,
                (MentionKind::Person, MentionKind::Person) => {
                    words[i] == words[j]
                        || (words[i].len() >= 2 && opens(words[i], words[j]))
                        || (words[j].len() >= 2 && opens(words[j], words[i]))
                        || (words[i].last() == words[j].last()
                            && words[i].last().is_some_and(|w| w.len() >= 4)
                            && match (words[i].first(), words[j].first()) {
                                // "Evgeny"/"Yevgeny", "Mohamed"/"Mohammed": one edit apart.
                                (Some(a), Some(b)) => {
                                    a.chars().next() == b.chars().next() || edit_distance(a, b) <= 1
                                }
                                _ => false,
                            })
                }
                (MentionKind::Surname, MentionKind::Person)
                | (MentionKind::Person, MentionKind::Surname) => {
                    let (s, p) = if mi.kind == MentionKind::Surname {
                        (&words[i], &words[j])
                    } else {
                        (&words[j], &words[i])
                    };
                    s.last() == p.last() || (mi.honorific || mj.honorific) && opens(s, p)
                }
                // "Portugal's Ministry of National Defence and Uruguay's Ministry of
                // Defence": names tied to two different states are two bodies.
                _ if mi.country.is_some() && mj.country.is_some() && mi.country != mj.country => {
                    false
                }
                _ if is_nameish(mi) && is_nameish(mj) && (is_org(mi) || is_org(mj)) => {
                    words[i] == words[j]
                        || (fi.may_shorten(fj) && short_form_of(words[i], words[j], idx))
                        || (fj.may_shorten(fi) && short_form_of(words[j], words[i], idx))
                        || fi.acronym_of(fj)
                        || fj.acronym_of(fi)
                        || (words[i].len() == 1 && state_acronym(g, words[i][0], mj, words[j]))
                        || (words[j].len() == 1 && state_acronym(g, words[j][0], mi, words[i]))
                        || gaz_alias_link(mi, fj)
                        || gaz_alias_link(mj, fi)
                        || same_head_variant(words[i], fi.head, words[j], fj.head)
                        || same_state_cert(mi, mj, words[i], words[j])
                }
                _ => false,
            };
            // Two bodies each tied to a different state ("Ghana's Cyber Security Authority",
            // "Rwanda's National Cyber Security Authority"): never the same body.
            let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
            let two_bodies = matches!((home[ri], home[rj]), (Some(a), Some(b)) if a != b);
            // Two bodies each introduced with a bracketed acronym of its own, and the
            // acronyms differ ("… (ANSSI) et … (ANSI)"): never the same body.
            let one_word = |m: &Mention, w: &[&str]| w.len() == 1 && !doc.tokens[m.first].upper;
            let bridge = (one_word(mi, words[i]) || one_word(mj, words[j]))
                && matches!((long[ri], long[rj]), (Some(a), Some(b)) if words[a] != words[b]);
            if same
                && !two_bodies
                && !bridge
                && !own_acronyms_differ(&mut parent, &bracketed, &words, i, j)
            {
                union(&mut parent, i, j);
                let r = root(&mut parent, i);
                home[r] = home[ri].or(home[rj]);
                long[r] = long[ri].or(long[rj]);
            }
        }
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cluster_of = vec![usize::MAX; n];
    // The cluster of each root mention, by mention number.
    let mut by_root: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let r = root(&mut parent, i);
        let c = *by_root[r].get_or_insert_with(|| {
            clusters.push(Cluster {
                mentions: Vec::new(),
                kind: MentionKind::Other,
            });
            clusters.len() - 1
        });
        clusters[c].mentions.push(i);
        cluster_of[i] = c;
    }
    for c in &mut clusters {
        let kinds: Vec<MentionKind> = c.mentions.iter().map(|&m| mentions[m].kind).collect();
        c.kind = if kinds.iter().any(|k| matches!(k, MentionKind::Org { .. })) {
            kinds
                .iter()
                .copied()
                .find(|k| matches!(k, MentionKind::Org { gaz: Some(_), .. }))
                .or_else(|| {
                    kinds
                        .iter()
                        .copied()
                        .find(|k| matches!(k, MentionKind::Org { .. }))
                })
                .unwrap_or(MentionKind::Other)
        } else if kinds.contains(&MentionKind::Person) {
            MentionKind::Person
        } else {
            kinds[0]
        };
    }
    (clusters, cluster_of)
}

/// A state's computer emergency team named two ways ("Kenyan CERT", "Kenya Computer
/// Incident Response Team"): both CERT-like, and tied to the same state.
fn same_state_cert(a: &Mention, b: &Mention, wa: &[&str], wb: &[&str]) -> bool {
    let cert = |w: &[&str]| {
        w.iter()
            .any(|x| matches!(*x, "cert" | "cirt" | "csirt" | "certs"))
            || (w.contains(&"response") && w.contains(&"team"))
    };
    a.country.is_some() && a.country == b.country && cert(wa) && cert(wb)
}

/// Levenshtein distance of two short words.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// "PKCERT" for "National Computer Emergency Response Team of Pakistan": a state's ISO code
/// followed by the initials of a run of the long name's words.
fn state_acronym(g: &Gazetteer, acronym: &str, long: &Mention, long_words: &[&str]) -> bool {
    if acronym.len() < 5 || !acronym.is_ascii() {
        return false;
    }
    let Some(st) = long.country else { return false };
    let (iso, rest) = acronym.split_at(2);
    if !g.countries[st].iso2.eq_ignore_ascii_case(iso) {
        return false;
    }
    let letters: Vec<char> = rest.chars().collect();
    let content: Vec<&str> = long_words
        .iter()
        .copied()
        .filter(|w| !word_set!("state_acronym").contains_str(w))
        .collect();
    content
        .windows(letters.len())
        .any(|run| run.iter().zip(&letters).all(|(w, c)| w.starts_with(*c)))
}

/// "Digital Economy Ministry" and "Ministry of Communications and Digital Economy": the same
/// strong head word, and every other word of the shorter name in the longer one.
fn same_head_variant(a: &[&str], a_head: Option<&str>, b: &[&str], b_head: Option<&str>) -> bool {
    let (short, head, long) = if a.len() <= b.len() {
        (a, a_head, b)
    } else {
        (b, b_head, a)
    };
    if short.len() < 2 || short.len() == long.len() {
        return false;
    }
    let Some(head) = head else {
        return false;
    };
    if !long.contains(&head) {
        return false;
    }
    short
        .iter()
        .filter(|w| **w != head && !word_set!("same_head_variant").contains_str(w))
        .all(|w| long.contains(w))
}

/// The first strong head word of a name (a ministry, university, agency…), for
/// [`same_head_variant`].
fn strong_head<'w>(idx: &NameIndex, words: &[&'w str]) -> Option<&'w str> {
    words.iter().copied().find(|w| {
        matches!(
            idx.org_heads.get_text(w),
            Some(PartyKind::Government | PartyKind::Academic | PartyKind::Intergovernmental)
        )
    })
}

/// A mention of a known organisation whose gazetteer aliases include the other's words.
fn gaz_alias_link(m: &Mention, other: &FormKeys<'_>) -> bool {
    let MentionKind::Org { gaz: Some(gi), .. } = m.kind else {
        return false;
    };
    // Every form of every known organisation, as folded words joined by spaces, computed
    // once: this test runs for many pairs of mentions.
    static FORMS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
        gazetteer::curated()
            .orgs
            .iter()
            .map(|org| {
                std::iter::once(&org.name)
                    .chain(&org.aliases)
                    .map(|n| {
                        crate::text::tokenize(n)
                            .into_iter()
                            .filter(|t| t.kind != TokKind::Punct)
                            .map(|t| t.fold)
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect()
            })
            .collect()
    });
    FORMS
        .get(gi)
        .is_some_and(|forms| forms.iter().any(|f| f == other.joined()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::curated;

    fn names(text: &str, lang: Lang) -> Vec<(String, MentionKind)> {
        let doc = Doc::new(text);
        let ents = find(&doc, lang, curated(), crate::names::index());
        ents.mentions
            .iter()
            .map(|m| (doc.slice(m.first, m.last).to_string(), m.kind))
            .collect()
    }

    fn org_names(text: &str, lang: Lang) -> Vec<String> {
        names(text, lang)
            .into_iter()
            .filter(|(_, k)| matches!(k, MentionKind::Org { .. }))
            .map(|(n, _)| n)
            .collect()
    }

    #[test]
    fn legal_forms_with_full_stops_stay_and_a_dateline_month_names_nothing() {
        let text = "VALLETTA, 17 SEPTEMBER - Bluegum Cyber Pty. Ltd. and Huaxing Networks Co., \
                    Ltd. met Indus Shield (Pvt) Ltd and PT Jaringan Nusantara (Persero) Tbk.";
        let found: Vec<String> = names(text, Lang::En).into_iter().map(|(n, _)| n).collect();
        for name in [
            "Bluegum Cyber Pty. Ltd.",
            "Huaxing Networks Co., Ltd.",
            "Indus Shield (Pvt) Ltd",
            "PT Jaringan Nusantara (Persero) Tbk",
        ] {
            assert!(found.contains(&name.to_string()), "{name}: {found:?}");
        }
        assert!(!found.iter().any(|n| n == "SEPTEMBER"), "{found:?}");
    }

    #[test]
    fn dotted_and_hyphenated_names_stay_whole() {
        let orgs = |t: &str, lang: Lang| {
            names(t, lang)
                .into_iter()
                .filter(|(_, k)| matches!(k, MentionKind::Org { .. } | MentionKind::Other))
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
        };
        let en = orgs(
            "On Monday CERT.VL and the e-Gov Agency of Ruritania and CERT-Rv met in Accra.The end.",
            Lang::En,
        );
        assert!(en.contains(&"CERT.VL".to_string()), "{en:?}");
        assert!(
            en.contains(&"e-Gov Agency of Ruritania".to_string()),
            "{en:?}"
        );
        assert!(en.contains(&"CERT-Rv".to_string()), "{en:?}");
        let camel = orgs("On Monday eSentry and iOS met bluEdge in Lisk.", Lang::En);
        assert!(camel.contains(&"eSentry".to_string()), "{camel:?}");
        assert!(!camel.iter().any(|n| n == "iOS"), "{camel:?}");
        // A domain's generic ending is no part of a name.
        let site = orgs("Read it on HARBORNEWS.COM today.", Lang::En);
        assert!(!site.iter().any(|n| n.contains(".COM")), "{site:?}");
    }

    #[test]
    fn a_portfolio_then_and_then_a_firm_are_two_names() {
        assert_eq!(
            org_names(
                "The Ministry of ICT and Harbor Digital signed a memorandum on Monday.",
                Lang::En
            ),
            ["Ministry of ICT", "Harbor Digital"]
        );
        // "Renewable" ends like an adjective: one portfolio.
        assert_eq!(
            org_names(
                "The Ministry of Electricity and Renewable Energy signed it on Monday.",
                Lang::En
            ),
            ["Ministry of Electricity and Renewable Energy"]
        );
        let fr = names(
            "Le ministère sénégalais du Numérique et Harbor Digital ont signé mardi.",
            Lang::Fr,
        );
        assert!(
            fr.iter()
                .any(|(n, k)| n == "Harbor Digital" && matches!(k, MentionKind::Org { .. })),
            "{fr:?}"
        );
    }

    #[test]
    fn a_state_after_an_elided_article_completes_a_french_name() {
        assert_eq!(
            org_names(
                "Le Ministère du Numérique de l'Estonie et la société Nordwave ont signé lundi.",
                Lang::Fr,
            ),
            ["Ministère du Numérique de l'Estonie", "Nordwave"]
        );
    }

    #[test]
    fn a_second_head_after_and_starts_a_second_body() {
        assert_eq!(
            org_names(
                "It was signed between the Ministry of Trade of Zembla and Harbor University.",
                Lang::En
            ),
            ["Ministry of Trade of Zembla", "Harbor University"]
        );
        // A company's suffix after "and" stays in the portfolio.
        assert_eq!(
            org_names("The Institute of Posts and Technology met.", Lang::En),
            ["Institute of Posts and Technology"]
        );
        // A lowercase "université" heads an academic body, as "ministère" a government one.
        assert_eq!(
            names("signé par l'université de Valmont.", Lang::Fr)
                .into_iter()
                .filter(|(n, _)| n == "université de Valmont")
                .map(|(_, k)| k)
                .collect::<Vec<_>>(),
            [MentionKind::Org {
                gaz: None,
                kind: Some(PartyKind::Academic)
            }]
        );
    }

    #[test]
    fn finds_organisations_by_shape() {
        assert_eq!(
            org_names(
                "The Zembla Data Protection Authority (ZDPA) and Nordhaven Secure SPA signed.",
                Lang::En
            ),
            [
                "Zembla Data Protection Authority",
                "ZDPA",
                "Nordhaven Secure SPA"
            ]
        );
        assert_eq!(
            org_names("The Ministry of Energy, Mines and Digital Affairs of Zambia met Copperline Telecom in Lusaka.", Lang::En),
            ["Ministry of Energy, Mines and Digital Affairs of Zambia", "Copperline Telecom"]
        );
        assert_eq!(
            org_names("The National Computer and Cybercrime Coordination Committee and the Ministry of Information and Communications met.", Lang::En),
            ["National Computer and Cybercrime Coordination Committee", "Ministry of Information and Communications"]
        );
        assert_eq!(
            org_names(
                "l'Agence nationale de la sécurité numérique (ANSN) et la société Foo ont signé.",
                Lang::Fr
            ),
            ["Agence nationale de la sécurité numérique", "ANSN", "Foo"]
        );
    }

    #[test]
    fn splits_roles_and_people() {
        let got = names(
            "Ruritanian President Anna Vell-Mortane met Acme CEO Jane Roe.",
            Lang::En,
        );
        assert!(
            got.contains(&("Anna Vell-Mortane".to_string(), MentionKind::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Jane Roe".to_string(), MentionKind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn the_cheap_form_tests_never_reject_a_match() {
        let idx = crate::names::index();
        let names = [
            "national computer emergency response team of pakistan",
            "national cert",
            "ncert",
            "the national cert",
            "kenya national cybersecurity committee",
            "national cybersecurity committee",
            "huawei",
            "huawei technologies kenya",
            "bocra",
            "botswana communications regulatory authority",
            "agence nationale de la securite des systemes d' information",
            "anssi",
            "l' agence",
            "3cx",
            "the",
            "bgu",
            "ben-gurion university of the negev",
        ];
        let forms: Vec<Vec<&str>> = names.iter().map(|n| n.split(' ').collect()).collect();
        let keys: Vec<FormKeys> = forms.iter().map(|w| FormKeys::new(idx, w)).collect();
        for (a, ka) in forms.iter().zip(&keys) {
            for (b, kb) in forms.iter().zip(&keys) {
                if short_form_of(a, b, idx) {
                    assert!(ka.may_shorten(kb), "{a:?} of {b:?}");
                }
                // A one-word form expands no acronym ("HK" is not "HKUST"'s).
                let full = a.len() == 1 && b.len() >= 2 && acronym_matches(a[0], b);
                assert_eq!(ka.acronym_of(kb), full, "{a:?} of {b:?}");
            }
        }
        assert!(keys[2].acronym_of(&keys[0]) || keys[2].may_shorten(&keys[0]));
        assert!(keys[8].acronym_of(&keys[9]));
        // Each part of a hyphenated word may give a letter.
        assert!(keys[15].acronym_of(&keys[16]));
    }

    #[test]
    fn an_honorific_at_the_end_is_no_panic() {
        for text in ["M. ", "Mr", "H.E.", "General ", "Dr. Smith and M."] {
            let _ = names(text, Lang::Fr);
            let _ = names(text, Lang::En);
        }
    }

    #[test]
    fn plural_ministries_split() {
        let got = org_names(
            "Ministries of Energy and Mining and Posts and Telecommunications have signed.",
            Lang::En,
        );
        assert_eq!(got, ["Energy and Mining", "Posts and Telecommunications"]);
    }

    #[test]
    fn initials_and_short_forms() {
        let idx = crate::names::index();
        assert!(short_form_of(
            &["huawei"],
            &["huawei", "technologies", "kenya"],
            idx
        ));
        assert!(short_form_of(
            &["national", "cert"],
            &[
                "national",
                "computer",
                "emergency",
                "response",
                "team",
                "of",
                "pakistan"
            ],
            idx
        ));
        assert!(!short_form_of(
            &["national"],
            &["national", "computer", "team"],
            idx
        ));
        assert!(acronym_matches(
            "BOCRA",
            &["botswana", "communications", "regulatory", "authority"]
        ));
        let anssi = "agence nationale de la securite des systemes d' information";
        assert!(acronym_matches(
            "ANSSI",
            &anssi.split(' ').collect::<Vec<_>>()
        ));
        // One word too many or too few letters for the words.
        assert!(!acronym_matches(
            "BCR",
            &[
                "botswana",
                "communications",
                "regulatory",
                "authority",
                "board"
            ]
        ));
        assert!(!acronym_matches(
            "BOCRAXYZWQ",
            &["botswana", "communications"]
        ));
        assert!(!acronym_matches("B", &["botswana"]));
    }
}
