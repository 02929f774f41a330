//! The embedded text of the lexicon's tables (`core/data/`), kept apart from the code that
//! parses them.
//!
//! Two modules read these texts: [`crate::lexicon`] parses them into phrase sets, and
//! [`crate::vocab`] numbers their words before any table is parsed. Keeping the texts in
//! this leaf module lets both depend on it without depending on each other.

/// The lexicon's tables, with their file names (without `.tsv`), in the order of
/// `Lexicon::parse`.
pub const LEXICON: [(&str, &str); 4] = [
    (
        "calendar",
        include_str!(concat!(env!("OUT_DIR"), "/calendar.tsv")),
    ),
    (
        "instruments",
        include_str!(concat!(env!("OUT_DIR"), "/instruments.tsv")),
    ),
    ("cues", include_str!(concat!(env!("OUT_DIR"), "/cues.tsv"))),
    (
        "scope",
        include_str!(concat!(env!("OUT_DIR"), "/scope.tsv")),
    ),
];
