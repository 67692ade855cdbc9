//! The Person process: one per logged-in player, on an App node (or on the gate's node
//! for role `all`). It owns the player's session and handles the player's requests in the
//! order the gate forwards them (one gate, one path, one mailbox: ordered by construction).
//!
//! # Session contract
//! - `Attach` without a token opens a new session: a fresh token, the resend cache
//!   emptied. A gate already attached is told `Kicked` (one connection per player).
//! - `Attach` with the current token resumes: every cached frame with a seq above the
//!   client's `last_seq` is resent. A wrong token is refused with `SESSION_EXPIRED`.
//! - The gate is monitored: when it ends (connection closed, node lost) or sends
//!   `Detach`, the session waits [`PersonArgs::grace_ms`] for a resume, then the Person
//!   stops. `Logout` stops it at once.
//! - Every `Reply` and `Push` frame gets the next seq and goes into the resend cache,
//!   bounded by [`SESSION_CACHE_FRAMES_MAX`] and [`SESSION_CACHE_BYTES_MAX`] (oldest
//!   dropped first; a resume past the cache resends what is left and says from where).
//! - A request whose gate has stopped waiting is dropped unanswered (cancel-when-late).

use hearth_engine::{
    Addr, Ctx, ExitReason, MonitorRef, NameError, Pid, Process, ReplyTo, RequestId, SystemMsg,
    TimerRef,
};
use prost::Message;

use crate::proto::{self, ErrorCode, MessageId};
use crate::resend::ResendCache;
use crate::wire::{Answer, Attached, GateMsg, PersonArgs, PersonMsg, ReplyRoute, TradeVerdict};
use crate::world::GameEvent;
use crate::world::battle::{
    BATTLE_ACTION_TIMEOUT, BATTLE_HOST_NAME, BATTLE_JOIN_RETRIES, BATTLE_JOIN_TIMEOUT, Battle,
    BattleAnswer, BattleMsg,
};
use crate::world::cell::{CELL_HOST_NAME, Cell, CellMsg, cell_name};
use crate::world::host::HostMsg;
use crate::world::org::{
    DirectoryMsg, GROUP_ID_MAX, GROUP_LINE_BYTES_MAX, GroupKind, JOIN_TIMEOUT, ORG_DIRECTORY_NAME,
    OrgKey, OrgMsg,
};
use hearth_engine::fsm::{Fsm, Machine, Outcome, is_state_timer};

/// Frames kept for resend after a drop (about 5 s of the seed's traffic).
pub const SESSION_CACHE_FRAMES_MAX: usize = 128;
/// Bytes kept for resend after a drop (bounds a Person's memory: 250k players × 16 KiB
/// is 4 GiB at worst).
pub const SESSION_CACHE_BYTES_MAX: usize = 16 * 1024;
/// Largest echo payload.
pub const ECHO_BYTES_MAX: usize = 1024;
/// Longest whisper.
pub const WHISPER_BYTES_MAX: usize = 256;
/// Largest `Heavy.work`.
pub const HEAVY_WORK_MAX: u32 = 16;
/// Rounds of the valuation per unit of `Heavy.work` (about 2 µs here).
const HEAVY_ROUNDS_PER_WORK: u64 = 1024;
/// The world spans `-WORLD_EXTENT..=WORLD_EXTENT` on both axes.
pub const WORLD_EXTENT: i32 = 1 << 20;
/// Side of a map cell.
pub const CELL_SIDE: i32 = 256;
/// Session token bytes.
const TOKEN_BYTES: usize = 16;
/// Timer tag of the grace period.
const GRACE_EXPIRED: u64 = 1;
/// Longest item name in a trade offer.
pub const TRADE_ITEM_BYTES_MAX: usize = 64;
/// Offers to one player waiting for its answer; past it an offer is declined at once.
pub const TRADE_OFFERS_IN_MAX: usize = 8;
/// Battle calls one Person keeps in flight; past it a battle request is refused.
pub const BATTLE_CALLS_MAX: usize = 16;
/// Timer tags of the join deadlines (+ the group kind's index).
const JOIN_EXPIRED: u64 = 2;
/// A moving player is idle again after this long without a move.
pub const MOVING_SETTLE: std::time::Duration = std::time::Duration::from_secs(1);

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
    gate: Pid,
    monitor: MonitorRef,
}

/// A player's process (see the module docs): its data and its FSM tree.
pub struct Person {
    player: Player,
    fsm: Option<Fsm<PersonState, TimerRef>>,
}

/// The states of a Person (its FSM tree):
/// ```text
/// InWorld ─┬─ Idle
///          ├─ Moving   (back to Idle after MOVING_SETTLE without a move)
///          ├─ Trading  (an offer of ours is open: no moving, no second offer)
///          └─ InBattle (actions go to the battle; it ends, crashes, or we leave → Idle)
/// ```
/// Requests every state takes are handled by `InWorld`; `Move` and `TradeOffer` by the
/// leaves; the verdict on our offer (or its timeout) by `Trading`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonState {
    /// Logged in, in the world.
    InWorld,
    /// Standing.
    Idle,
    /// Moving: moves keep it here.
    Moving,
    /// Waiting for the other player to answer our trade offer.
    Trading,
    /// In a battle instance.
    InBattle,
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
        /// What is offered.
        item: String,
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

