//! Org processes: the social groups (guilds, teams) that broadcast to their members.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a Person joins group (kind, id) | it sends the join to the org by its cluster-wide name ([`org_name`]); if the org runs nowhere, to the [`OrgDirectory`] of the group's home node ([`home_directory`]), which starts the org (through its `orgs` supervisor) and forwards the join |
//! | the org takes the join | it monitors the Person and answers [`GameEvent::Joined`] with its pid; a full group answers [`GameEvent::JoinRefused`]; a guild puts the player on its stored roster ([`guild`]) |
//! | a member says something | the org encodes the line once and sends it to every member, the speaker included, in the order said: one fan-out message per hub for members with a route ([`crate::audience`]), one [`GameEvent::GroupLine`] per member without |
//! | a member's route changes (attach, detach) | its Person says so ([`OrgMsg::Route`]) |
//! | a member ends or logs out | the org's monitor (or [`OrgMsg::Offline`]) drops it from those online; a guild keeps it on the roster |
//! | a member leaves ([`OrgMsg::Leave`]: `LeaveGroup`, or a join of another group) | it is dropped, and a guild takes it off the roster |
//! | a member asks about its guild, sets a rank, moves goods to or from the bank | [`OrgMsg::Info`], [`OrgMsg::SetRank`], [`OrgMsg::Bank`], each answered with a [`GuildAnswer`] by the rules of [`guild`]; bank moves commit one at a time (at most [`BANK_WAITING_MAX`] wait, more are refused) |
//! | the org is empty for [`ORG_IDLE_STOP`] | it stops (`normal`); the directory forgets it |
//! | the org crashes | the `orgs` supervisor restarts it — a team empty, a guild with its stored roster and bank; members see `DOWN` and join again |
//! | the restart does not come within [`ORG_RESTART_WAIT`] | the directory fails the joins waiting for it; the next join starts the org anew |
//!
//! One org per group in the whole cluster, whichever App node its members' Persons run
//! on (see [`crate::names`] for the rules and what happens when two nodes start one anyway).
//!
//! The org's own life is an FSM tree (`Empty` with its idle timeout, `Active`). A guild
//! is a durable process (`hearth_durable`): its roster changes are saved write-behind, its
//! bank moves write-through in the member's joint transaction. A team is not stored: its
//! members' records name it, and they join it again at login.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use std::sync::Arc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_durable::{Durable, DurableCtx, DurableProcess, Settled};
use hearth_engine::fsm::{Fsm, Machine, Outcome};
use hearth_engine::{
    Addr, CallError, ChildSpec, Ctx, ExitReason, MonitorRef, Pid, Placement, Process, Reply,
    ReplyTo, Restart, SpawnError, Supervisor, SupervisorMsg, SupervisorSpec, SystemMsg, TimerRef,
    WireError, WireMessage,
};
use hearth_net::codec::PidBytes;
use rkyv::{Archive, Deserialize, Serialize};

use hearth_protocol as proto;

use crate::audience::Audience;
use crate::event::TradeSettlement;
use crate::port::Port;
use crate::wire::{LentRecord, PersonMsg, ReplyRoute, Route};
use crate::{GameEvent, StoreSlot};

mod directory;
pub mod guild;

pub use directory::{DirectoryMsg, OrgDirectory, OrgJoin};
use guild::{Bank, BankMove, GuildRecord, Rank};

/// The registered name of a node's org directory.
pub const ORG_DIRECTORY_NAME: &str = "world.orgs";
/// Mailbox of the org directory: every player's joins pass through it, in bursts when
/// many log in at once (a join that finds it full is lost, and the Person answers its
/// client with `ERROR_TIMEOUT` after [`JOIN_TIMEOUT`]).
pub const ORG_DIRECTORY_MAILBOX: usize = 1 << 20;
/// How long a Person waits for its group to take a join.
pub const JOIN_TIMEOUT: Duration = Duration::from_secs(5);
/// Most members of a guild.
pub const GUILD_MEMBERS_MAX: usize = 500;
/// Most members of a team.
pub const TEAM_MEMBERS_MAX: usize = 8;
/// Largest group id.
pub const GROUP_ID_MAX: u64 = 1 << 40;
/// Longest line said to a group.
pub const GROUP_LINE_BYTES_MAX: usize = 256;
/// An org without members stops after this long.
pub const ORG_IDLE_STOP: Duration = Duration::from_secs(60);
/// How long the directory waits for a crashed org's restart before failing its joins.
pub const ORG_RESTART_WAIT: Duration = Duration::from_secs(1);
/// Joins the directory holds for one org while it starts.
pub const ORG_PENDING_JOINS_MAX: usize = 4096;
/// Orgs one node's directory keeps.
pub const ORGS_PER_NODE_MAX: usize = 1 << 20;
/// Org restarts the `orgs` supervisor allows ...
const ORG_RESTARTS_MAX: u32 = 1000;
/// ... within this period before it gives up (and the directory restarts it).
const ORG_RESTART_PERIOD: Duration = Duration::from_secs(10);
/// How long the directory waits for the supervisor to start an org.
const ORG_START_TIMEOUT: Duration = Duration::from_secs(5);
/// Bank moves that wait while one commits (a guild's members deposit one at a time; a
/// commit takes a store round trip, so this is a burst of a whole raid).
pub const BANK_WAITING_MAX: usize = 64;
/// How long a Person waits for its guild's answer.
pub const GUILD_ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// The kinds of group (the protocol's `GroupKind`).
#[derive(Archive, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GroupKind {
    /// A guild.
    Guild,
    /// A team.
    Team,
}

