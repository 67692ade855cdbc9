//! `hearth load --in-process`: bots as processes inside a node, at the seed's rates.
//!
//! Each bot is a process standing where a gate process would: it spawns its player's
//! [`Person`](hearth_world::person::Person) on its own shard, attaches to it, joins a
//! guild and a team, then sends the seed's mix each second — 10 normal requests (echo and
//! move, alternating), 1 heavy, 1 whisper to a random other player, 1 line to its guild
//! or team (alternating) — as encoded protobuf requests with the seed's message timeout
//! (`notify`), exactly as a gate forwards them. Replies and pushes come back as the
//! frames a gate would write to the socket. AI entities run under the world's `ai`
//! supervisor. So the figure is the engine and the game logic, without the sockets.
//!
//! # Free of coordinated omission (as wrk2 measures)
//! - **A fixed schedule per bot.** When a bot starts playing, its first action is due at
//!   a random phase within one period; the k-th at `first + k × period` (period 1/13 s),
//!   on absolute timers. Nothing waits for a reply: a slow reply does not delay the next
//!   request, and a timer that fires late sends every action it owes at once.
//! - **Latency from the intended time.** Each reply's latency runs from when its request
//!   was *due* (rounded up to the engine's 1 ms timer tick, the earliest its timer can
//!   fire), not from when it left, so a node too busy to run the bot's timer on time
//!   shows in the figures instead of hiding in a slower send rate.
//! - **Skips are counted.** A bot keeps at most [`BOT_IN_FLIGHT_MAX`] requests
//!   unanswered; an action due past that is skipped, counted (`skipped=`), and the run
//!   is not [`held`](WorldLoadReport::held).
//!
//! Latencies are recorded per shard in an HDR histogram (and one per second, for the
//! plot); `msgs_per_s` counts replies and pushes delivered to the bots.

mod ai;
mod bot;

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use hearth_engine::{Node, NodeConfig, NodeHandle};
use hearth_gate::GatePort;
use hearth_world::Port;
use hearth_world::StoreSlot;
use hearth_world::ai::{AiStats, Lateness};
use hearth_world::org::{GUILD_MEMBERS_MAX, TEAM_MEMBERS_MAX};
use hearth_world::rules::{AI_SCRIPT, PERSON_SCRIPT};

use crate::P99_TARGET;

pub use ai::start_ai;
use bot::{Bot, start_hub};

/// The seed's message timeout for a bot's request.
pub const BOT_REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Requests one bot keeps in flight; past it an action is skipped (and counted).
pub const BOT_IN_FLIGHT_MAX: usize = 64;
/// Bots spawned per job on a shard (keeps each job short).
const SPAWN_CHUNK: usize = 4096;
/// Slowest latency recorded.
const LATENCY_MAX_NS: u64 = 60_000_000_000;
/// Seconds of per-second histograms kept (the plot's span).
const SECONDS_MAX: usize = 3600;
/// How long the run waits for the AI to start, and for the bots to log in.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(120);

/// Phases of a run.
const WARMING: u8 = 0;
const MEASURING: u8 = 1;
const STOPPING: u8 = 2;

/// What a run is asked to do.
#[derive(Clone, Debug)]
pub struct WorldLoadSpec {
    /// Players (bots).
    pub players: usize,
    /// AI entities.
    pub ai: usize,
    /// Battles fought at once beside the players: each by a fighter bot of its own (a
    /// Person that opens a battle, strikes once a second until its monsters fall, and
    /// opens the next). Their strikes are requests like the players', in the same
    /// figures.
    pub battles: usize,
    /// Players per guild.
    pub guild_size: usize,
    /// Players per team.
    pub team_size: usize,
    /// Seconds of load before measuring.
    pub warmup_s: u64,
    /// Seconds measured.
    pub duration_s: u64,
    /// Shards of the node.
    pub shards: usize,
    /// Print progress each second on stderr.
    pub progress: bool,
    /// Where the players are stored (none: volatile Persons, the baseline).
    pub store: LoadStore,
    /// The store's write-behind delay.
    pub store_flush: Duration,
    /// The store's write-behind delay of lazy changes (positions).
    pub store_lazy: Duration,
    /// Watches the node while the run lasts (a metrics scraper, to measure what
    /// observing costs); `None`: nothing watches.
    pub observer: Option<Observer>,
    /// The game rules in scripts (AI decisions); `None`: the Rust defaults.
    pub scripts: Option<Arc<hearth_scripts::Catalog>>,
    /// Half-way through the measurement, install the scripts again as a new release and
    /// time how long every AI entity takes to switch to it (`--scripts-reload`).
    pub reload_scripts: bool,
}

