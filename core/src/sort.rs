//! Stable sorting compiled once: the standard library's stable sort is compiled anew for
//! every element type and comparator, which weighs on the web app's download (the engine
//! and the grouping run in its worker). These helpers sort the indices `0..n` through one
//! comparator object, so that sort is compiled once, then move the elements into that
//! order. The order is exactly the standard stable sort's: equal elements keep their order.
//! Public so that the web app sorts the same way.

use std::cmp::Ordering;
use std::collections::BTreeSet;

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

/// The set of `items`, built by inserting them one by one: collecting into a set sorts
/// them first with the standard sort, compiled anew for every element type.
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for x in items {
        set.insert(x);
    }
    set
}

/// The indices `0..n` in the stable order of `cmp`.
fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
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
}
