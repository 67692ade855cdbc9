//! Game traffic between Persons, orgs, cells and battles: what one world process tells a
//! player's Person (which turns it into a push for the client, or acts on it).
//!
//! It crosses nodes inside [`crate::wire::PersonMsg::Game`]; group kinds travel as the
//! [`crate::org::GroupKind`] wire byte.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use rkyv::{Archive, Deserialize, Serialize};

/// What a won battle gives one player: decided by the battle (its rules, or its
/// script's `reward`), within [`crate::battle::REWARD_XP_MAX`] and
/// [`crate::battle::REWARD_TROPHIES_MAX`]; added to the player's record by its Person.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reward {
    /// Experience.
    pub xp: u64,
    /// Trophies (given as far as the inventory has room).
    pub trophies: u32,
}

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
    /// The outcome of a trade this player lent its record to (told by the offerer's
    /// Person once its joint transaction ended).
    TradeSettled {
        /// The offering player.
        from: u64,
        /// The offer.
        offer: u64,
        /// How it ended.
        outcome: TradeSettlement,
    },
    /// The battle this player is in ended (`victory`, `abandoned`).
    BattleEnded {
        /// The battle.
        battle: u64,
        /// How.
        outcome: String,
        /// What a victory gives this player (zero otherwise), decided by the battle's
        /// rules ([`crate::battle`]).
        reward: Reward,
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
    /// The org took this player off its roster (an officer removed it).
    Removed {
        /// [`crate::org::GroupKind`] byte.
        kind: u8,
        /// The group.
        group: u64,
        /// Why.
        reason: String,
    },
}

/// How a trade's joint transaction ended, as the offerer tells the other player.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TradeSettlement {
    /// Committed: the lender's record is at `version`.
    Committed {
        /// The lender's new record version.
        version: u64,
    },
    /// Not committed, and never will be.
    NotCommitted,
    /// The offerer does not know: the lender asks the store.
    Unknown,
}

impl From<TradeSettlement> for hearth_durable::LoanOutcome {
    fn from(settlement: TradeSettlement) -> Self {
        match settlement {
            TradeSettlement::Committed { version } => Self::Committed { version },
            TradeSettlement::NotCommitted => Self::NotCommitted,
            TradeSettlement::Unknown => Self::Unknown,
        }
    }
}
