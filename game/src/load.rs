//! `hearth load`: opens N clients over TCP, logs each in, and sends echo requests at a
//! fixed rate per client; prints one line
//! `hearth load clients=… connected=… requests_per_s=… p50_ms=… p99_ms=… …`.
//!
//! The driver runs on a Hearth node of its own (its shards, io_uring loops and timing
//! wheels): each shard owns a slice of the clients, a wheel that says which client sends
//! next (one timer per client, so the send schedule costs O(1) per request), and one
//! reader and one writer task per connection. Latency is measured from the moment a
//! request is queued for sending to the moment its reply is read, in an HDR histogram
//! (3 significant digits). Requests are matched to replies by id.
//!
//! Connections to a loopback target are spread over 127.0.0.1–127.0.0.N (the gate listens
//! on 0.0.0.0 by default) so that more than the ~28,000 ephemeral ports of one address
//! pair can be open.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_lite::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use hdrhistogram::Histogram;
use hearth_engine::io::{Preallocated, TcpStream};
use hearth_engine::{Node, NodeConfig, ShardHandle, ShardService};
use hearth_timers::Wheel;
use prost::Message;

use crate::gate::outbox::Outbox;
use crate::proto::{self, ErrorCode, FRAME_HEAD_BYTES, FrameHead, MessageId};

/// Connections per loopback destination address: well below the ~28,000 ephemeral ports,
/// which the previous run's sockets may still hold in TIME_WAIT (a connect that must hunt
/// for a free port stalls the whole load shard).
const CONNECTIONS_PER_ADDRESS: usize = 8_000;
/// How often each shard's sender looks at its wheel.
const TICK: Duration = Duration::from_millis(1);
/// Timers fired per wheel poll (the rest go next tick).
const SENDS_PER_TICK_MAX: usize = 65_536;
/// Receive buffer per client connection.
const READ_BUFFER_BYTES: usize = 1024;
/// Requests a client may have unanswered; past it the client skips a send (and counts it).
const IN_FLIGHT_MAX: usize = 256;
/// Histogram range: 1 µs to 60 s.
const LATENCY_MAX_NS: u64 = 60_000_000_000;
/// How long the end of a run waits for every shard's figures.
const REPORT_WAIT_MAX: Duration = Duration::from_secs(5);
/// How long the `--local-node` node may take to say goodbye to the clients.
const LOCAL_NODE_DRAIN: Duration = Duration::from_secs(2);
/// File descriptors kept for everything but client sockets.
pub const FD_MARGIN: u64 = 1024;

