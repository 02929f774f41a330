//! The engine's vocabulary: every word of the embedded tables (the gazetteer's and the
//! lexicon's) and of the code's word lists, numbered.
//!
//! The tokenizer numbers each token as it cuts it; the name index and the phrase sets
//! then compare numbers instead of strings, and look up first words by number. A word
//! outside the tables (a phrase added by a test) keeps its text and is compared as text,
//! so matching never depends on the vocabulary, only its speed does.

use std::sync::LazyLock;

use crate::hash::{HashMap, HashSet};
use crate::token::{tokenize_unnumbered, Token};

/// The id of a token whose word is in no table.
pub const NONE: u32 = crate::token::NO_ID;

static VOCAB: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut vocab = HashMap::default();
    let gazetteer = crate::gazetteer::Sources::CURATED.tables();
    let table_words = gazetteer
        .into_iter()
        .chain(crate::tables::LEXICON)
        .flat_map(|(_, table)| tokenize_unnumbered(table))
        .map(|t| t.fold.to_string());
    let code_words = crate::words::all().map(str::to_string);
    for w in table_words.chain(code_words) {
        let next = u32::try_from(vocab.len()).unwrap_or(NONE);
        vocab.entry(w).or_insert(next);
    }
    vocab
});

/// How many words the vocabulary numbers (every id is below it).
pub fn len() -> usize {
    VOCAB.len()
}

/// The id of a folded word, or [`NONE`].
pub fn id(fold: &str) -> u32 {
    VOCAB.get(fold).copied().unwrap_or(NONE)
}

/// The vocabulary's own copy of a folded word, with its id.
pub fn entry(fold: &str) -> Option<(&'static str, u32)> {
    let (word, &n) = VOCAB.get_key_value(fold)?;
    Some((word.as_str(), n))
}

/// A folded word of a name or phrase, matched against tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded text.
    pub text: String,
    id: u32,
}

impl Word {
    /// A word from its folded text.
    pub fn new(fold: &str) -> Word {
        Word {
            text: fold.to_string(),
            id: id(fold),
        }
    }

    /// The word's number in the vocabulary, [`NONE`] for a word of no table.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// The word of a token (already numbered by the tokenizer).
    pub fn of(t: &Token) -> Word {
        Word {
            text: t.fold.to_string(),
            id: t.id,
        }
    }

    /// Whether the token is this word.
    pub fn matches(&self, t: &Token) -> bool {
        if self.id == NONE {
            t.fold == self.text
        } else {
            t.id == self.id
        }
    }
}

/// A set of small numbers (word ids, bytes), one bit each.
#[derive(Debug, Clone, Default)]
pub struct Bits(Vec<u64>);

impl Bits {
    /// Adds `n`; false if it was there.
    pub fn insert(&mut self, n: usize) -> bool {
        let (word, bit) = (n / 64, n % 64);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        let new = self.0[word] & (1 << bit) == 0;
        self.0[word] |= 1 << bit;
        new
    }

    /// The numbers of the set, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }

    /// Whether `n` is in the set.
    #[inline]
    pub fn contains(&self, n: usize) -> bool {
        self.0.get(n / 64).is_some_and(|w| w & (1 << (n % 64)) != 0)
    }
}

/// Values keyed by a first word, found from a token.
///
/// The maps hold indices into `values`, so that every `ByWord` shares the same two map
/// types: a ranked bit set by word number, and the vocabulary's hash map by text (each hash
/// map type compiles its own hash table code, which the web app downloads).
#[derive(Debug, Clone)]
pub struct ByWord<V> {
    /// The ids that have a value: most tokens start no entry, and a bit says so at once.
    present: Bits,
    /// For each 64-bit word of `present`, how many ids the words before it hold: an id's
    /// place in `by_id` is that count plus the ids below it in its own word, found
    /// without a search.
    ranks: Vec<u32>,
    /// Index into `values` of each id of `present`, in increasing order of id.
    by_id: Vec<u32>,
    by_text: HashMap<String, u32>,
    values: Vec<V>,
}

impl<V> Default for ByWord<V> {
    fn default() -> Self {
        ByWord {
            present: Bits::default(),
            ranks: Vec::new(),
            by_id: Vec::new(),
            by_text: HashMap::default(),
            values: Vec::new(),
        }
    }
}

