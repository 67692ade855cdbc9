//! Looking inside a running node, as Erlang's `process_info` and observer do: one
//! process's details, the processes with the longest mailboxes and the busiest ones, and
//! the supervision tree.
//!
//! # Contract
//!
//! | question | answered by | cost |
//! |---|---|---|
//! | one process's details | [`crate::NodeHandle::process_info`] | one job on the process's shard |
//! | its state, summarised | [`crate::Process::status`], which the process writes into a [`Status`] | only when asked |
//! | longest mailboxes, busiest processes | [`crate::NodeHandle::top_processes`] | one pass over each shard's mailboxes |
//! | the supervisors at the top of the tree | [`crate::NodeHandle::supervision_roots`] | one pass over each shard's roots |
//!
//! Every answer is taken on the process's own shard between two runs, so it is
//! consistent for that process; answers about several processes are not one snapshot.
//! Every list is bounded (the limits below): a process with a million links answers with
//! the first [`RELATIONS_LISTED_MAX`] and the total.
//!
//! "Busiest" comes from the run-time sample the shard keeps anyway: one run in
//! [`crate::RUN_TIME_SAMPLE_EVERY`] is timed, and the last [`RECENT_RUNS`] timed runs are
//! remembered with their process. A process's share of that window is its share of the
//! shard's recent work; nothing is added to the runs that are not sampled.

use std::fmt::{self, Write as _};

use crate::pid::Pid;

/// Fields one [`Status`] keeps; more are dropped and counted.
pub const STATUS_FIELDS_MAX: usize = 32;
/// Bytes of one status field's value; a longer value is cut (at a character boundary)
/// and ends with `…`.
pub const STATUS_VALUE_BYTES_MAX: usize = 512;
/// Links, monitors or watchers listed in a [`ProcessInfo`]; the total is given beside.
pub const RELATIONS_LISTED_MAX: usize = 64;
/// Children a supervisor lists in its [`Status`]; the total is given beside.
pub const CHILDREN_LISTED_MAX: usize = 64;
/// Timed runs each shard remembers for [`crate::NodeHandle::top_processes`] (24 bytes
/// each): at one run in 128 timed, the work of the last ~130,000 runs.
pub const RECENT_RUNS: usize = 1024;
/// Processes [`crate::NodeHandle::top_processes`] lists per shard and per list.
pub const TOP_PROCESSES_MAX: usize = 100;
/// Supervisors [`crate::NodeHandle::supervision_roots`] lists per shard.
pub const SUPERVISION_ROOTS_MAX: usize = 256;

/// What a process says of its state when asked ([`crate::Process::status`]): named
/// fields, and for a supervisor its children. Bounded: see the limits above.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    fields: Vec<(&'static str, String)>,
    fields_dropped: usize,
    children: Vec<StatusChild>,
    children_total: usize,
    supervisor: bool,
}

/// One child a supervisor lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusChild {
    /// Its id in the supervisor's spec.
    pub id: String,
    /// Its pid, `None` while it is not running (being restarted, or stopped).
    pub pid: Option<Pid>,
}

impl Status {
    /// Adds a field `key = value` (dropped past [`STATUS_FIELDS_MAX`]; a value is cut at
    /// [`STATUS_VALUE_BYTES_MAX`]).
    pub fn field(&mut self, key: &'static str, value: impl fmt::Display) -> &mut Self {
        if self.fields.len() == STATUS_FIELDS_MAX {
            self.fields_dropped += 1;
            return self;
        }
        let mut text = String::new();
        let _ = write!(Bounded(&mut text), "{value}");
        self.fields.push((key, text));
        self
    }

    /// Marks the process a supervisor: observers draw it as a node of the tree with its
    /// children ([`Status::child`]).
    pub fn supervisor(&mut self) -> &mut Self {
        self.supervisor = true;
        self
    }

    /// Adds a child, counted always and listed up to [`CHILDREN_LISTED_MAX`].
    pub fn child(&mut self, id: &str, pid: Option<Pid>) -> &mut Self {
        self.children_total += 1;
        if self.children.len() < CHILDREN_LISTED_MAX {
            self.children.push(StatusChild {
                id: id.to_owned(),
                pid,
            });
        }
        self
    }

    /// The fields, in the order given.
    pub fn fields(&self) -> &[(&'static str, String)] {
        &self.fields
    }

    /// Fields given past [`STATUS_FIELDS_MAX`] and dropped.
    pub fn fields_dropped(&self) -> usize {
        self.fields_dropped
    }

    /// Whether the process said it supervises ([`Status::supervisor`]).
    pub fn is_supervisor(&self) -> bool {
        self.supervisor
    }

    /// The children listed (at most [`CHILDREN_LISTED_MAX`]).
    pub fn children(&self) -> &[StatusChild] {
        &self.children
    }

    /// All the children given, listed or not.
    pub fn children_total(&self) -> usize {
        self.children_total
    }
}

/// A `fmt::Write` that keeps at most [`STATUS_VALUE_BYTES_MAX`] bytes and marks a cut.
struct Bounded<'a>(&'a mut String);

impl fmt::Write for Bounded<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let room = STATUS_VALUE_BYTES_MAX.saturating_sub(self.0.len());
        if text.len() <= room {
            self.0.push_str(text);
            return Ok(());
        }
        if !self.0.ends_with('…') {
            let mut end = room.saturating_sub('…'.len_utf8());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            self.0.push_str(&text[..end]);
            self.0.push('…');
        }
        Ok(())
    }
}

/// Up to [`RELATIONS_LISTED_MAX`] items and how many there are in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed<T> {
    /// The first items (in no particular order).
    pub items: Vec<T>,
    /// All of them.
    pub total: usize,
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            total: 0,
        }
    }
}

