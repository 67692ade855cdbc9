//! Flagging a process stuck on one message (the idea comes from Skynet's monitor).
//!
//! Each shard publishes, with plain relaxed stores, which process it is running and a
//! run counter. A watchdog thread per node samples every shard every [`SAMPLE`]; a run
//! that has not changed for [`crate::LONG_HANDLER`] is reported once, with the pid, the
//! process kind and how long it has held the shard. The hot path pays two stores per run.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::LONG_HANDLER;
use crate::pid::Pid;

/// How often the watchdog samples.
const SAMPLE: Duration = Duration::from_millis(5);
const NOT_RUNNING: u64 = u64::MAX;

/// One shard's published state.
pub(crate) struct Watch {
    /// `slot | minter << 32 | kind << 40` of the running process, or `NOT_RUNNING`.
    where_: AtomicU64,
    /// `generation | run counter << 32`: changes with every run.
    which: AtomicU64,
    pub(crate) kind_names: Mutex<Vec<&'static str>>,
    pub(crate) long_handlers: AtomicU64,
}

impl Default for Watch {
    fn default() -> Self {
        Self {
            where_: AtomicU64::new(NOT_RUNNING),
            which: AtomicU64::new(0),
            kind_names: Mutex::new(Vec::new()),
            long_handlers: AtomicU64::new(0),
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

/// Samples `watches` until `stop` is set.
pub(crate) fn spawn(
    watches: Vec<Arc<Watch>>,
    stop: Arc<AtomicBool>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("hearth-watchdog".to_owned())
        .spawn(move || {
            let mut seen: Vec<Option<(u64, Instant, bool)>> = vec![None; watches.len()];
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(SAMPLE);
                for (shard, watch) in watches.iter().enumerate() {
                    sample(shard, watch, &mut seen[shard]);
                }
            }
        })
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
