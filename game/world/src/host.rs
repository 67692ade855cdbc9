//! On-demand hosts: the node service that finds a keyed world process (a battle, a map
//! cell) by its cluster-wide name, or starts it under its own dynamic supervisor and
//! hands it what was sent meanwhile. A key that runs nowhere is sent to its home node's
//! host ([`crate::home_service`]); each host starts processes on its own node only.
//!
//! # Contract
//!
//! | event | what the host does |
//! |---|---|
//! | `Deliver { key, create, message }`, the process runs | forwards `message` to it (found by name anywhere in the cluster, or by the pid of a start not yet registered: a process started on another shard registers in its `init`, after the supervisor has answered) |
//! | it does not run, a start is under way | queues `message` (at most [`HOST_PENDING_MAX`] per key, past it refused) |
//! | it does not run, `create` | asks its supervisor to start it ([`Hosted::new`]) and queues `message` |
//! | it does not run, no `create` | looks again after [`HOST_NAME_GRACE`] (its name, registered on another node, may not have reached this one yet: a player joining a battle just opened elsewhere asks that soon); then forwards it, or refuses `message` ([`Hosted::refuse`]) |
//! | the start succeeded | forwards the queue, in order, to the new pid |
//! | the start failed or took longer than [`HOST_START_TIMEOUT`] | refuses the queue |
//! | its supervisor gives up (restart intensity) | the host stops with that reason, so the world supervisor restarts both |
//! | a second process of a key starts anyway (a restart racing a start) | it finds its name taken and ends `normal` at once ([`register_hosted`]): never restarted, no restart loop |
//!
//! The tree is `world → host → supervisor (simple_one_for_one) → hosted*`; the children's
//! restart type is [`Hosted::RESTART`].

use std::hash::Hash;
use std::sync::Arc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::{
    Addr, ChildSpec, Ctx, ExitReason, NameError, Pid, Placement, Process, Reply, RequestId,
    Restart, SpawnError, Supervisor, SupervisorMsg, SupervisorSpec, SystemMsg,
};
use rkyv::{Archive, Deserialize, Serialize};

use crate::port::Port;
use crate::tree::World;

/// Messages one host holds for one key while its process starts.
pub const HOST_PENDING_MAX: usize = 4096;
/// How long a host waits for a key's cluster-wide name before it says the key's process
/// runs nowhere. A process started on another node registers its name there; the name
/// reaches this node a network round trip later. Seen: a player joining, from another
/// App node, a battle opened a moment before was told "no … runs" (once, in a CI run).
pub const HOST_NAME_GRACE: Duration = Duration::from_millis(250);
/// The timer tag of the name grace.
const NAME_GRACE: u64 = 1;

/// How long a host waits for its supervisor to start a process.
pub const HOST_START_TIMEOUT: Duration = Duration::from_secs(5);
/// Restarts a host's supervisor allows ...
const HOST_RESTARTS_MAX: u32 = 1000;
/// ... within this period.
const HOST_RESTART_PERIOD: Duration = Duration::from_secs(10);

/// A world process started on demand by key.
pub trait Hosted: Process + Send {
    /// What names one (a battle id, a cell id).
    type Key: Copy + Eq + Hash + Send + Sync + std::fmt::Debug + 'static;
    /// The host's registered name.
    const HOST_NAME: &'static str;
    /// Restart type of the hosted processes.
    const RESTART: Restart;

    /// A fresh process for `key` (it registers [`Hosted::name`] in its `init`); `port`
    /// reaches players' connections, for those that broadcast; `world` holds the node's
    /// live settings and scripts.
    fn new(key: Self::Key, port: Port, world: &World) -> Self;

    /// The cluster-wide name the process of `key` registers.
    fn name(key: Self::Key) -> String;

