//! The durable process behaviour: a process whose state is loaded when it starts, saved
//! as it changes, and found again after a crash — Orleans' persistent state or Akka
//! Persistence, in Hearth's shape.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | the process starts | [`Durable::before_claim`] runs (names are taken there); then it **claims** its key (fencing any earlier owner) and loads the stored state — or [`Durable::fresh`] if none; messages arriving meanwhile wait (at most [`STASH_MAX`]), then [`Durable::start`] runs and they are handled in order |
//! | a handler calls [`DurableCtx::changed`] | **write-behind**: the state is saved within the store's `flush_after` of its first unsaved change, one save for all changes in between |
//! | a handler calls [`DurableCtx::changed_lazily`] | write-behind within the store's `lazy_after` (5 s by default; each save at a random point of the bound's last quarter, so processes started together do not save together): for state that changes often and costs little to lose (a position) |
//! | a handler calls [`DurableCtx::changed_within`] with a bound | write-behind with a bound of its own (a policy per kind of change): unsaved changes are saved by the earliest of their bounds |
//! | a handler calls [`DurableCtx::commit`] with a tag | **write-through**: the state is saved as soon as the save before it is done; [`Durable::committed`] gets the tag with `Ok` once it is durable, or `Err` ([`SaveError::Unavailable`] when the store is slow or stopped — play goes on, the state stays unsaved and is tried again) |
//! | a save finds the key at another version | another owner claimed it (a restart elsewhere, a node back from a partition): pending commits get [`SaveError::Superseded`] and the process stops with reason `superseded` — it must not go on as owner |
//! | the store does not answer within [`ANSWER_DEADLINE`] | the process stops (`store_timeout`); a supervisor restarts it from storage |
//! | it stops normally (`normal`, `shutdown`) with unsaved changes | a last write-behind save is sent (unless a save is still in flight: changes after that one are lost); a restart that claims before it lands wins, and the save is refused |
//! | it is killed or crashes | nothing more is saved: a restart loads the last commit (the loss window) |
//!
//! A supervisor restarting a durable process therefore restarts it from its stored
//! state, not empty. One save is in flight per process at a time, so saves of one
//! process commit in order.

use std::collections::VecDeque;
use std::time::Duration;

use hearth_engine::{Ctx, ExitReason, Process, Reply, RequestId, SystemMsg, TimerRef};
use hearth_store::snapshot::{self, Snapshot};
use hearth_store::{Done, Key, Op, Outcome, Owner, Txn, Version};

use crate::limits::{ANSWER_DEADLINE, FLUSH_AFTER_MIN, LAZY_SPREAD, RETRY_SAVE_AFTER, STASH_MAX};

mod joint;

use crate::store::Store;
use crate::writer::{Answer, Request, SaveError, WriterMsg};
use joint::Joint;
pub use joint::{Loan, LoanOutcome, Settled};

