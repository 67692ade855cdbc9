//! The single world: what Person processes exchange with each other and with orgs
//! (guilds, teams), AI entities, and the supervision tree that holds them.
//!
//! ```text
//! world (one_for_one, shard 0)
//! ├── world.orgs directory ── orgs (simple_one_for_one) ── guild / team orgs
//! ├── world.battles host ── battles (simple_one_for_one, temporary) ── battle instances
//! ├── world.cells host ── cells (simple_one_for_one, transient) ── map cells
//! └── ai (simple_one_for_one) ── AI entities, balanced over the shards
//! ```
//! Persons belong to their sessions (a gate monitors each); everything else the world
//! runs is under `world`, so a crashing org or AI is restarted and nothing else notices.
//!
//! # One world over many App nodes
//!
//! Every App node runs this tree. The keyed world processes — map cells, guilds, teams,
//! battles — are **one per key in the whole cluster**:
//!
//! | rule | how |
//! |---|---|
//! | a keyed process is found by its key, from any node | it registers its name cluster-wide ([`register_name`]); lookups use [`whereis_name`] |
//! | a key that runs nowhere starts on its *home* node | the node services (cell host, org directory) register as `service@node` cluster-wide; the home is picked among the nodes that run the service, by key ([`home_service`]): cells in bands of [`cell::CELL_BAND_ROWS`] rows (neighbours mostly on one node), orgs by a hash of the key |
//! | two nodes start the same key anyway (they saw different members for a moment) | the cluster's name conflict rule keeps one; the other ends and its members join the survivor on their next move or join |
//! | a node is lost | its processes' names go with it; members see `DOWN` (`noconnection`) and the next move or join starts the key on a surviving home |
//!
//! Without distribution (a standalone node) the same names are node-local.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

pub mod ai;
pub mod battle;
pub mod cell;
pub mod host;
pub mod org;

use hearth_engine::{
    ChildSpec, Ctx, NameError, NodeError, NodeHandle, NodeId, Pid, Placement, Priority, Process,
    Restart, SpawnOptions, Strategy, Supervisor, SupervisorSpec, WireTypes,
};
use rkyv::{Archive, Deserialize, Serialize};

/// Game traffic between persons, orgs and cells.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum GameEvent {
    /// A player whispers to this one.
    Whisper {
        /// Who.
        from: u64,
        /// What.
        text: String,
    },
    /// A line said to a group this player is in.
    GroupLine {
        /// [`org::GroupKind`] byte.
        kind: u8,
        /// The group.
        group: u64,
        /// Who said it.
        from: u64,
        /// What.
        text: String,
    },
    /// An org took this player in.
    Joined {
        /// [`org::GroupKind`] byte.
        kind: u8,
        /// The group.
        group: u64,
        /// The org process.
        org: [u8; 16],
    },
    /// A trade offer to this player expired unanswered (told by the offerer's Person).
    TradeExpired {
        /// The offering player.
        from: u64,
        /// The offer.
        offer: u64,
    },
    /// The battle this player is in ended (`victory`, `abandoned`).
    BattleEnded {
        /// The battle.
        battle: u64,
        /// How.
        outcome: String,
    },
    /// A cell took this player in.
    CellEntered {
        /// The cell.
        cell: u32,
        /// Its process.
        pid: [u8; 16],
    },
    /// Area-of-interest news: (player, x, y) seen, players gone.
    Aoi {
        /// Seen moving.
        seen: Vec<(u64, i32, i32)>,
        /// Gone.
        gone: Vec<u64>,
    },
    /// An org (or the directory) refused the join.
    JoinRefused {
        /// [`org::GroupKind`] byte.
        kind: u8,
        /// The group.
        group: u64,
        /// Why.
        reason: String,
    },
}

/// Registers the world's wire types.
pub fn register_wire(wire: &mut WireTypes) {
    wire.register::<cell::CellMsg>()
        .register::<host::HostMsg<cell::Cell>>()
        .register::<org::OrgMsg>()
        .register::<org::DirectoryMsg>()
        .register::<battle::BattleMsg>();
}

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

/// Messages per run of the node-wide services every player goes through (the org
/// directory, the battle and cell hosts), which also run at `High` priority: with the
/// default share they get one run per cycle of a run queue of tens of thousands of
/// players, and logins queue behind them.
const SERVICE_MESSAGES_PER_RUN: usize = 1024;
/// Restarts the world supervisor allows ...
const WORLD_RESTARTS_MAX: u32 = 10;
/// ... within this period.
const WORLD_RESTART_PERIOD: std::time::Duration = std::time::Duration::from_secs(10);
/// AI restarts the `ai` supervisor allows within [`AI_RESTART_PERIOD`].
const AI_RESTARTS_MAX: u32 = 10_000;
/// The period of [`AI_RESTARTS_MAX`].
const AI_RESTART_PERIOD: std::time::Duration = std::time::Duration::from_secs(10);
/// The registered name of the `ai` supervisor.
pub const AI_SUPERVISOR_NAME: &str = "world.ai";

