//! Signals between processes — link, unlink, exit, monitor, demonitor, DOWN — and
//! Erlang's rules for what each does on arrival (R3, R4).
//!
//! | signal at a live process | effect |
//! |---|---|
//! | `Link{from}` | `from` joins its links |
//! | `Unlink{from}` | `from` leaves its links |
//! | `Exit{kind: Kill}` (`kill`) | dies with `killed`; cannot be trapped |
//! | `Exit{kind: Linked}` from a process not in its links | ignored (unlinked meanwhile) |
//! | `Exit` while trapping exits | becomes [`crate::SystemMsg::Exit`] |
//! | `Exit{reason: normal}` not trapping | ignored, unless sent by the process itself |
//! | `Exit{reason}` not trapping | dies with `reason` |
//! | `Monitor{from, monitor}` | `from` will get a DOWN |
//! | `Demonitor` | that DOWN is cancelled |
//! | `Down` for a monitor it still holds | becomes [`crate::SystemMsg::Down`] |
//!
//! At a process that does not exist: `Link` answers with an exit signal `noproc`,
//! `Monitor` with a DOWN `noproc`; the rest are dropped. At an exiting process, links and
//! monitors are still recorded, so they learn of the death with its real reason.
//!
//! Signals take the system lane of the receiver's mailbox: never refused for lack of room
//! in the user bound; a full system lane ends the receiver (`flow.rs`).

use super::Arrival;
use crate::exit::ExitReason;
use crate::kind::SystemPush;
use crate::pid::{MonitorRef, Pid};
use crate::process::SystemMsg;
use crate::table::{FLAG_TRAP_EXIT, Presence, STATE_ALIVE, Slot};

use super::Shard;

/// How an exit signal was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExitKind {
    /// A linked process died.
    Linked,
    /// `exit(pid, reason)`.
    Sent,
    /// `kill(pid)`: untrappable.
    Kill,
}

#[derive(Debug, Clone)]
pub(crate) enum Signal {
    Link {
        from: Pid,
    },
    Unlink {
        from: Pid,
    },
    Exit {
        from: Pid,
        reason: ExitReason,
        kind: ExitKind,
    },
    Monitor {
        from: Pid,
        monitor: MonitorRef,
    },
    Demonitor {
        from: Pid,
        monitor: MonitorRef,
    },
    Down {
        monitor: MonitorRef,
        pid: Pid,
        reason: ExitReason,
    },
}

impl Signal {
    pub(crate) fn exit_linked(from: Pid, reason: ExitReason) -> Self {
        Self::Exit {
            from,
            reason,
            kind: ExitKind::Linked,
        }
    }

    pub(crate) fn exit_sent(from: Pid, reason: ExitReason) -> Self {
        Self::Exit {
            from,
            reason,
            kind: ExitKind::Sent,
        }
    }
}

/// A signal crossing to another shard of this node.
struct SignalArrival(Signal);

impl Arrival<Shard> for SignalArrival {
    fn arrive(self, shard: &mut Shard, to: Pid, _from: u8) {
        shard.apply_signal(to, self.0);
    }
}

impl Shard {
    /// Sends a signal (link, exit, monitor, DOWN, ...). Never refused for lack of room.
    pub(crate) fn signal(&mut self, to: Pid, signal: Signal) {
        if to.node != self.node {
            if !self.signal_remote(to, &signal) {
                self.signal_unreachable(to, signal);
            }
        } else if to.shard != self.id {
            if self.transport.reaches(to.shard) {
                self.push_parcel(to.shard, to, SignalArrival(signal));
            } else {
                self.signal_unreachable(to, signal);
            }
        } else {
            self.apply_signal(to, signal);
        }
    }