/// Started once the node and its store run; what it returns is dropped after the
/// measurement, before the node stops.
#[derive(Clone)]
pub struct Observer(pub Arc<StartObserving>);

/// Starts watching a node (and its store); what it returns stops it when dropped.
pub type StartObserving =
    dyn Fn(&NodeHandle, Option<&hearth_durable::Store>) -> Box<dyn Send> + Send + Sync;

impl std::fmt::Debug for Observer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observer")
    }
}

/// Where an in-process run stores its players.
#[derive(Clone, PartialEq, Eq)]
pub enum LoadStore {
    /// Nowhere (volatile Persons).
    None,
    /// An embedded store in this directory.
    Embedded(std::path::PathBuf),
    /// A PostgreSQL database (connection settings).
    Postgres(String),
}

impl std::fmt::Debug for LoadStore {
    /// Never shows PostgreSQL settings: they may hold a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl LoadStore {
    /// `none`, `embedded` or `postgres`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Embedded(_) => "embedded",
            Self::Postgres(_) => "postgres",
        }
    }

    pub(crate) fn open(&self) -> Result<Option<Box<dyn hearth_store::Backend>>, WorldLoadError> {
        let opened: Result<Box<dyn hearth_store::Backend>, _> = match self {
            Self::None => return Ok(None),
            Self::Embedded(dir) => {
                hearth_store::Embedded::open(dir).map(|store| Box::new(store) as _)
            }
            Self::Postgres(config) => {
                hearth_store::Postgres::connect(config).map(|store| Box::new(store) as _)
            }
        };
        opened
            .map(Some)
            .map_err(|error| WorldLoadError::Node(format!("store: {error}")))
    }
}

/// What the store did while measuring.
#[derive(Clone, Copy, Debug)]
pub struct StoreFigures {
    /// Durable commits.
    pub commits: u64,
    /// Transactions (saves and claims) in them.
    pub txns: u64,
    /// Snapshot bytes written.
    pub bytes: u64,
    /// The write-behind loss window over the whole run (warm-up included), p99 and max.
    pub loss_window_p99: Duration,
    /// Its largest value.
    pub loss_window_max: Duration,
}

/// Counters of one shard, written only by that shard (so no cache line ping-pongs).
#[repr(align(128))]
#[derive(Default)]
struct ShardSlot {
    replies: AtomicU64,
    pushes: AtomicU64,
    errors: AtomicU64,
    timeouts: AtomicU64,
    skipped: AtomicU64,
    ready: AtomicU64,
    /// Fighters' strikes that hit, while measuring.
    strikes: AtomicU64,
}

/// State shared by the bots of every shard and the driver thread.
struct Shared {
    spec: WorldLoadSpec,
    /// The port the bots' Persons reach them through (the gate's: bots take the gate
    /// processes' messages).
    port: Port,
    /// Where the bots' Persons store their records (empty: volatile).
    store: StoreSlot,
    phase: AtomicU8,
    /// The second of the measurement now running (for the per-second histograms).
    second: AtomicU64,
    slots: Vec<ShardSlot>,
}

impl Shared {
    fn measuring(&self) -> bool {
        self.phase.load(Ordering::Relaxed) == MEASURING
    }

