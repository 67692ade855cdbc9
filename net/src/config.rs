//! How a node joins a cluster.

use std::net::SocketAddr;
use std::time::Duration;

use crate::handshake::Cookie;
use crate::limits::{DOWN_AFTER_DEFAULT, HEARTBEAT_DEFAULT};

/// Distribution settings of one node.
#[derive(Clone, Debug)]
pub struct DistConfig {
    /// Node-to-node listen address (every shard listens on it; the kernel spreads
    /// incoming connections over them).
    pub listen: SocketAddr,
    /// Members to contact at start-up; the rest of the cluster is learned from them.
    pub seeds: Vec<SocketAddr>,
    /// The cluster's shared secret.
    pub cookie: Cookie,
    /// Heartbeat interval on idle connections.
    pub heartbeat: Duration,
    /// Silence after which a connection, and so its node, is down.
    pub down_after: Duration,
}

impl DistConfig {
    /// Settings with the default heartbeat (250 ms) and down detection (1.5 s).
    pub fn new(listen: SocketAddr, cookie: Cookie) -> Self {
        Self {
            listen,
            seeds: Vec::new(),
            cookie,
            heartbeat: HEARTBEAT_DEFAULT,
            down_after: DOWN_AFTER_DEFAULT,
        }
    }

    /// With seed members.
    pub fn seeds(mut self, seeds: impl IntoIterator<Item = SocketAddr>) -> Self {
        self.seeds = seeds.into_iter().collect();
        self
    }
}
