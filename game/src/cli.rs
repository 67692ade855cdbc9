//! The `hearth` command line: flags, the optional TOML config file, and how they become
//! [`NodeOptions`]. Flags win over the file; the file wins over the embedded defaults.
//!
//! The cookie comes from `--cookie-file`, then `HEARTH_COOKIE`, then `--cookie` (visible
//! in `ps`: for development only). It is never logged.

use hearth_world::TuningValues;

use crate::node::ScriptsChoice;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use hearth_gate::tls::ClientTls;
use hearth_gate::{Auth, GateConfig};
use hearth_net::Cookie;

use hearth_durable::StoreConfig;

use crate::logging::LogFormat;
use crate::node::{CLIENT_PORT_DEFAULT, NodeOptions, Role, StoreChoice};
use crate::ops::AdminOptions;

/// The environment variable a cookie may come from.
pub const COOKIE_ENV: &str = "HEARTH_COOKIE";
/// Largest config or secret file read.
const FILE_BYTES_MAX: u64 = 1024 * 1024;

/// Hearth: an Erlang/OTP-style runtime for MMO game servers. With no flags, runs a
/// complete single node (gate and app) with embedded defaults, clients on port 7400.
#[derive(Parser, Debug)]
#[command(name = "hearth", version, about, long_about = None)]
pub struct Cli {
    /// A workload instead of a node.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Node settings.
    #[command(flatten)]
    pub node: NodeFlags,
}

/// Workloads.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Opens N clients against a gate and drives them at a fixed request rate.
    Load(Box<crate::load::LoadFlags>),
    /// The crash harness: trades between two App nodes, SIGKILL of a node at a random
    /// moment, restart, and the ledger checked (items and gold conserved, no
    /// acknowledged trade lost). Needs a PostgreSQL database both App nodes share.
    Crash(crate::crash::CrashFlags),
    /// Prints a login ticket for USER, signed with a secret file (development and tests;
    /// a studio's account service issues them in production, see docs/protocol.md).
    Ticket(TicketFlags),
}

/// Longest a ticket `hearth ticket` and the load tools issue may live, by default.
pub const TICKET_LIFETIME_DEFAULT_S: u64 = 300;

/// Flags of `hearth ticket`.
#[derive(Args, Debug, Clone)]
pub struct TicketFlags {
    /// The user the ticket logs in.
    pub user: String,
    /// The secret file the node checks tickets with [default: the development secret of
    /// a default node started here, ./hearth-data/login-secret].
    #[arg(long)]
    pub secret_file: Option<PathBuf>,
    /// Seconds the ticket lives (at most 3600: gates refuse longer ones).
    #[arg(long, default_value_t = TICKET_LIFETIME_DEFAULT_S)]
    pub lifetime_s: u64,
}

impl TicketFlags {
    /// The ticket these flags ask for.
    ///
    /// # Errors
    /// The secret cannot be read, or the lifetime is out of range.
    pub fn ticket(&self) -> Result<String, CliError> {
        let max = hearth_gate::auth::TICKET_LIFETIME_MAX_S;
        if !(1..=max).contains(&self.lifetime_s) {
            return Err(CliError::Invalid(format!("--lifetime-s must be 1..={max}")));
        }
        let path = self
            .secret_file
            .clone()
            .unwrap_or_else(|| StoreChoice::default_dir().join(DEV_SECRET_FILE));
        let secret = read_login_secret(&path)?;
        Ok(hearth_protocol::ticket::issue_fresh(
            &secret,
            &self.user,
            self.lifetime_s,
        ))
    }
}

