//! Game traffic between Persons, orgs, cells and battles: what one world process tells a
//! player's Person (which turns it into a push for the client, or acts on it).
//!
//! It crosses nodes inside [`crate::wire::PersonMsg::Game`]; group kinds travel as the
//! [`crate::org::GroupKind`] wire byte.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

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
        /// [`crate::org::GroupKind`] byte.
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
        /// [`crate::org::GroupKind`] byte.
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
        /// [`crate::org::GroupKind`] byte.
        kind: u8,
        /// The group.
        group: u64,
        /// Why.
        reason: String,
    },
}
