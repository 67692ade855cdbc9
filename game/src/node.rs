//! A game node of any role, assembled from [`NodeOptions`] (which the `hearth` binary
//! fills from flags and a config file): the engine node, distribution, the gate service
//! (`hearth-gate`) and the world (`hearth-world`), wired through the gate's port.
//!
//! | role | client listener | Persons | node-to-node |
//! |---|---|---|---|
//! | `all` | yes | spawned on this node, and on request of other gates | only with `--listen` or `--join` |
//! | `gate` | yes | spawned on App nodes (by pid, never broadcast) | required |
//! | `app` | no | spawned on request of gates | required |

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_durable::{Store, StoreConfig};
use hearth_engine::{Node, NodeConfig, NodeError};
use hearth_gate::{GateConfig, GateControl, GatePort, GateService, ListenError};
use hearth_net::{ClusterHandle, Cookie, DistConfig, DistError, Distribution};

/// Default client port.
pub const CLIENT_PORT_DEFAULT: u16 = 7400;
/// Default node-to-node port.
pub const NODE_PORT_DEFAULT: u16 = 7300;
/// How long a drain waits for clients to go before the node stops anyway.
pub const DRAIN_TIMEOUT_DEFAULT: Duration = Duration::from_secs(5);
/// How long the shards may take to listen for clients.
const LISTEN_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a gate without Persons of its own waits at start for a node it joins to be
/// connected, so that its first clients find an app node. Past it the node starts
/// anyway (logging a warning) and refuses logins with `ERROR_OVERLOADED` until one is.
const JOIN_WAIT: Duration = Duration::from_secs(10);
/// How often the start checks whether a joined node is connected.
const JOIN_POLL: Duration = Duration::from_millis(5);
/// How often a drain looks at the connection count.
const DRAIN_POLL: Duration = Duration::from_millis(20);

/// Where an App node's players are stored (R6).
#[derive(Clone, PartialEq, Eq)]
pub enum StoreChoice {
    /// Nowhere: players start fresh at every login (benchmark baselines, tests).
    None,
    /// The embedded store: one redb file in this directory.
    Embedded(PathBuf),
    /// A PostgreSQL database (a `postgres://` URL or `host=… user=…` settings), shared by
    /// the cluster's App nodes.
    Postgres(String),
}

impl StoreChoice {
    /// The default data directory of the embedded store.
    pub fn default_dir() -> PathBuf {
        PathBuf::from("hearth-data")
    }

    /// The backend, opened (before the node starts, so a bad store fails the start).
    fn open(&self) -> Result<Option<Box<dyn hearth_store::Backend>>, StartError> {
        let backend: Box<dyn hearth_store::Backend> = match self {
            Self::None => return Ok(None),
            Self::Embedded(dir) => Box::new(hearth_store::Embedded::open(dir)?),
            Self::Postgres(config) => Box::new(hearth_store::Postgres::connect(config)?),
        };
        Ok(Some(backend))
    }
}

impl std::fmt::Debug for StoreChoice {
    /// Never shows PostgreSQL settings: they may hold a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::None => f.write_str("none"),
            Self::Embedded(dir) => write!(f, "embedded:{}", dir.display()),
            Self::Postgres(_) => f.write_str("postgres"),
        }
    }
}

/// What a node does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Gate and App in one node.
    All,
    /// Client connections only; Persons live on App nodes.
    Gate,
    /// Persons only.
    App,
}

impl Role {
    /// The role's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Gate => "gate",
            Self::App => "app",
        }
    }

    /// Whether the node serves client connections.
    pub fn has_gate(self) -> bool {
        self != Self::App
    }

    fn has_persons(self) -> bool {
        self != Self::Gate
    }

    fn needs_cluster(self) -> bool {
        self != Self::All
    }
}

