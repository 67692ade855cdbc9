//! Flagging a process stuck on one message (the idea comes from Skynet's monitor).
//!
//! Each shard publishes, with plain relaxed stores, which process it is running and a
//! run counter. A watchdog thread per node samples every shard every [`SAMPLE`]; a run
//! that has not changed for [`crate::LONG_HANDLER`] is reported once, with the pid, the
//! process kind and how long it has held the shard. The hot path pays two stores per run.
//!
//! It also watches each shard's turns: a shard turns at least every `SLEEP_MAX` (100 ms)
//! even when idle, and every few milliseconds when busy (turns end at preemption). One
//! that runs no process and has not turned for [`STALL`] is stuck in the executor —
//! asleep in the kernel with its wake-ups lost, whether or not it had announced the sleep
//! (a capture showed a shard asleep in io_uring, its doorbell not marked sleeping, no
//! timer armed, for minutes: glommio's park-while-runnable bug, now bounded by
//! `executor::Yielder`; this check is the backstop). The watchdog rings it, interrupts
//! its thread's sleep in the kernel (a signal, see `executor::interrupt`), and says so
//! once per stall. A lost wake then costs [`STALL`] instead of a hung node. A shard that
//! does not turn because a
//! process holds it is the long-handler report's business, and one whose thread is
//! runnable but not running (the OS gave its core to someone else, e.g. a compiler on a
//! shared machine) is not stalled: only a thread asleep in the kernel counts.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::LONG_HANDLER;
use crate::pid::Pid;
use crate::shard::{NodeShared, ShardShared};

/// How often the watchdog samples.
const SAMPLE: Duration = Duration::from_millis(5);
/// How long a sleeping shard may go without a turn before the watchdog rings it
/// (three times the longest sleep a shard asks for).
pub(crate) const STALL: Duration = Duration::from_millis(300);
/// How often a stalled shard's thread is interrupted while the stall lasts.
const INTERRUPT_EVERY: Duration = Duration::from_millis(100);
const NOT_RUNNING: u64 = u64::MAX;

/// One shard's published state.
pub(crate) struct Watch {
    /// `slot | minter << 32 | kind << 40` of the running process, or `NOT_RUNNING`.
    where_: AtomicU64,
    /// `generation | run counter << 32`: changes with every run.
    which: AtomicU64,
    pub(crate) kind_names: Mutex<Vec<&'static str>>,
    pub(crate) long_handlers: AtomicU64,
    /// Turns the shard has taken (one relaxed store per turn).
    turns: AtomicU64,
    /// Stalled sleeps the watchdog rang.
    pub(crate) stalls: AtomicU64,
}

impl Default for Watch {
    fn default() -> Self {
        Self {
            where_: AtomicU64::new(NOT_RUNNING),
            which: AtomicU64::new(0),
            kind_names: Mutex::new(Vec::new()),
            long_handlers: AtomicU64::new(0),
            turns: AtomicU64::new(0),
            stalls: AtomicU64::new(0),
        }
    }
}

impl Watch {
    /// The shard starts its `run`-th run, of `pid` (of kind `kind`): two plain stores.
    pub(crate) fn running(&self, pid: Pid, kind: u16, run: u32) {
        let where_ = u64::from(pid.slot) | u64::from(pid.minter) << 32 | u64::from(kind) << 40;
        self.which.store(
            u64::from(pid.generation) | u64::from(run) << 32,
            Ordering::Relaxed,
        );
        self.where_.store(where_, Ordering::Relaxed);
    }

    /// The shard took a turn.
    pub(crate) fn turned(&self) {
        let turns = self.turns.load(Ordering::Relaxed);
        self.turns.store(turns.wrapping_add(1), Ordering::Relaxed);
    }

    /// The shard runs no process.
    pub(crate) fn idle(&self) {
        self.where_.store(NOT_RUNNING, Ordering::Relaxed);
    }

    /// `(which, slot, minter, generation, kind)` of the running process.
    fn snapshot(&self) -> Option<(u64, u32, u8, u32, u16)> {
        let where_ = self.where_.load(Ordering::Relaxed);
        if where_ == NOT_RUNNING {
            return None;
        }
        let which = self.which.load(Ordering::Relaxed);
        Some((
            which,
            where_ as u32,
            (where_ >> 32) as u8,
            which as u32,
            (where_ >> 40) as u16,
        ))
    }
}

/// Samples every shard of `shared` until `stop` is set.
pub(crate) fn spawn(
    shared: Arc<NodeShared>,
    stop: Arc<AtomicBool>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("hearth-watchdog".to_owned())
        .spawn(move || {
            let shards = shared.shards.len();
            let mut seen: Vec<Option<(u64, Instant, bool)>> = vec![None; shards];
            let mut turns = vec![Turns::new(); shards];
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(SAMPLE);
                for (shard, state) in shared.shards.iter().enumerate() {
                    sample(shard, &state.watch, &mut seen[shard]);
                    check_turns(shard, state, &mut turns[shard]);
                }
            }
        })
}

/// What the watchdog knows of one shard's turns.
#[derive(Clone, Copy)]
struct Turns {
    /// The shard's turn counter when last seen to change ...
    turns: u64,
    /// ... and when that was.
    since: Instant,
    /// Whether this stall was reported.
    reported: bool,
    /// When the shard's thread was last interrupted in this stall.
    interrupted: Option<Instant>,
}

impl Turns {
    fn new() -> Self {
        Self {
            turns: 0,
            since: Instant::now(),
            reported: false,
            interrupted: None,
        }
    }
}

