//! A process's mailbox: one FIFO of user messages, replies and system messages, with a
//! bound on user messages only.
//!
//! Invariants:
//! - Everything is handled in arrival order; a system message never overtakes a user
//!   message that arrived before it (per-pair ordering of messages and signals).
//! - `user_len` counts `User` envelopes only, and never exceeds `user_len_max`. Replies,
//!   timer messages and system messages are bounded by what produces them (outstanding
//!   requests, live timers, relations), so they never count and are never refused.
//! - An empty mailbox keeps its buffer: a process that is messaged often does not
//!   allocate per message; an idle process never allocated one.

use crate::config::Overflow;
use crate::fifo::Fifo;
use crate::pid::MonitorRef;
use crate::process::SystemMsg;

/// One queued item.
pub(crate) enum Envelope<M> {
    /// A message sent with `send`: counted against the bound.
    User(M),
    /// A reply to a request, or a message from the process's own timer: not counted.
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
}

impl<M> Mailbox<M> {
    pub(crate) fn new(user_len_max: usize, overflow: Overflow) -> Self {
        Self {
            queue: Fifo::new(),
            user_len: 0,
            user_len_max: u32::try_from(user_len_max).unwrap_or(u32::MAX),
            overflow,
            run_budget: crate::config::MESSAGES_PER_RUN as u16,
            scheduled: false,
        }
    }

    /// Queues an envelope; a user message past the bound is handed back.
    #[inline]
    pub(crate) fn push(&mut self, envelope: Envelope<M>) -> Result<(), M> {
        if let Envelope::User(_) = &envelope {
            if self.user_len >= self.user_len_max {
                let Envelope::User(message) = envelope else {
                    unreachable!("matched above")
                };
                return Err(message);
            }
            self.user_len += 1;
        }
        self.queue.push_back(envelope);
        Ok(())
    }

    /// Queues a user message, or hands it back when the bound is reached.
    #[cfg(test)]
    pub(crate) fn push_user(&mut self, message: M) -> Result<(), M> {
        self.push(Envelope::User(message))
    }

    /// Queues an envelope that is not counted against the bound.
    pub(crate) fn push_unbounded(&mut self, envelope: Envelope<M>) {
        debug_assert!(
            !matches!(envelope, Envelope::User(_)),
            "user messages are bounded"
        );
        self.queue.push_back(envelope);
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> Option<Envelope<M>> {
        let envelope = self.queue.pop_front()?;
        if matches!(envelope, Envelope::User(_)) {
            self.user_len -= 1;
        }
        Some(envelope)
    }

    /// The mailbox of a dead cell index: empty, no buffer.
    pub(crate) fn vacant() -> Self {
        Self::new(0, Overflow::Drop)
    }

    /// Marks the process scheduled; `true` if it was not (the caller must queue it).
    #[inline]
    pub(crate) fn mark_scheduled(&mut self) -> bool {
        !std::mem::replace(&mut self.scheduled, true)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.queue.len()
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

    fn down(monitor: u64) -> Envelope<u64> {
        let pid = Pid {
            node: NodeId(1),
            shard: 0,
            minter: 0,
            slot: 0,
            generation: 0,
        };
        Envelope::System(Box::new(SystemMsg::Down {
            monitor: MonitorRef(monitor),
            pid,
            reason: ExitReason::Normal,
        }))
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

    #[test]
    fn mailbox_matches_a_vecdeque_model() {
        for seed in 0..2_000u64 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let bound = rng.usize(1..8);
            let mut mailbox = Mailbox::new(bound, Overflow::Exit);
            let mut model: VecDeque<Item> = VecDeque::new();
            for step in 0..300u64 {
                let users = model
                    .iter()
                    .filter(|item| matches!(item, Item::User(_)))
                    .count();
                match rng.u8(0..5) {
                    0 | 1 => {
                        let pushed = mailbox.push_user(step);
                        assert_eq!(pushed.is_ok(), users < bound, "seed {seed} step {step}");
                        if pushed.is_ok() {
                            model.push_back(Item::User(step));
                        } else {
                            assert_eq!(pushed, Err(step), "the message is handed back");
                        }
                    }
                    2 => {
                        mailbox.push_unbounded(Envelope::Unbounded(step));
                        model.push_back(Item::Unbounded(step));
                    }
                    3 => {
                        let monitor = rng.u64(0..4);
                        if rng.bool() {
                            mailbox.push_unbounded(down(monitor));
                            model.push_back(Item::Down(monitor));
                        } else {
                            let had = model.contains(&Item::Down(monitor));
                            model.retain(|item| *item != Item::Down(monitor));
                            assert_eq!(mailbox.remove_down(MonitorRef(monitor)), had);
                        }
                    }
                    _ => assert_eq!(mailbox.pop().map(as_item), model.pop_front(), "seed {seed}"),
                }
                assert_eq!(mailbox.len(), model.len(), "seed {seed} step {step}");
            }
        }
    }
}
