//! `hearth load --in-process`: bots as processes inside a node, at the seed's rates.
//!
//! Each bot is a process standing where a gate process would: it spawns its player's
//! [`Person`] on its own shard, attaches to it, joins a guild and a team, then sends the
//! seed's mix each second — 10 normal requests (echo and move, alternating), 1 heavy, 1
//! whisper to a random other player, 1 line to its guild or team (alternating) — as
//! encoded protobuf requests with the seed's message timeout (`notify`), exactly as a gate
//! forwards them. Replies and pushes come back as the frames a gate would write to the
//! socket. AI entities run under the world's `ai` supervisor. So the figure is the
//! engine and the game logic, without the sockets.
//!
//! Latency is from the bot's send to the reply's arrival, recorded per shard in an HDR
//! histogram (and one per second, for the plot); `msgs_per_s` counts replies and pushes
//! delivered to the bots.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use hearth_engine::{
    Addr, Ctx, ExitReason, NodeHandle, Pid, Process, Reply, RequestId, ShardCtx, SpawnError,
    SupervisorMsg, SystemMsg,
};
use prost::Message;

use crate::fanout::{HubHandle, Sink};
use crate::gate::outbox::SlowReader;
use crate::mix::{Mix, period_ns};
use crate::person::{Person, player_id};
use crate::proto::{self, request::Body};
use crate::wire::{Answer, GateMsg, PersonArgs, PersonMsg, ReplyRoute};
use crate::world::AI_SUPERVISOR_NAME;
use crate::world::ai::{self, AiSpec};

/// Bots' users are `bot<n>`.
const BOT_PREFIX: &str = "bot";
/// The seed's message timeout for a bot's request.
pub const BOT_REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Requests one bot keeps in flight; past it an action is skipped (and counted).
pub const BOT_IN_FLIGHT_MAX: usize = 64;
/// Bots spawned per job on a shard (keeps each job short).
const SPAWN_CHUNK: usize = 4096;
/// AI starts in flight at the `ai` supervisor.
const AI_START_WINDOW: usize = 512;
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
}

/// State shared by the bots of every shard and the driver thread.
struct Shared {
    spec: WorldLoadSpec,
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
    static RECORD: RefCell<ShardRecord> = RefCell::new(ShardRecord::new());
    /// The shard's broadcast hub and the sink its bots share (set before they spawn).
    static HUB: RefCell<Option<(HubHandle, Rc<dyn Sink>)>> = const { RefCell::new(None) };
}

/// Where a shard's bots receive broadcast frames: it counts them, as a socket write
/// would take them.
struct BotSink {
    shared: Arc<Shared>,
    shard: usize,
}

impl Sink for BotSink {
    fn deliver(&self, frame: &[u8]) -> Result<(), SlowReader> {
        if self.shared.measuring() {
            let pushes = frames_in(frame);
            self.shared
                .slot(self.shard)
                .pushes
                .fetch_add(pushes, Ordering::Relaxed);
        }
        Ok(())
    }

    fn flush(&self) {}
}

/// Starts the shard's hub for its bots.
fn start_hub(ctx: &mut ShardCtx<'_>, shared: Arc<Shared>) -> Result<(), SpawnError> {
    let hub = HubHandle::start(|hub| {
        ctx.spawn_root_opts(hub, HubHandle::options())
            .map(|addr| addr.pid())
    })?;
    let sink: Rc<dyn Sink> = Rc::new(BotSink {
        shard: ctx.shard(),
        shared,
    });
    HUB.with(|slot| *slot.borrow_mut() = Some((hub, sink)));
    Ok(())
}

// ----- the bot -----------------------------------------------------------------------

/// Where a bot stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Stage {
    /// Waiting for its Person to attach it.
    Attaching,
    /// Waiting for the answers to its two joins.
    Joining(u8),
    /// Sending the seed's mix.
    Playing,
}