    fn slot(&self, shard: usize) -> &ShardSlot {
        &self.slots[shard]
    }
}

/// Latencies one shard recorded.
struct ShardRecord {
    latency: Histogram<u64>,
    seconds: Vec<Histogram<u64>>,
}

impl ShardRecord {
    fn new() -> Self {
        Self {
            latency: histogram(),
            seconds: Vec::new(),
        }
    }

    fn record(&mut self, second: usize, latency_ns: u64) {
        self.latency.saturating_record(latency_ns);
        if second < SECONDS_MAX {
            if self.seconds.len() <= second {
                self.seconds.resize_with(second + 1, histogram);
            }
            self.seconds[second].saturating_record(latency_ns);
        }
    }
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_max(LATENCY_MAX_NS, 3).expect("valid histogram bounds")
}

thread_local! {
    /// The latencies this shard's bots recorded.
    static RECORD: RefCell<ShardRecord> = RefCell::new(ShardRecord::new());
}

/// What an in-process run measured.
pub struct WorldLoadReport {
    /// The spec it ran.
    pub spec: WorldLoadSpec,
    /// Bots that joined their groups and played.
    pub ready: u64,
    /// AI entities started.
    pub ai_started: usize,
    /// Seconds measured.
    pub seconds: f64,
    /// Replies received while measuring.
    pub replies: u64,
    /// Pushes received while measuring.
    pub pushes: u64,
    /// Error answers and failed sends.
    pub errors: u64,
    /// Requests that timed out.
    pub timeouts: u64,
    /// Actions skipped while measuring (too many in flight).
    pub skipped: u64,
    /// Fighters' strikes that hit a monster, while measuring (`--battles`).
    pub strikes: u64,
    /// Reply latency, nanoseconds, each from the time its request was due.
    pub latency: Histogram<u64>,
    /// Reply latency per second of the measurement.
    pub seconds_latency: Vec<Histogram<u64>>,
    /// AI decisions while measuring.
    pub ai_ticks: u64,
    /// How late AI ticks ran, nanoseconds.
    pub ai_lateness: Lateness,
    /// Messages lost to full mailboxes while measuring: dropped at a mailbox or refused
    /// at a send (a hub or a process that fell behind: lost broadcasts, lost game
    /// events).
    pub dropped: u64,
    /// What the store did while measuring (`None` without a store).
    pub store: Option<StoreFigures>,
    /// What the scripts held and did (`None`: the Rust defaults).
    pub scripts: Option<ScriptFigures>,
}

impl WorldLoadReport {
    /// The `hearth load-in-process …` line.
    pub fn line(&self) -> String {
        let ms = |histogram: &Histogram<u64>, quantile: f64| {
            histogram.value_at_quantile(quantile) as f64 / 1e6
        };
        format!(
            "hearth load-in-process players={} ai={} battles={} strikes_per_s={:.0} msgs_per_s={:.0} p50_ms={:.2} p99_ms={:.2} p999_ms={:.2} errors={} requests_per_s={:.0} pushes_per_s={:.0} max_ms={:.2} timeouts={} skipped={} ready={} ai_ticks_per_s={:.0} ai_late_p99_ms={:.2} guild_size={} team_size={} players_per_cell={} shards={} seconds={:.1} dropped={} held={}",
            self.spec.players,
            self.ai_started,
            self.spec.battles,
            self.strikes as f64 / self.seconds,
            (self.replies + self.pushes) as f64 / self.seconds,
            ms(&self.latency, 0.5),
            ms(&self.latency, 0.99),
            ms(&self.latency, 0.999),
            self.errors + self.timeouts,
            self.replies as f64 / self.seconds,
            self.pushes as f64 / self.seconds,
            self.latency.max() as f64 / 1e6,
            self.timeouts,
            self.skipped,
            self.ready,
            self.ai_ticks as f64 / self.seconds,
            self.ai_lateness.value_at_quantile(0.99) as f64 / 1e6,
            self.spec.guild_size,
            self.spec.team_size,
            crate::mix::PLAYERS_PER_CELL,
            self.spec.shards,
            self.seconds,
            self.dropped,
            self.held(P99_TARGET),
        ) + &self.store_fields()
            + &self.script_fields()
    }