    /// A signal for a process that cannot be reached: links and monitors learn so.
    fn signal_unreachable(&mut self, to: Pid, signal: Signal) {
        let reason = ExitReason::NoConnection;
        match signal {
            Signal::Link { from } => self.signal(from, Signal::exit_linked(to, reason)),
            Signal::Monitor { from, monitor } => {
                let down = Signal::Down {
                    monitor,
                    pid: to,
                    reason,
                };
                self.signal(from, down);
            }
            _ => {}
        }
    }

    /// Applies a signal to a process of this shard (see the module table).
    pub(crate) fn apply_signal(&mut self, to: Pid, signal: Signal) {
        match self.procs.presence(to) {
            Presence::Present(slot) => self.apply_present(to, slot, signal),
            Presence::NotYet => {
                let parcel = super::Parcel::new(to, SignalArrival(signal));
                let kept = self.transport.hold_early(parcel, self.id, true);
                debug_assert!(kept, "signals are always held");
            }
            Presence::Gone => self.answer_noproc(to, signal),
        }
    }

    fn answer_noproc(&mut self, to: Pid, signal: Signal) {
        match signal {
            Signal::Link { from } => self.signal(from, Signal::exit_linked(to, ExitReason::NoProc)),
            Signal::Monitor { from, monitor } => self.signal(
                from,
                Signal::Down {
                    monitor,
                    pid: to,
                    reason: ExitReason::NoProc,
                },
            ),
            _ => self.stats.dropped_dead += 1,
        }
    }

    fn apply_present(&mut self, to: Pid, slot: Slot, signal: Signal) {
        match signal {
            Signal::Link { from } => self.add_link(to, slot, from),
            Signal::Unlink { from } => {
                if let Some(relations) = self.procs.relations_if_any(slot) {
                    relations.links.remove(&from);
                }
            }
            Signal::Exit { from, reason, kind } => self.apply_exit(to, slot, from, reason, kind),
            Signal::Monitor { from, monitor } => self.add_monitor(to, slot, from, monitor),
            Signal::Demonitor { from, monitor } => {
                if let Some(relations) = self.procs.relations_if_any(slot)
                    && relations.monitored_by.get(&monitor) == Some(&from)
                {
                    relations.monitored_by.remove(&monitor);
                }
            }
            Signal::Down {
                monitor,
                pid,
                reason,
            } => self.apply_down(to, slot, monitor, pid, reason),
        }
    }

    fn add_link(&mut self, to: Pid, slot: Slot, from: Pid) {
        let relations = self.procs.relations(slot);
        let full = relations.count() >= crate::config::RELATIONS_PER_PROCESS_MAX;
        if !full || relations.links.contains(&from) {
            relations.links.insert(from);
            return;
        }
        self.stats.relations_refused += 1;
        let reason = ExitReason::custom("link refused: relation limit reached");
        self.signal(from, Signal::exit_linked(to, reason));
    }

    fn add_monitor(&mut self, to: Pid, slot: Slot, from: Pid, monitor: MonitorRef) {
        let relations = self.procs.relations(slot);
        if relations.count() < crate::config::RELATIONS_PER_PROCESS_MAX {
            relations.monitored_by.insert(monitor, from);
            return;
        }
        self.stats.relations_refused += 1;
        let reason = ExitReason::custom("monitor refused: relation limit reached");
        let down = Signal::Down {
            monitor,
            pid: to,
            reason,
        };
        self.signal(from, down);
    }

    fn apply_exit(&mut self, to: Pid, slot: Slot, from: Pid, reason: ExitReason, kind: ExitKind) {
        if slot.state != STATE_ALIVE {
            return;
        }
        if kind == ExitKind::Linked {
            let linked = self
                .procs
                .relations_if_any(slot)
                .is_some_and(|relations| relations.links.remove(&from));
            if !linked {
                return;
            }
        }
        if kind == ExitKind::Kill {
            self.die(to, ExitReason::Killed);
        } else if slot.flags & FLAG_TRAP_EXIT != 0 {
            self.push_system(to, slot, SystemMsg::Exit { from, reason });
        } else if !reason.is_normal() || from == to {
            self.die(to, reason);
        }
    }

