//! `accord-core`: turns one news article about a cybersecurity cooperation agreement into
//! the agreement record an analyst would log, with the evidence for every value.
//!
//! The pipeline, one module a step:
//! 1. [`markup`] reduces HTML or Markdown to plain text (plain text passes through);
//! 2. `text` splits the text into lines, sentences and tokens with byte offsets and drops
//!    page furniture (menus, bylines, "Related posts", captions);
//! 3. `lang` tells English from French;
//! 4. the extractors find the publication date, the instrument, the parties, the people,
//!    the signing date, place and term, and the scope areas, each from reference data in
//!    `core/data/` (embedded at build time) and from the shapes of names;
//! 5. `extract` assembles the [`Analysis`] and a short summary.
//!
//! There is no I/O, no clock and no browser here: the reference date comes in
//! [`Options`], and the same code runs natively and in WebAssembly.
//!
//! ```
//! use accord_core::{analyze, Date, Options};
//!
//! let text = "Acme Security and the Ministry of Digital Affairs of Ruritania signed a \
//!             memorandum of understanding on Monday to train engineers.";
//! let options = Options { reference_date: Date::new(2024, 5, 8), ..Options::default() };
//! let record = analyze(text, &options).expect("small input");
//! assert!(record.is_agreement);
//! assert_eq!(record.agreements[0].signed_on.unwrap().to_string(), "2024-05-06");
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod date;
mod dates;
pub mod decode;
mod entities;
mod error;
mod extract;
mod facets;
pub mod facts;
mod frames;
pub mod gazetteer;
mod given_names;
pub mod group;
mod hash;
mod lang;
mod lexicon;
pub mod markup;
mod names;
mod options;
mod parties;
mod people;
mod persons;
mod scope;
mod summary;
mod tables;
mod text;
mod token;
mod vocab;
mod words;

pub use date::{Date, PartialDate};
pub use error::{Error, ErrorKind};
pub use extract::{analyze, explain, MAX_INPUT_BYTES};
pub use facts::{
    Agreement, AgreementType, Analysis, Lang, Party, PartyKind, ScopeItem, Signatory, Span,
    SummarySentence, SCOPE_LABELS,
};
pub use options::{Format, Options};