/// Flags of a node.
#[derive(Args, Debug, Default, Clone)]
pub struct NodeFlags {
    /// What this node does.
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// Shards (cores) to run [default: every core].
    #[arg(long)]
    pub shards: Option<usize>,
    /// Node-to-node listen address (enables distribution).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// Client listen address [default: 0.0.0.0:7400].
    #[arg(long)]
    pub client_listen: Option<SocketAddr>,
    /// Nodes to join (node-to-node addresses).
    #[arg(long, num_args = 1..)]
    pub join: Vec<SocketAddr>,
    /// This node's name, as its peers' logs show it [default: `<role>@<address>` when
    /// `--listen` names one (`app@10.0.0.2:7401`), else `<role>@<host>` and the
    /// node-to-node port, or the process id without one: `app@db1:7411`].
    #[arg(long)]
    pub name: Option<String>,
    /// Cluster secret (visible to other users in `ps`: prefer --cookie-file or HEARTH_COOKIE).
    #[arg(long)]
    pub cookie: Option<String>,
    /// File holding the cluster secret.
    #[arg(long)]
    pub cookie_file: Option<PathBuf>,
    /// Send node-to-node frames in clear (still authenticated): for reading links in a
    /// packet capture. Encrypted by default.
    #[arg(long)]
    pub link_plaintext: bool,
    /// File holding the login ticket secret (see docs/protocol.md) [default: the
    /// development secret `login-secret` in --data-dir, written if missing].
    #[arg(long)]
    pub auth_secret_file: Option<PathBuf>,
    /// Serve clients over WebSocket on this address too (browsers; one frame per binary
    /// message, docs/protocol.md) [default: off].
    #[arg(long)]
    pub ws_listen: Option<SocketAddr>,
    /// Serve clients over TLS on this address too (needs --tls-cert and --tls-key).
    #[arg(long)]
    pub tls_listen: Option<SocketAddr>,
    /// PEM file with the TLS certificate chain.
    #[arg(long)]
    pub tls_cert: Option<PathBuf>,
    /// PEM file with the TLS private key.
    #[arg(long)]
    pub tls_key: Option<PathBuf>,
    /// Accept any user name without a ticket (development only: anyone can log in as
    /// anyone; the node warns at start).
    #[arg(long)]
    pub open_login: bool,
    /// TOML file with any of these settings (flags win).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Log filter (tracing `EnvFilter` syntax) [default: info].
    #[arg(long)]
    pub log: Option<String>,
    /// Log lines as text or as one JSON object per line [default: text].
    #[arg(long, value_enum)]
    pub log_format: Option<LogFormat>,
    /// Do not pin shards to cores.
    #[arg(long)]
    pub no_pin: bool,
    /// Where players are stored: `embedded` (a file in --data-dir), `none`, or a
    /// PostgreSQL database (`postgres://user@host/db`) [default: embedded].
    #[arg(long)]
    pub store: Option<String>,
    /// The embedded store's directory [default: ./hearth-data].
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Longest a player's change waits before it is saved, in ms (the loss window on a
    /// crash) [default: 100].
    #[arg(long)]
    pub store_flush_ms: Option<u64>,
    /// Longest a player's position waits before it is saved, in ms (the loss window of
    /// positions: a crash puts players back this far along their walk) [default: 5000].
    #[arg(long)]
    pub store_lazy_ms: Option<u64>,
    /// The admin listener's address (metrics, health, reload), or `off`
    /// [default: 127.0.0.1:7480, or a free port if that one is taken].
    #[arg(long)]
    pub admin_listen: Option<String>,
    /// File holding the admin bearer token (needed for /admin/*, and for every page when
    /// the admin listener is not on loopback).
    #[arg(long)]
    pub admin_token_file: Option<PathBuf>,
    /// The game rules in scripts: a folder of `*.lua` files, `none` for the Rust
    /// defaults [default: the scripts shipped in the binary, game/world/scripts].
    #[arg(long)]
    pub scripts: Option<String>,
    /// Reload the scripts folder (`--scripts DIR`) by itself when a file in it changes,
    /// as `POST /admin/scripts/reload` does (checked whole; every App node of the
    /// cluster follows). Off by default: a studio's deploy usually says when.
    #[arg(long)]
    pub scripts_watch: bool,
}

/// The config file: every field optional, unknown fields refused.
#[derive(serde::Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    role: Option<Role>,
    shards: Option<usize>,
    listen: Option<SocketAddr>,
    client_listen: Option<SocketAddr>,
    #[serde(default)]
    join: Vec<SocketAddr>,
    name: Option<String>,
    cookie_file: Option<PathBuf>,
    link_plaintext: Option<bool>,
    auth_secret_file: Option<PathBuf>,
    open_login: Option<bool>,
    ws_listen: Option<SocketAddr>,
    tls_listen: Option<SocketAddr>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    log: Option<String>,
    log_format: Option<LogFormat>,
    pin: Option<bool>,
    requests_per_s: Option<u32>,
    burst: Option<u32>,
    login_timeout_ms: Option<u64>,
    request_timeout_ms: Option<u64>,
    session_grace_ms: Option<u64>,
    trade_timeout_ms: Option<u64>,
    connections_max: Option<usize>,
    address_connections_per_s: Option<u32>,
    address_connection_burst: Option<u32>,
    address_failed_logins_per_s: Option<u32>,
    address_failed_login_burst: Option<u32>,
    throttle_loopback: Option<bool>,
    store: Option<String>,
    data_dir: Option<PathBuf>,
    store_flush_ms: Option<u64>,
    store_lazy_ms: Option<u64>,
    admin_listen: Option<String>,
    admin_token_file: Option<PathBuf>,
    aoi_tick_ms: Option<u64>,
    aoi_radius: Option<u32>,
    battle_tick_hz: Option<u32>,
    scripts: Option<String>,
    scripts_watch: Option<bool>,
}

