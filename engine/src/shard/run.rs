//! Running processes: one process's batch of messages, and one turn of the shard.
//!
//! A handler runs with the process's state moved out of its cell, so the handler's
//! [`Ctx`] can reach the whole shard (including the process's own mailbox) without
//! aliasing. Every handler call is wrapped in `catch_unwind`: a panic ends that process
//! with [`ExitReason::Panic`] (message and location) and nothing else (R2).

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::config::{RUN_TIME_SAMPLE_EVERY, RUNS_PER_PREEMPT_CHECK};
use crate::ctx::Ctx;
use crate::exit::ExitReason;
use crate::kind::{StateSlot, is_inline};
use crate::mailbox::Envelope;
use crate::pid::Pid;
use crate::process::Process;
use crate::table::Slot;

use super::Shard;

/// Parcels taken per inbound ring per turn: a burst from one shard cannot starve the
/// processes of this one.
const INBOUND_PER_TURN: usize = 4096;
/// Closures from outside the node run per turn: a burst of them (spawns for a load, a
/// drain's sends) is spread over turns so the shard's own processes keep running.
const INJECTED_PER_TURN: usize = 1024;

/// What a turn found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TurnOutcome {
    /// More work is ready: yield to io if needed and turn again.
    Busy,
    /// Nothing to do until the next timer (nanoseconds since the epoch) or a wake.
    Idle(Option<u64>),
}

/// One turn: injected jobs, inbound parcels, due timers, runnable processes, outbound
/// flush. Bounded: it stops running processes when the executor asks for preemption.
pub(crate) fn turn(shard: &mut Shard, should_yield: impl Fn() -> bool) -> TurnOutcome {
    let now_ns = shard.clock.now_ns();
    shard.clock.maintain(now_ns);
    shard.drain_injected(INJECTED_PER_TURN);
    shard.drain_inbound(INBOUND_PER_TURN);
    let timers_behind = shard.fire_timers(now_ns);
    shard.process_deaths();
    run_processes(shard, should_yield);
    shard.flush_outbound();
    shard.publish_process_count();
    shard.watch.idle();
    shard.watch.turned();
    if shard.sched.any() || timers_behind || shard.transport.pending() {
        return TurnOutcome::Busy;
    }
    let mut wake_ns = shard.next_timer_ns();
    if shard.transport.waiting() {
        // Parcels wait behind a full ring; nobody rings this shard when the peer makes
        // room, so look again soon.
        let retry_ns = now_ns + OUTBOX_RETRY.as_nanos() as u64;
        wake_ns = Some(wake_ns.map_or(retry_ns, |next| next.min(retry_ns)));
    }
    TurnOutcome::Idle(wake_ns)
}

/// How soon a shard with parcels waiting behind a full ring looks again.
const OUTBOX_RETRY: std::time::Duration = std::time::Duration::from_micros(100);

fn run_processes(shard: &mut Shard, should_yield: impl Fn() -> bool) {
    let mut runs = 0;
    while let Some(pid) = shard.sched.next() {
        let Some(slot) = shard.procs.alive(pid) else {
            continue;
        };
        shard.runs = shard.runs.wrapping_add(1);
        shard.watch.running(pid, slot.kind, shard.runs);
        let timed = shard.runs & (RUN_TIME_SAMPLE_EVERY - 1) == 0;
        let started_ns = if timed { shard.clock.now_ns() } else { 0 };
        let used_budget = (shard.procs.run_fn(slot.kind))(shard, pid, slot);
        if timed {
            let took_ns = shard.clock.now_ns().saturating_sub(started_ns);
            shard.run_times.sampled(took_ns);
            shard.recent_runs.note(pid, took_ns, shard.run_messages);
        }
        if shard.deaths_pending() {
            shard.process_deaths();
        }
        runs += 1;
        // A run that used its whole budget may have held the core for long: look at the
        // preemption flag after it, not only every few dozen runs.
        if (used_budget || runs % RUNS_PER_PREEMPT_CHECK == 0) && should_yield() {
            break;
        }
    }
}

