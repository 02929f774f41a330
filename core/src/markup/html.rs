//! HTML page → plain text of its article, with a tolerant hand-written tokenizer.
//!
//! One pass tokenizes the page (tags, text, comments, raw-text elements such as `<script>`)
//! and keeps a stack of open elements, never recursing, so malformed or deeply nested markup
//! costs linear time and no stack. Text is recorded as pieces tagged with where they stand:
//! in page furniture (`<nav>`, `<aside>`, `<form>`, `<button>`, page `<header>`/`<footer>`,
//! menus, share bars…), in which top-level `<article>`, in `<main>`, in which `<h1>`. A second
//! step picks the article's pieces and lays them out as paragraphs. Invisible content is
//! dropped outright: scripts, styles, `<template>`, `<svg>`, `<iframe>`, `<object>`, the
//! `<head>` (its `<title>` is kept aside as a fallback headline), and elements hidden with
//! `hidden` or inline `display:none`.
//!
//! This is not an HTML5 parser: there is no adoption agency, no implied `<tbody>`, and no
//! CSS beyond inline styles. It only needs to find the words a reader sees.

use crate::hash::HashMap;

use super::{date_line, entities, iso_date_prefix};
use crate::date::Date;

/// The plain text of an HTML page's article.
///
/// Block elements become line breaks, with one blank line between paragraphs; runs of
/// spaces collapse; character references are decoded (`&nbsp;` becomes a space). The
/// first lines are `date YYYY-MM-DD` when the page states its publication date, then the
/// headline when the article itself has no `<h1>` (the page's `<h1>`, or its `<title>`).
///
/// ```
/// use accord_core::markup::html_to_text;
///
/// let page = r#"<html><head><title>Site</title><script>alert(1)</script></head>
///   <body><nav><a href="/">Home</a></nav>
///   <article><h1>Pact signed</h1><p>Ruritania &amp; Freedonia
///   signed a <b>cybersecurity</b> pact.</p></article></body></html>"#;
/// assert_eq!(html_to_text(page), "Pact signed\n\nRuritania & Freedonia signed a cybersecurity pact.");
/// ```
pub fn html_to_text(html: &str) -> String {
    let mut tokenizer = Tokenizer {
        src: html,
        pos: 0,
        raw: None,
    };
    let mut builder = Builder::default();
    while let Some(token) = tokenizer.next_token() {
        match token {
            Token::Text(text) => builder.text(text),
            Token::Raw(text) => builder.raw_text(text),
            Token::Start(tag) => tokenizer.raw = builder.start(&tag),
            Token::End(name) => builder.end(&name),
        }
    }
    builder.finish()
}

// ---------------------------------------------------------------------------------------
// Tokenizer

/// One token of the page.
enum Token<'a> {
    /// Text between tags, character references not yet decoded.
    Text(&'a str),
    /// The content of a raw-text element (`<script>`, `<style>`, `<title>`…).
    Raw(&'a str),
    /// A start tag.
    Start(Tag<'a>),
    /// An end tag, its name in lowercase.
    End(String),
}

/// A start tag: lowercase name, attributes (lowercase names, raw values), `/>`.
struct Tag<'a> {
    name: String,
    attrs: Vec<(String, &'a str)>,
    self_closing: bool,
}

impl Tag<'_> {
    /// The raw value of attribute `name`.
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|&(_, v)| v)
    }
}

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// Set by the tree builder after a raw-text start tag: the content runs to `</name`.
    raw: Option<String>,
}

impl<'a> Tokenizer<'a> {
    fn next_token(&mut self) -> Option<Token<'a>> {
        let src = self.src;
        let bytes = src.as_bytes();
        loop {
            if self.pos >= bytes.len() {
                return None;
            }
            if let Some(name) = self.raw.take() {
                let end = find_end_tag(bytes, self.pos, name.as_bytes());
                let text = &src[self.pos..end];
                self.pos = end;
                if !text.is_empty() {
                    return Some(Token::Raw(text));
                }
                continue;
            }
            let start = self.pos;
            if bytes[start] != b'<' {
                let end = find_byte(bytes, start, b'<');
                self.pos = end;
                return Some(Token::Text(&src[start..end]));
            }
            match bytes.get(start + 1) {
                Some(b'!') if bytes[start..].starts_with(b"<!--") => {
                    // `<!-->` and `<!--->` are complete (empty) comments, as in browsers.
                    let body = start + 4;
                    self.pos = if bytes[body..].starts_with(b">") {
                        body + 1
                    } else if bytes[body..].starts_with(b"->") {
                        body + 2
                    } else {
                        find_seq(bytes, body, b"-->").map_or(bytes.len(), |i| i + 3)
                    };
                }
                Some(b'!' | b'?') => {
                    // Doctype, CDATA, processing instruction: skipped up to `>`.
                    self.pos = (find_byte(bytes, start, b'>') + 1).min(bytes.len());
                }
                Some(b'/') => match bytes.get(start + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let name_end = tag_name_end(bytes, start + 2);
                        let name = src[start + 2..name_end].to_ascii_lowercase();
                        // End tags may carry (ignored) attributes; quotes still matter.
                        let (_, _, end) = scan_attributes(src, name_end)?;
                        self.pos = end;
                        return Some(Token::End(name));
                    }
                    Some(b'>') => self.pos = start + 3,
                    Some(_) => self.pos = (find_byte(bytes, start, b'>') + 1).min(bytes.len()),
                    None => {
                        self.pos = bytes.len();
                        return Some(Token::Text(&src[start..]));
                    }
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    let name_end = tag_name_end(bytes, start + 1);
                    let name = src[start + 1..name_end].to_ascii_lowercase();
                    // A tag cut off by the end of the input is dropped, as browsers do.
                    let (attrs, self_closing, end) = scan_attributes(src, name_end)?;
                    self.pos = end;
                    return Some(Token::Start(Tag {
                        name,
                        attrs,
                        self_closing,
                    }));
                }
                _ => {
                    // A `<` that opens no tag is text.
                    self.pos = start + 1;
                    return Some(Token::Text("<"));
                }
            }
        }
    }
}

