//! Evidence spans and the analyzed text: byte offsets (UTF-8, as the engine gives them)
//! to JavaScript string positions (UTF-16 code units), and the split of a text into plain
//! and highlighted segments for the rendered copy.
//!
//! The rendered copy is built from Rust string slices, so byte offsets are used as they
//! are there; the UTF-16 conversion is for browser APIs that count in code units
//! (`setSelectionRange`, DOM `Range`). Spans that do not fit the text or do not lie on
//! character boundaries are dropped, never "repaired" into a wrong highlight.

use accord_core::Span;

/// `s` in lower case, for comparisons without case (search, party keys, month names): the
/// browser's `toLowerCase` in the web app (the standard library's brings its Unicode case
/// tables into the download), the standard library's natively. Both follow Unicode's
/// default case mapping.
#[cfg(target_arch = "wasm32")]
pub fn lowercase(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

/// See the wasm32 version.
#[cfg(not(target_arch = "wasm32"))]
pub fn lowercase(s: &str) -> String {
    s.to_lowercase()
}

/// The UTF-16 position of byte offset `byte` of `text`, or `None` when `byte` is past the
/// end or inside a character.
pub fn byte_to_utf16(text: &str, byte: usize) -> Option<usize> {
    if byte > text.len() || !text.is_char_boundary(byte) {
        return None;
    }
    Some(text[..byte].chars().map(char::len_utf16).sum())
}

/// A span as UTF-16 `(start, end)` positions, or `None` when it does not fit `text`.
pub fn span_to_utf16(text: &str, span: Span) -> Option<(usize, usize)> {
    if span.start > span.end {
        return None;
    }
    let start = byte_to_utf16(text, span.start)?;
    let end = start
        + text
            .get(span.start..span.end)?
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
    Some((start, end))
}

/// The byte offset of UTF-16 position `pos` of `text`, or `None` when it is past the end
/// or inside a character.
pub fn utf16_to_byte(text: &str, pos: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units == pos {
            return Some(i);
        }
        if units > pos {
            return None;
        }
        units += c.len_utf16();
    }
    (units == pos).then_some(text.len())
}

/// A selection given in UTF-16 positions as a byte span of `text`, without the spaces and
/// punctuation at its ends; `None` when it does not fit or holds no word.
pub fn selection_span(text: &str, start16: usize, end16: usize) -> Option<Span> {
    let (a, b) = (start16.min(end16), start16.max(end16));
    let (mut start, mut end) = (utf16_to_byte(text, a)?, utf16_to_byte(text, b)?);
    let picked = &text[start..end];
    let trimmed =
        picked.trim_start_matches(|c: char| c.is_whitespace() || ",;:.()\"“”«»'".contains(c));
    start += picked.len() - trimmed.len();
    let trimmed =
        trimmed.trim_end_matches(|c: char| c.is_whitespace() || ",;:.()\"“”«»'".contains(c));
    end = start + trimmed.len();
    (start < end).then(|| Span::new(start, end))
}

/// A date written in words ("14 March 2025", "3 février 2025", "March 14, 2025", "mars
/// 2025", "2025-03-14"), in English or French; `None` when the words are not one date.
pub fn parse_date_words(words: &str) -> Option<accord_core::PartialDate> {
    const MONTHS: [[&str; 2]; 12] = [
        ["january", "janvier"],
        ["february", "février"],
        ["march", "mars"],
        ["april", "avril"],
        ["may", "mai"],
        ["june", "juin"],
        ["july", "juillet"],
        ["august", "août"],
        ["september", "septembre"],
        ["october", "octobre"],
        ["november", "novembre"],
        ["december", "décembre"],
    ];
    let words = words.trim();
    if let Ok(d) = words.parse::<accord_core::PartialDate>() {
        return Some(d);
    }
    let (mut day, mut month, mut year) = (None, None, None);
    for token in words
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|t| !t.is_empty())
    {
        let lower = lowercase(token);
        let digits = lower
            .trim_end_matches("er")
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if let Some(m) = MONTHS.iter().position(|names| {
            names
                .iter()
                .any(|n| *n == lower || (lower.len() >= 3 && n.starts_with(&lower)))
        }) {
            if month.replace(m as u8 + 1).is_some() {
                return None;
            }
        } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let n: i32 = digits.parse().ok()?;
            if digits.len() == 4 {
                if year.replace(n).is_some() {
                    return None;
                }
            } else if (1..=31).contains(&n) && day.is_none() {
                day = Some(n as u8);
            } else {
                return None;
            }
        } else if !["le", "the", "on", "of", "du", "en", "in"].contains(&lower.as_str()) {
            return None;
        }
    }
    let (year, month) = (year?, month?);
    match day {
        Some(d) => accord_core::Date::new(year, month, d).map(accord_core::PartialDate::Day),
        None => Some(accord_core::PartialDate::Month { year, month }),
    }
}

/// One piece of the rendered text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The text of the piece.
    pub text: &'a str,
    /// Whether it is highlighted evidence.
    pub marked: bool,
}