impl Shard {
    /// Moves outboxes into the rings, publishes, and wakes sleeping peers that got work.
    pub(crate) fn flush_outbound(&mut self) {
        let now_ns = self.clock.now_ns();
        let shards = &self.shared.shards;
        self.transport
            .flush(now_ns, |shard| &shards[shard].doorbell);
    }

    /// Delivers parcels from every other shard, at most `budget` per ring.
    pub(crate) fn drain_inbound(&mut self, budget: usize) -> usize {
        let mut delivered = 0;
        for from in 0..self.transport.peers() {
            let Some(mut consumer) = self.transport.take_inbound(from) else {
                continue;
            };
            for _ in 0..budget {
                let Some(parcel) = consumer.pop() else { break };
                parcel.deliver(self, from as u8);
                delivered += 1;
            }
            self.transport.return_inbound(from, consumer);
        }
        if delivered > 0 {
            let now_ns = self.clock.now_ns();
            self.transport.note_traffic(now_ns);
        }
        delivered
    }

    /// Runs closures injected from outside the node.
    pub(crate) fn drain_injected(&mut self, budget: usize) {
        for _ in 0..budget {
            let Some(job) = self.transport.injected() else {
                break;
            };
            job(self);
        }
    }

    /// Whether the shard has anything to do: runnable processes, deaths to finish, or
    /// parcels and injected jobs waiting.
    pub(crate) fn has_work(&self) -> bool {
        self.sched.any() || self.deaths_pending() || self.transport.pending()
    }

    /// When parcels last crossed this shard's rings (shard clock).
    pub(crate) fn ring_traffic_ns(&self) -> u64 {
        self.transport.traffic_ns()
    }
}

/// Runs one scheduled process: up to its run budget of messages
/// ([`crate::config::MESSAGES_PER_RUN`] unless spawned with more). Returns whether it
/// used the whole budget.
pub(crate) fn run_process<P: Process>(shard: &mut Shard, pid: Pid, slot: Slot) -> bool {
    if is_inline::<P>() {
        run_with::<P, P>(shard, pid, slot)
    } else {
        run_with::<P, Box<P>>(shard, pid, slot)
    }
}

/// [`run_process`] with the state moved out as `S` (`P` itself, or its box).
fn run_with<P: Process, S: StateSlot<P>>(shard: &mut Shard, pid: Pid, slot: Slot) -> bool {
    let cell = slot.cell as usize;
    let arena = shard.procs.typed::<P>(slot.kind);
    let mailbox = &mut arena.mailboxes[cell];
    let budget = usize::from(mailbox.run_budget);
    let Some(mut envelope) = mailbox.pop() else {
        mailbox.scheduled = false;
        shard.run_messages = 0;
        return false;
    };
    let Some(mut held) = S::take(arena, cell) else {
        return false;
    };
    let state = held.state();
    shard.running = Some(pid);
    shard.running_exiting = false;
    let mut stop = None;
    // `run_messages` is written when the run ends (a timed run reports it), not per
    // message.
    for handled in 1.. {
        if let Err(reason) = dispatch(state, envelope, shard, pid, &mut stop) {
            stop = Some(reason);
            shard.run_messages = handled as u32;
            break;
        }
        if stop.is_some() || shard.running_exiting || handled == budget {
            shard.run_messages = handled as u32;
            break;
        }
        let arena = shard.procs.typed::<P>(slot.kind);
        let mailbox = &mut arena.mailboxes[cell];
        match mailbox.pop() {
            Some(next) => envelope = next,
            None => {
                // The common end of a run: idle again, state back in place.
                mailbox.scheduled = false;
                let reopen = take_reopen(mailbox);
                S::put(arena, cell, held);
                shard.running = None;
                shard.run_messages = handled as u32;
                if reopen {
                    shard.reopen(pid);
                }
                return false;
            }
        }
    }
    shard.running = None;
    finish_run::<P, S>(shard, pid, slot, held, stop);
    true
}

/// Whether a refusing mailbox has drained enough to take senders again (and marks it
/// open if so): the caller tells them (`flow.rs`).
#[inline]
fn take_reopen<M>(mailbox: &mut crate::mailbox::Mailbox<M>) -> bool {
    if mailbox.refusing && mailbox.may_reopen() {
        mailbox.refusing = false;
        return true;
    }
    false
}

