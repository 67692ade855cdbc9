//! Process timers on the shard's wheel (`crate::timer` keeps them): `start_timer`,
//! `send_after`, `cancel_timer`, and what each does when it fires.

use std::time::Duration;

use super::Remote;
use crate::clock::{tick_ceil, tick_floor};
use crate::error::TimerError;
use crate::pid::{Addr, Pid, TimerRef};
use crate::timer::{TimerCancel, TimerEvent};

use super::Shard;

impl Shard {
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
            .timers
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

    /// After `delay`, `me` sends `message` to `to`. A message to `me` itself takes the
    /// system lane (it does not count against its own bound).
    pub(crate) fn send_after<M: Send + 'static>(
        &mut self,
        me: Pid,
        delay: Duration,
        to: Addr<M>,
        message: M,
    ) -> Result<TimerRef, TimerError> {
        let job: Remote = Box::new(move |shard: &mut Shard| {
            if to.pid() == me {
                shard.deliver_reply_message(me, message);
            } else if shard.send(me, to.pid(), message).is_err() {
                shard.stats.timer_sends_dropped += 1;
            }
        });
        self.after(delay, job)
    }

    /// Runs `job` on this shard after `delay`.
    fn after(&mut self, delay: Duration, job: Remote) -> Result<TimerRef, TimerError> {
        let deadline = self.deadline_tick(delay);
        let handle = self
            .timers
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
                Box::new(move |shard: &mut Shard| {
                    shard.timers.cancel(handle);
                }),
            );
            return TimerCancel::Sent;
        }
        match self.timers.cancel(timer.handle) {
            Some(_) => TimerCancel::Cancelled,
            None => TimerCancel::AlreadyGone,
        }
    }

    /// Fires every due timer (within the wheel's work budget); `true` if the wheel is
    /// still behind and the shard must turn again soon.
    pub(crate) fn fire_timers(&mut self, now_ns: u64) -> bool {
        let (mut expired, behind) = self.timers.take_expired(tick_floor(now_ns));
        for event in expired.drain(..) {
            self.fire(event);
        }
        self.timers.recycle(expired);
        behind
    }

    fn fire(&mut self, event: TimerEvent<Shard>) {
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
                let timer = TimerRef {
                    shard: self.id,
                    handle,
                };
                self.deliver_timer(pid, timer, tag);
            }
            TimerEvent::Deliver(job) => job(self),
            TimerEvent::Call { key, seq } => self.call_timed_out(key, seq),
        }
    }

    fn deliver_timer(&mut self, pid: Pid, timer: TimerRef, tag: u64) {
        if self.procs.get(pid).is_none() {
            self.stats.dropped_dead += 1;
            return;
        }
        self.deliver_system(pid, crate::SystemMsg::Timer { timer, tag });
    }

    /// When the shard must next look at its wheel, in nanoseconds since the epoch.
    pub(crate) fn next_timer_ns(&self) -> Option<u64> {
        self.timers
            .next_deadline_tick()
            .map(|tick| tick.saturating_mul(1_000_000))
    }
}
