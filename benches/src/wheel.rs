//! The `wheel` workload: `hearth-timers` at a million live timers, beside a `BTreeMap`
//! timer queue (what glommio and many runtimes use) measured in the same run.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

use hearth_timers::{POLL_WORK_MAX_DEFAULT, Progress, TimerHandle, Wheel};

use crate::{Line, rss_bytes};

/// Delays of the mixed-horizon phase: up to ten seconds spans levels 0 to 2.
const DELAY_MS_MAX: u64 = 10_000;
/// The uniform advance scenario spreads deadlines like W4: over two seconds.
const UNIFORM_SPAN_MS: u64 = 2_000;
/// Start of the coarse slot the adversarial scenario packs every timer into: level-2
/// slot 3 (64^2 ms wide), placed at level 2 when inserted at tick 0.
const COARSE_SLOT_START_MS: u64 = 3 * 4096;
const COARSE_SLOT_WIDTH_MS: u64 = 4096;

/// What one wheel run measured.
#[derive(Debug)]
pub struct WheelFigures {
    /// Timers live at the peak.
    pub n: usize,
    /// Mean ns per insert while filling to `n`, node storage reserved beforehand.
    pub insert_ns: f64,
    /// Mean ns per insert while filling to `n` from nothing (page faults included).
    pub insert_cold_ns: f64,
    /// Mean ns per cancel of every second timer in insertion order (W4's pattern).
    pub cancel_ns: f64,
    /// Mean ns per cancel in random order.
    pub cancel_random_ns: f64,
    /// Mean ns per reschedule of random live timers to random deadlines.
    pub reschedule_ns: f64,
    /// Mean ns per random cancel plus insert, holding `n` live.
    pub churn_ns: f64,
    /// Worst single `poll_expired` over the three advance scenarios, ms (wall clock).
    pub advance_max_ms: f64,
    /// The same in thread CPU time: the work itself, without time the host took the
    /// core away (this VM's vCPUs are preempted now and then).
    pub advance_max_cpu_ms: f64,
    /// Worst single poll per scenario: uniform, one coarse slot, one big jump.
    pub advance_scenarios_ms: [f64; 3],
    /// Resident bytes per live timer (RSS delta over the cold fill).
    pub bytes_per_timer: f64,
}

impl WheelFigures {
    /// The baseline-format line.
    pub fn line(&self) -> String {
        Line::new("hearth", "wheel")
            .field("n", self.n)
            .float("insert_ns", self.insert_ns, 1)
            .float("cancel_ns", self.cancel_ns, 1)
            .float("reschedule_ns", self.reschedule_ns, 1)
            .float("advance_max_ms", self.advance_max_ms, 3)
            .float("bytes_per_timer", self.bytes_per_timer, 1)
            .float("insert_cold_ns", self.insert_cold_ns, 1)
            .float("cancel_random_ns", self.cancel_random_ns, 1)
            .float("churn_ns", self.churn_ns, 1)
            .float("advance_max_cpu_ms", self.advance_max_cpu_ms, 3)
            .finish()
    }
}

/// Measures the wheel with `n` live timers.
pub fn measure_wheel(n: usize, seed: u64) -> WheelFigures {
    let mut rng = fastrand::Rng::with_seed(seed);
    let deadlines: Vec<u64> = (0..n).map(|_| rng.u64(1..DELAY_MS_MAX)).collect();
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut handles = vec![TimerHandle::from_bits(0); n];

    let rss_before = rss_bytes();
    let mut wheel = Wheel::with_live_max(0, n);
    let insert_cold_ns = fill(&mut wheel, &deadlines, &mut handles);
    let bytes_per_timer = rss_bytes().saturating_sub(rss_before) as f64 / n as f64;
    drop(wheel);

    let mut wheel = Wheel::with_live_max(0, n);
    wheel.reserve(n);
    let insert_ns = fill(&mut wheel, &deadlines, &mut handles);

    let started = Instant::now();
    for &index in &order[..n / 2] {
        let deadline = rng.u64(1..DELAY_MS_MAX);
        wheel.reschedule(handles[index], deadline).expect("live");
    }
    let reschedule_ns = per_op_ns(started, n / 2);

    let started = Instant::now();
    for &index in &order[n / 2..] {
        black_box(wheel.cancel(handles[index]));
        handles[index] = wheel.insert(deadlines[index], 0).expect("one was freed");
    }
    let churn_ns = per_op_ns(started, n - n / 2);

    let started = Instant::now();
    for handle in handles.iter().step_by(2) {
        black_box(wheel.cancel(*handle));
    }
    let cancel_ns = per_op_ns(started, n.div_ceil(2));

    let odd_random: Vec<usize> = order
        .iter()
        .copied()
        .filter(|index| index % 2 == 1)
        .collect();
    let started = Instant::now();
    for &index in &odd_random {
        black_box(wheel.cancel(handles[index]));
    }
    let cancel_random_ns = per_op_ns(started, odd_random.len());
    assert!(wheel.is_empty(), "every timer was cancelled exactly once");
    drop(wheel);

    let scenarios = [
        advance_uniform(n, &mut rng),
        advance_coarse_slot(n, &mut rng, 1),
        advance_coarse_slot(n, &mut rng, COARSE_SLOT_START_MS + 2 * COARSE_SLOT_WIDTH_MS),
    ];
    let advance_scenarios_ms = scenarios.map(|worst| worst.wall_ms);
    let advance_max_ms = advance_scenarios_ms.iter().copied().fold(0.0, f64::max);
    let advance_max_cpu_ms = scenarios
        .iter()
        .map(|worst| worst.cpu_ms)
        .fold(0.0, f64::max);
    WheelFigures {
        n,
        insert_ns,
        insert_cold_ns,
        cancel_ns,
        cancel_random_ns,
        reschedule_ns,
        churn_ns,
        advance_max_ms,
        advance_max_cpu_ms,
        advance_scenarios_ms,
        bytes_per_timer,
    }
}

