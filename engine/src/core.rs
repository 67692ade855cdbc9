//! The shard core: everything one shard owns, and how messages and signals find their way.
//!
//! A `ShardCore` lives on its shard's thread and is never shared (`!Send`): the process
//! table, the per-kind arenas, the run queue, the timing wheel, the pending calls, and the
//! shard's ends of the rings to every other shard. Other threads reach it only through
//! those rings and the injection queue, both bounded.
//!
//! Routing rules:
//! - to a process of this shard: straight into its mailbox (or its signal handling);
//! - to a process of another shard of this node: a [`Parcel`] in the ring to that shard,
//!   or, while that ring is full, in a bounded per-destination overflow queue behind it,
//!   so per-pair order holds end to end;
//! - to another node: through the distribution hook, when one is installed.
//!
//! Per-pair ordering holds because every item from shard A to shard B takes the same
//! FIFO path, and each process handles its mailbox in arrival order.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use hashbrown::HashMap;
use hearth_timers::Wheel;

use crate::call::Calls;
use crate::clock::Clock;
use crate::config::{EARLY_PARCELS_MAX, NodeConfig, OUTBOX_LEN_MAX, RING_PUBLISH_BATCH};
use crate::doorbell::Doorbell;
use crate::error::SendError;
use crate::fifo::Fifo;
use crate::kind::{Kinds, Push};
use crate::mailbox::Envelope;
use crate::parcel::{Parcel, Payload, Remote, remote_job};
use crate::pid::{NodeId, Pid};
use crate::registry::Registry;
use crate::ring::{Consumer, Producer};
use crate::signal::Signal;
use crate::stats::ShardStats;
use crate::table::{MintPool, Presence, STATE_ALIVE, Table};
use crate::timer::TimerEvent;

/// What every shard of a node shares (all thread-safe).
pub(crate) struct NodeShared {
    pub(crate) id: NodeId,
    pub(crate) config: NodeConfig,
    /// The same as `config.wire`, one step closer.
    pub(crate) wire: Arc<crate::remote::WireTypes>,
    pub(crate) shards: Vec<ShardShared>,
    pub(crate) names: Registry,
    pub(crate) stopping: AtomicBool,
}

/// What other threads may touch of one shard.
pub(crate) struct ShardShared {
    pub(crate) doorbell: Doorbell,
    pub(crate) processes: AtomicUsize,
    pub(crate) inject: flume::Sender<Remote>,
    pub(crate) watch: Arc<crate::watchdog::Watch>,
    /// The shard's thread (`executor::thread_token`), 0 until it runs.
    pub(crate) thread: std::sync::atomic::AtomicU64,
    /// The shard thread's kernel id (`executor::kernel_thread_id`), 0 until it runs.
    pub(crate) tid: std::sync::atomic::AtomicU64,
}

/// One outgoing direction: the ring and, behind it, what did not fit yet.
pub(crate) struct Outbound {
    producer: Producer<Parcel>,
    overflow: VecDeque<(Parcel, bool)>,
    overflow_user: usize,
    /// Parcels were published since the last flush (the peer may need waking).
    published: bool,
}

impl Outbound {
    pub(crate) fn new(producer: Producer<Parcel>) -> Self {
        Self {
            producer,
            overflow: VecDeque::new(),
            overflow_user: 0,
            published: false,
        }
    }
}

