//! Requests on the shard (the contract is in `crate::call`): opening one with its
//! timeout, the retry policy, replies reaching the caller's shard, and expiry.

use std::any::Any;
use std::time::Duration;

use hearth_timers::TimerHandle;

use crate::call::{Reply, ReplySink, Resend, Retry};
use crate::parcel::Arrival;
use crate::pid::{Pid, RequestId};
use crate::process::SystemMsg;
use crate::timer::TimerEvent;

use super::Shard;

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
        let (key, seq) = self.calls.open(caller, sink, |key, seq| {
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
            call.retry = Some(Retry {
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
        let mut value = Some(value);
        let Some(call) = self.calls.get_mut(request.key, request.seq) else {
            self.stats.late_replies += 1;
            return;
        };
        if !call.sink.accepts(&value as &dyn Any) {
            self.stats.misrouted += 1;
            return;
        }
        let call = self
            .calls
            .remove(request.key, request.seq)
            .expect("found above");
        self.timers.cancel(call.timer);
        let delivered = call.sink.deliver(self, call.caller, request, &mut value);
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
        let Some(mut retry) = call.retry.take().filter(|retry| retry.left > 0) else {
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
            call.retry = Some(retry);
        }
        self.stats.call_retries += 1;
        sent
    }
}

/// Arms the timeout of request `(key, seq)`.
fn arm_call(
    timers: &mut crate::timer::Timers,
    now_ns: u64,
    timeout: Duration,
    key: u32,
    seq: u32,
) -> Option<TimerHandle> {
    let delay_ns = u64::try_from(timeout.as_nanos()).unwrap_or(u64::MAX / 2);
    let deadline = crate::clock::tick_ceil(now_ns.saturating_add(delay_ns));
    timers.insert(deadline, TimerEvent::Call { key, seq }).ok()
}

/// How a reply of type `R` reaches a caller whose messages are `M` (see
/// [`crate::ReplyTo`]).
pub(crate) fn deliver_reply<M, R>(shard: &mut Shard, caller: Pid, request: RequestId, value: R)
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    if caller.node != shard.node {
        shard.stats.late_replies += 1;
    } else if caller.shard != shard.id {
        let reply = LocalReply::<M, R> {
            request,
            value,
            caller_type: std::marker::PhantomData,
        };
        shard.push_parcel(caller.shard, caller, reply);
    } else if shard.complete_call(request) {
        shard.deliver_reply_message(caller, M::from(Reply { request, value }));
    }
}

/// A reply crossing to the caller's shard, delivered as `M::from(Reply)`.
struct LocalReply<M, R> {
    request: RequestId,
    value: R,
    caller_type: std::marker::PhantomData<fn() -> M>,
}

impl<M, R> Arrival for LocalReply<M, R>
where
    M: From<Reply<R>> + Send + 'static,
    R: Send + 'static,
{
    fn arrive(self, shard: &mut Shard, caller: Pid, _from: u8) {
        deliver_reply::<M, R>(shard, caller, self.request, self.value);
    }
}

/// A reply of a known type without its delivery function (it came from another node),
/// crossing to the caller's shard.
struct TypedReply<R> {
    request: RequestId,
    value: R,
}

impl<R: Send + 'static> Arrival for TypedReply<R> {
    fn arrive(self, shard: &mut Shard, caller: Pid, _from: u8) {
        shard.complete_reply(caller, self.request, self.value);
    }
}