impl GroupKind {
    /// From the protocol's value.
    pub fn from_proto(value: i32) -> Option<Self> {
        match proto::GroupKind::try_from(value).ok()? {
            proto::GroupKind::GroupGuild => Some(Self::Guild),
            proto::GroupKind::GroupTeam => Some(Self::Team),
            proto::GroupKind::GroupUnspecified => None,
        }
    }

    /// The protocol's value.
    pub fn to_proto(self) -> i32 {
        match self {
            Self::Guild => proto::GroupKind::GroupGuild as i32,
            Self::Team => proto::GroupKind::GroupTeam as i32,
        }
    }

    /// The wire byte (in [`GameEvent`]).
    pub fn to_byte(self) -> u8 {
        match self {
            Self::Guild => 1,
            Self::Team => 2,
        }
    }

    /// From the wire byte.
    pub fn from_byte(byte: u8) -> Option<Self> {
        match byte {
            1 => Some(Self::Guild),
            2 => Some(Self::Team),
            _ => None,
        }
    }

    /// Most members of a group of this kind.
    pub fn members_max(self) -> usize {
        match self {
            Self::Guild => GUILD_MEMBERS_MAX,
            Self::Team => TEAM_MEMBERS_MAX,
        }
    }

    /// An index (for per-kind tables).
    pub fn index(self) -> usize {
        usize::from(self.to_byte() - 1)
    }
}

/// A group: its kind and id.
#[derive(Archive, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OrgKey {
    /// Guild or team.
    pub kind: GroupKind,
    /// Its id (1..=[`GROUP_ID_MAX`]).
    pub id: u64,
}

impl OrgKey {
    /// A hash of the key, the same on every node (picks the group's home node).
    fn spread(self) -> usize {
        let mixed =
            (self.id ^ u64::from(self.kind.to_byte()) << 56).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (mixed >> 32) as usize
    }
}

/// The cluster-wide name of a group's org.
pub fn org_name(key: OrgKey) -> String {
    match key.kind {
        GroupKind::Guild => format!("guild:{:x}", key.id),
        GroupKind::Team => format!("team:{:x}", key.id),
    }
}

/// The directory that starts the org of `key` if it runs nowhere: its home node's.
pub fn home_directory<P: Process>(key: OrgKey, ctx: &Ctx<'_, P>) -> Option<Pid> {
    crate::home_service(ORG_DIRECTORY_NAME, |nodes| key.spread() % nodes, ctx)
}

/// What an org accepts (it crosses nodes: members' Persons may run anywhere).
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum OrgMsg {
    /// A Person joins (from the Person, or forwarded by the directory).
    Join {
        /// The player.
        player: u64,
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
    },
    /// A Person leaves.
    Leave {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
    },
    /// A member's route for broadcasts (`None`: through its Person).
    Route {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
        /// The route.
        route: Option<Route>,
    },
    /// A member says `text` to the group.
    Say {
        /// The speaker.
        from: u64,
        /// What.
        text: Arc<str>,
    },
    /// A member's Person ends (or logs out): it is offline, and stays on a guild's
    /// roster.
    Offline {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
    },
    /// A member asks about its guild: answered [`GuildAnswer::Info`].
    Info {
        /// Where the answer goes.
        reply: ReplyRoute,
        /// The player asking.
        player: u64,
    },
    /// `by` sets the rank of `player` (`None`: off the roster): answered
    /// [`GuildAnswer::Done`] or [`GuildAnswer::Refused`].
    SetRank {
        /// Where the answer goes.
        reply: ReplyRoute,
        /// The player asking.
        by: u64,
        /// The member.
        player: u64,
        /// The new rank.
        rank: Option<Rank>,
    },
    /// A member moves goods to or from the bank, lending its record as the move leaves
    /// it: answered [`GuildAnswer::Banked`] once the joint transaction ended, or
    /// [`GuildAnswer::Refused`].
    Bank {
        /// Where the answer goes.
        reply: ReplyRoute,
        /// The member.
        player: u64,
        /// What moves.
        moved: BankMove,
        /// The member's record as the move leaves it.
        loan: LentRecord,
    },
}