    /// Answers a message that cannot be delivered, saying why (or drops it).
    fn refuse<P: Process>(message: Self::Msg, why: &str, ctx: &mut Ctx<'_, P>);
}

/// A message for the process of `key` (what a host is asked to deliver).
#[derive(Archive, Serialize, Deserialize, Debug)]
pub struct Delivery<K, M> {
    /// Which process.
    pub key: K,
    /// Start it if it does not run.
    pub create: bool,
    /// What to hand it.
    pub message: M,
}

/// What a host accepts.
pub enum HostMsg<H: Hosted> {
    /// Hand a message to the process of a key, starting it first if asked (may come from
    /// another node).
    Deliver(Delivery<H::Key, H::Msg>),
    /// The supervisor answered a start (local only).
    Started(Reply<Result<Pid, SpawnError>>),
}

impl<H: Hosted> HostMsg<H> {
    /// Hand `message` to the process of `key`, starting it first if `create`.
    pub fn deliver(key: H::Key, create: bool, message: H::Msg) -> Self {
        Self::Deliver(Delivery {
            key,
            create,
            message,
        })
    }
}

impl<H: Hosted> From<Reply<Result<Pid, SpawnError>>> for HostMsg<H> {
    fn from(reply: Reply<Result<Pid, SpawnError>>) -> Self {
        Self::Started(reply)
    }
}

/// Registers a hosted process's `name` in its `init`. A name already taken means
/// another process of the same key runs (a restart racing a start): this one ends
/// `normal` at once, so its supervisor does not restart it (a transient restart would
/// find the name taken again, in a loop until the restart intensity gives up).
///
/// # Errors
/// The reason the process ends with.
pub fn register_hosted<P: Process>(name: &str, ctx: &mut Ctx<'_, P>) -> Result<(), ExitReason> {
    match crate::register_name(name, ctx) {
        Ok(()) => Ok(()),
        Err(NameError::Taken(other)) => {
            tracing::debug!(%name, %other, "a second process of this key; ending");
            Err(ExitReason::Normal)
        }
        Err(error) => Err(ExitReason::custom(format!("{name}: {error}"))),
    }
}

/// The host of one kind of hosted process (see the module docs).
pub struct Host<H: Hosted> {
    port: Port,
    world: World,
    starting: HashMap<H::Key, Vec<H::Msg>>,
    requests: HashMap<RequestId, H::Key>,
    /// Processes this host started, until they end (a start is answered before the
    /// process has registered its name on its own shard).
    started: HashMap<H::Key, Pid>,
    keys: HashMap<Pid, H::Key>,
    supervisor: Option<Pid>,
    /// Messages for keys not found, waiting out [`HOST_NAME_GRACE`] (at most
    /// [`HOST_PENDING_MAX`], past it refused at once).
    awaiting_name: Vec<(H::Key, H::Msg)>,
}

impl<H: Hosted> Host<H> {
    /// A host whose processes reach players' connections through `port` and follow the
    /// node's `world` settings and scripts (it registers itself and starts its
    /// supervisor in `init`).
    pub fn new(port: Port, world: World) -> Self {
        Self {
            port,
            world,
            starting: HashMap::new(),
            requests: HashMap::new(),
            started: HashMap::new(),
            keys: HashMap::new(),
            supervisor: None,
            awaiting_name: Vec::new(),
        }
    }

    fn supervisor(port: Port, world: World) -> Supervisor {
        let template = ChildSpec::new(H::HOST_NAME, |_| {
            unreachable!("a dynamic supervisor starts its children from the template")
        })
        .restart(H::RESTART);
        let spec = SupervisorSpec::dynamic(template, move |starter, args| {
            let key = *args
                .downcast_ref::<H::Key>()
                .expect("hosted processes start from their key");
            starter.spawn_link_on(H::new(key, Arc::clone(&port), &world), Placement::Balanced)
        })
        .intensity(HOST_RESTARTS_MAX, HOST_RESTART_PERIOD);
        Supervisor::new(spec)
    }

    /// The running process of `key`: by name, else one this host started.
    fn running(&self, key: H::Key, ctx: &Ctx<'_, Self>) -> Option<Pid> {
        crate::whereis_name(&H::name(key), ctx).or_else(|| self.started.get(&key).copied())
    }

    fn deliver(&mut self, key: H::Key, create: bool, message: H::Msg, ctx: &mut Ctx<'_, Self>) {
        if let Some(pid) = self.running(key, ctx) {
            // A process whose mailbox is full loses it, as any send (callers time out).
            let _ = ctx.send(Addr::from_pid(pid), message);
        } else if let Some(waiting) = self.starting.get_mut(&key) {
            if waiting.len() < HOST_PENDING_MAX {
                waiting.push(message);
            } else {
                H::refuse(message, "busy starting", ctx);
            }
        } else if create {
            self.start(key, message, ctx);
        } else {
            self.await_name(key, message, ctx);
        }
    }

