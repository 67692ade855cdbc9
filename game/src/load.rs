//! `hearth load`: its flags, and how they drive the load tools of `hearth-load` — TCP
//! clients against a running gate (`--target`) or against a node this process starts
//! (`--local-node`), or bots inside a node (`--in-process`, with `--find-max`).
//!
//! `--local-node` is the product shell's part: the node is a [`GameNode`] like any
//! other, started here, loaded through its client address, and drained afterwards; the
//! load crate never sees it.

use std::net::SocketAddr;
use std::time::Duration;

use hearth_gate::fd_limit::{self, FD_MARGIN};
use hearth_load::P99_TARGET;
use hearth_load::bots::{self, LoadStore, WorldLoadError, WorldLoadReport, WorldLoadSpec};
use hearth_load::find_max::find_max;
use hearth_load::report::{self, WriteError};
use hearth_load::tcp::{self, LoadError, LoadReport, TcpLoadSpec};

use crate::node::{GameNode, NodeOptions, StartError, StoreChoice};

/// How long the `--local-node` node may take to say goodbye to the clients.
const LOCAL_NODE_DRAIN: Duration = Duration::from_secs(2);
/// Sockets a `--local-node` client costs this process: its own and the node's end.
const LOCAL_NODE_SOCKETS_PER_CLIENT: u64 = 2;

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
    /// The target's login secret file: each client logs in with a fresh ticket
    /// [default: ./hearth-data/login-secret, the development secret of a default node
    /// started here, if it exists; else empty passwords, for an `--open-login` node].
    #[arg(long)]
    pub auth_secret_file: Option<std::path::PathBuf>,
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
    /// Battles fought at once beside the players (`--in-process`): each by a fighter
    /// that strikes once a second until its monsters fall, then opens the next.
    #[arg(long, default_value_t = 0)]
    pub battles: usize,
    /// Players per guild (`--in-process`, `--seed-mix`).
    #[arg(long, default_value_t = 20)]
    pub guild_size: usize,
    /// Players per team (`--in-process`, `--seed-mix`).
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
    /// Store the players (`--in-process`): `none` (the baseline), `embedded`, or a
    /// PostgreSQL database (`postgres://user@host/db`).
    #[arg(long, default_value = "none")]
    pub store: String,
    /// The embedded store's directory [default: a fresh temporary one per run, removed
    /// after it].
    #[arg(long)]
    pub data_dir: Option<std::path::PathBuf>,
    /// The store's write-behind delay in ms (`--in-process --store`).
    #[arg(long, default_value_t = 100)]
    pub store_flush_ms: u64,
    /// The store's write-behind delay of positions in ms (`--in-process --store`).
    #[arg(long, default_value_t = 5000)]
    pub store_lazy_ms: u64,
    /// Scrape the node's /metrics every this many ms while measuring (`--in-process`;
    /// 0: no scraping), to measure what observing a loaded node costs.
    #[arg(long, default_value_t = 0)]
    pub scrape_ms: u64,
    /// What `--scrape-ms` asks for: `/metrics`, or the observer page's poll,
    /// `/observer/state`.
    #[arg(long, default_value = "/metrics")]
    pub scrape_path: String,
    /// AI decisions by scripts (`--in-process`): `shipped` (the scripts in the binary)
    /// or a folder of `*.lua` files; without it, the Rust defaults (the baseline).
    #[arg(long)]
    pub scripts: Option<String>,
    /// Half-way through the measurement, install the scripts again and report how long
    /// every AI entity took to switch (`--in-process --scripts …`).
    #[arg(long)]
    pub scripts_reload: bool,
}

