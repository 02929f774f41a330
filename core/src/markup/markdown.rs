//! Markdown → plain text, line by line, keeping the words and dropping the marks.
//!
//! Headings lose their `#`, emphasis its `*` and `_`, code its backticks, links keep their
//! text (`[text](url)` → `text`), images and link reference definitions go, and so do HTML
//! tags, comments, scripts and styles. List items stay one a line with a plain `-` (or their
//! number). YAML (`---`) or TOML (`+++`) front matter is dropped, except its `date` (written
//! as a first line `date YYYY-MM-DD`) and its `title` (kept as the headline when the body
//! has no `#` heading). This is not a CommonMark renderer: nested constructs are read
//! one level deep, which is all article text needs, and every step is linear in the input.

use crate::hash::HashSet;
use std::borrow::Cow;

use super::{date_line, entities, iso_date_prefix};

/// The plain text of a Markdown document.
///
/// ```
/// use accord_core::markup::markdown_to_text;
///
/// let md = "---\ntitle: x\ndate: 2024-11-19\n---\n# Pact *signed*\n\nSee [the text](https://example.org) `now`.";
/// assert_eq!(markdown_to_text(md), "date 2024-11-19\nPact signed\n\nSee the text now.");
/// ```
pub fn markdown_to_text(md: &str) -> String {
    let md = md.strip_prefix('\u{FEFF}').unwrap_or(md);
    let (front, body) = split_front_matter(md);
    let body = strip_raw_html(body);
    let refs: HashSet<String> = body.lines().filter_map(reference_label).collect();

    let mut out = Output::default();
    let mut fence: Option<(u8, usize)> = None;
    let mut has_heading = false;
    for line in body.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((mark, len)) = fence {
            if fence_of(trimmed).is_some_and(|(m, l)| m == mark && l >= len) && indent < 4 {
                fence = None;
                out.blank();
            } else {
                out.line(line.trim_end());
            }
            continue;
        }
        if indent < 4 {
            if let Some(open) = fence_of(trimmed) {
                fence = Some(open);
                out.blank();
                continue;
            }
        }
        if trimmed.is_empty() || is_rule(trimmed) || reference_label(line).is_some() {
            out.blank();
            continue;
        }
        let mut rest = trimmed;
        while let Some(quoted) = rest.strip_prefix('>') {
            rest = quoted.trim_start();
        }
        if let Some(heading) = heading_text(rest) {
            has_heading |= rest.starts_with("# ") || rest == "#";
            out.blank();
            out.line(&inline(heading, &refs));
            out.blank();
            continue;
        }
        if is_table_rule(rest) {
            continue;
        }
        if let Some(row) = rest.strip_prefix('|') {
            let row = row.trim_end().strip_suffix('|').unwrap_or(row);
            let cells: Vec<String> = row.split('|').map(|c| inline(c.trim(), &refs)).collect();
            out.line(&cells.join(" | "));
            continue;
        }
        let (marker, item) = list_marker(rest);
        let text = inline(item, &refs);
        if marker.is_empty() {
            out.line(&text);
        } else {
            out.line(&format!("{marker} {text}"));
        }
    }

    let mut text = String::new();
    if let Some(front) = front {
        if let Some(date) = front_value(front, &["date", "published", "pubdate", "published_at"])
            .as_deref()
            .and_then(iso_date_prefix)
        {
            text.push_str(&date_line(date));
        }
        if !has_heading {
            if let Some(title) = front_value(front, &["title"]) {
                text.push_str(&title);
                text.push_str("\n\n");
            }
        }
    }
    text.push_str(out.out.trim_end());
    text
}

/// The front matter (without its fences) and the rest, when the document starts with one.
fn split_front_matter(md: &str) -> (Option<&str>, &str) {
    for fence in ["---", "+++"] {
        let Some(after) = md.strip_prefix(fence) else {
            continue;
        };
        let Some(after) = after
            .trim_start_matches([' ', '\t'])
            .strip_prefix('\n')
            .or_else(|| after.trim_start_matches([' ', '\t']).strip_prefix("\r\n"))
        else {
            continue;
        };
        let mut offset = 0;
        for line in after.split_inclusive('\n') {
            let bare = line.trim_end();
            if bare == fence || (fence == "---" && bare == "...") {
                return (Some(&after[..offset]), &after[offset + line.len()..]);
            }
            offset += line.len();
        }
    }
    (None, md)
}

