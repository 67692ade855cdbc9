//! The shard: one core's share of a node, composed of owned components with narrow APIs.
//!
//! | component | file | owns |
//! |---|---|---|
//! | [`Processes`] | `procs.rs` | the process table, the per-kind arenas (states, mailboxes, relations), minted slots, roots |
//! | [`RunQueues`] | `sched.rs` | which processes are runnable, by priority |
//! | [`Transport`] | `transport.rs` | rings to and from the other shards, the outboxes behind them, injected jobs, early parcels |
//! | [`Timers`], [`Calls`] | `timer.rs`, `call.rs` | the timing wheel; requests awaiting replies |
//! | [`Windows`] | `flow.rs` | which mailboxes refuse senders elsewhere, and who refuses this shard's senders |
//! | [`Names`] | `registry.rs` | the node's registered names, as this shard knows them |
//! | [`NodeRelations`] | `relations.rs` | links and monitors that span nodes; node watchers |
//!
//! The `Shard` composes them and carries out what involves several — a send, a signal, a
//! spawn, a death, a timer firing — in the files of this folder, one concern each. No
//! component reaches into another; none of the shard's fields is visible outside this
//! folder: processes act through [`crate::Ctx`], outside code through
//! [`crate::ShardCtx`], the distribution layer through [`crate::RemoteShard`], each of
//! which calls the shard's `pub(crate)` methods.
//!
//! A shard lives on its own thread and is never shared (`!Send`). Other threads reach it
//! only through its rings and its injection queue, both bounded.
//!
//! Routing of a user message from a process of this shard:
//! - to a process of this shard: straight into its mailbox;
//! - to a process of another shard of this node: a [`Parcel`] in the ring to that shard
//!   (or, while the ring is full, in the outbox behind it, within the sender's share), so
//!   per-pair order holds end to end;
//! - to another node: through the distribution layer's [`Router`], when one is installed.
//!
//! Each path ends at the receiver's mailbox, where `flow.rs`'s contract applies.

mod calls;
mod death;
mod flow;
mod inspect;
mod names;
mod remote;
mod run;
mod signal;
mod spawn;
mod timers;

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

pub(crate) use calls::{AsAnswer, AsMessage, Landing, ReplySink, deliver_reply};
pub use calls::{Reply, ReplyTo};
pub(crate) use run::{TurnOutcome, init_process, run_process, turn};
pub(crate) use signal::{ExitKind, Signal};
pub use spawn::Spawned;

use crate::clock::Clock;
use crate::doorbell::Doorbell;
use crate::error::SendError;
use crate::exit::ExitReason;
use crate::flow::{Source, Windows};
use crate::kind::Push;
use crate::mailbox::Envelope;
use crate::node_config::NodeConfig;
pub(crate) use crate::parcel::Arrival;
use crate::pid::{NodeId, Pid};
use crate::registry::Names;
use crate::relations::NodeRelations;
use crate::remote::Router;
use crate::ring::Consumer;
use crate::sched::RunQueues;
use crate::stats::ShardStats;
use crate::table::Presence;
use crate::transport::OutboxFull;
use crate::watchdog::Watch;

/// What every shard of a node shares (all thread-safe).
pub(crate) struct NodeShared {
    pub(crate) id: NodeId,
    pub(crate) config: NodeConfig,
    /// The same as `config.wire`, one step closer.
    pub(crate) wire: Arc<crate::remote::WireTypes>,
    pub(crate) shards: Vec<ShardShared>,
    pub(crate) stopping: AtomicBool,
}

/// What other threads may touch of one shard.
pub(crate) struct ShardShared {
    pub(crate) doorbell: Doorbell,
    pub(crate) processes: AtomicUsize,
    /// User messages delivered on the shard so far, published with `processes`.
    pub(crate) delivered: AtomicU64,
    pub(crate) inject: flume::Sender<Remote>,
    pub(crate) watch: Arc<Watch>,
    /// The shard's thread (`executor::thread_token`), 0 until it runs.
    pub(crate) thread: AtomicU64,
    /// The shard thread's kernel id (`executor::kernel_thread_id`), 0 until it runs.
    pub(crate) tid: AtomicU64,
}

impl ShardShared {
    pub(crate) fn new(inject: flume::Sender<Remote>) -> Self {
        Self {
            doorbell: Doorbell::default(),
            processes: AtomicUsize::new(0),
            delivered: AtomicU64::new(0),
            inject,
            watch: Arc::new(Watch::default()),
            thread: AtomicU64::new(0),
            tid: AtomicU64::new(0),
        }
    }
}

