//! A set of indexes, such as the networks a filter holds, kept as a sorted
//! list. A filter holds a handful; a tree would bring its code into the
//! script for nothing.

/// Indexes in ascending order, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indexes(Vec<usize>);

impl Indexes {
    pub fn new() -> Indexes {
        Indexes(Vec::new())
    }

    /// Adds `i`; false if it was there.
    pub fn insert(&mut self, i: usize) -> bool {
        match self.0.binary_search(&i) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, i);
                true
            }
        }
    }

    /// Removes `i`; false if it was not there.
    pub fn remove(&mut self, i: &usize) -> bool {
        match self.0.binary_search(i) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, i: &usize) -> bool {
        self.0.binary_search(i).is_ok()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, usize> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<usize> for Indexes {
    fn from_iter<I: IntoIterator<Item = usize>>(items: I) -> Indexes {
        let mut set = Indexes::new();
        set.extend(items);
        set
    }
}

impl<const N: usize> From<[usize; N]> for Indexes {
    fn from(items: [usize; N]) -> Indexes {
        items.into_iter().collect()
    }
}

impl Extend<usize> for Indexes {
    fn extend<I: IntoIterator<Item = usize>>(&mut self, items: I) {
        for i in items {
            self.insert(i);
        }
    }
}

impl<'a> IntoIterator for &'a Indexes {
    type Item = &'a usize;
    type IntoIter = std::slice::Iter<'a, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_are_kept_once_and_in_order() {
        let mut s: Indexes = [5, 1, 3, 1, 5].into_iter().collect();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 3, 5]);
        assert!(!s.insert(3) && s.insert(0) && s.insert(9));
        assert!(s.remove(&5) && !s.remove(&5) && !s.remove(&7));
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [0, 1, 3, 9]);
        assert!(s.contains(&9) && !s.contains(&5));
        assert_eq!(s.len(), 4);
        assert!(Indexes::new().is_empty());
    }
}
