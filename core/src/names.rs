//! Proper-name look-up: finds the names of the gazetteer (organisations, outlets, states,
//! demonyms, cities, role titles, honorifics) in a text, respecting case where case carries
//! meaning (an acronym must be written in capitals; "Orange" the company is capitalised).
//!
//! The index is built once from [`crate::gazetteer::curated`]. It answers "what known name
//! starts at this token?"; deciding what an unknown capitalised phrase is belongs to
//! `entities`.

use std::sync::LazyLock;

use crate::facts::PartyKind;
use crate::gazetteer::{self, Gazetteer};
use crate::text::{tokenize, Doc, TokKind};
use crate::vocab::{ByWord, Word, WordSet};

/// What a known name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// An organisation of the gazetteer (index into `orgs`); `acronym` when the form matched
    /// is an acronym rather than a full name.
    Org {
        /// Index into `Gazetteer::orgs`.
        idx: usize,
        /// The matched form is an acronym.
        acronym: bool,
    },
    /// A news outlet.
    Outlet,
    /// A state, by name (index into `countries`).
    Country(usize),
    /// A demonym of a state (index into `countries`).
    Demonym(usize),
    /// A city (index into `cities`).
    City(usize),
}

#[derive(Debug, Clone)]
struct Entry {
    words: Vec<Word>,
    /// For each word: 0 = any case, 1 = must start with a capital, 2 = must be all capitals.
    case: Vec<u8>,
    known: Known,
}

/// A hit of a known name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it is.
    pub known: Known,
}

/// The names that start with one word, and which of them go on with which second word:
/// a common first word ("the", "national", "republic") starts dozens of names, and the
/// word after it rules out most of them at once.
#[derive(Debug, Default)]
struct Firsts {
    entries: Vec<Entry>,
    /// The one-word names, as indices into `entries` in the order they were added.
    single: Vec<usize>,
    /// The longer names by their second word, as indices in the order they were added.
    by_second: ByWord<Vec<usize>>,
}

impl Firsts {
    /// The entries that may start at token `i`: one-word names, and longer names whose
    /// second word is the next token.
    fn candidates<'s>(&'s self, doc: &Doc<'_>, i: usize) -> impl Iterator<Item = &'s Entry> {
        let longer = doc
            .tokens
            .get(i + 1)
            .and_then(|next| self.by_second.get(next))
            .map_or(&[][..], Vec::as_slice);
        self.single.iter().chain(longer).map(|&k| &self.entries[k])
    }
}

/// The name index.
#[derive(Debug)]
pub struct NameIndex {
    by_first: ByWord<Firsts>,
    /// Role title words (folded), e.g. "director", "ministre".
    pub role_words: WordSet,
    /// The last words of role titles, the nouns ("director", "officer", "minister").
    pub role_heads: WordSet,
    /// Full role titles (folded phrases), longest first.
    pub roles: Vec<Vec<String>>,
    /// Honorifics (folded, without the final full stop).
    pub honorifics: WordSet,
    /// Head words that make a capitalised phrase an organisation, with the kind they suggest.
    pub org_heads: ByWord<PartyKind>,
}

fn case_class(word: &str) -> u8 {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        2
    } else if letters.first().is_some_and(|c| c.is_uppercase()) {
        1
    } else {
        0
    }
}

impl NameIndex {
    fn add(&mut self, name: &str, known: Known) {
        let toks = tokenize(name);
        if toks.is_empty() {
            return;
        }
        let words: Vec<Word> = toks.iter().map(Word::of).collect();
        let case = toks
            .iter()
            .map(|t| case_class(&name[t.start..t.end]))
            .collect();
        let firsts = self.by_first.entry(&words[0]);
        let k = firsts.entries.len();
        match words.get(1) {
            Some(second) => firsts.by_second.entry(second).push(k),
            None => firsts.single.push(k),
        }
        firsts.entries.push(Entry { words, case, known });
    }

