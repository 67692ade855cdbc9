//! The Gate: client connections. Every shard listens on the client port (shared by
//! `SO_REUSEPORT`); each connection gets a gate process that decodes, validates (frame
//! size, known ids, protobuf, per-client token bucket), authenticates the login,
//! forwards requests to the player's Person process (on this node or an App node) with
//! the seed's timeouts, and relays replies and pushes back.
//!
//! Limits (all per connection): frame size [`crate::proto::CLIENT_FRAME_BYTES_MAX`],
//! outbox [`outbox::OUTBOX_BYTES_MAX`] (a client that does not read is disconnected with
//! `ERROR_SLOW_READER`), a token bucket applied before login too, a login deadline
//! (`ERROR_IDLE`), and the gate process's mailbox bound.

pub mod auth;
mod bucket;
mod conn;
pub mod outbox;
mod process;

use std::cell::RefCell;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::io::TcpListener;
use hearth_engine::{Addr, ShardHandle, ShardService};

pub use auth::Auth;
pub use process::Gate;

use crate::fanout::HubHandle;
use crate::wire::GateMsg;

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
}

impl GateConfig {
    /// Defaults: 50 requests/s with a burst of 100 (the seed's player sends 13/s), 10 s
    /// to log in, 5 s per request (OTP's call default), open logins, 30 s to resume.
    pub fn new(listen: SocketAddr) -> Self {
        Self {
            listen,
            requests_per_s: 50,
            burst: 100,
            login_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(5),
            local_persons: true,
            auth: Auth::Open,
            session_grace: Duration::from_secs(30),
            trade_timeout: Duration::from_secs(10),
            connections_max: CONNECTIONS_MAX_DEFAULT,
        }
    }
}

/// Starts a client listener on every shard.
pub struct GateService {
    config: GateConfig,
    stop: flume::Receiver<()>,
    open: Arc<AtomicUsize>,
    listening: Arc<Listening>,
}

/// How many shards listen, and why one could not.
#[derive(Default)]
struct Listening {
    shards: AtomicUsize,
    failed: std::sync::Mutex<Option<String>>,
}

/// Controls the gates of a node from outside: stop accepting and drain, count connections.
#[derive(Clone)]
pub struct GateControl {
    stop: flume::Sender<()>,
    open: Arc<AtomicUsize>,
    listening: Arc<Listening>,
}

impl GateControl {
    /// Stops accepting on every shard and tells every connected client the node is
    /// shutting down (`Bye(SHUTTING_DOWN)`); connections then close as their outboxes
    /// drain. `shards` is the node's shard count.
    pub fn drain(&self, shards: usize) {
        for _ in 0..shards {
            let _ = self.stop.try_send(());
        }
    }

    /// Client connections open now.
    pub fn open_connections(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Waits until `shards` shards listen for clients.
    ///
    /// # Errors
    /// Why a shard could not listen, or that they did not within `timeout`.
    pub fn wait_listening(&self, shards: usize, timeout: Duration) -> Result<(), String> {
        let started = std::time::Instant::now();
        loop {
            if let Some(why) = self
                .listening
                .failed
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone()
            {
                return Err(why);
            }
            if self.listening.shards.load(Ordering::Acquire) >= shards {
                return Ok(());
            }
            if started.elapsed() > timeout {
                return Err(format!(
                    "the client listeners did not start within {timeout:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

impl GateService {
    /// A gate service for `config`, and its control.
    pub fn new(config: GateConfig) -> (Self, GateControl) {
        let (stop, stop_rx) = flume::bounded(hearth_engine::SHARDS_MAX);
        let open = Arc::new(AtomicUsize::new(0));
        let listening = Arc::new(Listening::default());
        let control = GateControl {
            stop,
            open: Arc::clone(&open),
            listening: Arc::clone(&listening),
        };
        (
            Self {
                config,
                stop: stop_rx,
                open,
                listening,
            },
            control,
        )
    }
}

/// The gate processes of one shard, so a drain can reach them.
#[derive(Default)]
pub(crate) struct ShardGates {
    gates: RefCell<HashMap<u64, Addr<GateMsg>>>,
    next: std::cell::Cell<u64>,
}

impl ShardGates {
    fn add(&self, gate: Addr<GateMsg>) -> u64 {
        let key = self.next.get();
        self.next.set(key + 1);
        self.gates.borrow_mut().insert(key, gate);
        key
    }

    fn remove(&self, key: u64) {
        self.gates.borrow_mut().remove(&key);
    }

    fn all(&self) -> Vec<Addr<GateMsg>> {
        self.gates.borrow().values().copied().collect()
    }
}

/// What every connection of a shard shares.
pub(crate) struct Shared {
    pub(crate) config: Rc<GateConfig>,
    /// The shard's broadcast hub (`None` if it could not be spawned: pushes then go
    /// through each Person).
    pub(crate) hub: Option<HubHandle>,
    pub(crate) gates: ShardGates,
    pub(crate) open: Arc<AtomicUsize>,
}

impl ShardService for GateService {
    fn start(&self, handle: ShardHandle) {
        let listener = match TcpListener::bind(self.config.listen) {
            Ok(listener) => listener,
            Err(error) => {
                let why = format!(
                    "cannot listen for clients on {}: {error}",
                    self.config.listen
                );
                *self
                    .listening
                    .failed
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(why);
                return;
            }
        };
        self.listening.shards.fetch_add(1, Ordering::Release);
        let hub = HubHandle::start(|hub| {
            let options = HubHandle::options();
            handle.with(|shard| shard.ctx().spawn_root_opts(hub, options).map(|a| a.pid()))
        });
        if let Err(error) = &hub {
            tracing::warn!(%error, "no broadcast hub on this shard; pushes go through Persons");
        }
        let shared = Rc::new(Shared {
            config: Rc::new(self.config.clone()),
            hub: hub.ok(),
            gates: ShardGates::default(),
            open: Arc::clone(&self.open),
        });
        handle.spawn(accept(handle.clone(), listener, shared, self.stop.clone()));
    }
}

async fn accept(
    handle: ShardHandle,
    listener: TcpListener,
    shared: Rc<Shared>,
    stop: flume::Receiver<()>,
) {
    loop {
        let stopped = async {
            let _ = stop.recv_async().await;
            None
        };
        let accepted = async { Some(listener.accept().await) };
        match futures_lite::future::or(stopped, accepted).await {
            None => return drain(&handle, &shared),
            Some(Ok(stream)) => {
                handle.spawn(conn::serve(handle.clone(), stream, Rc::clone(&shared)))
            }
            Some(Err(error)) => {
                tracing::warn!(%error, "accept failed");
                hearth_engine::io::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

fn drain(handle: &ShardHandle, shared: &Shared) {
    let gates = shared.gates.all();
    tracing::info!(
        shard = handle.shard(),
        connections = gates.len(),
        "client listener stopped; draining"
    );
    handle.with(|shard| {
        let mut ctx = shard.ctx();
        for gate in gates {
            let _ = ctx.send(gate, GateMsg::Shutdown);
        }
    });
}
