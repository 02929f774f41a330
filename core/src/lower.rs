//! Lowercasing exactly as the standard library's `str::to_lowercase` and
//! `char::to_lowercase`, with small tables: the standard library's own table of every
//! character's lowercase was the largest single piece of data in the web app's worker
//! after the reference tables. `build.rs` reads these tables off the standard library that
//! builds the engine, and a test compares the results with it for every character.

include!(concat!(env!("OUT_DIR"), "/lower_tables.rs"));

/// `c` lowercased, as `c.to_lowercase()` (the one character that lowercases to two is
/// U+0130, "İ" → "i̇").
pub fn push_lower(out: &mut String, c: char) {
    if c == '\u{130}' {
        out.push('i');
        out.push('\u{307}');
    } else {
        out.push(lower_char(c));
    }
}

/// The lowercase of a character that lowercases to one character.
fn lower_char(c: char) -> char {
    let n = c as u32;
    let i = LOWER_RUNS.partition_point(|r| r[0] & 0x1F_FFFF <= n);
    let Some(&[word, delta]) = i.checked_sub(1).and_then(|i| LOWER_RUNS.get(i)) else {
        return c;
    };
    let start = word & 0x1F_FFFF;
    let stride = 1 + ((word >> 21) & 1);
    let count = (word >> 22) + 1;
    let off = n - start;
    if off % stride == 0 && off / stride < count {
        char::from_u32(n.wrapping_add(delta)).unwrap_or(c)
    } else {
        c
    }
}

/// `s` lowercased, as `s.to_lowercase()`: a capital sigma at the end of a word is `ς`.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let word_final = cased_after_ignorable(s[..i].chars().rev())
                && !cased_after_ignorable(s[i + c.len_utf8()..].chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// Whether the first character that is not case-ignorable is cased (Unicode's
/// `Final_Sigma` condition, one side of it).
fn cased_after_ignorable(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| !in_ranges(CASE_IGNORABLE, c))
        .is_some_and(|c| in_ranges(CASED, c))
}

/// Whether `c` is in the ranges of `table` (read from the start: only a capital sigma
/// asks).
fn in_ranges(table: &[u8], c: char) -> bool {
    let n = c as u32;
    let mut bytes = table.iter();
    let mut leb = || {
        let mut v = 0u32;
        for (k, &b) in bytes.by_ref().enumerate() {
            v |= u32::from(b & 0x7f) << (7 * k);
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    };
    let mut at = 0u32;
    while let (Some(gap), Some(len)) = (leb(), leb()) {
        let start = at + gap;
        if n < start {
            return false;
        }
        at = start + len;
        if n < at {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowercases_as_the_standard_library_does() {
        let mut one = String::new();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            one.clear();
            push_lower(&mut one, c);
            assert_eq!(one, c.to_lowercase().collect::<String>(), "{c:?}");
            // Each character beside a capital sigma, before and after, in and out of words.
            for s in [
                format!("{c}"),
                format!("{c}Σ"),
                format!("A{c}Σ"),
                format!("AΣ{c}"),
                format!("AΣ{c}b"),
                format!("Σ{c}"),
                format!("a{c}Σ{c}"),
            ] {
                assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
            }
        }
    }

    #[test]
    fn words_and_sentences_lowercase_as_the_standard_library_does() {
        for s in [
            "ΟΔΥΣΣΕΥΣ",
            "ὈΔΥΣΣΕΎΣ. Σ Σ'Σ",
            "İstanbul ÉTATS-UNIS Ⅻ ǅemal",
            "ΑΣ\u{301}Σ Σ\u{301} AΣ’ Σ",
            "",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }
}
