//! Joint transactions: two (or more) durable processes change their states together or
//! not at all — a trade between two players, whichever nodes their processes run on.
//!
//! # Contract
//!
//! One process, the **committer**, writes every state in one store transaction; the
//! others **lend** it their keys.
//!
//! | step | what happens |
//! |---|---|
//! | a lender calls [`DurableCtx::lend`] with its state as the transaction would leave it | once no save of its own is in flight, [`Durable::lent`] gets a [`Loan`] (key, version, encoded state) to send to the committer; from then on the lender saves nothing until the loan is settled (its changes stay unsaved, not lost) |
//! | the committer calls [`DurableCtx::transact`] with its own future state and the loans | once no save of its own is in flight, one transaction puts every state, each only if its key is still at the version seen; [`Durable::settled`] then gets [`Settled::Committed`] (with each lender's new version, to tell it) or [`Settled::NotCommitted`] |
//! | the committer tells a lender the outcome: [`DurableCtx::settle`] | the lender's [`Durable::settled`] gets it; on `Committed` the lender applies its change in memory, as the committer does |
//! | the outcome is in doubt: the store failed during the commit, the committer said `Unknown`, or no word came within the store's `loan_timeout` ([`crate::LOAN_TIMEOUT`] by default) | the process claims its own key again and compares the stored state with the one it gave: [`Durable::reload`] gets the stored state, then [`Durable::settled`] gets [`Settled::Reloaded`] with whether the transaction is in it |
//! | the committer's own key moved (another owner) | [`Settled::NotCommitted`], then the committer stops (`superseded`) |
//!
//! Why this is safe when any process or node dies at any instant: the store applies the
//! transaction whole or not at all, and every key in it only at the version its owner
//! last saw. A lender that claims its key again to resolve a doubt moves that version, so
//! a transaction still on its way can no longer commit: the claim's answer is the truth.
//! A lender saves nothing while lent, so the stored state equals the one it lent exactly
//! when the transaction committed. One joint transaction is open per process at a time;
//! a behaviour must not change what the transaction changes (gold, items) while it is
//! open — it applies its change when settled.
//!
//! Without a store (a volatile process) every step completes at once and `Committed`.

use hearth_engine::{Ctx, ExitReason, Reply, RequestId, TimerRef};
use hearth_store::snapshot;
use hearth_store::{Done, Key, OPS_PER_TXN_MAX, Op, Outcome, Txn, Version};

use super::{Durable, DurableCtx, DurableProcess, Keeper};
use crate::limits::RETRY_SAVE_AFTER;
use crate::store::Store;
use crate::writer::{Answer, SaveError};

/// A key lent to another process's joint transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loan {
    /// The lender's key.
    pub key: Key,
    /// The version the lender saw: the transaction puts the state only at this version.
    pub version: Version,
    /// The lender's state as the transaction leaves it (a snapshot, see
    /// `hearth_store::snapshot`); empty from a volatile lender.
    pub snapshot: Vec<u8>,
    /// The database the lender stores in ([`crate::Store::identity`]; 0: a volatile
    /// lender). A transaction takes loans only from its own database: two nodes with
    /// separate embedded stores cannot trade atomically, and are refused.
    pub store: u64,
}

/// How a joint transaction ended, for one of its processes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Settled {
    /// It committed: apply the change in memory. The committer gets each lender's new
    /// version to tell it (a lender gets an empty list).
    Committed {
        /// Each lender's key and new version.
        versions: Vec<(Key, Version)>,
    },
    /// It did not commit, and never will: nothing changed.
    NotCommitted(String),
    /// The outcome was in doubt: the stored state was loaded again and given to
    /// [`Durable::reload`] (changes after the last save are gone); `committed` says
    /// whether the transaction is in it.
    Reloaded {
        /// Whether the transaction committed.
        committed: bool,
    },
}

/// What a committer tells a lender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoanOutcome {
    /// Committed: the lender's key is now at this version.
    Committed {
        /// The new version.
        version: Version,
    },
    /// Not committed, and never will be.
    NotCommitted,
    /// The committer does not know (the store failed during the commit).
    Unknown,
}

