//! What a TCP load run measured, and its one-line report.

use std::time::Duration;

use hdrhistogram::Histogram;
use hearth_protocol::ErrorCode;

use crate::P99_TARGET;

/// What a run measured.
#[derive(Debug, Clone)]
pub struct LoadReport {
    /// Clients asked for.
    pub clients: usize,
    /// Clients logged in (at the end of the run).
    pub connected: usize,
    /// Requests per client per second asked for.
    pub rate: f64,
    /// Seconds measured.
    pub seconds: f64,
    /// Requests sent while measuring.
    pub sent: u64,
    /// Replies received while measuring.
    pub replies: u64,
    /// Pushes received while measuring.
    pub pushes: u64,
    /// Whether the clients sent the seed's mix.
    pub seed_mix: bool,
    /// AI entities running in the `--local-node` node.
    pub ai: usize,
    /// Latency of the replies, nanoseconds, each from the time its request was due.
    pub latency: Histogram<u64>,
    /// `ERROR_TIMEOUT` answers.
    pub timeouts: u64,
    /// `ERROR_RATE_LIMITED` answers.
    pub rate_limited: u64,
    /// Other error answers.
    pub errors: u64,
    /// Those, by protocol error code.
    pub error_codes: Vec<u64>,
    /// Sends skipped while measuring (too many in flight or the client's outbox full).
    pub skipped: u64,
    /// Connections that failed to connect or log in, or dropped.
    pub failed: usize,
}

impl LoadReport {
    /// Whether the run held: every client connected and stayed, every request due was
    /// sent (none skipped) and answered without an error, a timeout or a rate limit, and
    /// the p99 is within `p99_max`.
    pub fn held(&self, p99_max: Duration) -> bool {
        self.connected == self.clients
            && self.failed == 0
            && self.errors + self.timeouts + self.rate_limited + self.skipped == 0
            && self.latency.value_at_quantile(0.99) <= p99_max.as_nanos() as u64
    }

    /// The `hearth load …` line (`hearth load-tcp …` with the seed's mix); `held` is
    /// against [`P99_TARGET`].
    pub fn line(&self) -> String {
        let ms = |quantile: f64| self.latency.value_at_quantile(quantile) as f64 / 1e6;
        if self.seed_mix {
            return format!(
                "hearth load-tcp players={} ai={} msgs_per_s={:.0} p50_ms={:.2} p99_ms={:.2} p999_ms={:.2} errors={} connected={} requests_per_s={:.0} pushes_per_s={:.0} max_ms={:.2} timeouts={} rate_limited={} skipped={} failed={} seconds={:.1} error_codes={} held={}",
                self.clients,
                self.ai,
                (self.replies + self.pushes) as f64 / self.seconds,
                ms(0.5),
                ms(0.99),
                ms(0.999),
                self.errors + self.timeouts + self.rate_limited,
                self.connected,
                self.replies as f64 / self.seconds,
                self.pushes as f64 / self.seconds,
                self.latency.max() as f64 / 1e6,
                self.timeouts,
                self.rate_limited,
                self.skipped,
                self.failed,
                self.seconds,
                error_codes_field(&self.error_codes),
                self.held(P99_TARGET),
            );
        }
        format!(
            "hearth load clients={} connected={} rate_per_client={} seconds={:.1} requests_per_s={:.0} target_per_s={:.0} p50_ms={:.2} p99_ms={:.2} p999_ms={:.2} max_ms={:.2} timeouts={} rate_limited={} errors={} skipped={} failed={} held={}",
            self.clients,
            self.connected,
            self.rate,
            self.seconds,
            self.replies as f64 / self.seconds,
            self.clients as f64 * self.rate,
            ms(0.5),
            ms(0.99),
            ms(0.999),
            self.latency.max() as f64 / 1e6,
            self.timeouts,
            self.rate_limited,
            self.errors,
            self.skipped,
            self.failed,
            self.held(P99_TARGET),
        )
    }
}

/// `overloaded:12,invalid:3` for the report line (`none` without errors).
fn error_codes_field(counts: &[u64]) -> String {
    let named: Vec<String> = counts
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(code, count)| {
            let name = ErrorCode::try_from(code as i32).map_or_else(
                |_| "unknown".to_owned(),
                |code| {
                    code.as_str_name()
                        .trim_start_matches("ERROR_")
                        .to_lowercase()
                },
            );
            format!("{name}:{count}")
        })
        .collect();
    if named.is_empty() {
        "none".to_owned()
    } else {
        named.join(",")
    }
}
