//! Who is online through this node's gates, for the observer: one entry per logged-in
//! connection, added when its session opens and removed when its gate process ends
//! (`terminate`, which runs on every stop and on a panic).
//!
//! Keyed by the connection's gate process, so a player's new session and the old one
//! it replaces are two entries until the old one ends. Bounded by the node's connection
//! limit (one entry per connection). Behind a mutex: written twice per session, read
//! when the observer polls.

use std::sync::Mutex;
use std::time::Instant;

use hashbrown::HashMap;
use hearth_engine::Pid;

/// One session online.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The player's id.
    pub player: u64,
    /// The user name it logged in with.
    pub user: String,
    /// The shard its connection is on.
    pub shard: usize,
    /// When its session opened.
    pub since: Instant,
    /// Its connection's gate process.
    pub gate: Pid,
    /// The player's Person (on this node or an App node).
    pub person: Pid,
}

/// The sessions online now.
#[derive(Debug, Default)]
pub struct Online {
    sessions: Mutex<HashMap<Pid, Session>>,
}

impl Online {
    fn sessions(&self) -> std::sync::MutexGuard<'_, HashMap<Pid, Session>> {
        self.sessions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The connection of `gate` opened `session`.
    pub(crate) fn arrived(&self, gate: Pid, session: Session) {
        self.sessions().insert(gate, session);
    }

    /// The connection of `gate` ended.
    pub(crate) fn left(&self, gate: Pid) {
        self.sessions().remove(&gate);
    }

    /// Sessions online.
    pub fn count(&self) -> usize {
        self.sessions().len()
    }

    /// The newest session of `user`, if it is online.
    pub fn find(&self, user: &str) -> Option<Session> {
        self.sessions()
            .values()
            .filter(|session| session.user == user)
            .max_by_key(|session| session.since)
            .cloned()
    }

    /// The `most` longest online, oldest first.
    pub fn longest(&self, most: usize) -> Vec<Session> {
        let mut sessions: Vec<Session> = self.sessions().values().cloned().collect();
        sessions.sort_by_key(|session| (session.since, session.player));
        sessions.truncate(most);
        sessions
    }
}
