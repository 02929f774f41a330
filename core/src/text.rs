//! Text segmentation with byte offsets: tokens, lines, sentences, and page furniture.
//!
//! Every position here is a byte offset into the text exactly as given, so evidence spans
//! can point back at the words. Tokens carry a folded form (lowercase, accents removed,
//! typographic apostrophes made straight) used for all dictionary look-ups. This module does
//! not decide what anything means: it only cuts the text and flags lines that are clearly
//! page furniture (menus, share buttons, bylines, "Related posts", repeated captions).

use crate::facts::Span;
pub use crate::token::{fold, one_space, TokKind, Token};
use std::sync::LazyLock;

/// A line of the text.
#[derive(Debug, Clone)]
pub struct Line {
    /// Where it is (without the line break).
    pub span: Span,
    /// Page furniture: menus, bylines, share buttons, repeated captions.
    pub junk: bool,
    /// Tokens of the line: `tokens[first..last]`.
    pub tokens: (usize, usize),
}

/// A sentence (never crosses a line break).
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Where it is.
    pub span: Span,
    /// Its tokens: `tokens[first..last]`.
    pub tokens: (usize, usize),
    /// The index of its line.
    pub line: usize,
}

/// A segmented text.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The text.
    pub text: &'a str,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// All lines, in order.
    pub lines: Vec<Line>,
    /// All sentences, in order.
    pub sentences: Vec<Sentence>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
}

/// Whether token `t` of `text` is the French "à" (folded "a", as the English article is).
pub fn french_a(t: &Token, text: &str) -> bool {
    t.fold == "a"
        && text
            .get(t.start..t.end)
            .is_some_and(|s| s == "à" || s == "À")
}

/// Splits `text` into tokens, numbered by the vocabulary ([`crate::vocab`]).
pub fn tokenize(text: &str) -> Vec<Token> {
    crate::token::split(text, crate::vocab::entry)
}

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: crate::vocab::List = crate::vocab::List::named("abbreviations");

/// Words that make a short line page furniture.
static MENU_WORDS: crate::vocab::List = crate::vocab::List::named("menu_words");

fn is_sentence_end(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.kind != TokKind::Punct {
        return false;
    }
    match t.fold.as_str() {
        // "Tangeni !Naruseb": a click letter glued to the word after it ends nothing.
        "!" => tokens
            .get(i + 1)
            .is_none_or(|n| n.space_before || n.newline_before || n.kind != TokKind::Word),
        "?" | "\u{2026}" => true,
        "." => {
            let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
                return false;
            };
            if prev.kind == TokKind::Punct && prev.fold == "." {
                return false;
            }
            let next = tokens.get(i + 1);
            if prev.kind == TokKind::Word && !t.space_before {
                let single_letter = prev.fold.chars().count() == 1;
                if single_letter || ABBREVIATIONS.contains(prev) {
                    // "M. Kaspersky", "U.S. Ambassador", "Nov. 10": not an end unless a
                    // line break follows.
                    return next.is_none_or(|n| n.newline_before);
                }
            }
            match next {
                None => true,
                Some(n) if n.newline_before => true,
                // "security.The MoU": glued sentences.
                Some(n) if !n.space_before => {
                    n.cap
                        && !n.upper
                        && prev.kind == TokKind::Word
                        && prev.fold.chars().count() >= 3
                        && !prev.cap
                }
                Some(n) => n.cap || n.kind == TokKind::Num || n.kind == TokKind::Punct,
            }
        }
        _ => false,
    }
}

impl<'a> Doc<'a> {
    /// Whether line `line` opens a new paragraph after line `prev`: a line comes between
    /// them, or a blank line does.
    pub fn new_paragraph(&self, prev: usize, line: usize) -> bool {
        if line <= prev {
            return false;
        }
        if line > prev + 1 {
            return true;
        }
        blank_between(self.text, &self.lines[prev], &self.lines[line])
    }

