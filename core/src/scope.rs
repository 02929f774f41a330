//! Scope: the areas of cooperation the text attributes to the agreement, from the cue
//! table `core/data/scope.tsv`.
//!
//! Only sentences that speak of the agreement count: the sentences that report it, those
//! that refer back to it ("the MoU will…", "l'accord prévoit…"), those in which a party
//! commits to something ("Kaspersky will provide training"), and list items under them.
//! Threat statistics and background ("according to a report, 40% of…") never give a label.
//! A sentence that points back ("It also…", "L'objectif est…", "Deuxièmement,…") or that
//! lists areas ("Key focus areas include…", "Les axes prioritaires…") continues the one
//! before; a heading about the agreement or a run of bullets opens a list. What a body the
//! agreement sets up will do ("the new centre will…", "ce pôle…") is the agreement's.
//!
//! Scope is found per agreement, from the parties it is given: a sentence that reports
//! another agreement ("a separate MoU", "un autre accord avec …"), and the rest of its
//! paragraph, give this one nothing. Within a kept sentence, cues are dropped when they
//! sit in a name or title ("Minister of Digital Transformation"), in a description of an
//! organisation ("X, an alliance committed to…"), in a clause that sets the scene ("Given
//! the rise of attacks on…", "Face aux menaces…"), in a clause naming the threat's cause
//! ("because of the spread of e-government", "à cause de la numérisation"), or after "builds on". Information
//! shared about threats or incidents is threat intelligence; know-how shared is knowledge
//! exchange. An earlier matter dated years back ("In 2021 the two signed a first MoU on…"),
//! the threat's trend ("attacks have doubled"), the event's theme ("This year's summit
//! focuses on…"), a speaker's stance ("our commitment to innovation"), a model's training
//! and research cited as a source give nothing.

use crate::entities::MentionKind;
use crate::facts::SCOPE_LABELS;
use crate::facts::{ScopeItem, Span};
use crate::frames::Ctx;
use crate::lexicon::Cue;
use crate::parties::Chosen;
use crate::text::TokKind;
use crate::vocab::{Bits, WordSet};

/// Words that name the agreement itself (`words.tsv`, list `refers`).
static REFERS: crate::vocab::List = crate::vocab::List::named("refers");

/// Words that commit the parties to an area (`words.tsv`, list `commits`).
static COMMITS: crate::vocab::List = crate::vocab::List::named("commits");

/// Whether the token names a body or programme an agreement sets up ("this centre", "le
/// futur centre", "ce pôle", "the new hub"): what it will do is the agreement's scope.
fn created_body(t: &crate::text::Token) -> bool {
    word_set!("created_body").contains(t)
}

/// Whether the token is an instrument noun ("agreement", "MoU", "accord", "protocole").
fn instrument_word(t: &crate::text::Token) -> bool {
    word_set!("instrument_word").contains(t)
}

/// Words that put an instrument aside as another one ("a separate MoU", "un autre accord",
/// "other agreements signed during the visit").
fn other_word(t: &crate::text::Token) -> bool {
    word_set!("other_word").contains(t)
}

/// Whether a line is the heading of a standing description: "About Acme", "À propos de
/// Acme".
fn about_heading(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let doc = &ctx.doc;
    let t = &doc.tokens[a];
    let n = doc.tokens.get(a + 1).map_or("", |n| n.fold.as_str());
    let rest_cap = doc.tokens[a + 1..b]
        .iter()
        .filter(|t| t.is_word())
        .any(|t| t.cap || t.upper);
    b > a + 1
        && t.cap
        && rest_cap
        && !doc.tokens[a..b]
            .iter()
            .any(|t| t.is_punct(".") || t.is_punct(","))
        && (t.fold == "about" || (t.fold == "a" && n == "propos"))
}

/// The sentences that name this agreement's parties or others.
struct Sents {
    /// Sentences that name a party.
    party: Bits,
    /// Sentences that name a party by its name or a form the entity finder ties to it
    /// (not by a short form or a kind noun alone).
    full: Bits,
    /// Sentences that name two parties (or the only one).
    both: Bits,
    /// Sentences that name an organisation that is not a party.
    other: Bits,
    /// The agreement's signing date.
    signed: Option<crate::date::PartialDate>,
    /// By sentence, whether its own words speak of more deals ([`more_deals`]), once asked.
    more_deals: Vec<std::cell::OnceCell<bool>>,
}

/// Whether sentence `s` reports another agreement than this one: "a separate MoU", "un
/// autre accord", or a signing that names none of this agreement's parties but other
/// organisations ("the ministry also signed a deal with Acme"). A sentence that names two
/// of this agreement's parties reports this one, even as "a separate MoU" (an article that
/// reports several agreements asks about each in turn).
fn other_deal(ctx: &Ctx<'_>, s: usize, sents: &Sents) -> bool {
    let other_sents = &sents.other;
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let toks = &doc.tokens[a..b];
    if sents.both.contains(s) {
        return false;
    }
    let after = |k: usize| {
        toks[k + 1..toks.len().min(k + 3)]
            .iter()
            .any(instrument_word)
    };
    if *sents.more_deals[s].get_or_init(|| more_deals(toks)) {
        return true;
    }
    // The rest asks for a signing sentence that names another organisation and no party.
    if sents.full.contains(s) || !other_sents.contains(s) {
        return false;
    }
    // "the two governments signed …, under which their national CERTs …": the parties, by
    // number, sign.
    if toks.windows(3).any(|w| {
        word_set!("two_parties").contains(&w[0])
            && matches!(w[1].fold.as_str(), "two" | "deux" | "both")
            && word_set!("about_agreement_2").contains(&w[2])
    }) {
        return false;
    }
    let trigger = ctx
        .triggers
        .iter()
        .any(|t| t.sent == s && !t.background && !t.negated);
    if !trigger {
        return false;
    }
    let indefinite = (0..toks.len())
        .any(|k| matches!(toks[k].fold.as_str(), "a" | "an" | "un" | "une") && after(k));
    // "The MoU builds on a partnership with …" still reports this one.
    let definite = toks
        .windows(2)
        .any(|w| word_set!("other_deal").contains(&w[0]) && instrument_word(&w[1]));
    indefinite && !definite
}

/// Whether the tokens of a sentence speak of more deals than one: "a separate MoU",
/// "another cyber agreement" (the instrument one or two words on), "The delegations also
/// signed agreements on banking and trade".
fn more_deals(toks: &[crate::text::Token]) -> bool {
    let after = |k: usize| {
        toks[k + 1..toks.len().min(k + 3)]
            .iter()
            .any(instrument_word)
    };
    let also = toks
        .iter()
        .any(|t| matches!(t.fold.as_str(), "also" | "egalement" | "aussi"));
    let plural = || toks.iter().any(|t| word_set!("other_deal_w").contains(t));
    (also && plural()) || (0..toks.len()).any(|k| other_word(&toks[k]) && after(k))
}

/// Whether sentence `s` speaks of the agreement; `party_sents` holds the sentences that
/// name a party, `other_sents` those that name an organisation that is not a party.
fn about_agreement(ctx: &Ctx<'_>, s: usize, sents: &Sents) -> bool {
    let party_sents = &sents.party;
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let toks = &doc.tokens[a..b];
    let names_party = party_sents.contains(s);
    // "In 2021 the two signed a first MoU on research": an earlier matter, dated years
    // before the article and on other days than this signing.
    if other_deal(ctx, s, sents)
        || (!sents.both.contains(s)
            && crate::facets::dated_past(ctx, s)
            && sents.signed.is_some_and(|d| {
                crate::facets::dated_otherwise(ctx, s, d) || !dated_day_or_month(ctx, s)
            }))
    {
        return false;
    }
    // "If you think you are safe…": a condition, not a commitment.
    if toks
        .iter()
        .find(|t| t.is_word())
        .is_some_and(|t| matches!(t.fold.as_str(), "if" | "si" | "unless"))
        && !ctx.triggers.iter().any(|t| t.sent == s)
    {
        return false;
    }
    let trigger = ctx
        .triggers
        .iter()
        .any(|t| t.sent == s && !t.background && !t.negated);
    // "Conclue pour trois ans, elle prévoit …": the instrument, by its participle, is the
    // subject.
    if trigger
        || toks
            .first()
            .is_some_and(|t| t.cap && word_set!("deal_participles").contains(t))
    {
        return true;
    }
    // "Attacks on banks have doubled in two years": the threat's trend, not a commitment.
    let trend = toks.iter().any(|t| word_set!("trend").contains(t));
    if ctx.has_cue(s, Cue::Background)
        || (trend && !toks.iter().any(instrument_word) && !commits_in(ctx, a, b))
    {
        return false;
    }
    if pluperfect(ctx, s) || since_year(ctx, s) {
        return false;
    }
    // A party's usual business, not this agreement: "X regularly takes part in…".
    if toks.iter().any(|t| {
        matches!(
            t.fold.as_str(),
            "regularly" | "routinely" | "regulierement" | "habituellement" | "traditionally"
        )
    }) {
        return false;
    }
    // Statistics: "according to X, 40% of …", "data from X shows …". A figure alone is not
    // enough ("40% of the scholarships go to women" is scope).
    let sourced = toks.windows(2).any(|w| {
        matches!(
            (w[0].fold.as_str(), w[1].fold.as_str()),
            ("according", "to")
                | ("data", "from")
                | ("figures", "from")
                | ("report", "by")
                | ("report", "from")
                | ("survey", "by")
                | ("study", "by")
                | ("d'", "apres")
                | ("rapport", "de")
                | ("etude", "de")
        )
    }) || toks
        .iter()
        .any(|t| word_set!("about_agreement").contains(t));
    // "According to the MoU, the partners will train 500 analysts" is the agreement itself;
    // so is "the two institutions will run a survey of 5,000 retirees".
    let planned = || {
        toks.windows(3).any(|w| {
            word_set!("two_parties").contains(&w[0])
                && matches!(w[1].fold.as_str(), "two" | "deux" | "both")
                && word_set!("about_agreement_2").contains(&w[2])
        }) && commits_in(ctx, a, b)
    };
    if sourced
        && !planned()
        && !toks.iter().any(instrument_word)
        && toks.iter().any(|t| t.kind == TokKind::Num || t.fold == "%")
    {
        return false;
    }
    // "both parties", "the two sides", "les deux parties", "this MoU", "l'accord": the
    // agreement itself is the subject.
    let strong = toks.windows(2).any(|w| {
        (matches!(w[0].fold.as_str(), "both" | "two" | "deux")
            && word_set!("about_agreement_2").contains(&w[1]))
            || (word_set!("about_agreement_3").contains(&w[0]) && instrument_word(&w[1]))
            || matches!(
                (w[0].fold.as_str(), w[1].fold.as_str()),
                ("action", "plan") | ("plan", "d'")
            )
            || (word_set!("about_agreement_4").contains(&w[0]) && created_body(&w[1]))
    });
    // "the two", "les deux" name the parties; "in two years", "deux fois" do not.
    let refers = toks.iter().enumerate().any(|(i, t)| {
        REFERS.contains(t)
            && (!matches!(t.fold.as_str(), "two" | "deux")
                || (i > 0 && word_set!("two_parties").contains(&toks[i - 1])))
    });
    // A present-tense verb alone ("X provides…", "l'EC3 soutient…") describes what a party
    // does anyway; it commits to something only with a word for the agreement.
    let weak = |t: &crate::text::Token| word_set!("about_agreement_5").contains(t);
    // French future tense says what is to be done: "renforcera", "formeront".
    // "Our government is committed to …", "le pays reste engagé": a standing stance, which
    // commits to something only with a word for the agreement.
    let stance = |i: usize| {
        i > 0
            && word_set!("about_agreement_6").contains(&toks[i - 1])
            && matches!(toks[i].fold.as_str(), "committed" | "engage")
    };
    // "Our goal is to build a trusted digital economy": the speaker's own aim.
    let own_aim = |i: usize| {
        i > 0
            && word_set!("about_agreement_w").contains(&toks[i - 1])
            && matches!(
                toks[i].fold.as_str(),
                "goal" | "goals" | "aim" | "objectif" | "objectifs"
            )
    };
    // "Key areas include …"; not "public key infrastructure".
    let loose_key = |i: usize| {
        toks[i].fold == "key"
            && !toks
                .get(i + 1)
                .is_some_and(|n| word_set!("about_agreement_7").contains(n))
    };
    let commits = toks.iter().enumerate().any(|(i, t)| {
        // "The CERT is to receive threat feeds", "the firms are to train …".
        (t.fold == "to"
            && i > 1
            && matches!(toks[i - 1].fold.as_str(), "is" | "are")
            && !own_aim(i - 2))
            || (COMMITS.contains(t)
                && !loose_key(i)
                && (refers || !(weak(t) || stance(i) || own_aim(i))))
            || (ctx.lang == crate::facts::Lang::Fr
                && t.is_word()
                && !t.cap
                && t.fold.len() >= 7
                && french_future(&t.fold))
    });
    if strong && (refers || commits) {
        return true;
    }
    // Two of the three: it refers to the agreement, a party is named, something is committed.
    [refers, commits, names_party]
        .iter()
        .filter(|x| **x)
        .count()
        >= 2
}

/// Whether sentence `s` gives a day or a month ("on 3 May", "in March 2021"), not only
/// a year.
fn dated_day_or_month(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let from = ctx.dates.partition_point(|d| d.first < a);
    ctx.dates[from..]
        .iter()
        .take_while(|d| d.first < b)
        .any(|d| d.is_datelike() && !matches!(d.value, crate::dates::DateValue::Year(_)))
}

/// Whether sentence `s` tells what came before, in the pluperfect, without naming an
/// instrument: "the agency had launched…", "l'agence avait lancé en 2022…".
fn pluperfect(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens[a..b];
    toks.iter()
        .any(|t| matches!(t.fold.as_str(), "had" | "avait" | "avaient"))
        && !toks.iter().any(instrument_word)
}

/// Whether sentence `s` tells what has gone on since a year, without naming an instrument:
/// "the two have worked together on AI research since 2019", "collaborent depuis 2019".
fn since_year(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    let toks = &ctx.doc.tokens[a..b];
    toks.windows(2).any(|w| {
        matches!(w[0].fold.as_str(), "since" | "depuis")
            && w[1].fold.len() == 4
            && w[1].fold.bytes().all(|c| c.is_ascii_digit())
    }) && !toks.iter().any(instrument_word)
}

/// Whether a French word (seven letters or more) is a verb in the future tense:
/// "renforcera", "recevront", "formerons", "s'étendra", "permettra".
fn french_future(f: &str) -> bool {
    ["ront", "rons", "era", "ira", "dra", "tra", "vra"]
        .iter()
        .any(|e| f.ends_with(e))
}

/// Whether a sentence begins by pointing back at the one before ("It will…", "They also
/// agreed…", "Il prévoit…", "Celui-ci…").
/// Whether sentence `s` only tells who signed: a person named beside a signing verb, no
/// cue of a scope label.
fn signer_line(ctx: &Ctx<'_>, s: usize) -> bool {
    let (a, b) = ctx.doc.sentences[s].tokens;
    b - a <= 25
        && ctx.by_sentence[s]
            .iter()
            .any(|&m| ctx.ents.mentions[m].kind == MentionKind::Person)
        && ctx.doc.tokens[a..b]
            .iter()
            .any(|t| word_set!("is_signing_verb").contains(t))
        && !ctx.has_cue(s, Cue::Cyber)
}

