//! Evidence spans and the analyzed text: byte offsets (UTF-8, as the engine gives them)
//! to JavaScript string positions (UTF-16 code units), and the split of a text into plain
//! and highlighted segments for the rendered copy.
//!
//! The rendered copy is built from Rust string slices, so byte offsets are used as they
//! are there; the UTF-16 conversion is for browser APIs that count in code units
//! (`setSelectionRange`, DOM `Range`). Spans that do not fit the text or do not lie on
//! character boundaries are dropped, never "repaired" into a wrong highlight.

use accord_core::Span;

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
    valid.sort();
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
