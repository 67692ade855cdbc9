//! The PostgreSQL backend: what a studio outgrowing one machine already runs. Every node
//! of a cluster writes to the same database; fencing versions keep two nodes from both
//! owning one key.
//!
//! # Schema
//! ```sql
//! CREATE TABLE IF NOT EXISTS hearth_state (
//!     kind     text   NOT NULL,
//!     id       bigint NOT NULL,  -- the u64 id with its top bit flipped: order kept
//!     version  bigint NOT NULL,
//!     owner    bigint NOT NULL,  -- the u64 owner, bit for bit
//!     snapshot bytea  NOT NULL,
//!     PRIMARY KEY (kind, id))
//! ```
//!
//! # A batch
//! One database transaction, committed with the server's `synchronous_commit` (on by
//! default: the commit waits for its WAL to reach disk). Inside it:
//! - a run of single-put transactions on distinct keys (the write-behind bulk) is one
//!   `UPDATE … FROM unnest(…)` statement, versions checked per row;
//! - a run of single claims on distinct keys (a node bringing its players back) is one
//!   `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE … RETURNING` statement;
//! - any other transaction runs operation by operation (conditional `UPDATE` / `INSERT …
//!   ON CONFLICT` / `DELETE`, each checking its version); a transaction of several
//!   operations runs inside a savepoint, rolled back at its first conflict.
//!
//! Any error from the server or the connection fails the whole batch (nothing of it
//! commits) and the connection is opened again on the next call.

use std::collections::HashMap;

use postgres::{Client, NoTls, Transaction};

use crate::backend::Backend;
use crate::model::{Done, Key, Op, Outcome, Record, StoreError, Txn, Version};

/// Fewest consecutive single-put (or single-claim) transactions written as one bulk statement; shorter
/// runs go one by one (a bulk statement's planning costs about as much as a few puts).
const BULK_MIN: usize = 4;

const CREATE: &str = "CREATE TABLE IF NOT EXISTS hearth_state (
    kind text NOT NULL, id bigint NOT NULL, version bigint NOT NULL,
    owner bigint NOT NULL, snapshot bytea NOT NULL, PRIMARY KEY (kind, id))";
const CLAIM: &str = "INSERT INTO hearth_state AS s (kind, id, version, owner, snapshot)
    VALUES ($1, $2, 1, $3, ''::bytea)
    ON CONFLICT (kind, id) DO UPDATE SET version = s.version + 1, owner = EXCLUDED.owner
    RETURNING version, snapshot";
const INSERT: &str = "INSERT INTO hearth_state (kind, id, version, owner, snapshot)
    VALUES ($1, $2, 1, 0, $3) ON CONFLICT (kind, id) DO NOTHING";
const UPDATE: &str = "UPDATE hearth_state SET version = version + 1, snapshot = $4
    WHERE kind = $1 AND id = $2 AND version = $3 RETURNING version";
const DELETE: &str = "DELETE FROM hearth_state WHERE kind = $1 AND id = $2 AND version = $3";
const VERSION: &str = "SELECT version FROM hearth_state WHERE kind = $1 AND id = $2";
const LOAD: &str = "SELECT version, owner, snapshot FROM hearth_state WHERE kind = $1 AND id = $2";
const SCAN: &str =
    "SELECT id, version, owner, snapshot FROM hearth_state WHERE kind = $1 ORDER BY id";
const BULK_CLAIM: &str = "INSERT INTO hearth_state AS s (kind, id, version, owner, snapshot)
    SELECT u.kind, u.id, 1, u.owner, ''::bytea
    FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS u(kind, id, owner)
    ON CONFLICT (kind, id) DO UPDATE SET version = s.version + 1, owner = EXCLUDED.owner
    RETURNING s.kind, s.id, s.version, s.snapshot";
const BULK_UPDATE: &str = "UPDATE hearth_state AS s SET version = s.version + 1, snapshot = u.snapshot
    FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bytea[]) AS u(kind, id, expect, snapshot)
    WHERE s.kind = u.kind AND s.id = u.id AND s.version = u.expect
    RETURNING s.kind, s.id, s.version";

