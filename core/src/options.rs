//! What the caller tells the engine: the reference date and the format of the input.

use crate::date::Date;

/// The format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain text: offsets refer to the input itself.
    #[default]
    Text,
    /// An HTML page: reduced to its article text first.
    Html,
    /// Markdown: reduced to plain text first.
    Markdown,
}

impl Format {
    /// The format for a file name, by its extension (`.html`, `.htm`, `.md`, `.markdown`,
    /// `.txt`); `None` for any other extension.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// Options of one analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The date the article was published, if known from outside the text (a file's date,
    /// what the user typed). Relative dates ("yesterday", "lundi") resolve against the
    /// publication day the text states, when it states one no later than this date, else
    /// against this date.
    pub reference_date: Option<Date>,
    /// The format of the input.
    pub format: Format,
}
