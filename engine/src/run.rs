//! Running processes: one process's batch of messages, and one turn of the shard.
//!
//! A handler runs with the process's state moved out of its cell, so the handler's
//! [`Ctx`] can reach the whole shard (including the process's own mailbox) without
//! aliasing. Every handler call is wrapped in `catch_unwind`: a panic ends that process
//! with [`ExitReason::Panic`] (message and location) and nothing else (R2).

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::config::RUNS_PER_PREEMPT_CHECK;
use crate::core::ShardCore;
use crate::ctx::Ctx;
use crate::exit::ExitReason;
use crate::kind::Held;
use crate::mailbox::Envelope;
use crate::pid::Pid;
use crate::process::Process;
use crate::table::{STATE_ALIVE, Slot};

/// Parcels taken per inbound ring per turn: a burst from one shard cannot starve the
/// processes of this one.
const INBOUND_PER_TURN: usize = 4096;
/// Closures from outside the node run per turn.
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
pub(crate) fn turn(core: &mut ShardCore, should_yield: impl Fn() -> bool) -> TurnOutcome {
    let now_ns = core.clock.now_ns();
    core.clock.maintain(now_ns);
    core.drain_injected(INJECTED_PER_TURN);
    core.drain_inbound(INBOUND_PER_TURN);
    let timers_behind = core.fire_timers(now_ns);
    core.process_deaths();
    run_processes(core, should_yield);
    core.flush_outbound();
    core.publish_process_count();
    core.watch.idle();
    core.watch.turned();
    if core.any_runnable() || timers_behind || core.inbound_pending() {
        return TurnOutcome::Busy;
    }
    let mut wake_ns = core.next_timer_ns();
    if core.outbound_waiting() {
        // Parcels wait behind a full ring; nobody rings this shard when the peer makes
        // room, so look again soon.
        let retry_ns = now_ns + OUTBOX_RETRY.as_nanos() as u64;
        wake_ns = Some(wake_ns.map_or(retry_ns, |next| next.min(retry_ns)));
    }
    TurnOutcome::Idle(wake_ns)
}

/// How soon a shard with parcels waiting behind a full ring looks again.
const OUTBOX_RETRY: std::time::Duration = std::time::Duration::from_micros(100);

fn run_processes(core: &mut ShardCore, should_yield: impl Fn() -> bool) {
    let mut runs = 0;
    while let Some(pid) = core.next_runnable() {
        let Some(slot) = core.table.get(pid).copied() else {
            continue;
        };
        if slot.state != STATE_ALIVE {
            continue;
        }
        core.runs = core.runs.wrapping_add(1);
        core.watch.running(pid, slot.kind, core.runs);
        (core.kinds.run_fn(slot.kind))(core, pid, slot);
        if !core.dying.is_empty() {
            core.process_deaths();
        }
        runs += 1;
        if runs % RUNS_PER_PREEMPT_CHECK == 0 && should_yield() {
            break;
        }
    }
}

/// Runs one scheduled process: up to its run budget of messages
/// ([`crate::config::MESSAGES_PER_RUN`] unless spawned with more).
pub(crate) fn run_process<P: Process>(core: &mut ShardCore, pid: Pid, slot: Slot) {
    let cell = slot.cell as usize;
    let arena = core.kinds.typed::<P>(slot.kind);
    let mailbox = &mut arena.mailboxes[cell];
    let budget = usize::from(mailbox.run_budget);
    let Some(mut envelope) = mailbox.pop() else {
        mailbox.scheduled = false;
        return;
    };
    let Some(mut held) = arena.cells[cell].state.take() else {
        return;
    };
    let state = held.get();
    core.running = Some(pid);
    core.running_exiting = false;
    let mut stop = None;
    for handled in 1.. {
        if let Err(reason) = dispatch(state, envelope, core, pid, &mut stop) {
            stop = Some(reason);
            break;
        }
        if stop.is_some() || core.running_exiting || handled == budget {
            break;
        }
        let arena = core.kinds.typed::<P>(slot.kind);
        let mailbox = &mut arena.mailboxes[cell];
        match mailbox.pop() {
            Some(next) => envelope = next,
            None => {
                // The common end of a run: idle again, state back in place.
                mailbox.scheduled = false;
                arena.cells[cell].state = Some(held);
                core.running = None;
                return;
            }
        }
    }
    core.running = None;
    finish_run(core, pid, slot, held, stop);
}