/// Cuts `text` into plain and marked segments for `spans` (unsorted, possibly overlapping
/// or invalid: invalid ones are ignored, overlapping ones merged, touching ones kept apart).
pub fn segments<'a>(text: &'a str, spans: &[Span]) -> Vec<Segment<'a>> {
    let mut valid: Vec<Span> = spans
        .iter()
        .copied()
        .filter(|s| s.start < s.end && text.get(s.start..s.end).is_some())
        .collect();
    accord_core::sort::all(&mut valid);
    let mut merged: Vec<Span> = Vec::new();
    for s in valid {
        match merged.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for s in merged {
        if s.start > at {
            out.push(Segment {
                text: &text[at..s.start],
                marked: false,
            });
        }
        out.push(Segment {
            text: &text[s.start..s.end],
            marked: true,
        });
        at = s.end;
    }
    if at < text.len() {
        out.push(Segment {
            text: &text[at..],
            marked: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_positions_count_code_units() {
        let t = "Él signe 🤝 à Dakar";
        assert_eq!(byte_to_utf16(t, 0), Some(0));
        assert_eq!(byte_to_utf16(t, 2), Some(1), "É is 2 bytes, 1 unit");
        let hand = t.find('🤝').unwrap();
        assert_eq!(byte_to_utf16(t, hand), Some(9));
        assert_eq!(
            byte_to_utf16(t, hand + 4),
            Some(11),
            "🤝 is 4 bytes, 2 units"
        );
        assert_eq!(byte_to_utf16(t, 1), None, "inside É");
        assert_eq!(byte_to_utf16(t, t.len() + 1), None);
        let dakar = t.find("Dakar").unwrap();
        assert_eq!(
            span_to_utf16(t, Span::new(dakar, dakar + 5)),
            Some((t.encode_utf16().count() - 5, t.encode_utf16().count()))
        );
        assert_eq!(span_to_utf16(t, Span::new(5, 2)), None);
    }

    #[test]
    fn selections_map_back_to_bytes_and_trim() {
        let t = "Él signe 🤝 avec « Harbor Digital », à Port Lune.";
        for (i, _) in t.char_indices() {
            let u = byte_to_utf16(t, i).unwrap();
            assert_eq!(utf16_to_byte(t, u), Some(i));
        }
        assert_eq!(utf16_to_byte(t, 10), None, "inside 🤝");
        let units = t.encode_utf16().count();
        assert_eq!(utf16_to_byte(t, units), Some(t.len()));
        assert_eq!(utf16_to_byte(t, units + 1), None);
        let hd = t.find("« Harbor").unwrap();
        let (s16, _) = span_to_utf16(t, Span::new(hd, hd)).unwrap();
        let end = t.find(", à").unwrap();
        let (e16, _) = span_to_utf16(t, Span::new(end + 1, end + 2)).unwrap();
        let span = selection_span(t, s16, e16).unwrap();
        assert_eq!(&t[span.start..span.end], "Harbor Digital");
        assert_eq!(selection_span(t, 2, 3), None, "a lone space is no word");
    }

    #[test]
    fn dates_in_words_are_read() {
        let d = |s: &str| parse_date_words(s).map(|d| d.to_string());
        assert_eq!(d("14 March 2025").as_deref(), Some("2025-03-14"));
        assert_eq!(d("le 3 février 2025").as_deref(), Some("2025-02-03"));
        assert_eq!(d("1er avril 2024").as_deref(), Some("2024-04-01"));
        assert_eq!(d("March 14, 2025").as_deref(), Some("2025-03-14"));
        assert_eq!(d("Sept. 2023").as_deref(), Some("2023-09"));
        assert_eq!(d("2025-03-14").as_deref(), Some("2025-03-14"));
        assert_eq!(d("30 February 2025"), None);
        assert_eq!(d("Harbor City"), None);
        assert_eq!(d("14 March"), None, "no year");
        assert_eq!(d("3 4 2025"), None);
    }

    #[test]
    fn segments_merge_and_skip_bad_spans() {
        let t = "ANSSI and CERT-SN sign";
        let segs = segments(
            t,
            &[
                Span::new(10, 17),
                Span::new(0, 5),
                Span::new(3, 5),
                Span::new(40, 50),
            ],
        );
        let texts: Vec<(&str, bool)> = segs.iter().map(|s| (s.text, s.marked)).collect();
        assert_eq!(
            texts,
            vec![
                ("ANSSI", true),
                (" and ", false),
                ("CERT-SN", true),
                (" sign", false)
            ]
        );
        assert_eq!(
            segments("é", &[Span::new(0, 1)]),
            vec![Segment {
                text: "é",
                marked: false
            }]
        );
        assert_eq!(segments("", &[]), vec![]);
        let touching = segments("KE-CIRT", &[Span::new(0, 2), Span::new(2, 7)]);
        assert_eq!(touching.len(), 2, "touching spans stay two marks");
    }
}