    /// ` scripts=…` and, with scripts, their memory per AI entity and the reload time.
    fn script_fields(&self) -> String {
        let Some(scripts) = &self.scripts else {
            return " scripts=rust".to_owned();
        };
        let per_ai = scripts.bytes as f64 / self.ai_started.max(1) as f64;
        let per_player = scripts.player_bytes as f64 / self.ready.max(1) as f64;
        let mut fields = format!(
            " scripts=luau script_bytes_per_ai={per_ai:.0} script_bytes_per_player={per_player:.0}"
        );
        if self.spec.reload_scripts {
            let took = scripts.reload.map_or_else(
                || "not_within_10s".to_owned(),
                |took| format!("{:.1}", took.as_secs_f64() * 1e3),
            );
            fields += &format!(" reload_all_switched_ms={took}");
        }
        fields
    }

    /// ` store=…` and, with a store, its figures per second.
    fn store_fields(&self) -> String {
        let name = self.spec.store.name();
        let Some(store) = &self.store else {
            return format!(" store={name}");
        };
        let per_s = |count: u64| count as f64 / self.seconds;
        format!(
            " store={name} commits_per_s={:.0} saves_per_s={:.0} store_bytes_per_s={:.0} loss_window_p99_ms={:.1} loss_window_max_ms={:.1}",
            per_s(store.commits),
            per_s(store.txns),
            per_s(store.bytes),
            store.loss_window_p99.as_secs_f64() * 1e3,
            store.loss_window_max.as_secs_f64() * 1e3,
        )
    }

    /// Whether the run held the seed's bar: every bot playing, every action due sent
    /// (none skipped), no error, timeout or dropped message, p99 within `p99_max`.
    pub fn held(&self, p99_max: Duration) -> bool {
        self.ready == self.spec.players as u64
            && self.errors + self.timeouts + self.skipped + self.dropped == 0
            && self.latency.value_at_quantile(0.99) <= p99_max.as_nanos() as u64
    }
}

/// Why an in-process run failed.
#[derive(Debug, thiserror::Error)]
pub enum WorldLoadError {
    /// A flag out of range.
    #[error("{0}")]
    Invalid(String),
    /// The node did not start.
    #[error("node: {0}")]
    Node(String),
}

fn check(spec: &WorldLoadSpec) -> Result<(), WorldLoadError> {
    if spec.players < 2 || spec.guild_size == 0 || spec.team_size == 0 || spec.duration_s == 0 {
        return Err(WorldLoadError::Invalid(
            "--players must be at least 2; --guild-size, --team-size and --duration-s above 0"
                .into(),
        ));
    }
    if spec.guild_size > GUILD_MEMBERS_MAX || spec.team_size > TEAM_MEMBERS_MAX {
        return Err(WorldLoadError::Invalid(format!(
            "--guild-size is at most {GUILD_MEMBERS_MAX} and --team-size at most {TEAM_MEMBERS_MAX}"
        )));
    }
    if spec.duration_s as usize > SECONDS_MAX {
        return Err(WorldLoadError::Invalid(format!(
            "--duration-s is at most {SECONDS_MAX}"
        )));
    }
    Ok(())
}

