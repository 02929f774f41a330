//! The pipeline: input text and options in, [`Analysis`] out.

use crate::error::{Error, ErrorKind};
use crate::facts::Analysis;
use crate::markup;
use crate::options::{Format, Options};

/// The largest input accepted, in bytes (16 MiB). Larger inputs are refused with
/// [`ErrorKind::TooLarge`], never truncated.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Analyzes one article.
///
/// # Errors
/// [`ErrorKind::TooLarge`] when the input is over [`MAX_INPUT_BYTES`].
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            bytes: input.len(),
            limit: MAX_INPUT_BYTES,
        }));
    }
    let (text, converted) = match options.format {
        Format::Text => (input.to_string(), false),
        Format::Html => (markup::html_to_text(input), true),
        Format::Markdown => (markup::markdown_to_text(input), true),
    };
    let mut record = Analysis::default();
    if converted {
        record.text = Some(text);
    }
    Ok(record)
}