fn points_back(ctx: &Ctx<'_>, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let mut i = a;
    // Skip a bullet or an opening quote, and a leading "and" / "et".
    while i < b
        && (doc.tokens[i].kind != TokKind::Word
            || matches!(doc.tokens[i].fold.as_str(), "and" | "et"))
    {
        i += 1;
    }
    // "This year's summit…", "Cette édition…", "These attacks…": the event or the news of
    // the day, not the agreement.
    if doc.tokens.get(i).is_some_and(|t| {
        matches!(
            t.fold.as_str(),
            "this" | "these" | "ce" | "cet" | "cette" | "ces"
        )
    }) && doc.tokens.get(i + 1).is_some_and(|n| {
        (word_set!("event_heads").contains(n) && !instrument_word(n))
            || word_set!("not_back").contains(n)
    }) {
        return false;
    }
    // "The aim is to…", "L'objectif est de…": the agreement's purpose, said next.
    if doc
        .tokens
        .get(i)
        .is_some_and(|t| matches!(t.fold.as_str(), "the" | "l'" | "le" | "its" | "son"))
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| word_set!("points_back_w").contains(t))
    {
        return true;
    }
    // "Key focus areas include…", "Priority areas:", "Les axes prioritaires…": the
    // agreement's areas, listed right after the sentence that reports it.
    if doc.tokens[i..b]
        .iter()
        .filter(|t| t.is_word())
        .take(3)
        .any(|t| word_set!("points_back").contains(t))
    {
        return true;
    }
    // "The first part…", "Le deuxième volet…", "La première partie…": an item of the
    // agreement's list.
    if doc
        .tokens
        .get(i)
        .is_some_and(|t| word_set!("points_back_2_w").contains(t))
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| word_set!("points_back_2").contains(t))
        && doc
            .tokens
            .get(i + 2)
            .is_some_and(|t| word_set!("points_back_3").contains(t))
    {
        return true;
    }
    // "Another goal is…", "Another area…": the next item of the agreement's list.
    if doc.tokens.get(i).is_some_and(|t| t.fold == "another")
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| word_set!("points_back_4").contains(t))
    {
        return true;
    }
    doc.tokens.get(i).is_some_and(|t| {
        i < b
            && word_set!("points_back_5").contains(t)
            && (!word_set!("points_back_3_w").contains(t)
                || doc.tokens.get(i + 1).is_some_and(|n| {
                    let third = doc.tokens.get(i + 2).map_or("", |x| x.fold.as_str());
                    matches!(
                        (t.fold.as_str(), n.fold.as_str()),
                        ("en", "outre")
                            | ("de", "plus")
                            | ("par", "ailleurs")
                            | ("en", "particulier")
                            | ("in", "particular")
                    ) || (matches!((t.fold.as_str(), n.fold.as_str()), ("dans" | "a", "ce"))
                        && matches!(third, "cadre" | "titre"))
                }))
    })
}

/// Whether a bullet or a number opens the line of sentence `s`.
fn bullet_line(ctx: &Ctx<'_>, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, _) = doc.sentences[s].tokens;
    let line_first = doc.lines[doc.sentences[s].line].tokens.0;
    let Some(first) = doc.tokens.get(line_first.min(a)) else {
        return false;
    };
    first.kind != TokKind::Word
        && (word_set!("bullet_line").contains(first)
            || (first.kind == TokKind::Num
                && doc
                    .tokens
                    .get(line_first.min(a) + 1)
                    .is_some_and(|t| t.is_punct(".") || t.is_punct(")"))))
}

/// Whether the sentence is an item of a list: a bullet or number opens its line, or it does
/// not end as a sentence of prose does, or it is short.
fn list_item(ctx: &Ctx<'_>, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    if b <= a {
        return false;
    }
    let bullet = bullet_line(ctx, s);
    let ends_prose = doc.tokens[b - 1].is_punct(".") || doc.tokens[b - 1].is_punct("!");
    bullet || !ends_prose || b - a <= 12
}

/// Words that open a clause setting the scene rather than stating the agreement ("Given the
/// rise of attacks on critical infrastructure, …", "Face aux menaces, …").
fn scene_opener(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<(usize, usize)> {
    let doc = &ctx.doc;
    // At the start of the sentence, or of a quotation inside it ("…, déclare : « Face aux
    // menaces, … »").
    std::iter::once(a)
        .chain(
            (a..b)
                .filter(|&i| matches!(doc.tokens[i].fold.as_str(), "«" | "\"" | "“"))
                .map(|i| i + 1),
        )
        .find_map(|start| {
            let mut k = start;
            while k < b && !doc.tokens[k].is_word() {
                k += 1;
            }
            opener_at(ctx, k, b).map(|end| (k, end))
        })
}

/// The comma that ends a scene-setting clause opening at token `a`.
fn opener_at(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    let doc = &ctx.doc;
    if a >= b {
        return None;
    }
    let t0 = doc.tokens.get(a)?;
    let t1 = doc.tokens.get(a + 1).map(|t| t.fold.as_str()).unwrap_or("");
    let opens = match t0.fold.as_str() {
        "given" | "amid" | "amidst" | "faced" | "despite" | "while" | "whereas" | "alors"
        | "tandis" | "vu" | "malgre" => true,
        "face" => matches!(t1, "a" | "aux" | "au" | "à"),
        "with" => matches!(t1, "the" | "growing" | "rising" | "increasing"),
        "in" => matches!(t1, "the" | "light") && a + 2 < b,
        "against" => t1 == "the",
        "compte" => t1 == "tenu",
        "avec" => matches!(t1, "la" | "le" | "l'" | "les"),
        "dans" => t1 == "un",
        _ => false,
    };
    if !opens {
        return None;
    }
    // "In the face of …", "In light of …" only; not "In the agreement, …".
    if t0.fold == "in"
        && !doc.tokens[a + 1..b.min(a + 4)]
            .iter()
            .any(|t| matches!(t.fold.as_str(), "face" | "light" | "wake" | "context"))
    {
        return None;
    }
    let end = (a..b).find(|&i| doc.tokens[i].is_punct(","))?;
    // "While the MoU focuses on training, …" speaks of the agreement after all.
    if doc.tokens[a..end]
        .iter()
        .any(|t| instrument_word(t) || REFERS.contains(t))
    {
        return None;
    }
    Some(end)
}

/// The fold-only word tests of this module, one bit each: each is computed once per word of
/// the vocabulary and kept ([`memo`]), since the rules ask them of every token of every kept
/// sentence, several times over.
#[derive(Clone, Copy)]
enum Class {
    Shares,
    Threat,
    Knowhow,
    SharedKnowhow,
    HandsOver,
    Responds,
    Supplies,
    PatternCue,
}

/// `test(t)`, remembered for the token's vocabulary word: two bits a class in one `u16`
/// per word (asked, and the answer). A word of no table is tested each time.
fn memo(t: &crate::text::Token, class: Class, test: fn(&crate::text::Token) -> bool) -> bool {
    use std::sync::atomic::{AtomicU16, Ordering};
    static MEMO: std::sync::LazyLock<Vec<AtomicU16>> = std::sync::LazyLock::new(|| {
        (0..crate::vocab::len())
            .map(|_| AtomicU16::new(0))
            .collect()
    });
    let Some(slot) = MEMO.get(t.id as usize) else {
        return test(t);
    };
    let (asked, yes) = (1u16 << (2 * class as u16), 2u16 << (2 * class as u16));
    let v = slot.load(Ordering::Relaxed);
    if v & asked != 0 {
        return v & yes != 0;
    }
    let answer = test(t);
    slot.fetch_or(asked | if answer { yes } else { 0 }, Ordering::Relaxed);
    answer
}

/// A word that hands over information, and what the information is about.
fn shares(t: &crate::text::Token) -> bool {
    memo(t, Class::Shares, shares_raw)
}

fn shares_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    f.starts_with("shar")
        || f.starts_with("exchang")
        || f.starts_with("partag")
        || f.starts_with("echang")
        || f.starts_with("swap")
        || f.starts_with("transmet")
}

/// A word for information itself ("information", "data", "intelligence"): it speaks of
/// threats only through a word of topic right after it ("information on …").
fn info_word(t: &crate::text::Token) -> bool {
    word_set!("info_word").contains(t)
}

/// A word of topic after an information word ("on", "about", "sur", "concernant").
fn topic_word(t: &crate::text::Token) -> bool {
    word_set!("topic_word").contains(t)
}

/// A word that ends the thing shared: a clause or list break, a purpose or a partner
/// ("share information to improve…", "exchange data with…").
fn sharing_break(t: &crate::text::Token) -> bool {
    t.is_punct(";")
        || t.is_punct(".")
        || t.is_punct(":")
        || t.is_punct(",")
        || word_set!("sharing_break").contains(t)
}

/// A word that names a threat, an attack or an incident.
fn threat(t: &crate::text::Token) -> bool {
    memo(t, Class::Threat, threat_raw)
}

fn threat_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    f.contains("threat")
        || f.contains("menace")
        || f.contains("attack")
        || f.contains("attaque")
        || f.starts_with("incident")
        || f.starts_with("vulnerab")
        || f.contains("malware")
        || f.contains("ransomware")
        || f.contains("phishing")
        || f.contains("hameconnage")
        || f.starts_with("intrusion")
        || f.starts_with("malicious")
        || f.starts_with("malveillant")
        // Fraud and scams reported or flagged: "share fraud reports", "informations sur
        // les fraudes signalées", "exchange information on reported scams".
        || f.contains("fraud")
        || f.starts_with("scam")
        || f.starts_with("arnaque")
        || f.starts_with("escroquer")
}

/// A word that makes the shared thing knowledge rather than threat data ("share their
/// experience in combating threats"), or research ("share research on attacks").
fn knowhow(t: &crate::text::Token) -> bool {
    memo(t, Class::Knowhow, knowhow_raw)
}

fn knowhow_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    f.starts_with("experience")
        || f.starts_with("expertise")
        || f.starts_with("knowledge")
        || f.starts_with("practice")
        || f.starts_with("pratique")
        || f.starts_with("lesson")
        || f.starts_with("connaissance")
        || f.starts_with("savoir")
        || f.starts_with("polic")
        || f.starts_with("politique")
        || f.starts_with("strateg")
        || f.starts_with("guidance")
        || f.starts_with("research")
        || f.starts_with("recherche")
        || matches!(f, "skills" | "competences" | "training" | "formation")
}

/// The token ranges in which information about threats or incidents is shared ("exchange
/// of information on cyber incidents", "partage des menaces"): threat intelligence.
fn threat_sharing(ctx: &Ctx<'_>, a: usize, b: usize) -> Vec<(usize, usize)> {
    let doc = &ctx.doc;
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        let info = info_word(&doc.tokens[i])
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| i + 1 < b && topic_word(t));
        // "mettront en commun leurs listes de numéros frauduleux": pooled.
        let pooled = doc.tokens[i].fold == "commun" && i > a && doc.tokens[i - 1].fold == "en";
        if shares(&doc.tokens[i]) || info || pooled {
            let mut j = i + 1;
            let end = (i + 9).min(b);
            let mut found = None;
            while j < end {
                let t = &doc.tokens[j];
                let p = doc.tokens[j - 1].fold.as_str();
                let n = doc.tokens.get(j + 1).map_or("", |n| n.fold.as_str());
                // "related to", "with regard to", "with respect to" keep the topic going.
                let linking = (t.fold == "to"
                    && matches!(
                        p,
                        "related" | "relating" | "regard" | "respect" | "pertaining"
                    ))
                    || (t.fold == "with" && matches!(n, "regard" | "respect"));
                // "share evidence in fraud investigations": police work, not threat data.
                // "mettront en commun un centre de réponse": a body pooled, not data.
                // "mettront en commun leurs moyens de réponse aux incidents": the means of
                // response are pooled, not information on incidents.
                let response = responds(t) && !(i..j).any(|k| info_word(&doc.tokens[k]));
                if (sharing_break(t) && !linking)
                    || response
                    || knowhow(t)
                    || word_set!("evidence").contains(t)
                    || body_kind(t).is_some()
                {
                    break;
                }
                // "information on online fraud networks": the criminals, for the police.
                let criminals = doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| word_set!("criminal_groups").contains(n));
                if threat(t) && !criminals {
                    found = Some(j);
                    break;
                }
                j += 1;
            }
            if let Some(j) = found {
                out.push((i, j + 1));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A word of know-how that is shared ("experience", "best practices", "savoir-faire").
fn shared_knowhow(t: &crate::text::Token) -> bool {
    memo(t, Class::SharedKnowhow, shared_knowhow_raw)
}

fn shared_knowhow_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    f.starts_with("experience")
        || f.starts_with("expertise")
        || f.starts_with("knowledge")
        || f.starts_with("practice")
        || f.starts_with("pratique")
        || f.starts_with("lesson")
        || f.starts_with("connaissance")
        || f.starts_with("savoir")
        || f.starts_with("know-how")
        || f.starts_with("competence")
        || f.starts_with("enseignement")
}

/// A word that hands something over ("share", "exchanging", "mutualiser", "transfer").
fn hands_over(t: &crate::text::Token) -> bool {
    memo(t, Class::HandsOver, hands_over_raw)
}

fn hands_over_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    shares(t)
        || f.starts_with("mutualis")
        || f.starts_with("transfer")
        || f.starts_with("transfert")
        || f.starts_with("pool")
}

/// Knowledge handed over: a handing word, then within a few words a word of know-how
/// ("exchanging experience", "share their expertise", "partager leur savoir-faire").
fn knowledge_sharing(ctx: &Ctx<'_>, a: usize, b: usize) -> Vec<(usize, usize)> {
    let doc = &ctx.doc;
    let mut out = Vec::new();
    for i in a..b {
        if !hands_over(&doc.tokens[i]) {
            continue;
        }
        // "l'échange, entre les deux institutions, d'expériences et de savoir-faire": the
        // object may come a few words later.
        for j in i + 1..(i + 9).min(b) {
            let t = &doc.tokens[j];
            if t.is_punct(";") || t.is_punct(".") || t.is_punct(":") {
                break;
            }
            let info = j > i + 1
                && matches!(t.fold.as_str(), "information" | "informations")
                && shares(&doc.tokens[i]);
            if shared_knowhow(t) || info {
                out.push((i, j + 1));
                break;
            }
        }
    }
    out
}

/// A response word just before an incident ("coordination of response to cyber-security
/// incidents", "gestion des incidents de sécurité").
fn responds(t: &crate::text::Token) -> bool {
    memo(t, Class::Responds, responds_raw)
}

fn responds_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    f.starts_with("respon")
        || f.starts_with("reponse")
        || f.starts_with("handl")
        || f.starts_with("riposte")
        || matches!(f, "gestion" | "traitement" | "manage" | "managing")
}

/// Words that tie a capitalised phrase to a name before it ("Ministry of Digital
/// Transformation", "Office for Critical Infrastructure").
fn name_link(t: &crate::text::Token) -> bool {
    word_set!("name_link").contains(t)
}

/// The sentence of token `a`.
fn s_of(ctx: &Ctx<'_>, a: usize) -> usize {
    ctx.doc.sentence_of.get(a).copied().unwrap_or(0)
}

/// Whether a French cue at token `first` (sentence from `a`) ends the name of a body or a
/// title whose head comes just before: "ministère de l'Économie numérique", "directeur des
/// Affaires juridiques" (a capitalised word may stand between the link and the cue).
fn fr_title_head(ctx: &Ctx<'_>, first: usize, a: usize) -> bool {
    let doc = &ctx.doc;
    let link = if first > a + 1 && doc.tokens[first - 1].cap && doc.tokens[first - 1].is_word() {
        first - 1
    } else {
        first
    };
    link > a
        && ctx.lang == crate::facts::Lang::Fr
        && name_link(&doc.tokens[link - 1])
        && doc.tokens[a..link]
            .iter()
            .rev()
            .take(4)
            .any(|t| word_set!("fr_title_head").contains(t))
}