/// The battle a player is in.
struct InBattle {
    battle: u64,
    pid: Pid,
    monitor: MonitorRef,
}

/// Our open trade offer.
struct OpenOffer {
    request: RequestId,
    offer: u64,
    to: u64,
    target: Pid,
}

/// A trade offer made to us, waiting for our client's answer.
struct OfferIn {
    from: u64,
    offer: u64,
    reply: ReplyTo<TradeVerdict>,
}

/// A player's group of one kind.
struct GroupSlot {
    key: OrgKey,
    org: Option<(Pid, MonitorRef)>,
    /// Fires [`JOIN_TIMEOUT`] after a join was asked, unless answered.
    deadline: Option<TimerRef>,
    /// The `JoinGroup` request waiting for the org's answer.
    waiting: Option<(u64, ReplyTo<Answer>)>,
}

/// A Person's data (the machine of its FSM).
struct Player {
    args: PersonArgs,
    token: Vec<u8>,
    session: Option<Session>,
    grace: Option<TimerRef>,
    seq: u64,
    cache: ResendCache,
    position: (i32, i32),
    groups: [Option<GroupSlot>; 2],
    offer_out: Option<OpenOffer>,
    offers_in: Vec<OfferIn>,
    next_offer: u64,
    battle: Option<InBattle>,
    battle_calls: Vec<BattleCall>,
    cell: Option<CellSlot>,
}

/// The map cell a player is in.
struct CellSlot {
    id: u32,
    /// The cell's process, once it said the player is in.
    pid: Option<(Pid, MonitorRef)>,
}

impl Person {
    /// A Person for `args` (it registers itself in `init`).
    pub fn new(args: PersonArgs) -> Self {
        Self {
            player: Player::new(args),
            fsm: None,
        }
    }

    /// The active states, root first (for logs and debugging).
    pub fn state_path(&self) -> Vec<PersonState> {
        self.fsm
            .as_ref()
            .map(|fsm| fsm.path::<Player, Ctx<'_, Person>>())
            .unwrap_or_default()
    }

    /// A call of ours expired: a battle call (answered `ERROR_TIMEOUT`) or our trade offer.
    fn request_timed_out(&mut self, request: RequestId, ctx: &mut Ctx<'_, Person>) {
        if !self.player.battle_timeout(request, ctx) {
            self.dispatch(PersonEvent::OfferExpired(request), ctx);
        }
    }

    fn dispatch(&mut self, event: PersonEvent, ctx: &mut Ctx<'_, Person>) {
        if let Some(fsm) = self.fsm.as_mut() {
            fsm.dispatch(&mut self.player, event, ctx);
        }
    }
}

impl Player {
    fn new(args: PersonArgs) -> Self {
        Self {
            args,
            token: Vec::new(),
            session: None,
            grace: None,
            seq: 0,
            cache: ResendCache::new(SESSION_CACHE_FRAMES_MAX, SESSION_CACHE_BYTES_MAX),
            position: (0, 0),
            groups: [None, None],
            offer_out: None,
            offers_in: Vec::new(),
            next_offer: 1,
            battle: None,
            battle_calls: Vec::new(),
            cell: None,
        }
    }

    fn attach(&mut self, gate: Pid, resume_token: &[u8], last_seq: u64, ctx: &mut Ctx<'_, Person>) {
        let resumed = !resume_token.is_empty();
        if resumed && resume_token != self.token.as_slice() {
            let refused = GateMsg::Refused(
                ErrorCode::ErrorSessionExpired as i32,
                "unknown session token".into(),
            );
            let _ = ctx.send(Addr::from_pid(gate), refused);
            if self.token.is_empty() {
                // Spawned for this resume after the session had expired: nothing to keep.
                ctx.stop(ExitReason::Normal);
            }
            return;
        }
        self.replace_gate(gate, ctx);
        if !resumed {
            self.token = new_token();
            self.cache.clear();
        }
        let (resend, resend_from) = if resumed {
            self.resend_after(last_seq)
        } else {
            (Vec::new(), 0)
        };
        let attached = GateMsg::Attached(Attached {
            player: self.args.player,
            person: ctx.me().to_bytes(),
            token: self.token.clone(),
            resumed,
            resend,
            resend_from,
        });
        let _ = ctx.send(Addr::from_pid(gate), attached);
    }

    /// Makes `gate` the session's connection, kicking another one out.
    fn replace_gate(&mut self, gate: Pid, ctx: &mut Ctx<'_, Person>) {
        if let Some(timer) = self.grace.take() {
            ctx.cancel_timer(timer);
        }
        if let Some(old) = self.session.take() {
            ctx.demonitor(old.monitor, true);
            if old.gate != gate {
                let _ = ctx.send(Addr::from_pid(old.gate), GateMsg::Kicked);
            }
        }
        let monitor = ctx.monitor(gate);
        self.session = Some(Session { gate, monitor });
    }

