//! Every limit of the engine, named, with its reason; and the options a spawn takes.
//! Related limits are checked against each other at compile time.
//!
//! This module depends on nothing else in the crate: it is plain data, read by every
//! other module. What a node is wired with (wire types, behaviours, services) is in
//! `node_config.rs`.

use std::time::Duration;

/// Most shards a node runs: a shard id is a `u8` in every [`crate::Pid`], and each pair
/// of shards owns a ring, so memory for rings grows with the square of this.
pub const SHARDS_MAX: usize = 64;
/// Default bound of a mailbox, in user messages. A second of traffic at 16k msg/s fits;
/// a process that falls further behind is overloaded and its overflow policy applies.
/// System messages (exit, DOWN, timeouts) and replies count against their own lane
/// ([`SYSTEM_LANE_LEN_MAX`]), never against this.
pub const MAILBOX_LEN_MAX_DEFAULT: usize = 16 * 1024;
/// Largest mailbox bound a spawn may ask for (larger ones are clamped): the bound plus
/// its arrival headroom and the system lane must count in a `u32`, and a mailbox
/// anywhere near this is a process that has stopped keeping up long ago.
pub const MAILBOX_LEN_MAX_MAX: usize = (u32::MAX / 4) as usize;
/// Default most processes one shard holds; a spawn past it creates a process that is
/// dead on arrival with [`crate::ExitReason::ProcessLimit`]. 16 Mi slots of the minter's
/// sub-table is the index space of one slot field.
pub const PROCESSES_PER_SHARD_MAX_DEFAULT: usize = 8 * 1024 * 1024;
/// Messages a process handles per run before the next process gets the core (Erlang's
/// reductions, counted in messages): fairness without a context switch per message.
pub const MESSAGES_PER_RUN: usize = 64;
/// Most messages per run a process may be given ([`SpawnOptions::messages_per_run`]):
/// even a hub that serves a whole shard yields the core within a few hundred µs.
pub const MESSAGES_PER_RUN_MAX: usize = 4096;
/// Process runs per turn between checks of the preemption flag, the rings and the wheel
/// (and after every run that used its whole budget).
pub const RUNS_PER_PREEMPT_CHECK: usize = 64;
/// One process run in this many is timed for the run-time histogram
/// ([`crate::RunTimes`]). Two clock reads (~10 ns each) on one run in 16
/// cost a ring of one-message runs ~5 % (W3-ring-1token, measured); one in 128 leaves a
/// loaded shard thousands of samples a second. Long runs are counted apart, every one,
/// by the watchdog (`LONG_HANDLER`).
pub const RUN_TIME_SAMPLE_EVERY: u32 = 128;
const _: () = assert!(RUN_TIME_SAMPLE_EVERY.is_power_of_two());
/// Parcels per shard-pair ring: 4096 × 64 B = 256 KiB per direction per pair.
pub const RING_PARCELS_DEFAULT: usize = 4096;
/// A producer publishes its ring tail at least every this many parcels, so a busy peer
/// sees work before the end of the producer's turn.
pub const RING_PUBLISH_BATCH: usize = 32;
/// User messages that may wait for room in a full ring, per destination shard, from all
/// the shard's senders together (the memory bound of the outbox). Past it, `send` hands
/// the message back with [`crate::SendError::Full`].
pub const OUTBOX_LEN_MAX: usize = 64 * 1024;
/// User messages that may wait behind full rings for one sending process (all
/// destinations together): its share of the outbox. A flooder gets
/// [`crate::SendError::Full`] past it while the other processes of its shard keep their
/// own shares, so one sender cannot starve the rest.
pub const OUTBOX_PER_SENDER_MAX: usize = 4096;
/// A mailbox that reached its bound still takes messages already on their way from other
/// shards or nodes — sent before their sender could learn it was full — up to this
/// fraction of its bound more (`bound / ARRIVAL_HEADROOM_DIVISOR`, at least one).
pub const ARRIVAL_HEADROOM_DIVISOR: usize = 8;
/// A mailbox that refused senders opens again once it has drained to this fraction of its
/// bound (`bound / REOPEN_DIVISOR`): far enough below the bound that senders are not told
/// "full" and "open" on every message.
pub const REOPEN_DIVISOR: usize = 2;
/// Replies, timer messages and system messages (exit, DOWN, timeouts, node events) one
/// mailbox may hold. They are bounded by what produces them (outstanding requests, live
/// timers, relations), so a process reaches this only by handling nothing while its links
/// and requests pour in; it then ends with [`crate::ExitReason::SystemOverflow`] — a
/// signal is never dropped silently.
pub const SYSTEM_LANE_LEN_MAX: usize = 2 * RELATIONS_PER_PROCESS_MAX;
/// Closures and messages injected from threads outside the node, per shard.
pub const INJECT_QUEUE_LEN_MAX: usize = 64 * 1024;
/// Links plus monitors one process may hold; a guild of a million members fits.
pub const RELATIONS_PER_PROCESS_MAX: usize = 1 << 20;
/// Parcels held for a pid minted by another shard whose spawn has not arrived yet.
pub const EARLY_PARCELS_MAX: usize = 64 * 1024;
/// Default live timers per shard (every `send_after`, call timeout and state timeout).
/// (The timing wheel's own default, `hearth_timers::LIVE_TIMERS_MAX_DEFAULT`; checked equal
/// in `timer.rs`.)
pub const TIMERS_PER_SHARD_MAX_DEFAULT: usize = 1 << 22;
/// Default timeout of `call` (OTP's `gen_server:call/2`: 5000 ms).
pub const CALL_TIMEOUT_DEFAULT: Duration = Duration::from_secs(5);
/// Most retries the retry policy of a call may ask for.
pub const CALL_RETRIES_MAX: u32 = 16;
/// glommio's preemption timer: a busy shard yields to its io tasks and checks its wheel
/// at least this often, which bounds how long busy work can hold a timer back.
pub const PREEMPT_TIMER: Duration = Duration::from_millis(1);
/// A handler that holds its shard longer than this is reported (process, kind, time).
pub const LONG_HANDLER: Duration = Duration::from_millis(10);
/// io_uring buffer memory per shard; small because buffer registration is refused under
/// the default `ulimit -l` and glommio then carries on without it.
pub const IO_MEMORY_BYTES: usize = 512 * 1024;
/// Default time a supervisor gives a child to stop after `shutdown` before killing it.
pub const CHILD_SHUTDOWN_DEFAULT: Duration = Duration::from_secs(5);
/// Default time a node gives its root processes to stop at shutdown.
pub const NODE_SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

