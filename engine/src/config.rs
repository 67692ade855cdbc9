//! Every limit of the engine, named, with its reason; and the options a node and a spawn
//! take. Related limits are checked against each other at compile time.

use std::sync::Arc;
use std::time::Duration;

use crate::remote::{Behaviours, ShardService, WireTypes};

/// Most shards a node runs: a shard id is a `u8` in every [`crate::Pid`], and each pair
/// of shards owns a ring, so memory for rings grows with the square of this.
pub const SHARDS_MAX: usize = 64;
/// Default bound of a mailbox, in user messages. A second of traffic at 16k msg/s fits;
/// a process that falls further behind is overloaded and its overflow policy applies.
/// System messages (exit, DOWN, timeouts) and replies never count against it.
pub const MAILBOX_LEN_MAX_DEFAULT: usize = 16 * 1024;
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
/// Process runs per turn between checks of the preemption flag, the rings and the wheel.
pub const RUNS_PER_PREEMPT_CHECK: usize = 64;
/// Parcels per shard-pair ring: 4096 × 64 B = 256 KiB per direction per pair.
pub const RING_PARCELS_DEFAULT: usize = 4096;
/// A producer publishes its ring tail at least every this many parcels, so a busy peer
/// sees work before the end of the producer's turn.
pub const RING_PUBLISH_BATCH: usize = 32;
/// User messages that may wait for room in a full ring, per destination shard. Past it,
/// `send` hands the message back with [`crate::SendError::Full`]. Signals (exit, DOWN,
/// link) always queue: their number is bounded by the relations that produce them.
pub const OUTBOX_LEN_MAX: usize = 64 * 1024;
/// Closures and messages injected from threads outside the node, per shard.
pub const INJECT_QUEUE_LEN_MAX: usize = 64 * 1024;
/// Links plus monitors one process may hold; a guild of a million members fits.
pub const RELATIONS_PER_PROCESS_MAX: usize = 1 << 20;
/// Parcels held for a pid minted by another shard whose spawn has not arrived yet.
pub const EARLY_PARCELS_MAX: usize = 64 * 1024;
/// Default live timers per shard (every `send_after`, call timeout and state timeout).
pub const TIMERS_PER_SHARD_MAX_DEFAULT: usize = hearth_timers::LIVE_TIMERS_MAX_DEFAULT;
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

/// How a node is set up. Every field has a protective default.
#[derive(Clone, Debug)]
pub struct NodeConfig {
    /// The node's name (for logs and distribution).
    pub name: String,
    /// Shards (cores) to run; default: every available core.
    pub shards: usize,
    /// Pin shard `i` to CPU `(cpu_offset + i) % cores`.
    pub pin: bool,
    /// First CPU to pin to (several nodes on one machine can then take different cores).
    pub cpu_offset: usize,
    /// Default mailbox bound for spawned processes.
    pub mailbox_len_max: usize,
    /// Most processes per shard.
    pub processes_per_shard_max: usize,
    /// Parcels per shard-pair ring (a power of two).
    pub ring_parcels: usize,
    /// Live timers per shard.
    pub timers_per_shard_max: usize,
    /// Timer nodes to create (and touch) per shard at start-up, so bursts of timers pay no
    /// page faults.
    pub timers_reserved: usize,
    /// How long shutdown waits for root processes to stop before the shards exit.
    pub shutdown_grace: Duration,
    /// Message types that may cross nodes.
    pub wire: Arc<WireTypes>,
    /// Behaviours other nodes may spawn here by name.
    pub behaviours: Arc<Behaviours>,
    /// Services started on every shard (the distribution layer, for one).
    pub services: Services,
}

/// Services a node starts on each shard.
#[derive(Clone, Default)]
pub struct Services(pub Vec<Arc<dyn ShardService>>);

impl std::fmt::Debug for Services {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Services({})", self.0.len())
    }
}

impl Default for NodeConfig {
    fn default() -> Self {
        Self {
            name: "hearth".to_owned(),
            shards: std::thread::available_parallelism().map_or(1, |n| n.get()),
            pin: true,
            cpu_offset: 0,
            mailbox_len_max: MAILBOX_LEN_MAX_DEFAULT,
            processes_per_shard_max: PROCESSES_PER_SHARD_MAX_DEFAULT,
            ring_parcels: RING_PARCELS_DEFAULT,
            timers_per_shard_max: TIMERS_PER_SHARD_MAX_DEFAULT,
            timers_reserved: 0,
            shutdown_grace: NODE_SHUTDOWN_GRACE,
            wire: Arc::default(),
            behaviours: Arc::default(),
            services: Services::default(),
        }
    }
}

/// What happens when a message arrives at a full mailbox from another shard or node
/// (a local `send` to a full mailbox hands the message back instead).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overflow {
    /// The receiver exits with [`crate::ExitReason::MailboxOverflow`]: an overloaded
    /// process fails loudly and its supervisor restarts it.
    #[default]
    Exit,
    /// The message is dropped and counted; the receiver carries on.
    Drop,
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
    /// Mailbox bound; `None` takes the node default.
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