    /// Segments `text`.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut tokens = tokenize(text);
        let lines = split_lines(text, &tokens);
        // Sized for the usual sentence length, so that it rarely grows.
        let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
        let mut sentence_of = vec![0; tokens.len()];
        let mut carried: Option<(usize, usize)> = None;
        let wrap = wrap_width(text, &tokens, &lines);
        for (li, line) in lines.iter().enumerate() {
            let (first, last) = line.tokens;
            // A sentence soft-wrapped onto this line continues here.
            let (mut start, sent_line) = carried.take().unwrap_or((first, li));
            let mut i = first;
            while i < last {
                // Closing quotes and brackets right after the full stop stay in the sentence.
                if is_sentence_end(&tokens, i) {
                    let mut end = i + 1;
                    while end < last
                        && tokens[end].kind == TokKind::Punct
                        && !tokens[end].space_before
                        && matches!(tokens[end].fold.as_str(), "\"" | "'" | ")" | "]")
                    {
                        end += 1;
                    }
                    let owner = if start < first { sent_line } else { li };
                    push_sentence(&mut sentences, &mut sentence_of, &tokens, start, end, owner);
                    start = end;
                    i = end;
                    continue;
                }
                i += 1;
            }
            if start < last {
                let next_starts_lower = lines.get(li + 1).is_some_and(|n| {
                    let t = &tokens[n.tokens.0];
                    // A blank line ends a paragraph: nothing wraps across it.
                    let blank = blank_between(text, line, n);
                    // A hard-wrapped text (a PDF turned to text) breaks its lines near one
                    // width, whatever word comes next.
                    let wrapped = wrap.is_some_and(|w| line.span.end - line.span.start + 20 >= w)
                        && (t.kind == TokKind::Word || t.is_punct("("));
                    (t.kind == TokKind::Word && !t.cap || wrapped) && !n.junk && !blank
                });
                let open_end = (tokens[last - 1].kind == TokKind::Word
                    || (wrap.is_some()
                        && matches!(tokens[last - 1].fold.as_str(), "," | ";" | "-" | "(" | "&")))
                    && !line.junk;
                if next_starts_lower && open_end {
                    // A hard wrap inside a name ("National Cyber Security Coordination\nCentre")
                    // is a space.
                    if wrap.is_some() {
                        if let Some(t) = lines.get(li + 1).and_then(|n| tokens.get_mut(n.tokens.0))
                        {
                            t.newline_before = false;
                            t.space_before = true;
                        }
                    }
                    carried = Some((start, if start < first { sent_line } else { li }));
                } else {
                    let owner = if start < first { sent_line } else { li };
                    push_sentence(
                        &mut sentences,
                        &mut sentence_of,
                        &tokens,
                        start,
                        last,
                        owner,
                    );
                }
            }
        }
        if let Some((start, owner)) = carried {
            push_sentence(
                &mut sentences,
                &mut sentence_of,
                &tokens,
                start,
                tokens.len(),
                owner,
            );
        }
        Doc {
            text,
            tokens,
            lines,
            sentences,
            sentence_of,
        }
    }

    /// Whether token `k` is the French "à" ([`french_a`]).
    pub fn french_a(&self, k: usize) -> bool {
        french_a(&self.tokens[k], self.text)
    }

    /// The text of a token range.
    pub fn slice(&self, first: usize, last: usize) -> &'a str {
        if first >= last || last > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[first].start..self.tokens[last - 1].end]
    }

    /// The span of a token range.
    pub fn span(&self, first: usize, last: usize) -> Span {
        if first >= last || last > self.tokens.len() {
            return Span::new(0, 0);
        }
        Span::new(self.tokens[first].start, self.tokens[last - 1].end)
    }

    /// The tokens up to `n` before token `at`, not reaching back past the start of its
    /// sentence (empty when `at` is past the text).
    pub fn before_in_sentence(&self, at: usize, n: usize) -> std::ops::Range<usize> {
        match self.sentence_of.get(at) {
            Some(&s) => self.sentences[s].tokens.0.max(at.saturating_sub(n))..at,
            None => at..at,
        }
    }

    /// The folded form of token `k` when it stands before token `end`, else "" (a word
    /// past the end of a sentence or of the text reads as no word).
    pub fn fold_before(&self, k: usize, end: usize) -> &str {
        self.tokens
            .get(k)
            .filter(|_| k < end)
            .map_or("", |t| t.fold.as_str())
    }

    /// Whether the token's line is page furniture.
    pub fn in_junk(&self, token: usize) -> bool {
        let s = self.sentence_of.get(token).copied().unwrap_or(0);
        self.sentences
            .get(s)
            .is_some_and(|s| self.lines[s.line].junk)
    }

    /// Sentences that are not page furniture.
    pub fn body_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        self.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| !self.lines[s.line].junk)
    }
}

