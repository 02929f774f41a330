//! The hash maps and sets of the engine: std's, with foldhash's seeded hasher.
//!
//! An analysis looks up words in sets and maps thousands of times; SipHash, std's default,
//! was a sixth of the time. foldhash is several times faster on short keys and still
//! seeded per process, so crafted text cannot aim at collisions it cannot predict.
//!
//! In WebAssembly foldhash's seed comes from addresses alone (no clock, no address space
//! randomisation), the same on every run: there the fixed seed is used, which is the same
//! protection without the seeding code in the web app's download.

/// The hasher of [`HashMap`] and [`HashSet`].
#[cfg(not(target_family = "wasm"))]
pub type State = foldhash::fast::RandomState;
/// The hasher of [`HashMap`] and [`HashSet`].
#[cfg(target_family = "wasm")]
pub type State = foldhash::fast::FixedState;

/// A [`std::collections::HashMap`] with foldhash.
pub type HashMap<K, V> = std::collections::HashMap<K, V, State>;
/// A [`std::collections::HashSet`] with foldhash.
pub type HashSet<T> = std::collections::HashSet<T, State>;
