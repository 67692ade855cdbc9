//! `hearth crash`: the crash harness's flags (the harness is `hearth_load::crash`).

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use hearth_load::bots::LoadStore;
use hearth_load::crash::{self, CrashError, CrashReport, CrashSpec};
use hearth_load::recovery::{self, RecoverySpec};

/// The environment variable `--store` defaults to (`scripts/with-postgres` sets it).
pub const STORE_ENV: &str = "HEARTH_TEST_POSTGRES";

/// Flags of `hearth crash`.
#[derive(Args, Debug)]
pub struct CrashFlags {
    /// The App nodes' database: a PostgreSQL URL or settings (both nodes share it)
    /// [default: $HEARTH_TEST_POSTGRES].
    #[arg(long)]
    pub store: Option<String>,
    /// How many times a node (an App node or the Gate) is killed.
    #[arg(long, default_value_t = 20)]
    pub kills: usize,
    /// Players trading (an even number).
    #[arg(long, default_value_t = 20)]
    pub players: usize,
    /// Shards per node.
    #[arg(long, default_value_t = 1)]
    pub shards: usize,
    /// The schedule's seed [default: from the clock; printed].
    #[arg(long)]
    pub seed: Option<u64>,
    /// Shortest trading time before a kill, in ms.
    #[arg(long, default_value_t = 200)]
    pub trade_min_ms: u64,
    /// Longest trading time before a kill, in ms.
    #[arg(long, default_value_t = 2500)]
    pub trade_max_ms: u64,
    /// Players of the seed's mix started beside the traders every round (a login storm,
    /// guild and team joins, then moves, echoes, heavy work, whispers and group lines at
    /// the seed's rates); 0: none.
    #[arg(long, default_value_t = 100)]
    pub mix_clients: usize,
    /// Where the nodes' logs go [default: a temporary directory, removed after a run
    /// without violations].
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print a line after every kill (stderr).
    #[arg(long)]
    pub progress: bool,
    /// Instead of killing nodes: store this many players, then measure how long one node
    /// takes to bring them all back (each Person claims and loads its record). `--store`
    /// may then also be `embedded`.
    #[arg(long)]
    pub recovery: Option<usize>,
}

impl CrashFlags {
    /// The run these flags ask for.
    ///
    /// # Errors
    /// No store given, or this binary's path unknown.
    pub fn spec(&self) -> Result<CrashSpec, CrashError> {
        let store = self
            .store
            .clone()
            .or_else(|| std::env::var(STORE_ENV).ok())
            .ok_or_else(|| {
                CrashError::Invalid(format!(
                    "--store postgres://… is needed (or {STORE_ENV}): both App nodes store in it"
                ))
            })?;
        let exe = std::env::current_exe()
            .map_err(|error| CrashError::Invalid(format!("this binary's path: {error}")))?;
        let seed = self.seed.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |since| since.as_nanos() as u64)
        });
        let dir = self.dir.clone().unwrap_or_else(|| {
            std::env::temp_dir().join(format!("hearth-crash-{}-{seed}", std::process::id()))
        });
        Ok(CrashSpec {
            exe,
            dir,
            store,
            players: self.players,
            kills: self.kills,
            shards: self.shards.max(1),
            seed,
            trade_for: (
                Duration::from_millis(self.trade_min_ms),
                Duration::from_millis(self.trade_max_ms.max(self.trade_min_ms)),
            ),
            progress: self.progress,
            mix_clients: self.mix_clients,
        })
    }
}

/// Runs `--recovery`: prints its line.
///
/// # Errors
/// No store, or a run that could not finish.
pub fn run_recovery(flags: &CrashFlags, players: usize) -> Result<(), CrashError> {
    let store = flags
        .store
        .clone()
        .or_else(|| std::env::var(STORE_ENV).ok())
        .ok_or_else(|| CrashError::Invalid("--recovery needs --store".into()))?;
    let scratch = std::env::temp_dir().join(format!("hearth-recovery-{}", std::process::id()));
    let load_store = if store == "embedded" {
        LoadStore::Embedded(flags.dir.clone().unwrap_or_else(|| scratch.clone()))
    } else {
        LoadStore::Postgres(store)
    };
    let spec = RecoverySpec {
        players,
        shards: flags.shards.max(1),
        store: load_store,
    };
    let report = recovery::run(&spec).map_err(|error| CrashError::Invalid(error.to_string()));
    let _ = std::fs::remove_dir_all(&scratch);
    println!("{}", report?.line(&spec));
    Ok(())
}

/// Runs the harness; prints the report line, and every violation.
///
/// # Errors
/// Bad flags, or a cluster that could not run.
pub fn run(flags: &CrashFlags) -> Result<CrashReport, CrashError> {
    let spec = flags.spec()?;
    eprintln!(
        "hearth crash: seed {} (replay with --seed {}), logs in {}",
        spec.seed,
        spec.seed,
        spec.dir.display()
    );
    let report = crash::run(&spec)?;
    println!("{}", report.line(&spec));
    for violation in &report.violations {
        println!("violation: {violation}");
    }
    if report.violations.is_empty() && flags.dir.is_none() {
        let _ = std::fs::remove_dir_all(&spec.dir);
    }
    Ok(report)
}
