//! A node: one OS process running one pinned shard per core, and the handle other threads
//! use to reach it.
//!
//! Start-up builds one SPSC ring per ordered pair of shards and one bounded injection
//! queue per shard, then starts the shard threads (each builds its own `Shard`, which
//! never leaves its thread) and a watchdog thread.
//!
//! Shutdown is graceful: each shard sends `shutdown` to the processes started from
//! outside it (its *roots*, typically supervisors) in reverse start order; supervisors stop
//! their children in order. Shards keep turning until every shard's roots are gone or
//! `NodeConfig::shutdown_grace` has passed, so cross-shard exit signals still flow, then exit.

use std::cell::RefCell;

use hashbrown::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::config::{INJECT_QUEUE_LEN_MAX, SHARDS_MAX, SpawnOptions};
use crate::error::{NodeError, SendError, SpawnError};
use crate::executor::{self, ShardThread};
use crate::exit::ExitReason;
use crate::node_config::NodeConfig;
use crate::pid::{Addr, NodeId, Pid};
use crate::process::Process;
use crate::ring::{Consumer, Producer, ring};
use crate::shard::{
    NodeShared, Outbound, Parcel, Remote, Shard, ShardShared, Signal, Spawned, TurnOutcome, turn,
};
use crate::stats::ShardStats;
use crate::watchdog;