/// The open joint transaction of a process.
pub(super) enum Joint {
    /// `lend` was called; waits for the save in flight.
    Lending { tag: u64, snapshot: Vec<u8> },
    /// Lent: waits for the committer (`timer` bounds the wait).
    Lent {
        tag: u64,
        snapshot: Vec<u8>,
        timer: Option<TimerRef>,
    },
    /// `transact` was called; waits for the save in flight.
    Pending {
        tag: u64,
        snapshot: Vec<u8>,
        loans: Vec<Loan>,
    },
    /// Our transaction is at the store.
    Committing {
        tag: u64,
        snapshot: Vec<u8>,
        loans: Vec<Loan>,
        request: RequestId,
    },
    /// In doubt: claiming our key again to learn the outcome (`request` is `None` while
    /// waiting to try again, `timer` set).
    Resolving {
        tag: u64,
        snapshot: Vec<u8>,
        request: Option<RequestId>,
        timer: Option<TimerRef>,
    },
}

impl Joint {
    /// The store request this joint transaction waits for, if any.
    pub(super) fn request(&self) -> Option<RequestId> {
        match self {
            Self::Committing { request, .. } => Some(*request),
            Self::Resolving { request, .. } => *request,
            _ => None,
        }
    }

    /// Its timer (the loan's wait, a resolve's retry), if any.
    pub(super) fn timer(&self) -> Option<TimerRef> {
        match self {
            Self::Lent { timer, .. } | Self::Resolving { timer, .. } => *timer,
            _ => None,
        }
    }
}

impl<B: Durable> DurableCtx<'_, '_, B> {
    /// Lends this process's key to a joint transaction another process commits; `state`
    /// is this process's state as the transaction leaves it. [`Durable::lent`] gets the
    /// loan (see the module docs for the whole exchange).
    ///
    /// # Errors
    /// [`SaveError::Invalid`] if a joint transaction is already open or `state` does not
    /// encode.
    pub fn lend(&mut self, tag: u64, state: &B::State) -> Result<(), SaveError> {
        let snapshot = self.open_joint(state)?;
        self.keeper.joint = Some(Joint::Lending { tag, snapshot });
        Ok(())
    }

    /// Commits this process's `state` (as the transaction leaves it) together with the
    /// lenders' states, all or none; [`Durable::settled`] gets the outcome.
    ///
    /// # Errors
    /// [`SaveError::Invalid`] if a joint transaction is already open, `state` does not
    /// encode, or the loans are malformed (too many, repeated, our own key, or from a
    /// lender stored in another database).
    pub fn transact(
        &mut self,
        tag: u64,
        state: &B::State,
        loans: Vec<Loan>,
    ) -> Result<(), SaveError> {
        self.check_loans(&loans)?;
        let snapshot = self.open_joint(state)?;
        self.keeper.joint = Some(Joint::Pending {
            tag,
            snapshot,
            loans,
        });
        Ok(())
    }

    /// A lender hears the outcome of the transaction it lent `tag` to. An outcome for a
    /// loan no longer open (already resolved) is ignored.
    pub fn settle(&mut self, tag: u64, outcome: LoanOutcome) {
        let open = matches!(
            &self.keeper.joint,
            Some(Joint::Lending { tag: own, .. } | Joint::Lent { tag: own, .. }) if *own == tag
        );
        if open {
            self.keeper.settling = Some(outcome);
        }
    }

    /// Whether a joint transaction is open (lent, committing or in doubt).
    pub fn in_joint(&self) -> bool {
        self.keeper.joint.is_some()
    }

    fn open_joint(&mut self, state: &B::State) -> Result<Vec<u8>, SaveError> {
        if self.keeper.joint.is_some() {
            return Err(SaveError::Invalid(
                "a joint transaction is already open".into(),
            ));
        }
        let mut snapshot = Vec::new();
        if self.keeper.store.is_some() {
            snapshot::encode(state, &mut snapshot)
                .map_err(|error| SaveError::Invalid(format!("state not encodable: {error}")))?;
        }
        Ok(snapshot)
    }

    fn check_loans(&self, loans: &[Loan]) -> Result<(), SaveError> {
        let invalid = |why: String| Err(SaveError::Invalid(why));
        if loans.len() >= OPS_PER_TXN_MAX {
            return invalid(format!(
                "{} loans: a transaction has at most {OPS_PER_TXN_MAX} keys",
                loans.len()
            ));
        }
        for (at, loan) in loans.iter().enumerate() {
            if loan.key == self.keeper.key || loans[..at].iter().any(|l| l.key == loan.key) {
                return invalid(format!("{} is in the transaction twice", loan.key));
            }
            let ours = self.keeper.store.as_ref().map_or(0, Store::identity);
            if loan.store != ours {
                return invalid(format!(
                    "{} is stored in another database than this process (a joint \
                     transaction needs one database: a cluster shares one PostgreSQL)",
                    loan.key
                ));
            }
        }
        Ok(())
    }
}

