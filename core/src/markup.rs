//! Reducing HTML pages and Markdown files to the plain text of their article.
//!
//! Both reducers are text processing only: nothing in a page is executed, fetched or
//! rendered, scripts and styles are dropped unread, and any input, however broken, gives
//! some text without panicking, in time linear in its length. When the markup states a
//! publication date (an `article:published_time` meta tag, a `<time datetime>` in the
//! article, a `date:` in Markdown front matter), the text starts with a line
//! `date YYYY-MM-DD` so the engine finds it like any dateline.
//!
//! Offsets in the analysis refer to the reduced text, which the record carries in `text`.

mod entities;
mod html;
mod markdown;

pub use html::html_to_text;
pub use markdown::markdown_to_text;

use crate::date::Date;

/// The first line the reducers write for a publication date found in the markup.
fn date_line(date: Date) -> String {
    format!("date {date}\n")
}

/// The date at the start of an ISO 8601 value (`2024-11-19`, `2024-11-19T08:30:00+01:00`),
/// if it is a real calendar date. Quotes and spaces around it are ignored.
fn iso_date_prefix(value: &str) -> Option<Date> {
    let value = value
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim_start();
    let head = value.get(..10)?;
    let b = head.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    if value.as_bytes().get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Date::new(
        head[0..4].parse().ok()?,
        head[5..7].parse().ok()?,
        head[8..10].parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_prefixes() {
        let d = |s| iso_date_prefix(s).map(|d| d.to_string());
        assert_eq!(
            d("2024-11-19T08:00:00+00:00").as_deref(),
            Some("2024-11-19")
        );
        assert_eq!(d(" \"2024-02-29\" ").as_deref(), Some("2024-02-29"));
        assert_eq!(d("2023-02-29"), None);
        assert_eq!(d("2024-1-19"), None);
        assert_eq!(d("2024-11-190"), None);
        assert_eq!(d("19/11/2024"), None);
        assert_eq!(d("é"), None);
        assert_eq!(
            date_line(Date::new(2024, 5, 6).unwrap()),
            "date 2024-05-06\n"
        );
    }
}
