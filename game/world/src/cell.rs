//! Map cells: the world split into square cells, each a process, started on demand and
//! spread over the shards and the App nodes (bands of [`CELL_BAND_ROWS`] rows per node,
//! see [`crate::names`]), so one single world grows by adding cores and nodes.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a Person enters cell `id` | it sends [`CellMsg::Enter`] to the cell by its cluster-wide name, or through the cell [`crate::host::Host`] of the cell's home node ([`home_host`]), which starts the cell (under its `cells` supervisor) first; the cell answers [`GameEvent::CellEntered`] with its pid |
//! | a member moves | [`CellMsg::Move`]; crossing a border is a handover: `Leave` the old cell, `Enter` the new |
//! | every AOI tick ([`crate::tuning`], 200 ms by default) | a cell with news sends each member **one** [`GameEvent::Aoi`] with the players seen moving or gone in its area of interest, the (2r+1)×(2r+1) cells around it for the AOI radius r (3×3 by default: its own news and what its 8 neighbours relayed), at most [`AOI_ENTRIES_MAX`] entries; and relays its own news to its running neighbours within the radius |
//! | a member's route changes (attach, detach) | its Person says so ([`CellMsg::Route`]): members with a route get the tick's AOI through their hub, one message per hub ([`crate::audience`]), with every entry (a player may see itself: clients skip their own id) |
//! | a member's Person ends | the cell's monitor drops it (seen as gone) |
//! | empty for [`CELL_IDLE_STOP`] | the cell stops `normal` |
//! | it crashes | the `cells` supervisor restarts it empty; its players see `DOWN` and enter again on their next move |
//!
//! Batching by tick bounds the area-of-interest traffic: a player gets at most one AOI
//! push per tick however many players move around it.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use std::sync::Arc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::{
    Addr, Ctx, ExitReason, MonitorRef, Pid, Process, Restart, SystemMsg, TimerRef, WireError,
    WireMessage,
};
use hearth_net::codec::PidBytes;
use rkyv::{Archive, Deserialize, Serialize};

use hearth_protocol as proto;

use crate::GameEvent;
use crate::audience::Audience;
use crate::host::{Delivery, HostMsg, Hosted};
use crate::map::{CELL_SIDE, WORLD_EXTENT};
use crate::port::Port;
use crate::tuning::Tuning;
use crate::wire::{PersonMsg, Route};

/// The registered name of a node's cell host.
pub const CELL_HOST_NAME: &str = "world.cells";
/// Most entries (seen + gone) in one AOI push; more news waits for the next tick.
pub const AOI_ENTRIES_MAX: usize = 256;
/// Most members of one cell; past it an `Enter` is refused (the player stays unseen).
pub const CELL_MEMBERS_MAX: usize = 4096;
/// An empty cell stops after this long.
pub const CELL_IDLE_STOP: Duration = Duration::from_secs(60);
/// Timer tag of the AOI tick.
const TICK: u64 = 1;
/// Ticks between two lookups of the neighbour cells (which start and stop on demand).
const NEIGHBOURS_REFRESH_TICKS: u32 = 5;
/// Cells per side of the world.
const CELLS_PER_SIDE: u32 = (2 * WORLD_EXTENT / CELL_SIDE + 1) as u32;
/// Rows of cells in one band: the bands go round the App nodes, so a cell's neighbours
/// run on its own node except along a band's edge (one row in this many).
pub const CELL_BAND_ROWS: u32 = 8;

/// The band of cell `id` (its home is band mod the number of App nodes).
pub fn cell_band(id: u32) -> u32 {
    id / CELLS_PER_SIDE / CELL_BAND_ROWS
}

/// The host that starts cell `id` if it runs nowhere: its band's node's.
pub fn home_host<P: Process>(id: u32, ctx: &Ctx<'_, P>) -> Option<Pid> {
    let band = cell_band(id) as usize;
    crate::home_service(CELL_HOST_NAME, |nodes| band % nodes, ctx)
}

