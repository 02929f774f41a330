//! `accord-core`: turns one news article about a cybersecurity cooperation agreement into
//! the agreement record an analyst would log, with the evidence for every value.
//!
//! The pipeline runs in stages that only look back; each module uses only modules of its
//! own stage listed before it and of earlier stages (`core/tests/stages.rs` fails on any
//! other reference, so there is no import cycle):
//!
//! | stage | modules | what it does |
//! |---|---|---|
//! | shared types | `hash`, [`date`], [`facts`], `error`, `options`, [`decode`] | the record, dates, options, input decoding |
//! | reference data | `tables`, `words`, `given_names`, [`gazetteer`] | the tables of `core/data/`, embedded at build time |
//! | text | [`markup`], `token`, `vocab`, `text`, `lang`, `lexicon`, `names` | plain text; tokens, lines and sentences with byte offsets; page furniture set aside; the language; phrase and name look-ups |
//! | mentions | `entities`, `dates` | names of bodies, states, places and people (by table and by shape), and dates |
//! | frames | `frames`, `persons` | the sentences that report a signing and who stands in each frame's slots; the shared context; the persons named and their roles |
//! | agreements | `parties`, `people`, `facets`, `scope`, `summary`, `parts` | for each agreement: parties, signatories, instrument, date, place, term, scope; the summary; a term or scope cue shared out to the agreement its sentence is about |
//! | record | `extract`, [`group`] | the [`Analysis`] of one article ([`analyze`]); agreements of many records grouped by signing event |
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

// Shared types.
pub mod date;
pub mod decode;
mod error;
pub mod facts;
pub mod hash;
mod options;
// Reference data.
pub mod gazetteer;
mod given_names;
mod tables;
#[macro_use]
mod words;
// Text.
#[macro_use]
mod vocab;
mod lang;
mod lexicon;
mod lower;
pub mod markup;
mod names;
pub mod sort;
mod text;
mod token;
// Mentions.
mod dates;
mod entities;
// Frames.
mod frames;
mod persons;
// Agreements.
mod facets;
mod parties;
mod parts;
mod people;
mod scope;
mod summary;
// Record.
mod extract;
pub mod group;

pub use date::{Date, PartialDate};
pub use error::{Error, ErrorKind};
pub use extract::{analyze, explain, MAX_INPUT_BYTES};
pub use facts::{
    Agreement, AgreementType, Analysis, Lang, Party, PartyKind, Renewal, ScopeItem, Signatory,
    Span, SummarySentence, SCOPE_LABELS,
};
pub use options::{Format, Options};
