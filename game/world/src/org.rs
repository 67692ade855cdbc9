//! Org processes: the social groups (guilds, teams) that broadcast to their members.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a Person joins group (kind, id) | it sends the join to the org by its cluster-wide name ([`org_name`]); if the org runs nowhere, to the [`OrgDirectory`] of the group's home node ([`home_directory`]), which starts the org (through its `orgs` supervisor) and forwards the join |
//! | the org takes the join | it monitors the Person and answers [`GameEvent::Joined`] with its pid; a full group answers [`GameEvent::JoinRefused`] |
//! | a member says something | the org encodes the line once and sends it to every member, the speaker included, in the order said: one fan-out message per hub for members with a route ([`crate::audience`]), one [`GameEvent::GroupLine`] per member without |
//! | a member's route changes (attach, detach) | its Person says so ([`OrgMsg::Route`]) |
//! | a member ends | the org's monitor drops it |
//! | the org is empty for [`ORG_IDLE_STOP`] | it stops (`normal`); the directory forgets it |
//! | the org crashes | the `orgs` supervisor restarts it empty; members see `DOWN` and join again |
//! | the restart does not come within [`ORG_RESTART_WAIT`] | the directory fails the joins waiting for it; the next join starts the org anew |
//!
//! One org per group in the whole cluster, whichever App node its members' Persons run
//! on (see [`crate::names`] for the rules and what happens when two nodes start one anyway).
//!
//! The org's own life is an FSM tree (`Empty` with its idle timeout, `Active`).

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use std::sync::Arc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::fsm::{Fsm, Machine, Outcome};
use hearth_engine::{
    Addr, CallError, ChildSpec, Ctx, ExitReason, MonitorRef, Pid, Placement, Process, Reply,
    Restart, SpawnError, Supervisor, SupervisorMsg, SupervisorSpec, SystemMsg, TimerRef, WireError,
    WireMessage,
};
use hearth_net::codec::PidBytes;
use rkyv::{Archive, Deserialize, Serialize};

use hearth_protocol as proto;

use crate::GameEvent;
use crate::audience::Audience;
use crate::port::Port;
use crate::wire::{PersonMsg, Route};

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
}

/// The org's life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OrgState {
    /// No members: stops after [`ORG_IDLE_STOP`].
    Empty,
    /// Members.
    Active,
}

/// An org's data (the FSM's machine).
struct Members {
    key: OrgKey,
    port: Port,
    members: HashMap<Pid, (u64, MonitorRef)>,
    audience: Audience,
    lines: u64,
}

/// A guild or a team (see the module docs).
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
            },
            fsm: None,
        }
    }
}