const _: () = assert!(SHARDS_MAX <= u8::MAX as usize + 1, "shard ids are u8");
const _: () = assert!(MESSAGES_PER_RUN_MAX <= u16::MAX as usize, "u16 run budgets");
const _: () = assert!(RING_PARCELS_DEFAULT.is_power_of_two(), "ring index masking");
const _: () = assert!(
    RING_PUBLISH_BATCH < RING_PARCELS_DEFAULT,
    "publish before full"
);
const _: () = assert!(
    PROCESSES_PER_SHARD_MAX_DEFAULT < u32::MAX as usize,
    "u32 slots"
);
const _: () = assert!(MAILBOX_LEN_MAX_DEFAULT <= u32::MAX as usize, "u32 counters");
const _: () = assert!(
    MAILBOX_LEN_MAX_MAX + MAILBOX_LEN_MAX_MAX / ARRIVAL_HEADROOM_DIVISOR + SYSTEM_LANE_LEN_MAX
        <= u32::MAX as usize,
    "u32 mailbox counters at the largest bound"
);
const _: () = assert!(
    MAILBOX_LEN_MAX_DEFAULT <= MAILBOX_LEN_MAX_MAX,
    "the default fits"
);
const _: () = assert!(
    OUTBOX_PER_SENDER_MAX < OUTBOX_LEN_MAX,
    "a sender's share is a part of the outbox"
);
const _: () = assert!(REOPEN_DIVISOR >= 2, "reopen below the bound");
const _: () = assert!(ARRIVAL_HEADROOM_DIVISOR >= 1, "headroom within the bound");
const _: () = assert!(
    SYSTEM_LANE_LEN_MAX >= RELATIONS_PER_PROCESS_MAX,
    "every relation's signal fits the system lane"
);
const _: () = assert!(
    MAILBOX_LEN_MAX_DEFAULT
        + MAILBOX_LEN_MAX_DEFAULT / ARRIVAL_HEADROOM_DIVISOR
        + SYSTEM_LANE_LEN_MAX
        <= u32::MAX as usize,
    "u32 mailbox counters"
);

