//! The only place that touches the browser: IndexedDB ([`storage`]), the analysis worker
//! ([`analysis`] on the page side, [`worker_host`] inside the worker), the grouping worker
//! ([`grouping`], the same script), files and drops
//! ([`files`]), downloads ([`download`]), small DOM helpers ([`dom`]), the service worker
//! ([`pwa`]), and [`ops`], which runs the side effects of user actions and reports their
//! outcome to the reducer.

pub mod analysis;
pub mod dom;
pub mod download;
pub mod files;
pub mod grouping;
pub mod ops;
pub mod pwa;
pub mod storage;
pub mod worker_host;
