//! Names of the world's processes, and their home nodes: how one world spans many App
//! nodes.
//!
//! Every App node runs the world's tree ([`crate::tree`]). The keyed world processes —
//! map cells, guilds, teams, battles — are **one per key in the whole cluster**:
//!
//! | rule | how |
//! |---|---|
//! | a keyed process is found by its key, from any node | it registers its name cluster-wide ([`register_name`]); lookups use [`whereis_name`] |
//! | a key that runs nowhere starts on its *home* node | the node services (cell host, org directory) register as `service@node` cluster-wide ([`register_service`]); the home is picked among the nodes that run the service, by key ([`home_service`]): cells in bands of [`crate::cell::CELL_BAND_ROWS`] rows (neighbours mostly on one node), orgs by a hash of the key |
//! | two nodes start the same key anyway (they saw different members for a moment) | the cluster's name conflict rule keeps one; the other ends and its members join the survivor on their next move or join |
//! | a node is lost | its processes' names go with it; members see `DOWN` (`noconnection`) and the next move or join starts the key on a surviving home |
//!
//! Without distribution (a standalone node) the same names are node-local.

use hearth_engine::{Ctx, NameError, NodeId, Pid, Process};

/// Registers a keyed world process's `name` cluster-wide (node-locally on a node
/// without distribution).
///
/// # Errors
/// [`NameError::Taken`] if a process anywhere holds it.
pub fn register_name<P: Process>(name: &str, ctx: &mut Ctx<'_, P>) -> Result<(), NameError> {
    match ctx.register_global(name) {
        Err(NameError::NoProc) => ctx.register(name),
        other => other,
    }
}

/// The process registered as a world `name`, wherever in the cluster it runs.
pub fn whereis_name<P: Process>(name: &str, ctx: &Ctx<'_, P>) -> Option<Pid> {
    ctx.whereis_global(name).or_else(|| ctx.whereis(name))
}

/// The cluster-wide name of `node`'s `service`.
pub fn service_name(service: &str, node: NodeId) -> String {
    format!("{service}@{:08x}", node.0)
}

/// Registers a node service: node-locally as `service` (for the node's own processes)
/// and cluster-wide as `service@node` (for the other nodes, see [`home_service`]).
///
/// # Errors
/// When either name is taken.
pub fn register_service<P: Process>(service: &str, ctx: &mut Ctx<'_, P>) -> Result<(), NameError> {
    ctx.register(service)?;
    match ctx.register_global(&service_name(service, ctx.me().node())) {
        Err(NameError::NoProc) => Ok(()),
        other => other,
    }
}

/// The `service` that starts a key which runs nowhere yet: `pick(n)` chooses among the
/// `n` nodes that run the service (this one included), sorted by node id, so every
/// node that sees the same members picks the same home. Without distribution, this
/// node's own service.
pub fn home_service<P: Process>(
    service: &str,
    pick: impl FnOnce(usize) -> usize,
    ctx: &Ctx<'_, P>,
) -> Option<Pid> {
    let mut nodes = ctx.nodes();
    nodes.push(ctx.me().node());
    nodes.sort_unstable();
    nodes.dedup();
    let running: Vec<Pid> = nodes
        .into_iter()
        .filter_map(|node| ctx.whereis_global(&service_name(service, node)))
        .collect();
    match running.len() {
        0 => ctx.whereis(service),
        n => Some(running[pick(n).min(n - 1)]),
    }
}