/// Index of the first `byte` at or after `from`, or the length.
fn find_byte(bytes: &[u8], from: usize, byte: u8) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == byte)
        .map_or(bytes.len(), |i| from + i)
}

/// Index of the first occurrence of `needle` (of 2 or more bytes) at or after `from`.
fn find_seq(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        i = find_byte(bytes, i, needle[0]);
        if bytes[i..].starts_with(needle) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Where the raw text that started at `from` ends: at `</name` followed by a space, `/`,
/// `>` or the end of input (any case), or at the end of input.
fn find_end_tag(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(at) = find_seq(bytes, i, b"</") {
        let after = at + 2 + name.len();
        let matches = bytes
            .get(at + 2..after)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name));
        let boundary = bytes
            .get(after)
            .is_none_or(|&b| is_tag_space(b) || b == b'/' || b == b'>');
        if matches && boundary {
            return at;
        }
        i = at + 2;
    }
    bytes.len()
}

fn is_tag_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// End of a tag name that starts at `from`.
fn tag_name_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() && !is_tag_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    i
}

/// The attributes of a tag from `from` (just after its name) to its `>`: the attributes, the
/// self-closing flag and the index after the `>`. `None` when the input ends first.
#[allow(clippy::type_complexity)]
fn scan_attributes(src: &str, from: usize) -> Option<(Vec<(String, &str)>, bool, usize)> {
    let bytes = src.as_bytes();
    let mut attrs = Vec::new();
    let mut i = from;
    let skip_space = |mut i: usize| {
        while i < bytes.len() && is_tag_space(bytes[i]) {
            i += 1;
        }
        i
    };
    loop {
        i = skip_space(i);
        match bytes.get(i)? {
            b'>' => return Some((attrs, false, i + 1)),
            b'/' => {
                i += 1;
                if bytes.get(i) == Some(&b'>') {
                    return Some((attrs, true, i + 1));
                }
                continue;
            }
            _ => {}
        }
        let name_start = i;
        i += 1; // The first character may be `=`, as in HTML.
        while i < bytes.len() && !is_tag_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=')
        {
            i += 1;
        }
        let name = src[name_start..i].to_ascii_lowercase();
        i = skip_space(i);
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i = skip_space(i + 1);
            match *bytes.get(i)? {
                quote @ (b'"' | b'\'') => {
                    let close = find_byte(bytes, i + 1, quote);
                    if close >= bytes.len() {
                        return None;
                    }
                    value = &src[i + 1..close];
                    i = close + 1;
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && !is_tag_space(bytes[i]) && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = &src[start..i];
                }
            }
        }
        attrs.push((name, value));
    }
}

// ---------------------------------------------------------------------------------------
// Tree builder

/// Where a piece of text stands in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ctx {
    /// Inside page furniture.
    furniture: bool,
    /// Number of the enclosing top-level `<article>` (from 1), 0 outside any.
    article: u32,
    /// Inside `<main>` (or `role="main"`).
    main: bool,
    /// Number of the enclosing `<h1>` (from 1), 0 outside any.
    h1: u32,
}

#[derive(Debug, Clone, Copy)]
enum PieceKind {
    /// Text: a byte range of `Builder::buf`.
    Text(usize, usize),
    /// A line break (1) or a paragraph break (2).
    Break(u8),
    /// A separator that is at least a space (between table cells).
    Space,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    kind: PieceKind,
    ctx: Ctx,
}

// What an open element contributes to the context (bit flags).
const DROP: u16 = 1;
const FURNITURE: u16 = 1 << 1;
const MAIN: u16 = 1 << 2;
const SECTION: u16 = 1 << 3;
const ARTICLE: u16 = 1 << 4;
const H1: u16 = 1 << 5;
const HEAD: u16 = 1 << 6;
const FOREIGN: u16 = 1 << 7;
const TITLE: u16 = 1 << 8;
const PRE: u16 = 1 << 9;

struct Open {
    name: u32,
    flags: u16,
    block: u8,
}

