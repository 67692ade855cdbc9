//! Requests with a deadline: the seed's `notify(sender, receiver, msg, timeout)`, and
//! `call` (the same with OTP's 5 s default).
//!
//! # Contract
//! Every request ends in **exactly one** of:
//! - a [`crate::Reply`] delivered to the caller (as its message type, via `From<Reply<R>>`),
//!   when the reply reaches the caller's shard before the deadline — this cancels the
//!   timer;
//! - a [`crate::SystemMsg::Timeout`] naming the request, when the deadline passes first.
//!   A reply arriving after that is dropped, never delivered late.
//!
//! Late policies (the seed's two kinds of soft-real-time operation):
//! - *cancel* (the default): the server can see the deadline ([`crate::ReplyTo::deadline_ns`],
//!   `Ctx::is_late`) and skip work whose answer would be dropped; the caller gets one
//!   `Timeout`;
//! - *retry*: on each expiry the request is sent again, up to N times, with the same
//!   [`crate::RequestId`]; a reply to any attempt completes it. The operation must therefore be
//!   idempotent. After the last attempt expires the caller gets the `Timeout`.
//!
//! Requests never block the caller: it goes on handling messages until the reply or the
//! timeout arrives, so call cycles (A calls B calls A) cannot deadlock.
//!
//! This module keeps the bookkeeping of open requests; the types a process uses
//! ([`crate::ReplyTo`], [`crate::Reply`]) and what the shard does with replies and
//! expiries are in `shard/calls.rs`.

use hearth_timers::TimerHandle;

use crate::pid::Pid;

/// A request waiting for its reply: who asked, its timeout, and what the shard keeps to
/// finish it (`K`: how to deliver the reply, how to retry).
pub(crate) struct PendingCall<K> {
    seq: u32,
    pub(crate) caller: Pid,
    pub(crate) timer: TimerHandle,
    pub(crate) hooks: K,
}

/// The requests of one shard's processes that await a reply (bookkeeping only; the
/// shard arms and cancels their timers and delivers the replies).
pub(crate) struct Calls<K> {
    pending: slab::Slab<PendingCall<K>>,
    seq: u32,
}

impl<K> Default for Calls<K> {
    fn default() -> Self {
        Self {
            pending: slab::Slab::new(),
            seq: 0,
        }
    }
}

impl<K> Calls<K> {
    /// Opens a request of `caller`: `arm(key, seq)` arms its timeout; `None` (nothing
    /// kept) when it cannot. Returns the request's key and sequence.
    pub(crate) fn open(
        &mut self,
        caller: Pid,
        hooks: K,
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
            hooks,
        });
        Some((key, seq))
    }

    /// The pending call with `key` and `seq`.
    pub(crate) fn get_mut(&mut self, key: u32, seq: u32) -> Option<&mut PendingCall<K>> {
        self.pending
            .get_mut(key as usize)
            .filter(|call| call.seq == seq)
    }

    /// Removes the pending call with `key` and `seq`.
    pub(crate) fn remove(&mut self, key: u32, seq: u32) -> Option<PendingCall<K>> {
        self.get_mut(key, seq)?;
        Some(self.pending.remove(key as usize))
    }
}