/// A process with durable state (see the module docs for the contract).
pub trait Durable: Sized + 'static {
    /// Its messages. (The store's answers come as system messages: they need no variant.)
    type Msg: Send + 'static;
    /// The state that is stored.
    type State: Snapshot;

    /// The key its state is stored under.
    fn key(&self) -> Key;

    /// Runs first, before the key is claimed: take the process's names here, so that a
    /// process that must not run (a second one of its key, racing the first) ends before
    /// its claim fences the one that runs. The default does nothing.
    ///
    /// # Errors
    /// `Err(reason)` stops the process with that reason; nothing is claimed.
    fn before_claim(&mut self, ctx: &mut Ctx<'_, DurableProcess<Self>>) -> Result<(), ExitReason> {
        let _ = ctx;
        Ok(())
    }

    /// The state when nothing is stored yet.
    fn fresh(&self) -> Self::State;

    /// Takes the loaded (or fresh) state; runs before any message is handled.
    ///
    /// # Errors
    /// `Err(reason)` stops the process with that reason.
    fn start(
        &mut self,
        state: Self::State,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) -> Result<(), ExitReason>;

    /// The state as it is now (what a save stores).
    fn state(&self) -> &Self::State;

    /// Handles one message.
    fn handle(&mut self, message: Self::Msg, cx: &mut DurableCtx<'_, '_, Self>);

    /// Handles a system message; the default behaves as [`Process::handle_system`]'s.
    fn handle_system(&mut self, message: SystemMsg, cx: &mut DurableCtx<'_, '_, Self>) {
        if let SystemMsg::Exit { from, reason } = message
            && (from.is_shard() || Some(from) == cx.parent())
        {
            cx.stop(reason);
        }
    }

    /// A write-through save with `tag` is durable (`Ok`) or was not made (`Err`).
    fn committed(
        &mut self,
        tag: u64,
        result: Result<(), SaveError>,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) {
        let _ = (tag, result, cx);
    }

    /// A loan asked with [`DurableCtx::lend`] is ready: send it to the committer (see
    /// the joint transaction contract in `joint.rs`).
    fn lent(&mut self, tag: u64, loan: Loan, cx: &mut DurableCtx<'_, '_, Self>) {
        let _ = (tag, loan, cx);
    }

    /// The joint transaction `tag` (lent or committed) ended.
    fn settled(&mut self, tag: u64, outcome: Settled, cx: &mut DurableCtx<'_, '_, Self>) {
        let _ = (tag, outcome, cx);
    }

    /// After a joint transaction in doubt, the stored state replaces the one in memory.
    /// The default stops the process (`reloaded`) so that its supervisor restarts it
    /// from storage: a behaviour that lends or transacts and lives on implements it.
    fn reload(&mut self, state: Self::State, cx: &mut DurableCtx<'_, '_, Self>) {
        let _ = state;
        cx.stop(ExitReason::custom("reloaded"));
    }

    /// Runs when the process stops itself or panics.
    fn terminate(&mut self, reason: &ExitReason, cx: &mut DurableCtx<'_, '_, Self>) {
        let _ = (reason, cx);
    }

    /// Says what the state is, for observers (see [`Process::status`]); the process adds
    /// its key and what is unsaved first. The default says nothing more.
    fn status(&self, status: &mut hearth_engine::Status) {
        let _ = status;
    }
}

/// The process that runs a [`Durable`] behaviour: spawn this.
pub struct DurableProcess<B: Durable> {
    behaviour: B,
    keeper: Keeper,
    phase: Phase<B::Msg>,
}

enum Phase<M> {
    /// Waiting for the claim's answer; messages wait in order.
    Claiming {
        request: RequestId,
        stash: VecDeque<M>,
    },
    /// Running.
    Live,
}

/// The persistence side of a durable process: its version, what is unsaved, what is in
/// flight.
struct Keeper {
    key: Key,
    /// `None`: volatile (see [`DurableProcess::volatile`]).
    store: Option<Store>,
    version: Version,
    /// When the oldest unsaved change was made (shard clock), if any.
    dirty_since: Option<Duration>,
    /// When the unsaved changes must be saved by (shard clock): the earliest of their
    /// bounds.
    save_by: Option<Duration>,
    /// Tags of write-through saves waiting for the next save.
    waiting: Vec<u64>,
    /// The write-behind timer, and when it fires (shard clock).
    flush_timer: Option<(TimerRef, Duration)>,
    /// A write-through waits: save as soon as no save is in flight.
    save_now: bool,
    in_flight: Option<InFlight>,
    /// The open joint transaction (saves of our own wait while it is open).
    joint: Option<Joint>,
    /// A lender's outcome heard in a handler, applied after it.
    settling: Option<LoanOutcome>,
}

struct InFlight {
    request: RequestId,
    tags: Vec<u64>,
    changed_at: Duration,
}

/// What a durable behaviour's handlers get: the process's [`Ctx`] (through `Deref`) and
/// its persistence.
pub struct DurableCtx<'c, 'a, B: Durable> {
    ctx: &'c mut Ctx<'a, DurableProcess<B>>,
    keeper: &'c mut Keeper,
}

impl<'a, B: Durable> std::ops::Deref for DurableCtx<'_, 'a, B> {
    type Target = Ctx<'a, DurableProcess<B>>;
    fn deref(&self) -> &Self::Target {
        self.ctx
    }
}

impl<B: Durable> std::ops::DerefMut for DurableCtx<'_, '_, B> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.ctx
    }
}

impl<B: Durable> DurableCtx<'_, '_, B> {
    /// The state changed: save it write-behind (see the module docs).
    pub fn changed(&mut self) {
        let bound = self.keeper.flush_after();
        self.keeper.changed(self.ctx, bound);
    }

