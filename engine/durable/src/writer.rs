//! The per-shard writer: a process on each shard that gathers its durable processes'
//! transactions and keeps one batch at a time on its way to the store thread. While that
//! batch commits the next one gathers, so under load thousands of saves share a commit
//! (a group commit). An urgent request (a write-through, a claim) goes out as soon as no
//! batch is in flight; write-behind saves alone wait for company up to the backend's
//! `gather_writes_for` (20 ms for PostgreSQL, 100 ms for the embedded store), so a steady
//! trickle of saves costs a few commits a second, not one per save. Waiting adds at most
//! that to the loss window.
//!
//! # Contract
//!
//! | request | answer |
//! |---|---|
//! | a transaction of bad shape | `Err(Invalid)` at once |
//! | the writer holds [`WRITER_PENDING_MAX`] already | `Err(Unavailable)` at once |
//! | urgent write-through while the batch in flight is older than [`STORE_SLOW_AFTER`] | `Err(Unavailable)` at once (a claim waits: a starting process queues) |
//! | otherwise | the transaction's [`Outcome`] once its batch is durable, or `Err(Unavailable)` if the store kept failing for [`crate::STORE_GIVE_UP_AFTER`] |
//!
//! Every request is answered exactly once; answers to one process come in the order of
//! its requests.

use std::collections::VecDeque;
use std::time::Duration;

use hearth_engine::{Ctx, Process, ReplyTo, SystemMsg, TimerRef};
use hearth_store::{Outcome, StoreError, Txn};

use crate::limits::{BATCH_TXNS_MAX, STORE_SLOW_AFTER, WRITER_PENDING_MAX};
use crate::thread::Batch;

/// What a writer answers: the transaction's outcome, or why it was not tried.
pub type Answer = Result<Outcome, SaveError>;

/// Why a transaction was not tried.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// The store is slow or stopped, or the writer's buffer is full: try later.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// The transaction was malformed (a bug in its sender).
    #[error("invalid transaction: {0}")]
    Invalid(String),
    /// Another owner claimed the key: this process's state is no longer the stored one.
    #[error("superseded: another owner claimed the state")]
    Superseded,
}

/// A transaction for the writer.
pub struct Request {
    /// The transaction.
    pub txn: Txn,
    /// Where the answer goes.
    pub answer: ReplyTo<Answer>,
    /// A write-through or a claim: someone waits for it, so it is refused at once when the
    /// store is slow rather than queued.
    pub urgent: bool,
}

/// A writer's messages.
pub enum WriterMsg {
    /// A transaction to commit.
    Apply(Request),
    /// The store thread's answers to the batch in flight.
    Done(Result<Vec<Outcome>, StoreError>),
}

/// Retry sending a batch the store thread had no room for after this long.
const RESEND_AFTER: Duration = Duration::from_millis(2);

/// The writer of one shard (see the module docs).
pub struct Writer {
    shard: usize,
    to_store: flume::Sender<Batch>,
    pending: VecDeque<Request>,
    in_flight: Vec<ReplyTo<Answer>>,
    in_flight_since: Option<Duration>,
    resend: Option<TimerRef>,
    /// Urgent requests among `pending`.
    urgent_pending: usize,
    /// Fires when write-behind saves have gathered long enough.
    gather: Option<TimerRef>,
    /// They have: the next batch goes as soon as none is in flight.
    gathered: bool,
    /// How long write-behind saves gather (the backend's `gather_writes_for`).
    gather_for: Duration,
}

impl Writer {
    pub(crate) fn new(shard: usize, to_store: flume::Sender<Batch>, gather_for: Duration) -> Self {
        Self {
            shard,
            to_store,
            pending: VecDeque::new(),
            in_flight: Vec::new(),
            in_flight_since: None,
            resend: None,
            urgent_pending: 0,
            gather: None,
            gathered: false,
            gather_for,
        }
    }

    fn accept(&mut self, request: Request, ctx: &mut Ctx<'_, Self>) {
        if let Err(error) = request.txn.check() {
            ctx.reply(request.answer, Err(SaveError::Invalid(error.to_string())));
            return;
        }
        if self.pending.len() >= WRITER_PENDING_MAX {
            let refusal = SaveError::Unavailable("the store's write buffer is full".into());
            ctx.reply(request.answer, Err(refusal));
            return;
        }
        if request.urgent && !is_claim(&request.txn) && self.store_is_slow(ctx.now()) {
            let refusal = SaveError::Unavailable("the store is not keeping up".into());
            ctx.reply(request.answer, Err(refusal));
            return;
        }
        self.urgent_pending += usize::from(request.urgent);
        self.pending.push_back(request);
        self.send_batch(ctx);
    }

