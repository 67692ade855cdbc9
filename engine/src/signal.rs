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

use crate::core::ShardCore;
use crate::exit::ExitReason;
use crate::parcel::Parcel;
use crate::pid::{MonitorRef, Pid};
use crate::process::SystemMsg;
use crate::table::{FLAG_TRAP_EXIT, Presence, STATE_ALIVE, Slot};

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
}

impl ShardCore {
    /// Applies a signal to a process of this shard (see the module table).
    pub(crate) fn apply_signal(&mut self, to: Pid, signal: Signal) {
        match self.table.presence(to) {
            Presence::Present(slot) => self.apply_present(to, slot, signal),
            Presence::NotYet => {
                self.hold_early(Parcel::new(to, crate::core::arrive_signal, signal))
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
                if let Some(relations) = self.kinds.arena(slot.kind).relations_if_any(slot.cell) {
                    relations.links.remove(&from);
                }
            }
            Signal::Exit { from, reason, kind } => self.apply_exit(to, slot, from, reason, kind),
            Signal::Monitor { from, monitor } => self.add_monitor(to, slot, from, monitor),
            Signal::Demonitor { from, monitor } => {
                if let Some(relations) = self.kinds.arena(slot.kind).relations_if_any(slot.cell)
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
        let relations = self.kinds.arena(slot.kind).relations(slot.cell);
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
        let relations = self.kinds.arena(slot.kind).relations(slot.cell);
        if relations.count() < crate::config::RELATIONS_PER_PROCESS_MAX {
            relations.monitored_by.insert(monitor, from);
            return;
        }
        self.stats.relations_refused += 1;
        let reason = ExitReason::custom("monitor refused: relation limit reached");
        self.signal(
            from,
            Signal::Down {
                monitor,
                pid: to,
                reason,
            },
        );
    }

    fn apply_exit(&mut self, to: Pid, slot: Slot, from: Pid, reason: ExitReason, kind: ExitKind) {
        if slot.state != STATE_ALIVE {
            return;
        }
        if kind == ExitKind::Linked {
            let linked = self
                .kinds
                .arena(slot.kind)
                .relations_if_any(slot.cell)
                .is_some_and(|relations| relations.links.remove(&from));
            if !linked {
                return;
            }
        }
        if kind == ExitKind::Kill {
            self.die(to, ExitReason::Killed);
        } else if slot.flags & FLAG_TRAP_EXIT != 0 {
            let message = SystemMsg::Exit { from, reason };
            self.push_system(to, slot, Box::new(message));
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
            .kinds
            .arena(slot.kind)
            .relations_if_any(slot.cell)
            .is_some_and(|relations| relations.monitors_out.remove(&monitor).is_some());
        if held {
            let message = SystemMsg::Down {
                monitor,
                pid,
                reason,
            };
            self.push_system(to, slot, Box::new(message));
        }
    }

    /// Marks a live process as dying; its death is finished by [`ShardCore::process_deaths`]
    /// (right away for idle processes, after its handler returns for the running one).
    pub(crate) fn die(&mut self, pid: Pid, reason: ExitReason) {
        let Some(slot) = self.table.get_mut(pid) else {
            return;
        };
        if slot.state != STATE_ALIVE {
            return;
        }
        slot.state = crate::table::STATE_EXITING;
        if Some(pid) == self.running {
            self.running_exiting = true;
        }
        self.dying.push_back((pid, reason));
    }

    /// Finishes every pending death, except the running process's (finished when its
    /// handler returns). Iterative, so a chain of a million links cannot overflow a stack.
    pub(crate) fn process_deaths(&mut self) {
        let mut deferred = None;
        while let Some((pid, reason)) = self.dying.pop_front() {
            if Some(pid) == self.running {
                deferred = Some((pid, reason));
                continue;
            }
            self.finish_death(pid, reason);
        }
        if let Some(entry) = deferred {
            self.dying.push_back(entry);
        }
    }

    /// Frees a dead process's cell and slot and tells its links, monitors and name.
    fn finish_death(&mut self, pid: Pid, reason: ExitReason) {
        let Some(slot) = self.table.get(pid).copied() else {
            return;
        };
        let relations = self.kinds.arena(slot.kind).remove(slot.cell);
        let next_generation = self.table.release(pid, true);
        self.stats.exits += 1;
        if matches!(reason, ExitReason::Panic(_)) {
            self.stats.panics += 1;
        }
        self.slot_freed(pid, next_generation);
        if let Some(relations) = relations {
            self.notify_relations(pid, *relations, &reason);
        }
    }

    /// Tells the minter of a foreign-minted slot that it may reuse it.
    pub(crate) fn slot_freed(&mut self, pid: Pid, next_generation: u32) {
        if pid.minter == self.id {
            return;
        }
        let (slot, home) = (pid.slot, pid.shard);
        self.run_on_shard(
            pid.minter,
            Box::new(move |core: &mut ShardCore| {
                core.mint[usize::from(home)].returned(slot, next_generation)
            }),
        );
    }

    fn notify_relations(
        &mut self,
        pid: Pid,
        relations: crate::kind::Relations,
        reason: &ExitReason,
    ) {
        if let Some(name) = &relations.name {
            self.shared.names.unregister_if(name, pid);
        }
        if relations.global_names
            && let Some(router) = self.router.as_mut()
        {
            router.release_globals(pid);
        }
        for linked in relations.links {
            self.signal(linked, Signal::exit_linked(pid, reason.clone()));
        }
        for (monitor, watcher) in relations.monitored_by {
            let reason = reason.clone();
            self.signal(
                watcher,
                Signal::Down {
                    monitor,
                    pid,
                    reason,
                },
            );
        }
        for (monitor, target) in relations.monitors_out {
            self.signal(target, Signal::Demonitor { from: pid, monitor });
        }
    }
}