    /// The cached frames after `last_seq`, concatenated, and the first one's seq.
    fn resend_after(&self, last_seq: u64) -> (Vec<u8>, u64) {
        self.cache.after(last_seq)
    }

    fn detach(&mut self, gate: Pid, ctx: &mut Ctx<'_, Person>) {
        let Some(session) = self.session.take_if(|session| session.gate == gate) else {
            return;
        };
        ctx.demonitor(session.monitor, true);
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
        ctx: &mut Ctx<'_, Person>,
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
        ctx: &mut Ctx<'_, Person>,
    ) {
        use proto::reply::Body as Out;
        use proto::request::Body as In;
        let body = match request.body {
            Some(In::Echo(echo)) if echo.payload.len() <= ECHO_BYTES_MAX => Ok(Out::Echo(echo)),
            Some(In::Echo(_)) => Err(format!("echo payload over {ECHO_BYTES_MAX} bytes")),
            Some(In::Move(to)) => self.move_to(to.x, to.y, ctx),
            Some(In::Whisper(whisper)) => self.whisper(whisper, ctx),
            Some(In::Heavy(heavy)) => {
                heavy_work(heavy.work).map(|value| Out::Heavy(proto::HeavyResult { value }))
            }
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
            Some(In::BattleJoin(_)) => Err("leave your battle or trade first".to_owned()),
            Some(In::BattleAction(_) | In::BattleLeave(_)) => Err("not in a battle".to_owned()),
            None => Err("empty request".to_owned()),
        };
        self.answer(request.id, body, reply, ctx);
    }

    fn answer(
        &mut self,
        id: u64,
        body: Result<proto::reply::Body, String>,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        if ctx.is_late(&reply) {
            return; // cancel-when-late: the gate answered the client with a timeout
        }
        let answer = match body {
            Ok(body) => Answer::Frame(self.reply_frame(id, body)),
            Err(message) => Answer::Error(ErrorCode::ErrorInvalid as i32, message),
        };
        ctx.reply(reply, answer);
    }

    // ----- trades --------------------------------------------------------------------

    /// Opens a trade offer (in `Idle` or `Moving`); whether it is open.
    fn trade_offer(
        &mut self,
        id: u64,
        offer: &proto::TradeOffer,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) -> bool {
        let refuse = |why: String| Err(why);
        let body = if offer.item.is_empty() || offer.item.len() > TRADE_ITEM_BYTES_MAX {
            refuse(format!("items are 1..={TRADE_ITEM_BYTES_MAX} bytes"))
        } else if offer.to_player == self.args.player {
            refuse("you cannot trade with yourself".to_owned())
        } else {
            match find_person(ctx, offer.to_player) {
                None => refuse(format!("player {} is not online", offer.to_player)),
                Some(target) => self.send_offer(target, offer, ctx),
            }
        };
        let opened = body.is_ok();
        self.answer(id, body, reply, ctx);
        opened
    }

    fn send_offer(
        &mut self,
        target: Pid,
        offer: &proto::TradeOffer,
        ctx: &mut Ctx<'_, Person>,
    ) -> Result<proto::reply::Body, String> {
        let number = self.next_offer;
        let (from, item) = (self.args.player, offer.item.clone());
        let now_ns = ctx.now_ns();
        let build = |reply: ReplyTo<TradeVerdict>| PersonMsg::Offer {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            from,
            offer: number,
            item,
        };
        let timeout = std::time::Duration::from_millis(self.args.trade_timeout_ms);
        let request = ctx
            .notify(Addr::from_pid(target), build, timeout)
            .map_err(|error| format!("player {} unreachable: {error}", offer.to_player))?;
        self.next_offer += 1;
        self.offer_out = Some(OpenOffer {
            request,
            offer: number,
            to: offer.to_player,
            target,
        });
        Ok(proto::reply::Body::TradeOpened(proto::TradeOpened {
            offer_id: number,
        }))
    }

    /// The verdict on our offer, or its expiry (`None`): both sides are told.
    fn offer_closed(
        &mut self,
        request: RequestId,
        verdict: Option<TradeVerdict>,
        ctx: &mut Ctx<'_, Person>,
    ) -> bool {
        let Some(open) = self.offer_out.take_if(|open| open.request == request) else {
            return false;
        };
        let outcome = match verdict {
            Some(TradeVerdict { accepted: true }) => proto::TradeOutcome::TradeAccepted,
            Some(_) => proto::TradeOutcome::TradeDeclined,
            None => {
                let expired = GameEvent::TradeExpired {
                    from: self.args.player,
                    offer: open.offer,
                };
                let _ = ctx.send(Addr::from_pid(open.target), PersonMsg::Game(expired));
                proto::TradeOutcome::TradeExpired
            }
        };
        let closed = trade_closed(self.args.player, open.to, open.offer, outcome);
        self.push(closed, ctx);
        true
    }

