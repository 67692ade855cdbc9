//! What a store holds and what a batch asks of it: keys, records, transactions, outcomes,
//! and the limits on each, with their reasons.
//!
//! # The stored record
//! A key (`kind`, `id`) maps to a record: the key's **version** (counts every change,
//! starting at 1), its **owner** (who claimed it last) and a **snapshot** (the state's
//! bytes, see `snapshot.rs`; empty until the first put).
//!
//! # Ownership by fencing
//! A process that takes charge of a key *claims* it: the claim bumps the version, records
//! the claimer as owner and hands back the stored snapshot with the new version. Every
//! later put names the version it last saw and succeeds only if the record is still at it
//! (then moves it one on). So the newest claimer always wins: an older owner — a node back
//! from a partition, a process its node thought dead — finds its next put refused
//! ([`Outcome::Conflict`]) and must not go on as owner. No clock, no lease timer.
//!
//! # Transactions and batches
//! A [`Txn`] is a few operations on distinct keys that happen together or not at all (a
//! trade: two inventories). A batch is many transactions made durable by one commit (a
//! group commit: thousands of players cost one fsync). Each transaction of a batch
//! succeeds or fails on its own: one conflict does not fail the others.

use std::fmt;

/// Longest kind name, in bytes: kinds name tables (`redb`) and column values (PostgreSQL).
pub const KIND_BYTES_MAX: usize = 48;
/// Largest snapshot a put may carry: a player with a full inventory is a few KiB; past
/// this a state is not a process's state but a database of its own, and one commit of a
/// batch of such would stall every other writer behind it.
pub const SNAPSHOT_BYTES_MAX: usize = 4 * 1024 * 1024;
/// Most operations in one transaction: a trade touches two keys, a guild bank withdrawal
/// three; more is a batch job, not a transaction of play.
pub const OPS_PER_TXN_MAX: usize = 16;

/// A stored key: a kind of state (`"person"`, `"guild"`) and an id within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// The kind: a short static name, [`KIND_BYTES_MAX`] bytes at most, of
    /// `[a-z0-9_]` (see [`Key::check`]).
    pub kind: &'static str,
    /// The id within the kind.
    pub id: u64,
}

impl Key {
    /// A key.
    pub const fn new(kind: &'static str, id: u64) -> Self {
        Self { kind, id }
    }

    /// Checks the kind's name.
    ///
    /// # Errors
    /// [`StoreError::BadKind`] for an empty or over-long name, or one with characters
    /// outside `[a-z0-9_]` (names become table names).
    pub fn check(&self) -> Result<(), StoreError> {
        let kind = self.kind;
        let fits = !kind.is_empty() && kind.len() <= KIND_BYTES_MAX;
        let plain = kind
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_');
        if fits && plain {
            Ok(())
        } else {
            Err(StoreError::BadKind(kind))
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind, self.id)
    }
}

/// Who claimed a key: a token the claimer chooses (a node's incarnation and a process,
/// say). Stored for operators and checks; fencing itself is by version.
pub type Owner = u64;

/// A key's version: 0 means "no record", the first write makes it 1.
pub type Version = u64;

/// What a key holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Moves one on with every claim and put.
    pub version: Version,
    /// The last claimer.
    pub owner: Owner,
    /// The state's snapshot; empty if claimed but never put.
    pub snapshot: Vec<u8>,
}

/// One operation of a transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// Take charge of `key`: creates the record if there is none; the outcome carries the
    /// stored snapshot and the new version.
    Claim {
        /// The key.
        key: Key,
        /// The new owner.
        owner: Owner,
    },
    /// Store `snapshot` under `key` if the record is at version `expect` (0: if there is
    /// none).
    Put {
        /// The key.
        key: Key,
        /// The version the writer last saw.
        expect: Version,
        /// The state's new snapshot, at most [`SNAPSHOT_BYTES_MAX`] bytes.
        snapshot: Vec<u8>,
    },
    /// Remove `key` if the record is at version `expect`.
    Delete {
        /// The key.
        key: Key,
        /// The version the writer last saw.
        expect: Version,
    },
}

impl Op {
    /// The key this operation touches.
    pub fn key(&self) -> Key {
        match self {
            Op::Claim { key, .. } | Op::Put { key, .. } | Op::Delete { key, .. } => *key,
        }
    }
}

/// Operations on distinct keys that take effect together or not at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Txn {
    /// The operations, each on its own key.
    pub ops: Vec<Op>,
}

impl Txn {
    /// A transaction of one operation.
    pub fn one(op: Op) -> Self {
        Self { ops: vec![op] }
    }

    /// Checks the transaction's shape before a backend sees it.
    ///
    /// # Errors
    /// [`StoreError::BadTxn`] for no operations, more than [`OPS_PER_TXN_MAX`], or two on
    /// one key; [`StoreError::BadKind`]; [`StoreError::TooLarge`] for an over-long
    /// snapshot.
    pub fn check(&self) -> Result<(), StoreError> {
        if self.ops.is_empty() || self.ops.len() > OPS_PER_TXN_MAX {
            return Err(StoreError::BadTxn(
                "a transaction has 1 to OPS_PER_TXN_MAX operations",
            ));
        }
        for (index, op) in self.ops.iter().enumerate() {
            op.key().check()?;
            if self.ops[..index]
                .iter()
                .any(|earlier| earlier.key() == op.key())
            {
                return Err(StoreError::BadTxn(
                    "two operations of one transaction on one key",
                ));
            }
            if let Op::Put { snapshot, .. } = op
                && snapshot.len() > SNAPSHOT_BYTES_MAX
            {
                return Err(StoreError::TooLarge(snapshot.len()));
            }
        }
        Ok(())
    }
}

/// What one operation of a committed transaction did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Done {
    /// A claim: the key's new version and the snapshot stored before it (empty if none).
    Claimed {
        /// The version the claimer now owns.
        version: Version,
        /// The stored snapshot.
        snapshot: Vec<u8>,
    },
    /// A put: the key's new version.
    Put {
        /// The new version.
        version: Version,
    },
    /// A delete.
    Deleted,
}

/// What happened to one transaction of a batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It took effect and is durable; one entry per operation, in order.
    Committed(Vec<Done>),
    /// It did not take effect: `key` was at version `found`, not the one expected.
    Conflict {
        /// The key whose version did not match.
        key: Key,
        /// The version found (0: no record).
        found: Version,
    },
}

/// Why a store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A kind's name is empty, too long or not `[a-z0-9_]`.
    #[error("bad kind name {0:?}: 1 to 48 bytes of [a-z0-9_]")]
    BadKind(&'static str),
    /// A transaction's shape is wrong.
    #[error("bad transaction: {0}")]
    BadTxn(&'static str),
    /// A snapshot over [`SNAPSHOT_BYTES_MAX`].
    #[error("snapshot of {0} bytes is over the limit of {SNAPSHOT_BYTES_MAX}")]
    TooLarge(usize),
    /// The backend failed (disk, connection, server): nothing of the batch took effect.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// Stored bytes are not what this store writes (a damaged or foreign file).
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}
