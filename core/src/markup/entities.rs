//! HTML character references (`&eacute;`, `&#233;`, `&#xE9;`), shared by the HTML and
//! Markdown reducers.
//!
//! The named table holds the references news pages actually use: markup escapes, spaces and
//! dashes, quotation marks, currency and common symbols, and every Latin-1 letter (plus
//! Œ œ Š š Ÿ). It is not the full list of 2,231 names: an unknown name is kept literally,
//! as is any reference without its closing `;`.

use crate::decode::windows_1252_char;

/// The longest name in [`named`], to bound the look-ahead.
const MAX_NAME: usize = 8;

/// Appends `text` to `out` with its character references decoded. `&nbsp;` becomes a plain
/// space when `nbsp_as_space` is set (the reducers collapse it like any space).
pub(crate) fn decode_into(text: &str, out: &mut String, nbsp_as_space: bool) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, len)) => {
                out.push(if nbsp_as_space && c == '\u{A0}' {
                    ' '
                } else {
                    c
                });
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// `text` with its character references decoded.
pub(crate) fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    decode_into(text, &mut out, false);
    out
}

/// The character of the reference at the start of `s` (just after `&`) and the number of
/// bytes it takes, including the `;`.
fn reference(s: &str) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b'#') {
        let (digits_start, radix) = match bytes.get(1) {
            Some(b'x' | b'X') => (2, 16),
            _ => (1, 10),
        };
        let digits = bytes[digits_start..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || (radix == 16 && b.is_ascii_hexdigit()))
            .count();
        let end = digits_start + digits;
        if digits == 0 || bytes.get(end) != Some(&b';') {
            return None;
        }
        // Saturate instead of overflowing on absurdly long numbers.
        let value = s[digits_start..end].chars().fold(0u32, |acc, d| {
            acc.saturating_mul(radix)
                .saturating_add(d.to_digit(radix).unwrap_or(0))
        });
        return Some((numeric_char(value), end + 1));
    }
    let name_len = bytes
        .iter()
        .take(MAX_NAME + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > MAX_NAME || bytes.get(name_len) != Some(&b';') {
        return None;
    }
    named(&s[..name_len]).map(|c| (c, name_len + 1))
}

/// The character of a numeric reference, with the fixes browsers apply: 0x80–0x9F are read
/// as Windows-1252, and NUL, surrogates and values past U+10FFFF become U+FFFD.
fn numeric_char(value: u32) -> char {
    match value {
        0 => '\u{FFFD}',
        0x80..=0x9f => windows_1252_char(value as u8),
        _ => char::from_u32(value).unwrap_or('\u{FFFD}'),
    }
}

/// The character of a named reference (case-sensitive, as in HTML).
fn named(name: &str) -> Option<char> {
    let c = match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "lrm" => '\u{200E}',
        "rlm" => '\u{200F}',
        "shy" => '\u{AD}',
        "ndash" => '–',
        "mdash" => '—',
        "minus" => '−',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "prime" => '′',
        "Prime" => '″',
        "bull" => '•',
        "middot" => '·',
        "dagger" => '†',
        "Dagger" => '‡',
        "permil" => '‰',
        "sect" => '§',
        "para" => '¶',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "micro" => 'µ',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "curren" => '¤',
        "iexcl" => '¡',
        "iquest" => '¿',
        "brvbar" => '¦',
        "uml" => '¨',
        "macr" => '¯',
        "acute" => '´',
        "cedil" => '¸',
        "circ" => 'ˆ',
        "tilde" => '˜',
        "not" => '¬',
        "ordf" => 'ª',
        "ordm" => 'º',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "frac14" => '¼',
        "frac12" => '½',
        "frac34" => '¾',
        "fnof" => 'ƒ',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        "asymp" => '≈',
        "infin" => '∞',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Auml" => 'Ä',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "Ccedil" => 'Ç',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Euml" => 'Ë',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Icirc" => 'Î',
        "Iuml" => 'Ï',
        "ETH" => 'Ð',
        "Ntilde" => 'Ñ',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ouml" => 'Ö',
        "Oslash" => 'Ø',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Ucirc" => 'Û',
        "Uuml" => 'Ü',
        "Yacute" => 'Ý',
        "THORN" => 'Þ',
        "szlig" => 'ß',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "auml" => 'ä',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "igrave" => 'ì',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "eth" => 'ð',
        "ntilde" => 'ñ',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "oslash" => 'ø',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "yacute" => 'ý',
        "thorn" => 'þ',
        "yuml" => 'ÿ',
        "OElig" => 'Œ',
        "oelig" => 'œ',
        "Scaron" => 'Š',
        "scaron" => 'š',
        "Yuml" => 'Ÿ',
        _ => return None,
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_invalid() {
        assert_eq!(
            decode("Caf&eacute; &amp; th&#233; &#xE0; l&rsquo;ONU"),
            "Café & thé à l’ONU"
        );
        assert_eq!(
            decode("&AElig;&Oslash;&yuml;&OElig;&euro;&hellip;"),
            "ÆØÿŒ€…"
        );
        assert_eq!(decode("a&nbsp;b"), "a\u{A0}b");
        let mut out = String::new();
        decode_into("a&nbsp;b", &mut out, true);
        assert_eq!(out, "a b");
        // Kept literally: unknown names, missing `;`, lone `&`, empty numbers.
        assert_eq!(
            decode("&bogus; &amp &; &#; &#x; R&D"),
            "&bogus; &amp &; &#; &#x; R&D"
        );
        // Browser fixes for bad numbers.
        assert_eq!(
            decode("&#0;&#xD800;&#x110000;&#99999999999999999999;"),
            "\u{FFFD}".repeat(4)
        );
        assert_eq!(decode("&#146;&#x80;"), "’€");
    }

    #[test]
    fn longest_name_fits() {
        assert_eq!(decode("&thinsp;"), "\u{2009}");
        assert_eq!(decode("&verylongname;"), "&verylongname;");
    }
}