/// Whether a cue is part of a capitalised name or title ("Minister of Digital
/// Transformation", "Global Complex for Innovation", "Cyber Defence Policy Framework").
fn in_cap_name(ctx: &Ctx<'_>, first: usize, last: usize, a: usize, b: usize) -> bool {
    let doc = &ctx.doc;
    let toks = &doc.tokens[first..last];
    // Acronyms ("SOC", "PKI") are cues of their own, but not in an event's name ("the
    // Smart Cities and AI Summit", "AI Week").
    if toks.iter().all(|t| t.upper) {
        let heads = word_set!("event_heads");
        return doc.tokens[last..b]
            .iter()
            .take_while(|t| t.is_word() && t.cap && !t.newline_before)
            .take(4)
            .any(|t| heads.contains(t) && !instrument_word(t));
    }
    if !toks[0].cap {
        return first > a + 1 && doc.tokens[first - 1].cap && fr_title_head(ctx, first, a);
    }
    // A headline or a list heading in title case: capitals say nothing.
    let words: Vec<&crate::text::Token> = doc.tokens[a..b].iter().filter(|t| t.is_word()).collect();
    let caps = words.iter().filter(|t| t.cap).count();
    if (ctx.is_title(s_of(ctx, a)) || words.len() <= 10) && caps * 10 >= words.len() * 6 {
        return false;
    }
    let all_cap = toks
        .iter()
        .filter(|t| t.is_word())
        .all(|t| t.cap || name_link(t));
    let before_name = first > a && {
        let p = &doc.tokens[first - 1];
        (p.is_word() && p.cap && first - 1 > a)
            || (name_link(p)
                && first >= 2
                && first - 2 >= a
                && (doc.tokens[first - 2].cap
                    || (first >= 3
                        && name_link(&doc.tokens[first - 2])
                        && doc.tokens[first - 3].cap)))
    };
    let after_name = doc
        .tokens
        .get(last)
        .is_some_and(|n| last < b && n.is_word() && n.cap);
    // French names capitalise only their first word: "ministère de l'Économie numérique".
    let fr_head = fr_title_head(ctx, first, a);
    (all_cap && (before_name || after_name)) || fr_head
}

/// The kind of body a token names, with one form for its spellings ("lab" and
/// "laboratory", "center" and "centre").
fn body_kind(t: &crate::text::Token) -> Option<&'static str> {
    Some(match t.fold.as_str() {
        "lab" | "labs" | "laboratory" | "laboratories" => "laboratory",
        "labo" | "laboratoire" => "laboratoire",
        "centre" | "center" => "centre",
        "hub" => "hub",
        "pole" => "pole",
        "academy" | "academie" => "academy",
        "platform" | "plateforme" => "platform",
        "chair" | "chaire" => "chair",
        "institute" | "institut" => "institute",
        _ => return None,
    })
}

/// Whether tokens `a..b` commit someone to something: a word of `commits` ("will",
/// "aims") or a French future ("formera").
fn commits_in(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    ctx.doc.tokens[a..b].iter().any(|t| {
        COMMITS.contains(t)
            || (ctx.lang == crate::facts::Lang::Fr
                && t.is_word()
                && !t.cap
                && t.fold.len() >= 7
                && french_future(&t.fold))
    })
}

/// Whether the cue at `first..last` names the venue of the signing a sentence `s` reports:
/// "signed … at the Bank's training centre", "au centre de formation de l'agence". The cue
/// stands before a venue's head, after "at", "au" or "à" and at most an article and an
/// owner's name.
fn signing_venue(ctx: &Ctx<'_>, s: usize, first: usize, last: usize) -> bool {
    let doc = &ctx.doc;
    let a = doc.sentences[s].tokens.0;
    if !ctx.triggers.iter().any(|t| t.sent == s && t.sign) {
        return false;
    }
    let fold = |k: usize| doc.tokens[k].fold.as_str();
    // "au centre de formation de l'agence", "à la salle de formation": the head first.
    if ctx.lang == crate::facts::Lang::Fr
        && first >= a + 3
        && fold(first - 1) == "de"
        && word_set!("venue_heads").contains(&doc.tokens[first - 2])
        && (fold(first - 3) == "au"
            || (first >= a + 4
                && matches!(fold(first - 3), "l'" | "la" | "le")
                && fold(first - 4) == "a"))
    {
        return true;
    }
    if !doc
        .tokens
        .get(last)
        .is_some_and(|t| word_set!("venue_heads").contains(t))
    {
        return false;
    }
    let fr = ctx.lang == crate::facts::Lang::Fr;
    for k in (first.saturating_sub(8).max(a)..first).rev() {
        let t = &doc.tokens[k];
        let after_quote = k > a && matches!(doc.tokens[k - 1].fold.as_str(), "'" | "’");
        match t.fold.as_str() {
            "at" => return !fr,
            "au" | "aux" => return fr,
            "a" if fr => return true,
            "s" if after_quote => {}
            "the" | "its" | "their" | "'s" | "’s" | "'" | "’" | "of" | "le" | "la" | "l'"
            | "de" | "du" | "son" | "sa" => {}
            _ if t.is_word() && t.cap => {}
            _ => return false,
        }
    }
    false
}

/// Whether sentence `s` quotes someone of a party, by a party's name or a signatory's
/// words ("said at the signing", "a déclaré … après la signature"), on the present matter:
/// not on a past event ("Last year's attack showed…"), a threat or another matter.
fn signatory_quote(ctx: &Ctx<'_>, s: usize, sents: &Sents, rival: &Bits) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    if b <= a
        || !ctx.quoted[a..b].iter().any(|q| *q)
        || !sents.party.contains(s)
        || rival.contains(s)
        || other_deal(ctx, s, sents)
        || ctx.has_cue(s, Cue::Background)
        || pluperfect(ctx, s)
        || since_year(ctx, s)
        || separate_matter(ctx, s)
    {
        return false;
    }
    // A quotation about an attack or a threat recalls an event or warns; it does not
    // name what the agreement is for. So does one that looks back ("last", "dernier",
    // "have been hit", « ont été visés ») or tells a trend ("have doubled").
    let quoted = (a..b).filter(|&i| ctx.quoted[i]).map(|i| &doc.tokens[i]);
    !quoted.clone().any(threat)
        && !quoted.clone().any(|t| {
            matches!(
                t.fold.as_str(),
                "last"
                    | "ago"
                    | "past"
                    | "dernier"
                    | "derniere"
                    | "passe"
                    | "passee"
                    | "been"
                    | "ete"
            ) || word_set!("trend").contains(t)
        })
}

/// Whether tokens `a..b` hold a verb in the future tense: "will", "shall", "seront",
/// "vont", or a French future ("accueillera", "apprendront").
fn future_in(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    ctx.doc.tokens[a..b].iter().any(|t| {
        matches!(t.fold.as_str(), "will" | "shall")
            || (ctx.lang == crate::facts::Lang::Fr
                && t.is_word()
                && !t.cap
                && (matches!(t.fold.as_str(), "sera" | "seront" | "vont" | "va")
                    || (t.fold.len() >= 7 && french_future(&t.fold))))
    })
}

/// Whether the cue at `first` (sentence from `a`) is the topic of the event where the
/// signing took place: "signed on the sidelines of a summit on artificial intelligence",
/// "annoncé lors d'un forum sur la fintech" (not a seminar's or a workshop's).
fn event_topic(ctx: &Ctx<'_>, a: usize, first: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let events = word_set!("event_heads");
    (first.saturating_sub(8).max(a)..first).any(|k| {
        let f = toks[k].fold.as_str();
        // The topic runs to the first punctuation: "at a summit on AI, covers training".
        let topic = toks[k + 1..first]
            .iter()
            .all(|t| t.is_word() || t.fold == "'");
        // A seminar or a workshop is often the parties' own work: its topic may be theirs.
        topic
            && (f == "forum"
                || (events.contains(&toks[k]) && !word_set!("event_topic").contains(&toks[k])))
            && toks
                .get(k + 1)
                .is_some_and(|n| word_set!("event_topic_2").contains(n))
            && (k.saturating_sub(5).max(a)..k)
                .any(|j| word_set!("event_topic_3").contains(&toks[j]))
    })
}

/// Whether sentence `s` opens on another matter: "Separately, …", "In a separate
/// development, …", "In other news, …", "Dans un autre registre, …".
fn separate_matter(ctx: &Ctx<'_>, s: usize) -> bool {
    let doc = &ctx.doc;
    let (a, b) = doc.sentences[s].tokens;
    let words: Vec<&str> = doc.tokens[a..b]
        .iter()
        .filter(|t| t.is_word())
        .take(4)
        .map(|t| t.fold.as_str())
        .collect();
    matches!(
        words.as_slice(),
        ["separately", ..]
            | ["in", "a", "separate", ..]
            | ["on", "a", "separate", ..]
            | ["in", "other", "news", ..]
            | ["dans", "un", "autre", "registre", ..]
            | ["dans", "une", "autre", "actualite", ..]
    )
}

/// Words that begin many names and so do not stand for one party alone.
fn generic_name_word(w: &str) -> bool {
    word_set!("generic_name_word").contains_str(w)
}

/// The sentences that name a party by the first word of its name alone ("Tessellate will
/// also train…" after "Tessellate Systems"). The word must be capitalised there, at least
/// four letters long, begin a name of two words or more, and be neither a place, a
/// demonym, nor the first word of another body's name.
fn short_form_sentences(ctx: &Ctx<'_>, chosen: &[Chosen]) -> Vec<usize> {
    let doc = &ctx.doc;
    let mut place = vec![false; doc.tokens.len()];
    for m in &ctx.ents.mentions {
        if matches!(
            m.kind,
            MentionKind::Country(_)
                | MentionKind::Demonym(_)
                | MentionKind::City(_)
                | MentionKind::Person
                | MentionKind::Surname
                | MentionKind::Outlet
        ) {
            for x in &mut place[m.first..m.last] {
                *x = true;
            }
        }
    }
    let heads: Vec<&str> = chosen
        .iter()
        .filter_map(|c| {
            let first = c
                .party
                .evidence
                .iter()
                .filter_map(|sp| doc.tokens.binary_search_by_key(&sp.start, |t| t.start).ok())
                .find(|&i| {
                    doc.tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && n.cap && !n.newline_before)
                })?;
            let t = &doc.tokens[first];
            (t.cap
                && !t.upper
                && t.is_word()
                && t.fold.chars().count() >= 4
                && !generic_name_word(&t.fold)
                && !place[first])
                .then_some(t.fold.as_str())
        })
        .collect();
    if heads.is_empty() {
        return Vec::new();
    }
    // A word that also begins another body's name is no short form.
    let others: Vec<&str> = ctx
        .ents
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Org { .. }))
        .filter(|m| {
            !chosen.iter().any(|c| {
                c.party.evidence.iter().any(|sp| {
                    doc.tokens
                        .binary_search_by_key(&sp.start, |t| t.start)
                        .is_ok_and(|i| i == m.first)
                })
            }) && c_cluster_of(ctx, chosen, m.first)
        })
        .map(|m| doc.tokens[m.first].fold.as_str())
        .collect();
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.cap
            && !place[i]
            && heads.contains(&t.fold.as_str())
            && !others.contains(&t.fold.as_str())
        {
            out.push(doc.sentence_of[i]);
        }
    }
    crate::sort::all(&mut out);
    out.dedup();
    out
}

/// The sentences that name a party by the noun of its kind after a definite article ("the
/// company", "the ministry", "l'université"), when one party only is of that kind.
fn kind_noun_sentences(ctx: &Ctx<'_>, chosen: &[Chosen], others: &[&Chosen]) -> Vec<usize> {
    use crate::facts::PartyKind;
    let doc = &ctx.doc;
    let kind_of = |w: &str| -> Option<PartyKind> {
        Some(match w {
            "company" | "firm" | "vendor" | "operator" | "societe" | "entreprise" | "operateur"
            | "groupe" | "bank" | "banque" | "startup" => PartyKind::Company,
            "ministry" | "agency" | "authority" | "regulator" | "ministere" | "agence"
            | "autorite" | "regulateur" => PartyKind::Government,
            "university" | "universite" | "institute" | "institut" | "ecole" => PartyKind::Academic,
            _ => return None,
        })
    };
    let mut out = Vec::new();
    for w in doc.tokens.windows(2) {
        // "the council", "la collectivité", "la Ville": a local government, when one party
        // is one (capitalised or not).
        let local =
            word_set!("local_bodies").contains(&w[1]) || word_set!("town_bodies").contains(&w[1]);
        if !word_set!("kind_noun_sentences_w").contains(&w[0]) || w[1].cap && !local {
            continue;
        }
        let Some(k) = kind_of(w[1].fold.as_str()).or(local.then_some(PartyKind::Government)) else {
            continue;
        };
        // The bank of "the bank transfer" is no party: the noun ends its phrase, before a
        // verb, a clause word or a punctuation mark.
        let i = doc
            .tokens
            .binary_search_by_key(&w[1].start, |t| t.start)
            .unwrap_or(0);
        let ends_phrase = doc.tokens.get(i + 1).is_none_or(|n| {
            !n.is_word()
                || COMMITS.contains(n)
                || n.fold.ends_with("ed")
                || n.fold.ends_with("era")
                || n.fold.ends_with("ra")
                || word_set!("kind_noun_sentences").contains(n)
        });
        // "the agency" when a ministry and an agency signed: the one party of that kind
        // whose name has the noun.
        let named_so = |c: &&Chosen| {
            crate::token::fold(&c.party.name)
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|x| w[1].fold == x)
        };
        let of_kind = chosen.iter().filter(|c| c.party.kind == k).count();
        let by_name = chosen
            .iter()
            .filter(|c| c.party.kind == k)
            .filter(named_so)
            .count();
        // A local government that signed another agreement of the article too does not
        // tell which one a sentence is about.
        let locals = || {
            chosen
                .iter()
                .filter(|c| c.party.kind == k)
                .filter(|c| !others.iter().any(|o| o.party.name == c.party.name))
                .filter(|c| {
                    crate::token::fold(&c.party.name)
                        .split(|ch: char| !ch.is_alphanumeric())
                        .any(|x| {
                            word_set!("local_bodies").contains_str(x)
                                || word_set!("town_bodies").contains_str(x)
                        })
                })
                .count()
        };
        if ends_phrase
            && if local {
                locals() == 1
            } else {
                of_kind == 1 || by_name == 1
            }
        {
            out.push(w[1].start);
        }
    }
    let mut sents: Vec<usize> = out
        .into_iter()
        .filter_map(|start| doc.tokens.binary_search_by_key(&start, |t| t.start).ok())
        .map(|i| doc.sentence_of[i])
        .collect();
    crate::sort::all(&mut sents);
    sents.dedup();
    sents
}

/// Whether the mention starting at token `first` belongs to none of the parties' clusters.
fn c_cluster_of(ctx: &Ctx<'_>, chosen: &[Chosen], first: usize) -> bool {
    let Some(mi) = ctx.ents.mentions.iter().position(|m| m.first == first) else {
        return true;
    };
    let cl = ctx.ents.cluster_of[mi];
    !chosen.iter().any(|c| c.cluster == Some(cl))
}