    /// The state changed in a way that costs little to lose and changes often (a
    /// position): save it within the store's `lazy_after` (5 s by default) — write-behind
    /// with the node's lazy bound. Other unsaved changes keep their own, earlier bounds.
    pub fn changed_lazily(&mut self) {
        let lazy = self.keeper.lazy_after();
        // One draw per save: later changes before it would otherwise pull it ever earlier.
        let bound = if self.keeper.save_by.is_none() {
            lazy.mul_f64(1.0 - LAZY_SPREAD * fastrand::f64())
        } else {
            lazy
        };
        self.keeper.changed(self.ctx, bound);
    }

    /// The state changed, and this change may wait up to `bound` to be saved
    /// (write-behind with a bound of its own: a policy per kind of change, e.g. a
    /// position saved within a second while progress is saved within the store's
    /// `flush_after`). Unsaved changes are saved by the earliest of their bounds.
    pub fn changed_within(&mut self, bound: Duration) {
        self.keeper.changed(self.ctx, bound);
    }

    /// The state changed and the change must be durable before it is acknowledged: save
    /// it write-through; [`Durable::committed`] gets `tag` with the result.
    pub fn commit(&mut self, tag: u64) {
        self.keeper.waiting.push(tag);
        let bound = self.keeper.flush_after();
        self.keeper.changed(self.ctx, bound);
        self.keeper.save_now = true;
    }

    /// The key's version this process last saw (0 before the claim).
    pub fn version(&self) -> Version {
        self.keeper.version
    }

    /// Whether some change is not yet durable (unsaved, or its save not yet committed).
    pub fn unsaved(&self) -> bool {
        self.keeper.dirty_since.is_some() || self.keeper.in_flight.is_some()
    }
}

impl<B: Durable> DurableProcess<B> {
    /// A durable process running `behaviour`, storing through `store`.
    pub fn new(behaviour: B, store: Store) -> Self {
        Self::with_store(behaviour, Some(store))
    }

    /// The same behaviour without storage (a node run without a store, a benchmark's
    /// baseline): it starts at once from [`Durable::fresh`], saves nothing, and a
    /// write-through's tag is reported `Ok` when its handler returns — nothing is durable.
    pub fn volatile(behaviour: B) -> Self {
        Self::with_store(behaviour, None)
    }

    /// [`DurableProcess::new`] with a store, [`DurableProcess::volatile`] without.
    pub fn with_store(behaviour: B, store: Option<Store>) -> Self {
        let key = behaviour.key();
        Self {
            behaviour,
            keeper: Keeper {
                key,
                store,
                version: 0,
                dirty_since: None,
                save_by: None,
                waiting: Vec::new(),
                flush_timer: None,
                save_now: false,
                in_flight: None,
                joint: None,
                settling: None,
            },
            phase: Phase::Live,
        }
    }

    /// Runs `call` on the behaviour with a [`DurableCtx`], then saves if a write-through
    /// asked for it.
    fn with_behaviour(
        &mut self,
        ctx: &mut Ctx<'_, Self>,
        call: impl FnOnce(&mut B, &mut DurableCtx<'_, '_, B>),
    ) {
        let mut cx = DurableCtx {
            ctx,
            keeper: &mut self.keeper,
        };
        call(&mut self.behaviour, &mut cx);
        if self.keeper.save_now && self.keeper.in_flight.is_none() {
            self.save(ctx);
        }
        self.advance_joint(ctx);
    }

