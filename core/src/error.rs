//! The few real failures of the engine. "Nothing found" is not an error: it is an empty record.

use std::fmt;

/// Why an input could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is larger than [`crate::MAX_INPUT_BYTES`]; it is refused, never truncated.
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl Error {
    /// An error of this kind.
    pub fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge { bytes, limit } => {
                // Tenths of a MB in integers: float formatting would weigh on the web app.
                let tenths = (bytes.saturating_mul(10) + 524_288) / 1_048_576;
                write!(
                    f,
                    "the text is {}.{} MB, over the limit of {} MB; split it into smaller files",
                    tenths / 10,
                    tenths % 10,
                    limit / 1_048_576
                )
            }
        }
    }
}

impl std::error::Error for Error {}
