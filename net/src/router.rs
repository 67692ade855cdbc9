//! One shard's view of the cluster: its outbound links (one per connected node), its
//! accepted connections, and the engine's [`Router`] over them.
//!
//! Topology: every shard of a node keeps **one outbound connection to each other node**,
//! and sends everything for that node — messages, signals, replies — on it. Between one
//! sending process and one receiving process there is therefore one path: the sender's
//! shard's connection (FIFO), then the ring from the accepting shard to the receiver's
//! shard (FIFO). Per-pair order holds end to end, and a busy shard only holds back its
//! own traffic. The kernel spreads incoming connections over the shards (every shard
//! listens on the same port).

use std::cell::{Cell, RefCell};
use std::net::SocketAddr;
use std::os::fd::RawFd;
use std::rc::Rc;
use std::sync::Arc;

use hashbrown::{HashMap, HashSet};
use hearth_engine::{
    NameError, NodeId, Outgoing, Pid, RemoteSignal, RemoteSpawn, RemoteSpawnError, RequestId,
    RouteError, Router,
};

use crate::cluster::Cluster;
use crate::codec::{WireControl, WireSignal, WireSpawn, WireSpawned, encode};
use crate::frame::{Farewell, RecordHead, RecordKind, request_bytes};
use crate::queue::{QueueError, SendQueue};

/// This shard's outbound path to one node that is up: the send queue exists from the
/// moment the node is known up (anywhere on this node), so nothing sent meanwhile is
/// lost; the connection (`fd`) attaches when this shard's own handshake completes.
pub(crate) struct Link {
    pub(crate) queue: Rc<SendQueue>,
    pub(crate) codes: HashSet<u32>,
    pub(crate) generation: u64,
    pub(crate) fd: Option<RawFd>,
}

/// A connection another node opened to this shard.
pub(crate) struct Inbound {
    pub(crate) node: NodeId,
    pub(crate) generation: u64,
    pub(crate) fd: RawFd,
    pub(crate) closed: Rc<Cell<bool>>,
    /// What the connection writes (heartbeats, and its goodbye).
    pub(crate) queue: Rc<SendQueue>,
}

pub(crate) struct ShardNet {
    pub(crate) cluster: Arc<Cluster>,
    pub(crate) links: HashMap<NodeId, Link>,
    pub(crate) inbound: Vec<Inbound>,
    /// Addresses a connector task runs for.
    pub(crate) dialing: HashSet<SocketAddr>,
}

pub(crate) type Net = Rc<RefCell<ShardNet>>;

fn route(error: QueueError) -> RouteError {
    match error {
        QueueError::Full => RouteError::Full,
        QueueError::Closed | QueueError::Encode => RouteError::NoRoute,
    }
}

/// Closes a socket under its tasks: pending reads and writes fail, and they exit.
pub(crate) fn shutdown_fd(fd: RawFd) {
    // SAFETY: the fd is owned by a live stream of this shard (links and inbound entries
    // are removed before their streams are dropped); borrowing it here is only for the
    // shutdown call.
    let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let _ = socket2::SockRef::from(&borrowed).shutdown(std::net::Shutdown::Both);
}

impl ShardNet {
    /// This shard's link to `node`, made on first use if the node is up.
    pub(crate) fn link(&mut self, node: NodeId) -> Option<&Link> {
        if !self.links.contains_key(&node) {
            let (generation, codes) = self.cluster.session(node)?;
            let queue = Rc::new(SendQueue::default());
            self.links.insert(
                node,
                Link {
                    queue,
                    codes,
                    generation,
                    fd: None,
                },
            );
        }
        self.links.get(&node)
    }

    /// Queues a record for `node` on this shard's link.
    pub(crate) fn push<E>(
        &mut self,
        node: NodeId,
        head: RecordHead,
        bounded: bool,
        payload: impl FnOnce(&mut Vec<u8>) -> Result<(), E>,
    ) -> Result<(), RouteError> {
        let link = self.link(node).ok_or(RouteError::NoRoute)?;
        link.queue.push(head, bounded, payload).map_err(route)
    }

    pub(crate) fn control(&mut self, node: NodeId, control: &WireControl) {
        let head = RecordHead {
            kind: RecordKind::Control,
            code: 0,
            pid: [0; 16],
            extra: [0; 16],
        };
        let _ = self.push(node, head, false, |out| encode(control, out));
    }

    pub(crate) fn broadcast(&mut self, control: &WireControl) {
        let nodes: Vec<NodeId> = self.links.keys().copied().collect();
        for node in nodes {
            self.control(node, control);
        }
    }

    pub(crate) fn spawn_answer(
        &mut self,
        caller: Pid,
        request: [u8; 16],
        result: &Result<Pid, RemoteSpawnError>,
    ) {
        let head = RecordHead {
            kind: RecordKind::SpawnAnswer,
            code: 0,
            pid: caller.to_bytes(),
            extra: request,
        };
        let answer = WireSpawned::from_result(result);
        if self
            .push(caller.node(), head, false, |out| encode(&answer, out))
            .is_err()
        {
            tracing::warn!(%caller, "spawn answer lost: no link to the caller's node");
        }
    }

