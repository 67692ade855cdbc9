//! Reconfiguring a running node (SIGHUP, or `POST /admin/reload`): the config file is
//! read again, checked whole, and what can change live is applied.
//!
//! | setting | on reload |
//! |---|---|
//! | `log` | applied at once |
//! | `requests_per_s`, `burst`, `login_timeout_ms`, `request_timeout_ms` | applied at once, on every connection, open ones included |
//! | `session_grace_ms`, `trade_timeout_ms` | applied to players who log in from then on |
//! | `address_connections_per_s`, `address_connection_burst`, `address_failed_logins_per_s`, `address_failed_login_burst` | applied at once, to every address's bucket at its next use |
//! | `aoi_tick_ms`, `aoi_radius`, `battle_tick_hz` | applied at once: every cell and battle follows at its next tick (`hearth_world::tuning`) |
//! | `admin_token_file` | the token read again and in force from the next admin request (a listener off loopback cannot drop it) |
//! | every other setting | kept as it runs; named in the answer as needing a restart |
//!
//! A file that cannot be read or parsed, or holds an unusable value (a bad log filter, a
//! zero rate), is refused whole: nothing changes, and the answer says why.
//!
//! The game's scripts have commands of their own (`POST /admin/scripts/reload` and
//! `rollback`), and with `--scripts-watch` a change to the scripts folder is reloaded by
//! itself: the folder is looked at every [`SCRIPTS_WATCH_EVERY`], and a change is
//! installed once it has stood still for one look (a file being written is not read
//! half-way). What a watched reload says goes to the log: `info` when installed,
//! `warn` with the script, line and cause when refused (the running release stays).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use hearth_admin::{ReloadError, Reloaded};

use hearth_gate::GateControl;

use crate::cli::NodeFlags;
use crate::logging::LogControl;
use crate::node::{NodeOptions, ScriptsChoice};

/// The nodes a command reached, for its answer.
fn nodes(reached: &[String]) -> String {
    if reached.is_empty() {
        "no other node".to_owned()
    } else {
        reached.join(", ")
    }
}

/// How often a watched scripts folder is looked at (`--scripts-watch`): a change is
/// installed one to two looks after the last write.
pub const SCRIPTS_WATCH_EVERY: Duration = Duration::from_secs(1);

/// What a scripts folder looks like: its `*.lua` files with their sizes and times, by
/// name (empty when it cannot be read: the reload it leads to says why).
fn folder_look(dir: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "lua"))
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            Some((entry.path(), meta.len(), meta.modified().ok()))
        })
        .collect();
    files.sort();
    files
}

/// The answer of a scripts command on a node that runs none.
const NO_SCRIPTS: &str =
    "this node runs no scripts (an App role started with --scripts none, or a gate)";

/// What a reload reaches in the running node.
pub struct Running {
    /// The node's gates (`None` on an App node).
    pub gates: Option<GateControl>,
    /// The world's live settings (`None` on a node without the world).
    pub tuning: Option<Arc<hearth_world::Tuning>>,
    /// The game rules in scripts (`None`: the Rust defaults, or no world here).
    pub scripts: Option<Arc<hearth_scripts::Catalog>>,
    /// How script commands reach the other App nodes (`None` without a cluster).
    pub scripts_cluster: Option<crate::ops::ScriptsCluster>,
    /// Script releases installed and refused on this node.
    pub script_counts: Arc<crate::ops::ScriptCounts>,
}

/// Reloads a node started from `flags`.
pub struct Reloader {
    flags: NodeFlags,
    env_cookie: Option<String>,
    log: LogControl,
    /// The node's gates (`None` on an App node).
    gates: Option<GateControl>,
    /// The world's live settings (`None` on a node without the world).
    tuning: Option<Arc<hearth_world::Tuning>>,
    /// The game rules in scripts and where they are read from (`None`: the Rust
    /// defaults, or no world here).
    scripts: Option<(Arc<hearth_scripts::Catalog>, ScriptsChoice)>,
    scripts_cluster: Option<crate::ops::ScriptsCluster>,
    script_counts: Arc<crate::ops::ScriptCounts>,
    /// The admin listener's token, once it listens.
    admin: std::sync::OnceLock<hearth_admin::TokenSlot>,
    /// What runs now: the options and the log filter.
    running: Mutex<(NodeOptions, String)>,
    applied: AtomicU64,
    refused: AtomicU64,
}