/// Flags of `hearth load`.
#[derive(clap::Args, Debug, Clone)]
pub struct LoadFlags {
    /// Gate address.
    #[arg(long, default_value = "127.0.0.1:7400")]
    pub target: SocketAddr,
    /// Clients to open.
    #[arg(long, default_value_t = 1000)]
    pub clients: usize,
    /// Requests per client per second (the seed's player makes 13).
    #[arg(long, default_value_t = 13.0)]
    pub rate: f64,
    /// Seconds measured (after the warm-up).
    #[arg(long, default_value_t = 10)]
    pub duration_s: u64,
    /// Seconds of load before measuring.
    #[arg(long, default_value_t = 3)]
    pub warmup_s: u64,
    /// Shards of the load driver [default: one per core]. One shard reading ~30 frames
    /// a second from each of 2,000 clients is itself the bottleneck (p50 26–43 ms where
    /// two shards measure 5 ms).
    #[arg(long, default_value_t = cores())]
    pub shards: usize,
    /// New connections per second (a SYN flood helps nobody).
    #[arg(long, default_value_t = 10_000)]
    pub connect_per_s: u32,
    /// Echo payload bytes.
    #[arg(long, default_value_t = 32)]
    pub payload: usize,
    /// User names are `<prefix><n>`.
    #[arg(long, default_value = "load")]
    pub user_prefix: String,
    /// A short run for CI (at most 200 clients, 1 s warm-up, 2 s measured).
    #[arg(long)]
    pub quick: bool,
    /// Start a standalone node in this process (clients on 127.0.0.1, a free port) and
    /// load it, instead of `--target`.
    #[arg(long)]
    pub local_node: bool,
    /// Shards of the node `--local-node` or `--in-process` starts [default: 1 with
    /// `--local-node`, every core with `--in-process`].
    #[arg(long)]
    pub node_shards: Option<usize>,
    /// Clients send the seed's mix (10 normal, 1 heavy, 1 whisper, 1 group line a second,
    /// after joining a guild and a team) instead of echoes; the line is `hearth load-tcp`.
    /// With `--local-node`, `--ai` AI entities run in the node too.
    #[arg(long)]
    pub seed_mix: bool,
    /// Bots as processes inside a node (no sockets), at the seed's per-player mix:
    /// measures the engine and the game logic. See `--players`, `--ai`.
    #[arg(long)]
    pub in_process: bool,
    /// Players (`--in-process`).
    #[arg(long, default_value_t = 10_000)]
    pub players: usize,
    /// AI entities, heavy decision 1/s and light 5/s (`--in-process`) [default: one per player].
    #[arg(long)]
    pub ai: Option<usize>,
    /// Players per guild (`--in-process`).
    #[arg(long, default_value_t = 20)]
    pub guild_size: usize,
    /// Players per team (`--in-process`).
    #[arg(long, default_value_t = 5)]
    pub team_size: usize,
    /// Ramp the players up (×1.5 a step, from `--players`) until p99 passes 50 ms or an
    /// error occurs, then bisect to within 5 %, and report the most held (`--in-process`).
    #[arg(long)]
    pub find_max: bool,
    /// Where the latency histogram goes (`.hgrm`, HdrHistogram's percentile format).
    #[arg(long, default_value = "load-in-process.hgrm")]
    pub histogram: std::path::PathBuf,
    /// Where the plot of latency over time goes (SVG).
    #[arg(long, default_value = "load-in-process.svg")]
    pub plot: std::path::PathBuf,
}

/// Cores of this machine (at least 1).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

impl LoadFlags {
    fn effective(&self) -> Self {
        let mut flags = self.clone();
        if flags.quick {
            flags.clients = flags.clients.min(200);
            flags.players = flags.players.min(2_000);
            flags.warmup_s = flags.warmup_s.min(1);
            flags.duration_s = flags.duration_s.min(2);
        }
        flags
    }
}

/// The p99 the seed's load must stay within (`--find-max`).
pub const P99_TARGET: Duration = Duration::from_millis(50);
/// Growth of the players at each `--find-max` step until one fails.
const FIND_MAX_GROWTH: f64 = 1.5;
/// `--find-max` then bisects between the most held and the fewest failed until they are
/// this close (a fraction of the most held).
const FIND_MAX_RESOLUTION: f64 = 0.05;
/// Most runs of `--find-max`.
const FIND_MAX_STEPS: usize = 20;

/// Where `--find-max` stands: the most players held and the fewest that failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Search {
    held: Option<usize>,
    failed: Option<usize>,
}

impl Search {
    /// The players of the next run (`start` first), `None` once the search is done: ×1.5
    /// while every run holds, then halving the gap down to [`FIND_MAX_RESOLUTION`].
    fn next(&self, start: usize) -> Option<usize> {
        match (self.held, self.failed) {
            (None, None) => Some(start),
            (Some(held), None) => Some(((held as f64 * FIND_MAX_GROWTH) as usize).max(held + 1)),
            (None, Some(_)) => None,
            (Some(held), Some(failed)) => {
                let gap = failed.saturating_sub(held);
                (gap > 1 && gap as f64 > held as f64 * FIND_MAX_RESOLUTION)
                    .then_some(held + gap / 2)
            }
        }
    }

    fn record(&mut self, players: usize, held: bool) {
        if held {
            self.held = Some(self.held.map_or(players, |most| most.max(players)));
        } else {
            self.failed = Some(self.failed.map_or(players, |fewest| fewest.min(players)));
        }
    }
}

