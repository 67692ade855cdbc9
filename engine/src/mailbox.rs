//! A process's mailbox: one FIFO of user messages, replies and system messages, with a
//! bound on user messages and a bound of its own on the rest (the system lane).
//!
//! Invariants:
//! - Everything is handled in arrival order; a system message never overtakes a user
//!   message that arrived before it (per-pair ordering of messages and signals).
//! - `user_len` counts `User` envelopes only. It never exceeds `user_len_max` through
//!   [`Mailbox::push_user`] (sends that can see the mailbox) nor
//!   `user_len_max + headroom` through [`Mailbox::push_arrived`] (messages from other
//!   shards or nodes, sent before their sender could know it was full; see `flow.rs`).
//! - Replies, timer messages and system messages (the rest of the queue, `len -
//!   user_len`) never exceed [`SYSTEM_LANE_LEN_MAX`]; they are bounded by what produces
//!   them (outstanding requests, live timers, relations), so that bound is a backstop.
//! - An empty mailbox keeps its buffer: a process that is messaged often does not
//!   allocate per message; an idle process never allocated one.

use crate::config::{ARRIVAL_HEADROOM_DIVISOR, Overflow, REOPEN_DIVISOR, SYSTEM_LANE_LEN_MAX};
use crate::fifo::Fifo;
use crate::pid::MonitorRef;
use crate::process::SystemMsg;

/// One queued item.
pub(crate) enum Envelope<M> {
    /// A message sent with `send`: counted against the bound.
    User(M),
    /// A reply to a request, or a message from the process's own timer: system lane.
    Unbounded(M),
    /// Exit, DOWN, timeout, timer and the other system messages: boxed, so an envelope
    /// is no bigger than the message plus a tag.
    System(Box<SystemMsg>),
}

pub(crate) struct Mailbox<M> {
    queue: Fifo<Envelope<M>>,
    user_len: u32,
    user_len_max: u32,
    pub(crate) overflow: Overflow,
    /// Messages handled per run ([`crate::SpawnOptions::messages_per_run`]).
    pub(crate) run_budget: u16,
    /// The process is in its shard's run queue or running. Kept here, beside the queue
    /// every delivery touches anyway, so scheduling costs no extra lookup.
    pub(crate) scheduled: bool,
    /// Senders on other shards or nodes were told this mailbox is full and wait to hear
    /// it has room (`flow.rs`); checked when a run ends.
    pub(crate) refusing: bool,
}

impl<M> Mailbox<M> {
    pub(crate) fn new(user_len_max: usize, overflow: Overflow) -> Self {
        Self {
            queue: Fifo::new(),
            user_len: 0,
            user_len_max: user_len_max.min(crate::config::MAILBOX_LEN_MAX_MAX) as u32,
            overflow,
            run_budget: crate::config::MESSAGES_PER_RUN as u16,
            scheduled: false,
            refusing: false,
        }
    }

    /// Queues a user message from a sender that can see this mailbox (same shard), or
    /// hands it back at the bound.
    #[inline]
    pub(crate) fn push_user(&mut self, message: M) -> Result<(), M> {
        if self.user_len >= self.user_len_max {
            return Err(message);
        }
        self.user_len += 1;
        self.queue.push_back(Envelope::User(message));
        Ok(())
    }

    /// Queues a user message that arrived from another shard or node: up to the bound,
    /// plus — for a `Refuse` mailbox, whose senders are told and stop — the headroom for
    /// messages already on their way when it filled. `Ok(true)` when the mailbox is now at
    /// its bound and refuses senders (they must be told; see `flow.rs`).
    #[inline]
    pub(crate) fn push_arrived(&mut self, message: M) -> Result<bool, M> {
        let refuse = self.overflow == Overflow::Refuse;
        let limit = if refuse {
            self.user_len_max + self.headroom()
        } else {
            self.user_len_max
        };
        if self.user_len >= limit {
            return Err(message);
        }
        self.user_len += 1;
        self.queue.push_back(Envelope::User(message));
        let refusing = refuse && self.at_bound();
        self.refusing |= refusing;
        Ok(refusing)
    }

    /// Messages taken past the bound from senders that could not know.
    fn headroom(&self) -> u32 {
        (self.user_len_max / ARRIVAL_HEADROOM_DIVISOR as u32).max(1)
    }

