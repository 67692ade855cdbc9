//! Operating errors of the engine's API: small enums per operation family, each saying
//! what happened and what to do. Programmer errors (broken invariants) panic instead.

use std::fmt;

use crate::pid::Name;
use crate::pid::Pid;

/// A message could not be queued; it is handed back.
#[non_exhaustive]
pub enum SendError<M> {
    /// The receiver's mailbox (same shard) or the outbox towards its shard is full: the
    /// receiver is overloaded. Retry later, shed the message, or slow the producer.
    Full(M),
    /// The receiver's node is not connected (or distribution is not running).
    NoRoute(M),
    /// No process is registered under the name.
    NoName(M),
}

impl<M> SendError<M> {
    /// The message that was not sent.
    pub fn into_message(self) -> M {
        match self {
            Self::Full(message) | Self::NoRoute(message) | Self::NoName(message) => message,
        }
    }
}

impl<M> fmt::Display for SendError<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Full(_) => "receiver overloaded: mailbox or outbox full",
            Self::NoRoute(_) => "no route to the receiver's node",
            Self::NoName(_) => "no process registered under that name",
        })
    }
}

impl<M> fmt::Debug for SendError<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl<M> std::error::Error for SendError<M> {}

/// A spawn that could not even be attempted.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpawnError {
    /// This shard holds its maximum number of processes
    /// (`NodeConfig::processes_per_shard_max`).
    #[error("shard process limit reached")]
    ProcessLimit,
    /// The placement names a shard this node does not run.
    #[error("no shard {0} on this node")]
    NoSuchShard(usize),
}

/// Registering a name failed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// Another live process holds the name.
    #[error("name already registered to {0}")]
    Taken(Pid),
    /// The process already has a name (one name per process).
    #[error("process already registered as `{0}`")]
    AlreadyNamed(Name),
    /// The process to register is not alive on this shard.
    #[error("no such local process")]
    NoProc,
}

/// A timer could not be started.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimerError {
    /// The shard's wheel holds `timers_per_shard_max` timers.
    #[error("shard timer limit reached")]
    Full,
}

/// A request (`call` or `notify`) could not be made.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// The server's mailbox or outbox is full.
    #[error("server overloaded: mailbox or outbox full")]
    Full,
    /// The server's node is not connected.
    #[error("no route to the server's node")]
    NoRoute,
    /// The shard's wheel holds `timers_per_shard_max` timers.
    #[error("shard timer limit reached")]
    TimerLimit,
    /// The retry policy asks for more than `CALL_RETRIES_MAX` retries.
    #[error("too many retries requested")]
    TooManyRetries,
}

/// A request to the node from outside it failed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NodeError {
    /// The node is shutting down or stopped.
    #[error("node stopped")]
    Stopped,
    /// No such shard.
    #[error("no shard {0} on this node")]
    NoSuchShard(usize),
    /// The shard's injection queue is full.
    #[error("shard injection queue full")]
    Busy,
    /// Starting the node failed.
    #[error("cannot start node: {0}")]
    Start(String),
    /// The shard did not answer within the time given.
    #[error("shard {0} did not answer in time")]
    NoAnswer(usize),
}