impl LoadFlags {
    /// The in-process run these flags ask for (at `players`).
    pub fn world_spec(&self, players: usize) -> crate::bots::WorldLoadSpec {
        let flags = self.effective();
        crate::bots::WorldLoadSpec {
            players,
            ai: flags.ai.unwrap_or(players),
            guild_size: flags.guild_size,
            team_size: flags.team_size,
            warmup_s: flags.warmup_s,
            duration_s: flags.duration_s,
            shards: flags.node_shards_or_cores(),
            progress: !flags.quick,
        }
    }

    fn node_shards_or_cores(&self) -> usize {
        self.node_shards.unwrap_or_else(cores)
    }
}

/// Runs `--in-process` (once, or ramping with `--find-max`); prints each run's line and
/// writes the histogram and the plot of the last run held (or the only one).
///
/// # Errors
/// Bad flags, a node that does not start, a file that cannot be written.
pub fn run_in_process(flags: &LoadFlags) -> Result<(), String> {
    let flags = flags.effective();
    if !flags.find_max {
        let report =
            crate::bots::run(&flags.world_spec(flags.players)).map_err(|e| e.to_string())?;
        println!("{}", report.line());
        return write_reports(&flags, &report);
    }
    let mut search = Search::default();
    let mut best: Option<crate::bots::WorldLoadReport> = None;
    for _ in 0..FIND_MAX_STEPS {
        let Some(players) = search.next(flags.players) else {
            break;
        };
        let report = crate::bots::run(&flags.world_spec(players)).map_err(|e| e.to_string())?;
        println!("{}", report.line());
        let held = report.held(P99_TARGET);
        search.record(players, held);
        if held && best.as_ref().is_none_or(|best| best.spec.players < players) {
            best = Some(report);
        }
    }
    match best {
        Some(report) => {
            println!(
                "hearth load-in-process-max players_held={} ai={} p99_ms={:.2} msgs_per_s={:.0}",
                report.spec.players,
                report.ai_started,
                report.latency.value_at_quantile(0.99) as f64 / 1e6,
                (report.replies + report.pushes) as f64 / report.seconds
            );
            write_reports(&flags, &report)
        }
        None => Err(format!(
            "--players {} already misses p99 <= {} ms: start lower",
            flags.players,
            P99_TARGET.as_millis()
        )),
    }
}

fn write_reports(flags: &LoadFlags, report: &crate::bots::WorldLoadReport) -> Result<(), String> {
    crate::report::write(&flags.histogram, &crate::report::hgrm(&report.latency))?;
    let title = format!(
        "hearth load-in-process: {} players, {} AI, {} shards — reply latency per second",
        report.spec.players, report.ai_started, report.spec.shards
    );
    crate::report::write(
        &flags.plot,
        &crate::report::latency_svg(&title, &report.seconds_latency),
    )?;
    eprintln!(
        "histogram: {}  plot: {}",
        flags.histogram.display(),
        flags.plot.display()
    );
    Ok(())
}

/// Why a load run cannot start.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A flag out of range.
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

/// How long a `--seed-mix` client waits after its joins before its first request.
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
    /// Error answers by protocol error code (codes past the table count in the last).
    error_codes: [AtomicU64; ERROR_CODES],
    timeouts: AtomicU64,
    rate_limited: AtomicU64,
    skipped: AtomicU64,
}

/// Error codes the load driver counts one by one (the protocol has 16).
const ERROR_CODES: usize = 16;