/// The registered name of cell `id`.
pub fn cell_name(id: u32) -> String {
    format!("cell:{id}")
}

/// The ids of the cells within `radius` cells of `id` (up to 8 at radius 1, 24 at 2).
pub fn neighbours(id: u32, radius: u32) -> impl Iterator<Item = u32> {
    let (row, column) = (id / CELLS_PER_SIDE, id % CELLS_PER_SIDE);
    let reach = i64::from(radius);
    (-reach..=reach)
        .flat_map(move |dr| (-reach..=reach).map(move |dc| (dr, dc)))
        .filter(|&(dr, dc)| (dr, dc) != (0, 0))
        .filter_map(move |(dr, dc)| {
            let (r, c) = (i64::from(row) + dr, i64::from(column) + dc);
            let inside = (0..i64::from(CELLS_PER_SIDE)).contains(&r)
                && (0..i64::from(CELLS_PER_SIDE)).contains(&c);
            inside.then(|| (r * i64::from(CELLS_PER_SIDE) + c) as u32)
        })
}

/// What a cell accepts (it crosses nodes: a cell may run on another App node than its
/// members' Persons and its neighbours).
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum CellMsg {
    /// A Person enters at (x, y).
    Enter {
        /// The player.
        player: u64,
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
        /// Where.
        x: i32,
        /// Where.
        y: i32,
    },
    /// A member moved within the cell.
    Move {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
        /// Where.
        x: i32,
        /// Where.
        y: i32,
    },
    /// A member left (handover or logout).
    Leave {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
    },
    /// A member's route for broadcasts (`None`: through its Person).
    Route {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
        /// The route.
        route: Option<Route>,
    },
    /// A neighbour's news for this cell's members (shared by the 8 neighbours).
    Relay {
        /// Players seen moving: (player, x, y).
        seen: Arc<[(u64, i32, i32)]>,
        /// Players gone.
        gone: Arc<[u64]>,
    },
}

/// A map cell (see the module docs).
pub struct Cell {
    id: u32,
    port: Port,
    members: HashMap<Pid, (u64, MonitorRef)>,
    audience: Audience,
    seen: Vec<(u64, i32, i32)>,
    gone: Vec<u64>,
    relayed_seen: Vec<(u64, i32, i32)>,
    relayed_gone: Vec<u64>,
    ticking: bool,
    idle: Option<TimerRef>,
    neighbours: Vec<Pid>,
    /// The AOI radius `neighbours` was looked up for.
    radius: u32,
    ticks_to_refresh: u32,
    tuning: Arc<Tuning>,
}

impl Cell {
    /// Cell `id`, empty; it broadcasts through `port` and follows `tuning`.
    pub fn new(id: u32, port: Port, tuning: Arc<Tuning>) -> Self {
        Self {
            id,
            port,
            members: HashMap::new(),
            audience: Audience::default(),
            seen: Vec::new(),
            gone: Vec::new(),
            relayed_seen: Vec::new(),
            relayed_gone: Vec::new(),
            ticking: false,
            idle: None,
            neighbours: Vec::new(),
            radius: 0,
            ticks_to_refresh: 0,
            tuning,
        }
    }