/// What a mailbox does when it is full: the policy its process declares at spawn
/// ([`SpawnOptions::overflow`]). The full contract is in `flow.rs`; in short:
///
/// | policy | a send from the same shard | a message arriving from another shard or node |
/// |---|---|---|
/// | `Refuse` (default) | handed back: [`crate::SendError::Full`] | taken into the headroom; its sender's shard or node is told, and its later sends are handed back until the mailbox drains; past the headroom dropped and counted (`refused`) |
/// | `DropNewest` | handed back | dropped and counted (`overflowed`) |
/// | `DropOldest` | taken; the oldest queued message is dropped and counted | the same |
/// | `Exit` | handed back | the receiver ends with [`crate::ExitReason::MailboxOverflow`] |
///
/// No policy lets a sender on another shard or node kill a receiver by default: only a
/// process that asked for `Exit` can be ended by a flood.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overflow {
    /// Senders are refused, wherever they are (see the table).
    #[default]
    Refuse,
    /// The arriving message is dropped and counted; senders on other shards or nodes are
    /// not told.
    DropNewest,
    /// The oldest queued message makes room for the new one (latest state wins: positions,
    /// health bars).
    DropOldest,
    /// The receiver exits with [`crate::ExitReason::MailboxOverflow`]: an overloaded
    /// process fails loudly and its supervisor restarts it.
    Exit,
}

/// Where a spawned process goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Placement {
    /// On the spawning shard.
    #[default]
    Local,
    /// On a chosen shard.
    Shard(usize),
    /// On the shard with the fewest processes.
    Balanced,
}

/// How a process is scheduled (Erlang's `process_flag(priority, …)`, two levels).
///
/// # Contract
/// A runnable `High` process runs before every runnable `Normal` one of its shard: each
/// time the shard picks the next process to run, it takes the oldest runnable `High`
/// process if there is one. `High` processes among themselves are round-robin, each run
/// bounded by its run budget. A `High` process that is always runnable starves the
/// shard's `Normal` ones, as in Erlang: give it to the few processes that serve
/// thousands of others (fan-out hubs, node services) and keep their handlers short.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Priority {
    /// Round-robin with every other process of the shard.
    #[default]
    Normal,
    /// Ahead of the `Normal` processes (see the contract).
    High,
}

/// Options of one spawn.
#[derive(Clone, Copy, Debug, Default)]
pub struct SpawnOptions {
    /// Which shard.
    pub placement: Placement,
    /// Link the new process to its spawner, atomically.
    pub link: bool,
    /// Monitor the new process from its spawner, atomically.
    pub monitor: bool,
    /// Mailbox bound (at least 1); `None` takes the node default.
    pub mailbox_len_max: Option<usize>,
    /// Overflow policy of the mailbox.
    pub overflow: Overflow,
    /// Messages per run; `None` takes [`MESSAGES_PER_RUN`].
    pub messages_per_run: Option<usize>,
    /// Scheduling priority.
    pub priority: Priority,
}

impl SpawnOptions {
    /// Spawn on `placement`.
    pub fn on(placement: Placement) -> Self {
        Self {
            placement,
            ..Self::default()
        }
    }

    /// Also link to the spawner.
    pub fn linked(mut self) -> Self {
        self.link = true;
        self
    }

    /// Also monitor from the spawner.
    pub fn monitored(mut self) -> Self {
        self.monitor = true;
        self
    }

    /// With a mailbox bound.
    pub fn mailbox_len_max(mut self, len: usize) -> Self {
        self.mailbox_len_max = Some(len);
        self
    }

    /// With an overflow policy.
    pub fn overflow(mut self, overflow: Overflow) -> Self {
        self.overflow = overflow;
        self
    }

    /// With a larger share of the core: up to `messages` (clamped to
    /// 1..=[`MESSAGES_PER_RUN_MAX`]) per run instead of [`MESSAGES_PER_RUN`]. For a
    /// process that serves thousands of others (a fan-out hub, a directory): with the
    /// default share it gets one run per cycle of the shard's run queue like any of the
    /// thousands it serves, and its mailbox would only grow. Like Erlang's
    /// `priority high`, it takes time from everyone else: give it to few processes.
    pub fn messages_per_run(mut self, messages: usize) -> Self {
        self.messages_per_run = Some(messages.clamp(1, MESSAGES_PER_RUN_MAX));
        self
    }

    /// With a scheduling priority (see [`Priority`]).
    pub fn priority(mut self, priority: Priority) -> Self {
        self.priority = priority;
        self
    }
}
