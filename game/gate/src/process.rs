//! The gate process: one per client connection.
//!
//! | phase | frame from the client | what happens |
//! |---|---|---|
//! | new | `Hello` | `Welcome`, or `Bye(UNSUPPORTED_VERSION)` |
//! | new | `Login` | the address's failed-login limit (`Bye(RATE_LIMITED)`); authenticate (`Bye(AUTH_FAILED)` with the cause, counting a failure); find or spawn the player's Person; attach |
//! | active | `Request` | token bucket; forward to the Person with the request timeout; `Reply`, or `Error(TIMEOUT / OVERLOADED)` |
//! | any | unknown id, undecodable payload | `Bye(UNKNOWN_MESSAGE / BAD_FRAME)`, close |
//! | any | over the token bucket | `Error(RATE_LIMITED)` (the frame is dropped) |
//! | new | nothing within `login_timeout` | `Bye(IDLE)`, close |
//!
//! The Person is monitored (a dead Person closes the connection, saying why), and the
//! Person monitors the gate (a closed connection detaches the session, which the Person
//! keeps for a grace period so the client can resume). Requests of one client reach its
//! Person in the order sent (one path), and the Person handles them in order.
//!
//! # When the Person's node is out of reach
//! A Person whose monitor fires `noconnection` may be alive: its node stalled or was cut
//! off for a moment (the cluster declares a node down after 1.5 s of silence), or this
//! node stalled and the other closed the link. The connection is kept, and the session
//! is taken back without the client knowing (any other end of the Person ends the
//! session at once, saying why):
//!
//! | phase | what happens |
//! |---|---|
//! | away | every [`AWAY_LOOK_EVERY`] the Person is looked for by its cluster-wide name; found, it is asked to resume the session (its token, and the last seq this connection wrote to the client) |
//! | away | a request is refused `UNAVAILABLE` ("your player's node cannot be reached: retry"); pushes of the player's groups still arrive |
//! | resumed | the Person (which kept the session for its grace period) resends the frames the client missed, in seq order, and play goes on; the client sees no goodbye and no second login |
//! | not back within [`AWAY_WINDOW_MAX`] of a silent node, [`AWAY_WINDOW_CLOSED`] of a closed link (a killed node) unless the node is connected again meanwhile (then [`AWAY_WINDOW_MAX`]: it ran through), the session's grace if shorter; or the Person refuses the resume | `Bye(INTERNAL, "player process ended: noconnection …")`, as before: the client logs in again and its player is loaded from the store |

use std::net::IpAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use hashbrown::HashMap;
use hearth_engine::{
    Addr, CallError, Ctx, ExitReason, MonitorRef, NodeId, Pid, Placement, Process,
    RemoteSpawnError, RequestId, SpawnOptions, SystemMsg, TimerRef,
};
use prost::Message;

use hearth_protocol::{self as proto, ClientFrame, ClientFrameError, ErrorCode, MessageId};
use hearth_world::Port;
use hearth_world::person::{PERSON_BEHAVIOUR, find_person, player_id, spawnable};
use hearth_world::wire::{Answer, Attached, PersonArgs, PersonMsg, ReplyRoute, Trace};

use crate::auth::Refusal;
use crate::bucket::TokenBucket;
use crate::config::GateConfig;
use crate::hub::{HubHandle, Sink};
use crate::limits::LiveLimits;
use crate::metrics::{GateCounts, REQUEST_KINDS, request_kind};
use crate::online::Session;
use crate::outbox::Outbox;
use crate::shared::Shared;
use crate::throttle::Throttle;
use crate::wire::GateMsg;