fn push_sentence(
    sentences: &mut Vec<Sentence>,
    sentence_of: &mut [usize],
    tokens: &[Token],
    first: usize,
    last: usize,
    line: usize,
) {
    let idx = sentences.len();
    for s in &mut sentence_of[first..last] {
        *s = idx;
    }
    sentences.push(Sentence {
        span: Span::new(tokens[first].start, tokens[last - 1].end),
        tokens: (first, last),
        line,
    });
}

/// Tokens compared by their folded forms.
struct Folds<'t>(&'t [Token]);

impl PartialEq for Folds<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(other.0).all(|(a, b)| a.fold == b.fold)
    }
}

impl Eq for Folds<'_> {}

impl Ord for Folds<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let folds = |f: &Self| f.0.iter().map(|t| t.fold.as_str());
        folds(self).cmp(folds(other))
    }
}

impl PartialOrd for Folds<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Whether a blank line stands between lines `a` and `b`: a paragraph ends there.
fn blank_between(text: &str, a: &Line, b: &Line) -> bool {
    text[a.span.end..b.span.start].matches('\n').count() >= 2
}

/// The width a hard-wrapped text (a PDF or an e-mail turned to text) breaks its lines at,
/// if it is one: no line is longer than 100 characters, and at least three lines that end
/// within 20 characters of the longest do so in mid-sentence, the next line following
/// with no blank line between. A web page's paragraphs are one line each.
fn wrap_width(text: &str, tokens: &[Token], lines: &[Line]) -> Option<usize> {
    let len = |l: &Line| text[l.span.start..l.span.end].trim_end().len();
    let widest = lines.iter().map(len).max()?;
    // Bytes: a few accented letters make a line look a little longer, no matter.
    if !(50..=110).contains(&widest) {
        return None;
    }
    let open = lines
        .windows(2)
        .filter(|w| {
            let (l, n) = (&w[0], &w[1]);
            let (a, b) = l.tokens;
            b > a
                && len(l) + 20 >= widest
                && !matches!(tokens[b - 1].fold.as_str(), "." | "!" | "?" | ":")
                && !blank_between(text, l, n)
        })
        .count();
    (open >= 3).then_some(widest)
}

fn split_lines(text: &str, tokens: &[Token]) -> Vec<Line> {
    let mut lines = Vec::with_capacity(tokens.len() / 12 + 1);
    let mut pos = 0;
    let mut tok = 0;
    let mut seen: crate::sort::Set<Folds<'_>> = crate::sort::Set::new();
    let bytes = text.as_bytes();
    let (mut related_list, mut seen_prose) = (false, false);
    while pos <= text.len() {
        let end = memchr_newline(bytes, pos).unwrap_or(text.len());
        let first = tok;
        while tok < tokens.len() && tokens[tok].start < end {
            tok += 1;
        }
        if first < tok {
            let mut s = pos;
            let mut e = end;
            // Trim the line to its tokens.
            s = s.max(tokens[first].start);
            e = e.min(tokens[tok - 1].end);
            let toks = &tokens[first..tok];
            let repeated =
                toks.len() >= 3 && (!seen.insert(Folds(toks)) || self_repeated(&text[s..e]));
            // The headlines listed under "Related" or "Lire aussi" are other stories': every
            // line without a sentence end after such a heading, up to the first prose line.
            let ends_sentence = toks
                .last()
                .is_some_and(|t| matches!(t.fold.as_str(), "." | "!" | "?" | "»" | "\""));
            if related_list && ends_sentence {
                related_list = false;
            }
            // Only below the story's first prose: a heading above it may stand over the
            // story's own headline.
            let heading = seen_prose && is_related_heading(toks);
            let junk =
                repeated || heading || related_list || is_junk_line(toks) || menu_bar(bytes, toks);
            related_list |= heading;
            seen_prose |= ends_sentence && !junk;
            lines.push(Line {
                span: Span::new(s, e),
                junk,
                tokens: (first, tok),
            });
        }
        if end >= text.len() {
            break;
        }
        pos = end + 1;
    }
    lines
}