    /// Builds the index from a gazetteer.
    pub fn build(g: &Gazetteer) -> NameIndex {
        let mut idx = NameIndex {
            by_first: ByWord::default(),
            role_words: WordSet::default(),
            role_heads: WordSet::default(),
            roles: Vec::new(),
            honorifics: WordSet::default(),
            org_heads: ByWord::default(),
        };
        for (i, org) in g.orgs.iter().enumerate() {
            idx.add(
                &org.name,
                Known::Org {
                    idx: i,
                    acronym: case_class(&org.name) == 2 && !org.name.contains(' '),
                },
            );
            for a in &org.aliases {
                let acronym = !a.contains(' ') && case_class(a) == 2;
                idx.add(a, Known::Org { idx: i, acronym });
            }
        }
        for o in &g.outlets {
            idx.add(&o.name, Known::Outlet);
            for a in &o.aliases {
                idx.add(a, Known::Outlet);
            }
        }
        for (i, c) in g.countries.iter().enumerate() {
            for n in c.names_en.iter().chain(&c.names_fr) {
                idx.add(n, Known::Country(i));
            }
            for d in c.demonyms_en.iter() {
                idx.add(d, Known::Demonym(i));
            }
            for d in c.demonyms_fr.iter() {
                idx.add(d, Known::Demonym(i));
            }
        }
        for (i, c) in g.cities.iter().enumerate() {
            idx.add(&c.name, Known::City(i));
        }
        for r in &g.roles {
            let words: Vec<String> = tokenize(&r.title)
                .into_iter()
                .map(|t| t.fold.to_string())
                .collect();
            // Only the first and last words of a title mark a role ("Chief … Officer"); the
            // words inside ("data", "security") are too common in organisations' names.
            for w in [words.first(), words.last()].into_iter().flatten() {
                if w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !word_list!("not_role").contains(&w.as_str())
                {
                    idx.role_words.insert(w);
                }
            }
            if let Some(w) = words.last() {
                if w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !word_list!("not_role").contains(&w.as_str())
                {
                    idx.role_heads.insert(w);
                }
            }
            idx.roles.push(words);
        }
        crate::sort::by_key(&mut idx.roles, |w| std::cmp::Reverse(w.len()));
        for h in &g.honorifics {
            let w = crate::text::fold(h.word.trim_end_matches('.').trim_end_matches('\''));
            // "Cheikh" and "Sheikh" are also given names (Cheikh Bakhoum): keep them in names.
            if !matches!(w.as_str(), "cheikh" | "sheikh" | "shaikh") {
                idx.honorifics.insert(&w);
            }
        }
        for h in &g.org_heads {
            idx.org_heads
                .insert(&Word::new(&crate::text::fold(&h.word)), h.kind);
        }
        idx
    }

    /// The longest known name starting at token `i` (not crossing `end` or a line break).
    pub fn longest_at(&self, doc: &Doc<'_>, i: usize, end: usize) -> Option<NameHit> {
        let t = doc.tokens.get(i)?;
        let firsts = self.by_first.get(t)?;
        let mut best: Option<NameHit> = None;
        for e in firsts.candidates(doc, i) {
            let n = e.words.len();
            if i + n > end {
                continue;
            }
            let ok = e
                .words
                .iter()
                .zip(&e.case)
                .enumerate()
                .all(|(k, (w, case))| {
                    let tk = &doc.tokens[i + k];
                    if !w.matches(tk) || (k > 0 && tk.newline_before) {
                        return false;
                    }
                    match case {
                        // An acronym: capitals in the text too (or the exact mixed form).
                        // "First, …" opens an item, not the forum FIRST.
                        2 => {
                            tk.upper
                                || (tk.cap
                                    && tk.kind == TokKind::Word
                                    && tk.fold.len() > 4
                                    && !word_set!("is_ordinal").contains(tk))
                        }
                        // A long body's name keeps its first capital; French often
                        // writes the words after it small ("des nations unies").
                        1 => {
                            tk.cap
                                || tk.upper
                                || (k > 0 && n >= 4 && matches!(e.known, Known::Org { .. }))
                        }
                        _ => true,
                    }
                });
            if !ok {
                continue;
            }
            // A name must not end inside a hyphenated or glued word ("Russia-based").
            if let Some(next) = doc.tokens.get(i + n) {
                if !next.space_before && next.kind == TokKind::Word {
                    continue;
                }
            }
            let better = match best {
                None => true,
                Some(b) => {
                    n > b.last - b.first || (n == b.last - b.first && rank(e.known) < rank(b.known))
                }
            };
            if better {
                best = Some(NameHit {
                    first: i,
                    last: i + n,
                    known: e.known,
                });
            }
        }
        best
    }