    /// Sends the state as it is now, if it has unsaved changes and no save is in flight.
    fn save(&mut self, ctx: &mut Ctx<'_, Self>) {
        let keeper = &mut self.keeper;
        if keeper.in_flight.is_some() || keeper.joint.is_some() {
            // The save in flight (or the joint transaction) is followed by this one when
            // it is answered.
            return;
        }
        keeper.save_now = false;
        keeper.cancel_flush_timer(ctx);
        if keeper.store.is_none() {
            keeper.dirty_since = None;
            keeper.save_by = None;
            let tags = std::mem::take(&mut keeper.waiting);
            self.tell_committed(ctx, tags, Ok(()));
            return;
        }
        let Some(changed_at) = keeper.dirty_since else {
            return;
        };
        let mut bytes = Vec::new();
        if let Err(error) = snapshot::encode(self.behaviour.state(), &mut bytes) {
            ctx.stop(ExitReason::custom(format!(
                "{}: state not encodable: {error}",
                keeper.key
            )));
            return;
        }
        let put = Op::Put {
            key: keeper.key,
            expect: keeper.version,
            snapshot: bytes,
        };
        let urgent = !keeper.waiting.is_empty();
        match keeper.ask(ctx, Txn::one(put), urgent) {
            Ok(request) => {
                keeper.dirty_since = None;
                keeper.save_by = None;
                keeper.in_flight = Some(InFlight {
                    request,
                    tags: std::mem::take(&mut keeper.waiting),
                    changed_at,
                });
            }
            Err(refusal) => {
                let tags = std::mem::take(&mut keeper.waiting);
                keeper.retry_later(ctx);
                self.tell_committed(ctx, tags, Err(refusal));
            }
        }
    }

    fn tell_committed(
        &mut self,
        ctx: &mut Ctx<'_, Self>,
        tags: Vec<u64>,
        result: Result<(), SaveError>,
    ) {
        for tag in tags {
            let result = result.clone();
            self.with_behaviour(ctx, |behaviour, cx| behaviour.committed(tag, result, cx));
        }
    }

    fn on_answer(&mut self, reply: Reply<Answer>, ctx: &mut Ctx<'_, Self>) {
        if self.keeper.joint_request(reply.request) {
            return self.on_joint_answer(reply, ctx);
        }
        match &mut self.phase {
            Phase::Claiming { request, .. } if *request == reply.request => {
                self.claimed(reply.value, ctx);
            }
            _ => match self.keeper.in_flight.take() {
                Some(in_flight) if in_flight.request == reply.request => {
                    self.saved(in_flight, reply.value, ctx);
                    self.advance_joint(ctx);
                }
                other => self.keeper.in_flight = other,
            },
        }
    }

    fn claimed(&mut self, answer: Answer, ctx: &mut Ctx<'_, Self>) {
        let Phase::Claiming { stash, .. } = std::mem::replace(&mut self.phase, Phase::Live) else {
            return;
        };
        let loaded = match answer {
            Ok(Outcome::Committed(mut done)) => match done.pop() {
                Some(Done::Claimed { version, snapshot }) => Ok((version, snapshot)),
                other => Err(format!("claim answered with {other:?}")),
            },
            Ok(Outcome::Conflict { .. }) => Err("a claim cannot conflict".into()),
            Err(error) => Err(error.to_string()),
        };
        let (version, bytes) = match loaded {
            Ok(loaded) => loaded,
            Err(why) => {
                ctx.stop(ExitReason::custom(format!(
                    "{}: not loaded: {why}",
                    self.keeper.key
                )));
                return;
            }
        };
        self.keeper.version = version;
        let state = if bytes.is_empty() {
            Ok(self.behaviour.fresh())
        } else {
            snapshot::decode::<B::State>(&bytes)
        };
        let state = match state {
            Ok(state) => state,
            Err(error) => {
                ctx.stop(ExitReason::custom(format!(
                    "{}: stored state refused: {error}",
                    self.keeper.key
                )));
                return;
            }
        };
        let mut started = Ok(());
        self.with_behaviour(ctx, |behaviour, cx| started = behaviour.start(state, cx));
        if let Err(reason) = started {
            ctx.stop(reason);
            return;
        }
        for message in stash {
            if ctx.stopping() {
                break;
            }
            self.with_behaviour(ctx, |behaviour, cx| behaviour.handle(message, cx));
        }
    }

