//! The process behaviour: what a user type implements to become a Hearth process.
//!
//! # Contract (in the spirit of OTP's `gen_server`)
//!
//! | event | callback | notes |
//! |---|---|---|
//! | spawned | [`Process::init`] | on the shard it lives on; `Err(reason)` ends it at once with `reason` |
//! | a message arrives | [`Process::handle`] | one at a time, in arrival order |
//! | a trapped exit, a DOWN, a request timeout, an answer to [`crate::Ctx::ask`], a `start_timer` firing | [`Process::handle_system`] | in arrival order with messages |
//! | it stops itself ([`crate::Ctx::stop`]) or a handler panics | [`Process::terminate`] | then links and monitors are told |
//! | an observer asks what it is doing | [`Process::status`] | between two runs; must not change anything |
//! | an untrapped exit signal or `kill` ends it | none | its state is dropped, so `Drop` runs |
//!
//! Handlers are synchronous and must not block: waiting is expressed with messages and
//! timers. A process handles at most [`crate::MESSAGES_PER_RUN`] messages before others on
//! its shard get a turn (more for one spawned with
//! [`crate::SpawnOptions::messages_per_run`]: a hub that serves thousands); a process
//! spawned at [`crate::Priority::High`] runs before every runnable normal one of its
//! shard; a handler that runs longer than [`crate::LONG_HANDLER`] is reported with its pid
//! and kind.
//!
//! Races a user must know:
//! - [`crate::Ctx::stop`] takes effect when the current handler returns.
//! - A message sent to a process that has died is dropped silently (Erlang's rule);
//!   monitor the process to learn of its death.
//! - An exit signal and a message from the same sender arrive in the order sent; from two
//!   different senders there is no order.

use crate::ctx::Ctx;
use crate::exit::ExitReason;
use crate::pid::{MonitorRef, Pid, RequestId, TimerRef};

/// A lightweight process (see the module docs for the contract).
pub trait Process: Sized + 'static {
    /// The messages this process accepts.
    type Msg: Send + 'static;

    /// Runs once when the process starts, on its own shard.
    ///
    /// # Errors
    /// Returning `Err(reason)` ends the process at once with that reason (links and
    /// monitors see it; `terminate` is not called).
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        let _ = ctx;
        Ok(())
    }

    /// Handles one message.
    fn handle(&mut self, message: Self::Msg, ctx: &mut Ctx<'_, Self>);

    /// Handles a system message. The default stops the process when its parent (the
    /// process that spawned and linked it) or the node (shutdown) sends an exit signal it
    /// traps, as OTP behaviours do, and ignores everything else.
    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        if let SystemMsg::Exit { from, reason } = message
            && (from.is_shard() || Some(from) == ctx.parent())
        {
            ctx.stop(reason);
        }
    }

    /// Runs when the process stops itself or panics, before links and monitors are told.
    fn terminate(&mut self, reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        let _ = (reason, ctx);
    }

    /// Says what the process's state is, for observers ([`crate::NodeHandle::process_info`];
    /// OTP's `format_status`): a few named fields, cheap to write, holding nothing secret.
    /// Called on the process's shard between two runs, only when asked. The default says
    /// nothing.
    fn status(&self, status: &mut crate::Status) {
        let _ = status;
    }
}

/// Messages the engine delivers to [`Process::handle_system`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SystemMsg {
    /// An exit signal from a linked process (or `exit/2`), trapped.
    Exit {
        /// Who sent it (the linked process that died, or the caller of `exit`).
        from: Pid,
        /// Why.
        reason: ExitReason,
    },
    /// A monitored process ended.
    Down {
        /// The monitor that fired.
        monitor: MonitorRef,
        /// The process that ended.
        pid: Pid,
        /// Why it ended (`noproc` if it never existed or was already gone).
        reason: ExitReason,
    },
    /// A request made with `call` or `notify` was not answered in time. Any reply that
    /// arrives later is dropped.
    Timeout {
        /// The request.
        request: RequestId,
    },
    /// A node came up (for processes subscribed with `subscribe_nodes`).
    NodeUp {
        /// The node.
        node: crate::NodeId,
    },
    /// A watched node went down: its processes are unreachable.
    NodeDown {
        /// The node.
        node: crate::NodeId,
    },
    /// The answer to a `spawn_remote`.
    Spawned {
        /// The request.
        request: RequestId,
        /// The new process, or why there is none.
        result: Result<Pid, crate::RemoteSpawnError>,
    },
    /// The answer to a request made with [`crate::Ctx::ask`]: downcast `value` to the
    /// request's reply type.
    Answer {
        /// The request.
        request: RequestId,
        /// The reply value.
        value: Box<dyn std::any::Any + Send>,
    },
    /// A timer started with `start_timer` fired.
    Timer {
        /// The timer.
        timer: TimerRef,
        /// The tag given when it was started.
        tag: u64,
    },
}
