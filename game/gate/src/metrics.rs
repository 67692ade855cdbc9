//! What the gates count for `/metrics`: requests by kind with their latency, errors and
//! goodbyes by code, logins and refused logins by cause, and the frames and bytes of the client connections.
//!
//! One slot per shard, written only by that shard's thread (a load and a store, no
//! locked instruction: the same single-writer counters as the watchdog's), read by the
//! scraping thread with relaxed loads. A scrape may see one counter of a request before
//! another; each is exact on its own. Latency is counted from the gate's receipt of a
//! request to the Person's answer (or the timeout), in the buckets of
//! [`LATENCY_BUCKETS_S`].

use std::sync::atomic::{AtomicU64, Ordering};

use hearth_protocol::request::Body;

use crate::auth::Refusal;

/// The request kinds counted, in the order of [`request_kind`].
pub const REQUEST_KINDS: [&str; 18] = [
    "echo",
    "move",
    "whisper",
    "heavy",
    "join_group",
    "group_say",
    "trade_offer",
    "trade_answer",
    "battle_join",
    "battle_action",
    "battle_leave",
    "inventory",
    "use_item",
    "guild_info",
    "set_guild_rank",
    "guild_bank",
    "leave_group",
    "none",
];

/// Upper bounds of the latency buckets, in seconds (the last bucket, `+Inf`, is
/// implied): from a fast echo (~0.3 ms here) to the default request timeout (5 s).
pub const LATENCY_BUCKETS_S: [f64; 12] = [
    0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

/// Error codes counted by value; a larger code counts as the last one.
pub const ERROR_CODES_MAX: usize = 32;

const KINDS: usize = REQUEST_KINDS.len();
/// Login refusals by cause: [`Refusal::ALL`], then over the failed-login limit.
const REFUSALS: usize = Refusal::ALL.len() + 1;
/// The cause names of [`GateCounts::login_refusals`].
pub fn refusal_label(slot: usize) -> &'static str {
    Refusal::ALL
        .get(slot)
        .map_or("failed_login_limit", |refusal| refusal.label())
}
const BUCKETS: usize = LATENCY_BUCKETS_S.len() + 1;

/// The index of `body`'s kind in [`REQUEST_KINDS`].
pub fn request_kind(body: Option<&Body>) -> usize {
    match body {
        Some(Body::Echo(_)) => 0,
        Some(Body::Move(_)) => 1,
        Some(Body::Whisper(_)) => 2,
        Some(Body::Heavy(_)) => 3,
        Some(Body::JoinGroup(_)) => 4,
        Some(Body::GroupSay(_)) => 5,
        Some(Body::TradeOffer(_)) => 6,
        Some(Body::TradeAnswer(_)) => 7,
        Some(Body::BattleJoin(_)) => 8,
        Some(Body::BattleAction(_)) => 9,
        Some(Body::BattleLeave(_)) => 10,
        Some(Body::Inventory(_)) => 11,
        Some(Body::UseItem(_)) => 12,
        Some(Body::GuildInfo(_)) => 13,
        Some(Body::SetGuildRank(_)) => 14,
        Some(Body::GuildBank(_)) => 15,
        Some(Body::LeaveGroup(_)) => 16,
        None => 17,
    }
}

/// One shard's counters (aligned: shards never share a cache line).
#[repr(align(128))]
pub struct ShardCounts {
    requests: [AtomicU64; KINDS],
    latency: [[AtomicU64; BUCKETS]; KINDS],
    latency_sum_ns: [AtomicU64; KINDS],
    errors: [AtomicU64; ERROR_CODES_MAX],
    goodbyes: [AtomicU64; ERROR_CODES_MAX],
    logins: AtomicU64,
    refused: [AtomicU64; REFUSALS],
    frames_in: AtomicU64,
    bytes_in: AtomicU64,
    bytes_out: AtomicU64,
    throttled: AtomicU64,
    tls_failed: AtomicU64,
    ws_failed: AtomicU64,
    pushes: AtomicU64,
}

/// Adds one to a counter only this thread writes.
fn bump(counter: &AtomicU64, by: u64) {
    counter.store(counter.load(Ordering::Relaxed) + by, Ordering::Relaxed);
}

fn code_slot(code: i32) -> usize {
    usize::try_from(code).map_or(ERROR_CODES_MAX - 1, |code| code.min(ERROR_CODES_MAX - 1))
}

