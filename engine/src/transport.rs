//! How one shard's parcels reach the other shards of its node: a single-producer ring to
//! each peer with a bounded outbox behind it, the rings from each peer, the injection
//! queue from threads outside the node, and the parcels held for pids whose spawn has not
//! arrived yet.
//!
//! Invariants:
//! - Everything from this shard to one peer takes one FIFO path (outbox, then ring), so
//!   per-pair order holds end to end.
//! - User messages waiting in the outboxes number at most [`OUTBOX_LEN_MAX`] per peer and
//!   [`OUTBOX_PER_SENDER_MAX`] per sending process (all peers together): a sender past
//!   its share is refused while the others keep theirs. Messages from other nodes that
//!   this shard passes on are counted under one forwarder's name and are not refused —
//!   the link readers stop reading at that share instead, so they exceed it by one record
//!   per reader at most. Signals, replies and jobs always queue (they are bounded by what
//!   produces them).
//! - Held early parcels number at most [`EARLY_PARCELS_MAX`], signals apart: a signal is
//!   held whatever the count (dropping a link or monitor would leave half a relation; they
//!   are bounded by the relations that produce them).

use std::collections::VecDeque;

use hashbrown::HashMap;

use crate::config::{EARLY_PARCELS_MAX, OUTBOX_LEN_MAX, OUTBOX_PER_SENDER_MAX, RING_PUBLISH_BATCH};
use crate::doorbell::Doorbell;
use crate::parcel::{Parcel, Remote};

use crate::pid::Pid;
use crate::ring::{Consumer, Producer};

/// A parcel waiting behind a full ring; `sender` is set for user messages (they count
/// against their sender's share).
struct Waiting<H> {
    parcel: Parcel<H>,
    sender: Option<Pid>,
}

/// One outgoing direction: the ring and, behind it, what did not fit yet.
pub(crate) struct Outbound<H> {
    producer: Producer<Parcel<H>>,
    overflow: VecDeque<Waiting<H>>,
    overflow_user: usize,
    /// Parcels were published since the last flush (the peer may need waking).
    published: bool,
}

impl<H> Outbound<H> {
    pub(crate) fn new(producer: Producer<Parcel<H>>) -> Self {
        Self {
            producer,
            overflow: VecDeque::new(),
            overflow_user: 0,
            published: false,
        }
    }
}

/// Why a user message cannot be queued towards a peer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OutboxFull {
    /// The outbox towards that peer is at [`OUTBOX_LEN_MAX`].
    Peer,
    /// The sender used its share, [`OUTBOX_PER_SENDER_MAX`].
    Sender,
}

/// The transport of one shard; `H` is what its parcels arrive at (the shard).
pub(crate) struct Transport<H> {
    outbound: Vec<Option<Outbound<H>>>,
    inbound: Vec<Option<Consumer<Parcel<H>>>>,
    inject: flume::Receiver<Remote<H>>,
    /// User messages waiting behind full rings, per sending process (absent when none).
    waiting_by_sender: HashMap<Pid, u32>,
    /// Parcels for pids minted by another shard whose spawn has not arrived, each with
    /// the shard it came from.
    early: HashMap<Pid, Vec<(Parcel<H>, u8)>>,
    early_len: usize,
    /// When parcels last crossed this shard's rings (either way), shard clock.
    traffic_ns: u64,
}

impl<H> Transport<H> {
    pub(crate) fn new(
        outbound: Vec<Option<Outbound<H>>>,
        inbound: Vec<Option<Consumer<Parcel<H>>>>,
        inject: flume::Receiver<Remote<H>>,
    ) -> Self {
        Self {
            outbound,
            inbound,
            inject,
            waiting_by_sender: HashMap::new(),
            early: HashMap::new(),
            early_len: 0,
            traffic_ns: 0,
        }
    }

    /// Whether this node has a shard `shard` other than this one.
    pub(crate) fn reaches(&self, shard: u8) -> bool {
        matches!(self.outbound.get(usize::from(shard)), Some(Some(_)))
    }

    /// Whether a user message from `sender` may be queued towards `shard` (checked
    /// before the message is wrapped, so a refusal can hand it back).
    pub(crate) fn admit_user(&self, shard: u8, sender: Pid) -> Result<(), OutboxFull> {
        let outbound = self.outbound[usize::from(shard)]
            .as_ref()
            .expect("a ring to every other shard");
        if outbound.overflow.is_empty() {
            return Ok(());
        }
        if outbound.overflow_user >= OUTBOX_LEN_MAX {
            return Err(OutboxFull::Peer);
        }
        let share = self.waiting_by_sender.get(&sender).copied().unwrap_or(0);
        if share as usize >= OUTBOX_PER_SENDER_MAX {
            return Err(OutboxFull::Sender);
        }
        Ok(())
    }

    /// Queues a parcel towards `shard`: into the ring, or behind it if the ring is full.
    /// `sender` is set for a user message, which the caller admitted with
    /// [`Transport::admit_user`]. Returns whether it had to wait behind a full ring.
    pub(crate) fn push(&mut self, shard: u8, parcel: Parcel<H>, sender: Option<Pid>) -> bool {
        let outbound = self.outbound[usize::from(shard)]
            .as_mut()
            .expect("no ring to the local shard");
        let parcel = if outbound.overflow.is_empty() {
            match outbound.producer.push(parcel) {
                Ok(()) => {
                    if outbound.producer.unpublished() >= RING_PUBLISH_BATCH {
                        outbound.published |= outbound.producer.publish();
                    }
                    return false;
                }
                Err(parcel) => parcel,
            }
        } else {
            parcel
        };
        if let Some(sender) = sender {
            outbound.overflow_user += 1;
            *self.waiting_by_sender.entry(sender).or_insert(0) += 1;
        }
        outbound.overflow.push_back(Waiting { parcel, sender });
        true
    }

