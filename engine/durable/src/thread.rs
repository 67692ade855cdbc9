//! The store thread: the one place a node's backend is called. It takes the batches the
//! shards' writers send, commits everything waiting as one group, and hands each shard
//! its answers in one injected job.
//!
//! A failing commit is retried (backoff from [`STORE_RETRY_FIRST`] to
//! [`STORE_RETRY_MAX`]) for [`STORE_GIVE_UP_AFTER`]; then every transaction of the batch
//! is answered `Unavailable` and the thread takes the next batch. The processes keep
//! their changes unsaved and try again, so a stopped database delays saves and refuses
//! write-throughs, it does not lose what was acknowledged. Version checks make a retry
//! safe — a transaction that did commit before the error answers `Conflict` on its
//! retry, never applies twice.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Pause between tries to hand answers to a shard whose injection queue is full.
const DELIVERY_RETRY_PAUSE: Duration = Duration::from_millis(1);

use hearth_engine::{Addr, NodeError, NodeHandle};
use hearth_store::{Backend, Outcome, StoreError, Txn};

use crate::limits::{
    BATCH_TXNS_MAX, DELIVERY_RETRY_FOR, STORE_GIVE_UP_AFTER, STORE_RETRY_FIRST, STORE_RETRY_MAX,
};
use crate::stats::StoreStats;
use crate::writer::WriterMsg;

/// A writer's batch on its way to the store thread.
pub(crate) struct Batch {
    pub(crate) shard: usize,
    pub(crate) txns: Vec<Txn>,
    /// Snapshot bytes in the batch, for the statistics.
    pub(crate) bytes: usize,
}

/// What the thread needs besides its backend.
pub(crate) struct Thread {
    pub(crate) backend: Box<dyn Backend>,
    pub(crate) batches: flume::Receiver<Batch>,
    pub(crate) node: NodeHandle,
    pub(crate) writers: Vec<Addr<WriterMsg>>,
    pub(crate) stopping: Arc<AtomicBool>,
    pub(crate) stats: Arc<StoreStats>,
}

impl Thread {
    /// Runs until every writer is gone (the node stopped) or the store is stopped.
    pub(crate) fn run(mut self) {
        while let Ok(first) = self.batches.recv() {
            let mut group = vec![first];
            let mut txns = group[0].txns.len();
            while txns < BATCH_TXNS_MAX {
                let Ok(next) = self.batches.try_recv() else {
                    break;
                };
                txns += next.txns.len();
                group.push(next);
            }
            if !self.commit_group(group) {
                return;
            }
        }
    }

    /// Commits `group` as one batch and delivers the answers (`Unavailable` for all if
    /// the store kept failing); false if the store is stopping.
    fn commit_group(&mut self, mut group: Vec<Batch>) -> bool {
        let sizes: Vec<usize> = group.iter().map(|batch| batch.txns.len()).collect();
        let bytes: usize = group.iter().map(|batch| batch.bytes).sum();
        let all: Vec<Txn> = group
            .iter_mut()
            .flat_map(|batch| std::mem::take(&mut batch.txns))
            .collect();
        let started = Instant::now();
        match self.apply_with_retries(&all) {
            Ok(outcomes) => {
                self.stats.committed(all.len(), bytes, started.elapsed());
                let mut outcomes = outcomes.into_iter();
                for (batch, size) in group.iter().zip(sizes) {
                    let answers: Vec<Outcome> = outcomes.by_ref().take(size).collect();
                    self.deliver(batch.shard, Ok(answers));
                }
                true
            }
            Err(error) => {
                for batch in &group {
                    self.deliver(batch.shard, Err(StoreError::Unavailable(error.to_string())));
                }
                !self.stopping.load(Ordering::Acquire)
            }
        }
    }

    /// Applies `all`, retrying a failure with backoff for [`STORE_GIVE_UP_AFTER`] (less if
    /// the store is stopping); the last error if it never succeeded.
    fn apply_with_retries(&mut self, all: &[Txn]) -> Result<Vec<Outcome>, StoreError> {
        let give_up = Instant::now() + STORE_GIVE_UP_AFTER;
        let mut wait = STORE_RETRY_FIRST;
        loop {
            let error = match self.backend.apply(all) {
                Ok(outcomes) => {
                    self.stats.set_down(false);
                    return Ok(outcomes);
                }
                Err(error) => error,
            };
            self.stats.set_down(true);
            let now = Instant::now();
            if self.stopping.load(Ordering::Acquire) || now + wait > give_up {
                tracing::warn!(backend = self.backend.name(), %error, "store commit failed; batch answered unavailable");
                return Err(error);
            }
            tracing::debug!(backend = self.backend.name(), %error, retry_in = ?wait, "store commit failed");
            std::thread::sleep(wait);
            wait = (wait * 2).min(STORE_RETRY_MAX);
        }
    }

    /// Hands `shard`'s writer its answers, retrying while the shard's injection queue is
    /// full (for at most [`DELIVERY_RETRY_FOR`]).
    fn deliver(&self, shard: usize, answers: Result<Vec<Outcome>, StoreError>) {
        let writer = self.writers[shard];
        // The answers ride in a shared slot, so a job the queue refused hands them back.
        let slot = Arc::new(Mutex::new(Some(answers)));
        let deadline = Instant::now() + DELIVERY_RETRY_FOR;
        loop {
            let in_job = Arc::clone(&slot);
            let job = move |ctx: &mut hearth_engine::ShardCtx<'_>| {
                let answers = in_job.lock().ok().and_then(|mut slot| slot.take());
                if let Some(answers) = answers
                    && ctx.send(writer, WriterMsg::Done(answers)).is_err()
                {
                    tracing::warn!(
                        shard = ctx.shard(),
                        "a store writer is gone; its answers are dropped"
                    );
                }
            };
            match self.node.cast_on(shard, job) {
                Ok(()) => return,
                Err(NodeError::Busy) if Instant::now() < deadline => {
                    std::thread::sleep(DELIVERY_RETRY_PAUSE);
                }
                Err(error) => {
                    tracing::warn!(%error, shard, "store answers could not be delivered");
                    return;
                }
            }
        }
    }
}
