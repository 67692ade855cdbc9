//! What a node starts with: its limits (plain data from `config.rs`) and its wiring — the
//! message types that may cross nodes, the behaviours other nodes may spawn here, and the
//! services started on every shard.

use std::sync::Arc;
use std::time::Duration;

use crate::config::{
    MAILBOX_LEN_MAX_DEFAULT, NODE_SHUTDOWN_GRACE, PROCESSES_PER_SHARD_MAX_DEFAULT,
    RING_PARCELS_DEFAULT, TIMERS_PER_SHARD_MAX_DEFAULT,
};
use crate::remote::{Behaviours, ShardService, WireTypes};

/// How a node is set up. Every field has a protective default.
#[derive(Clone, Debug)]
pub struct NodeConfig {
    /// The node's name (for logs and distribution).
    pub name: String,
    /// Shards (cores) to run; default: every available core.
    pub shards: usize,
    /// Pin shard `i` to CPU `(cpu_offset + i) % cores`.
    pub pin: bool,
    /// First CPU to pin to (several nodes on one machine can then take different cores).
    pub cpu_offset: usize,
    /// Default mailbox bound for spawned processes.
    pub mailbox_len_max: usize,
    /// Most processes per shard.
    pub processes_per_shard_max: usize,
    /// Parcels per shard-pair ring (a power of two).
    pub ring_parcels: usize,
    /// Live timers per shard.
    pub timers_per_shard_max: usize,
    /// Timer nodes to create (and touch) per shard at start-up, so bursts of timers pay no
    /// page faults.
    pub timers_reserved: usize,
    /// How long shutdown waits for root processes to stop before the shards exit.
    pub shutdown_grace: Duration,
    /// Message types that may cross nodes.
    pub wire: Arc<WireTypes>,
    /// Behaviours other nodes may spawn here by name.
    pub behaviours: Arc<Behaviours>,
    /// Services started on every shard (the distribution layer, for one).
    pub services: Services,
}

/// Services a node starts on each shard.
#[derive(Clone, Default)]
pub struct Services(pub Vec<Arc<dyn ShardService>>);

impl std::fmt::Debug for Services {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Services({})", self.0.len())
    }
}

impl Default for NodeConfig {
    fn default() -> Self {
        Self {
            name: "hearth".to_owned(),
            shards: std::thread::available_parallelism().map_or(1, |n| n.get()),
            pin: true,
            cpu_offset: 0,
            mailbox_len_max: MAILBOX_LEN_MAX_DEFAULT,
            processes_per_shard_max: PROCESSES_PER_SHARD_MAX_DEFAULT,
            ring_parcels: RING_PARCELS_DEFAULT,
            timers_per_shard_max: TIMERS_PER_SHARD_MAX_DEFAULT,
            timers_reserved: 0,
            shutdown_grace: NODE_SHUTDOWN_GRACE,
            wire: Arc::default(),
            behaviours: Arc::default(),
            services: Services::default(),
        }
    }
}
