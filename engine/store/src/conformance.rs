//! The test suite every [`Backend`] must pass: the same checks for the embedded store and
//! for PostgreSQL (and for a backend of your own — call [`run_all`] from a test).
//!
//! The suite talks to a real store: `open` must return a backend on the same storage
//! each time it is called (a reopened file, a new connection to the same database), so
//! "what was committed is there after a reopen" is checked against the store itself. A
//! plain in-memory model ([`Model`]) gives the expected outcome of every call; it is the
//! oracle, never a stand-in for the store.

use std::collections::BTreeMap;

use crate::backend::Backend;
use crate::model::{Done, Key, Op, Outcome, Record, Txn, Version};

/// Runs every check of the suite; each starts from an empty store (the suite uses its own
/// kinds, `conf_*`, and never touches others — but give it a store of its own).
pub fn run_all(open: &mut dyn FnMut() -> Box<dyn Backend>) {
    claims_fence_older_owners(open().as_mut());
    a_transaction_is_all_or_nothing(open().as_mut());
    transactions_of_a_batch_see_each_other(open().as_mut());
    deletes_check_versions(open().as_mut());
    many_puts_in_one_batch_check_each_version(open().as_mut());
    many_claims_in_one_batch_each_load_and_fence(open().as_mut());
    kinds_are_separate_and_scans_are_in_id_order(open().as_mut());
    for seed in [1, 2, 3] {
        matches_the_model_and_survives_reopening(open, seed);
    }
}

fn key(kind: &'static str, id: u64) -> Key {
    Key::new(kind, id)
}

fn put(key: Key, expect: Version, snapshot: &[u8]) -> Op {
    Op::Put {
        key,
        expect,
        snapshot: snapshot.to_vec(),
    }
}

fn apply_one(store: &mut dyn Backend, txn: Txn) -> Outcome {
    let mut outcomes = store.apply(&[txn]).expect("the store takes a batch");
    assert_eq!(outcomes.len(), 1, "one outcome per transaction");
    outcomes.pop().expect("one outcome")
}

/// A claim hands back the stored state and fences the previous owner.
pub fn claims_fence_older_owners(store: &mut dyn Backend) {
    let player = key("conf_fence", 1);
    let first = apply_one(
        store,
        Txn::one(Op::Claim {
            key: player,
            owner: 11,
        }),
    );
    assert_eq!(
        first,
        Outcome::Committed(vec![Done::Claimed {
            version: 1,
            snapshot: Vec::new()
        }]),
        "a first claim creates the record at version 1, empty"
    );
    let saved = apply_one(store, Txn::one(put(player, 1, b"state one")));
    assert_eq!(saved, Outcome::Committed(vec![Done::Put { version: 2 }]));
    let second = apply_one(
        store,
        Txn::one(Op::Claim {
            key: player,
            owner: 22,
        }),
    );
    assert_eq!(
        second,
        Outcome::Committed(vec![Done::Claimed {
            version: 3,
            snapshot: b"state one".to_vec()
        }]),
        "a later claim gets the stored state and a new version"
    );
    let stale = apply_one(store, Txn::one(put(player, 2, b"from the old owner")));
    assert_eq!(
        stale,
        Outcome::Conflict {
            key: player,
            found: 3
        },
        "the fenced owner's put is refused"
    );
    let record = store.load(player).expect("load").expect("a record");
    assert_eq!(
        record,
        Record {
            version: 3,
            owner: 22,
            snapshot: b"state one".to_vec()
        }
    );
}

/// A conflict on one key of a transaction leaves every key of it as it was.
pub fn a_transaction_is_all_or_nothing(store: &mut dyn Backend) {
    let (seller, buyer) = (key("conf_trade", 1), key("conf_trade", 2));
    apply_one(store, Txn::one(put(seller, 0, b"seller: sword")));
    apply_one(store, Txn::one(put(buyer, 0, b"buyer: 100 gold")));
    let wrong = Txn {
        ops: vec![
            put(seller, 1, b"seller: 100 gold"),
            put(buyer, 7, b"buyer: sword"),
        ],
    };
    assert_eq!(
        apply_one(store, wrong),
        Outcome::Conflict {
            key: buyer,
            found: 1
        }
    );
    let unchanged = store.load(seller).expect("load").expect("a record");
    assert_eq!(unchanged.snapshot, b"seller: sword", "no half trade");
    let right = Txn {
        ops: vec![
            put(seller, 1, b"seller: 100 gold"),
            put(buyer, 1, b"buyer: sword"),
        ],
    };
    assert_eq!(
        apply_one(store, right),
        Outcome::Committed(vec![Done::Put { version: 2 }, Done::Put { version: 2 }])
    );
    assert_eq!(
        store.load(buyer).unwrap().unwrap().snapshot,
        b"buyer: sword"
    );
}

