//! How gates behave: one [`GateConfig`] per node, shared by every connection of every
//! shard. Every limit has a default that protects the node (OTP-like: a request timeout,
//! a rate, a connection cap); the `hearth` binary fills it from flags and a config file.

use std::net::SocketAddr;
use std::time::Duration;

use crate::auth::Auth;

/// Default most client connections per node.
pub const CONNECTIONS_MAX_DEFAULT: usize = 200_000;

/// How gates behave.
#[derive(Clone, Debug)]
pub struct GateConfig {
    /// Client listen address (every shard listens).
    pub listen: SocketAddr,
    /// Requests per second a client may send (token bucket rate).
    pub requests_per_s: u32,
    /// Requests a client may send at once (token bucket size).
    pub burst: u32,
    /// Time a connection has to log in.
    pub login_timeout: Duration,
    /// Time a Person has to answer a request before the client gets `ERROR_TIMEOUT`.
    pub request_timeout: Duration,
    /// Whether Persons may be spawned on this node (role `all`).
    pub local_persons: bool,
    /// How logins are checked.
    pub auth: Auth,
    /// How long a Person keeps a dropped session for a resume.
    pub session_grace: Duration,
    /// How long a trade offer waits for the other player before both are told it expired.
    pub trade_timeout: Duration,
    /// Most client connections on this node; past it a new client gets
    /// `Bye(OVERLOADED)`.
    pub connections_max: usize,
    /// New connections a second one source address may open (after its burst); past it
    /// a new connection gets `Bye(OVERLOADED)` (see `throttle.rs`).
    pub address_connections_per_s: u32,
    /// New connections one source address may open at once.
    pub address_connection_burst: u32,
    /// Failed logins a second one source address may make (after its burst); past it
    /// its logins get `Bye(RATE_LIMITED)` unchecked until a token is back.
    pub address_failed_logins_per_s: u32,
    /// Failed logins one source address may make at once.
    pub address_failed_login_burst: u32,
    /// Whether loopback addresses are throttled too (off: load tools and local gates
    /// connect from there by the thousand).
    pub throttle_loopback: bool,
    /// The TLS port, if any (`tls.rs`): the same protocol inside TLS.
    pub tls: Option<crate::tls::ClientTls>,
    /// The WebSocket port, if any (`websocket.rs`): one frame per binary message.
    pub ws_listen: Option<SocketAddr>,
    /// Where the Persons this node's gates spawn (role `all`) store their records; left
    /// empty, they are volatile.
    pub store: hearth_world::StoreSlot,
    /// The game's scripts the Persons this node's gates spawn run (role `all`; `None`:
    /// the Rust defaults).
    pub scripts: Option<std::sync::Arc<hearth_world::Catalog>>,
}

impl GateConfig {
    /// Defaults: 50 requests/s with a burst of 100 (the seed's player sends 13/s), 10 s
    /// to log in, 5 s per request (OTP's call default), 30 s to resume, 20 failed logins
    /// per address and then 1 a second. Logins are refused ([`Auth::Unset`]) until `auth`
    /// is set: tickets, a verifier, or `Open` on purpose.
    pub fn new(listen: SocketAddr) -> Self {
        Self {
            listen,
            requests_per_s: 50,
            burst: 100,
            login_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(5),
            local_persons: true,
            auth: Auth::Unset,
            session_grace: Duration::from_secs(30),
            trade_timeout: Duration::from_secs(10),
            connections_max: CONNECTIONS_MAX_DEFAULT,
            address_connections_per_s: 50,
            address_connection_burst: 200,
            address_failed_logins_per_s: 1,
            address_failed_login_burst: 20,
            throttle_loopback: false,
            tls: None,
            ws_listen: None,
            store: hearth_world::StoreSlot::default(),
            scripts: None,
        }
    }
}
