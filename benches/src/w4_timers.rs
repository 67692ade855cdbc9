//! W4: a million timers with delays uniform in 0..2000 ms; every second one cancelled
//! once all are scheduled; lateness (fire time minus due time) overall and "steady" (due
//! at least 100 ms after the cancel phase ended).

use std::time::{Duration, Instant};

use hearth_engine::{Ctx, NodeHandle, Process, SystemMsg, TimerRef};

use crate::Line;

const DELAY_US_MAX: u64 = 2_000_000;
const STEADY_AFTER: Duration = Duration::from_millis(100);

/// What the scheduling process measured.
struct Report {
    schedule_s: f64,
    cancel_s: f64,
    overall: Vec<u64>,
    steady: Vec<u64>,
}

struct Scheduler {
    count: usize,
    timers: Vec<TimerRef>,
    steady_from: Duration,
    overall: Vec<u64>,
    steady: Vec<u64>,
    phases: (f64, f64),
    done: Option<flume::Sender<Report>>,
}

impl Process for Scheduler {
    type Msg = flume::Sender<Report>;

    fn handle(&mut self, done: flume::Sender<Report>, ctx: &mut Ctx<'_, Self>) {
        self.done = Some(done);
        let mut rng = fastrand::Rng::with_seed(4);
        let started = Instant::now();
        for _ in 0..self.count {
            let delay = Duration::from_micros(rng.u64(0..DELAY_US_MAX));
            let due = ctx.now() + delay;
            let timer = ctx
                .start_timer_at(due, due.as_nanos() as u64)
                .expect("below the timer limit");
            self.timers.push(timer);
        }
        let schedule_s = started.elapsed().as_secs_f64();
        let started = Instant::now();
        for timer in self.timers.iter().step_by(2) {
            ctx.cancel_timer(*timer);
        }
        let cancel_s = started.elapsed().as_secs_f64();
        self.phases = (schedule_s, cancel_s);
        self.steady_from = ctx.now() + STEADY_AFTER;
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        let SystemMsg::Timer { tag: due_ns, .. } = message else {
            return;
        };
        let late_ns = (ctx.now().as_nanos() as u64).saturating_sub(due_ns);
        self.overall.push(late_ns);
        if Duration::from_nanos(due_ns) >= self.steady_from {
            self.steady.push(late_ns);
        }
        if self.overall.len() == self.count / 2 {
            let report = Report {
                schedule_s: self.phases.0,
                cancel_s: self.phases.1,
                overall: std::mem::take(&mut self.overall),
                steady: std::mem::take(&mut self.steady),
            };
            let _ = self.done.take().expect("started").send(report);
        }
    }
}

/// A W4 run that measured nothing worth a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum W4Error {
    /// No timer was due after the steady point: the schedule and cancel phases took the
    /// whole delay span, so there is no steady lateness to report. Run more timers over
    /// the same span only on a faster machine, or fewer.
    NoSteadySamples {
        /// Timers that fired in all.
        fired: usize,
    },
}

impl std::fmt::Display for W4Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoSteadySamples { fired } => write!(
                f,
                "W4 measured no steady lateness: none of the {fired} timers that fired was due at least \
                 {STEADY_AFTER:?} after the cancel phase"
            ),
        }
    }
}

impl std::error::Error for W4Error {}

/// The lateness at `fraction` of a sorted, non-empty sample, in ms.
fn percentile_ms(sorted: &[u64], fraction: f64) -> f64 {
    assert!(!sorted.is_empty(), "a percentile of no samples");
    let index = ((sorted.len() as f64 * fraction) as usize).min(sorted.len() - 1);
    sorted[index] as f64 / 1e6
}

/// Runs W4 and returns its line.
///
/// # Errors
/// [`W4Error::NoSteadySamples`] when no timer was due in the steady part of the run.
pub fn run(handle: &NodeHandle, count: usize) -> Result<String, W4Error> {
    let scheduler = Scheduler {
        count,
        timers: Vec::with_capacity(count),
        steady_from: Duration::MAX,
        overall: Vec::with_capacity(count / 2),
        steady: Vec::with_capacity(count / 2),
        phases: (0.0, 0.0),
        done: None,
    };
    let scheduler = handle.spawn(0, scheduler).expect("spawn scheduler");
    let (done, finished) = flume::bounded(1);
    handle.send(scheduler, done).expect("start");
    let mut report = finished.recv().expect("scheduler reports");
    report.overall.sort_unstable();
    report.steady.sort_unstable();
    let (overall, steady) = (&report.overall, &report.steady);
    if steady.is_empty() {
        return Err(W4Error::NoSteadySamples {
            fired: overall.len(),
        });
    }
    let line = Line::new("hearth", "W4-timers")
        .field("timers", count)
        .float("schedule_s", report.schedule_s, 4)
        .float("cancel_s", report.cancel_s, 4)
        .float("p50_ms", percentile_ms(overall, 0.5), 3)
        .float("p99_ms", percentile_ms(overall, 0.99), 3)
        .float("max_ms", percentile_ms(overall, 1.0), 3)
        .float("steady_p50_ms", percentile_ms(steady, 0.5), 3)
        .float("steady_p99_ms", percentile_ms(steady, 0.99), 3)
        .float("steady_max_ms", percentile_ms(steady, 1.0), 3)
        .finish();
    Ok(line)
}