/// A guild's answer to a member's Person.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum GuildAnswer {
    /// The guild as stored: members (player, rank, online) and bank.
    Info {
        /// The roster, with who is online.
        members: Vec<(u64, Rank, bool)>,
        /// The bank.
        bank: Bank,
    },
    /// Done.
    Done,
    /// The bank move's joint transaction ended: the member settles its loan with this.
    Banked(TradeSettlement),
    /// Refused (and, for a bank move, never committed): why.
    Refused(String),
}

hearth_net::wire_message!(GuildAnswer, "hearth.game.GuildAnswer");

/// The org's life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OrgState {
    /// No members online: stops after [`ORG_IDLE_STOP`].
    Empty,
    /// Members online.
    Active,
}

/// What an org's handlers get: its process context with its persistence.
pub type OrgCtx<'a> = Ctx<'a, DurableProcess<Org>>;

/// An org's data (the FSM's machine).
struct Members {
    key: OrgKey,
    port: Port,
    /// The members online: Person → (player, monitor).
    members: HashMap<Pid, (u64, MonitorRef)>,
    audience: Audience,
    lines: u64,
    /// A guild's stored roster and bank (a team leaves it empty).
    record: GuildRecord,
    /// The record changed in the last handler: save it (write-behind).
    changed: bool,
    /// The bank move whose joint transaction is open.
    moving: Option<OpenMove>,
    /// Bank moves waiting for it, in order (at most [`BANK_WAITING_MAX`]).
    waiting: std::collections::VecDeque<WaitingMove>,
    /// The transaction the last handler opened (done by `Org::persist`).
    transact: Option<(u64, GuildRecord, hearth_durable::Loan)>,
    next_tag: u64,
}

/// A bank move committing.
struct OpenMove {
    tag: u64,
    reply: ReplyTo<GuildAnswer>,
    bank: Bank,
}

/// A bank move waiting for the one committing.
struct WaitingMove {
    reply: ReplyTo<GuildAnswer>,
    player: u64,
    moved: BankMove,
    loan: LentRecord,
}

/// A guild or a team (see the module docs). Spawn it through [`Org::spawnable`].
pub struct Org {
    members: Members,
    fsm: Option<Fsm<OrgState, TimerRef>>,
}

impl Org {
    /// The org of `key`, without members; it broadcasts through `port`.
    pub fn new(key: OrgKey, port: Port) -> Self {
        Self {
            members: Members {
                key,
                port,
                members: HashMap::new(),
                audience: Audience::default(),
                lines: 0,
                record: GuildRecord::default(),
                changed: false,
                moving: None,
                waiting: std::collections::VecDeque::new(),
                transact: None,
                next_tag: 0,
            },
            fsm: None,
        }
    }

    /// The org of `key` ready to spawn: a guild stores through the node's store (if it
    /// has one), a team is volatile.
    pub fn spawnable(key: OrgKey, port: Port, store: &StoreSlot) -> DurableProcess<Org> {
        let store = match key.kind {
            GroupKind::Guild => store.get().cloned(),
            GroupKind::Team => None,
        };
        DurableProcess::with_store(Self::new(key, port), store)
    }
}

impl Members {
    fn is_guild(&self) -> bool {
        self.key.kind == GroupKind::Guild
    }