    /// Another player's offer: kept for our client's answer (bounded), pushed to it.
    fn offer_in(
        &mut self,
        from: u64,
        offer: u64,
        item: String,
        reply: ReplyTo<TradeVerdict>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        if self.offers_in.len() >= TRADE_OFFERS_IN_MAX {
            ctx.reply(reply, TradeVerdict { accepted: false });
            return;
        }
        self.offers_in.push(OfferIn { from, offer, reply });
        let offered = proto::TradeOffered {
            from_player: from,
            offer_id: offer,
            item,
        };
        self.push(proto::push::Body::TradeOffered(offered), ctx);
    }

    fn trade_answer(
        &mut self,
        id: u64,
        answer: &proto::TradeAnswer,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        let found = self
            .offers_in
            .iter()
            .position(|open| open.from == answer.from_player && open.offer == answer.offer_id);
        let Some(index) = found else {
            let why = format!(
                "no open offer {} from player {}",
                answer.offer_id, answer.from_player
            );
            return self.answer(id, Err(why), reply, ctx);
        };
        let open = self.offers_in.swap_remove(index);
        if ctx.is_late(&open.reply) {
            if !ctx.is_late(&reply) {
                let why = "the offer expired".to_owned();
                ctx.reply(reply, Answer::Error(ErrorCode::ErrorTimeout as i32, why));
            }
            return;
        }
        ctx.reply(
            open.reply,
            TradeVerdict {
                accepted: answer.accept,
            },
        );
        let outcome = if answer.accept {
            proto::TradeOutcome::TradeAccepted
        } else {
            proto::TradeOutcome::TradeDeclined
        };
        let closed = trade_closed(open.from, self.args.player, open.offer, outcome);
        self.answer(id, Ok(done()), reply, ctx);
        self.push(closed, ctx);
    }

    /// The offerer said our pending offer expired: drop it and tell our client.
    fn offer_expired_here(&mut self, from: u64, offer: u64, ctx: &mut Ctx<'_, Person>) {
        let before = self.offers_in.len();
        self.offers_in
            .retain(|open| !(open.from == from && open.offer == offer));
        if self.offers_in.len() != before {
            let closed = trade_closed(
                from,
                self.args.player,
                offer,
                proto::TradeOutcome::TradeExpired,
            );
            self.push(closed, ctx);
        }
    }

    // ----- map cells -----------------------------------------------------------------

    /// Tells the player's cell where it is; across a border, hands it over to the next.
    fn track_cell(&mut self, ctx: &mut Ctx<'_, Person>) {
        let (x, y) = self.position;
        let id = cell_of(x, y);
        if let Some(CellSlot { id: current, pid }) = &self.cell
            && *current == id
        {
            if let Some((cell, _)) = pid {
                let person = ctx.me();
                let _ = ctx.send(Addr::from_pid(*cell), CellMsg::Move { person, x, y });
            }
            return;
        }
        self.leave_cell(ctx);
        self.cell = Some(CellSlot { id, pid: None });
        let (player, person) = (self.args.player, ctx.me());
        let enter = CellMsg::Enter {
            player,
            person,
            x,
            y,
        };
        if let Some(cell) = ctx.whereis(&cell_name(id)) {
            let _ = ctx.send(Addr::from_pid(cell), enter);
        } else {
            let enter = HostMsg::<Cell>::Deliver {
                key: id,
                create: true,
                message: enter,
            };
            let _ = ctx.send_named(CELL_HOST_NAME, enter);
        }
    }

    fn leave_cell(&mut self, ctx: &mut Ctx<'_, Person>) {
        if let Some(CellSlot {
            pid: Some((cell, monitor)),
            ..
        }) = self.cell.take()
        {
            ctx.demonitor(monitor, true);
            let _ = ctx.send(Addr::from_pid(cell), CellMsg::Leave { person: ctx.me() });
        }
    }

    fn cell_entered(&mut self, id: u32, cell: Pid, ctx: &mut Ctx<'_, Person>) {
        match self.cell.as_mut() {
            Some(slot) if slot.id == id && slot.pid.is_none() => {
                slot.pid = Some((cell, ctx.monitor(cell)));
            }
            // Entered a cell the player has left since: leave it.
            _ => {
                let _ = ctx.send(Addr::from_pid(cell), CellMsg::Leave { person: ctx.me() });
            }
        }
    }

    /// Our cell ended (crashed and restarted, or stopped): enter again on the next move.
    fn cell_down(&mut self, cell: Pid) -> bool {
        let ours = self
            .cell
            .as_ref()
            .is_some_and(|slot| slot.pid.is_some_and(|(pid, _)| pid == cell));
        if ours {
            self.cell = None;
        }
        ours
    }

    // ----- battles -------------------------------------------------------------------