/// `overloaded:12,invalid:3` for the report line (`none` without errors).
fn error_codes_field(counts: &[u64]) -> String {
    let named: Vec<String> = counts
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(code, count)| {
            let name = ErrorCode::try_from(code as i32).map_or_else(
                |_| format!("code{code}"),
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

/// What the shards share.
struct Run {
    flags: LoadFlags,
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
        (1e6 / self.flags.rate).round().max(1.0) as u64
    }

    fn target(&self, client: usize) -> SocketAddr {
        let mut target = self.flags.target;
        if let (std::net::IpAddr::V4(ip), true) = (target.ip(), target.ip().is_loopback()) {
            let spread = (client / CONNECTIONS_PER_ADDRESS) as u8;
            let [a, b, c, d] = ip.octets();
            target.set_ip(std::net::Ipv4Addr::new(a, b, c, d.wrapping_add(spread)).into());
        }
        target
    }
}

/// One client's sending side, seen by its shard's sender.
struct Conn {
    outbox: Outbox,
    in_flight: RefCell<VecDeque<(u64, u64)>>,
    next_id: Cell<u64>,
    request: RefCell<Vec<u8>>,
    mix: RefCell<Option<crate::mix::Mix>>,
}

/// A shard's slice of the clients.
struct ShardLoad {
    run: Arc<Run>,
    conns: RefCell<Vec<Rc<Conn>>>,
    schedule: RefCell<Wheel<u32>>,
    histogram: RefCell<Histogram<u64>>,
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1_000, LATENCY_MAX_NS, 3).expect("valid histogram bounds")
}

struct LoadService {
    run: Arc<Run>,
}

impl ShardService for LoadService {
    fn start(&self, handle: ShardHandle) {
        let shard = handle.shard();
        let shards = self.run.flags.shards;
        let load = Rc::new(ShardLoad {
            run: Arc::clone(&self.run),
            conns: RefCell::new(Vec::new()),
            schedule: RefCell::new(Wheel::new(0)),
            histogram: RefCell::new(histogram()),
        });
        handle.spawn(connect_all(handle.clone(), Rc::clone(&load), shard, shards));
        handle.spawn(send_loop(load));
    }
}

/// Opens this shard's clients at the shard's share of the connect rate.
async fn connect_all(handle: ShardHandle, load: Rc<ShardLoad>, shard: usize, shards: usize) {
    let per_shard_rate = (f64::from(load.run.flags.connect_per_s) / shards as f64).max(1.0);
    let pause = Duration::from_secs_f64(1.0 / per_shard_rate);
    let mut next = Instant::now();
    for client in (shard..load.run.flags.clients).step_by(shards) {
        if load.run.phase.load(Ordering::Relaxed) == STOPPING {
            return;
        }
        handle.spawn(client_task(Rc::clone(&load), client));
        next += pause;
        let wait = next.saturating_duration_since(Instant::now());
        if wait >= TICK {
            hearth_engine::io::sleep(wait).await;
        }
    }
}

async fn client_task(load: Rc<ShardLoad>, client: usize) {
    let counters = &load.run.counters;
    let Ok(stream) = TcpStream::connect(load.run.target(client)).await else {
        counters.connect_failed.fetch_add(1, Ordering::Relaxed);
        return;
    };
    let _ = stream.set_nodelay(true);
    let stream = stream.buffered_with(Preallocated::new(READ_BUFFER_BYTES));
    let (mut read, mut write) = futures_lite::io::split(stream);
    let user = format!("{}{client}", load.run.flags.user_prefix);
    let mut login = Vec::new();
    proto::encode_into(
        &mut login,
        MessageId::Login,
        &proto::Login {
            user,
            ..Default::default()
        },
    );
    if write.write_all(&login).await.is_err() || !logged_in(&mut read).await {
        counters.login_failed.fetch_add(1, Ordering::Relaxed);
        return;
    }
    counters.connected.fetch_add(1, Ordering::Relaxed);
    let conn = Rc::new(Conn {
        outbox: Outbox::default(),
        in_flight: RefCell::new(VecDeque::new()),
        next_id: Cell::new(1),
        request: RefCell::new(Vec::new()),
        mix: RefCell::new(None),
    });
    if load.run.flags.seed_mix {
        join_groups(&load, &conn, client);
    }
    schedule(&load, Rc::clone(&conn));
    let writing = async {
        let mut spare = Vec::new();
        loop {
            conn.outbox.ready().await;
            let bytes = conn.outbox.take(spare);
            if write.write_all(&bytes).await.is_err() {
                return;
            }
            spare = bytes;
            spare.clear();
        }
    };
    futures_lite::future::or(writing, read_replies(&load, &conn, &mut read)).await;
    counters.disconnected.fetch_add(1, Ordering::Relaxed);
}

/// Gives a `--seed-mix` client its place in the mix and sends its guild and team joins
/// (answers to them are not measured).
fn join_groups(load: &ShardLoad, conn: &Conn, client: usize) {
    let flags = &load.run.flags;
    let mix = crate::mix::Mix::new(client, flags.clients, flags.user_prefix.as_str().into());
    for body in mix.joins(flags.guild_size, flags.team_size) {
        let id = conn.next_id.get();
        conn.next_id.set(id + 1);
        let mut frame = Vec::new();
        let request = proto::Request {
            id,
            body: Some(body),
        };
        proto::encode_into(&mut frame, MessageId::Request, &request);
        let _ = conn.outbox.push(&frame);
    }
    *conn.mix.borrow_mut() = Some(mix);
}

/// Reads frames until `LoginOk` (true) or anything that ends the login (false).
async fn logged_in<R: AsyncRead + Unpin>(read: &mut R) -> bool {
    let mut payload = Vec::new();
    while let Some(id) = read_frame(read, &mut payload).await {
        match MessageId::from_u16(id) {
            Some(MessageId::LoginOk) => return true,
            Some(MessageId::Bye | MessageId::Error) => return false,
            _ => {}
        }
    }
    false
}

/// Reads one frame into `payload`; its id, or `None` when the connection ends.
async fn read_frame<R: AsyncRead + Unpin>(read: &mut R, payload: &mut Vec<u8>) -> Option<u16> {
    let mut head = [0; FRAME_HEAD_BYTES];
    read.read_exact(&mut head).await.ok()?;
    let FrameHead::Frame {
        id,
        payload: length,
    } = proto::parse_head(head)
    else {
        return None;
    };
    payload.resize(length, 0);
    read.read_exact(payload).await.ok()?;
    Some(id)
}

/// Puts a new client on its shard's send schedule at a random phase.
fn schedule(load: &ShardLoad, conn: Rc<Conn>) {
    let index = {
        let mut conns = load.conns.borrow_mut();
        conns.push(conn);
        (conns.len() - 1) as u32
    };
    let mut now_us = load.run.now_ns() / 1000;
    if load.run.flags.seed_mix {
        now_us += JOIN_SETTLE.as_micros() as u64;
    }
    let first = now_us + fastrand::u64(0..load.run.period_us());
    let _ = load.schedule.borrow_mut().insert(first, index);
}

/// Every tick: sends a request for each client whose time has come, and puts it back on
/// the schedule one period later.
async fn send_loop(load: Rc<ShardLoad>) {
    let period_us = load.run.period_us();
    let mut due = Vec::new();
    loop {
        hearth_engine::io::sleep(TICK).await;
        if load.run.phase.load(Ordering::Relaxed) == STOPPING {
            return report(&load);
        }
        let now_ns = load.run.now_ns();
        let now_us = now_ns / 1000;
        due.clear();
        let _ = load
            .schedule
            .borrow_mut()
            .poll_expired(now_us, SENDS_PER_TICK_MAX, &mut due);
        for &index in &due {
            let conn = Rc::clone(&load.conns.borrow()[index as usize]);
            send_request(&load, &conn, now_ns);
            let _ = load.schedule.borrow_mut().insert(now_us + period_us, index);
        }
    }
}

fn send_request(load: &ShardLoad, conn: &Conn, now_ns: u64) {
    let counters = &load.run.counters;
    if conn.in_flight.borrow().len() >= IN_FLIGHT_MAX {
        counters.skipped.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let id = conn.next_id.get();
    conn.next_id.set(id + 1);
    let mut frame = conn.request.borrow_mut();
    frame.clear();
    let body = match conn.mix.borrow_mut().as_mut() {
        Some(mix) => mix.next_body(),
        None => proto::request::Body::Echo(proto::Echo {
            payload: vec![0x5a; load.run.flags.payload],
        }),
    };
    let request = proto::Request {
        id,
        body: Some(body),
    };
    proto::encode_into(&mut frame, MessageId::Request, &request);
    if conn.outbox.push(&frame).is_err() {
        counters.skipped.fetch_add(1, Ordering::Relaxed);
        return;
    }
    conn.in_flight.borrow_mut().push_back((id, now_ns));
    if load.run.measuring() {
        counters.sent.fetch_add(1, Ordering::Relaxed);
    }
}

async fn read_replies<R: AsyncRead + Unpin>(load: &ShardLoad, conn: &Conn, read: &mut R) {
    let mut payload = Vec::new();
    while let Some(id) = read_frame(read, &mut payload).await {
        let answered = match MessageId::from_u16(id) {
            Some(MessageId::Reply) => proto::Reply::decode(payload.as_slice())
                .ok()
                .map(|reply| (reply.id, None)),
            Some(MessageId::Error) => proto::Error::decode(payload.as_slice())
                .ok()
                .map(|error| (error.request_id, Some(error.code))),
            Some(MessageId::Bye) => return,
            Some(MessageId::Push) => {
                if load.run.measuring() {
                    load.run.counters.pushes.fetch_add(1, Ordering::Relaxed);
                }
                None
            }
            _ => None,
        };
        if let Some((request, error)) = answered {
            answer(load, conn, request, error);
        }
    }
}

fn answer(load: &ShardLoad, conn: &Conn, request: u64, error: Option<i32>) {
    let sent = {
        let mut in_flight = conn.in_flight.borrow_mut();
        let Some(at) = in_flight.iter().position(|&(id, _)| id == request) else {
            return;
        };
        in_flight.remove(at).map(|(_, sent)| sent)
    };
    if !load.run.measuring() {
        return;
    }
    let counters = &load.run.counters;
    match error.map(ErrorCode::try_from) {
        None => {
            counters.replies.fetch_add(1, Ordering::Relaxed);
            if let Some(sent) = sent {
                let latency = load
                    .run
                    .now_ns()
                    .saturating_sub(sent)
                    .clamp(1_000, LATENCY_MAX_NS);
                let _ = load.histogram.borrow_mut().record(latency);
            }
        }
        Some(Ok(ErrorCode::ErrorTimeout)) => {
            counters.timeouts.fetch_add(1, Ordering::Relaxed);
        }
        Some(Ok(ErrorCode::ErrorRateLimited)) => {
            counters.rate_limited.fetch_add(1, Ordering::Relaxed);
        }
        Some(_) => {
            counters.errors.fetch_add(1, Ordering::Relaxed);
            let code = error.map_or(0, |code| code.clamp(0, ERROR_CODES as i32 - 1)) as usize;
            counters.error_codes[code].fetch_add(1, Ordering::Relaxed);
        }
    }
}

fn report(load: &ShardLoad) {
    let mut total = load
        .run
        .latency
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let _ = total.add(&*load.histogram.borrow());
    load.run.reported.fetch_add(1, Ordering::Release);
}

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
    /// Latency of the replies, nanoseconds.
    pub latency: Histogram<u64>,
    /// `ERROR_TIMEOUT` answers.
    pub timeouts: u64,
    /// `ERROR_RATE_LIMITED` answers.
    pub rate_limited: u64,
    /// Other error answers.
    pub errors: u64,
    /// Those, by protocol error code.
    pub error_codes: Vec<u64>,
    /// Sends skipped (too many in flight or the client's outbox full).
    pub skipped: u64,
    /// Connections that failed to connect or log in, or dropped.
    pub failed: usize,
}

impl LoadReport {
    /// The `hearth load …` line (`hearth load-tcp …` with the seed's mix).
    pub fn line(&self) -> String {
        let ms = |quantile: f64| self.latency.value_at_quantile(quantile) as f64 / 1e6;
        if self.seed_mix {
            return format!(
                "hearth load-tcp players={} ai={} msgs_per_s={:.0} p50_ms={:.2} p99_ms={:.2} p999_ms={:.2} errors={} connected={} requests_per_s={:.0} pushes_per_s={:.0} max_ms={:.2} timeouts={} rate_limited={} skipped={} failed={} seconds={:.1} error_codes={}",
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
            );
        }
        format!(
            "hearth load clients={} connected={} rate_per_client={} seconds={:.1} requests_per_s={:.0} target_per_s={:.0} p50_ms={:.2} p99_ms={:.2} p999_ms={:.2} max_ms={:.2} timeouts={} rate_limited={} errors={} skipped={} failed={}",
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
            self.failed
        )
    }
}

/// Raises the open-files limit towards `wanted` (as far as the hard limit allows, or
/// beyond it with the privilege to); returns the limit now in force.
pub fn raise_fd_limit(wanted: u64) -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `limit` is a valid out-pointer for getrlimit.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut limit) } != 0 {
        return 0;
    }
    if limit.rlim_cur >= wanted {
        return limit.rlim_cur;
    }
    let raised = libc::rlimit {
        rlim_cur: wanted,
        rlim_max: limit.rlim_max.max(wanted),
    };
    // SAFETY: `raised` is a valid rlimit; failure leaves the limit unchanged.
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raw const raised) } == 0 {
        return wanted;
    }
    let within = libc::rlimit {
        rlim_cur: limit.rlim_max,
        rlim_max: limit.rlim_max,
    };
    // SAFETY: as above.
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raw const within) } == 0 {
        return limit.rlim_max;
    }
    limit.rlim_cur
}

