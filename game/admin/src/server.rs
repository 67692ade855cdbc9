//! The admin listener: a thread of its own, off the shards, answering one connection at
//! a time.
//!
//! | request | answer | access |
//! |---|---|---|
//! | `GET /health` | `200 serving` / `503 draining` | open on loopback, else the token |
//! | `GET /metrics` | Prometheus text | open on loopback, else the token |
//! | `POST /admin/reload` | what was applied, what needs a restart; `409` if refused | the token |
//! | `GET` another path | the operator's [`Operator::page`], or `404` | as `/metrics` |
//!
//! The token is sent as `Authorization: Bearer <token>` and compared in constant time; a
//! reload may replace it ([`TokenSlot`]), effective from the next request. A
//! listener off loopback without a token is refused at start (it would publish the
//! node's metrics to anyone). Connections are served in turn: the queue is the kernel's
//! listen backlog, and a client that stalls holds the listener for at most
//! [`CLIENT_TIMEOUT`].

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::http::{self, Request, Status};
use crate::prometheus::{self, Exposition};

/// How long one client may take to send its request or read the answer.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(2);

/// What the admin listener asks of the node (the node's shell implements it).
pub trait Operator: Send + Sync + 'static {
    /// Writes the node's metrics onto `page` (gathered now: nothing is kept between
    /// scrapes).
    fn metrics(&self, page: &mut Exposition);
    /// Whether the node serves (`false` once it drains to stop).
    fn serving(&self) -> bool;
    /// Reads the config file again and applies what can change while the node runs.
    ///
    /// # Errors
    /// Why nothing was applied.
    fn reload(&self) -> Result<Reloaded, ReloadError>;

    /// A page of the operator's own at `path` (an observer's page and its data);
    /// `None`: there is none.
    fn page(&self, path: &str) -> Option<Page> {
        let _ = path;
        None
    }

    /// An admin command of the operator's own, `POST /admin/…` at `path` (the token was
    /// checked): `Ok` with what it did (`200`), `Err` with why nothing was done (`409`);
    /// `None`: there is no such command (`404`).
    fn command(&self, path: &str) -> Option<Result<String, String>> {
        let _ = path;
        None
    }
}

/// A page an operator serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// Its body.
    pub body: String,
}

/// What a reload changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reloaded {
    /// Settings now in force with their new values.
    pub applied: Vec<String>,
    /// Settings that changed in the file but apply only at the next start; they keep
    /// their running values.
    pub need_restart: Vec<String>,
}

impl Reloaded {
    /// The answer's text: one line per setting.
    pub fn describe(&self) -> String {
        let mut text = String::new();
        for setting in &self.applied {
            text += &format!("applied {setting}\n");
        }
        for setting in &self.need_restart {
            text += &format!("needs a restart (kept as it runs) {setting}\n");
        }
        if text.is_empty() {
            text.push_str("nothing changed\n");
        }
        text
    }
}

/// Why a reload applied nothing.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ReloadError {
    /// The node was started without a config file.
    #[error("the node has no config file to read again (start it with --config)")]
    NoConfigFile,
    /// The file cannot be read or is not valid; nothing changed.
    #[error("config refused, nothing changed: {0}")]
    Refused(String),
}

/// Where the admin listener listens and the token it asks for.
#[derive(Clone)]
pub struct AdminConfig {
    /// The address (`127.0.0.1:7480` by default).
    pub listen: SocketAddr,
    /// The bearer token; without one, `/admin/*` is refused.
    pub token: Option<Arc<str>>,
}

impl std::fmt::Debug for AdminConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminConfig")
            .field("listen", &self.listen)
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .finish()
    }
}

/// Why the admin listener did not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AdminError {
    /// The address cannot be bound.
    #[error("cannot listen for admin requests on {0}: {1}")]
    Bind(SocketAddr, std::io::Error),
    /// A listener reachable from other hosts needs a token.
    #[error(
        "an admin listener off loopback{} needs a token: give --admin-token-file, or listen \
         on 127.0.0.1",
        .0.map(|addr| format!(" ({addr})")).unwrap_or_default()
    )]
    OpenToTheNetwork(Option<SocketAddr>),
}

/// The admin token in force, which a reload may replace.
#[derive(Clone)]
pub struct TokenSlot {
    token: Arc<std::sync::RwLock<Option<Arc<str>>>>,
    /// Whether the listener is on loopback (off it, a token is always needed).
    loopback: bool,
}

