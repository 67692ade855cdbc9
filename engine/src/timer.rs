//! The shard's timers: one timing wheel holding process timers (`start_timer`,
//! `send_after`), request timeouts and state timeouts (seed goal 2: soft real time).
//!
//! Ticks are milliseconds. A deadline is rounded *up* to the next tick and the shard polls
//! with the current tick rounded *down*, and the shard clock never runs ahead of real
//! time, so a timer never fires before its delay has passed. A busy shard checks its wheel
//! at least every [`crate::PREEMPT_TIMER`], which bounds how late a timer can be. What a
//! firing does is the shard's business (`shard/timers.rs`); this component only keeps
//! them.

use hearth_timers::{POLL_WORK_MAX_DEFAULT, Progress, TimerHandle, Wheel};

use crate::parcel::Remote;

const _: () = assert!(
    crate::config::TIMERS_PER_SHARD_MAX_DEFAULT == hearth_timers::LIVE_TIMERS_MAX_DEFAULT,
    "the engine's default is the wheel's"
);

/// What the wheel holds per timer (32 bytes); `H` is what a `send_after` job runs on.
pub(crate) enum TimerEvent<H> {
    /// `start_timer`: a [`crate::SystemMsg::Timer`] for a local process.
    Tag {
        minter: u8,
        slot: u32,
        generation: u32,
        tag: u64,
        handle: TimerHandle,
    },
    /// `send_after`: deliver a message (any type, any destination).
    Deliver(Remote<H>),
    /// A request's timeout.
    Call { key: u32, seq: u32 },
}

/// What [`crate::Ctx::cancel_timer`] achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerCancel {
    /// The timer was live and will not fire.
    Cancelled,
    /// The timer had already fired or been cancelled (its message may be queued).
    AlreadyGone,
    /// The timer lives on another shard; the cancellation was sent there. A message it
    /// fired meanwhile may still arrive.
    Sent,
}

/// The shard's wheel and the buffer its expired timers are collected in.
pub(crate) struct Timers<H> {
    wheel: Wheel<TimerEvent<H>>,
    expired: Vec<TimerEvent<H>>,
}

/// The shard's timer limit is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimersFull;

impl<H> Timers<H> {
    /// A wheel starting at `start_tick` that holds at most `live_max` timers, with
    /// `reserved` nodes made (and touched) up front.
    pub(crate) fn new(start_tick: u64, live_max: usize, reserved: usize) -> Self {
        let mut wheel = Wheel::with_live_max(start_tick, live_max);
        wheel.reserve(reserved);
        Self {
            wheel,
            expired: Vec::new(),
        }
    }

    /// Arms a timer for `deadline_tick`.
    pub(crate) fn insert(
        &mut self,
        deadline_tick: u64,
        event: TimerEvent<H>,
    ) -> Result<TimerHandle, TimersFull> {
        self.wheel
            .insert(deadline_tick, event)
            .map_err(|_| TimersFull)
    }

    /// Arms a timer whose event needs its own handle.
    pub(crate) fn insert_with(
        &mut self,
        deadline_tick: u64,
        event: impl FnOnce(TimerHandle) -> TimerEvent<H>,
    ) -> Result<TimerHandle, TimersFull> {
        self.wheel
            .insert_with(deadline_tick, event)
            .map_err(|_| TimersFull)
    }

    /// Disarms a timer; its event if it was still live.
    pub(crate) fn cancel(&mut self, handle: TimerHandle) -> Option<TimerEvent<H>> {
        self.wheel.cancel(handle)
    }

    /// The timers due at `now_tick` (within the wheel's work budget), and whether the
    /// wheel is still behind. Hand the vector back with [`Timers::recycle`].
    pub(crate) fn take_expired(&mut self, now_tick: u64) -> (Vec<TimerEvent<H>>, bool) {
        let mut expired = std::mem::take(&mut self.expired);
        let progress = self
            .wheel
            .poll_expired(now_tick, POLL_WORK_MAX_DEFAULT, &mut expired);
        (expired, progress == Progress::BudgetExhausted)
    }

    /// Takes back the (drained) vector of [`Timers::take_expired`] for reuse.
    pub(crate) fn recycle(&mut self, expired: Vec<TimerEvent<H>>) {
        debug_assert!(expired.is_empty(), "every expired timer was fired");
        self.expired = expired;
    }

    /// The tick of the next deadline.
    pub(crate) fn next_deadline_tick(&self) -> Option<u64> {
        self.wheel.next_deadline()
    }
}
