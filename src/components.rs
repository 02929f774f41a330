//! The UI, one component per file, read top to bottom as the page is laid out.

pub mod agreement_card;
pub mod article_input;
pub mod article_text;
pub mod field_value;
pub mod header;
pub mod history;
pub mod library;
pub mod notices;
pub mod results;
pub mod tracker;