/// An async task a handler asked for, started after the turn.
type Task = Pin<Box<dyn Future<Output = ()>>>;

// The shard's instances of its generic components: each is written for any host and
// knows nothing of the shard; here they are the shard's.
/// A parcel for a shard.
pub(crate) type Parcel = crate::parcel::Parcel<Shard>;
/// A closure run on a shard.
pub(crate) type Remote = crate::parcel::Remote<Shard>;
use crate::parcel::Job;
type Processes = crate::procs::Processes<Shard>;
type Transport = crate::transport::Transport<Shard>;
/// One of a shard's outgoing directions.
pub(crate) type Outbound = crate::transport::Outbound<Shard>;
/// The shard's timers.
pub(crate) type Timers = crate::timer::Timers<Shard>;
type Calls = crate::call::Calls<calls::Hooks>;

/// One shard (see the module docs).
pub(crate) struct Shard {
    id: u8,
    node: NodeId,
    shared: Arc<NodeShared>,
    procs: Processes,
    sched: RunQueues,
    transport: Transport,
    clock: Clock,
    timers: Timers,
    calls: Calls,
    windows: Windows,
    names: Names,
    node_links: NodeRelations,
    /// Where messages and signals for other nodes go (installed by a distribution layer).
    router: Option<Box<dyn Router>>,
    /// The process whose handler is executing, if any.
    running: Option<Pid>,
    /// The running process has been marked dying during its handler.
    running_exiting: bool,
    /// Processes marked dying whose death is not finished yet.
    dying: VecDeque<(Pid, ExitReason)>,
    /// Process runs so far (wrapping), published for the watchdog.
    runs: u32,
    next_ref: u64,
    /// Async tasks spawned by handlers, started after the turn (glommio polls a new task
    /// at once, and the shard is busy while a handler runs).
    tasks: Vec<Task>,
    stats: ShardStats,
    /// Sampled run times (cold: touched on one run in `RUN_TIME_SAMPLE_EVERY`).
    pub(crate) run_times: Box<crate::stats::RunTimes>,
    /// The last timed runs, with their processes (cold, as `run_times`).
    recent_runs: crate::inspect::RecentRuns,
    /// Messages the last run handled (set by every run, read on timed ones).
    run_messages: u32,
    /// This shard's watchdog state (a copy of the `Arc` in [`ShardShared`], one
    /// indirection closer for the per-run stores).
    watch: Arc<Watch>,
    mailbox_len_max: usize,
    /// Marks the shard `!Send`: it must stay on its thread.
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Shard {
    pub(crate) fn new(
        id: u8,
        shared: Arc<NodeShared>,
        outbound: Vec<Option<Outbound>>,
        inbound: Vec<Option<Consumer<Parcel>>>,
        inject: flume::Receiver<Remote>,
    ) -> Self {
        let config = &shared.config;
        let clock = Clock::new();
        let start_tick = crate::clock::tick_floor(clock.now_ns());
        let shards = config.shards;
        Self {
            id,
            node: shared.id,
            procs: Processes::new(id, shards, config.processes_per_shard_max),
            sched: RunQueues::new(),
            transport: Transport::new(outbound, inbound, inject),
            timers: Timers::new(
                start_tick,
                config.timers_per_shard_max,
                config.timers_reserved,
            ),
            clock,
            calls: Calls::default(),
            windows: Windows::default(),
            names: Names::new(id),
            node_links: NodeRelations::default(),
            router: None,
            running: None,
            running_exiting: false,
            dying: VecDeque::new(),
            runs: 0,
            next_ref: 0,
            tasks: Vec::new(),
            stats: ShardStats::default(),
            run_times: Box::default(),
            recent_runs: crate::inspect::RecentRuns::default(),
            run_messages: 0,
            watch: Arc::clone(&shared.shards[usize::from(id)].watch),
            mailbox_len_max: config.mailbox_len_max,
            shared,
            _not_send: std::marker::PhantomData,
        }
    }

    // ----- identity ------------------------------------------------------------------

    pub(crate) fn id(&self) -> u8 {
        self.id
    }

    pub(crate) fn node(&self) -> NodeId {
        self.node
    }

    pub(crate) fn shared(&self) -> &Arc<NodeShared> {
        &self.shared
    }

    pub(crate) fn shard_count(&self) -> usize {
        self.shared.shards.len()
    }

    fn shard_shared(&self) -> &ShardShared {
        &self.shared.shards[usize::from(self.id)]
    }

    pub(crate) fn doorbell(&self) -> &Doorbell {
        &self.shard_shared().doorbell
    }

    /// The shard clock in nanoseconds since the node started.
    pub(crate) fn now_ns(&self) -> u64 {
        self.clock.now_ns()
    }

    /// A fresh reference, unique on this node (shard id in the top byte).
    pub(crate) fn make_ref(&mut self) -> u64 {
        self.next_ref += 1;
        (u64::from(self.id) << 56) | self.next_ref
    }

    /// A pid standing for "this shard" when a signal comes from the shard, not a process.
    pub(crate) fn shard_pid(&self, shard: u8) -> Pid {
        Pid {
            node: self.node,
            shard,
            minter: shard,
            slot: crate::pid::SHARD_SLOT,
            generation: 0,
        }
    }

    /// This shard's own pid (see [`Shard::shard_pid`]).
    pub(crate) fn own_pid(&self) -> Pid {
        self.shard_pid(self.id)
    }

    // ----- statistics, tasks, roots --------------------------------------------------

    /// Processes and mailboxes by kind, counted now.
    pub(crate) fn census(&self) -> Vec<crate::stats::KindCensus> {
        self.procs.census()
    }

    pub(crate) fn stats(&self) -> ShardStats {
        let mut stats = self.stats;
        stats.processes = self.procs.live() as u64;
        stats.runnable = self.sched.len() as u64;
        stats.refusing = self.windows.refusing_here() as u64;
        stats
    }

    /// Counts a reply that could not be delivered (its request is gone or unreachable).
    pub(crate) fn count_late_reply(&mut self) {
        self.stats.late_replies += 1;
    }

    /// Whether `pid` (of this shard) is alive.
    pub(crate) fn is_alive(&self, pid: Pid) -> bool {
        self.procs.alive(pid).is_some()
    }

    /// An async task to start on this shard after the turn.
    pub(crate) fn push_task(&mut self, task: Task) {
        self.tasks.push(task);
    }

    /// The tasks handlers asked for since the last call.
    pub(crate) fn take_tasks(&mut self) -> Vec<Task> {
        std::mem::take(&mut self.tasks)
    }

    pub(crate) fn add_root(&mut self, pid: Pid) {
        self.procs.add_root(pid);
    }

    pub(crate) fn roots_gone(&self) -> bool {
        self.procs.roots_gone()
    }

    /// Sends every root an exit signal `shutdown`, newest first.
    pub(crate) fn stop_roots(&mut self) {
        let from = self.own_pid();
        for root in self.procs.roots().into_iter().rev() {
            self.signal(root, Signal::exit_sent(from, ExitReason::Shutdown));
        }
    }

    /// Publishes the live process count and the messages delivered, for readers outside
    /// the shard ([`crate::NodeHandle::shard_loads`]): two relaxed stores per turn.
    pub(crate) fn publish_process_count(&self) {
        let shared = self.shard_shared();
        shared.processes.store(self.procs.live(), Ordering::Relaxed);
        shared
            .delivered
            .store(self.stats.delivered, Ordering::Relaxed);
    }

    // ----- user messages -------------------------------------------------------------

    /// Sends a user message from `from` (a process of this shard, or the shard itself).
    #[inline]
    pub(crate) fn send<M: Send + 'static>(
        &mut self,
        from: Pid,
        to: Pid,
        message: M,
    ) -> Result<(), SendError<M>> {
        if to.node != self.node {
            return self.send_remote(to, message);
        }
        if to.shard != self.id {
            return self.send_to_shard(from, to, message);
        }
        self.deliver_here(to, message).map_err(SendError::Full)
    }

