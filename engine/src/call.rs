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

use std::time::Duration;

use hearth_timers::TimerHandle;

use crate::core::ShardCore;
use crate::parcel::{Parcel, Payload};
use crate::pid::{Pid, RequestId};
use crate::process::SystemMsg;

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
    pub(crate) deliver: fn(&mut ShardCore, Pid, RequestId, R),
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
pub(crate) type Resend = Box<dyn FnMut(&mut ShardCore, RequestId, u64) -> bool>;

struct Retry {
    left: u32,
    timeout: Duration,
    resend: Resend,
}

struct PendingCall {
    seq: u32,
    caller: Pid,
    timer: TimerHandle,
    retry: Option<Retry>,
    sink: ReplySink,
}

/// How a reply value of some type reaches the caller, for replies that arrive without
/// their local delivery function (from another node): the value's type, and a function
/// monomorphised at call time that moves it out and delivers it.
#[derive(Clone, Copy)]
pub(crate) struct ReplySink {
    reply_type: std::any::TypeId,
    deliver: unsafe fn(&mut ShardCore, Pid, RequestId, *mut ()),
}

impl ReplySink {
    /// Replies of type `R` delivered as `M::from(Reply { .. })`.
    pub(crate) fn of<M, R>() -> Self
    where
        M: From<Reply<R>> + Send + 'static,
        R: Send + 'static,
    {
        Self {
            reply_type: std::any::TypeId::of::<R>(),
            deliver: sink_deliver::<M, R>,
        }
    }

    /// Remote spawn answers, delivered as [`SystemMsg::Spawned`].
    pub(crate) fn spawned() -> Self {
        Self {
            reply_type: std::any::TypeId::of::<Result<Pid, crate::RemoteSpawnError>>(),
            deliver: sink_spawned,
        }
    }
}

/// # Safety
/// `value` points to an `R` that is moved out here.
unsafe fn sink_deliver<M, R>(core: &mut ShardCore, caller: Pid, request: RequestId, value: *mut ())
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    // SAFETY: the caller checked `reply_type` is `R` and hands the value over.
    let value = unsafe { value.cast::<R>().read() };
    core.deliver_unbounded(caller, M::from(Reply { request, value }));
}

/// # Safety
/// `value` points to a `Result<Pid, RemoteSpawnError>` that is moved out here.
unsafe fn sink_spawned(core: &mut ShardCore, caller: Pid, request: RequestId, value: *mut ()) {
    // SAFETY: the caller checked the type and hands the value over.
    let result = unsafe { value.cast::<Result<Pid, crate::RemoteSpawnError>>().read() };
    core.deliver_system(caller, SystemMsg::Spawned { request, result });
}

/// The requests of one shard's processes that await a reply.
#[derive(Default)]
pub(crate) struct Calls {
    pending: slab::Slab<PendingCall>,
    seq: u32,
}

impl ShardCore {
    /// Registers a request of `caller` that times out after `timeout`. The caller sends
    /// the request itself and calls [`ShardCore::abandon_call`] if that fails.
    pub(crate) fn open_call(
        &mut self,
        caller: Pid,
        timeout: Duration,
        sink: ReplySink,
    ) -> Option<(RequestId, u64)> {
        let entry = self.calls.pending.vacant_entry();
        let key = u32::try_from(entry.key()).ok()?;
        self.calls.seq = self.calls.seq.wrapping_add(1);
        let seq = self.calls.seq;
        let deadline_ns = self
            .clock
            .now_ns()
            .saturating_add(timeout.as_nanos() as u64);
        let timer = self.after_call(timeout, key, seq)?;
        self.calls.pending.vacant_entry().insert(PendingCall {
            seq,
            caller,
            timer,
            retry: None,
            sink,
        });
        Some((
            RequestId {
                shard: self.id,
                key,
                seq,
            },
            deadline_ns,
        ))
    }

    fn after_call(&mut self, timeout: Duration, key: u32, seq: u32) -> Option<TimerHandle> {
        let delay_ns = u64::try_from(timeout.as_nanos()).unwrap_or(u64::MAX / 2);
        let deadline = crate::clock::tick_ceil(self.clock.now_ns().saturating_add(delay_ns));
        let event = crate::timer::TimerEvent::Call { key, seq };
        self.wheel.insert(deadline, event).ok()
    }

    /// Gives a request the retry policy.
    pub(crate) fn set_retry(
        &mut self,
        request: RequestId,
        retries: u32,
        timeout: Duration,
        resend: Resend,
    ) {
        if let Some(call) = self.pending_mut(request) {
            call.retry = Some(Retry {
                left: retries,
                timeout,
                resend,
            });
        }
    }

