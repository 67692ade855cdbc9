//! The Person process: one per logged-in player, on an App node (or on the node that
//! serves the connection, for role `all`). It owns the player's session and handles the
//! player's requests in the order its connection process forwards them (one connection,
//! one path, one mailbox: ordered by construction). It reaches the connection through
//! the node's [`crate::PlayerPort`] only.
//!
//! # Session contract
//! - `Attach` without a token opens a new session: a fresh token, the resend cache
//!   emptied; the connection is told [`SessionEvent::Attached`]. A connection already
//!   attached is told [`SessionEvent::Kicked`] (one connection per player).
//! - `Attach` with the current token resumes: every cached frame with a seq above the
//!   client's `last_seq` is resent. A wrong token is refused with `SESSION_EXPIRED`.
//! - The connection process is monitored: when it ends (connection closed, node lost) or
//!   sends `Detach`, the session waits [`PersonArgs::grace_ms`] for a resume, then the
//!   Person stops. `Logout` stops it at once.
//! - Every `Reply` and `Push` frame gets the next seq and goes into the resend cache,
//!   bounded by [`SESSION_CACHE_FRAMES_MAX`] and [`SESSION_CACHE_BYTES_MAX`] (oldest
//!   dropped first; a resume past the cache resends what is left and says from where).
//! - A request whose caller has stopped waiting is dropped unanswered (cancel-when-late).
//!
//! Every request and game event goes through the Person's FSM tree ([`PersonState`]);
//! the world's parts live beside this file: `trade.rs` (offers with a timeout),
//! `battle.rs` (battle calls), `groups.rs` (guilds and teams), `cells.rs` (map cells).

use std::sync::Arc;

use hearth_engine::{
    Addr, Ctx, ExitReason, MonitorRef, NameError, Pid, Process, ReplyTo, RequestId, SystemMsg,
    TimerRef,
};
use hearth_scripts::{Catalog, Scripted};
use prost::Message;

use hearth_durable::{Durable, DurableCtx, DurableProcess, Store};
use hearth_engine::fsm::{Fsm, Machine, Outcome, is_state_timer};
use hearth_protocol::{self as proto, ErrorCode, MessageId};

use crate::battle::{
    BATTLE_ACTION_TIMEOUT, BATTLE_HOST_NAME, BATTLE_JOIN_RETRIES, BATTLE_JOIN_TIMEOUT, Battle,
    BattleAnswer, BattleMsg, VICTORY, battle_name,
};
use crate::cell::{Cell, CellMsg, cell_name, home_host};
use crate::host::HostMsg;
use crate::org::{
    DirectoryMsg, GROUP_ID_MAX, GROUP_LINE_BYTES_MAX, GroupKind, JOIN_TIMEOUT, OrgJoin, OrgKey,
    OrgMsg, home_directory, org_name,
};
use crate::port::{Port, SessionEvent};
use crate::resend::ResendCache;
use crate::wire::{
    Answer, Attached, Goods, LentRecord, PersonArgs, PersonMsg, ReplyRoute, Route, TradeVerdict,
};
use crate::{GameEvent, whereis_name};

mod battle;
mod cells;
mod economy;
mod groups;
mod guild;
pub mod record;
mod states;
mod trade;

pub use record::PlayerRecord;

/// What a Person's handlers get: a durable process's context (the Person's state is
/// stored; see [`record`]).
pub type PersonCtx<'a> = Ctx<'a, DurableProcess<Person>>;

/// A Person ready to spawn: stored through `store`, or volatile without one (see
/// [`DurableProcess::volatile`]); its heavy request computed by the `person` script of
/// `scripts` when the release has one ([`crate::rules`]), else by the Rust default.
pub fn spawnable(
    args: PersonArgs,
    port: Port,
    store: Option<Store>,
    scripts: Option<&Arc<Catalog>>,
) -> DurableProcess<Person> {
    let mut person = Person::new(args, port);
    person.player.script = scripts.map(|scripts| {
        let seed = person.player.args.player;
        Scripted::new(Arc::clone(scripts), crate::rules::PERSON_SCRIPT, seed)
    });
    DurableProcess::with_store(person, store)
}

pub use crate::map::{CELL_SIDE, WORLD_EXTENT, cell_of};
pub use crate::work::{HEAVY_WORK_MAX, heavy_work};
pub use states::{PersonKey, PersonState};