    fn enter(&mut self, player: u64, person: Pid, at: (i32, i32), ctx: &mut Ctx<'_, Self>) {
        if !self.members.contains_key(&person) {
            if self.members.len() >= CELL_MEMBERS_MAX {
                return;
            }
            let monitor = ctx.monitor(person);
            self.members.insert(person, (player, monitor));
        }
        if let Some(timer) = self.idle.take() {
            ctx.cancel_timer(timer);
        }
        let entered = GameEvent::CellEntered {
            cell: self.id,
            pid: ctx.me().to_bytes(),
        };
        let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(entered));
        self.news_seen(player, at, ctx);
    }

    fn news_seen(&mut self, player: u64, (x, y): (i32, i32), ctx: &mut Ctx<'_, Self>) {
        match self.seen.iter_mut().find(|(seen, _, _)| *seen == player) {
            Some(entry) => *entry = (player, x, y),
            None => self.seen.push((player, x, y)),
        }
        self.start_ticking(ctx);
    }

    fn leave(&mut self, person: Pid, ctx: &mut Ctx<'_, Self>) {
        let Some((player, monitor)) = self.members.remove(&person) else {
            return;
        };
        ctx.demonitor(monitor, true);
        self.audience.remove(person);
        self.seen.retain(|(seen, _, _)| *seen != player);
        self.gone.push(player);
        self.start_ticking(ctx);
        if self.members.is_empty() && self.idle.is_none() {
            self.idle = ctx.start_timer(CELL_IDLE_STOP, 0).ok();
        }
    }

    fn start_ticking(&mut self, ctx: &mut Ctx<'_, Self>) {
        if !self.ticking {
            self.ticking = ctx.start_timer(self.tuning.aoi_tick(), TICK).is_ok();
        }
    }

    /// Shares this tick's own news with the running neighbours (looked up again every
    /// few ticks: a neighbour that stopped meanwhile just misses the relay).
    fn relay(&mut self, seen: &[(u64, i32, i32)], gone: &[u64], ctx: &mut Ctx<'_, Self>) {
        let radius = self.tuning.aoi_radius();
        if self.ticks_to_refresh == 0 || radius != self.radius {
            self.radius = radius;
            self.neighbours = neighbours(self.id, radius)
                .filter_map(|id| crate::whereis_name(&cell_name(id), ctx))
                .collect();
            self.ticks_to_refresh = NEIGHBOURS_REFRESH_TICKS;
        }
        self.ticks_to_refresh -= 1;
        let (seen, gone): (Arc<[_]>, Arc<[u64]>) = (seen.into(), gone.into());
        for &neighbour in &self.neighbours {
            let relay = CellMsg::Relay {
                seen: Arc::clone(&seen),
                gone: Arc::clone(&gone),
            };
            let _ = ctx.send(Addr::from_pid(neighbour), relay);
        }
    }

    /// Sends the tick's news: one AOI push per member, and a relay to each neighbour.
    fn tick(&mut self, ctx: &mut Ctx<'_, Self>) {
        self.ticking = false;
        let mut seen = std::mem::take(&mut self.seen);
        let mut gone = std::mem::take(&mut self.gone);
        if !seen.is_empty() || !gone.is_empty() {
            self.relay(&seen, &gone, ctx);
        }
        seen.append(&mut self.relayed_seen);
        gone.append(&mut self.relayed_gone);
        if seen.len() + gone.len() > AOI_ENTRIES_MAX {
            // Too much news for one push: the rest waits a tick (oldest first).
            let keep_seen = seen.len().min(AOI_ENTRIES_MAX);
            self.relayed_seen = seen.split_off(keep_seen);
            let keep_gone = AOI_ENTRIES_MAX - keep_seen;
            self.relayed_gone = gone.split_off(keep_gone.min(gone.len()));
            self.start_ticking(ctx);
        }
        if seen.is_empty() && gone.is_empty() {
            return;
        }
        if !self.audience.is_empty() {
            let aoi = proto::Aoi {
                seen: seen
                    .iter()
                    .map(|&(player, x, y)| proto::Seen { player, x, y })
                    .collect(),
                gone: gone.clone(),
            };
            let frame = proto::broadcast_frame(proto::push::Body::Aoi(aoi));
            self.audience
                .broadcast(frame, &*self.port, &mut ctx.outlet());
        }
        let audience = &self.audience;
        let unrouted = self
            .members
            .iter()
            .filter(|(p, _)| !audience.is_routed(**p));
        for (&person, &(player, _)) in unrouted {
            let news = GameEvent::Aoi {
                seen: seen
                    .iter()
                    .filter(|(who, _, _)| *who != player)
                    .copied()
                    .collect(),
                gone: gone.clone(),
            };
            let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(news));
        }
    }
}

impl Process for Cell {
    type Msg = CellMsg;