    /// Forgets a request whose message could not be sent.
    pub(crate) fn abandon_call(&mut self, request: RequestId) {
        if self.pending_mut(request).is_some() {
            let call = self.calls.pending.remove(request.key as usize);
            self.wheel.cancel(call.timer);
        }
    }

    fn pending_mut(&mut self, request: RequestId) -> Option<&mut PendingCall> {
        let call = self.calls.pending.get_mut(request.key as usize)?;
        (call.seq == request.seq && request.shard == self.id).then_some(call)
    }

    /// A reply reached the caller's shard: `true` if the request was still open (its
    /// timer is cancelled and the reply must be delivered), `false` if it is too late.
    fn complete_call(&mut self, request: RequestId) -> bool {
        if self.pending_mut(request).is_none() {
            self.stats.late_replies += 1;
            return false;
        }
        let call = self.calls.pending.remove(request.key as usize);
        self.wheel.cancel(call.timer);
        true
    }

    /// A reply value (behind `value`, of type `reply_type`) for `request`: delivered via
    /// the request's sink if the request is still open and expects that type; `false`
    /// (value untouched) otherwise.
    pub(crate) fn complete_call_with(
        &mut self,
        request: RequestId,
        reply_type: std::any::TypeId,
        value: *mut (),
    ) -> bool {
        let Some(call) = self.pending_mut(request) else {
            self.stats.late_replies += 1;
            return false;
        };
        if call.sink.reply_type != reply_type {
            self.stats.misrouted += 1;
            return false;
        }
        let call = self.calls.pending.remove(request.key as usize);
        self.wheel.cancel(call.timer);
        // SAFETY: the sink was made for this reply type (checked above) and takes the
        // value by move; the caller does not touch it after a `true`.
        unsafe { (call.sink.deliver)(self, call.caller, request, value) };
        true
    }

    /// A request's timer fired: retry or tell the caller.
    pub(crate) fn call_timed_out(&mut self, key: u32, seq: u32) {
        let request = RequestId {
            shard: self.id,
            key,
            seq,
        };
        let Some(call) = self.pending_mut(request) else {
            return;
        };
        if let Some(mut retry) = call.retry.take().filter(|retry| retry.left > 0) {
            retry.left -= 1;
            let deadline_ns = self
                .clock
                .now_ns()
                .saturating_add(retry.timeout.as_nanos() as u64);
            if let Some(timer) = self.after_call(retry.timeout, key, seq) {
                let sent = (retry.resend)(self, request, deadline_ns);
                if let Some(call) = self.pending_mut(request) {
                    call.timer = timer;
                    call.retry = Some(retry);
                }
                self.stats.call_retries += 1;
                if sent {
                    return;
                }
            }
        }
        let call = self.calls.pending.remove(key as usize);
        self.stats.call_timeouts += 1;
        self.wheel.cancel(call.timer);
        self.deliver_system(call.caller, SystemMsg::Timeout { request });
    }

    /// Queues a system message for a live local process.
    pub(crate) fn deliver_system(&mut self, pid: Pid, message: SystemMsg) {
        let Some(slot) = self.table.get(pid).copied() else {
            return;
        };
        if slot.state == crate::table::STATE_ALIVE {
            self.push_system(pid, slot, Box::new(message));
        }
    }
}

/// How a reply of type `R` reaches a caller whose messages are `M` (see [`ReplyTo`]).
pub(crate) fn deliver_reply<M, R>(core: &mut ShardCore, caller: Pid, request: RequestId, value: R)
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    if caller.node != core.node {
        core.stats.late_replies += 1;
    } else if caller.shard != core.id {
        let parcel = Parcel::new(caller, arrive_reply::<M, R>, (request, value));
        core.push_parcel(caller.shard, parcel, false);
    } else if core.complete_call(request) {
        core.deliver_unbounded(caller, M::from(Reply { request, value }));
    }
}

/// # Safety
/// `payload` holds a `(RequestId, R)`.
unsafe fn arrive_reply<M, R>(core: Option<&mut ShardCore>, caller: Pid, payload: &mut Payload)
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    // SAFETY: built by `deliver_reply` with a (RequestId, R).
    let (request, value): (RequestId, R) = unsafe { payload.take() };
    if let Some(core) = core {
        deliver_reply::<M, R>(core, caller, request, value);
    }
}