    /// The longest state name, demonym or city starting at token `i`.
    pub fn place_at(&self, doc: &Doc<'_>, i: usize, end: usize) -> Option<NameHit> {
        self.longest_of(doc, i, end, |k| {
            matches!(k, Known::Country(_) | Known::Demonym(_) | Known::City(_))
        })
    }

    /// The longest city name starting at token `i` (Singapore is a city as well as a state).
    pub fn city_at(&self, doc: &Doc<'_>, i: usize, end: usize) -> Option<NameHit> {
        self.longest_of(doc, i, end, |k| matches!(k, Known::City(_)))
    }

    /// The longest name of the kinds `keep` accepts starting at token `i`; capitalised
    /// words of the name must be capitalised in the text.
    fn longest_of(
        &self,
        doc: &Doc<'_>,
        i: usize,
        end: usize,
        keep: impl Fn(Known) -> bool,
    ) -> Option<NameHit> {
        let t = doc.tokens.get(i)?;
        let firsts = self.by_first.get(t)?;
        let mut best: Option<NameHit> = None;
        for e in firsts.candidates(doc, i).filter(|e| keep(e.known)) {
            let n = e.words.len();
            if i + n > end {
                continue;
            }
            let ok = e
                .words
                .iter()
                .zip(&e.case)
                .enumerate()
                .all(|(k, (w, case))| {
                    let tk = &doc.tokens[i + k];
                    w.matches(tk) && (*case == 0 || tk.cap || tk.upper)
                });
            if ok && best.is_none_or(|b| n > b.last - b.first) {
                best = Some(NameHit {
                    first: i,
                    last: i + n,
                    known: e.known,
                });
            }
        }
        best
    }

    /// Whether token `i` is the noun of a role title ("director", "minister").
    pub fn is_role_head(&self, doc: &Doc<'_>, i: usize) -> bool {
        doc.tokens
            .get(i)
            .is_some_and(|t| self.role_heads.contains(t))
    }

    /// Whether token `i` is a role title word.
    /// A hyphenated word whose every part is a role word is one too ("Commissioner-Chairman",
    /// "Président-directeur").
    pub fn is_role_word(&self, doc: &Doc<'_>, i: usize) -> bool {
        doc.tokens.get(i).is_some_and(|t| {
            self.role_words.contains(t)
                || t.fold.contains('-')
                    && t.fold
                        .split('-')
                        .all(|p| !p.is_empty() && self.role_words.contains_str(p))
        })
    }