    /// Holds `message` for [`HOST_NAME_GRACE`]: one timer for all that wait.
    fn await_name(&mut self, key: H::Key, message: H::Msg, ctx: &mut Ctx<'_, Self>) {
        if self.awaiting_name.len() >= HOST_PENDING_MAX {
            return H::refuse(message, &format!("no {key:?} runs"), ctx);
        }
        if self.awaiting_name.is_empty() && ctx.start_timer(HOST_NAME_GRACE, NAME_GRACE).is_err() {
            return H::refuse(message, &format!("no {key:?} runs"), ctx);
        }
        self.awaiting_name.push((key, message));
    }

    /// The grace is over: each waiting message goes to its process if its name is known
    /// now, else it is refused.
    fn name_grace_over(&mut self, ctx: &mut Ctx<'_, Self>) {
        for (key, message) in std::mem::take(&mut self.awaiting_name) {
            match self.running(key, ctx) {
                Some(pid) => {
                    let _ = ctx.send(Addr::from_pid(pid), message);
                }
                None => H::refuse(message, &format!("no {key:?} runs"), ctx),
            }
        }
    }

    fn start(&mut self, key: H::Key, message: H::Msg, ctx: &mut Ctx<'_, Self>) {
        let Some(supervisor) = self.supervisor else {
            return H::refuse(message, "no supervisor", ctx);
        };
        let build = |reply| SupervisorMsg::StartChild {
            args: Arc::new(key),
            reply: Some(reply),
        };
        match ctx.notify(Addr::from_pid(supervisor), build, HOST_START_TIMEOUT) {
            Ok(request) => {
                self.requests.insert(request, key);
                self.starting.insert(key, vec![message]);
            }
            Err(error) => H::refuse(message, &format!("cannot start: {error}"), ctx),
        }
    }

    fn started(
        &mut self,
        request: RequestId,
        result: Result<Pid, String>,
        ctx: &mut Ctx<'_, Self>,
    ) {
        let Some(key) = self.requests.remove(&request) else {
            return;
        };
        let waiting = self.starting.remove(&key).unwrap_or_default();
        match result {
            Ok(pid) => {
                // A duplicate start ends at once; the messages go to the one that runs.
                let to = crate::whereis_name(&H::name(key), ctx).unwrap_or(pid);
                if to == pid {
                    ctx.monitor(pid);
                    self.started.insert(key, pid);
                    self.keys.insert(pid, key);
                }
                for message in waiting {
                    let _ = ctx.send(Addr::from_pid(to), message);
                }
            }
            Err(why) => waiting
                .into_iter()
                .for_each(|message| H::refuse(message, &why, ctx)),
        }
    }
}

impl<H: Hosted> Process for Host<H> {
    type Msg = HostMsg<H>;

    /// A host is drawn as a node of the supervision tree: its processes run under the
    /// supervisor it started.
    fn status(&self, status: &mut hearth_engine::Status) {
        status.supervisor();
        status.field("running", self.started.len());
        status.field("starting", self.starting.len());
        status.field("awaiting_name", self.awaiting_name.len());
        status.child("supervisor", self.supervisor);
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        crate::register_service(H::HOST_NAME, ctx)
            .map_err(|error| ExitReason::custom(format!("{}: {error}", H::HOST_NAME)))?;
        ctx.trap_exit(true);
        let supervisor = ctx
            .spawn_link(Self::supervisor(Arc::clone(&self.port), self.world.clone()))
            .map_err(|error| ExitReason::custom(format!("{} supervisor: {error}", H::HOST_NAME)))?;
        self.supervisor = Some(supervisor.pid());
        Ok(())
    }

    fn handle(&mut self, message: HostMsg<H>, ctx: &mut Ctx<'_, Self>) {
        match message {
            HostMsg::Deliver(Delivery {
                key,
                create,
                message,
            }) => self.deliver(key, create, message, ctx),
            HostMsg::Started(reply) => {
                let result = reply.value.map_err(|error| error.to_string());
                self.started(reply.request, result, ctx);
            }
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timeout { request } => {
                self.started(request, Err("did not start in time".into()), ctx);
            }
            SystemMsg::Timer {
                tag: NAME_GRACE, ..
            } => self.name_grace_over(ctx),
            SystemMsg::Down { pid, .. } => {
                if let Some(key) = self.keys.remove(&pid) {
                    self.started.remove(&key);
                }
            }
            // The supervisor gave up, or the parent stops us.
            SystemMsg::Exit { reason, .. } => ctx.stop(reason),
            _ => {}
        }
    }
}