impl<B: Durable> DurableProcess<B> {
    /// Moves the open joint transaction on when it can (after a handler, after a save).
    pub(super) fn advance_joint(&mut self, ctx: &mut Ctx<'_, Self>) {
        if self.keeper.in_flight.is_some() {
            return;
        }
        if let Some(outcome) = self.keeper.settling.take() {
            return self.on_loan_outcome(outcome, ctx);
        }
        match self.keeper.joint.take() {
            Some(Joint::Lending { tag, snapshot }) => self.lend_now(tag, snapshot, ctx),
            Some(Joint::Pending {
                tag,
                snapshot,
                loans,
            }) => self.transact_now(tag, snapshot, loans, ctx),
            other => self.keeper.joint = other,
        }
    }

    fn lend_now(&mut self, tag: u64, snapshot: Vec<u8>, ctx: &mut Ctx<'_, Self>) {
        let loan = Loan {
            key: self.keeper.key,
            version: self.keeper.version,
            snapshot: snapshot.clone(),
            store: self.keeper.store.as_ref().map_or(0, Store::identity),
        };
        let timer = self
            .keeper
            .store
            .as_ref()
            .and_then(|store| ctx.start_timer(store.loan_timeout(), JOINT_TAG).ok());
        self.keeper.joint = Some(Joint::Lent {
            tag,
            snapshot,
            timer,
        });
        self.with_behaviour(ctx, |behaviour, cx| behaviour.lent(tag, loan, cx));
    }

    fn transact_now(
        &mut self,
        tag: u64,
        snapshot: Vec<u8>,
        loans: Vec<Loan>,
        ctx: &mut Ctx<'_, Self>,
    ) {
        if self.keeper.store.is_none() {
            let versions = loans.iter().map(|loan| (loan.key, 0)).collect();
            return self.end_joint(tag, Settled::Committed { versions }, ctx);
        }
        let mut ops = vec![Op::Put {
            key: self.keeper.key,
            expect: self.keeper.version,
            snapshot: snapshot.clone(),
        }];
        ops.extend(loans.iter().map(|loan| Op::Put {
            key: loan.key,
            expect: loan.version,
            snapshot: loan.snapshot.clone(),
        }));
        match self.keeper.ask(ctx, Txn { ops }, true) {
            Ok(request) => {
                self.keeper.joint = Some(Joint::Committing {
                    tag,
                    snapshot,
                    loans,
                    request,
                });
            }
            Err(refusal) => {
                let why = format!("not sent to the store: {refusal}");
                self.end_joint(tag, Settled::NotCommitted(why), ctx);
            }
        }
    }

    /// A lender hears the committer.
    fn on_loan_outcome(&mut self, outcome: LoanOutcome, ctx: &mut Ctx<'_, Self>) {
        let Some(joint) = self.keeper.joint.take() else {
            return;
        };
        if let Some(timer) = joint.timer() {
            ctx.cancel_timer(timer);
        }
        let (tag, snapshot) = match joint {
            Joint::Lending { tag, snapshot } | Joint::Lent { tag, snapshot, .. } => (tag, snapshot),
            other => {
                self.keeper.joint = Some(other);
                return;
            }
        };
        match outcome {
            LoanOutcome::Committed { version } => {
                self.keeper.version = version;
                let versions = Vec::new();
                self.end_joint(tag, Settled::Committed { versions }, ctx);
            }
            LoanOutcome::NotCommitted => {
                let why = "the committer did not commit".to_owned();
                self.end_joint(tag, Settled::NotCommitted(why), ctx);
            }
            LoanOutcome::Unknown => self.resolve(tag, snapshot, ctx),
        }
    }

    /// The store answered our joint transaction or our resolving claim.
    pub(super) fn on_joint_answer(&mut self, reply: Reply<Answer>, ctx: &mut Ctx<'_, Self>) {
        match self.keeper.joint.take() {
            Some(Joint::Committing {
                tag,
                snapshot,
                loans,
                request,
            }) if request == reply.request => {
                self.transacted(tag, snapshot, &loans, reply.value, ctx);
            }
            Some(Joint::Resolving {
                tag,
                snapshot,
                request: Some(request),
                ..
            }) if request == reply.request => self.resolved(tag, snapshot, reply.value, ctx),
            other => self.keeper.joint = other,
        }
    }