/// The value of the first of `keys` in front matter (`key: value` or `key = value`), without
/// quotes.
fn front_value(front: &str, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| {
        front.lines().find_map(|line| {
            let at = line.find([':', '='])?;
            let (k, v) = (&line[..at], &line[at + 1..]);
            if !k.trim().eq_ignore_ascii_case(key) || line.starts_with([' ', '\t']) {
                return None;
            }
            let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            (!v.is_empty()).then(|| v.to_string())
        })
    })
}

/// The document with HTML comments and `<script>`/`<style>` elements removed (they may span
/// lines; an unclosed one runs to the end).
fn strip_raw_html(body: &str) -> String {
    let lower = body.to_ascii_lowercase();
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while let Some(found) = lower[pos..].find('<') {
        let at = pos + found;
        let rest = &lower[at..];
        let close = if rest.starts_with("<!--") {
            Some("-->")
        } else if rest.starts_with("<script") {
            Some("</script")
        } else if rest.starts_with("<style") {
            Some("</style")
        } else {
            None
        };
        out.push_str(&body[pos..at]);
        match close {
            Some(close) => {
                let end = lower[at + 1..]
                    .find(close)
                    .map_or(body.len(), |i| at + 1 + i);
                // Skip the end tag up to its `>` (a comment's `-->` is complete).
                let end = if close == "-->" {
                    (end + 3).min(body.len())
                } else {
                    lower[end..].find('>').map_or(body.len(), |i| end + i + 1)
                };
                pos = end;
            }
            None => {
                out.push('<');
                pos = at + 1;
            }
        }
    }
    out.push_str(&body[pos..]);
    out
}

/// The label of a link reference definition line (`[label]: url "title"`), lowercase.
fn reference_label(line: &str) -> Option<String> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let inner = trimmed.strip_prefix('[')?;
    let (label, rest) = inner.split_once("]:")?;
    if label.is_empty() || label.contains(['[', ']']) || rest.trim().is_empty() {
        return None;
    }
    Some(crate::lower::lowercase(label.trim()))
}

/// The mark and length of a code fence opening (```` ``` ```` or `~~~`).
fn fence_of(trimmed: &str) -> Option<(u8, usize)> {
    let mark = *trimmed.as_bytes().first()?;
    if mark != b'`' && mark != b'~' {
        return None;
    }
    let len = trimmed.bytes().take_while(|&b| b == mark).count();
    (len >= 3).then_some((mark, len))
}

/// A thematic break or a setext underline: only `-`, `*`, `_` or `=` (and spaces).
fn is_rule(trimmed: &str) -> bool {
    let Some(mark) = trimmed.chars().next() else {
        return false;
    };
    if !matches!(mark, '-' | '*' | '_' | '=') {
        return false;
    }
    let count = trimmed.chars().filter(|&c| c == mark).count();
    trimmed.chars().all(|c| c == mark || c == ' ' || c == '\t') && (mark == '=' || count >= 3)
}

/// A table's header rule: `|---|:--:|`.
fn is_table_rule(line: &str) -> bool {
    line.contains('-')
        && line.contains('|')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The text of an ATX heading (`## Title ##`).
fn heading_text(line: &str) -> Option<&str> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim();
    let closed = rest.trim_end_matches('#');
    Some(if closed.is_empty() || closed.ends_with([' ', '\t']) {
        closed.trim_end()
    } else {
        rest
    })
}

/// The list marker of a line (`-` for bullets, `3.` for ordered items) and the item text.
fn list_marker(line: &str) -> (&str, &str) {
    let bytes = line.as_bytes();
    let spaced = |at: usize| bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t');
    match bytes.first() {
        Some(b'-' | b'*' | b'+') if spaced(1) => ("-", line[2..].trim_start()),
        Some(b) if b.is_ascii_digit() => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits <= 9 && matches!(bytes.get(digits), Some(b'.' | b')')) && spaced(digits + 1) {
                (&line[..digits + 1], line[digits + 2..].trim_start())
            } else {
                ("", line)
            }
        }
        _ => ("", line),
    }
}

/// Finds the next occurrence of a byte, remembering the last answer so that a scan that only
/// moves forward costs linear time in total (no rescans for `[[[[…]`).
struct Next {
    byte: u8,
    from: usize,
    at: usize,
    valid: bool,
}

impl Next {
    fn new(byte: u8) -> Self {
        Next {
            byte,
            from: 0,
            at: 0,
            valid: false,
        }
    }

    fn find(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if !(self.valid && self.from <= from && from <= self.at) {
            self.at = bytes[from.min(bytes.len())..]
                .iter()
                .position(|&b| b == self.byte)
                .map_or(bytes.len(), |i| from + i);
            self.from = from;
            self.valid = true;
        }
        (self.at < bytes.len()).then_some(self.at)
    }
}

