//! What an operator sees of a running node: its metrics, gathered when scraped, and the
//! observer page (`observer`), for the admin listener (`hearth-admin`); and a scraper
//! for load runs (`scraper`).
//!
//! Nothing here runs on the hot path: a scrape asks every shard for its counters (one
//! job per shard, answered between two turns) and reads the gate's and the store's
//! atomics. A shard that does not answer within [`SCRAPE_SHARD_TIMEOUT`] shows as
//! `hearth_shard_responded 0` and its other series are left out of that page, so one
//! stuck shard never hangs a scrape.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hearth_admin::{
    AdminConfig, AdminError, AdminServer, Exposition, Kind, Operator, Page, ReloadError, Reloaded,
};
use hearth_durable::Store;
use hearth_engine::{
    KindCensus, MAILBOX_LEN_BUCKETS, NodeHandle, RUN_TIME_BUCKETS_NS, RunTimes, ShardStats,
};
use hearth_gate::GateControl;
use hearth_gate::metrics::{
    ERROR_CODES_MAX, GateCounts, LATENCY_BUCKETS_S, REQUEST_KINDS, refusal_label,
};
use hearth_net::ClusterHandle;

use crate::node::Role;
use crate::reload::Reloader;

mod observer;
mod peers;
mod scraper;
mod scripts;

pub use peers::{
    NodeReport, PEERS_HEARD_MAX, Peers, REPORT_EVERY, REPORTER_PREFIX, Reporter, ShardLoad,
};
pub use scraper::scraper;
pub use scripts::{
    AGENT_PREFIX, RELEASE_BYTES_MAX, ScriptCounts, ScriptsAgent, ScriptsCluster, ScriptsMsg,
};

/// The admin listener's default address (loopback: metrics and health need no token).
pub const ADMIN_LISTEN_DEFAULT: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 7480);

/// Where the admin listener listens and the token it asks for.
#[derive(Clone, PartialEq, Eq)]
pub struct AdminOptions {
    /// The address; `None`: no admin listener.
    pub listen: Option<SocketAddr>,
    /// Whether the address was asked for (a taken one then fails the start); the default
    /// address, when taken (a second node on the machine), gives way to a free port.
    pub fixed: bool,
    /// The bearer token.
    pub token: Option<Arc<str>>,
}

impl AdminOptions {
    /// The default listener with `token`.
    pub fn default_with(token: Option<Arc<str>>) -> Self {
        Self {
            listen: Some(ADMIN_LISTEN_DEFAULT),
            fixed: false,
            token,
        }
    }
}

impl std::fmt::Debug for AdminOptions {
    /// Never shows the token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminOptions")
            .field("listen", &self.listen)
            .field("fixed", &self.fixed)
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .finish()
    }
}

/// Starts the admin listener of `options` serving `operator`; `None` when it is off.
///
/// # Errors
/// [`AdminError`]: the asked-for address is taken, or is off loopback without a token.
pub fn start_admin(
    options: &AdminOptions,
    operator: Arc<dyn Operator>,
) -> Result<Option<AdminServer>, AdminError> {
    let Some(listen) = options.listen else {
        return Ok(None);
    };
    let config = |listen| AdminConfig {
        listen,
        token: options.token.clone(),
    };
    match AdminServer::start(config(listen), Arc::clone(&operator)) {
        Err(AdminError::Bind(_, why)) if !options.fixed => {
            tracing::warn!(%listen, %why, "the default admin address is taken; listening on a free port");
            let free = SocketAddr::new(listen.ip(), 0);
            AdminServer::start(config(free), operator).map(Some)
        }
        started => started.map(Some),
    }
}

/// How long a scrape waits for the shards' counters (a shard answers between two turns;
/// a turn is bounded by the preemption timer, milliseconds).
pub const SCRAPE_SHARD_TIMEOUT: Duration = Duration::from_millis(500);

/// The handles an observer reads a node through (cloneable, `Send`).
#[derive(Clone)]
pub struct NodeObserver {
    node: NodeHandle,
    gates: Option<GateControl>,
    cluster: Option<ClusterHandle>,
    store: Option<Store>,
    tuning: Option<Arc<hearth_world::Tuning>>,
    peers: Option<Arc<Peers>>,
    scripts: Option<(Arc<hearth_scripts::Catalog>, Arc<ScriptCounts>)>,
    role: Role,
    started: Instant,
}

