//! Registered names on the shard (the contract is in `crate::registry`): registering and
//! releasing the names of this shard's processes, and hearing of other shards' changes.

use crate::error::NameError;
use crate::exit::ExitReason;
use crate::pid::Name;
use crate::pid::Pid;
use crate::registry::Heard;

use super::{Shard, Signal};

impl Shard {
    /// Registers `me` (a process of this shard) under `name` and tells the other shards.
    pub(crate) fn register(&mut self, me: Pid, name: &str) -> Result<(), NameError> {
        let slot = self.procs.get(me).ok_or(NameError::NoProc)?;
        if let Some(existing) = &self.procs.relations(slot).name {
            return Err(NameError::AlreadyNamed(existing.clone()));
        }
        let name: Name = name.into();
        self.names.register(name.clone(), me)?;
        self.procs.relations(slot).name = Some(name.clone());
        self.broadcast_name(name, me, true);
        Ok(())
    }

    /// Drops `me`'s name; returns it.
    pub(crate) fn unregister(&mut self, me: Pid) -> Option<Name> {
        let slot = self.procs.get(me)?;
        let name = self.procs.relations_if_any(slot)?.name.take()?;
        self.release_name(&name, me);
        Some(name)
    }

    /// Releases `name` if `pid` still holds it here, and tells the other shards.
    pub(crate) fn release_name(&mut self, name: &Name, pid: Pid) {
        if self.names.unregister_if(name, pid) {
            self.broadcast_name(name.clone(), pid, false);
        }
    }

    /// The process registered as `name` on this node, as this shard knows it.
    pub(crate) fn whereis(&self, name: &str) -> Option<Pid> {
        self.names.whereis(name)
    }

    fn broadcast_name(&mut self, name: Name, pid: Pid, registered: bool) {
        for shard in 0..self.shard_count() as u8 {
            if shard == self.id {
                continue;
            }
            let name = name.clone();
            self.run_on_shard(
                shard,
                Box::new(move |shard: &mut Shard| shard.heard_name(name, pid, registered)),
            );
            self.publish_now(shard);
        }
    }

    /// Another shard registered or released a name.
    fn heard_name(&mut self, name: Name, pid: Pid, registered: bool) {
        if !registered {
            self.names.heard_released(&name, pid);
            return;
        }
        if let Heard::OwnLost(loser) = self.names.heard_registered(name.clone(), pid) {
            if let Some(slot) = self.procs.get(loser) {
                self.procs.relations(slot).name = None;
            }
            // The loser's claim is gone here; the shards that recorded it hear so.
            self.broadcast_name(name.clone(), loser, false);
            let reason = ExitReason::custom(format!("name conflict: {name}"));
            self.signal(loser, Signal::exit_sent(loser, reason));
        }
    }
}
