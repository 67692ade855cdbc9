//! `hearth-world`: the single game world — Persons, guilds and teams, map cells, battles,
//! AI — and the supervision tree that holds it.
//!
//! ```text
//! world (one_for_one, shard 0)
//! ├── world.orgs directory ── orgs (simple_one_for_one) ── guild / team orgs
//! ├── world.battles host ── battles (simple_one_for_one, temporary) ── battle instances
//! ├── world.cells host ── cells (simple_one_for_one, transient) ── map cells
//! └── ai (simple_one_for_one) ── AI entities, balanced over the shards
//! ```
//! Persons belong to their sessions (the connection process that attached one monitors
//! it); everything else the world runs is under `world`, so a crashing org or AI is
//! restarted and nothing else notices.
//!
//! # Invariants
//! - **No sockets.** The world reaches a player's connection only through its
//!   [`PlayerPort`] ([`port`]), which the room serving connections implements (the
//!   gate; a load bot; a test). It never names that room's processes or messages: a
//!   connection is a pid it was given (`conn`), a fan-out process a pid it was given
//!   (`hub`).
//! - One [`Port`] per node, given at node assembly ([`install`], [`start`]) and handed
//!   down to every Person, org and cell: nothing global, so several nodes (and ports) can
//!   share one OS process.
//! - Everything that crosses nodes is in [`wire`] or beside its process (`CellMsg`,
//!   `OrgMsg`, …), registered by [`register_wire`] under names that never change
//!   (`hearth.game.*`), so nodes of different builds keep talking.
//! - One process per key in the whole cluster for cells, guilds, teams and battles
//!   ([`names`]).
//!
//! # Rooms
//! - [`person`]: one Person process per logged-in player, its session and FSM tree.
//! - [`org`], [`cell`], [`battle`], [`ai`]: the world's other processes; [`host`]
//!   starts keyed ones on demand; [`lateness`]: the AI's tick-lateness histogram.
//! - [`audience`]: a group's members reached through fan-out processes, planned by hub.
//! - [`event`]: the game traffic between them; [`wire`]: the messages the connection
//!   side exchanges with Persons.
//! - [`tree`]: the supervision tree; [`names`]: cluster-wide names and home nodes.
//! - [`holdings`]: gold and item stacks (inventories, guild banks), changed all or
//!   nothing.
//! - [`resend`]: a session's resend cache; [`map`]: the map's geometry; [`work`]: the
//!   heavy request's CPU work.

pub mod ai;
pub mod audience;
pub mod battle;
pub mod cell;
pub mod event;
pub mod holdings;
pub mod host;
pub mod lateness;
pub mod map;
pub mod names;
pub mod org;
pub mod person;
pub mod port;
pub mod resend;
pub mod rules;
pub mod tree;
pub mod tuning;
pub mod wire;
pub mod work;

use std::sync::Arc;

use hearth_engine::{NodeConfig, WireTypes};

pub use event::GameEvent;
pub use hearth_scripts::Catalog;
pub use names::{home_service, register_name, register_service, service_name, whereis_name};
pub use port::{PlayerPort, Port, SessionEvent};
pub use tree::{AI_SUPERVISOR_NAME, World, start, start_with};
pub use tuning::{Tuning, TuningValues};

/// Registers every world message that may cross nodes.
pub fn register_wire(wire: &mut WireTypes) {
    wire::register(wire);
    wire.register::<cell::CellMsg>()
        .register::<host::HostMsg<cell::Cell>>()
        .register::<org::OrgMsg>()
        .register::<org::DirectoryMsg>()
        .register::<org::GuildAnswer>()
        .register::<battle::BattleMsg>()
        .register::<battle::BattleAnswer>();
}

/// Where a node's Persons and guilds store their records: filled once the node's store has started
/// (it needs the running node); a node without storage leaves it empty and its Persons
/// are volatile.
pub type StoreSlot = Arc<std::sync::OnceLock<hearth_durable::Store>>;

/// Makes `config` a node that can run the world: registers the world's wire types and
/// the `person` behaviour (gates on other nodes spawn Persons here, balanced over the
/// shards, reaching their players through `port`, storing through `store`, their heavy
/// request by `scripts`' `person` script if it has one). Start the tree with [`start`]
/// once the node runs.
pub fn install(
    config: &mut NodeConfig,
    port: Port,
    store: StoreSlot,
    scripts: Option<Arc<hearth_scripts::Catalog>>,
) {
    register_wire(Arc::make_mut(&mut config.wire));
    Arc::make_mut(&mut config.behaviours).register::<wire::PersonArgs>(
        person::PERSON_BEHAVIOUR,
        move |ctx, args| {
            let options = hearth_engine::SpawnOptions::on(hearth_engine::Placement::Balanced);
            let store = store.get().cloned();
            let person = person::spawnable(args, Arc::clone(&port), store, scripts.as_ref());
            ctx.spawn_opts(person, options)
                .map(|spawned| spawned.addr.pid())
        },
    );
}