/// Whether a line is one text written two or three times over, glued or with a space
/// between the copies: a scraped page's repeated headline ("Pact SignedPact Signed"), whose
/// glued words ("SignedPact") would join two copies into a name.
fn self_repeated(line: &str) -> bool {
    (2..=3).any(|n: usize| {
        ["", " "].iter().any(|sep| {
            let total = line.len() + sep.len();
            if total % n != 0 {
                return false;
            }
            let unit = total / n - sep.len();
            unit >= 12
                && line.is_char_boundary(unit)
                && line[..unit].contains(' ')
                && (1..n).all(|i| {
                    let at = i * (unit + sep.len());
                    line.get(at - sep.len()..at) == Some(*sep)
                        && line.get(at..at + unit) == Some(&line[..unit])
                })
        })
    })
}

/// The most words a `related_headings` phrase has (a test checks it).
const RELATED_HEADING_MAX_WORDS: usize = 4;

/// A line that is only a heading of a list of other articles ("Related posts", "Lire aussi
/// :", "More from Digital Affairs"): a `related_headings` phrase and at most three more words,
/// nothing after a colon.
fn is_related_heading(toks: &[Token]) -> bool {
    let words = || line_words(toks);
    // Most lines are prose, longer than any heading: no list to walk for them.
    let Some(first) = words().next() else {
        return false;
    };
    let count = words().count();
    if count > RELATED_HEADING_MAX_WORDS + 3 {
        return false;
    }
    word_list!("related_headings").iter().any(|h| {
        // The first word first: a byte comparison turns away nearly every heading.
        if !h
            .strip_prefix(first)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        {
            return false;
        }
        let n = h.split(' ').count();
        count <= n + 3 && count >= n && h.split(' ').zip(words()).all(|(a, b)| a == b)
    }) && !toks.last().is_some_and(|t| t.is_punct("."))
        // "Related: a headline" is one line of furniture, not a heading above a list.
        && toks
            .iter()
            .position(|t| t.is_punct(":"))
            .is_none_or(|c| c + 1 == toks.len())
}

fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map(|p| p + from)
}

/// The `junk_prefixes` word list split into words, each with the [`lead_key`] of its first
/// word, sorted by key: a line asks only the prefixes of its own keys.
static JUNK_PREFIX_WORDS: LazyLock<Vec<(u16, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut prefixes: Vec<(u16, Vec<&'static str>)> = word_list!("junk_prefixes")
        .iter()
        .map(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            (lead_key(words[0]), words)
        })
        .collect();
    crate::sort::by(&mut prefixes, |a, b| a.0.cmp(&b.0));
    prefixes
});

/// The junk prefixes ([`JUNK_PREFIX_WORDS`]) whose first word has the key `key`.
fn junk_prefixes_of(key: u16) -> impl Iterator<Item = &'static [&'static str]> {
    let all: &'static [(u16, Vec<&'static str>)] = &JUNK_PREFIX_WORDS;
    let from = all.partition_point(|(k, _)| *k < key);
    all[from..]
        .iter()
        .take_while(move |(k, _)| *k == key)
        .map(|(_, p)| p.as_slice())
}

