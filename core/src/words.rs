//! The engine's word lists: function words, stop lists, organisation heads, abbreviations
//! and the like, read from `core/data/words.tsv` (embedded at build time).
//!
//! Each list has a name; `word_list!("junk_prefixes")` gives its words in the table's order (the name
//! is turned into the list's number when the engine is compiled). The lists are data
//! the engine's rules consult, kept out of the code so that adding a stop word is a data
//! change. This module only reads the table: it knows nothing of what the lists mean.

use std::sync::LazyLock;

/// The table as the build embeds it: one line a list, its words separated by tabs, in the
/// order of [`LIST_NAMES`] (`build.rs` writes it so: the names stay out of the program,
/// which only needs them when it is compiled).
pub(crate) const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/words.tsv"));

/// The `(list number, word)` rows of the embedded table.
fn rows(table: &str) -> impl Iterator<Item = (usize, &str)> {
    table
        .lines()
        .enumerate()
        .flat_map(|(i, l)| l.split('\t').filter(|w| !w.is_empty()).map(move |w| (i, w)))
}

// The names of the lists, in the table's order (`LIST_NAMES`, written by `build.rs`).
include!(concat!(env!("OUT_DIR"), "/word_lists.rs"));

/// The number of the list `name` among [`LIST_NAMES`], computed when the engine is
/// compiled: a name the table lacks stops the build.
pub(crate) const fn index_of(name: &str) -> usize {
    let mut i = 0;
    while i < LIST_NAMES.len() {
        let (a, b) = (LIST_NAMES[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("a word list the code names is not in core/data/words.tsv")
}

/// The lists in the table's order, each its words.
static LISTS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(in_order);

/// The words of list number `index` ([`index_of`]), in the table's order.
pub(crate) fn list_at(index: usize) -> &'static [&'static str] {
    LISTS.get(index).map_or(&[], Vec::as_slice)
}

/// The words of the list a literal names, its number found when the engine is compiled:
/// `word_list!("related_headings")`.
macro_rules! word_list {
    ($name:literal) => {
        crate::words::list_at(const { crate::words::index_of($name) })
    };
}

/// The lists in the table's order, each with its words: the order of [`LIST_NAMES`].
pub(crate) fn in_order() -> Vec<Vec<&'static str>> {
    let mut out: Vec<Vec<&'static str>> = Vec::new();
    for (i, word) in rows(TABLE) {
        while out.len() <= i {
            out.push(Vec::new());
        }
        out[i].push(word);
    }
    out
}

/// Every word of every list (a word may come more than once).
pub(crate) fn all() -> impl Iterator<Item = &'static str> {
    rows(TABLE).map(|(_, w)| w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::HashSet;

    #[test]
    fn every_row_has_a_list_and_a_word_without_spaces_around() {
        assert_eq!(TABLE.lines().count(), LIST_NAMES.len());
        for (i, word) in rows(TABLE) {
            assert!(i < LIST_NAMES.len() && !word.is_empty(), "{i} {word:?}");
            assert_eq!(word, word.trim(), "{word:?}");
            assert!(!word.contains('\t'), "{word:?}");
        }
    }

    #[test]
    fn the_lists_come_in_the_order_of_their_numbers() {
        let lists = in_order();
        assert_eq!(lists.len(), LIST_NAMES.len());
        assert!(lists.iter().all(|words| !words.is_empty()));
        assert_eq!(index_of(LIST_NAMES[3]), 3);
    }

    #[test]
    fn no_list_repeats_a_word() {
        for (name, words) in LIST_NAMES.iter().zip(LISTS.iter()) {
            let mut seen = HashSet::default();
            for w in words {
                assert!(seen.insert(w), "{name}: {w:?} twice");
            }
        }
    }

    #[test]
    fn every_list_the_code_names_is_in_the_table() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut asked = 0;
        for entry in std::fs::read_dir(dir).expect("core/src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let code = std::fs::read_to_string(&path).expect("a source file is readable");
            let parts = code
                .split("word_list!(\"")
                .skip(1)
                .chain(code.split("word_set!(\"").skip(1));
            for part in parts {
                let name = part.split('"').next().unwrap_or_default();
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    continue;
                }
                asked += 1;
                assert!(
                    LIST_NAMES.contains(&name),
                    "{}: list {name:?} is not in words.tsv",
                    path.display()
                );
            }
        }
        assert!(asked > 10, "the code asks for {asked} lists");
    }
}