/// Frames kept for resend after a drop (about 5 s of the seed's traffic).
pub const SESSION_CACHE_FRAMES_MAX: usize = 128;
/// Bytes kept for resend after a drop (bounds a Person's memory: 250k players × 16 KiB
/// is 4 GiB at worst).
pub const SESSION_CACHE_BYTES_MAX: usize = 16 * 1024;
/// Largest echo payload.
pub const ECHO_BYTES_MAX: usize = 1024;
/// Longest whisper.
pub const WHISPER_BYTES_MAX: usize = 256;
/// Session token bytes.
const TOKEN_BYTES: usize = 16;
/// Timer tag of the grace period.
const GRACE_EXPIRED: u64 = 1;
/// Longest note in a trade offer.
pub const TRADE_ITEM_BYTES_MAX: usize = 64;
/// Item stacks one side of a trade moves (a trade window's slots).
pub const TRADE_STACKS_MAX: usize = 8;
/// How often a rejoin (at login, or after the group's process ended) that timed out or
/// was refused is tried again, one [`JOIN_TIMEOUT`] apart, before the membership is
/// forgotten: a group whose node died is started again elsewhere, and its name may still
/// point at the dead process for a moment, or its directory refuse while it restarts.
pub const REJOIN_ATTEMPTS_MAX: u32 = 12;
/// `GuildInfo` and `SetGuildRank` requests one player has in flight.
pub const GUILD_ASKS_MAX: usize = 8;
/// Offers to one player waiting for its answer; past it an offer is declined at once.
pub const TRADE_OFFERS_IN_MAX: usize = 8;
/// Battle calls one Person keeps in flight; past it a battle request is refused.
pub const BATTLE_CALLS_MAX: usize = 16;
/// Timer tags of the join deadlines (+ the group kind's index).
const JOIN_EXPIRED: u64 = 2;
/// A moving player is idle again after this long without a move.
pub const MOVING_SETTLE: std::time::Duration = std::time::Duration::from_secs(1);

/// The behaviour name other nodes spawn a Person by (see [`crate::install`]).
pub const PERSON_BEHAVIOUR: &str = "person";

/// The global name of a player's Person.
pub fn person_name(player: u64) -> String {
    format!("p:{player:016x}")
}