/// A word's first two bytes: a line can start with a prefix only when its first word has
/// the key of the prefix's first word (prefix words have two bytes or more, or are whole).
fn lead_key(w: &str) -> u16 {
    let b = w.as_bytes();
    u16::from_be_bytes([
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ])
}

/// Whether `words` joined by spaces start with `prefix` (words): the prefix's last word
/// may be the start of a longer word ("subscribe" in "subscribers"). Words hold no spaces.
fn starts_with_words<'w>(mut words: impl Iterator<Item = &'w str>, prefix: &[&str]) -> bool {
    let Some((last, init)) = prefix.split_last() else {
        return true;
    };
    init.iter().all(|p| words.next() == Some(*p))
        && words.next().is_some_and(|w| w.starts_with(last))
}

/// A site's menu bar: three or more capitalised words and nothing else, each set apart by
/// two spaces or a tab ("Home  Threats  Policy  Events"), which no headline is.
fn menu_bar(bytes: &[u8], toks: &[Token]) -> bool {
    toks.len() >= 3
        && toks
            .iter()
            .all(|t| t.kind == TokKind::Word && (t.cap || t.upper))
        && toks.windows(2).all(|w| {
            let gap = &bytes[w[0].end..w[1].start];
            gap.len() >= 2 && gap.iter().all(|b| *b == b' ' || *b == b'\t') || gap == b"\t"
        })
}

/// The folded words of a line's tokens, punctuation left out.
fn line_words(toks: &[Token]) -> impl Iterator<Item = &str> + Clone {
    toks.iter()
        .filter(|t| t.kind != TokKind::Punct)
        .map(|t| t.fold.as_str())
}