    /// Whether the batch should wait: only write-behind saves, too few to fill a batch,
    /// and they have not gathered for `gather_for` yet (the timer is then armed).
    fn should_gather(&mut self, ctx: &mut Ctx<'_, Self>) -> bool {
        if self.gathered || self.urgent_pending > 0 || self.pending.len() >= BATCH_TXNS_MAX {
            return false;
        }
        if self.gather.is_none() {
            self.gather = ctx.start_timer(self.gather_for, 0).ok();
            return self.gather.is_some();
        }
        true
    }

    fn store_is_slow(&self, now: Duration) -> bool {
        self.in_flight_since
            .is_some_and(|since| now.saturating_sub(since) > STORE_SLOW_AFTER)
    }

    /// Sends what is pending as one batch, if no batch is in flight.
    fn send_batch(&mut self, ctx: &mut Ctx<'_, Self>) {
        if self.in_flight_since.is_some() || self.pending.is_empty() || self.resend.is_some() {
            return;
        }
        if self.should_gather(ctx) {
            return;
        }
        if let Some(timer) = self.gather.take() {
            ctx.cancel_timer(timer);
        }
        self.gathered = false;
        let take = self.pending.len().min(BATCH_TXNS_MAX);
        let mut txns = Vec::with_capacity(take);
        let mut answers = Vec::with_capacity(take);
        let mut bytes = 0;
        for request in self.pending.drain(..take) {
            self.urgent_pending -= usize::from(request.urgent);
            bytes += snapshot_bytes(&request.txn);
            txns.push(request.txn);
            answers.push(request.answer);
        }
        let batch = Batch {
            shard: self.shard,
            txns,
            bytes,
        };
        match self.to_store.try_send(batch) {
            Ok(()) => {
                self.in_flight = answers;
                self.in_flight_since = Some(ctx.now());
            }
            Err(flume::TrySendError::Full(batch)) => {
                self.put_back(batch, answers);
                self.resend = ctx.start_timer(RESEND_AFTER, 0).ok();
            }
            Err(flume::TrySendError::Disconnected(batch)) => {
                self.put_back(batch, answers);
                self.refuse_all(ctx, "the store stopped");
            }
        }
    }

    /// A batch the store thread could not take goes back, first in line; it is sent
    /// again without gathering (it may hold urgent requests).
    fn put_back(&mut self, batch: Batch, answers: Vec<ReplyTo<Answer>>) {
        for (txn, answer) in batch.txns.into_iter().zip(answers).rev() {
            self.urgent_pending += 1;
            self.pending.push_front(Request {
                txn,
                answer,
                urgent: true,
            });
        }
    }

    fn refuse_all(&mut self, ctx: &mut Ctx<'_, Self>, why: &str) {
        self.urgent_pending = 0;
        for request in self.pending.drain(..) {
            ctx.reply(request.answer, Err(SaveError::Unavailable(why.into())));
        }
    }

    fn done(&mut self, answers: Result<Vec<Outcome>, StoreError>, ctx: &mut Ctx<'_, Self>) {
        let waiting = std::mem::take(&mut self.in_flight);
        self.in_flight_since = None;
        match answers {
            Ok(outcomes) => {
                debug_assert_eq!(outcomes.len(), waiting.len(), "one outcome per transaction");
                for (answer, outcome) in waiting.into_iter().zip(outcomes) {
                    ctx.reply(answer, Ok(outcome));
                }
            }
            Err(error) => {
                for answer in waiting {
                    ctx.reply(answer, Err(SaveError::Unavailable(error.to_string())));
                }
            }
        }
        self.send_batch(ctx);
    }
}

/// A claim (a process starting) waits for a slow store rather than being refused: a
/// node bringing back thousands of players at once makes its own store slow.
fn is_claim(txn: &Txn) -> bool {
    matches!(txn.ops.as_slice(), [hearth_store::Op::Claim { .. }])
}

fn snapshot_bytes(txn: &Txn) -> usize {
    txn.ops
        .iter()
        .map(|op| match op {
            hearth_store::Op::Put { snapshot, .. } => snapshot.len(),
            _ => 0,
        })
        .sum()
}

impl Process for Writer {
    type Msg = WriterMsg;

    fn handle(&mut self, message: WriterMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            WriterMsg::Apply(request) => self.accept(request, ctx),
            WriterMsg::Done(answers) => self.done(answers, ctx),
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { timer, .. } if Some(timer) == self.resend => {
                self.resend = None;
                self.send_batch(ctx);
            }
            SystemMsg::Timer { timer, .. } if Some(timer) == self.gather => {
                self.gather = None;
                self.gathered = true;
                self.send_batch(ctx);
            }
            SystemMsg::Exit { from, reason } if from.is_shard() => ctx.stop(reason),
            _ => {}
        }
    }

    fn terminate(&mut self, _reason: &hearth_engine::ExitReason, ctx: &mut Ctx<'_, Self>) {
        self.refuse_all(ctx, "the node is stopping");
    }
}