impl NodeObserver {
    pub(crate) fn new(
        node: NodeHandle,
        gates: Option<GateControl>,
        cluster: Option<ClusterHandle>,
        store: Option<Store>,
        tuning: Option<Arc<hearth_world::Tuning>>,
        peers: Option<Arc<Peers>>,
        role: Role,
    ) -> Self {
        Self {
            node,
            gates,
            cluster,
            store,
            tuning,
            peers,
            scripts: None,
            role,
            started: Instant::now(),
        }
    }

    /// The node's scripts and what they did, for `/metrics`.
    pub(crate) fn with_scripts(
        mut self,
        scripts: Option<Arc<hearth_scripts::Catalog>>,
        counts: Arc<ScriptCounts>,
    ) -> Self {
        self.scripts = scripts.map(|catalog| (catalog, counts));
        self
    }

    /// Writes every metric of the node onto `page`.
    pub fn write_metrics(&self, page: &mut Exposition) {
        let labels = [
            ("role", self.role.name()),
            ("version", env!("CARGO_PKG_VERSION")),
        ];
        page.family(
            "hearth_info",
            Kind::Gauge,
            "The node's role and version.",
            [(&labels[..], 1.0)],
        );
        let uptime = self.started.elapsed().as_secs_f64();
        page.single(
            "hearth_uptime_seconds",
            Kind::Gauge,
            "Since the node started.",
            uptime,
        );
        self.write_shards(page);
        if let Some(gates) = &self.gates {
            write_gates(page, gates);
        }
        if let Some(store) = &self.store {
            write_store(page, store);
        }
        if let Some(cluster) = &self.cluster {
            write_cluster(page, cluster);
        }
        if let Some(tuning) = &self.tuning {
            write_tuning(page, tuning);
        }
        if let Some((catalog, counts)) = &self.scripts {
            write_scripts(page, catalog, counts);
        }
    }

    fn write_shards(&self, page: &mut Exposition) {
        let stats = self.node.shard_stats_and_run_times(SCRAPE_SHARD_TIMEOUT);
        let names: Vec<String> = (0..stats.len()).map(|shard| shard.to_string()).collect();
        let responded = stats.iter().zip(&names).map(|(stats, name)| {
            let value = if stats.is_some() { 1.0 } else { 0.0 };
            (vec![("shard", name.as_str())], value)
        });
        let responded: Vec<_> = responded.collect();
        page.family(
            "hearth_shard_responded",
            Kind::Gauge,
            "Whether the shard answered this scrape in time (its other series are absent if not).",
            responded
                .iter()
                .map(|(labels, value)| (&labels[..], *value)),
        );
        let answered: Vec<(&str, ShardStats)> = stats
            .iter()
            .zip(&names)
            .filter_map(|(stats, name)| stats.map(|(stats, _)| (name.as_str(), stats)))
            .collect();
        let run_times: Vec<(&str, RunTimes)> = stats
            .iter()
            .zip(&names)
            .filter_map(|(stats, name)| stats.map(|(_, times)| (name.as_str(), times)))
            .collect();
        for family in SHARD_FAMILIES {
            let samples: Vec<_> = answered
                .iter()
                .map(|(shard, stats)| ([("shard", *shard)], (family.read)(stats) as f64))
                .collect();
            page.family(
                family.name,
                family.kind,
                family.help,
                samples.iter().map(|(labels, value)| (&labels[..], *value)),
            );
        }
        self.write_dropped(page, &answered);
        write_run_time(page, &run_times);
        self.write_census(page, &names);
        self.write_watchdog(page, &names);
    }

    fn write_dropped(&self, page: &mut Exposition, answered: &[(&str, ShardStats)]) {
        let mut samples = Vec::new();
        for (shard, stats) in answered {
            for (reason, count) in dropped_by_reason(stats) {
                samples.push(([("shard", *shard), ("reason", reason)], count as f64));
            }
        }
        page.family(
            "hearth_messages_dropped_total",
            Kind::Counter,
            "Messages that reached no handler, by reason.",
            samples.iter().map(|(labels, value)| (&labels[..], *value)),
        );
    }

