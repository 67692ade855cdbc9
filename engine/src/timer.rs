//! Process timers on the shard's wheel: `start_timer`, `send_after`, `cancel_timer`, and
//! the timeouts of requests (seed goal 2: soft real time).
//!
//! Ticks are milliseconds. A deadline is rounded *up* to the next tick and the shard polls
//! with the current tick rounded *down*, and the shard clock never runs ahead of real
//! time, so a timer never fires before its delay has passed. A busy shard checks its wheel
//! at least every [`crate::PREEMPT_TIMER`], which bounds how late a timer can be.

use std::time::Duration;

use hearth_timers::{POLL_WORK_MAX_DEFAULT, Progress, TimerHandle};

use crate::clock::{tick_ceil, tick_floor};
use crate::core::ShardCore;
use crate::error::TimerError;
use crate::parcel::Remote;
use crate::pid::{Pid, TimerRef};
use crate::table::STATE_ALIVE;

/// What the wheel holds per timer (32 bytes).
pub(crate) enum TimerEvent {
    /// `start_timer`: a [`crate::SystemMsg::Timer`] for a local process.
    Tag {
        minter: u8,
        slot: u32,
        generation: u32,
        tag: u64,
        handle: TimerHandle,
    },
    /// `send_after`: deliver a message (any type, any destination).
    Deliver(Remote),
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

impl ShardCore {
    fn deadline_tick(&self, delay: Duration) -> u64 {
        let delay_ns = u64::try_from(delay.as_nanos()).unwrap_or(u64::MAX / 2);
        tick_ceil(self.clock.now_ns().saturating_add(delay_ns))
    }

    /// Starts a timer that sends `tag` to the local process `pid` after `delay`.
    pub(crate) fn start_timer(
        &mut self,
        pid: Pid,
        delay: Duration,
        tag: u64,
    ) -> Result<TimerRef, TimerError> {
        let deadline = self.deadline_tick(delay);
        self.start_timer_tick(pid, deadline, tag)
    }

    /// Starts a timer that sends `tag` to the local process `pid` at `at` (time since the
    /// node started, as [`crate::Ctx::now`] tells it).
    pub(crate) fn start_timer_at(
        &mut self,
        pid: Pid,
        at: Duration,
        tag: u64,
    ) -> Result<TimerRef, TimerError> {
        let at_ns = u64::try_from(at.as_nanos()).unwrap_or(u64::MAX / 2);
        self.start_timer_tick(pid, tick_ceil(at_ns), tag)
    }

    fn start_timer_tick(
        &mut self,
        pid: Pid,
        deadline: u64,
        tag: u64,
    ) -> Result<TimerRef, TimerError> {
        let handle = self
            .wheel
            .insert_with(deadline, |handle| TimerEvent::Tag {
                minter: pid.minter,
                slot: pid.slot,
                generation: pid.generation,
                tag,
                handle,
            })
            .map_err(|_| TimerError::Full)?;
        Ok(TimerRef {
            shard: self.id,
            handle,
        })
    }

    /// Runs `job` on this shard after `delay`.
    pub(crate) fn after(&mut self, delay: Duration, job: Remote) -> Result<TimerRef, TimerError> {
        let deadline = self.deadline_tick(delay);
        let handle = self
            .wheel
            .insert(deadline, TimerEvent::Deliver(job))
            .map_err(|_| TimerError::Full)?;
        Ok(TimerRef {
            shard: self.id,
            handle,
        })
    }

    /// Cancels a timer of any shard of this node.
    pub(crate) fn cancel_timer(&mut self, timer: TimerRef) -> TimerCancel {
        if timer.shard != self.id {
            let handle = timer.handle;
            self.run_on_shard(
                timer.shard,
                Box::new(move |core: &mut ShardCore| {
                    core.wheel.cancel(handle);
                }),
            );
            return TimerCancel::Sent;
        }
        match self.wheel.cancel(timer.handle) {
            Some(_) => TimerCancel::Cancelled,
            None => TimerCancel::AlreadyGone,
        }
    }

    /// Fires every due timer (within the wheel's work budget); `true` if the wheel is
    /// still behind and the shard must turn again soon.
    pub(crate) fn fire_timers(&mut self, now_ns: u64) -> bool {
        let mut expired = std::mem::take(&mut self.expired);
        let progress =
            self.wheel
                .poll_expired(tick_floor(now_ns), POLL_WORK_MAX_DEFAULT, &mut expired);
        for event in expired.drain(..) {
            self.fire(event);
        }
        self.expired = expired;
        progress == Progress::BudgetExhausted
    }

    fn fire(&mut self, event: TimerEvent) {
        self.stats.timers_fired += 1;
        match event {
            TimerEvent::Tag {
                minter,
                slot,
                generation,
                tag,
                handle,
            } => {
                let pid = Pid {
                    node: self.node,
                    shard: self.id,
                    minter,
                    slot,
                    generation,
                };
                self.deliver_timer(
                    pid,
                    TimerRef {
                        shard: self.id,
                        handle,
                    },
                    tag,
                );
            }
            TimerEvent::Deliver(job) => job(self),
            TimerEvent::Call { key, seq } => self.call_timed_out(key, seq),
        }
    }

    fn deliver_timer(&mut self, pid: Pid, timer: TimerRef, tag: u64) {
        let Some(slot) = self.table.get(pid).copied() else {
            self.stats.dropped_dead += 1;
            return;
        };
        if slot.state == STATE_ALIVE {
            self.push_system(pid, slot, Box::new(crate::SystemMsg::Timer { timer, tag }));
        }
    }

    /// When the shard must next look at its wheel, in nanoseconds since the epoch.
    pub(crate) fn next_timer_ns(&self) -> Option<u64> {
        self.wheel
            .next_deadline()
            .map(|tick| tick.saturating_mul(1_000_000))
    }
}
