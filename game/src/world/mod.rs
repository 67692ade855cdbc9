//! The single world: what Person processes exchange with each other and with orgs
//! (guilds, teams, battles) and map cells.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use hearth_engine::WireTypes;
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
}

/// Registers the world's wire types.
pub fn register_wire(_wire: &mut WireTypes) {}
