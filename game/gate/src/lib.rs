//! `hearth-gate`: client connections. Every shard listens on the client port (shared by
//! `SO_REUSEPORT`); each connection gets a gate process that decodes, validates (frame
//! size, known ids, protobuf, per-client token bucket), authenticates the login,
//! forwards requests to the player's Person process (on this node or an App node) with
//! the seed's timeouts, and relays replies and pushes back. Each gate shard has a fan-out
//! [`hub`] that writes broadcasts into its connections' outboxes.
//!
//! The gate sits above the world: it spawns and talks to Persons (`hearth-world`), and
//! implements the world's port to its players ([`GatePort`]), so the world never names a
//! socket, an outbox or a gate message.
//!
//! Limits (all per connection): frame size [`hearth_protocol::CLIENT_FRAME_BYTES_MAX`],
//! outbox [`outbox::OUTBOX_BYTES_MAX`] (a client that does not read is disconnected with
//! `ERROR_SLOW_READER`), a token bucket applied before login too, a login deadline
//! (`ERROR_IDLE`), and the gate process's mailbox bound.
//!
//! - [`config`]: how gates behave; [`service`]: the listeners and their control;
//! - [`process`]: the gate process; `conn`: a connection's reader and writer tasks;
//!   [`outbox`]: its bounded outbound bytes; `bucket`: its token bucket;
//! - [`auth`]: login checks; [`hub`]: broadcasts per shard; [`port`]: the world's port;
//! - [`wire`]: the gate's messages; [`fd_limit`]: file descriptors for connections.

pub mod auth;
mod bucket;
pub mod config;
mod conn;
pub use conn::CLIENT_SEND_BUFFER_BYTES;
pub mod fd_limit;
pub mod hub;
pub mod limits;
pub mod metrics;
pub mod online;
pub mod outbox;
pub mod port;
pub mod process;
pub mod service;
mod shared;
pub mod throttle;
pub mod tls;
pub mod websocket;
pub mod wire;

pub use auth::Auth;
pub use config::{CONNECTIONS_MAX_DEFAULT, GateConfig};
pub use limits::LiveLimits;
pub use metrics::GateCounts;
pub use port::GatePort;
pub use process::Gate;
pub use service::{GateControl, GateService, ListenError};
pub use wire::{GateMsg, HubMsg, register_wire};