/// A request answered later than this is logged as a warning with its trace id.
const SLOW_REQUEST: std::time::Duration = std::time::Duration::from_millis(500);
/// Longest user name accepted.
const USER_BYTES_MAX: usize = 64;
/// Requests in flight per connection (the bucket usually bounds them first).
const PENDING_MAX: usize = 1024;
/// Timer tag of the login deadline.
const LOGIN_DEADLINE: u64 = 1;
/// Time a remote Person spawn may take.
const SPAWN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);
/// How often a session whose Person's node is out of reach looks for its Person again.
pub const AWAY_LOOK_EVERY: std::time::Duration = std::time::Duration::from_millis(200);
/// Longest a session waits for its Person's node to be back after the node went silent
/// (and the session's grace period, if shorter: past it the Person no longer keeps the
/// session). It covers a stall or a cut of several seconds plus the reconnection after it
/// (dials back off up to 2 s while the node is away, `hearth_net`'s reconnect backoff,
/// and a handshake may take 2 s). A silent node that never comes back (a host lost) costs its
/// players this long before their goodbye.
pub const AWAY_WINDOW_MAX: std::time::Duration = std::time::Duration::from_secs(10);
/// ... and after its connection closed while the node was still heard from: usually its
/// process ended (killed: the session ends after this short wait). A close that comes
/// after the down-detection time without a frame counts as silence (`hearth_net`): it is
/// what this node sees after it stalled itself and the peer gave the link up.
pub const AWAY_WINDOW_CLOSED: std::time::Duration = std::time::Duration::from_secs(1);
/// Timer tag of a look for the Person again.
const AWAY_LOOK: u64 = 3;
/// What a request is refused with while the player's node cannot be reached
/// (`UNAVAILABLE`).
const UNREACHABLE: &str = "your player's node cannot be reached now: retry";
/// Times a login looks for its Person (a Person that loses a registration race to another
/// connection's ends at once; the login then finds the winner).
const JOIN_ATTEMPTS_MAX: u32 = 3;
/// Timer tag of a look for an app node again.
const NO_APP_RETRY: u64 = 2;
/// How soon a login that found no app node looks again (a node just joined may not be
/// in this shard's view yet) ...
const NO_APP_RETRY_AFTER: std::time::Duration = std::time::Duration::from_millis(50);
/// ... and how many times before `Bye(OVERLOADED)`.
const NO_APP_RETRIES_MAX: u32 = 20;

/// How many of the whole frames in `frames` are pushes (the rest are resent replies).
fn pushes_in(frames: &[u8]) -> u64 {
    let mut count = 0;
    let mut at = 0;
    while let Some(head) = frames.get(at..at + proto::FRAME_HEAD_BYTES) {
        let length = u32::from_le_bytes(head[..4].try_into().expect("4 bytes")) as usize;
        let id = u16::from_le_bytes(head[4..6].try_into().expect("2 bytes"));
        count += u64::from(id == MessageId::Push as u16);
        at += proto::FRAME_LENGTH_BYTES + length;
    }
    count
}

/// A login on its way to its Person.
struct Join {
    player: u64,
    user: String,
    resume: Vec<u8>,
    last_seq: u64,
    tried: Vec<NodeId>,
    attempts: u32,
    no_app_retries: u32,
}

/// A request forwarded to the Person, waiting for its answer.
struct Pending {
    /// The client's id of the request.
    client_id: u64,
    /// Its kind (an index of `metrics::REQUEST_KINDS`).
    kind: usize,
    /// When the gate got it (the shard clock).
    started_ns: u64,
}

enum Phase {
    New,
    Joining(Join),
    Attaching(Join),
    Active {
        person: Addr<PersonMsg>,
    },
    /// The Person's node went out of reach: looking for it again (see the module docs).
    Away(Away),
    Closing,
}

/// A session taken back after its Person's node went out of reach.
struct Away {
    /// When the Person was lost (the shard clock).
    since_ns: u64,
    /// Why, for the goodbye if it does not come back.
    reason: String,
    /// The Person asked to resume (`None`: not found yet).
    asked: Option<Pid>,
    /// The node the Person ran on.
    node: NodeId,
    /// How long it is waited for.
    window: std::time::Duration,
}

/// What a connection needs to take its session back: the player, the session token,
/// and the last seq it wrote to the client.
struct SessionKeys {
    player: u64,
    token: Vec<u8>,
    seq: u64,
}

/// The highest seq of the Person's frames (`Reply`, numbered `Push`) in `frames`.
fn last_seq_in(frames: &[u8]) -> Option<u64> {
    let mut last = None;
    let mut at = 0;
    while let Some(head) = frames.get(at..at + proto::FRAME_HEAD_BYTES) {
        let length = u32::from_le_bytes(head[..4].try_into().expect("4 bytes")) as usize;
        let id = u16::from_le_bytes(head[4..6].try_into().expect("2 bytes"));
        let end = (at + proto::FRAME_LENGTH_BYTES + length).min(frames.len());
        let payload = &frames[(at + proto::FRAME_HEAD_BYTES).min(end)..end];
        let field = match id {
            id if id == MessageId::Reply as u16 => Some(2),
            id if id == MessageId::Push as u16 => Some(1),
            _ => None,
        };
        if let Some(seq) = field.and_then(|field| varint_field(payload, field)) {
            last = Some(last.map_or(seq, |last: u64| last.max(seq)));
        }
        at += proto::FRAME_LENGTH_BYTES + length;
    }
    last
}

