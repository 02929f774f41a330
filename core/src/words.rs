//! The engine's word lists: function words, stop lists, organisation heads, abbreviations
//! and the like, read from `core/data/words.tsv` (embedded at build time).
//!
//! Each list has a name; [`list`] gives its words in the table's order. The lists are data
//! the engine's rules consult, kept out of the code so that adding a stop word is a data
//! change. This module only reads the table: it knows nothing of what the lists mean.

use std::sync::LazyLock;

/// The table: `list<TAB>word` lines; `#` starts a comment line.
pub(crate) const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/words.tsv"));

/// The lists by name: a sorted map (one map type less in the web app's download).
static LISTS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut lists = in_order();
    crate::sort::by(&mut lists, |a, b| a.0.cmp(b.0));
    lists
});

/// The `(list, word)` rows of a table in this format. A line may hold several words of its
/// list, `list<TAB>word<TAB>word…` (the build writes the embedded table so, one line a
/// list, which gzip packs tighter in the web app's download), and a line with an empty list
/// name is in the list of the line before.
fn rows(table: &str) -> impl Iterator<Item = (&str, &str)> {
    table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .scan("", |list, l| {
            let (name, words) = l.split_once('\t').unwrap_or(("", ""));
            if !name.is_empty() {
                *list = name;
            }
            let list: &str = list;
            Some(
                words
                    .split('\t')
                    .filter(|w| !w.is_empty())
                    .map(move |w| (list, w)),
            )
        })
        .flatten()
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

/// The words of the list `name`, in the table's order; empty for a name the table lacks
/// (a test checks that every name the code asks for is in the table).
pub(crate) fn list(name: &str) -> &'static [&'static str] {
    crate::sort::get(&LISTS, name).map_or(&[], Vec::as_slice)
}

/// The lists in the table's order, each with its words: the order of [`LIST_NAMES`] (the
/// embedded table holds each list's rows together), without keeping those names in the
/// program (they are only read when it is compiled).
pub(crate) fn in_order() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for (name, word) in rows(TABLE) {
        match out.last_mut() {
            Some((last, words)) if *last == name => words.push(word),
            _ => out.push((name, vec![word])),
        }
    }
    out
}

/// Every word of every list, for numbering the vocabulary.
pub(crate) fn all() -> impl Iterator<Item = &'static str> {
    rows(TABLE).map(|(_, w)| w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::HashSet;

    #[test]
    fn every_row_has_a_list_and_a_word_without_spaces_around() {
        for l in TABLE
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            assert!(l.contains('\t'), "no tab: {l:?}");
        }
        for (name, word) in rows(TABLE) {
            assert!(!name.is_empty() && !word.is_empty(), "{name:?} {word:?}");
            assert_eq!(word, word.trim(), "{word:?}");
            assert!(!word.contains('\t'), "{word:?}");
        }
    }

    #[test]
    fn the_lists_come_in_the_order_of_their_numbers() {
        let names: Vec<&str> = in_order().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, LIST_NAMES);
        assert_eq!(index_of(LIST_NAMES[3]), 3);
    }

    #[test]
    fn no_list_repeats_a_word() {
        for (name, words) in LISTS.iter() {
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
                .split("words::list(\"")
                .skip(1)
                .chain(code.split("word_set!(\"").skip(1));
            for part in parts {
                let name = part.split('"').next().unwrap_or_default();
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    continue;
                }
                asked += 1;
                assert!(
                    !list(name).is_empty(),
                    "{}: list {name:?} is not in words.tsv",
                    path.display()
                );
            }
        }
        assert!(asked > 10, "the code asks for {asked} lists");
    }
}
