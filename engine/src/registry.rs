//! Registered names (Erlang's `register/2`): one name per process, one process per name,
//! freed when the process exits.
//!
//! The registry is node-wide, so a name registered on one shard is found from every
//! shard. It sits behind a mutex: names are looked up far less often than messages are
//! sent (a process that sends by name in a hot loop should keep the pid instead).

use std::sync::Mutex;

use hashbrown::HashMap;

use crate::error::NameError;
use crate::kind::Name;
use crate::pid::Pid;

#[derive(Default)]
pub(crate) struct Registry {
    names: Mutex<HashMap<Name, Pid>>,
}

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Name, Pid>> {
        // A panic while holding this lock cannot leave the map inconsistent (single
        // insert/remove calls), so a poisoned lock is still usable.
        self.names
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Binds `name` to `pid` unless another process holds it.
    pub(crate) fn register(&self, name: Name, pid: Pid) -> Result<(), NameError> {
        let mut names = self.lock();
        if let Some(&holder) = names.get(&name) {
            return Err(NameError::Taken(holder));
        }
        names.insert(name, pid);
        Ok(())
    }

    /// Removes `name` if it is still bound to `pid`.
    pub(crate) fn unregister_if(&self, name: &Name, pid: Pid) {
        let mut names = self.lock();
        if names.get(name) == Some(&pid) {
            names.remove(name);
        }
    }

    pub(crate) fn whereis(&self, name: &str) -> Option<Pid> {
        self.lock().get(name).copied()
    }
}
