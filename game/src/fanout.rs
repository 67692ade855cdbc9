//! Broadcast fan-out once per gate: a group (guild, team, map cell) encodes a push once
//! and sends **one** message per gate shard — the encoded frame and the gate processes
//! on that shard it is for — instead of one message per member through each member's
//! Person. The shard's [`Hub`] copies the frame into each connection's outbox and wakes
//! the writers once per [`FLUSH_WINDOW`], so the pushes of a window leave in one write
//! per connection.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a Person attaches a gate that has a hub | it tells each of its groups its [`Route`] (hub, gate); on detach, that it has none |
//! | a group broadcasts | members with a route get the frame through their hub (one message per hub); members without one (detached, or on a gate without a hub) get the event through their Person as before |
//! | a hub gets a frame for gate `g` | the frame goes into `g`'s sink; a gate no longer on the shard is skipped (counted in [`HubStats::missed`]) |
//! | a sink is full (slow reader) | its gate process is told [`GateMsg::Overflow`] and says goodbye; the other sinks are unaffected |
//! | first frame into a sink since the last flush | the hub's flush timer is armed for [`FLUSH_WINDOW`]; when it fires every sink written since is flushed |
//!
//! Broadcast frames are `Push { seq: 0 }`: outside the session's sequence, not kept for a
//! resume (see `docs/protocol.md`). The frames of one group reach one connection in the
//! order the group sent them (one group, one hub, one mailbox).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::{Addr, Ctx, ExitReason, Pid, Process, SystemMsg, TimerRef};

