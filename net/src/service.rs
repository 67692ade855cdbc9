//! The distribution service: started on every shard of a node, it installs the shard's
//! router, listens, dials the known members, and applies cluster events.

use std::cell::RefCell;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;

use hashbrown::{HashMap, HashSet};
use hearth_engine::io::TcpListener;
use hearth_engine::{NodeConfig, NodeId, RemoteShard, ShardHandle, ShardService};

use crate::cluster::{Cluster, Control, LinkTraffic, MemberInfo};
use crate::config::DistConfig;
use crate::frame::Farewell;
use crate::handshake::Identity;
use crate::link;
use crate::router::{Net, ShardNet, ShardRouter};

/// Distribution for one node: add it to the node's configuration before starting it.
pub struct Distribution {
    cluster: Arc<Cluster>,
}

/// Why distribution cannot start.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum DistError {
    /// The listen address is taken by another socket.
    #[error("node-to-node address {0} is already in use")]
    PortInUse(SocketAddr),
    /// The listen address cannot be bound.
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
}

impl Distribution {
    /// Checks that the listen address is free — the shards bind it with `SO_REUSEPORT`,
    /// which would let a second node share a busy port silently — and resolves port 0 to
    /// a concrete free port.
    ///
    /// # Errors
    /// [`DistError::PortInUse`] or [`DistError::Listen`].
    pub fn new(mut config: DistConfig) -> Result<Self, DistError> {
        config.listen = free_listen_address(config.listen).map_err(|error| match error {
            ListenCheck::InUse(addr) => DistError::PortInUse(addr),
            ListenCheck::Io(addr, error) => DistError::Listen(addr, error),
        })?;
        Ok(Self {
            cluster: Arc::new(Cluster::new(config)),
        })
    }

    /// The address other nodes reach this one at.
    pub fn listen(&self) -> SocketAddr {
        self.cluster.config.listen
    }

    /// Adds the service to `node`; returns a handle to watch the cluster.
    pub fn install(self, node: &mut NodeConfig) -> ClusterHandle {
        let handle = ClusterHandle {
            cluster: Arc::clone(&self.cluster),
        };
        node.services.0.push(Arc::new(self));
        handle
    }
}

/// Thread-safe view of this node's cluster.
#[derive(Clone)]
pub struct ClusterHandle {
    cluster: Arc<Cluster>,
}

impl ClusterHandle {
    /// Every member known, and whether it is connected.
    pub fn members(&self) -> Vec<MemberInfo> {
        self.cluster.members()
    }

    /// Node-to-node addresses whose node refused this node's cookie at the last try: a
    /// cluster this node cannot join.
    pub fn cookie_refused_by(&self) -> Vec<SocketAddr> {
        self.cluster.cookie_refused()
    }

    /// Ids of the members connected now.
    pub fn up(&self) -> Vec<NodeId> {
        self.members()
            .into_iter()
            .filter(|member| member.up)
            .map(|member| member.node)
            .collect()
    }

    /// The name of a member.
    pub fn name_of(&self, node: NodeId) -> Option<String> {
        self.cluster.name_of(node)
    }

    /// This node's node-to-node address.
    pub fn listen(&self) -> SocketAddr {
        self.cluster.config.listen
    }

    /// Traffic of the links to each member (frames and bytes, both ways, every shard's
    /// connections together).
    pub fn link_traffic(&self) -> Vec<(MemberInfo, std::sync::Arc<LinkTraffic>)> {
        self.cluster.traffic_by_member()
    }