impl ShardCounts {
    fn new() -> Self {
        Self {
            requests: std::array::from_fn(|_| AtomicU64::new(0)),
            latency: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(0))),
            latency_sum_ns: std::array::from_fn(|_| AtomicU64::new(0)),
            errors: std::array::from_fn(|_| AtomicU64::new(0)),
            goodbyes: std::array::from_fn(|_| AtomicU64::new(0)),
            logins: AtomicU64::new(0),
            refused: std::array::from_fn(|_| AtomicU64::new(0)),
            frames_in: AtomicU64::new(0),
            bytes_in: AtomicU64::new(0),
            bytes_out: AtomicU64::new(0),
            throttled: AtomicU64::new(0),
            tls_failed: AtomicU64::new(0),
            ws_failed: AtomicU64::new(0),
            pushes: AtomicU64::new(0),
        }
    }

    /// A request of kind `kind` arrived.
    pub(crate) fn request(&self, kind: usize) {
        bump(&self.requests[kind], 1);
    }

    /// A request of kind `kind` was answered (or timed out) after `took_ns`.
    pub(crate) fn answered(&self, kind: usize, took_ns: u64) {
        let seconds = took_ns as f64 / 1e9;
        let bucket = LATENCY_BUCKETS_S
            .iter()
            .position(|bound| seconds <= *bound)
            .unwrap_or(BUCKETS - 1);
        bump(&self.latency[kind][bucket], 1);
        bump(&self.latency_sum_ns[kind], took_ns);
    }

    /// An error frame with `code` went to a client.
    pub(crate) fn error(&self, code: i32) {
        bump(&self.errors[code_slot(code)], 1);
    }

    /// A connection was closed with `code`.
    pub(crate) fn goodbye(&self, code: i32) {
        bump(&self.goodbyes[code_slot(code)], 1);
    }

    /// A login succeeded.
    pub(crate) fn logged_in(&self) {
        bump(&self.logins, 1);
    }

    /// A login was refused for `refusal` (`None`: its address is over the failed-login
    /// limit).
    pub(crate) fn login_refused(&self, refusal: Option<Refusal>) {
        bump(
            &self.refused[refusal.map_or(REFUSALS - 1, Refusal::index)],
            1,
        );
    }

    /// A frame of `bytes` (head included) came from a client.
    pub(crate) fn frame_in(&self, bytes: usize) {
        bump(&self.frames_in, 1);
        bump(&self.bytes_in, bytes as u64);
    }

    /// A connection was refused: too many from its address.
    pub(crate) fn throttled(&self) {
        bump(&self.throttled, 1);
    }

    /// A client's TLS handshake failed or timed out.
    pub(crate) fn tls_failed(&self) {
        bump(&self.tls_failed, 1);
    }

    /// `count` pushes went into clients' outboxes.
    pub(crate) fn pushed(&self, count: u64) {
        if count > 0 {
            bump(&self.pushes, count);
        }
    }

    /// A client's WebSocket upgrade failed or timed out.
    pub(crate) fn ws_failed(&self) {
        bump(&self.ws_failed, 1);
    }

    /// `bytes` went to a client's socket.
    pub(crate) fn wrote(&self, bytes: usize) {
        bump(&self.bytes_out, bytes as u64);
    }
}

/// Every shard's counters, and who is online.
pub struct GateCounts {
    shards: Box<[ShardCounts]>,
    /// The sessions online now.
    pub online: crate::online::Online,
}

/// A request kind's latency, summed over shards: per-bucket counts (not cumulative),
/// the sum in seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Latency {
    /// Counts per bucket of [`LATENCY_BUCKETS_S`], then `+Inf`.
    pub buckets: [u64; BUCKETS],
    /// The latencies' sum, in seconds.
    pub sum_s: f64,
}

impl GateCounts {
    /// Counters for `shards` shards.
    pub fn new(shards: usize) -> Self {
        Self {
            shards: (0..shards).map(|_| ShardCounts::new()).collect(),
            online: crate::online::Online::default(),
        }
    }

    /// Shard `shard`'s counters (written only from that shard).
    pub(crate) fn shard(&self, shard: usize) -> &ShardCounts {
        &self.shards[shard]
    }

    fn sum(&self, read: impl Fn(&ShardCounts) -> u64) -> u64 {
        self.shards.iter().map(read).sum()
    }

