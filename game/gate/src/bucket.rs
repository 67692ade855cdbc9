//! A token bucket: `rate` tokens per second, at most `burst` saved up.

use std::time::Duration;

#[derive(Debug, Clone)]
pub(super) struct TokenBucket {
    rate_per_s: u32,
    burst: u32,
    tokens: f64,
    last: Duration,
}

impl TokenBucket {
    pub(super) fn new(rate_per_s: u32, burst: u32, now: Duration) -> Self {
        Self {
            rate_per_s,
            burst,
            tokens: f64::from(burst),
            last: now,
        }
    }

    /// Takes a token if one is there.
    pub(super) fn take(&mut self, now: Duration) -> bool {
        let elapsed = now.saturating_sub(self.last).as_secs_f64();
        self.last = now;
        self.tokens =
            (self.tokens + elapsed * f64::from(self.rate_per_s)).min(f64::from(self.burst));
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
        let mut bucket = TokenBucket::new(10, 5, Duration::ZERO);
        let taken = (0..20).filter(|_| bucket.take(Duration::ZERO)).count();
        assert_eq!(taken, 5, "the burst");
        assert!(!bucket.take(Duration::from_millis(50)), "half a token");
        assert!(
            bucket.take(Duration::from_millis(100)),
            "one token after 100 ms"
        );
    }
}