    fn saved(&mut self, in_flight: InFlight, answer: Answer, ctx: &mut Ctx<'_, Self>) {
        match answer {
            Ok(Outcome::Committed(done)) => {
                if let Some(Done::Put { version }) = done.first() {
                    self.keeper.version = *version;
                }
                let waited = ctx.now().saturating_sub(in_flight.changed_at);
                if let Some(store) = &self.keeper.store {
                    store.stats_sink().saved_after(waited);
                }
                self.tell_committed(ctx, in_flight.tags, Ok(()));
                self.after_save(ctx);
            }
            Ok(Outcome::Conflict { found, .. }) => {
                let why = format!(
                    "{} is at version {found}, not {}: another owner claimed it",
                    self.keeper.key, self.keeper.version
                );
                self.tell_committed(ctx, in_flight.tags, Err(SaveError::Superseded));
                tracing::info!(%why, "a durable process was superseded");
                ctx.stop(ExitReason::custom("superseded"));
            }
            Err(refusal) => {
                // Not saved: the changes are unsaved again, as old as they were.
                let since = self
                    .keeper
                    .dirty_since
                    .map_or(in_flight.changed_at, |later| {
                        later.min(in_flight.changed_at)
                    });
                self.keeper.dirty_since = Some(since);
                self.keeper.retry_later(ctx);
                let retry_at = ctx.now() + RETRY_SAVE_AFTER;
                self.keeper.save_by =
                    Some(self.keeper.save_by.map_or(retry_at, |by| by.min(retry_at)));
                self.tell_committed(ctx, in_flight.tags, Err(refusal));
            }
        }
    }

    /// After a save: save again at once if a write-through waits, else arm the
    /// write-behind timer for changes made meanwhile.
    fn after_save(&mut self, ctx: &mut Ctx<'_, Self>) {
        if self.keeper.save_now {
            self.save(ctx);
        } else if self.keeper.dirty_since.is_some() {
            self.keeper.arm_for_save_by(ctx);
        }
    }
}

impl Keeper {
    fn changed(&mut self, ctx: &mut Ctx<'_, impl Process>, bound: Duration) {
        if self.store.is_none() {
            return;
        }
        let now = ctx.now();
        if self.dirty_since.is_none() {
            self.dirty_since = Some(now);
        }
        let due = now + bound.max(FLUSH_AFTER_MIN);
        self.save_by = Some(self.save_by.map_or(due, |by| by.min(due)));
        if self.in_flight.is_none() {
            self.arm_for_save_by(ctx);
        }
    }

    /// Arms the write-behind timer for `save_by`, moving it earlier if it is set later.
    fn arm_for_save_by(&mut self, ctx: &mut Ctx<'_, impl Process>) {
        let Some(by) = self.save_by else {
            return;
        };
        if self.flush_timer.is_some_and(|(_, fires)| fires <= by) {
            return;
        }
        self.cancel_flush_timer(ctx);
        let delay = by.saturating_sub(ctx.now());
        self.arm_flush_timer(ctx, delay);
    }

    fn flush_after(&self) -> Duration {
        self.store
            .as_ref()
            .map_or(Duration::ZERO, Store::flush_after)
    }

    fn lazy_after(&self) -> Duration {
        self.store
            .as_ref()
            .map_or(Duration::ZERO, Store::lazy_after)
    }

    fn arm_flush_timer(&mut self, ctx: &mut Ctx<'_, impl Process>, delay: Duration) {
        if self.flush_timer.is_none() {
            let fires = ctx.now() + delay;
            self.flush_timer = ctx
                .start_timer(delay, FLUSH_TAG)
                .ok()
                .map(|timer| (timer, fires));
        }
    }

    fn cancel_flush_timer(&mut self, ctx: &mut Ctx<'_, impl Process>) {
        if let Some((timer, _)) = self.flush_timer.take() {
            ctx.cancel_timer(timer);
        }
    }

    fn retry_later(&mut self, ctx: &mut Ctx<'_, impl Process>) {
        self.cancel_flush_timer(ctx);
        self.arm_flush_timer(ctx, RETRY_SAVE_AFTER);
    }

    /// Sends `txn` to this shard's writer; the answer comes back as a system message.
    fn ask(
        &mut self,
        ctx: &mut Ctx<'_, impl Process>,
        txn: Txn,
        urgent: bool,
    ) -> Result<RequestId, SaveError> {
        let Some(store) = &self.store else {
            return Err(SaveError::Unavailable("no store".into()));
        };
        let writer = store.writer(ctx.shard());
        ctx.ask(
            writer,
            |answer| {
                WriterMsg::Apply(Request {
                    txn,
                    answer,
                    urgent,
                })
            },
            ANSWER_DEADLINE,
        )
        .map_err(|error| SaveError::Unavailable(format!("the store's writer: {error}")))
    }

    fn owner(pid: hearth_engine::Pid) -> Owner {
        let bytes = pid.to_bytes();
        bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x100_0000_01b3)
        })
    }
}