/// Cues in the parts of a hyphenated word ("awareness-raising", "anti-fraud", "CERT-In")
/// that no phrase of tokens `a..b` covers already. An acronym part must be in capitals.
fn hyphen_part_hits(
    ctx: &Ctx<'_>,
    a: usize,
    b: usize,
    hits: &[crate::lexicon::Hit<usize>],
) -> Vec<crate::lexicon::Hit<usize>> {
    let doc = &ctx.doc;
    let mut out = Vec::new();
    for i in a..b {
        let t = &doc.tokens[i];
        if !t.is_word()
            || !t.fold.bytes().any(|c| c == b'-')
            || hits.iter().any(|h| h.first <= i && i < h.last)
        {
            continue;
        }
        let original = doc.slice(i, i + 1);
        for (part, raw) in t.fold.split('-').zip(original.split('-')) {
            let acronym =
                part.len() <= 5 && raw.len() >= 2 && raw.chars().all(|c| c.is_uppercase());
            if part.chars().count() < 4 && !acronym {
                continue;
            }
            if part.len() <= 5 && !acronym && ACRONYM_CUES.contains(&part) {
                continue;
            }
            // "CERT-Lumera", "CSIRT-KE": a team's name, its acronym joined to a proper name.
            if acronym
                && matches!(part, "cert" | "certs" | "csirt" | "cirt")
                && original
                    .split('-')
                    .any(|r| r != raw && r.chars().next().is_some_and(char::is_uppercase))
            {
                break;
            }
            if let Some(value) = ctx.lex.scope.word_value(part, ctx.lang) {
                out.push(crate::lexicon::Hit {
                    first: i,
                    last: i + 1,
                    value,
                });
                break;
            }
        }
    }
    out
}

/// Cues that are acronyms and count only in capitals.
const ACRONYM_CUES: &[&str] = &[
    "soc", "socs", "ai", "ia", "pki", "cert", "certs", "csirt", "cirt", "ics", "oiv", "icp", "llm",
    "llms", "scada",
];

/// A word that protects or secures something: a verb ("protect", "sécuriser"), or a noun
/// of it followed by what it protects ("protection of", "security of", "sécurité des").
fn protects(toks: &[crate::text::Token], i: usize) -> bool {
    let f = toks[i].fold.as_str();
    let verb = f.starts_with("protect")
        || f.starts_with("proteg")
        || f.starts_with("safeguard")
        || f.starts_with("defend")
        || f.starts_with("securis")
        || matches!(f, "secure" | "secures" | "securing" | "secured");
    let noun = matches!(
        f,
        "security" | "securite" | "resilience" | "defence" | "defense"
    ) && toks
        .get(i + 1)
        .is_some_and(|n| matches!(n.fold.as_str(), "of" | "de" | "des" | "du" | "d'"));
    verb || noun
}

/// A sector whose networks are critical infrastructure ("energy", "water", "hôpitaux").
fn critical_sector(t: &crate::text::Token) -> bool {
    word_set!("critical_sector").contains(t)
}

/// A noun of systems that "critical" or "critiques" makes critical infrastructure.
fn system_noun(t: &crate::text::Token) -> bool {
    word_set!("system_noun").contains(t)
}

/// A word that puts products in place ("supply", "deploy", "fournira", "installer").
fn supplies(t: &crate::text::Token) -> bool {
    memo(t, Class::Supplies, supplies_raw)
}

fn supplies_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    f.starts_with("suppl") && !f.starts_with("supplement")
        || f.starts_with("deliver")
        || f.starts_with("deploy")
        || f.starts_with("deploi")
        || f.starts_with("install")
        || f.starts_with("equip")
        || f.starts_with("fourni")
        || f.starts_with("livr")
        || f.starts_with("remet")
        || matches!(f, "remise" | "remis" | "dotation")
        || word_set!("supplies").contains(t)
}

/// A product a supplier puts in place ("software", "équipements", "capteurs").
fn product(t: &crate::text::Token) -> bool {
    word_set!("product").contains(t)
}

/// A word of response to an incident ("response", "handling", "riposte").
fn response_word(t: &crate::text::Token) -> bool {
    word_set!("response_word").contains(t)
}

/// A noun of handing over ("exchange", "sharing", "transfer").
fn handing_noun(t: &crate::text::Token) -> bool {
    matches!(
        t.fold.as_str(),
        "exchange" | "exchanges" | "sharing" | "transfer" | "transfers"
    )
}

/// Areas found by the shape of a phrase rather than its words, in tokens `a..b`: a label
/// and a token range each.
///
/// - protecting a critical sector ("the protection of energy, transport and water
///   networks", "sécuriser les réseaux d'eau") and critical systems with a word between
///   ("critical information systems", "infrastructures numériques critiques"): critical
///   infrastructure;
/// - putting products in place ("will supply the software", "fournira des
///   équipements"): solutions and services;
/// - an incident, then its response ("incident prevention, detection and response"):
///   incident response;
/// - information on threats shared, in the noun order of English ("threat information
///   sharing", "incident data exchange"): threat intelligence;
/// - know-how shared, in the same order ("knowledge exchange", "experience-sharing"):
///   knowledge exchange.
fn pattern_hits(ctx: &Ctx<'_>, a: usize, b: usize) -> Vec<(&'static str, usize, usize)> {
    let doc = &ctx.doc;
    let toks = &doc.tokens;
    let stop = |t: &crate::text::Token| t.is_punct(".") || t.is_punct(";") || t.is_punct(":");
    let mut out = Vec::new();
    for i in a..b {
        let t = &toks[i];
        // Most words open no pattern: one remembered test passes over them.
        if !pattern_cue(t) {
            continue;
        }
        // Within `n` tokens after `i`, before a clause break: the first that passes.
        let ahead = |n: usize, f: &dyn Fn(&crate::text::Token) -> bool| {
            (i + 1..(i + 1 + n).min(b))
                .take_while(|&j| !stop(&toks[j]))
                .find(|&j| f(&toks[j]))
        };
        if protects(toks, i) {
            if let Some(j) = ahead(7, &critical_sector) {
                out.push(("critical_infrastructure", i, j + 1));
            }
        }
        if t.fold == "critical" {
            // "critical information systems", "critical national assets": a word or two
            // between, none of them a preposition.
            let mut j = i + 1;
            while j < b.min(i + 4) && toks[j].is_word() && !invariable_word(&toks[j]) {
                if system_noun(&toks[j]) {
                    out.push(("critical_infrastructure", i, j + 1));
                    break;
                }
                j += 1;
            }
        }
        if matches!(
            t.fold.as_str(),
            "critique" | "critiques" | "vitaux" | "vitales" | "vitale"
        ) && i > a
        {
            let lo = i.saturating_sub(4).max(a);
            if let Some(j) = (lo..i).rev().find(|&j| system_noun(&toks[j])) {
                if toks[j + 1..i].iter().all(|x| x.is_word() || x.fold == "'") {
                    out.push(("critical_infrastructure", j, i + 1));
                }
            }
        }
        // "supply" and "offer" are verbs after "to", a modal or "and", or before a
        // determiner; not in "electricity supply".
        let verb_use = !matches!(t.fold.as_str(), "supply" | "supplies" | "offer" | "offers")
            || (i > a && word_set!("pattern_hits").contains(&toks[i - 1]))
            || toks
                .get(i + 1)
                .is_some_and(|n| word_set!("pattern_hits_2").contains(n));
        if supplies(t) && verb_use {
            // A platform or a system is a product when it is deployed or installed, not
            // when it is "provided" for dialogue.
            let strong = !word_set!("pattern_hits_w").contains(t);
            if let Some(j) = ahead(6, &|x: &crate::text::Token| {
                product(x) || (strong && word_set!("pattern_hits_2_w").contains(x))
            }) {
                out.push(("solutions_services", i, j + 1));
            }
        }
        // "will provide managed detection services", "fournira des services de
        // supervision", "services offered to the bank's customers": services supplied, unless
        // they are a sector's own ("provide financial services", "services publics").
        let service_noun = |x: &crate::text::Token| word_set!("service_noun").contains(x);
        let supplied_service = |j: usize| {
            let sector =
                |k: usize| k >= a && k < b && word_set!("not_supplied_service").contains(&toks[k]);
            let before = j > a && sector(j - 1);
            !(before || sector(j + 1))
        };
        let offers = supplies(t) || t.fold.starts_with("propos") || t.fold.starts_with("offr");
        if offers
            && verb_use
            && !t.fold.starts_with("provider")
            && !t.fold.starts_with("fournisseur")
        {
            if let Some(j) = ahead(4, &service_noun) {
                if supplied_service(j) {
                    out.push(("solutions_services", i, j + 1));
                }
            }
        }
        if service_noun(t) && supplied_service(i) {
            if let Some(j) = ahead(2, &|x: &crate::text::Token| {
                word_set!("supplied_participle").contains(x)
            }) {
                out.push(("solutions_services", i, j + 1));
            }
        }
        // "align the way they supervise operators", "aligneront leurs méthodes de
        // contrôle": rules or supervision made alike; not "aligned with" a strategy, which
        // sets the scene.
        if t.fold.starts_with("align")
            && !toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.fold.as_str(), "with" | "sur" | "avec" | "to"))
        {
            if let Some(j) = ahead(6, &|x: &crate::text::Token| {
                word_set!("aligned_rules").contains(x)
            }) {
                out.push(("policy_strategy", i, j + 1));
            }
        }
        if t.fold.starts_with("incident") {
            if let Some(j) = ahead(5, &response_word) {
                out.push(("incident_response", i, j + 1));
            }
        }
        // "responding to cyberattacks", "riposter aux attaques".
        if response_word(t) || matches!(t.fold.as_str(), "responds" | "reagir" | "riposter") {
            if let Some(j) = ahead(3, &|x: &crate::text::Token| {
                x.fold.contains("attack") || x.fold.contains("attaque")
            }) {
                out.push(("incident_response", i, j + 1));
            }
        }
        // "threat information sharing", "cyber incident data exchange".
        if handing_noun(t) && i >= a + 2 && info_word(&toks[i - 1]) {
            let lo = i.saturating_sub(5).max(a);
            if let Some(j) = (lo..i - 1)
                .rev()
                .take_while(|&j| toks[j].is_word())
                .find(|&j| threat(&toks[j]))
            {
                out.push(("threat_intelligence", j, i + 1));
            }
        }
        // "knowledge exchange", "best practice sharing", "experience-sharing".
        if handing_noun(t) && i > a {
            let lo = i.saturating_sub(2).max(a);
            if let Some(j) = (lo..i)
                .rev()
                .take_while(|&j| toks[j].is_word())
                .find(|&j| shared_knowhow(&toks[j]))
            {
                out.push(("knowledge_exchange", j, i + 1));
            }
        }
        // (A byte test first: few words have a hyphen.)
        if t.is_word() && t.fold.bytes().any(|c| c == b'-') {
            if let Some((x, y)) = t.fold.split_once('-') {
                let (xt, yt) = (
                    crate::text::tokenize(x).into_iter().next(),
                    crate::text::tokenize(y).into_iter().next(),
                );
                if let (Some(xt), Some(yt)) = (xt, yt) {
                    if handing_noun(&yt) && shared_knowhow(&xt) {
                        out.push(("knowledge_exchange", i, i + 1));
                    }
                }
            }
        }
    }
    out
}

/// Whether a pattern of [`pattern_hits`] may open at the token: the word tests of its
/// patterns, without what they ask of the words around.
fn pattern_cue(t: &crate::text::Token) -> bool {
    memo(t, Class::PatternCue, pattern_cue_raw)
}

fn pattern_cue_raw(t: &crate::text::Token) -> bool {
    let f = t.fold.as_str();
    // `protects`: its verbs, and its nouns before "of".
    f.starts_with("protect")
        || f.starts_with("proteg")
        || f.starts_with("safeguard")
        || f.starts_with("defend")
        || f.starts_with("securis")
        || matches!(
            f,
            "secure"
                | "secures"
                | "securing"
                | "secured"
                | "security"
                | "securite"
                | "resilience"
                | "defence"
                | "defense"
                | "critical"
                | "critique"
                | "critiques"
                | "vitaux"
                | "vitales"
                | "vitale"
                | "responds"
                | "reagir"
                | "riposter"
        )
        || supplies(t)
        || f.starts_with("propos")
        || f.starts_with("offr")
        || word_set!("service_noun").contains(t)
        || f.starts_with("align")
        || f.starts_with("incident")
        || response_word(t)
        || handing_noun(t)
        || (t.is_word() && f.bytes().any(|c| c == b'-'))
}

/// A short word that links rather than describes ("of", "to", "de").
fn invariable_word(t: &crate::text::Token) -> bool {
    word_set!("invariable_word").contains(t)
}

/// Whether a party is police, justice or a crime-fighting body: a word of its name or of
/// a form of it (`words.tsv`, list `law_enforcement`), or a state itself ("China and Laos
/// will fight telecom fraud": states fight crime with their police).
fn law_enforcement_party(chosen: &[Chosen]) -> bool {
    chosen
        .iter()
        .any(|c| c.party.kind == crate::facts::PartyKind::Country)
        || party_named_with(chosen, word_set!("law_enforcement"), None)
}

/// Whether a party's name, or a form of it, has a word of `words` (a `words.tsv` list)
/// and none of `unless` ("Economic and Financial Crimes Commission" is no bank).
fn party_named_with(chosen: &[Chosen], words: &WordSet, unless: Option<&WordSet>) -> bool {
    chosen.iter().any(|c| {
        let mut names = std::iter::once(&c.party.name).chain(c.party.aliases.iter());
        let has = |ws: &WordSet, n: &String| {
            crate::token::fold(n)
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| ws.contains_str(w))
        };
        names.clone().any(|n| has(words, n))
            && !unless.is_some_and(|but| names.any(|n| has(but, n)))
    })
}

/// The scope of the agreement.
/// The sentences that speak of another agreement of the article and of none of this
/// one's own parties: they name a party only the other agreement has, or its state ("the
/// arrangement with Japan focuses on …" when this agreement is with Singapore's agency).
fn rival_sentences(ctx: &Ctx<'_>, chosen: &[Chosen], others: &[&Chosen]) -> Bits {
    let mut out = Bits::default();
    if others.is_empty() {
        return out;
    }
    // The same party: the same body or the same state.
    let same = |a: &Chosen, b: &Chosen| {
        (a.cluster.is_some() && a.cluster == b.cluster) || (a.state.is_some() && a.state == b.state)
    };
    let ours = |c: &Chosen| chosen.iter().any(|o| same(o, c));
    // A party both agreements have (the ministry that signed twice) tells neither.
    let shared = |c: &Chosen| others.iter().any(|o| same(o, c));
    let own_clusters: Vec<usize> = chosen
        .iter()
        .filter(|c| !shared(c))
        .filter_map(|c| c.cluster)
        .collect();
    let own_states: Vec<usize> = chosen
        .iter()
        .filter_map(|c| c.state.or(c.country_idx))
        .collect();
    let their_clusters: Vec<usize> = others
        .iter()
        .filter(|c| !ours(c))
        .filter_map(|c| c.cluster)
        .collect();
    let their_states: Vec<usize> = others
        .iter()
        .filter(|c| !ours(c))
        .filter_map(|c| c.state.or(c.country_idx))
        .filter(|x| !own_states.contains(x))
        .collect();
    let mut own_sents = Bits::default();
    let mut their_sents = Vec::new();
    for (mi, m) in ctx.ents.mentions.iter().enumerate() {
        let s = ctx.doc.sentence_of[m.first];
        let c = ctx.ents.cluster_of[mi];
        if own_clusters.contains(&c) {
            own_sents.insert(s);
            continue;
        }
        let theirs = their_clusters.contains(&c)
            || matches!(m.kind, MentionKind::Country(x) | MentionKind::Demonym(x) if their_states.contains(&x));
        if theirs {
            their_sents.push(s);
        }
    }
    for s in their_sents {
        if !own_sents.contains(s) {
            out.insert(s);
        }
    }
    // "The second was signed with C. It covers joint training.": a part about another
    // partner, and what follows it on its line.
    for (si, _) in ctx.doc.body_sentences() {
        if crate::frames::part_partners(ctx, si).is_some_and(|cl| {
            cl.iter().any(|&c| {
                !chosen.iter().any(|ch| ch.cluster == Some(c)) && their_clusters.contains(&c)
            })
        }) {
            out.insert(si);
        }
    }
    out
}