    /// Whether the user messages reached the bound (senders elsewhere must be told).
    #[inline]
    pub(crate) fn at_bound(&self) -> bool {
        self.user_len >= self.user_len_max
    }

    /// Whether a refusing mailbox has drained enough to take senders again.
    #[inline]
    pub(crate) fn may_reopen(&self) -> bool {
        self.user_len <= self.user_len_max / REOPEN_DIVISOR as u32
    }

    fn system_lane_full(&self) -> bool {
        self.queue.len() - self.user_len as usize >= SYSTEM_LANE_LEN_MAX
    }

    /// Queues a reply or a message of the process's own timer (system lane).
    pub(crate) fn push_reply(&mut self, message: M) -> Result<(), M> {
        if self.system_lane_full() {
            return Err(message);
        }
        self.queue.push_back(Envelope::Unbounded(message));
        Ok(())
    }

    /// Queues a system message (system lane).
    pub(crate) fn push_system(&mut self, message: Box<SystemMsg>) -> Result<(), Box<SystemMsg>> {
        if self.system_lane_full() {
            return Err(message);
        }
        self.queue.push_back(Envelope::System(message));
        Ok(())
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> Option<Envelope<M>> {
        let envelope = self.queue.pop_front()?;
        if matches!(envelope, Envelope::User(_)) {
            self.user_len -= 1;
        }
        Some(envelope)
    }

    /// Drops the oldest queued user message (overflow policy `DropOldest`); whether there
    /// was one. O(1) when it is at the front, as it is unless system messages wait.
    pub(crate) fn evict_oldest_user(&mut self) -> bool {
        if matches!(self.queue.front(), Some(Envelope::User(_))) {
            drop(self.pop());
            return true;
        }
        let mut found = false;
        self.queue.retain(|envelope| {
            let first_user = !found && matches!(envelope, Envelope::User(_));
            found |= first_user;
            !first_user
        });
        if found {
            self.user_len -= 1;
        }
        found
    }

    /// The mailbox of a dead cell index: empty, no buffer.
    pub(crate) fn vacant() -> Self {
        Self::new(0, Overflow::DropNewest)
    }

    /// Marks the process scheduled; `true` if it was not (the caller must queue it).
    #[inline]
    pub(crate) fn mark_scheduled(&mut self) -> bool {
        !std::mem::replace(&mut self.scheduled, true)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// Messages queued (user and system).
    pub(crate) fn len(&self) -> usize {
        self.queue.len()
    }

    /// The bound on queued user messages.
    pub(crate) fn bound(&self) -> usize {
        self.user_len_max as usize
    }

    /// Removes a queued DOWN for `monitor` (demonitor with flush); whether one was there.
    pub(crate) fn remove_down(&mut self, monitor: MonitorRef) -> bool {
        let before = self.queue.len();
        self.queue.retain(|envelope| {
            !matches!(envelope, Envelope::System(system)
                if matches!(**system, SystemMsg::Down { monitor: queued, .. } if queued == monitor))
        });
        before != self.queue.len()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::exit::ExitReason;
    use crate::pid::{NodeId, Pid};

    /// What the model records per entry: (is_user, value or monitor id).
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Item {
        User(u64),
        Unbounded(u64),
        Down(u64),
    }

    fn down(monitor: u64) -> Box<SystemMsg> {
        let pid = Pid {
            node: NodeId(1),
            shard: 0,
            minter: 0,
            slot: 0,
            generation: 0,
        };
        Box::new(SystemMsg::Down {
            monitor: MonitorRef(monitor),
            pid,
            reason: ExitReason::Normal,
        })
    }

    fn as_item(envelope: Envelope<u64>) -> Item {
        match envelope {
            Envelope::User(value) => Item::User(value),
            Envelope::Unbounded(value) => Item::Unbounded(value),
            Envelope::System(system) => match *system {
                SystemMsg::Down { monitor, .. } => Item::Down(monitor.0),
                _ => unreachable!("the test queues only DOWN"),
            },
        }
    }

    /// The model's rule for an arrival from elsewhere (see `Mailbox::push_arrived`).
    fn arrival_limit(bound: usize, overflow: Overflow) -> usize {
        match overflow {
            Overflow::Refuse => bound + (bound / ARRIVAL_HEADROOM_DIVISOR).max(1),
            _ => bound,
        }
    }

    #[test]
    fn mailbox_matches_a_vecdeque_model() {
        const POLICIES: [Overflow; 4] = [
            Overflow::Refuse,
            Overflow::DropNewest,
            Overflow::DropOldest,
            Overflow::Exit,
        ];
        for seed in 0..4_000u64 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let bound = rng.usize(1..20);
            let overflow = POLICIES[rng.usize(0..POLICIES.len())];
            let mut mailbox = Mailbox::new(bound, overflow);
            let mut model: VecDeque<Item> = VecDeque::new();
            let mut refusing = false;
            for step in 0..300u64 {
                let at = format!("seed {seed} step {step} ({overflow:?}, bound {bound})");
                let users = model
                    .iter()
                    .filter(|item| matches!(item, Item::User(_)))
                    .count();
                match rng.u8(0..7) {
                    0 | 1 => {
                        let pushed = mailbox.push_user(step);
                        assert_eq!(pushed.is_ok(), users < bound, "{at}");
                        if pushed.is_ok() {
                            model.push_back(Item::User(step));
                        } else {
                            assert_eq!(pushed, Err(step), "the message is handed back: {at}");
                        }
                    }
                    2 => {
                        let arrived = mailbox.push_arrived(step);
                        let room = users < arrival_limit(bound, overflow);
                        assert_eq!(arrived.is_ok(), room, "{at}");
                        if let Ok(now_refusing) = arrived {
                            model.push_back(Item::User(step));
                            let at_bound = users + 1 >= bound;
                            assert_eq!(
                                now_refusing,
                                overflow == Overflow::Refuse && at_bound,
                                "{at}"
                            );
                            refusing |= now_refusing;
                        }
                    }
                    3 => {
                        let had = model.iter().position(|item| matches!(item, Item::User(_)));
                        assert_eq!(mailbox.evict_oldest_user(), had.is_some(), "{at}");
                        if let Some(index) = had {
                            model.remove(index);
                        }
                    }
                    4 => {
                        mailbox.push_reply(step).unwrap();
                        model.push_back(Item::Unbounded(step));
                    }
                    5 => {
                        let monitor = rng.u64(0..4);
                        if rng.bool() {
                            mailbox.push_system(down(monitor)).unwrap();
                            model.push_back(Item::Down(monitor));
                        } else {
                            let had = model.contains(&Item::Down(monitor));
                            model.retain(|item| *item != Item::Down(monitor));
                            assert_eq!(mailbox.remove_down(MonitorRef(monitor)), had, "{at}");
                        }
                    }
                    _ => assert_eq!(mailbox.pop().map(as_item), model.pop_front(), "{at}"),
                }
                assert_eq!(mailbox.len(), model.len(), "{at}");
                assert_eq!(mailbox.refusing, refusing, "{at}");
                let users = model
                    .iter()
                    .filter(|item| matches!(item, Item::User(_)))
                    .count();
                if refusing && users <= bound / REOPEN_DIVISOR {
                    assert!(mailbox.may_reopen(), "{at}");
                    mailbox.refusing = false;
                    refusing = false;
                }
            }
        }
    }

    #[test]
    fn the_system_lane_is_bounded_and_hands_back_past_it() {
        let mut mailbox: Mailbox<u64> = Mailbox::new(1, Overflow::Refuse);
        mailbox.push_user(0).unwrap();
        for n in 0..SYSTEM_LANE_LEN_MAX {
            if n % 2 == 0 {
                mailbox.push_reply(n as u64).expect("within the lane");
            } else {
                mailbox
                    .push_system(down(n as u64))
                    .expect("within the lane");
            }
        }
        assert_eq!(
            mailbox.push_reply(7),
            Err(7),
            "a reply past the lane is handed back"
        );
        assert!(mailbox.push_system(down(1)).is_err(), "so is a signal");
        assert_eq!(
            mailbox.push_user(1),
            Err(1),
            "the user bound is apart from the lane"
        );
        assert!(matches!(mailbox.pop(), Some(Envelope::User(0))));
        mailbox.pop();
        assert_eq!(
            mailbox.push_reply(8),
            Ok(()),
            "room again once one is handled"
        );
    }
}