/// A setting that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A file cannot be read.
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    /// A file is too large to be a config or a secret.
    #[error("{0} is larger than {FILE_BYTES_MAX} bytes")]
    TooLarge(PathBuf),
    /// The config file is not valid.
    #[error("config file {0}: {1}")]
    Config(PathBuf, String),
    /// A secret is empty.
    #[error("the {0} is empty")]
    EmptySecret(&'static str),
    /// A number out of range.
    #[error("{0}")]
    Invalid(String),
}

fn read_small(path: &Path) -> Result<String, CliError> {
    let metadata =
        std::fs::metadata(path).map_err(|error| CliError::Read(path.to_owned(), error))?;
    if metadata.len() > FILE_BYTES_MAX {
        return Err(CliError::TooLarge(path.to_owned()));
    }
    std::fs::read_to_string(path).map_err(|error| CliError::Read(path.to_owned(), error))
}

/// Reads and checks the config file.
///
/// # Errors
/// [`CliError::Read`] / [`CliError::Config`] with the parser's message.
pub fn read_config(path: &Path) -> Result<FileConfig, CliError> {
    let text = read_small(path)?;
    toml::from_str(&text).map_err(|error| CliError::Config(path.to_owned(), error.to_string()))
}

fn secret(path: &Path, what: &'static str) -> Result<Vec<u8>, CliError> {
    let text = read_small(path)?;
    let trimmed = text.trim_end_matches(['\n', '\r']);
    if trimmed.is_empty() {
        return Err(CliError::EmptySecret(what));
    }
    Ok(trimmed.as_bytes().to_vec())
}

fn cookie(
    flags: &NodeFlags,
    file: &FileConfig,
    env: Option<String>,
) -> Result<Option<Cookie>, CliError> {
    if let Some(path) = flags.cookie_file.as_ref().or(file.cookie_file.as_ref()) {
        return secret(path, "cookie file").map(|bytes| Some(Cookie::new(bytes)));
    }
    match env.or_else(|| flags.cookie.clone()) {
        Some(text) if text.is_empty() => Err(CliError::EmptySecret("cookie")),
        Some(text) => Ok(Some(Cookie::new(text))),
        None => Ok(None),
    }
}

fn positive(value: u64, what: &str) -> Result<Duration, CliError> {
    if value == 0 {
        return Err(CliError::Invalid(format!("{what} must be above 0")));
    }
    Ok(Duration::from_millis(value))
}

/// Where the game rules come from: the flag, the config file, or the shipped scripts.
fn scripts_choice(flags: &NodeFlags, file: &FileConfig) -> ScriptsChoice {
    match flags.scripts.as_deref().or(file.scripts.as_deref()) {
        None | Some("shipped") => ScriptsChoice::Shipped,
        Some("none") => ScriptsChoice::None,
        Some(dir) => ScriptsChoice::Dir(PathBuf::from(dir)),
    }
}

/// Whether the scripts folder is watched: only a folder can be.
fn scripts_watch(flags: &NodeFlags, file: &FileConfig) -> Result<bool, CliError> {
    let watch = flags.scripts_watch || file.scripts_watch.unwrap_or(false);
    if watch && !matches!(scripts_choice(flags, file), ScriptsChoice::Dir(_)) {
        return Err(CliError::Invalid(
            "--scripts-watch needs --scripts DIR (a folder to watch)".into(),
        ));
    }
    Ok(watch)
}

/// The world's live settings from the config file (see `hearth_world::tuning`).
fn world_tuning(file: &FileConfig) -> Result<TuningValues, CliError> {
    let defaults = TuningValues::default();
    let values = TuningValues {
        aoi_tick: file
            .aoi_tick_ms
            .map_or(defaults.aoi_tick, Duration::from_millis),
        aoi_radius: file.aoi_radius.unwrap_or(defaults.aoi_radius),
        battle_tick_hz: file.battle_tick_hz.unwrap_or(defaults.battle_tick_hz),
    };
    values.check().map_err(CliError::Invalid)?;
    Ok(values)
}