    fn join(&mut self, player: u64, person: Pid, ctx: &mut OrgCtx<'_>) {
        let kind = self.key.kind.to_byte();
        let group = self.key.id;
        if let Some(reason) = self.admit(player, person) {
            let refused = GameEvent::JoinRefused {
                kind,
                group,
                reason,
            };
            let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(refused));
            return;
        }
        if !self.members.contains_key(&person) {
            let monitor = ctx.monitor(person);
            self.members.insert(person, (player, monitor));
        }
        let joined = GameEvent::Joined {
            kind,
            group,
            org: ctx.me().to_bytes(),
        };
        let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(joined));
    }

    /// Why `player` cannot join, if it cannot; a guild puts it on the roster.
    fn admit(&mut self, player: u64, person: Pid) -> Option<String> {
        if self.is_guild() {
            return match self.record.admit(player) {
                Ok(added) => {
                    self.changed |= added;
                    None
                }
                Err(error) => Some(error.to_string()),
            };
        }
        let full = !self.members.contains_key(&person)
            && self.members.len() >= self.key.kind.members_max();
        full.then(|| format!("group full ({} members)", self.key.kind.members_max()))
    }

    /// A member goes offline; `quit`: it leaves the group (and a guild's roster).
    fn drop_member(&mut self, person: Pid, quit: bool, ctx: &mut OrgCtx<'_>) {
        if let Some((player, monitor)) = self.members.remove(&person) {
            ctx.demonitor(monitor, true);
            if quit && self.is_guild() {
                self.changed |= self.record.remove(player);
            }
        }
        self.audience.remove(person);
    }

    fn route(&mut self, person: Pid, route: Option<Route>) {
        if self.members.contains_key(&person) {
            self.audience.set(person, route);
        }
    }

    fn say(&mut self, from: u64, text: &str, ctx: &mut OrgCtx<'_>) {
        self.lines += 1;
        if !self.audience.is_empty() {
            let line = proto::GroupLine {
                kind: self.key.kind.to_proto(),
                group: self.key.id,
                from_player: from,
                text: text.to_owned(),
            };
            let frame = proto::broadcast_frame(proto::push::Body::GroupLine(line));
            self.audience
                .broadcast(frame, &*self.port, &mut ctx.outlet());
        }
        let audience = &self.audience;
        for &person in self.members.keys().filter(|&&p| !audience.is_routed(p)) {
            let line = GameEvent::GroupLine {
                kind: self.key.kind.to_byte(),
                group: self.key.id,
                from,
                text: text.to_owned(),
            };
            // A member whose mailbox is full misses the line (the org never blocks).
            let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(line));
        }
    }

    fn info(&self, player: u64) -> GuildAnswer {
        if !self.is_guild() {
            return GuildAnswer::Refused("a team keeps no roster".into());
        }
        if self.record.rank_of(player).is_none() {
            return GuildAnswer::Refused(guild::GuildError::NotMember(player).to_string());
        }
        let online: hashbrown::HashSet<u64> =
            self.members.values().map(|&(player, _)| player).collect();
        GuildAnswer::Info {
            members: self
                .record
                .members
                .iter()
                .map(|m| (m.player, m.rank, online.contains(&m.player)))
                .collect(),
            bank: self.record.bank.clone(),
        }
    }

    fn set_rank(
        &mut self,
        by: u64,
        player: u64,
        rank: Option<Rank>,
        ctx: &mut OrgCtx<'_>,
    ) -> GuildAnswer {
        if !self.is_guild() {
            return GuildAnswer::Refused("a team has no ranks".into());
        }
        match self.record.set_rank(by, player, rank) {
            Ok(()) => {
                self.changed = true;
                if rank.is_none() {
                    self.tell_removed(player, by, ctx);
                }
                GuildAnswer::Done
            }
            Err(error) => GuildAnswer::Refused(error.to_string()),
        }
    }

    /// `player`, taken off the roster by `by`, is told if it is online, and is no longer.
    fn tell_removed(&mut self, player: u64, by: u64, ctx: &mut OrgCtx<'_>) {
        let Some(person) = self
            .members
            .iter()
            .find(|(_, (member, _))| *member == player)
            .map(|(person, _)| *person)
        else {
            return;
        };
        let removed = GameEvent::Removed {
            kind: self.key.kind.to_byte(),
            group: self.key.id,
            reason: format!("removed from the guild by player {by}"),
        };
        let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(removed));
        self.drop_member(person, false, ctx);
    }

    /// A bank move: started now, or queued behind the one committing.
    fn bank(&mut self, waiting: WaitingMove, ctx: &mut OrgCtx<'_>) {
        if !self.is_guild() {
            let refused = GuildAnswer::Refused("a team has no bank".into());
            return ctx.reply(waiting.reply, refused);
        }
        if self.moving.is_none() {
            return self.start_move(waiting, ctx);
        }
        if self.waiting.len() >= BANK_WAITING_MAX {
            let why = format!("the guild bank is busy ({BANK_WAITING_MAX} moves waiting)");
            return ctx.reply(waiting.reply, GuildAnswer::Refused(why));
        }
        self.waiting.push_back(waiting);
    }

    /// Opens the joint transaction of a bank move: the guild's record with the bank as
    /// the move leaves it, and the member's lent record.
    fn start_move(&mut self, waiting: WaitingMove, ctx: &mut OrgCtx<'_>) {
        let WaitingMove {
            reply,
            player,
            moved,
            loan,
        } = waiting;
        let bank = match self.record.bank_after(player, &moved) {
            Ok(bank) => bank,
            Err(error) => return ctx.reply(reply, GuildAnswer::Refused(error.to_string())),
        };
        self.next_tag += 1;
        let tag = self.next_tag;
        let after = GuildRecord {
            members: self.record.members.clone(),
            bank: bank.clone(),
        };
        self.transact = Some((tag, after, loan.into_loan()));
        self.moving = Some(OpenMove { tag, reply, bank });
    }

    /// The bank move `tag` ended: apply it if committed, answer the member, start the
    /// next one.
    fn move_ended(&mut self, tag: u64, outcome: Settled, ctx: &mut OrgCtx<'_>) {
        let Some(open) = self.moving.take_if(|open| open.tag == tag) else {
            return;
        };
        let answer = match outcome {
            Settled::Committed { versions } => {
                self.record.bank = open.bank;
                GuildAnswer::Banked(
                    versions
                        .first()
                        .map_or(TradeSettlement::Unknown, |&(_, version)| {
                            TradeSettlement::Committed { version }
                        }),
                )
            }
            Settled::NotCommitted(why) => GuildAnswer::Refused(why),
            Settled::Reloaded { committed: true } => GuildAnswer::Banked(TradeSettlement::Unknown),
            Settled::Reloaded { committed: false } => {
                GuildAnswer::Banked(TradeSettlement::NotCommitted)
            }
        };
        ctx.reply(open.reply, answer);
        while self.moving.is_none()
            && let Some(next) = self.waiting.pop_front()
        {
            self.start_move(next, ctx);
        }
    }

    fn on_guild(&mut self, message: OrgMsg, ctx: &mut OrgCtx<'_>) {
        let now = ctx.now_ns();
        let reply_to = |route: ReplyRoute| ReplyTo::<GuildAnswer>::from_wire(route.into(), now);
        match message {
            OrgMsg::Info { reply, player } => ctx.reply(reply_to(reply), self.info(player)),
            OrgMsg::SetRank {
                reply,
                by,
                player,
                rank,
            } => {
                let answer = self.set_rank(by, player, rank, ctx);
                ctx.reply(reply_to(reply), answer);
            }
            OrgMsg::Bank {
                reply,
                player,
                moved,
                loan,
            } => {
                let waiting = WaitingMove {
                    reply: reply_to(reply),
                    player,
                    moved,
                    loan,
                };
                self.bank(waiting, ctx);
            }
            _ => {}
        }
    }
}

