//! `Store`: a node's handle on its stable storage — the store thread and one writer per
//! shard, started together; cheap to clone into every durable process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use hearth_engine::{Addr, NodeError, NodeHandle, Priority, SpawnOptions};
use hearth_store::{Backend, Key, Op, Outcome, StoreError, Txn};

use crate::limits::{
    BATCHES_QUEUED_PER_SHARD, FLUSH_AFTER_DEFAULT, FLUSH_AFTER_MIN, LAZY_AFTER_DEFAULT,
    LOAN_TIMEOUT, STORE_GIVE_UP_AFTER, WRITER_PENDING_MAX,
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
    /// Write-behind bound of lazy changes (default [`LAZY_AFTER_DEFAULT`]; never below
    /// `flush_after`).
    pub lazy_after: Duration,
}

impl Default for StoreConfig {
    fn default() -> Self {
        Self {
            flush_after: FLUSH_AFTER_DEFAULT,
            loan_timeout: LOAN_TIMEOUT,
            lazy_after: LAZY_AFTER_DEFAULT,
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
    lazy_after: Duration,
    loan_timeout: Duration,
    stats: Arc<StoreStats>,
    stopping: Arc<AtomicBool>,
    thread: Mutex<Option<JoinHandle<()>>>,
    backend: &'static str,
    /// Which database this is (see [`identity`]).
    identity: u64,
}

impl Store {
    /// Starts a writer on every shard of `node` and the store thread over `backend`.
    ///
    /// # Errors
    /// What spawning a writer returns ([`NodeError`]), or a thread that cannot start.
    pub fn start(
        node: &NodeHandle,
        mut backend: Box<dyn Backend>,
        config: StoreConfig,
    ) -> Result<Self, NodeError> {
        let gather_for = backend.gather_writes_for();
        let identity = identity(backend.as_mut())
            .map_err(|error| NodeError::Start(format!("the store's identity: {error}")))?;
        let shards = node.shards();
        let (to_store, batches) = flume::bounded(shards * BATCHES_QUEUED_PER_SHARD);
        let writers = (0..shards)
            .map(|shard| spawn_writer(node, shard, to_store.clone(), gather_for))
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
                lazy_after: config
                    .lazy_after
                    .max(config.flush_after.max(FLUSH_AFTER_MIN)),
                loan_timeout: config.loan_timeout.max(STORE_GIVE_UP_AFTER),
                stats,
                stopping,
                thread: Mutex::new(Some(handle)),
                backend: name,
                identity,
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

    pub(crate) fn lazy_after(&self) -> Duration {
        self.shared.lazy_after
    }

    /// Which database this store writes to: the same on every node that shares it
    /// (one PostgreSQL database), different for every other (each embedded file). A joint
    /// transaction only takes loans from processes stored in the same database.
    pub fn identity(&self) -> u64 {
        self.shared.identity
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

/// A shard's writer: a mailbox that takes as many requests as the writer holds
/// ([`WRITER_PENDING_MAX`]: thousands of processes starting at once each send a claim
/// before the writer runs), scheduled ahead of the processes it serves.
fn spawn_writer(
    node: &NodeHandle,
    shard: usize,
    to_store: flume::Sender<crate::thread::Batch>,
    gather_for: Duration,
) -> Result<Addr<WriterMsg>, NodeError> {
    let options = SpawnOptions {
        mailbox_len_max: Some(WRITER_PENDING_MAX),
        priority: Priority::High,
        ..SpawnOptions::default()
    };
    node.run_on(shard, move |ctx| {
        ctx.spawn_root_opts(Writer::new(shard, to_store, gather_for), options)
    })?
    .map_err(|error| NodeError::Start(format!("the store's writer: {error}")))
}

/// The key a database's identity is stored under.
const IDENTITY_KEY: Key = Key::new("hearth_store_identity", 0);

/// The database's identity: a random number stored in it by the first node that opened
/// it, read by every later one (the same on every node sharing the database).
fn identity(backend: &mut dyn Backend) -> Result<u64, StoreError> {
    let mine = random_identity();
    let put = Op::Put {
        key: IDENTITY_KEY,
        expect: 0,
        snapshot: mine.to_le_bytes().to_vec(),
    };
    match backend.apply(&[Txn::one(put)])?.pop() {
        Some(Outcome::Committed(_)) => Ok(mine),
        _ => {
            let stored = backend
                .load(IDENTITY_KEY)?
                .ok_or_else(|| StoreError::Unavailable("the identity vanished".into()))?;
            let bytes: [u8; 8] = stored.snapshot.as_slice().try_into().map_err(|_| {
                StoreError::Unavailable("the stored identity is not 8 bytes".into())
            })?;
            Ok(u64::from_le_bytes(bytes))
        }
    }
}

/// A random non-zero number (0 stands for no store).
fn random_identity() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos()),
    );
    hasher.write_u32(std::process::id());
    hasher.finish().max(1)
}
