//! The seed's per-player request mix, shared by both load modes (`hearth load
//! --in-process` bots and `hearth load --seed-mix` TCP clients).
//!
//! Each second a player sends [`SEED_ACTIONS_PER_S`] requests: 5 echoes and 5 moves (the
//! 10 normal requests), 1 heavy request, 1 whisper to a random other player, and 1 line to
//! its group — its guild one second, its team the next. Players start spread at
//! [`PLAYERS_PER_CELL`] per map cell and walk at random.

use std::sync::Arc;

use hearth_protocol::{self as proto, request::Body};
use hearth_world::org::{GROUP_ID_MAX, GroupKind};
use hearth_world::person::{CELL_SIDE, WORLD_EXTENT, player_id};

/// Requests per player per second: 10 normal, 1 heavy, 1 player-to-player, 1 group.
pub const SEED_ACTIONS_PER_S: u32 = 13;
/// Players per map cell at the start (the area-of-interest density).
pub const PLAYERS_PER_CELL: usize = 5;
/// Echo payload of a normal request.
const ECHO_BYTES: usize = 16;
/// Largest step of a move, per axis.
const MOVE_STEP: i32 = 64;

/// What a player does at one step of its two-second cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A normal request: echo.
    Echo,
    /// A normal request: a step of the walk.
    Move,
    /// The heavy request.
    Heavy,
    /// A whisper to a random player.
    Whisper,
    /// A line to the guild or the team.
    Say(GroupKind),
}

/// The action of `step` (0..2 × [`SEED_ACTIONS_PER_S`]).
pub fn action(step: u32) -> Action {
    match step % SEED_ACTIONS_PER_S {
        normal @ 0..=9 if normal % 2 == 0 => Action::Echo,
        0..=9 => Action::Move,
        10 => Action::Heavy,
        11 => Action::Whisper,
        _ if step < SEED_ACTIONS_PER_S => Action::Say(GroupKind::Guild),
        _ => Action::Say(GroupKind::Team),
    }
}

/// Bits of a group id left to the groups of one user prefix (a million groups).
const GROUP_BITS_PER_PREFIX: u32 = 20;

/// The first group id of a user prefix's range (below the protocol's largest id).
fn group_base(prefix: &str) -> u64 {
    let ranges = GROUP_ID_MAX >> GROUP_BITS_PER_PREFIX;
    (player_id(prefix) % (ranges - 1)) << GROUP_BITS_PER_PREFIX
}

/// The nanoseconds between two requests of one player.
pub fn period_ns() -> u64 {
    1_000_000_000 / u64::from(SEED_ACTIONS_PER_S)
}

/// One player's place in the mix.
#[derive(Debug)]
pub struct Mix {
    n: usize,
    players: usize,
    prefix: Arc<str>,
    step: u32,
    position: (i32, i32),
}

impl Mix {
    /// Player `n` of `players`, whose users are named `<prefix><n>`, at a random step
    /// and a random place.
    pub fn new(n: usize, players: usize, prefix: Arc<str>) -> Self {
        Self {
            n,
            players,
            prefix,
            step: fastrand::u32(0..2 * SEED_ACTIONS_PER_S),
            position: start_position(players),
        }
    }

    /// The user name of player `n`.
    pub fn user(prefix: &str, n: usize) -> String {
        format!("{prefix}{n}")
    }

    /// The joins a player sends first: its guild and its team. Each user prefix has
    /// its own range of group ids, so a second run against a node where the players of
    /// the first still wait out their grace period does not overfill their groups.
    pub fn joins(&self, guild_size: usize, team_size: usize) -> [Body; 2] {
        let base = group_base(&self.prefix);
        let join = |kind: GroupKind, size: usize| {
            Body::JoinGroup(proto::JoinGroup {
                kind: kind.to_proto(),
                group: base + (self.n / size.max(1)) as u64 + 1,
            })
        };
        [
            join(GroupKind::Guild, guild_size),
            join(GroupKind::Team, team_size),
        ]
    }