impl TokenSlot {
    fn get(&self) -> Option<Arc<str>> {
        self.token
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Whether `token` may take over: a listener off loopback keeps needing one.
    ///
    /// # Errors
    /// [`AdminError::OpenToTheNetwork`] for `None` off loopback.
    pub fn check(&self, token: Option<&Arc<str>>) -> Result<(), AdminError> {
        if token.is_none() && !self.loopback {
            return Err(AdminError::OpenToTheNetwork(None));
        }
        Ok(())
    }

    /// Puts `token` in force from the next request (checked with [`TokenSlot::check`]).
    ///
    /// # Errors
    /// As [`TokenSlot::check`]; the old token stays then.
    pub fn replace(&self, token: Option<Arc<str>>) -> Result<(), AdminError> {
        self.check(token.as_ref())?;
        *self
            .token
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = token;
        Ok(())
    }
}

/// A running admin listener; stops when dropped.
pub struct AdminServer {
    local: SocketAddr,
    token: TokenSlot,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl AdminServer {
    /// Listens on `config.listen` and serves `operator`.
    ///
    /// # Errors
    /// See [`AdminError`].
    pub fn start(config: AdminConfig, operator: Arc<dyn Operator>) -> Result<Self, AdminError> {
        let loopback = config.listen.ip().is_loopback();
        if !loopback && config.token.is_none() {
            return Err(AdminError::OpenToTheNetwork(Some(config.listen)));
        }
        let listener = TcpListener::bind(config.listen)
            .map_err(|error| AdminError::Bind(config.listen, error))?;
        let local = listener
            .local_addr()
            .map_err(|error| AdminError::Bind(config.listen, error))?;
        let stop = Arc::new(AtomicBool::new(false));
        let token = TokenSlot {
            token: Arc::new(std::sync::RwLock::new(config.token)),
            loopback,
        };
        let serve = Serve {
            operator,
            token: token.clone(),
            open_reads: loopback,
        };
        let stopping = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("hearth-admin".to_owned())
            .spawn(move || serve.run(&listener, &stopping))
            .map_err(|error| AdminError::Bind(config.listen, error))?;
        Ok(Self {
            local,
            token,
            stop,
            thread: Some(thread),
        })
    }

    /// The token in force, for a reload to replace.
    pub fn token(&self) -> TokenSlot {
        self.token.clone()
    }

    /// The address it listens on (the port chosen when asked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }
}

impl Drop for AdminServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        // Wakes the accept; the thread sees the flag and ends.
        let _ = TcpStream::connect_timeout(&self.local, CLIENT_TIMEOUT);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct Serve {
    operator: Arc<dyn Operator>,
    token: TokenSlot,
    /// Health and metrics need no token (the listener is on loopback).
    open_reads: bool,
}

impl Serve {
    fn run(&self, listener: &TcpListener, stop: &AtomicBool) {
        for stream in listener.incoming() {
            if stop.load(Ordering::Acquire) {
                return;
            }
            match stream {
                Ok(stream) => self.serve(stream),
                Err(error) => tracing::warn!(%error, "admin listener: accept failed"),
            }
        }
    }

    fn serve(&self, mut stream: TcpStream) {
        let _ = stream.set_read_timeout(Some(CLIENT_TIMEOUT));
        let _ = stream.set_write_timeout(Some(CLIENT_TIMEOUT));
        let (status, content_type, body) = match http::read_request(&mut stream) {
            Ok(request) => self.answer(&request),
            Err(error) => match error.status() {
                Some(status) => (status, TEXT, format!("{error}\n")),
                None => return,
            },
        };
        if http::respond(&mut stream, status, content_type, &body).is_ok() {
            http::linger(&mut stream);
        }
    }

    fn answer(&self, request: &Request) -> (Status, &'static str, String) {
        let route = (request.method.as_str(), request.path.as_str());
        let needs_token = route.1.starts_with("/admin/") || !self.open_reads;
        if needs_token && let Some(refusal) = self.check_token(request) {
            return refusal;
        }
        match route {
            ("GET", "/health") if self.operator.serving() => (Status::Ok, TEXT, "serving\n".into()),
            ("GET", "/health") => (Status::Unavailable, TEXT, "draining\n".into()),
            ("GET", "/metrics") => {
                let mut page = Exposition::new();
                self.operator.metrics(&mut page);
                (Status::Ok, prometheus::CONTENT_TYPE, page.into_text())
            }
            ("POST", "/admin/reload") => match self.operator.reload() {
                Ok(reloaded) => {
                    tracing::info!(?reloaded, "config reloaded");
                    (Status::Ok, TEXT, reloaded.describe())
                }
                Err(error) => (Status::Conflict, TEXT, format!("{error}\n")),
            },
            ("POST", path) if path.starts_with("/admin/") => match self.operator.command(path) {
                Some(Ok(done)) => {
                    tracing::info!(command = path, %done, "admin command");
                    (Status::Ok, TEXT, format!("{done}\n"))
                }
                Some(Err(why)) => (Status::Conflict, TEXT, format!("{why}\n")),
                None => (Status::NotFound, TEXT, "no such command\n".into()),
            },
            (_, "/health" | "/metrics" | "/admin/reload") => (
                Status::MethodNotAllowed,
                TEXT,
                "method not allowed\n".into(),
            ),
            ("GET", path) => match self.operator.page(path) {
                Some(page) => (Status::Ok, page.content_type, page.body),
                None => (Status::NotFound, TEXT, "no such page\n".into()),
            },
            _ => (Status::NotFound, TEXT, "no such page\n".into()),
        }
    }

    /// The refusal to send, or `None` when the request carries the token.
    fn check_token(&self, request: &Request) -> Option<(Status, &'static str, String)> {
        let Some(token) = self.token.get() else {
            let why = "no admin token is configured (start the node with --admin-token-file)\n";
            return Some((Status::Forbidden, TEXT, why.into()));
        };
        let given = request
            .authorization
            .as_deref()
            .and_then(|value| value.strip_prefix("Bearer "))
            .unwrap_or("");
        if constant_time_eq(given.as_bytes(), token.as_bytes()) {
            None
        } else {
            let why = "a valid `Authorization: Bearer <token>` header is needed\n";
            Some((Status::Unauthorized, TEXT, why.into()))
        }
    }
}

const TEXT: &str = "text/plain; charset=utf-8";

/// Equality whose time depends only on the lengths, not on where the bytes differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}
