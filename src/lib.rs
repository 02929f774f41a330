//! `accord-web`: the in-browser analyzer of cybersecurity cooperation agreements.
//!
//! The app is a thin yew front end over [`accord_core`]: an article (pasted, dropped or
//! picked as a file) goes to a Web Worker that runs the engine, the record comes back as
//! an agreement card whose every value points at its evidence in the text, and each
//! analysis is kept in an IndexedDB library that can be searched, corrected, exported and
//! imported. Nothing leaves the browser.
//!
//! Layout: pure modules first ([`state`] the reducer, [`model`] library entries,
//! [`corrections`] the analyst's corrections and their history, [`tracker`] the grouping of
//! the library into agreements across sources, [`viz`] the timeline and network drawings,
//! [`export`] the JSON / JSON Lines / CSV builders and import validation, [`text`] byte
//! offsets and highlights, [`job`] the worker protocol, [`i18n`] the interface strings),
//! then [`components`] (one per file) and [`services`], the only place that touches the
//! browser (IndexedDB, the worker, files, downloads, the service worker).

#![forbid(unsafe_code)]

pub mod app;
pub mod components;
pub mod corrections;
pub mod export;
pub mod i18n;
pub mod job;
pub mod json_in;
pub mod json_out;
pub mod model;
pub mod services;
pub mod state;
pub mod text;
pub mod tracker;
pub mod viz;
pub mod wire;

pub use app::App;

/// Starts the app in the page (the `accord-web` bin).
pub fn start() {
    services::pwa::register_service_worker();
    yew::Renderer::<App>::new().render();
}
