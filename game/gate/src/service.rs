//! The gate service: a client listener on every shard (`SO_REUSEPORT`), each spawning
//! one gate process per connection, a fan-out hub per shard, and the control that
//! drains them.
//!
//! Invariants: a shard's `Shared` (`shared.rs`) is the shard's own (`Rc`, `!Send`); only
//! the counters in [`GateControl`] cross threads.

use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures_rustls::TlsAcceptor;
use hearth_engine::io::{TcpListener, TcpStream};
use hearth_engine::{RemoteShard, ShardHandle, ShardService};

use crate::config::GateConfig;
use crate::conn::{self, Transport};
use crate::hub::HubHandle;
use crate::limits::LiveLimits;
use crate::metrics::GateCounts;
use crate::port::GatePort;
use crate::shared::{ShardGates, Shared};
use crate::throttle::Throttle;
use crate::wire::GateMsg;

/// How often [`GateControl::wait_listening`] looks at the listeners.
const LISTEN_POLL: Duration = Duration::from_millis(1);

/// Why the client listeners did not start.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ListenError {
    /// A shard could not bind the client address.
    #[error("cannot listen for clients on {addr}: {why}")]
    Bind {
        /// The client address.
        addr: SocketAddr,
        /// The operating system's reason.
        why: String,
    },
    /// Not every shard listened in time.
    #[error("the client listeners did not start within {0:?}")]
    Timeout(Duration),
}

/// Starts a client listener on every shard.
pub struct GateService {
    config: GateConfig,
    limits: Arc<LiveLimits>,
    counts: Arc<GateCounts>,
    throttle: Arc<Throttle>,
    failed_logins: Arc<Throttle>,
    stop: flume::Receiver<()>,
    open: Arc<AtomicUsize>,
    listening: Arc<Listening>,
}

/// How many shards listen, and why one could not.
#[derive(Default)]
struct Listening {
    shards: AtomicUsize,
    failed: std::sync::Mutex<Option<ListenError>>,
}

/// Controls the gates of a node from outside: stop accepting and drain, count connections.
#[derive(Clone)]
pub struct GateControl {
    stop: flume::Sender<()>,
    limits: Arc<LiveLimits>,
    throttle: Arc<Throttle>,
    failed_logins: Arc<Throttle>,
    counts: Arc<GateCounts>,
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

    /// What the gates counted (requests, latency, errors, logins).
    pub fn counts(&self) -> &GateCounts {
        &self.counts
    }

    /// The limits every connection follows now.
    pub fn limits(&self) -> &LiveLimits {
        &self.limits
    }

    /// Takes `config`'s live limits (rate, burst, timeouts, the per-address limits) on
    /// every connection, open ones included; returns those that changed, as
    /// `name = value` (a per-address pair is named whole when either changed).
    pub fn apply(&self, config: &GateConfig) -> Vec<String> {
        let mut changed = self.limits.apply(config);
        let (per_s, burst) = (
            config.address_connections_per_s,
            config.address_connection_burst,
        );
        if self.throttle.set(per_s, burst) {
            changed.push(format!("address_connections_per_s = {per_s}"));
            changed.push(format!("address_connection_burst = {burst}"));
        }
        let (per_s, burst) = (
            config.address_failed_logins_per_s,
            config.address_failed_login_burst,
        );
        if self.failed_logins.set(per_s, burst) {
            changed.push(format!("address_failed_logins_per_s = {per_s}"));
            changed.push(format!("address_failed_login_burst = {burst}"));
        }
        changed
    }

    /// Client connections open now.
    pub fn open_connections(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Waits until `shards` shards listen for clients.
    ///
    /// # Errors
    /// Why a shard could not listen, or that they did not within `timeout`.
    pub fn wait_listening(&self, shards: usize, timeout: Duration) -> Result<(), ListenError> {
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
                return Err(ListenError::Timeout(timeout));
            }
            std::thread::sleep(LISTEN_POLL);
        }
    }
}

impl GateService {
    /// A gate service for `config` on a node of `shards` shards, and its control.
    pub fn new(config: GateConfig, shards: usize) -> (Self, GateControl) {
        let (stop, stop_rx) = flume::bounded(hearth_engine::SHARDS_MAX);
        let open = Arc::new(AtomicUsize::new(0));
        let listening = Arc::new(Listening::default());
        let limits = Arc::new(LiveLimits::new(&config));
        let counts = Arc::new(GateCounts::new(shards));
        let throttle = Arc::new(Throttle::new(
            config.address_connections_per_s,
            config.address_connection_burst,
            config.throttle_loopback,
        ));
        let failed_logins = Arc::new(Throttle::new(
            config.address_failed_logins_per_s,
            config.address_failed_login_burst,
            config.throttle_loopback,
        ));
        let control = GateControl {
            stop,
            limits: Arc::clone(&limits),
            throttle: Arc::clone(&throttle),
            failed_logins: Arc::clone(&failed_logins),
            counts: Arc::clone(&counts),
            open: Arc::clone(&open),
            listening: Arc::clone(&listening),
        };
        (
            Self {
                config,
                limits,
                counts,
                throttle,
                failed_logins,
                stop: stop_rx,
                open,
                listening,
            },
            control,
        )
    }
}