pub(crate) fn find(
    ctx: &Ctx<'_>,
    chosen: &[Chosen],
    others: &[&Chosen],
    signed: Option<crate::date::PartialDate>,
    roles: &[Span],
) -> Vec<ScopeItem> {
    let doc = &ctx.doc;
    let rival = rival_sentences(ctx, chosen, others);
    let mut party_sents = Bits::default();
    let mut party_clusters = Bits::default();
    // How many of the parties each sentence names, by sentence.
    let mut named: Vec<usize> = Vec::new();
    let count = |named: &mut Vec<usize>, s: usize| {
        if named.len() <= s {
            named.resize(s + 1, 0);
        }
        named[s] += 1;
    };
    for c in chosen {
        let mut mine = Bits::default();
        for sp in &c.party.evidence {
            // Tokens are in text order: the one that starts the span, by bisection.
            if let Ok(t) = doc.tokens.binary_search_by_key(&sp.start, |t| t.start) {
                mine.insert(doc.sentence_of[t]);
            }
        }
        if let Some(cl) = c.cluster {
            party_clusters.insert(cl);
            for &m in &ctx.ents.clusters[cl].mentions {
                mine.insert(doc.sentence_of[ctx.ents.mentions[m].first]);
            }
        }
        for s in mine.iter() {
            party_sents.insert(s);
            count(&mut named, s);
        }
    }
    // Only a party named in full ends the paragraph of another agreement.
    let named_in_full = party_sents.clone();
    // A party named by the first word of its name alone ("Pellucid" for "Pellucid
    // Security"), when that word is no place, no common word of names and no other body's.
    for s in short_form_sentences(ctx, chosen) {
        if party_sents.insert(s) {
            count(&mut named, s);
        }
    }
    // "the company", "le ministère", "l'agence": a party of that kind, named before.
    for s in kind_noun_sentences(ctx, chosen, others) {
        if party_sents.insert(s) {
            count(&mut named, s);
        }
    }
    let mut both = Bits::default();
    for (s, &n) in named.iter().enumerate() {
        if n >= 2.min(chosen.len()).max(1) {
            both.insert(s);
        }
    }
    // Sentences that name an organisation that is not one of the parties.
    let mut other_sents = Bits::default();
    for (mi, m) in ctx.ents.mentions.iter().enumerate() {
        if matches!(m.kind, MentionKind::Org { .. } | MentionKind::Other)
            && !m.modifier
            && !party_clusters.contains(ctx.ents.cluster_of[mi])
        {
            other_sents.insert(doc.sentence_of[m.first]);
        }
    }
    let sents = Sents {
        party: party_sents,
        full: named_in_full.clone(),
        both,
        other: other_sents,
        signed,
        more_deals: vec![std::cell::OnceCell::new(); doc.sentences.len()],
    };
    let mut keep: Vec<usize> = Vec::new();
    let mut list_until_line: Option<usize> = None;
    let mut prev_about: Option<usize> = None;
    let mut boilerplate = false;
    let mut elsewhere = false;
    let mut prev_line: Option<usize> = None;
    let mut prev_bullet = false;
    let mut prev_colon = false;
    // Bodies the agreement sets up ("a joint laboratory"): what "the lab" does later is
    // the agreement's.
    let mut bodies: Vec<&'static str> = Vec::new();
    // Whether the paragraph so far states the agreement's terms ("Under the MoU, …", "Aux
    // termes de la convention, …"): a sentence right after that commits someone to
    // something continues them ("Students will also be attached to the national CERT").
    let mut terms_open = false;
    // Sentences that quote a party on what the agreement is for.
    let mut quotes: Vec<usize> = Vec::new();
    for (si, s) in doc.body_sentences() {
        let (a, b) = s.tokens;
        let line = s.line;
        // "About Acme" / "À propos de Acme": the company's standing description follows.
        let (la, lb) = doc.lines[line].tokens;
        if la == a && lb - la <= 8 && about_heading(ctx, la, lb) {
            boilerplate = true;
        }
        if boilerplate {
            continue;
        }
        // After a sentence that reports another agreement, the sentences of the same
        // paragraph speak of that one, until one names a party of this agreement.
        let new_paragraph = prev_line.is_some_and(|p: usize| doc.new_paragraph(p, line));
        if new_paragraph {
            terms_open = false;
        }
        if new_paragraph || named_in_full.contains(si) {
            elsewhere = false;
        }
        prev_line = Some(line);
        // "In a separate agreement, C and D signed …" reports another matter, unless C and D
        // are this agreement's parties (an article that reports several asks about each).
        if other_deal(ctx, si, &sents) || (separate_matter(ctx, si) && !sents.both.contains(si)) {
            elsewhere = true;
        }
        let mut about = !elsewhere && !rival.contains(si) && about_agreement(ctx, si, &sents);
        if !about && !elsewhere && !bodies.is_empty() && !ctx.has_cue(si, Cue::Background) {
            let toks = &doc.tokens[a..b];
            let names_body = toks.windows(2).any(|w| {
                word_set!("scope_find").contains(&w[0])
                    && body_kind(&w[1]).is_some_and(|k| bodies.contains(&k))
            });
            about = names_body && commits_in(ctx, a, b);
        }
        // "It will also…" right after a sentence about the agreement speaks of it too, and so
        // does the rest of a sentence a line break cut ("… to share\nthreat data").
        let cut = doc.tokens[a..b]
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| !t.cap && t.kind == TokKind::Word)
            && doc.tokens.get(a).is_some_and(|t| t.is_word());
        // "Par ailleurs, …", "Besides, …" opening a line turns to another matter.
        let turns = la == a
            && matches!(
                doc.tokens[a..b]
                    .iter()
                    .filter(|t| t.is_word())
                    .take(2)
                    .map(|t| t.fold.as_str())
                    .collect::<Vec<_>>()
                    .as_slice(),
                ["par", "ailleurs"] | ["besides", ..] | ["meanwhile", ..] | ["elsewhere", ..]
            );
        // "The second was signed with C. Its head, X, signed for the unit. It covers …": a
        // line that only tells who signed stands between (only such a line keeps
        // `prev_about` two sentences back, see below).
        let signer_between = |p: usize| p + 2 == si && doc.sentences[p + 1].line == line;
        if !about
            && prev_about.is_some_and(|p| p + 1 == si || signer_between(p) && points_back(ctx, si))
            && ((points_back(ctx, si) && !turns) || cut)
            && !ctx.has_cue(si, Cue::Background)
            && !pluperfect(ctx, si)
        {
            about = true;
        }
        if !about
            && !elsewhere
            && terms_open
            && prev_about.is_some_and(|p| p + 1 == si)
            && !turns
            && !rival.contains(si)
            && future_in(ctx, a, b)
            && !ctx.has_cue(si, Cue::Background)
            && !pluperfect(ctx, si)
            && !separate_matter(ctx, si)
        {
            about = true;
        }
        // The first item after "… will:" is the agreement's, however long it is.
        let in_list = !about
            && !rival.contains(si)
            && ((list_until_line.is_some_and(|l| line <= l) && b - a <= 40 && list_item(ctx, si))
                || (prev_about.is_some_and(|p| p + 1 == si)
                    && ((prev_bullet && bullet_line(ctx, si)) || prev_colon)));
        // A bullet whose item reports the signing is a news item of its own (a digest's
        // "• Partnership. A and B signed …"), not an area in a list: the next bullet is
        // another item.
        let reports = |k: usize| ctx.triggers.iter().any(|t| t.sent == k && t.sign);
        let line_of = |k: usize| doc.sentences.get(k).map(|t| t.line);
        prev_bullet = bullet_line(ctx, si)
            && !(si.saturating_sub(3)..si + 1)
                .any(|k| line_of(k) == Some(line) && reports(k) && line_of(k + 1) == Some(line));
        prev_colon = doc
            .tokens
            .get(b.saturating_sub(1))
            .is_some_and(|t| b > a && t.is_punct(":"));
        if about || in_list {
            keep.push(si);
            for w in doc.tokens[a..b].windows(3) {
                let introduced = word_set!("scope_find_2").contains(&w[0])
                    || matches!(w[1].fold.as_str(), "joint" | "new" | "common" | "shared");
                if let Some(k) = body_kind(&w[2]).or_else(|| {
                    body_kind(&w[1])
                        .filter(|_| matches!(w[0].fold.as_str(), "a" | "an" | "un" | "une" | "d'"))
                }) {
                    if introduced && !bodies.contains(&k) {
                        bodies.push(k);
                    }
                }
            }
        }
        if !(about || in_list || elsewhere) && signatory_quote(ctx, si, &sents, &rival) {
            quotes.push(si);
        }
        prev_about = if about || in_list {
            Some(si)
        } else if prev_about.is_some_and(|p| p + 1 == si)
            && !rival.contains(si)
            && signer_line(ctx, si)
        {
            // A line that tells who signed keeps the one before open for "It covers …".
            prev_about
        } else {
            None
        };
        // A sentence about the agreement that names it opens its terms for the next one.
        terms_open = about
            && doc.tokens[a..b]
                .iter()
                .any(|t| REFERS.contains(t) || instrument_word(t));
        // A list opens after "…will:" or under a heading about the agreement ("Key
        // objectives of the MoU", "Domaines de coopération").
        let heading = b - a <= 12
            && !doc.tokens.get(b - 1).is_some_and(|t| {
                t.is_punct(".") || t.is_punct("!") || t.is_punct("?") || t.is_punct(";")
            })
            && !bullet_line(ctx, si)
            && !ctx.is_title(si);
        if about && (doc.tokens.get(b - 1).is_some_and(|t| t.is_punct(":")) || heading) {
            list_until_line = Some(line + 10);
        } else if !(in_list || (about && list_item(ctx, si))) {
            list_until_line = None;
        }
    }
    // A cue inside a name ("Acme Cyber Labs", "Security Operations Centre of X") is not an
    // area of cooperation.
    let mut in_name = vec![false; doc.tokens.len()];
    // The described bodies' tokens: their capitals make no name of a cue.
    let mut described_bodies: Vec<(usize, usize)> = Vec::new();
    for m in &ctx.ents.mentions {
        // "a Security Operations Centre", "un CSIRT sectoriel": a body described, not named.
        // "a sector CSIRT", "a financial sector Computer Security Incident Response Team",
        // "the national Computer Security Incident Response Team": up to two lowercase words
        // may come between, and after "the" at least one must.
        let article = |j: usize| matches!(doc.tokens[j].fold.as_str(), "a" | "an" | "un" | "une");
        let definite = |j: usize| matches!(doc.tokens[j].fold.as_str(), "the" | "le" | "la");
        // Describing words, not the words of a phrase around the name ("la tutelle du
        // ministère de …").
        let lower = |j: usize| {
            doc.tokens[j].is_word()
                && !doc.tokens[j].cap
                && !matches!(
                    doc.tokens[j].fold.as_str(),
                    "of" | "de"
                        | "du"
                        | "des"
                        | "d'"
                        | "l'"
                        | "la"
                        | "le"
                        | "les"
                        | "the"
                        | "to"
                        | "au"
                        | "aux"
                        | "a"
                        | "and"
                        | "et"
                        | "with"
                        | "avec"
                        | "by"
                        | "par"
                )
        };
        // Its acronym in brackets right after it is described too: "(CSIRT)".
        let described_body = m.first > 0
            && (article(m.first - 1)
                || (1..=2).any(|n| {
                    m.first > n
                        && (m.first - n..m.first).all(lower)
                        && (article(m.first - n - 1) || definite(m.first - n - 1))
                })
                || (doc.tokens[m.first - 1].is_punct("(")
                    && described_bodies
                        .last()
                        .is_some_and(|&(_, y)| y + 1 == m.first)));
        if !matches!(m.kind, MentionKind::Org { .. } | MentionKind::Outlet) {
            continue;
        }
        if described_body {
            described_bodies.push((m.first, m.last));
        } else {
            for x in &mut in_name[m.first..m.last] {
                *x = true;
            }
        }
    }
    // A party's own name, and the words that spell out its acronym in brackets ("le
    // centre de réponse aux incidents de Valdorie (CERT-V)"), back to the article.
    for c in chosen {
        for sp in &c.party.evidence {
            let (Ok(x), Ok(y)) = (
                doc.tokens.binary_search_by_key(&sp.start, |t| t.start),
                doc.tokens.binary_search_by_key(&sp.end, |t| t.end),
            ) else {
                continue;
            };
            for v in &mut in_name[x..=y] {
                *v = true;
            }
            if x < 2 || !doc.tokens[x - 1].is_punct("(") {
                continue;
            }
            let s0 = doc.sentences[doc.sentence_of[x]].tokens.0;
            let lo = (x - 1).saturating_sub(12).max(s0);
            if let Some(d) = (lo..x - 1).rev().find(|&k| {
                matches!(
                    doc.tokens[k].fold.as_str(),
                    "the" | "le" | "la" | "l'" | "les" | "du" | "au"
                ) || !doc.tokens[k].is_word()
            }) {
                for v in &mut in_name[d + 1..x - 1] {
                    *v = true;
                }
            }
        }
    }
    // A person's title ("le ministre de l'Économie numérique", "Minister of Communications
    // and Digital Economy") names an office, not what the agreement covers.
    for r in roles {
        let x = doc.tokens.partition_point(|t| t.start < r.start);
        let y = doc.tokens.partition_point(|t| t.end <= r.end);
        for v in in_name.iter_mut().take(y).skip(x) {
            *v = true;
        }
    }
    // A description of a party set off by commas ("Smart Africa, an alliance committed to
    // the continent's digital transformation, …", "Acme, which supplies banks, …") says
    // what the party is, not what the agreement does.
    let mut described = vec![false; doc.tokens.len()];
    let party_ends = chosen
        .iter()
        .flat_map(|c| c.party.evidence.iter())
        .filter_map(|sp| doc.tokens.binary_search_by_key(&sp.end, |t| t.end).ok());
    let org_ends = ctx
        .ents
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Org { .. }) && m.last > m.first)
        .map(|m| m.last - 1);
    {
        for last in party_ends.chain(org_ends) {
            let s = doc.sentence_of[last];
            let end = doc.sentences[s].tokens.1;
            if !doc
                .tokens
                .get(last + 1)
                .is_some_and(|t| last + 1 < end && t.is_punct(","))
            {
                continue;
            }
            let opener = doc.tokens.get(last + 2).map_or("", |t| t.fold.as_str());
            let next = doc.tokens.get(last + 3).map_or("", |t| t.fold.as_str());
            let descriptive = word_set!("scope_find_3").contains_str(opener)
                && !(matches!(opener, "which" | "who" | "qui")
                    && (COMMITS.contains_str(next) || matches!(next, "will" | "va" | "vont")));
            if !descriptive {
                continue;
            }
            let close = (last + 2..end)
                .find(|&i| doc.tokens[i].is_punct(",") || doc.tokens[i].is_punct(";"))
                .unwrap_or(end);
            for x in &mut described[last + 2..close] {
                *x = true;
            }
        }
    }
    let ti = SCOPE_LABELS
        .iter()
        .position(|l| *l == "threat_intelligence");
    let ir = SCOPE_LABELS.iter().position(|l| *l == "incident_response");
    let ke = SCOPE_LABELS.iter().position(|l| *l == "knowledge_exchange");
    // The broad areas a speaker's stance names ("reflects our commitment to innovation and
    // digital transformation", "notre engagement pour l'économie numérique").
    let broad = |v: usize| matches!(SCOPE_LABELS.get(v), Some(&"research" | &"digital_economy"));
    let ps = SCOPE_LABELS.iter().position(|l| *l == "policy_strategy");
    let de = SCOPE_LABELS.iter().position(|l| *l == "digital_economy");
    let ss = SCOPE_LABELS.iter().position(|l| *l == "solutions_services");
    let mut found: Vec<Vec<Span>> = vec![Vec::new(); SCOPE_LABELS.len()];
    // Tokens of a party's name: a quote that names a party speaks of the agreement's work.
    let mut party_tok = vec![false; doc.tokens.len()];
    for sp in chosen.iter().flat_map(|c| c.party.evidence.iter()) {
        if let (Ok(x), Ok(y)) = (
            doc.tokens.binary_search_by_key(&sp.start, |t| t.start),
            doc.tokens.binary_search_by_key(&sp.end, |t| t.end),
        ) {
            for v in &mut party_tok[x..=y] {
                *v = true;
            }
        }
    }
    for s in keep {
        let (a, b) = doc.sentences[s].tokens;
        // A quoted general remark: a quotation that names neither the agreement nor a party
        // and commits no "we" ("The digital economy is the future, and e-government will
        // only work if people trust it"). An area that is its subject is the speaker's
        // view, not the agreement's.
        let remark = |k: usize| {
            if !ctx.quoted.get(k).copied().unwrap_or(false) {
                return false;
            }
            let mut lo = k;
            while lo > a && ctx.quoted[lo - 1] {
                lo -= 1;
            }
            let mut hi = k;
            while hi + 1 < b && ctx.quoted[hi + 1] {
                hi += 1;
            }
            let run = &doc.tokens[lo..=hi];
            !run.iter()
                .any(|t| REFERS.contains(t) || instrument_word(t) || created_body(t))
                && !party_tok[lo..=hi].iter().any(|x| *x)
                && !run.iter().enumerate().any(|(i, t)| {
                    word_set!("first_person").contains(t)
                        && run[i + 1..run.len().min(i + 4)]
                            .iter()
                            .any(|n| COMMITS.contains(n))
                })
        };
        // Cues in an opening clause that sets the scene are not the agreement's.
        let scene = scene_opener(ctx, a, b);
        let from = match scene {
            Some((x, end)) if x <= a + 2 => end + 1,
            _ => a,
        };
        let in_scene = |i: usize| scene.is_some_and(|(x, end)| i >= x && i <= end);
        // Cues after "builds on", "follows", "fait suite à" belong to the earlier agreement.
        let to = (from..b)
            .find(|&i| {
                let t = doc.tokens[i].fold.as_str();
                let n = doc.tokens.get(i + 1).map(|t| t.fold.as_str()).unwrap_or("");
                matches!(
                    (t, n),
                    ("builds" | "building" | "built" | "build", "on" | "upon")
                        | ("follows", _)
                        // "The agreement comes as Lindmark rolls out e-government", "intervient
                        // alors que …": the setting.
                        | ("comes" | "came", "as" | "amid" | "against")
                        | ("intervient", "alors" | "dans")
                        | ("fait" | "faisant", "suite")
                        | ("dans", "le") // "dans le prolongement"
                ) && (t != "dans"
                    || doc
                        .tokens
                        .get(i + 2)
                        .is_some_and(|x| matches!(x.fold.as_str(), "prolongement" | "sillage")))
            })
            .unwrap_or(b);
        let sharing = threat_sharing(ctx, from, to);
        if let Some(ti) = ti {
            for &(x, y) in &sharing {
                found[ti].push(doc.span(x, y));
            }
        }
        let knowledge = knowledge_sharing(ctx, from, to);
        if let Some(ke) = ke {
            for &(x, y) in &knowledge {
                let info_only = !doc.tokens[x..y].iter().any(shared_knowhow);
                if info_only && sharing.iter().any(|&(p, q)| x < q && p < y) {
                    continue;
                }
                found[ke].push(doc.span(x, y));
            }
        }
        let inside_sharing =
            |first: usize, last: usize| sharing.iter().any(|&(x, y)| first < y && x < last);
        // Where a clause naming a cause opens ("because of", "à cause de", "driven by").
        let cause = (from..to.saturating_sub(1)).find(|&i| {
            matches!(
                (doc.tokens[i].fold.as_str(), doc.tokens[i + 1].fold.as_str()),
                ("because", "of")
                    | ("cause", "de" | "du" | "des")
                    | ("driven" | "fuelled" | "fueled", "by")
            )
        });
        let mut hits = ctx.lex.scope.find(doc, from, to, ctx.lang);
        hits.extend(hyphen_part_hits(ctx, from, to, &hits));
        for (label, x, y) in pattern_hits(ctx, from, to) {
            if let Some(v) = SCOPE_LABELS.iter().position(|l| *l == label) {
                hits.push(crate::lexicon::Hit {
                    first: x,
                    last: y,
                    value: v,
                });
            }
        }
        for hit in hits {
            // An acronym cue ("SOC", "AI", "IA") must be written in capitals.
            let t = &doc.tokens[hit.first];
            if hit.last - hit.first == 1
                && t.fold.len() <= 5
                && !t.upper
                && ACRONYM_CUES.contains(&t.fold.as_str())
            {
                continue;
            }
            if in_name[hit.first..hit.last].iter().all(|x| *x)
                || in_scene(hit.first)
                || described[hit.first]
            {
                continue;
            }
            let in_described = described_bodies
                .iter()
                .any(|&(x, y)| x <= hit.first && hit.last <= y);
            if !in_described && in_cap_name(ctx, hit.first, hit.last, a, b) {
                continue;
            }
            // "training AI models", "training data": the machine's training, not people's;
            // "according to research by …", "selon une étude": a source, not research.
            let label = SCOPE_LABELS.get(hit.value).copied().unwrap_or("");
            let near = |w: &str| {
                (hit.last..(hit.last + 3).min(b)).any(|i| doc.tokens[i].fold == w)
                    || (hit.first.saturating_sub(3).max(a)..hit.first)
                        .any(|i| doc.tokens[i].fold == w)
            };
            if (label == "capacity_building"
                && doc.tokens[hit.first..hit.last]
                    .iter()
                    .any(|t| t.fold.starts_with("train"))
                && (hit.last..(hit.last + 3).min(b))
                    .any(|i| word_set!("machine_trained").contains(&doc.tokens[i])))
                || (label == "research" && (near("according") || near("selon")))
            {
                continue;
            }
            // "the flaws found by its researchers", "découvertes par ses chercheurs": a
            // party's own staff at work, not research together.
            if label == "research"
                && hit.first >= a + 2
                && word_set!("scope_find_w").contains(&doc.tokens[hit.first - 1])
                && matches!(doc.tokens[hit.first - 2].fold.as_str(), "by" | "par")
            {
                continue;
            }
            // The subject of a quoted general remark.
            if remark(hit.first)
                && doc
                    .tokens
                    .get(hit.last)
                    .is_some_and(|t| hit.last < b && word_set!("remark_verbs").contains(t))
            {
                continue;
            }
            // "Banks are the first target of criminals", "les banques seront les premières
            // exposées": a sector described as a target, not an area of the agreement.
            if matches!(label, "finance" | "critical_infrastructure")
                && doc
                    .tokens
                    .get(hit.last)
                    .is_some_and(|t| hit.last < b && word_set!("sector_is").contains(t))
                && (hit.last + 1..(hit.last + 6).min(b))
                    .take_while(|&i| !doc.tokens[i].is_punct(",") && !doc.tokens[i].is_punct("."))
                    .any(|i| word_set!("target_words").contains(&doc.tokens[i]))
            {
                continue;
            }
            if broad(hit.value)
                && (hit.first.saturating_sub(6).max(a + 1)..hit.first).any(|i| {
                    word_set!("stance_noun").contains(&doc.tokens[i])
                        && word_set!("stance_owner").contains(&doc.tokens[i - 1])
                })
            {
                continue;
            }
            // Information shared about incidents or threats is threat intelligence: its
            // "incidents" is no incident handling, its "information exchange" no general
            // knowledge exchange.
            if inside_sharing(hit.first, hit.last) {
                let info = doc.tokens[hit.first..hit.last].iter().any(|t| {
                    matches!(
                        t.fold.as_str(),
                        "information" | "informations" | "info" | "data" | "donnees"
                    )
                });
                let response = (hit.first.saturating_sub(4).max(a)..(hit.last + 4).min(b))
                    .any(|i| responds(&doc.tokens[i]));
                if (Some(hit.value) == ir && !response) || (Some(hit.value) == ke && info) {
                    continue;
                }
            }
            // "expertise" alone is a quality ("global expertise", "technical expertise"); it is
            // an area when it is shared, which `knowledge_sharing` finds.
            if Some(hit.value) == ke
                && hit.last - hit.first == 1
                && matches!(
                    doc.tokens[hit.first].fold.as_str(),
                    "expertise" | "expertises" | "connaissances"
                )
                && !doc.tokens[hit.first.saturating_sub(5).max(a)..hit.first]
                    .iter()
                    .any(|t| {
                        let f = t.fold.as_str();
                        hands_over(t)
                            || f.starts_with("bring")
                            || f.starts_with("provid")
                            || f.starts_with("leverag")
                            || f.starts_with("draw")
                            || f.starts_with("apport")
                            || f.starts_with("tirant")
                            || f.starts_with("beneficier")
                            || f.starts_with("offr")
                            || f.starts_with("mobilis")
                    })
            {
                continue;
            }
            // "its ongoing digital transformation", "the continent's digital economy",
            // "across all digital sectors": the party's own setting, not what the
            // agreement does.
            if Some(hit.value) == de
                && doc.tokens[hit.first.saturating_sub(3).max(a)..hit.first]
                    .iter()
                    .any(|t| word_set!("scope_find_4").contains(t))
            {
                continue;
            }
            // "part of the government's strategy", "in support of the national framework",
            // "on par with global standards": the setting, not an area of cooperation.
            if Some(hit.value) == ps {
                let lo = hit.first.saturating_sub(12).max(a);
                let setting = doc.tokens[lo..hit.first].windows(2).any(|w| {
                    matches!(
                        (w[0].fold.as_str(), w[1].fold.as_str()),
                        ("part", "of")
                            | ("support", "of")
                            | ("line", "with")
                            | ("aligned", "with")
                            | ("par", "with")
                            | ("inscrit", "dans")
                            | ("cadre", "de")
                            | ("cadre", "du")
                            | ("conforme", "a")
                            | ("conforme", "aux")
                    )
                }) || doc.tokens[lo..hit.first]
                    .iter()
                    .any(|t| matches!(t.fold.as_str(), "meet" | "meets" | "meeting" | "highest"));
                if setting {
                    continue;
                }
            }
            if event_topic(ctx, a, hit.first) || signing_venue(ctx, s, hit.first, hit.last) {
                continue;
            }
            // "attacks growing because of the digital transformation and mobile banking", "à
            // cause de la numérisation de l'économie": the threat's cause, up to the clause's
            // end, is no area.
            if cause.is_some_and(|c| {
                c < hit.first
                    && !doc.tokens[c..hit.first]
                        .iter()
                        .any(|t| t.is_punct(",") || t.is_punct(";"))
            }) {
                continue;
            }
            // "la formation des analystes aux outils de X", "training on the tools": the tools
            // are what people learn, not a supply.
            let on = match hit.first.checked_sub(1) {
                Some(k) if k > a && word_set!("scope_find_w").contains(&doc.tokens[k]) => k - 1,
                Some(k) => k,
                None => a,
            };
            // "equipping the agency with the tools and knowledge to …": means of learning.
            let and_knowhow = doc
                .tokens
                .get(hit.last)
                .is_some_and(|t| matches!(t.fold.as_str(), "and" | "et"))
                && doc
                    .tokens
                    .get(hit.last + 1)
                    .is_some_and(|t| word_set!("scope_find_2_w").contains(t));
            if Some(hit.value) == ss && and_knowhow {
                continue;
            }
            if Some(hit.value) == ss
                && on > a
                && matches!(
                    doc.tokens[on].fold.as_str(),
                    "aux" | "au" | "on" | "in" | "sur"
                )
                && doc.tokens[on.saturating_sub(5).max(a)..on].iter().any(|t| {
                    t.fold.starts_with("formation")
                        || t.fold.starts_with("train")
                        || word_set!("taught").contains(t)
                })
            {
                continue;
            }
            // "a common regulatory framework for cloud security services", "des exigences
            // pour les fournisseurs": what the rules apply to, not a supply.
            if Some(hit.value) == ss
                && on > a
                && matches!(
                    doc.tokens[on].fold.as_str(),
                    "for" | "pour" | "on" | "applicable"
                )
                && doc.tokens[on.saturating_sub(3).max(a)..on]
                    .iter()
                    .any(|t| word_set!("rule_nouns").contains(t))
            {
                continue;
            }
            // "former les agents aux bonnes pratiques", "train staff in best practices":
            // what people learn, not know-how exchanged.
            if Some(hit.value) == ke
                && on > a
                && matches!(
                    doc.tokens[on].fold.as_str(),
                    "aux" | "au" | "in" | "on" | "en"
                )
                && !knowledge
                    .iter()
                    .any(|&(x, y)| x < hit.last && hit.first < y)
                && doc.tokens[on.saturating_sub(8).max(a)..on].iter().any(|t| {
                    t.fold.starts_with("form")
                        || t.fold.starts_with("train")
                        || t.fold.starts_with("sensibilis")
                        || word_set!("taught").contains(t)
                })
            {
                continue;
            }
            // "in accordance with applicable law", "conformément
            // à la réglementation": a compliance clause, not an area of cooperation.
            let lo = hit.first.saturating_sub(8).max(a);
            if doc.tokens[lo..hit.first].iter().any(|t| {
                matches!(
                    t.fold.as_str(),
                    "accordance" | "compliance" | "conformement" | "conformite" | "respect"
                )
            }) {
                continue;
            }
            found[hit.value].push(doc.span(hit.first, hit.last));
        }
        // "response to cyber-security incidents", "gestion des incidents de sécurité".
        if let Some(ir) = ir {
            for (i, named) in in_name.iter().enumerate().take(to).skip(from) {
                if doc.tokens[i].fold.starts_with("incident")
                    && !named
                    && (i.saturating_sub(4).max(from)..i).any(|k| responds(&doc.tokens[k]))
                    && !found[ir]
                        .iter()
                        .any(|sp| sp.end >= doc.tokens[i].end && sp.start <= doc.tokens[i].start)
                {
                    found[ir].push(doc.span(i, i + 1));
                }
            }
        }
    }
    // A party's quote names what the agreement protects: "The traffic lights are now part
    // of the region's critical infrastructure", « une ville intelligente doit être une ville
    // sûre ». Only the areas that name the object count, and only inside the quotation.
    for s in quotes {
        let (a, b) = doc.sentences[s].tokens;
        for hit in ctx.lex.scope.find(doc, a, b, ctx.lang) {
            let label = SCOPE_LABELS.get(hit.value).copied().unwrap_or("");
            if !matches!(label, "critical_infrastructure" | "smart_cities")
                || !ctx.quoted[hit.first..hit.last].iter().all(|q| *q)
                || in_name[hit.first..hit.last].iter().any(|x| *x)
                || in_cap_name(ctx, hit.first, hit.last, a, b)
            {
                continue;
            }
            found[hit.value].push(doc.span(hit.first, hit.last));
        }
    }
    // Fraud and scams alone ("fraud detection for card payments", "awareness of scams",
    // "lutte contre la fraude financière") are cybercrime when police, justice or a
    // crime-fighting body is a party; otherwise they are the bank's, the operator's or the
    // public's matter, which other cues label. "Online fraud" and "cybercrime" stay.
    let words_of = |sp: &Span| -> Vec<&crate::text::Token> {
        let x = doc.tokens.partition_point(|t| t.start < sp.start);
        doc.tokens[x..]
            .iter()
            .take_while(|t| t.end <= sp.end)
            .filter(|t| t.is_word())
            .collect()
    };
    let fraudish = |t: &crate::text::Token| {
        let f = t.fold.as_str();
        f.contains("fraud")
            || f.starts_with("scam")
            || f.starts_with("escroquer")
            || f.starts_with("arnaque")
    };
    if let Some(cc) = SCOPE_LABELS.iter().position(|l| *l == "cybercrime") {
        // A bank's, an insurer's or a payment firm's fraud is its sector's.
        let fin = SCOPE_LABELS.iter().position(|l| *l == "finance");
        if let Some(fin) = fin.filter(|_| {
            party_named_with(
                chosen,
                word_set!("financial_party"),
                Some(word_set!("law_enforcement")),
            )
        }) {
            let sector: Vec<Span> = found[cc]
                .iter()
                .filter(|sp| words_of(sp).into_iter().all(fraudish))
                .cloned()
                .collect();
            found[fin].extend(sector);
        }
        if !law_enforcement_party(chosen) {
            found[cc].retain(|sp| !words_of(sp).into_iter().all(fraudish));
        }
        // "the laboratory's equipment" after "a digital forensics laboratory": the same
        // police laboratory, not research.
        let lab = |t: &crate::text::Token| word_set!("lab_word").contains(t);
        if let Some(rs) = SCOPE_LABELS.iter().position(|l| *l == "research") {
            if found[cc].iter().any(|sp| words_of(sp).into_iter().any(lab))
                && found[rs].iter().all(|sp| words_of(sp).into_iter().all(lab))
            {
                found[rs].clear();
            }
        }
    }
    for spans in &mut found {
        crate::sort::by_key(spans, |sp| (sp.start, sp.end));
        spans.dedup();
    }
    SCOPE_LABELS
        .iter()
        .zip(found)
        .filter(|(_, spans)| !spans.is_empty())
        .map(|(label, evidence)| ScopeItem {
            label: (*label).to_string(),
            evidence,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::facts::SCOPE_LABELS;
    use crate::options::Options;

    /// The scope labels of the first agreement the engine finds in `text`.
    fn labels(text: &str) -> Vec<String> {
        let record = crate::analyze(text, &Options::default()).expect("analysis");
        record
            .agreements
            .first()
            .map(|a| a.scope.iter().map(|s| s.label.clone()).collect())
            .unwrap_or_default()
    }

    /// Asserts that the labels `l` hold `label`.
    fn has(l: &[String], label: &str) {
        assert!(l.iter().any(|x| x == label), "{l:?}");
    }

    /// Asserts that the labels `l` do not hold `label`.
    fn lacks(l: &[String], label: &str) {
        assert!(!l.iter().any(|x| x == label), "{l:?}");
    }

    const HEAD: &str =
        "Kestrel Telecom and Lindmark CERT signed a cooperation agreement on Monday.\n\n";

    #[test]
    fn information_on_incidents_is_threat_intelligence() {
        let l = labels(&format!(
            "{HEAD}The agreement covers the exchange of information on cyber incidents.\n"
        ));
        has(&l, "threat_intelligence");
        lacks(&l, "incident_response");
        lacks(&l, "knowledge_exchange");
    }

    #[test]
    fn response_to_incidents_is_incident_response() {
        let l = labels(&format!(
            "{HEAD}The agreement covers coordination of response to cyber-security incidents.\n"
        ));
        has(&l, "incident_response");
    }

    #[test]
    fn a_separate_agreement_gives_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\n\nLindmark CERT signed a separate MoU with the central bank on payment systems and banking.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "finance");
    }

    #[test]
    fn the_paragraph_of_another_deal_gives_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\n\nIn a second ceremony, the Lindmark Post Office signed a memorandum with Orvia Bank. The memorandum will cover payment systems and online fraud.\n"
        ));
        has(&l, "capacity_building");
        assert!(
            !l.iter().any(|x| x == "finance" || x == "cybercrime"),
            "{l:?}"
        );
    }

    #[test]
    fn a_description_of_a_party_gives_no_scope() {
        let l = labels(
            "Kestrel Telecom signed a cooperation agreement with Lindmark CERT, an agency committed to digital transformation and smart cities, on Monday.\n\nThe agreement covers training of engineers.\n",
        );
        has(&l, "capacity_building");
        assert!(
            !l.iter()
                .any(|x| x == "digital_economy" || x == "smart_cities"),
            "{l:?}"
        );
    }

    #[test]
    fn exchange_of_information_a_few_words_on_is_knowledge_exchange() {
        let l = labels(
            "Kestrel Télécom et le CERT de Lindmark ont signé lundi un accord de coopération.\n\nL'accord organise l'échange, entre les partenaires, d'informations et de méthodes.\n",
        );
        has(&l, "knowledge_exchange");
    }

    /// The label the cue table gives to the first cue of `text`.
    fn cue_label(text: &str, lang: crate::facts::Lang) -> Option<&'static str> {
        let doc = crate::text::Doc::new(text);
        let lex = crate::lexicon::curated();
        let hits = lex.scope.find(&doc, 0, doc.tokens.len(), lang);
        hits.first().map(|h| SCOPE_LABELS[h.value])
    }

    #[test]
    fn the_guide_cues_reach_their_labels_in_both_languages() {
        use crate::facts::Lang::{En, Fr};
        let cases = [
            ("share threat intelligence", En, "threat_intelligence"),
            ("an early-warning system", En, "threat_intelligence"),
            ("incident handling", En, "incident_response"),
            ("a national CSIRT", En, "incident_response"),
            ("a SOC", En, "incident_response"),
            ("digital forensics", En, "cybercrime"),
            ("upskilling", En, "capacity_building"),
            ("R&D", En, "research"),
            ("regulatory frameworks", En, "policy_strategy"),
            ("critical infrastructures", En, "critical_infrastructure"),
            ("security audits", En, "solutions_services"),
            ("PKI", En, "digital_identity"),
            ("artificial intelligence", En, "ai"),
            ("smart cities", En, "smart_cities"),
            ("e-government", En, "e_government"),
            ("fintech", En, "finance"),
            ("data sovereignty", En, "data_governance"),
            ("women and girls", En, "inclusion"),
            ("digital economy", En, "digital_economy"),
            ("know-how", En, "knowledge_exchange"),
            (
                "partage de renseignements sur les menaces",
                Fr,
                "threat_intelligence",
            ),
            ("alerte précoce", Fr, "threat_intelligence"),
            ("gestion des incidents", Fr, "incident_response"),
            ("criminalistique numérique", Fr, "cybercrime"),
            ("sensibilisation", Fr, "capacity_building"),
            ("bourses", Fr, "capacity_building"),
            ("laboratoire", Fr, "research"),
            ("cadre réglementaire", Fr, "policy_strategy"),
            ("normes", Fr, "policy_strategy"),
            ("infrastructures vitales", Fr, "critical_infrastructure"),
            ("les OIV", Fr, "critical_infrastructure"),
            ("signature électronique", Fr, "digital_identity"),
            ("identité numérique", Fr, "digital_identity"),
            ("intelligence artificielle", Fr, "ai"),
            ("villes intelligentes", Fr, "smart_cities"),
            ("services publics numériques", Fr, "e_government"),
            ("secteur bancaire", Fr, "finance"),
            ("données personnelles", Fr, "data_governance"),
            ("souveraineté des données", Fr, "data_governance"),
            ("femmes et jeunes filles", Fr, "inclusion"),
            ("transformation numérique", Fr, "digital_economy"),
            ("économie numérique", Fr, "digital_economy"),
            ("échange d’expériences", Fr, "knowledge_exchange"),
            ("savoir-faire", Fr, "knowledge_exchange"),
            ("bonnes pratiques", Fr, "knowledge_exchange"),
        ];
        for (text, lang, label) in cases {
            assert_eq!(cue_label(text, lang), Some(label), "{text}");
        }
    }

    #[test]
    fn what_a_centre_set_up_by_the_agreement_will_do_is_scope() {
        let l = labels(&format!(
            "{HEAD}The new centre will train analysts and fight cybercrime.\n"
        ));
        has(&l, "capacity_building");
        has(&l, "cybercrime");
        let fr = crate::analyze(
            "Le Bureau ruritanien du numérique et Harbor Digital ont signé lundi un protocole d'accord.\n\nLes missions de ce pôle régional seront la formation des ingénieurs et la lutte contre la cybercriminalité.\n",
            &Options::default(),
        )
        .expect("analysis");
        let l: Vec<String> = fr
            .agreements
            .first()
            .map(|a| a.scope.iter().map(|s| s.label.clone()).collect())
            .unwrap_or_default();
        has(&l, "capacity_building");
        has(&l, "cybercrime");
    }

    #[test]
    fn a_centre_of_a_party_alone_is_no_scope() {
        // "the centre" (not "this" / "the new") names a party's own body, not the agreement's.
        let l = labels(&format!(
            "{HEAD}Separately, the centre ran a hackathon last year.\n"
        ));
        lacks(&l, "capacity_building");
    }

    #[test]
    fn paraphrased_cues_reach_their_labels() {
        use crate::facts::Lang;
        assert_eq!(
            cue_label("cyber hygiene", Lang::En),
            Some("capacity_building")
        );
        assert_eq!(
            cue_label("sensitization", Lang::En),
            Some("capacity_building")
        );
        assert_eq!(
            cue_label("hygiène numérique", Lang::Fr),
            Some("capacity_building")
        );
        assert_eq!(
            cue_label("mutual legal assistance", Lang::En),
            Some("cybercrime")
        );
        assert_eq!(
            cue_label("entraide judiciaire", Lang::Fr),
            Some("cybercrime")
        );
        assert_eq!(cue_label("IOCs", Lang::En), Some("threat_intelligence"));
        assert_eq!(
            cue_label("coordination des incidents", Lang::Fr),
            Some("incident_response")
        );
    }

    #[test]
    fn areas_listed_in_the_next_sentence_are_scope() {
        let l = labels(&format!(
            "{HEAD}Key focus areas include incident response and training.\n"
        ));
        has(&l, "incident_response");
        has(&l, "capacity_building");
        // Not right after the agreement: another matter.
        let l = labels(&format!(
            "{HEAD}The weather was fine.\n\nKey focus areas include incident response.\n"
        ));
        lacks(&l, "incident_response");
    }

    #[test]
    fn a_sentence_pointing_back_continues_the_agreement() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\nIt also funds scholarships for women and girls.\n"
        ));
        has(&l, "inclusion");
    }

    #[test]
    fn a_cue_inside_a_title_is_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers, said the Minister of Digital Transformation of Lindmark.\n"
        ));
        lacks(&l, "digital_economy");
    }

    #[test]
    fn shared_know_how_in_french() {
        let l = labels(
            "Kestrel Télécom et le CERT de Lindmark ont signé lundi un accord de coopération.\n\nLes deux parties vont échanger leurs expériences et partager leur savoir-faire.\n",
        );
        has(&l, "knowledge_exchange");
    }

    #[test]
    fn cues_match_their_plural_feminine_and_hyphenated_spellings() {
        use crate::facts::Lang::{En, Fr};
        let cases = [
            ("threat-intelligence exchange", En, "threat_intelligence"),
            ("machine-learning", En, "ai"),
            ("emergency response teams", En, "incident_response"),
            ("partages d'informations", Fr, "knowledge_exchange"),
            ("des échanges de renseignements", Fr, "threat_intelligence"),
            ("secteurs financiers", Fr, "finance"),
        ];
        for (text, lang, label) in cases {
            assert_eq!(cue_label(text, lang), Some(label), "{text}");
        }
        // A singular is not made from a plural cue: "of course" is no course.
        assert_eq!(cue_label("of course", En), None);
    }

    #[test]
    fn a_party_named_by_the_first_word_of_its_name_commits() {
        let l = labels(
            "Varnholt Security and the Lindmark Cyber Agency signed a memorandum of understanding on Monday.\n\nThe weather was mild in the capital.\nVarnholt will also assist with the handling of major cyber incidents.\n",
        );
        has(&l, "incident_response");
    }

    #[test]
    fn what_the_body_the_agreement_sets_up_does_later_is_scope() {
        let l = labels(
            "Kestrel Telecom and Lindmark University signed an agreement on Monday to establish a joint laboratory.\n\nThe weather was mild.\nResearchers at the lab will study how attackers manipulate machine-learning models.\n",
        );
        has(&l, "ai");
    }

    #[test]
    fn a_separate_matter_gives_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\nSeparately, Kestrel Telecom launched a mobile payments service with Orvia Bank.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "finance");
    }

    #[test]
    fn a_line_that_turns_to_another_matter_does_not_continue() {
        let fr = "Kestrel Télécom et le CERT de Lindmark ont signé lundi une convention.\n\n\
                  Le texte prévoit l'échange de bonnes pratiques.\n\n";
        let l = labels(&format!(
            "{fr}Par ailleurs, Kestrel Télécom a lancé la semaine dernière une plateforme \
             d'identité numérique.\n"
        ));
        has(&l, "knowledge_exchange");
        lacks(&l, "digital_identity");
        // Within the line, "par ailleurs" still adds to the agreement.
        let l = labels(&format!(
            "{fr}Le texte prévoit l'échange de bonnes pratiques. Par ailleurs, une plateforme \
             d'identité numérique.\n"
        ));
        has(&l, "digital_identity");
    }

    #[test]
    fn a_party_committed_to_a_field_in_general_gives_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\n\n\"Our company is committed \
             to e-government for every citizen,\" said Kestrel Telecom chief executive Jan \
             Berg.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "e_government");
        // Committed under the agreement, it is scope.
        let l = labels(&format!(
            "{HEAD}Under the agreement, Kestrel Telecom is committed to e-government services.\n"
        ));
        has(&l, "e_government");
    }

    #[test]
    fn the_setting_a_speakers_own_aim_and_a_partys_business_give_no_scope() {
        for (para, label) in [
            (
                "The agreement comes as Lindmark rolls out e-government services.",
                "e_government",
            ),
            (
                "\"Our goal is to build a trusted digital economy,\" said Kestrel Telecom chief \
                 executive Jan Berg.",
                "digital_economy",
            ),
            (
                "Lindmark CERT also manages the public key infrastructure.",
                "digital_identity",
            ),
            (
                "Cette signature intervient alors que le Lindmark déploie ses services publics \
                 en ligne.",
                "e_government",
            ),
        ] {
            let l = labels(&format!(
                "{HEAD}The agreement covers training of engineers.\n\n{para}\n"
            ));
            assert!(l.iter().any(|x| x == "capacity_building"), "{para}: {l:?}");
            assert!(!l.iter().any(|x| x == label), "{para}: {l:?}");
        }
        // "Key areas" still commits.
        let l = labels(&format!("{HEAD}Key areas include e-government services.\n"));
        has(&l, "e_government");
    }

    #[test]
    fn the_topic_of_the_event_of_the_signing_is_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement, signed at a conference on smart cities, covers training of \
             engineers.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "smart_cities");
        // A workshop the parties run is their work.
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers at workshops on smart cities.\n"
        ));
        has(&l, "smart_cities");
    }

    #[test]
    fn tools_people_are_trained_on_are_no_supply() {
        let l = labels(&format!(
            "{HEAD}The agreement covers the training of analysts on the tools of Kestrel Telecom.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "solutions_services");
        let l = labels(&format!(
            "{HEAD}The agreement covers the supply of tools and the training of analysts.\n"
        ));
        has(&l, "solutions_services");
    }

    #[test]
    fn other_agreements_and_work_since_a_year_give_no_scope() {
        for (para, label) in [
            (
                "Other agreements signed during the visit covered e-government and health.",
                "e_government",
            ),
            (
                "D'autres accords signés lors de la visite portent sur l'administration \
                 électronique.",
                "e_government",
            ),
            (
                "Kestrel Telecom and the Lindmark CERT have worked together on artificial \
                 intelligence since 2019.",
                "ai",
            ),
        ] {
            let l = labels(&format!(
                "{HEAD}The agreement covers training of engineers.\n\n{para}\n"
            ));
            assert!(l.iter().any(|x| x == "capacity_building"), "{para}: {l:?}");
            assert!(!l.iter().any(|x| x == label), "{para}: {l:?}");
        }
    }

    #[test]
    fn more_agreements_signed_on_the_side_give_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\n\nThe delegations also signed \
             agreements on banking supervision and trade.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "finance");
    }

    #[test]
    fn tools_and_knowledge_are_means_of_learning() {
        let l = labels(&format!(
            "{HEAD}The agreement will equip the CERT with the tools and knowledge to fight \
             cybercrime.\n"
        ));
        lacks(&l, "solutions_services");
    }

    #[test]
    fn is_to_commits() {
        let l = labels(&format!(
            "{HEAD}The Lindmark CERT is to receive threat intelligence feeds from the operator.\n"
        ));
        has(&l, "threat_intelligence");
    }

    #[test]
    fn a_short_french_future_commits() {
        let l = labels(
            "Kestrel Télécom et le CERT de Lindmark ont signé lundi une convention.\n\n\
             Kestrel Télécom aidera le CERT à répondre aux incidents.\n",
        );
        has(&l, "incident_response");
    }

    #[test]
    fn research_shared_on_attacks_is_research_and_help_in_an_incident_is_response() {
        let l = labels(&format!(
            "{HEAD}The two will share research on attacks against machine learning models.\n"
        ));
        has(&l, "research");
        lacks(&l, "threat_intelligence");
        let l = labels(&format!(
            "{HEAD}The agreement provides for assistance to banks in the event of an incident.\n"
        ));
        has(&l, "incident_response");
    }

    #[test]
    fn the_first_item_after_a_colon_is_scope_however_long() {
        let l = labels(&format!(
            "{HEAD}Under the agreement, Kestrel Telecom and Lindmark CERT will:\n\nexchange information on cyber attacks and security incidents affecting their customers in the region; develop common policies for the protection of subscriber networks across the country and the neighbouring states; and run joint drills twice a year.\n"
        ));
        has(&l, "threat_intelligence");
        has(&l, "policy_strategy");
    }

    #[test]
    fn protecting_a_critical_sector_is_critical_infrastructure() {
        let l = labels(&format!(
            "{HEAD}The agreement covers the protection of energy, transport and water networks.\n"
        ));
        has(&l, "critical_infrastructure");
        let l = labels(&format!(
            "{HEAD}The agreement will secure critical information systems.\n"
        ));
        has(&l, "critical_infrastructure");
        // A list of fields is no protection of one.
        let l = labels(&format!(
            "{HEAD}The agreement covers cooperation in cyber security, healthcare and telecommunications.\n"
        ));
        lacks(&l, "critical_infrastructure");
    }

    #[test]
    fn supplying_products_is_a_service_but_a_supply_of_power_is_not() {
        let l = labels(&format!(
            "{HEAD}Under the agreement, Kestrel Telecom will supply the software and install sensors.\n"
        ));
        has(&l, "solutions_services");
        let l = labels(&format!(
            "{HEAD}The agreement follows disruptions to electricity supply and airport systems, the partners said.\n"
        ));
        lacks(&l, "solutions_services");
    }

    #[test]
    fn know_how_and_threat_data_shared_in_english_noun_order() {
        let l = labels(&format!(
            "{HEAD}The agreement covers knowledge exchange and threat information sharing.\n"
        ));
        has(&l, "knowledge_exchange");
        has(&l, "threat_intelligence");
    }

    #[test]
    fn a_cue_in_a_part_of_a_hyphenated_word_counts() {
        let l = labels(&format!(
            "{HEAD}The agreement covers awareness-raising and anti-cybercrime work.\n"
        ));
        has(&l, "capacity_building");
        has(&l, "cybercrime");
    }

    #[test]
    fn services_a_party_supplies_are_solutions_and_services() {
        for text in [
            "Orvia Bank and Kestrel Cyber signed an agreement on Monday.\n\nKestrel will provide managed detection services to the bank.\n",
            "Orvia Télécom et la Caisse de Lindmark ont signé lundi un contrat.\n\nAux termes du contrat, Orvia fournira des services de supervision à la Caisse.\n",
        ] {
            let l = labels(text);
            has(&l, "solutions_services");
        }
        // A sector's own services, and incident response services.
        for text in [
            "Orvia Bank and Kestrel Telecom signed an agreement on Monday.\n\nThe bank will offer financial services to the operator's subscribers.\n",
            "Orvia Cyber and Kestrel Cyber signed an agreement on Monday to offer incident response services.\n",
        ] {
            let l = labels(text);
            lacks(&l, "solutions_services");
        }
    }

    #[test]
    fn the_kind_noun_names_the_party_whose_name_has_it() {
        // Two government parties: "the agency" is the one called an agency.
        let l = labels(
            "The Ministry of Public Administration and the Lindmark Cyber Security Agency signed a memorandum on Tuesday.\n\nThe agency will audit the ministry's online portals.\n",
        );
        has(&l, "solutions_services");
    }

    #[test]
    fn government_digital_services_are_e_government() {
        let l = labels(&format!(
            "{HEAD}The agreement covers the security of government digital services.\n"
        ));
        has(&l, "e_government");
    }

    #[test]
    fn fraud_is_cybercrime_only_with_police_or_a_state() {
        // A bank's fraud detection, customers' awareness of scams, scam sites shared with a
        // CERT: no police among the parties.
        for text in [
            "Orvia Bank and Kestrel Analytics signed an agreement on Monday.\n\nKestrel will deploy fraud detection for the bank's card payments.\n",
            "Kestrel Telecom and Lindmark CERT signed an agreement on Monday.\n\nThe agreement covers awareness campaigns on scams and anti-fraud work.\n",
            "La Banque d'Orvia et l'Université de Lindmark ont signé lundi une convention pour la lutte contre la fraude.\n",
        ] {
            let l = labels(text);
            lacks(&l, "cybercrime");
        }
        // Police, or a state itself, fight fraud as crime; online fraud is cybercrime.
        for text in [
            "The Lindmark Police Service and Orvia Bank signed an agreement on Monday to fight fraud.\n",
            "Ghana and Togo signed an agreement on Monday to fight telecom fraud.\n",
            "Orvia Bank and Kestrel Telecom signed an agreement on Monday to fight online fraud.\n",
        ] {
            let l = labels(text);
            has(&l, "cybercrime");
        }
        // A bank's fraud is its sector's.
        let l = labels(
            "Orvia Bank and Kestrel Telecom signed an agreement on Monday to share data on fraud.\n",
        );
        has(&l, "finance");
    }

    #[test]
    fn the_company_names_the_one_company_party() {
        let l = labels(&format!(
            "{HEAD}The weather was mild.\nThe company will deploy its detection platform across 40 ministries.\n"
        ));
        has(&l, "solutions_services");
    }

    #[test]
    fn the_pluperfect_tells_the_past() {
        let l = labels(
            "Kestrel Télécom et le CERT de Lindmark ont signé lundi un accord de coopération.\n\nL'accord prévoit la formation des ingénieurs.\nPar ailleurs, l'agence avait lancé en 2022 une campagne sur les paiements mobiles.\n",
        );
        has(&l, "capacity_building");
        lacks(&l, "finance");
    }

    #[test]
    fn specifically_continues_the_sentence_before() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\nSpecifically, they will work on securing the country's power grid.\n"
        ));
        has(&l, "critical_infrastructure");
    }

    #[test]
    fn a_short_form_does_not_end_the_paragraph_of_another_deal() {
        let l = labels(
            "Varnholt Security and the Lindmark Cyber Agency signed a memorandum of understanding on Monday.\n\nThe memorandum covers incident response.\n\nIn a separate deal, Orvia Bank signed a contract with Kestrel Telecom. Varnholt executives said the bank would open payment kiosks.\n",
        );
        has(&l, "incident_response");
        lacks(&l, "finance");
    }

    #[test]
    fn a_short_form_in_another_deal_keeps_it_another_deal() {
        let l = labels(
            "Varnholt Security and the Lindmark Cyber Agency signed a memorandum of understanding on Monday to cooperate on incident response.\n\nVarnholt also recently announced a partnership with Orvia Bank to secure its payment systems.\n",
        );
        has(&l, "incident_response");
        lacks(&l, "finance");
    }

    #[test]
    fn an_earlier_signing_dated_years_before_gives_no_scope() {
        let options = Options {
            reference_date: crate::Date::new(2025, 5, 8),
            ..Options::default()
        };
        let text = "Kestrel Telecom and Lindmark CERT signed a memorandum on 6 May 2025 on \
                    incident response.\n\nIn 2021 the two organisations signed a first \
                    memorandum on joint research.\n";
        let record = crate::analyze(text, &options).expect("analysis");
        let l: Vec<&str> = record.agreements[0]
            .scope
            .iter()
            .map(|s| s.label.as_str())
            .collect();
        assert!(l.contains(&"incident_response"), "{l:?}");
        assert!(!l.contains(&"research"), "{l:?}");
    }

    #[test]
    fn a_quote_on_the_threat_trend_gives_no_scope() {
        for para in [
            "\"Attacks on power grids and banks have doubled,\" the two chief executives of \
             Kestrel Telecom said.",
            "\"Power grids and banks have been hit for two years,\" said Jan Berg, chief \
             executive of Kestrel Telecom.",
        ] {
            let l = labels(&format!(
                "{HEAD}The agreement covers training of engineers.\n\n{para}\n"
            ));
            assert!(l.iter().any(|x| x == "capacity_building"), "{para}: {l:?}");
            assert!(
                !l.iter().any(|x| x == "critical_infrastructure"),
                "{para}: {l:?}"
            );
            assert!(!l.iter().any(|x| x == "finance"), "{para}: {l:?}");
        }
    }

    #[test]
    fn the_theme_and_name_of_the_summit_give_no_scope() {
        let l = labels(
            "Kestrel Telecom and Lindmark CERT signed a cooperation agreement on Monday at the \
             Smart Cities and AI Summit in Lindholm to train engineers.\nThis year's summit \
             focuses on e-government.\n",
        );
        has(&l, "capacity_building");
        lacks(&l, "ai");
        lacks(&l, "e_government");
        // "This" alone still points back.
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\nThis will also cover \
             e-government.\n"
        ));
        has(&l, "e_government");
    }

    #[test]
    fn a_cue_in_a_name_linked_by_on_is_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers, in line with the Lindmark \
             Convention on Cybercrime.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "cybercrime");
    }

    #[test]
    fn a_body_described_with_an_adjective_is_scope() {
        let l = labels(&format!(
            "{HEAD}The two sides will set up a sector CSIRT for telecom operators.\n"
        ));
        has(&l, "incident_response");
    }

    #[test]
    fn a_broad_area_of_the_speakers_stance_is_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\n\"This agreement reflects our \
             commitment to innovation and digital transformation,\" said Jan Berg.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "research");
        lacks(&l, "digital_economy");
        // Without the stance, the agreement's own areas.
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers and joint research.\n"
        ));
        has(&l, "research");
    }

    #[test]
    fn training_a_model_and_a_source_of_research_are_no_scope() {
        let l = labels(&format!(
            "{HEAD}Under the agreement, Kestrel Telecom will supply data for training AI models \
             that detect phishing, according to research by Lindmark University.\n"
        ));
        has(&l, "ai");
        lacks(&l, "capacity_building");
        lacks(&l, "research");
        let l = labels(&format!(
            "{HEAD}The agreement provides for a joint study on ransomware and the training of \
             analysts.\n"
        ));
        has(&l, "research");
        has(&l, "capacity_building");
    }

    #[test]
    fn studying_and_an_observatory_are_research() {
        let l = labels(&format!(
            "{HEAD}The agreement creates a joint observatory to study new forms of online \
             fraud.\n"
        ));
        has(&l, "research");
        let l = labels(
            "L'Agence nationale de cybersécurité et l'Université de Kessan ont signé lundi une \
             convention. La convention porte sur l'étude des nouvelles formes de \
             cybercriminalité.\n",
        );
        has(&l, "research");
        has(&l, "cybercrime");
    }

    #[test]
    fn fraud_data_shared_is_threat_intelligence_but_evidence_and_networks_are_not() {
        let l = labels(&format!(
            "{HEAD}Under the agreement, the two will share fraud reports and exchange \
             information on reported scams.\n"
        ));
        has(&l, "threat_intelligence");
        lacks(&l, "knowledge_exchange");
        let l = labels(&format!(
            "{HEAD}Under the agreement, the two will share evidence in online fraud \
             investigations.\n"
        ));
        lacks(&l, "threat_intelligence");
        has(&l, "cybercrime");
        let l = labels(&format!(
            "{HEAD}The two will exchange information on online fraud networks.\n"
        ));
        lacks(&l, "threat_intelligence");
        // A body pooled is no data.
        let l = labels(
            "La Région et la Province ont signé lundi une convention de partenariat. Les deux \
             collectivités mettront en commun un centre de réponse aux incidents.\n",
        );
        lacks(&l, "threat_intelligence");
    }

    #[test]
    fn aligning_rules_or_supervision_is_policy() {
        let l = labels(&format!(
            "{HEAD}The two sides will align the way they supervise telecom operators.\n"
        ));
        has(&l, "policy_strategy");
        // Aligned with a strategy: the setting.
        let l = labels(&format!(
            "{HEAD}The agreement, aligned with the national strategy, covers training of \
             engineers.\n"
        ));
        lacks(&l, "policy_strategy");
    }

    #[test]
    fn a_partys_name_and_a_cert_teams_name_give_no_scope() {
        let l = labels(
            "Le centre de réponse aux incidents de Valdorie (CERT-V) et la société Vigilis ont \
             signé lundi un protocole d'accord pour échanger les indicateurs de compromission.\n",
        );
        has(&l, "threat_intelligence");
        lacks(&l, "incident_response");
        let l = labels(
            "CERT-Lumera and Brightwall Security signed a memorandum of understanding on \
             Tuesday to share indicators of compromise.\n",
        );
        has(&l, "threat_intelligence");
        lacks(&l, "incident_response");
    }

    #[test]
    fn a_quoted_remark_a_target_sector_and_what_is_taught_give_no_scope() {
        let l = labels(&format!(
            "{HEAD}The agreement covers training of engineers.\n\"The digital economy is the \
             future, and e-government will only work if people trust it,\" Jan Berg of Kestrel \
             Telecom said.\n"
        ));
        lacks(&l, "digital_economy");
        lacks(&l, "e_government");
        let l = labels(&format!(
            "{HEAD}The agreement covers joint research.\n\"Banks are the first target of \
             criminals, and they will be the first victims,\" said Jan Berg of Kestrel \
             Telecom.\n"
        ));
        lacks(&l, "finance");
        // A quote that commits "we" keeps its areas.
        let l = labels(&format!(
            "{HEAD}\"We will train bank staff together,\" said Jan Berg of Kestrel Telecom.\n"
        ));
        has(&l, "capacity_building");
        let l = labels(&format!(
            "{HEAD}Kestrel Telecom engineers will teach a certified course on cloud security.\n"
        ));
        has(&l, "capacity_building");
        lacks(&l, "solutions_services");
    }
}
