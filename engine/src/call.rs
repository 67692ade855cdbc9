//! Requests with a deadline: the seed's `notify(sender, receiver, msg, timeout)`, and
//! `call` (the same with OTP's 5 s default).
//!
//! # Contract
//! Every request ends in **exactly one** of:
//! - a [`Reply`] delivered to the caller (as its message type, via `From<Reply<R>>`),
//!   when the reply reaches the caller's shard before the deadline — this cancels the
//!   timer;
//! - a [`crate::SystemMsg::Timeout`] naming the request, when the deadline passes first.
//!   A reply arriving after that is dropped, never delivered late.
//!
//! Late policies (the seed's two kinds of soft-real-time operation):
//! - *cancel* (the default): the server can see the deadline ([`ReplyTo::deadline_ns`],
//!   `Ctx::is_late`) and skip work whose answer would be dropped; the caller gets one
//!   `Timeout`;
//! - *retry*: on each expiry the request is sent again, up to N times, with the same
//!   [`RequestId`]; a reply to any attempt completes it. The operation must therefore be
//!   idempotent. After the last attempt expires the caller gets the `Timeout`.
//!
//! Requests never block the caller: it goes on handling messages until the reply or the
//! timeout arrives, so call cycles (A calls B calls A) cannot deadlock.

use std::any::{Any, TypeId};
use std::time::Duration;

use hearth_timers::TimerHandle;

use crate::pid::{Pid, RequestId};
use crate::shard::Shard;

/// The answer to a request, delivered to the caller as `C::Msg::from(Reply { .. })`.
#[derive(Debug)]
pub struct Reply<R> {
    /// Which request this answers.
    pub request: RequestId,
    /// The answer.
    pub value: R,
}

/// Where and how to answer one request; carried inside the request message.
pub struct ReplyTo<R> {
    pub(crate) caller: Pid,
    pub(crate) request: RequestId,
    pub(crate) deadline_ns: u64,
    pub(crate) deliver: fn(&mut Shard, Pid, RequestId, R),
}

impl<R> ReplyTo<R> {
    /// The process waiting for the answer.
    pub fn caller(&self) -> Pid {
        self.caller
    }

    /// The request being answered.
    pub fn request(&self) -> RequestId {
        self.request
    }

    /// When the caller stops waiting, in shard-clock nanoseconds (see `Ctx::is_late`).
    pub fn deadline_ns(&self) -> u64 {
        self.deadline_ns
    }
}

impl<R> Clone for ReplyTo<R> {
    fn clone(&self) -> Self {
        Self {
            caller: self.caller,
            request: self.request,
            deadline_ns: self.deadline_ns,
            deliver: self.deliver,
        }
    }
}

impl<R> std::fmt::Debug for ReplyTo<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReplyTo({} {:?})", self.caller, self.request)
    }
}

/// Resends a request on expiry (retry policy); `false` if it could not be sent.
pub(crate) type Resend = Box<dyn FnMut(&mut Shard, RequestId, u64) -> bool>;

pub(crate) struct Retry {
    pub(crate) left: u32,
    pub(crate) timeout: Duration,
    pub(crate) resend: Resend,
}

/// A request waiting for its reply.
pub(crate) struct PendingCall {
    seq: u32,
    pub(crate) caller: Pid,
    pub(crate) timer: TimerHandle,
    pub(crate) retry: Option<Retry>,
    pub(crate) sink: ReplySink,
}

/// How a reply value of some type reaches the caller, for replies that arrive without
/// their local delivery function (from another node): a function monomorphised at call
/// time for the reply type `R`. It is handed the value as `&mut Option<R>` behind
/// `dyn Any`, so a value of another type is refused by the downcast (no unsafe code).
#[derive(Clone, Copy)]
pub(crate) struct ReplySink {
    /// `TypeId` of `Option<R>`.
    value_type: TypeId,
    deliver: fn(&mut Shard, Pid, RequestId, &mut dyn Any) -> bool,
}

impl ReplySink {
    /// Replies of type `R` delivered as `M::from(Reply { .. })`.
    pub(crate) fn of<M, R>() -> Self
    where
        M: From<Reply<R>> + Send + 'static,
        R: Send + 'static,
    {
        Self {
            value_type: TypeId::of::<Option<R>>(),
            deliver: sink_deliver::<M, R>,
        }
    }

    /// Remote spawn answers, delivered as [`crate::SystemMsg::Spawned`].
    pub(crate) fn spawned() -> Self {
        Self {
            value_type: TypeId::of::<Option<Result<Pid, crate::RemoteSpawnError>>>(),
            deliver: sink_spawned,
        }
    }

    /// Delivers `value` (an `Option<R>` of the sink's reply type, taken when delivered)
    /// to `caller`; `false` if the type is not the sink's.
    pub(crate) fn deliver(
        self,
        shard: &mut Shard,
        caller: Pid,
        request: RequestId,
        value: &mut dyn Any,
    ) -> bool {
        (self.deliver)(shard, caller, request, value)
    }

    /// Whether `value` is of the sink's reply type (an `Option<R>`), without touching it.
    pub(crate) fn accepts(self, value: &dyn Any) -> bool {
        value.type_id() == self.value_type
    }
}

fn sink_deliver<M, R>(
    shard: &mut Shard,
    caller: Pid,
    request: RequestId,
    value: &mut dyn Any,
) -> bool
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    let Some(slot) = value.downcast_mut::<Option<R>>() else {
        return false;
    };
    if let Some(value) = slot.take() {
        shard.deliver_reply_message(caller, M::from(Reply { request, value }));
    }
    true
}

fn sink_spawned(shard: &mut Shard, caller: Pid, request: RequestId, value: &mut dyn Any) -> bool {
    let Some(slot) = value.downcast_mut::<Option<Result<Pid, crate::RemoteSpawnError>>>() else {
        return false;
    };
    if let Some(result) = slot.take() {
        shard.deliver_system(caller, crate::SystemMsg::Spawned { request, result });
    }
    true
}

/// The requests of one shard's processes that await a reply (bookkeeping only; the
/// shard arms and cancels their timers).
#[derive(Default)]
pub(crate) struct Calls {
    pending: slab::Slab<PendingCall>,
    seq: u32,
}

impl Calls {
    /// Opens a request of `caller`: `arm(key, seq)` arms its timeout; `None` (nothing
    /// kept) when it cannot. Returns the request's key and sequence.
    pub(crate) fn open(
        &mut self,
        caller: Pid,
        sink: ReplySink,
        arm: impl FnOnce(u32, u32) -> Option<TimerHandle>,
    ) -> Option<(u32, u32)> {
        let entry = self.pending.vacant_entry();
        let key = u32::try_from(entry.key()).ok()?;
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        let timer = arm(key, seq)?;
        entry.insert(PendingCall {
            seq,
            caller,
            timer,
            retry: None,
            sink,
        });
        Some((key, seq))
    }

    /// The pending call with `key` and `seq`.
    pub(crate) fn get_mut(&mut self, key: u32, seq: u32) -> Option<&mut PendingCall> {
        self.pending
            .get_mut(key as usize)
            .filter(|call| call.seq == seq)
    }

    /// Removes the pending call with `key` and `seq`.
    pub(crate) fn remove(&mut self, key: u32, seq: u32) -> Option<PendingCall> {
        self.get_mut(key, seq)?;
        Some(self.pending.remove(key as usize))
    }
}
