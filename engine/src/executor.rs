//! The only place that knows the executor is glommio: one pinned thread per shard with
//! its own io_uring loop, preemption, yielding, sleeping and task spawning. Swapping the
//! executor means rewriting this file.

use std::future::Future;
use std::time::Duration;

use futures_lite::FutureExt;
use glommio::{LocalExecutorBuilder, Placement};

use crate::config::{IO_MEMORY_BYTES, PREEMPT_TIMER};
use crate::doorbell::Doorbell;

/// How long an idle shard keeps polling (io completions and wakes from other shards)
/// before it sleeps. Waking a sleeping thread costs tens of microseconds on the reference
/// VM; when another shard or a peer node is feeding this one, work usually comes within
/// microseconds, so a short poll saves a sleep and a wake per exchange. The executor's
/// own spin is used: it polls the io ring and cross-thread wakes, which a spin inside a
/// task could not.
const SPIN_BEFORE_PARK: Duration = Duration::from_micros(50);

/// Submission-queue entries of each of the shard's io rings. Beyond how many requests go
/// to the kernel at once, the kernel sizes a ring's cancellation hash table from it (at
/// most 256 buckets, reached at 4096 entries): glommio cancels a timeout on every reactor
/// pass, and each cancel walks a bucket of that table, which holds every pending socket
/// poll. At glommio's default of 128 (8 buckets) a shard with 18,000 idle client
/// connections spent a third of its time in that walk.
const RING_DEPTH: usize = 4096;

/// A running shard thread.
pub(crate) struct ShardThread {
    handle: std::thread::JoinHandle<()>,
}

impl ShardThread {
    /// Waits for the shard to finish.
    pub(crate) fn join(self) -> Result<(), String> {
        self.handle
            .join()
            .map_err(|panic| crate::panic::message(panic.as_ref()))
    }
}

/// Starts shard `index` on its own thread, pinned to `cpu` when given, and returns once
/// its executor exists (or with why it could not be made).
///
/// `main` is called on the new thread before the executor is made, so what it publishes
/// about the thread (its ids, for the watchdog) is known before the executor can park
/// it. glommio's own `LocalExecutorBuilder::spawn` calls it only when the executor first
/// polls the task, and glommio 0.9 can park before that poll (see [`Yielder`]): a shard
/// was seen asleep for minutes at node start, its task never polled and its thread
/// unknown to the watchdog, 1 start in ~450 on a loaded 2-core machine.
pub(crate) fn spawn_shard<G, F>(
    index: usize,
    cpu: Option<usize>,
    main: G,
) -> Result<ShardThread, String>
where
    G: FnOnce() -> F + Send + 'static,
    F: Future<Output = ()> + 'static,
{
    let (made, outcome) = std::sync::mpsc::sync_channel(1);
    let handle = std::thread::Builder::new()
        .name(format!("hearth-shard-{index}"))
        .spawn(move || {
            let task = main();
            let placement = cpu.map_or(Placement::Unbound, Placement::Fixed);
            let executor = LocalExecutorBuilder::new(placement)
                .preempt_timer(PREEMPT_TIMER)
                .spin_before_park(SPIN_BEFORE_PARK)
                .ring_depth(RING_DEPTH)
                .io_memory(IO_MEMORY_BYTES)
                .make();
            match executor {
                Ok(executor) => {
                    let _ = made.send(Ok(()));
                    executor.run(task);
                }
                Err(error) => {
                    let _ = made.send(Err(error.to_string()));
                }
            }
        })
        .map_err(|error| format!("cannot start shard {index}'s thread: {error}"))?;
    match outcome.recv() {
        Ok(Ok(())) => Ok(ShardThread { handle }),
        Ok(Err(why)) => {
            let _ = handle.join();
            Err(format!("cannot start shard {index}: {why}"))
        }
        Err(_) => {
            let why = ShardThread { handle }.join().err().unwrap_or_default();
            Err(format!("shard {index} ended while starting: {why}"))
        }
    }
}