    /// Processes, queued messages and the longest mailbox, by shard and kind (kinds
    /// with no process left out); a shard that does not answer in time is left out.
    fn write_census(&self, page: &mut Exposition, names: &[String]) {
        let census = self.node.census(SCRAPE_SHARD_TIMEOUT);
        let rows: Vec<([(&str, &str); 2], KindCensus)> = census
            .iter()
            .zip(names)
            .filter_map(|(kinds, shard)| Some((kinds.as_ref()?, shard)))
            .flat_map(|(kinds, shard)| {
                kinds
                    .iter()
                    .filter(|kind| kind.processes > 0)
                    .map(move |kind| ([("shard", shard.as_str()), ("kind", kind.kind)], *kind))
            })
            .collect();
        for (name, help, read) in CENSUS_FAMILIES {
            page.family(
                name,
                Kind::Gauge,
                help,
                rows.iter()
                    .map(|(labels, kind)| (&labels[..], read(kind) as f64)),
            );
        }
        write_mailbox_lengths(page, &census, names);
    }

    fn write_watchdog(&self, page: &mut Exposition, names: &[String]) {
        let counts: Vec<(u64, u64)> = (0..names.len())
            .map(|shard| self.node.watchdog_counts(shard))
            .collect();
        let long: Vec<_> = names
            .iter()
            .zip(&counts)
            .map(|(name, (long, _))| ([("shard", name.as_str())], *long as f64))
            .collect();
        page.family(
            "hearth_long_handlers_total",
            Kind::Counter,
            "Handlers the watchdog saw holding their shard too long.",
            long.iter().map(|(labels, value)| (&labels[..], *value)),
        );
        let stalls: Vec<_> = names
            .iter()
            .zip(&counts)
            .map(|(name, (_, stalls))| ([("shard", name.as_str())], *stalls as f64))
            .collect();
        page.family(
            "hearth_shard_stalls_total",
            Kind::Counter,
            "Sleeps the watchdog found outliving their deadline (lost wake-ups), and rang.",
            stalls.iter().map(|(labels, value)| (&labels[..], *value)),
        );
    }
}

/// How long process runs take, per shard: a sample of one run in
/// `RUN_TIME_SAMPLE_EVERY` (the counts are of sampled runs).
fn write_run_time(page: &mut Exposition, answered: &[(&str, RunTimes)]) {
    let bounds: Vec<f64> = RUN_TIME_BUCKETS_NS
        .iter()
        .map(|ns| *ns as f64 / 1e9)
        .collect();
    let labels: Vec<[(&str, &str); 1]> = answered
        .iter()
        .map(|(shard, _)| [("shard", *shard)])
        .collect();
    page.histogram(
        "hearth_process_run_seconds",
        "How long a process run (a batch of its messages) held its shard; one run in 128 is sampled.",
        &bounds,
        labels.iter().zip(answered).map(|(labels, (_, times))| {
            (&labels[..], &times.buckets[..], times.sum_ns as f64 / 1e9)
        }),
    );
}

/// The labels of a per-shard series.
type ShardLabel<'a> = [(&'a str, &'a str); 1];

