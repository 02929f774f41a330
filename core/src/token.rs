//! Tokens: the text cut into words, numbers and punctuation marks, with byte offsets and a
//! folded form (lowercase, accents removed, typographic apostrophes made straight).
//!
//! This is the first step of the text stage and knows nothing of any table: [`split`] numbers
//! the words with whatever look-up it is given, so the vocabulary ([`crate::vocab`]) can be
//! built from tokens without this module depending on it. Lines, sentences and page
//! furniture are [`crate::text`]'s.

use std::fmt;
use std::ops::Deref;

/// The id of a token whose word is in no table.
pub const NO_ID: u32 = u32::MAX;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and digits mixed in), with internal hyphens.
    Word,
    /// Digits only (an ordinal suffix such as `18th` or `1er` stays a word).
    Num,
    /// One punctuation character.
    Punct,
}

/// One token.
#[derive(Debug, Clone)]
pub struct Token {
    /// Where it is.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// What it is made of.
    pub kind: TokKind,
    /// Folded form: lowercase, no accents, `’` made `'` (the vocabulary's copy for its
    /// words, else its own).
    pub fold: Fold,
    /// The folded form's number in the engine's vocabulary ([`crate::vocab`]); `NONE`
    /// for words of no table.
    pub id: u32,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Two or more letters, all uppercase (an acronym or a shouted word).
    pub upper: bool,
    /// Only whitespace lies between the previous token and this one (true for the first).
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub newline_before: bool,
}

impl Token {
    /// Whether this is a word token (letters).
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: &str) -> bool {
        self.kind == TokKind::Punct && self.fold == c
    }
}

/// A token's folded form: the vocabulary's copy of a word of the tables, else a copy of
/// its own. Both are a pointer and a length at the same place, so reading the text, which
/// the rules do for nearly every token they look at, takes no branch.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Fold(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Shared(&'static str),
    Own(Box<str>),
}

impl Fold {
    /// The folded text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Shared(s) => s,
            Repr::Own(s) => s,
        }
    }
}