/// One line's inline markup reduced to text.
fn inline(line: &str, refs: &HashSet<String>) -> String {
    let line = remove_images(line);
    let mut out = String::with_capacity(line.len());
    inline_into(&line, refs, &mut out, true);
    let mut decoded = String::with_capacity(out.len());
    entities::decode_into(&out, &mut decoded, true);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The line without its images (`![alt](src)`, `![alt][ref]`), so that a linked image
/// (`[![badge](b.svg)](url)`) leaves an empty link.
fn remove_images(line: &str) -> Cow<'_, str> {
    if !line.contains("![") {
        return Cow::Borrowed(line);
    }
    let bytes = line.as_bytes();
    let (mut close_bracket, mut close_paren) = (Next::new(b']'), Next::new(b')'));
    let mut out = String::with_capacity(line.len());
    let (mut i, mut copied) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'!' && bytes.get(i + 1) == Some(&b'[') {
            if let Some((_, end)) = link_end(bytes, i + 1, &mut close_bracket, &mut close_paren) {
                out.push_str(&line[copied..i]);
                copied = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&line[copied..]);
    Cow::Owned(out)
}

fn inline_into(line: &str, refs: &HashSet<String>, out: &mut String, links: bool) {
    let bytes = line.as_bytes();
    let (mut close_bracket, mut close_paren, mut close_angle) =
        (Next::new(b']'), Next::new(b')'), Next::new(b'>'));
    let mut tick = Next::new(b'`');
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.push(char::from(bytes[i + 1]));
                i += 2;
            }
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'`').count();
                let close = tick.find(bytes, i + run);
                let close_run =
                    close.map_or(0, |c| bytes[c..].iter().take_while(|&&x| x == b'`').count());
                match close {
                    Some(c) if close_run == run => {
                        out.push_str(line[i + run..c].trim());
                        i = c + run;
                    }
                    _ => {
                        out.push_str(&line[i..i + run]);
                        i += run;
                    }
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                // An image: dropped with its alt text.
                match link_end(bytes, i + 1, &mut close_bracket, &mut close_paren) {
                    Some((_, end)) => i = end,
                    None => {
                        out.push('!');
                        i += 1;
                    }
                }
            }
            b'[' if links => match link_end(bytes, i, &mut close_bracket, &mut close_paren) {
                Some((text_end, end)) => {
                    inline_into(&line[i + 1..text_end], refs, out, false);
                    i = end;
                }
                None => {
                    let label_end = close_bracket.find(bytes, i + 1);
                    let label = label_end.map(|j| &line[i + 1..j]);
                    match (label_end, label) {
                        (Some(j), Some(label)) if label.starts_with('^') => i = j + 1,
                        (Some(j), Some(label))
                            if refs.contains(&crate::lower::lowercase(label.trim())) =>
                        {
                            inline_into(label, refs, out, false);
                            i = j + 1;
                        }
                        _ => {
                            out.push('[');
                            i += 1;
                        }
                    }
                }
            },
            b'<' => {
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                let end = if next.is_ascii_alphabetic() || next == b'/' {
                    close_angle.find(bytes, i + 1)
                } else {
                    None
                };
                match end {
                    Some(end) => {
                        let inner = &line[i + 1..end];
                        if inner.contains("://") || inner.starts_with("mailto:") {
                            out.push_str(inner.trim_start_matches("mailto:"));
                        }
                        i = end + 1;
                    }
                    None => {
                        out.push('<');
                        i += 1;
                    }
                }
            }
            b'*' | b'_' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b).count();
                let before = line[..i].chars().next_back();
                let after = line[i + run..].chars().next();
                let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
                let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                let literal = (space(before) && space(after)) || (word(before) && word(after));
                if literal {
                    out.push_str(&line[i..i + run]);
                }
                i += run;
            }
            _ => {
                let len = utf8_len(b);
                out.push_str(&line[i..(i + len).min(line.len())]);
                i += len;
            }
        }
    }
}

/// For `[text](url)` or `[text][ref]` starting at `open`: the end of the text and the index
/// just past the whole link.
fn link_end(
    bytes: &[u8],
    open: usize,
    close_bracket: &mut Next,
    close_paren: &mut Next,
) -> Option<(usize, usize)> {
    let text_end = close_bracket.find(bytes, open + 1)?;
    match bytes.get(text_end + 1) {
        Some(b'(') => Some((text_end, close_paren.find(bytes, text_end + 2)? + 1)),
        Some(b'[') => Some((text_end, close_bracket.find(bytes, text_end + 2)? + 1)),
        _ => None,
    }
}

