//! Flow control: backpressure that reaches the sender, wherever it is.
//!
//! A mailbox has a bound ([`crate::SpawnOptions::mailbox_len_max`]) and an overflow
//! policy ([`crate::Overflow`]). A sender on the same shard sees the mailbox and is
//! answered at once. A sender on another shard or node cannot see it: its message is in a
//! ring or on a socket when the mailbox fills. So the mailbox tells the senders' shards:
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | same-shard `send` to a mailbox at its bound | the message is handed back, [`crate::SendError::Full`] (policy `DropOldest`: the oldest queued message is dropped instead, counted in `overflowed`) |
//! | a message from shard or node S brings a `Refuse` mailbox to its bound, or arrives past it | it is queued within the *headroom* (bound / [`crate::ARRIVAL_HEADROOM_DIVISOR`], at least 1) and S is told once: "R refuses" (a node again if it was told [`RETELL_AFTER`] ago or more) |
//! | after S heard "R refuses" | every `send` to R from a process on S returns `Full` at once (S's shard, or every shard of node S — for at most [`REMOTE_REFUSAL_TTL`], after which a message goes again and, if R still refuses, tells S again) |
//! | an arrival past the headroom | dropped and counted (`refused`): the sender was refused, only too late to be told at its `send` |
//! | R drains to bound / [`crate::REOPEN_DIVISOR`] | every S that was told hears "R takes messages again"; their sends go through |
//! | R ends | every S that was told hears so and forgets R |
//! | node S goes down | its refusals are forgotten on this side, and this side forgets it told S |
//! | an arrival at a full `DropNewest` / `DropOldest` / `Exit` mailbox | dropped / the oldest dropped / the receiver ends with `mailbox overflow`; no one is told |
//!
//! So a flood from anywhere cannot kill a receiver unless it asked for `Exit`, and a
//! sender learns it is being refused within one notice's flight (a ring hop, or a
//! round trip of the node link). Between its first refused message and the notice, at
//! most the headroom is taken; more than that in flight is dropped and counted.
//!
//! Fairness between the senders of one shard is the outbox's business (`transport.rs`):
//! each sending process has its own share of the room behind full rings.
//!
//! Between shards of one node, notices travel in the same FIFO rings as the messages and
//! deaths they are about, so none is lost or overtaken. Between nodes they may be: a link
//! drops with a notice in flight, or a refusal is applied after the node went down and
//! came back. So a node's refusal lapses after [`REMOTE_REFUSAL_TTL`] unless renewed, and
//! a refusing mailbox tells a node again when a message from it arrives [`RETELL_AFTER`]
//! or more after the last telling: no lost notice leaves a sender refused for good.
//!
//! Known limit: the reopening threshold counts every queued user message, so a receiver
//! kept above half its bound by senders of its own shard goes on refusing the others.
//!
//! Invariants:
//! - `told[R]` exists exactly while R's mailbox is marked refusing (`Mailbox::refusing`),
//!   and lists every shard and node told since it was created.
//! - A shard's `refusing` set names processes of *other* shards or nodes only; an entry
//!   goes when their shard says they take messages again or have ended, or their node
//!   goes down.

use std::time::Duration;

use hashbrown::HashMap;

use crate::pid::{NodeId, Pid};

/// How long a shard heeds another node's "refuses": long enough that a refused sender
/// stays quiet while the receiver drains, short enough that a lost "takes again" costs a
/// second, not the session.
pub const REMOTE_REFUSAL_TTL: Duration = Duration::from_secs(1);
/// A refusing mailbox tells a node again when a message from it arrives this long after
/// the last telling (its refusal there may have lapsed or been lost).
pub const RETELL_AFTER: Duration = Duration::from_millis(500);

const _: () = assert!(
    RETELL_AFTER.as_nanos() < REMOTE_REFUSAL_TTL.as_nanos(),
    "a node is told again before its refusal lapses"
);

/// Where a message that arrived came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// A process of another shard of this node.
    Shard(u8),
    /// A process of another node.
    Node(NodeId),
    /// A thread outside the node, or this shard itself (nobody to tell).
    Nobody,
}

/// Who a refusing mailbox told.
#[derive(Default, Debug, PartialEq, Eq)]
pub(crate) struct Told {
    /// Bit `s`: shard `s` of this node.
    pub(crate) shards: u64,
    /// Nodes, with when each was last told (shard clock).
    pub(crate) nodes: Vec<(NodeId, u64)>,
}

const _: () = assert!(crate::config::SHARDS_MAX <= 64, "a shard mask is a u64");

#[derive(Default)]
pub(crate) struct Windows {
    /// Receiver side: each refusing mailbox of this shard, and who it told.
    told: HashMap<Pid, Told>,
    /// Sender side: processes elsewhere that refuse this shard's senders, with when this
    /// shard heard it (shard clock; it lapses for processes of other nodes).
    refusing: HashMap<Pid, u64>,
}