    fn status(&self, status: &mut hearth_engine::Status) {
        status.field("cell", self.id);
        status.field("members", self.members.len());
        status.field("neighbours_running", self.neighbours.len());
        status.field("ticking", self.ticking);
        status.field(
            "news",
            format_args!("{} seen, {} gone", self.seen.len(), self.gone.len()),
        );
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        crate::host::register_hosted(&cell_name(self.id), ctx)?;
        self.idle = ctx.start_timer(CELL_IDLE_STOP, 0).ok();
        Ok(())
    }

    fn handle(&mut self, message: CellMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            CellMsg::Enter {
                player,
                person,
                x,
                y,
            } => self.enter(player, person, (x, y), ctx),
            CellMsg::Move { person, x, y } => {
                if let Some(&(player, _)) = self.members.get(&person) {
                    self.news_seen(player, (x, y), ctx);
                }
            }
            CellMsg::Leave { person } => self.leave(person, ctx),
            CellMsg::Route { person, route } => {
                if self.members.contains_key(&person) {
                    self.audience.set(person, route);
                }
            }
            CellMsg::Relay { seen, gone } => {
                if !self.members.is_empty() {
                    self.relayed_seen.extend_from_slice(&seen);
                    self.relayed_gone.extend_from_slice(&gone);
                    self.start_ticking(ctx);
                }
            }
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { tag: TICK, .. } => self.tick(ctx),
            SystemMsg::Timer { timer, .. } if self.idle == Some(timer) => {
                ctx.stop(ExitReason::Normal);
            }
            SystemMsg::Down { pid, .. } => self.leave(pid, ctx),
            SystemMsg::Exit { from, reason } if from.is_shard() || Some(from) == ctx.parent() => {
                ctx.stop(reason);
            }
            _ => {}
        }
    }
}

impl Hosted for Cell {
    type Key = u32;
    const HOST_NAME: &'static str = CELL_HOST_NAME;
    const RESTART: Restart = Restart::Transient;

    fn new(key: u32, port: Port, world: &crate::World) -> Self {
        Self::new(key, port, Arc::clone(&world.tuning))
    }

    fn name(key: u32) -> String {
        cell_name(key)
    }

    /// A player whose cell cannot start stays unseen until its next move tries again.
    fn refuse<P: Process>(_: CellMsg, _: &str, _: &mut Ctx<'_, P>) {}
}

hearth_net::wire_message!(CellMsg, "hearth.game.CellMsg");

impl WireMessage for HostMsg<Cell> {
    const NAME: &'static str = "hearth.game.CellHostMsg";

    fn encode(&self, out: &mut Vec<u8>) -> Result<(), WireError> {
        match self {
            HostMsg::Deliver(delivery) => hearth_net::codec::encode(delivery, out),
            HostMsg::Started(_) => Err(WireError::LocalOnly("a cell host's start answer")),
        }
    }

    fn decode(bytes: &[u8]) -> Result<Self, WireError> {
        hearth_net::codec::decode::<Delivery<u32, CellMsg>>(bytes).map(HostMsg::Deliver)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::cell_of;

    #[test]
    fn neighbours_are_the_cells_around_within_the_world() {
        let middle = cell_of(0, 0);
        let around: Vec<u32> = neighbours(middle, 1).collect();
        assert_eq!(around.len(), 8);
        assert!(around.contains(&cell_of(CELL_SIDE, 0)));
        assert!(around.contains(&cell_of(-CELL_SIDE, -CELL_SIDE)));
        assert!(!around.contains(&middle));
        let corner = cell_of(-WORLD_EXTENT, -WORLD_EXTENT);
        assert_eq!(neighbours(corner, 1).count(), 3);

        let wider: Vec<u32> = neighbours(middle, 2).collect();
        assert_eq!(wider.len(), 24);
        assert!(wider.contains(&cell_of(2 * CELL_SIDE, -2 * CELL_SIDE)));
        assert!(!wider.contains(&cell_of(3 * CELL_SIDE, 0)));
        assert_eq!(neighbours(corner, 2).count(), 8);
    }
}