/// Runs the load and reports.
///
/// # Errors
/// [`LoadError`] for bad flags, too few file descriptors, or a driver that cannot start.
pub fn run(flags: &LoadFlags) -> Result<LoadReport, LoadError> {
    let mut flags = flags.effective();
    check(&flags)?;
    let sockets_per_client = if flags.local_node { 2 } else { 1 };
    let needed = (flags.clients * sockets_per_client) as u64 + FD_MARGIN;
    let limit = raise_fd_limit(needed);
    if limit < needed {
        return Err(LoadError::Descriptors {
            clients: flags.clients,
            needed,
            limit,
        });
    }
    let local = flags
        .local_node
        .then(|| start_local_node(&flags))
        .transpose()?;
    let mut ai = 0;
    if let Some(node) = &local {
        flags.target = node.client_listen().expect("a standalone node has a gate");
        if flags.seed_mix {
            let count = flags.ai.unwrap_or(flags.clients);
            ai = crate::bots::start_ai(&node.node_handle(), count)
                .map_err(|error| LoadError::Invalid(error.to_string()))?;
        }
    }
    let report = drive(&flags).map(|report| LoadReport { ai, ..report });
    if let Some(node) = local {
        node.shutdown(LOCAL_NODE_DRAIN);
    }
    report
}