/// The value of varint field `wanted` among the leading varint fields of a protobuf
/// message (prost writes fields in order: `Reply` starts `id, seq`, `Push` starts `seq`);
/// `None` when absent (zero).
fn varint_field(mut bytes: &[u8], wanted: u64) -> Option<u64> {
    fn varint(bytes: &mut &[u8]) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = bytes.split_first()?;
            *bytes = rest;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
    loop {
        let key = varint(&mut bytes)?;
        let (field, wire) = (key >> 3, key & 7);
        if wire != 0 || field > wanted {
            return None;
        }
        let value = varint(&mut bytes)?;
        if field == wanted {
            return Some(value);
        }
    }
}

/// A client connection's process (see the module docs).
pub struct Gate {
    out: Rc<Outbox>,
    config: Rc<GateConfig>,
    limits: Arc<LiveLimits>,
    counts: Arc<GateCounts>,
    /// Given to the Persons this gate spawns on its own node.
    port: Port,
    hub: Option<HubHandle>,
    /// The client's address (`None` if the socket could not tell).
    peer: Option<IpAddr>,
    /// Failed logins per address, node-wide.
    failed_logins: Arc<Throttle>,
    phase: Phase,
    bucket: Option<TokenBucket>,
    pending: HashMap<RequestId, Pending>,
    person_monitor: Option<MonitorRef>,
    login_timer: Option<TimerRef>,
    /// The open session's keys (`None` before it opened).
    keys: Option<SessionKeys>,
}

impl Gate {
    pub(crate) fn new(out: Rc<Outbox>, shared: &Shared, peer: Option<IpAddr>) -> Self {
        Self {
            out,
            config: Rc::clone(&shared.config),
            limits: Arc::clone(&shared.limits),
            counts: Arc::clone(&shared.counts),
            port: Arc::clone(&shared.port),
            hub: shared.hub.clone(),
            peer,
            failed_logins: Arc::clone(&shared.failed_logins),
            phase: Phase::New,
            bucket: None,
            pending: HashMap::new(),
            person_monitor: None,
            login_timer: None,
            keys: None,
        }
    }

    /// Writes frames of the Person to the client, noting their last seq.
    fn write_frames(&mut self, frames: &[u8], ctx: &mut Ctx<'_, Self>) {
        if let (Some(keys), Some(seq)) = (self.keys.as_mut(), last_seq_in(frames)) {
            keys.seq = keys.seq.max(seq);
        }
        if self.out.push(frames).is_err() {
            self.bye(ErrorCode::ErrorSlowReader, "outbox full", ctx);
        }
    }

    fn send(&mut self, id: MessageId, message: &impl Message, ctx: &mut Ctx<'_, Self>) {
        if self
            .out
            .push_with(|out| proto::encode_into(out, id, message))
            .is_err()
        {
            self.bye(ErrorCode::ErrorSlowReader, "outbox full", ctx);
        }
    }

    fn error(&mut self, code: ErrorCode, request_id: u64, message: &str, ctx: &mut Ctx<'_, Self>) {
        self.counts.shard(ctx.shard()).error(code as i32);
        let error = proto::Error {
            code: code as i32,
            request_id,
            message: message.to_owned(),
        };
        self.send(MessageId::Error, &error, ctx);
    }

    /// Says goodbye and closes: the writer flushes, then the connection ends.
    fn bye(&mut self, reason: ErrorCode, message: &str, ctx: &mut Ctx<'_, Self>) {
        if matches!(self.phase, Phase::Closing) {
            return;
        }
        self.counts.shard(ctx.shard()).goodbye(reason as i32);
        let bye = proto::Bye {
            reason: reason as i32,
            message: message.to_owned(),
        };
        self.out
            .last_word(|out| proto::encode_into(out, MessageId::Bye, &bye));
        self.close(ctx);
    }

    fn close(&mut self, ctx: &mut Ctx<'_, Self>) {
        if let Phase::Active { person } = std::mem::replace(&mut self.phase, Phase::Closing) {
            let _ = ctx.send(
                person,
                PersonMsg::Detach {
                    conn: ctx.me().to_bytes(),
                },
            );
        }
        self.out.close();
        ctx.stop(ExitReason::Normal);
    }

