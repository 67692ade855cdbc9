//! The storage trait every backend implements, and its contract.
//!
//! # Contract
//!
//! | call | promise |
//! |---|---|
//! | [`Backend::apply`] returns `Ok(outcomes)` | every transaction with [`Outcome::Committed`] is durable (survives SIGKILL and power loss as far as the disk keeps its fsyncs); those with [`Outcome::Conflict`] changed nothing; one outcome per transaction, in order |
//! | [`Backend::apply`] returns `Err` | nothing of the batch took effect |
//! | transactions of one batch | take effect in order, as if applied one by one: a later one sees an earlier one's versions |
//! | [`Backend::load`], [`Backend::scan`] | see every committed batch, never part of one |
//!
//! Calls block: a backend runs on a thread of its own (the store thread), never on a
//! shard. Transactions reach it checked ([`Txn::check`]).
//!
//! `conformance.rs` holds the test suite every backend must pass.

use crate::model::{Key, Outcome, Record, StoreError, Txn};

/// [`Backend::gather_writes_for`]'s default, in ms: at 14,000 stored players on two cores
/// PostgreSQL held p99 15–30 ms with 20 ms batches and 69–110 ms with 100 ms ones (its
/// commit is a WAL append; large batches only make bursts).
const GATHER_DEFAULT_MS: u64 = 20;

/// A place states are stored (see the module docs for the contract).
pub trait Backend: Send + 'static {
    /// A short name for reports (`"embedded"`, `"postgres"`).
    fn name(&self) -> &'static str;

    /// How long writes that may wait (write-behind saves) should gather before they are
    /// sent as one batch: a backend whose every commit costs much more than its writes
    /// (rewriting pages) wants fewer, larger batches; one whose commit is cheap wants
    /// small ones, to spread its work. The default suits a log-based database.
    fn gather_writes_for(&self) -> std::time::Duration {
        std::time::Duration::from_millis(GATHER_DEFAULT_MS)
    }

    /// Applies a batch of checked transactions with one durable commit.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] if the commit failed (nothing took effect).
    fn apply(&mut self, batch: &[Txn]) -> Result<Vec<Outcome>, StoreError>;

    /// The record under `key`, if any.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Corrupt`].
    fn load(&mut self, key: Key) -> Result<Option<Record>, StoreError>;

    /// Calls `visit` with every record of `kind`, in id order.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Corrupt`].
    fn scan(
        &mut self,
        kind: &'static str,
        visit: &mut dyn FnMut(u64, Record),
    ) -> Result<(), StoreError>;
}