/// The tag of a durable process's own write-behind timer.
const FLUSH_TAG: u64 = u64::MAX;

impl<B: Durable> Process for DurableProcess<B> {
    type Msg = B::Msg;

    fn status(&self, status: &mut hearth_engine::Status) {
        let keeper = &self.keeper;
        status.field("key", keeper.key);
        match (&self.phase, &keeper.store) {
            (_, None) => status.field("stored", "no (volatile)"),
            (Phase::Claiming { stash, .. }, Some(_)) => {
                status.field("stored", format_args!("claiming, {} waiting", stash.len()))
            }
            (Phase::Live, Some(_)) => status.field(
                "stored",
                format_args!(
                    "version {}{}{}",
                    keeper.version,
                    if keeper.dirty_since.is_some() {
                        ", unsaved changes"
                    } else {
                        ""
                    },
                    if keeper.in_flight.is_some() {
                        ", saving"
                    } else {
                        ""
                    },
                ),
            ),
        };
        self.behaviour.status(status);
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        self.behaviour.before_claim(ctx)?;
        if self.keeper.store.is_none() {
            let state = self.behaviour.fresh();
            let mut started = Ok(());
            self.with_behaviour(ctx, |behaviour, cx| started = behaviour.start(state, cx));
            return started;
        }
        let claim = Op::Claim {
            key: self.keeper.key,
            owner: Keeper::owner(ctx.me()),
        };
        let request = self
            .keeper
            .ask(ctx, Txn::one(claim), true)
            .map_err(|error| {
                ExitReason::custom(format!("{}: not loaded: {error}", self.keeper.key))
            })?;
        self.phase = Phase::Claiming {
            request,
            stash: VecDeque::new(),
        };
        Ok(())
    }

    fn handle(&mut self, message: B::Msg, ctx: &mut Ctx<'_, Self>) {
        match &mut self.phase {
            Phase::Claiming { stash, .. } => {
                if stash.len() >= STASH_MAX {
                    ctx.stop(ExitReason::custom("stash overflow"));
                } else {
                    stash.push_back(message);
                }
            }
            Phase::Live => self.with_behaviour(ctx, |behaviour, cx| behaviour.handle(message, cx)),
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { timer, .. }
                if self
                    .keeper
                    .flush_timer
                    .is_some_and(|(flush, _)| flush == timer) =>
            {
                self.keeper.flush_timer = None;
                self.save(ctx);
            }
            SystemMsg::Timer { timer, .. } if Some(timer) == self.keeper.joint_timer() => {
                self.on_joint_timer(ctx);
            }
            SystemMsg::Timeout { request } if self.is_own_request(request) => {
                ctx.stop(ExitReason::custom("store_timeout"));
            }
            SystemMsg::Answer { request, value } if self.is_own_request(request) => {
                match value.downcast::<Answer>() {
                    Ok(value) => self.on_answer(
                        Reply {
                            request,
                            value: *value,
                        },
                        ctx,
                    ),
                    Err(_) => {
                        ctx.stop(ExitReason::custom("the store answered with a foreign type"))
                    }
                }
            }
            message => {
                if let Phase::Live = self.phase {
                    self.with_behaviour(ctx, |behaviour, cx| behaviour.handle_system(message, cx));
                } else if let SystemMsg::Exit { from, reason } = message
                    && (from.is_shard() || Some(from) == ctx.parent())
                {
                    ctx.stop(reason);
                }
            }
        }
    }

    fn terminate(&mut self, reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        if let Phase::Claiming { .. } = self.phase {
            return;
        }
        self.with_behaviour(ctx, |behaviour, cx| behaviour.terminate(reason, cx));
        let graceful = matches!(reason, ExitReason::Normal | ExitReason::Shutdown);
        if graceful && self.keeper.in_flight.is_none() && self.keeper.joint.is_none() {
            self.save(ctx);
        }
    }
}

impl<B: Durable> DurableProcess<B> {
    fn is_own_request(&self, request: RequestId) -> bool {
        let claiming =
            matches!(&self.phase, Phase::Claiming { request: own, .. } if *own == request);
        let saving = self
            .keeper
            .in_flight
            .as_ref()
            .is_some_and(|in_flight| in_flight.request == request);
        claiming || saving || self.keeper.joint_request(request)
    }
}