fn start_local_node(flags: &LoadFlags) -> Result<crate::node::GameNode, LoadError> {
    let mut options = crate::node::NodeOptions::standalone();
    options.shards = flags.node_shards.unwrap_or(1);
    options.pin = false;
    options.gate.listen = SocketAddr::from(([127, 0, 0, 1], 0));
    options.gate.requests_per_s = options
        .gate
        .requests_per_s
        .max(flags.rate.ceil() as u32 * 2);
    crate::node::GameNode::start(options)
        .map_err(|error| LoadError::Invalid(format!("local node: {error}")))
}

fn drive(flags: &LoadFlags) -> Result<LoadReport, LoadError> {
    let run = Arc::new(Run {
        flags: flags.clone(),
        phase: AtomicU8::new(WARMING),
        counters: Counters::default(),
        latency: Mutex::new(histogram()),
        reported: AtomicUsize::new(0),
        started: Instant::now(),
    });
    let mut config = NodeConfig {
        name: "hearth-load".into(),
        shards: flags.shards,
        pin: false,
        ..NodeConfig::default()
    };
    config.services.0.push(Arc::new(LoadService {
        run: Arc::clone(&run),
    }));
    let node = Node::start(config)?;
    let ramp = flags.clients as f64 / f64::from(flags.connect_per_s);
    std::thread::sleep(Duration::from_secs_f64(ramp) + Duration::from_secs(flags.warmup_s));
    run.phase.store(MEASURING, Ordering::Relaxed);
    let measured = Instant::now();
    std::thread::sleep(Duration::from_secs(flags.duration_s));
    run.phase.store(STOPPING, Ordering::Relaxed);
    let seconds = measured.elapsed().as_secs_f64();
    let waited = Instant::now();
    while run.reported.load(Ordering::Acquire) < flags.shards && waited.elapsed() < REPORT_WAIT_MAX
    {
        std::thread::sleep(TICK);
    }
    node.shutdown();
    Ok(report_of(&run, seconds))
}