    /// The next request of the mix.
    pub fn next_body(&mut self) -> Body {
        self.step = (self.step + 1) % (2 * SEED_ACTIONS_PER_S);
        match action(self.step) {
            Action::Echo => Body::Echo(proto::Echo {
                payload: vec![b'e'; ECHO_BYTES],
            }),
            Action::Move => self.step_move(),
            Action::Heavy => Body::Heavy(proto::Heavy { work: 1 }),
            Action::Whisper => self.whisper(),
            Action::Say(kind) => Body::GroupSay(proto::GroupSay {
                kind: kind.to_proto(),
                text: "for the guild!".into(),
            }),
        }
    }

    fn step_move(&mut self) -> Body {
        let walk = |at: i32| {
            (at + fastrand::i32(-MOVE_STEP..=MOVE_STEP)).clamp(-WORLD_EXTENT, WORLD_EXTENT)
        };
        self.position = (walk(self.position.0), walk(self.position.1));
        Body::Move(proto::Move {
            x: self.position.0,
            y: self.position.1,
        })
    }

    /// A whisper to a random other player.
    pub fn whisper(&self) -> Body {
        let mut to = fastrand::usize(0..self.players.max(1));
        if to == self.n && self.players > 1 {
            to = (to + 1) % self.players;
        }
        Body::Whisper(proto::Whisper {
            to_player: player_id(&Self::user(&self.prefix, to)),
            text: "psst".into(),
        })
    }
}

/// A random place in the square of cells that holds `players` at [`PLAYERS_PER_CELL`].
fn start_position(players: usize) -> (i32, i32) {
    let cells = (players / PLAYERS_PER_CELL).max(1);
    let side = ((cells as f64).sqrt().ceil() as i32 * CELL_SIDE).min(WORLD_EXTENT);
    let half = side / 2;
    (fastrand::i32(-half..=half), fastrand::i32(-half..=half))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mix_is_the_seeds() {
        let mut counts: Vec<(Action, u32)> = Vec::new();
        for step in 0..2 * SEED_ACTIONS_PER_S {
            let done = action(step);
            match counts.iter_mut().find(|(kind, _)| *kind == done) {
                Some((_, count)) => *count += 1,
                None => counts.push((done, 1)),
            }
        }
        // Two seconds: 5 echo + 5 move a second, 1 heavy, 1 whisper, 1 group line.
        let count = |kind| {
            counts
                .iter()
                .find(|(k, _)| *k == kind)
                .map_or(0, |(_, c)| *c)
        };
        assert_eq!(count(Action::Echo), 10);
        assert_eq!(count(Action::Move), 10);
        assert_eq!(count(Action::Heavy), 2);
        assert_eq!(count(Action::Whisper), 2);
        assert_eq!(count(Action::Say(GroupKind::Guild)), 1);
        assert_eq!(count(Action::Say(GroupKind::Team)), 1);
        assert_eq!(
            counts.iter().map(|(_, c)| c).sum::<u32>(),
            2 * SEED_ACTIONS_PER_S
        );
    }

    #[test]
    fn whispers_go_to_someone_else_and_joins_group_neighbours() {
        let mix = Mix::new(3, 10, "bot".into());
        for _ in 0..50 {
            assert!(matches!(mix.whisper(), Body::Whisper(w) if w.to_player != player_id("bot3")));
        }
        let [Body::JoinGroup(guild), Body::JoinGroup(team)] = mix.joins(20, 2) else {
            panic!("two joins");
        };
        let base = group_base("bot");
        assert_eq!((guild.group, team.group), (base + 1, base + 2));
        let other = Mix::new(3, 10, "run2-".into());
        let [Body::JoinGroup(guild2), _] = other.joins(20, 2) else {
            panic!("two joins");
        };
        assert_ne!(guild2.group, guild.group, "another prefix, other groups");
        assert!(guild2.group <= GROUP_ID_MAX);
    }
}