    /// Connections dropped because a frame failed its MAC: bytes altered or injected on
    /// a node link (`seal.rs`).
    pub fn seal_failures(&self) -> u64 {
        self.cluster
            .seal_failures
            .load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl ShardService for Distribution {
    fn start(&self, here: &mut RemoteShard<'_>, handle: ShardHandle) {
        let cluster = Arc::clone(&self.cluster);
        cluster.set_identity(Identity {
            node: here.node(),
            name: here.node_name().to_owned(),
            listen: cluster.config.announced(),
            catalogue: here.wire().catalogue(),
        });
        let (shard, shards) = (here.shard(), here.shards());
        let net: Net = Rc::new(RefCell::new(ShardNet {
            cluster: Arc::clone(&cluster),
            links: HashMap::new(),
            inbound: Vec::new(),
            dialing: HashSet::new(),
        }));
        let router = ShardRouter {
            net: Rc::clone(&net),
        };
        here.set_router(Box::new(router));
        let control = cluster.attach_shard(shard, shards);
        handle.spawn(control_loop(handle.clone(), Rc::clone(&net), control));
        match TcpListener::bind(cluster.config.listen) {
            Ok(listener) => handle.spawn(link::listen(handle.clone(), Rc::clone(&net), listener)),
            Err(error) => tracing::error!(shard, %error, "cannot listen for nodes"),
        }
        for addr in cluster.addresses() {
            start_dialing(&handle, &net, addr);
        }
    }
}

/// Why [`free_listen_address`] refused an address.
#[derive(Debug)]
pub enum ListenCheck {
    /// Someone listens there.
    InUse(SocketAddr),
    /// It cannot be bound.
    Io(SocketAddr, std::io::Error),
}

/// Checks that nobody listens at `listen` — executors bind with `SO_REUSEPORT`, which
/// would let a second node share a busy port silently — and resolves port 0 to a free
/// port. A port that only a previous life of this node still holds is free: its
/// connections linger after the process is gone (FIN-WAIT-2 while a client has not
/// closed, TIME-WAIT after), which a plain bind refuses for a minute and the
/// `SO_REUSEPORT` listeners accept.
///
/// The listeners of a node killed a moment ago can outlive it: its io_uring rings are
/// torn down by the kernel after the process is gone, and until then their listening
/// sockets still accept. So a port found busy is looked at again for up to
/// [`LISTENER_TEARDOWN_GRACE`] before it is refused; a live node there keeps it busy.
///
/// # Errors
/// [`ListenCheck::InUse`], or the bind's error.
pub fn free_listen_address(listen: SocketAddr) -> Result<SocketAddr, ListenCheck> {
    if listen.port() != 0 && listens_past_teardown(listen) {
        return Err(ListenCheck::InUse(listen));
    }
    match std::net::TcpListener::bind(listen) {
        Ok(probe) => probe
            .local_addr()
            .map_err(|error| ListenCheck::Io(listen, error)),
        Err(error) if error.kind() == std::io::ErrorKind::AddrInUse && listen.port() != 0 => {
            Ok(listen)
        }
        Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => {
            Err(ListenCheck::InUse(listen))
        }
        Err(error) => Err(ListenCheck::Io(listen, error)),
    }
}

/// How long a busy port is watched for a dead node's listeners to go. Seen here: a node
/// restarted at once after SIGKILL on its node-to-node port found its old listeners
/// still accepting (`ss` listed them after the process was reaped), and was refused
/// "already in use" in 1 of ~7 tries; they were gone within milliseconds.
pub(crate) const LISTENER_TEARDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(2);
/// How often a busy port is looked at again meanwhile.
const LISTENER_TEARDOWN_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// Whether someone listens at `addr` for [`LISTENER_TEARDOWN_GRACE`] (false as soon as
/// nobody does).
fn listens_past_teardown(addr: SocketAddr) -> bool {
    let started = std::time::Instant::now();
    while someone_listens(addr) {
        if started.elapsed() >= LISTENER_TEARDOWN_GRACE {
            return true;
        }
        std::thread::sleep(LISTENER_TEARDOWN_POLL);
    }
    false
}

/// Whether a listener accepts connections at `addr` (an unspecified address is tried on
/// loopback). Executors that bind with `SO_REUSEPORT` cannot see a busy port by binding;
/// this is the check every listener of a node makes first.
pub fn someone_listens(addr: SocketAddr) -> bool {
    let mut target = addr;
    if target.ip().is_unspecified() {
        target.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    match std::net::TcpStream::connect_timeout(&target, std::time::Duration::from_millis(200)) {
        // A connect to a free port in the ephemeral range can pick that same port as its
        // source and connect to itself (TCP simultaneous open): that is nobody listening.
        Ok(stream) => stream.local_addr().ok() != stream.peer_addr().ok(),
        Err(_) => false,
    }
}

fn start_dialing(handle: &ShardHandle, net: &Net, addr: SocketAddr) {
    if net.borrow_mut().dialing.insert(addr) {
        handle.spawn(link::dial(handle.clone(), Rc::clone(net), addr));
    }
}

/// Applies cluster events on this shard.
async fn control_loop(handle: ShardHandle, net: Net, events: flume::Receiver<Control>) {
    while let Ok(event) = events.recv_async().await {
        match event {
            Control::Up(node) => handle.with(|shard| shard.node_up(node)).await,
            Control::Down(node, generation, silent) => {
                // A node lost for silence may run: this node's other connections with it
                // say why they close, as the one that found the silence did.
                let farewell = silent.then_some(Farewell::NotHearing);
                net.borrow_mut().close_node(node, generation, farewell);
                handle.with(|shard| shard.node_down(node, silent)).await;
            }
            Control::Dial(addr) => start_dialing(&handle, &net, addr),
        }
    }
}
