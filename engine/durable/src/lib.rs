//! `hearth-durable`: durable processes — state loaded when a process starts, saved as it
//! changes (write-behind in group commits, or write-through for what must not be lost),
//! and found again after a crash (the seed's R6).
//!
//! | piece | file | role |
//! |---|---|---|
//! | [`Durable`], [`DurableProcess`], [`DurableCtx`] | `durable.rs` | the behaviour a user implements and the process that runs it (contract there) |
//! | [`Loan`], [`Settled`], [`LoanOutcome`] | `durable/joint.rs` | joint transactions: states of several processes (a trade's two players) committed together or not at all (contract there) |
//! | [`Writer`] | `writer.rs` | one per shard: gathers transactions, one batch in flight (contract there) |
//! | the store thread | `thread.rs` | the only caller of the backend: group commits, retries while the store is down |
//! | [`Store`] | `store.rs` | a node's handle: starts the thread and the writers |
//! | [`StoreStats`] | `stats.rs` | commits, bytes, the measured write-behind loss window |
//! | limits | `limits.rs` | every bound and default, with its reason |
//!
//! Storage itself — snapshots, keys, fencing, backends — is `hearth-store`'s.

mod durable;
mod limits;
mod stats;
mod store;
mod thread;
mod writer;

pub use durable::{Durable, DurableCtx, DurableProcess, Loan, LoanOutcome, Settled};
pub use limits::{
    ANSWER_DEADLINE, BATCH_TXNS_MAX, BATCHES_QUEUED_PER_SHARD, DELIVERY_RETRY_FOR,
    FLUSH_AFTER_DEFAULT, FLUSH_AFTER_MIN, LAZY_AFTER_DEFAULT, LAZY_SPREAD, LOAN_TIMEOUT,
    RETRY_SAVE_AFTER, STASH_MAX, STORE_GIVE_UP_AFTER, STORE_RETRY_FIRST, STORE_RETRY_MAX,
    STORE_SLOW_AFTER, WRITER_PENDING_MAX,
};
pub use stats::{StatsSnapshot, StoreStats};
pub use store::{Store, StoreConfig};
pub use writer::{Answer, Request, SaveError, Writer, WriterMsg};
