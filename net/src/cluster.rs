//! Node-wide cluster state, shared by the shards of one node: who the members are and
//! whether each is up, the cluster-wide names, and the control channel to every shard.
//!
//! Invariants:
//! - A node is *up* from the first completed handshake with it (either direction, any
//!   shard) until any connection with it fails; then it is *down* and its generation
//!   increments. Connections remember the generation they were made under, and a down
//!   event closes every connection of that generation or older, on every shard: after a
//!   failure, nothing more from the old session is delivered (at-most-once), and links
//!   and monitors fire `noconnection` exactly once per down.
//! - A node id is one incarnation: a restarted node has a new id, so it is a new member;
//!   the old id stays down forever.
//! - Global names map to one pid each; a conflict (two nodes registered the same name
//!   concurrently, or two partitions rejoin) keeps the pid of the lower node id and sends
//!   the other holder an exit signal `global name conflict` (Erlang's `global` does the
//!   same with its default resolver).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use hashbrown::{HashMap, HashSet};
use hearth_engine::{NodeId, Pid};

use crate::config::DistConfig;
use crate::handshake::{Identity, Peer};
use crate::limits::CONTROL_QUEUE_LEN_MAX;

/// What the cluster tells each shard.
#[derive(Debug, Clone)]
pub(crate) enum Control {
    /// `node` came up.
    Up(NodeId),
    /// `node` went down (silent: by its silence, not a closed connection); close
    /// connections of this generation or older.
    Down(NodeId, u64, bool),
    /// A listen address to connect to.
    Dial(SocketAddr),
}

#[derive(Debug)]
struct Member {
    name: String,
    listen: SocketAddr,
    up: bool,
    generation: u64,
    codes: HashSet<u32>,
}

#[derive(Default)]
struct State {
    members: HashMap<NodeId, Member>,
    /// Addresses some shard should keep connected (seeds and learned members).
    addresses: HashSet<SocketAddr>,
    /// Where peers reach this node, besides `config.listen`: a node listening on every
    /// interface is known by the address its connections use (see `link::reachable`),
    /// and must not dial itself there when a peer passes that address on.
    own: HashSet<SocketAddr>,
    /// Addresses whose node refused our cookie (the last handshake with it failed so).
    cookie_refused: HashSet<SocketAddr>,
    names: HashMap<String, Pid>,
}

/// Traffic on the links to one member, every shard's connections together (counted per
/// frame: a frame batches many messages).
#[derive(Debug, Default)]
pub struct LinkTraffic {
    frames_out: AtomicU64,
    bytes_out: AtomicU64,
    frames_in: AtomicU64,
    bytes_in: AtomicU64,
    /// The last round trip measured by a heartbeat, in ns (0: none yet).
    rtt_ns: AtomicU64,
}

impl LinkTraffic {
    pub(crate) fn sent(&self, bytes: usize) {
        self.frames_out.fetch_add(1, Ordering::Relaxed);
        self.bytes_out.fetch_add(bytes as u64, Ordering::Relaxed);
    }

    pub(crate) fn received(&self, bytes: usize) {
        self.frames_in.fetch_add(1, Ordering::Relaxed);
        self.bytes_in.fetch_add(bytes as u64, Ordering::Relaxed);
    }

    pub(crate) fn round_trip(&self, rtt_ns: u64) {
        self.rtt_ns.store(rtt_ns.max(1), Ordering::Relaxed);
    }

    /// The last round trip a heartbeat measured on an idle link (`rtt.rs`), if any.
    pub fn last_round_trip(&self) -> Option<std::time::Duration> {
        match self.rtt_ns.load(Ordering::Relaxed) {
            0 => None,
            ns => Some(std::time::Duration::from_nanos(ns)),
        }
    }

    /// Frames and bytes sent: `(frames, bytes)`.
    pub fn sent_total(&self) -> (u64, u64) {
        let load = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        (load(&self.frames_out), load(&self.bytes_out))
    }

    /// Frames and bytes received: `(frames, bytes)`.
    pub fn received_total(&self) -> (u64, u64) {
        let load = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        (load(&self.frames_in), load(&self.bytes_in))
    }
}

/// A member as reported to users.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberInfo {
    /// Its id.
    pub node: NodeId,
    /// Its name.
    pub name: String,
    /// Its listen address.
    pub listen: SocketAddr,
    /// Whether it is connected now.
    pub up: bool,
}

pub(crate) struct Cluster {
    pub(crate) config: DistConfig,
    identity: OnceLock<Identity>,
    state: Mutex<State>,
    controls: Mutex<Vec<Option<flume::Sender<Control>>>>,
    /// Connections dropped because a frame failed its MAC (`seal.rs`).
    pub(crate) seal_failures: std::sync::atomic::AtomicU64,
    /// Traffic per member (at most one entry per member ever known).
    traffic: Mutex<HashMap<NodeId, Arc<LinkTraffic>>>,
}