fn dispatch<P: Process>(
    state: &mut P,
    envelope: Envelope<P::Msg>,
    shard: &mut Shard,
    pid: Pid,
    stop: &mut Option<ExitReason>,
) -> Result<(), ExitReason> {
    guarded(|| {
        let mut ctx = Ctx::new(shard, pid, stop);
        match envelope {
            Envelope::User(message) | Envelope::Unbounded(message) => {
                state.handle(message, &mut ctx)
            }
            Envelope::System(system) => state.handle_system(*system, &mut ctx),
        }
    })
}

/// After a run that stopped early: stop, die, or requeue (budget used up).
fn finish_run<P: Process, S: StateSlot<P>>(
    shard: &mut Shard,
    pid: Pid,
    slot: Slot,
    mut held: S,
    stop: Option<ExitReason>,
) {
    if let Some(reason) = stop {
        terminate(shard, pid, held.state(), &reason);
        drop(held);
        shard.die(pid, reason);
        return;
    }
    if shard.running_exiting {
        // Killed by a signal while running: no terminate, the state is dropped.
        return;
    }
    let arena = shard.procs.typed::<P>(slot.kind);
    S::put(arena, slot.cell as usize, held);
    let mailbox = &mut arena.mailboxes[slot.cell as usize];
    let reopen = take_reopen(mailbox);
    if mailbox.is_empty() {
        mailbox.scheduled = false;
    } else {
        shard.sched.schedule(pid, slot.flags);
    }
    if reopen {
        shard.reopen(pid);
    }
}

fn terminate<P: Process>(shard: &mut Shard, pid: Pid, state: &mut P, reason: &ExitReason) {
    let previous = shard.running.replace(pid);
    let mut ignored = None;
    let outcome = guarded(|| state.terminate(reason, &mut Ctx::new(shard, pid, &mut ignored)));
    shard.running = previous;
    if let Err(panic) = outcome {
        tracing::warn!(%pid, %panic, "terminate panicked");
    }
}

/// Runs the new process's `init`; on error or panic it dies at once.
pub(crate) fn init_process<P: Process>(shard: &mut Shard, pid: Pid, kind: u16, cell: u32) {
    if is_inline::<P>() {
        init_with::<P, P>(shard, pid, kind, cell);
    } else {
        init_with::<P, Box<P>>(shard, pid, kind, cell);
    }
}

/// [`init_process`] with the state moved out as `S`.
fn init_with<P: Process, S: StateSlot<P>>(shard: &mut Shard, pid: Pid, kind: u16, cell: u32) {
    let Some(mut held) = S::take(shard.procs.typed::<P>(kind), cell as usize) else {
        return;
    };
    let state = held.state();
    let previous = (shard.running.replace(pid), shard.running_exiting);
    let mut stop = None;
    let outcome = guarded(|| state.init(&mut Ctx::new(shard, pid, &mut stop)));
    (shard.running, shard.running_exiting) = previous;
    let reason = match outcome {
        Ok(Ok(())) => stop,
        Ok(Err(reason)) | Err(reason) => {
            shard.die(pid, reason);
            return;
        }
    };
    if let Some(reason) = reason {
        terminate(shard, pid, state, &reason);
        shard.die(pid, reason);
        return;
    }
    let arena = shard.procs.typed::<P>(kind);
    S::put(arena, cell as usize, held);
    let mailbox = &mut arena.mailboxes[cell as usize];
    if !mailbox.is_empty() && mailbox.mark_scheduled() {
        let flags = shard.procs.get(pid).map_or(0, |slot| slot.flags);
        shard.sched.schedule(pid, flags);
    }
}

/// Runs `f`, turning a panic into [`ExitReason::Panic`] with its message and location.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, ExitReason> {
    crate::panic::enter_handler();
    let outcome = catch_unwind(AssertUnwindSafe(f));
    crate::panic::leave_handler();
    outcome.map_err(|payload| ExitReason::Panic(crate::panic::take_info(payload)))
}
