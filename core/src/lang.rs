//! English or French: a count of very common function words of each language.

use std::sync::LazyLock;

use crate::facts::Lang;
use crate::text::Doc;
use crate::vocab::WordSet;

/// The language of a document (English when in doubt).
pub fn detect(doc: &Doc<'_>) -> Lang {
    static SETS: LazyLock<(WordSet, WordSet)> = LazyLock::new(|| {
        (
            WordSet::new(word_list!("function_words_en")),
            WordSet::new(word_list!("function_words_fr")),
        )
    });
    let (en_words, fr_words) = &*SETS;
    let (mut en, mut fr) = (0usize, 0usize);
    for t in doc.tokens.iter().take(4000) {
        en += usize::from(en_words.contains(t));
        fr += usize::from(fr_words.contains(t));
    }
    if fr > en {
        Lang::Fr
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_french_from_english() {
        assert_eq!(
            detect(&Doc::new(
                "Les deux agences ont signé un accord de coopération."
            )),
            Lang::Fr
        );
        assert_eq!(
            detect(&Doc::new(
                "The two agencies signed a cooperation agreement."
            )),
            Lang::En
        );
        assert_eq!(detect(&Doc::new("")), Lang::En);
    }
}
