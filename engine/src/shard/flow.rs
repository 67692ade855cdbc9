//! The shard's side of flow control (`crate::flow` has the contract): what a message from
//! another shard or node does at a full mailbox, telling its senders, and opening again.

use crate::config::Overflow;
use crate::exit::ExitReason;
use crate::flow::Source;
use crate::kind::Arrived;
use crate::pid::{NodeId, Pid};

use super::Shard;

/// A window notice between shards: `to` refuses (or takes again) this shard's senders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Notice {
    /// `to` is at its bound: refuse sends to it.
    Refusing,
    /// `to` has room again, or has ended: forget the refusal.
    Open,
}

impl Shard {
    /// Queues a user message that arrived from `source` (another shard or node), applying
    /// the receiver's overflow policy when its mailbox is full.
    pub(crate) fn deliver_arrived<M: Send + 'static>(
        &mut self,
        to: Pid,
        message: M,
        source: Source,
    ) {
        let Some(slot) = self.procs.alive(to) else {
            self.deliver_to_absent(to, message, source);
            return;
        };
        match self.procs.arrive(slot, message) {
            Arrived::Queued { schedule, refusing } => {
                self.stats.delivered += 1;
                if schedule {
                    self.sched.schedule(to, slot.flags);
                }
                if refusing {
                    self.tell_refusing(to, source);
                }
            }
            Arrived::Full(message, policy) => self.overflowed(to, slot, message, policy, source),
            Arrived::Misrouted => self.stats.misrouted += 1,
        }
    }

    /// An arrival with no room (see the contract in `crate::flow`).
    fn overflowed<M: Send + 'static>(
        &mut self,
        to: Pid,
        slot: crate::table::Slot,
        message: M,
        policy: Overflow,
        source: Source,
    ) {
        match policy {
            Overflow::Refuse => {
                self.stats.refused += 1;
                self.tell_refusing(to, source);
            }
            Overflow::DropNewest => self.stats.overflowed += 1,
            Overflow::DropOldest => {
                self.stats.overflowed += 1;
                // Room for the newest, unless nothing was queued to make room from.
                if self.procs.evict_oldest(slot) {
                    self.deliver_arrived(to, message, source);
                }
            }
            Overflow::Exit => {
                self.stats.overflowed += 1;
                self.die(to, ExitReason::MailboxOverflow);
            }
        }
    }

    /// Tells `source`, once per refusing spell, that `receiver` refuses its senders.
    fn tell_refusing(&mut self, receiver: Pid, source: Source) {
        let now_ns = self.clock.now_ns();
        if !self.windows.tell(receiver, source, now_ns) {
            return;
        }
        self.stats.refusals_told += 1;
        match source {
            Source::Shard(shard) => self.send_notice(shard, receiver, Notice::Refusing),
            Source::Node(node) => self.send_node_notice(node, receiver, Notice::Refusing),
            Source::Nobody => {}
        }
    }

    /// `receiver`'s mailbox drained (or `receiver` ended): everyone told hears so.
    pub(crate) fn reopen(&mut self, receiver: Pid) {
        let told = self.windows.reopen(receiver);
        for shard in 0..self.shard_count() as u8 {
            if told.shards & (1 << shard) != 0 {
                self.send_notice(shard, receiver, Notice::Open);
            }
        }
        for (node, _) in told.nodes {
            self.send_node_notice(node, receiver, Notice::Open);
        }
    }

    /// Sends a notice to `shard` and publishes it at once: a sender learns it is refused
    /// within one ring hop, not at the end of this shard's turn.
    fn send_notice(&mut self, shard: u8, receiver: Pid, notice: Notice) {
        self.run_on_shard(
            shard,
            Box::new(move |shard: &mut Shard| shard.heard_notice(receiver, notice)),
        );
        self.publish_now(shard);
    }

    /// Publishes what waits for `shard` now and rings it if it sleeps (no-op for this
    /// shard).
    pub(crate) fn publish_now(&mut self, shard: u8) {
        if shard != self.id {
            let now_ns = self.clock.now_ns();
            let shared = std::sync::Arc::clone(&self.shared);
            let doorbell = &shared.shards[usize::from(shard)].doorbell;
            self.transport.flush_now(shard, now_ns, doorbell);
        }
    }

    fn send_node_notice(&mut self, node: NodeId, receiver: Pid, notice: Notice) {
        if let Some(router) = self.router.as_mut() {
            router.window(node, receiver, notice == Notice::Open);
        }
    }

    /// A notice from the shard (or node) of `receiver` about this shard's senders.
    pub(crate) fn heard_notice(&mut self, receiver: Pid, notice: Notice) {
        match notice {
            // A refusal by a node this shard is no longer connected to is stale (it was
            // in flight when the node went down): heeding it could refuse for good.
            Notice::Refusing
                if receiver.node != self.node && !self.nodes().contains(&receiver.node) => {}
            Notice::Refusing => {
                self.stats.refusals_heard += 1;
                let now_ns = self.clock.now_ns();
                self.windows.refused_by(receiver, now_ns);
            }
            Notice::Open => self.windows.opened(receiver),
        }
    }

    /// A notice from another node: every shard of this node sends to `receiver`, so each
    /// hears it.
    pub(crate) fn heard_node_notice(&mut self, receiver: Pid, open: bool) {
        let notice = if open { Notice::Open } else { Notice::Refusing };
        for shard in 0..self.shard_count() as u8 {
            self.send_notice(shard, receiver, notice);
        }
    }

    /// A process's system lane is full: it ends, loudly (see
    /// [`crate::SYSTEM_LANE_LEN_MAX`]).
    pub(crate) fn system_lane_full(&mut self, pid: Pid) {
        self.stats.system_overflows += 1;
        tracing::error!(%pid, "system lane full: the process handles nothing while signals and replies pour in; ending it");
        self.die(pid, ExitReason::SystemOverflow);
    }
}