    fn frame(&mut self, id: u16, payload: Vec<u8>, ctx: &mut Ctx<'_, Self>) {
        let now = ctx.now();
        let (rate_per_s, burst) = (self.limits.requests_per_s(), self.limits.burst());
        let bucket = self
            .bucket
            .get_or_insert_with(|| TokenBucket::new(burst, now));
        if !bucket.take(now, rate_per_s, burst) {
            let request_id = if id == MessageId::Request as u16 {
                proto::Request::decode(payload.as_slice()).map_or(0, |request| request.id)
            } else {
                0
            };
            return self.error(
                ErrorCode::ErrorRateLimited,
                request_id,
                "over the request rate",
                ctx,
            );
        }
        match ClientFrame::decode(id, &payload) {
            Ok(ClientFrame::Hello(hello)) => self.hello(&hello, ctx),
            Ok(ClientFrame::Login(login)) => self.login(login, ctx),
            Ok(ClientFrame::Request(request)) => self.request(request, payload, ctx),
            Ok(ClientFrame::Logout) => self.logout(ctx),
            Ok(ClientFrame::Ping(ping)) => {
                self.send(MessageId::Pong, &proto::Pong { nonce: ping.nonce }, ctx);
            }
            Err(ClientFrameError::UnknownId(id)) => self.bye(
                ErrorCode::ErrorUnknownMessage,
                &format!("unknown message id {id}"),
                ctx,
            ),
            Err(ClientFrameError::Payload(error)) => {
                self.bye(ErrorCode::ErrorBadFrame, &error.to_string(), ctx);
            }
        }
    }

    fn hello(&mut self, hello: &proto::Hello, ctx: &mut Ctx<'_, Self>) {
        if hello.protocol_version != proto::PROTOCOL_VERSION {
            let why = format!(
                "protocol version {} (this gate speaks {})",
                hello.protocol_version,
                proto::PROTOCOL_VERSION
            );
            return self.bye(ErrorCode::ErrorUnsupportedVersion, &why, ctx);
        }
        let welcome = proto::Welcome {
            protocol_version: proto::PROTOCOL_VERSION,
            frame_bytes_max: proto::CLIENT_FRAME_BYTES_MAX as u32,
            requests_per_s: self.limits.requests_per_s(),
        };
        self.send(MessageId::Welcome, &welcome, ctx);
    }

    fn login(&mut self, login: proto::Login, ctx: &mut Ctx<'_, Self>) {
        if !matches!(self.phase, Phase::New) {
            return self.error(ErrorCode::ErrorInvalid, 0, "already logged in", ctx);
        }
        if let Some(peer) = self.peer
            && !self.failed_logins.allows(peer, Instant::now())
        {
            self.counts.shard(ctx.shard()).login_refused(None);
            let why = "too many failed logins from your address; try again later";
            return self.bye(ErrorCode::ErrorRateLimited, why, ctx);
        }
        if login.user.is_empty() || login.user.len() > USER_BYTES_MAX {
            self.failed_login(None, ctx);
            return self.bye(
                ErrorCode::ErrorAuthFailed,
                &format!("user name must be 1 to {USER_BYTES_MAX} bytes"),
                ctx,
            );
        }
        let resume = !login.resume_token.is_empty();
        if let Err(refusal) = self.config.auth.check(&login.user, &login.password, resume) {
            self.failed_login(Some(refusal), ctx);
            return self.bye(ErrorCode::ErrorAuthFailed, refusal.message(), ctx);
        }
        let player = player_id(&login.user);
        let join = Join {
            player,
            user: login.user,
            resume: login.resume_token,
            last_seq: login.last_seq,
            tried: Vec::new(),
            attempts: 1,
            no_app_retries: 0,
        };
        self.phase = Phase::Joining(join);
        self.join(ctx);
    }

    /// Counts a failed login against the client's address (and, with its cause, in
    /// `/metrics`).
    fn failed_login(&self, refusal: Option<Refusal>, ctx: &Ctx<'_, Self>) {
        if let Some(refusal) = refusal {
            self.counts.shard(ctx.shard()).login_refused(Some(refusal));
        }
        if let Some(peer) = self.peer {
            self.failed_logins.admit(peer, Instant::now());
        }
    }

    fn logout(&mut self, ctx: &mut Ctx<'_, Self>) {
        if let Phase::Active { person } = self.phase {
            let _ = ctx.send(
                person,
                PersonMsg::Logout {
                    conn: ctx.me().to_bytes(),
                },
            );
        }
        self.bye(ErrorCode::ErrorUnspecified, "logged out", ctx);
    }

