//! The run queues of one shard: which processes are runnable, in what order.
//!
//! Invariants:
//! - A pid is in at most one queue at most once: the mailbox's `scheduled` flag, set when
//!   the process is queued and cleared when a run finds the mailbox empty, guards entry.
//! - `High` processes are served first; within a priority, first in first out.

use crate::fifo::Fifo;
use crate::pid::Pid;
use crate::table::FLAG_HIGH;

/// The two run queues (see the module docs).
pub(crate) struct RunQueues {
    normal: Fifo<Pid>,
    /// Runnable `Priority::High` processes, served before `normal`.
    high: Fifo<Pid>,
}

impl RunQueues {
    pub(crate) fn new() -> Self {
        Self {
            normal: Fifo::new(),
            high: Fifo::new(),
        }
    }

    /// Puts a process that became runnable at the back of its priority's queue; `flags`
    /// are its table slot's flags.
    #[inline]
    pub(crate) fn schedule(&mut self, pid: Pid, flags: u8) {
        if flags & FLAG_HIGH != 0 {
            self.high.push_back(pid);
        } else {
            self.normal.push_back(pid);
        }
    }

    /// The next process to run: the oldest runnable `High` one, else the oldest other.
    #[inline]
    pub(crate) fn next(&mut self) -> Option<Pid> {
        self.high.pop_front().or_else(|| self.normal.pop_front())
    }

    /// Whether a process is runnable.
    pub(crate) fn any(&self) -> bool {
        !self.high.is_empty() || !self.normal.is_empty()
    }

    /// Runnable processes (a gauge for statistics).
    pub(crate) fn len(&self) -> usize {
        self.high.len() + self.normal.len()
    }
}
