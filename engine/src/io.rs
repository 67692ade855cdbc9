//! Async I/O for services running on a shard (the distribution layer, gates): TCP and
//! timers on the shard's own io_uring loop. This module and `executor.rs` are the only
//! places that name the executor; swapping it means rewriting them.

use std::time::Duration;

pub use glommio::net::{Preallocated, TcpListener, TcpStream};

/// What an accept or connect returns (the executor's error type).
pub type Result<T> = glommio::Result<T, ()>;

/// A TCP stream reading through a receive buffer of its own.
pub type BufferedTcpStream = TcpStream<Preallocated>;

/// Sleeps on the shard's timer (for coarse waits: heartbeats, backoff; process timers
/// use the shard's wheel instead).
pub async fn sleep(duration: Duration) {
    glommio::timer::sleep(duration).await;
}

/// Runs `future` with a deadline; `None` if it did not finish in time.
pub async fn timeout<T>(
    duration: Duration,
    future: impl std::future::Future<Output = T>,
) -> Option<T> {
    use futures_lite::FutureExt;
    let timer = async {
        glommio::timer::sleep(duration).await;
        None
    };
    async { Some(future.await) }.or(timer).await
}
