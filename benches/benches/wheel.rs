//! Criterion micro-benches of the timing wheel at a million live timers.
//!
//! Each measured operation runs with exactly [`LIVE`] timers in the wheel, checked after
//! every batch:
//! - insert+cancel: the wheel is filled once; each iteration adds one timer and cancels it,
//!   so the count is `LIVE` before and after every iteration (`LIVE + 1` inside it).
//! - poll one tick: each iteration advances the clock one tick and fires what is due
//!   (about `LIVE / SPAN_MS` timers); outside the timed part, the fired timers are put
//!   back at fresh deadlines within the span, so the next poll again starts from `LIVE`
//!   live timers spread over the next `SPAN_MS` ticks (the steady state of a server that
//!   re-arms what fires). Only the poll is timed (`iter_custom`).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use hearth_timers::{POLL_WORK_MAX_DEFAULT, Wheel};

/// Timers live at every measured operation.
const LIVE: usize = 1_000_000;
/// Deadlines spread over this many ticks (ms) ahead of the clock.
const SPAN_MS: u64 = 10_000;

fn filled_wheel() -> Wheel<u64> {
    let mut rng = fastrand::Rng::with_seed(7);
    let mut wheel = Wheel::with_live_max(0, LIVE + 16);
    for _ in 0..LIVE {
        let deadline = rng.u64(1..SPAN_MS);
        wheel.insert(deadline, deadline).expect("sized");
    }
    assert_eq!(wheel.len(), LIVE);
    wheel
}

fn insert_then_cancel(c: &mut Criterion) {
    let mut wheel = filled_wheel();
    let mut rng = fastrand::Rng::with_seed(8);
    c.bench_function("wheel/insert+cancel at 1M live", |b| {
        b.iter(|| {
            let handle = wheel.insert(rng.u64(1..SPAN_MS), 0).expect("room");
            black_box(wheel.cancel(handle))
        });
        assert_eq!(wheel.len(), LIVE, "every measured op ran at 1M live");
    });
}

fn poll_one_tick(c: &mut Criterion) {
    let mut wheel = filled_wheel();
    let mut rng = fastrand::Rng::with_seed(9);
    let mut expired = Vec::new();
    let mut now = 0;
    c.bench_function("wheel/poll one tick at 1M live", |b| {
        b.iter_custom(|iterations| {
            let mut polling = Duration::ZERO;
            for _ in 0..iterations {
                assert_eq!(wheel.len(), LIVE, "each poll starts at 1M live");
                now += 1;
                expired.clear();
                let started = Instant::now();
                // A budget-exhausted poll is a real outcome (a coarse slot draining); the
                // next tick resumes it, as a shard's would.
                let _progress =
                    black_box(wheel.poll_expired(now, POLL_WORK_MAX_DEFAULT, &mut expired));
                polling += started.elapsed();
                for _ in expired.drain(..) {
                    let deadline = now + rng.u64(1..=SPAN_MS);
                    wheel.insert(deadline, deadline).expect("room");
                }
            }
            polling
        })
    });
}

criterion_group!(benches, insert_then_cancel, poll_one_tick);
criterion_main!(benches);