    /// Finds the player's Person, or spawns one (here for role `all`, else on an App node).
    fn join(&mut self, ctx: &mut Ctx<'_, Self>) {
        let Phase::Joining(join) = &mut self.phase else {
            return;
        };
        let (player, user) = (join.player, join.user.clone());
        if let Some(pid) = find_person(ctx, player) {
            return self.attach(pid, ctx);
        }
        let args = PersonArgs {
            player,
            user,
            grace_ms: self.limits.session_grace().as_millis() as u64,
            trade_timeout_ms: self.limits.trade_timeout().as_millis() as u64,
        };
        if self.config.local_persons {
            let store = self.config.store.get().cloned();
            let scripts = self.config.scripts.as_ref();
            let person = spawnable(args, std::sync::Arc::clone(&self.port), store, scripts);
            // The connection is already on a kernel-balanced shard: keeping its Person here
            // makes every request shard-local (no cross-core wake per request).
            let placement = SpawnOptions::on(Placement::Local);
            return match ctx.spawn_opts(person, placement) {
                Ok(spawned) => self.attach(spawned.addr.pid(), ctx),
                Err(error) => self.bye(ErrorCode::ErrorOverloaded, &error.to_string(), ctx),
            };
        }
        let candidates: Vec<NodeId> = ctx
            .nodes()
            .into_iter()
            .filter(|node| !join.tried.contains(node))
            .collect();
        let Some(&node) = candidates.get(player as usize % candidates.len().max(1)) else {
            let waited = join.no_app_retries < NO_APP_RETRIES_MAX && join.tried.is_empty();
            if waited && ctx.start_timer(NO_APP_RETRY_AFTER, NO_APP_RETRY).is_ok() {
                join.no_app_retries += 1;
                return;
            }
            return self.bye(ErrorCode::ErrorOverloaded, "no app node available", ctx);
        };
        join.tried.push(node);
        if ctx
            .spawn_remote(node, PERSON_BEHAVIOUR, &args, SPAWN_TIMEOUT)
            .is_err()
        {
            self.join(ctx);
        }
    }

    fn attach(&mut self, person: Pid, ctx: &mut Ctx<'_, Self>) {
        let Phase::Joining(join) = std::mem::replace(&mut self.phase, Phase::New) else {
            return;
        };
        self.person_monitor = Some(ctx.monitor(person));
        self.ask_to_attach(person, join.resume.clone(), join.last_seq, ctx);
        self.phase = Phase::Attaching(join);
    }

    /// Asks `person` to attach this connection: a new session, or a resume of the one
    /// `resume_token` names from after `last_seq`.
    fn ask_to_attach(
        &self,
        person: Pid,
        resume_token: Vec<u8>,
        last_seq: u64,
        ctx: &mut Ctx<'_, Self>,
    ) {
        let attach = PersonMsg::Attach {
            conn: ctx.me().to_bytes(),
            resume_token,
            last_seq,
            hub: self.hub.as_ref().map(|hub| hub.pid.to_bytes()),
        };
        let _ = ctx.send(Addr::from_pid(person), attach);
    }

    /// The Person ended before the session opened: look again (a lost registration race
    /// ends the loser at once), a bounded number of times.
    fn rejoin(&mut self, reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        let Phase::Attaching(mut join) = std::mem::replace(&mut self.phase, Phase::New) else {
            return;
        };
        if join.attempts >= JOIN_ATTEMPTS_MAX {
            return self.bye(
                ErrorCode::ErrorInternal,
                &format!("player process ended: {reason}"),
                ctx,
            );
        }
        join.attempts += 1;
        join.tried.clear();
        self.phase = Phase::Joining(join);
        self.join(ctx);
    }

    fn attached(&mut self, attached: Attached, ctx: &mut Ctx<'_, Self>) {
        if let Phase::Away(away) = &self.phase {
            return self.back(away.since_ns, attached, ctx);
        }
        let Phase::Attaching(join) = &self.phase else {
            return;
        };
        self.keys = Some(SessionKeys {
            player: attached.player,
            token: attached.token.clone(),
            seq: join.last_seq,
        });
        let session = Session {
            player: attached.player,
            user: join.user.clone(),
            shard: ctx.shard(),
            since: std::time::Instant::now(),
            gate: ctx.me(),
            person: Pid::from_bytes(attached.person),
        };
        self.counts.online.arrived(ctx.me(), session);
        self.phase = Phase::Active {
            person: Addr::from_pid(Pid::from_bytes(attached.person)),
        };
        if let Some(timer) = self.login_timer.take() {
            ctx.cancel_timer(timer);
        }
        let ok = proto::LoginOk {
            player_id: attached.player,
            session_token: attached.token,
            resumed: attached.resumed,
            resend_from: attached.resend_from,
        };
        self.send(MessageId::LoginOk, &ok, ctx);
        self.counts.shard(ctx.shard()).logged_in();
        self.write_frames(&attached.resend, ctx);
    }

