//! `hearth-net`: distribution between Hearth nodes — separate OS processes, in
//! production separate machines — so that processes on different nodes behave as if
//! local: send by pid, links, monitors and exits with Erlang's rules (`noconnection`
//! when a node is lost), spawning registered behaviours on another node, node monitors,
//! and cluster-wide names.
//!
//! ```no_run
//! use hearth_engine::{Node, NodeConfig};
//! use hearth_net::{Cookie, DistConfig, Distribution};
//!
//! let mut config = NodeConfig { name: "app-1".into(), ..NodeConfig::default() };
//! let dist = DistConfig::new("127.0.0.1:4370".parse()?, Cookie::new("secret"))
//!     .seeds(["127.0.0.1:4371".parse()?]);
//! let cluster = Distribution::new(dist)?.install(&mut config);
//! let node = Node::start(config)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! How it fits together:
//! - **Topology** (`router.rs`): every shard keeps one outbound connection to every other
//!   node and sends all its traffic for that node on it; per-pair order holds end to end
//!   and a busy shard holds back only its own traffic.
//! - **Handshake** (`handshake.rs`): versioned, mutual HMAC-SHA256 challenge/response over
//!   a shared cookie that never crosses the wire; the message type catalogues are
//!   checked. It derives per-direction keys: every later frame carries a MAC
//!   (`seal.rs`), so altered or injected bytes drop the link.
//! - **Frames** (`frame.rs`): length-prefixed, little-endian, documented byte by byte;
//!   records carry rkyv payloads validated on receipt (`codec.rs`); many small messages
//!   go out per write (`queue.rs`).
//! - **Liveness and membership** (`cluster.rs`, `link.rs`): heartbeats, down after
//!   `down_after` of silence (1.5 s by default), seeds plus transitive discovery into a
//!   full mesh, reconnection with exponential backoff.
//! - **Backpressure**: a peer that does not read fills its bounded send queue, and then
//!   `send` returns `Full` for user messages; memory never grows without bound.

mod cluster;
pub mod codec;
mod config;
pub mod frame;
pub mod frameio;
pub mod handshake;
pub mod limits;
mod link;
mod queue;
mod router;
pub mod rtt;
pub mod seal;
mod service;

pub use cluster::{LinkTraffic, MemberInfo};
pub use config::DistConfig;
pub use handshake::Cookie;
pub use service::{
    ClusterHandle, DistError, Distribution, ListenCheck, free_listen_address, someone_listens,
};

#[doc(hidden)]
pub mod __private {
    pub use hearth_engine::{WireError, WireMessage};
}