pub(crate) struct ShardCore {
    pub(crate) id: u8,
    pub(crate) node: NodeId,
    pub(crate) shared: Arc<NodeShared>,
    pub(crate) table: Table,
    pub(crate) kinds: Kinds,
    pub(crate) run_queue: Fifo<Pid>,
    /// Runnable `Priority::High` processes, served before [`ShardCore::run_queue`].
    pub(crate) run_queue_high: Fifo<Pid>,
    pub(crate) wheel: Wheel<TimerEvent>,
    pub(crate) clock: Clock,
    pub(crate) calls: Calls,
    pub(crate) outbound: Vec<Option<Outbound>>,
    pub(crate) inbound: Vec<Option<Consumer<Parcel>>>,
    pub(crate) inject: flume::Receiver<Remote>,
    pub(crate) dying: VecDeque<(Pid, crate::ExitReason)>,
    early: HashMap<Pid, Vec<Parcel>>,
    early_len: usize,
    pub(crate) mint: Vec<MintPool>,
    next_ref: u64,
    /// The process whose handler is executing, if any.
    pub(crate) running: Option<Pid>,
    /// Where messages and signals for other nodes go (installed by a distribution layer).
    pub(crate) router: Option<Box<dyn crate::remote::Router>>,
    /// Local processes that hold links or monitors with processes of each node.
    pub(crate) remote_relations: HashMap<NodeId, hashbrown::HashSet<Pid>>,
    /// Processes watching one node (`monitor_node`).
    pub(crate) node_watchers: HashMap<NodeId, Vec<Pid>>,
    /// Processes told of every node going up or down.
    pub(crate) all_node_watchers: Vec<Pid>,
    /// When parcels last crossed this shard's rings (either way), shard clock.
    pub(crate) ring_traffic_ns: u64,
    /// The running process has been marked dying during its handler.
    pub(crate) running_exiting: bool,
    /// Process runs so far (wrapping), published for the watchdog.
    pub(crate) runs: u32,
    /// Async tasks spawned by handlers, started after the turn (glommio polls a new task
    /// at once, and the core is borrowed while a handler runs).
    pub(crate) tasks: Vec<std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>>,
    pub(crate) stats: ShardStats,
    /// This shard's watchdog state (a copy of the `Arc` in [`ShardShared`], one
    /// indirection closer for the per-run stores).
    pub(crate) watch: Arc<crate::watchdog::Watch>,
    /// Processes started from outside the node, stopped in reverse order at shutdown.
    pub(crate) roots: Vec<Pid>,
    /// `roots` is pruned of ended processes when it reaches this length.
    roots_prune_at: usize,
    pub(crate) expired: Vec<TimerEvent>,
    pub(crate) mailbox_len_max: usize,
    /// Marks the core `!Send`: it must stay on its shard's thread.
    _not_send: std::marker::PhantomData<*const ()>,
}

/// Smallest length at which the roots list is pruned of ended processes.
const ROOTS_PRUNE_MIN: usize = 1024;