    fn apply_down(
        &mut self,
        to: Pid,
        slot: Slot,
        monitor: MonitorRef,
        pid: Pid,
        reason: ExitReason,
    ) {
        if slot.state != STATE_ALIVE {
            return;
        }
        let held = self
            .procs
            .relations_if_any(slot)
            .is_some_and(|relations| relations.monitors_out.remove(&monitor).is_some());
        if held {
            let message = SystemMsg::Down {
                monitor,
                pid,
                reason,
            };
            self.push_system(to, slot, message);
        }
    }

    /// Queues a system message for the live process `pid` at `slot`, scheduling it; a full
    /// system lane ends the process.
    pub(crate) fn push_system(&mut self, pid: Pid, slot: Slot, message: SystemMsg) {
        match self.procs.push_system(slot, Box::new(message)) {
            SystemPush::Queued(true) => self.sched.schedule(pid, slot.flags),
            SystemPush::Queued(false) => {}
            SystemPush::Full => self.system_lane_full(pid),
        }
    }

    /// Queues a system message for a live process of this shard (dropped if it is not).
    pub(crate) fn deliver_system(&mut self, pid: Pid, message: SystemMsg) {
        if let Some(slot) = self.procs.alive(pid) {
            self.push_system(pid, slot, message);
        }
    }

    // ----- what a process does to its own relations (from its Ctx) -----------------

    /// Changes `me`'s relations with `change`; what it returns (false if `me` is gone).
    fn change_relations(
        &mut self,
        me: Pid,
        change: impl FnOnce(&mut crate::kind::Relations) -> bool,
    ) -> bool {
        let Some(slot) = self.procs.get(me) else {
            return false;
        };
        change(self.procs.relations(slot))
    }

    /// `me` links to `pid` (both directions).
    pub(crate) fn link(&mut self, me: Pid, pid: Pid) {
        if pid == me || !self.change_relations(me, |relations| relations.links.insert(pid)) {
            return;
        }
        self.signal(pid, Signal::Link { from: me });
    }

    /// `me` removes its link with `pid`.
    pub(crate) fn unlink(&mut self, me: Pid, pid: Pid) {
        self.change_relations(me, |relations| relations.links.remove(&pid));
        self.signal(pid, Signal::Unlink { from: me });
    }

    /// `me` monitors `pid`.
    pub(crate) fn monitor(&mut self, me: Pid, pid: Pid) -> MonitorRef {
        let monitor = MonitorRef(self.make_ref());
        self.change_relations(me, |relations| {
            relations.monitors_out.insert(monitor, pid).is_none()
        });
        self.signal(pid, Signal::Monitor { from: me, monitor });
        monitor
    }

    /// `me` cancels `monitor` (and with `flush` its queued DOWN); whether it was active.
    pub(crate) fn demonitor(&mut self, me: Pid, monitor: MonitorRef, flush: bool) -> bool {
        let mut target = None;
        self.change_relations(me, |relations| {
            target = relations.monitors_out.remove(&monitor);
            true
        });
        if flush && let Some(slot) = self.procs.get(me) {
            self.procs.remove_down(slot, monitor);
        }
        let Some(target) = target else { return false };
        self.signal(target, Signal::Demonitor { from: me, monitor });
        true
    }

    /// The process that spawned and linked `me`.
    pub(crate) fn parent_of(&mut self, me: Pid) -> Option<Pid> {
        let slot = self.procs.get(me)?;
        self.procs.relations_if_any(slot)?.parent
    }

    /// Turns exit trapping on or off for `me`.
    pub(crate) fn trap_exit(&mut self, me: Pid, trap: bool) {
        self.procs.set_trap_exit(me, trap);
    }

    /// `me` registered cluster-wide names (released through the router at its exit).
    pub(crate) fn mark_global_names(&mut self, me: Pid) {
        self.change_relations(me, |relations| {
            relations.global_names = true;
            true
        });
    }
}
