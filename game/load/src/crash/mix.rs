//! The seed's mix beside the trades: a `hearth load --seed-mix` process of its own, with
//! its own players (moves, echoes, heavy work, whispers, guild and team lines at the
//! seed's per-player rates), against the cluster's Gate for one round. It is stopped at
//! the round's end: the kill breaks its connections, and the next round starts a new one.
//! Its figures are not checked (a node dies under it every round); its log is kept with
//! the nodes'.

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use super::CrashError;

/// How long a background run is asked to last: longer than any round (it is killed at
/// the round's end).
const MIX_RUN_S: u64 = 3_600;

/// A running background mix.
pub struct Mix {
    child: Child,
}

impl Mix {
    /// Starts `clients` seed-mix players against `gate` for round `round`, logging to
    /// `dir/mix.log`; `None` for 0 clients.
    ///
    /// # Errors
    /// The process could not be started.
    pub fn start(
        exe: &Path,
        dir: &Path,
        gate: SocketAddr,
        clients: usize,
        round: usize,
    ) -> Result<Option<Self>, CrashError> {
        if clients == 0 {
            return Ok(None);
        }
        let log = dir.join("mix.log");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .map_err(|error| CrashError::Cluster(format!("{}: {error}", log.display())))?;
        let args = [
            "load".to_owned(),
            "--target".to_owned(),
            gate.to_string(),
            "--clients".to_owned(),
            clients.to_string(),
            "--seed-mix".to_owned(),
            "--shards".to_owned(),
            "1".to_owned(),
            "--warmup-s".to_owned(),
            "0".to_owned(),
            "--duration-s".to_owned(),
            MIX_RUN_S.to_string(),
            "--user-prefix".to_owned(),
            format!("crash-mix-r{round}-"),
            "--auth-secret-file".to_owned(),
            dir.join(super::cluster::LOGIN_SECRET_FILE)
                .display()
                .to_string(),
        ];
        let stdout = log
            .try_clone()
            .map_err(|error| CrashError::Cluster(format!("mix log: {error}")))?;
        let child = Command::new(exe)
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(log)
            .spawn()
            .map_err(|error| CrashError::Cluster(format!("starting the seed mix: {error}")))?;
        Ok(Some(Self { child }))
    }
}

impl Drop for Mix {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