thread_local! {
    static ON_SHARD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A running node. Dropping it without [`Node::shutdown`] shuts it down too.
pub struct Node {
    handle: NodeHandle,
    threads: Vec<ShardThread>,
    watchdog: Option<std::thread::JoinHandle<()>>,
    watchdog_stop: Arc<AtomicBool>,
}

/// A thread-safe handle to a node, for code outside its shards (tests, benchmarks, the
/// binary's main thread). Cheap to clone.
#[derive(Clone)]
pub struct NodeHandle {
    pub(crate) shared: Arc<NodeShared>,
    /// Shards whose roots are not all gone yet during shutdown.
    draining: Arc<AtomicUsize>,
    /// Shards that have not yet written out everything for other nodes during shutdown
    /// (no shard exits, closing its connections, before every shard has).
    unflushed: Arc<AtomicUsize>,
}

impl Node {
    /// Starts a node with `config`.
    ///
    /// # Errors
    /// [`NodeError::Start`] for a bad configuration or a shard that cannot start.
    pub fn start(config: NodeConfig) -> Result<Node, NodeError> {
        validate(&config)?;
        crate::panic::install_hook();
        let shards = config.shards;
        let (mut producers, mut consumers) = build_rings(shards, config.ring_parcels);
        let mut receivers = Vec::with_capacity(shards);
        let mut shard_shared = Vec::with_capacity(shards);
        for _ in 0..shards {
            let (sender, receiver) = flume::bounded(INJECT_QUEUE_LEN_MAX);
            shard_shared.push(ShardShared::new(sender));
            receivers.push(receiver);
        }
        let (pin, cpu_offset) = (config.pin, config.cpu_offset);
        let shared = Arc::new(NodeShared {
            id: incarnation_id(&config.name),
            wire: Arc::clone(&config.wire),
            config,
            shards: shard_shared,
            stopping: AtomicBool::new(false),
        });
        let handle = NodeHandle {
            shared: Arc::clone(&shared),
            draining: Arc::new(AtomicUsize::new(shards)),
            unflushed: Arc::new(AtomicUsize::new(shards)),
        };
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut threads = Vec::with_capacity(shards);
        for (index, receiver) in receivers.into_iter().enumerate().rev() {
            let outbound = producers.pop().expect("one producer set per shard");
            let inbound = consumers.pop().expect("one consumer set per shard");
            let handle = handle.clone();
            let cpu = pin.then_some((cpu_offset + index) % cores);
            let main = move || {
                // Runs before the shard's executor is made (`executor::spawn_shard`): a
                // thread that glommio parks before it first polls the task is still
                // known to the watchdog, which wakes it.
                let me = &handle.shared.shards[index];
                me.thread.store(executor::thread_token(), Ordering::Release);
                me.tid
                    .store(executor::kernel_thread_id(), Ordering::Release);
                shard_main(index as u8, handle, outbound, inbound, receiver)
            };
            threads.push(executor::spawn_shard(index, cpu, main).map_err(NodeError::Start)?);
        }
        threads.reverse();
        let watchdog_stop = Arc::new(AtomicBool::new(false));
        executor::install_interrupt_handler();
        let watchdog = watchdog::spawn(Arc::clone(&shared), Arc::clone(&watchdog_stop))
            .map_err(|error| NodeError::Start(error.to_string()))?;
        Ok(Node {
            handle,
            threads,
            watchdog: Some(watchdog),
            watchdog_stop,
        })
    }

    /// A handle for other threads.
    pub fn handle(&self) -> NodeHandle {
        self.handle.clone()
    }

    /// Stops the node gracefully (see the module docs) and waits for its shards.
    pub fn shutdown(mut self) {
        self.stop_and_join();
    }

    /// Waits until the node stops (after [`NodeHandle::shutdown`] from elsewhere).
    pub fn join(mut self) {
        self.join_threads();
    }

    fn stop_and_join(&mut self) {
        self.handle.shutdown();
        self.join_threads();
    }

    fn join_threads(&mut self) {
        for thread in self.threads.drain(..) {
            if let Err(error) = thread.join() {
                tracing::error!(%error, "shard thread failed");
            }
        }
        self.watchdog_stop.store(true, Ordering::Relaxed);
        if let Some(watchdog) = self.watchdog.take() {
            let _ = watchdog.join();
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        if !self.threads.is_empty() {
            self.stop_and_join();
        }
    }
}

fn validate(config: &NodeConfig) -> Result<(), NodeError> {
    let fail = |why: String| Err(NodeError::Start(why));
    if config.shards == 0 || config.shards > SHARDS_MAX {
        return fail(format!(
            "shards must be 1..={SHARDS_MAX}, got {}",
            config.shards
        ));
    }
    if !config.ring_parcels.is_power_of_two() || config.ring_parcels < 64 {
        return fail(format!(
            "ring_parcels must be a power of two >= 64, got {}",
            config.ring_parcels
        ));
    }
    if config.mailbox_len_max == 0
        || config.processes_per_shard_max == 0
        || config.timers_per_shard_max == 0
    {
        return fail("mailbox, process and timer limits must be positive".to_owned());
    }
    Ok(())
}

/// A node id that differs between incarnations of the same name (see `pid.rs`).
fn incarnation_id(name: &str) -> NodeId {
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos() as u64);
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let bytes = name
        .bytes()
        .chain(started.to_le_bytes())
        .chain(std::process::id().to_le_bytes());
    for byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    NodeId((hash ^ (hash >> 32)) as u32)
}

type Rings = (
    Vec<Vec<Option<Outbound>>>,
    Vec<Vec<Option<Consumer<Parcel>>>>,
);

/// One ring per ordered pair: `producers[from][to]`, `consumers[to][from]`.
fn build_rings(shards: usize, capacity: usize) -> Rings {
    let mut producers: Vec<Vec<Option<Outbound>>> = (0..shards)
        .map(|_| (0..shards).map(|_| None).collect())
        .collect();
    let mut consumers: Vec<Vec<Option<Consumer<Parcel>>>> = (0..shards)
        .map(|_| (0..shards).map(|_| None).collect())
        .collect();
    for from in 0..shards {
        for to in (0..shards).filter(|&to| to != from) {
            let (producer, consumer): (Producer<Parcel>, Consumer<Parcel>) = ring(capacity);
            producers[from][to] = Some(Outbound::new(producer));
            consumers[to][from] = Some(consumer);
        }
    }
    (producers, consumers)
}

/// The shard's single long-running task: turn, yield, sleep, until shutdown completes.
///
/// The shard lives in an `Rc<RefCell<_>>` so that the services' tasks on this thread
/// (`ShardHandle::with`) reach it between turns; a turn holds it for its whole length.
async fn shard_main(
    id: u8,
    handle: NodeHandle,
    outbound: Vec<Option<Outbound>>,
    inbound: Vec<Option<Consumer<Parcel>>>,
    inject: flume::Receiver<Remote>,
) {
    ON_SHARD.with(|on| on.set(true));
    let shared = Arc::clone(&handle.shared);
    let core = Rc::new(RefCell::new(Shard::new(
        id,
        Arc::clone(&shared),
        outbound,
        inbound,
        inject,
    )));
    for service in &shared.config.services.0 {
        let handle = crate::remote::ShardHandle {
            shard: Rc::clone(&core),
            id,
        };
        let mut shard = core.borrow_mut();
        service.start(&mut crate::RemoteShard { shard: &mut shard }, handle);
    }
    let mut yielder = executor::Yielder::default();
    let mut shutdown = Shutdown::default();
    loop {
        let outcome = turn(&mut core.borrow_mut(), executor::should_yield);
        start_tasks(&core);
        if shared.stopping.load(Ordering::Acquire)
            && shutdown.advance(&mut core.borrow_mut(), &handle)
        {
            break;
        }
        match outcome {
            // Yield every busy turn, not only on preemption, so the shard's connection
            // tasks send and receive promptly even while processes keep it busy.
            TurnOutcome::Busy => yielder.yield_now().await,
            TurnOutcome::Idle(next_ns) => {
                yielder.disarm();
                park(&core, &shared, id, next_ns).await;
            }
        }
    }
}

fn start_tasks(core: &Rc<RefCell<Shard>>) {
    let tasks = core.borrow_mut().take_tasks();
    for task in tasks {
        executor::spawn_task(task);
    }
}

async fn park(core: &Rc<RefCell<Shard>>, shared: &NodeShared, id: u8, next_ns: Option<u64>) {
    if watch_rings(&core.borrow()) {
        return;
    }
    let bell = &shared.shards[usize::from(id)].doorbell;
    bell.prepare_sleep();
    let (pending, now_ns) = {
        let core = core.borrow();
        (core.has_work(), core.now_ns())
    };
    if pending {
        bell.cancel_sleep();
        return;
    }
    let mut timeout = next_ns.map(|next| Duration::from_nanos(next.saturating_sub(now_ns)));
    if shared.stopping.load(Ordering::Acquire) {
        // Stopping: come back soon to advance the shutdown, but do sleep, so the shard's
        // io tasks run (they write the last exit signals to other nodes).
        timeout = Some(timeout.map_or(SHUTDOWN_TICK, |timeout| timeout.min(SHUTDOWN_TICK)));
    }
    // Every sleep has a deadline, even without timers: a backstop against a lost wake.
    let timeout = timeout.map_or(SLEEP_MAX, |timeout| timeout.min(SLEEP_MAX));
    executor::sleep(bell, Some(timeout)).await;
}

/// How long an idle shard that traded parcels with other shards a moment ago watches its
/// rings before it parks. While it watches, producers see it awake and need not ring it
/// (a ring is a cross-thread wake); when another shard feeds this one (a ring of
/// processes across shards) parcels come within microseconds.
const RING_WATCH: Duration = Duration::from_micros(50);
/// Only a shard that exchanged parcels this recently watches its rings: the watch runs
/// inside the shard's task, so it holds the shard's io tasks back, and a shard serving
/// network traffic alone parks at once (the executor then polls io before sleeping).
const RING_ACTIVE_WINDOW_NS: u64 = 1_000_000;

/// Watches the rings for [`RING_WATCH`] if parcels flowed recently; `true` if work came.
fn watch_rings(core: &Shard) -> bool {
    let now = core.now_ns();
    if now.saturating_sub(core.ring_traffic_ns()) > RING_ACTIVE_WINDOW_NS {
        return false;
    }
    let until = now + RING_WATCH.as_nanos() as u64;
    while core.now_ns() < until {
        if core.has_work() {
            return true;
        }
        std::hint::spin_loop();
    }
    false
}

/// A sleeping shard still wakes this often, with or without timers due: a missed
/// shutdown or a lost cross-core wake then costs at most this much latency instead of a
/// hang. A shard parked by the executor while runnable (not in this sleep) is bounded by
/// the keep-alive timer of its yields (`executor::Yielder`), and the watchdog rings
/// and interrupts a shard asleep past [`crate::watchdog::STALL`] without a turn.
const SLEEP_MAX: Duration = Duration::from_millis(100);
/// How often an idle shard looks at a shutdown in progress.
const SHUTDOWN_TICK: Duration = Duration::from_millis(1);

/// One shard's progress through node shutdown.
#[derive(Default)]
struct Shutdown {
    started: Option<Instant>,
    drained: bool,
    flushed: bool,
}

impl Shutdown {
    /// Advances shutdown; `true` when the shard may exit.
    fn advance(&mut self, core: &mut Shard, handle: &NodeHandle) -> bool {
        let started = *self.started.get_or_insert_with(|| {
            core.stop_roots();
            Instant::now()
        });
        if !self.drained && core.roots_gone() {
            self.drained = true;
            handle.draining.fetch_sub(1, Ordering::AcqRel);
        }
        let everyone_drained = handle.draining.load(Ordering::Acquire) == 0;
        if everyone_drained
            && !self.flushed
            && core.router().is_none_or(|router| router.is_flushed())
        {
            self.flushed = true;
            handle.unflushed.fetch_sub(1, Ordering::AcqRel);
        }
        handle.unflushed.load(Ordering::Acquire) == 0
            || started.elapsed() >= core.shared().config.shutdown_grace
    }
}

impl NodeHandle {
    /// Shards on this node.
    pub fn shards(&self) -> usize {
        self.shared.shards.len()
    }

    /// This node's id (differs per incarnation).
    pub fn node_id(&self) -> NodeId {
        self.shared.id
    }

    /// Runs `job` on `shard` and waits for its result. Must not be called from a shard
    /// thread (it would wait on itself); handlers use messages instead.
    ///
    /// # Errors
    /// [`NodeError::NoSuchShard`], or [`NodeError::Stopped`] if the node stops first.
    pub fn run_on<T, F>(&self, shard: usize, job: F) -> Result<T, NodeError>
    where
        T: Send + 'static,
        F: FnOnce(&mut ShardCtx<'_>) -> T + Send + 'static,
    {
        assert!(
            !ON_SHARD.with(|on| on.get()),
            "run_on called from a shard thread"
        );
        let (sender, receiver) = flume::bounded(1);
        self.cast_on(shard, move |shard| {
            let _ = sender.send(job(shard));
        })?;
        receiver.recv().map_err(|_| NodeError::Stopped)
    }

    /// Runs `job` on `shard` without waiting.
    ///
    /// # Errors
    /// [`NodeError::NoSuchShard`], [`NodeError::Stopped`], or [`NodeError::Busy`] when
    /// the shard's injection queue is full.
    pub fn cast_on<F>(&self, shard: usize, job: F) -> Result<(), NodeError>
    where
        F: FnOnce(&mut ShardCtx<'_>) + Send + 'static,
    {
        let target = self
            .shared
            .shards
            .get(shard)
            .ok_or(NodeError::NoSuchShard(shard))?;
        let job: Remote = Box::new(move |shard: &mut Shard| job(&mut ShardCtx { shard }));
        target.inject.try_send(job).map_err(|error| match error {
            flume::TrySendError::Full(_) => NodeError::Busy,
            flume::TrySendError::Disconnected(_) => NodeError::Stopped,
        })?;
        target.doorbell.ring_if_sleeping();
        Ok(())
    }

    /// Spawns a root process on `shard` (stopped at node shutdown, in reverse order).
    ///
    /// # Errors
    /// As [`NodeHandle::run_on`], or the spawn's own error.
    pub fn spawn<P: Process + Send>(
        &self,
        shard: usize,
        process: P,
    ) -> Result<Addr<P::Msg>, NodeError> {
        self.run_on(shard, move |ctx| ctx.spawn_root(process))?
            .map_err(|error| NodeError::Start(error.to_string()))
    }

    /// Sends a message from outside the node.
    ///
    /// # Errors
    /// [`SendError::Full`] when the target shard's injection queue is full;
    /// [`SendError::NoRoute`] for a pid of another node or a stopped node.
    pub fn send<M: Send + 'static>(&self, to: Addr<M>, message: M) -> Result<(), SendError<M>> {
        let pid = to.pid();
        if pid.node != self.shared.id {
            return Err(SendError::NoRoute(message));
        }
        let target = &self.shared.shards[pid.shard()];
        if target.inject.len() >= INJECT_QUEUE_LEN_MAX {
            return Err(SendError::Full(message));
        }
        // The message rides in a shared slot so that a refused job hands it back.
        let slot = Arc::new(std::sync::Mutex::new(Some(message)));
        let in_job = Arc::clone(&slot);
        let job: Remote = Box::new(move |shard: &mut Shard| {
            let message = in_job.lock().ok().and_then(|mut slot| slot.take());
            if let Some(message) = message {
                let from = shard.own_pid();
                let _ = shard.send(from, pid, message);
            }
        });
        if target.inject.send(job).is_err() {
            let message = slot
                .lock()
                .ok()
                .and_then(|mut slot| slot.take())
                .expect("job never ran");
            return Err(SendError::NoRoute(message));
        }
        target.doorbell.ring_if_sleeping();
        Ok(())
    }

    /// Statistics summed over every shard.
    ///
    /// # Errors
    /// [`NodeError::Stopped`] if the node stopped.
    pub fn stats(&self) -> Result<ShardStats, NodeError> {
        let mut total = ShardStats::default();
        for shard in 0..self.shards() {
            total += self.run_on(shard, |ctx| ctx.stats())?;
        }
        Ok(total)
    }

    /// Every shard's statistics, asked of all at once; `None` for a shard that did not
    /// answer within `timeout` (held by a handler, or stopped): for observers, which must
    /// not hang on a shard.
    pub fn shard_stats(&self, timeout: Duration) -> Vec<Option<ShardStats>> {
        self.ask_every_shard(timeout, |ctx| ctx.stats())
    }

    /// `ask` run on every shard at once, each answer awaited until one deadline `timeout`
    /// away; `None` for a shard that did not answer by then.
    fn ask_every_shard<T: Send + 'static>(
        &self,
        timeout: Duration,
        ask: impl Fn(&mut ShardCtx<'_>) -> T + Clone + Send + 'static,
    ) -> Vec<Option<T>> {
        let deadline = Instant::now() + timeout;
        let answers: Vec<_> = (0..self.shards())
            .map(|shard| {
                let (sender, receiver) = flume::bounded(1);
                let ask = ask.clone();
                let asked = self.cast_on(shard, move |ctx| {
                    let _ = sender.send(ask(ctx));
                });
                asked.ok().map(|()| receiver)
            })
            .collect();
        answers
            .into_iter()
            .map(|receiver| receiver?.recv_deadline(deadline).ok())
            .collect()
    }

    /// Every shard's statistics and run times, asked of all at once; `None` for a shard
    /// that did not answer within `timeout`.
    pub fn shard_stats_and_run_times(
        &self,
        timeout: Duration,
    ) -> Vec<Option<(ShardStats, crate::RunTimes)>> {
        self.ask_every_shard(timeout, |ctx| (ctx.stats(), ctx.run_times()))
    }

    /// Every shard's processes and mailboxes by kind, asked of all at once (each shard
    /// makes one pass over its processes); `None` for a shard that did not answer within
    /// `timeout`.
    pub fn census(&self, timeout: Duration) -> Vec<Option<Vec<crate::KindCensus>>> {
        self.ask_every_shard(timeout, |ctx| ctx.census())
    }

    /// The details of `pid` (Erlang's `process_info`), asked of its shard: `Ok(None)` if
    /// no such process lives on this node (a pid of another node included).
    ///
    /// # Errors
    /// [`NodeError::NoAnswer`] if its shard did not answer within `timeout`, or as
    /// [`NodeHandle::cast_on`].
    pub fn process_info(
        &self,
        pid: Pid,
        timeout: Duration,
    ) -> Result<Option<crate::ProcessInfo>, NodeError> {
        if pid.node() != self.node_id() || pid.shard() >= self.shards() {
            return Ok(None);
        }
        self.ask_shard(pid.shard(), Instant::now() + timeout, move |ctx| {
            ctx.process_info(pid)
        })
    }

    /// The details of several processes, each shard asked once for all of its own, all
    /// shards at once; in the order of `pids`, `None` for a process not on this node or
    /// a shard that did not answer within `timeout`.
    pub fn processes_info(
        &self,
        pids: &[Pid],
        timeout: Duration,
    ) -> Vec<Option<crate::ProcessInfo>> {
        let deadline = Instant::now() + timeout;
        let mut by_shard: Vec<Vec<Pid>> = vec![Vec::new(); self.shards()];
        for &pid in pids {
            if pid.node() == self.node_id() && pid.shard() < self.shards() {
                by_shard[pid.shard()].push(pid);
            }
        }
        let answers: Vec<_> = by_shard
            .into_iter()
            .enumerate()
            .filter(|(_, pids)| !pids.is_empty())
            .filter_map(|(shard, pids)| {
                let (sender, receiver) = flume::bounded(1);
                let asked = self.cast_on(shard, move |ctx| {
                    let infos: Vec<_> = pids
                        .iter()
                        .filter_map(|&pid| ctx.process_info(pid))
                        .collect();
                    let _ = sender.send(infos);
                });
                asked.ok().map(|()| receiver)
            })
            .collect();
        let mut found: HashMap<Pid, crate::ProcessInfo> = HashMap::new();
        for receiver in answers {
            if let Ok(infos) = receiver.recv_deadline(deadline) {
                found.extend(infos.into_iter().map(|info| (info.pid, info)));
            }
        }
        pids.iter().map(|pid| found.get(pid).cloned()).collect()
    }

    /// Every shard's longest mailboxes and busiest processes, `n` of each (at most
    /// [`crate::TOP_PROCESSES_MAX`]); `None` for a shard that did not answer within
    /// `timeout`. Each shard makes one pass over its mailboxes.
    pub fn top_processes(&self, n: usize, timeout: Duration) -> Vec<Option<crate::ShardTop>> {
        self.ask_every_shard(timeout, move |ctx| ctx.top_processes(n))
    }

    /// Every shard's root supervisors (the tops of the supervision tree: follow their
    /// children with [`NodeHandle::processes_info`]) and its other roots by kind; `None`
    /// for a shard that did not answer within `timeout`.
    pub fn supervision_roots(&self, timeout: Duration) -> Vec<Option<crate::SupervisionRoots>> {
        self.ask_every_shard(timeout, |ctx| ctx.shard.supervision_roots())
    }

    /// Runs `ask` on `shard` and waits for its answer until `deadline`.
    fn ask_shard<T: Send + 'static>(
        &self,
        shard: usize,
        deadline: Instant,
        ask: impl FnOnce(&mut ShardCtx<'_>) -> T + Send + 'static,
    ) -> Result<T, NodeError> {
        let (sender, receiver) = flume::bounded(1);
        self.cast_on(shard, move |ctx| {
            let _ = sender.send(ask(ctx));
        })?;
        receiver
            .recv_deadline(deadline)
            .map_err(|error| match error {
                flume::RecvTimeoutError::Timeout => NodeError::NoAnswer(shard),
                flume::RecvTimeoutError::Disconnected => NodeError::Stopped,
            })
    }

    /// Every shard's live processes and user messages delivered so far, as the shards
    /// last published them (at the end of their latest turn). Reads counters only: it
    /// never waits for a shard, and may be called from anywhere, a handler included.
    pub fn shard_loads(&self) -> Vec<(usize, u64)> {
        self.shared
            .shards
            .iter()
            .map(|shard| {
                (
                    shard.processes.load(Ordering::Relaxed),
                    shard.delivered.load(Ordering::Relaxed),
                )
            })
            .collect()
    }

    /// What the watchdog saw of shard `shard`: handlers that held it past
    /// `LONG_HANDLER`, and stalls (lost wake-ups it rang). Zeros for no such shard.
    pub fn watchdog_counts(&self, shard: usize) -> (u64, u64) {
        self.shared.shards.get(shard).map_or((0, 0), |state| {
            (
                state.watch.long_handlers.load(Ordering::Relaxed),
                state.watch.stalls.load(Ordering::Relaxed),
            )
        })
    }

    /// Handlers that held their shard past `LONG_HANDLER`, summed over shards.
    pub fn long_handlers(&self) -> u64 {
        self.shared
            .shards
            .iter()
            .map(|shard| shard.watch.long_handlers.load(Ordering::Relaxed))
            .sum()
    }

    /// Starts graceful shutdown; returns at once.
    pub fn shutdown(&self) {
        self.shared.stopping.store(true, Ordering::Release);
        for shard in &self.shared.shards {
            shard.doorbell.ring_if_sleeping();
        }
    }
}

/// A shard seen from outside its processes (in [`NodeHandle::run_on`] jobs).
pub struct ShardCtx<'a> {
    shard: &'a mut Shard,
}

impl<'a> ShardCtx<'a> {
    pub(crate) fn new(shard: &'a mut Shard) -> Self {
        Self { shard }
    }
}

impl ShardCtx<'_> {
    /// This shard's index.
    pub fn shard(&self) -> usize {
        usize::from(self.shard.id())
    }

    /// Spawns a root process on this shard.
    ///
    /// # Errors
    /// [`SpawnError::ProcessLimit`] at the shard's process limit.
    pub fn spawn_root<P: Process>(&mut self, process: P) -> Result<Addr<P::Msg>, SpawnError> {
        self.spawn_root_opts(process, SpawnOptions::default())
    }

    /// Spawns a root process on this shard with `options` (its placement is ignored: a
    /// root that need not be `Send` starts here). Roots that ended are forgotten as new
    /// ones start, so a shard that spawns a root per client connection stays bounded.
    ///
    /// # Errors
    /// [`SpawnError::ProcessLimit`] at the shard's process limit.
    pub fn spawn_root_opts<P: Process>(
        &mut self,
        process: P,
        options: SpawnOptions,
    ) -> Result<Addr<P::Msg>, SpawnError> {
        let spawned = self.shard.spawn_here(process, options, None)?;
        self.shard.add_root(spawned.addr.pid());
        Ok(spawned.addr)
    }

    /// Spawns a process that is not a root (it is dropped at shutdown, not stopped).
    ///
    /// # Errors
    /// As [`ShardCtx::spawn_root`], and [`SpawnError::NoSuchShard`].
    pub fn spawn_opts<P: Process + Send>(
        &mut self,
        process: P,
        options: SpawnOptions,
    ) -> Result<Spawned<P::Msg>, SpawnError> {
        self.shard.spawn_with(process, options, None)
    }

    /// Sends a message (as the shard: see [`crate::Ctx::send`] for what it may refuse).
    ///
    /// # Errors
    /// As [`crate::Ctx::send`].
    pub fn send<M: Send + 'static>(&mut self, to: Addr<M>, message: M) -> Result<(), SendError<M>> {
        let from = self.shard.own_pid();
        self.shard.send(from, to.pid(), message)
    }

    /// A send-only view of this shard (see [`crate::Outlet`]); it sends as the shard.
    pub fn outlet(&mut self) -> crate::Outlet<'_> {
        let from = self.shard.own_pid();
        crate::Outlet::new(self.shard, from)
    }

    /// Sends `pid` an exit signal from this shard.
    pub fn exit(&mut self, pid: Pid, reason: ExitReason) {
        let from = self.shard.own_pid();
        self.shard.signal(pid, Signal::exit_sent(from, reason));
    }

    /// The process registered as `name`.
    pub fn whereis(&self, name: &str) -> Option<Pid> {
        self.shard.whereis(name)
    }

    /// The process registered as `name` anywhere in the cluster.
    pub fn whereis_global(&self, name: &str) -> Option<Pid> {
        self.shard.router()?.whereis_global(name)
    }

    /// Nodes this shard is connected to.
    pub fn nodes(&self) -> Vec<crate::NodeId> {
        self.shard.nodes()
    }

    /// Whether `pid` (of this shard) is alive.
    pub fn is_alive(&self, pid: Pid) -> bool {
        self.shard.is_alive(pid)
    }

    /// This shard's statistics.
    pub fn stats(&self) -> ShardStats {
        self.shard.stats()
    }

    /// How long this shard's process runs took (a sample).
    pub fn run_times(&self) -> crate::RunTimes {
        *self.shard.run_times
    }

    /// This shard's processes and mailboxes by kind, counted now (one pass over its
    /// processes).
    pub fn census(&self) -> Vec<crate::KindCensus> {
        self.shard.census()
    }

    /// The details of `pid` if it lives on this shard (see
    /// [`NodeHandle::process_info`]).
    pub fn process_info(&mut self, pid: Pid) -> Option<crate::ProcessInfo> {
        self.shard.process_info(pid)
    }

    /// This shard's longest mailboxes and busiest processes (see
    /// [`NodeHandle::top_processes`]).
    pub fn top_processes(&mut self, n: usize) -> crate::ShardTop {
        self.shard.top_processes(n)
    }
}
