//! A gate shard's fan-out hub: broadcasts written once per gate shard. A group (guild,
//! team, map cell) encodes a push once and sends **one** message per gate shard — the
//! encoded frame and the gate processes on that shard it is for — instead of one message
//! per member through each member's Person (the world plans it:
//! `hearth_world::audience`, and sends it through [`crate::GatePort`]). The shard's
//! [`Hub`] copies the frame into each connection's outbox and wakes the writers once per
//! [`FLUSH_WINDOW`], so the pushes of a window leave in one write per connection.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a gate process attaches to its Person | it passes its hub's pid; the Person tells its groups and cell its route (hub, gate) |
//! | a hub gets a frame for gate `g` | the frame goes into `g`'s sink; a gate no longer on the shard is skipped (counted in [`HubStats::missed`]) |
//! | a sink is full (slow reader) | its gate process is told [`GateMsg::Overflow`] and says goodbye; the other sinks are unaffected |
//! | first frame into a sink since the last flush | the hub's flush timer is armed for [`FLUSH_WINDOW`]; when it fires every sink written since is flushed |
//!
//! The frames of one group reach one connection in the order the group sent them (one
//! group, one hub, one mailbox). Same thread only: the sinks are the shard's.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::{Addr, Ctx, ExitReason, Pid, Process, SystemMsg, TimerRef};

use hearth_world::wire::Route;

use crate::outbox::{Outbox, SlowReader};
use crate::wire::{GateMsg, HubMsg};
use std::sync::Arc;

use crate::metrics::GateCounts;

/// How long a connection's broadcast frames may wait to be written together.
pub const FLUSH_WINDOW: Duration = Duration::from_millis(2);
/// Mailbox of a hub: one message per broadcast of each group with members on the shard.
pub const HUB_MAILBOX_LEN_MAX: usize = 1 << 16;
/// Messages a hub handles per run: it serves every connection of its shard, so with the
/// default share (one run per cycle of a run queue of thousands) it would fall behind.
pub const HUB_MESSAGES_PER_RUN: usize = 1024;
/// Timer tag of the flush.
const FLUSH: u64 = 1;

/// Where a hub writes one connection's frames.
pub trait Sink {
    /// Queues `frame` without waking the writer.
    ///
    /// # Errors
    /// [`SlowReader`] when the connection's queue is full (nothing is queued).
    fn deliver(&self, frame: &[u8]) -> Result<(), SlowReader>;
    /// Hands what was queued to the writer.
    fn flush(&self);
}

impl Sink for Outbox {
    fn deliver(&self, frame: &[u8]) -> Result<(), SlowReader> {
        self.push_quiet(frame)
    }

    fn flush(&self) {
        self.wake();
    }
}

/// The sinks of one shard's connections, by gate process (same thread only).
#[derive(Default)]
pub struct Sinks {
    map: RefCell<HashMap<Pid, Rc<dyn Sink>>>,
}

impl Sinks {
    /// Registers `gate`'s sink (replacing any earlier one).
    pub fn insert(&self, gate: Pid, sink: Rc<dyn Sink>) {
        self.map.borrow_mut().insert(gate, sink);
    }

    /// Forgets `gate`'s sink.
    pub fn remove(&self, gate: Pid) {
        self.map.borrow_mut().remove(&gate);
    }

    fn get(&self, gate: Pid) -> Option<Rc<dyn Sink>> {
        self.map.borrow().get(&gate).cloned()
    }

    /// Sinks registered.
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    /// Whether no sink is registered.
    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }
}

/// A shard's hub as its gates see it: its pid and the sinks it writes to.
#[derive(Clone)]
pub struct HubHandle {
    /// The hub process.
    pub pid: Pid,
    /// The sinks it writes to.
    pub sinks: Rc<Sinks>,
    /// What it has done so far.
    pub stats: Rc<Cell<HubStats>>,
}

impl HubHandle {
    /// The spawn options of a hub: a large run budget and `High` priority, so the
    /// shard's broadcasts do not wait behind a cycle of its thousands of processes.
    pub fn options() -> hearth_engine::SpawnOptions {
        hearth_engine::SpawnOptions::default()
            .mailbox_len_max(HUB_MAILBOX_LEN_MAX)
            .messages_per_run(HUB_MESSAGES_PER_RUN)
            .priority(hearth_engine::Priority::High)
    }