impl Reloader {
    /// A reloader for a node started with `options` and the log filter `log_filter`,
    /// read from `flags` (and the cookie from the environment, `env_cookie`).
    pub fn new(
        flags: NodeFlags,
        env_cookie: Option<String>,
        log: LogControl,
        running: Running,
        options: NodeOptions,
        log_filter: String,
    ) -> Self {
        let Running {
            gates,
            tuning,
            scripts,
            scripts_cluster,
            script_counts,
        } = running;
        Self {
            flags,
            env_cookie,
            log,
            gates,
            tuning,
            scripts: scripts.map(|catalog| (catalog, options.scripts.clone())),
            scripts_cluster,
            script_counts,
            admin: std::sync::OnceLock::new(),
            running: Mutex::new((options, log_filter)),
            applied: AtomicU64::new(0),
            refused: AtomicU64::new(0),
        }
    }

    /// Reads the scripts folder again and installs it if every script passes its check
    /// (`POST /admin/scripts/reload`); every scripted process switches at its next
    /// message.
    ///
    /// # Errors
    /// No scripts on this node, the shipped ones (nothing to read again), or a release
    /// refused (named script, line and cause): the running one stays.
    pub fn reload_scripts(&self) -> Result<String, String> {
        let (catalog, choice) = self.scripts.as_ref().ok_or(NO_SCRIPTS)?;
        let ScriptsChoice::Dir(dir) = choice else {
            return Err("this node runs the scripts shipped in its binary: start it with --scripts DIR to change them live".to_owned());
        };
        let sources = hearth_scripts::read_dir(dir).map_err(|error| error.to_string())?;
        let names: Vec<String> = sources
            .iter()
            .map(|source| format!("{}.lua", source.name))
            .collect();
        let outcome = catalog.install(sources.clone(), hearth_world::rules::check);
        self.script_counts.count(&outcome);
        let version = outcome.map_err(|error| {
            format!(
                "refused, release {} keeps running: {error}",
                catalog.version()
            )
        })?;
        let done = format!("scripts release {version} installed ({})", names.join(", "));
        let Some(cluster) = &self.scripts_cluster else {
            return Ok(done);
        };
        match cluster.install(&sources) {
            Ok(reached) => Ok(format!("{done}; sent to {}", nodes(&reached))),
            Err(why) => Ok(format!("{done}; not sent to the other nodes: {why}")),
        }
    }

    /// Watches the scripts folder (`--scripts-watch`, see the module docs) on a thread of
    /// its own until `serving` turns false. `None`: the node runs no scripts folder.
    pub fn watch_scripts(
        self: &Arc<Self>,
        serving: Arc<AtomicBool>,
    ) -> Option<std::thread::JoinHandle<()>> {
        let Some((_, ScriptsChoice::Dir(dir))) = self.scripts.as_ref() else {
            return None;
        };
        let dir = dir.clone();
        let reloader = Arc::clone(self);
        let watch = move || {
            let mut installed = folder_look(&dir);
            let mut seen = installed.clone();
            while serving.load(Ordering::Acquire) {
                std::thread::sleep(SCRIPTS_WATCH_EVERY);
                let now = folder_look(&dir);
                if now == seen && now != installed {
                    installed = now.clone();
                    match reloader.reload_scripts() {
                        Ok(done) => tracing::info!("scripts folder changed: {done}"),
                        Err(why) => tracing::warn!("scripts folder changed: {why}"),
                    }
                }
                seen = now;
            }
        };
        std::thread::Builder::new()
            .name("hearth-scripts-watch".into())
            .spawn(watch)
            .ok()
    }

    /// Returns to the scripts release before the current one (`POST
    /// /admin/scripts/rollback`).
    ///
    /// # Errors
    /// No scripts on this node, or no release before the current one.
    pub fn rollback_scripts(&self) -> Result<String, String> {
        let (catalog, _) = self.scripts.as_ref().ok_or(NO_SCRIPTS)?;
        let outcome = catalog.rollback();
        self.script_counts.count(&outcome);
        let version = outcome.map_err(|error| error.to_string())?;
        let done = format!("scripts release {version}: the previous scripts again");
        Ok(match &self.scripts_cluster {
            Some(cluster) => format!("{done}; sent to {}", nodes(&cluster.rollback())),
            None => done,
        })
    }