/// The `ai` supervisor: AI entities started on request, balanced over the shards.
fn ai_supervisor() -> Supervisor {
    let template = ChildSpec::new("ai", |_| {
        unreachable!("a dynamic supervisor starts its children from the template")
    })
    .restart(Restart::Permanent);
    let spec = SupervisorSpec::dynamic(template, |starter, args| {
        let spec = *args
            .downcast_ref::<ai::AiSpec>()
            .expect("AI entities start from an AiSpec");
        starter.spawn_link_on(ai::Ai::new(spec), Placement::Balanced)
    })
    .intensity(AI_RESTARTS_MAX, AI_RESTART_PERIOD)
    .named(AI_SUPERVISOR_NAME);
    Supervisor::new(spec)
}

/// Starts the world's supervision tree on shard 0; its pid.
///
/// # Errors
/// When shard 0 cannot take another process or a child fails to start.
pub fn start(node: &NodeHandle) -> Result<Pid, NodeError> {
    let directory = ChildSpec::new("world.orgs", |starter| {
        let options = SpawnOptions::on(Placement::Local)
            .mailbox_len_max(org::ORG_DIRECTORY_MAILBOX)
            .messages_per_run(SERVICE_MESSAGES_PER_RUN)
            .priority(Priority::High);
        starter.spawn_link_opts(org::OrgDirectory::new(), options)
    });
    let service = || {
        SpawnOptions::on(Placement::Local)
            .messages_per_run(SERVICE_MESSAGES_PER_RUN)
            .priority(Priority::High)
    };
    let battles = ChildSpec::new(battle::BATTLE_HOST_NAME, move |starter| {
        starter.spawn_link_opts(host::Host::<battle::Battle>::default(), service())
    });
    let cells = ChildSpec::new(cell::CELL_HOST_NAME, move |starter| {
        starter.spawn_link_opts(host::Host::<cell::Cell>::default(), service())
    });
    let ai = ChildSpec::new(AI_SUPERVISOR_NAME, |starter| {
        starter.spawn_link(ai_supervisor())
    });
    let spec = SupervisorSpec::new(Strategy::OneForOne, vec![directory, battles, cells, ai])
        .intensity(WORLD_RESTARTS_MAX, WORLD_RESTART_PERIOD);
    Ok(node.spawn(0, Supervisor::new(spec))?.pid())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use hearth_engine::{WireError, WireMessage};

    use super::cell::{Cell, CellMsg};
    use super::host::{Delivery, HostMsg};
    use super::org::{DirectoryMsg, GroupKind, OrgJoin, OrgKey, OrgMsg};
    use super::*;

    fn pid(n: u8) -> Pid {
        let mut bytes = [0; 16];
        bytes[0] = 7;
        bytes[8] = n;
        Pid::from_bytes(bytes)
    }

    fn round_trip<M: WireMessage>(message: &M) -> M {
        let mut bytes = Vec::new();
        message.encode(&mut bytes).expect("encodes");
        // Record payloads arrive 16-byte aligned.
        let mut aligned = rkyv::util::AlignedVec::<16>::new();
        aligned.extend_from_slice(&bytes);
        M::decode(&aligned).expect("decodes")
    }

    #[test]
    fn world_messages_cross_nodes_intact() {
        let relay = CellMsg::Relay {
            seen: Arc::from(vec![(1, -2, 3), (4, 5, -6)]),
            gone: Arc::from(vec![9]),
        };
        let CellMsg::Relay { seen, gone } = round_trip(&relay) else {
            panic!("a relay");
        };
        assert_eq!((&*seen, &*gone), (&[(1, -2, 3), (4, 5, -6)][..], &[9][..]));

        let enter = CellMsg::Enter {
            player: 5,
            person: pid(3),
            x: -1,
            y: 2,
        };
        let HostMsg::Deliver(Delivery {
            key: 42,
            create: true,
            message: CellMsg::Enter { person, x: -1, .. },
        }) = round_trip(&HostMsg::<Cell>::deliver(42, true, enter))
        else {
            panic!("a delivery of an enter");
        };
        assert_eq!(person, pid(3), "pids keep every byte");

        let say = OrgMsg::Say {
            from: 8,
            text: Arc::from("hello"),
        };
        assert!(matches!(round_trip(&say), OrgMsg::Say { from: 8, text } if &*text == "hello"));
        let key = OrgKey {
            kind: GroupKind::Team,
            id: 11,
        };
        let join = DirectoryMsg::Join(OrgJoin {
            key,
            player: 1,
            person: pid(9),
        });
        assert!(
            matches!(round_trip(&join), DirectoryMsg::Join(OrgJoin { key: k, .. }) if k == key)
        );
    }

    #[test]
    fn local_only_variants_refuse_to_cross_and_bad_bytes_are_refused() {
        let started = DirectoryMsg::Started {
            key: OrgKey {
                kind: GroupKind::Guild,
                id: 1,
            },
            org: pid(1),
        };
        let mut out = Vec::new();
        assert!(matches!(
            started.encode(&mut out),
            Err(WireError::LocalOnly(_))
        ));
        let mut garbage = rkyv::util::AlignedVec::<16>::new();
        garbage.extend_from_slice(&[0xff; 40]);
        assert!(matches!(
            CellMsg::decode(&garbage),
            Err(WireError::Malformed(_))
        ));
        assert!(matches!(
            DirectoryMsg::decode(&garbage),
            Err(WireError::Malformed(_))
        ));
    }
}
