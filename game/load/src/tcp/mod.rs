//! `hearth load`'s TCP driver: opens N clients against a gate, logs each in, and sends
//! echo requests (or the seed's mix, [`TcpLoadSpec::seed_mix`]) at a fixed rate per
//! client; its [`LoadReport::line`] is
//! `hearth load clients=… connected=… requests_per_s=… p50_ms=… p99_ms=… …`.
//!
//! The driver runs on a Hearth node of its own (its shards, io_uring loops and timing
//! wheels): each shard owns a slice of the clients, a wheel that says which client sends
//! next (one timer per client, so the send schedule costs O(1) per request), and one
//! reader and one writer task per connection (`client.rs`). Requests are matched to
//! replies by id; latencies go into an HDR histogram (3 significant digits).
//!
//! # Free of coordinated omission (as wrk2 measures)
//! - **A fixed schedule per client.** When a client has logged in (and, with the seed's
//!   mix, its joins have had `JOIN_SETTLE`), its first request is due at a random phase
//!   within one period; the k-th at `first + k × period`. Nothing waits for a reply, and
//!   a late tick of the sender sends every request a client owes at once: the schedule
//!   does not slip when the driver or the node falls behind.
//! - **Latency from the intended time.** A reply's latency runs from when its request was
//!   *due*, not from when it was written, so a stalled node shows as latency rather than
//!   as fewer requests. The sender ticks on a 1 ms grid (`TICK`), so a request is due
//!   at the first tick at or after its slot; the sender's own lateness past that tick
//!   is in the figures.
//! - **Skips are counted.** A client keeps at most 256 requests unanswered (and a
//!   bounded outbox); a request due past that is skipped, counted (`skipped=`), and the
//!   run is not [`held`](LoadReport::held).
//!
//! Connections to a loopback target are spread over 127.0.0.1–127.0.0.N (the gate listens
//! on 0.0.0.0 by default) so that more than the ~28,000 ephemeral ports of one address
//! pair can be open.

mod client;
mod report;

use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use hearth_engine::{Node, NodeConfig, RemoteShard, ShardHandle, ShardService};
use hearth_gate::fd_limit::{self, FD_MARGIN};
use hearth_protocol::ErrorCode;
use hearth_world::person::ECHO_BYTES_MAX;

use client::ShardLoad;
pub use report::LoadReport;

/// Connections per loopback destination address: well below the ~28,000 ephemeral ports,
/// which the previous run's sockets may still hold in TIME_WAIT (a connect that must hunt
/// for a free port stalls the whole load shard).
const CONNECTIONS_PER_ADDRESS: usize = 8_000;
/// How often each shard's sender looks at its wheel.
const TICK: Duration = Duration::from_millis(1);
/// Histogram range: 1 µs to 60 s.
const LATENCY_MAX_NS: u64 = 60_000_000_000;
/// How long the end of a run waits for every shard's figures.
const REPORT_WAIT_MAX: Duration = Duration::from_secs(5);

/// What a TCP load run is asked to do.
#[derive(Debug, Clone)]
pub struct TcpLoadSpec {
    /// The gate's client address.
    pub target: SocketAddr,
    /// Clients to open.
    pub clients: usize,
    /// Requests per client per second.
    pub rate: f64,
    /// Seconds measured (after the warm-up).
    pub duration_s: u64,
    /// Seconds of load before measuring (after the clients connected).
    pub warmup_s: u64,
    /// Shards of the driver.
    pub shards: usize,
    /// New connections per second.
    pub connect_per_s: u32,
    /// Echo payload bytes (at most the world's echo limit).
    pub payload: usize,
    /// User names are `<prefix><n>`.
    pub user_prefix: String,
    /// The gate's login secret: each client logs in with a fresh ticket under it
    /// (`None`: an empty password, for a gate started with `--open-login`).
    pub login_secret: Option<std::sync::Arc<[u8]>>,
    /// Clients send the seed's mix ([`crate::mix`]) after joining a guild and a team,
    /// instead of echoes.
    pub seed_mix: bool,
    /// Players per guild (`seed_mix`).
    pub guild_size: usize,
    /// Players per team (`seed_mix`).
    pub team_size: usize,
    /// Say on stderr when measuring starts, with how many clients are logged in then
    /// (`hearth load: measuring, N of M clients logged in`): a script or test can wait
    /// for that line before it does what the load should see.
    pub progress: bool,
}