fn gate_config(flags: &NodeFlags, file: &FileConfig) -> Result<GateConfig, CliError> {
    let listen = flags
        .client_listen
        .or(file.client_listen)
        .unwrap_or_else(|| SocketAddr::from(([0, 0, 0, 0], CLIENT_PORT_DEFAULT)));
    let mut gate = GateConfig::new(listen);
    gate.requests_per_s = file.requests_per_s.unwrap_or(gate.requests_per_s);
    gate.burst = file.burst.unwrap_or(gate.burst);
    if gate.requests_per_s == 0 || gate.burst == 0 {
        return Err(CliError::Invalid(
            "requests_per_s and burst must be above 0".into(),
        ));
    }
    if let Some(ms) = file.login_timeout_ms {
        gate.login_timeout = positive(ms, "login_timeout_ms")?;
    }
    if let Some(ms) = file.request_timeout_ms {
        gate.request_timeout = positive(ms, "request_timeout_ms")?;
    }
    if let Some(ms) = file.trade_timeout_ms {
        gate.trade_timeout = positive(ms, "trade_timeout_ms")?;
    }
    if let Some(ms) = file.session_grace_ms {
        gate.session_grace = positive(ms, "session_grace_ms")?;
    }
    gate.connections_max = file.connections_max.unwrap_or(gate.connections_max);
    gate.address_connections_per_s = file
        .address_connections_per_s
        .unwrap_or(gate.address_connections_per_s);
    gate.address_connection_burst = file
        .address_connection_burst
        .unwrap_or(gate.address_connection_burst);
    if gate.address_connections_per_s == 0 || gate.address_connection_burst == 0 {
        return Err(CliError::Invalid(
            "address_connections_per_s and address_connection_burst must be above 0".into(),
        ));
    }
    gate.address_failed_logins_per_s = file
        .address_failed_logins_per_s
        .unwrap_or(gate.address_failed_logins_per_s);
    gate.address_failed_login_burst = file
        .address_failed_login_burst
        .unwrap_or(gate.address_failed_login_burst);
    if gate.address_failed_logins_per_s == 0 || gate.address_failed_login_burst == 0 {
        return Err(CliError::Invalid(
            "address_failed_logins_per_s and address_failed_login_burst must be above 0".into(),
        ));
    }
    gate.throttle_loopback = file.throttle_loopback.unwrap_or(gate.throttle_loopback);
    gate.tls = client_tls(flags, file)?;
    gate.ws_listen = flags.ws_listen.or(file.ws_listen);
    Ok(gate)
}

/// `--tls-listen` with `--tls-cert` and `--tls-key` (all three, or none).
fn client_tls(flags: &NodeFlags, file: &FileConfig) -> Result<Option<ClientTls>, CliError> {
    let listen = flags.tls_listen.or(file.tls_listen);
    let cert = flags.tls_cert.as_ref().or(file.tls_cert.as_ref());
    let key = flags.tls_key.as_ref().or(file.tls_key.as_ref());
    match (listen, cert, key) {
        (None, None, None) => Ok(None),
        (Some(listen), Some(cert), Some(key)) => ClientTls::load(listen, cert, key)
            .map(Some)
            .map_err(|error| CliError::Invalid(error.to_string())),
        _ => Err(CliError::Invalid(
            "TLS needs --tls-listen, --tls-cert and --tls-key together".into(),
        )),
    }
}

/// The file name of the development login secret in the data directory.
pub const DEV_SECRET_FILE: &str = "login-secret";
/// Random bytes of a development secret (written as hex).
const DEV_SECRET_BYTES: usize = 32;

/// Where the gate's login check came from (the node says it at start).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthFrom {
    /// Set in code (an embedder's `NodeOptions`).
    Code,
    /// `--auth-secret-file` / `auth_secret_file`.
    SecretFile(PathBuf),
    /// The development secret in the data directory (`written`: by this start).
    DevSecret {
        /// The file.
        path: PathBuf,
        /// Whether this start wrote it.
        written: bool,
    },
    /// `--open-login` / `open_login = true`.
    Open,
    /// The node has no gate (role `app`): nothing to check.
    NoGate,
}

