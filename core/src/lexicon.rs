//! The engine's own vocabularies (calendar words, instrument names, cue phrases, scope cues),
//! read from `core/data/*.tsv` once, and the phrase matcher that finds them in a text.
//!
//! Phrases are stored folded (see [`crate::text::fold`]) and tokenized with the same
//! tokenizer as articles, so "mémorandum d’entente" in a text matches
//! `memorandum d'entente` in the table. A trailing `*` on a phrase's last word matches any
//! ending. Case rules for proper names live with the gazetteer, not here.

use std::sync::LazyLock;

use crate::facts::{AgreementType, Lang, SCOPE_LABELS};
use crate::text::{tokenize, Doc, TokKind, Token};
use crate::vocab::{Bits, ByWord, Word, NONE};

/// A match of a phrase: token range and the phrase's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<T> {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The value attached to the phrase.
    pub value: T,
}

#[derive(Debug, Clone)]
struct Phrase<T> {
    words: Vec<Word>,
    wildcard: bool,
    lang: Option<Lang>,
    value: T,
}

/// A set of phrases with values, matched token by token.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    phrases: Vec<Phrase<T>>,
    /// The phrases of each first word (not a lone wildcard), longest first, each with the
    /// number of its second word: a phrase whose second word is not the next token is
    /// passed over without reading it. [`NONE`] where that number says nothing (a one-word
    /// phrase, a second word of no table or with a wildcard).
    by_first: ByWord<Vec<(usize, u32)>>,
    /// Phrases whose only word is a wildcard ("forensic*"), keyed by that word's first two
    /// bytes ([`pair`]), sorted by key then phrase: checked at the tokens whose word starts
    /// with a pair of `wild_pairs`.
    wild_first: Vec<(u16, usize)>,
    /// The keys of `wild_first`.
    wild_pairs: Bits,
}

/// The key of a word's first two bytes (the second 0 for a one-byte word).
fn pair(fold: &str) -> u16 {
    let b = fold.as_bytes();
    u16::from(b.first().copied().unwrap_or(0)) << 8 | u16::from(b.get(1).copied().unwrap_or(0))
}

impl<T: Copy> PhraseSet<T> {
    /// An empty set.
    pub fn new() -> Self {
        PhraseSet {
            phrases: Vec::new(),
            by_first: ByWord::default(),
            wild_first: Vec::new(),
            wild_pairs: Bits::default(),
        }
    }

    /// Adds a phrase (any case; it is folded). `lang` limits it to articles in that language.
    pub fn add(&mut self, phrase: &str, lang: Option<Lang>, value: T) {
        let (body, wildcard) = split_wildcard(phrase);
        let words: Vec<Word> = tokenize(body).into_iter().map(|t| Word::of(&t)).collect();
        self.add_words(words, wildcard, lang, value);
    }

    /// Adds a phrase already cut into words; `wildcard` lets its last word take any ending.
    pub fn add_words(&mut self, words: Vec<Word>, wildcard: bool, lang: Option<Lang>, value: T) {
        if words.is_empty() {
            return;
        }
        let idx = self.phrases.len();
        if wildcard && words.len() == 1 {
            // A folded word is never empty: `tokenize` makes no empty tokens.
            let key = pair(&words[0].text);
            let at = self.wild_first.partition_point(|&(k, _)| k <= key);
            self.wild_first.insert(at, (key, idx));
            self.wild_pairs.insert(usize::from(key));
        } else {
            // Longest first (in the order added among phrases of one length): the first
            // that matches at a token is the longest there.
            let n = words.len();
            let second = match words.get(1) {
                Some(w) if !(wildcard && n == 2) => w.id(),
                _ => NONE,
            };
            let phrases = &self.phrases;
            let list = self.by_first.entry(&words[0]);
            let at = list.partition_point(|&(j, _)| phrases[j].words.len() >= n);
            list.insert(at, (idx, second));
        }
        self.phrases.push(Phrase {
            words,
            wildcard,
            lang,
            value,
        });
    }

