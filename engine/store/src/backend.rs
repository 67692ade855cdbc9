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

/// A place states are stored (see the module docs for the contract).
pub trait Backend: Send + 'static {
    /// A short name for reports (`"embedded"`, `"postgres"`).
    fn name(&self) -> &'static str;

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
