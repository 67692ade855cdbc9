//! Identities: process ids, typed addresses, and the references that name monitors,
//! requests and timers.
//!
//! A [`Pid`] is `(node, shard, minter, slot, generation)`:
//! - `node` names a node *incarnation*: a restarted node gets a new id, so pids of its
//!   previous life can never reach a process of the new one;
//! - `shard` is where the process lives;
//! - `minter` is the shard that chose the slot. Each shard keeps one sub-table per minting
//!   shard, so any shard can pick a pid on any other shard without asking first, and
//!   `spawn_on` returns the pid at once (see `table.rs`);
//! - `slot` indexes that sub-table; `generation` changes every time the slot is reused, so
//!   a pid is never valid again once its process is gone.

use std::fmt;
use std::marker::PhantomData;

/// The slot of pids that stand for a shard, never a process slot (the process table is
/// capped below it).
pub(crate) const SHARD_SLOT: u32 = u32::MAX;
/// The slot of the pid a shard uses as the sender of the messages from other nodes it
/// passes on to its other shards: not a process, a name for their share of the outbox
/// (apart from the shard's own sends).
pub(crate) const FORWARDER_SLOT: u32 = u32::MAX - 1;

/// A registered name (`register`, `register_global`): an identity a process can be
/// found by.
pub type Name = std::sync::Arc<str>;

/// Identity of one node incarnation (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A process id: `Copy`, printable, and never valid again once its process is gone.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pid {
    pub(crate) node: NodeId,
    pub(crate) shard: u8,
    pub(crate) minter: u8,
    pub(crate) slot: u32,
    pub(crate) generation: u32,
}

impl Pid {
    /// The node this process lives on.
    pub fn node(self) -> NodeId {
        self.node
    }

    /// The shard (core) this process lives on.
    pub fn shard(self) -> usize {
        usize::from(self.shard)
    }

    /// Whether this pid stands for a shard rather than a process: the sender of signals
    /// the node itself sends (an exit signal `shutdown` at node shutdown, for example).
    pub fn is_shard(self) -> bool {
        self.slot == SHARD_SLOT
    }

    /// Packs the pid into its 16-byte wire form (see `from_bytes`).
    pub fn to_bytes(self) -> [u8; 16] {
        let mut bytes = [0; 16];
        bytes[0..4].copy_from_slice(&self.node.0.to_le_bytes());
        bytes[4] = self.shard;
        bytes[5] = self.minter;
        bytes[8..12].copy_from_slice(&self.slot.to_le_bytes());
        bytes[12..16].copy_from_slice(&self.generation.to_le_bytes());
        bytes
    }

    /// Rebuilds a pid from [`Pid::to_bytes`]. Layout, little-endian:
    /// `0..4` node, `4` shard, `5` minter, `6..8` zero, `8..12` slot, `12..16` generation.
    /// Any 16 bytes give *some* pid; a forged one names no live process.
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        let word = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
        Self {
            node: NodeId(word(0)),
            shard: bytes[4],
            minter: bytes[5],
            slot: word(8),
            generation: word(12),
        }
    }
}

impl fmt::Display for Pid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<{:08x}.{}.{}.{}.{}>",
            self.node.0, self.shard, self.minter, self.slot, self.generation
        )
    }
}

/// A pid's text could not be read back ([`Pid`]'s `FromStr`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a pid (want <node.shard.minter.slot.generation>, node in hex): {0:?}")]
pub struct PidParseError(pub String);

impl std::str::FromStr for Pid {
    type Err = PidParseError;

    /// Reads what `Display` printed, `<0a1b2c3d.0.0.17.2>`, with or without the angle
    /// brackets (a URL path carries it without).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || PidParseError(text.chars().take(64).collect());
        let inner = text
            .strip_prefix('<')
            .and_then(|rest| rest.strip_suffix('>'));
        let mut parts = inner.unwrap_or(text).split('.');
        let mut next = || parts.next().ok_or_else(error);
        let node = u32::from_str_radix(next()?, 16).map_err(|_| error())?;
        let shard = next()?.parse().map_err(|_| error())?;
        let minter = next()?.parse().map_err(|_| error())?;
        let slot = next()?.parse().map_err(|_| error())?;
        let generation = next()?.parse().map_err(|_| error())?;
        if parts.next().is_some() {
            return Err(error());
        }
        Ok(Self {
            node: NodeId(node),
            shard,
            minter,
            slot,
            generation,
        })
    }
}

