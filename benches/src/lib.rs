//! Shared pieces of Hearth's benchmarks: the machine header every report starts with, the
//! baseline-format result line, and resident-memory readings.
//!
//! Every load benchmark prints one line per workload in the format of
//! `shared/BASELINES.md`: `<system> <workload> key=value ...`.

use std::fmt::Write as _;

pub mod w1_spawn;
pub mod w2_pingpong;
pub mod w3_ring;
pub mod w4_timers;
pub mod w5_call;
pub mod w6_remote;
pub mod wheel;

/// `# machine cores=.. kernel=.. toolchain=..`: where and with what a report was measured.
pub fn machine_header() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|text| text.trim().to_owned())
        .unwrap_or_else(|_| "unknown".to_owned());
    let toolchain = env!("HEARTH_RUSTC_VERSION").replace(' ', "_");
    format!("# machine cores={cores} kernel={kernel} toolchain={toolchain}")
}

/// One result line: `<system> <workload> key=value ...`.
pub struct Line {
    text: String,
}

impl Line {
    /// Starts a line for `system` (e.g. `hearth`) and `workload` (e.g. `W2-pingpong`).
    pub fn new(system: &str, workload: &str) -> Self {
        Self {
            text: format!("{system} {workload}"),
        }
    }

    /// Adds `key=value`.
    pub fn field(mut self, key: &str, value: impl std::fmt::Display) -> Self {
        write!(self.text, " {key}={value}").expect("writing to a String cannot fail");
        self
    }

    /// Adds `key=value` with a float rounded to `decimals`.
    pub fn float(mut self, key: &str, value: f64, decimals: usize) -> Self {
        write!(self.text, " {key}={value:.decimals$}").expect("writing to a String cannot fail");
        self
    }

    /// The finished line.
    pub fn finish(self) -> String {
        self.text
    }
}

/// Resident set size of this OS process in bytes (from `/proc/self/statm`).
pub fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let resident_pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|field| field.parse().ok())
        .unwrap_or(0);
    resident_pages * page_size_bytes()
}

fn page_size_bytes() -> u64 {
    // Every Linux target Hearth supports uses 4 KiB base pages; statm counts those.
    4096
}

/// A node for one engine workload, with `shards` shards and `timers_reserved` timer nodes
/// created per shard at start-up.
pub fn start_node(shards: usize, timers_reserved: usize) -> hearth_engine::Node {
    let config = hearth_engine::NodeConfig {
        shards,
        timers_reserved,
        ..hearth_engine::NodeConfig::default()
    };
    hearth_engine::Node::start(config).expect("node starts")
}

/// Nanoseconds per operation.
pub fn ns_per(elapsed: std::time::Duration, operations: u64) -> f64 {
    elapsed.as_nanos() as f64 / operations.max(1) as f64
}