/// One player's bot (see the module docs).
struct Bot {
    n: usize,
    shared: Arc<Shared>,
    person: Option<Pid>,
    stage: Stage,
    next_id: u64,
    due_ns: u64,
    mix: Mix,
    in_flight: VecDeque<(RequestId, u64)>,
}

impl Bot {
    fn new(n: usize, shared: Arc<Shared>) -> Self {
        let mix = Mix::new(n, shared.spec.players, BOT_PREFIX.into());
        Self {
            n,
            shared,
            person: None,
            stage: Stage::Attaching,
            next_id: 1,
            due_ns: 0,
            mix,
            in_flight: VecDeque::new(),
        }
    }

    fn slot(&self, ctx: &Ctx<'_, Self>) -> &ShardSlot {
        self.shared.slot(ctx.shard())
    }

    fn send(&mut self, body: Body, ctx: &mut Ctx<'_, Self>) {
        let Some(person) = self.person else { return };
        if self.in_flight.len() >= BOT_IN_FLIGHT_MAX {
            self.slot(ctx).skipped.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let request = proto::Request {
            id: self.next_id,
            body: Some(body),
        };
        self.next_id += 1;
        let now_ns = ctx.now_ns();
        let build = |reply: hearth_engine::ReplyTo<Answer>| PersonMsg::Request {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            request: request.encode_to_vec(),
        };
        match ctx.notify(Addr::from_pid(person), build, BOT_REQUEST_TIMEOUT) {
            Ok(id) => self.in_flight.push_back((id, now_ns)),
            Err(_) => {
                self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn attached(&mut self, ctx: &mut Ctx<'_, Self>) {
        self.stage = Stage::Joining(2);
        let spec = &self.shared.spec;
        for join in self.mix.joins(spec.guild_size, spec.team_size) {
            self.send(join, ctx);
        }
    }

    fn answered(&mut self, request: RequestId, answer: &Answer, ctx: &mut Ctx<'_, Self>) {
        let Some(index) = self.in_flight.iter().position(|(id, _)| *id == request) else {
            return;
        };
        let (_, sent_ns) = self.in_flight.remove(index).expect("found");
        let failed = matches!(answer, Answer::Error(..));
        match self.stage {
            Stage::Joining(left) => {
                if failed {
                    self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
                }
                if left <= 1 {
                    self.start_playing(ctx);
                } else {
                    self.stage = Stage::Joining(left - 1);
                }
            }
            Stage::Playing => self.record(sent_ns, failed, ctx),
            Stage::Attaching => {}
        }
    }

    fn record(&mut self, sent_ns: u64, failed: bool, ctx: &mut Ctx<'_, Self>) {
        if !self.shared.measuring() {
            return;
        }
        let slot = self.slot(ctx);
        if failed {
            slot.errors.fetch_add(1, Ordering::Relaxed);
            return;
        }
        slot.replies.fetch_add(1, Ordering::Relaxed);
        let latency = ctx.now_ns().saturating_sub(sent_ns);
        let second = self.shared.second.load(Ordering::Relaxed) as usize;
        RECORD.with(|record| record.borrow_mut().record(second, latency));
    }

    fn timed_out(&mut self, ctx: &mut Ctx<'_, Self>) {
        match self.stage {
            // A join that timed out counts as an error; the bot plays without that group.
            Stage::Joining(left) => {
                self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
                if left <= 1 {
                    self.start_playing(ctx);
                } else {
                    self.stage = Stage::Joining(left - 1);
                }
            }
            Stage::Playing if self.shared.measuring() => {
                self.slot(ctx).timeouts.fetch_add(1, Ordering::Relaxed);
            }
            _ => {}
        }
    }

    fn start_playing(&mut self, ctx: &mut Ctx<'_, Self>) {
        self.stage = Stage::Playing;
        self.slot(ctx).ready.fetch_add(1, Ordering::Relaxed);
        let period = period_ns();
        self.due_ns = ctx.now_ns() + fastrand::u64(0..period);
        self.schedule(ctx);
    }

    fn schedule(&mut self, ctx: &mut Ctx<'_, Self>) {
        if ctx
            .start_timer_at(Duration::from_nanos(self.due_ns), 0)
            .is_err()
        {
            ctx.stop(ExitReason::custom("bot: no timer left"));
        }
    }

    /// The next action of the seed's mix.
    fn act(&mut self, ctx: &mut Ctx<'_, Self>) {
        let body = self.mix.next_body();
        self.send(body, ctx);
        self.due_ns += period_ns();
        self.schedule(ctx);
    }
}

fn bot_user(n: usize) -> String {
    Mix::user(BOT_PREFIX, n)
}

/// Complete client frames in `bytes` (each starts with its length).
fn frames_in(bytes: &[u8]) -> u64 {
    let mut count = 0;
    let mut at = 0;
    while let Some(head) = bytes.get(at..at + 4) {
        let length = u32::from_le_bytes(head.try_into().expect("4 bytes")) as usize;
        at += 4 + length;
        count += 1;
    }
    count
}

impl Process for Bot {
    type Msg = GateMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        let user = bot_user(self.n);
        let args = PersonArgs {
            player: player_id(&user),
            user,
            grace_ms: BOT_REQUEST_TIMEOUT.as_millis() as u64,
            trade_timeout_ms: BOT_REQUEST_TIMEOUT.as_millis() as u64,
        };
        let person = ctx
            .spawn(Person::new(args))
            .map_err(|error| ExitReason::custom(format!("bot {}: {error}", self.n)))?;
        self.person = Some(person.pid());
        let me = ctx.me();
        let hub = HUB.with(|slot| {
            let slot = slot.borrow();
            let (hub, sink) = slot.as_ref()?;
            hub.sinks.insert(me, Rc::clone(sink));
            Some(hub.pid.to_bytes())
        });
        let attach = PersonMsg::Attach {
            gate: me.to_bytes(),
            resume_token: Vec::new(),
            last_seq: 0,
            hub,
        };
        ctx.send(person, attach)
            .map_err(|error| ExitReason::custom(format!("bot {}: {error}", self.n)))
    }

    fn handle(&mut self, message: GateMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            GateMsg::Attached(_) if self.stage == Stage::Attaching => self.attached(ctx),
            GateMsg::Answer(shard, key, seq, answer) => {
                self.answered(GateMsg::answered(shard, key, seq), &answer, ctx);
            }
            GateMsg::Frames(frames) if self.shared.measuring() => {
                let pushes = frames_in(&frames);
                self.slot(ctx).pushes.fetch_add(pushes, Ordering::Relaxed);
            }
            GateMsg::Refused(..) | GateMsg::Kicked => {
                self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
            }
            _ => {}
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { .. } if self.shared.phase.load(Ordering::Relaxed) != STOPPING => {
                self.act(ctx);
            }
            SystemMsg::Timeout { request } => {
                if let Some(index) = self.in_flight.iter().position(|(id, _)| *id == request) {
                    self.in_flight.remove(index);
                    self.timed_out(ctx);
                }
            }
            SystemMsg::Exit { from, reason } if from.is_shard() => ctx.stop(reason),
            _ => {}
        }
    }

    fn terminate(&mut self, _reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        let me = ctx.me();
        HUB.with(|slot| {
            if let Some((hub, _)) = slot.borrow().as_ref() {
                hub.sinks.remove(me);
            }
        });
    }
}

// ----- starting AI through the supervisor --------------------------------------------

/// Starts AI entities through the `ai` supervisor, a window at a time.
struct AiStarter {
    next: usize,
    total: usize,
    in_flight: usize,
    failed: usize,
    done: flume::Sender<(usize, usize)>,
}

/// The supervisor's answer to a start.
struct Started(Result<Pid, SpawnError>);

impl From<Reply<Result<Pid, SpawnError>>> for Started {
    fn from(reply: Reply<Result<Pid, SpawnError>>) -> Self {
        Self(reply.value)
    }
}

impl AiStarter {
    fn fill(&mut self, ctx: &mut Ctx<'_, Self>) {
        let Some(supervisor) = ctx.whereis(AI_SUPERVISOR_NAME) else {
            self.failed = self.total - self.next;
            self.next = self.total;
            return;
        };
        while self.in_flight < AI_START_WINDOW && self.next < self.total {
            let spec = AiSpec::seed(self.next as u64);
            let build = |reply| SupervisorMsg::StartChild {
                args: Arc::new(spec),
                reply: Some(reply),
            };
            self.next += 1;
            match ctx.notify(Addr::from_pid(supervisor), build, SETTLE_TIMEOUT) {
                Ok(_) => self.in_flight += 1,
                Err(_) => self.failed += 1,
            }
        }
        if self.in_flight == 0 {
            let _ = self.done.send((self.total - self.failed, self.failed));
            ctx.stop(ExitReason::Normal);
        }
    }
}

impl Process for AiStarter {
    type Msg = Started;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        self.fill(ctx);
        Ok(())
    }

    fn handle(&mut self, Started(result): Started, ctx: &mut Ctx<'_, Self>) {
        self.in_flight -= 1;
        self.failed += usize::from(result.is_err());
        self.fill(ctx);
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        if let SystemMsg::Timeout { .. } = message {
            self.in_flight -= 1;
            self.failed += 1;
            self.fill(ctx);
        }
    }
}

// ----- the run -----------------------------------------------------------------------

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
    /// Actions skipped (too many in flight).
    pub skipped: u64,
    /// Reply latency, nanoseconds.
    pub latency: Histogram<u64>,
    /// Reply latency per second of the measurement.
    pub seconds_latency: Vec<Histogram<u64>>,
    /// AI decisions while measuring.
    pub ai_ticks: u64,
    /// How late AI ticks ran, nanoseconds.
    pub ai_lateness: Histogram<u64>,
    /// Messages dropped at full mailboxes while measuring (a hub or a process that
    /// fell behind: lost broadcasts, lost game events).
    pub dropped: u64,
}