    /// The Person's monitor fired: a Person out of reach is looked for again (see the
    /// module docs); one that ended closes the connection, saying why.
    fn person_down(&mut self, reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        let away = match &self.phase {
            Phase::Attaching(_) => return self.rejoin(reason, ctx),
            Phase::Active { .. } => self.keys.is_some() && *reason == ExitReason::NoConnection,
            Phase::Away(_) => *reason == ExitReason::NoConnection,
            _ => false,
        };
        if !away {
            self.phase = Phase::New;
            let why = format!("player process ended: {reason}");
            return self.bye(ErrorCode::ErrorInternal, &why, ctx);
        }
        let (since_ns, node, looking) = match &self.phase {
            Phase::Away(away) => (away.since_ns, away.node, true),
            Phase::Active { person } => (ctx.now_ns(), person.pid().node(), false),
            _ => unreachable!("only an active or away session is taken back"),
        };
        let window = if ctx.went_silent(node) {
            AWAY_WINDOW_MAX
        } else {
            AWAY_WINDOW_CLOSED
        };
        // A down while away never shortens the wait: a slow or flapping link is given up
        // for silence, then closed by the other side.
        let window = match &self.phase {
            Phase::Away(away) => window.max(away.window),
            _ => window,
        };
        tracing::debug!(gate = %ctx.me(), "the player's node is out of reach: taking the session back");
        self.phase = Phase::Away(Away {
            since_ns,
            reason: reason.to_string(),
            asked: None,
            node,
            window: window.min(self.limits.session_grace()),
        });
        // Away already: its looks go on (one timer at a time).
        if !looking {
            self.look_again_later(ctx);
        }
    }

    fn look_again_later(&mut self, ctx: &mut Ctx<'_, Self>) {
        if ctx.start_timer(AWAY_LOOK_EVERY, AWAY_LOOK).is_err() {
            self.away_over("no timer left", ctx);
        }
    }

    /// Looks for the Person again and asks it to resume, until the window is over.
    fn look_for_person(&mut self, ctx: &mut Ctx<'_, Self>) {
        let Phase::Away(away) = &mut self.phase else {
            return;
        };
        if ctx.nodes().contains(&away.node) {
            // The Person's node is connected again, the same incarnation: it ran through
            // the trouble (a node killed comes back as another), so its Person is waited
            // for as long as after a silence.
            away.window = away
                .window
                .max(AWAY_WINDOW_MAX.min(self.limits.session_grace()));
        }
        if ctx.now_ns().saturating_sub(away.since_ns) >= away.window.as_nanos() as u64 {
            let why = format!("not back within {:?}", away.window);
            return self.away_over(&why, ctx);
        }
        let Some(keys) = &self.keys else {
            return self.away_over("no session", ctx);
        };
        // Asked again at every look until it answers (an ask may be lost while the link
        // comes back); a second `Attached` finds the session active and is dropped.
        // (A restarted node is a new incarnation, a node id of its own: the Person's node
        // never comes back without it. Its players wait out the window.)
        if let Some(person) = find_person(ctx, keys.player) {
            if away.asked != Some(person) {
                away.asked = Some(person);
                if let Some(old) = self.person_monitor.take() {
                    ctx.demonitor(old, true);
                }
                self.person_monitor = Some(ctx.monitor(person));
            }
            let (token, seq) = (keys.token.clone(), keys.seq);
            self.ask_to_attach(person, token, seq, ctx);
        }
        self.look_again_later(ctx);
    }

    /// The session is back: the frames the client missed, then play as before.
    fn back(&mut self, since_ns: u64, attached: Attached, ctx: &mut Ctx<'_, Self>) {
        let took_ms = ctx.now_ns().saturating_sub(since_ns) / 1_000_000;
        tracing::info!(gate = %ctx.me(), player = attached.player, took_ms, "session taken back after its node was out of reach");
        self.phase = Phase::Active {
            person: Addr::from_pid(Pid::from_bytes(attached.person)),
        };
        self.write_frames(&attached.resend, ctx);
    }

    fn away_over(&mut self, why: &str, ctx: &mut Ctx<'_, Self>) {
        let reason = match &self.phase {
            Phase::Away(away) => away.reason.clone(),
            _ => String::new(),
        };
        self.phase = Phase::New;
        let goodbye = format!("player process ended: {reason} ({why})");
        self.bye(ErrorCode::ErrorInternal, &goodbye, ctx);
    }