/// Cores of this machine (at least 1).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// Why `hearth load` failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadCommandError {
    /// The TCP driver could not run.
    #[error(transparent)]
    Tcp(#[from] LoadError),
    /// The in-process run could not run.
    #[error(transparent)]
    InProcess(#[from] WorldLoadError),
    /// The `--local-node` node did not start.
    #[error("local node: {0}")]
    LocalNode(#[from] StartError),
    /// The `--local-node` node's AI did not start.
    #[error("local node: {0}")]
    LocalAi(WorldLoadError),
    /// A report file could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The login secret file cannot be read.
    #[error("login secret: {0}")]
    Secret(crate::cli::CliError),
    /// `--find-max` started above what the node holds.
    #[error("--players {players} already misses p99 <= {p99_ms} ms: start lower")]
    NothingHeld {
        /// The start.
        players: usize,
        /// The p99 bar.
        p99_ms: u128,
    },
}

impl LoadFlags {
    /// These flags with `--quick`'s caps applied.
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

    /// The in-process run these flags ask for (at `players`).
    pub fn world_spec(&self, players: usize) -> WorldLoadSpec {
        let flags = self.effective();
        WorldLoadSpec {
            players,
            ai: flags.ai.unwrap_or(players),
            battles: flags.battles,
            guild_size: flags.guild_size,
            team_size: flags.team_size,
            warmup_s: flags.warmup_s,
            duration_s: flags.duration_s,
            shards: flags.node_shards.unwrap_or_else(cores),
            progress: !flags.quick,
            store: flags.load_store(),
            store_flush: Duration::from_millis(flags.store_flush_ms.max(1)),
            store_lazy: Duration::from_millis(flags.store_lazy_ms.max(1)),
            observer: (flags.scrape_ms > 0).then(|| {
                crate::ops::scraper(Duration::from_millis(flags.scrape_ms), &flags.scrape_path)
            }),
            scripts: flags.scripts_catalog(),
            reload_scripts: flags.scripts_reload,
        }
    }

    /// The scripts `--scripts` names, checked (`None`: the Rust defaults). A folder that
    /// cannot be read or a script that fails its check ends the run with the reason.
    fn scripts_catalog(&self) -> Option<std::sync::Arc<hearth_scripts::Catalog>> {
        let choice = match self.scripts.as_deref()? {
            "shipped" => crate::node::ScriptsChoice::Shipped,
            dir => crate::node::ScriptsChoice::Dir(dir.into()),
        };
        choice.catalog().unwrap_or_else(|error| {
            eprintln!("hearth load: --scripts: {error}");
            std::process::exit(2);
        })
    }

    /// Where the in-process run stores its players.
    fn load_store(&self) -> LoadStore {
        match self.store.as_str() {
            "none" => LoadStore::None,
            "embedded" => LoadStore::Embedded(self.data_dir.clone().unwrap_or_else(scratch_dir)),
            settings => LoadStore::Postgres(settings.to_owned()),
        }
    }

    /// The TCP run these flags ask for (against `--target`).
    pub fn tcp_spec(&self) -> TcpLoadSpec {
        let flags = self.effective();
        TcpLoadSpec {
            target: flags.target,
            clients: flags.clients,
            rate: flags.rate,
            duration_s: flags.duration_s,
            warmup_s: flags.warmup_s,
            shards: flags.shards,
            connect_per_s: flags.connect_per_s,
            payload: flags.payload,
            user_prefix: flags.user_prefix,
            login_secret: None,
            seed_mix: flags.seed_mix,
            guild_size: flags.guild_size,
            team_size: flags.team_size,
            progress: !flags.quick,
        }
    }
}

/// The default embedded directory of a load: fresh per process, removed after each run.
fn scratch_dir() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("hearth-load-data-{}", std::process::id()))
}

fn check_store(flags: &LoadFlags) -> Result<(), LoadCommandError> {
    let known = ["none", "embedded"].contains(&flags.store.as_str())
        || flags.store.starts_with("postgres://")
        || flags.store.starts_with("postgresql://")
        || flags.store.contains("host=");
    if known {
        Ok(())
    } else {
        Err(LoadCommandError::InProcess(WorldLoadError::Invalid(
            "--store is none, embedded, or a PostgreSQL URL (postgres://user@host/db)".into(),
        )))
    }
}

/// One in-process run; a default (scratch) embedded directory starts empty and is removed
/// after, so every run stores new players.
fn run_once(flags: &LoadFlags, spec: &WorldLoadSpec) -> Result<WorldLoadReport, WorldLoadError> {
    let scratch = flags.data_dir.is_none() && flags.store == "embedded";
    if scratch {
        let _ = std::fs::remove_dir_all(scratch_dir());
    }
    let report = bots::run(spec);
    if scratch {
        let _ = std::fs::remove_dir_all(scratch_dir());
    }
    report
}

/// Runs `--in-process` (once, or ramping with `--find-max`); prints each run's line and
/// writes the histogram and the plot of the last run held (or the only one).
///
/// # Errors
/// Bad flags, a node that does not start, a file that cannot be written.
pub fn run_in_process(flags: &LoadFlags) -> Result<(), LoadCommandError> {
    let flags = flags.effective();
    check_store(&flags)?;
    if !flags.find_max {
        let report = run_once(&flags, &flags.world_spec(flags.players))?;
        println!("{}", report.line());
        return write_reports(&flags, &report);
    }
    let best = find_max(
        flags.players,
        |players| flags.world_spec(players),
        |report| println!("{}", report.line()),
    )?;
    let Some(report) = best else {
        return Err(LoadCommandError::NothingHeld {
            players: flags.players,
            p99_ms: P99_TARGET.as_millis(),
        });
    };
    println!(
        "hearth load-in-process-max players_held={} ai={} p99_ms={:.2} msgs_per_s={:.0}",
        report.spec.players,
        report.ai_started,
        report.latency.value_at_quantile(0.99) as f64 / 1e6,
        (report.replies + report.pushes) as f64 / report.seconds
    );
    write_reports(&flags, &report)
}