    /// The admin listener started: its token follows the config file from now on.
    pub fn admin_started(&self, token: hearth_admin::TokenSlot) {
        let _ = self.admin.set(token);
    }

    /// Reloads so far: `(applied, refused)`.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.applied.load(Ordering::Relaxed),
            self.refused.load(Ordering::Relaxed),
        )
    }

    /// Reads the config file again and applies what can change live.
    ///
    /// # Errors
    /// [`ReloadError`]: no config file, or a file refused whole.
    pub fn reload(&self) -> Result<Reloaded, ReloadError> {
        let outcome = self.read_and_apply();
        let counter = if outcome.is_ok() {
            &self.applied
        } else {
            &self.refused
        };
        counter.fetch_add(1, Ordering::Relaxed);
        outcome
    }

    fn read_and_apply(&self) -> Result<Reloaded, ReloadError> {
        if self.flags.config.is_none() {
            return Err(ReloadError::NoConfigFile);
        }
        let refused = |error: &dyn std::fmt::Display| ReloadError::Refused(error.to_string());
        let options = self
            .flags
            .options(self.env_cookie.clone())
            .map_err(|error| refused(&error))?;
        let (filter, format) = self.flags.checked_log().map_err(|error| refused(&error))?;
        crate::logging::parse(&filter).map_err(|error| refused(&error))?;
        let mut running = self
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let token = (running.0.admin.token != options.admin.token)
            .then_some(options.admin.token.clone())
            .and_then(|token| Some((self.admin.get()?, token)));
        if let Some((slot, token)) = &token {
            slot.check(token.as_ref())
                .map_err(|error| refused(&error))?;
        }
        let mut reloaded = Reloaded {
            need_restart: restart_only_changes(&running.0, &options),
            ..Reloaded::default()
        };
        if let Some((slot, token)) = token {
            slot.replace(token.clone())
                .map_err(|error| refused(&error))?;
            reloaded
                .applied
                .push("admin_token_file (its token)".to_owned());
            running.0.admin.token = token;
        }
        if format != self.log.format() {
            reloaded.need_restart.push("log_format".to_owned());
        }
        if filter != running.1 {
            self.log.set(&filter).map_err(|error| refused(&error))?;
            reloaded.applied.push(format!("log = {filter:?}"));
            running.1 = filter;
        }
        if let Some(gates) = &self.gates {
            reloaded.applied.extend(gates.apply(&options.gate));
        }
        running.0.gate = options.gate;
        if let Some(tuning) = &self.tuning {
            // Checked with the rest of the file by `options`: it cannot be refused here.
            let changed = tuning
                .apply(options.world)
                .map_err(|error| refused(&error))?;
            reloaded.applied.extend(changed);
            running.0.world = options.world;
        }
        Ok(reloaded)
    }
}

/// The settings that differ between `running` and `new` and apply only at a start.
fn restart_only_changes(running: &NodeOptions, new: &NodeOptions) -> Vec<String> {
    let (gate, new_gate) = (&running.gate, &new.gate);
    let (store, new_store) = (&running.store_config, &new.store_config);
    let changes = [
        ("role", running.role != new.role),
        ("name", running.name != new.name),
        ("shards", running.shards != new.shards),
        ("pin", running.pin != new.pin),
        ("listen", running.listen != new.listen),
        ("join", running.join != new.join),
        ("cookie", running.cookie != new.cookie),
        (
            "link_plaintext",
            running.link_plaintext != new.link_plaintext,
        ),
        ("client_listen", gate.listen != new_gate.listen),
        (
            "connections_max",
            gate.connections_max != new_gate.connections_max,
        ),
        (
            "throttle_loopback",
            gate.throttle_loopback != new_gate.throttle_loopback,
        ),
        ("auth_secret_file", gate.auth != new_gate.auth),
        ("ws_listen", gate.ws_listen != new_gate.ws_listen),
        (
            "tls",
            gate.tls.as_ref().map(|tls| (tls.listen, &tls.files))
                != new_gate.tls.as_ref().map(|tls| (tls.listen, &tls.files)),
        ),
        ("store", running.store != new.store),
        ("store_flush_ms", store.flush_after != new_store.flush_after),
        ("store_lazy_ms", store.lazy_after != new_store.lazy_after),
        ("admin_listen", running.admin.listen != new.admin.listen),
    ];
    changes
        .into_iter()
        .filter(|(_, changed)| *changed)
        .map(|(name, _)| name.to_owned())
        .collect()
}
