//! `hearth-protocol`: the client protocol, shared by the gate, the Rust client and the
//! load tools. Specified byte by byte for client authors in `docs/protocol.md`.
//!
//! - the message types, generated from `proto/hearth.proto` (the one source of truth,
//!   shared with clients in other languages), re-exported at the crate root;
//! - [`frame`]: message ids and the length-prefixed framing (re-exported at the root);
//! - [`client`]: a blocking Rust client, for tools and tests;
//! - [`ticket`]: login tickets (issue, parse, verify).
//!
//! Nothing here knows about processes, shards or sockets on the server side: this crate
//! depends on prost, an HMAC and the standard library only, so any tool can speak the protocol.

pub mod client;
pub mod frame;
pub mod ticket;

/// The generated protocol types.
#[allow(missing_docs, unreachable_pub, clippy::all, rustdoc::invalid_html_tags)]
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/hearth.client.v1.rs"));
}

pub use frame::*;
pub use v1::*;
