//! Links and monitors that span nodes, seen from one shard: which local processes hold a
//! relation with processes of each node (so a node going down reaches exactly them), and
//! who watches nodes (`monitor_node`, `subscribe_nodes`).
//!
//! Invariants:
//! - `holders[node]` contains every local process that linked to or monitored a process
//!   of `node`, or was linked or monitored by one; it may also contain processes that have
//!   since dropped the relation or died (they are skipped when the node goes down).
//! - The per-process relation sets themselves live with the process (`kind::Relations`).

use hashbrown::{HashMap, HashSet};

use crate::pid::{NodeId, Pid};

#[derive(Default)]
pub(crate) struct NodeRelations {
    holders: HashMap<NodeId, HashSet<Pid>>,
    /// Processes watching one node (`monitor_node`).
    watchers: HashMap<NodeId, Vec<Pid>>,
    /// Processes told of every node going up or down.
    subscribers: Vec<Pid>,
    /// Nodes whose last down was their silence (cleared when they are up again).
    silent: HashSet<NodeId>,
}

impl NodeRelations {
    /// `node` went down, `silent` or not (`false` too when it is up again).
    pub(crate) fn went_down(&mut self, node: NodeId, silent: bool) {
        if silent {
            self.silent.insert(node);
        } else {
            self.silent.remove(&node);
        }
    }

    /// Whether `node`'s last down was its silence.
    pub(crate) fn went_silent(&self, node: NodeId) -> bool {
        self.silent.contains(&node)
    }

    /// `local` holds (or is about to hold) a link or monitor with a process of `node`.
    pub(crate) fn note(&mut self, node: NodeId, local: Pid) {
        self.holders.entry(node).or_default().insert(local);
    }

    /// The local processes with relations to `node`, forgotten.
    pub(crate) fn take_holders(&mut self, node: NodeId) -> HashSet<Pid> {
        self.holders.remove(&node).unwrap_or_default()
    }

    /// `watcher` monitors `node`.
    pub(crate) fn watch(&mut self, node: NodeId, watcher: Pid) {
        self.watchers.entry(node).or_default().push(watcher);
    }

    /// `subscriber` is told of every node event (once, however often it asks).
    pub(crate) fn subscribe(&mut self, subscriber: Pid) {
        if !self.subscribers.contains(&subscriber) {
            self.subscribers.push(subscriber);
        }
    }

    /// Who must hear that `node` went down: its watchers (forgotten) and the subscribers.
    pub(crate) fn take_down_audience(&mut self, node: NodeId) -> Vec<Pid> {
        let mut audience = self.watchers.remove(&node).unwrap_or_default();
        audience.extend_from_slice(&self.subscribers);
        audience
    }

    /// Who must hear that a node came up.
    pub(crate) fn subscribers(&self) -> &[Pid] {
        &self.subscribers
    }
}
