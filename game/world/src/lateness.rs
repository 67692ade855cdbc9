//! A small histogram of how late ticks ran (nanoseconds), for the AI's soft-real-time
//! figure: fixed memory, O(1) recording, mergeable across shards, and no dependency a
//! game node does not otherwise need.
//!
//! # Layout
//! Log-linear buckets, as HdrHistogram lays them out with [`SUB_BUCKET_BITS`] bits of
//! precision: values below `2 × SUB_BUCKETS` have a bucket each; above, each power of
//! two is split into [`SUB_BUCKETS`] equal buckets. A value is reported as the highest
//! value of its bucket, so a quantile is never below the exact one and at most
//! `1 / SUB_BUCKETS` (3.1 %) above it. Values above [`LATENESS_MAX_NS`] count as it.

/// Bits of precision per power of two.
pub const SUB_BUCKET_BITS: u32 = 5;
/// Buckets per power of two (the precision: one part in this many).
pub const SUB_BUCKETS: u64 = 1 << SUB_BUCKET_BITS;
/// The latest lateness recorded as itself (a minute: a shard that late has stalled).
pub const LATENESS_MAX_NS: u64 = 60_000_000_000;
/// The highest bit of [`LATENESS_MAX_NS`].
const TOP_BIT: u32 = 63 - LATENESS_MAX_NS.leading_zeros();
/// Buckets: the first `2 × SUB_BUCKETS` of width 1, then `SUB_BUCKETS` per power of two
/// up to [`TOP_BIT`].
const BUCKETS: usize = ((TOP_BIT - SUB_BUCKET_BITS + 2) as u64 * SUB_BUCKETS) as usize;

const _: () = assert!(
    TOP_BIT > SUB_BUCKET_BITS,
    "the maximum spans several powers of two"
);
const _: () = assert!(BUCKETS <= 4096, "a shard's histogram stays a few KiB");

/// A lateness histogram (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lateness {
    counts: Box<[u64]>,
    total: u64,
}

impl Default for Lateness {
    fn default() -> Self {
        Self {
            counts: vec![0; BUCKETS].into_boxed_slice(),
            total: 0,
        }
    }
}

/// The bucket of `value_ns` (clamped to [`LATENESS_MAX_NS`]).
fn index_of(value_ns: u64) -> usize {
    let value = value_ns.min(LATENESS_MAX_NS);
    if value < 2 * SUB_BUCKETS {
        return value as usize;
    }
    let shift = 63 - value.leading_zeros() - SUB_BUCKET_BITS;
    let top = value >> shift;
    debug_assert!((SUB_BUCKETS..2 * SUB_BUCKETS).contains(&top));
    ((u64::from(shift) + 1) * SUB_BUCKETS + (top - SUB_BUCKETS)) as usize
}

/// The highest value of bucket `index`.
fn highest_of(index: usize) -> u64 {
    let index = index as u64;
    if index < 2 * SUB_BUCKETS {
        return index;
    }
    let shift = index / SUB_BUCKETS - 1;
    let top = SUB_BUCKETS + index % SUB_BUCKETS;
    ((top + 1) << shift) - 1
}

impl Lateness {
    /// Records one tick `late_ns` late.
    pub fn record(&mut self, late_ns: u64) {
        let index = index_of(late_ns);
        assert!(index < BUCKETS, "lateness {late_ns} ns has no bucket");
        self.counts[index] += 1;
        self.total += 1;
    }

    /// Ticks recorded.
    pub fn len(&self) -> u64 {
        self.total
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Adds what `other` recorded.
    pub fn add(&mut self, other: &Lateness) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts.iter()) {
            *mine += theirs;
        }
        self.total += other.total;
    }

    /// The lateness at `quantile` (0.0..=1.0), in nanoseconds: the highest value of the
    /// bucket holding it (0 when empty).
    pub fn value_at_quantile(&self, quantile: f64) -> u64 {
        if self.total == 0 {
            return 0;
        }
        let rank = ((quantile.clamp(0.0, 1.0) * self.total as f64).ceil() as u64).max(1);
        let mut seen = 0;
        for (index, count) in self.counts.iter().enumerate() {
            seen += count;
            if seen >= rank {
                return highest_of(index);
            }
        }
        unreachable!("rank {rank} is at most the total {}", self.total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_lands_in_a_bucket_that_holds_it() {
        for seed in 0..200_u64 {
            fastrand::seed(seed);
            for _ in 0..1000 {
                let value = fastrand::u64(..=LATENESS_MAX_NS) >> fastrand::u32(0..36);
                let index = index_of(value);
                assert!(index < BUCKETS, "seed {seed}: {value}");
                let high = highest_of(index);
                assert!(
                    value <= high,
                    "seed {seed}: {value} above its bucket's {high}"
                );
                assert!(
                    high - value <= value / SUB_BUCKETS,
                    "seed {seed}: {value} in a bucket up to {high}"
                );
                assert!(
                    index == 0 || highest_of(index - 1) < value,
                    "seed {seed}: {value}"
                );
            }
        }
        assert_eq!(index_of(u64::MAX), index_of(LATENESS_MAX_NS));
    }

    /// Quantiles against a model (the sorted values), seeds in the failure messages.
    #[test]
    fn quantiles_are_the_models_within_the_precision() {
        for seed in 0..100_u64 {
            fastrand::seed(seed);
            let mut model: Vec<u64> = (0..fastrand::usize(1..2000))
                .map(|_| fastrand::u64(0..50_000_000) >> fastrand::u32(0..20))
                .collect();
            let (mut left, mut right) = (Lateness::default(), Lateness::default());
            for (n, &value) in model.iter().enumerate() {
                if n % 2 == 0 { &mut left } else { &mut right }.record(value);
            }
            left.add(&right);
            model.sort_unstable();
            assert_eq!(left.len(), model.len() as u64, "seed {seed}");
            for quantile in [0.0, 0.5, 0.9, 0.99, 0.999, 1.0] {
                let rank = ((quantile * model.len() as f64).ceil() as usize).max(1);
                let exact = model[rank - 1];
                let got = left.value_at_quantile(quantile);
                assert!(
                    exact <= got && got - exact <= exact / SUB_BUCKETS,
                    "seed {seed} q {quantile}: {got} for {exact}"
                );
            }
        }
        assert_eq!(Lateness::default().value_at_quantile(0.99), 0);
    }
}