impl TcpLoadSpec {
    /// Whether the spec can run.
    ///
    /// # Errors
    /// [`LoadError::Invalid`] saying which setting is out of range.
    pub fn check(&self) -> Result<(), LoadError> {
        if self.clients == 0 || !(self.rate > 0.0 && self.rate <= 1e6) {
            return Err(LoadError::Invalid(
                "--clients must be above 0 and --rate in (0, 1e6]".into(),
            ));
        }
        if !(1..=hearth_engine::SHARDS_MAX).contains(&self.shards)
            || self.connect_per_s == 0
            || self.duration_s == 0
        {
            return Err(LoadError::Invalid(
                "--shards, --connect-per-s and --duration-s must be above 0".into(),
            ));
        }
        if self.payload > ECHO_BYTES_MAX {
            return Err(LoadError::Invalid(format!(
                "--payload must be at most {ECHO_BYTES_MAX}"
            )));
        }
        Ok(())
    }
}

/// Why a load run cannot start.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A setting out of range.
    #[error("{0}")]
    Invalid(String),
    /// Not enough file descriptors for the clients.
    #[error(
        "{clients} clients need {needed} file descriptors; the limit is {limit} (raise it with `ulimit -n`)"
    )]
    Descriptors {
        /// Clients asked for.
        clients: usize,
        /// Descriptors needed.
        needed: u64,
        /// The limit reached.
        limit: u64,
    },
    /// The driver node cannot start.
    #[error(transparent)]
    Node(#[from] hearth_engine::NodeError),
}

/// Phases of a run, shared by every shard.
const WARMING: u8 = 0;
const MEASURING: u8 = 1;
const STOPPING: u8 = 2;

/// How long a `seed_mix` client waits after its joins before its first request.
const JOIN_SETTLE: Duration = Duration::from_secs(1);

/// Counters every shard adds to.
#[derive(Default)]
struct Counters {
    pushes: AtomicU64,
    connected: AtomicUsize,
    connect_failed: AtomicUsize,
    login_failed: AtomicUsize,
    disconnected: AtomicUsize,
    sent: AtomicU64,
    replies: AtomicU64,
    errors: AtomicU64,
    /// Error answers by protocol error code; the last slot counts codes this driver does
    /// not know (a newer gate's), reported as `unknown`.
    error_codes: [AtomicU64; ERROR_CODES + 1],
    timeouts: AtomicU64,
    rate_limited: AtomicU64,
    skipped: AtomicU64,
}

/// Error codes the load driver counts one by one: every code of the protocol it was built
/// with (`UNAVAILABLE` is the highest).
const ERROR_CODES: usize = ErrorCode::ErrorUnavailable as usize + 1;

/// What the shards share.
struct Run {
    spec: TcpLoadSpec,
    phase: AtomicU8,
    counters: Counters,
    latency: Mutex<Histogram<u64>>,
    reported: AtomicUsize,
    started: Instant,
}

impl Run {
    fn measuring(&self) -> bool {
        self.phase.load(Ordering::Relaxed) == MEASURING
    }

    fn now_ns(&self) -> u64 {
        self.started.elapsed().as_nanos() as u64
    }

    fn period_us(&self) -> u64 {
        (1e6 / self.spec.rate).round().max(1.0) as u64
    }

    fn target(&self, client: usize) -> SocketAddr {
        let mut target = self.spec.target;
        if let (std::net::IpAddr::V4(ip), true) = (target.ip(), target.ip().is_loopback()) {
            let spread = (client / CONNECTIONS_PER_ADDRESS) as u8;
            let [a, b, c, d] = ip.octets();
            target.set_ip(std::net::Ipv4Addr::new(a, b, c, d.wrapping_add(spread)).into());
        }
        target
    }
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1_000, LATENCY_MAX_NS, 3).expect("valid histogram bounds")
}

struct LoadService {
    run: Arc<Run>,
}