/// Reads the development secret at `path`, or writes a fresh one there (mode 0600, a
/// random 64-hex-digit line) if there is none. Two nodes starting at once in one
/// directory both end with the same secret: only one creates the file.
///
/// # Errors
/// [`CliError::Read`] when it can neither be read nor written.
pub fn dev_secret(path: &Path) -> Result<(Vec<u8>, bool), CliError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if path.exists() {
        return secret(path, "development login secret").map(|bytes| (bytes, false));
    }
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|error| CliError::Read(dir.to_owned(), error))?;
    }
    let mut random = [0u8; DEV_SECRET_BYTES];
    getrandom::fill(&mut random).map_err(|error| {
        CliError::Read(path.to_owned(), std::io::Error::other(error.to_string()))
    })?;
    let text: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path);
    match created {
        Ok(mut file) => {
            file.write_all(format!("{text}\n").as_bytes())
                .and_then(|()| file.sync_all())
                .map_err(|error| CliError::Read(path.to_owned(), error))?;
            Ok((text.into_bytes(), true))
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            secret(path, "development login secret").map(|bytes| (bytes, false))
        }
        Err(error) => Err(CliError::Read(path.to_owned(), error)),
    }
}

/// The login check: a secret file, `--open-login`, or the development secret in the
/// data directory.
fn auth(flags: &NodeFlags, file: &FileConfig, dir: &Path) -> Result<(Auth, AuthFrom), CliError> {
    let open = flags.open_login || file.open_login.unwrap_or(false);
    let secret_file = flags
        .auth_secret_file
        .as_ref()
        .or(file.auth_secret_file.as_ref());
    match (secret_file, open) {
        (Some(_), true) => Err(CliError::Invalid(
            "--open-login and --auth-secret-file exclude each other".into(),
        )),
        (Some(path), false) => Ok((
            Auth::tickets(secret(path, "auth secret file")?),
            AuthFrom::SecretFile(path.clone()),
        )),
        (None, true) => Ok((Auth::Open, AuthFrom::Open)),
        (None, false) => {
            let path = dir.join(DEV_SECRET_FILE);
            let (bytes, written) = dev_secret(&path)?;
            Ok((Auth::tickets(bytes), AuthFrom::DevSecret { path, written }))
        }
    }
}

/// Reads a login secret file (its bytes without trailing newlines), for `hearth ticket`
/// and the load tools.
///
/// # Errors
/// The file cannot be read, is too large, or is empty.
pub fn read_login_secret(path: &Path) -> Result<Vec<u8>, CliError> {
    secret(path, "login secret file")
}

/// `--data-dir` / `data_dir`, or the default.
fn data_dir(flags: &NodeFlags, file: &FileConfig) -> PathBuf {
    flags
        .data_dir
        .clone()
        .or_else(|| file.data_dir.clone())
        .unwrap_or_else(StoreChoice::default_dir)
}

/// `--store` / `store`, with `--data-dir` / `data_dir` for the embedded store.
fn store_choice(flags: &NodeFlags, file: &FileConfig) -> Result<StoreChoice, CliError> {
    let dir = data_dir(flags, file);
    let store = flags.store.as_deref().or(file.store.as_deref());
    match store {
        None | Some("embedded") => Ok(StoreChoice::Embedded(dir)),
        Some("none") => Ok(StoreChoice::None),
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(StoreChoice::Postgres(url.to_owned()))
        }
        Some(settings) if settings.contains("host=") || settings.contains("dbname=") => {
            Ok(StoreChoice::Postgres(settings.to_owned()))
        }
        Some(_) => Err(CliError::Invalid(
            "--store is embedded, none, or a PostgreSQL URL (postgres://user@host/db)".into(),
        )),
    }
}

/// A name that tells the nodes of a cluster apart in each other's logs: the role, and
/// the node-to-node address when it is a fixed one its peers reach (two hosts, or two
/// network namespaces, may share a host name and a port); else the host and the port,
/// or the host and the process id when the port is not fixed.
fn default_name(role: Role, listen: Option<SocketAddr>) -> String {
    let role = role.name();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|name| name.trim().to_owned())
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "localhost".to_owned());
    match listen {
        Some(addr)
            if addr.port() != 0 && !addr.ip().is_unspecified() && !addr.ip().is_loopback() =>
        {
            format!("{role}@{addr}")
        }
        Some(addr) if addr.port() != 0 => format!("{role}@{host}:{}", addr.port()),
        _ => format!("{role}@{host}-{}", std::process::id()),
    }
}