/// A later transaction of a batch sees an earlier one's versions; a conflict fails only
/// its own transaction.
pub fn transactions_of_a_batch_see_each_other(store: &mut dyn Backend) {
    let (a, b) = (key("conf_batch", 1), key("conf_batch", 2));
    let batch = [
        Txn::one(put(a, 0, b"a1")),
        Txn::one(put(a, 1, b"a2")),
        Txn::one(put(b, 5, b"never")),
        Txn::one(put(b, 0, b"b1")),
    ];
    let outcomes = store.apply(&batch).expect("the store takes a batch");
    assert_eq!(
        outcomes,
        vec![
            Outcome::Committed(vec![Done::Put { version: 1 }]),
            Outcome::Committed(vec![Done::Put { version: 2 }]),
            Outcome::Conflict { key: b, found: 0 },
            Outcome::Committed(vec![Done::Put { version: 1 }]),
        ]
    );
    assert_eq!(store.load(a).unwrap().unwrap().snapshot, b"a2");
}

/// A delete checks its version like a put; a deleted key starts again from 0.
pub fn deletes_check_versions(store: &mut dyn Backend) {
    let guild = key("conf_delete", 9);
    apply_one(store, Txn::one(put(guild, 0, b"guild")));
    let stale = apply_one(
        store,
        Txn::one(Op::Delete {
            key: guild,
            expect: 3,
        }),
    );
    assert_eq!(
        stale,
        Outcome::Conflict {
            key: guild,
            found: 1
        }
    );
    let gone = apply_one(
        store,
        Txn::one(Op::Delete {
            key: guild,
            expect: 1,
        }),
    );
    assert_eq!(gone, Outcome::Committed(vec![Done::Deleted]));
    assert_eq!(store.load(guild).unwrap(), None);
    let again = apply_one(store, Txn::one(put(guild, 0, b"refounded")));
    assert_eq!(again, Outcome::Committed(vec![Done::Put { version: 1 }]));
    let absent = key("conf_delete", 10);
    let nothing = apply_one(
        store,
        Txn::one(Op::Delete {
            key: absent,
            expect: 0,
        }),
    );
    assert_eq!(
        nothing,
        Outcome::Committed(vec![Done::Deleted]),
        "deleting a key expected absent, and absent, succeeds"
    );
}

/// A batch of many single puts (the write-behind bulk, which a backend may write in one
/// statement) still checks every version on its own.
pub fn many_puts_in_one_batch_check_each_version(store: &mut dyn Backend) {
    let keys: Vec<Key> = (0..40).map(|id| key("conf_bulk", id)).collect();
    let created: Vec<Txn> = keys
        .iter()
        .map(|key| Txn::one(put(*key, 0, b"v1")))
        .collect();
    store.apply(&created).expect("the store takes a batch");
    let batch: Vec<Txn> = keys
        .iter()
        .map(|key| {
            let expect = if key.id % 7 == 3 { 5 } else { 1 };
            Txn::one(put(*key, expect, &key.id.to_le_bytes()))
        })
        .collect();
    let outcomes = store.apply(&batch).expect("the store takes a batch");
    for (key, outcome) in keys.iter().zip(&outcomes) {
        let expected = if key.id % 7 == 3 {
            Outcome::Conflict {
                key: *key,
                found: 1,
            }
        } else {
            Outcome::Committed(vec![Done::Put { version: 2 }])
        };
        assert_eq!(*outcome, expected, "{key}");
    }
    let stored = store.load(keys[11]).unwrap().unwrap();
    assert_eq!(stored.snapshot, 11u64.to_le_bytes());
    assert_eq!(store.load(keys[3]).unwrap().unwrap().snapshot, b"v1");
}

/// Many claims in one batch (a node bringing its players back): each gets its key's
/// stored snapshot — empty for a key never stored — and a version one past the last.
pub fn many_claims_in_one_batch_each_load_and_fence(store: &mut dyn Backend) {
    let keys: Vec<Key> = (0..40).map(|id| key("conf_bulk_claim", id)).collect();
    let stored: Vec<Txn> = keys
        .iter()
        .filter(|key| key.id % 3 == 0)
        .map(|key| Txn::one(put(*key, 0, &key.id.to_le_bytes())))
        .collect();
    store.apply(&stored).expect("the store takes a batch");
    let claims: Vec<Txn> = keys
        .iter()
        .map(|key| {
            Txn::one(Op::Claim {
                key: *key,
                owner: 7,
            })
        })
        .collect();
    let outcomes = store.apply(&claims).expect("the store takes a batch");
    assert_eq!(outcomes.len(), keys.len(), "one outcome per claim");
    for (key, outcome) in keys.iter().zip(&outcomes) {
        let expected = if key.id % 3 == 0 {
            Done::Claimed {
                version: 2,
                snapshot: key.id.to_le_bytes().to_vec(),
            }
        } else {
            Done::Claimed {
                version: 1,
                snapshot: Vec::new(),
            }
        };
        assert_eq!(*outcome, Outcome::Committed(vec![expected]), "{key}");
    }
    let record = store
        .load(keys[4])
        .unwrap()
        .expect("a claim creates the record");
    assert_eq!((record.version, record.owner), (1, 7));
    // The old owner's put at the version before the claim is fenced.
    let fenced = apply_one(store, Txn::one(put(keys[3], 1, b"late")));
    assert_eq!(
        fenced,
        Outcome::Conflict {
            key: keys[3],
            found: 2
        }
    );
}