    fn send_to_shard<M: Send + 'static>(
        &mut self,
        from: Pid,
        to: Pid,
        message: M,
    ) -> Result<(), SendError<M>> {
        if !self.transport.reaches(to.shard) {
            self.stats.dropped_dead += 1;
            return Ok(());
        }
        let clock = &self.clock;
        if self.windows.refuses(to, self.node, || clock.now_ns()) {
            self.stats.refused_at_send += 1;
            return Err(SendError::Full(message));
        }
        if let Err(full) = self.transport.admit_user(to.shard, from) {
            match full {
                OutboxFull::Peer => self.stats.outbox_full += 1,
                OutboxFull::Sender => self.stats.outbox_share_full += 1,
            }
            return Err(SendError::Full(message));
        }
        let parcel = Parcel::new(to, UserMessage(message));
        if self.transport.push(to.shard, parcel, Some(from)) {
            self.stats.ring_full += 1;
        }
        Ok(())
    }

    /// Queues a message from this shard for a process of this shard; a full mailbox
    /// hands it back (or, `DropOldest`, makes room).
    #[inline]
    pub(crate) fn deliver_here<M: Send + 'static>(&mut self, to: Pid, message: M) -> Result<(), M> {
        let Some(slot) = self.procs.alive(to) else {
            self.deliver_to_absent(to, message, Source::Nobody);
            return Ok(());
        };
        match self.procs.push(slot, Envelope::User(message)) {
            Push::Queued(idle) => {
                self.stats.delivered += 1;
                if idle {
                    self.sched.schedule(to, slot.flags);
                }
                Ok(())
            }
            Push::Full(message)
                if self.procs.overflow(slot) == crate::Overflow::DropOldest
                    && self.procs.evict_oldest(slot) =>
            {
                self.stats.overflowed += 1;
                self.deliver_here(to, message)
            }
            Push::Full(message) => Err(message),
            Push::Misrouted => {
                self.stats.misrouted += 1;
                Ok(())
            }
        }
    }

    /// A message for a process that is not alive here: held if its spawn is on the way,
    /// dropped otherwise (Erlang's rule).
    fn deliver_to_absent<M: Send + 'static>(&mut self, to: Pid, message: M, source: Source) {
        if self.procs.presence(to) != Presence::NotYet {
            self.stats.dropped_dead += 1;
            return;
        }
        let (parcel, from) = match source {
            Source::Node(node) => (Parcel::new(to, NodeMessage { message, node }), self.id),
            Source::Shard(from) => (Parcel::new(to, UserMessage(message)), from),
            Source::Nobody => (Parcel::new(to, UserMessage(message)), self.id),
        };
        if !self.transport.hold_early(parcel, from, false) {
            self.stats.dropped_dead += 1;
        }
    }

    /// Queues a message that does not count against the bound (replies, own timers) for
    /// a process of this shard; a full system lane ends it (`flow.rs`).
    pub(crate) fn deliver_reply_message<M: Send + 'static>(&mut self, to: Pid, message: M) {
        let Some(slot) = self.procs.alive(to) else {
            self.stats.dropped_dead += 1;
            return;
        };
        match self.procs.push(slot, Envelope::Unbounded(message)) {
            Push::Queued(idle) => {
                if idle {
                    self.sched.schedule(to, slot.flags);
                }
            }
            Push::Full(_) => self.system_lane_full(to),
            Push::Misrouted => self.stats.misrouted += 1,
        }
    }

    /// Runs `job` on `shard` (this one included, at once).
    pub(crate) fn run_on_shard(&mut self, shard: u8, job: Remote) {
        if shard == self.id {
            job(self);
        } else {
            let to = self.shard_pid(shard);
            self.transport.push(shard, Parcel::new(to, Job(job)), None);
        }
    }

    /// Queues a parcel that is not a user message towards `shard` (signals, replies).
    fn push_parcel<T: Arrival<Shard>>(&mut self, shard: u8, to: Pid, value: T) {
        if self.transport.push(shard, Parcel::new(to, value), None) {
            self.stats.ring_full += 1;
        }
    }

    /// Delivers what waited for `pid`, now spawned (or refused).
    fn release_early(&mut self, pid: Pid) {
        for (parcel, from) in self.transport.take_early(pid) {
            parcel.deliver(self, from);
        }
    }
}

impl crate::kind::RunsKinds for Shard {
    fn run<P: crate::Process>(shard: &mut Shard, pid: Pid, slot: crate::table::Slot) -> bool {
        run_process::<P>(shard, pid, slot)
    }
}

/// A user message from a process of another shard of this node.
struct UserMessage<M>(M);

impl<M: Send + 'static> Arrival<Shard> for UserMessage<M> {
    fn arrive(self, shard: &mut Shard, to: Pid, from: u8) {
        let source = if from == shard.id {
            Source::Nobody
        } else {
            Source::Shard(from)
        };
        shard.deliver_arrived(to, self.0, source);
    }
}

/// A user message from another node, passed on by the shard whose link received it.
struct NodeMessage<M> {
    message: M,
    node: NodeId,
}

impl<M: Send + 'static> Arrival<Shard> for NodeMessage<M> {
    fn arrive(self, shard: &mut Shard, to: Pid, _from: u8) {
        shard.deliver_arrived(to, self.message, Source::Node(self.node));
    }
}