/// Everything a node is started with.
#[derive(Clone, Debug)]
pub struct NodeOptions {
    /// What the node does.
    pub role: Role,
    /// The node's name.
    pub name: String,
    /// Shards (cores).
    pub shards: usize,
    /// Pin shards to cores.
    pub pin: bool,
    /// Node-to-node listen address (`None`: a standalone `all` node).
    pub listen: Option<SocketAddr>,
    /// Nodes to join.
    pub join: Vec<SocketAddr>,
    /// The cluster secret (required with a node-to-node address).
    pub cookie: Option<Cookie>,
    /// Send node-to-node frames authenticated but not encrypted (for reading links in a
    /// packet capture; costs more CPU than encrypting, see `hearth_net::seal`).
    pub link_plaintext: bool,
    /// Gate settings (its `listen` is the client address).
    pub gate: GateConfig,
    /// Where `gate.auth` came from (said at start).
    pub auth_from: crate::cli::AuthFrom,
    /// Where players are stored (App roles).
    pub store: StoreChoice,
    /// How stored players are saved.
    pub store_config: StoreConfig,
    /// The admin listener (started by the `hearth` binary beside the node,
    /// [`crate::ops::start_admin`]).
    pub admin: crate::ops::AdminOptions,
    /// The world's live settings (App roles; a reload changes them).
    pub world: hearth_world::TuningValues,
    /// Where the game rules come from (App roles).
    pub scripts: ScriptsChoice,
    /// Reload the scripts folder when a file in it changes (`--scripts-watch`; the
    /// `hearth` binary watches, [`crate::reload::Reloader::watch_scripts`]).
    pub scripts_watch: bool,
}

/// Where a node's game rules come from (`--scripts`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScriptsChoice {
    /// The scripts shipped in the binary (`game/world/scripts`).
    Shipped,
    /// The `*.lua` files of a folder (read again by `POST /admin/scripts/reload`).
    Dir(PathBuf),
    /// None: the Rust defaults.
    None,
}

impl ScriptsChoice {
    /// The scripts this choice names, checked; `None` for the Rust defaults.
    ///
    /// # Errors
    /// A folder that cannot be read, or a script that fails its check (named, with its
    /// line).
    pub fn sources(
        &self,
    ) -> Result<Option<Vec<hearth_scripts::Source>>, hearth_scripts::LoadError> {
        match self {
            Self::Shipped => Ok(Some(hearth_world::rules::defaults())),
            Self::Dir(dir) => hearth_scripts::read_dir(dir).map(Some),
            Self::None => Ok(None),
        }
    }

    /// The catalog of the scripts this choice names, checked against the world's rules
    /// (`None` for the Rust defaults).
    ///
    /// # Errors
    /// As [`ScriptsChoice::sources`], or a release refused by its check.
    pub fn catalog(
        &self,
    ) -> Result<Option<Arc<hearth_scripts::Catalog>>, hearth_scripts::LoadError> {
        let Some(sources) = self.sources()? else {
            return Ok(None);
        };
        let catalog = hearth_scripts::Catalog::new(sources, hearth_world::rules::check)?;
        Ok(Some(Arc::new(catalog)))
    }
}

impl NodeOptions {
    /// A standalone node with every role and the embedded defaults.
    pub fn standalone() -> Self {
        Self {
            role: Role::All,
            name: "hearth".to_owned(),
            shards: std::thread::available_parallelism().map_or(1, |n| n.get()),
            pin: true,
            listen: None,
            join: Vec::new(),
            cookie: None,
            link_plaintext: false,
            gate: GateConfig::new(SocketAddr::from(([0, 0, 0, 0], CLIENT_PORT_DEFAULT))),
            auth_from: crate::cli::AuthFrom::Code,
            store: StoreChoice::Embedded(StoreChoice::default_dir()),
            store_config: StoreConfig::default(),
            admin: crate::ops::AdminOptions::default_with(None),
            world: hearth_world::TuningValues::default(),
            scripts: ScriptsChoice::Shipped,
            scripts_watch: false,
        }
    }

    /// A one-line description for the start-up log (the cookie shows only as set or not).
    pub fn describe(&self) -> String {
        format!(
            "role={:?} name={} shards={} client={} listen={:?} join={:?} cookie={} store={:?} login={}",
            self.role,
            self.name,
            self.shards,
            self.gate.listen,
            self.listen,
            self.join,
            if self.cookie.is_some() { "set" } else { "none" },
            self.store,
            self.gate.auth.name()
        )
    }
}