    fn transacted(
        &mut self,
        tag: u64,
        snapshot: Vec<u8>,
        loans: &[Loan],
        answer: Answer,
        ctx: &mut Ctx<'_, Self>,
    ) {
        match answer {
            Ok(Outcome::Committed(done)) => {
                let mut versions = done.iter().map(|done| match done {
                    Done::Put { version } => *version,
                    _ => 0,
                });
                if let Some(own) = versions.next() {
                    self.keeper.version = own;
                }
                let versions = loans.iter().map(|loan| loan.key).zip(versions).collect();
                self.end_joint(tag, Settled::Committed { versions }, ctx);
            }
            Ok(Outcome::Conflict { key, found }) if key == self.keeper.key => {
                let why = format!("{key} is at version {found}: another owner claimed it");
                self.end_joint(tag, Settled::NotCommitted(why), ctx);
                ctx.stop(ExitReason::custom("superseded"));
            }
            Ok(Outcome::Conflict { key, found }) => {
                let why = format!("{key} moved on to version {found}");
                self.end_joint(tag, Settled::NotCommitted(why), ctx);
            }
            Err(SaveError::Invalid(why)) => self.end_joint(tag, Settled::NotCommitted(why), ctx),
            Err(SaveError::Unavailable(_) | SaveError::Superseded) => {
                self.resolve(tag, snapshot, ctx);
            }
        }
    }

    /// In doubt: claim our key again (the claim fences any transaction still on its
    /// way) and compare what is stored with what the transaction would have stored.
    fn resolve(&mut self, tag: u64, snapshot: Vec<u8>, ctx: &mut Ctx<'_, Self>) {
        let claim = Op::Claim {
            key: self.keeper.key,
            owner: Keeper::owner(ctx.me()),
        };
        let (request, timer) = match self.keeper.ask(ctx, Txn::one(claim), true) {
            Ok(request) => (Some(request), None),
            Err(_) => (None, ctx.start_timer(RETRY_SAVE_AFTER, JOINT_TAG).ok()),
        };
        self.keeper.joint = Some(Joint::Resolving {
            tag,
            snapshot,
            request,
            timer,
        });
    }

    fn resolved(&mut self, tag: u64, snapshot: Vec<u8>, answer: Answer, ctx: &mut Ctx<'_, Self>) {
        let stored = match answer {
            Ok(Outcome::Committed(mut done)) => match done.pop() {
                Some(Done::Claimed { version, snapshot }) => Some((version, snapshot)),
                _ => None,
            },
            _ => None,
        };
        let Some((version, stored)) = stored else {
            // The store is still away: ask again a little later.
            let timer = ctx.start_timer(RETRY_SAVE_AFTER, JOINT_TAG).ok();
            self.keeper.joint = Some(Joint::Resolving {
                tag,
                snapshot,
                request: None,
                timer,
            });
            return;
        };
        let committed = !stored.is_empty() && stored == snapshot;
        let state = if stored.is_empty() {
            Ok(self.behaviour.fresh())
        } else {
            snapshot::decode::<B::State>(&stored)
        };
        let state = match state {
            Ok(state) => state,
            Err(error) => {
                let why = format!("{}: stored state refused: {error}", self.keeper.key);
                return ctx.stop(ExitReason::custom(why));
            }
        };
        self.keeper.version = version;
        self.keeper.dirty_since = None;
        self.keeper.save_by = None;
        self.keeper.cancel_flush_timer(ctx);
        self.with_behaviour(ctx, |behaviour, cx| behaviour.reload(state, cx));
        self.end_joint(tag, Settled::Reloaded { committed }, ctx);
    }

    /// The joint timer fired: a loan waited too long (in doubt), or a resolve retries.
    pub(super) fn on_joint_timer(&mut self, ctx: &mut Ctx<'_, Self>) {
        match self.keeper.joint.take() {
            Some(Joint::Lent { tag, snapshot, .. } | Joint::Resolving { tag, snapshot, .. }) => {
                self.resolve(tag, snapshot, ctx);
            }
            other => self.keeper.joint = other,
        }
    }

    /// Closes the joint transaction: the behaviour hears the outcome, then saving goes on.
    fn end_joint(&mut self, tag: u64, outcome: Settled, ctx: &mut Ctx<'_, Self>) {
        self.keeper.joint = None;
        self.with_behaviour(ctx, |behaviour, cx| behaviour.settled(tag, outcome, cx));
        self.after_save(ctx);
    }
}

impl Keeper {
    /// Whether `request` is the open joint transaction's.
    pub(super) fn joint_request(&self, request: RequestId) -> bool {
        self.joint.as_ref().and_then(Joint::request) == Some(request)
    }

    /// The open joint transaction's timer, if any.
    pub(super) fn joint_timer(&self) -> Option<TimerRef> {
        self.joint.as_ref().and_then(Joint::timer)
    }
}

/// The tag of the joint transaction's timer.
const JOINT_TAG: u64 = u64::MAX - 1;
