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

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

pub mod ai;
pub mod battle;
pub mod cell;
pub mod host;
pub mod org;

use hearth_engine::{
    ChildSpec, NodeError, NodeHandle, Pid, Placement, Restart, SpawnOptions, Strategy, Supervisor,
    SupervisorSpec, WireTypes,
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
pub fn register_wire(_wire: &mut WireTypes) {}

/// Messages per run of the node-wide services every player goes through (the org
/// directory, the battle and cell hosts): with the default share they get one run per
/// cycle of a run queue of tens of thousands of players, and logins queue behind them.
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
            .messages_per_run(SERVICE_MESSAGES_PER_RUN);
        starter.spawn_link_opts(org::OrgDirectory::new(), options)
    });
    let service = || SpawnOptions::on(Placement::Local).messages_per_run(SERVICE_MESSAGES_PER_RUN);
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
