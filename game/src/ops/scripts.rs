//! Script releases across the cluster: a reload or a rollback taken by one App node
//! reaches every App node. Each App node with scripts runs an agent, registered
//! cluster-wide as `hearth.scripts@<node name>`; the node that takes the command
//! installs the release itself, then sends it to the agents of the members that are up,
//! which check it and install it in turn.
//!
//! # Contract
//!
//! | message to an agent | what it does |
//! |---|---|
//! | [`ScriptsMsg::Install`] | checks the sources against the world's rules and installs them as its node's next release; a refused release is logged with its reason and counted (`hearth_scripts_releases_total{outcome="refused"}`), and the running one stays |
//! | [`ScriptsMsg::Rollback`] | returns its node to the release before the current one (logged if there is none) |
//!
//! A release travels whole in one message, so it is bounded ([`RELEASE_BYTES_MAX`]).
//! A member down when the command is taken does not get it: it keeps its release until
//! the next command (the answer names the nodes reached).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use hearth_engine::{Addr, Ctx, NodeHandle, Process};
use hearth_net::ClusterHandle;
use hearth_scripts::{Catalog, Source};
use rkyv::{Archive, Deserialize, Serialize};

/// The prefix of an agent's cluster-wide name; the node's name follows.
pub const AGENT_PREFIX: &str = "hearth.scripts@";
/// Bytes of scripts one release may carry to other nodes (well under a node frame's
/// 4 MiB).
pub const RELEASE_BYTES_MAX: usize = 1024 * 1024;

/// What an agent is told.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum ScriptsMsg {
    /// Install these scripts as the next release.
    Install {
        /// The node that took the command.
        from: String,
        /// The scripts: name and text.
        sources: Vec<(String, String)>,
    },
    /// Return to the release before the current one.
    Rollback {
        /// The node that took the command.
        from: String,
    },
}

hearth_net::wire_message!(ScriptsMsg, "hearth.ops.ScriptsMsg");

/// Releases installed and refused on this node, from whatever source (for `/metrics`).
#[derive(Debug, Default)]
pub struct ScriptCounts {
    /// Releases installed (reloads and rollbacks), here or sent by another node.
    pub installed: AtomicU64,
    /// Releases refused (a script that failed its check, or no release to roll back to).
    pub refused: AtomicU64,
}

impl ScriptCounts {
    /// Counts an outcome.
    pub fn count<T, E>(&self, outcome: &Result<T, E>) {
        let counter = if outcome.is_ok() {
            &self.installed
        } else {
            &self.refused
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// How a node sends its script commands to the others.
#[derive(Clone)]
pub struct ScriptsCluster {
    node: NodeHandle,
    cluster: ClusterHandle,
    name: String,
}

impl ScriptsCluster {
    /// Sends from the node `name` through `cluster`.
    pub fn new(node: NodeHandle, cluster: ClusterHandle, name: String) -> Self {
        Self {
            node,
            cluster,
            name,
        }
    }

    /// Sends `sources` as a release to every other App node's agent; the names of the
    /// nodes reached.
    ///
    /// # Errors
    /// The release is larger than [`RELEASE_BYTES_MAX`]: nothing is sent.
    pub fn install(&self, sources: &[Source]) -> Result<Vec<String>, String> {
        let bytes: usize = sources.iter().map(|source| source.text.len()).sum();
        if bytes > RELEASE_BYTES_MAX {
            return Err(format!(
                "the release is {bytes} bytes: at most {RELEASE_BYTES_MAX} travel to other nodes"
            ));
        }
        let sources: Vec<(String, String)> = sources
            .iter()
            .map(|source| (source.name.clone(), source.text.to_string()))
            .collect();
        Ok(self.send(ScriptsMsg::Install {
            from: self.name.clone(),
            sources,
        }))
    }

    /// Sends a rollback to every other App node's agent; the names of the nodes reached.
    pub fn rollback(&self) -> Vec<String> {
        self.send(ScriptsMsg::Rollback {
            from: self.name.clone(),
        })
    }

    /// Sends `message` to the agent of every member that is up; whom it reached.
    fn send(&self, message: ScriptsMsg) -> Vec<String> {
        let members: Vec<String> = self
            .cluster
            .members()
            .into_iter()
            .filter(|member| member.up && member.name != self.name)
            .map(|member| member.name)
            .collect();
        let sent = self.node.run_on(0, move |ctx| {
            members
                .into_iter()
                .filter(|member| {
                    let Some(agent) = ctx.whereis_global(&format!("{AGENT_PREFIX}{member}")) else {
                        return false;
                    };
                    ctx.send(Addr::<ScriptsMsg>::from_pid(agent), message.clone())
                        .is_ok()
                })
                .collect()
        });
        sent.unwrap_or_default()
    }
}

/// A node's agent (see the module docs).
pub struct ScriptsAgent {
    catalog: Arc<Catalog>,
    name: String,
    counts: Arc<ScriptCounts>,
}

impl ScriptsAgent {
    /// The agent of node `name`, installing into `catalog` and counting in `counts`.
    pub fn new(catalog: Arc<Catalog>, name: String, counts: Arc<ScriptCounts>) -> Self {
        Self {
            catalog,
            name,
            counts,
        }
    }
}

impl Process for ScriptsAgent {
    type Msg = ScriptsMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), hearth_engine::ExitReason> {
        ctx.register_global(&format!("{AGENT_PREFIX}{}", self.name))
            .map_err(|error| hearth_engine::ExitReason::custom(format!("scripts agent: {error}")))
    }

    fn handle(&mut self, message: ScriptsMsg, _ctx: &mut Ctx<'_, Self>) {
        match message {
            ScriptsMsg::Install { from, sources } => {
                let sources = sources
                    .into_iter()
                    .map(|(name, text)| Source {
                        name,
                        text: text.into(),
                    })
                    .collect();
                let outcome = self.catalog.install(sources, hearth_world::rules::check);
                self.counts.count(&outcome);
                match outcome {
                    Ok(release) => {
                        tracing::info!(%from, release, "scripts installed, sent by another node")
                    }
                    Err(error) => {
                        tracing::warn!(%from, %error, release = self.catalog.version(), "scripts sent by another node refused; the running release stays")
                    }
                }
            }
            ScriptsMsg::Rollback { from } => {
                let outcome = self.catalog.rollback();
                self.counts.count(&outcome);
                match outcome {
                    Ok(release) => {
                        tracing::info!(%from, release, "scripts rolled back, asked by another node")
                    }
                    Err(error) => {
                        tracing::warn!(%from, %error, "scripts rollback asked by another node refused")
                    }
                }
            }
        }
    }

    fn status(&self, status: &mut hearth_engine::Status) {
        status.field("release", self.catalog.version());
        status.field("installed", self.counts.installed.load(Ordering::Relaxed));
        status.field("refused", self.counts.refused.load(Ordering::Relaxed));
    }
}
