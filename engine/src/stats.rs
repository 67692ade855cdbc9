//! Counters a shard keeps about itself; summed into node statistics on request.

/// One process kind on one shard, counted when asked ([`crate::NodeHandle::census`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct KindCensus {
    /// The kind: its Rust type's name.
    pub kind: &'static str,
    /// Processes of the kind (alive or exiting).
    pub processes: usize,
    /// Messages queued in their mailboxes, all together.
    pub queued: usize,
    /// The longest of their mailboxes.
    pub mailbox_len_max: usize,
    /// Their mailboxes by length: counts per bucket of [`MAILBOX_LEN_BUCKETS`], then
    /// longer than the last.
    pub mailbox_lens: [usize; MAILBOX_LEN_BUCKETS.len() + 1],
}

/// Upper bounds of the mailbox-length histogram's buckets ([`KindCensus`]): empty, one
/// message waiting, a short queue, then powers of 4 up to the default mailbox bound's
/// neighbourhood.
pub const MAILBOX_LEN_BUCKETS: [usize; 7] = [0, 1, 4, 16, 64, 256, 1024];

impl KindCensus {
    /// Counts one mailbox of `len` messages.
    pub(crate) fn mailbox(&mut self, len: usize) {
        self.processes += 1;
        self.queued += len;
        self.mailbox_len_max = self.mailbox_len_max.max(len);
        let bucket = MAILBOX_LEN_BUCKETS
            .iter()
            .position(|bound| len <= *bound)
            .unwrap_or(MAILBOX_LEN_BUCKETS.len());
        self.mailbox_lens[bucket] += 1;
    }
}

/// Upper bounds of the run-time histogram's buckets ([`RunTimes`]), in nanoseconds (the last bucket,
/// past 100 ms, is implied): a run of one light message takes ~1 µs, a heavy request
/// ~1 ms, and the watchdog reports a run past `LONG_HANDLER`.
pub const RUN_TIME_BUCKETS_NS: [u64; 6] =
    [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/// What one shard (or, summed, a node) has done since it started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ShardStats {
    /// User messages queued into mailboxes.
    pub delivered: u64,
    /// Messages and signals addressed to processes that no longer exist.
    pub dropped_dead: u64,
    /// Messages whose type was not the receiver's message type.
    pub misrouted: u64,
    /// Messages dropped by a full mailbox's `DropNewest` / `DropOldest` / `Exit` policy.
    pub overflowed: u64,
    /// Messages from another shard or node dropped past a `Refuse` mailbox's headroom
    /// (their senders had not heard yet that it refuses them).
    pub refused: u64,
    /// Senders elsewhere told that a mailbox of this shard refuses them.
    pub refusals_told: u64,
    /// Notices heard that a process elsewhere refuses this shard's senders.
    pub refusals_heard: u64,
    /// Sends handed back because the receiver's shard or node said it refuses them.
    pub refused_at_send: u64,
    /// Sends refused because the outbox towards a shard was full.
    pub outbox_full: u64,
    /// Sends refused because the sender used its share of the outbox.
    pub outbox_share_full: u64,
    /// Processes ended because their system lane was full.
    pub system_overflows: u64,
    /// Parcels that waited behind a full ring.
    pub ring_full: u64,
    /// Processes created.
    pub spawns: u64,
    /// Processes ended.
    pub exits: u64,
    /// Processes ended by a panic.
    pub panics: u64,
    /// Timers fired.
    pub timers_fired: u64,
    /// Replies dropped because their request had timed out (or was unknown).
    pub late_replies: u64,
    /// Requests that timed out.
    pub call_timeouts: u64,
    /// Requests sent again under the retry policy.
    pub call_retries: u64,
    /// Links or monitors refused at the per-process relation limit.
    pub relations_refused: u64,
    /// `send_after` messages that could not be delivered when their timer fired.
    pub timer_sends_dropped: u64,
    /// Messages for other nodes whose type is not registered to cross nodes.
    pub unregistered: u64,
    /// Live processes (a gauge, not a counter).
    pub processes: u64,
    /// Runnable processes (a gauge).
    pub runnable: u64,
    /// Mailboxes refusing senders elsewhere (a gauge).
    pub refusing: u64,
}

/// How long process runs took on a shard: one run in [`crate::RUN_TIME_SAMPLE_EVERY`]
/// is timed. Kept apart from [`ShardStats`], which the shard touches on every message,
/// so that its counters stay as compact as they were.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RunTimes {
    /// Sampled runs by how long they took: counts per bucket of
    /// [`RUN_TIME_BUCKETS_NS`], then past the last.
    pub buckets: [u64; RUN_TIME_BUCKETS_NS.len() + 1],
    /// The sampled runs' total time, in nanoseconds.
    pub sum_ns: u64,
}

impl RunTimes {
    /// Counts a sampled run that took `took_ns`.
    pub(crate) fn sampled(&mut self, took_ns: u64) {
        let bucket = RUN_TIME_BUCKETS_NS
            .iter()
            .position(|bound| took_ns <= *bound)
            .unwrap_or(RUN_TIME_BUCKETS_NS.len());
        self.buckets[bucket] += 1;
        self.sum_ns += took_ns;
    }
}

impl std::ops::AddAssign for ShardStats {
    fn add_assign(&mut self, other: Self) {
        let Self {
            delivered,
            dropped_dead,
            misrouted,
            overflowed,
            refused,
            refusals_told,
            refusals_heard,
            refused_at_send,
            outbox_full,
            outbox_share_full,
            system_overflows,
            ring_full,
            spawns,
            exits,
            panics,
            timers_fired,
            late_replies,
            call_timeouts,
            call_retries,
            relations_refused,
            timer_sends_dropped,
            unregistered,
            processes,
            runnable,
            refusing,
        } = other;
        self.delivered += delivered;
        self.dropped_dead += dropped_dead;
        self.misrouted += misrouted;
        self.overflowed += overflowed;
        self.refused += refused;
        self.refusals_told += refusals_told;
        self.refusals_heard += refusals_heard;
        self.refused_at_send += refused_at_send;
        self.outbox_full += outbox_full;
        self.outbox_share_full += outbox_share_full;
        self.system_overflows += system_overflows;
        self.ring_full += ring_full;
        self.spawns += spawns;
        self.exits += exits;
        self.panics += panics;
        self.timers_fired += timers_fired;
        self.late_replies += late_replies;
        self.call_timeouts += call_timeouts;
        self.call_retries += call_retries;
        self.relations_refused += relations_refused;
        self.timer_sends_dropped += timer_sends_dropped;
        self.unregistered += unregistered;
        self.processes += processes;
        self.runnable += runnable;
        self.refusing += refusing;
    }
}
