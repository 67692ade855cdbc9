//! The shard's answers to observers (see `crate::inspect`): one process's details, the
//! processes that stand out, and the roots of the supervision tree. Each runs as a job
//! between two runs, so no handler is running and every state is in its arena.

use hashbrown::HashMap;

use crate::inspect::{
    Listed, ProcessInfo, ProcessLoad, SUPERVISION_ROOTS_MAX, ShardTop, Status, SupervisionRoots,
    TOP_PROCESSES_MAX,
};
use crate::pid::Pid;
use crate::table::{FLAG_HIGH, FLAG_TRAP_EXIT, STATE_EXITING};

use super::Shard;

impl Shard {
    /// The details of `pid`, if it lives on this shard.
    pub(crate) fn process_info(&mut self, pid: Pid) -> Option<ProcessInfo> {
        let slot = self.procs.get(pid)?;
        let mut status = Status::default();
        self.procs.status(slot, &mut status);
        let (mailbox_len, mailbox_len_max) = self.procs.mailbox_len(slot);
        let kind = self.procs.kind_name(slot.kind);
        let mut info = ProcessInfo {
            pid,
            kind,
            name: None,
            parent: None,
            exiting: slot.state == STATE_EXITING,
            trap_exit: slot.flags & FLAG_TRAP_EXIT != 0,
            high_priority: slot.flags & FLAG_HIGH != 0,
            mailbox_len,
            mailbox_len_max,
            links: Listed::default(),
            monitors: Listed::default(),
            monitored_by: Listed::default(),
            status,
        };
        if let Some(relations) = self.procs.relations_if_any(slot) {
            info.name = relations.name.as_deref().map(str::to_owned);
            info.parent = relations.parent;
            info.links = Listed::of(relations.links.iter().copied());
            info.monitors = Listed::of(relations.monitors_out.values().copied());
            info.monitored_by = Listed::of(relations.monitored_by.values().copied());
        }
        Some(info)
    }

    /// The `n` (at most [`TOP_PROCESSES_MAX`]) longest mailboxes and busiest processes.
    pub(crate) fn top_processes(&mut self, n: usize) -> ShardTop {
        let n = n.min(TOP_PROCESSES_MAX);
        let mut load: HashMap<Pid, (u32, u64, u64)> = HashMap::new();
        let mut window_ns = 0;
        let runs = self.recent_runs.runs();
        for run in runs {
            let entry = load.entry(run.pid).or_default();
            entry.0 += 1;
            entry.1 += u64::from(run.took_ns);
            entry.2 += u64::from(run.messages);
            window_ns += u64::from(run.took_ns);
        }
        let window_runs = runs.len();
        let mut busiest: Vec<(Pid, (u32, u64, u64))> = load
            .iter()
            .map(|(&pid, &sample)| (pid, sample))
            .filter(|(pid, _)| self.procs.get(*pid).is_some())
            .collect();
        busiest.sort_unstable_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(&b.0)));
        busiest.truncate(n);
        let busiest = busiest
            .into_iter()
            .filter_map(|(pid, sample)| self.load_of(pid, sample))
            .collect();
        let longest_mailboxes = self
            .procs
            .longest_mailboxes(self.node, n)
            .into_iter()
            .filter_map(|(pid, _, _)| {
                let sample = load.get(&pid).copied().unwrap_or_default();
                self.load_of(pid, sample)
            })
            .collect();
        ShardTop {
            longest_mailboxes,
            busiest,
            window_runs,
            window_ns,
        }
    }

    /// One process's entry in a top list: `sample` is its (runs, ns, messages) in the
    /// recent window.
    fn load_of(&self, pid: Pid, sample: (u32, u64, u64)) -> Option<ProcessLoad> {
        let slot = self.procs.get(pid)?;
        Some(ProcessLoad {
            pid,
            kind: self.procs.kind_name(slot.kind),
            mailbox_len: self.procs.mailbox_len(slot).0,
            sampled_runs: sample.0,
            sampled_ns: sample.1,
            sampled_messages: sample.2,
        })
    }

    /// The supervisors among this shard's roots, and the other roots by kind.
    pub(crate) fn supervision_roots(&mut self) -> SupervisionRoots {
        let mut roots = SupervisionRoots::default();
        let mut others: HashMap<&'static str, usize> = HashMap::new();
        for pid in self.procs.roots() {
            let Some(slot) = self.procs.get(pid) else {
                continue;
            };
            let mut status = Status::default();
            self.procs.status(slot, &mut status);
            if status.is_supervisor() {
                if roots.supervisors.len() < SUPERVISION_ROOTS_MAX {
                    roots.supervisors.push(pid);
                }
            } else {
                *others.entry(self.procs.kind_name(slot.kind)).or_default() += 1;
            }
        }
        roots.others = others.into_iter().collect();
        roots
            .others
            .sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        roots
    }
}
