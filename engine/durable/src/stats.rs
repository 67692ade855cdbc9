//! What a store has done, counted without locks: commits, transactions, bytes, whether it
//! is down, and the write-behind loss window.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

/// Bits of sub-bucket per power of two in [`LogHistogram`]: 8 sub-buckets keep a value
/// to within 12.5 %.
const SUB_BITS: u32 = 3;
/// Longest duration told apart, in µs (2^40 µs: 12 days); longer ones share the last bucket.
const MICROS_MAX: u64 = 1 << 40;
/// Buckets of [`LogHistogram`]: exact below 2^(SUB_BITS+1), then 8 per power of two.
const BUCKETS: usize = ((40 - SUB_BITS as usize) << SUB_BITS) + (1 << SUB_BITS);

/// Counters shared by a store's thread, writers and durable processes.
#[derive(Default)]
pub struct StoreStats {
    commits: AtomicU64,
    txns: AtomicU64,
    bytes: AtomicU64,
    commit_micros: AtomicU64,
    down: AtomicBool,
    loss_window: LogHistogram,
}

/// A copy of [`StoreStats`] at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StatsSnapshot {
    /// Durable commits (each a group of transactions).
    pub commits: u64,
    /// Transactions committed or refused by a version check.
    pub txns: u64,
    /// Snapshot bytes sent to the store.
    pub bytes: u64,
    /// Time spent in commits.
    pub commit_time: Duration,
    /// Whether the last commit failed (the store is being retried).
    pub down: bool,
    /// Write-behind saves measured for the loss window.
    pub saves: u64,
    /// 99th percentile of the time from a state's first unsaved change to the commit that
    /// saved it (the most a crash loses), to within 12.5 %.
    pub loss_window_p99: Duration,
    /// The longest such time seen, to within 12.5 %.
    pub loss_window_max: Duration,
}

impl StoreStats {
    pub(crate) fn committed(&self, txns: usize, bytes: usize, took: Duration) {
        self.commits.fetch_add(1, Ordering::Relaxed);
        self.txns.fetch_add(txns as u64, Ordering::Relaxed);
        self.bytes.fetch_add(bytes as u64, Ordering::Relaxed);
        let micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        self.commit_micros.fetch_add(micros, Ordering::Relaxed);
    }

    pub(crate) fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::Relaxed);
    }

    pub(crate) fn saved_after(&self, waited: Duration) {
        self.loss_window.record(waited);
    }

    /// The counters now.
    pub fn snapshot(&self) -> StatsSnapshot {
        StatsSnapshot {
            commits: self.commits.load(Ordering::Relaxed),
            txns: self.txns.load(Ordering::Relaxed),
            bytes: self.bytes.load(Ordering::Relaxed),
            commit_time: Duration::from_micros(self.commit_micros.load(Ordering::Relaxed)),
            down: self.down.load(Ordering::Relaxed),
            saves: self.loss_window.count(),
            loss_window_p99: self.loss_window.quantile(0.99),
            loss_window_max: self.loss_window.quantile(1.0),
        }
    }
}

/// Durations in logarithmic buckets of microseconds, recorded with atomics.
struct LogHistogram {
    buckets: [AtomicU64; BUCKETS],
}

impl Default for LogHistogram {
    fn default() -> Self {
        Self {
            buckets: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }
}

impl LogHistogram {
    fn bucket(micros: u64) -> usize {
        let micros = micros.min(MICROS_MAX);
        let exact = 1u64 << (SUB_BITS + 1);
        if micros < exact {
            return micros as usize;
        }
        let power = 63 - micros.leading_zeros();
        let fraction = (micros >> (power - SUB_BITS)) & ((1 << SUB_BITS) - 1);
        (((power - SUB_BITS + 1) as usize) << SUB_BITS) + fraction as usize
    }

    /// The largest value a bucket holds, in microseconds.
    fn upper_bound(index: usize) -> u64 {
        let exact = 1usize << (SUB_BITS + 1);
        if index < exact {
            return index as u64;
        }
        let power = (index >> SUB_BITS) as u32 + SUB_BITS - 1;
        let fraction = (index & ((1 << SUB_BITS) - 1)) as u64;
        let width = 1u64 << (power - SUB_BITS);
        ((1u64 << SUB_BITS) + fraction) * width + width - 1
    }

    fn record(&self, value: Duration) {
        let micros = u64::try_from(value.as_micros()).unwrap_or(u64::MAX);
        self.buckets[Self::bucket(micros)].fetch_add(1, Ordering::Relaxed);
    }

    fn count(&self) -> u64 {
        self.buckets
            .iter()
            .map(|bucket| bucket.load(Ordering::Relaxed))
            .sum()
    }

    fn quantile(&self, q: f64) -> Duration {
        let counts: Vec<u64> = self
            .buckets
            .iter()
            .map(|b| b.load(Ordering::Relaxed))
            .collect();
        let total: u64 = counts.iter().sum();
        if total == 0 {
            return Duration::ZERO;
        }
        let rank = ((total as f64 * q).ceil() as u64).clamp(1, total);
        let mut seen = 0;
        for (index, count) in counts.iter().enumerate() {
            seen += count;
            if seen >= rank {
                return Duration::from_micros(Self::upper_bound(index));
            }
        }
        Duration::from_micros(Self::upper_bound(BUCKETS - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_lies_within_its_bucket_and_buckets_are_ordered() {
        let mut rng_state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..100_000 {
            rng_state ^= rng_state << 13;
            rng_state ^= rng_state >> 7;
            rng_state ^= rng_state << 17;
            let value = rng_state >> (rng_state % 40 + 24);
            let index = LogHistogram::bucket(value);
            assert!(
                value <= LogHistogram::upper_bound(index),
                "{value} above bucket {index}"
            );
            if index > 0 && index < BUCKETS - 1 {
                assert!(
                    value > LogHistogram::upper_bound(index - 1),
                    "{value} below bucket {index}"
                );
            }
        }
    }

    #[test]
    fn quantiles_are_within_an_eighth_of_the_true_value() {
        let histogram = LogHistogram::default();
        for millis in 1..=100u64 {
            histogram.record(Duration::from_millis(millis));
        }
        let p99 = histogram.quantile(0.99).as_secs_f64() * 1e3;
        assert!(
            (99.0..=99.0 * 1.125).contains(&p99),
            "p99 {p99} ms for 1..=100 ms"
        );
        assert_eq!(histogram.count(), 100);
    }
}
