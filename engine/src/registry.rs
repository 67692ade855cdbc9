//! Registered names (Erlang's `register/2`), kept per shard: one name per process, one
//! process per name, freed when the process exits.
//!
//! # How a name on another shard is found
//! Every shard keeps the whole node's names. A shard is the *owner* of the names of its
//! own processes: registering and releasing happen there, at once, and the change is
//! then sent to every other shard of the node (a job parcel each), which records it. A
//! lookup (`whereis`, `send_named`) reads the shard's own table — no lock, no traffic
//! between cores — so it sees another shard's names as of the last change that reached
//! it: microseconds behind.
//!
//! # Conflicts
//! Two processes on different shards may register the same name within those
//! microseconds (each shard saw it free). Every shard resolves the pair the same way,
//! whatever order it hears of them in: the process on the **lower shard** keeps the name;
//! the other one's owner takes it back and sends its process an exit signal
//! `name conflict: <name>` (Erlang's `global` resolves clashes the same way). A process
//! that must not lose such a race registers before it is reachable (from `init`) and
//! treats the exit like any other.
//!
//! Memory: each shard holds every name of the node (about 60 bytes per name).

use hashbrown::HashMap;

use crate::error::NameError;
use crate::pid::Name;
use crate::pid::Pid;

pub(crate) struct Names {
    me: u8,
    names: HashMap<Name, Pid>,
}

/// What hearing of another shard's registration did here.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Heard {
    /// Recorded (or ignored: the holder here wins).
    Recorded,
    /// A process of this shard held the name and loses it: it must be told.
    OwnLost(Pid),
}

impl Names {
    pub(crate) fn new(me: u8) -> Self {
        Self {
            me,
            names: HashMap::new(),
        }
    }

    /// Binds `name` to `pid` (a process of this shard) unless a process holds it.
    pub(crate) fn register(&mut self, name: Name, pid: Pid) -> Result<(), NameError> {
        debug_assert_eq!(pid.shard, self.me, "only the owner registers");
        if let Some(&holder) = self.names.get(&name) {
            return Err(NameError::Taken(holder));
        }
        self.names.insert(name, pid);
        Ok(())
    }

    /// Removes `name` if it is still bound to `pid`; whether it was.
    pub(crate) fn unregister_if(&mut self, name: &Name, pid: Pid) -> bool {
        if self.names.get(name) == Some(&pid) {
            self.names.remove(name);
            return true;
        }
        false
    }

    /// Another shard registered `name` for `pid` (see the conflict rule).
    pub(crate) fn heard_registered(&mut self, name: Name, pid: Pid) -> Heard {
        let Some(&holder) = self.names.get(&name) else {
            self.names.insert(name, pid);
            return Heard::Recorded;
        };
        // A lower shard wins; the same shard sent its changes in order, so the newer wins.
        let incoming_wins = pid.shard <= holder.shard;
        if !incoming_wins {
            return Heard::Recorded;
        }
        self.names.insert(name, pid);
        if holder.shard == self.me && holder != pid {
            return Heard::OwnLost(holder);
        }
        Heard::Recorded
    }

    /// Another shard released `name` held by `pid`.
    pub(crate) fn heard_released(&mut self, name: &Name, pid: Pid) {
        self.unregister_if(name, pid);
    }

    pub(crate) fn whereis(&self, name: &str) -> Option<Pid> {
        self.names.get(name).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pid::NodeId;

    fn pid(shard: u8, slot: u32) -> Pid {
        Pid {
            node: NodeId(1),
            shard,
            minter: shard,
            slot,
            generation: 0,
        }
    }

    /// Every shard ends with the same holder, whatever order it hears the two
    /// registrations in, and exactly the losing owner is told.
    #[test]
    fn a_conflict_resolves_to_the_lower_shard_everywhere() {
        let name: Name = "world".into();
        let (low, high) = (pid(0, 1), pid(1, 1));
        let mut shard0 = Names::new(0);
        let mut shard1 = Names::new(1);
        let mut shard2_early = Names::new(2);
        let mut shard2_late = Names::new(2);
        shard0.register(name.clone(), low).unwrap();
        shard1.register(name.clone(), high).unwrap();
        assert_eq!(shard0.heard_registered(name.clone(), high), Heard::Recorded);
        assert_eq!(
            shard1.heard_registered(name.clone(), low),
            Heard::OwnLost(high)
        );
        shard2_early.heard_registered(name.clone(), low);
        shard2_early.heard_registered(name.clone(), high);
        shard2_late.heard_registered(name.clone(), high);
        shard2_late.heard_registered(name.clone(), low);
        for names in [&shard0, &shard1, &shard2_early, &shard2_late] {
            assert_eq!(names.whereis("world"), Some(low));
        }
    }

    #[test]
    fn a_release_removes_only_its_own_binding() {
        let name: Name = "svc".into();
        let mut names = Names::new(0);
        names.register(name.clone(), pid(0, 1)).unwrap();
        names.heard_released(&name, pid(1, 9));
        assert_eq!(names.whereis("svc"), Some(pid(0, 1)));
        assert!(names.unregister_if(&name, pid(0, 1)));
        assert_eq!(names.whereis("svc"), None);
        assert!(names.register(name, pid(0, 2)).is_ok());
    }
}