    fn battle_join(
        &mut self,
        id: u64,
        join: &proto::BattleJoin,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        let Some(host) = ctx.whereis(BATTLE_HOST_NAME) else {
            return self.answer(
                id,
                Err("battles do not run on this node".into()),
                reply,
                ctx,
            );
        };
        let create = join.battle_id == 0;
        let battle = if create {
            fastrand::u64(1..u64::MAX)
        } else {
            join.battle_id
        };
        let (player, person) = (self.args.player, ctx.me());
        let build = move |reply: ReplyTo<BattleAnswer>| HostMsg::<Battle>::Deliver {
            key: battle,
            create,
            message: BattleMsg::Join {
                player,
                person,
                reply,
            },
        };
        // Retried when its timer expires: the join is idempotent (the id is chosen here).
        let sent = ctx.notify_retry(
            Addr::from_pid(host),
            build,
            BATTLE_JOIN_TIMEOUT,
            BATTLE_JOIN_RETRIES,
        );
        self.battle_call(id, sent.map_err(|error| error.to_string()), reply, ctx);
    }

    fn battle_action(
        &mut self,
        id: u64,
        skill: u32,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        let Some(battle) = self.battle.as_ref().map(|battle| battle.pid) else {
            return self.answer(id, Err("not in a battle".into()), reply, ctx);
        };
        let person = ctx.me();
        let build = |reply| BattleMsg::Action {
            person,
            skill,
            reply,
        };
        let sent = ctx.notify(Addr::from_pid(battle), build, BATTLE_ACTION_TIMEOUT);
        self.battle_call(id, sent.map_err(|error| error.to_string()), reply, ctx);
    }

    fn battle_call(
        &mut self,
        id: u64,
        sent: Result<RequestId, String>,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        match sent {
            Ok(request) if self.battle_calls.len() < BATTLE_CALLS_MAX => {
                self.battle_calls.push(BattleCall { request, id, reply });
            }
            Ok(_) => self.answer(
                id,
                Err("too many battle requests in flight".into()),
                reply,
                ctx,
            ),
            Err(why) => self.answer(
                id,
                Err(format!("the battle is unreachable: {why}")),
                reply,
                ctx,
            ),
        }
    }

    fn take_battle_call(&mut self, request: RequestId) -> Option<BattleCall> {
        let index = self
            .battle_calls
            .iter()
            .position(|call| call.request == request)?;
        Some(self.battle_calls.swap_remove(index))
    }

    /// A battle's answer; whether it put us in a battle.
    fn battle_answer(
        &mut self,
        request: RequestId,
        answer: BattleAnswer,
        ctx: &mut Ctx<'_, Person>,
    ) -> bool {
        let Some(call) = self.take_battle_call(request) else {
            return false;
        };
        let (body, joined) = match answer {
            BattleAnswer::Joined {
                battle,
                pid,
                monsters,
            } => {
                let pid = Pid::from_bytes(pid);
                self.leave_battle(ctx);
                let monitor = ctx.monitor(pid);
                self.battle = Some(InBattle {
                    battle,
                    pid,
                    monitor,
                });
                let joined = proto::BattleJoined {
                    battle_id: battle,
                    monsters,
                };
                (Ok(proto::reply::Body::BattleJoined(joined)), true)
            }
            BattleAnswer::Hit {
                damage,
                monster_hp,
                monsters_left,
            } => {
                let hit = proto::BattleHit {
                    damage,
                    monster_hp,
                    monsters_left,
                };
                (Ok(proto::reply::Body::BattleHit(hit)), false)
            }
            BattleAnswer::Refused(why) => (Err(why), false),
        };
        self.answer(call.id, body, call.reply, ctx);
        joined
    }

    /// A battle call not answered in time: a late action was cancelled by the battle.
    fn battle_timeout(&mut self, request: RequestId, ctx: &mut Ctx<'_, Person>) -> bool {
        let Some(call) = self.take_battle_call(request) else {
            return false;
        };
        if !ctx.is_late(&call.reply) {
            let why = "the battle did not take it in time (a late action is cancelled)".to_owned();
            ctx.reply(
                call.reply,
                Answer::Error(ErrorCode::ErrorTimeout as i32, why),
            );
        }
        true
    }

    fn leave_battle(&mut self, ctx: &mut Ctx<'_, Person>) {
        if let Some(battle) = self.battle.take() {
            ctx.demonitor(battle.monitor, true);
            let _ = ctx.send(
                Addr::from_pid(battle.pid),
                BattleMsg::Leave { person: ctx.me() },
            );
        }
    }

    fn battle_ended(&mut self, battle: u64, outcome: String, ctx: &mut Ctx<'_, Person>) {
        if let Some(current) = self.battle.take_if(|current| current.battle == battle) {
            ctx.demonitor(current.monitor, true);
        }
        let ended = proto::BattleEnded {
            battle_id: battle,
            outcome,
        };
        self.push(proto::push::Body::BattleEnded(ended), ctx);
    }

    // ----- groups --------------------------------------------------------------------

