//! Behaviour tests of the whole pipeline, in one harness.

// Fixture articles with their expected records and snapshots (tests/fixtures/, tests/snapshots/).
mod fixtures;

// The web app's pure pipeline (worker job, library entry, exports, import, highlights).
mod web;