/// Runs the in-process load once.
///
/// # Errors
/// [`WorldLoadError`] for bad flags or a node that does not start.
pub fn run(spec: &WorldLoadSpec) -> Result<WorldLoadReport, WorldLoadError> {
    check(spec)?;
    let port = GatePort::port();
    let store = StoreSlot::default();
    let backend = spec.store.open()?;
    let node = start_node(spec.shards, &port, &store, spec.scripts.clone())?;
    let handle = node.handle();
    if let Some(backend) = backend {
        let config = hearth_durable::StoreConfig {
            flush_after: spec.store_flush,
            lazy_after: spec.store_lazy,
            ..hearth_durable::StoreConfig::default()
        };
        match hearth_durable::Store::start(&handle, backend, config) {
            Ok(started) => {
                let _ = store.set(started);
            }
            Err(error) => {
                node.shutdown();
                return Err(WorldLoadError::Node(format!("store: {error}")));
            }
        }
    }
    let shared = Arc::new(Shared {
        spec: spec.clone(),
        port,
        store,
        phase: AtomicU8::new(WARMING),
        second: AtomicU64::new(0),
        slots: (0..spec.shards).map(|_| ShardSlot::default()).collect(),
    });
    let ai_started = start_ai(&handle, spec.ai)?;
    spawn_bots(&handle, &shared)?;
    wait_ready(&shared);
    let observing = spec
        .observer
        .as_ref()
        .map(|observer| (observer.0)(&handle, shared.store.get()));
    let report = measure(&handle, &shared, ai_started);
    drop(observing);
    node.shutdown();
    if let Some(store) = shared.store.get() {
        store.join();
    }
    Ok(report)
}

/// A node of `shards` shards running the world, without sockets: the bots stand where
/// gate processes would, so the gate's messages are registered and `port` is the
/// gate's.
pub(crate) fn start_node(
    shards: usize,
    port: &Port,
    store: &StoreSlot,
    scripts: Option<Arc<hearth_scripts::Catalog>>,
) -> Result<Node, WorldLoadError> {
    let mut config = NodeConfig {
        name: "hearth-load-in-process".into(),
        shards,
        pin: false,
        ..NodeConfig::default()
    };
    hearth_gate::register_wire(Arc::make_mut(&mut config.wire));
    hearth_world::install(
        &mut config,
        Arc::clone(port),
        Arc::clone(store),
        scripts.clone(),
    );
    let node = Node::start(config).map_err(|error| WorldLoadError::Node(error.to_string()))?;
    let world = hearth_world::World {
        scripts,
        ..hearth_world::World::default()
    };
    if let Err(error) =
        hearth_world::start_with(&node.handle(), Arc::clone(port), Arc::clone(store), world)
    {
        node.shutdown();
        return Err(WorldLoadError::Node(format!("world: {error}")));
    }
    Ok(node)
}

fn spawn_bots(handle: &NodeHandle, shared: &Arc<Shared>) -> Result<(), WorldLoadError> {
    let shards = shared.spec.shards;
    let players = shared.spec.players + shared.spec.battles;
    for shard in 0..shards {
        let for_hub = Arc::clone(shared);
        handle
            .run_on(shard, move |ctx| start_hub(ctx, for_hub))
            .map_err(|error| WorldLoadError::Node(error.to_string()))?
            .map_err(|error| WorldLoadError::Node(format!("shard {shard}: no hub: {error}")))?;
        let mine: Vec<usize> = (shard..players).step_by(shards).collect();
        for chunk in mine.chunks(SPAWN_CHUNK) {
            let chunk = chunk.to_vec();
            let shared = Arc::clone(shared);
            let spawned = handle
                .run_on(shard, move |ctx| {
                    chunk
                        .iter()
                        .filter(|n| ctx.spawn_root(Bot::new(**n, Arc::clone(&shared))).is_ok())
                        .count()
                })
                .map_err(|error| WorldLoadError::Node(error.to_string()))?;
            if spawned < SPAWN_CHUNK.min(mine.len()) && spawned == 0 {
                return Err(WorldLoadError::Node(format!("shard {shard} took no bot")));
            }
        }
    }
    Ok(())
}

fn sum(shared: &Shared, field: impl Fn(&ShardSlot) -> &AtomicU64) -> u64 {
    shared
        .slots
        .iter()
        .map(|slot| field(slot).load(Ordering::Relaxed))
        .sum()
}

