//! The shard clock: nanoseconds since the node started, cheap enough to read on every
//! timer insert (`Instant::now` costs ~28 ns on the reference VM, the TSC ~10 ns).
//!
//! Invariants:
//! - **Never ahead of real time.** The TSC rate is calibrated once per OS process against
//!   the monotonic clock and then biased [`RATE_BIAS_PPM`] slow, more than the calibration
//!   error, so the TSC-derived time lags real time; each shard re-anchors to the monotonic
//!   clock every [`REANCHOR_NS`], which only ever moves it forward. A timer computed from
//!   this clock can therefore be late by microseconds but never early.
//! - **Monotonic** per shard (re-anchoring only moves forward).
//! - Falls back to `Instant` where the TSC is not known to be invariant.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long the one-time calibration measures the TSC against the monotonic clock.
const CALIBRATION: Duration = Duration::from_millis(20);
/// Slow bias of the TSC rate, in parts per million: calibration over 20 ms is good to
/// ~50 ppm, so 200 ppm keeps the derived clock behind real time.
const RATE_BIAS_PPM: u128 = 200;
/// Re-anchor to the monotonic clock this often: lag stays under 100 ms × 250 ppm = 25 µs.
const REANCHOR_NS: u64 = 100_000_000;

#[derive(Clone, Copy)]
struct Calibration {
    /// Nanoseconds per TSC tick, fixed point with 32 fractional bits; `None`: no TSC.
    ns_per_tick_q32: Option<u128>,
}

/// The node epoch every shard measures from.
static EPOCH: OnceLock<(Instant, Calibration)> = OnceLock::new();

fn epoch() -> &'static (Instant, Calibration) {
    EPOCH.get_or_init(|| (Instant::now(), calibrate()))
}

fn tsc_is_invariant() -> bool {
    if !cfg!(target_arch = "x86_64") {
        return false;
    }
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let flags = cpuinfo
        .lines()
        .find(|line| line.starts_with("flags"))
        .unwrap_or("");
    let has = |flag: &str| flags.split_whitespace().any(|f| f == flag);
    has("constant_tsc") && has("nonstop_tsc")
}

fn calibrate() -> Calibration {
    if !tsc_is_invariant() {
        return Calibration {
            ns_per_tick_q32: None,
        };
    }
    let (instant_0, tsc_0) = (Instant::now(), read_tsc());
    std::thread::sleep(CALIBRATION);
    let (instant_1, tsc_1) = (Instant::now(), read_tsc());
    let ns = (instant_1 - instant_0).as_nanos();
    let ticks = u128::from(tsc_1.wrapping_sub(tsc_0)).max(1);
    let rate = (ns << 32) / ticks;
    Calibration {
        ns_per_tick_q32: Some(rate - rate * RATE_BIAS_PPM / 1_000_000),
    }
}

#[cfg(target_arch = "x86_64")]
fn read_tsc() -> u64 {
    // SAFETY: `rdtsc` has no preconditions on x86_64; it only reads a counter.
    unsafe { core::arch::x86_64::_rdtsc() }
}

#[cfg(not(target_arch = "x86_64"))]
fn read_tsc() -> u64 {
    0
}

/// A shard's clock (see the module docs).
pub(crate) struct Clock {
    epoch: Instant,
    ns_per_tick_q32: Option<u128>,
    anchor_tsc: u64,
    anchor_ns: u64,
}

impl Clock {
    pub(crate) fn new() -> Self {
        let &(epoch, calibration) = epoch();
        // Real time is read before the TSC, so the anchor is never ahead of the moment
        // the TSC was read.
        let anchor_ns = epoch.elapsed().as_nanos() as u64;
        Self {
            epoch,
            ns_per_tick_q32: calibration.ns_per_tick_q32,
            anchor_tsc: read_tsc(),
            anchor_ns,
        }
    }

    fn os_ns(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    /// Nanoseconds since the node epoch (see the invariants).
    pub(crate) fn now_ns(&self) -> u64 {
        let Some(rate) = self.ns_per_tick_q32 else {
            return self.os_ns();
        };
        let ticks = read_tsc().wrapping_sub(self.anchor_tsc);
        self.anchor_ns + ((u128::from(ticks) * rate) >> 32) as u64
    }

    /// Re-anchors to the monotonic clock if the last anchor is old; the shard loop calls
    /// this once per turn.
    pub(crate) fn maintain(&mut self, now_ns: u64) {
        if now_ns.saturating_sub(self.anchor_ns) >= REANCHOR_NS {
            self.reanchor();
        }
    }

    fn reanchor(&mut self) {
        if self.ns_per_tick_q32.is_none() {
            return;
        }
        let os = self.os_ns();
        let tsc = read_tsc();
        let derived = self.anchor_ns
            + ((u128::from(tsc.wrapping_sub(self.anchor_tsc)) * self.ns_per_tick_q32.unwrap_or(0))
                >> 32) as u64;
        self.anchor_tsc = tsc;
        self.anchor_ns = os.max(derived);
    }
}

/// Milliseconds (wheel ticks) for a nanosecond time, rounded down: "the tick we are in".
pub(crate) fn tick_floor(ns: u64) -> u64 {
    ns / 1_000_000
}

/// The first tick at or after `ns`: a deadline rounded up so it never fires early.
pub(crate) fn tick_ceil(ns: u64) -> u64 {
    ns.div_ceil(1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_ahead_of_the_monotonic_clock_and_monotonic() {
        let mut clock = Clock::new();
        let mut last = 0;
        for round in 0..2_000 {
            let derived = clock.now_ns();
            let os = clock.os_ns();
            assert!(
                derived <= os,
                "derived clock ahead of real time at round {round}"
            );
            assert!(derived >= last, "clock went backwards");
            assert!(
                os - derived < 5_000_000,
                "derived clock lags by {} ns",
                os - derived
            );
            last = derived;
            clock.maintain(derived);
            if round % 100 == 0 {
                std::thread::sleep(Duration::from_micros(300));
            }
        }
    }

    #[test]
    fn ticks_round_the_right_way() {
        assert_eq!(tick_floor(1_999_999), 1);
        assert_eq!(tick_ceil(1_000_001), 2);
        assert_eq!(tick_ceil(2_000_000), 2);
    }
}