impl Windows {
    /// Records that `receiver` (refusing) must tell `source` at `now_ns`; `true` if the
    /// caller must send the notice (not told yet, or a node told [`RETELL_AFTER`] ago).
    pub(crate) fn tell(&mut self, receiver: Pid, source: Source, now_ns: u64) -> bool {
        let told = self.told.entry(receiver).or_default();
        match source {
            Source::Shard(shard) => {
                let bit = 1u64 << shard;
                let new = told.shards & bit == 0;
                told.shards |= bit;
                new
            }
            Source::Node(node) => {
                let retell_ns = RETELL_AFTER.as_nanos() as u64;
                match told.nodes.iter_mut().find(|(told, _)| *told == node) {
                    Some((_, at)) if now_ns.saturating_sub(*at) < retell_ns => false,
                    Some((_, at)) => {
                        *at = now_ns;
                        true
                    }
                    None => {
                        told.nodes.push((node, now_ns));
                        true
                    }
                }
            }
            Source::Nobody => false,
        }
    }

    /// `receiver` takes messages again (or ended): who must hear it.
    pub(crate) fn reopen(&mut self, receiver: Pid) -> Told {
        self.told.remove(&receiver).unwrap_or_default()
    }

    /// Mailboxes of this shard that refuse senders now (a gauge).
    pub(crate) fn refusing_here(&self) -> usize {
        self.told.len()
    }

    /// `to` (elsewhere) refuses this shard's senders, heard at `now_ns`.
    pub(crate) fn refused_by(&mut self, to: Pid, now_ns: u64) {
        self.refusing.insert(to, now_ns);
    }

    /// `to` takes this shard's messages again.
    pub(crate) fn opened(&mut self, to: Pid) {
        self.refusing.remove(&to);
    }

    /// Forgets `node` (it went down): the refusals of its processes, and that this
    /// shard's mailboxes told it.
    pub(crate) fn forget_node(&mut self, node: NodeId) {
        self.refusing.retain(|pid, _| pid.node != node);
        for told in self.told.values_mut() {
            told.nodes.retain(|(told, _)| *told != node);
        }
    }

    /// Whether `to` refuses this shard's senders at `now_ns`; a refusal by a process of
    /// another node (`to.node != here`) lapses after [`REMOTE_REFUSAL_TTL`]. One branch
    /// when nothing refuses.
    #[inline]
    pub(crate) fn refuses(&mut self, to: Pid, here: NodeId, now_ns: impl FnOnce() -> u64) -> bool {
        if self.refusing.is_empty() {
            return false;
        }
        let Some(&heard_ns) = self.refusing.get(&to) else {
            return false;
        };
        let ttl_ns = REMOTE_REFUSAL_TTL.as_nanos() as u64;
        if to.node != here && now_ns().saturating_sub(heard_ns) >= ttl_ns {
            self.refusing.remove(&to);
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pid(shard: u8) -> Pid {
        Pid {
            node: NodeId(1),
            shard,
            minter: shard,
            slot: 7,
            generation: 0,
        }
    }

    #[test]
    fn each_source_is_told_once_and_hears_the_reopening() {
        let mut windows = Windows::default();
        let receiver = pid(0);
        let retell_ns = RETELL_AFTER.as_nanos() as u64;
        assert!(windows.tell(receiver, Source::Shard(1), 0));
        assert!(!windows.tell(receiver, Source::Shard(1), retell_ns * 10));
        assert!(windows.tell(receiver, Source::Node(NodeId(9)), 0));
        assert!(!windows.tell(receiver, Source::Node(NodeId(9)), retell_ns - 1));
        assert!(
            windows.tell(receiver, Source::Node(NodeId(9)), retell_ns),
            "a node is told again after RETELL_AFTER"
        );
        assert!(!windows.tell(receiver, Source::Nobody, 0));
        assert_eq!(windows.refusing_here(), 1);
        let told = windows.reopen(receiver);
        assert_eq!(told.shards, 0b10);
        assert_eq!(told.nodes, vec![(NodeId(9), retell_ns)]);
        assert_eq!(windows.refusing_here(), 0);
        assert_eq!(windows.reopen(receiver), Told::default());
    }

    #[test]
    fn a_sender_refuses_until_opened_its_node_goes_or_a_remote_refusal_lapses() {
        let mut windows = Windows::default();
        let node = NodeId(1);
        let ttl_ns = REMOTE_REFUSAL_TTL.as_nanos() as u64;
        let (local, remote) = (
            pid(1),
            Pid::from_bytes([9, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
        );
        assert!(!windows.refuses(local, node, || 0));
        windows.refused_by(local, 0);
        windows.refused_by(remote, 0);
        assert!(
            windows.refuses(local, node, || ttl_ns * 5),
            "a shard's refusal does not lapse"
        );
        assert!(windows.refuses(remote, node, || ttl_ns - 1));
        assert!(
            !windows.refuses(remote, node, || ttl_ns),
            "a node's refusal lapses"
        );
        windows.opened(local);
        assert!(!windows.refuses(local, node, || 0));
        windows.refused_by(remote, 0);
        let receiver = pid(0);
        windows.tell(receiver, Source::Node(remote.node), 0);
        windows.forget_node(remote.node);
        assert!(!windows.refuses(remote, node, || 0));
        assert_eq!(
            windows.reopen(receiver).nodes,
            vec![],
            "the told node is forgotten"
        );
    }
}