impl Deref for Fold {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Fold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Fold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Fold {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<String> for Fold {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Fold> for String {
    fn eq(&self, other: &Fold) -> bool {
        self == other.as_str()
    }
}

impl std::borrow::Borrow<str> for Fold {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Fold {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Folds a string for look-ups: lowercase, accents removed, typographic quotes made plain.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // A run of ASCII at once (names with one accented letter are mostly ASCII), then
        // the character after it.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            push_folded(&mut out, c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// `s` with each run of whitespace made one space and none at the ends (a wrapped
/// sentence or name on one line).
pub fn one_space(s: &str) -> String {
    // Most text needs no change: ASCII with single spaces inside (passes without a branch
    // over the bytes).
    let bytes = s.as_bytes();
    let plain = !s.starts_with(' ')
        && !s.ends_with(' ')
        && s.is_ascii()
        && !bytes
            .iter()
            .fold(false, |any, &b| any | (0x09..=0x0d).contains(&b))
        && !bytes
            .windows(2)
            .fold(false, |any, w| any | (w[0] == b' ' && w[1] == b' '));
    if plain {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'İ' | 'ı' => "i",
        'ñ' | 'Ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'š' | 'Š' | 'ś' | 'ş' | 'Ş' => "s",
        'ž' | 'Ž' | 'ź' | 'ż' => "z",
        'ğ' | 'Ğ' => "g",
        'ł' | 'Ł' => "l",
        'ř' => "r",
        'ť' | 'ţ' => "t",
        'đ' | 'Đ' | 'ð' => "d",
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' | '\u{201E}' => "\"",
        '\u{2013}' | '\u{2014}' | '\u{2010}' | '\u{2011}' | '\u{2212}' => "-",
        '\u{00A0}' | '\u{202F}' | '\u{2009}' => " ",
        // Combining marks vanish.
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            crate::lower::push_lower(out, c);
            return;
        }
    };
    out.push_str(base);
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// French elisions and the English possessive split off from the word they stick to.
const ELISIONS: [&str; 10] = ["l", "d", "j", "n", "s", "c", "m", "qu", "jusqu", "lorsqu"];

/// Whether the apostrophe between `head` (the word so far) and `rest` (the text after it)
/// is a letter of a name: `head` is capitalised, of two letters or more, and no French word
/// that elides ("Aujourd'hui"); `rest` opens with two lowercase letters (or, after a head in
/// capitals, two capitals) that are not an English clitic ("Hawke's", "They're", "He'll").
fn inner_apostrophe(head: &str, rest: &str) -> bool {
    let tail: String = rest.chars().take_while(|c| is_word_char(*c)).collect();
    head.chars().next().is_some_and(char::is_uppercase)
        && head.chars().count() >= 2
        && !matches!(
            fold(head).as_str(),
            "aujourd" | "quelqu" | "presqu" | "puisqu"
        )
        && tail.chars().count() >= 2
        // "NUKU'ALOFA": a name in capitals keeps its apostrophe too.
        && (tail.chars().all(char::is_lowercase)
            || (tail.chars().all(char::is_uppercase) && head.chars().all(char::is_uppercase)))
        && !matches!(fold(&tail).as_str(), "re" | "ll" | "ve" | "st" | "nt")
}

/// Whether a dot between `head` (the word so far) and `rest` (the text after it) is inside
/// a name: `head` is capitalised and of two letters or more, `rest` opens with two to four
/// capitals that end the word ("CERT.PT", "Cyber.NB"; not "Accra.The", "example.com").
fn dotted_name(head: &str, rest: &str) -> bool {
    // The capitals after the dot first: most dots end a sentence, before a space.
    let caps = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    (2..=4).contains(&caps)
        && head.chars().next().is_some_and(char::is_uppercase)
        && head.chars().count() >= 2
        && !head.contains('.')
        && !rest[caps..].starts_with(is_word_char)
        && !matches!(
            &rest[..caps],
            "COM" | "NET" | "ORG" | "GOV" | "EDU" | "INFO" | "BIZ"
        )
}

/// Splits `text` into tokens without numbering them (their id is [`NO_ID`]): for building
/// the vocabulary itself.
pub(crate) fn tokenize_unnumbered(text: &str) -> Vec<Token> {
    split(text, |_| None)
}

/// Splits `text` into tokens; `number` gives a folded word's shared copy and id, or `None`
/// for a word of no table (its id is then [`NO_ID`]).
pub(crate) fn split(
    text: &str,
    number: impl Fn(&str) -> Option<(&'static str, u32)>,
) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // The text is read by byte position: most of it is ASCII, read a byte at a time, and
    // a character of more bytes is decoded where it stands.
    let bytes = text.as_bytes();
    let char_at = |p: usize| -> Option<char> {
        match bytes.get(p) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => text[p..].chars().next(),
            None => None,
        }
    };
    let mut pos = 0;
    let mut space_before = true;
    let mut newline_before = false;
    let mut folded = String::new();
    while let Some(c) = char_at(pos) {
        let i = pos;
        pos += c.len_utf8();
        if c.is_whitespace() || c == '\u{FEFF}' || c.is_control() {
            space_before = true;
            if c == '\n' {
                newline_before = true;
            }
            continue;
        }
        // The token ends where reading stops (`pos`).
        let kind;
        if is_word_char(c) {
            let mut all_digits = c.is_ascii_digit();
            loop {
                // A run of ASCII letters and digits at once.
                while let Some(&b) = bytes.get(pos).filter(|b| b.is_ascii_alphanumeric()) {
                    all_digits &= b.is_ascii_digit();
                    pos += 1;
                }
                let j = pos;
                let Some(d) = char_at(j) else {
                    break;
                };
                if is_word_char(d) {
                    all_digits &= d.is_ascii_digit();
                    pos = j + d.len_utf8();
                    continue;
                }
                // "CERT.VL", "Cyber.NB": a dot between a capitalised word and two to four
                // capitals, with no space, is inside one name.
                if d == '.' && dotted_name(&text[i..j], &text[j + 1..]) {
                    all_digits = false;
                    pos = j + 1;
                    continue;
                }
                // Internal hyphen or apostrophe: keep going only when a letter follows.
                if is_hyphen(d) || is_apostrophe(d) {
                    let after = text[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(is_word_char) {
                        if is_apostrophe(d) {
                            let word = fold(&text[i..j]);
                            if ELISIONS.contains(&word.as_str()) {
                                // "l’Agence": the elided article is a token of its own.
                                pos = j + d.len_utf8();
                                break;
                            }
                            // "Taufa'ahau", "Sa'id": inside a capitalised name, an apostrophe
                            // before lowercase letters that are no English clitic ("'s",
                            // "'ll") is a letter of the name.
                            if inner_apostrophe(&text[i..j], &text[j + d.len_utf8()..]) {
                                all_digits = false;
                                pos = j + d.len_utf8();
                                continue;
                            }
                            // English possessive or O'Brien: split before the apostrophe.
                            break;
                        }
                        all_digits = false;
                        pos = j + d.len_utf8();
                        continue;
                    }
                }
                break;
            }
            kind = if all_digits {
                TokKind::Num
            } else {
                TokKind::Word
            };
        } else {
            kind = TokKind::Punct;
        }
        let end = pos;
        // One pass over the token: its folded form, and the case of its letters.
        let s = &text[i..end];
        let (mut letters, mut all_upper) = (0usize, true);
        folded.clear();
        for c in s.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphabetic() {
                    letters += 1;
                    all_upper &= c.is_ascii_uppercase();
                }
                folded.push(c.to_ascii_lowercase());
            } else {
                if c.is_alphabetic() {
                    letters += 1;
                    all_upper &= c.is_uppercase();
                }
                push_folded(&mut folded, c);
            }
        }
        // "al-Amn", "el-Sisi", "ad-Dawla": an Arabic article in lowercase, glued by a hyphen
        // to a capitalised word, starts a name's word like a capital.
        let hyphen = |i: usize| s.as_bytes().get(i) == Some(&b'-');
        // "e-Gov Agency", "e-Santé Connect": so does one lowercase letter glued by a hyphen,
        // and one to three before a capital and lowercase letters ("eSentry", "bluEdge";
        // not "iOS", "mRNA").
        let bytes = s.as_bytes();
        let b0 = bytes.first().copied().unwrap_or(b' ');
        let camel = || {
            // The first byte that is no lowercase letter, among the first four.
            let i = bytes.iter().take(4).position(|c| !c.is_ascii_lowercase());
            i.is_some_and(|i| {
                i >= 1
                    && bytes[i].is_ascii_uppercase()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase)
            })
        };
        let cap = s.chars().next().is_some_and(char::is_uppercase)
            || b0.is_ascii_lowercase()
                && (hyphen(1) && s[2..].starts_with(char::is_uppercase) || camel())
            || (hyphen(2) || hyphen(3))
                && ["al-", "el-", "ad-", "ar-", "as-", "at-", "an-", "ash-"]
                    .iter()
                    .any(|p| {
                        s.strip_prefix(p)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                    });
        let upper = letters >= 2 && all_upper;
        // A word of the vocabulary points at the vocabulary's copy: no bytes to copy.
        let (fold, id) = match number(&folded) {
            Some((word, id)) => (Fold(Repr::Shared(word)), id),
            None => (Fold(Repr::Own(folded.as_str().into())), NO_ID),
        };
        tokens.push(Token {
            start: i,
            end,
            kind,
            fold,
            id,
            cap,
            upper,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}
