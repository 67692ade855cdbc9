//! Recovery time: how long a node takes to bring back N stored players — every Person
//! claims its record, loads it and is running again — as after a crash, when they all
//! log in again. The storage side of recovery, without sockets.

use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_durable::{Store, StoreConfig};
use hearth_gate::GatePort;
use hearth_store::snapshot;
use hearth_store::{Key, Op, Txn};
use hearth_world::StoreSlot;
use hearth_world::person::record::{PLAYER_KIND, PlayerRecord};
use hearth_world::person::{person_name, spawnable};
use hearth_world::wire::PersonArgs;

use crate::bots::{LoadStore, WorldLoadError, start_node};

/// Records written per store transaction batch while seeding.
const SEED_BATCH: usize = 1_000;
/// Persons spawned per job on a shard.
const SPAWN_CHUNK: usize = 2_000;
/// How long all players may take to come back before the run gives up.
const RECOVER_WITHIN: Duration = Duration::from_secs(300);
/// How often the run looks whether every player is back.
const POLL: Duration = Duration::from_millis(20);

/// A recovery run.
#[derive(Clone, Debug)]
pub struct RecoverySpec {
    /// Stored players.
    pub players: usize,
    /// Shards.
    pub shards: usize,
    /// Where they are stored (not `None`).
    pub store: LoadStore,
}

/// What a recovery run measured.
#[derive(Clone, Debug)]
pub struct RecoveryReport {
    /// Players brought back.
    pub players: usize,
    /// Writing their records first (not part of recovery).
    pub seeded_in: Duration,
    /// From the first spawn to the last Person running on its stored record.
    pub recovered_in: Duration,
}

impl RecoveryReport {
    /// One line, `key=value` fields.
    pub fn line(&self, spec: &RecoverySpec) -> String {
        let per_s = self.players as f64 / self.recovered_in.as_secs_f64().max(1e-9);
        format!(
            "hearth recovery store={} players={} shards={} recovered_ms={:.0} players_per_s={per_s:.0} seeded_ms={:.0}",
            spec.store.name(),
            self.players,
            spec.shards,
            self.recovered_in.as_secs_f64() * 1e3,
            self.seeded_in.as_secs_f64() * 1e3,
        )
    }
}

/// Seeds `players` records, starts a node on the store, spawns every player's Person
/// and measures until all are running.
///
/// # Errors
/// No store, a store or node that does not start, or players not back in time.
pub fn run(spec: &RecoverySpec) -> Result<RecoveryReport, WorldLoadError> {
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos() as u64);
    // Ids of this run only: a database used before holds other players, untouched.
    let ids: Vec<u64> = (0..spec.players as u64)
        .map(|n| (run << 24 ^ n).max(1))
        .collect();
    let seeded = Instant::now();
    seed(&spec.store, &ids)?;
    let seeded_in = seeded.elapsed();
    let backend = spec
        .store
        .open()?
        .ok_or_else(|| WorldLoadError::Invalid("recovery needs a store".into()))?;
    let port = GatePort::port();
    let slot = StoreSlot::default();
    let node = start_node(spec.shards, &port, &slot, None)?;
    let store = Store::start(&node.handle(), backend, StoreConfig::default())
        .map_err(|error| WorldLoadError::Node(format!("store: {error}")))?;
    let _ = slot.set(store.clone());
    let started = Instant::now();
    let outcome = spawn_all(&node, &port, &store, &ids)
        .and_then(|()| wait_back(&node, &ids))
        .map_err(|error| {
            WorldLoadError::Node(format!(
                "{error}; store {:?}; node {:?}",
                store.stats(),
                node.handle().stats()
            ))
        });
    let recovered_in = started.elapsed();
    node.shutdown();
    store.join();
    outcome?;
    Ok(RecoveryReport {
        players: ids.len(),
        seeded_in,
        recovered_in,
    })
}

/// Writes a starting record for every id.
fn seed(store: &LoadStore, ids: &[u64]) -> Result<(), WorldLoadError> {
    let mut backend = store
        .open()?
        .ok_or_else(|| WorldLoadError::Invalid("recovery needs a store".into()))?;
    let mut record = Vec::new();
    snapshot::encode(&PlayerRecord::new_player(), &mut record)
        .map_err(|error| WorldLoadError::Node(format!("a record: {error}")))?;
    for chunk in ids.chunks(SEED_BATCH) {
        let batch: Vec<Txn> = chunk
            .iter()
            .map(|&id| {
                Txn::one(Op::Put {
                    key: Key::new(PLAYER_KIND, id),
                    expect: 0,
                    snapshot: record.clone(),
                })
            })
            .collect();
        backend
            .apply(&batch)
            .map_err(|error| WorldLoadError::Node(format!("seeding: {error}")))?;
    }
    Ok(())
}

fn spawn_all(
    node: &hearth_engine::Node,
    port: &hearth_world::Port,
    store: &Store,
    ids: &[u64],
) -> Result<(), WorldLoadError> {
    let shards = node.handle().shards();
    for (n, chunk) in ids.chunks(SPAWN_CHUNK).enumerate() {
        let (chunk, port, store) = (chunk.to_vec(), Arc::clone(port), store.clone());
        node.handle()
            .run_on(n % shards, move |ctx| {
                for id in chunk {
                    let args = PersonArgs {
                        player: id,
                        user: format!("recovered{id}"),
                        grace_ms: 60_000,
                        trade_timeout_ms: 10_000,
                    };
                    let person = spawnable(args, Arc::clone(&port), Some(store.clone()), None);
                    ctx.spawn_root(person)?;
                }
                Ok(())
            })
            .map_err(|error| WorldLoadError::Node(error.to_string()))?
            .map_err(|error: hearth_engine::SpawnError| {
                WorldLoadError::Node(format!("spawning: {error}"))
            })?;
    }
    Ok(())
}

/// Waits until every player's Person runs (it registers its name once its record is
/// loaded).
fn wait_back(node: &hearth_engine::Node, ids: &[u64]) -> Result<(), WorldLoadError> {
    let deadline = Instant::now() + RECOVER_WITHIN;
    let names: Arc<Vec<String>> = Arc::new(ids.iter().map(|&id| person_name(id)).collect());
    let mut from = 0;
    loop {
        let (shared, start) = (Arc::clone(&names), from);
        from = node
            .handle()
            .run_on(0, move |ctx| {
                let back = shared[start..].iter();
                start + back.take_while(|name| ctx.whereis(name).is_some()).count()
            })
            .map_err(|error| WorldLoadError::Node(error.to_string()))?;
        if from == names.len() {
            return Ok(());
        }
        if Instant::now() > deadline {
            let missing = names[from].clone();
            let seen: Vec<bool> = (0..node.handle().shards())
                .map(|shard| {
                    let name = missing.clone();
                    node.handle()
                        .run_on(shard, move |ctx| ctx.whereis(&name).is_some())
                        .unwrap_or(false)
                })
                .collect();
            return Err(WorldLoadError::Node(format!(
                "{from} of {} players back within {RECOVER_WITHIN:?}; the first missing, {missing}, is seen by shards {seen:?}",
                names.len()
            )));
        }
        std::thread::sleep(POLL);
    }
}