impl ShardCore {
    /// Records a root; prunes ended roots when the list has doubled since the last
    /// pruning (amortised O(1) per root, memory bounded by twice the live roots).
    pub(crate) fn add_root(&mut self, pid: Pid) {
        if self.roots.len() >= self.roots_prune_at {
            let table = &self.table;
            self.roots.retain(|&root| table.get(root).is_some());
            self.roots_prune_at = (self.roots.len() * 2).max(ROOTS_PRUNE_MIN);
        }
        self.roots.push(pid);
    }

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
        let mut wheel = Wheel::with_live_max(start_tick, config.timers_per_shard_max);
        wheel.reserve(config.timers_reserved);
        let shards = config.shards;
        Self {
            id,
            node: shared.id,
            table: Table::new(id, shards, config.processes_per_shard_max),
            kinds: Kinds::default(),
            run_queue: Fifo::new(),
            run_queue_high: Fifo::new(),
            wheel,
            clock,
            calls: Calls::default(),
            outbound,
            inbound,
            inject,
            dying: VecDeque::new(),
            early: HashMap::new(),
            early_len: 0,
            mint: (0..shards).map(|_| MintPool::default()).collect(),
            next_ref: 0,
            running: None,
            router: None,
            remote_relations: HashMap::new(),
            node_watchers: HashMap::new(),
            all_node_watchers: Vec::new(),
            running_exiting: false,
            ring_traffic_ns: 0,
            runs: 0,
            tasks: Vec::new(),
            stats: ShardStats::default(),
            roots: Vec::new(),
            roots_prune_at: ROOTS_PRUNE_MIN,
            watch: Arc::clone(&shared.shards[usize::from(id)].watch),
            expired: Vec::new(),
            mailbox_len_max: config.mailbox_len_max,
            shared,
            _not_send: std::marker::PhantomData,
        }
    }

    pub(crate) fn shard_shared(&self) -> &ShardShared {
        &self.shared.shards[usize::from(self.id)]
    }

    /// A fresh reference, unique on this node (shard id in the top byte).
    pub(crate) fn make_ref(&mut self) -> u64 {
        self.next_ref += 1;
        (u64::from(self.id) << 56) | self.next_ref
    }

    /// A pid standing for "this shard" when a parcel targets the shard, not a process.
    pub(crate) fn shard_pid(&self, shard: u8) -> Pid {
        Pid {
            node: self.node,
            shard,
            minter: shard,
            slot: crate::pid::SHARD_SLOT,
            generation: 0,
        }
    }

    // ----- user messages -------------------------------------------------------------

    /// Sends a user message from this shard (see the routing rules).
    #[inline]
    pub(crate) fn send<M: Send + 'static>(
        &mut self,
        to: Pid,
        message: M,
    ) -> Result<(), SendError<M>> {
        if to.node != self.node {
            return self.send_remote(to, message);
        }
        if to.shard != self.id {
            return self.send_to_shard(to, message);
        }
        self.deliver_local(to, message, false)
            .map_err(SendError::Full)
    }

    fn send_to_shard<M: Send + 'static>(
        &mut self,
        to: Pid,
        message: M,
    ) -> Result<(), SendError<M>> {
        let Some(Some(outbound)) = self.outbound.get(usize::from(to.shard)) else {
            self.stats.dropped_dead += 1;
            return Ok(());
        };
        if outbound.overflow_user >= OUTBOX_LEN_MAX {
            self.stats.outbox_full += 1;
            return Err(SendError::Full(message));
        }
        self.push_parcel(to.shard, Parcel::new(to, arrive_user::<M>, message), true);
        Ok(())
    }

    /// Queues a message for a process of this shard. `arrived` says it came from another
    /// shard or node, in which case a full mailbox applies the receiver's overflow
    /// policy instead of handing the message back.
    #[inline]
    pub(crate) fn deliver_local<M: Send + 'static>(
        &mut self,
        to: Pid,
        message: M,
        arrived: bool,
    ) -> Result<(), M> {
        let Some(slot) = self.table.get(to).filter(|slot| slot.state == STATE_ALIVE) else {
            self.deliver_to_absent(to, message);
            return Ok(());
        };
        match self
            .kinds
            .push(slot.kind, slot.cell, Envelope::User(message))
        {
            Push::Queued(idle) => {
                self.stats.delivered += 1;
                if idle {
                    self.schedule(to, slot.flags);
                }
                Ok(())
            }
            Push::Full(message) if !arrived => Err(message),
            Push::Full(_) => {
                let (kind, cell) = (slot.kind, slot.cell);
                self.overflowed(to, kind, cell);
                Ok(())
            }
            Push::Misrouted => {
                self.stats.misrouted += 1;
                Ok(())
            }
        }
    }

    /// A message for a process that is not alive here: held if its spawn is on the way,
    /// dropped otherwise (Erlang's rule).
    fn deliver_to_absent<M: Send + 'static>(&mut self, to: Pid, message: M) {
        if self.table.presence(to) == Presence::NotYet {
            self.hold_early(Parcel::new(to, arrive_user::<M>, message));
        } else {
            self.stats.dropped_dead += 1;
        }
    }

    fn overflowed(&mut self, to: Pid, kind: u16, cell: u32) {
        self.stats.overflowed += 1;
        if self.kinds.arena(kind).overflow(cell) == crate::Overflow::Exit {
            self.die(to, crate::ExitReason::MailboxOverflow);
        }
    }

    /// Queues a message that does not count against the bound (replies, own timers).
    pub(crate) fn deliver_unbounded<M: Send + 'static>(&mut self, to: Pid, message: M) {
        let Some(slot) = self
            .table
            .get(to)
            .copied()
            .filter(|slot| slot.state == STATE_ALIVE)
        else {
            self.stats.dropped_dead += 1;
            return;
        };
        match self
            .kinds
            .push(slot.kind, slot.cell, Envelope::Unbounded(message))
        {
            Push::Queued(idle) => {
                if idle {
                    self.schedule(to, slot.flags);
                }
            }
            Push::Full(_) | Push::Misrouted => self.stats.misrouted += 1,
        }
    }

    /// Queues a system item for the live process `pid` at `slot`, scheduling it.
    pub(crate) fn push_system(
        &mut self,
        pid: Pid,
        slot: crate::table::Slot,
        message: Box<crate::SystemMsg>,
    ) {
        if self.kinds.arena(slot.kind).push_system(slot.cell, message) {
            self.schedule(pid, slot.flags);
        }
    }

    /// Puts a process that became runnable at the back of its priority's run queue.
    #[inline]
    pub(crate) fn schedule(&mut self, pid: Pid, flags: u8) {
        if flags & crate::table::FLAG_HIGH != 0 {
            self.run_queue_high.push_back(pid);
        } else {
            self.run_queue.push_back(pid);
        }
    }

    /// The next process to run: the oldest runnable `High` one, else the oldest other.
    #[inline]
    pub(crate) fn next_runnable(&mut self) -> Option<Pid> {
        self.run_queue_high
            .pop_front()
            .or_else(|| self.run_queue.pop_front())
    }

    /// Whether a process is runnable.
    pub(crate) fn any_runnable(&self) -> bool {
        !self.run_queue_high.is_empty() || !self.run_queue.is_empty()
    }

    // ----- signals -------------------------------------------------------------------

    /// Sends a signal (link, exit, monitor, DOWN, ...). Never dropped for lack of room.
    pub(crate) fn signal(&mut self, to: Pid, signal: Signal) {
        if to.node != self.node {
            if !self.signal_remote(to, &signal) {
                self.signal_unreachable(to, signal);
            }
        } else if to.shard != self.id {
            if usize::from(to.shard) < self.outbound.len() {
                self.push_parcel(to.shard, Parcel::new(to, arrive_signal, signal), false);
            } else {
                self.signal_unreachable(to, signal);
            }
        } else {
            self.apply_signal(to, signal);
        }
    }

    /// A signal for a process that cannot be reached: links and monitors learn so.
    fn signal_unreachable(&mut self, to: Pid, signal: Signal) {
        let reason = crate::ExitReason::NoConnection;
        match signal {
            Signal::Link { from } => self.signal(from, Signal::exit_linked(to, reason)),
            Signal::Monitor { from, monitor } => {
                self.signal(
                    from,
                    Signal::Down {
                        monitor,
                        pid: to,
                        reason,
                    },
                );
            }
            _ => {}
        }
    }

    // ----- parcels -------------------------------------------------------------------

    /// Queues a parcel towards `shard`: into the ring, or behind it if the ring is full
    /// (`bounded` parcels count against [`OUTBOX_LEN_MAX`], checked by the caller).
    pub(crate) fn push_parcel(&mut self, shard: u8, parcel: Parcel, bounded: bool) {
        let outbound = self.outbound[usize::from(shard)]
            .as_mut()
            .expect("no ring to the local shard");
        let parcel = if outbound.overflow.is_empty() {
            match outbound.producer.push(parcel) {
                Ok(()) => {
                    if outbound.producer.unpublished() >= RING_PUBLISH_BATCH {
                        outbound.published |= outbound.producer.publish();
                    }
                    return;
                }
                Err(parcel) => parcel,
            }
        } else {
            parcel
        };
        if bounded {
            outbound.overflow_user += 1;
        }
        self.stats.ring_full += 1;
        outbound.overflow.push_back((parcel, bounded));
    }

    /// Runs `job` on `shard` (this one included, at once).
    pub(crate) fn run_on_shard(&mut self, shard: u8, job: Remote) {
        if shard == self.id {
            job(self);
        } else {
            let to = self.shard_pid(shard);
            self.push_parcel(shard, remote_job(to, job), false);
        }
    }

    /// Moves overflow into the rings, publishes, and wakes sleeping peers that got work.
    pub(crate) fn flush_outbound(&mut self) {
        for (shard, outbound) in self.outbound.iter_mut().enumerate() {
            let Some(outbound) = outbound else { continue };
            while let Some((parcel, bounded)) = outbound.overflow.pop_front() {
                if let Err(parcel) = outbound.producer.push(parcel) {
                    outbound.overflow.push_front((parcel, bounded));
                    break;
                }
                if bounded {
                    outbound.overflow_user -= 1;
                }
            }
            let published = outbound.producer.publish() | std::mem::take(&mut outbound.published);
            if published {
                self.shared.shards[shard].doorbell.ring_if_sleeping();
                self.ring_traffic_ns = self.clock.now_ns();
            }
        }
    }

    /// Whether parcels wait behind a full ring.
    pub(crate) fn outbound_waiting(&self) -> bool {
        self.outbound
            .iter()
            .flatten()
            .any(|outbound| !outbound.overflow.is_empty())
    }

    /// Delivers parcels from every other shard, at most `budget` per ring.
    pub(crate) fn drain_inbound(&mut self, budget: usize) -> usize {
        let mut delivered = 0;
        for shard in 0..self.inbound.len() {
            let Some(mut consumer) = self.inbound[shard].take() else {
                continue;
            };
            for _ in 0..budget {
                let Some(parcel) = consumer.pop() else { break };
                parcel.deliver(self);
                delivered += 1;
            }
            consumer.release();
            self.inbound[shard] = Some(consumer);
        }
        if delivered > 0 {
            self.ring_traffic_ns = self.clock.now_ns();
        }
        delivered
    }

    /// Whether the shard has anything to do: runnable processes, deaths to finish, or
    /// parcels and injected jobs waiting.
    pub(crate) fn has_work(&self) -> bool {
        self.any_runnable() || !self.dying.is_empty() || self.inbound_pending()
    }

    /// Whether another shard has published parcels not yet taken.
    pub(crate) fn inbound_pending(&self) -> bool {
        self.inbound.iter().flatten().any(Consumer::has_pending) || !self.inject.is_empty()
    }

    /// Runs closures injected from outside the node.
    pub(crate) fn drain_injected(&mut self, budget: usize) {
        for _ in 0..budget {
            let Ok(job) = self.inject.try_recv() else {
                break;
            };
            job(self);
        }
    }

    // ----- pids minted elsewhere whose spawn has not arrived -------------------------

    /// Holds a parcel for a process minted by another shard and not spawned here yet.
    pub(crate) fn hold_early(&mut self, parcel: Parcel) {
        if self.early_len >= EARLY_PARCELS_MAX {
            tracing::error!(to = %parcel.to, "early-parcel buffer full; dropping");
            self.stats.dropped_dead += 1;
            return;
        }
        self.early_len += 1;
        self.early.entry(parcel.to).or_default().push(parcel);
    }

    /// Delivers what waited for `pid`, now spawned (or refused).
    pub(crate) fn release_early(&mut self, pid: Pid) {
        let Some(parcels) = self.early.remove(&pid) else {
            return;
        };
        self.early_len -= parcels.len();
        for parcel in parcels {
            parcel.deliver(self);
        }
    }

    pub(crate) fn publish_process_count(&self) {
        self.shard_shared()
            .processes
            .store(self.table.live(), Ordering::Relaxed);
    }
}

/// Arrival of a user message from another shard or node.
/// # Safety
/// `payload` holds an `M`.
pub(crate) unsafe fn arrive_user<M: Send + 'static>(
    core: Option<&mut ShardCore>,
    to: Pid,
    payload: &mut Payload,
) {
    // SAFETY: parcels with this action are built by `send_to_shard` with an `M`.
    let message: M = unsafe { payload.take() };
    if let Some(core) = core {
        let _ = core.deliver_local(to, message, true);
    }
}

/// Arrival of a signal from another shard.
/// # Safety
/// `payload` holds a [`Signal`].
pub(crate) unsafe fn arrive_signal(core: Option<&mut ShardCore>, to: Pid, payload: &mut Payload) {
    // SAFETY: parcels with this action are built by `ShardCore::signal` with a Signal.
    let signal: Signal = unsafe { payload.take() };
    if let Some(core) = core {
        core.apply_signal(to, signal);
    }
}
