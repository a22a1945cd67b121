//! Stable sorting through one compiled sort.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each
//! call site compiles its own copy of the sort (several KB of WebAssembly
//! each). These helpers sort a list of positions with one non-generic sort
//! and only the small permutation step is generic. They are stable, like
//! `sort_by`: equal elements keep their order.

use std::cmp::Ordering;

/// Sorts positions `0..len` stably by `cmp`; the one sort the widget compiles.
pub fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // Ties broken by position make the order total, so the smaller
    // unstable sort gives the stable result.
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    order
}

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i].take()));
}

/// Sorts `items` stably by a key.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// For each key, the position of the first equal key before it, if any:
/// by the one sort the widget compiles, not by a hash map per key type.
pub fn earlier_equal<K: Ord>(keys: &[K]) -> Vec<Option<usize>> {
    let order = positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut out = vec![None; keys.len()];
    let mut first = None;
    for (k, &i) in order.iter().enumerate() {
        // Equal keys are sorted by position: the run's first is the earliest.
        if k > 0 && keys[order[k - 1]] == keys[i] {
            out[i] = first;
        } else {
            first = Some(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |&(k, _)| k);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by_key(&mut v, |&(k, _)| std::cmp::Reverse(k));
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
    }

    #[test]
    fn agrees_with_the_standard_sort_on_many_lists() {
        let mut rng = crate::core::rng::Rng::new(7);
        for len in 0..60 {
            let list: Vec<(u32, usize)> = (0..len).map(|i| (rng.below(5) as u32, i)).collect();
            let mut ours = list.clone();
            let mut std = list.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std);
        }
        assert_eq!(positions(4, &|a, b| b.cmp(&a)), [3, 2, 1, 0]);
    }

    #[test]
    fn each_repeat_names_the_first_of_its_kind() {
        let keys = ["b", "a", "b", "c", "b", "a"];
        assert_eq!(
            earlier_equal(&keys),
            [None, None, Some(0), None, Some(0), Some(1)]
        );
    }
}