fn dispatch<P: Process>(
    state: &mut P,
    envelope: Envelope<P::Msg>,
    core: &mut ShardCore,
    pid: Pid,
    stop: &mut Option<ExitReason>,
) -> Result<(), ExitReason> {
    guarded(|| {
        let mut ctx = Ctx::new(core, pid, stop);
        match envelope {
            Envelope::User(message) | Envelope::Unbounded(message) => {
                state.handle(message, &mut ctx)
            }
            Envelope::System(system) => state.handle_system(*system, &mut ctx),
        }
    })
}

/// After a run that stopped early: stop, die, or requeue (budget used up).
fn finish_run<P: Process>(
    core: &mut ShardCore,
    pid: Pid,
    slot: Slot,
    mut held: Held<P>,
    stop: Option<ExitReason>,
) {
    if let Some(reason) = stop {
        terminate(core, pid, held.get(), &reason);
        drop(held);
        core.die(pid, reason);
        return;
    }
    if core.running_exiting {
        // Killed by a signal while running: no terminate, the state is dropped.
        return;
    }
    let arena = core.kinds.typed::<P>(slot.kind);
    arena.cells[slot.cell as usize].state = Some(held);
    let mailbox = &mut arena.mailboxes[slot.cell as usize];
    if mailbox.is_empty() {
        mailbox.scheduled = false;
    } else {
        core.schedule(pid, slot.flags);
    }
}

fn terminate<P: Process>(core: &mut ShardCore, pid: Pid, state: &mut P, reason: &ExitReason) {
    let previous = core.running.replace(pid);
    let mut ignored = None;
    let outcome = guarded(|| state.terminate(reason, &mut Ctx::new(core, pid, &mut ignored)));
    core.running = previous;
    if let Err(panic) = outcome {
        tracing::warn!(%pid, %panic, "terminate panicked");
    }
}

/// Runs the new process's `init`; on error or panic it dies at once.
pub(crate) fn init_process<P: Process>(core: &mut ShardCore, pid: Pid, kind: u16, cell: u32) {
    let Some(mut held) = core.kinds.typed::<P>(kind).cells[cell as usize]
        .state
        .take()
    else {
        return;
    };
    let state = held.get();
    let previous = (core.running.replace(pid), core.running_exiting);
    let mut stop = None;
    let outcome = guarded(|| state.init(&mut Ctx::new(core, pid, &mut stop)));
    (core.running, core.running_exiting) = previous;
    let reason = match outcome {
        Ok(Ok(())) => stop,
        Ok(Err(reason)) | Err(reason) => {
            core.die(pid, reason);
            return;
        }
    };
    if let Some(reason) = reason {
        terminate(core, pid, state, &reason);
        core.die(pid, reason);
        return;
    }
    let arena = core.kinds.typed::<P>(kind);
    arena.cells[cell as usize].state = Some(held);
    let mailbox = &mut arena.mailboxes[cell as usize];
    if !mailbox.is_empty() && mailbox.mark_scheduled() {
        let flags = core.table.get(pid).map_or(0, |slot| slot.flags);
        core.schedule(pid, flags);
    }
}

/// Runs `f`, turning a panic into [`ExitReason::Panic`] with its message and location.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, ExitReason> {
    crate::panic::enter_handler();
    let outcome = catch_unwind(AssertUnwindSafe(f));
    crate::panic::leave_handler();
    outcome.map_err(|payload| ExitReason::Panic(crate::panic::take_info(payload)))
}
