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
    /// Every claim on a name this shard has heard of and not heard released: at most one
    /// per shard (an owner's changes arrive in the order it made them). The holder is the
    /// claim of the lowest shard. Almost every name has one claim, kept inline.
    claims: HashMap<Name, Claims>,
}

/// The claims on one name: one (almost always), or several during a conflict.
#[derive(Debug)]
enum Claims {
    One(Pid),
    Many(Vec<Pid>),
}

impl Claims {
    fn holder(&self) -> Pid {
        match self {
            Self::One(pid) => *pid,
            Self::Many(pids) => *pids
                .iter()
                .min_by_key(|pid| pid.shard)
                .expect("a name with claims has one"),
        }
    }

    fn as_mut_vec(&mut self) -> &mut Vec<Pid> {
        if let Self::One(pid) = *self {
            *self = Self::Many(vec![pid]);
        }
        match self {
            Self::Many(pids) => pids,
            Self::One(_) => unreachable!("made Many above"),
        }
    }
}

/// What hearing of another shard's registration did here.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Heard {
    /// Recorded.
    Recorded,
    /// A process of this shard held the name and loses it to a lower shard's: its claim
    /// is gone, and it (and the other shards) must be told.
    OwnLost(Pid),
}

impl Names {
    pub(crate) fn new(me: u8) -> Self {
        Self {
            me,
            claims: HashMap::new(),
        }
    }

    /// Binds `name` to `pid` (a process of this shard) unless a process holds it.
    pub(crate) fn register(&mut self, name: Name, pid: Pid) -> Result<(), NameError> {
        debug_assert_eq!(pid.shard, self.me, "only the owner registers");
        if let Some(holder) = self.whereis(&name) {
            return Err(NameError::Taken(holder));
        }
        self.claims.insert(name, Claims::One(pid));
        Ok(())
    }

    /// Removes `pid`'s claim on `name`; whether it had one.
    pub(crate) fn unregister_if(&mut self, name: &Name, pid: Pid) -> bool {
        let Some(claims) = self.claims.get_mut(name) else {
            return false;
        };
        let pids = claims.as_mut_vec();
        let before = pids.len();
        pids.retain(|claim| *claim != pid);
        let removed = pids.len() != before;
        match pids.as_slice() {
            [] => {
                self.claims.remove(name);
            }
            [one] => *claims = Claims::One(*one),
            _ => {}
        }
        removed
    }

    /// Another shard registered `name` for `pid` (see the conflict rule).
    pub(crate) fn heard_registered(&mut self, name: Name, pid: Pid) -> Heard {
        debug_assert_ne!(pid.shard, self.me, "a shard hears others' registrations");
        let claims = self.claims.entry(name).or_insert(Claims::Many(Vec::new()));
        let pids = claims.as_mut_vec();
        pids.retain(|claim| claim.shard != pid.shard);
        pids.push(pid);
        let own = pids.iter().position(|claim| claim.shard == self.me);
        let heard = match own {
            Some(index) if pid.shard < self.me => Heard::OwnLost(pids.swap_remove(index)),
            _ => Heard::Recorded,
        };
        if let [one] = pids.as_slice() {
            *claims = Claims::One(*one);
        }
        heard
    }

    /// Another shard released `name` held by `pid`.
    pub(crate) fn heard_released(&mut self, name: &Name, pid: Pid) {
        self.unregister_if(name, pid);
    }

    /// The holder of `name`: the claim of the lowest shard.
    pub(crate) fn whereis(&self, name: &str) -> Option<Pid> {
        self.claims.get(name).map(Claims::holder)
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
        shard2_early.heard_released(&name, high);
        shard2_late.heard_released(&name, high);
        for names in [&shard0, &shard1, &shard2_early, &shard2_late] {
            assert_eq!(names.whereis("world"), Some(low));
        }
    }

    /// Three shards each register and release one name at random, every change reaching
    /// the others in a random interleaving that keeps each owner's order: once all is
    /// heard, every shard names the same holder (the lowest shard with a live claim), and
    /// every claim that lost was released everywhere.
    #[test]
    fn every_shard_converges_on_one_holder_whatever_the_order() {
        const SHARDS: u8 = 3;
        for seed in 0..2_000u64 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let name: Name = "contested".into();
            let mut tables: Vec<Names> = (0..SHARDS).map(Names::new).collect();
            // Per owner, the changes it broadcast, in order: (pid, registered).
            let mut outboxes: Vec<Vec<(Pid, bool)>> = vec![Vec::new(); usize::from(SHARDS)];
            let mut delivered = vec![vec![0usize; usize::from(SHARDS)]; usize::from(SHARDS)];
            let mut live: Vec<Option<Pid>> = vec![None; usize::from(SHARDS)];
            for step in 0..40u32 {
                let shard = rng.u8(0..SHARDS);
                let at = usize::from(shard);
                match rng.u8(0..3) {
                    0 if live[at].is_none() => {
                        let pid = pid(shard, step);
                        if tables[at].register(name.clone(), pid).is_ok() {
                            live[at] = Some(pid);
                            outboxes[at].push((pid, true));
                        }
                    }
                    1 if live[at].is_some() => {
                        let pid = live[at].take().expect("checked");
                        if tables[at].unregister_if(&name, pid) {
                            outboxes[at].push((pid, false));
                        }
                    }
                    _ => {
                        // One pending change from a random owner reaches `shard`.
                        let owner = rng.u8(0..SHARDS);
                        let (o, r) = (usize::from(owner), at);
                        if owner == shard || delivered[r][o] >= outboxes[o].len() {
                            continue;
                        }
                        let (pid, registered) = outboxes[o][delivered[r][o]];
                        delivered[r][o] += 1;
                        hear(
                            &mut tables,
                            &mut outboxes,
                            &mut live,
                            r,
                            &name,
                            pid,
                            registered,
                        );
                    }
                }
            }
            // Drain everything in owner order.
            loop {
                let mut progress = false;
                for r in 0..usize::from(SHARDS) {
                    for o in 0..usize::from(SHARDS) {
                        if o != r && delivered[r][o] < outboxes[o].len() {
                            let (pid, registered) = outboxes[o][delivered[r][o]];
                            delivered[r][o] += 1;
                            hear(
                                &mut tables,
                                &mut outboxes,
                                &mut live,
                                r,
                                &name,
                                pid,
                                registered,
                            );
                            progress = true;
                        }
                    }
                }
                if !progress {
                    break;
                }
            }
            let expected = live.iter().flatten().min_by_key(|pid| pid.shard).copied();
            for (shard, table) in tables.iter().enumerate() {
                assert_eq!(
                    table.whereis("contested"),
                    expected,
                    "seed {seed} shard {shard}"
                );
            }
            assert!(
                live.iter().flatten().count() <= 1,
                "seed {seed}: one live holder"
            );
        }
    }

    /// Shard `r` hears a change; a lost own claim is released and broadcast, as the shard
    /// does.
    fn hear(
        tables: &mut [Names],
        outboxes: &mut [Vec<(Pid, bool)>],
        live: &mut [Option<Pid>],
        r: usize,
        name: &Name,
        pid: Pid,
        registered: bool,
    ) {
        if !registered {
            tables[r].heard_released(name, pid);
            return;
        }
        if let Heard::OwnLost(loser) = tables[r].heard_registered(name.clone(), pid) {
            assert_eq!(live[r], Some(loser));
            live[r] = None;
            outboxes[r].push((loser, false));
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
