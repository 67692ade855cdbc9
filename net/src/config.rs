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
    /// The address other nodes are told to dial, when it is not `listen` (a node behind
    /// NAT, a port forward or a proxy) [default: `listen`].
    pub advertise: Option<SocketAddr>,
    /// Encrypt what this node sends to other nodes (AES-256-GCM, `seal.rs`); every
    /// frame is authenticated either way [default: on. Off shows message bytes on the
    /// wire for debugging, and costs more CPU, not less: ring's GCM encrypts at ~7 GB/s
    /// here but authenticates clear bytes at ~2 GB/s].
    pub encrypt: bool,
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
            advertise: None,
            encrypt: true,
        }
    }

    /// Told to other nodes as the address to dial instead of `listen`.
    pub fn advertise(mut self, addr: SocketAddr) -> Self {
        self.advertise = Some(addr);
        self
    }

    /// Encrypting what this node sends.
    pub fn encrypt(mut self, encrypt: bool) -> Self {
        self.encrypt = encrypt;
        self
    }

    /// The address other nodes dial: `advertise`, else `listen`.
    pub fn announced(&self) -> SocketAddr {
        self.advertise.unwrap_or(self.listen)
    }

    /// With seed members.
    pub fn seeds(mut self, seeds: impl IntoIterator<Item = SocketAddr>) -> Self {
        self.seeds = seeds.into_iter().collect();
        self
    }
}