    /// The longest phrase starting at token `i`, if any.
    pub fn longest_at(&self, doc: &Doc<'_>, i: usize, end: usize, lang: Lang) -> Option<Hit<T>> {
        let tok = doc.tokens.get(i)?;
        let mut best: Option<Hit<T>> = None;
        let matches = |idx: usize| {
            let p = &self.phrases[idx];
            if p.lang.is_some_and(|l| l != lang) {
                return None;
            }
            let n = p.words.len();
            if i + n > end {
                return None;
            }
            for (k, w) in p.words.iter().enumerate() {
                let t = &doc.tokens[i + k];
                let last = k + 1 == n;
                let ok = if last && p.wildcard {
                    t.fold.starts_with(w.text.as_str())
                } else {
                    w.matches(t)
                };
                if !ok || (k > 0 && t.newline_before) {
                    return None;
                }
            }
            Some(Hit {
                first: i,
                last: i + n,
                value: p.value,
            })
        };
        // The phrases of a first word come longest first: the first match is the longest,
        // and no single wildcard word is longer.
        if let Some(list) = self.by_first.get(tok) {
            let next = doc.tokens.get(i + 1).map_or(NONE, |t| t.id);
            if let Some(hit) = list
                .iter()
                .filter(|&&(_, second)| second == NONE || second == next)
                .find_map(|&(idx, _)| matches(idx))
            {
                return Some(hit);
            }
        }
        if self.wild_first.is_empty() {
            return best;
        }
        // A wildcard word the token does not start with is passed over at once.
        let mut consider = |idx: usize| {
            if best.is_none()
                && tok
                    .fold
                    .starts_with(self.phrases[idx].words[0].text.as_str())
            {
                best = matches(idx);
            }
        };
        // A wildcard word of two bytes or more shares the token's first two; one of a
        // single byte (key `b << 8`) only its first. Phrases in the order they were added.
        let key = pair(&tok.fold);
        let one = key & 0xff00;
        let two_bytes = self.wild_pairs.contains(usize::from(key));
        let one_byte = key != one && self.wild_pairs.contains(usize::from(one));
        if two_bytes && one_byte {
            let mut wild: Vec<usize> = self.wild_with(key).chain(self.wild_with(one)).collect();
            crate::sort::indices(&mut wild, &|a, b| a.cmp(&b));
            wild.into_iter().for_each(&mut consider);
        } else if two_bytes {
            self.wild_with(key).for_each(&mut consider);
        } else if one_byte {
            self.wild_with(one).for_each(&mut consider);
        }
        best
    }

    /// The wildcard phrases of key `key`, in the order they were added.
    fn wild_with(&self, key: u16) -> impl Iterator<Item = usize> + '_ {
        let from = self.wild_first.partition_point(|&(k, _)| k < key);
        self.wild_first[from..]
            .iter()
            .take_while(move |&&(k, _)| k == key)
            .map(|&(_, idx)| idx)
    }

    /// The value of a one-word phrase that is exactly `fold` (or, for a wildcard word, that
    /// `fold` starts with), for articles in `lang`.
    pub fn word_value(&self, fold: &str, lang: Lang) -> Option<T> {
        let ok = |p: &Phrase<T>| p.words.len() == 1 && p.lang.is_none_or(|l| l == lang);
        let exact = self.by_first.get_text(fold).and_then(|list| {
            list.iter()
                .map(|&(i, _)| &self.phrases[i])
                .find(|p| ok(p) && (!p.wildcard || fold.starts_with(p.words[0].text.as_str())))
        });
        exact
            .or_else(|| {
                let b = u16::from(fold.as_bytes().first().copied().unwrap_or(0));
                self.wild_first
                    .iter()
                    .filter(|(k, _)| k >> 8 == b)
                    .map(|&(_, i)| &self.phrases[i])
                    .find(|p| ok(p) && fold.starts_with(p.words[0].text.as_str()))
            })
            .map(|p| p.value)
    }

    /// Whether a phrase may start at the token: its word starts a phrase, or it begins with
    /// the first bytes of a wildcard word. Never false where [`Self::longest_at`] finds one.
    fn may_start(&self, t: &Token) -> bool {
        if self.by_first.get(t).is_some() {
            return true;
        }
        let key = pair(&t.fold);
        self.wild_pairs.contains(usize::from(key))
            || self.wild_pairs.contains(usize::from(key & 0xff00))
    }

    /// The first words of the phrases that are not a single wildcard word.
    fn first_words(&self) -> impl Iterator<Item = &Word> {
        self.phrases
            .iter()
            .filter(|p| !(p.wildcard && p.words.len() == 1))
            .map(|p| &p.words[0])
    }

    /// All non-overlapping longest matches in tokens `first..last`, left to right.
    pub fn find(&self, doc: &Doc<'_>, first: usize, last: usize, lang: Lang) -> Vec<Hit<T>> {
        let mut out = Vec::new();
        let mut i = first;
        while i < last {
            if let Some(hit) = self.longest_at(doc, i, last, lang) {
                out.push(hit);
                i = hit.last;
            } else {
                i += 1;
            }
        }
        out
    }
}