/// Records of one kind are not seen under another; a scan visits ids in order.
pub fn kinds_are_separate_and_scans_are_in_id_order(store: &mut dyn Backend) {
    for id in [30, 10, 20] {
        apply_one(
            store,
            Txn::one(put(key("conf_scan_a", id), 0, &id.to_le_bytes())),
        );
    }
    apply_one(store, Txn::one(put(key("conf_scan_b", 10), 0, b"other")));
    let mut seen = Vec::new();
    store
        .scan("conf_scan_a", &mut |id, record| {
            seen.push((id, record.snapshot))
        })
        .expect("scan");
    let expected: Vec<_> = [10u64, 20, 30]
        .iter()
        .map(|id| (*id, id.to_le_bytes().to_vec()))
        .collect();
    assert_eq!(seen, expected);
    let mut none = 0;
    store
        .scan("conf_scan_none", &mut |_, _| none += 1)
        .expect("a scan of an unknown kind is empty");
    assert_eq!(none, 0);
}

/// The expected behaviour of a store, in memory: the suite's oracle.
#[derive(Default, Debug)]
pub struct Model {
    records: BTreeMap<Key, Record>,
}

impl Model {
    /// What a store must answer to `batch`, applied to the model.
    pub fn apply(&mut self, batch: &[Txn]) -> Vec<Outcome> {
        batch.iter().map(|txn| self.apply_txn(txn)).collect()
    }

    fn apply_txn(&mut self, txn: &Txn) -> Outcome {
        for op in &txn.ops {
            let found = self
                .records
                .get(&op.key())
                .map_or(0, |record| record.version);
            let expected = match op {
                Op::Claim { .. } => found,
                Op::Put { expect, .. } | Op::Delete { expect, .. } => *expect,
            };
            if found != expected {
                return Outcome::Conflict {
                    key: op.key(),
                    found,
                };
            }
        }
        Outcome::Committed(txn.ops.iter().map(|op| self.apply_op(op)).collect())
    }

    fn apply_op(&mut self, op: &Op) -> Done {
        let old = self.records.remove(&op.key());
        let version = old.as_ref().map_or(0, |record| record.version) + 1;
        match op {
            Op::Claim { key, owner } => {
                let snapshot = old.map(|record| record.snapshot).unwrap_or_default();
                let record = Record {
                    version,
                    owner: *owner,
                    snapshot: snapshot.clone(),
                };
                self.records.insert(*key, record);
                Done::Claimed { version, snapshot }
            }
            Op::Put { key, snapshot, .. } => {
                let owner = old.map_or(0, |record| record.owner);
                let record = Record {
                    version,
                    owner,
                    snapshot: snapshot.clone(),
                };
                self.records.insert(*key, record);
                Done::Put { version }
            }
            Op::Delete { .. } => Done::Deleted,
        }
    }

    /// The records of `kind`, in id order.
    pub fn scan(&self, kind: &'static str) -> Vec<(u64, Record)> {
        self.records
            .iter()
            .filter(|(key, _)| key.kind == kind)
            .map(|(key, record)| (key.id, record.clone()))
            .collect()
    }
}

const MODEL_KINDS: [&str; 2] = ["conf_model_a", "conf_model_b"];
const MODEL_IDS: u64 = 12;
const MODEL_BATCHES: usize = 60;

/// Random batches of random transactions, the store against the [`Model`]; then the
/// store is dropped and reopened, and must hold exactly what the model holds.
pub fn matches_the_model_and_survives_reopening(
    open: &mut dyn FnMut() -> Box<dyn Backend>,
    seed: u64,
) {
    let mut store = open();
    // Each seed writes kinds of its own, so seeds do not see each other's records.
    let kinds = MODEL_KINDS.map(|kind| kind_for_seed(kind, seed));
    let mut model = Model::default();
    let mut rng = fastrand::Rng::with_seed(seed);
    for round in 0..MODEL_BATCHES {
        let batch: Vec<Txn> = (0..rng.usize(1..8))
            .map(|_| random_txn(&mut rng, &model, &kinds))
            .collect();
        let expected = model.apply(&batch);
        let got = store.apply(&batch).expect("the store takes a batch");
        assert_eq!(got, expected, "seed {seed}, batch {round}: {batch:?}");
    }
    drop(store);
    let mut reopened = open();
    for kind in kinds {
        let mut stored = Vec::new();
        reopened
            .scan(kind, &mut |id, record| stored.push((id, record)))
            .expect("scan");
        assert_eq!(
            stored,
            model.scan(kind),
            "seed {seed}: {kind} after reopening"
        );
    }
}