    /// Closes every connection with `node` of `generation` or older: at once, or, with a
    /// `farewell`, after a goodbye saying it (nothing more is read from them meanwhile,
    /// and their pulse closes one that cannot write it in time).
    pub(crate) fn close_node(&mut self, node: NodeId, generation: u64, farewell: Option<Farewell>) {
        let close = |queue: &SendQueue, fd: Option<RawFd>| match farewell {
            Some(farewell) => queue.say_goodbye(farewell),
            None => {
                queue.close();
                if let Some(fd) = fd {
                    shutdown_fd(fd);
                }
            }
        };
        if let Some(link) = self.links.get(&node)
            && link.generation <= generation
        {
            let link = self.links.remove(&node).expect("present");
            close(&link.queue, link.fd);
        }
        for inbound in self
            .inbound
            .iter()
            .filter(|entry| entry.node == node && entry.generation <= generation)
        {
            inbound.closed.set(true);
            close(&inbound.queue, Some(inbound.fd));
        }
        self.inbound.retain(|entry| !entry.closed.get());
    }
}

/// The engine's router for one shard.
pub(crate) struct ShardRouter {
    pub(crate) net: Net,
}

impl Router for ShardRouter {
    fn send(&mut self, to: Pid, message: Outgoing<'_>) -> Result<(), RouteError> {
        let mut net = self.net.borrow_mut();
        let link = net.link(to.node()).ok_or(RouteError::NoRoute)?;
        if !link.codes.contains(&message.code) {
            tracing::debug!(
                code = message.code,
                node = to.node().0,
                "peer does not know this message type"
            );
            return Err(RouteError::NoRoute);
        }
        let head = RecordHead {
            kind: RecordKind::Message,
            code: message.code,
            pid: to.to_bytes(),
            extra: [0; 16],
        };
        link.queue
            .push(head, true, |out| (message.encode)(out))
            .map_err(route)
    }

    fn reply(
        &mut self,
        caller: Pid,
        request: RequestId,
        message: Outgoing<'_>,
    ) -> Result<(), RouteError> {
        let (shard, key, seq) = request.parts();
        let head = RecordHead {
            kind: RecordKind::Reply,
            code: message.code,
            pid: caller.to_bytes(),
            extra: request_bytes(shard, key, seq),
        };
        self.net
            .borrow_mut()
            .push(caller.node(), head, false, |out| (message.encode)(out))
    }

    fn signal(&mut self, to: Pid, signal: RemoteSignal) -> Result<(), RouteError> {
        let head = RecordHead {
            kind: RecordKind::Signal,
            code: 0,
            pid: to.to_bytes(),
            extra: [0; 16],
        };
        let wire = WireSignal::from_signal(&signal);
        self.net
            .borrow_mut()
            .push(to.node(), head, false, |out| encode(&wire, out))
    }

    fn spawn(
        &mut self,
        node: NodeId,
        caller: Pid,
        request: RequestId,
        spawn: RemoteSpawn,
    ) -> Result<(), RouteError> {
        let (shard, key, seq) = request.parts();
        let head = RecordHead {
            kind: RecordKind::SpawnRequest,
            code: 0,
            pid: caller.to_bytes(),
            extra: request_bytes(shard, key, seq),
        };
        let wire = WireSpawn {
            behaviour: spawn.behaviour,
            args: spawn.args,
        };
        self.net
            .borrow_mut()
            .push(node, head, false, |out| encode(&wire, out))
    }

    fn register_global(&mut self, name: &str, pid: Pid) -> Result<(), NameError> {
        let mut net = self.net.borrow_mut();
        net.cluster.register_name(name, pid)?;
        net.broadcast(&WireControl::NameRegistered(
            name.to_owned(),
            pid.to_bytes(),
        ));
        Ok(())
    }

    fn whereis_global(&self, name: &str) -> Option<Pid> {
        self.net.borrow().cluster.whereis(name)
    }

    fn release_globals(&mut self, pid: Pid) {
        let mut net = self.net.borrow_mut();
        for name in net.cluster.release_all(pid) {
            net.broadcast(&WireControl::NameReleased(name, pid.to_bytes()));
        }
    }

    fn nodes(&self) -> Vec<NodeId> {
        self.net.borrow().links.keys().copied().collect()
    }

    fn window(&mut self, node: NodeId, receiver: Pid, open: bool) {
        let notice = WireControl::Window(receiver.to_bytes(), open);
        self.net.borrow_mut().control(node, &notice);
    }

    fn is_flushed(&self) -> bool {
        self.net
            .borrow()
            .links
            .values()
            .all(|link| link.queue.is_flushed())
    }
}