#[derive(Default)]
struct Builder {
    buf: String,
    pieces: Vec<Piece>,
    stack: Vec<Open>,
    names: HashMap<String, u32>,
    /// Open elements per interned name, so an end tag with no open element costs O(1).
    open_counts: Vec<u32>,
    drop: u32,
    furniture: u32,
    main: u32,
    section: u32,
    article_depth: u32,
    article: u32,
    articles_seen: u32,
    h1_depth: u32,
    h1: u32,
    h1_seen: u32,
    head: u32,
    foreign: u32,
    /// Inside `<pre>`: line breaks in text are kept.
    pre: u32,
    in_title: bool,
    title: Option<String>,
    /// The `og:title` (or `twitter:title`) meta headline, which has no site name.
    meta_title: Option<String>,
    /// The best publication date from meta tags, with its rank (lower is better).
    meta_date: Option<(u8, Date)>,
    /// `<time datetime>` dates in the body, in order.
    time_dates: Vec<(Ctx, Date)>,
}

/// Elements whose content is never shown.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "textarea",
    "xmp", "noembed", "noframes", "canvas", "video", "audio", "map", "datalist",
];

/// Elements that are page furniture wherever they are.
const FURNITURE_ELEMENTS: &[&str] = &["nav", "aside", "form", "button", "select", "dialog", "menu"];

/// `role` values of page furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
];

/// Class and id tokens of page furniture (compared whole, lowercase).
const FURNITURE_CLASSES: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "breadcrumb",
    "breadcrumbs",
    "comment-list",
    "comments",
    "cookie-banner",
    "cookie-consent",
    "cookie-notice",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "related",
    "related-articles",
    "related-posts",
    "screen-reader-text",
    "share",
    "share-buttons",
    "sharing",
    "sidebar",
    "site-footer",
    "site-header",
    "skip-link",
    "social-share",
    "sr-only",
    "visually-hidden",
];

/// Class and id tokens of the page's own header and footer: furniture only outside an
/// article, `<main>` or `<section>` (an article's footer holds its tags and credits).
const PAGE_FRAME_CLASSES: &[&str] = &["footer", "header", "masthead", "site-nav", "topbar"];

/// Class and id tokens of CMS article bodies, read like `<article>`.
const ARTICLE_CLASSES: &[&str] = &[
    "article-body",
    "article-content",
    "article__body",
    "article__content",
    "articlebody",
    "entry-content",
    "post-body",
    "post-content",
    "story-body",
    "story-content",
];

/// Whether the element's `class` or `id` has one of `tokens` (whole, any case).
fn has_class(tag: &Tag<'_>, tokens: &[&str]) -> bool {
    ["class", "id"]
        .iter()
        .filter_map(|a| tag.attr(a))
        .any(|value| {
            value
                .split_ascii_whitespace()
                .any(|token| tokens.iter().any(|t| t.eq_ignore_ascii_case(token)))
        })
}

/// Elements allowed in `<head>`; any other start tag closes it.
const HEAD_ELEMENTS: &[&str] = &[
    "title", "meta", "link", "style", "script", "base", "noscript", "template", "basefont",
    "bgsound",
];

/// Elements whose content the tokenizer reads as raw text (outside SVG and MathML).
const RAW_TEXT: &[&str] = &[
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
];

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// The break a block element makes before and after itself: 2 for a paragraph, 1 for a line.
fn block_break(name: &str) -> u8 {
    match name {
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "figure"
        | "figcaption" | "table" | "ul" | "ol" | "dl" | "section" | "article" | "main"
        | "header" | "footer" | "address" | "hr" | "details" | "summary" | "fieldset"
        | "center" | "nav" | "aside" | "form" | "hgroup" | "legend" | "body" => 2,
        "br" | "li" | "tr" | "dt" | "dd" | "caption" | "option" | "tbody" | "thead" | "tfoot" => 1,
        _ => 0,
    }
}

/// `text` on one line: runs of whitespace made single spaces, invisible characters gone.
fn collapse(text: &str) -> String {
    let mut writer = Writer::default();
    writer.text(text);
    writer.finish()
}

/// A `<title>` without the site name pages append (`Headline | Site`, `Headline - Site`):
/// the last segment goes when it is short and the rest is longer.
fn without_site_name(title: &str) -> &str {
    let cut = [" | ", " – ", " — ", " - ", " :: ", " · "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, at + sep.len())))
        .max_by_key(|&(at, _)| at);
    match cut {
        Some((at, rest)) if title.len() - rest <= 40 && at > title.len() - rest => {
            title[..at].trim_end()
        }
        _ => title,
    }
}

/// Whether an inline `style` hides the element.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let property = property.trim().to_ascii_lowercase();
        let value = value.trim().to_ascii_lowercase();
        let value = value.trim_end_matches("!important").trim();
        match property.as_str() {
            "display" => value == "none",
            "visibility" => value == "hidden" || value == "collapse",
            "opacity" => is_css_zero(value),
            "font-size" => {
                is_css_zero(value.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%'))
            }
            _ => false,
        }
    })
}