/// The longest a busy shard can be left parked by the executor (see [`Yielder`]).
const KEEPALIVE: Duration = Duration::from_millis(2);

/// Yields a busy shard's task to the executor, with a guard against glommio 0.9 parking
/// it while it is runnable.
///
/// glommio's executor loop parks when `run_task_queues` returns `false`, which it also
/// does when a latency-ring completion (its preemption signal) is pending before any
/// queue ran — with task queues still runnable. The park then sleeps in `io_uring_enter`
/// with only glommio timers as a deadline; a shard task that had just yielded (runnable,
/// so none of our sleep deadlines armed) was captured asleep like that for minutes. (The
/// bug is described and fixed upstream in glommio/glommio pull request 53, not in a
/// release. A task that yields its queue in a loop reproduces it here within seconds.)
/// A pending timer bounds that park, so every yield first makes sure this task has a
/// keep-alive timer charged, due within [`KEEPALIVE`]; an idle shard drops it
/// ([`Yielder::disarm`]) because its sleep carries its own deadline, and so costs no
/// extra wake-ups.
#[derive(Default)]
pub(crate) struct Yielder {
    /// The charged keep-alive timer and when it is due.
    keepalive: Option<(glommio::timer::Timer, std::time::Instant)>,
}

impl Yielder {
    /// Lets the shard's other tasks run and its io ring be polled (submissions flushed,
    /// completions reaped), then continues. A plain task yield would not reach the io
    /// ring: the executor keeps running a task queue that has runnable tasks.
    pub(crate) async fn yield_now(&mut self) {
        let now = std::time::Instant::now();
        if self.keepalive.as_ref().is_none_or(|(_, due)| now >= *due) {
            // Polling charges the timer with this task's waker; it stays charged (no
            // further polls) until due, then the next yield replaces it.
            let mut timer = glommio::timer::Timer::new(KEEPALIVE);
            let _ = futures_lite::future::poll_once(&mut timer).await;
            self.keepalive = Some((timer, now + KEEPALIVE));
        }
        glommio::executor().yield_task_queue_now().await;
    }

    /// The shard goes to sleep with a deadline of its own: no keep-alive needed.
    pub(crate) fn disarm(&mut self) {
        self.keepalive = None;
    }
}

/// Whether the executor wants the running task to yield (preemption timer or io).
pub(crate) fn should_yield() -> bool {
    glommio::executor().need_preempt()
}

/// Sleeps until `bell` rings or `timeout` passes. The caller has called
/// `prepare_sleep` and re-checked its inputs.
pub(crate) async fn sleep(bell: &Doorbell, timeout: Option<Duration>) {
    match timeout {
        Some(timeout) => {
            let timer = async {
                glommio::timer::Timer::new(timeout).await;
            };
            bell.wait().or(timer).await;
        }
        None => bell.wait().await,
    }
    bell.cancel_sleep();
}

/// The signal that interrupts a shard thread's sleep in the kernel.
const INTERRUPT_SIGNAL: libc::c_int = libc::SIGURG;

/// This thread, for [`interrupt`] (a `pthread_t`).
pub(crate) fn thread_token() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// Makes [`INTERRUPT_SIGNAL`] interrupt blocking syscalls (a no-op handler without
/// `SA_RESTART`; its default disposition, ignore, would not). Idempotent.
pub(crate) fn install_interrupt_handler() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    extern "C" fn nothing(_: libc::c_int) {}
    INSTALL.call_once(|| {
        // SAFETY: a zeroed sigaction with a valid handler and an empty mask is a valid
        // argument; the handler is async-signal-safe (it does nothing).
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = nothing as *const () as libc::sighandler_t;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(INTERRUPT_SIGNAL, &action, std::ptr::null_mut());
        }
    });
}

/// This thread's kernel id (for [`sleeps_in_kernel`]).
pub(crate) fn kernel_thread_id() -> u64 {
    // SAFETY: gettid has no preconditions.
    u64::from(unsafe { libc::gettid() }.unsigned_abs())
}

