//! How a process ends: marked dying (at once, or after its running handler returns), then
//! its cell and slot are freed and everyone who must know is told — links (exit signals),
//! monitors (DOWN), the processes it monitored (demonitor), its names, the senders it was
//! refusing, and the shard that minted its slot.

use crate::exit::ExitReason;
use crate::kind::Relations;
use crate::pid::Pid;

use super::{Shard, Signal};

impl Shard {
    /// Marks a live process as dying; its death is finished by
    /// [`Shard::process_deaths`] (right away for idle processes, after its handler returns
    /// for the running one).
    pub(crate) fn die(&mut self, pid: Pid, reason: ExitReason) {
        if !self.procs.mark_exiting(pid) {
            return;
        }
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

    /// Whether deaths wait to be finished.
    pub(crate) fn deaths_pending(&self) -> bool {
        !self.dying.is_empty()
    }

    /// Frees a dead process's cell and slot and tells everyone who must know.
    fn finish_death(&mut self, pid: Pid, reason: ExitReason) {
        let Some(slot) = self.procs.get(pid) else {
            return;
        };
        let relations = self.procs.remove(slot);
        let next_generation = self.procs.release(pid, true);
        self.stats.exits += 1;
        if matches!(reason, ExitReason::Panic(_)) {
            self.stats.panics += 1;
        }
        self.slot_freed(pid, next_generation);
        self.reopen(pid);
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
            Box::new(move |shard: &mut Shard| {
                shard.procs.slot_returned(home, slot, next_generation)
            }),
        );
    }

    fn notify_relations(&mut self, pid: Pid, relations: Relations, reason: &ExitReason) {
        if let Some(name) = &relations.name {
            self.release_name(name, pid);
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
            let down = Signal::Down {
                monitor,
                pid,
                reason,
            };
            self.signal(watcher, down);
        }
        for (monitor, target) in relations.monitors_out {
            self.signal(target, Signal::Demonitor { from: pid, monitor });
        }
    }
}