/// A player's id: FNV-1a of the user name (stable across nodes and restarts).
pub fn player_id(user: &str) -> u64 {
    user.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The Person's end of the client connection.
struct Session {
    /// The connection process.
    conn: Pid,
    monitor: MonitorRef,
    /// The fan-out process that serves the connection: groups reach the player through it.
    hub: Option<Pid>,
}

/// A player's process (see the module docs): its data and its FSM tree.
pub struct Person {
    player: Player,
    fsm: Option<Fsm<PersonState, TimerRef>>,
}

/// What a Person's FSM dispatches.
pub enum PersonEvent {
    /// A client request and where its answer goes.
    Request(proto::Request, ReplyTo<Answer>),
    /// Game traffic.
    Game(GameEvent),
    /// Another player's trade offer.
    Offer {
        /// Where the verdict goes.
        reply: ReplyTo<TradeVerdict>,
        /// The offering player.
        from: u64,
        /// Its offer id.
        offer: u64,
        /// Its note.
        item: String,
        /// What changes hands.
        goods: Goods,
    },
    /// The verdict on our offer.
    Verdict(RequestId, TradeVerdict),
    /// Our offer was not answered within the trade timeout.
    OfferExpired(RequestId),
    /// A battle answered one of our calls.
    Battle(RequestId, BattleAnswer),
    /// The battle we are in ended abnormally.
    BattleDown(Pid, ExitReason),
}

/// A call of ours to a battle (or its host) and the client request it answers.
struct BattleCall {
    request: RequestId,
    id: u64,
    reply: ReplyTo<Answer>,
}

/// The battle a player is in (the data of [`PersonState::InBattle`]).
#[derive(Debug)]
pub struct InBattle {
    battle: u64,
    pid: Pid,
    monitor: MonitorRef,
    /// The battle ended or crashed: nothing to leave when the state is exited.
    over: bool,
}

/// Our open trade offer (the data of [`PersonState::Trading`]).
#[derive(Debug)]
pub struct OpenOffer {
    request: RequestId,
    offer: u64,
    to: u64,
    target: Pid,
    goods: Goods,
}

/// A trade offer made to us, waiting for our client's answer.
struct OfferIn {
    from: u64,
    offer: u64,
    reply: ReplyTo<TradeVerdict>,
    goods: Goods,
}

/// A player's group of one kind.
struct GroupSlot {
    key: OrgKey,
    org: Option<(Pid, MonitorRef)>,
    /// Fires [`JOIN_TIMEOUT`] after a join was asked, unless answered.
    deadline: Option<TimerRef>,
    /// The `JoinGroup` request waiting for the org's answer (`None`: a rejoin, at login
    /// or after the org ended).
    waiting: Option<(u64, ReplyTo<Answer>)>,
    /// Rejoins tried after a timeout or a refusal (at most [`REJOIN_ATTEMPTS_MAX`]).
    retries: u32,
}

/// A Person's data (the machine of its FSM).
struct Player {
    args: PersonArgs,
    port: Port,
    token: Vec<u8>,
    session: Option<Session>,
    grace: Option<TimerRef>,
    seq: u64,
    cache: ResendCache,
    /// The stored part of the player (see [`record`]).
    record: PlayerRecord,
    /// The record changed since the last handler: save it (write-behind).
    changed: bool,
    /// The position changed since the last handler: save it lazily (within the store's
    /// `lazy_after`: a player moves up to ten times a second, and a crash that puts it
    /// back a few seconds' walk costs it little, while saving positions as often as
    /// progress would make them most of the store's work). Everything else a player owns
    /// is saved within the store's `flush_after`, or write-through (trades, rewards).
    moved: bool,
    groups: [Option<GroupSlot>; 2],
    offers_in: Vec<OfferIn>,
    next_offer: u64,
    /// The trade whose joint transaction is open (see `trade.rs`).
    settling: Option<trade::Settling>,
    /// The bank move whose joint transaction is open (see `guild.rs`).
    banking: Option<guild::Banking>,
    /// Guild requests waiting for the guild's answer (at most [`GUILD_ASKS_MAX`]).
    guild_asks: Vec<guild::GuildAsk>,
    /// What the last handler asks of that transaction (done by `Person::persist`).
    joint: Option<trade::JointAsk>,
    /// The last write-through or joint transaction tag.
    next_tag: u64,
    /// Write-throughs the last handler asked for (done by `Person::persist`).
    commits: Vec<u64>,
    /// A `UseItem` waiting for its commit.
    using: Option<economy::PendingUse>,
    /// Battle rewards waiting for their commits.
    rewards: Vec<economy::PendingReward>,
    /// Battles won while a trade was being settled: rewarded after it.
    victories_waiting: Vec<(u64, crate::event::Reward)>,
    battle_calls: Vec<BattleCall>,
    cell: Option<CellSlot>,
    /// The rules' script of the heavy request (`None`, or a release without
    /// `person.lua`: the Rust default).
    script: Option<Scripted>,
}

/// The map cell a player is in.
struct CellSlot {
    id: u32,
    /// The cell's process, once it said the player is in.
    pid: Option<(Pid, MonitorRef)>,
}

impl Person {
    /// A Person for `args` (it registers itself in `init`); it reaches its player's
    /// connection through `port`.
    pub fn new(args: PersonArgs, port: Port) -> Self {
        Self {
            player: Player::new(args, port),
            fsm: None,
        }
    }

    /// The active states, root first (for logs and debugging).
    pub fn state_path(&self) -> Vec<PersonKey> {
        self.fsm
            .as_ref()
            .map(|fsm| fsm.path::<Player, PersonCtx<'_>>())
            .unwrap_or_default()
    }

    /// Whether the player is in the battle `pid`.
    fn in_battle_with(&self, pid: Pid) -> bool {
        let in_battle = self
            .fsm
            .as_ref()
            .and_then(|fsm| fsm.state::<Player, PersonCtx<'_>>(PersonKey::InBattle));
        matches!(in_battle, Some(PersonState::InBattle(battle)) if battle.pid == pid)
    }

    /// A call of ours expired: a battle call (answered `ERROR_TIMEOUT`) or our trade offer.
    fn request_timed_out(&mut self, request: RequestId, ctx: &mut PersonCtx<'_>) {
        if !self.player.battle_timeout(request, ctx) && !self.player.guild_timeout(request, ctx) {
            self.dispatch(PersonEvent::OfferExpired(request), ctx);
        }
    }

    fn dispatch(&mut self, event: PersonEvent, ctx: &mut PersonCtx<'_>) {
        if let Some(fsm) = self.fsm.as_mut() {
            fsm.dispatch(&mut self.player, event, ctx);
        }
    }
}

impl Player {
    fn new(args: PersonArgs, port: Port) -> Self {
        Self {
            args,
            port,
            token: Vec::new(),
            session: None,
            grace: None,
            seq: 0,
            cache: ResendCache::new(SESSION_CACHE_FRAMES_MAX, SESSION_CACHE_BYTES_MAX),
            record: PlayerRecord::new_player(),
            changed: false,
            moved: false,
            groups: [None, None],
            offers_in: Vec::new(),
            next_offer: 1,
            settling: None,
            banking: None,
            guild_asks: Vec::new(),
            joint: None,
            next_tag: 0,
            commits: Vec::new(),
            using: None,
            rewards: Vec::new(),
            victories_waiting: Vec::new(),
            battle_calls: Vec::new(),
            cell: None,
            script: None,
        }
    }

    fn attach(
        &mut self,
        conn: Pid,
        hub: Option<Pid>,
        resume_token: &[u8],
        last_seq: u64,
        ctx: &mut PersonCtx<'_>,
    ) {
        let resumed = !resume_token.is_empty();
        if resumed && resume_token != self.token.as_slice() {
            let refused = SessionEvent::Refused {
                code: ErrorCode::ErrorSessionExpired,
                message: "unknown session token".into(),
            };
            self.tell(conn, refused, ctx);
            if self.token.is_empty() {
                // Spawned for this resume after the session had expired: nothing to keep.
                ctx.stop(ExitReason::Normal);
            }
            return;
        }
        self.replace_conn(conn, hub, ctx);
        if !resumed {
            self.token = new_token();
            self.cache.clear();
        }
        let (resend, resend_from) = if resumed {
            self.resend_after(last_seq)
        } else {
            (Vec::new(), 0)
        };
        let attached = SessionEvent::Attached(Attached {
            player: self.args.player,
            person: ctx.me().to_bytes(),
            token: self.token.clone(),
            resumed,
            resend,
            resend_from,
        });
        self.tell(conn, attached, ctx);
    }

    /// Tells the connection process `conn` `event` through the port (a connection that
    /// cannot take it loses it, as any send; the frames stay in the resend cache).
    fn tell(&self, conn: Pid, event: SessionEvent, ctx: &mut PersonCtx<'_>) {
        let _ = self.port.session(&mut ctx.outlet(), conn, event);
    }

    /// Makes `conn` the session's connection, kicking another one out.
    fn replace_conn(&mut self, conn: Pid, hub: Option<Pid>, ctx: &mut PersonCtx<'_>) {
        if let Some(timer) = self.grace.take() {
            ctx.cancel_timer(timer);
        }
        if let Some(old) = self.session.take() {
            ctx.demonitor(old.monitor, true);
            if old.conn != conn {
                self.tell(old.conn, SessionEvent::Kicked, ctx);
            }
        }
        let monitor = ctx.monitor(conn);
        self.session = Some(Session { conn, monitor, hub });
        self.announce_route(ctx);
    }

    /// How groups reach this player without the Person: `None` while detached or on a
    /// connection without a hub.
    fn route(&self) -> Option<Route> {
        let session = self.session.as_ref()?;
        Some(Route {
            hub: session.hub?.to_bytes(),
            conn: session.conn.to_bytes(),
        })
    }

    /// Tells the player's groups and cell the current route.
    fn announce_route(&self, ctx: &mut PersonCtx<'_>) {
        let (person, route) = (ctx.me(), self.route());
        for (org, _) in self.groups.iter().flatten().filter_map(|slot| slot.org) {
            let _ = ctx.send(Addr::from_pid(org), OrgMsg::Route { person, route });
        }
        if let Some((cell, _)) = self.cell.as_ref().and_then(|slot| slot.pid) {
            let _ = ctx.send(Addr::from_pid(cell), CellMsg::Route { person, route });
        }
    }

    /// The cached frames after `last_seq`, concatenated, and the first one's seq.
    fn resend_after(&self, last_seq: u64) -> (Vec<u8>, u64) {
        self.cache.after(last_seq)
    }

    fn detach(&mut self, conn: Pid, ctx: &mut PersonCtx<'_>) {
        let Some(session) = self.session.take_if(|session| session.conn == conn) else {
            return;
        };
        ctx.demonitor(session.monitor, true);
        self.announce_route(ctx);
        let grace = std::time::Duration::from_millis(self.args.grace_ms);
        match ctx.start_timer(grace, GRACE_EXPIRED) {
            Ok(timer) => self.grace = Some(timer),
            Err(_) => ctx.stop(ExitReason::Custom("no timer for the grace period".into())),
        }
    }

    /// Caches the frame of seq `self.seq`, dropping the oldest past the bounds.
    fn remember(&mut self, frame: &[u8]) {
        self.cache.push(self.seq, frame);
    }

    /// Decodes a forwarded request into an FSM event; a late or undecodable one is
    /// answered (or dropped) here.
    fn event_of(
        reply: ReplyTo<Answer>,
        request: &[u8],
        ctx: &mut PersonCtx<'_>,
    ) -> Option<PersonEvent> {
        if ctx.is_late(&reply) {
            return None;
        }
        match proto::Request::decode(request) {
            Ok(request) => Some(PersonEvent::Request(request, reply)),
            Err(error) => {
                let answer = Answer::Error(ErrorCode::ErrorBadFrame as i32, error.to_string());
                ctx.reply(reply, answer);
                None
            }
        }
    }

    /// Answers a request every state takes (all but `Move`).
    fn request(
        &mut self,
        request: proto::Request,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        use proto::reply::Body as Out;
        use proto::request::Body as In;
        let body = match request.body {
            Some(In::Echo(echo)) if echo.payload.len() <= ECHO_BYTES_MAX => Ok(Out::Echo(echo)),
            Some(In::Echo(_)) => Err(format!("echo payload over {ECHO_BYTES_MAX} bytes")),
            Some(In::Move(to)) => self.move_to(to.x, to.y, ctx),
            Some(In::Whisper(whisper)) => self.whisper(whisper, ctx),
            Some(In::Heavy(heavy)) => match self.heavy(heavy.work) {
                Ok(body) => body,
                Err(error) => {
                    let failed = Err(format!("the heavy request's rules failed: {error}"));
                    self.answer(request.id, failed, reply, ctx);
                    let reason = format!("player {}: {error}", self.args.player);
                    return ctx.stop(ExitReason::custom(reason));
                }
            },
            Some(In::JoinGroup(join)) => {
                return self.join_group(request.id, &join, reply, ctx);
            }
            Some(In::GroupSay(say)) => self.group_say(say, ctx),
            Some(In::TradeAnswer(answer)) => {
                return self.trade_answer(request.id, &answer, reply, ctx);
            }
            Some(In::TradeOffer(_)) => {
                Err("no offer now: one of yours is open, or you are in a battle".to_owned())
            }
            Some(In::Inventory(_)) => Ok(Out::Inventory(self.inventory())),
            Some(In::UseItem(using)) => return self.use_item(request.id, &using, reply, ctx),
            Some(In::GuildInfo(_)) => return self.guild_info(request.id, reply, ctx),
            Some(In::SetGuildRank(set)) => {
                return self.set_guild_rank(request.id, &set, reply, ctx);
            }
            Some(In::GuildBank(moved)) => return self.guild_bank(request.id, &moved, reply, ctx),
            Some(In::LeaveGroup(leave)) => self.leave_group_request(&leave, ctx),
            Some(In::BattleJoin(_)) => Err("leave your battle or trade first".to_owned()),
            Some(In::BattleAction(_) | In::BattleLeave(_)) => Err("not in a battle".to_owned()),
            None => Err("empty request".to_owned()),
        };
        self.answer(request.id, body, reply, ctx);
    }

    /// The heavy request: by the `person` script's `heavy(state, work)`, or the Rust
    /// default. `Ok(Err(..))`: refused (`work` out of range); `Err`: the script failed
    /// (or returned what is not a whole number ≥ 0), and the Person ends with it.
    fn heavy(
        &mut self,
        work: u32,
    ) -> Result<Result<proto::reply::Body, String>, hearth_scripts::ScriptError> {
        use proto::reply::Body as Out;
        let heavy = |value| Out::Heavy(proto::HeavyResult { value });
        if !(1..=HEAVY_WORK_MAX).contains(&work) {
            return Ok(heavy_work(work).map(heavy));
        }
        let Some(script) = self.script.as_mut() else {
            return Ok(heavy_work(work).map(heavy));
        };
        if !script.available() {
            return Ok(heavy_work(work).map(heavy));
        }
        let value: f64 = script.call("heavy", work)?;
        if value.fract() != 0.0 || !(0.0..=u64::MAX as f64).contains(&value) {
            return Err(hearth_scripts::ScriptError::Failed(format!(
                "person.lua: heavy returned {value}, not a whole number >= 0"
            )));
        }
        Ok(Ok(heavy(value as u64)))
    }

    fn answer(
        &mut self,
        id: u64,
        body: Result<proto::reply::Body, String>,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        if ctx.is_late(&reply) {
            return; // cancel-when-late: the caller answered the client with a timeout
        }
        let answer = match body {
            Ok(body) => Answer::Frame(self.reply_frame(id, body)),
            Err(message) => Answer::Error(ErrorCode::ErrorInvalid as i32, message),
        };
        ctx.reply(reply, answer);
    }

    fn reply_frame(&mut self, id: u64, body: proto::reply::Body) -> Vec<u8> {
        self.seq += 1;
        let reply = proto::Reply {
            id,
            seq: self.seq,
            body: Some(body),
        };
        let mut frame = Vec::with_capacity(reply.encoded_len() + proto::FRAME_HEAD_BYTES);
        proto::encode_into(&mut frame, MessageId::Reply, &reply);
        self.remember(&frame);
        frame
    }

    /// The stored state as the client sees it.
    fn inventory(&self) -> proto::InventoryState {
        let record = &self.record;
        proto::InventoryState {
            gold: record.gold,
            xp: record.xp,
            level: u32::from(record.level),
            x: record.position.0,
            y: record.position.1,
            items: record
                .items
                .iter()
                .map(|stack| proto::ItemStack {
                    item: stack.item,
                    count: stack.count,
                })
                .collect(),
            guild: record.guild.unwrap_or(0),
            team: record.team.unwrap_or(0),
        }
    }

    fn move_to(
        &mut self,
        x: i32,
        y: i32,
        ctx: &mut PersonCtx<'_>,
    ) -> Result<proto::reply::Body, String> {
        let range = -WORLD_EXTENT..=WORLD_EXTENT;
        if !range.contains(&x) || !range.contains(&y) {
            return Err(format!("({x}, {y}) is outside the world (±{WORLD_EXTENT})"));
        }
        self.record.position = (x, y);
        self.moved = true;
        self.track_cell(ctx);
        Ok(proto::reply::Body::Moved(proto::Moved {
            x,
            y,
            cell: cell_of(x, y),
        }))
    }

    fn whisper(
        &mut self,
        whisper: proto::Whisper,
        ctx: &mut PersonCtx<'_>,
    ) -> Result<proto::reply::Body, String> {
        if whisper.text.len() > WHISPER_BYTES_MAX {
            return Err(format!("whisper over {WHISPER_BYTES_MAX} bytes"));
        }
        let Some(target) = find_person(ctx, whisper.to_player) else {
            return Err(format!("player {} is not online", whisper.to_player));
        };
        let event = GameEvent::Whisper {
            from: self.args.player,
            text: whisper.text,
        };
        ctx.send(Addr::from_pid(target), PersonMsg::Game(event))
            .map_err(|error| format!("player {} unreachable: {error}", whisper.to_player))?;
        Ok(done())
    }

    fn game(&mut self, event: GameEvent, ctx: &mut PersonCtx<'_>) {
        let body = match event {
            GameEvent::Whisper { from, text } => proto::push::Body::Whisper(proto::WhisperLine {
                from_player: from,
                text,
            }),
            GameEvent::GroupLine {
                kind,
                group,
                from,
                text,
            } => {
                let Some(kind) = GroupKind::from_byte(kind) else {
                    return;
                };
                proto::push::Body::GroupLine(proto::GroupLine {
                    kind: kind.to_proto(),
                    group,
                    from_player: from,
                    text,
                })
            }
            GameEvent::BattleEnded {
                battle, outcome, ..
            } => {
                self.battle_ended(battle, outcome, ctx);
                return;
            }
            GameEvent::CellEntered { cell, pid } => {
                self.cell_entered(cell, Pid::from_bytes(pid), ctx);
                return;
            }
            GameEvent::Aoi { seen, gone } => proto::push::Body::Aoi(proto::Aoi {
                seen: seen
                    .into_iter()
                    .map(|(player, x, y)| proto::Seen { player, x, y })
                    .collect(),
                gone,
            }),
            GameEvent::TradeExpired { from, offer } => {
                self.offer_expired_here(from, offer, ctx);
                return;
            }
            GameEvent::TradeSettled {
                from,
                offer,
                outcome,
            } => {
                self.trade_settled(from, offer, outcome);
                return;
            }
            GameEvent::Joined { kind, group, org } => {
                if let Some(kind) = GroupKind::from_byte(kind) {
                    self.joined(OrgKey { kind, id: group }, Pid::from_bytes(org), ctx);
                }
                return;
            }
            GameEvent::JoinRefused {
                kind,
                group,
                reason,
            } => {
                if let Some(kind) = GroupKind::from_byte(kind) {
                    self.join_refused(OrgKey { kind, id: group }, reason, ctx);
                }
                return;
            }
            GameEvent::Removed {
                kind,
                group,
                reason,
            } => {
                if let Some(kind) = GroupKind::from_byte(kind) {
                    self.removed(OrgKey { kind, id: group }, reason, ctx);
                }
                return;
            }
        };
        self.push(body, ctx);
    }

    /// Sends a push to the client (or only caches it while detached).
    fn push(&mut self, body: proto::push::Body, ctx: &mut PersonCtx<'_>) {
        self.seq += 1;
        let push = proto::Push {
            seq: self.seq,
            body: Some(body),
        };
        let mut frame = Vec::with_capacity(push.encoded_len() + proto::FRAME_HEAD_BYTES);
        proto::encode_into(&mut frame, MessageId::Push, &push);
        self.remember(&frame);
        if let Some(conn) = self.session.as_ref().map(|session| session.conn) {
            self.tell(conn, SessionEvent::Frames(frame), ctx);
        }
    }

    fn register(&self, ctx: &mut PersonCtx<'_>) -> Result<(), ExitReason> {
        let name = person_name(self.args.player);
        let registered = match ctx.register_global(&name) {
            Err(NameError::NoProc) => ctx.register(&name),
            other => other,
        };
        registered.map_err(|error| ExitReason::Custom(format!("{name}: {error}").into()))
    }
}

fn done() -> proto::reply::Body {
    proto::reply::Body::Done(proto::Done {})
}

/// The Person of `player`, wherever in the cluster it runs.
pub fn find_person<P: Process>(ctx: &Ctx<'_, P>, player: u64) -> Option<Pid> {
    let name = person_name(player);
    ctx.whereis_global(&name).or_else(|| ctx.whereis(&name))
}

fn new_token() -> Vec<u8> {
    let mut token = vec![0; TOKEN_BYTES];
    if getrandom::fill(&mut token).is_err() {
        token.iter_mut().for_each(|byte| *byte = fastrand::u8(..));
    }
    token
}

impl Durable for Person {
    type Msg = PersonMsg;
    type State = PlayerRecord;

    fn key(&self) -> hearth_store::Key {
        hearth_store::Key::new(record::PLAYER_KIND, self.player.args.player)
    }

    fn fresh(&self) -> PlayerRecord {
        PlayerRecord::new_player()
    }

    fn state(&self) -> &PlayerRecord {
        &self.player.record
    }

    fn start(
        &mut self,
        record: PlayerRecord,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) -> Result<(), ExitReason> {
        self.player.record = record;
        let ctx: &mut PersonCtx<'_> = cx;
        self.player.register(ctx)?;
        self.fsm = Some(Fsm::start(&mut self.player, PersonState::InWorld, ctx));
        self.player.rejoin_stored_groups(ctx);
        Ok(())
    }

    fn handle(&mut self, message: PersonMsg, cx: &mut DurableCtx<'_, '_, Self>) {
        self.on_message(message, cx);
        self.persist(cx);
    }

    fn handle_system(&mut self, message: SystemMsg, cx: &mut DurableCtx<'_, '_, Self>) {
        self.on_system(message, cx);
        self.persist(cx);
    }

    fn lent(&mut self, tag: u64, loan: hearth_durable::Loan, cx: &mut DurableCtx<'_, '_, Self>) {
        if !self.player.bank_lent(tag, loan.clone(), cx) {
            self.player.lent(tag, loan, cx);
        }
        self.persist(cx);
    }

    fn settled(
        &mut self,
        tag: u64,
        outcome: hearth_durable::Settled,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) {
        self.player.joint_ended(tag, outcome, cx);
        self.persist(cx);
    }

    fn committed(
        &mut self,
        tag: u64,
        result: Result<(), hearth_durable::SaveError>,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) {
        self.player.committed(tag, result, cx);
        self.persist(cx);
    }

    fn status(&self, status: &mut hearth_engine::Status) {
        let player = &self.player;
        status.field("user", &player.args.user);
        status.field("player", player.args.player);
        if let Some(fsm) = &self.fsm {
            let path = fsm.path::<Player, PersonCtx<'_>>();
            status.field("fsm", format_args!("{path:?}"));
        }
        match (&player.session, player.grace) {
            (Some(session), _) => {
                status.field("session", format_args!("attached to {}", session.conn))
            }
            (None, Some(_)) => status.field("session", "detached, waiting for a resume"),
            (None, None) => status.field("session", "none"),
        };
        let record = &player.record;
        status.field("level", record.level);
        status.field("xp", record.xp);
        status.field("gold", record.gold);
        status.field("position", format_args!("{:?}", record.position));
        status.field("items", record.items.len());
        if let Some(cell) = &player.cell {
            status.field("cell", cell.id);
        }
        for group in player.groups.iter().flatten() {
            let joined = if group.org.is_some() { "in" } else { "joining" };
            status.field(
                "group",
                format_args!("{:?} {} ({joined})", group.key.kind, group.key.id),
            );
        }
        status.field("trade_offers_in", player.offers_in.len());
        status.field("battle_calls", player.battle_calls.len());
    }

    /// After a trade in doubt: the stored record is the truth (changes since the last
    /// save, such as a few steps, are gone).
    fn reload(&mut self, record: PlayerRecord, _cx: &mut DurableCtx<'_, '_, Self>) {
        self.player.record = record;
    }

    fn terminate(&mut self, _: &ExitReason, cx: &mut DurableCtx<'_, '_, Self>) {
        let ctx: &mut PersonCtx<'_> = cx;
        // Exit actions run: leaving `InBattle` leaves the battle.
        if let Some(fsm) = self.fsm.take() {
            fsm.stop(&mut self.player, ctx);
        }
        self.player.leave_cell(ctx);
        self.player.leave_group(GroupKind::Guild, false, ctx);
        self.player.leave_group(GroupKind::Team, false, ctx);
        self.persist(cx);
    }
}

impl Person {
    /// Tells the store what the last handler changed.
    fn persist(&mut self, cx: &mut DurableCtx<'_, '_, Self>) {
        if std::mem::take(&mut self.player.changed) {
            cx.changed();
        }
        if std::mem::take(&mut self.player.moved) {
            cx.changed_lazily();
        }
        for tag in std::mem::take(&mut self.player.commits) {
            cx.commit(tag);
        }
        let Some(ask) = self.player.joint.take() else {
            return;
        };
        let tag = ask.tag();
        let asked = match ask {
            trade::JointAsk::Lend { tag, record } => cx.lend(tag, &record),
            trade::JointAsk::Transact { tag, record, loan } => {
                cx.transact(tag, &record, vec![loan])
            }
            trade::JointAsk::Settle { tag, outcome } => {
                cx.settle(tag, outcome);
                Ok(())
            }
        };
        if let Err(error) = asked {
            let outcome = hearth_durable::Settled::NotCommitted(error.to_string());
            self.player.joint_ended(tag, outcome, cx);
            self.persist(cx);
        }
    }

    fn on_message(&mut self, message: PersonMsg, ctx: &mut PersonCtx<'_>) {
        let player = &mut self.player;
        match message {
            PersonMsg::Attach {
                conn,
                resume_token,
                last_seq,
                hub,
            } => {
                let (conn, hub) = (Pid::from_bytes(conn), hub.map(Pid::from_bytes));
                player.attach(conn, hub, &resume_token, last_seq, ctx);
            }
            PersonMsg::Detach { conn } => player.detach(Pid::from_bytes(conn), ctx),
            PersonMsg::Logout { conn } => {
                if player
                    .session
                    .as_ref()
                    .is_some_and(|session| session.conn == Pid::from_bytes(conn))
                {
                    ctx.stop(ExitReason::Normal);
                }
            }
            PersonMsg::Request { reply, request } => {
                let span = tracing::debug_span!("request", trace = %reply.trace());
                let _in_request = span.enter();
                tracing::debug!("request from the gate");
                let reply = ReplyTo::from_wire(reply.into(), ctx.now_ns());
                if let Some(event) = Player::event_of(reply, &request, ctx) {
                    self.dispatch(event, ctx);
                }
            }
            PersonMsg::Game(event) => self.dispatch(PersonEvent::Game(event), ctx),
            PersonMsg::Offer {
                reply,
                from,
                offer,
                item,
                goods,
            } => {
                let reply = ReplyTo::from_wire(reply.into(), ctx.now_ns());
                let event = PersonEvent::Offer {
                    reply,
                    from,
                    offer,
                    item,
                    goods,
                };
                self.dispatch(event, ctx);
            }
            PersonMsg::Battle(shard, key, seq, answer) => {
                let request = RequestId::from_parts(shard, key, seq);
                self.dispatch(PersonEvent::Battle(request, answer), ctx);
            }
            PersonMsg::Verdict(shard, key, seq, verdict) => {
                let request = RequestId::from_parts(shard, key, seq);
                self.dispatch(PersonEvent::Verdict(request, verdict), ctx);
            }
            PersonMsg::Guild(shard, key, seq, answer) => {
                let request = RequestId::from_parts(shard, key, seq);
                self.player.guild_answer(request, answer, ctx);
            }
        }
    }

    fn on_system(&mut self, message: SystemMsg, ctx: &mut PersonCtx<'_>) {
        match message {
            SystemMsg::Down { pid, reason, .. } => {
                let player = &self.player;
                if player
                    .session
                    .as_ref()
                    .is_some_and(|session| session.conn == pid)
                {
                    self.player.detach(pid, ctx);
                } else if self.in_battle_with(pid) {
                    self.dispatch(PersonEvent::BattleDown(pid, reason), ctx);
                } else if !self.player.cell_down(pid) {
                    self.player.org_down(pid, ctx);
                }
            }
            SystemMsg::Timeout { request } => self.request_timed_out(request, ctx),
            SystemMsg::Timer { tag, .. } if is_state_timer(tag) => {
                if let Some(fsm) = self.fsm.as_mut() {
                    fsm.on_timer(&mut self.player, tag, ctx);
                }
            }
            SystemMsg::Timer {
                tag: GRACE_EXPIRED,
                timer,
            } if self.player.grace == Some(timer) => {
                ctx.stop(ExitReason::Normal);
            }
            SystemMsg::Timer { tag, timer } if (JOIN_EXPIRED..JOIN_EXPIRED + 2).contains(&tag) => {
                self.player
                    .join_expired((tag - JOIN_EXPIRED) as usize, timer, ctx);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cover_the_world() {
        assert_eq!(cell_of(-WORLD_EXTENT, -WORLD_EXTENT), 0);
        assert_eq!(cell_of(-WORLD_EXTENT + CELL_SIDE, -WORLD_EXTENT), 1);
        assert!(cell_of(WORLD_EXTENT, WORLD_EXTENT) > cell_of(0, 0));
    }

    #[test]
    fn heavy_work_is_bounded() {
        assert!(heavy_work(0).is_err());
        assert!(heavy_work(HEAVY_WORK_MAX + 1).is_err());
        assert_ne!(heavy_work(1), heavy_work(2));
    }

    #[test]
    fn player_ids_are_stable() {
        assert_eq!(player_id("alice"), player_id("alice"));
        assert_ne!(player_id("alice"), player_id("bob"));
        assert_eq!(person_name(1), "p:0000000000000001");
    }
}
