//! A cluster of real `hearth` processes on loopback: two App nodes storing in one
//! database, and a Gate. Nodes are killed with SIGKILL and started again.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::CrashError;

/// The gate's login secret, in the harness's directory.
pub(crate) const LOGIN_SECRET_FILE: &str = "login-secret";
/// Seconds a harness login ticket lives (it logs in at once).
const TICKET_LIFETIME_S: u64 = 300;

/// How long a node may take to say it is ready.
const READY_WITHIN: Duration = Duration::from_secs(30);
/// How long the Gate may take to see a (re)started App node.
const SEEN_WITHIN: Duration = Duration::from_secs(10);
/// How often the Gate's log is read while waiting for a node to be seen.
const LOG_POLL: Duration = Duration::from_millis(20);

/// One `hearth` process.
pub struct NodeProcess {
    name: String,
    child: Child,
    /// Its client address (a Gate's).
    pub clients: Option<SocketAddr>,
    /// Its node-to-node address.
    pub node: SocketAddr,
}

impl NodeProcess {
    /// Starts `exe` with `args`, its log in `log`; returns once it printed its ready line.
    fn start(exe: &Path, name: &str, args: &[String], log: &Path) -> Result<Self, CrashError> {
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .map_err(|error| CrashError::Cluster(format!("{}: {error}", log.display())))?;
        let mut child = Command::new(exe)
            .args(args)
            .env("NO_COLOR", "1") // plain log lines, read by `times_seen`
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .map_err(|error| CrashError::Cluster(format!("starting {name}: {error}")))?;
        let stdout = child.stdout.take().expect("piped");
        let (line, read) = flume::bounded(1);
        std::thread::spawn(move || {
            let mut first = String::new();
            let _ = BufReader::new(stdout).read_line(&mut first);
            let _ = line.send(first);
        });
        let first = read.recv_timeout(READY_WITHIN).unwrap_or_default();
        let field = |key: &str| {
            first
                .split_whitespace()
                .find_map(|pair| pair.strip_prefix(key))
                .and_then(|value| value.parse::<SocketAddr>().ok())
        };
        let Some(node) = field("node=") else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(CrashError::Cluster(format!(
                "{name} did not start (its log: {}): {first:?}",
                log.display()
            )));
        };
        Ok(Self {
            name: name.to_owned(),
            child,
            clients: field("clients="),
            node,
        })
    }

    /// SIGKILL, and waits for the process to be gone.
    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for NodeProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Starts the cluster's processes.
struct Launcher {
    exe: PathBuf,
    dir: PathBuf,
    store: String,
    shards: usize,
}

impl Launcher {
    fn common_args(&self, name: &str) -> Vec<String> {
        [
            "--name",
            name,
            "--listen",
            "127.0.0.1:0",
            "--cookie-file",
            &self.dir.join("cookie").display().to_string(),
            "--shards",
            &self.shards.to_string(),
            "--log",
            "info",
        ]
        .map(str::to_owned)
        .to_vec()
    }

    fn app(&self, name: &str, join: Option<SocketAddr>) -> Result<NodeProcess, CrashError> {
        let mut args = self.common_args(name);
        args.extend(["--role", "app", "--store", &self.store].map(str::to_owned));
        if let Some(join) = join {
            args.extend(["--join".to_owned(), join.to_string()]);
        }
        NodeProcess::start(&self.exe, name, &args, &self.log(name))
    }

    fn gate(&self, join: SocketAddr) -> Result<NodeProcess, CrashError> {
        let mut args = self.common_args("gate");
        let join = join.to_string();
        args.extend(
            [
                "--role",
                "gate",
                "--store",
                "none",
                "--client-listen",
                "127.0.0.1:0",
                "--join",
                &join,
                "--auth-secret-file",
                &self.dir.join(LOGIN_SECRET_FILE).display().to_string(),
            ]
            .map(str::to_owned),
        );
        NodeProcess::start(&self.exe, "gate", &args, &self.log("gate"))
    }

    fn log(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.log"))
    }

    /// How often the Gate's log says `name` came up.
    fn times_seen(&self, name: &str) -> usize {
        let log = std::fs::read_to_string(self.log("gate")).unwrap_or_default();
        let needle = format!("node={name} ");
        log.lines()
            .filter(|line| line.contains("node up") && line.contains(&needle))
            .count()
    }