fn write_reports(flags: &LoadFlags, report: &WorldLoadReport) -> Result<(), LoadCommandError> {
    report::write_in_process(report, &flags.histogram, &flags.plot)?;
    eprintln!(
        "histogram: {}  plot: {}",
        flags.histogram.display(),
        flags.plot.display()
    );
    Ok(())
}

/// Runs the TCP load: against `--target`, or against a node started in this process
/// (`--local-node`, with `--ai` AI entities under `--seed-mix`), drained afterwards.
///
/// # Errors
/// Bad flags, too few file descriptors, a node or driver that does not start.
pub fn run_tcp(flags: &LoadFlags) -> Result<LoadReport, LoadCommandError> {
    let flags = flags.effective();
    let mut spec = flags.tcp_spec();
    spec.check()?;
    if !flags.local_node {
        spec.login_secret = target_secret(&flags)?;
        return Ok(tcp::run(&spec)?);
    }
    let secret = local_node_secret();
    spec.login_secret = Some(std::sync::Arc::clone(&secret));
    let needed = flags.clients as u64 * LOCAL_NODE_SOCKETS_PER_CLIENT + FD_MARGIN;
    let limit = fd_limit::raise(needed);
    if limit < needed {
        let clients = flags.clients;
        return Err(LoadError::Descriptors {
            clients,
            needed,
            limit,
        }
        .into());
    }
    let node = start_local_node(&flags, secret)?;
    spec.target = node.client_listen().expect("a standalone node has a gate");
    let ai = if flags.seed_mix {
        let count = flags.ai.unwrap_or(flags.clients);
        match bots::start_ai(&node.node_handle(), count) {
            Ok(started) => started,
            Err(error) => {
                node.shutdown(LOCAL_NODE_DRAIN);
                return Err(LoadCommandError::LocalAi(error));
            }
        }
    } else {
        0
    };
    let report = tcp::run(&spec).map(|report| LoadReport { ai, ..report });
    node.shutdown(LOCAL_NODE_DRAIN);
    Ok(report?)
}

/// `--auth-secret-file`, or the development secret of a default node started here if
/// there is one, or none (empty passwords).
fn target_secret(flags: &LoadFlags) -> Result<Option<std::sync::Arc<[u8]>>, LoadCommandError> {
    let default = StoreChoice::default_dir().join(crate::cli::DEV_SECRET_FILE);
    let path = match &flags.auth_secret_file {
        Some(path) => path.clone(),
        None if default.exists() => default,
        None => return Ok(None),
    };
    let secret = crate::cli::read_login_secret(&path).map_err(LoadCommandError::Secret)?;
    Ok(Some(secret.into()))
}

/// A random login secret for the `--local-node` node and its clients.
fn local_node_secret() -> std::sync::Arc<[u8]> {
    let mut secret = [0u8; 32];
    if getrandom::fill(&mut secret).is_err() {
        // RandomState is seeded by the operating system once per process.
        use std::hash::BuildHasher;
        let seed = std::collections::hash_map::RandomState::new();
        secret = std::array::from_fn(|at| seed.hash_one(at).to_le_bytes()[0]);
    }
    std::sync::Arc::from(&secret[..])
}

/// The `--local-node` node: standalone, on 127.0.0.1 and a free port, with a request
/// rate that lets the load's rate through, checking tickets under `secret`.
fn start_local_node(
    flags: &LoadFlags,
    secret: std::sync::Arc<[u8]>,
) -> Result<GameNode, StartError> {
    let mut options = NodeOptions::standalone();
    options.gate.auth = hearth_gate::Auth::tickets(secret);
    // A load's players need no history: storage is measured by `--in-process --store`.
    options.store = StoreChoice::None;
    options.shards = flags.node_shards.unwrap_or(1);
    options.pin = false;
    options.gate.listen = SocketAddr::from(([127, 0, 0, 1], 0));
    options.gate.requests_per_s = options
        .gate
        .requests_per_s
        .max(flags.rate.ceil() as u32 * 2);
    GameNode::start(options)
}