impl ShardService for LoadService {
    fn start(&self, _here: &mut RemoteShard<'_>, handle: ShardHandle) {
        let shard = handle.shard();
        let shards = self.run.spec.shards;
        let load = Rc::new(ShardLoad::new(Arc::clone(&self.run)));
        handle.spawn(client::connect_all(
            handle.clone(),
            Rc::clone(&load),
            shard,
            shards,
        ));
        handle.spawn(client::send_loop(load));
    }
}

/// Runs the load against `spec.target` and reports.
///
/// # Errors
/// [`LoadError`] for a bad spec, too few file descriptors, or a driver that cannot start.
pub fn run(spec: &TcpLoadSpec) -> Result<LoadReport, LoadError> {
    spec.check()?;
    let needed = spec.clients as u64 + FD_MARGIN;
    let limit = fd_limit::raise(needed);
    if limit < needed {
        return Err(LoadError::Descriptors {
            clients: spec.clients,
            needed,
            limit,
        });
    }
    drive(spec)
}

fn drive(spec: &TcpLoadSpec) -> Result<LoadReport, LoadError> {
    let run = Arc::new(Run {
        spec: spec.clone(),
        phase: AtomicU8::new(WARMING),
        counters: Counters::default(),
        latency: Mutex::new(histogram()),
        reported: AtomicUsize::new(0),
        started: Instant::now(),
    });
    let mut config = NodeConfig {
        name: "hearth-load".into(),
        shards: spec.shards,
        pin: false,
        ..NodeConfig::default()
    };
    config.services.0.push(Arc::new(LoadService {
        run: Arc::clone(&run),
    }));
    let node = Node::start(config)?;
    let ramp = spec.clients as f64 / f64::from(spec.connect_per_s);
    std::thread::sleep(Duration::from_secs_f64(ramp) + Duration::from_secs(spec.warmup_s));
    run.phase.store(MEASURING, Ordering::Relaxed);
    if spec.progress {
        let counters = &run.counters;
        let logged_in = counters
            .connected
            .load(Ordering::Relaxed)
            .saturating_sub(counters.disconnected.load(Ordering::Relaxed));
        eprintln!(
            "hearth load: measuring, {logged_in} of {} clients logged in",
            spec.clients
        );
    }
    let measured = Instant::now();
    std::thread::sleep(Duration::from_secs(spec.duration_s));
    run.phase.store(STOPPING, Ordering::Relaxed);
    let seconds = measured.elapsed().as_secs_f64();
    let waited = Instant::now();
    while run.reported.load(Ordering::Acquire) < spec.shards && waited.elapsed() < REPORT_WAIT_MAX {
        std::thread::sleep(TICK);
    }
    node.shutdown();
    Ok(report_of(&run, seconds))
}

fn report_of(run: &Run, seconds: f64) -> LoadReport {
    let counters = &run.counters;
    let load = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
    let failed = counters.connect_failed.load(Ordering::Relaxed)
        + counters.login_failed.load(Ordering::Relaxed)
        + counters.disconnected.load(Ordering::Relaxed);
    LoadReport {
        clients: run.spec.clients,
        connected: counters
            .connected
            .load(Ordering::Relaxed)
            .saturating_sub(counters.disconnected.load(Ordering::Relaxed)),
        rate: run.spec.rate,
        seconds,
        sent: load(&counters.sent),
        replies: load(&counters.replies),
        pushes: load(&counters.pushes),
        seed_mix: run.spec.seed_mix,
        ai: 0,
        latency: run
            .latency
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone(),
        timeouts: load(&counters.timeouts),
        rate_limited: load(&counters.rate_limited),
        errors: load(&counters.errors),
        error_codes: counters.error_codes.iter().map(load).collect(),
        skipped: load(&counters.skipped),
        failed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A code added to the protocol without a slot here would be counted as `unknown`
    /// (once, every code past the table counted under the last one: `UNAVAILABLE` was
    /// reported as `REPLACED`).
    #[test]
    fn every_protocol_error_code_has_a_slot_of_its_own() {
        for code in 0..=i32::from(u8::MAX) {
            if ErrorCode::try_from(code).is_ok() {
                assert!(
                    (code as usize) < ERROR_CODES,
                    "{code} has no slot in the load driver's error table"
                );
            }
        }
    }
}