impl<V> ByWord<V> {
    /// The index of a word's value: `values.len()` when the word is new (the caller then
    /// pushes its value).
    fn slot(&mut self, w: &Word) -> usize {
        let next = self.values.len() as u32;
        if w.id == NONE {
            return *self.by_text.entry(w.text.clone()).or_insert(next) as usize;
        }
        if let Some(at) = self.place(w.id) {
            return self.by_id[at] as usize;
        }
        let (word, bit) = (w.id as usize / 64, w.id % 64);
        // Words of `present` added now hold no id yet: all the ids so far are before them.
        let count = self.by_id.len() as u32;
        self.present.insert(w.id as usize);
        self.ranks.resize(self.present.0.len(), count);
        let at = self.ranks[word] as usize + below(self.present.0[word], bit);
        self.by_id.insert(at, next);
        for r in &mut self.ranks[word + 1..] {
            *r += 1;
        }
        next as usize
    }

    /// The place in `by_id` of an id that has a value.
    #[inline]
    fn place(&self, id: u32) -> Option<usize> {
        let (word, bit) = (id as usize / 64, id % 64);
        let bits = *self.present.0.get(word)?;
        if bits & (1 << bit) == 0 {
            return None;
        }
        Some(self.ranks[word] as usize + below(bits, bit))
    }
}

/// How many of the bits of `bits` are below bit `bit`.
#[inline]
fn below(bits: u64, bit: u32) -> usize {
    (bits & ((1u64 << bit) - 1)).count_ones() as usize
}

impl<V: Default> ByWord<V> {
    /// The value of a word, inserted empty if absent.
    pub fn entry(&mut self, w: &Word) -> &mut V {
        let slot = self.slot(w);
        if slot == self.values.len() {
            self.values.push(V::default());
        }
        &mut self.values[slot]
    }
}

impl<V> ByWord<V> {
    /// Sets the value of a word.
    pub fn insert(&mut self, w: &Word, value: V) {
        let slot = self.slot(w);
        if slot == self.values.len() {
            self.values.push(value);
        } else {
            self.values[slot] = value;
        }
    }

    /// The value of a folded word given as text.
    pub fn get_text(&self, fold: &str) -> Option<&V> {
        let slot = match id(fold) {
            NONE => self.by_text.get(fold).copied(),
            n => self.place(n).map(|at| self.by_id[at]),
        };
        slot.map(|i| &self.values[i as usize])
    }

    /// The value of the token's word. Inlined: most calls end at the bit test, and the
    /// others at a count of bits.
    #[inline]
    pub fn get(&self, t: &Token) -> Option<&V> {
        let slot = if t.id != NONE {
            self.by_id[self.place(t.id)?]
        } else if self.by_text.is_empty() {
            return None;
        } else {
            self.by_text_get(t)?
        };
        Some(&self.values[slot as usize])
    }

    #[inline(never)]
    fn by_text_get(&self, t: &Token) -> Option<u32> {
        self.by_text.get(t.fold.as_str()).copied()
    }
}

/// A list of the table as a set of words (matched by vocabulary number), built on first
/// use: given a list's name, `word_set!` is a `&'static WordSet`. The rules ask their long
/// word lists so, which keeps the words in the table, not in the code.
macro_rules! word_set {
    ($name:literal) => {{
        const LIST: usize = crate::words::index_of($name);
        &crate::vocab::word_sets()[LIST]
    }};
}

/// Every list of the word table as a [`WordSet`], by its number ([`crate::words::index_of`]):
/// built together on first use, so that each of the rules' hundreds of look-ups is an index
/// into one table rather than a lazy value of its own (each cost the web app's download
/// its own start-up code).
/// A list of the word table by its number, for a `static` that reads as a [`WordSet`]
/// (`static STOP: List = List::named("stop_back")`; `STOP.contains(t)`).
pub(crate) struct List(usize);

impl List {
    /// The list `name` of `words.tsv`; a name the table lacks stops the build.
    pub(crate) const fn named(name: &str) -> List {
        List(crate::words::index_of(name))
    }
}

