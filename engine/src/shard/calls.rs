//! Requests on the shard (the contract is in `crate::call`): opening one with its
//! timeout, the retry policy, replies reaching the caller's shard, and expiry.

use std::any::{Any, TypeId};
use std::time::Duration;

use hearth_timers::TimerHandle;

use crate::pid::{Pid, RequestId};
use crate::process::SystemMsg;
use crate::timer::TimerEvent;

use super::{Arrival, Shard};

/// What the shard keeps per open request to finish it.
pub(crate) struct Hooks {
    retry: Option<Retry>,
    sink: ReplySink,
}

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
    /// Replies of type `R` landing as `L` says (a user message or a system answer).
    pub(crate) fn of<L, R>() -> Self
    where
        L: Landing<R>,
        R: Send + 'static,
    {
        Self {
            value_type: TypeId::of::<Option<R>>(),
            deliver: sink_deliver::<L, R>,
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

fn sink_deliver<L, R>(
    shard: &mut Shard,
    caller: Pid,
    request: RequestId,
    value: &mut dyn Any,
) -> bool
where
    L: Landing<R>,
    R: Send + 'static,
{
    let Some(slot) = value.downcast_mut::<Option<R>>() else {
        return false;
    };
    if let Some(value) = slot.take() {
        L::land(shard, caller, request, value);
    }
    true
}

/// Where a reply lands at its caller, once its call is complete.
pub(crate) trait Landing<R>: 'static {
    /// Hands `value`, the answer to `request`, to `caller` (a process of this shard).
    fn land(shard: &mut Shard, caller: Pid, request: RequestId, value: R);
}

/// As `M::from(Reply { .. })`, among the caller's messages ([`crate::Ctx::notify`]).
pub(crate) struct AsMessage<M>(std::marker::PhantomData<fn() -> M>);

impl<M, R> Landing<R> for AsMessage<M>
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    fn land(shard: &mut Shard, caller: Pid, request: RequestId, value: R) {
        shard.deliver_reply_message(caller, M::from(Reply { request, value }));
    }
}

/// As [`crate::SystemMsg::Answer`] ([`crate::Ctx::ask`]): for a caller whose message type
/// cannot carry the answer (a behaviour wrapping another's messages).
pub(crate) struct AsAnswer;

impl<R: Send + 'static> Landing<R> for AsAnswer {
    fn land(shard: &mut Shard, caller: Pid, request: RequestId, value: R) {
        let answer = crate::SystemMsg::Answer {
            request,
            value: Box::new(value),
        };
        shard.deliver_system(caller, answer);
    }
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

impl Shard {
    /// Registers a request of `caller` that times out after `timeout`: its id and
    /// deadline (shard clock). The caller sends the request itself and calls
    /// [`Shard::abandon_call`] if that fails. `None` at the shard's timer limit.
    pub(crate) fn open_call(
        &mut self,
        caller: Pid,
        timeout: Duration,
        sink: ReplySink,
    ) -> Option<(RequestId, u64)> {
        let deadline_ns = self
            .clock
            .now_ns()
            .saturating_add(timeout.as_nanos() as u64);
        let timers = &mut self.timers;
        let clock = &self.clock;
        let hooks = Hooks { retry: None, sink };
        let (key, seq) = self.calls.open(caller, hooks, |key, seq| {
            arm_call(timers, clock.now_ns(), timeout, key, seq)
        })?;
        let request = RequestId {
            shard: self.id,
            key,
            seq,
        };
        Some((request, deadline_ns))
    }

    /// Gives a request the retry policy.
    pub(crate) fn set_retry(
        &mut self,
        request: RequestId,
        retries: u32,
        timeout: Duration,
        resend: Resend,
    ) {
        if let Some(call) = self.calls.get_mut(request.key, request.seq) {
            call.hooks.retry = Some(Retry {
                left: retries,
                timeout,
                resend,
            });
        }
    }

    /// Forgets a request whose message could not be sent.
    pub(crate) fn abandon_call(&mut self, request: RequestId) {
        if let Some(call) = self.calls.remove(request.key, request.seq) {
            self.timers.cancel(call.timer);
        }
    }

    /// A reply reached the caller's shard: `true` if the request was still open (its
    /// timer is cancelled and the reply must be delivered), `false` if it is too late.
    fn complete_call(&mut self, request: RequestId) -> bool {
        let Some(call) = self.calls.remove(request.key, request.seq) else {
            self.stats.late_replies += 1;
            return false;
        };
        self.timers.cancel(call.timer);
        true
    }