/// Whether the thread `tid` of this process sleeps in the kernel (state `S` or `D` in
/// `/proc`), as opposed to running or waiting for a CPU (`R`). `None` if unknown.
pub(crate) fn sleeps_in_kernel(tid: u64) -> Option<bool> {
    let stat = std::fs::read_to_string(format!("/proc/self/task/{tid}/stat")).ok()?;
    // `tid (comm) S …`: the name may hold spaces and parentheses; the state follows the
    // last `)`.
    let state = stat[stat.rfind(')')? + 1..].trim_start().chars().next()?;
    Some(matches!(state, 'S' | 'D'))
}

/// Interrupts the thread of `token` if it sleeps in the kernel: its io_uring wait returns
/// `EINTR` (which glommio's reactor tolerates) and its loop runs again.
pub(crate) fn interrupt(token: u64) {
    if token != 0 {
        // SAFETY: the token is a pthread_t of a shard thread, which lives as long as its
        // node (the watchdog stops before the shards are joined).
        unsafe {
            libc::pthread_kill(token as libc::pthread_t, INTERRUPT_SIGNAL);
        }
    }
}

/// Runs `task` concurrently on the current shard.
pub(crate) fn spawn_task(task: impl Future<Output = ()> + 'static) {
    glommio::spawn_local(task).detach();
}

/// The glommio park bug and its work-around, reproduced. Both take seconds of a core, so
/// they run on demand: `cargo test --release -p hearth-engine -- --ignored glommio_park`.
#[cfg(test)]
mod glommio_park {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::{Duration, Instant};

    use super::Yielder;

    /// A short preemption timer makes the race frequent.
    const PREEMPT: Duration = Duration::from_micros(200);

    /// Runs a task that yields its queue in a loop (as a busy shard does) for up to
    /// `run`; returns the longest pause in its progress seen by another thread, or `None`
    /// if it stopped for `hung` (the executor thread is then abandoned, asleep).
    fn longest_pause(with_yielder: bool, run: Duration, hung: Duration) -> Option<Duration> {
        let progress = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&progress);
        let _executor = glommio::LocalExecutorBuilder::new(glommio::Placement::Unbound)
            .preempt_timer(PREEMPT)
            .spawn(move || async move {
                let mut yielder = Yielder::default();
                let started = Instant::now();
                while started.elapsed() < run {
                    progress.fetch_add(1, Ordering::Relaxed);
                    if with_yielder {
                        yielder.yield_now().await;
                    } else {
                        glommio::executor().yield_task_queue_now().await;
                    }
                }
            })
            .expect("an executor starts");
        let started = Instant::now();
        let (mut last, mut since, mut longest) = (0, Instant::now(), Duration::ZERO);
        while started.elapsed() < run {
            std::thread::sleep(Duration::from_millis(1));
            let now = seen.load(Ordering::Relaxed);
            if now != last {
                longest = longest.max(since.elapsed());
                (last, since) = (now, Instant::now());
            } else if since.elapsed() >= hung {
                return None;
            }
        }
        Some(longest)
    }

    #[test]
    #[ignore = "seconds of CPU; documents the glommio 0.9 bug the Yielder works around"]
    fn glommio_park_without_a_timer_hangs_a_runnable_task() {
        // Seen here within 1-10 s in every run. If this starts failing, glommio parks
        // correctly and `Yielder`'s keep-alive timer can go.
        let pause = longest_pause(false, Duration::from_secs(60), Duration::from_secs(2));
        assert!(pause.is_none(), "no hang in 60 s (longest pause {pause:?})");
    }

    #[test]
    #[ignore = "seconds of CPU; run with the test above"]
    fn glommio_park_is_bounded_by_the_yielders_keepalive() {
        let pause = longest_pause(true, Duration::from_secs(15), Duration::from_secs(2))
            .expect("the yielding task never stops");
        // The keep-alive is due within 2 ms; the rest is this VM's scheduling noise.
        assert!(
            pause < Duration::from_millis(100),
            "longest pause {pause:?}"
        );
    }
}