    fn join_group(
        &mut self,
        id: u64,
        join: &proto::JoinGroup,
        reply: ReplyTo<Answer>,
        ctx: &mut Ctx<'_, Person>,
    ) {
        let Some(kind) = GroupKind::from_proto(join.kind) else {
            return self.answer(id, Err("unknown group kind".into()), reply, ctx);
        };
        if !(1..=GROUP_ID_MAX).contains(&join.group) {
            let why = format!("group ids are 1..={GROUP_ID_MAX}");
            return self.answer(id, Err(why), reply, ctx);
        }
        let key = OrgKey {
            kind,
            id: join.group,
        };
        if let Some(slot) = &self.groups[kind.index()]
            && slot.key == key
            && slot.org.is_some()
        {
            return self.answer(id, Ok(done()), reply, ctx);
        }
        self.leave_group(kind, ctx);
        let deadline = ctx
            .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + kind.index() as u64)
            .ok();
        self.groups[kind.index()] = Some(GroupSlot {
            key,
            org: None,
            deadline,
            waiting: Some((id, reply)),
        });
        self.ask_directory(key, ctx);
    }

    /// Asks the node's org directory for the org of `key` (the answer is a `Joined` or
    /// `JoinRefused` event).
    fn ask_directory(&mut self, key: OrgKey, ctx: &mut Ctx<'_, Person>) {
        let join = DirectoryMsg::Join {
            key,
            player: self.args.player,
            person: ctx.me(),
        };
        if ctx.send_named(ORG_DIRECTORY_NAME, join).is_err() {
            self.join_refused(key, "groups do not run on this node".into(), ctx);
        }
    }

    fn leave_group(&mut self, kind: GroupKind, ctx: &mut Ctx<'_, Person>) {
        let Some(slot) = self.groups[kind.index()].take() else {
            return;
        };
        if let Some(timer) = slot.deadline {
            ctx.cancel_timer(timer);
        }
        if let Some((org, monitor)) = slot.org {
            ctx.demonitor(monitor, true);
            let _ = ctx.send(Addr::from_pid(org), OrgMsg::Leave { person: ctx.me() });
        }
        if let Some((id, reply)) = slot.waiting {
            self.answer(id, Err("superseded by another join".into()), reply, ctx);
        }
    }

    fn joined(&mut self, key: OrgKey, org: Pid, ctx: &mut Ctx<'_, Person>) {
        let Some(slot) = self.groups[key.kind.index()]
            .as_mut()
            .filter(|slot| slot.key == key)
        else {
            // Joined a group the player has left since: leave it.
            let _ = ctx.send(Addr::from_pid(org), OrgMsg::Leave { person: ctx.me() });
            return;
        };
        if let Some((_, monitor)) = slot.org.take() {
            ctx.demonitor(monitor, true);
        }
        if let Some(timer) = slot.deadline.take() {
            ctx.cancel_timer(timer);
        }
        slot.org = Some((org, ctx.monitor(org)));
        if let Some((id, reply)) = slot.waiting.take() {
            self.answer(id, Ok(done()), reply, ctx);
        }
    }

    fn join_refused(&mut self, key: OrgKey, reason: String, ctx: &mut Ctx<'_, Person>) {
        let index = key.kind.index();
        if self.groups[index]
            .as_ref()
            .is_none_or(|slot| slot.key != key)
        {
            return;
        }
        if let Some((id, reply)) = self.groups[index].take().and_then(|slot| slot.waiting) {
            self.answer(id, Err(reason), reply, ctx);
        }
    }

    /// A join was not answered in time (the directory or the org lost it under load):
    /// the request fails with `ERROR_TIMEOUT`, and the player is in no group of that kind.
    fn join_expired(&mut self, index: usize, timer: TimerRef, ctx: &mut Ctx<'_, Person>) {
        let Some(slot) = self.groups[index].take_if(|slot| slot.deadline == Some(timer)) else {
            return;
        };
        if let Some((_, reply)) = slot.waiting
            && !ctx.is_late(&reply)
        {
            let why = format!("the group did not answer within {JOIN_TIMEOUT:?}");
            ctx.reply(reply, Answer::Error(ErrorCode::ErrorTimeout as i32, why));
        }
    }