/// The PostgreSQL store (see the module docs).
pub struct Postgres {
    config: String,
    client: Option<Client>,
}

impl Postgres {
    /// Connects to the database `config` names (a URL `postgres://user@host/db` or
    /// key-value pairs `host=… user=… dbname=…`) and creates the table if missing.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] if the server cannot be reached or refuses.
    pub fn connect(config: &str) -> Result<Self, StoreError> {
        let mut store = Self {
            config: config.to_owned(),
            client: None,
        };
        store.client()?;
        Ok(store)
    }

    /// The connection, opened (and the table made) if there is none or it broke.
    fn client(&mut self) -> Result<&mut Client, StoreError> {
        if self.client.as_ref().is_none_or(Client::is_closed) {
            let mut client = Client::connect(&self.config, NoTls)
                .map_err(|error| unavailable("connecting", &error))?;
            client
                .batch_execute(CREATE)
                .map_err(|error| unavailable("creating the table", &error))?;
            self.client = Some(client);
        }
        Ok(self.client.as_mut().expect("connected above"))
    }

    /// Runs `work`; any error drops the connection so the next call opens a new one.
    fn run<T>(
        &mut self,
        work: impl FnOnce(&mut Client) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let result = work(self.client()?);
        if result.is_err() {
            self.client = None;
        }
        result
    }
}

impl Backend for Postgres {
    fn name(&self) -> &'static str {
        "postgres"
    }

    fn apply(&mut self, batch: &[Txn]) -> Result<Vec<Outcome>, StoreError> {
        self.run(|client| {
            let mut transaction = client
                .transaction()
                .map_err(|error| unavailable("beginning", &error))?;
            let outcomes = apply_batch(&mut transaction, batch)?;
            transaction
                .commit()
                .map_err(|error| unavailable("committing", &error))?;
            Ok(outcomes)
        })
    }

    fn load(&mut self, key: Key) -> Result<Option<Record>, StoreError> {
        key.check()?;
        self.run(|client| {
            let row = client
                .query_opt(LOAD, &[&key.kind, &to_sql_id(key.id)])
                .map_err(|error| unavailable("loading", &error))?;
            Ok(row.map(|row| Record {
                version: from_sql_version(row.get(0)),
                owner: row.get::<_, i64>(1) as u64,
                snapshot: row.get(2),
            }))
        })
    }

    fn scan(
        &mut self,
        kind: &'static str,
        visit: &mut dyn FnMut(u64, Record),
    ) -> Result<(), StoreError> {
        Key::new(kind, 0).check()?;
        self.run(|client| {
            let rows = client
                .query(SCAN, &[&kind])
                .map_err(|error| unavailable("scanning", &error))?;
            for row in rows {
                let record = Record {
                    version: from_sql_version(row.get(1)),
                    owner: row.get::<_, i64>(2) as u64,
                    snapshot: row.get(3),
                };
                visit(from_sql_id(row.get(0)), record);
            }
            Ok(())
        })
    }
}

/// Ids are `u64`, columns `bigint`: flipping the top bit maps one onto the other and keeps
/// the order, so `ORDER BY id` is id order.
fn to_sql_id(id: u64) -> i64 {
    (id ^ (1 << 63)) as i64
}

fn from_sql_id(id: i64) -> u64 {
    (id as u64) ^ (1 << 63)
}

fn to_sql_version(version: Version) -> i64 {
    i64::try_from(version).unwrap_or(i64::MAX)
}

fn from_sql_version(version: i64) -> Version {
    u64::try_from(version).unwrap_or(0)
}

