//! `Store`: a node's handle on its stable storage — the store thread and one writer per
//! shard, started together; cheap to clone into every durable process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use hearth_engine::{Addr, NodeError, NodeHandle};
use hearth_store::Backend;

use crate::limits::{
    BATCHES_QUEUED_PER_SHARD, FLUSH_AFTER_DEFAULT, FLUSH_AFTER_MIN, LOAN_TIMEOUT,
    STORE_GIVE_UP_AFTER,
};
use crate::stats::{StatsSnapshot, StoreStats};
use crate::thread::Thread;
use crate::writer::{Writer, WriterMsg};

/// How a store runs.
#[derive(Clone, Copy, Debug)]
pub struct StoreConfig {
    /// Write-behind delay: how long after its first unsaved change a state is saved (at
    /// least [`FLUSH_AFTER_MIN`]).
    pub flush_after: Duration,
    /// How long a lender waits for a joint transaction's outcome before it asks the
    /// store (default [`LOAN_TIMEOUT`]; at least [`STORE_GIVE_UP_AFTER`]).
    pub loan_timeout: Duration,
}

impl Default for StoreConfig {
    fn default() -> Self {
        Self {
            flush_after: FLUSH_AFTER_DEFAULT,
            loan_timeout: LOAN_TIMEOUT,
        }
    }
}

/// A node's stable storage (see the module docs).
#[derive(Clone)]
pub struct Store {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.shared.backend)
            .field("flush_after", &self.shared.flush_after)
            .finish_non_exhaustive()
    }
}

struct Shared {
    writers: Vec<Addr<WriterMsg>>,
    flush_after: Duration,
    loan_timeout: Duration,
    stats: Arc<StoreStats>,
    stopping: Arc<AtomicBool>,
    thread: Mutex<Option<JoinHandle<()>>>,
    backend: &'static str,
}

impl Store {
    /// Starts a writer on every shard of `node` and the store thread over `backend`.
    ///
    /// # Errors
    /// What spawning a writer returns ([`NodeError`]), or a thread that cannot start.
    pub fn start(
        node: &NodeHandle,
        backend: Box<dyn Backend>,
        config: StoreConfig,
    ) -> Result<Self, NodeError> {
        let shards = node.shards();
        let (to_store, batches) = flume::bounded(shards * BATCHES_QUEUED_PER_SHARD);
        let writers = (0..shards)
            .map(|shard| node.spawn(shard, Writer::new(shard, to_store.clone())))
            .collect::<Result<Vec<_>, _>>()?;
        drop(to_store);
        let stats = Arc::new(StoreStats::default());
        let stopping = Arc::new(AtomicBool::new(false));
        let name = backend.name();
        let thread = Thread {
            backend,
            batches,
            node: node.clone(),
            writers: writers.clone(),
            stopping: Arc::clone(&stopping),
            stats: Arc::clone(&stats),
        };
        let handle = std::thread::Builder::new()
            .name(format!("hearth-store-{name}"))
            .spawn(move || thread.run())
            .map_err(|error| NodeError::Start(format!("store thread: {error}")))?;
        Ok(Self {
            shared: Arc::new(Shared {
                writers,
                flush_after: config.flush_after.max(FLUSH_AFTER_MIN),
                loan_timeout: config.loan_timeout.max(STORE_GIVE_UP_AFTER),
                stats,
                stopping,
                thread: Mutex::new(Some(handle)),
                backend: name,
            }),
        })
    }

    /// The writer of `shard`.
    pub(crate) fn writer(&self, shard: usize) -> Addr<WriterMsg> {
        self.shared.writers[shard]
    }

    pub(crate) fn flush_after(&self) -> Duration {
        self.shared.flush_after
    }

    pub(crate) fn loan_timeout(&self) -> Duration {
        self.shared.loan_timeout
    }

    pub(crate) fn stats_sink(&self) -> &StoreStats {
        &self.shared.stats
    }

    /// What the store has done so far.
    pub fn stats(&self) -> StatsSnapshot {
        self.shared.stats.snapshot()
    }

    /// The backend's name (`"embedded"`, `"postgres"`).
    pub fn backend(&self) -> &'static str {
        self.shared.backend
    }

    /// Waits for the store thread to finish, after the node has stopped (its writers gone,
    /// everything they sent committed). A commit still failing then is given up: what it
    /// held was not saved, and its processes were told `Unavailable`.
    pub fn join(&self) {
        self.shared.stopping.store(true, Ordering::Release);
        let handle = self
            .shared
            .thread
            .lock()
            .ok()
            .and_then(|mut slot| slot.take());
        if let Some(handle) = handle
            && handle.join().is_err()
        {
            tracing::error!("the store thread panicked");
        }
    }
}
