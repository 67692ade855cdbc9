//! The shard's side of distribution (the hooks are in `crate::remote`): user messages,
//! replies and signals for other nodes go to the router; a node going down fires every
//! link and monitor that spans to it.

use crate::error::SendError;
use crate::exit::ExitReason;
use crate::flow::Source;
use crate::pid::{MonitorRef, NodeId, Pid, RequestId};
use crate::process::SystemMsg;
use crate::remote::{Outgoing, RemoteSignal, RouteError};

use super::{NodeMessage, Shard, Signal};

impl Shard {
    /// Sends a user message to a process on another node.
    pub(crate) fn send_remote<M: Send + 'static>(
        &mut self,
        to: Pid,
        message: M,
    ) -> Result<(), SendError<M>> {
        let Some(codec) = self.shared.wire.codec_of::<M>() else {
            self.stats.unregistered += 1;
            return Err(SendError::NoRoute(message));
        };
        let clock = &self.clock;
        if self.windows.refuses(to, self.node, || clock.now_ns()) {
            self.stats.refused_at_send += 1;
            return Err(SendError::Full(message));
        }
        let Some(router) = self.router.as_mut() else {
            return Err(SendError::NoRoute(message));
        };
        let result = {
            let mut encode = |out: &mut Vec<u8>| codec.encode(&message, out);
            router.send(
                to,
                Outgoing {
                    code: codec.code(),
                    encode: &mut encode,
                },
            )
        };
        match result {
            Ok(()) => Ok(()),
            Err(RouteError::Full) => Err(SendError::Full(message)),
            Err(RouteError::NoRoute) => Err(SendError::NoRoute(message)),
        }
    }

    /// Sends a reply of type `R` to a caller on another node; `false` if it cannot go.
    pub(crate) fn reply_remote<R: Send + 'static>(
        &mut self,
        caller: Pid,
        request: RequestId,
        value: &R,
    ) -> bool {
        let Some(codec) = self.shared.wire.codec_of::<R>() else {
            return false;
        };
        let Some(router) = self.router.as_mut() else {
            return false;
        };
        let mut encode = |out: &mut Vec<u8>| codec.encode(value, out);
        let outgoing = Outgoing {
            code: codec.code(),
            encode: &mut encode,
        };
        router.reply(caller, request, outgoing).is_ok()
    }

    /// Sends a signal to a process on another node; `false` if there is no route.
    pub(crate) fn signal_remote(&mut self, to: Pid, signal: &Signal) -> bool {
        if let Signal::Link { from } | Signal::Monitor { from, .. } = signal {
            self.node_links.note(to.node, *from);
        }
        let Some(router) = self.router.as_mut() else {
            return false;
        };
        router
            .signal(to, RemoteSignal::from_signal(signal.clone()))
            .is_ok()
    }

    /// A user message that arrived from `node` for a process of this node (any shard).
    pub(crate) fn deliver_from_node<M: Send + 'static>(
        &mut self,
        node: NodeId,
        to: Pid,
        message: M,
    ) {
        if to.node != self.node || !(to.shard == self.id || self.transport.reaches(to.shard)) {
            self.stats.dropped_dead += 1;
        } else if to.shard == self.id {
            self.deliver_arrived(to, message, Source::Node(node));
        } else {
            // Counted in the outbox under a forwarder's name, so the link's reader sees
            // the backlog and stops reading (`Shard::congested`).
            let parcel = super::Parcel::new(to, NodeMessage { message, node });
            if self
                .transport
                .push(to.shard, parcel, Some(self.forwarder_pid()))
            {
                self.stats.ring_full += 1;
            }
        }
    }

    /// Whether messages from other nodes passed on to other shards pile up behind a full
    /// ring: a link's reader then stops reading until they drain, so the peer's send queue
    /// fills and its senders are refused (`Full`) — backpressure through TCP.
    pub(crate) fn congested(&self) -> bool {
        self.transport.waiting_of(self.forwarder_pid()) >= crate::config::OUTBOX_PER_SENDER_MAX
    }

    /// The sender the messages from other nodes this shard passes on are counted under.
    fn forwarder_pid(&self) -> Pid {
        Pid {
            slot: crate::pid::FORWARDER_SLOT,
            ..self.own_pid()
        }
    }

    /// A signal that arrived from another node, for a process of any shard of this node.
    pub(crate) fn signal_from_node(&mut self, to: Pid, signal: RemoteSignal) {
        let from = signal.sender();
        let signal = signal.into_signal();
        if matches!(signal, Signal::Link { .. } | Signal::Monitor { .. }) {
            self.node_links.note(from.node, to);
        }
        self.signal(to, signal);
    }

    /// Tells every local process with a relation to `node` that it is gone, node
    /// watchers that it went down, and forgets the node's refusals.
    pub(crate) fn node_down(&mut self, node: NodeId, silent: bool) {
        self.node_links.went_down(node, silent);
        for holder in self.node_links.take_holders(node) {
            self.sever(holder, node);
        }
        for watcher in self.node_links.take_down_audience(node) {
            self.deliver_system(watcher, SystemMsg::NodeDown { node });
        }
        self.windows.forget_node(node);
        self.process_deaths();
    }

    /// Removes `holder`'s relations with processes of `node`, firing `noconnection`.
    fn sever(&mut self, holder: Pid, node: NodeId) {
        let Some(slot) = self.procs.get(holder) else {
            return;
        };
        let Some(relations) = self.procs.relations_if_any(slot) else {
            return;
        };
        let links: Vec<Pid> = relations
            .links
            .iter()
            .copied()
            .filter(|pid| pid.node == node)
            .collect();
        let monitors: Vec<(MonitorRef, Pid)> = relations
            .monitors_out
            .iter()
            .filter(|(_, pid)| pid.node == node)
            .map(|(monitor, pid)| (*monitor, *pid))
            .collect();
        relations
            .monitored_by
            .retain(|_, watcher| watcher.node != node);
        for remote in links {
            self.apply_signal(
                holder,
                Signal::exit_linked(remote, ExitReason::NoConnection),
            );
        }
        for (monitor, remote) in monitors {
            let down = Signal::Down {
                monitor,
                pid: remote,
                reason: ExitReason::NoConnection,
            };
            self.apply_signal(holder, down);
        }
    }

    /// `node` is connected: subscribers are told.
    /// Whether `node`'s last down was its silence (see `Ctx::went_silent`).
    pub(crate) fn went_silent(&self, node: NodeId) -> bool {
        self.node_links.went_silent(node)
    }

    pub(crate) fn node_up(&mut self, node: NodeId) {
        self.node_links.went_down(node, false);
        for watcher in self.node_links.subscribers().to_vec() {
            self.deliver_system(watcher, SystemMsg::NodeUp { node });
        }
    }

    /// `watcher` monitors `node` (told at once if it is not connected).
    pub(crate) fn monitor_node(&mut self, watcher: Pid, node: NodeId) {
        if node == self.node || self.nodes().contains(&node) {
            self.node_links.watch(node, watcher);
        } else {
            self.deliver_system(watcher, SystemMsg::NodeDown { node });
        }
    }

    /// `subscriber` hears of every node going up or down.
    pub(crate) fn subscribe_nodes(&mut self, subscriber: Pid) {
        self.node_links.subscribe(subscriber);
    }

    /// Nodes this shard is connected to.
    pub(crate) fn nodes(&self) -> Vec<NodeId> {
        self.router
            .as_ref()
            .map(|router| router.nodes())
            .unwrap_or_default()
    }

    /// The distribution layer's router, if one is installed.
    pub(crate) fn router_mut(&mut self) -> Option<&mut (dyn crate::remote::Router + 'static)> {
        self.router.as_deref_mut()
    }

    pub(crate) fn router(&self) -> Option<&(dyn crate::remote::Router + 'static)> {
        self.router.as_deref()
    }

    /// Installs this shard's router.
    pub(crate) fn set_router(&mut self, router: Box<dyn crate::remote::Router>) {
        self.router = Some(router);
    }
}
