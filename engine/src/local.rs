//! `LocalShard`: one shard driven by the calling thread, without an executor — for
//! deterministic tests of processes, and for profiling the engine's hot paths under tools
//! that cannot follow io_uring (valgrind).
//!
//! It runs the same `Shard` and the same turn as a node's shard; only the loop is
//! yours: [`LocalShard::run_until_idle`] turns until nothing is runnable. It has no io
//! loop, so processes must not spawn async tasks.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::config::{INJECT_QUEUE_LEN_MAX, SpawnOptions};
use crate::error::{SendError, SpawnError};
use crate::node_config::NodeConfig;
use crate::pid::{Addr, NodeId};
use crate::process::Process;
use crate::shard::{NodeShared, Shard, ShardShared, TurnOutcome, turn};
use crate::stats::ShardStats;

/// A single shard on the calling thread (see the module docs).
pub struct LocalShard {
    shard: Shard,
}

impl LocalShard {
    /// A shard with `config`'s limits (its shard count is ignored: this is one shard).
    pub fn new(config: NodeConfig) -> Self {
        crate::panic::install_hook();
        let config = NodeConfig {
            shards: 1,
            ..config
        };
        let (inject, receiver) = flume::bounded(INJECT_QUEUE_LEN_MAX);
        let shared = Arc::new(NodeShared {
            id: NodeId(1),
            wire: Arc::clone(&config.wire),
            config,
            shards: vec![ShardShared::new(inject)],
            stopping: AtomicBool::new(false),
        });
        Self {
            shard: Shard::new(0, shared, vec![None], vec![None], receiver),
        }
    }

    /// Spawns a process.
    ///
    /// # Errors
    /// [`SpawnError::ProcessLimit`] at the process limit.
    pub fn spawn<P: Process>(&mut self, process: P) -> Result<Addr<P::Msg>, SpawnError> {
        self.spawn_opts(process, SpawnOptions::default())
    }

    /// Spawns a process with `options` (placement and link/monitor are ignored: there is
    /// one shard and no spawner).
    ///
    /// # Errors
    /// [`SpawnError::ProcessLimit`] at the process limit.
    pub fn spawn_opts<P: Process>(
        &mut self,
        process: P,
        options: SpawnOptions,
    ) -> Result<Addr<P::Msg>, SpawnError> {
        let options = SpawnOptions {
            link: false,
            monitor: false,
            ..options
        };
        Ok(self.shard.spawn_here(process, options, None)?.addr)
    }

    /// Sends a message (handled at the next turn).
    ///
    /// # Errors
    /// As [`crate::Ctx::send`].
    pub fn send<M: Send + 'static>(&mut self, to: Addr<M>, message: M) -> Result<(), SendError<M>> {
        let from = self.shard.own_pid();
        self.shard.send(from, to.pid(), message)
    }

    /// Turns until no process is runnable and no timer is due; returns the turns taken.
    pub fn run_until_idle(&mut self) -> usize {
        let mut turns = 1;
        while turn(&mut self.shard, || false) == TurnOutcome::Busy {
            turns += 1;
        }
        turns
    }

    /// How long this shard's process runs took (a sample).
    pub fn run_times(&self) -> crate::RunTimes {
        *self.shard.run_times
    }

    /// This shard's statistics.
    pub fn stats(&self) -> ShardStats {
        self.shard.stats()
    }
}