fn wait_ready(shared: &Shared) {
    let started = Instant::now();
    let mut shown = Instant::now();
    loop {
        let ready = sum(shared, |slot| &slot.ready);
        if ready >= shared.spec.players as u64 || started.elapsed() >= SETTLE_TIMEOUT {
            break;
        }
        if shared.spec.progress && shown.elapsed() >= Duration::from_secs(1) {
            eprint!(
                "\rstarting: {ready}/{} bots in their groups   ",
                shared.spec.players
            );
            shown = Instant::now();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn measure(handle: &NodeHandle, shared: &Arc<Shared>, ai_started: usize) -> WorldLoadReport {
    let spec = &shared.spec;
    std::thread::sleep(Duration::from_secs(spec.warmup_s));
    take_records(handle, spec.shards); // drop what warming recorded
    let dropped_before = dropped(handle);
    let stored_before = shared.store.get().map(hearth_durable::Store::stats);
    shared.phase.store(MEASURING, Ordering::Relaxed);
    let measured = Instant::now();
    let mut last = (0, 0);
    let mut reload = None;
    for second in 0..spec.duration_s {
        let tick = measured + Duration::from_secs(second + 1);
        std::thread::sleep(tick.saturating_duration_since(Instant::now()));
        shared.second.store(second + 1, Ordering::Relaxed);
        if second + 1 == spec.duration_s / 2
            && spec.reload_scripts
            && let Some(scripts) = &spec.scripts
        {
            reload = Some(reload_and_time(handle, scripts, ai_started));
        }
        if spec.progress {
            let now = (
                sum(shared, |slot| &slot.replies),
                sum(shared, |slot| &slot.pushes),
            );
            progress(
                second + 1,
                spec.duration_s,
                now.0 - last.0,
                now.1 - last.1,
                shared,
            );
            last = now;
        }
    }
    shared.phase.store(STOPPING, Ordering::Relaxed);
    let seconds = measured.elapsed().as_secs_f64();
    if spec.progress {
        eprintln!();
    }
    let (records, ai_stats) = take_records(handle, spec.shards);
    let dropped = dropped(handle).saturating_sub(dropped_before);
    let store = stored_before
        .zip(shared.store.get())
        .map(|(before, store)| {
            let after = store.stats();
            StoreFigures {
                commits: after.commits - before.commits,
                txns: after.txns - before.txns,
                bytes: after.bytes - before.bytes,
                loss_window_p99: after.loss_window_p99,
                loss_window_max: after.loss_window_max,
            }
        });
    let mut latency = histogram();
    let mut seconds_latency: Vec<Histogram<u64>> = Vec::new();
    for record in &records {
        let _ = latency.add(&record.latency);
        for (index, second) in record.seconds.iter().enumerate() {
            if seconds_latency.len() <= index {
                seconds_latency.resize_with(index + 1, histogram);
            }
            let _ = seconds_latency[index].add(second);
        }
    }
    let mut ai_lateness = Lateness::default();
    let mut ai_ticks = 0;
    for stats in &ai_stats {
        ai_lateness.add(&stats.lateness_ns);
        ai_ticks += stats.ticks;
    }
    let scripts = spec.scripts.as_ref().map(|_| ScriptFigures {
        bytes: scripts_held(handle, spec.shards, AI_SCRIPT).bytes,
        player_bytes: scripts_held(handle, spec.shards, PERSON_SCRIPT).bytes,
        reload: reload.and_then(|timer: std::thread::JoinHandle<Option<Duration>>| {
            timer.join().ok().flatten()
        }),
    });
    WorldLoadReport {
        spec: spec.clone(),
        ready: sum(shared, |slot| &slot.ready),
        ai_started,
        seconds,
        replies: sum(shared, |slot| &slot.replies),
        pushes: sum(shared, |slot| &slot.pushes),
        errors: sum(shared, |slot| &slot.errors),
        timeouts: sum(shared, |slot| &slot.timeouts),
        strikes: sum(shared, |slot| &slot.strikes),
        skipped: sum(shared, |slot| &slot.skipped),
        latency,
        seconds_latency,
        ai_ticks,
        ai_lateness,
        dropped,
        store,
        scripts,
    }
}

/// Longest a scripts reload is waited for (every AI entity switched).
const RELOAD_WAIT: Duration = Duration::from_secs(10);

/// Installs the current scripts again as a new release, and times, on a thread of its
/// own, how long it takes until `entities` processes have switched to it (`None`: not
/// within [`RELOAD_WAIT`]).
fn reload_and_time(
    handle: &NodeHandle,
    scripts: &Arc<hearth_scripts::Catalog>,
    entities: usize,
) -> std::thread::JoinHandle<Option<Duration>> {
    let handle = handle.clone();
    let scripts = Arc::clone(scripts);
    std::thread::spawn(move || {
        let shards = handle.shards();
        let before = scripts_held(&handle, shards, AI_SCRIPT).switched;
        let sources = scripts.current().sources.clone();
        let started = Instant::now();
        scripts.install(sources, hearth_world::rules::check).ok()?;
        loop {
            let switched = scripts_held(&handle, shards, AI_SCRIPT).switched - before;
            if switched >= entities as u64 {
                return Some(started.elapsed());
            }
            if started.elapsed() > RELOAD_WAIT {
                return None;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    })
}

/// What every shard holds of `script`, summed.
fn scripts_held(
    handle: &NodeHandle,
    shards: usize,
    script: &'static str,
) -> hearth_scripts::ShardScripts {
    let mut total = hearth_scripts::ShardScripts::default();
    for shard in 0..shards {
        let held = handle.run_on(shard, move |_| hearth_scripts::shard_scripts_of(script));
        if let Ok(held) = held {
            total.bytes += held.bytes;
            total.switched += held.switched;
            total.vms += held.vms;
        }
    }
    total
}

/// What the scripts held and did in a run.
#[derive(Debug, Clone, Copy)]
pub struct ScriptFigures {
    /// Bytes the AI script's VMs held at the end (its module and every entity's state).
    pub bytes: usize,
    /// Bytes the Person script's VMs held at the end (its module and every player's
    /// state).
    pub player_bytes: usize,
    /// How long a reload took until every AI entity switched (`--scripts-reload`).
    pub reload: Option<Duration>,
}

/// Messages the node has lost to full mailboxes so far (every shard): dropped by a
/// receiver's overflow policy or past its headroom, and sends refused because the
/// receiver refused them or the sender's outbox share was used up (the game's senders
/// drop a refused message: a group line to a member who cannot keep up).
fn dropped(handle: &NodeHandle) -> u64 {
    handle.stats().map_or(0, |stats| {
        stats.overflowed
            + stats.refused
            + stats.refused_at_send
            + stats.outbox_full
            + stats.outbox_share_full
    })
}

fn progress(second: u64, total: u64, replies: u64, pushes: u64, shared: &Shared) {
    const BAR: usize = 30;
    let done = (second as usize * BAR / total.max(1) as usize).min(BAR);
    let errors = sum(shared, |slot| &slot.errors) + sum(shared, |slot| &slot.timeouts);
    eprint!(
        "\r[{}{}] {second}/{total} s  replies/s={replies} pushes/s={pushes} errors={errors}   ",
        "#".repeat(done),
        ".".repeat(BAR - done)
    );
}

/// Takes every shard's latency record and AI statistics (resetting them).
fn take_records(handle: &NodeHandle, shards: usize) -> (Vec<ShardRecord>, Vec<AiStats>) {
    let mut records = Vec::new();
    let mut ai_stats = Vec::new();
    for shard in 0..shards {
        let taken = handle.run_on(shard, |_| {
            let record = RECORD.with(|record| record.replace(ShardRecord::new()));
            (record, hearth_world::ai::take_shard_stats())
        });
        if let Ok((record, stats)) = taken {
            records.push(record);
            ai_stats.push(stats);
        }
    }
    (records, ai_stats)
}