/// Rings a shard that runs no process and has not turned for [`STALL`], and interrupts
/// its thread's sleep in the kernel every [`INTERRUPT_EVERY`] while the stall lasts: a
/// stall was seen to outlast rings (its thread asleep in io_uring with no wake-up armed).
fn check_turns(shard: usize, state: &ShardShared, last: &mut Turns) {
    let turns = state.watch.turns.load(Ordering::Relaxed);
    if turns != last.turns {
        *last = Turns {
            turns,
            ..Turns::new()
        };
        return;
    }
    let stalled = last.since.elapsed();
    if stalled < STALL || state.watch.snapshot().is_some() {
        return;
    }
    let asleep = crate::executor::sleeps_in_kernel(state.tid.load(Ordering::Acquire));
    if !asleep.unwrap_or_else(|| state.doorbell.is_sleeping()) {
        return; // running in the executor or waiting for a CPU: not a lost wake-up
    }
    state.doorbell.force_ring();
    if last
        .interrupted
        .is_none_or(|at| at.elapsed() >= INTERRUPT_EVERY)
    {
        last.interrupted = Some(Instant::now());
        crate::executor::interrupt(state.thread.load(Ordering::Acquire));
    }
    if !last.reported {
        last.reported = true;
        state.watch.stalls.fetch_add(1, Ordering::Relaxed);
        let stalled_ms = stalled.as_millis() as u64;
        let announced_sleep = state.doorbell.is_sleeping();
        tracing::warn!(
            shard,
            stalled_ms,
            announced_sleep,
            "a shard made no turn and runs no process (lost wake-ups); rang and interrupted it"
        );
    }
}

fn sample(shard: usize, watch: &Watch, seen: &mut Option<(u64, Instant, bool)>) {
    let Some((runs, slot, minter, generation, kind)) = watch.snapshot() else {
        *seen = None;
        return;
    };
    match seen {
        Some((previous, since, reported)) if *previous == runs => {
            let held = since.elapsed();
            if !*reported && held >= LONG_HANDLER {
                *reported = true;
                watch.long_handlers.fetch_add(1, Ordering::Relaxed);
                let names = watch
                    .kind_names
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let kind = names.get(usize::from(kind)).copied().unwrap_or("?");
                let held_ms = held.as_millis() as u64;
                tracing::warn!(
                    shard,
                    minter,
                    slot,
                    generation,
                    kind,
                    held_ms,
                    "a handler is holding its shard"
                );
            }
        }
        _ => *seen = Some((runs, Instant::now(), false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shard(tid: u64) -> ShardShared {
        let mut shared = ShardShared::new(flume::bounded(1).0);
        shared.tid = std::sync::atomic::AtomicU64::new(tid);
        shared
    }

    /// A thread asleep in the kernel (blocked on a channel) until the sender drops: its
    /// kernel id and the sender.
    fn sleeper() -> (u64, flume::Sender<()>) {
        let (release, wait) = flume::bounded::<()>(1);
        let (tell, told) = flume::bounded(1);
        std::thread::spawn(move || {
            tell.send(crate::executor::kernel_thread_id()).unwrap();
            let _ = wait.recv();
        });
        let tid = told.recv().unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        while crate::executor::sleeps_in_kernel(tid) != Some(true) {
            assert!(
                Instant::now() < deadline,
                "thread {tid} never seen asleep in /proc"
            );
            std::thread::yield_now();
        }
        (tid, release)
    }

    fn long_ago() -> Turns {
        Turns {
            since: Instant::now() - STALL * 2,
            ..Turns::new()
        }
    }

    #[test]
    fn a_thread_asleep_past_the_stall_limit_is_rung_once_per_stall() {
        let (tid, _release) = sleeper();
        let state = shard(tid);
        // Asleep, no turn since long ago: rung, counted once however often it is seen.
        state.doorbell.prepare_sleep();
        let mut last = long_ago();
        check_turns(0, &state, &mut last);
        check_turns(0, &state, &mut last);
        assert!(state.doorbell.was_rung());
        assert_eq!(state.watch.stalls.load(Ordering::Relaxed), 1);

        // A turn resets the clock: no ring for a shard that keeps turning.
        state.watch.turned();
        state.doorbell.prepare_sleep();
        check_turns(0, &state, &mut last);
        assert!(!state.doorbell.was_rung());

        // Asleep in the kernel without having announced a sleep (as captured once):
        // rung all the same.
        let unannounced = shard(tid);
        check_turns(0, &unannounced, &mut long_ago());
        assert!(unannounced.doorbell.was_rung());
        assert_eq!(unannounced.watch.stalls.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_busy_or_starved_shard_is_not_taken_for_a_lost_wake() {
        // A process holding the shard is the long-handler check's business.
        let (tid, _release) = sleeper();
        let busy = shard(tid);
        busy.watch.running(Pid::from_bytes([1; 16]), 0, 1);
        check_turns(0, &busy, &mut long_ago());
        assert!(!busy.doorbell.was_rung());
        assert_eq!(busy.watch.stalls.load(Ordering::Relaxed), 0);

        // A thread that is running (this one), however long since its last turn and
        // whatever its doorbell says, waits for a CPU at worst.
        let running = shard(crate::executor::kernel_thread_id());
        running.doorbell.prepare_sleep();
        check_turns(0, &running, &mut long_ago());
        assert_eq!(running.watch.stalls.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn interrupting_a_sleeping_shard_leaves_it_working() {
        let node = crate::Node::start(crate::NodeConfig {
            shards: 2,
            pin: false,
            ..crate::NodeConfig::default()
        })
        .unwrap();
        let handle = node.handle();
        for round in 0..20 {
            std::thread::sleep(Duration::from_millis(5));
            for shard in &handle.shared.shards {
                crate::executor::interrupt(shard.thread.load(Ordering::Acquire));
            }
            for shard in 0..2 {
                assert_eq!(handle.run_on(shard, move |_| round).unwrap(), round);
            }
        }
        node.shutdown();
    }
}