impl<'a> Machine<OrgCtx<'a>> for Members {
    type State = OrgState;
    type Key = OrgState;
    type Event = OrgMsg;

    fn key(state: &OrgState) -> OrgState {
        *state
    }

    fn parent(_: OrgState) -> Option<OrgState> {
        None
    }

    fn ancestor(key: OrgState) -> OrgState {
        key
    }

    fn handle(
        &mut self,
        state: &mut OrgState,
        event: OrgMsg,
        ctx: &mut OrgCtx<'a>,
    ) -> Outcome<OrgState, OrgMsg> {
        match event {
            OrgMsg::Join { player, person } => self.join(player, person, ctx),
            OrgMsg::Leave { person } => self.drop_member(person, true, ctx),
            OrgMsg::Offline { person } => self.drop_member(person, false, ctx),
            OrgMsg::Say { from, text } => self.say(from, &text, ctx),
            OrgMsg::Route { person, route } => self.route(person, route),
            message => self.on_guild(message, ctx),
        }
        match (*state, self.members.is_empty()) {
            (OrgState::Empty, false) => Outcome::Goto(OrgState::Active),
            (OrgState::Active, true) => Outcome::Goto(OrgState::Empty),
            _ => Outcome::Handled,
        }
    }

    fn state_timeout(&self, state: &OrgState) -> Option<Duration> {
        (*state == OrgState::Empty).then_some(ORG_IDLE_STOP)
    }

