//! Lower case for the engine's comparisons (folded tokens, role texts, reference labels,
//! the tables' checks). ASCII text is lowered here. Other text natively goes through the
//! standard library's Unicode mapping; in WebAssembly through the host's
//! ([`set_lowercase`]: the web app's worker gives the browser's `toLowerCase`), so the
//! worker does not download the standard library's case tables. Both follow Unicode's
//! default case mapping, so the records are the same. In WebAssembly without a host's
//! mapping, only ASCII letters are lowered.

use std::sync::OnceLock;

/// A host's lower case of a whole string, by Unicode's default case mapping.
pub type Lowercase = fn(&str) -> String;

static HOST: OnceLock<Lowercase> = OnceLock::new();

/// Gives the engine the host's lower case for text that is not ASCII. It is used in
/// WebAssembly only (natively the standard library's always is); the first call wins.
pub fn set_lowercase(lowercase: Lowercase) {
    let _ = HOST.set(lowercase);
}

/// `s` in lower case.
pub(crate) fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        unicode(s)
    }
}

/// Pushes `c` in lower case onto `out`.
pub(crate) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_unicode(out, c);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn unicode(s: &str) -> String {
    s.to_lowercase()
}

#[cfg(not(target_arch = "wasm32"))]
fn push_unicode(out: &mut String, c: char) {
    out.extend(c.to_lowercase());
}

#[cfg(target_arch = "wasm32")]
fn unicode(s: &str) -> String {
    match HOST.get() {
        Some(host) => host(s),
        None => s.to_ascii_lowercase(),
    }
}

#[cfg(target_arch = "wasm32")]
fn push_unicode(out: &mut String, c: char) {
    match HOST.get() {
        Some(host) => out.push_str(&host(c.encode_utf8(&mut [0; 4]))),
        None => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_ascii_and_other_text_like_the_standard_library() {
        for s in [
            "Ruritania",
            "ÉTAT",
            "Straße",
            "ΟΔΟΣ",
            "İstanbul",
            "Ministère",
            "",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
            let mut out = String::new();
            for c in s.chars() {
                push_lower(&mut out, c);
            }
            let by_char: String = s.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(out, by_char, "{s}");
        }
    }
}
