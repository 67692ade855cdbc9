//! `hearth-game`: the only crate that knows what a player, a guild or a battle is.
//!
//! - [`proto`]: the client protocol (protobuf frames, `docs/protocol.md`).
//! - [`gate`]: client connections, one gate process each.
//! - [`person`]: one Person process per logged-in player.
//! - [`fanout`]: broadcasts sent once per gate shard, written by its hub.
//! - [`wire`]: the internal messages that cross nodes (rkyv).
//! - [`node`]: a node of any role, assembled from flags or a config file.
//! - [`client`]: a Rust client of the protocol (for tools and the tests).
//! - [`cli`], [`load`]: the `hearth` binary's flags and its load generator.

pub mod bots;
pub mod cli;
pub mod client;
pub mod fanout;
pub mod gate;
pub mod load;
pub mod mix;
pub mod node;
pub mod person;
pub mod proto;
pub mod report;
pub mod resend;
pub mod wire;
pub mod world;
