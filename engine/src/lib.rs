//! `hearth-engine`: the runtime everything in Hearth stands on.
//!
//! One pinned executor per core, each owning a *shard*: a slab of lightweight processes
//! with bounded mailboxes, a timing wheel, and an io loop. Shards share nothing and talk
//! through bounded single-producer rings. On top: Erlang's primitives — spawn, send,
//! register, links and exit signals, monitors and DOWN, `notify`/`call` with timeouts,
//! timers, and supervisors.
//!
//! ```
//! use hearth_engine::{Ctx, Node, NodeConfig, Process};
//!
//! struct Echo;
//! impl Process for Echo {
//!     type Msg = (u64, flume::Sender<u64>);
//!     fn handle(&mut self, (value, back): Self::Msg, _ctx: &mut Ctx<'_, Self>) {
//!         back.send(value + 1).unwrap();
//!     }
//! }
//!
//! let node = Node::start(NodeConfig { shards: 1, ..NodeConfig::default() }).unwrap();
//! let handle = node.handle();
//! let echo = handle.spawn(0, Echo).unwrap();
//! let (back, answer) = flume::bounded(1);
//! handle.send(echo, (41, back)).unwrap();
//! assert_eq!(answer.recv().unwrap(), 42);
//! node.shutdown();
//! ```
//!
//! Invariants the whole crate keeps:
//! - A shard's state (`Shard`, `Ctx`, `ShardCtx`) is `!Send`: it never leaves its
//!   thread. Only parcels (whose payloads are `Send`) and injected closures cross.
//! - Every queue is bounded, and says what happens when full: mailboxes (user messages,
//!   [`MAILBOX_LEN_MAX_DEFAULT`], with the overflow policy the process declares — see
//!   [`Overflow`] and the flow-control contract in `flow.rs`; replies and signals in a
//!   lane of their own, [`SYSTEM_LANE_LEN_MAX`]), rings ([`RING_PARCELS_DEFAULT`]) with a
//!   bounded outbox behind ([`OUTBOX_LEN_MAX`], [`OUTBOX_PER_SENDER_MAX`] per sender),
//!   injection queues ([`INJECT_QUEUE_LEN_MAX`]), timers
//!   ([`TIMERS_PER_SHARD_MAX_DEFAULT`]), processes per shard, relations per process.
//! - A sender on another shard or node is refused like one on the receiver's shard
//!   (`Full`), once the receiver's shard has told it; no flood kills a receiver unless it
//!   asked for [`Overflow::Exit`].
//! - Between one sender and one receiver, messages and signals arrive in the order sent.

mod call;
mod clock;
mod config;
mod ctx;
mod doorbell;
mod error;
mod executor;
mod exit;
mod fifo;
mod flow;
pub mod fsm;
mod inspect;
pub mod io;
mod kind;
mod local;
mod mailbox;
mod node;
mod node_config;
mod outlet;
mod panic;
mod parcel;
mod pid;
mod process;
mod procs;
mod registry;
mod relations;
mod remote;
mod ring;
mod sched;
mod shard;
mod stats;
mod supervisor;
mod table;
mod timer;
mod transport;
mod watchdog;

pub use config::{
    ARRIVAL_HEADROOM_DIVISOR, CALL_RETRIES_MAX, CALL_TIMEOUT_DEFAULT, CHILD_SHUTDOWN_DEFAULT,
    EARLY_PARCELS_MAX, INJECT_QUEUE_LEN_MAX, IO_MEMORY_BYTES, LONG_HANDLER,
    MAILBOX_LEN_MAX_DEFAULT, MAILBOX_LEN_MAX_MAX, MESSAGES_PER_RUN, MESSAGES_PER_RUN_MAX,
    NODE_SHUTDOWN_GRACE, OUTBOX_LEN_MAX, OUTBOX_PER_SENDER_MAX, Overflow, PREEMPT_TIMER,
    PROCESSES_PER_SHARD_MAX_DEFAULT, Placement, Priority, RELATIONS_PER_PROCESS_MAX,
    REOPEN_DIVISOR, RING_PARCELS_DEFAULT, RING_PUBLISH_BATCH, RUN_TIME_SAMPLE_EVERY,
    RUNS_PER_PREEMPT_CHECK, SHARDS_MAX, SYSTEM_LANE_LEN_MAX, SpawnOptions,
    TIMERS_PER_SHARD_MAX_DEFAULT,
};
pub use ctx::Ctx;
pub use error::{CallError, NameError, NodeError, SendError, SpawnError, TimerError};
pub use exit::{ExitReason, PanicInfo};
pub use flow::{REMOTE_REFUSAL_TTL, RETELL_AFTER};
pub use inspect::{
    CHILDREN_LISTED_MAX, Listed, ProcessInfo, ProcessLoad, RECENT_RUNS, RELATIONS_LISTED_MAX,
    STATUS_FIELDS_MAX, STATUS_VALUE_BYTES_MAX, SUPERVISION_ROOTS_MAX, ShardTop, Status,
    StatusChild, SupervisionRoots, TOP_PROCESSES_MAX,
};
pub use local::LocalShard;
pub use node::{Node, NodeHandle, ShardCtx};
pub use node_config::{NodeConfig, Services};
pub use outlet::Outlet;
pub use pid::{Addr, MonitorRef, Name, NodeId, Pid, PidParseError, RequestId, TimerRef};
pub use process::{Process, SystemMsg};
pub use remote::{
    BehaviourFn, Behaviours, Codec, Outgoing, RemoteShard, RemoteSignal, RemoteSpawn,
    RemoteSpawnError, RouteError, Router, ShardHandle, ShardService, WireError, WireMessage,
    WireReplyTo, WireTypes, wire_code,
};
pub use shard::Spawned;
pub use shard::{Reply, ReplyTo};
pub use stats::{KindCensus, MAILBOX_LEN_BUCKETS, RUN_TIME_BUCKETS_NS, RunTimes, ShardStats};
pub use supervisor::{
    CHILDREN_MAX, ChildSpec, DynamicStartFn, RESTART_INTENSITY_DEFAULT, RESTART_PERIOD_DEFAULT,
    Restart, Shutdown, StartFn, Starter, Strategy, Supervisor, SupervisorEvent, SupervisorMsg,
    SupervisorSpec,
};
pub use timer::TimerCancel;
