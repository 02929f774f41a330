//! Stable sorting compiled once: the standard library's stable sort is compiled anew for
//! every element type and comparator, which weighs on the web app's download (the engine
//! and the grouping run in its worker). These helpers sort the indices `0..n` through one
//! comparator object, so that sort is compiled once, then move the elements into that
//! order. The order is exactly the standard stable sort's: equal elements keep their order.
//! Public so that the web app sorts the same way.

use std::borrow::Borrow;
use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `sort_by`.
pub fn by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `v` stably by a key, like `sort_by_key`.
pub fn by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably, like `sort`.
pub fn all<T: Ord>(v: &mut Vec<T>) {
    by(v, Ord::cmp);
}

/// The set of `items` as a sorted vector without repeats (the first of equal items stays):
/// sets and maps are sorted vectors here, since every `BTreeMap` key and value type
/// compiles its own copy of the B-tree code, a large part of the web app's download.
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect();
    all(&mut v);
    v.dedup();
    v
}

/// The map of `pairs` as a vector sorted by key, keeping the first pair of each key (like
/// `entry(k).or_insert(v)` in a map filled in the order of `pairs`).
pub fn map<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = pairs.into_iter().collect();
    by(&mut v, |a, b| a.0.cmp(&b.0));
    v.dedup_by(|later, first| later.0 == first.0);
    v
}

/// Where `cmp` (the order of the probe against the element at an index) finds the probe in
/// `0..n`: `Ok(index)`, or `Err(where it would go)`. Compiled once.
fn search(n: usize, cmp: &dyn Fn(usize) -> Ordering) -> Result<usize, usize> {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match cmp(mid) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return Ok(mid),
        }
    }
    Err(lo)
}

/// Where `x` is in the sorted set `v`, or where it would go.
pub fn find<T: Borrow<Q>, Q: Ord + ?Sized>(v: &[T], x: &Q) -> Result<usize, usize> {
    search(v.len(), &|i| v[i].borrow().cmp(x))
}

/// Whether the sorted set `v` holds `x`.
pub fn contains<T: Borrow<Q>, Q: Ord + ?Sized>(v: &[T], x: &Q) -> bool {
    find(v, x).is_ok()
}

/// Adds `x` to the sorted set `v`; false if it was there.
pub fn insert<T: Ord>(v: &mut Vec<T>, x: T) -> bool {
    match find(v, &x) {
        Ok(_) => false,
        Err(i) => {
            v.insert(i, x);
            true
        }
    }
}

/// Takes `x` out of the sorted set `v`; false if it was not there.
pub fn remove<T: Borrow<Q>, Q: Ord + ?Sized>(v: &mut Vec<T>, x: &Q) -> bool {
    match find(v, x) {
        Ok(i) => {
            v.remove(i);
            true
        }
        Err(_) => false,
    }
}

/// The value of `key` in the sorted map `m`.
pub fn get<'a, K: Borrow<Q>, Q: Ord + ?Sized, V>(m: &'a [(K, V)], key: &Q) -> Option<&'a V> {
    search(m.len(), &|i| m[i].0.borrow().cmp(key))
        .ok()
        .map(|i| &m[i].1)
}

/// The value of `key` in the sorted map `m`, added with `make` when missing.
pub fn entry<K: Ord, V>(m: &mut Vec<(K, V)>, key: K, make: impl FnOnce() -> V) -> &mut V {
    let i = match search(m.len(), &|i| m[i].0.cmp(&key)) {
        Ok(i) => i,
        Err(i) => {
            m.insert(i, (key, make()));
            i
        }
    };
    &mut m[i].1
}

/// A set kept as a sorted vector without repeats, with the methods of a `BTreeSet` that
/// are used here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Set<T>(Vec<T>);

impl<T> Default for Set<T> {
    fn default() -> Self {
        Set(Vec::new())
    }
}

impl<T: Ord> Set<T> {
    /// An empty set.
    pub fn new() -> Self {
        Set(Vec::new())
    }

    /// Adds `x`; false if it was there.
    pub fn insert(&mut self, x: T) -> bool {
        insert(&mut self.0, x)
    }

    /// Takes `x` out; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, x: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        remove(&mut self.0, x)
    }

    /// Whether the set holds `x`.
    pub fn contains<Q: Ord + ?Sized>(&self, x: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        contains(&self.0, x)
    }
}

impl<T> Set<T> {
    /// The elements in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Empties the set.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<T: Ord> Extend<T> for Set<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for x in items {
            self.insert(x);
        }
    }
}

impl<T> IntoIterator for Set<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Set<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// The indices `0..n` in the stable order of `cmp`.
fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    indices(&mut order, cmp);
    order
}

/// Sorts a list of indices (or any numbers) stably by `cmp`: the one instance of the
/// standard sort, which everything here goes through.
pub fn indices(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    v.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_order_is_the_standard_stable_sort() {
        let items: Vec<(u8, usize)> = [3u8, 1, 3, 0, 2, 1, 3, 0, 2, 2, 1, 0, 3]
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i))
            .collect();
        let mut ours = items.clone();
        super::by_key(&mut ours, |x| x.0);
        let mut std_sorted = items.clone();
        std_sorted.sort_by_key(|x| x.0);
        assert_eq!(ours, std_sorted);
        let mut rev = items.clone();
        super::by(&mut rev, |a, b| b.0.cmp(&a.0));
        let mut std_rev = items;
        std_rev.sort_by_key(|b| std::cmp::Reverse(b.0));
        assert_eq!(rev, std_rev);
        let mut words = vec!["b", "a", "c", "a"];
        super::all(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
    }

    #[test]
    fn sets_and_maps_as_sorted_vectors() {
        let mut s = super::set(["b", "a", "c", "a"]);
        assert_eq!(s, ["a", "b", "c"]);
        assert!(super::contains(&s, "b") && !super::contains(&s, "d"));
        assert!(super::insert(&mut s, "d") && !super::insert(&mut s, "a"));
        assert!(super::insert(&mut s, "0"));
        assert_eq!(s, ["0", "a", "b", "c", "d"]);
        assert!(super::remove(&mut s, "b") && !super::remove(&mut s, "b"));
        assert_eq!(s, ["0", "a", "c", "d"]);
        let mut m = super::map([("x", 1), ("a", 2), ("x", 3), ("m", 4)]);
        assert_eq!(m, [("a", 2), ("m", 4), ("x", 1)]);
        assert_eq!(super::get(&m, "x"), Some(&1));
        assert_eq!(super::get(&m, "b"), None);
        *super::entry(&mut m, "b", || 0) += 5;
        *super::entry(&mut m, "x", || 0) += 5;
        assert_eq!(m, [("a", 2), ("b", 5), ("m", 4), ("x", 6)]);
        let strings: Vec<String> = super::set(["q".to_string(), "p".to_string()]);
        assert!(super::contains(&strings, "p"));
        assert_eq!(super::get(&[("k".to_string(), 1)], "k"), Some(&1));
        let mut set = super::Set::new();
        set.extend(["b".to_string(), "a".to_string(), "b".to_string()]);
        assert!(set.contains("a") && set.len() == 2);
        assert!(set.remove("a") && !set.contains("a"));
        assert_eq!(set.into_iter().collect::<Vec<_>>(), ["b"]);
    }
}