impl<T> Listed<T> {
    /// The first [`RELATIONS_LISTED_MAX`] of `items` and their count.
    pub(crate) fn of(items: impl ExactSizeIterator<Item = T>) -> Self {
        let total = items.len();
        Self {
            items: items.take(RELATIONS_LISTED_MAX).collect(),
            total,
        }
    }
}

/// One process, as its shard sees it now (Erlang's `process_info`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProcessInfo {
    /// The process.
    pub pid: Pid,
    /// Its kind: the Rust type's name.
    pub kind: &'static str,
    /// Its registered (node-local) name.
    pub name: Option<String>,
    /// The process that spawned and linked it, if any.
    pub parent: Option<Pid>,
    /// It is dying: its exit is being processed.
    pub exiting: bool,
    /// Exit signals reach it as messages.
    pub trap_exit: bool,
    /// It runs at `Priority::High`.
    pub high_priority: bool,
    /// Messages queued (user messages, within the bound).
    pub mailbox_len: usize,
    /// Its mailbox's bound.
    pub mailbox_len_max: usize,
    /// The processes linked to it.
    pub links: Listed<Pid>,
    /// The processes it monitors.
    pub monitors: Listed<Pid>,
    /// The processes that monitor it.
    pub monitored_by: Listed<Pid>,
    /// What it says of its state ([`crate::Process::status`]).
    pub status: Status,
}

/// One process in a [`ShardTop`] list.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProcessLoad {
    /// The process.
    pub pid: Pid,
    /// Its kind.
    pub kind: &'static str,
    /// Messages queued now.
    pub mailbox_len: usize,
    /// Its timed runs in the shard's recent window.
    pub sampled_runs: u32,
    /// Their time, in nanoseconds.
    pub sampled_ns: u64,
    /// Messages they handled.
    pub sampled_messages: u64,
}

/// The processes of one shard that stand out now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ShardTop {
    /// The longest mailboxes, longest first (empty mailboxes are not listed).
    pub longest_mailboxes: Vec<ProcessLoad>,
    /// The processes with the most run time in the recent window, busiest first (only
    /// processes still alive are listed).
    pub busiest: Vec<ProcessLoad>,
    /// Timed runs in the window ([`RECENT_RUNS`] once the shard has run that many).
    pub window_runs: usize,
    /// Their time, in nanoseconds: the denominator of a process's share.
    pub window_ns: u64,
}

/// One supervisor at the top of a node's supervision tree (started from outside the
/// node, with no supervisor above it) and the roots that are not supervisors, by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SupervisionRoots {
    /// The root supervisors (at most [`SUPERVISION_ROOTS_MAX`]).
    pub supervisors: Vec<Pid>,
    /// Roots that supervise nothing, counted by kind (the gates' connection processes,
    /// their hubs, processes an embedder started).
    pub others: Vec<(&'static str, usize)>,
}

/// The last [`RECENT_RUNS`] timed runs of one shard: which process ran, how long, how
/// many messages. Written on timed runs only (one in `RUN_TIME_SAMPLE_EVERY`).
pub(crate) struct RecentRuns {
    runs: Box<[RecentRun]>,
    next: usize,
    filled: bool,
}

#[derive(Clone, Copy)]
pub(crate) struct RecentRun {
    pub(crate) pid: Pid,
    pub(crate) took_ns: u32,
    pub(crate) messages: u32,
}

impl Default for RecentRuns {
    fn default() -> Self {
        let empty = RecentRun {
            pid: Pid::from_bytes([0; 16]),
            took_ns: 0,
            messages: 0,
        };
        Self {
            runs: vec![empty; RECENT_RUNS].into_boxed_slice(),
            next: 0,
            filled: false,
        }
    }
}

impl RecentRuns {
    /// Remembers one timed run (forgetting the oldest once full).
    #[inline]
    pub(crate) fn note(&mut self, pid: Pid, took_ns: u64, messages: u32) {
        self.runs[self.next] = RecentRun {
            pid,
            took_ns: u32::try_from(took_ns).unwrap_or(u32::MAX),
            messages,
        };
        self.next += 1;
        if self.next == self.runs.len() {
            self.next = 0;
            self.filled = true;
        }
    }

    /// The runs remembered.
    pub(crate) fn runs(&self) -> &[RecentRun] {
        if self.filled {
            &self.runs
        } else {
            &self.runs[..self.next]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_bounded_in_fields_values_and_children() {
        let mut status = Status::default();
        for _ in 0..STATUS_FIELDS_MAX + 3 {
            status.field("k", 1);
        }
        assert_eq!(status.fields().len(), STATUS_FIELDS_MAX);
        assert_eq!(status.fields_dropped(), 3);

        let mut status = Status::default();
        status.field("long", "é".repeat(STATUS_VALUE_BYTES_MAX));
        let value = &status.fields()[0].1;
        assert!(value.len() <= STATUS_VALUE_BYTES_MAX, "{}", value.len());
        assert!(value.ends_with('…'));

        for child in 0..CHILDREN_LISTED_MAX + 5 {
            status.child(&child.to_string(), None);
        }
        assert_eq!(status.children().len(), CHILDREN_LISTED_MAX);
        assert_eq!(status.children_total(), CHILDREN_LISTED_MAX + 5);
    }

    #[test]
    fn recent_runs_keep_the_last_window() {
        let mut recent = RecentRuns::default();
        let pid = Pid::from_bytes([1; 16]);
        recent.note(pid, 10, 1);
        assert_eq!(recent.runs().len(), 1);
        for _ in 0..RECENT_RUNS + 7 {
            recent.note(pid, u64::MAX, 2);
        }
        assert_eq!(recent.runs().len(), RECENT_RUNS);
        assert!(recent.runs().iter().all(|run| run.took_ns == u32::MAX));
    }
}