/// `conf_model_a` + seed: leaked once per (kind, seed), a few bytes per test run.
fn kind_for_seed(kind: &str, seed: u64) -> &'static str {
    Box::leak(format!("{kind}_{seed}").into_boxed_str())
}

/// A transaction of 1–3 operations on distinct keys; expected versions are usually right
/// (the model's), sometimes stale, so both paths are exercised.
fn random_txn(rng: &mut fastrand::Rng, model: &Model, kinds: &[&'static str; 2]) -> Txn {
    let mut keys: Vec<Key> = Vec::new();
    while keys.len() < rng.usize(1..4) {
        let key = Key::new(kinds[rng.usize(..2)], rng.u64(..MODEL_IDS));
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let ops = keys
        .into_iter()
        .map(|key| {
            let current = model.records.get(&key).map_or(0, |record| record.version);
            let expect = if rng.u8(..10) == 0 {
                current + 1
            } else {
                current
            };
            match rng.u8(..10) {
                0..=1 => Op::Claim {
                    key,
                    owner: rng.u64(..),
                },
                2 => Op::Delete { key, expect },
                _ => {
                    let snapshot = (0..rng.usize(0..64)).map(|_| rng.u8(..)).collect();
                    Op::Put {
                        key,
                        expect,
                        snapshot,
                    }
                }
            }
        })
        .collect();
    Txn { ops }
}

/// A store of a test's own, emptied when dropped: a directory for the embedded backend,
/// or a schema in the PostgreSQL server `HEARTH_TEST_POSTGRES` names (set by
/// `scripts/with-postgres`). Opening it again reaches the same data, as a restarted node
/// would.
pub enum Scratch {
    /// An embedded store in a directory of its own.
    #[cfg(feature = "embedded")]
    Embedded(std::path::PathBuf),
    /// A schema of its own in a PostgreSQL database.
    #[cfg(feature = "postgres")]
    Postgres {
        /// The connection that made the schema (and drops it).
        admin: Box<postgres::Client>,
        /// The schema's name.
        schema: String,
        /// Connection settings that put the schema first on the search path.
        config: String,
    },
}

impl Scratch {
    /// A fresh directory for the embedded store, named after `test`.
    #[cfg(feature = "embedded")]
    pub fn embedded(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("hearth-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Self::Embedded(dir)
    }

    /// A fresh schema named after `test` in the server `HEARTH_TEST_POSTGRES` names.
    ///
    /// # Panics
    /// If `HEARTH_TEST_POSTGRES` is not set (the message says how to set it) or the server
    /// cannot be reached: a durability test is never skipped silently.
    #[cfg(feature = "postgres")]
    pub fn postgres(test: &str) -> Self {
        let base = std::env::var("HEARTH_TEST_POSTGRES").unwrap_or_else(|_| {
            panic!(
                "HEARTH_TEST_POSTGRES is not set: run the tests through scripts/with-postgres \
                 (it starts a throwaway PostgreSQL server), or point it at a server of your own"
            )
        });
        let mut admin = postgres::Client::connect(&base, postgres::NoTls)
            .unwrap_or_else(|error| panic!("connecting to {base}: {error}"));
        let schema = format!("hearth_{test}_{}", std::process::id());
        admin
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
            ))
            .unwrap_or_else(|error| panic!("creating schema {schema}: {error}"));
        let config = format!("{base} options='-c search_path={schema}'");
        Self::Postgres {
            admin: Box::new(admin),
            schema,
            config,
        }
    }

    /// Opens the store (again).
    ///
    /// # Panics
    /// If it cannot be opened.
    pub fn open(&self) -> Box<dyn Backend> {
        match self {
            #[cfg(feature = "embedded")]
            Self::Embedded(dir) => Box::new(
                crate::Embedded::open(dir)
                    .unwrap_or_else(|error| panic!("opening {dir:?}: {error}")),
            ),
            #[cfg(feature = "postgres")]
            Self::Postgres { config, .. } => Box::new(
                crate::Postgres::connect(config)
                    .unwrap_or_else(|error| panic!("connecting with {config}: {error}")),
            ),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        match self {
            #[cfg(feature = "embedded")]
            Self::Embedded(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            #[cfg(feature = "postgres")]
            Self::Postgres { admin, schema, .. } => {
                let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
            }
        }
    }
}
