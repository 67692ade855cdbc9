//! The org directory: finds or starts the org of a group (see the contract in `mod.rs`).

use super::*;

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
    store: StoreSlot,
    orgs: HashMap<OrgKey, Entry>,
    supervisor: Option<Pid>,
    by_pid: HashMap<Pid, OrgKey>,
    starting: HashMap<hearth_engine::RequestId, OrgKey>,
    waits: HashMap<TimerRef, OrgKey>,
}

impl OrgDirectory {
    /// A directory (it registers itself and starts its supervisor in `init`); the orgs
    /// it starts broadcast through `port`, and guilds store through `store`.
    pub fn new(port: Port, store: StoreSlot) -> Self {
        Self {
            port,
            store,
            orgs: HashMap::new(),
            supervisor: None,
            by_pid: HashMap::new(),
            starting: HashMap::new(),
            waits: HashMap::new(),
        }
    }

    fn orgs_supervisor(port: Port, store: StoreSlot) -> Supervisor {
        let template = ChildSpec::new("org", |_| {
            unreachable!("a dynamic supervisor starts its children from the template")
        })
        .restart(Restart::Transient);
        let spec = SupervisorSpec::dynamic(template, move |starter, args| {
            let key = *args
                .downcast_ref::<OrgKey>()
                .expect("orgs start from an OrgKey");
            let org = Org::spawnable(key, Arc::clone(&port), &store);
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

    /// Drawn as a node of the supervision tree: the orgs run under its supervisor.
    fn status(&self, status: &mut hearth_engine::Status) {
        status.supervisor();
        status.field("orgs", self.orgs.len());
        status.field("starting", self.starting.len());
        status.child("supervisor", self.supervisor);
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        crate::register_service(ORG_DIRECTORY_NAME, ctx)
            .map_err(|error| ExitReason::Custom(format!("{ORG_DIRECTORY_NAME}: {error}").into()))?;
        ctx.trap_exit(true);
        let supervisor = ctx
            .spawn_link(Self::orgs_supervisor(
                Arc::clone(&self.port),
                Arc::clone(&self.store),
            ))
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