    fn timed_out(&mut self, _: &mut OrgState, ctx: &mut OrgCtx<'a>) -> Option<OrgState> {
        ctx.stop(ExitReason::Normal);
        None
    }
}

impl Org {
    fn with_fsm(
        &mut self,
        ctx: &mut OrgCtx<'_>,
        f: impl FnOnce(&mut Fsm<OrgState, TimerRef>, &mut Members, &mut OrgCtx<'_>),
    ) {
        if let Some(mut fsm) = self.fsm.take() {
            f(&mut fsm, &mut self.members, ctx);
            self.fsm = Some(fsm);
        }
    }

    /// Tells the store what the last handler changed, and opens a bank move's
    /// transaction.
    fn persist(&mut self, cx: &mut DurableCtx<'_, '_, Self>) {
        if std::mem::take(&mut self.members.changed) {
            cx.changed();
        }
        let Some((tag, after, loan)) = self.members.transact.take() else {
            return;
        };
        if let Err(error) = cx.transact(tag, &after, vec![loan]) {
            let ctx: &mut OrgCtx<'_> = cx;
            self.members
                .move_ended(tag, Settled::NotCommitted(error.to_string()), ctx);
            self.persist(cx);
        }
    }
}

impl Durable for Org {
    type Msg = OrgMsg;
    type State = GuildRecord;

    fn status(&self, status: &mut hearth_engine::Status) {
        let members = &self.members;
        status.field(
            "group",
            format_args!("{:?} {}", members.key.kind, members.key.id),
        );
        if let Some(fsm) = &self.fsm {
            let path = fsm.path::<Members, OrgCtx<'_>>();
            status.field("fsm", format_args!("{path:?}"));
        }
        status.field("online", members.members.len());
        status.field("roster", members.record.members.len());
        status.field("lines", members.lines);
        status.field("bank_moves_waiting", members.waiting.len());
    }

    fn key(&self) -> hearth_store::Key {
        let kind = match self.members.key.kind {
            GroupKind::Guild => guild::GUILD_KIND,
            GroupKind::Team => "team",
        };
        hearth_store::Key::new(kind, self.members.key.id)
    }

    fn fresh(&self) -> GuildRecord {
        GuildRecord::default()
    }

    fn state(&self) -> &GuildRecord {
        &self.members.record
    }

    /// A second org of the group (a restart racing a start) ends `normal` here, before
    /// its claim could fence the one that runs.
    fn before_claim(&mut self, ctx: &mut OrgCtx<'_>) -> Result<(), ExitReason> {
        crate::host::register_hosted(&org_name(self.members.key), ctx)
    }

    fn start(
        &mut self,
        record: GuildRecord,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) -> Result<(), ExitReason> {
        self.members.record = record;
        let ctx: &mut OrgCtx<'_> = cx;
        self.fsm = Some(Fsm::start(&mut self.members, OrgState::Empty, ctx));
        let started = DirectoryMsg::Started {
            key: self.members.key,
            org: ctx.me(),
        };
        if ctx.send_named(ORG_DIRECTORY_NAME, started).is_err() {
            return Err(ExitReason::Custom("no org directory on this node".into()));
        }
        Ok(())
    }

    fn handle(&mut self, message: OrgMsg, cx: &mut DurableCtx<'_, '_, Self>) {
        self.with_fsm(cx, |fsm, members, ctx| {
            fsm.dispatch(members, message, ctx);
        });
        self.persist(cx);
    }

    fn handle_system(&mut self, message: SystemMsg, cx: &mut DurableCtx<'_, '_, Self>) {
        match message {
            SystemMsg::Down { pid, .. } => {
                self.handle(OrgMsg::Offline { person: pid }, cx);
            }
            SystemMsg::Timer { tag, .. } => self.with_fsm(cx, |fsm, members, ctx| {
                fsm.on_timer(members, tag, ctx);
            }),
            SystemMsg::Exit { from, reason } if from.is_shard() || Some(from) == cx.parent() => {
                cx.stop(reason);
            }
            _ => {}
        }
    }

    fn settled(&mut self, tag: u64, outcome: Settled, cx: &mut DurableCtx<'_, '_, Self>) {
        let ctx: &mut OrgCtx<'_> = cx;
        self.members.move_ended(tag, outcome, ctx);
        self.persist(cx);
    }

    /// After a bank move in doubt: the stored roster and bank are the truth (roster
    /// changes since the last save are gone; members online stay online).
    fn reload(&mut self, record: GuildRecord, _cx: &mut DurableCtx<'_, '_, Self>) {
        self.members.record = record;
    }
}
