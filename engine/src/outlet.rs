//! `Outlet`: a send-only view of a shard, for code that sends on behalf of a process
//! without knowing its type — a port trait object (`dyn`) cannot take a generic
//! [`crate::Ctx`], but it can take an `Outlet`.
//!
//! An outlet borrows the shard like the `Ctx` it came from, so it is `!Send` and lives no
//! longer than the callback. What it sends goes out exactly as [`crate::Ctx::send`] would
//! send it, from the same process: per-pair order with the process's other sends holds.

use crate::error::SendError;
use crate::pid::{Addr, Pid};
use crate::shard::Shard;

/// A send-only view of the running process's shard (see the module docs).
pub struct Outlet<'a> {
    shard: &'a mut Shard,
    from: Pid,
}

impl<'a> Outlet<'a> {
    pub(crate) fn new(shard: &'a mut Shard, from: Pid) -> Self {
        Self { shard, from }
    }

    /// The process on whose behalf this outlet sends.
    pub fn sender(&self) -> Pid {
        self.from
    }

    /// Sends `message` to `to`, as [`crate::Ctx::send`] does.
    ///
    /// # Errors
    /// As [`crate::Ctx::send`].
    pub fn send<M: Send + 'static>(&mut self, to: Addr<M>, message: M) -> Result<(), SendError<M>> {
        self.shard.send(self.from, to.pid(), message)
    }
}