/// Length of the UTF-8 sequence that starts with `b` (1 for a stray continuation byte, which
/// cannot happen in a `&str` at a char boundary).
fn utf8_len(b: u8) -> usize {
    match b {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// Lines out, with at most one blank line between paragraphs.
#[derive(Default)]
struct Output {
    out: String,
    blank: bool,
}

impl Output {
    fn line(&mut self, line: &str) {
        if line.trim().is_empty() {
            return self.blank();
        }
        if self.blank && !self.out.is_empty() {
            self.out.push('\n');
        }
        self.blank = false;
        self.out.push_str(line);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        self.blank = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        markdown_to_text(md)
    }

    #[test]
    fn headings_emphasis_code_and_links() {
        let md = "# Accord *signé* #\n\nLe **CERT** et l'_ANSSI_ ont signé `un protocole`.\n\
                  Voir [le communiqué](https://example.org/a_(b)) et [ici][ref].\n\n\
                  [ref]: https://example.org \"Title\"\n\nSetext\n======\nnext";
        assert_eq!(
            text(md),
            "Accord signé\n\nLe CERT et l'ANSSI ont signé un protocole.\n\
             Voir le communiqué) et ici.\n\nSetext\n\nnext"
        );
    }

    #[test]
    fn images_html_and_comments_go() {
        let md = "![logo](logo.png) Text <b>bold</b> [![badge](b.svg)](https://x)\n\
                  <!-- hidden\ncomment -->\n<script>alert('x')\n</script>\nAfter <https://example.org>.";
        assert_eq!(text(md), "Text bold\n\nAfter https://example.org.");
    }

    #[test]
    fn lists_quotes_tables_and_fences() {
        let md = "Intro:\n\n* first\n+ second\n- third\n1. one\n2) two\n\n> quoted *text*\n\n\
                  | a | b |\n|---|:-:|\n| 1 | 2 |\n\n```rust\nlet x_y = 1; // *kept*\n```\n\n---\nend";
        assert_eq!(
            text(md),
            "Intro:\n\n- first\n- second\n- third\n1. one\n2) two\n\nquoted text\n\n\
             a | b\n1 | 2\n\nlet x_y = 1; // *kept*\n\nend"
        );
    }

    #[test]
    fn intraword_and_lone_marks_stay() {
        assert_eq!(
            text("snake_case and 5 * 3 and \\*escaped\\*"),
            "snake_case and 5 * 3 and *escaped*"
        );
        assert_eq!(text("AT&amp;T &eacute;t&eacute; [^1] a[b"), "AT&T été a[b");
    }

    #[test]
    fn front_matter_date_and_title() {
        let md = "---\ntitle: \"Pact signed\"\ndate: 2024-11-19T10:00:00Z\ntags: [a]\n---\nBody.";
        assert_eq!(text(md), "date 2024-11-19\nPact signed\n\nBody.");
        let toml = "+++\ndate = \"2024-03-01\"\n+++\n# Heading\nBody";
        assert_eq!(text(toml), "date 2024-03-01\nHeading\n\nBody");
        // An unterminated block is not front matter but a rule and text.
        assert_eq!(
            text("---\ndate: 2024-01-01\nBody"),
            "date: 2024-01-01\nBody"
        );
    }

    #[test]
    fn random_markdown_never_panics() {
        const PARTS: &[&str] = &[
            "#",
            "# ",
            "*",
            "_",
            "`",
            "```",
            "~~~",
            "[",
            "]",
            "(",
            ")",
            "!",
            "<",
            ">",
            "/",
            "\\",
            "---",
            "+++",
            "\n",
            " ",
            "-",
            "1.",
            "|",
            ":",
            "date: 2024-01-02",
            "<!--",
            "-->",
            "<script>",
            "</script>",
            "é",
            "&amp;",
            "&",
            "text",
            "[ref]: u",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = next() % 120;
            let doc: String = (0..len)
                .map(|_| PARTS[(next() % PARTS.len() as u64) as usize])
                .collect();
            let out = text(&doc);
            assert!(!out.contains("\n\n\n"), "{doc:?} -> {out:?}");
        }
    }

    #[test]
    fn pathological_inputs_are_linear() {
        let n = 100_000;
        for md in [
            "[".repeat(n),
            "[a](".repeat(n),
            "`".repeat(n),
            "` ``".repeat(n),
            "*_".repeat(n),
            "<a".repeat(n),
            "![".repeat(n),
            "<!--".repeat(n),
            "\\".repeat(n),
            "#".repeat(n),
        ] {
            let _ = text(&md);
        }
        let _ = text(&format!("{}]", "[".repeat(n)));
        assert_eq!(text("é`ü`[ö](x)"), "éüö");
    }
}