fn store_config(flags: &NodeFlags, file: &FileConfig) -> Result<StoreConfig, CliError> {
    let mut config = StoreConfig::default();
    if let Some(ms) = flags.store_flush_ms.or(file.store_flush_ms) {
        config.flush_after = positive(ms, "store_flush_ms")?;
    }
    if let Some(ms) = flags.store_lazy_ms.or(file.store_lazy_ms) {
        config.lazy_after = positive(ms, "store_lazy_ms")?;
    }
    Ok(config)
}

/// `--admin-listen` / `admin_listen` with `--admin-token-file` / `admin_token_file`.
fn admin_options(flags: &NodeFlags, file: &FileConfig) -> Result<AdminOptions, CliError> {
    let token = flags
        .admin_token_file
        .as_ref()
        .or(file.admin_token_file.as_ref())
        .map(|path| secret(path, "admin token file"))
        .transpose()?
        .map(|bytes| Arc::from(String::from_utf8_lossy(&bytes).as_ref()));
    let listen = match flags
        .admin_listen
        .as_deref()
        .or(file.admin_listen.as_deref())
    {
        None => return Ok(AdminOptions::default_with(token)),
        Some("off") => None,
        Some(address) => Some(address.parse().map_err(|_| {
            CliError::Invalid(format!(
                "--admin-listen is an address (127.0.0.1:7480) or off, not {address:?}"
            ))
        })?),
    };
    Ok(AdminOptions {
        listen,
        fixed: true,
        token,
    })
}

impl NodeFlags {
    /// The node these flags (and their config file, and `env_cookie`) describe.
    ///
    /// # Errors
    /// See [`CliError`].
    pub fn options(&self, env_cookie: Option<String>) -> Result<NodeOptions, CliError> {
        let file = self
            .config
            .as_deref()
            .map(read_config)
            .transpose()?
            .unwrap_or_default();
        let defaults = NodeOptions::standalone();
        let shards = self.shards.or(file.shards).unwrap_or(defaults.shards);
        if !(1..=hearth_engine::SHARDS_MAX).contains(&shards) {
            return Err(CliError::Invalid(format!(
                "--shards must be 1..={}",
                hearth_engine::SHARDS_MAX
            )));
        }
        let role = self.role.or(file.role).unwrap_or(defaults.role);
        let listen = self.listen.or(file.listen);
        let mut gate = gate_config(self, &file)?;
        let (auth, auth_from) = if role.has_gate() {
            auth(self, &file, &data_dir(self, &file))?
        } else {
            (hearth_gate::Auth::Unset, AuthFrom::NoGate)
        };
        gate.auth = auth;
        Ok(NodeOptions {
            role,
            name: self
                .name
                .clone()
                .or_else(|| file.name.clone())
                .unwrap_or_else(|| default_name(role, listen)),
            shards,
            pin: !self.no_pin && file.pin.unwrap_or(defaults.pin),
            listen,
            join: if self.join.is_empty() {
                file.join.clone()
            } else {
                self.join.clone()
            },
            cookie: cookie(self, &file, env_cookie)?,
            link_plaintext: self.link_plaintext || file.link_plaintext.unwrap_or(false),
            gate,
            auth_from,
            store: store_choice(self, &file)?,
            store_config: store_config(self, &file)?,
            admin: admin_options(self, &file)?,
            world: world_tuning(&file)?,
            scripts: scripts_choice(self, &file),
            scripts_watch: scripts_watch(self, &file)?,
        })
    }

    /// The log filter: the flag, the config file, or `info`.
    ///
    /// # Errors
    /// The config file cannot be read.
    pub fn checked_log_filter(&self) -> Result<String, CliError> {
        Ok(self.checked_log()?.0)
    }

    /// The log filter and format: flags, the config file, or `info` as text.
    ///
    /// # Errors
    /// The config file cannot be read.
    pub fn checked_log(&self) -> Result<(String, LogFormat), CliError> {
        let file = self.config.as_deref().map(read_config).transpose()?;
        let (file_filter, file_format) =
            file.map_or((None, None), |file| (file.log, file.log_format));
        let filter = self
            .log
            .clone()
            .or(file_filter)
            .unwrap_or_else(|| "info".to_owned());
        Ok((filter, self.log_format.or(file_format).unwrap_or_default()))
    }