impl Cluster {
    pub(crate) fn new(config: DistConfig) -> Self {
        let addresses = config
            .seeds
            .iter()
            .copied()
            .filter(|seed| *seed != config.listen && *seed != config.announced())
            .collect();
        Self {
            config,
            identity: OnceLock::new(),
            state: Mutex::new(State {
                addresses,
                ..State::default()
            }),
            controls: Mutex::new(Vec::new()),
            seal_failures: std::sync::atomic::AtomicU64::new(0),
            traffic: Mutex::new(HashMap::new()),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // Every critical section is a few map operations that cannot leave the state
        // half-updated, so a poisoned lock (a panic elsewhere) is still usable.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn identity(&self) -> Option<&Identity> {
        self.identity.get()
    }

    pub(crate) fn set_identity(&self, identity: Identity) -> &Identity {
        self.identity.get_or_init(|| identity)
    }

    /// Registers shard `shard`'s control channel; returns its receiving end.
    pub(crate) fn attach_shard(&self, shard: usize, shards: usize) -> flume::Receiver<Control> {
        let (sender, receiver) = flume::bounded(CONTROL_QUEUE_LEN_MAX);
        let mut controls = self
            .controls
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let len = shards.max(controls.len());
        controls.resize_with(len, || None);
        controls[shard] = Some(sender);
        receiver
    }

    fn broadcast(&self, event: &Control) {
        let controls = self
            .controls
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for sender in controls.iter().flatten() {
            if sender.try_send(event.clone()).is_err() {
                tracing::error!(?event, "shard control queue full; event dropped");
            }
        }
    }

    /// Addresses to keep connected.
    pub(crate) fn addresses(&self) -> Vec<SocketAddr> {
        self.state().addresses.iter().copied().collect()
    }

    /// A handshake with `peer` completed; returns the generation of the session.
    pub(crate) fn report_up(&self, peer: &Peer) -> u64 {
        let (generation, newly_up, newly_known) = {
            let mut state = self.state();
            let newly_known = state.addresses.insert(peer.listen);
            let member = state.members.entry(peer.node).or_insert_with(|| Member {
                name: peer.name.clone(),
                listen: peer.listen,
                up: false,
                generation: 0,
                codes: peer.codes.clone(),
            });
            let newly_up = !member.up;
            member.up = true;
            (member.generation, newly_up, newly_known)
        };
        if newly_up {
            tracing::info!(node = %peer.name, id = peer.node.0, addr = %peer.listen, "node up");
            self.broadcast(&Control::Up(peer.node));
        }
        if newly_known {
            self.broadcast(&Control::Dial(peer.listen));
        }
        generation
    }

    /// A connection of `generation` with `node` ended (`end`).
    pub(crate) fn report_down(&self, node: NodeId, generation: u64, end: &crate::link::LinkEnd) {
        let why = end.why.as_str();
        {
            let mut state = self.state();
            let Some(member) = state.members.get_mut(&node) else {
                return;
            };
            if !member.up || member.generation != generation {
                return;
            }
            member.up = false;
            member.generation += 1;
            tracing::warn!(node = %member.name, id = node.0, why, "node down");
            state.names.retain(|_, pid| pid.node() != node);
        }
        self.broadcast(&Control::Down(node, generation, end.silent));
    }

    /// If `node` is up: its session generation and the message codes it knows.
    pub(crate) fn session(&self, node: NodeId) -> Option<(u64, HashSet<u32>)> {
        let state = self.state();
        let member = state.members.get(&node).filter(|member| member.up)?;
        Some((member.generation, member.codes.clone()))
    }

    /// The member listening at `addr`, if it is up.
    pub(crate) fn up_at(&self, addr: SocketAddr) -> Option<NodeId> {
        let state = self.state();
        state
            .members
            .iter()
            .find(|(_, member)| member.up && member.listen == addr)
            .map(|(node, _)| *node)
    }

    /// Notes an address peers reach this node at: its port at the local address of one of
    /// its connections, when it listens on every interface.
    pub(crate) fn note_own(&self, local: std::net::IpAddr) {
        let listen = self.config.listen;
        if listen.ip().is_unspecified() {
            let own = SocketAddr::new(local, listen.port());
            let mut state = self.state();
            state.addresses.remove(&own);
            state.own.insert(own);
        }
    }

    /// The node at `addr` refused our cookie (`refused`), or took it.
    pub(crate) fn note_cookie(&self, addr: SocketAddr, refused: bool) {
        let mut state = self.state();
        if refused {
            state.cookie_refused.insert(addr);
        } else {
            state.cookie_refused.remove(&addr);
        }
    }

    /// Addresses whose node refused our cookie at the last try.
    pub(crate) fn cookie_refused(&self) -> Vec<SocketAddr> {
        self.state().cookie_refused.iter().copied().collect()
    }

    /// Learns members from a peer; new addresses are dialled. An address on every
    /// interface (`0.0.0.0`) is nobody's to dial: that member is learned from a peer that
    /// knows it by a reachable one.
    pub(crate) fn learn(&self, listens: impl IntoIterator<Item = SocketAddr>) {
        let own = self.config.listen;
        let announced = self.config.announced();
        let fresh: Vec<SocketAddr> = {
            let mut state = self.state();
            let State {
                addresses,
                own: also_own,
                ..
            } = &mut *state;
            listens
                .into_iter()
                .filter(|addr| {
                    !addr.ip().is_unspecified()
                        && *addr != own
                        && *addr != announced
                        && !also_own.contains(addr)
                        && addresses.insert(*addr)
                })
                .collect()
        };
        for addr in fresh {
            self.broadcast(&Control::Dial(addr));
        }
    }

    /// Every member known, with its state.
    /// The traffic counters of the links to `node` (taken once per connection).
    pub(crate) fn traffic(&self, node: NodeId) -> Arc<LinkTraffic> {
        let mut traffic = self
            .traffic
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Arc::clone(traffic.entry(node).or_default())
    }

    /// The traffic of every member's links, with the member.
    pub(crate) fn traffic_by_member(&self) -> Vec<(MemberInfo, Arc<LinkTraffic>)> {
        let traffic = self
            .traffic
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        self.members()
            .into_iter()
            .filter_map(|member| Some((member.clone(), Arc::clone(traffic.get(&member.node)?))))
            .collect()
    }

    pub(crate) fn members(&self) -> Vec<MemberInfo> {
        self.state()
            .members
            .iter()
            .map(|(node, member)| MemberInfo {
                node: *node,
                name: member.name.clone(),
                listen: member.listen,
                up: member.up,
            })
            .collect()
    }

    /// Listen addresses of the members that are up (what we tell new peers).
    pub(crate) fn up_listens(&self) -> Vec<SocketAddr> {
        self.state()
            .members
            .values()
            .filter(|member| member.up)
            .map(|member| member.listen)
            .collect()
    }

    pub(crate) fn name_of(&self, node: NodeId) -> Option<String> {
        self.state()
            .members
            .get(&node)
            .map(|member| member.name.clone())
    }

    // ----- global names ----------------------------------------------------------------

    /// Registers `name` for `pid` unless another pid holds it.
    pub(crate) fn register_name(
        &self,
        name: &str,
        pid: Pid,
    ) -> Result<(), hearth_engine::NameError> {
        let mut state = self.state();
        match state.names.get(name) {
            Some(holder) if *holder != pid => Err(hearth_engine::NameError::Taken(*holder)),
            _ => {
                state.names.insert(name.to_owned(), pid);
                Ok(())
            }
        }
    }

    /// Applies a registration learned from another node; returns the pid that lost a
    /// conflict, if one did.
    pub(crate) fn merge_name(&self, name: &str, pid: Pid) -> Option<Pid> {
        let mut state = self.state();
        let Some(&holder) = state.names.get(name) else {
            state.names.insert(name.to_owned(), pid);
            return None;
        };
        if holder == pid {
            return None;
        }
        let (winner, loser) = if (pid.node(), pid) < (holder.node(), holder) {
            (pid, holder)
        } else {
            (holder, pid)
        };
        state.names.insert(name.to_owned(), winner);
        Some(loser)
    }

    /// Releases `name` if `pid` holds it.
    pub(crate) fn release_name(&self, name: &str, pid: Pid) {
        let mut state = self.state();
        if state.names.get(name) == Some(&pid) {
            state.names.remove(name);
        }
    }

    /// Releases every name `pid` holds; returns them.
    pub(crate) fn release_all(&self, pid: Pid) -> Vec<String> {
        let mut state = self.state();
        let names: Vec<String> = state
            .names
            .iter()
            .filter(|(_, holder)| **holder == pid)
            .map(|(name, _)| name.clone())
            .collect();
        for name in &names {
            state.names.remove(name);
        }
        names
    }

    pub(crate) fn whereis(&self, name: &str) -> Option<Pid> {
        self.state().names.get(name).copied()
    }

    /// Names held by processes of `node` (to tell new peers).
    pub(crate) fn names_of(&self, node: NodeId) -> Vec<(String, Pid)> {
        self.state()
            .names
            .iter()
            .filter(|(_, pid)| pid.node() == node)
            .map(|(name, pid)| (name.clone(), *pid))
            .collect()
    }
}
