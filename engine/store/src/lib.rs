//! `hearth-store`: stable storage (the seed's R6) — states that survive crashes.
//!
//! A process's durable state is stored as a versioned **snapshot** (`snapshot.rs`: the
//! byte layout, schema versions and how an old snapshot is read by new code — the same
//! bytes a migrating process will travel in) under a **key** in a **backend**
//! (`backend.rs`: the trait and its contract). Writers own keys by **fencing**
//! (`model.rs`): a claim moves the key's version on, and a put names the version it
//! expects, so an owner that was superseded — a node back from a partition — cannot
//! overwrite newer state. Many transactions share one durable commit (a group commit),
//! and a transaction over several keys (a trade) takes effect on all or none.
//!
//! Backends: [`Embedded`] (one redb file, the default: nothing to install) and
//! [`Postgres`] (for clusters: every node writes to one database). `conformance.rs` is
//! the suite both pass.
//!
//! Room: this crate knows nothing of shards or processes; the engine-facing side (the
//! store thread, per-shard writers, durable processes) builds on it.

mod backend;
pub mod conformance;
#[cfg(feature = "embedded")]
mod embedded;
mod model;
#[cfg(feature = "postgres")]
mod postgres;
pub mod snapshot;

pub use backend::Backend;
#[cfg(feature = "embedded")]
pub use embedded::Embedded;
pub use model::{
    Done, KIND_BYTES_MAX, Key, OPS_PER_TXN_MAX, Op, Outcome, Owner, Record, SNAPSHOT_BYTES_MAX,
    StoreError, Txn, Version,
};
#[cfg(feature = "postgres")]
pub use postgres::Postgres;
pub use snapshot::{Snapshot, SnapshotError};
