//! The other nodes' load, for the observer's cluster view: every node runs a reporter
//! process, registered cluster-wide as `hearth.reporter@<node name>`. Once a second it
//! sends its node's summary (role, and per shard the processes and the messages
//! delivered so far) to the reporters of the members that are up, and it keeps the last
//! summary heard from each.
//!
//! # Contract
//!
//! | event | what the reporter does |
//! |---|---|
//! | its tick ([`REPORT_EVERY`]) | reads its own shards' published counters (no shard is asked) and sends the summary to every reachable peer reporter |
//! | a peer's summary arrives | keeps it with its arrival time, replacing the one before |
//! | a summary comes from more than [`PEERS_HEARD_MAX`] nodes | the oldest heard is forgotten |
//!
//! What it costs: one small message per pair of nodes per second. A summary is as old as
//! its arrival says; the observer shows its age, so a silent node's figures read as old.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hashbrown::HashMap;
use hearth_engine::{Addr, Ctx, ExitReason, NodeHandle, Process, SystemMsg};
use hearth_net::ClusterHandle;
use rkyv::{Archive, Deserialize, Serialize};

/// How often a reporter sends its node's summary.
pub const REPORT_EVERY: Duration = Duration::from_secs(1);
/// Nodes whose summaries are kept (a bound on the map; a cluster has far fewer).
pub const PEERS_HEARD_MAX: usize = 1024;
/// Shards a summary carries at most (the engine's own limit).
const SHARDS_REPORTED_MAX: usize = hearth_engine::SHARDS_MAX;
/// The prefix of a reporter's cluster-wide name; the node's name follows.
pub const REPORTER_PREFIX: &str = "hearth.reporter@";

/// One shard's load, as its counters stand.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardLoad {
    /// Processes alive on it.
    pub processes: u64,
    /// User messages delivered since it started.
    pub delivered: u64,
}

/// What a node says of itself to the others.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct NodeReport {
    /// The node's name.
    pub name: String,
    /// Its role (`app`, `gate`, `all`).
    pub role: String,
    /// Its shards.
    pub shards: Vec<ShardLoad>,
}

hearth_net::wire_message!(NodeReport, "hearth.ops.NodeReport");

/// The summaries heard from the other nodes, by name, with when each arrived.
#[derive(Debug, Default)]
pub struct Peers {
    heard: Mutex<HashMap<String, (NodeReport, Instant)>>,
}

impl Peers {
    fn heard(&self) -> std::sync::MutexGuard<'_, HashMap<String, (NodeReport, Instant)>> {
        self.heard
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keeps `report`, replacing that node's last one (and forgetting the oldest past
    /// [`PEERS_HEARD_MAX`] nodes).
    fn keep(&self, report: NodeReport) {
        let mut heard = self.heard();
        if heard.len() >= PEERS_HEARD_MAX && !heard.contains_key(&report.name) {
            let oldest = heard
                .iter()
                .min_by_key(|(_, (_, at))| *at)
                .map(|(name, _)| name.clone());
            if let Some(oldest) = oldest {
                heard.remove(&oldest);
            }
        }
        heard.insert(report.name.clone(), (report, Instant::now()));
    }

    /// The last summary of node `name` and how long ago it arrived.
    pub fn of(&self, name: &str) -> Option<(NodeReport, Duration)> {
        self.heard()
            .get(name)
            .map(|(report, at)| (report.clone(), at.elapsed()))
    }
}

/// The reporter process (see the module docs).
pub struct Reporter {
    node: NodeHandle,
    cluster: ClusterHandle,
    name: String,
    role: String,
    peers: Arc<Peers>,
}

impl Reporter {
    /// The reporter of the node `name` with `role`, keeping what it hears in `peers`.
    pub fn new(
        node: NodeHandle,
        cluster: ClusterHandle,
        name: String,
        role: &str,
        peers: Arc<Peers>,
    ) -> Self {
        Self {
            node,
            cluster,
            name,
            role: role.to_owned(),
            peers,
        }
    }

    /// This node's summary now, from the counters its shards publish.
    fn report(&self) -> NodeReport {
        let shards = self
            .node
            .shard_loads()
            .into_iter()
            .take(SHARDS_REPORTED_MAX)
            .map(|(processes, delivered)| ShardLoad {
                processes: processes as u64,
                delivered,
            })
            .collect();
        NodeReport {
            name: self.name.clone(),
            role: self.role.clone(),
            shards,
        }
    }

    fn tick(&mut self, ctx: &mut Ctx<'_, Self>) {
        let report = self.report();
        for member in self.cluster.members() {
            if !member.up || member.name == self.name {
                continue;
            }
            let Some(peer) = ctx.whereis_global(&format!("{REPORTER_PREFIX}{}", member.name))
            else {
                continue;
            };
            let _ = ctx.send(Addr::<NodeReport>::from_pid(peer), report.clone());
        }
        if ctx.start_timer(REPORT_EVERY, 0).is_err() {
            ctx.stop(ExitReason::custom("reporter: no timer left"));
        }
    }
}

impl Process for Reporter {
    type Msg = NodeReport;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.register_global(&format!("{REPORTER_PREFIX}{}", self.name))
            .map_err(|error| ExitReason::custom(format!("reporter: {error}")))?;
        ctx.start_timer(REPORT_EVERY, 0)
            .map(drop)
            .map_err(|error| ExitReason::custom(format!("reporter: {error}")))
    }

    fn handle(&mut self, report: NodeReport, _ctx: &mut Ctx<'_, Self>) {
        if report.shards.len() <= SHARDS_REPORTED_MAX {
            self.peers.keep(report);
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { .. } => self.tick(ctx),
            SystemMsg::Exit { from, reason } if from.is_shard() => ctx.stop(reason),
            _ => {}
        }
    }

    fn status(&self, status: &mut hearth_engine::Status) {
        status.field("node", &self.name);
        status.field("peers_heard", self.peers.heard().len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(name: &str) -> NodeReport {
        NodeReport {
            name: name.to_owned(),
            role: "app".to_owned(),
            shards: vec![ShardLoad {
                processes: 1,
                delivered: 2,
            }],
        }
    }

    #[test]
    fn the_last_report_of_each_node_is_kept_within_the_bound() {
        let peers = Peers::default();
        peers.keep(report("a"));
        let mut newer = report("a");
        newer.shards[0].delivered = 9;
        peers.keep(newer.clone());
        assert_eq!(peers.of("a").unwrap().0, newer);
        for node in 0..PEERS_HEARD_MAX + 3 {
            peers.keep(report(&node.to_string()));
        }
        assert_eq!(peers.heard().len(), PEERS_HEARD_MAX);
        assert!(peers.of("a").is_none(), "the oldest heard is forgotten");
        assert!(peers.of(&(PEERS_HEARD_MAX + 2).to_string()).is_some());
    }
}