    /// The log format: the flag, the config file, or text (a file that cannot be read is
    /// reported by [`NodeFlags::options`]).
    pub fn log_format(&self) -> LogFormat {
        self.checked_log().map_or_else(
            |_| self.log_format.unwrap_or_default(),
            |(_, format)| format,
        )
    }

    /// The log filter: the flag, the config file, or `info` (a file that cannot be read
    /// is reported by [`NodeFlags::options`]).
    pub fn log_filter(&self) -> String {
        self.checked_log_filter()
            .unwrap_or_else(|_| self.log.clone().unwrap_or_else(|| "info".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("hearth").chain(args.iter().copied()))
    }

    #[test]
    fn no_flags_is_a_standalone_node() {
        let options = parse(&[]).unwrap().node.options(None).unwrap();
        assert_eq!(options.role, Role::All);
        assert!(options.listen.is_none() && options.cookie.is_none());
        assert_eq!(options.gate.listen.port(), CLIENT_PORT_DEFAULT);
    }

    #[test]
    fn default_names_tell_the_nodes_of_a_cluster_apart() {
        let name = |args: &[&str]| parse(args).unwrap().node.options(None).unwrap().name;
        let app = name(&[
            "--role",
            "app",
            "--listen",
            "127.0.0.1:7411",
            "--cookie",
            "c",
        ]);
        let gate = name(&[
            "--role",
            "gate",
            "--join",
            "127.0.0.1:7411",
            "--cookie",
            "c",
        ]);
        assert!(app.starts_with("app@") && app.ends_with(":7411"), "{app}");
        assert!(gate.starts_with("gate@"), "{gate}");
        assert_ne!(app, gate);
        let on = |listen: &str| name(&["--role", "app", "--listen", listen, "--cookie", "c"]);
        assert_eq!(on("10.0.0.2:7401"), "app@10.0.0.2:7401");
        assert_ne!(
            on("10.0.0.2:7401"),
            on("10.0.0.3:7401"),
            "two App nodes on one port, on two addresses of one host name"
        );
        let chosen = name(&["--name", "east-1"]);
        assert_eq!(chosen, "east-1", "a name given is kept");
    }

    #[test]
    fn bad_flags_are_refused() {
        assert!(parse(&["--role", "king"]).is_err());
        assert!(parse(&["--shards", "many"]).is_err());
        assert!(parse(&["--listen", "nowhere"]).is_err());
        let zero = parse(&["--shards", "0"]).unwrap().node.options(None);
        assert!(matches!(zero, Err(CliError::Invalid(_))));
    }

    #[test]
    fn the_cookie_comes_from_file_then_env_then_flag() {
        let dir = std::env::temp_dir().join(format!("hearth-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("cookie");
        std::fs::write(&path, "from-file\n").unwrap();
        let flags = parse(&["--cookie", "flag", "--cookie-file", path.to_str().unwrap()])
            .unwrap()
            .node;
        assert!(flags.options(Some("env".into())).unwrap().cookie.is_some());
        std::fs::write(&path, "\n").unwrap();
        assert!(matches!(flags.options(None), Err(CliError::EmptySecret(_))));
        let flags = parse(&["--cookie", ""]).unwrap().node;
        assert!(matches!(flags.options(None), Err(CliError::EmptySecret(_))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_config_file_is_checked_and_flags_win() {
        let dir = std::env::temp_dir().join(format!("hearth-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("node.toml");
        std::fs::write(
            &path,
            "role = \"gate\"\nshards = 1\nsession_grace_ms = 500\n",
        )
        .unwrap();
        let config = path.to_str().unwrap();
        let options = parse(&["--config", config, "--shards", "2"])
            .unwrap()
            .node
            .options(None)
            .unwrap();
        assert_eq!((options.role, options.shards), (Role::Gate, 2));
        assert_eq!(options.gate.session_grace, Duration::from_millis(500));
        std::fs::write(&path, "rol = \"gate\"\n").unwrap();
        let error = parse(&["--config", config])
            .unwrap()
            .node
            .options(None)
            .unwrap_err();
        assert!(error.to_string().contains("unknown field"), "{error}");
        std::fs::write(&path, "session_grace_ms = 0\n").unwrap();
        assert!(
            parse(&["--config", config])
                .unwrap()
                .node
                .options(None)
                .is_err()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