/// Inserts one timer per deadline, recording handles; returns mean ns per insert.
fn fill(wheel: &mut Wheel<u64>, deadlines: &[u64], handles: &mut [TimerHandle]) -> f64 {
    let started = Instant::now();
    for (slot, &deadline) in handles.iter_mut().zip(deadlines) {
        *slot = wheel.insert(deadline, deadline).expect("sized for n");
    }
    per_op_ns(started, deadlines.len())
}

/// The slowest single poll of a scenario.
#[derive(Clone, Copy)]
struct Worst {
    wall_ms: f64,
    cpu_ms: f64,
}

/// CPU time consumed by this thread, in nanoseconds.
fn thread_cpu_ns() -> u64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a constant Linux knows.
    let result = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(result, 0, "thread CPU clock unavailable");
    now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64
}

/// W4-like: deadlines uniform over two seconds, advanced one millisecond at a time.
fn advance_uniform(n: usize, rng: &mut fastrand::Rng) -> Worst {
    let mut wheel = Wheel::with_live_max(0, n);
    for _ in 0..n {
        let deadline = rng.u64(1..=UNIFORM_SPAN_MS);
        wheel.insert(deadline, deadline).expect("sized for n");
    }
    advance_worst_ms(&mut wheel, 1)
}

/// Adversarial: every timer in one level-2 slot, advanced in steps of `step_ms` (a step
/// past the whole slot is one big jump).
fn advance_coarse_slot(n: usize, rng: &mut fastrand::Rng, step_ms: u64) -> Worst {
    let mut wheel = Wheel::with_live_max(0, n);
    let span = COARSE_SLOT_START_MS..COARSE_SLOT_START_MS + COARSE_SLOT_WIDTH_MS;
    for _ in 0..n {
        let deadline = rng.u64(span.clone());
        wheel.insert(deadline, deadline).expect("sized for n");
    }
    advance_worst_ms(&mut wheel, step_ms)
}

/// Advances `wheel` until empty, `step_ms` at a time, polling again whenever the budget
/// ran out; returns the slowest single poll and checks that nothing fired early.
fn advance_worst_ms(wheel: &mut Wheel<u64>, step_ms: u64) -> Worst {
    let mut expired = Vec::with_capacity(POLL_WORK_MAX_DEFAULT);
    let (mut worst_ns, mut worst_cpu_ns) = (0u128, 0u64);
    let mut now = 0;
    while !wheel.is_empty() {
        now += step_ms;
        loop {
            expired.clear();
            let (started, cpu_started) = (Instant::now(), thread_cpu_ns());
            let progress = wheel.poll_expired(now, POLL_WORK_MAX_DEFAULT, &mut expired);
            worst_cpu_ns = worst_cpu_ns.max(thread_cpu_ns() - cpu_started);
            worst_ns = worst_ns.max(started.elapsed().as_nanos());
            assert!(
                expired.iter().all(|&deadline| deadline <= now),
                "a timer fired early"
            );
            if progress == Progress::CaughtUp {
                break;
            }
        }
    }
    Worst {
        wall_ms: worst_ns as f64 / 1e6,
        cpu_ms: worst_cpu_ns as f64 / 1e6,
    }
}

/// The same insert/reschedule/cancel mix on a `BTreeMap<(deadline, id), payload>`.
pub fn measure_btreemap(n: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let deadlines: Vec<u64> = (0..n).map(|_| rng.u64(1..DELAY_MS_MAX)).collect();
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut keys: Vec<(u64, u64)> = deadlines.iter().zip(0..).map(|(&d, id)| (d, id)).collect();

    let mut queue = BTreeMap::new();
    let started = Instant::now();
    for &(deadline, id) in &keys {
        queue.insert((deadline, id), deadline);
    }
    let insert_ns = per_op_ns(started, n);

    let reschedule_count = n / 2;
    let started = Instant::now();
    for &index in &order[..reschedule_count] {
        let payload = queue.remove(&keys[index]).expect("live");
        keys[index].0 = rng.u64(1..DELAY_MS_MAX);
        queue.insert(keys[index], payload);
    }
    let reschedule_ns = per_op_ns(started, reschedule_count);

    let cancel_count = n / 2;
    let started = Instant::now();
    for &index in &order[n - cancel_count..] {
        black_box(queue.remove(&keys[index]));
    }
    let cancel_ns = per_op_ns(started, cancel_count);
    Line::new("btreemap", "wheel")
        .field("n", n)
        .float("insert_ns", insert_ns, 1)
        .float("cancel_ns", cancel_ns, 1)
        .float("reschedule_ns", reschedule_ns, 1)
        .finish()
}

fn per_op_ns(started: Instant, ops: usize) -> f64 {
    started.elapsed().as_nanos() as f64 / ops.max(1) as f64
}