impl WorldLoadReport {
    /// The `hearth load-in-process …` line.
    pub fn line(&self) -> String {
        let ms = |histogram: &Histogram<u64>, quantile: f64| {
            histogram.value_at_quantile(quantile) as f64 / 1e6
        };
        format!(
            "hearth load-in-process players={} ai={} msgs_per_s={:.0} p50_ms={:.2} p99_ms={:.2} p999_ms={:.2} errors={} requests_per_s={:.0} pushes_per_s={:.0} max_ms={:.2} timeouts={} skipped={} ready={} ai_ticks_per_s={:.0} ai_late_p99_ms={:.2} guild_size={} team_size={} players_per_cell={} shards={} seconds={:.1} dropped={}",
            self.spec.players,
            self.ai_started,
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
            ms(&self.ai_lateness, 0.99),
            self.spec.guild_size,
            self.spec.team_size,
            crate::mix::PLAYERS_PER_CELL,
            self.spec.shards,
            self.seconds,
            self.dropped,
        )
    }

    /// Whether the run held the seed's bar: every bot playing, no error, timeout or
    /// dropped message, p99 within `p99_max`.
    pub fn held(&self, p99_max: Duration) -> bool {
        self.ready == self.spec.players as u64
            && self.errors + self.timeouts + self.dropped == 0
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
    if spec.guild_size > crate::world::org::GUILD_MEMBERS_MAX
        || spec.team_size > crate::world::org::TEAM_MEMBERS_MAX
    {
        return Err(WorldLoadError::Invalid(format!(
            "--guild-size is at most {} and --team-size at most {}",
            crate::world::org::GUILD_MEMBERS_MAX,
            crate::world::org::TEAM_MEMBERS_MAX
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
    let mut options = crate::node::NodeOptions::standalone();
    options.shards = spec.shards;
    options.pin = false;
    options.gate.listen = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let node = crate::node::GameNode::start(options)
        .map_err(|error| WorldLoadError::Node(error.to_string()))?;
    let handle = node.node_handle();
    let shared = Arc::new(Shared {
        spec: spec.clone(),
        phase: AtomicU8::new(WARMING),
        second: AtomicU64::new(0),
        slots: (0..spec.shards).map(|_| ShardSlot::default()).collect(),
    });
    let ai_started = start_ai(&handle, spec.ai)?;
    spawn_bots(&handle, &shared)?;
    wait_ready(&shared);
    let report = measure(&handle, &shared, ai_started);
    node.shutdown(Duration::ZERO);
    Ok(report)
}

/// Starts `count` seed AI entities through the node's `ai` supervisor; how many started.
///
/// # Errors
/// When the starter cannot run or the AI does not start in time.
pub fn start_ai(handle: &NodeHandle, count: usize) -> Result<usize, WorldLoadError> {
    if count == 0 {
        return Ok(0);
    }
    let (done, finished) = flume::bounded(1);
    let starter = AiStarter {
        next: 0,
        total: count,
        in_flight: 0,
        failed: 0,
        done,
    };
    handle
        .spawn(0, starter)
        .map_err(|error| WorldLoadError::Node(error.to_string()))?;
    let (started, failed) = finished
        .recv_timeout(SETTLE_TIMEOUT)
        .map_err(|_| WorldLoadError::Node("AI did not start in time".into()))?;
    if failed > 0 {
        tracing::warn!(failed, "AI entities that did not start");
    }
    Ok(started)
}

fn spawn_bots(handle: &NodeHandle, shared: &Arc<Shared>) -> Result<(), WorldLoadError> {
    let shards = shared.spec.shards;
    let players = shared.spec.players;
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
    shared.phase.store(MEASURING, Ordering::Relaxed);
    let measured = Instant::now();
    let mut last = (0, 0);
    for second in 0..spec.duration_s {
        let tick = measured + Duration::from_secs(second + 1);
        std::thread::sleep(tick.saturating_duration_since(Instant::now()));
        shared.second.store(second + 1, Ordering::Relaxed);
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
    let mut ai_lateness = histogram();
    let mut ai_ticks = 0;
    for stats in &ai_stats {
        let _ = ai_lateness.add(&stats.lateness_ns);
        ai_ticks += stats.ticks;
    }
    WorldLoadReport {
        spec: spec.clone(),
        ready: sum(shared, |slot| &slot.ready),
        ai_started,
        seconds,
        replies: sum(shared, |slot| &slot.replies),
        pushes: sum(shared, |slot| &slot.pushes),
        errors: sum(shared, |slot| &slot.errors),
        timeouts: sum(shared, |slot| &slot.timeouts),
        skipped: sum(shared, |slot| &slot.skipped),
        latency,
        seconds_latency,
        ai_ticks,
        ai_lateness,
        dropped,
    }
}

/// Messages the node has dropped at full mailboxes so far (every shard).
fn dropped(handle: &NodeHandle) -> u64 {
    handle.stats().map_or(0, |stats| stats.overflowed)
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
fn take_records(handle: &NodeHandle, shards: usize) -> (Vec<ShardRecord>, Vec<ai::AiStats>) {
    let mut records = Vec::new();
    let mut ai_stats = Vec::new();
    for shard in 0..shards {
        let taken = handle.run_on(shard, |_| {
            let record = RECORD.with(|record| record.replace(ShardRecord::new()));
            (record, ai::take_shard_stats())
        });
        if let Ok((record, stats)) = taken {
            records.push(record);
            ai_stats.push(stats);
        }
    }
    (records, ai_stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_counted_by_their_length_prefix() {
        let mut bytes = Vec::new();
        for payload in [&b"ab"[..], b"", b"xyz"] {
            bytes.extend_from_slice(&(payload.len() as u32).to_le_bytes());
            bytes.extend_from_slice(payload);
        }
        assert_eq!(frames_in(&bytes), 3);
        assert_eq!(frames_in(&[]), 0);
    }
}