impl<T: Copy> Default for PhraseSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The categories of `cues.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The instrument was signed or concluded.
    Sign,
    /// A partnership was formed.
    Partner,
    /// Introduces speech.
    Speech,
    /// A data source follows.
    Source,
    /// A witness follows.
    Witness,
    /// A parent body follows.
    Parent,
    /// A company name follows.
    Company,
    /// A statement date follows.
    Statement,
    /// An earlier agreement is spoken of.
    Background,
    /// The topic is cybersecurity.
    Cyber,
    /// The signing has not happened.
    Negation,
    /// What follows is being created by the agreement, not a party ("the establishment of
    /// a Centre of Excellence").
    Create,
    /// What follows is where the signing took place ("at the headquarters of X").
    Venue,
}

impl Cue {
    fn from_label(s: &str) -> Option<Cue> {
        Some(match s {
            "sign" => Cue::Sign,
            "partner" => Cue::Partner,
            "speech" => Cue::Speech,
            "source" => Cue::Source,
            "witness" => Cue::Witness,
            "parent" => Cue::Parent,
            "company" => Cue::Company,
            "statement" => Cue::Statement,
            "background" => Cue::Background,
            "cyber" => Cue::Cyber,
            "negation" => Cue::Negation,
            "create" => Cue::Create,
            "venue" => Cue::Venue,
            _ => return None,
        })
    }
}

/// How many cue categories there are.
const CUE_COUNT: usize = Cue::Venue as usize + 1;

/// A calendar word: month (1–12) or weekday (Monday = 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// A month.
    Month(u8),
    /// A weekday.
    Weekday(u8),
}

/// All vocabularies of the engine.
#[derive(Debug)]
pub struct Lexicon {
    /// Months and weekdays (both languages; a word's language does not matter for dates).
    pub calendar: ByWord<Calendar>,
    /// Months of the Hijri and Solar Hijri calendars ("Jumada Al-Awwal", "Rajab",
    /// "Farvardin"), as phrases; the value is the month's number in its calendar.
    pub foreign_months: PhraseSet<u8>,
    /// Instrument names and their types.
    pub instruments: PhraseSet<AgreementType>,
    /// One phrase set per cue category, indexed by `Cue as usize`.
    pub cues: Vec<PhraseSet<Cue>>,
    /// Scope cues; the value is an index into [`SCOPE_LABELS`].
    pub scope: PhraseSet<usize>,
    /// For each first word of a cue phrase, the categories with a phrase that starts with
    /// it, one bit each (`1 << cue as usize`).
    cue_first: ByWord<u16>,
    /// The categories (`cue as usize`) with a single wildcard word among their phrases.
    cue_wild: Vec<usize>,
    /// The first-byte keys ([`pair`]) of those wildcard words, all categories together:
    /// most tokens share none, and then no category need be asked.
    cue_wild_pairs: Bits,
}

// One bit per cue category in a `u16`.
const _: () = assert!(CUE_COUNT <= 16);

impl Lexicon {
    /// The cue categories, one bit each (`1 << cue as usize`), that may have a phrase
    /// starting at the token: all those that do, and a few that do not.
    pub fn cue_starts(&self, t: &Token) -> u16 {
        let mut bits = self.cue_first.get(t).copied().unwrap_or(0);
        let key = pair(&t.fold);
        if !self.cue_wild_pairs.contains(usize::from(key))
            && !self.cue_wild_pairs.contains(usize::from(key & 0xff00))
        {
            return bits;
        }
        for &c in &self.cue_wild {
            if self.cues[c].may_start(t) {
                bits |= 1 << c;
            }
        }
        bits
    }

    /// A date of the Hijri or Solar Hijri calendar that starts at token `i` (its month, or
    /// the day number before the month): a month of [`Lexicon::foreign_months`] beside a number ("5 Rajab
    /// 1448 AH", "Jumada Al-Awwal 12, 1448", "12 Farvardin 1405"), with its year and its era
    /// mark ("AH", "H", "SH"). Returns its first and one past its last token.
    pub fn foreign_date(&self, doc: &Doc<'_>, i: usize) -> Option<(usize, usize)> {
        let num = |k: usize| {
            doc.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Num && t.fold.len() <= 4)
        };
        // The month, at `i` or after a day number at `i`.
        let (first, at) = if num(i) && doc.tokens.get(i + 1).is_some_and(|t| t.cap) {
            (i, i + 1)
        } else {
            (i, i)
        };
        let t = doc.tokens.get(at)?;
        if !t.cap || t.kind != TokKind::Word {
            return None;
        }
        let hit =
            self.foreign_months
                .longest_at(doc, at, doc.tokens.len(), crate::facts::Lang::En)?;
        let mut end = hit.last;
        let day_before = at > first;
        let day_after = num(end) && doc.tokens[end].fold.len() <= 2;
        if day_after {
            end += 1;
        }
        // The year: "1448", ", 1448".
        let comma = doc.tokens.get(end).is_some_and(|t| t.is_punct(","));
        let year = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.kind == TokKind::Num
                    && t.fold.len() == 4
                    && t.fold
                        .parse::<u32>()
                        .is_ok_and(|y| (1300..1600).contains(&y))
            })
        };
        let mut has_year = false;
        if year(end) {
            end += 1;
            has_year = true;
        } else if comma && day_after && year(end + 1) {
            end += 2;
            has_year = true;
        }
        if !(day_before || day_after || has_year) {
            return None;
        }
        // The era: "AH", "A.H.", "H", "SH".
        let era = |k: usize| {
            doc.tokens
                .get(k)
                .is_some_and(|t| matches!(t.fold.as_str(), "ah" | "h" | "sh" | "hs" | "ap"))
        };
        if has_year && era(end) {
            end += 1;
        } else if has_year
            && doc.tokens.get(end).is_some_and(|t| t.fold == "a")
            && doc.tokens.get(end + 1).is_some_and(|t| t.is_punct("."))
            && doc.tokens.get(end + 2).is_some_and(|t| t.fold == "h")
        {
            end += 3;
            if doc
                .tokens
                .get(end)
                .is_some_and(|t| t.is_punct(".") && !t.space_before)
            {
                end += 1;
            }
        }
        Some((first, end))
    }

    /// Whether token `k` lies in a date of another calendar ([`Lexicon::foreign_date`]).
    pub fn in_foreign_date(&self, doc: &Doc<'_>, k: usize) -> bool {
        // A foreign date's month is a capitalised word at its first token or the next one:
        // most tokens have none such near them, and no date need be tried.
        let lo = k.saturating_sub(8);
        let hi = (k + 2).min(doc.tokens.len());
        if !doc.tokens[lo.min(hi)..hi]
            .iter()
            .any(|t| t.cap && t.kind == TokKind::Word && self.foreign_months.may_start(t))
        {
            return false;
        }
        (lo..=k).any(|i| {
            self.foreign_date(doc, i)
                .is_some_and(|(first, end)| first <= k && k < end)
        })
    }

    /// The cue set of a category.
    pub fn cue(&self, cue: Cue) -> &PhraseSet<Cue> {
        &self.cues[cue as usize]
    }

    /// Parses the four tables, checking every row; the error names the file and line of
    /// the first bad row (the tests check the embedded tables so).
    #[cfg(test)]
    pub fn from_strs(
        calendar: &str,
        instruments: &str,
        cues: &str,
        scope: &str,
    ) -> Result<Lexicon, String> {
        Lexicon::parse::<true>(calendar, instruments, cues, scope)
    }

    /// Parses the four tables; with `CHECK` a bad row is an error, without it the row is
    /// skipped, and nothing else differs: so tables that parse with `CHECK` (the embedded
    /// ones, by the tests) give the same lexicon without, which carries no checks and no
    /// error messages (the web app's download).
    fn parse<const CHECK: bool>(
        calendar: &str,
        instruments: &str,
        cues: &str,
        scope: &str,
    ) -> Result<Lexicon, String> {
        /// A bad row: an error with `CHECK`, else the row is skipped.
        macro_rules! bad_row {
            ($($msg:tt)*) => {{
                if CHECK {
                    return Err(format!($($msg)*));
                }
                continue;
            }};
        }
        let mut lex = Lexicon {
            calendar: ByWord::default(),
            foreign_months: PhraseSet::new(),
            instruments: PhraseSet::new(),
            cues: (0..CUE_COUNT).map(|_| PhraseSet::new()).collect(),
            scope: PhraseSet::new(),
            cue_first: ByWord::default(),
            cue_wild: Vec::new(),
            cue_wild_pairs: Bits::default(),
        };
        for (n, cols) in rows(calendar) {
            let [word, kind, value, _lang] = cols[..] else {
                bad_row!("calendar.tsv line {n}: expected 4 columns")
            };
            let Ok(v) = value.parse::<u8>() else {
                bad_row!("calendar.tsv line {n}: bad value \"{value}\"")
            };
            if matches!(kind, "hijri" | "solar_hijri") && (1..=12).contains(&v) {
                lex.foreign_months.add(word, None, v);
                continue;
            }
            let entry = match kind {
                "month" if (1..=12).contains(&v) => Calendar::Month(v),
                "weekday" if v < 7 => Calendar::Weekday(v),
                _ => bad_row!("calendar.tsv line {n}: bad kind or value"),
            };
            lex.calendar
                .insert(&Word::new(&crate::text::fold(word)), entry);
        }
        for (n, cols) in rows(instruments) {
            let [phrase, kind, lang] = cols[..] else {
                bad_row!("instruments.tsv line {n}: expected 3 columns")
            };
            let Some(t) = AgreementType::from_label(kind) else {
                bad_row!("instruments.tsv line {n}: unknown type \"{kind}\"")
            };
            let Some(lang) = parse_lang(lang) else {
                bad_row!("instruments.tsv line {n}: unknown language \"{lang}\"")
            };
            lex.instruments.add(phrase, lang, t);
        }
        for (n, cols) in rows(cues) {
            let [cat, lang, phrase] = cols[..] else {
                bad_row!("cues.tsv line {n}: expected 3 columns")
            };
            let Some(cue) = Cue::from_label(cat) else {
                bad_row!("cues.tsv line {n}: unknown category \"{cat}\"")
            };
            let Some(lang) = parse_lang(lang) else {
                bad_row!("cues.tsv line {n}: unknown language \"{lang}\"")
            };
            lex.cues[cue as usize].add(phrase, lang, cue);
        }
        let mut forms = Vec::new();
        for (n, cols) in rows(scope) {
            let [label, lang, phrase] = cols[..] else {
                bad_row!("scope.tsv line {n}: expected 3 columns")
            };
            let Some(idx) = SCOPE_LABELS.iter().position(|l| *l == label) else {
                bad_row!("scope.tsv line {n}: unknown label \"{label}\"")
            };
            let Some(lang) = parse_lang(lang) else {
                bad_row!("scope.tsv line {n}: unknown language \"{lang}\"")
            };
            lex.scope.add(phrase, lang, idx);
            forms.push((phrase, lang, idx));
        }
        // The written forms first, so that a cue of the table wins over another's variant.
        for (phrase, lang, idx) in forms {
            for (words, wildcard) in variants(phrase, lang) {
                lex.scope.add_words(words, wildcard, lang, idx);
            }
        }
        for (c, set) in lex.cues.iter().enumerate() {
            for w in set.first_words() {
                *lex.cue_first.entry(w) |= 1 << c;
            }
            if !set.wild_first.is_empty() {
                lex.cue_wild.push(c);
            }
            for &(key, _) in &set.wild_first {
                lex.cue_wild_pairs.insert(usize::from(key));
            }
        }
        Ok(lex)
    }
}

/// A phrase without its trailing `*`, and whether it had one.
fn split_wildcard(phrase: &str) -> (&str, bool) {
    match phrase.strip_suffix('*') {
        Some(b) => (b, true),
        None => (phrase, false),
    }
}

/// Words that never take a plural or feminine ending in a cue.
fn invariable(w: &str) -> bool {
    word_set!("invariable").contains_str(w)
}

/// The other forms of a word of a cue: its plural ("incident" → "incidents", "policy" →
/// "policies", "vital" → "vitaux") and, in French, the feminine of an adjective
/// ("financier" → "financière(s)", "criminel" → "criminelle(s)"). Short words (acronyms
/// such as "SOC", "IA") and words with other characters than letters and hyphens keep
/// their one form.
fn inflections(w: &str, lang: Option<Lang>) -> Vec<String> {
    if w.chars().count() <= 3
        || invariable(w)
        || !w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || w.ends_with('-')
    {
        return Vec::new();
    }
    let fr = lang != Some(Lang::En);
    let en = lang != Some(Lang::Fr);
    let mut out = Vec::new();
    let plural = |s: &str, out: &mut Vec<String>| {
        if s.ends_with('s') || s.ends_with('x') || s.ends_with('z') {
            return;
        }
        let vowel_y =
            s.len() >= 2 && matches!(s.as_bytes()[s.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
        if en && s.ends_with('y') && !vowel_y {
            out.push(format!("{}ies", &s[..s.len() - 1]));
        } else if en && (s.ends_with("ch") || s.ends_with("sh")) {
            out.push(format!("{s}es"));
        } else if fr && s.ends_with("al") {
            out.push(format!("{}aux", &s[..s.len() - 2]));
            if en {
                out.push(format!("{s}s"));
            }
        } else if fr && s.ends_with("au") {
            out.push(format!("{s}x"));
        } else {
            out.push(format!("{s}s"));
        }
    };
    plural(w, &mut out);
    if fr {
        let feminine = if w.ends_with("ier") || w.ends_with("al") || w.ends_with("ain") {
            Some(format!("{w}e"))
        } else if w.ends_with("el") {
            Some(format!("{w}le"))
        } else if w.ends_with("en") {
            Some(format!("{w}ne"))
        } else {
            w.strip_suffix("if").map(|stem| format!("{stem}ive"))
        };
        if let Some(f) = feminine {
            out.push(format!("{f}s"));
            out.push(f);
        }
    }
    out
}

/// The other spellings of a scope cue, as words: its words in their plural or feminine
/// forms ("partage d'information" → "partages d'informations"), two words joined by a
/// hyphen ("threat intelligence" → "threat-intelligence") and a hyphenated word in two
/// ("threat-sharing" → "threat sharing"). At most a few dozen a cue.
fn variants(phrase: &str, lang: Option<Lang>) -> Vec<(Vec<Word>, bool)> {
    let (body, wildcard) = split_wildcard(phrase);
    let words: Vec<String> = tokenize(body)
        .into_iter()
        .map(|t| t.fold.to_string())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let n = words.len();
    let alpha = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
    let mut spellings: Vec<Vec<String>> = Vec::new();
    // Inflected forms: every combination, the last word of a wildcard cue as it is.
    let mut combos: Vec<Vec<String>> = vec![Vec::new()];
    for (k, w) in words.iter().enumerate() {
        let mut forms = vec![w.clone()];
        if !(wildcard && k + 1 == n) {
            forms.extend(inflections(w, lang));
        }
        combos = combos
            .into_iter()
            .flat_map(|c| {
                forms.iter().map(move |f| {
                    let mut c = c.clone();
                    c.push(f.clone());
                    c
                })
            })
            .take(64)
            .collect();
    }
    spellings.extend(combos.into_iter().skip(1));
    // Two neighbouring words joined by a hyphen, in their written and plural forms.
    for k in 0..n.saturating_sub(1) {
        if alpha(&words[k]) && alpha(&words[k + 1]) && !invariable(&words[k + 1]) {
            let mut last = vec![words[k + 1].clone()];
            if !(wildcard && k + 2 == n) {
                last.extend(inflections(&words[k + 1], lang));
            }
            for l in last {
                let mut v = words[..k].to_vec();
                v.push(format!("{}-{}", words[k], l));
                v.extend(words[k + 2..].iter().cloned());
                spellings.push(v);
            }
        }
    }
    // A hyphenated word cut in two: "threat-sharing" → "threat sharing".
    for (k, w) in words.iter().enumerate() {
        let parts: Vec<&str> = w.split('-').collect();
        if parts.len() == 2 && parts.iter().all(|p| p.len() >= 3 && alpha(p)) {
            let mut v = words[..k].to_vec();
            v.extend(parts.iter().map(|p| (*p).to_string()));
            v.extend(words[k + 1..].iter().cloned());
            spellings.push(v);
        }
    }
    spellings
        .into_iter()
        .map(|ws| (ws.iter().map(|w| Word::new(w)).collect(), wildcard))
        .collect()
}

/// A table's language cell: `en`, `fr`, or `*` / `-` for both (`Some(None)`).
fn parse_lang(s: &str) -> Option<Option<Lang>> {
    match s {
        "en" => Some(Some(Lang::En)),
        "fr" => Some(Some(Lang::Fr)),
        "*" | "-" => Some(None),
        _ => None,
    }
}

/// The non-comment, non-empty rows of a TSV table, split into columns, with line numbers.
/// A row whose cells are all empty but the last takes its other cells from the row before
/// (of as many cells): the build writes the embedded cue and scope tables so
/// (`<TAB><TAB>phrase` under a row of the same label and language), which gzip packs
/// tighter in the web app's download.
pub fn rows(table: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    let mut before: Vec<&str> = Vec::new();
    table.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let n = cells.len();
        if n > 1 && n == before.len() && cells[..n - 1].iter().all(|c| c.is_empty()) {
            cells[..n - 1].copy_from_slice(&before[..n - 1]);
        }
        before.clone_from(&cells);
        Some((i + 1, cells))
    })
}

/// The embedded tables, with their file names (without `.tsv`), in the order of
/// `Lexicon::parse`.
pub use crate::tables::LEXICON as TABLES;

#[cfg(test)]
fn curated_from_tables() -> Result<Lexicon, String> {
    let [calendar, instruments, cues, scope] = TABLES.map(|(_, text)| text);
    Lexicon::from_strs(calendar, instruments, cues, scope)
}

// The tables are part of the build and checked by the tests below (`embedded_tables_parse`):
// a bad row is a build defect, so they are read without checks (`Lexicon::parse`).
static CURATED: LazyLock<Lexicon> = LazyLock::new(|| {
    let [calendar, instruments, cues, scope] = TABLES.map(|(_, text)| text);
    match Lexicon::parse::<false>(calendar, instruments, cues, scope) {
        Ok(lex) => lex,
        Err(_) => unreachable!("the unchecked reader has no error"),
    }
});

/// The embedded vocabularies.
pub fn curated() -> &'static Lexicon {
    &CURATED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_parse() {
        let lex = curated_from_tables().unwrap();
        assert_eq!(lex.calendar.get_text("aout"), Some(&Calendar::Month(8)));
        assert_eq!(
            lex.calendar.get_text("dimanche"),
            Some(&Calendar::Weekday(6))
        );
    }

    #[test]
    fn every_scope_label_has_cues_in_both_languages() {
        let lex = curated();
        for (idx, label) in SCOPE_LABELS.iter().enumerate() {
            for lang in [Lang::En, Lang::Fr] {
                assert!(
                    lex.scope
                        .phrases
                        .iter()
                        .any(|p| p.value == idx && p.lang == Some(lang)),
                    "{label} has no {lang:?} cue"
                );
            }
        }
    }

    #[test]
    fn tables_have_no_duplicate_rows() {
        for (name, table) in TABLES {
            let mut seen = crate::hash::HashSet::default();
            for (n, cols) in rows(table) {
                assert!(
                    seen.insert(cols.join("\t")),
                    "{name}.tsv line {n} repeats a row"
                );
            }
        }
    }

    #[test]
    fn matches_longest_phrase_with_accents_and_wildcards() {
        let doc = Doc::new("Un mémorandum d’entente sur la cybercriminalité organisée.");
        let lex = curated();
        let hits = lex.instruments.find(&doc, 0, doc.tokens.len(), Lang::Fr);
        assert_eq!(hits.len(), 1);
        assert_eq!(
            doc.slice(hits[0].first, hits[0].last),
            "mémorandum d’entente"
        );
        let cyber = lex
            .cue(Cue::Cyber)
            .find(&doc, 0, doc.tokens.len(), Lang::Fr);
        assert_eq!(doc.slice(cyber[0].first, cyber[0].last), "cybercriminalité");
    }

    #[test]
    fn cue_starts_flags_every_token_a_cue_phrase_starts_at() {
        let lex = curated();
        // Every cue phrase of the table, a wildcard given an ending, in one text.
        let text: String = rows(TABLES[2].1)
            .map(|(_, cols)| cols[2].replace('*', "ization") + " . ")
            .collect();
        let doc = Doc::new(&text);
        let mut found = 0;
        for i in 0..doc.tokens.len() {
            let bits = lex.cue_starts(&doc.tokens[i]);
            for (c, set) in lex.cues.iter().enumerate() {
                for lang in [Lang::En, Lang::Fr] {
                    if set.longest_at(&doc, i, doc.tokens.len(), lang).is_some() {
                        found += 1;
                        assert_ne!(bits & (1 << c), 0, "token {i} of {text}");
                    }
                }
            }
        }
        assert!(found >= rows(TABLES[2].1).count());
    }
}