/// Every mailbox of each shard by its length now (all kinds together), as a histogram.
fn write_mailbox_lengths(
    page: &mut Exposition,
    census: &[Option<Vec<KindCensus>>],
    names: &[String],
) {
    let bounds: Vec<f64> = MAILBOX_LEN_BUCKETS.iter().map(|len| *len as f64).collect();
    let shards: Vec<(ShardLabel<'_>, Vec<u64>, f64)> = census
        .iter()
        .zip(names)
        .filter_map(|(kinds, shard)| {
            let kinds = kinds.as_ref()?;
            let mut lens = vec![0u64; MAILBOX_LEN_BUCKETS.len() + 1];
            for kind in kinds {
                for (total, count) in lens.iter_mut().zip(kind.mailbox_lens) {
                    *total += count as u64;
                }
            }
            let queued = kinds.iter().map(|kind| kind.queued).sum::<usize>() as f64;
            Some(([("shard", shard.as_str())], lens, queued))
        })
        .collect();
    page.histogram(
        "hearth_mailbox_length",
        "Every process's mailbox by the messages queued in it now (a gauge histogram).",
        &bounds,
        shards
            .iter()
            .map(|(labels, lens, queued)| (&labels[..], &lens[..], *queued)),
    );
}

/// A census family: name, help, and what it reads of a kind.
type CensusFamily = (&'static str, &'static str, fn(&KindCensus) -> usize);

const CENSUS_FAMILIES: [CensusFamily; 3] = [
    ("hearth_kind_processes", "Processes by kind.", |kind| {
        kind.processes
    }),
    (
        "hearth_kind_queued_messages",
        "Messages queued in the mailboxes of a kind.",
        |kind| kind.queued,
    ),
    (
        "hearth_kind_mailbox_len_max",
        "The longest mailbox of a kind.",
        |kind| kind.mailbox_len_max,
    ),
];

/// One per-shard family read from [`ShardStats`].
struct ShardFamily {
    name: &'static str,
    kind: Kind,
    help: &'static str,
    read: fn(&ShardStats) -> u64,
}

const SHARD_FAMILIES: &[ShardFamily] = &[
    ShardFamily {
        name: "hearth_processes",
        kind: Kind::Gauge,
        help: "Live processes.",
        read: |s| s.processes,
    },
    ShardFamily {
        name: "hearth_runnable_processes",
        kind: Kind::Gauge,
        help: "Processes waiting to run (the run queue).",
        read: |s| s.runnable,
    },
    ShardFamily {
        name: "hearth_refusing_mailboxes",
        kind: Kind::Gauge,
        help: "Mailboxes refusing senders elsewhere (full).",
        read: |s| s.refusing,
    },
    ShardFamily {
        name: "hearth_spawns_total",
        kind: Kind::Counter,
        help: "Processes created.",
        read: |s| s.spawns,
    },
    ShardFamily {
        name: "hearth_exits_total",
        kind: Kind::Counter,
        help: "Processes ended.",
        read: |s| s.exits,
    },
    ShardFamily {
        name: "hearth_panics_total",
        kind: Kind::Counter,
        help: "Processes ended by a panic.",
        read: |s| s.panics,
    },
    ShardFamily {
        name: "hearth_messages_delivered_total",
        kind: Kind::Counter,
        help: "Messages queued into mailboxes.",
        read: |s| s.delivered,
    },
    ShardFamily {
        name: "hearth_sends_refused_total",
        kind: Kind::Counter,
        help: "Sends handed back to their sender (a refusing mailbox or a full outbox).",
        read: |s| s.refused_at_send + s.outbox_full + s.outbox_share_full,
    },
    ShardFamily {
        name: "hearth_system_overflows_total",
        kind: Kind::Counter,
        help: "Processes ended because their system lane was full.",
        read: |s| s.system_overflows,
    },
    ShardFamily {
        name: "hearth_ring_full_total",
        kind: Kind::Counter,
        help: "Parcels that waited behind a full cross-shard ring.",
        read: |s| s.ring_full,
    },
    ShardFamily {
        name: "hearth_timers_fired_total",
        kind: Kind::Counter,
        help: "Timers fired.",
        read: |s| s.timers_fired,
    },
    ShardFamily {
        name: "hearth_call_timeouts_total",
        kind: Kind::Counter,
        help: "Requests between processes that timed out.",
        read: |s| s.call_timeouts,
    },
    ShardFamily {
        name: "hearth_call_retries_total",
        kind: Kind::Counter,
        help: "Requests sent again under their retry policy.",
        read: |s| s.call_retries,
    },
    ShardFamily {
        name: "hearth_relations_refused_total",
        kind: Kind::Counter,
        help: "Links or monitors refused at the per-process limit.",
        read: |s| s.relations_refused,
    },
];

/// The ways a message reaches no handler, with their counts.
fn dropped_by_reason(stats: &ShardStats) -> [(&'static str, u64); 7] {
    [
        ("dead_receiver", stats.dropped_dead),
        ("wrong_type", stats.misrouted),
        ("mailbox_full", stats.overflowed),
        ("refused", stats.refused),
        ("not_registered_to_cross_nodes", stats.unregistered),
        ("late_reply", stats.late_replies),
        ("timer_send_undeliverable", stats.timer_sends_dropped),
    ]
}

/// Every other node this one knows, and whether it is connected now.
fn write_cluster(page: &mut Exposition, cluster: &ClusterHandle) {
    let members: Vec<(String, String, bool)> = cluster
        .members()
        .into_iter()
        .map(|member| (member.name, member.listen.to_string(), member.up))
        .collect();
    let labels: Vec<[(&str, &str); 2]> = members
        .iter()
        .map(|(name, listen, _)| [("name", name.as_str()), ("listen", listen.as_str())])
        .collect();
    page.family(
        "hearth_cluster_member_up",
        Kind::Gauge,
        "Other nodes of the cluster: 1 while connected.",
        labels
            .iter()
            .zip(&members)
            .map(|(labels, (_, _, up))| (&labels[..], if *up { 1.0 } else { 0.0 })),
    );
    write_link_traffic(page, cluster);
    page.single(
        "hearth_cluster_link_auth_failures_total",
        Kind::Counter,
        "Node links dropped because a frame failed authentication (bytes altered or injected on the way).",
        cluster.seal_failures() as f64,
    );
}

/// Frames and bytes on the links to each member, by direction.
fn write_link_traffic(page: &mut Exposition, cluster: &ClusterHandle) {
    let links = cluster.link_traffic();
    let mut labels: Vec<[(&str, &str); 2]> = Vec::new();
    let mut frames = Vec::new();
    let mut bytes = Vec::new();
    for (member, traffic) in &links {
        for (direction, (count, size)) in [
            ("out", traffic.sent_total()),
            ("in", traffic.received_total()),
        ] {
            labels.push([("peer", member.name.as_str()), ("direction", direction)]);
            frames.push(count as f64);
            bytes.push(size as f64);
        }
    }
    page.family(
        "hearth_cluster_link_frames_total",
        Kind::Counter,
        "Frames on the links to each member (a frame batches many messages), by direction.",
        labels.iter().map(|labels| &labels[..]).zip(frames),
    );
    let rtt_labels: Vec<[(&str, &str); 1]> = links
        .iter()
        .map(|(member, _)| [("peer", member.name.as_str())])
        .collect();
    page.family(
        "hearth_cluster_link_rtt_seconds",
        Kind::Gauge,
        "The last round trip to each member, measured by heartbeats on an idle link.",
        rtt_labels
            .iter()
            .zip(&links)
            .filter_map(|(labels, (_, traffic))| {
                Some((&labels[..], traffic.last_round_trip()?.as_secs_f64()))
            }),
    );
    page.family(
        "hearth_cluster_link_bytes_total",
        Kind::Counter,
        "Bytes on the links to each member (headers and tags included), by direction.",
        labels.iter().map(|labels| &labels[..]).zip(bytes),
    );
}

fn write_gates(page: &mut Exposition, gates: &GateControl) {
    let limits = gates.limits();
    let gauges = [
        (
            "hearth_client_connections",
            "Client connections open.",
            gates.open_connections() as f64,
        ),
        (
            "hearth_client_requests_per_s_limit",
            "Requests per second a client may send (live).",
            f64::from(limits.requests_per_s()),
        ),
        (
            "hearth_client_burst_limit",
            "Requests a client may send at once (live).",
            f64::from(limits.burst()),
        ),
        (
            "hearth_client_request_timeout_seconds",
            "Time a Person has to answer a request (live).",
            limits.request_timeout().as_secs_f64(),
        ),
        (
            "hearth_client_login_timeout_seconds",
            "Time a connection has to log in (live).",
            limits.login_timeout().as_secs_f64(),
        ),
    ];
    for (name, help, value) in gauges {
        page.single(name, Kind::Gauge, help, value);
    }
    write_gate_counts(page, gates.counts());
}

/// Requests by kind with their latency, errors and goodbyes by code, logins. Kinds and
/// codes never seen are left out (the page stays small).
fn write_gate_counts(page: &mut Exposition, counts: &GateCounts) {
    let (frames_in, bytes_in) = counts.frames_in();
    let traffic = [
        (
            "hearth_client_frames_in_total",
            "Frames read from clients.",
            frames_in,
        ),
        (
            "hearth_client_bytes_in_total",
            "Bytes of the frames read from clients.",
            bytes_in,
        ),
        (
            "hearth_client_bytes_out_total",
            "Bytes written to clients' sockets.",
            counts.bytes_out(),
        ),
        (
            "hearth_client_throttled_total",
            "Connections refused: too many from their address.",
            counts.throttled(),
        ),
        (
            "hearth_client_pushes_total",
            "Pushes written to clients (a broadcast counts once per client).",
            counts.pushes(),
        ),
        (
            "hearth_client_ws_upgrades_failed_total",
            "WebSocket upgrades that failed or timed out (the connection was closed).",
            counts.ws_failed(),
        ),
        (
            "hearth_client_tls_handshakes_failed_total",
            "TLS handshakes that failed or timed out (the connection was closed).",
            counts.tls_failed(),
        ),
    ];
    for (name, help, value) in traffic {
        page.single(name, Kind::Counter, help, value as f64);
    }
    let logins = counts.logins() as f64;
    page.single(
        "hearth_client_logins_total",
        Kind::Counter,
        "Successful logins.",
        logins,
    );
    let refusals = counts.login_refusals();
    let labels: Vec<[(&str, &str); 1]> = (0..refusals.len())
        .map(|slot| [("why", refusal_label(slot))])
        .collect();
    page.family(
        "hearth_client_logins_refused_total",
        Kind::Counter,
        "Logins refused, by cause (a bad ticket, a replay, the address over its failed-login limit).",
        labels
            .iter()
            .zip(refusals)
            .filter(|(_, refused)| *refused > 0)
            .map(|(labels, refused)| (&labels[..], refused as f64)),
    );
    let kinds: Vec<(usize, u64)> = (0..REQUEST_KINDS.len())
        .map(|kind| (kind, counts.requests(kind)))
        .filter(|(_, requests)| *requests > 0)
        .collect();
    let labels: Vec<[(&str, &str); 1]> = kinds
        .iter()
        .map(|(kind, _)| [("kind", REQUEST_KINDS[*kind])])
        .collect();
    page.family(
        "hearth_client_requests_total",
        Kind::Counter,
        "Requests forwarded to Persons, by kind.",
        labels
            .iter()
            .zip(&kinds)
            .map(|(labels, (_, requests))| (&labels[..], *requests as f64)),
    );
    let latencies: Vec<_> = kinds
        .iter()
        .map(|(kind, _)| counts.latency(*kind))
        .collect();
    page.histogram(
        "hearth_client_request_seconds",
        "From the gate's receipt of a request to the Person's answer (or the timeout), by kind.",
        &LATENCY_BUCKETS_S,
        labels
            .iter()
            .zip(&latencies)
            .map(|(labels, latency)| (&labels[..], &latency.buckets[..], latency.sum_s)),
    );
    write_codes(
        page,
        "hearth_client_errors_total",
        "Error frames sent to clients, by code.",
        |code| counts.errors(code),
    );
    write_codes(
        page,
        "hearth_client_goodbyes_total",
        "Connections closed by the gate, by reason.",
        |code| counts.goodbyes(code),
    );
}

/// A counter family by protocol error code (`rate_limited`, `timeout`, …).
fn write_codes(page: &mut Exposition, name: &'static str, help: &str, read: impl Fn(usize) -> u64) {
    let seen: Vec<(String, u64)> = (0..ERROR_CODES_MAX)
        .map(|code| (code_name(code), read(code)))
        .filter(|(_, count)| *count > 0)
        .collect();
    let labels: Vec<[(&str, &str); 1]> = seen
        .iter()
        .map(|(code, _)| [("code", code.as_str())])
        .collect();
    page.family(
        name,
        Kind::Counter,
        help,
        labels
            .iter()
            .zip(&seen)
            .map(|(labels, (_, count))| (&labels[..], *count as f64)),
    );
}

/// `ERROR_RATE_LIMITED` → `rate_limited`; an unknown value by its number.
fn code_name(code: usize) -> String {
    i32::try_from(code)
        .ok()
        .and_then(|code| hearth_protocol::ErrorCode::try_from(code).ok())
        .map_or_else(
            || code.to_string(),
            |code| {
                code.as_str_name()
                    .trim_start_matches("ERROR_")
                    .to_ascii_lowercase()
            },
        )
}

fn write_store(page: &mut Exposition, store: &Store) {
    let stats = store.stats();
    let backend = [("backend", store.backend())];
    let up = if stats.down { 0.0 } else { 1.0 };
    let families = [
        (
            "hearth_store_up",
            Kind::Gauge,
            "Whether the last commit succeeded (0: the store is being retried).",
            up,
        ),
        (
            "hearth_store_commits_total",
            Kind::Counter,
            "Durable commits (each a group of transactions).",
            stats.commits as f64,
        ),
        (
            "hearth_store_transactions_total",
            Kind::Counter,
            "Transactions committed or refused by a version check.",
            stats.txns as f64,
        ),
        (
            "hearth_store_bytes_total",
            Kind::Counter,
            "Snapshot bytes sent to the store.",
            stats.bytes as f64,
        ),
        (
            "hearth_store_commit_seconds_total",
            Kind::Counter,
            "Time spent in commits.",
            stats.commit_time.as_secs_f64(),
        ),
        (
            "hearth_store_saves_total",
            Kind::Counter,
            "Write-behind saves measured for the loss window.",
            stats.saves as f64,
        ),
        (
            "hearth_store_loss_window_p99_seconds",
            Kind::Gauge,
            "99th percentile of first unsaved change to its commit (what a crash loses).",
            stats.loss_window_p99.as_secs_f64(),
        ),
        (
            "hearth_store_loss_window_max_seconds",
            Kind::Gauge,
            "Longest first unsaved change to its commit seen.",
            stats.loss_window_max.as_secs_f64(),
        ),
    ];
    for (name, kind, help, value) in families {
        page.family(name, kind, help, [(&backend[..], value)]);
    }
}

/// The node as the admin listener sees it.
pub struct NodeOperator {
    observer: NodeObserver,
    serving: Arc<AtomicBool>,
    reloader: Arc<Reloader>,
}

impl NodeOperator {
    /// An operator over `observer`; `serving` turns false when the node drains.
    pub fn new(observer: NodeObserver, serving: Arc<AtomicBool>, reloader: Arc<Reloader>) -> Self {
        Self {
            observer,
            serving,
            reloader,
        }
    }
}

impl Operator for NodeOperator {
    fn metrics(&self, page: &mut Exposition) {
        self.observer.write_metrics(page);
        let (applied, refused) = self.reloader.counts();
        page.family(
            "hearth_config_reloads_total",
            Kind::Counter,
            "Config reloads (SIGHUP or POST /admin/reload), by outcome.",
            [
                (&[("outcome", "applied")][..], applied as f64),
                (&[("outcome", "refused")][..], refused as f64),
            ],
        );
    }

    fn serving(&self) -> bool {
        self.serving.load(Ordering::Acquire)
    }

    fn reload(&self) -> Result<Reloaded, ReloadError> {
        self.reloader.reload()
    }

    fn page(&self, path: &str) -> Option<Page> {
        observer::page(&self.observer, path)
    }

    fn command(&self, path: &str) -> Option<Result<String, String>> {
        match path {
            "/admin/scripts/reload" => Some(self.reloader.reload_scripts()),
            "/admin/scripts/rollback" => Some(self.reloader.rollback_scripts()),
            _ => None,
        }
    }
}

/// The world's live settings, as they run now.
fn write_tuning(page: &mut Exposition, tuning: &hearth_world::Tuning) {
    let values = tuning.values();
    page.single(
        "hearth_world_aoi_tick_seconds",
        Kind::Gauge,
        "How often a map cell sends its area-of-interest news (config aoi_tick_ms; live on reload).",
        values.aoi_tick.as_secs_f64(),
    );
    page.single(
        "hearth_world_aoi_radius_cells",
        Kind::Gauge,
        "How many cells around its own a player sees (config aoi_radius; live on reload).",
        f64::from(values.aoi_radius),
    );
    page.single(
        "hearth_world_battle_tick_hz",
        Kind::Gauge,
        "Battle ticks per second (config battle_tick_hz; live on reload).",
        f64::from(values.battle_tick_hz),
    );
}

/// The scripts release running and the releases installed or refused.
fn write_scripts(page: &mut Exposition, catalog: &hearth_scripts::Catalog, counts: &ScriptCounts) {
    page.single(
        "hearth_scripts_release",
        Kind::Gauge,
        "The scripts release this node runs (1 at start; each reload or rollback adds one).",
        catalog.version() as f64,
    );
    let load = |counter: &std::sync::atomic::AtomicU64| counter.load(Ordering::Relaxed) as f64;
    page.family(
        "hearth_scripts_releases_total",
        Kind::Counter,
        "Script releases (reloads and rollbacks, here or sent by another node), by outcome.",
        [
            (&[("outcome", "installed")][..], load(&counts.installed)),
            (&[("outcome", "refused")][..], load(&counts.refused)),
        ],
    );
}