    /// A decoded `request`; its `payload` goes on to the Person as it came.
    fn request(&mut self, request: proto::Request, payload: Vec<u8>, ctx: &mut Ctx<'_, Self>) {
        if matches!(self.phase, Phase::Away(_)) {
            return self.error(ErrorCode::ErrorUnavailable, request.id, UNREACHABLE, ctx);
        }
        let Phase::Active { person } = self.phase else {
            return self.error(ErrorCode::ErrorNotLoggedIn, request.id, "log in first", ctx);
        };
        if self.pending.len() >= PENDING_MAX {
            return self.error(
                ErrorCode::ErrorOverloaded,
                request.id,
                "too many requests in flight",
                ctx,
            );
        }
        let kind = request_kind(request.body.as_ref());
        self.counts.shard(ctx.shard()).request(kind);
        let now_ns = ctx.now_ns();
        let build = |reply: hearth_engine::ReplyTo<Answer>| PersonMsg::Request {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            request: payload,
        };
        match ctx.notify(person, build, self.limits.request_timeout()) {
            Ok(forwarded) => {
                let pending = Pending {
                    client_id: request.id,
                    kind,
                    started_ns: now_ns,
                };
                self.pending.insert(forwarded, pending);
            }
            Err(CallError::Full) => self.error(
                ErrorCode::ErrorOverloaded,
                request.id,
                "player overloaded",
                ctx,
            ),
            // The link to the Person's node is down and the gate has not yet heard that
            // the Person is lost (then the session goes away): the same answer as away.
            Err(CallError::NoRoute) => {
                self.error(ErrorCode::ErrorUnavailable, request.id, UNREACHABLE, ctx);
            }
            Err(error) => self.error(
                ErrorCode::ErrorInternal,
                request.id,
                &error.to_string(),
                ctx,
            ),
        }
    }

    fn answer(&mut self, request: RequestId, answer: Answer, ctx: &mut Ctx<'_, Self>) {
        let Some(pending) = self.pending.remove(&request) else {
            return;
        };
        let client_id = self.finished(request, &pending, ctx);
        match answer {
            Answer::Frame(frame) => self.write_frames(&frame, ctx),
            Answer::Error(code, message) => {
                let code = ErrorCode::try_from(code).unwrap_or(ErrorCode::ErrorInternal);
                self.error(code, client_id, &message, ctx);
            }
        }
    }

    /// Counts a forwarded request's latency; its client id.
    /// Counts a request answered (or timed out) and logs it under its trace id: at debug
    /// level always, as a warning past [`SLOW_REQUEST`].
    fn finished(&self, request: RequestId, pending: &Pending, ctx: &Ctx<'_, Self>) -> u64 {
        let took_ns = ctx.now_ns().saturating_sub(pending.started_ns);
        self.counts
            .shard(ctx.shard())
            .answered(pending.kind, took_ns);
        let took_ms = took_ns as f64 / 1e6;
        let (trace, kind) = (
            Trace::new(ctx.me(), request.parts()),
            REQUEST_KINDS[pending.kind],
        );
        if took_ns >= SLOW_REQUEST.as_nanos() as u64 {
            tracing::warn!(%trace, kind, took_ms, "slow request");
        } else {
            tracing::debug!(%trace, kind, took_ms, "request answered");
        }
        pending.client_id
    }

    fn spawned(&mut self, result: Result<Pid, RemoteSpawnError>, ctx: &mut Ctx<'_, Self>) {
        match result {
            Ok(pid) => self.attach(pid, ctx),
            Err(RemoteSpawnError::UnknownBehaviour(_)) => self.join(ctx),
            Err(error) => self.bye(ErrorCode::ErrorInternal, &error.to_string(), ctx),
        }
    }
}

impl Process for Gate {
    type Msg = GateMsg;

    fn status(&self, status: &mut hearth_engine::Status) {
        if let Some(peer) = self.peer {
            status.field("peer", peer);
        }
        match &self.phase {
            Phase::New => status.field("phase", "new (waiting for a login)"),
            Phase::Joining(join) => status.field("phase", format_args!("joining as {}", join.user)),
            Phase::Attaching(join) => {
                status.field("phase", format_args!("attaching as {}", join.user))
            }
            Phase::Active { person } => {
                status.field("phase", format_args!("active, Person {}", person.pid()))
            }
            Phase::Away(away) => status.field(
                "phase",
                format_args!("away: looking for its Person ({})", away.reason),
            ),
            Phase::Closing => status.field("phase", "closing"),
        };
        status.field("requests_pending", self.pending.len());
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.trap_exit(true);
        if let Some(hub) = &self.hub {
            hub.sinks
                .insert(ctx.me(), Rc::clone(&self.out) as Rc<dyn Sink>);
        }
        self.login_timer = ctx
            .start_timer(self.limits.login_timeout(), LOGIN_DEADLINE)
            .ok();
        Ok(())
    }

