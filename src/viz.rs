//! Drawings of the tracker as SVG, computed in Rust: pure layout functions (positions,
//! sizes, labels) tested natively; the components only turn them into SVG elements.

pub mod network;
pub mod timeline;
