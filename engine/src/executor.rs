//! The only place that knows the executor is glommio: one pinned thread per shard with
//! its own io_uring loop, preemption, yielding, sleeping and task spawning. Swapping the
//! executor means rewriting this file.

use std::future::Future;
use std::time::Duration;

use futures_lite::FutureExt;
use glommio::{LocalExecutorBuilder, Placement};

use crate::config::{IO_MEMORY_BYTES, PREEMPT_TIMER};
use crate::doorbell::Doorbell;

/// A running shard thread.
pub(crate) struct ShardThread {
    handle: glommio::ExecutorJoinHandle<()>,
}

impl ShardThread {
    /// Waits for the shard to finish.
    pub(crate) fn join(self) -> Result<(), String> {
        self.handle.join().map_err(|error| error.to_string())
    }
}

/// Starts shard `index` on its own thread, pinned to `cpu` when given.
pub(crate) fn spawn_shard<G, F>(
    index: usize,
    cpu: Option<usize>,
    main: G,
) -> Result<ShardThread, String>
where
    G: FnOnce() -> F + Send + 'static,
    F: Future<Output = ()> + 'static,
{
    let placement = cpu.map_or(Placement::Unbound, Placement::Fixed);
    let handle = LocalExecutorBuilder::new(placement)
        .name(&format!("hearth-shard-{index}"))
        .preempt_timer(PREEMPT_TIMER)
        .io_memory(IO_MEMORY_BYTES)
        .spawn(main)
        .map_err(|error| format!("cannot start shard {index}: {error}"))?;
    Ok(ShardThread { handle })
}

/// Whether the executor wants the running task to yield (preemption timer or io).
pub(crate) fn should_yield() -> bool {
    glommio::executor().need_preempt()
}

/// Yields to other tasks of the shard if the executor asks for it.
pub(crate) async fn yield_if_needed() {
    glommio::yield_if_needed().await;
}

/// Sleeps until `bell` rings or `timeout` passes. The caller has called
/// `prepare_sleep` and re-checked its inputs.
pub(crate) async fn sleep(bell: &Doorbell, timeout: Option<Duration>) {
    match timeout {
        Some(timeout) => {
            let timer = async {
                glommio::timer::Timer::new(timeout).await;
            };
            bell.wait().or(timer).await;
        }
        None => bell.wait().await,
    }
    bell.cancel_sleep();
}

/// Runs `task` concurrently on the current shard.
pub(crate) fn spawn_task(task: impl Future<Output = ()> + 'static) {
    glommio::spawn_local(task).detach();
}