fn is_junk_line(toks: &[Token]) -> bool {
    let words = || line_words(toks);
    let Some(first) = words().next() else {
        return true;
    };
    // A prefix is matched on the line's words, and on its first tokens with punctuation.
    let lead = || toks.iter().take(4).map(|t| t.fold.as_str());
    let (word_key, lead_key) = (lead_key(first), toks.first().map(|t| lead_key(&t.fold)));
    // A caption of the signing is no furniture: "Photo: X, director of A, and Y, CEO of B,
    // during the signing", "Légende : X et Y lors de la signature".
    let caption = word_set!("is_junk_line").contains_str(first)
        && toks.len() > 8
        && toks
            .iter()
            .any(|t| word_set!("caption_signing").contains(t));
    if !caption
        && (junk_prefixes_of(word_key).any(|p| starts_with_words(words(), p))
            || lead_key.is_some_and(|k| junk_prefixes_of(k).any(|p| starts_with_words(lead(), p))))
    {
        return true;
    }
    // One pass over the punctuation: separators, sentence ends, the first colon.
    let (mut separators, mut has_end, mut colon) = (0, false, None);
    for (k, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Punct {
            match t.fold.as_str() {
                "|" | "/" => separators += 1,
                "." | "!" | "?" => has_end = true,
                ":" if colon.is_none() => colon = Some(k),
                _ => {}
            }
        }
    }
    // Captions and credits: "[Photo: …]", "Photo : …", "Credit: …".
    if word_set!("is_junk_line").contains_str(first) && colon.is_some_and(|c| c < 4) && !caption {
        return true;
    }
    // Ticker lines and breadcrumb trails.
    if separators >= 3 {
        return true;
    }
    // Bylines: "By Jane Doe", "Par Jean Dupont", "By Monitoring Desk".
    if (first == "by" || first == "par")
        && words().nth(8).is_none()
        && toks.get(1).is_some_and(|t| t.cap)
    {
        return true;
    }
    if words().nth(4).is_none()
        && !has_end
        && toks
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .all(|t| MENU_WORDS.contains(t) || t.fold.bytes().all(|b| b.is_ascii_digit()))
    {
        return true;
    }
    // A caption in capitals followed by a colon: "SIGNED AND SEALED: …"; not a dateline of
    // two or three words before a lead that ends its sentence ("PORT RURI: A and B signed
    // … .").
    if let Some(colon) = colon {
        let dateline = has_end
            && colon <= 3
            && !toks[..colon]
                .iter()
                .any(|t| matches!(t.fold.as_str(), "and" | "et" | "&"));
        if colon >= 2
            && !dateline
            && toks[..colon]
                .iter()
                .all(|t| t.upper || t.kind == TokKind::Punct)
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_related_heading_is_longer_than_its_bound() {
        for h in word_list!("related_headings") {
            assert!(h.split(' ').count() <= RELATED_HEADING_MAX_WORDS, "{h}");
        }
    }

    #[test]
    fn prefix_keys_never_hide_a_prefix() {
        // A one-byte word is compared whole, so only a prefix of several words may start
        // with one ("a lire aussi").
        for p in word_list!("junk_prefixes") {
            let first = p.split(' ').next().unwrap_or_default();
            assert!(first.len() >= 2 || p.contains(' '), "{p}");
        }
        let doc = Doc::new(
            "À lire aussi : la suite
Related: more
Reader mail today
",
        );
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        assert_eq!(junk, [true, true, false]);
    }

    #[test]
    fn a_menu_bar_is_furniture_and_a_headline_is_not() {
        let doc = Doc::new(
            "Home  Threats  Policy  Events
Velor and Marenland CERTs sign pact
Accueil\tMenaces\tPolitique
",
        );
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        assert_eq!(junk, [true, false, true]);
    }

    #[test]
    fn a_caption_of_the_signing_is_no_furniture_but_a_credit_is() {
        let doc = Doc::new(
            "Photo: Reuters/Jane Roe
Photo: Jane Roe, director of the agency, and John Doe, CEO of Acme, during the signing.
Légende : Awa Sarr et Ousmane Ba, directeur d'Acme, lors de la signature.
",
        );
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        assert_eq!(junk, [true, false, false]);
    }

    #[test]
    fn a_headline_written_twice_on_one_line_is_furniture() {
        assert!(self_repeated("Harbor Pact SignedHarbor Pact Signed"));
        assert!(self_repeated("Harbor Pact Signed Harbor Pact Signed"));
        assert!(self_repeated(
            "Pacte de Port-Lune signéPacte de Port-Lune signéPacte de Port-Lune signé"
        ));
        assert!(!self_repeated("Harbor Pact Signed"));
        assert!(!self_repeated("abcabcabcabcabcabcabcabc"));
        assert!(!self_repeated("Harbor Pact Signed, Harbor Pact Signed"));
        let doc = Doc::new("Harbor Pact SignedHarbor Pact Signed\nHarbor Digital signed a pact.\n");
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        assert_eq!(junk, [true, false]);
    }

    #[test]
    fn prefixes_match_as_the_joined_words_would() {
        let cases = [
            (&["read", "more", "news"][..], "read more", true),
            (&["read", "moreover"], "read more", true),
            (&["readers", "more"], "read more", false),
            (&["read"], "read more", false),
            (&["subscribers"], "subscribe", true),
            (&[], "subscribe", false),
        ];
        for (words, prefix, want) in cases {
            let split: Vec<&str> = prefix.split(' ').collect();
            assert_eq!(words.join(" ").starts_with(prefix), want, "{prefix}");
            assert_eq!(
                starts_with_words(words.iter().copied(), &split),
                want,
                "{prefix}"
            );
        }
    }

    #[test]
    fn one_space_collapses_whitespace_like_split_whitespace() {
        for s in [
            "",
            " ",
            "plain words here",
            " padded ",
            "two  spaces",
            "line\nbreak",
            "tab\tand\r\n",
            "vt\u{0B}ff\u{0C}",
            "nbsp\u{A0}here",
            "thin\u{2009}space",
            "é accent  é",
            "ideographic\u{3000}space",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(one_space(s), want, "{s:?}");
        }
    }

    #[test]
    fn folds_accents_and_quotes() {
        assert_eq!(fold("Ministère d’État"), "ministere d'etat");
        assert_eq!(fold("CÔTE"), "cote");
    }

    #[test]
    fn splits_elisions_and_possessives() {
        let toks = tokenize("l’Agence de l'Etat and Kaspersky’s CERT-In");
        let words: Vec<&str> = toks.iter().map(|t| t.fold.as_str()).collect();
        assert_eq!(
            words,
            [
                "l'",
                "agence",
                "de",
                "l'",
                "etat",
                "and",
                "kaspersky",
                "'",
                "s",
                "cert-in"
            ]
        );
    }

    #[test]
    fn an_apostrophe_inside_a_name_is_a_letter_of_it() {
        let toks = tokenize("Sione Taufa’ahau and Sa'id, Aujourd'hui, They're Hawke's");
        let words: Vec<&str> = toks.iter().map(|t| t.fold.as_str()).collect();
        assert_eq!(
            words,
            [
                "sione",
                "taufa'ahau",
                "and",
                "sa'id",
                ",",
                "aujourd",
                "'",
                "hui",
                ",",
                "they",
                "'",
                "re",
                "hawke",
                "'",
                "s"
            ]
        );
        // A name in capitals keeps its apostrophe; a clitic in capitals does not.
        let toks = tokenize("NUKU'ALOFA, THEY'RE");
        let words: Vec<&str> = toks.iter().map(|t| t.fold.as_str()).collect();
        assert_eq!(words, ["nuku'alofa", ",", "they", "'", "re"]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_glued_stops() {
        let doc =
            Doc::new("Mr. A. Smith met the U.S. envoy on Nov. 10 in Oslo. They signed.It works.");
        let s: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| s.span.slice(doc.text))
            .collect();
        assert_eq!(
            s,
            [
                "Mr. A. Smith met the U.S. envoy on Nov. 10 in Oslo.",
                "They signed.",
                "It works."
            ]
        );
    }

    #[test]
    fn headlines_listed_under_a_related_heading_are_furniture() {
        let doc = Doc::new(
            "Acme reports a breach.\nLire aussi :\nAcme et Beta signent un accord\nGamma \
             recrute\nThe company said more.\nMore from Tech\nDelta and Epsilon sign pact\n",
        );
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        assert_eq!(junk, [false, true, true, true, false, true, true]);
    }

    #[test]
    fn flags_page_furniture() {
        let doc = Doc::new("Facebook\nLinkedIn\nBy Jane Doe\nALSO READ: Something else\nThe agency signed a deal.\nThe agency signed a deal.");
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        assert_eq!(junk, [true, true, true, true, false, true]);
    }

    #[test]
    fn headlines_under_a_related_heading_are_furniture() {
        let text =
            "Related\nAcme and Kestrel sign cyber pact\n\nThe agency signed a memorandum.\n\n\
                    You may also like:\nBorduria, Ruritania ink data deal in Port Ruri\n\
                    Police sign cybercrime pact\n\nThe story goes on here.\nLast headline";
        let doc = Doc::new(text);
        let junk: Vec<bool> = doc.lines.iter().map(|l| l.junk).collect();
        // A heading above the story's first prose line leaves the headline under it alone;
        // below it, the listed headlines are furniture up to the next prose line.
        assert_eq!(junk, [true, false, false, true, true, true, false, false]);
    }

    #[test]
    fn soft_wrapped_lines_make_one_sentence() {
        let doc = Doc::new("An agreement between the agency and the\nfirm was signed.\nNext line.");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(
            doc.sentences[0].span.slice(doc.text),
            "An agreement between the agency and the\nfirm was signed."
        );
    }

    #[test]
    fn offsets_survive_crlf_and_multibyte() {
        let text = "Étape un.\r\nDeuxième 🚀 étape.";
        let doc = Doc::new(text);
        for t in &doc.tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(doc.sentences.len(), 2);
    }
}
