//! Deterministic pseudo-random numbers (xorshift64*) for generated data: the
//! synthetic benchmark datasets and the generated-input tests. The same seed
//! gives the same sequence everywhere, so a dataset or a failure repeats.

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`; any seed works, 0 included.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`; `n` must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent` in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn repeats_and_spreads() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let xs: Vec<usize> = (0..1000).map(|_| a.below(10)).collect();
        let ys: Vec<usize> = (0..1000).map(|_| b.below(10)).collect();
        assert_eq!(xs, ys);
        for d in 0..10 {
            let n = xs.iter().filter(|&&x| x == d).count();
            assert!((60..140).contains(&n), "digit {d} came {n} times in 1000");
        }
        assert_ne!(Rng::new(0).next_u64(), 0);
    }
}