/// Whether a CSS number is zero ("0", "0.0", ".0", "-0", "0e3"): a sign, digits with at
/// most one point, all zero, and an optional exponent. Written out rather than parsed as a
/// float, which would bring float parsing into the web app's download.
fn is_css_zero(value: &str) -> bool {
    let value = value.strip_prefix(['+', '-']).unwrap_or(value);
    let mantissa = match value.split_once(['e', 'E']) {
        Some((m, exp)) => {
            let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
            if exp.is_empty() || !exp.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            m
        }
        None => value,
    };
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).count();
    let points = mantissa.bytes().filter(|&b| b == b'.').count();
    digits > 0
        && points <= 1
        && digits + points == mantissa.len()
        && !mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

impl Builder {
    fn ctx(&self) -> Ctx {
        Ctx {
            furniture: self.furniture > 0,
            article: self.article,
            main: self.main > 0,
            h1: self.h1,
        }
    }

    fn visible(&self) -> bool {
        self.drop == 0 && self.head == 0
    }

    fn push_piece(&mut self, kind: PieceKind) {
        if self.visible() {
            let ctx = self.ctx();
            self.pieces.push(Piece { kind, ctx });
        }
    }

    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.names.get(name) {
            return id;
        }
        let id = self.open_counts.len() as u32;
        self.names.insert(name.to_string(), id);
        self.open_counts.push(0);
        id
    }

    fn text(&mut self, raw: &str) {
        if self.head > 0 {
            if raw.bytes().all(is_tag_space) {
                return;
            }
            // Text closes an unclosed `<head>`, as in browsers.
            self.close_head();
        }
        if self.drop > 0 {
            return;
        }
        let start = self.buf.len();
        entities::decode_into(raw, &mut self.buf, true);
        let end = self.buf.len();
        if self.pre > 0 {
            let newlines: Vec<usize> = self.buf[start..end]
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| start + i)
                .collect();
            let mut from = start;
            for newline in newlines {
                self.push_piece(PieceKind::Text(from, newline));
                self.push_piece(PieceKind::Break(1));
                from = newline + 1;
            }
            self.push_piece(PieceKind::Text(from, end));
        } else {
            self.push_piece(PieceKind::Text(start, end));
        }
    }

    fn raw_text(&mut self, raw: &str) {
        if self.in_title && self.title.is_none() {
            let title = collapse(&entities::decode(raw));
            if !title.is_empty() {
                self.title = Some(title);
            }
        }
    }

    /// Handles a start tag; returns the element name when its content is raw text.
    fn start(&mut self, tag: &Tag<'_>) -> Option<String> {
        let name = tag.name.as_str();
        self.in_title = false;
        if self.head > 0 && !HEAD_ELEMENTS.contains(&name) {
            self.close_head();
        }
        self.note_meta(tag);
        match name {
            "html" | "body" => return None,
            "head" if self.head > 0 || !self.pieces.is_empty() => return None,
            _ => {}
        }
        if VOID.contains(&name) {
            match name {
                "br" => self.push_piece(PieceKind::Break(1)),
                "hr" => self.push_piece(PieceKind::Break(2)),
                _ => {}
            }
            return None;
        }
        let raw = self.foreign == 0 && RAW_TEXT.contains(&name);
        let mut flags = 0;
        if HIDDEN.contains(&name)
            || tag.attr("hidden").is_some()
            || tag.attr("style").is_some_and(style_hides)
        {
            flags |= DROP;
        }
        if name == "head" {
            flags = HEAD;
        }
        if name == "title" && raw {
            flags |= TITLE;
        }
        if matches!(name, "svg" | "math") {
            flags |= FOREIGN;
        }
        if self.is_furniture(tag) {
            flags |= FURNITURE;
        }
        match name {
            "main" => flags |= MAIN,
            "section" => flags |= SECTION,
            "article" => flags |= ARTICLE,
            _ if self.is_article_body(tag) => flags |= ARTICLE,
            "h1" => flags |= H1,
            "pre" | "listing" => flags |= PRE,
            _ => {}
        }
        if tag
            .attr("role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        {
            flags |= MAIN;
        }
        let block = block_break(name);
        if tag.self_closing && !raw {
            // `<div/>`: honoured (XHTML habits), so an empty element never swallows the page.
            if flags & (DROP | HEAD) == 0 && block > 0 {
                self.push_piece(PieceKind::Break(block));
            }
            return None;
        }
        let id = self.intern(name);
        self.open_counts[id as usize] += 1;
        self.stack.push(Open {
            name: id,
            flags,
            block,
        });
        self.apply(flags);
        if block > 0 {
            self.push_piece(PieceKind::Break(block));
        }
        if matches!(name, "td" | "th") {
            self.push_piece(PieceKind::Space);
        }
        self.in_title = flags & TITLE != 0;
        raw.then(|| name.to_string())
    }

    fn is_furniture(&self, tag: &Tag<'_>) -> bool {
        let name = tag.name.as_str();
        if FURNITURE_ELEMENTS.contains(&name) {
            return true;
        }
        let in_content = self.article_depth > 0 || self.main > 0 || self.section > 0;
        if matches!(name, "header" | "footer") && !in_content {
            return true;
        }
        if let Some(role) = tag.attr("role") {
            let role = role.trim().to_ascii_lowercase();
            if FURNITURE_ROLES.contains(&role.as_str()) {
                return true;
            }
        }
        if matches!(name, "html" | "body" | "main" | "article") {
            return false;
        }
        has_class(tag, FURNITURE_CLASSES) || (!in_content && has_class(tag, PAGE_FRAME_CLASSES))
    }

    /// Whether the element holds the article body without being an `<article>`: microdata
    /// `itemprop="articleBody"` or a CMS class such as `entry-content`.
    fn is_article_body(&self, tag: &Tag<'_>) -> bool {
        tag.name != "article"
            && (tag
                .attr("itemprop")
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("articlebody"))
                || has_class(tag, ARTICLE_CLASSES))
    }

    /// Updates the context counters for an element opening with `flags`.
    fn apply(&mut self, flags: u16) {
        if flags & DROP != 0 {
            self.drop += 1;
        }
        if flags & FURNITURE != 0 {
            self.furniture += 1;
        }
        if flags & MAIN != 0 {
            self.main += 1;
        }
        if flags & SECTION != 0 {
            self.section += 1;
        }
        if flags & HEAD != 0 {
            self.head += 1;
        }
        if flags & FOREIGN != 0 {
            self.foreign += 1;
        }
        if flags & PRE != 0 {
            self.pre += 1;
        }
        if flags & ARTICLE != 0 {
            if self.article_depth == 0 {
                self.articles_seen += 1;
                self.article = self.articles_seen;
            }
            self.article_depth += 1;
        }
        if flags & H1 != 0 {
            if self.h1_depth == 0 {
                self.h1_seen += 1;
                self.h1 = self.h1_seen;
            }
            self.h1_depth += 1;
        }
    }

    /// Undoes [`Builder::apply`] for an element closing with `flags`.
    fn unapply(&mut self, flags: u16) {
        let dec = |n: &mut u32, bit: u16| {
            if flags & bit != 0 {
                *n = n.saturating_sub(1);
            }
        };
        dec(&mut self.drop, DROP);
        dec(&mut self.furniture, FURNITURE);
        dec(&mut self.main, MAIN);
        dec(&mut self.section, SECTION);
        dec(&mut self.head, HEAD);
        dec(&mut self.foreign, FOREIGN);
        dec(&mut self.pre, PRE);
        dec(&mut self.article_depth, ARTICLE);
        dec(&mut self.h1_depth, H1);
        if self.article_depth == 0 {
            self.article = 0;
        }
        if self.h1_depth == 0 {
            self.h1 = 0;
        }
        if flags & TITLE != 0 {
            self.in_title = false;
        }
    }

    fn pop(&mut self) -> Option<u32> {
        let open = self.stack.pop()?;
        if open.block > 0 {
            self.push_piece(PieceKind::Break(open.block));
        }
        self.unapply(open.flags);
        self.open_counts[open.name as usize] -= 1;
        Some(open.name)
    }

    fn close_head(&mut self) {
        while self.head > 0 && self.pop().is_some() {}
    }

    fn end(&mut self, name: &str) {
        self.in_title = false;
        match name {
            "br" => return self.push_piece(PieceKind::Break(1)),
            "p" => self.push_piece(PieceKind::Break(2)),
            _ => {}
        }
        let Some(&id) = self.names.get(name) else {
            return;
        };
        if self.open_counts[id as usize] == 0 {
            return;
        }
        while let Some(popped) = self.pop() {
            if popped == id {
                break;
            }
        }
    }

    /// Records publication dates from `<meta>`, `itemprop` and `<time datetime>`, and the
    /// `og:title` headline.
    fn note_meta(&mut self, tag: &Tag<'_>) {
        if tag.name == "meta" && self.meta_title.is_none() {
            let is_title = ["property", "name"]
                .iter()
                .filter_map(|k| tag.attr(k))
                .any(|key| {
                    let key = key.trim();
                    key.eq_ignore_ascii_case("og:title")
                        || key.eq_ignore_ascii_case("twitter:title")
                });
            if let Some(content) = tag.attr("content").filter(|_| is_title) {
                let title = collapse(&entities::decode(content));
                if !title.is_empty() {
                    self.meta_title = Some(title);
                }
            }
        }
        let rank = |key: &str| match key {
            "article:published_time" | "datepublished" => Some(0),
            "og:article:published_time" | "og:published_time" | "published_time" => Some(1),
            "pubdate" | "publish-date" | "publish_date" | "publication_date" | "date"
            | "dc.date" | "dc.date.issued" | "dcterms.created" | "sailthru.date" => Some(2),
            _ => None,
        };
        let value = |tag: &Tag<'_>| {
            let raw = tag.attr("content").or_else(|| tag.attr("datetime"))?;
            iso_date_prefix(&entities::decode(raw))
        };
        let keys = ["property", "name", "itemprop"];
        let best = keys
            .iter()
            .filter_map(|k| tag.attr(k))
            .filter_map(|key| rank(&key.trim().to_ascii_lowercase()))
            .min();
        if let Some(rank) = best {
            if let Some(date) = value(tag) {
                if self.meta_date.is_none_or(|(r, _)| rank < r) {
                    self.meta_date = Some((rank, date));
                }
            }
        }
        if tag.name == "time" && self.visible() {
            if let Some(date) = tag
                .attr("datetime")
                .and_then(|v| iso_date_prefix(&entities::decode(v)))
            {
                let ctx = self.ctx();
                self.time_dates.push((ctx, date));
            }
        }
    }

    fn finish(mut self) -> String {
        while self.pop().is_some() {}
        let region = self.choose_region();
        let mut body = Writer::default();
        let mut has_h1 = false;
        for piece in self.pieces.iter().filter(|p| region.contains(p.ctx)) {
            has_h1 |= piece.ctx.h1 != 0 && matches!(piece.kind, PieceKind::Text(..));
            body.piece(&self.buf, piece.kind);
        }
        let mut out = String::new();
        let date = self.meta_date.map(|(_, d)| d).or_else(|| {
            self.time_dates
                .iter()
                .find(|(ctx, _)| region.contains(*ctx))
                .map(|&(_, d)| d)
        });
        if let Some(date) = date {
            out.push_str(&date_line(date));
        }
        if !has_h1 {
            let mut headline = Writer::default();
            let first_h1 = self
                .pieces
                .iter()
                .find(|p| {
                    p.ctx.h1 != 0 && !p.ctx.furniture && matches!(p.kind, PieceKind::Text(..))
                })
                .map(|p| p.ctx.h1);
            if let Some(h1) = first_h1 {
                for piece in self.pieces.iter().filter(|p| p.ctx.h1 == h1) {
                    headline.piece(&self.buf, piece.kind);
                }
            }
            let headline = headline.finish();
            let headline = if !headline.is_empty() {
                headline
            } else if let Some(title) = self.meta_title.take() {
                title
            } else {
                self.title
                    .as_deref()
                    .map(without_site_name)
                    .unwrap_or_default()
                    .to_string()
            };
            if !headline.is_empty() {
                out.push_str(&headline.replace('\n', " "));
                out.push_str("\n\n");
            }
        }
        out.push_str(&body.finish());
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }

    /// Which pieces make the article: the largest top-level `<article>` when it holds a fair
    /// share of the page's text, else `<main>`, else the page without its furniture, else
    /// (when that is empty) everything visible.
    fn choose_region(&self) -> Region {
        let mut article_len = vec![0usize; self.articles_seen as usize + 1];
        let (mut total, mut main_len, mut all_len) = (0usize, 0usize, 0usize);
        for piece in &self.pieces {
            let PieceKind::Text(start, end) = piece.kind else {
                continue;
            };
            let len = self.buf[start..end].trim().len();
            all_len += len;
            if piece.ctx.furniture {
                continue;
            }
            total += len;
            article_len[piece.ctx.article as usize] += len;
            if piece.ctx.main {
                main_len += len;
            }
        }
        let best = (1..article_len.len()).max_by_key(|&i| (article_len[i], std::cmp::Reverse(i)));
        if let Some(best) = best {
            let len = article_len[best];
            if len > 0 && (len * 100 >= total * 15 || len >= 1500) {
                return Region::Article(best as u32);
            }
        }
        if main_len > 0 {
            Region::Main
        } else if total > 0 || all_len == 0 {
            Region::Body
        } else {
            Region::All
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Region {
    Article(u32),
    Main,
    Body,
    All,
}

impl Region {
    fn contains(self, ctx: Ctx) -> bool {
        match self {
            Region::All => true,
            _ if ctx.furniture => false,
            Region::Article(n) => ctx.article == n,
            Region::Main => ctx.main,
            Region::Body => true,
        }
    }
}

/// Lays out pieces: collapses spaces, keeps at most one blank line.
#[derive(Default)]
struct Writer {
    out: String,
    pending_space: bool,
    pending_break: u8,
}

impl Writer {
    fn piece(&mut self, buf: &str, kind: PieceKind) {
        match kind {
            PieceKind::Text(start, end) => self.text(&buf[start..end]),
            PieceKind::Break(n) => {
                self.pending_break = self.pending_break.max(n);
                self.pending_space = false;
            }
            PieceKind::Space => self.pending_space = true,
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if matches!(c, '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}') || c.is_control() {
                continue;
            }
            if !self.out.is_empty() {
                if self.pending_break > 0 {
                    self.out
                        .push_str(if self.pending_break > 1 { "\n\n" } else { "\n" });
                } else if self.pending_space {
                    self.out.push(' ');
                }
            }
            self.pending_break = 0;
            self.pending_space = false;
            self.out.push(c);
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_zero_values() {
        for zero in ["0", "0.0", ".0", "-0", "+0.00", "0e3", "0.E-2", "00"] {
            assert!(is_css_zero(zero), "{zero}");
        }
        for other in [
            "", ".", "1", "0.5", "0.01", "1e-3", "0..0", "0x0", "e3", "0e", "none",
        ] {
            assert!(!is_css_zero(other), "{other}");
        }
    }

    fn text(html: &str) -> String {
        html_to_text(html)
    }

    #[test]
    fn paragraphs_lines_and_spaces() {
        let html = "<p>One   two\n three.</p><p>Four<br>five</p><ul><li>a</li><li>b</li></ul>\
                    <div>x<span>y</span> z</div>";
        assert_eq!(text(html), "One two three.\n\nFour\nfive\n\na\nb\n\nxy z");
        assert_eq!(
            text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"),
            "a b\nc"
        );
    }

    #[test]
    fn preformatted_lines_are_kept() {
        assert_eq!(
            text("<p>Code:</p><pre>line one\n  line  two\n</pre><p>after</p>"),
            "Code:\n\nline one\nline two\n\nafter"
        );
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            text("<p>L&rsquo;ANSSI&nbsp;et l&#39;&Eacute;tat &amp; &#x2014; &bogus; 5 &lt; 6</p>"),
            "L’ANSSI et l'État & — &bogus; 5 < 6"
        );
    }

    #[test]
    fn head_is_dropped_and_title_is_a_fallback_headline() {
        let page = "<html><head><title>Deal &amp; signed | Site</title>\
                    <style>p{color:red}</style><meta charset=utf-8></head>\
                    <body><p>Body text.</p></body></html>";
        assert_eq!(text(page), "Deal & signed\n\nBody text.");
        let og = r#"<title>T | S</title><meta property="og:title" content="The &quot;real&quot; one"><p>B</p>"#;
        assert_eq!(text(og), "The \"real\" one\n\nB");
        assert_eq!(
            without_site_name("Accord signé à Dakar - Le Journal"),
            "Accord signé à Dakar"
        );
        assert_eq!(without_site_name("A - B"), "A - B");
        assert_eq!(without_site_name("No separator"), "No separator");
        let with_h1 = "<title>Site title</title><h1>Real headline</h1><p>Body.</p>";
        assert_eq!(text(with_h1), "Real headline\n\nBody.");
        // A head that is never closed ends at the first body element.
        assert_eq!(text("<head><title>T</title><p>Hello"), "T\n\nHello");
    }

    #[test]
    fn furniture_is_dropped_and_article_preferred() {
        let page = r#"<body><header><a href="/">Logo</a><nav><ul><li>News</li></ul></nav></header>
            <div class="sidebar">Most read</div>
            <main><article><header><h1>Accord signed</h1><time datetime="2024-11-19T09:00">19 Nov</time></header>
            <p>First paragraph.</p><aside>Related: other story</aside>
            <form><button>Subscribe</button></form><p>Second paragraph.</p>
            <footer>Tags: cyber</footer></article></main>
            <footer>© Site 2024</footer></body>"#;
        assert_eq!(
            text(page),
            "date 2024-11-19\nAccord signed\n\n19 Nov\n\nFirst paragraph.\n\nSecond paragraph.\n\nTags: cyber"
        );
    }

    #[test]
    fn cms_article_bodies_and_page_frames() {
        let page = r#"<div id="header"><a>Logo</a> <a>Subscribe</a></div>
            <h1 class="entry-title">Pact signed</h1>
            <div class="post entry-content"><p>Body of the article.</p>
            <div class="footer">Filed under: cyber</div></div>
            <div class="widget">Popular: other things entirely</div>
            <div id="footer">Copyright</div>"#;
        assert_eq!(
            text(page),
            "Pact signed\n\nBody of the article.\n\nFiled under: cyber"
        );
        let microdata =
            r#"<div>Menu text here</div><div itemprop="articleBody"><p>Story.</p></div>"#;
        assert_eq!(text(microdata), "Story.");
    }

    #[test]
    fn headline_outside_the_article_is_kept() {
        let page = "<div class=top><h1>The headline</h1></div>\
                    <article><p>A long enough body paragraph for the article.</p></article>";
        assert_eq!(
            text(page),
            "The headline\n\nA long enough body paragraph for the article."
        );
    }

    #[test]
    fn small_article_teasers_do_not_win() {
        let body = "Main story text. ".repeat(40);
        let page = format!("<div><p>{body}</p></div><div><article>Teaser</article></div>");
        let out = text(&page);
        assert!(out.starts_with("Main story text."), "{out}");
        assert!(out.contains("Teaser"));
    }

    #[test]
    fn publication_date_from_meta() {
        let page = r#"<head><meta property="article:published_time" content="2024-11-19T08:00:00+00:00">
            <meta name="date" content="2020-01-01"></head><body><p>Text</p></body>"#;
        assert_eq!(text(page), "date 2024-11-19\nText");
        let bad = r#"<meta property="article:published_time" content="yesterday"><p>Text</p>"#;
        assert_eq!(text(bad), "Text");
    }

    #[test]
    fn hostile_markup_leaves_only_visible_text() {
        let page = r#"<html><head><script>var secret = "SCRIPT1";</script></head><body>
            <p onclick="alert('HANDLER')">Visible <a href="javascript:alert('JSURL')">link</a> text.</p>
            <svg onload="alert('SVG')"><script>SCRIPT2</script><text>SVGTEXT</text></svg>
            <img src=x onerror="alert('IMG')">
            <style>p::after { content: "CSSTEXT" }</style>
            <span style="display: none !important">HIDDEN1</span>
            <span style="visibility:hidden">HIDDEN2</span><div hidden>HIDDEN3</div>
            <span style="font-size:0">HIDDEN4</span><span style="font-size:0.9em">small</span>
            <noscript>NOSCRIPT</noscript><template><p>TEMPLATE</p></template>
            <iframe src="javascript:alert(1)">IFRAME</iframe><object data=x>OBJECT</object>
            <SCRIPT type="text/javascript">document.write("<p>SCRIPT3</p>")</SCRIPT >
            <script>if (a </b) { "</scripty>" } SCRIPT4</script>
            <!-- COMMENT <script>SCRIPT5</script> -->
            <textarea>TEXTAREA</textarea>
            <p>End.</p></body></html>"#;
        let out = text(page);
        assert_eq!(out, "Visible link text.\n\nsmall\n\nEnd.");
        for word in [
            "SCRIPT", "HANDLER", "JSURL", "SVG", "IMG", "CSS", "HIDDEN", "NOSCRIPT", "TEMPLATE",
            "IFRAME", "OBJECT", "COMMENT", "TEXTAREA", "alert",
        ] {
            assert!(!out.contains(word), "{word} leaked: {out}");
        }
    }

    #[test]
    fn unclosed_script_swallows_the_rest_not_more() {
        assert_eq!(text("<p>Before</p><script>alert(1)"), "Before");
        assert_eq!(text("<p>Before</p><!-- open comment <p>x</p>"), "Before");
    }

    #[test]
    fn broken_markup_never_panics() {
        let cases = [
            "",
            "<",
            "<<<",
            "a < b > c",
            "</",
            "</>",
            "<p",
            "<p class=\"x",
            "<a href='x'>",
            "<!--",
            "<!-->x",
            "<!--->y",
            "<!doctype",
            "<?xml",
            "&",
            "&#",
            "&#x",
            "&#xFFFFFFFFFF;",
            "<div/><p/>after",
            "</p></div></body>text",
            "<é>",
            "<p>é</p",
            "<br/>x<br/ >y",
            "<svg><title>t</title></svg>after",
            "<plaintext>x",
            "</scr",
            "<script",
            "<a b=>c",
            "<a =b>c",
            "<p ===>d</p>",
            "\u{0}\u{1}<p>\u{7f}z</p>",
        ];
        for case in cases {
            let _ = text(case);
        }
        assert_eq!(text("a < b and c > d"), "a < b and c > d");
        assert_eq!(text("<div/><p/>after"), "after");
        assert_eq!(text("<a =b>c"), "c");
        assert_eq!(text("<br/>x<br/ >y"), "x\ny");
        assert_eq!(text("<svg><title>t</title></svg>after"), "after");
    }

    #[test]
    fn deep_nesting_is_linear_and_stackless() {
        let depth = 100_000;
        let page = format!(
            "{}deep{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        assert_eq!(text(&page), "deep");
        let unclosed = format!("{}end", "<div>".repeat(depth));
        assert_eq!(text(&unclosed), "end");
        // Stray end tags against a deep stack stay cheap.
        let stray = format!("{}x{}", "<div>".repeat(depth), "</span>".repeat(depth));
        assert_eq!(text(&stray), "x");
        let lt = "<".repeat(depth);
        assert_eq!(text(&lt), lt);
        let quotes = "<a title=\"".repeat(depth);
        let _ = text(&quotes);
        let comments = "<!--".repeat(depth);
        assert_eq!(text(&comments), "");
        let scripts = "<script>".repeat(depth);
        assert_eq!(text(&scripts), "");
    }

    /// Deterministic random documents from markup fragments (xorshift), to shake the
    /// tokenizer and the tree builder: no panic, and a tidy layout.
    #[test]
    fn random_markup_never_panics() {
        const PARTS: &[&str] = &[
            "<",
            ">",
            "</",
            "/>",
            "div",
            "p",
            "script",
            "style",
            "svg",
            "title",
            "head",
            "body",
            "article",
            "main",
            "nav",
            "header",
            "pre",
            "h1",
            "br",
            " ",
            "\n",
            "=",
            "\"",
            "'",
            "&",
            "#",
            "x",
            ";",
            "amp",
            "nbsp",
            "<!--",
            "-->",
            "<!",
            "é",
            "日",
            "text",
            "hidden",
            "style=display:none",
            "class=sidebar",
            "<time datetime=2024-01-02>",
            "\u{0}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
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
            assert_eq!(out.trim(), out, "{doc:?}");
            assert!(!out.contains('\u{0}'), "{doc:?}");
        }
    }

    #[test]
    fn utf8_survives_everywhere() {
        assert_eq!(
            text("<p>Accord signé à Genève — « protocole »</p><p>日本</p>"),
            "Accord signé à Genève — « protocole »\n\n日本"
        );
        assert_eq!(text("<p>cyber\u{AD}sécurité&shy;</p>"), "cybersécurité");
    }
}