fn apply_batch(
    transaction: &mut Transaction<'_>,
    batch: &[Txn],
) -> Result<Vec<Outcome>, StoreError> {
    let mut outcomes = Vec::with_capacity(batch.len());
    let mut at = 0;
    while at < batch.len() {
        let run = bulk_run(&batch[at..]);
        let claims = claim_run(&batch[at..]);
        if run >= BULK_MIN {
            outcomes.extend(bulk_put(transaction, &batch[at..at + run])?);
            at += run;
        } else if claims >= BULK_MIN {
            outcomes.extend(bulk_claim(transaction, &batch[at..at + claims])?);
            at += claims;
        } else {
            outcomes.push(apply_txn(transaction, &batch[at])?);
            at += 1;
        }
    }
    Ok(outcomes)
}

/// How many transactions from the start of `rest` are single puts to existing records
/// (`expect > 0`) on distinct keys.
fn bulk_run(rest: &[Txn]) -> usize {
    let mut keys = std::collections::HashSet::new();
    rest.iter()
        .take_while(|txn| match txn.ops.as_slice() {
            [Op::Put { key, expect, .. }] => *expect > 0 && keys.insert(*key),
            _ => false,
        })
        .count()
}

/// How many transactions from the start of `rest` are single claims on distinct keys.
fn claim_run(rest: &[Txn]) -> usize {
    let mut keys = std::collections::HashSet::new();
    rest.iter()
        .take_while(|txn| match txn.ops.as_slice() {
            [Op::Claim { key, .. }] => keys.insert(*key),
            _ => false,
        })
        .count()
}

/// Claims of distinct keys in one statement (a node bringing its players back claims
/// thousands at once).
fn bulk_claim(transaction: &mut Transaction<'_>, run: &[Txn]) -> Result<Vec<Outcome>, StoreError> {
    let mut kinds = Vec::with_capacity(run.len());
    let mut ids = Vec::with_capacity(run.len());
    let mut owners = Vec::with_capacity(run.len());
    for txn in run {
        if let [Op::Claim { key, owner }] = txn.ops.as_slice() {
            kinds.push(key.kind);
            ids.push(to_sql_id(key.id));
            owners.push(*owner as i64);
        }
    }
    let rows = transaction
        .query(BULK_CLAIM, &[&kinds, &ids, &owners])
        .map_err(|error| unavailable("claiming a bulk of keys", &error))?;
    let mut claimed: HashMap<(String, i64), Done> = HashMap::with_capacity(rows.len());
    for row in rows {
        let done = Done::Claimed {
            version: from_sql_version(row.get(2)),
            snapshot: row.get(3),
        };
        claimed.insert((row.get(0), row.get(1)), done);
    }
    run.iter()
        .map(|txn| {
            let key = txn.ops[0].key();
            claimed
                .remove(&(key.kind.to_owned(), to_sql_id(key.id)))
                .map(|done| Outcome::Committed(vec![done]))
                .ok_or_else(|| StoreError::Corrupt(format!("{key}: a bulk claim returned no row")))
        })
        .collect()
}

fn bulk_put(transaction: &mut Transaction<'_>, run: &[Txn]) -> Result<Vec<Outcome>, StoreError> {
    let mut kinds = Vec::with_capacity(run.len());
    let mut ids = Vec::with_capacity(run.len());
    let mut expects = Vec::with_capacity(run.len());
    let mut snapshots: Vec<&[u8]> = Vec::with_capacity(run.len());
    for txn in run {
        if let [
            Op::Put {
                key,
                expect,
                snapshot,
            },
        ] = txn.ops.as_slice()
        {
            kinds.push(key.kind);
            ids.push(to_sql_id(key.id));
            expects.push(to_sql_version(*expect));
            snapshots.push(snapshot);
        }
    }
    let rows = transaction
        .query(BULK_UPDATE, &[&kinds, &ids, &expects, &snapshots])
        .map_err(|error| unavailable("writing a bulk of puts", &error))?;
    let mut written: HashMap<(String, i64), Version> = HashMap::with_capacity(rows.len());
    for row in rows {
        written.insert((row.get(0), row.get(1)), from_sql_version(row.get(2)));
    }
    run.iter()
        .map(|txn| {
            let key = txn.ops[0].key();
            match written.get(&(key.kind.to_owned(), to_sql_id(key.id))) {
                Some(version) => Ok(Outcome::Committed(vec![Done::Put { version: *version }])),
                None => Ok(Outcome::Conflict {
                    key,
                    found: current_version(transaction, key)?,
                }),
            }
        })
        .collect()
}