    fn handle(&mut self, message: GateMsg, ctx: &mut Ctx<'_, Self>) {
        if matches!(self.phase, Phase::Closing) {
            return;
        }
        match message {
            GateMsg::Frame(id, payload) => self.frame(id, payload, ctx),
            GateMsg::Closed(_) => self.close(ctx),
            GateMsg::Attached(attached) => self.attached(attached, ctx),
            GateMsg::Refused(code, message) => {
                let code = ErrorCode::try_from(code).unwrap_or(ErrorCode::ErrorInternal);
                self.bye(code, &message, ctx);
            }
            GateMsg::Frames(frames) => {
                self.counts.shard(ctx.shard()).pushed(pushes_in(&frames));
                self.write_frames(&frames, ctx);
            }
            GateMsg::Kicked => self.bye(ErrorCode::ErrorReplaced, "logged in elsewhere", ctx),
            GateMsg::Overflow => self.bye(ErrorCode::ErrorSlowReader, "outbox full", ctx),
            GateMsg::Shutdown => {
                self.bye(ErrorCode::ErrorShuttingDown, "server shutting down", ctx)
            }
            GateMsg::Answer(shard, key, seq, answer) => {
                self.answer(GateMsg::answered(shard, key, seq), answer, ctx)
            }
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer {
                tag: LOGIN_DEADLINE,
                ..
            } if !matches!(self.phase, Phase::Active { .. }) => {
                self.bye(ErrorCode::ErrorIdle, "no login in time", ctx);
            }
            SystemMsg::Timer {
                tag: NO_APP_RETRY, ..
            } => self.join(ctx),
            SystemMsg::Timeout { request } => {
                if let Some(pending) = self.pending.remove(&request) {
                    let client_id = self.finished(request, &pending, ctx);
                    self.error(
                        ErrorCode::ErrorTimeout,
                        client_id,
                        "the server did not answer in time",
                        ctx,
                    );
                }
                if matches!(self.phase, Phase::Joining { .. }) {
                    self.join(ctx);
                }
            }
            SystemMsg::Spawned { result, .. } if matches!(self.phase, Phase::Joining { .. }) => {
                self.spawned(result, ctx)
            }
            SystemMsg::Timer { tag: AWAY_LOOK, .. } => self.look_for_person(ctx),
            SystemMsg::Down {
                monitor, reason, ..
            } if Some(monitor) == self.person_monitor => {
                self.person_monitor = None;
                self.person_down(&reason, ctx);
            }
            SystemMsg::Exit { from, .. } if from.is_shard() => {
                self.bye(ErrorCode::ErrorShuttingDown, "server shutting down", ctx)
            }
            _ => {}
        }
    }

    fn terminate(&mut self, _reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        self.counts.online.left(ctx.me());
        if let Some(hub) = &self.hub {
            hub.sinks.remove(ctx.me());
        }
        self.out.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(id: MessageId, message: &impl Message) -> Vec<u8> {
        let mut out = Vec::new();
        proto::encode_into(&mut out, id, message);
        out
    }

    #[test]
    fn the_last_seq_is_read_from_replies_and_numbered_pushes() {
        let reply = proto::Reply {
            id: 9,
            seq: 300,
            body: Some(proto::reply::Body::Echo(proto::Echo {
                payload: vec![1; 40],
            })),
        };
        let numbered = proto::Push {
            seq: 301,
            body: Some(proto::push::Body::Whisper(proto::WhisperLine {
                from_player: 4,
                text: "hi".into(),
            })),
        };
        let broadcast = proto::Push {
            seq: 0,
            body: numbered.body.clone(),
        };
        let mut frames = frame(MessageId::Reply, &reply);
        assert_eq!(last_seq_in(&frames), Some(300));
        frames.extend(frame(MessageId::Push, &numbered));
        frames.extend(frame(MessageId::Push, &broadcast));
        assert_eq!(last_seq_in(&frames), Some(301));
        assert_eq!(last_seq_in(&frame(MessageId::Push, &broadcast)), None);
        let unnumbered = proto::Reply {
            id: 0,
            ..reply.clone()
        };
        assert_eq!(
            last_seq_in(&frame(MessageId::Reply, &unnumbered)),
            Some(300)
        );
        assert_eq!(last_seq_in(&frames[..3]), None, "a cut frame is no frame");
    }
}