    /// An org this player is in ended: join again (its supervisor restarts it).
    fn org_down(&mut self, org: Pid, ctx: &mut Ctx<'_, Person>) {
        let Some(slot) = self
            .groups
            .iter_mut()
            .flatten()
            .find(|slot| slot.org.is_some_and(|(pid, _)| pid == org))
        else {
            return;
        };
        slot.org = None;
        let key = slot.key;
        slot.deadline = ctx
            .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + key.kind.index() as u64)
            .ok();
        self.ask_directory(key, ctx);
    }

    fn group_say(
        &mut self,
        say: proto::GroupSay,
        ctx: &mut Ctx<'_, Person>,
    ) -> Result<proto::reply::Body, String> {
        let kind = GroupKind::from_proto(say.kind).ok_or("unknown group kind")?;
        if say.text.len() > GROUP_LINE_BYTES_MAX {
            return Err(format!("group line over {GROUP_LINE_BYTES_MAX} bytes"));
        }
        let Some((org, _)) = self.groups[kind.index()].as_ref().and_then(|slot| slot.org) else {
            return Err(format!("not in a {kind:?} (JoinGroup first)").to_lowercase());
        };
        let said = OrgMsg::Say {
            from: self.args.player,
            text: say.text.into(),
        };
        ctx.send(Addr::from_pid(org), said)
            .map_err(|error| format!("the group is unreachable: {error}"))?;
        Ok(done())
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

    fn move_to(
        &mut self,
        x: i32,
        y: i32,
        ctx: &mut Ctx<'_, Person>,
    ) -> Result<proto::reply::Body, String> {
        let range = -WORLD_EXTENT..=WORLD_EXTENT;
        if !range.contains(&x) || !range.contains(&y) {
            return Err(format!("({x}, {y}) is outside the world (±{WORLD_EXTENT})"));
        }
        self.position = (x, y);
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
        ctx: &mut Ctx<'_, Person>,
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

    fn game(&mut self, event: GameEvent, ctx: &mut Ctx<'_, Person>) {
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
            GameEvent::BattleEnded { battle, outcome } => {
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
        };
        self.push(body, ctx);
    }

    /// Sends a push to the client (or only caches it while detached).
    fn push(&mut self, body: proto::push::Body, ctx: &mut Ctx<'_, Person>) {
        self.seq += 1;
        let push = proto::Push {
            seq: self.seq,
            body: Some(body),
        };
        let mut frame = Vec::with_capacity(push.encoded_len() + proto::FRAME_HEAD_BYTES);
        proto::encode_into(&mut frame, MessageId::Push, &push);
        self.remember(&frame);
        if let Some(session) = &self.session {
            let _ = ctx.send(Addr::from_pid(session.gate), GateMsg::Frames(frame));
        }
    }

    fn register(&self, ctx: &mut Ctx<'_, Person>) -> Result<(), ExitReason> {
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

fn trade_closed(from: u64, to: u64, offer: u64, outcome: proto::TradeOutcome) -> proto::push::Body {
    proto::push::Body::TradeClosed(proto::TradeClosed {
        from_player: from,
        to_player: to,
        offer_id: offer,
        outcome: outcome as i32,
    })
}

impl<'a> Machine<Ctx<'a, Person>> for Player {
    type State = PersonState;
    type Event = PersonEvent;

    fn parent(state: PersonState) -> Option<PersonState> {
        match state {
            PersonState::InWorld => None,
            PersonState::Idle
            | PersonState::Moving
            | PersonState::Trading
            | PersonState::InBattle => Some(PersonState::InWorld),
        }
    }

    fn initial_child(state: PersonState) -> Option<PersonState> {
        (state == PersonState::InWorld).then_some(PersonState::Idle)
    }

    fn handle(
        &mut self,
        state: PersonState,
        event: PersonEvent,
        ctx: &mut Ctx<'a, Person>,
    ) -> Outcome<PersonState, PersonEvent> {
        match (state, event) {
            (PersonState::Idle | PersonState::Moving, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::Move(_))) =>
            {
                let moved = self.position;
                self.request(request, reply, ctx);
                if self.position == moved {
                    Outcome::Handled
                } else {
                    Outcome::Goto(PersonState::Moving)
                }
            }
            (PersonState::Idle | PersonState::Moving, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::TradeOffer(_))) =>
            {
                let Some(proto::request::Body::TradeOffer(offer)) = &request.body else {
                    unreachable!("matched above");
                };
                if self.trade_offer(request.id, offer, reply, ctx) {
                    Outcome::Goto(PersonState::Trading)
                } else {
                    Outcome::Handled
                }
            }
            (PersonState::Idle | PersonState::Moving, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::BattleJoin(_))) =>
            {
                if let Some(proto::request::Body::BattleJoin(join)) = &request.body {
                    self.battle_join(request.id, join, reply, ctx);
                }
                Outcome::Handled
            }
            (PersonState::InBattle, PersonEvent::Request(request, reply))
                if matches!(
                    request.body,
                    Some(
                        proto::request::Body::BattleAction(_)
                            | proto::request::Body::BattleLeave(_)
                    )
                ) =>
            {
                if let Some(proto::request::Body::BattleAction(action)) = &request.body {
                    self.battle_action(request.id, action.skill, reply, ctx);
                    return Outcome::Handled;
                }
                self.leave_battle(ctx);
                self.answer(request.id, Ok(done()), reply, ctx);
                Outcome::Goto(PersonState::Idle)
            }
            (
                PersonState::InBattle,
                PersonEvent::Game(GameEvent::BattleEnded { battle, outcome }),
            ) => {
                let ours = self
                    .battle
                    .as_ref()
                    .is_some_and(|current| current.battle == battle);
                self.battle_ended(battle, outcome, ctx);
                if ours {
                    Outcome::Goto(PersonState::Idle)
                } else {
                    Outcome::Handled
                }
            }
            (PersonState::InBattle, PersonEvent::BattleDown(pid, reason)) => {
                let Some(battle) = self.battle.as_ref().filter(|current| current.pid == pid) else {
                    return Outcome::Handled;
                };
                let id = battle.battle;
                self.battle = None;
                self.battle_ended(id, format!("crashed: {reason}"), ctx);
                Outcome::Goto(PersonState::Idle)
            }
            (PersonState::InWorld, PersonEvent::Battle(request, answer)) => {
                if self.battle_answer(request, answer, ctx) {
                    Outcome::Goto(PersonState::InBattle)
                } else {
                    Outcome::Handled
                }
            }
            (PersonState::Trading, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::Move(_))) =>
            {
                let why = "you cannot move while an offer of yours is open".to_owned();
                self.answer(request.id, Err(why), reply, ctx);
                Outcome::Handled
            }
            (PersonState::Trading, PersonEvent::Verdict(request, verdict)) => {
                if self.offer_closed(request, Some(verdict), ctx) {
                    Outcome::Goto(PersonState::Idle)
                } else {
                    Outcome::Handled
                }
            }
            (PersonState::Trading, PersonEvent::OfferExpired(request)) => {
                if self.offer_closed(request, None, ctx) {
                    Outcome::Goto(PersonState::Idle)
                } else {
                    Outcome::Handled
                }
            }
            (PersonState::InWorld, PersonEvent::Request(request, reply)) => {
                self.request(request, reply, ctx);
                Outcome::Handled
            }
            (
                PersonState::InWorld,
                PersonEvent::Offer {
                    reply,
                    from,
                    offer,
                    item,
                },
            ) => {
                self.offer_in(from, offer, item, reply, ctx);
                Outcome::Handled
            }
            (PersonState::InWorld, PersonEvent::Game(event)) => {
                self.game(event, ctx);
                Outcome::Handled
            }
            (_, event) => Outcome::Unhandled(event),
        }
    }

    fn state_timeout(&self, state: PersonState) -> Option<std::time::Duration> {
        (state == PersonState::Moving).then_some(MOVING_SETTLE)
    }

    fn timed_out(&mut self, _: PersonState, _: &mut Ctx<'a, Person>) -> Option<PersonState> {
        Some(PersonState::Idle)
    }
}