    /// Requests of kind `kind` (an index of [`REQUEST_KINDS`]).
    pub fn requests(&self, kind: usize) -> u64 {
        self.sum(|shard| shard.requests[kind].load(Ordering::Relaxed))
    }

    /// The latency of kind `kind`.
    pub fn latency(&self, kind: usize) -> Latency {
        let buckets = std::array::from_fn(|bucket| {
            self.sum(|shard| shard.latency[kind][bucket].load(Ordering::Relaxed))
        });
        let sum_ns = self.sum(|shard| shard.latency_sum_ns[kind].load(Ordering::Relaxed));
        Latency {
            buckets,
            sum_s: sum_ns as f64 / 1e9,
        }
    }

    /// Error frames sent with code `code` (codes past [`ERROR_CODES_MAX`] count as its
    /// last).
    pub fn errors(&self, code: usize) -> u64 {
        self.sum(|shard| shard.errors[code].load(Ordering::Relaxed))
    }

    /// Connections closed with code `code`.
    pub fn goodbyes(&self, code: usize) -> u64 {
        self.sum(|shard| shard.goodbyes[code].load(Ordering::Relaxed))
    }

    /// Successful logins.
    pub fn logins(&self) -> u64 {
        self.sum(|shard| shard.logins.load(Ordering::Relaxed))
    }

    /// Refused logins by cause: slot `i` is named by [`refusal_label`]`(i)`.
    pub fn login_refusals(&self) -> [u64; REFUSALS] {
        std::array::from_fn(|slot| self.sum(|shard| shard.refused[slot].load(Ordering::Relaxed)))
    }

    /// Frames read from clients, and their bytes.
    pub fn frames_in(&self) -> (u64, u64) {
        let frames = self.sum(|shard| shard.frames_in.load(Ordering::Relaxed));
        (
            frames,
            self.sum(|shard| shard.bytes_in.load(Ordering::Relaxed)),
        )
    }

    /// Connections refused because their address opened too many.
    pub fn throttled(&self) -> u64 {
        self.sum(|shard| shard.throttled.load(Ordering::Relaxed))
    }

    /// TLS handshakes that failed or timed out.
    pub fn tls_failed(&self) -> u64 {
        self.sum(|shard| shard.tls_failed.load(Ordering::Relaxed))
    }

    /// Pushes written into clients' outboxes (broadcasts once per receiving client).
    pub fn pushes(&self) -> u64 {
        self.sum(|shard| shard.pushes.load(Ordering::Relaxed))
    }

    /// WebSocket upgrades that failed or timed out.
    pub fn ws_failed(&self) -> u64 {
        self.sum(|shard| shard.ws_failed.load(Ordering::Relaxed))
    }

    /// Bytes written to clients' sockets.
    pub fn bytes_out(&self) -> u64 {
        self.sum(|shard| shard.bytes_out.load(Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latencies_fall_in_their_buckets_and_sum_over_shards() {
        let counts = GateCounts::new(2);
        counts.shard(0).answered(1, 400_000); // 0.4 ms: the first bucket
        counts.shard(1).answered(1, 1_000_000); // 1 ms: the bound belongs to its bucket
        counts.shard(1).answered(1, 7_000_000_000); // past every bound: +Inf
        let latency = counts.latency(1);
        assert_eq!(latency.buckets[0], 1);
        assert_eq!(latency.buckets[1], 1);
        assert_eq!(latency.buckets[BUCKETS - 1], 1);
        assert_eq!(latency.buckets.iter().sum::<u64>(), 3);
        assert!((latency.sum_s - 7.0014).abs() < 1e-9, "{}", latency.sum_s);
        assert_eq!(counts.latency(0).buckets.iter().sum::<u64>(), 0);
    }

    #[test]
    fn codes_past_the_table_count_as_its_last() {
        let counts = GateCounts::new(1);
        counts.shard(0).error(3);
        counts.shard(0).error(1_000);
        counts.shard(0).error(-1);
        assert_eq!(counts.errors(3), 1);
        assert_eq!(counts.errors(ERROR_CODES_MAX - 1), 2);
    }

    #[test]
    fn every_kind_has_a_name() {
        assert_eq!(request_kind(None), REQUEST_KINDS.len() - 1);
        let echo = Body::Echo(hearth_protocol::Echo::default());
        assert_eq!(REQUEST_KINDS[request_kind(Some(&echo))], "echo");
    }
}