    /// A reply value of any type for `request` (a request of this shard): delivered
    /// through the request's sink if it is still open and expects that type.
    pub(crate) fn complete_reply<R: Send + 'static>(
        &mut self,
        caller: Pid,
        request: RequestId,
        value: R,
    ) {
        if caller.shard != self.id {
            self.push_parcel(caller.shard, caller, TypedReply { request, value });
            return;
        }
        if request.shard != self.id {
            // Caller and request disagree (bytes from the wire): it answers nothing here.
            self.stats.misrouted += 1;
            return;
        }
        let mut value = Some(value);
        let Some(call) = self.calls.get_mut(request.key, request.seq) else {
            self.stats.late_replies += 1;
            return;
        };
        if call.caller != caller || !call.hooks.sink.accepts(&value as &dyn Any) {
            self.stats.misrouted += 1;
            return;
        }
        let call = self
            .calls
            .remove(request.key, request.seq)
            .expect("found above");
        self.timers.cancel(call.timer);
        let delivered = call
            .hooks
            .sink
            .deliver(self, call.caller, request, &mut value);
        debug_assert!(delivered, "the sink accepted the type");
    }

    /// A request's timer fired: retry or tell the caller.
    pub(crate) fn call_timed_out(&mut self, key: u32, seq: u32) {
        let request = RequestId {
            shard: self.id,
            key,
            seq,
        };
        if self.retry(request) {
            return;
        }
        let Some(call) = self.calls.remove(key, seq) else {
            return;
        };
        self.stats.call_timeouts += 1;
        self.timers.cancel(call.timer);
        self.deliver_system(call.caller, SystemMsg::Timeout { request });
    }

    /// Sends an expired request again if its retry policy allows; whether it did.
    fn retry(&mut self, request: RequestId) -> bool {
        let Some(call) = self.calls.get_mut(request.key, request.seq) else {
            return false;
        };
        let Some(mut retry) = call.hooks.retry.take().filter(|retry| retry.left > 0) else {
            return false;
        };
        retry.left -= 1;
        let now_ns = self.clock.now_ns();
        let deadline_ns = now_ns.saturating_add(retry.timeout.as_nanos() as u64);
        let Some(timer) = arm_call(
            &mut self.timers,
            now_ns,
            retry.timeout,
            request.key,
            request.seq,
        ) else {
            return false;
        };
        let sent = (retry.resend)(self, request, deadline_ns);
        if let Some(call) = self.calls.get_mut(request.key, request.seq) {
            call.timer = timer;
            call.hooks.retry = Some(retry);
        }
        self.stats.call_retries += 1;
        sent
    }
}

/// Arms the timeout of request `(key, seq)`.
fn arm_call(
    timers: &mut super::Timers,
    now_ns: u64,
    timeout: Duration,
    key: u32,
    seq: u32,
) -> Option<TimerHandle> {
    let delay_ns = u64::try_from(timeout.as_nanos()).unwrap_or(u64::MAX / 2);
    let deadline = crate::clock::tick_ceil(now_ns.saturating_add(delay_ns));
    timers.insert(deadline, TimerEvent::Call { key, seq }).ok()
}

/// How a reply of type `R` reaches its caller, landing as `L` says (see
/// [`crate::ReplyTo`]).
pub(crate) fn deliver_reply<L, R>(shard: &mut Shard, caller: Pid, request: RequestId, value: R)
where
    L: Landing<R>,
    R: Send + 'static,
{
    if caller.node != shard.node {
        shard.stats.late_replies += 1;
    } else if caller.shard != shard.id {
        let reply = LocalReply::<L, R> {
            request,
            value,
            landing: std::marker::PhantomData,
        };
        shard.push_parcel(caller.shard, caller, reply);
    } else if shard.complete_call(request) {
        L::land(shard, caller, request, value);
    }
}

/// A reply crossing to the caller's shard, landing there as `L` says.
struct LocalReply<L, R> {
    request: RequestId,
    value: R,
    landing: std::marker::PhantomData<fn() -> L>,
}

impl<L, R> Arrival<Shard> for LocalReply<L, R>
where
    L: Landing<R>,
    R: Send + 'static,
{
    fn arrive(self, shard: &mut Shard, caller: Pid, _from: u8) {
        deliver_reply::<L, R>(shard, caller, self.request, self.value);
    }
}

/// A reply of a known type without its delivery function (it came from another node),
/// crossing to the caller's shard.
struct TypedReply<R> {
    request: RequestId,
    value: R,
}

impl<R: Send + 'static> Arrival<Shard> for TypedReply<R> {
    fn arrive(self, shard: &mut Shard, caller: Pid, _from: u8) {
        shard.complete_reply(caller, self.request, self.value);
    }
}