impl ShardService for GateService {
    fn start(&self, here: &mut RemoteShard<'_>, handle: ShardHandle) {
        let Some(listener) = self.bind(self.config.listen) else {
            return;
        };
        let tls = match &self.config.tls {
            Some(tls) => match self.bind(tls.listen) {
                Some(listener) => Some((listener, TlsAcceptor::from(Arc::clone(&tls.config)))),
                None => return,
            },
            None => None,
        };
        let ws = match self.config.ws_listen {
            Some(addr) => match self.bind(addr) {
                Some(listener) => Some(listener),
                None => return,
            },
            None => None,
        };
        self.listening.shards.fetch_add(1, Ordering::Release);
        let hub = HubHandle::start(Some(Arc::clone(&self.counts)), |hub| {
            let options = HubHandle::options();
            here.ctx().spawn_root_opts(hub, options).map(|a| a.pid())
        });
        if let Err(error) = &hub {
            tracing::warn!(%error, "no broadcast hub on this shard; pushes go through Persons");
        }
        let shared = Rc::new(Shared {
            config: Rc::new(self.config.clone()),
            limits: Arc::clone(&self.limits),
            counts: Arc::clone(&self.counts),
            throttle: Arc::clone(&self.throttle),
            failed_logins: Arc::clone(&self.failed_logins),
            port: GatePort::port(),
            hub: hub.ok(),
            gates: ShardGates::default(),
            open: Arc::clone(&self.open),
        });
        let listeners = Listeners {
            plain: listener,
            tls,
            ws,
        };
        handle.spawn(accept(handle.clone(), listeners, shared, self.stop.clone()));
    }
}

impl GateService {
    /// Binds `addr` on this shard; a failure is recorded for [`GateControl`] to report.
    fn bind(&self, addr: SocketAddr) -> Option<TcpListener> {
        match TcpListener::bind(addr) {
            Ok(listener) => Some(listener),
            Err(error) => {
                let why = ListenError::Bind {
                    addr,
                    why: error.to_string(),
                };
                *self
                    .listening
                    .failed
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(why);
                None
            }
        }
    }
}

/// A shard's client listeners: plain, and TLS and WebSocket if configured.
struct Listeners {
    plain: TcpListener,
    tls: Option<(TcpListener, TlsAcceptor)>,
    ws: Option<TcpListener>,
}

impl Listeners {
    /// The next connection on any of them, with its port's transport.
    async fn accept(&self) -> (hearth_engine::io::Result<TcpStream>, Transport) {
        let plain = async { (self.plain.accept().await, Transport::Plain) };
        let tls = async {
            match &self.tls {
                Some((listener, acceptor)) => {
                    (listener.accept().await, Transport::Tls(acceptor.clone()))
                }
                None => std::future::pending().await,
            }
        };
        let ws = async {
            match &self.ws {
                Some(listener) => (listener.accept().await, Transport::WebSocket),
                None => std::future::pending().await,
            }
        };
        futures_lite::future::or(plain, futures_lite::future::or(tls, ws)).await
    }
}

async fn accept(
    handle: ShardHandle,
    listeners: Listeners,
    shared: Rc<Shared>,
    stop: flume::Receiver<()>,
) {
    loop {
        let stopped = async {
            let _ = stop.recv_async().await;
            None
        };
        let accepted = async { Some(listeners.accept().await) };
        match futures_lite::future::or(stopped, accepted).await {
            None => return drain(&handle, &shared).await,
            Some((Ok(stream), transport)) => {
                let serve = conn::serve(handle.clone(), stream, Rc::clone(&shared), transport);
                handle.spawn(serve);
            }
            Some((Err(error), _)) => {
                tracing::warn!(%error, "accept failed");
                hearth_engine::io::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

async fn drain(handle: &ShardHandle, shared: &Shared) {
    let gates = shared.gates.all();
    tracing::info!(
        shard = handle.shard(),
        connections = gates.len(),
        "client listener stopped; draining"
    );
    handle
        .with(|shard| {
            let mut ctx = shard.ctx();
            for gate in gates {
                let _ = ctx.send(gate, GateMsg::Shutdown);
            }
        })
        .await;
}
