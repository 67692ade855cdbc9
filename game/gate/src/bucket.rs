//! A token bucket: `rate` tokens per second, at most `burst` saved up. Both are given at
//! each take, so a connection's bucket follows a reload of the limits at once.

use std::time::Duration;

#[derive(Debug, Clone)]
pub(super) struct TokenBucket {
    tokens: f64,
    last: Duration,
}

impl TokenBucket {
    /// A full bucket of `burst` tokens.
    pub(super) fn new(burst: u32, now: Duration) -> Self {
        Self {
            tokens: f64::from(burst),
            last: now,
        }
    }

    /// Whether the bucket would be full again by `now` (it then owes nothing: forgetting
    /// it and starting a fresh one loses nothing).
    pub(super) fn is_full_by(&self, now: Duration, rate_per_s: u32, burst: u32) -> bool {
        let elapsed = now.saturating_sub(self.last).as_secs_f64();
        self.tokens + elapsed * f64::from(rate_per_s) >= f64::from(burst)
    }

    /// Whether a token would be there at `now` (nothing is taken).
    pub(super) fn has_token(&self, now: Duration, rate_per_s: u32, burst: u32) -> bool {
        let elapsed = now.saturating_sub(self.last).as_secs_f64();
        (self.tokens + elapsed * f64::from(rate_per_s)).min(f64::from(burst)) >= 1.0
    }

    /// Refills at `rate_per_s` up to `burst`, then takes a token if one is there.
    pub(super) fn take(&mut self, now: Duration, rate_per_s: u32, burst: u32) -> bool {
        let elapsed = now.saturating_sub(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + elapsed * f64::from(rate_per_s)).min(f64::from(burst));
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_the_rate() {
        let mut bucket = TokenBucket::new(5, Duration::ZERO);
        let taken = (0..20)
            .filter(|_| bucket.take(Duration::ZERO, 10, 5))
            .count();
        assert_eq!(taken, 5, "the burst");
        assert!(
            !bucket.take(Duration::from_millis(50), 10, 5),
            "half a token"
        );
        assert!(
            bucket.take(Duration::from_millis(100), 10, 5),
            "one token after 100 ms"
        );
    }

    #[test]
    fn a_lower_burst_takes_effect_at_once() {
        let mut bucket = TokenBucket::new(100, Duration::ZERO);
        let taken = (0..20)
            .filter(|_| bucket.take(Duration::ZERO, 1, 3))
            .count();
        assert_eq!(taken, 3, "the saved tokens are capped at the new burst");
    }
}
