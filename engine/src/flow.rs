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
//! | a message from shard or node S arrives at a `Refuse` mailbox that is at its bound | it is queued within the *headroom* (bound / [`crate::ARRIVAL_HEADROOM_DIVISOR`], at least 1) and S is told once: "R refuses" |
//! | after S heard "R refuses" | every `send` to R from a process on S returns `Full` at once (S's shard, or every shard of node S) |
//! | an arrival past the headroom | dropped and counted (`refused`): the sender was refused, only too late to be told at its `send` |
//! | R drains to bound / [`crate::REOPEN_DIVISOR`] | every S that was told hears "R takes messages again"; their sends go through |
//! | R ends | every S that was told hears so and forgets R |
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
//! Invariants:
//! - `told[R]` exists exactly while R's mailbox is marked refusing (`Mailbox::refusing`),
//!   and lists every shard and node told since it was created.
//! - A shard's `refusing` set names processes of *other* shards or nodes only; an entry
//!   goes when their shard says they take messages again or have ended, or their node
//!   goes down.

use hashbrown::{HashMap, HashSet};

use crate::pid::{NodeId, Pid};

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
    pub(crate) nodes: Vec<NodeId>,
}

const _: () = assert!(crate::config::SHARDS_MAX <= 64, "a shard mask is a u64");

#[derive(Default)]
pub(crate) struct Windows {
    /// Receiver side: each refusing mailbox of this shard, and who it told.
    told: HashMap<Pid, Told>,
    /// Sender side: processes elsewhere that refuse this shard's senders.
    refusing: HashSet<Pid>,
}

impl Windows {
    /// Records that `receiver` (refusing) must tell `source`; `true` if `source` had not
    /// been told yet (the caller sends the notice).
    pub(crate) fn tell(&mut self, receiver: Pid, source: Source) -> bool {
        let told = self.told.entry(receiver).or_default();
        match source {
            Source::Shard(shard) => {
                let bit = 1u64 << shard;
                let new = told.shards & bit == 0;
                told.shards |= bit;
                new
            }
            Source::Node(node) if !told.nodes.contains(&node) => {
                told.nodes.push(node);
                true
            }
            Source::Node(_) | Source::Nobody => false,
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

    /// `to` (elsewhere) refuses this shard's senders.
    pub(crate) fn refused_by(&mut self, to: Pid) {
        self.refusing.insert(to);
    }

    /// `to` takes this shard's messages again.
    pub(crate) fn opened(&mut self, to: Pid) {
        self.refusing.remove(&to);
    }

    /// Forgets every refusal by processes of `node` (it went down).
    pub(crate) fn forget_node(&mut self, node: NodeId) {
        self.refusing.retain(|pid| pid.node != node);
    }

    /// Whether `to` refuses this shard's senders. One branch when nothing refuses.
    #[inline]
    pub(crate) fn refuses(&self, to: Pid) -> bool {
        !self.refusing.is_empty() && self.refusing.contains(&to)
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
        assert!(windows.tell(receiver, Source::Shard(1)));
        assert!(!windows.tell(receiver, Source::Shard(1)));
        assert!(windows.tell(receiver, Source::Node(NodeId(9))));
        assert!(!windows.tell(receiver, Source::Node(NodeId(9))));
        assert!(!windows.tell(receiver, Source::Nobody));
        assert_eq!(windows.refusing_here(), 1);
        let told = windows.reopen(receiver);
        assert_eq!(told.shards, 0b10);
        assert_eq!(told.nodes, vec![NodeId(9)]);
        assert_eq!(windows.refusing_here(), 0);
        assert_eq!(windows.reopen(receiver), Told::default());
    }

    #[test]
    fn a_sender_refuses_until_opened_or_its_node_goes() {
        let mut windows = Windows::default();
        let (here, remote) = (
            pid(1),
            Pid::from_bytes([9, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
        );
        assert!(!windows.refuses(here));
        windows.refused_by(here);
        windows.refused_by(remote);
        assert!(windows.refuses(here) && windows.refuses(remote));
        windows.opened(here);
        assert!(!windows.refuses(here));
        windows.forget_node(remote.node);
        assert!(!windows.refuses(remote));
    }
}
