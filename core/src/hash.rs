//! The hash maps and sets of the engine: std's, with foldhash's seeded hasher.
//!
//! An analysis looks up words in sets and maps thousands of times; SipHash, std's default,
//! was a sixth of the time. foldhash is several times faster on short keys and still
//! seeded per process, so crafted text cannot aim at collisions it cannot predict.

/// A [`std::collections::HashMap`] with foldhash.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// A [`std::collections::HashSet`] with foldhash.
pub type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
