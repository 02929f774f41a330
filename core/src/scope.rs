//! Scope: the areas of cooperation the text attributes to the agreement, from the cue
//! table `core/data/scope.tsv`.
//!
//! Only sentences that speak of the agreement count: the sentences that report it, those
//! that refer back to it ("the MoU will…", "l'accord prévoit…"), those in which a party
//! commits to something ("Kaspersky will provide training"), and list items under them.
//! Threat statistics and background ("according to a report, 40% of…") never give a label.

use crate::entities::MentionKind;
use crate::extract::Ctx;
use crate::facts::SCOPE_LABELS;
use crate::facts::{ScopeItem, Span};
use crate::lexicon::Cue;
use crate::parties::Chosen;
use crate::text::TokKind;
use crate::vocab::WordSet;
use std::sync::LazyLock;

static REFERS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(REFERS_WORDS));

/// The words of [`REFERS`].
pub(crate) const REFERS_WORDS: &[&str] = &[
    "agreement",
    "mou",
    "memorandum",
    "partnership",
    "collaboration",
    "cooperation",
    "co-operation",
    "pact",
    "accord",
    "protocol",
    "alliance",
    "deal",
    "initiative",
    "framework",
    "protocole",
    "partenariat",
    "cooperation",
    "convention",
    "memorandum",
    "both",
    "parties",
    "sides",
    "together",
    "jointly",
    "joint",
    "mutual",
    "deux",
    "conjoint",
    "conjointe",
    "conjoints",
    "ensemble",
    "commun",
    "commune",
    "communs",
    "partners",
    "partenaires",
    "two",
    "document",
    "texte",
];

static COMMITS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(COMMITS_WORDS));

/// The words of [`COMMITS`].
pub(crate) const COMMITS_WORDS: &[&str] = &[
    "will",
    "would",
    "shall",
    "aims",
    "aim",
    "agreed",
    "provide",
    "provides",
    "include",
    "includes",
    "including",
    "focus",
    "focuses",
    "cover",
    "covers",
    "enable",
    "enables",
    "support",
    "supports",
    "cooperate",
    "collaborate",
    "establish",
    "develop",
    "promote",
    "strengthen",
    "enhance",
    "offer",
    "vise",
    "visent",
    "prevoit",
    "prevoient",
    "prevoyant",
    "porte",
    "portent",
    "permettra",
    "permettront",
    "portera",
    "porte",
    "comprend",
    "inclut",
    "engagent",
    "entend",
    "entendent",
    "pourrait",
    "devrait",
    "vont",
    "va",
    "renforcer",
    "developper",
    "favoriser",
    "mettre",
    "assurer",
    "partagera",
    "apportera",
    "fournira",
    "sera",
    "seront",
    "objectif",
    "objectifs",
    "axe",
    "axes",
    "domaines",
    "areas",
    "key",
    "goal",
    "goals",
    "aspect",
    "outlines",
];

/// Whether sentence `s` speaks of the agreement; `party_sents` holds the sentences that
/// name a party.
fn about_agreement(ctx: &Ctx<'_>, s: usize, party_sents: &crate::hash::HashSet<usize>) -> bool {
    let doc = &ctx.doc;
    if ctx
        .triggers
        .iter()
        .any(|t| t.sent == s && !t.background && !t.negated)
    {
        return true;
    }
    if ctx.has_cue(s, Cue::Background) {
        return false;
    }
    let (a, b) = doc.sentences[s].tokens;
    let toks = &doc.tokens[a..b];
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
    }) || toks.iter().any(|t| t.fold == "selon");
    if sourced && toks.iter().any(|t| t.kind == TokKind::Num || t.fold == "%") {
        return false;
    }
    let refers = toks.iter().any(|t| REFERS.contains(t));
    let commits = toks.iter().any(|t| COMMITS.contains(t));
    let names_party = party_sents.contains(&s);
    // Two of the three: it refers to the agreement, a party is named, something is committed.
    [refers, commits, names_party]
        .iter()
        .filter(|x| **x)
        .count()
        >= 2
}

/// The scope of the agreement.
pub(crate) fn find(ctx: &Ctx<'_>, chosen: &[Chosen]) -> Vec<ScopeItem> {
    let doc = &ctx.doc;
    let mut party_sents = crate::hash::HashSet::default();
    for c in chosen {
        for sp in &c.party.evidence {
            // Tokens are in text order: the one that starts the span, by bisection.
            if let Ok(t) = doc.tokens.binary_search_by_key(&sp.start, |t| t.start) {
                party_sents.insert(doc.sentence_of[t]);
            }
        }
        if let Some(cl) = c.cluster {
            for &m in &ctx.ents.clusters[cl].mentions {
                party_sents.insert(doc.sentence_of[ctx.ents.mentions[m].first]);
            }
        }
    }
    let mut keep: Vec<usize> = Vec::new();
    let mut list_until_line: Option<usize> = None;
    for (si, s) in doc.body_sentences() {
        let (a, b) = s.tokens;
        let line = s.line;
        let about = about_agreement(ctx, si, &party_sents);
        let in_list = list_until_line.is_some_and(|l| line <= l) && b - a <= 40;
        if about || in_list {
            keep.push(si);
        }
        if about && doc.tokens.get(b - 1).is_some_and(|t| t.is_punct(":")) {
            list_until_line = Some(line + 10);
        } else if !in_list {
            list_until_line = None;
        }
    }
    // A cue inside a name ("Acme Cyber Labs", "Security Operations Centre of X") is not an
    // area of cooperation.
    let mut in_name = vec![false; doc.tokens.len()];
    for m in &ctx.ents.mentions {
        if matches!(m.kind, MentionKind::Org { .. } | MentionKind::Outlet) {
            for x in &mut in_name[m.first..m.last] {
                *x = true;
            }
        }
    }
    let mut found: Vec<Vec<Span>> = vec![Vec::new(); SCOPE_LABELS.len()];
    for s in keep {
        let (a, b) = doc.sentences[s].tokens;
        for hit in ctx.lex.scope.find(doc, a, b, ctx.lang) {
            // An acronym cue ("SOC", "AI", "IA") must be written in capitals.
            let t = &doc.tokens[hit.first];
            if hit.last - hit.first == 1
                && t.fold.len() <= 4
                && !t.upper
                && matches!(
                    t.fold.as_str(),
                    "soc" | "socs" | "ai" | "ia" | "pki" | "cert" | "csirt"
                )
            {
                continue;
            }
            if in_name[hit.first..hit.last].iter().all(|x| *x) {
                continue;
            }
            // "in accordance with the relevant laws, rules and regulations", "conformément
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