/// Why a node cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The client port is taken.
    #[error("client address {0} is already in use (is another hearth running?)")]
    ClientPortInUse(SocketAddr),
    /// The client address cannot be bound.
    #[error("cannot listen for clients on {0}: {1}")]
    ClientListen(SocketAddr, std::io::Error),
    /// Distribution cannot start.
    #[error(transparent)]
    Distribution(#[from] DistError),
    /// A role that needs other nodes was given no way to reach them.
    #[error("role {0:?} needs a node-to-node address (--listen) or nodes to join (--join)")]
    NoCluster(Role),
    /// The world's supervision tree did not start.
    #[error("the world's supervision tree did not start: {0}")]
    World(String),
    /// Every node this one tried refused its cookie, and none took it.
    #[error(
        "the cluster refused this node's cookie (cookie mismatch with {0:?}): check --cookie-file, HEARTH_COOKIE or --cookie"
    )]
    CookieRefused(Vec<SocketAddr>),
    /// Distribution without a secret.
    #[error("joining a cluster needs its cookie: --cookie-file, HEARTH_COOKIE or --cookie")]
    NoCookie,
    /// A shard could not listen for clients.
    #[error(transparent)]
    Listeners(#[from] ListenError),
    /// The engine refused the configuration.
    #[error(transparent)]
    Node(#[from] NodeError),
    /// The store cannot be opened (a file in use by another node, a database not
    /// reachable).
    #[error("store: {0}")]
    Store(#[from] hearth_store::StoreError),
}

/// A running game node.
pub struct GameNode {
    role: Role,
    node: Node,
    gates: Option<GateControl>,
    cluster: Option<ClusterHandle>,
    client_listen: Option<SocketAddr>,
    tls_listen: Option<SocketAddr>,
    ws_listen: Option<SocketAddr>,
    shards: usize,
    store: Option<Store>,
    tuning: Option<Arc<hearth_world::Tuning>>,
    /// What the other nodes' reporters said (`None` without a cluster).
    peers: Option<Arc<crate::ops::Peers>>,
    /// The game rules in scripts (`None`: the Rust defaults, or no world here).
    scripts: Option<Arc<hearth_scripts::Catalog>>,
    scripts_cluster: Option<crate::ops::ScriptsCluster>,
    script_counts: Arc<crate::ops::ScriptCounts>,
}

impl GameNode {
    /// Starts a node.
    ///
    /// # Errors
    /// See [`StartError`]: busy ports, a missing cookie, a role without a cluster.
    pub fn start(mut options: NodeOptions) -> Result<Self, StartError> {
        let mut config = NodeConfig {
            name: options.name.clone(),
            shards: options.shards,
            pin: options.pin,
            ..NodeConfig::default()
        };
        // Every role speaks to Persons and to gate processes across nodes.
        let port = GatePort::port();
        let slot = hearth_world::StoreSlot::default();
        hearth_gate::register_wire(Arc::make_mut(&mut config.wire));
        hearth_world::register_wire(Arc::make_mut(&mut config.wire));
        Arc::make_mut(&mut config.wire)
            .register::<crate::ops::NodeReport>()
            .register::<crate::ops::ScriptsMsg>();
        let scripts = match options.role.has_persons() {
            true => options
                .scripts
                .catalog()
                .map_err(|error| StartError::World(format!("scripts: {error}")))?,
            false => None,
        };
        let backend = if options.role.has_persons() {
            let catalog = scripts.clone();
            hearth_world::install(&mut config, Arc::clone(&port), Arc::clone(&slot), catalog);
            options.store.open()?
        } else {
            None
        };
        options.gate.store = Arc::clone(&slot);
        options.gate.scripts = scripts.clone();
        let cluster = start_cluster(&options, &mut config)?;
        let mut client_listen = None;
        let mut tls_listen = None;
        let mut ws_listen = None;
        let mut gates = None;
        if options.role.has_gate() {
            options.gate.listen = free_client_address(options.gate.listen)?;
            options.gate.local_persons = options.role.has_persons();
            client_listen = Some(options.gate.listen);
            if let Some(tls) = &mut options.gate.tls {
                tls.listen = free_client_address(tls.listen)?;
                tls_listen = Some(tls.listen);
            }
            if let Some(ws) = &mut options.gate.ws_listen {
                *ws = free_client_address(*ws)?;
                ws_listen = Some(*ws);
            }
            let (service, control) = GateService::new(options.gate.clone(), config.shards);
            config.services.0.push(Arc::new(service));
            gates = Some(control);
        }
        let shards = config.shards;
        let node = Node::start(config)?;
        let store = match backend {
            Some(backend) => match Store::start(&node.handle(), backend, options.store_config) {
                Ok(store) => {
                    tracing::info!(backend = store.backend(), "store ready");
                    let _ = slot.set(store.clone());
                    Some(store)
                }
                Err(error) => {
                    node.shutdown();
                    return Err(error.into());
                }
            },
            None => None,
        };
        let peers = match &cluster {
            Some(cluster) => match start_reporter(&node, cluster, &options) {
                Ok(peers) => Some(peers),
                Err(error) => {
                    node.shutdown();
                    return Err(StartError::World(format!("the node's reporter: {error}")));
                }
            },
            None => None,
        };
        let tuning = options
            .role
            .has_persons()
            .then(|| Arc::new(hearth_world::Tuning::new(options.world)));
        let script_counts = Arc::new(crate::ops::ScriptCounts::default());
        let scripts_cluster = match (&scripts, &cluster) {
            (Some(catalog), Some(cluster)) => {
                let agent = crate::ops::ScriptsAgent::new(
                    Arc::clone(catalog),
                    options.name.clone(),
                    Arc::clone(&script_counts),
                );
                if let Err(error) = node.handle().spawn(0, agent) {
                    node.shutdown();
                    return Err(StartError::World(format!("the scripts agent: {error}")));
                }
                Some(crate::ops::ScriptsCluster::new(
                    node.handle(),
                    cluster.clone(),
                    options.name.clone(),
                ))
            }
            _ => None,
        };
        if let Some(tuning) = &tuning {
            let world = hearth_world::World {
                tuning: Arc::clone(tuning),
                scripts: scripts.clone(),
            };
            if let Err(error) = hearth_world::start_with(&node.handle(), port, slot, world) {
                node.shutdown();
                return Err(StartError::World(error.to_string()));
            }
        }
        if let Some(gates) = &gates
            && let Err(why) = gates.wait_listening(shards, LISTEN_TIMEOUT)
        {
            node.shutdown();
            return Err(StartError::Listeners(why));
        }
        if let Some(cluster) = &cluster
            && !options.join.is_empty()
            && let Err(refused) = wait_for_a_member(cluster, options.role, JOIN_WAIT)
        {
            node.shutdown();
            return Err(refused);
        }
        Ok(Self {
            role: options.role,
            node,
            gates,
            cluster,
            client_listen,
            tls_listen,
            ws_listen,
            shards,
            store,
            tuning,
            peers,
            scripts,
            scripts_cluster,
            script_counts,
        })
    }

    /// How this node's script commands reach the other App nodes (`None` without a
    /// cluster or scripts).
    pub fn scripts_cluster(&self) -> Option<crate::ops::ScriptsCluster> {
        self.scripts_cluster.clone()
    }

    /// Script releases installed and refused on this node.
    pub fn script_counts(&self) -> Arc<crate::ops::ScriptCounts> {
        Arc::clone(&self.script_counts)
    }

    /// The node's scripts (`None`: the Rust defaults, or no world here).
    pub fn scripts(&self) -> Option<Arc<hearth_scripts::Catalog>> {
        self.scripts.clone()
    }

    /// The world's live settings (`None` on a node without the world).
    pub fn tuning(&self) -> Option<Arc<hearth_world::Tuning>> {
        self.tuning.clone()
    }

    /// What the node's store has done (`None` without one).
    pub fn store_stats(&self) -> Option<hearth_durable::StatsSnapshot> {
        self.store.as_ref().map(Store::stats)
    }

    /// What an observer (the admin listener) reads of this node, for as long as it
    /// runs: cloneable, `Send`, and never holding the node up.
    pub fn observer(&self) -> crate::ops::NodeObserver {
        crate::ops::NodeObserver::new(
            self.node.handle(),
            self.gates.clone(),
            self.cluster.clone(),
            self.store.clone(),
            self.tuning.clone(),
            self.peers.clone(),
            self.role,
        )
        .with_scripts(self.scripts.clone(), Arc::clone(&self.script_counts))
    }

    /// The gates' control (`None` on an App node).
    pub fn gate_control(&self) -> Option<GateControl> {
        self.gates.clone()
    }

    /// The engine node's handle (spawn, run jobs on shards).
    pub fn node_handle(&self) -> hearth_engine::NodeHandle {
        self.node.handle()
    }

    /// The address clients connect to (gate roles).
    pub fn client_listen(&self) -> Option<SocketAddr> {
        self.client_listen
    }

    /// Where clients connect over WebSocket (`None`: no WebSocket port).
    pub fn ws_listen(&self) -> Option<SocketAddr> {
        self.ws_listen
    }

    /// Where clients connect over TLS (`None`: no TLS port).
    pub fn tls_listen(&self) -> Option<SocketAddr> {
        self.tls_listen
    }

    /// The node-to-node address, with distribution.
    pub fn node_listen(&self) -> Option<SocketAddr> {
        self.cluster.as_ref().map(ClusterHandle::listen)
    }

    /// The cluster, with distribution.
    pub fn cluster(&self) -> Option<&ClusterHandle> {
        self.cluster.as_ref()
    }

    /// Client connections open now.
    pub fn open_connections(&self) -> usize {
        self.gates.as_ref().map_or(0, GateControl::open_connections)
    }

    /// Stops accepting clients, says goodbye to the connected ones, and waits up to
    /// `timeout` for them to go. Returns the connections still open.
    pub fn drain(&self, timeout: Duration) -> usize {
        let Some(gates) = &self.gates else { return 0 };
        gates.drain(self.shards);
        let started = Instant::now();
        while gates.open_connections() > 0 && started.elapsed() < timeout {
            std::thread::sleep(DRAIN_POLL);
        }
        gates.open_connections()
    }

    /// Drains (see [`GameNode::drain`]), then stops every process and shard.
    pub fn shutdown(self, drain_timeout: Duration) {
        let left = self.drain(drain_timeout);
        if left > 0 {
            tracing::warn!(left, "connections still open after the drain; closing them");
        }
        self.node.shutdown();
        // The Persons' last saves went to the writers as they stopped: the store thread
        // commits them and ends.
        if let Some(store) = &self.store {
            store.join();
        }
    }

    /// Runs until the node stops by itself (it does not, short of a fatal error).
    pub fn join(self) {
        self.node.join();
        if let Some(store) = &self.store {
            store.join();
        }
    }
}

/// Waits up to `timeout` for some other node to be connected; warns if none is.
/// Waits until a node joined (up to `timeout`: peers may come later, and a gate refuses
/// logins until one has). A node whose cookie every node it tried refused, with none
/// taking it, cannot be part of this cluster: it does not start.
///
/// # Errors
/// [`StartError::CookieRefused`].
fn wait_for_a_member(
    cluster: &ClusterHandle,
    role: Role,
    timeout: Duration,
) -> Result<(), StartError> {
    let started = Instant::now();
    while cluster.up().is_empty() {
        let refused = cluster.cookie_refused_by();
        if !refused.is_empty() {
            return Err(StartError::CookieRefused(refused));
        }
        if started.elapsed() >= timeout {
            if !role.has_persons() {
                tracing::warn!(
                    ?timeout,
                    "no app node connected yet: logins are refused until one is"
                );
            }
            return Ok(());
        }
        std::thread::sleep(JOIN_POLL);
    }
    Ok(())
}

fn start_cluster(
    options: &NodeOptions,
    config: &mut NodeConfig,
) -> Result<Option<ClusterHandle>, StartError> {
    let listen = match (options.listen, options.join.is_empty()) {
        (Some(listen), _) => listen,
        (None, false) => SocketAddr::from(([0, 0, 0, 0], 0)),
        (None, true) if options.role.needs_cluster() => {
            return Err(StartError::NoCluster(options.role));
        }
        (None, true) => return Ok(None),
    };
    let cookie = options.cookie.clone().ok_or(StartError::NoCookie)?;
    let dist = DistConfig::new(listen, cookie)
        .seeds(options.join.iter().copied())
        .encrypt(!options.link_plaintext);
    let distribution = Distribution::new(dist)?;
    Ok(Some(distribution.install(config)))
}

/// Checks that no one listens at `listen` (see [`hearth_net::free_listen_address`]: a
/// port still held by the closing connections of this node's previous life is free) and
/// resolves port 0 to a free port.
fn free_client_address(listen: SocketAddr) -> Result<SocketAddr, StartError> {
    hearth_net::free_listen_address(listen).map_err(|error| match error {
        hearth_net::ListenCheck::InUse(addr) => StartError::ClientPortInUse(addr),
        hearth_net::ListenCheck::Io(addr, error) => StartError::ClientListen(addr, error),
    })
}

/// `DRAIN_POLL` must be finer than any useful drain timeout.
const _: () = assert!(DRAIN_POLL.as_millis() < DRAIN_TIMEOUT_DEFAULT.as_millis());

/// Starts the node's reporter (`ops::peers`) on shard 0: it tells the other nodes this
/// one's load, and keeps what they tell; what it heard.
fn start_reporter(
    node: &Node,
    cluster: &ClusterHandle,
    options: &NodeOptions,
) -> Result<Arc<crate::ops::Peers>, hearth_engine::NodeError> {
    let peers = Arc::new(crate::ops::Peers::default());
    let reporter = crate::ops::Reporter::new(
        node.handle(),
        cluster.clone(),
        options.name.clone(),
        options.role.name(),
        Arc::clone(&peers),
    );
    node.handle().spawn(0, reporter)?;
    Ok(peers)
}
