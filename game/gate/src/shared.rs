//! What the connections of one shard share — config, the world's port, the shard's
//! fan-out hub, the list of its gate processes — built by the service, used by each
//! connection task.
//!
//! Invariants: it is the shard's own (`Rc`, `!Send`). A drain reaches every gate process
//! of a shard through its `ShardGates` list, which the connection task keeps: added when
//! the gate process is spawned, removed when the connection ends.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use hashbrown::HashMap;
use hearth_engine::Addr;
use hearth_world::Port;

use crate::config::GateConfig;
use crate::hub::HubHandle;
use crate::wire::GateMsg;

/// The gate processes of one shard, so a drain can reach them.
#[derive(Default)]
pub(crate) struct ShardGates {
    gates: RefCell<HashMap<u64, Addr<GateMsg>>>,
    next: std::cell::Cell<u64>,
}

impl ShardGates {
    pub(crate) fn add(&self, gate: Addr<GateMsg>) -> u64 {
        let key = self.next.get();
        self.next.set(key + 1);
        self.gates.borrow_mut().insert(key, gate);
        key
    }

    pub(crate) fn remove(&self, key: u64) {
        self.gates.borrow_mut().remove(&key);
    }

    pub(crate) fn all(&self) -> Vec<Addr<GateMsg>> {
        self.gates.borrow().values().copied().collect()
    }
}

/// What every connection of a shard shares.
pub(crate) struct Shared {
    pub(crate) config: Rc<GateConfig>,
    /// The limits a reload changes, shared by every shard.
    pub(crate) limits: Arc<crate::limits::LiveLimits>,
    /// The counters `/metrics` shows (each shard writes its own slot).
    pub(crate) counts: Arc<crate::metrics::GateCounts>,
    /// Connections per source address, node-wide.
    pub(crate) throttle: Arc<crate::throttle::Throttle>,
    /// Failed logins per source address, node-wide.
    pub(crate) failed_logins: Arc<crate::throttle::Throttle>,
    /// The world's port to this node's gate processes, for the Persons gates spawn here.
    pub(crate) port: Port,
    /// The shard's broadcast hub (`None` if it could not be spawned: pushes then go
    /// through each Person).
    pub(crate) hub: Option<HubHandle>,
    pub(crate) gates: ShardGates,
    pub(crate) open: Arc<AtomicUsize>,
}
