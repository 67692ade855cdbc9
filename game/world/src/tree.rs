//! The world's supervision tree (drawn in the crate docs): the org directory, the battle
//! and cell hosts, and the `ai` supervisor under one `one_for_one` supervisor on shard 0.
//!
//! The directory and the hosts are node services every player goes through: they run at
//! `High` priority with a large run budget (`SERVICE_MESSAGES_PER_RUN`). Restart
//! intensities are OTP-like defaults that protect the node: a world child that crashes
//! more than `WORLD_RESTARTS_MAX` times in `WORLD_RESTART_PERIOD` takes the tree down
//! rather than loop.

use std::sync::Arc;
use std::time::Duration;

use hearth_engine::{
    ChildSpec, NodeError, NodeHandle, Pid, Placement, Priority, Restart, SpawnOptions, Strategy,
    Supervisor, SupervisorSpec,
};

use crate::StoreSlot;
use crate::port::Port;
use crate::tuning::Tuning;
use crate::{ai, battle, cell, host, org};
use hearth_scripts::Catalog;

/// Messages per run of the node-wide services every player goes through (the org
/// directory, the battle and cell hosts), which also run at `High` priority: with the
/// default share they get one run per cycle of a run queue of tens of thousands of
/// players, and logins queue behind them.
const SERVICE_MESSAGES_PER_RUN: usize = 1024;
/// Restarts the world supervisor allows ...
const WORLD_RESTARTS_MAX: u32 = 10;
/// ... within this period.
const WORLD_RESTART_PERIOD: Duration = Duration::from_secs(10);
/// AI restarts the `ai` supervisor allows within [`AI_RESTART_PERIOD`].
const AI_RESTARTS_MAX: u32 = 10_000;
/// The period of [`AI_RESTARTS_MAX`].
const AI_RESTART_PERIOD: Duration = Duration::from_secs(10);
/// The registered name of the `ai` supervisor.
pub const AI_SUPERVISOR_NAME: &str = "world.ai";

/// The `ai` supervisor: AI entities started on request, balanced over the shards,
/// deciding by `scripts` (or the Rust default without).
fn ai_supervisor(scripts: Option<Arc<Catalog>>) -> Supervisor {
    let template = ChildSpec::new("ai", |_| {
        unreachable!("a dynamic supervisor starts its children from the template")
    })
    .restart(Restart::Permanent);
    let spec = SupervisorSpec::dynamic(template, move |starter, args| {
        let spec = *args
            .downcast_ref::<ai::AiSpec>()
            .expect("AI entities start from an AiSpec");
        let ai = match &scripts {
            Some(scripts) => ai::Ai::scripted(spec, Arc::clone(scripts)),
            None => ai::Ai::new(spec),
        };
        starter.spawn_link_on(ai, Placement::Balanced)
    })
    .intensity(AI_RESTARTS_MAX, AI_RESTART_PERIOD)
    .named(AI_SUPERVISOR_NAME);
    Supervisor::new(spec)
}

/// Starts the world's supervision tree on shard 0 of a node made ready by
/// [`crate::install`], with the default live settings; its pid. Its orgs and cells reach
/// their members' connections through `port`; its guilds store through `store` (the
/// slot given to [`crate::install`]).
///
/// # Errors
/// When shard 0 cannot take another process or a child fails to start.
pub fn start(node: &NodeHandle, port: Port, store: StoreSlot) -> Result<Pid, NodeError> {
    start_with(node, port, store, World::default())
}

/// What a world runs with beyond its port and store: its live settings and its scripts.
#[derive(Clone, Default)]
pub struct World {
    /// The node's live settings ([`crate::tuning`]): what a reload changes.
    pub tuning: Arc<Tuning>,
    /// The game rules in scripts ([`crate::rules`]); `None`: the Rust defaults.
    pub scripts: Option<Arc<Catalog>>,
}

/// [`start`] with the node's live settings and scripts, `world`.
///
/// # Errors
/// As [`start`].
pub fn start_with(
    node: &NodeHandle,
    port: Port,
    store: StoreSlot,
    world: World,
) -> Result<Pid, NodeError> {
    let scripts = world.scripts.clone();
    let for_orgs = Arc::clone(&port);
    let directory = ChildSpec::new(org::ORG_DIRECTORY_NAME, move |starter| {
        let options = SpawnOptions::on(Placement::Local)
            .mailbox_len_max(org::ORG_DIRECTORY_MAILBOX)
            .messages_per_run(SERVICE_MESSAGES_PER_RUN)
            .priority(Priority::High);
        starter.spawn_link_opts(
            org::OrgDirectory::new(Arc::clone(&for_orgs), Arc::clone(&store)),
            options,
        )
    });
    let service = || {
        SpawnOptions::on(Placement::Local)
            .messages_per_run(SERVICE_MESSAGES_PER_RUN)
            .priority(Priority::High)
    };
    let for_battles = Arc::clone(&port);
    let for_battle_world = world.clone();
    let battles = ChildSpec::new(battle::BATTLE_HOST_NAME, move |starter| {
        let host =
            host::Host::<battle::Battle>::new(Arc::clone(&for_battles), for_battle_world.clone());
        starter.spawn_link_opts(host, service())
    });
    let cells = ChildSpec::new(cell::CELL_HOST_NAME, move |starter| {
        let host = host::Host::<cell::Cell>::new(Arc::clone(&port), world.clone());
        starter.spawn_link_opts(host, service())
    });
    let ai = ChildSpec::new(AI_SUPERVISOR_NAME, move |starter| {
        starter.spawn_link(ai_supervisor(scripts.clone()))
    });
    let spec = SupervisorSpec::new(Strategy::OneForOne, vec![directory, battles, cells, ai])
        .intensity(WORLD_RESTARTS_MAX, WORLD_RESTART_PERIOD);
    Ok(node.spawn(0, Supervisor::new(spec))?.pid())
}