impl fmt::Debug for Pid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A typed address: a [`Pid`] whose process accepts messages of type `M`.
///
/// Spawning returns one. [`Addr::from_pid`] makes one from a bare pid; if the process
/// behind it takes another message type, messages sent through it are dropped on delivery
/// and counted as `misrouted` (the receiving mailbox checks the type).
pub struct Addr<M> {
    pid: Pid,
    message: PhantomData<fn(M)>,
}

impl<M> Addr<M> {
    /// An address for `pid`, trusting that it takes `M` (checked on delivery).
    pub fn from_pid(pid: Pid) -> Self {
        Self {
            pid,
            message: PhantomData,
        }
    }

    /// The process id behind this address.
    pub fn pid(self) -> Pid {
        self.pid
    }
}

impl<M> Clone for Addr<M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M> Copy for Addr<M> {}

impl<M> PartialEq for Addr<M> {
    fn eq(&self, other: &Self) -> bool {
        self.pid == other.pid
    }
}

impl<M> Eq for Addr<M> {}

impl<M> std::hash::Hash for Addr<M> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.pid.hash(state);
    }
}

impl<M> fmt::Debug for Addr<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Addr({})", self.pid)
    }
}

impl<M> From<Addr<M>> for Pid {
    fn from(addr: Addr<M>) -> Pid {
        addr.pid
    }
}

/// Names one monitor; unique among the monitors a process ever holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MonitorRef(pub(crate) u64);

impl MonitorRef {
    /// The reference as a number (for the wire).
    pub fn to_bits(self) -> u64 {
        self.0
    }

    /// Rebuilds a reference from [`MonitorRef::to_bits`]; a forged one matches nothing.
    pub fn from_bits(bits: u64) -> Self {
        Self(bits)
    }
}

/// Names one request made with `call` or `notify`; its reply or its `Timeout` carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RequestId {
    pub(crate) shard: u8,
    pub(crate) key: u32,
    pub(crate) seq: u32,
}

impl RequestId {
    /// `(shard, key, sequence)`, for the wire.
    pub fn parts(self) -> (u8, u32, u32) {
        (self.shard, self.key, self.seq)
    }

    /// Rebuilds an id from [`RequestId::parts`]; a forged one matches no open request.
    pub fn from_parts(shard: u8, key: u32, seq: u32) -> Self {
        Self { shard, key, seq }
    }
}

/// Names one timer started with `send_after` or `start_timer`; it can be cancelled from
/// any shard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimerRef {
    pub(crate) shard: u8,
    pub(crate) handle: hearth_timers::TimerHandle,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pid_bytes_round_trip_and_print() {
        let pid = Pid {
            node: NodeId(0xdead_beef),
            shard: 1,
            minter: 0,
            slot: 42,
            generation: 7,
        };
        assert_eq!(Pid::from_bytes(pid.to_bytes()), pid);
        assert_eq!(pid.to_string(), "<deadbeef.1.0.42.7>");
        assert_eq!(std::mem::size_of::<Pid>(), 16);
    }

    #[test]
    fn a_printed_pid_reads_back_and_bad_text_is_refused() {
        let pid = Pid {
            node: NodeId(0x0a1b_2c3d),
            shard: 3,
            minter: 1,
            slot: 17,
            generation: 2,
        };
        assert_eq!(pid.to_string().parse::<Pid>(), Ok(pid));
        assert_eq!("0a1b2c3d.3.1.17.2".parse::<Pid>(), Ok(pid));
        for bad in [
            "",
            "<>",
            "<0a1b2c3d.3.1.17>",
            "0a1b2c3d.3.1.17.2.9",
            "x.3.1.17.2",
            "0.300.1.1.1",
        ] {
            assert!(bad.parse::<Pid>().is_err(), "{bad:?} was read");
        }
    }
}