impl Members {
    fn join(&mut self, player: u64, person: Pid, ctx: &mut Ctx<'_, Org>) {
        let kind = self.key.kind.to_byte();
        let group = self.key.id;
        if !self.members.contains_key(&person) && self.members.len() >= self.key.kind.members_max()
        {
            let refused = GameEvent::JoinRefused {
                kind,
                group,
                reason: format!("group full ({} members)", self.key.kind.members_max()),
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

    fn leave(&mut self, person: Pid, ctx: &mut Ctx<'_, Org>) {
        if let Some((_, monitor)) = self.members.remove(&person) {
            ctx.demonitor(monitor, true);
        }
        self.audience.remove(person);
    }

    fn route(&mut self, person: Pid, route: Option<Route>) {
        if self.members.contains_key(&person) {
            self.audience.set(person, route);
        }
    }

    fn say(&mut self, from: u64, text: &str, ctx: &mut Ctx<'_, Org>) {
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
}

impl<'a> Machine<Ctx<'a, Org>> for Members {
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
        ctx: &mut Ctx<'a, Org>,
    ) -> Outcome<OrgState, OrgMsg> {
        match event {
            OrgMsg::Join { player, person } => self.join(player, person, ctx),
            OrgMsg::Leave { person } => self.leave(person, ctx),
            OrgMsg::Say { from, text } => self.say(from, &text, ctx),
            OrgMsg::Route { person, route } => self.route(person, route),
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

    fn timed_out(&mut self, _: &mut OrgState, ctx: &mut Ctx<'a, Org>) -> Option<OrgState> {
        ctx.stop(ExitReason::Normal);
        None
    }
}

impl Org {
    fn with_fsm(
        &mut self,
        ctx: &mut Ctx<'_, Self>,
        f: impl FnOnce(&mut Fsm<OrgState, TimerRef>, &mut Members, &mut Ctx<'_, Self>),
    ) {
        if let Some(mut fsm) = self.fsm.take() {
            f(&mut fsm, &mut self.members, ctx);
            self.fsm = Some(fsm);
        }
    }
}

impl Process for Org {
    type Msg = OrgMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        // A second org of the group (a restart racing a start) ends `normal` at once.
        crate::host::register_hosted(&org_name(self.members.key), ctx)?;
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

    fn handle(&mut self, message: OrgMsg, ctx: &mut Ctx<'_, Self>) {
        self.with_fsm(ctx, |fsm, members, ctx| {
            fsm.dispatch(members, message, ctx);
        });
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Down { pid, .. } => self.handle(OrgMsg::Leave { person: pid }, ctx),
            SystemMsg::Timer { tag, .. } => self.with_fsm(ctx, |fsm, members, ctx| {
                fsm.on_timer(members, tag, ctx);
            }),
            SystemMsg::Exit { from, reason } if from.is_shard() || Some(from) == ctx.parent() => {
                ctx.stop(reason);
            }
            _ => {}
        }
    }
}

// ----- the directory -----------------------------------------------------------------

/// A Person's join of a group, sent to the group's home directory.
#[derive(Archive, Serialize, Deserialize, Debug)]
pub struct OrgJoin {
    /// The group.
    pub key: OrgKey,
    /// The player.
    pub player: u64,
    /// Its Person.
    #[rkyv(with = PidBytes)]
    pub person: Pid,
}

/// What the org directory accepts.
#[derive(Debug)]
pub enum DirectoryMsg {
    /// A Person joins a group (the directory starts the org if needed; may come from
    /// another node).
    Join(OrgJoin),
    /// An org (re)started and is ready for members (local only).
    Started {
        /// Its group.
        key: OrgKey,
        /// Its pid.
        org: Pid,
    },
    /// The `orgs` supervisor answered a start (local only).
    StartAnswer(Reply<Result<Pid, SpawnError>>),
}

hearth_net::wire_message!(OrgMsg, "hearth.game.OrgMsg");

impl WireMessage for DirectoryMsg {
    const NAME: &'static str = "hearth.game.DirectoryMsg";

    fn encode(&self, out: &mut Vec<u8>) -> Result<(), WireError> {
        match self {
            Self::Join(join) => hearth_net::codec::encode(join, out),
            Self::Started { .. } => Err(WireError::LocalOnly("an org's start notice")),
            Self::StartAnswer(_) => Err(WireError::LocalOnly("a start answer")),
        }
    }

    fn decode(bytes: &[u8]) -> Result<Self, WireError> {
        hearth_net::codec::decode::<OrgJoin>(bytes).map(Self::Join)
    }
}

impl From<Reply<Result<Pid, SpawnError>>> for DirectoryMsg {
    fn from(reply: Reply<Result<Pid, SpawnError>>) -> Self {
        Self::StartAnswer(reply)
    }
}

/// Where an org stands in the directory.
enum Entry {
    /// Running: joins go straight to it.
    Running(Pid),
    /// Starting or restarting: joins wait (bounded), until `deadline`.
    Waiting {
        joins: Vec<(u64, Pid)>,
        timer: Option<TimerRef>,
    },
}

/// The node's org directory: finds or starts the org of a group (see the module docs).
/// It starts the `orgs` supervisor as its linked child, so the tree is
/// `world → directory → orgs → org*`.
pub struct OrgDirectory {
    port: Port,
    orgs: HashMap<OrgKey, Entry>,
    supervisor: Option<Pid>,
    by_pid: HashMap<Pid, OrgKey>,
    starting: HashMap<hearth_engine::RequestId, OrgKey>,
    waits: HashMap<TimerRef, OrgKey>,
}

impl OrgDirectory {
    /// A directory (it registers itself and starts its supervisor in `init`); the orgs
    /// it starts broadcast through `port`.
    pub fn new(port: Port) -> Self {
        Self {
            port,
            orgs: HashMap::new(),
            supervisor: None,
            by_pid: HashMap::new(),
            starting: HashMap::new(),
            waits: HashMap::new(),
        }
    }

    fn orgs_supervisor(port: Port) -> Supervisor {
        let template = ChildSpec::new("org", |_| {
            unreachable!("a dynamic supervisor starts its children from the template")
        })
        .restart(Restart::Transient);
        let spec = SupervisorSpec::dynamic(template, move |starter, args| {
            let key = *args
                .downcast_ref::<OrgKey>()
                .expect("orgs start from an OrgKey");
            let org = Org::new(key, Arc::clone(&port));
            starter.spawn_link_on(org, Placement::Balanced)
        })
        .intensity(ORG_RESTARTS_MAX, ORG_RESTART_PERIOD);
        Supervisor::new(spec)
    }

    fn join(&mut self, key: OrgKey, player: u64, person: Pid, ctx: &mut Ctx<'_, Self>) {
        let full = self.orgs.len() >= ORGS_PER_NODE_MAX;
        match self.orgs.get_mut(&key) {
            Some(Entry::Running(org)) => {
                let _ = ctx.send(Addr::from_pid(*org), OrgMsg::Join { player, person });
            }
            Some(Entry::Waiting { joins, .. }) if joins.len() < ORG_PENDING_JOINS_MAX => {
                joins.push((player, person));
            }
            Some(Entry::Waiting { .. }) => refuse(key, person, "group busy starting", ctx),
            None if full => {
                refuse(key, person, "too many groups on this node", ctx);
            }
            None => self.start(key, vec![(player, person)], ctx),
        }
    }

    fn start(&mut self, key: OrgKey, joins: Vec<(u64, Pid)>, ctx: &mut Ctx<'_, Self>) {
        let Some(supervisor) = self.supervisor else {
            return joins
                .iter()
                .for_each(|(_, person)| refuse(key, *person, "no orgs supervisor", ctx));
        };
        let build = |reply| SupervisorMsg::StartChild {
            args: Arc::new(key),
            reply: Some(reply),
        };
        match ctx.notify(Addr::from_pid(supervisor), build, ORG_START_TIMEOUT) {
            Ok(request) => {
                self.starting.insert(request, key);
                self.orgs.insert(key, Entry::Waiting { joins, timer: None });
            }
            Err(error) => {
                let why = start_error(&error);
                joins
                    .iter()
                    .for_each(|(_, person)| refuse(key, *person, &why, ctx));
            }
        }
    }

    fn started(&mut self, key: OrgKey, org: Pid, ctx: &mut Ctx<'_, Self>) {
        if matches!(self.orgs.get(&key), Some(Entry::Running(running)) if *running == org) {
            return;
        }
        ctx.monitor(org);
        self.by_pid.insert(org, key);
        let previous = self.orgs.insert(key, Entry::Running(org));
        if let Some(Entry::Waiting { joins, timer }) = previous {
            if let Some(timer) = timer {
                self.waits.remove(&timer);
                ctx.cancel_timer(timer);
            }
            for (player, person) in joins {
                let _ = ctx.send(Addr::from_pid(org), OrgMsg::Join { player, person });
            }
        }
    }

    fn start_answer(&mut self, reply: Reply<Result<Pid, SpawnError>>, ctx: &mut Ctx<'_, Self>) {
        let Some(key) = self.starting.remove(&reply.request) else {
            return;
        };
        match reply.value {
            // The pid is enough to forward the joins (messages queue behind its spawn);
            // its `Started`, if it arrives, changes nothing.
            Ok(org) if matches!(self.orgs.get(&key), Some(Entry::Waiting { .. })) => {
                self.started(key, org, ctx);
            }
            Ok(_) => {}
            Err(error) => self.fail_waiting(key, &error.to_string(), ctx),
        }
    }

    fn org_down(&mut self, org: Pid, reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        let Some(key) = self.by_pid.remove(&org) else {
            return;
        };
        if !matches!(self.orgs.get(&key), Some(Entry::Running(pid)) if *pid == org) {
            return; // its restart announced itself first
        }
        if matches!(reason, ExitReason::Normal | ExitReason::Shutdown) {
            self.orgs.remove(&key);
            return;
        }
        // The supervisor restarts it: hold joins until it says it is back.
        let timer = ctx.start_timer(ORG_RESTART_WAIT, 0).ok();
        if let Some(timer) = timer {
            self.waits.insert(timer, key);
        }
        self.orgs.insert(
            key,
            Entry::Waiting {
                joins: Vec::new(),
                timer,
            },
        );
    }

    fn fail_waiting(&mut self, key: OrgKey, why: &str, ctx: &mut Ctx<'_, Self>) {
        if let Some(Entry::Waiting { joins, .. }) = self.orgs.remove(&key) {
            joins
                .iter()
                .for_each(|(_, person)| refuse(key, *person, why, ctx));
        }
    }
}

fn start_error(error: &CallError) -> String {
    format!("cannot start the group: {error}")
}

fn refuse(key: OrgKey, person: Pid, reason: &str, ctx: &mut Ctx<'_, OrgDirectory>) {
    let refused = GameEvent::JoinRefused {
        kind: key.kind.to_byte(),
        group: key.id,
        reason: reason.to_owned(),
    };
    let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(refused));
}

impl Process for OrgDirectory {
    type Msg = DirectoryMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        crate::register_service(ORG_DIRECTORY_NAME, ctx)
            .map_err(|error| ExitReason::Custom(format!("{ORG_DIRECTORY_NAME}: {error}").into()))?;
        ctx.trap_exit(true);
        let supervisor = ctx
            .spawn_link(Self::orgs_supervisor(Arc::clone(&self.port)))
            .map_err(|error| ExitReason::Custom(format!("orgs supervisor: {error}").into()))?;
        self.supervisor = Some(supervisor.pid());
        Ok(())
    }

    fn handle(&mut self, message: DirectoryMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            DirectoryMsg::Join(OrgJoin {
                key,
                player,
                person,
            }) => self.join(key, player, person, ctx),
            DirectoryMsg::Started { key, org } => self.started(key, org, ctx),
            DirectoryMsg::StartAnswer(reply) => self.start_answer(reply, ctx),
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Down { pid, reason, .. } => self.org_down(pid, &reason, ctx),
            SystemMsg::Timeout { request } => {
                if let Some(key) = self.starting.remove(&request) {
                    self.fail_waiting(key, "the group did not start in time", ctx);
                }
            }
            SystemMsg::Timer { timer, .. } => {
                if let Some(key) = self.waits.remove(&timer) {
                    self.fail_waiting(key, "the group did not come back in time", ctx);
                }
            }
            // The orgs supervisor gave up, or the parent stops us: end (our supervisor
            // restarts us with a fresh orgs supervisor).
            SystemMsg::Exit { reason, .. } => ctx.stop(reason),
            _ => {}
        }
    }
}