    /// Whether token `i` is an honorific ("Mr", "Dr", "H.E.", "M.", "Mme").
    pub fn is_honorific(&self, doc: &Doc<'_>, i: usize) -> bool {
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if !(t.cap || t.upper) {
            return false;
        }
        // "M." needs its full stop; "M" alone is an initial. "H.E." and "S.E." are letters
        // and full stops.
        if t.fold.len() == 1 {
            let dot = |k: usize| {
                doc.tokens
                    .get(k)
                    .is_some_and(|n| n.is_punct(".") && !n.space_before)
            };
            if dot(i + 1)
                && doc
                    .tokens
                    .get(i + 2)
                    .is_some_and(|n| n.fold.len() == 1 && !n.space_before)
                && dot(i + 3)
            {
                let word = format!("{}{}", t.fold, doc.tokens[i + 2].fold);
                return matches!(word.as_str(), "he" | "se");
            }
            // "W/ro Selamawit", "W/t Hana": an Amharic title written with a slash.
            let glued = |k: usize| doc.tokens.get(k).is_some_and(|n| !n.space_before);
            if t.fold == "w"
                && glued(i + 1)
                && doc.tokens[i + 1].is_punct("/")
                && glued(i + 2)
                && matches!(doc.tokens[i + 2].fold.as_str(), "ro" | "t" | "rt")
            {
                return true;
            }
            return t.fold == "m" && dot(i + 1);
        }
        // "Tan Sri", "Dato' Sri", "Datuk Seri": "Sri" after a title is part of it ("Tan"
        // alone is a surname).
        if t.fold == "tan" {
            return doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.cap && n.fold == "sri");
        }
        if matches!(t.fold.as_str(), "sri" | "seri") {
            let mut j = i;
            while j > 0 && matches!(doc.tokens[j - 1].fold.as_str(), "'" | ".") {
                j -= 1;
            }
            return j > 0
                && (doc.tokens[j - 1].fold == "tan"
                    || self.honorifics.contains(&doc.tokens[j - 1]));
        }
        // "HE", "SE", "ME" are honorifics only in capitals ("He said" is not one).
        // "Me Sonia Trabelsi": the French lawyer's title has no full stop; a known given name
        // after it says it is one.
        if t.fold == "me"
            && !t.upper
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.cap && n.space_before && crate::given_names::is_given_name(&n.fold)
            })
        {
            return true;
        }
        if matches!(t.fold.as_str(), "he" | "se" | "me" | "eng" | "hon") && !t.upper {
            return doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.is_punct(".") && !n.space_before)
                && t.fold != "he"
                && t.fold != "se";
        }
        self.honorifics.contains(t)
    }

    /// The kind a head word suggests, if token `i` is one (it must be capitalised).
    pub fn head_kind(&self, doc: &Doc<'_>, i: usize) -> Option<PartyKind> {
        let t = doc.tokens.get(i)?;
        if !(t.cap || t.upper) {
            return None;
        }
        // "AS" and "SE" are legal forms only in capitals after a capitalised name
        // ("Fjordvakt AS", "Nordbank SE"), never "As" opening a sentence.
        if matches!(t.fold.as_str(), "as" | "se")
            && !(t.upper
                && i.checked_sub(1)
                    .and_then(|j| doc.tokens.get(j))
                    .is_some_and(|p| p.cap && !p.upper && !t.newline_before))
        {
            return None;
        }
        // "Exchange" heads a market's name ("Nusantara Stock Exchange"), not a sharing
        // platform's ("Meridian Threat Exchange").
        if t.fold == "exchange"
            && !i
                .checked_sub(1)
                .and_then(|j| doc.tokens.get(j))
                .is_some_and(|p| {
                    matches!(
                        p.fold.as_str(),
                        "stock" | "securities" | "commodity" | "commodities"
                    )
                })
        {
            return None;
        }
        // "CERT.PT": a dotted name has the head of its first part.
        match self.org_heads.get(t) {
            None if t.id == crate::vocab::NONE && t.cap && t.fold.bytes().any(|b| b == b'.') => t
                .fold
                .split_once('.')
                .and_then(|(head, _)| self.org_heads.get_text(head))
                .copied(),
            k => k.copied(),
        }
    }
}

fn rank(k: Known) -> u8 {
    match k {
        Known::Org { acronym: false, .. } => 0,
        Known::Country(_) => 1,
        Known::Org { .. } => 2,
        Known::City(_) => 3,
        Known::Demonym(_) => 4,
        Known::Outlet => 5,
    }
}

static INDEX: LazyLock<NameIndex> = LazyLock::new(|| NameIndex::build(gazetteer::curated()));

/// The index of the embedded gazetteer.
pub fn index() -> &'static NameIndex {
    &INDEX
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_known_names_with_case_rules() {
        let doc = Doc::new("Kaspersky and AFRIPOL met in Algiers; the kaspersky method; l’Algérie");
        let idx = index();
        let hit = idx.longest_at(&doc, 0, doc.tokens.len()).unwrap();
        assert!(matches!(hit.known, Known::Org { .. }));
        let afripol = idx.longest_at(&doc, 2, doc.tokens.len()).unwrap();
        assert!(matches!(afripol.known, Known::Org { .. }));
        let algiers = idx.longest_at(&doc, 5, doc.tokens.len()).unwrap();
        assert!(matches!(algiers.known, Known::City(_)));
        assert!(
            idx.longest_at(&doc, 8, doc.tokens.len()).is_none(),
            "lowercase is not the company"
        );
        let dz = doc.tokens.iter().position(|t| t.fold == "algerie").unwrap();
        assert!(matches!(
            idx.longest_at(&doc, dz, doc.tokens.len()).unwrap().known,
            Known::Country(_)
        ));
    }
}