impl std::ops::Deref for List {
    type Target = WordSet;

    #[inline]
    fn deref(&self) -> &WordSet {
        &word_sets()[self.0]
    }
}

/// An array, not a slice: the lists' numbers are constants, so indexing needs no check
/// (and no panic path at each of the hundreds of call sites).
#[inline]
pub(crate) fn word_sets() -> &'static [WordSet; crate::words::LIST_NAMES.len()] {
    // The sets lie in the static itself, not behind a box: a look-up reads a set's bits
    // at a fixed address, one load fewer at each of the rules' hundreds of calls.
    static SETS: LazyLock<[WordSet; crate::words::LIST_NAMES.len()]> = LazyLock::new(|| {
        let lists = crate::words::in_order();
        std::array::from_fn(|i| lists.get(i).map(|w| WordSet::new(w)).unwrap_or_default())
    });
    &SETS
}

/// A set of folded words, tested against tokens by
/// number (a bit test); a word outside the vocabulary is kept and compared as text.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    /// The vocabulary ids of the words.
    ids: Bits,
    /// The words that have no id.
    text: HashSet<String>,
    /// The lengths of the words (bit `n` for `n` bytes, 63 for longer): a word given as
    /// text of another length is not looked up.
    lens: u64,
    /// The first bytes of the words, likewise.
    firsts: Bits,
}

impl WordSet {
    /// The set of `words`, compared with folded forms as they are.
    pub fn new(words: &[&str]) -> WordSet {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w);
        }
        set
    }

    /// Adds a folded word.
    pub fn insert(&mut self, w: &str) {
        self.lens |= 1 << w.len().min(63);
        self.firsts
            .insert(usize::from(w.as_bytes().first().copied().unwrap_or(0)));
        match id(w) {
            NONE => {
                self.text.insert(w.to_string());
            }
            n => {
                self.ids.insert(n as usize);
            }
        }
    }

    /// Whether the token's word is in the set.
    #[inline]
    pub fn contains(&self, t: &Token) -> bool {
        if t.id == NONE {
            return !self.text.is_empty() && self.text.contains(t.fold.as_str());
        }
        self.ids.contains(t.id as usize)
    }

    /// Whether a folded word given as text is in the set.
    pub fn contains_str(&self, w: &str) -> bool {
        if self.lens & (1 << w.len().min(63)) == 0
            || !self
                .firsts
                .contains(usize::from(w.as_bytes().first().copied().unwrap_or(0)))
        {
            return false;
        }
        match id(w) {
            NONE => self.text.contains(w),
            n => self.ids.contains(n as usize),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Doc;

    #[test]
    fn table_words_match_by_number_and_others_by_text() {
        let doc = Doc::new("Memorandum zzqxw");
        let known = Word::new("memorandum");
        let unknown = Word::new("zzqxw");
        assert_ne!(doc.tokens[0].id, NONE);
        assert_eq!(doc.tokens[1].id, NONE);
        assert!(known.matches(&doc.tokens[0]) && !known.matches(&doc.tokens[1]));
        assert!(unknown.matches(&doc.tokens[1]) && !unknown.matches(&doc.tokens[0]));
        let mut map: ByWord<Vec<u8>> = ByWord::default();
        map.entry(&known).push(1);
        map.entry(&unknown).push(2);
        assert_eq!(map.get(&doc.tokens[0]), Some(&vec![1]));
        assert_eq!(map.get(&doc.tokens[1]), Some(&vec![2]));
    }

    #[test]
    fn code_word_sets_test_by_number_and_text_alike() {
        let list: Vec<&str> = crate::words::all().collect();
        let set = WordSet::new(&list);
        // Every word of the word lists is numbered: no look-up by text.
        assert!(set.text.is_empty(), "{:?}", set.text);
        for w in &list {
            assert!(set.contains_str(w));
        }
        let set = WordSet::new(&["memorandum", "zzqxw"]);
        let doc = Doc::new("Memorandum zzqxw other");
        let got: Vec<bool> = doc.tokens.iter().map(|t| set.contains(t)).collect();
        assert_eq!(got, [true, true, false]);
        assert!(set.contains_str("zzqxw") && !set.contains_str("other"));
    }
}
