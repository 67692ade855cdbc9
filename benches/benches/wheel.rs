//! Criterion micro-benches of the timing wheel at a million live timers.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hearth_timers::{POLL_WORK_MAX_DEFAULT, Wheel};

const LIVE: u64 = 1_000_000;
const SPAN_MS: u64 = 10_000;

fn filled_wheel() -> Wheel<u64> {
    let mut rng = fastrand::Rng::with_seed(7);
    let mut wheel = Wheel::with_live_max(0, LIVE as usize + 16);
    for _ in 0..LIVE {
        let deadline = rng.u64(1..SPAN_MS);
        wheel.insert(deadline, deadline).expect("sized");
    }
    wheel
}

fn insert_then_cancel(c: &mut Criterion) {
    let mut wheel = filled_wheel();
    let mut rng = fastrand::Rng::with_seed(8);
    c.bench_function("wheel/insert+cancel at 1M live", |b| {
        b.iter(|| {
            let handle = wheel.insert(rng.u64(1..SPAN_MS), 0).expect("room");
            black_box(wheel.cancel(handle))
        })
    });
}

fn poll_one_tick(c: &mut Criterion) {
    let mut wheel = filled_wheel();
    let mut expired = Vec::new();
    let mut now = 0;
    c.bench_function("wheel/poll one tick at 1M live", |b| {
        b.iter(|| {
            now += 1;
            expired.clear();
            if wheel.len() < LIVE as usize / 2 {
                wheel = filled_wheel();
                now = 1;
            }
            black_box(wheel.poll_expired(now, POLL_WORK_MAX_DEFAULT, &mut expired))
        })
    });
}

criterion_group!(benches, insert_then_cancel, poll_one_tick);
criterion_main!(benches);
