//! A client's fixed request schedule, as wrk2 keeps one: the k-th request is due at
//! `first + k × period`, whatever happened to the ones before. Both load modes send from
//! it and measure each reply from its request's due time, so a late sender or a slow
//! node cannot thin the load out or hide its delay (coordinated omission).
//!
//! Invariants: due times only grow, by exactly one period each; [`Schedule::take_due`]
//! hands out each due time once, in order, and only once `now` has reached it. Units are
//! the caller's (the TCP driver counts µs, the bots the engine's ns).

/// A fixed schedule (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    next: u64,
    period: u64,
}

impl Schedule {
    /// A schedule whose first request is due at `first`, then one every `period`.
    ///
    /// # Panics
    /// If `period` is 0 (every request would be due at once).
    pub fn new(first: u64, period: u64) -> Self {
        assert!(period > 0, "a schedule needs a period");
        Self {
            next: first,
            period,
        }
    }

    /// When the next request is due.
    pub fn next_due(&self) -> u64 {
        self.next
    }

    /// The due times of the requests due by `now`, oldest first (none if the next is
    /// not due yet); afterwards [`Schedule::next_due`] is after `now`.
    pub fn take_due(&mut self, now: u64) -> impl Iterator<Item = u64> + use<> {
        let first = self.next;
        let owed = if now < first {
            0
        } else {
            (now - first) / self.period + 1
        };
        self.next = first + owed * self.period;
        debug_assert!(self.next > now);
        let period = self.period;
        (0..owed).map(move |k| first + k * period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random clocks (steady ticks, stalls, repeated readings) against a model: the list
    /// of every `first + k × period` up to the last reading. Every due time is taken once,
    /// in order, never early; nothing is left owed. Seeds in the failure messages.
    #[test]
    fn every_due_time_is_taken_once_in_order_and_never_early() {
        for seed in 0..1000_u64 {
            fastrand::seed(seed);
            let first = fastrand::u64(0..1_000);
            let period = fastrand::u64(1..500);
            let mut schedule = Schedule::new(first, period);
            let mut now = 0;
            let mut taken = Vec::new();
            for _ in 0..200 {
                now += match fastrand::u8(0..10) {
                    0 => fastrand::u64(0..20 * period), // a stall
                    1 => 0,
                    _ => fastrand::u64(0..period),
                };
                for due in schedule.take_due(now) {
                    assert!(due <= now, "seed {seed}: {due} handed out at {now}");
                    taken.push(due);
                }
                assert!(schedule.next_due() > now, "seed {seed}: owed at {now}");
            }
            let model: Vec<u64> = (0..)
                .map(|k| first + k * period)
                .take_while(|due| *due <= now)
                .collect();
            assert_eq!(taken, model, "seed {seed}");
        }
    }
}
