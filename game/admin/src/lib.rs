//! `hearth-admin`: the node's admin listener — Prometheus metrics, health, and live
//! reconfiguration — on a thread of its own, so that observing a node never takes a
//! shard's time except for the counters a scrape gathers.
//!
//! - [`prometheus`]: the text exposition format, written exactly;
//! - [`server`]: the listener, its routes and their access rules;
//! - `http`: the little HTTP/1.1 it needs (bounded heads and bodies).
//!
//! It knows nothing of the engine or the game: the node's shell implements
//! [`Operator`] and hands it over.

mod http;
pub mod prometheus;
pub mod server;

pub use prometheus::{Exposition, Kind};
pub use server::{
    AdminConfig, AdminError, AdminServer, CLIENT_TIMEOUT, Operator, Page, ReloadError, Reloaded,
    TokenSlot,
};