/// The Person of `player`, wherever in the cluster it runs.
pub fn find_person<P: Process>(ctx: &Ctx<'_, P>, player: u64) -> Option<Pid> {
    let name = person_name(player);
    ctx.whereis_global(&name).or_else(|| ctx.whereis(&name))
}

/// The map cell of a position.
pub fn cell_of(x: i32, y: i32) -> u32 {
    let side = (2 * WORLD_EXTENT / CELL_SIDE + 1) as u32;
    let column = ((x + WORLD_EXTENT) / CELL_SIDE) as u32;
    let row = ((y + WORLD_EXTENT) / CELL_SIDE) as u32;
    row * side + column
}

/// The inventory valuation: real CPU work proportional to `work`.
pub fn heavy_work(work: u32) -> Result<u64, String> {
    if !(1..=HEAVY_WORK_MAX).contains(&work) {
        return Err(format!("heavy work must be 1..={HEAVY_WORK_MAX}"));
    }
    let rounds = u64::from(work) * HEAVY_ROUNDS_PER_WORK;
    let value = (0..rounds).fold(0x9e37_79b9_7f4a_7c15_u64, |acc, round| {
        let mixed = (acc ^ round).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed ^ (mixed >> 31)
    });
    Ok(std::hint::black_box(value))
}

fn new_token() -> Vec<u8> {
    let mut token = vec![0; TOKEN_BYTES];
    if getrandom::fill(&mut token).is_err() {
        token.iter_mut().for_each(|byte| *byte = fastrand::u8(..));
    }
    token
}

impl Process for Person {
    type Msg = PersonMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        self.player.register(ctx)?;
        self.fsm = Some(Fsm::start(&mut self.player, PersonState::InWorld, ctx));
        Ok(())
    }

    fn handle(&mut self, message: PersonMsg, ctx: &mut Ctx<'_, Self>) {
        let player = &mut self.player;
        match message {
            PersonMsg::Attach {
                gate,
                resume_token,
                last_seq,
            } => player.attach(Pid::from_bytes(gate), &resume_token, last_seq, ctx),
            PersonMsg::Detach { gate } => player.detach(Pid::from_bytes(gate), ctx),
            PersonMsg::Logout { gate } => {
                if player
                    .session
                    .as_ref()
                    .is_some_and(|session| session.gate == Pid::from_bytes(gate))
                {
                    ctx.stop(ExitReason::Normal);
                }
            }
            PersonMsg::Request { reply, request } => {
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
            } => {
                let reply = ReplyTo::from_wire(reply.into(), ctx.now_ns());
                let event = PersonEvent::Offer {
                    reply,
                    from,
                    offer,
                    item,
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
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Down { pid, reason, .. } => {
                let player = &self.player;
                if player
                    .session
                    .as_ref()
                    .is_some_and(|session| session.gate == pid)
                {
                    self.player.detach(pid, ctx);
                } else if player
                    .battle
                    .as_ref()
                    .is_some_and(|battle| battle.pid == pid)
                {
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

    fn terminate(&mut self, _: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        self.player.leave_battle(ctx);
        self.player.leave_cell(ctx);
        self.player.leave_group(GroupKind::Guild, ctx);
        self.player.leave_group(GroupKind::Team, ctx);
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