    /// Starts a hub through `spawn` (a root spawn on the shard it serves, with
    /// [`HubHandle::options`]: the hub lives as long as the shard), counting the pushes
    /// it delivers in `counts` (a gate's; `None` for a hub of in-process bots).
    ///
    /// # Errors
    /// Why the hub could not be spawned.
    pub fn start(
        counts: Option<Arc<GateCounts>>,
        spawn: impl FnOnce(Hub) -> Result<Pid, hearth_engine::SpawnError>,
    ) -> Result<Self, hearth_engine::SpawnError> {
        let sinks = Rc::new(Sinks::default());
        let stats = Rc::new(Cell::new(HubStats::default()));
        let pid = spawn(Hub::new(Rc::clone(&sinks), Rc::clone(&stats), counts))?;
        Ok(Self { pid, sinks, stats })
    }

    /// The route of `gate` through this hub.
    pub fn route(&self, gate: Pid) -> Route {
        Route {
            hub: self.pid.to_bytes(),
            conn: gate.to_bytes(),
        }
    }
}

/// What a hub has done (for tests and logs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HubStats {
    /// Broadcast messages taken.
    pub fanouts: u64,
    /// Frames written into sinks.
    pub delivered: u64,
    /// Frames for gates no longer on the shard.
    pub missed: u64,
    /// Flushes (each wakes the writers written since the last).
    pub flushes: u64,
}

/// One shard's fan-out process (see the module docs).
pub struct Hub {
    sinks: Rc<Sinks>,
    dirty: Vec<Rc<dyn Sink>>,
    flush: Option<TimerRef>,
    stats: Rc<Cell<HubStats>>,
    counts: Option<Arc<GateCounts>>,
}

impl Hub {
    fn new(sinks: Rc<Sinks>, stats: Rc<Cell<HubStats>>, counts: Option<Arc<GateCounts>>) -> Self {
        Self {
            sinks,
            dirty: Vec::new(),
            flush: None,
            stats,
            counts,
        }
    }

    fn fanout(&mut self, frame: &[u8], gates: &[[u8; 16]], ctx: &mut Ctx<'_, Self>) {
        let mut stats = self.stats.get();
        let delivered_before = stats.delivered;
        stats.fanouts += 1;
        for &gate in gates {
            let gate = Pid::from_bytes(gate);
            let Some(sink) = self.sinks.get(gate) else {
                stats.missed += 1;
                continue;
            };
            match sink.deliver(frame) {
                Ok(()) => {
                    stats.delivered += 1;
                    self.dirty.push(sink);
                }
                Err(SlowReader) => {
                    let _ = ctx.send(Addr::<GateMsg>::from_pid(gate), GateMsg::Overflow);
                }
            }
        }
        if let Some(counts) = &self.counts {
            counts
                .shard(ctx.shard())
                .pushed(stats.delivered - delivered_before);
        }
        self.stats.set(stats);
        self.arm(ctx);
    }

    fn arm(&mut self, ctx: &mut Ctx<'_, Self>) {
        if self.flush.is_some() || self.dirty.is_empty() {
            return;
        }
        match ctx.start_timer(FLUSH_WINDOW, FLUSH) {
            Ok(timer) => self.flush = Some(timer),
            // No timer to be had: flush now rather than hold frames back.
            Err(_) => self.flush_all(),
        }
    }

    fn flush_all(&mut self) {
        for sink in self.dirty.drain(..) {
            sink.flush();
        }
        let mut stats = self.stats.get();
        stats.flushes += 1;
        self.stats.set(stats);
    }
}

impl Process for Hub {
    type Msg = HubMsg;

    fn handle(&mut self, message: HubMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            HubMsg::Fanout { frame, gates } => self.fanout(&frame, &gates, ctx),
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { tag: FLUSH, .. } => {
                self.flush = None;
                self.flush_all();
            }
            SystemMsg::Exit { from, reason } if from.is_shard() => ctx.stop(reason),
            _ => {}
        }
    }

    fn terminate(&mut self, _reason: &ExitReason, _ctx: &mut Ctx<'_, Self>) {
        self.flush_all();
    }
}