/// One transaction, operation by operation; several operations run in a savepoint.
fn apply_txn(transaction: &mut Transaction<'_>, txn: &Txn) -> Result<Outcome, StoreError> {
    if let [op] = txn.ops.as_slice() {
        return Ok(match apply_op(transaction, op)? {
            Ok(done) => Outcome::Committed(vec![done]),
            Err(conflict) => conflict,
        });
    }
    let mut savepoint = transaction
        .savepoint("txn")
        .map_err(|error| unavailable("a savepoint", &error))?;
    let mut done = Vec::with_capacity(txn.ops.len());
    for op in &txn.ops {
        match apply_op(&mut savepoint, op)? {
            Ok(one) => done.push(one),
            Err(conflict) => {
                savepoint
                    .rollback()
                    .map_err(|error| unavailable("rolling back a savepoint", &error))?;
                return Ok(conflict);
            }
        }
    }
    savepoint
        .commit()
        .map_err(|error| unavailable("releasing a savepoint", &error))?;
    Ok(Outcome::Committed(done))
}

/// One operation: what it did, or the conflict that stopped it.
fn apply_op(
    transaction: &mut Transaction<'_>,
    op: &Op,
) -> Result<Result<Done, Outcome>, StoreError> {
    let key = op.key();
    let id = to_sql_id(key.id);
    match op {
        Op::Claim { owner, .. } => {
            let row = transaction
                .query_one(CLAIM, &[&key.kind, &id, &(*owner as i64)])
                .map_err(|error| unavailable("claiming", &error))?;
            Ok(Ok(Done::Claimed {
                version: from_sql_version(row.get(0)),
                snapshot: row.get(1),
            }))
        }
        Op::Put {
            expect: 0,
            snapshot,
            ..
        } => {
            let inserted = transaction
                .execute(INSERT, &[&key.kind, &id, &snapshot.as_slice()])
                .map_err(|error| unavailable("inserting", &error))?;
            if inserted == 1 {
                Ok(Ok(Done::Put { version: 1 }))
            } else {
                conflict(transaction, key)
            }
        }
        Op::Put {
            expect, snapshot, ..
        } => {
            let row = transaction
                .query_opt(
                    UPDATE,
                    &[
                        &key.kind,
                        &id,
                        &to_sql_version(*expect),
                        &snapshot.as_slice(),
                    ],
                )
                .map_err(|error| unavailable("updating", &error))?;
            match row {
                Some(row) => Ok(Ok(Done::Put {
                    version: from_sql_version(row.get(0)),
                })),
                None => conflict(transaction, key),
            }
        }
        Op::Delete { expect, .. } => {
            let deleted = transaction
                .execute(DELETE, &[&key.kind, &id, &to_sql_version(*expect)])
                .map_err(|error| unavailable("deleting", &error))?;
            // Deleting an absent key that was expected absent (`expect` 0) succeeds.
            if deleted == 1 || (*expect == 0 && current_version(transaction, key)? == 0) {
                Ok(Ok(Done::Deleted))
            } else {
                conflict(transaction, key)
            }
        }
    }
}

fn conflict(
    transaction: &mut Transaction<'_>,
    key: Key,
) -> Result<Result<Done, Outcome>, StoreError> {
    let found = current_version(transaction, key)?;
    Ok(Err(Outcome::Conflict { key, found }))
}

fn current_version(transaction: &mut Transaction<'_>, key: Key) -> Result<Version, StoreError> {
    let row = transaction
        .query_opt(VERSION, &[&key.kind, &to_sql_id(key.id)])
        .map_err(|error| unavailable("reading a version", &error))?;
    Ok(row.map_or(0, |row| from_sql_version(row.get(0))))
}

fn unavailable(doing: &str, error: &postgres::Error) -> StoreError {
    StoreError::Unavailable(format!("postgres, {doing}: {error}"))
}