fn check(flags: &LoadFlags) -> Result<(), LoadError> {
    if flags.clients == 0 || !(flags.rate > 0.0 && flags.rate <= 1e6) {
        return Err(LoadError::Invalid(
            "--clients must be above 0 and --rate in (0, 1e6]".into(),
        ));
    }
    if !(1..=hearth_engine::SHARDS_MAX).contains(&flags.shards)
        || flags.connect_per_s == 0
        || flags.duration_s == 0
    {
        return Err(LoadError::Invalid(
            "--shards, --node-shards, --connect-per-s and --duration-s must be above 0".into(),
        ));
    }
    if flags.payload > crate::person::ECHO_BYTES_MAX {
        return Err(LoadError::Invalid(format!(
            "--payload must be at most {}",
            crate::person::ECHO_BYTES_MAX
        )));
    }
    Ok(())
}

fn report_of(run: &Run, seconds: f64) -> LoadReport {
    let counters = &run.counters;
    let load = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
    let failed = counters.connect_failed.load(Ordering::Relaxed)
        + counters.login_failed.load(Ordering::Relaxed)
        + counters.disconnected.load(Ordering::Relaxed);
    LoadReport {
        clients: run.flags.clients,
        connected: counters
            .connected
            .load(Ordering::Relaxed)
            .saturating_sub(counters.disconnected.load(Ordering::Relaxed)),
        rate: run.flags.rate,
        seconds,
        sent: load(&counters.sent),
        replies: load(&counters.replies),
        pushes: load(&counters.pushes),
        seed_mix: run.flags.seed_mix,
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

    /// Against a model node that holds up to `capacity` players, from random starts
    /// within ×10 of it: the search ends with the most held within the resolution below
    /// the capacity, never above it, within the run limit.
    #[test]
    fn find_max_ends_within_its_resolution_of_the_capacity() {
        for seed in 0..2000_u64 {
            fastrand::seed(seed);
            let capacity = fastrand::usize(10..2_000_000);
            let start = fastrand::usize((capacity / 10).max(1)..=capacity);
            let mut search = Search::default();
            let mut runs = 0;
            while let Some(players) = search.next(start) {
                runs += 1;
                assert!(runs <= FIND_MAX_STEPS, "seed {seed}: too many runs");
                search.record(players, players <= capacity);
            }
            let held = search.held.expect("the start holds");
            assert!(held <= capacity, "seed {seed}");
            let floor = capacity as f64 / (1.0 + FIND_MAX_RESOLUTION);
            assert!(held as f64 >= floor, "seed {seed}: {held} of {capacity}");
        }
        // A start that already fails ends at once.
        let mut search = Search::default();
        search.record(100, false);
        assert_eq!(search.next(100), None);
    }
}