    /// Waits until the Gate's log says `name` came up `times` times.
    fn wait_seen(&self, name: &str, times: usize) -> Result<(), CrashError> {
        let deadline = Instant::now() + SEEN_WITHIN;
        while self.times_seen(name) < times {
            if Instant::now() > deadline {
                return Err(CrashError::Cluster(format!(
                    "the gate did not see {name} come up within {SEEN_WITHIN:?} (logs in {})",
                    self.dir.display()
                )));
            }
            std::thread::sleep(LOG_POLL);
        }
        Ok(())
    }
}

/// The Gate's number in [`Cluster::kill`] and [`Cluster::restart`] (the App nodes are 0
/// and 1).
pub const GATE: usize = 2;

/// Two App nodes and a Gate.
pub struct Cluster {
    launcher: Launcher,
    /// The App nodes.
    pub apps: [NodeProcess; 2],
    gate: NodeProcess,
}

impl Cluster {
    /// Starts the cluster in `dir` (logs and the cookie), its App nodes storing in
    /// `store`, each node with `shards` shards.
    ///
    /// # Errors
    /// A node that does not start, or a Gate that does not see both App nodes.
    pub fn start(exe: &Path, dir: &Path, store: &str, shards: usize) -> Result<Self, CrashError> {
        std::fs::create_dir_all(dir)
            .map_err(|error| CrashError::Cluster(format!("{}: {error}", dir.display())))?;
        std::fs::write(
            dir.join("cookie"),
            format!("crash-{}\n", std::process::id()),
        )
        .map_err(|error| CrashError::Cluster(format!("the cookie file: {error}")))?;
        std::fs::write(
            dir.join(LOGIN_SECRET_FILE),
            format!("crash-login-{}-{}\n", std::process::id(), fastrand::u64(..)),
        )
        .map_err(|error| CrashError::Cluster(format!("the login secret file: {error}")))?;
        let launcher = Launcher {
            exe: exe.to_owned(),
            dir: dir.to_owned(),
            store: store.to_owned(),
            shards,
        };
        let app1 = launcher.app("app1", None)?;
        let app2 = launcher.app("app2", Some(app1.node))?;
        let gate = launcher.gate(app1.node)?;
        launcher.wait_seen("app1", 1)?;
        launcher.wait_seen("app2", 1)?;
        Ok(Self {
            launcher,
            apps: [app1, app2],
            gate,
        })
    }

    /// Where clients connect.
    pub fn clients(&self) -> SocketAddr {
        self.gate.clients.expect("a gate has a client address")
    }

    /// The gate's login secret file.
    pub fn login_secret_file(&self) -> PathBuf {
        self.launcher.dir.join(LOGIN_SECRET_FILE)
    }

    /// A fresh login ticket for `user`.
    ///
    /// # Errors
    /// The secret file cannot be read.
    pub fn ticket(&self, user: &str) -> Result<String, CrashError> {
        let path = self.login_secret_file();
        let text = std::fs::read_to_string(&path)
            .map_err(|error| CrashError::Cluster(format!("{}: {error}", path.display())))?;
        let secret = text.trim_end_matches(['\n', '\r']).as_bytes();
        Ok(hearth_protocol::ticket::issue_fresh(
            secret,
            user,
            TICKET_LIFETIME_S,
        ))
    }

    /// Kills a node with SIGKILL: App node 0 or 1, or [`GATE`].
    pub fn kill(&mut self, node: usize) {
        match self.apps.get_mut(node) {
            Some(app) => app.kill(),
            None => self.gate.kill(),
        }
    }

    /// Starts a killed node again and waits until the Gate sees every App node: an App
    /// node joins the other one; the Gate joins the first (clients then connect to its
    /// new address, [`Cluster::clients`]).
    ///
    /// # Errors
    /// It does not start, or the Gate does not see the App nodes in time.
    pub fn restart(&mut self, node: usize) -> Result<(), CrashError> {
        let names = [self.apps[0].name.clone(), self.apps[1].name.clone()];
        let seen_before = names.clone().map(|name| self.launcher.times_seen(&name));
        if node < self.apps.len() {
            let other = self.apps[1 - node].node;
            self.apps[node] = self.launcher.app(&names[node], Some(other))?;
            return self.launcher.wait_seen(&names[node], seen_before[node] + 1);
        }
        self.gate = self.launcher.gate(self.apps[0].node)?;
        for (name, before) in names.iter().zip(seen_before) {
            self.launcher.wait_seen(name, before + 1)?;
        }
        Ok(())
    }
}