    /// Moves outboxes into the rings, publishes, and rings the doorbells of sleeping
    /// peers that got work (`doorbells[s]` is shard `s`'s).
    pub(crate) fn flush<'a>(&mut self, now_ns: u64, doorbell: impl Fn(usize) -> &'a Doorbell) {
        for shard in 0..self.outbound.len() {
            if self.flush_one(shard) {
                doorbell(shard).ring_if_sleeping();
                self.traffic_ns = now_ns;
            }
        }
    }

    /// Publishes what waits for `shard` now (not at the end of the turn) and rings it if
    /// it sleeps: for notices whose worth is their speed (`flow.rs`).
    pub(crate) fn flush_now(&mut self, shard: u8, now_ns: u64, doorbell: &Doorbell) {
        if self.flush_one(usize::from(shard)) {
            doorbell.ring_if_sleeping();
            self.traffic_ns = now_ns;
        }
    }

    /// Moves one outbox into its ring and publishes; whether anything was published.
    fn flush_one(&mut self, shard: usize) -> bool {
        let Some(outbound) = self.outbound[shard].as_mut() else {
            return false;
        };
        while let Some(waiting) = outbound.overflow.pop_front() {
            if let Err(parcel) = outbound.producer.push(waiting.parcel) {
                outbound.overflow.push_front(Waiting {
                    parcel,
                    sender: waiting.sender,
                });
                break;
            }
            if let Some(sender) = waiting.sender {
                outbound.overflow_user -= 1;
                release_share(&mut self.waiting_by_sender, sender);
            }
        }
        outbound.producer.publish() | std::mem::take(&mut outbound.published)
    }

    /// User messages of `sender` waiting behind full rings.
    pub(crate) fn waiting_of(&self, sender: Pid) -> usize {
        if self.waiting_by_sender.is_empty() {
            return 0;
        }
        self.waiting_by_sender.get(&sender).copied().unwrap_or(0) as usize
    }

    /// Whether parcels wait behind a full ring.
    pub(crate) fn waiting(&self) -> bool {
        self.outbound
            .iter()
            .flatten()
            .any(|outbound| !outbound.overflow.is_empty())
    }

    /// The consumer end of the ring from shard `from`, lent out while its parcels are
    /// delivered (delivery needs the whole shard); give it back with
    /// [`Transport::return_inbound`].
    pub(crate) fn take_inbound(&mut self, from: usize) -> Option<Consumer<Parcel<H>>> {
        self.inbound.get_mut(from)?.take()
    }

    /// Gives back the consumer taken with [`Transport::take_inbound`].
    pub(crate) fn return_inbound(&mut self, from: usize, mut consumer: Consumer<Parcel<H>>) {
        consumer.release();
        self.inbound[from] = Some(consumer);
    }

    /// Peers this shard has rings from (its own index included, empty).
    pub(crate) fn peers(&self) -> usize {
        self.inbound.len()
    }

    /// Whether another shard has published parcels not yet taken, or jobs were injected.
    pub(crate) fn pending(&self) -> bool {
        self.inbound.iter().flatten().any(Consumer::has_pending) || !self.inject.is_empty()
    }

    /// The next closure injected from outside the node.
    pub(crate) fn injected(&mut self) -> Option<Remote<H>> {
        self.inject.try_recv().ok()
    }

    /// Notes that parcels crossed the rings now.
    pub(crate) fn note_traffic(&mut self, now_ns: u64) {
        self.traffic_ns = now_ns;
    }

    /// When parcels last crossed this shard's rings.
    pub(crate) fn traffic_ns(&self) -> u64 {
        self.traffic_ns
    }

    /// Holds a parcel (from shard `from`) for a pid minted by another shard whose spawn
    /// has not arrived; `false` (the parcel dropped) when [`EARLY_PARCELS_MAX`] are held
    /// already, unless it is a signal (`must_keep`), which is always held.
    pub(crate) fn hold_early(&mut self, parcel: Parcel<H>, from: u8, must_keep: bool) -> bool {
        if self.early_len >= EARLY_PARCELS_MAX && !must_keep {
            tracing::error!(to = %parcel.to, "early-parcel buffer full; dropping");
            return false;
        }
        self.early_len += 1;
        self.early
            .entry(parcel.to)
            .or_default()
            .push((parcel, from));
        true
    }

    /// What waited for `pid`, now spawned (or refused), each with the shard it came from.
    pub(crate) fn take_early(&mut self, pid: Pid) -> Vec<(Parcel<H>, u8)> {
        let parcels = self.early.remove(&pid).unwrap_or_default();
        self.early_len -= parcels.len();
        parcels
    }
}

fn release_share(shares: &mut HashMap<Pid, u32>, sender: Pid) {
    if let Some(share) = shares.get_mut(&sender) {
        *share -= 1;
        if *share == 0 {
            shares.remove(&sender);
        }
    }
}