use crate::gate::outbox::{Outbox, SlowReader};
use crate::wire::{GateMsg, HubMsg, Route};

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
    /// [`HubHandle::options`]: the hub lives as long as the shard).
    ///
    /// # Errors
    /// Why the hub could not be spawned.
    pub fn start(
        spawn: impl FnOnce(Hub) -> Result<Pid, hearth_engine::SpawnError>,
    ) -> Result<Self, hearth_engine::SpawnError> {
        let sinks = Rc::new(Sinks::default());
        let stats = Rc::new(Cell::new(HubStats::default()));
        let pid = spawn(Hub::new(Rc::clone(&sinks), Rc::clone(&stats)))?;
        Ok(Self { pid, sinks, stats })
    }

    /// The route of `gate` through this hub.
    pub fn route(&self, gate: Pid) -> Route {
        Route {
            hub: self.pid.to_bytes(),
            gate: gate.to_bytes(),
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
}

impl Hub {
    fn new(sinks: Rc<Sinks>, stats: Rc<Cell<HubStats>>) -> Self {
        Self {
            sinks,
            dirty: Vec::new(),
            flush: None,
            stats,
        }
    }

    fn fanout(&mut self, frame: &[u8], gates: &[[u8; 16]], ctx: &mut Ctx<'_, Self>) {
        let mut stats = self.stats.get();
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

/// The members of a group who can be reached through a hub, planned by hub.
///
/// A group keeps one beside its member list: [`Audience::set`] as routes come and go,
/// [`Audience::remove`] when a member leaves, [`Audience::broadcast`] to send a frame to
/// every routed member (one message per hub). The plan is rebuilt on the first broadcast
/// after a change.
#[derive(Default)]
pub struct Audience {
    routes: HashMap<Pid, Route>,
    plan: Option<Vec<(Pid, Vec<[u8; 16]>)>>,
}

impl Audience {
    /// Sets or clears `person`'s route.
    pub fn set(&mut self, person: Pid, route: Option<Route>) {
        let changed = match route {
            Some(route) => self.routes.insert(person, route) != Some(route),
            None => self.routes.remove(&person).is_some(),
        };
        if changed {
            self.plan = None;
        }
    }

    /// Forgets `person`.
    pub fn remove(&mut self, person: Pid) {
        self.set(person, None);
    }

    /// Whether `person` is reached through a hub.
    pub fn is_routed(&self, person: Pid) -> bool {
        self.routes.contains_key(&person)
    }

    /// Members reached through a hub.
    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// Whether no member is reached through a hub.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    fn plan(&mut self) -> &[(Pid, Vec<[u8; 16]>)] {
        self.plan.get_or_insert_with(|| {
            let mut by_hub: HashMap<[u8; 16], Vec<[u8; 16]>> = HashMap::new();
            for route in self.routes.values() {
                by_hub.entry(route.hub).or_default().push(route.gate);
            }
            by_hub
                .into_iter()
                .map(|(hub, gates)| (Pid::from_bytes(hub), gates))
                .collect()
        })
    }

    /// Sends `frame` to every routed member: one [`HubMsg::Fanout`] per hub. Returns the
    /// hubs written to. A hub whose mailbox is full misses this frame (the group never
    /// blocks), like a member's Person would. The frame itself goes to the last hub;
    /// only the others get copies.
    pub fn broadcast<P: Process>(&mut self, frame: Vec<u8>, ctx: &mut Ctx<'_, P>) -> usize {
        let plan = self.plan();
        let Some(((last, last_gates), others)) = plan.split_last() else {
            return 0;
        };
        let mut send = |hub: Pid, frame: Vec<u8>, gates: &Vec<[u8; 16]>| {
            let gates = gates.clone();
            let _ = ctx.send(Addr::from_pid(hub), HubMsg::Fanout { frame, gates });
        };
        for (hub, gates) in others {
            send(*hub, frame.clone(), gates);
        }
        send(*last, frame, last_gates);
        plan.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pid(shard: u8, slot: u32) -> Pid {
        let mut bytes = [0; 16];
        bytes[0] = 1;
        bytes[4] = shard;
        bytes[8..12].copy_from_slice(&slot.to_le_bytes());
        bytes[12] = 1;
        Pid::from_bytes(bytes)
    }

    fn route(hub: Pid, gate: Pid) -> Option<Route> {
        Some(Route {
            hub: hub.to_bytes(),
            gate: gate.to_bytes(),
        })
    }

    fn planned(audience: &mut Audience) -> Vec<(Pid, Vec<Pid>)> {
        let mut plan: Vec<(Pid, Vec<Pid>)> = audience
            .plan()
            .iter()
            .map(|(hub, gates)| {
                let mut gates: Vec<Pid> = gates.iter().map(|g| Pid::from_bytes(*g)).collect();
                gates.sort_by_key(|g| g.to_bytes());
                (*hub, gates)
            })
            .collect();
        plan.sort_by_key(|(hub, _)| hub.to_bytes());
        plan
    }

    #[test]
    fn members_are_planned_once_per_hub_and_changes_replan() {
        let (hub0, hub1) = (pid(0, 1), pid(1, 1));
        let (gate_a, gate_b, gate_c) = (pid(0, 10), pid(0, 11), pid(1, 12));
        let (a, b, c, d) = (pid(0, 20), pid(0, 21), pid(1, 22), pid(1, 23));
        let mut audience = Audience::default();
        audience.set(a, route(hub0, gate_a));
        audience.set(b, route(hub0, gate_b));
        audience.set(c, route(hub1, gate_c));
        audience.set(d, None);
        assert_eq!(
            planned(&mut audience),
            vec![(hub0, vec![gate_a, gate_b]), (hub1, vec![gate_c])]
        );
        assert!(audience.is_routed(a) && !audience.is_routed(d));

        // Bob reconnects through shard 1's gate; Carol leaves: the plan follows.
        audience.set(b, route(hub1, gate_b));
        audience.remove(c);
        assert_eq!(
            planned(&mut audience),
            vec![(hub0, vec![gate_a]), (hub1, vec![gate_b])]
        );
        audience.set(a, None);
        assert_eq!(planned(&mut audience), vec![(hub1, vec![gate_b])]);
        assert_eq!(audience.len(), 1);
    }
}
