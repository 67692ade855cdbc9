//! Creating processes: on this shard, on a chosen one, or on the least loaded one.
//!
//! A spawn on another shard mints the pid here (see `table.rs`), records the spawner's
//! half of a link or monitor here, and sends the process to its shard in a parcel; the
//! other half is recorded when the process is created there, before its `init` runs.
//! So `spawn_link` and `spawn_monitor` are atomic on every shard: if the new process dies
//! at once, the exit signal or DOWN still arrives.

use crate::config::{Placement, SpawnOptions};
use crate::error::SpawnError;
use crate::exit::ExitReason;
use crate::kind::Relations;
use crate::mailbox::Mailbox;
use crate::pid::{Addr, MonitorRef, Pid};
use crate::process::Process;

use super::{Shard, Signal};

/// A spawned process: its address, and the monitor if one was asked for.
#[derive(Debug)]
pub struct Spawned<M> {
    /// The new process.
    pub addr: Addr<M>,
    /// The spawner's monitor on it (with [`SpawnOptions::monitored`]).
    pub monitor: Option<MonitorRef>,
}

impl<M> Clone for Spawned<M> {
    fn clone(&self) -> Self {
        Self {
            addr: self.addr,
            monitor: self.monitor,
        }
    }
}

/// Who spawns, and what the new process must know about it.
#[derive(Clone, Copy)]
struct Origin {
    spawner: Option<Pid>,
    link: bool,
    monitor: Option<MonitorRef>,
}

impl Shard {
    /// Spawns anywhere on this node (the process type must be `Send` to travel).
    pub(crate) fn spawn_with<C: Process + Send>(
        &mut self,
        child: C,
        options: SpawnOptions,
        spawner: Option<Pid>,
    ) -> Result<Spawned<C::Msg>, SpawnError> {
        let shard = self.place(options.placement)?;
        if shard == self.id {
            return self.spawn_here(child, options, spawner);
        }
        let (slot, generation) = self.procs.mint_on(shard);
        let pid = Pid {
            node: self.node,
            shard,
            minter: self.id,
            slot,
            generation,
        };
        let origin = self.record_spawner_side(pid, &options, spawner);
        self.run_on_shard(
            shard,
            Box::new(move |shard: &mut Shard| shard.create(pid, child, options, origin)),
        );
        Ok(Spawned {
            addr: Addr::from_pid(pid),
            monitor: origin.monitor,
        })
    }

    /// Spawns on this shard; the process type need not be `Send`.
    pub(crate) fn spawn_here<C: Process>(
        &mut self,
        child: C,
        options: SpawnOptions,
        spawner: Option<Pid>,
    ) -> Result<Spawned<C::Msg>, SpawnError> {
        let (slot, generation) = self.procs.mint_local().ok_or(SpawnError::ProcessLimit)?;
        let pid = Pid {
            node: self.node,
            shard: self.id,
            minter: self.id,
            slot,
            generation,
        };
        let origin = self.record_spawner_side(pid, &options, spawner);
        self.create(pid, child, options, origin);
        Ok(Spawned {
            addr: Addr::from_pid(pid),
            monitor: origin.monitor,
        })
    }

    fn place(&self, placement: Placement) -> Result<u8, SpawnError> {
        let shards = self.shared.shards.len();
        match placement {
            Placement::Local => Ok(self.id),
            Placement::Shard(shard) if shard < shards => Ok(shard as u8),
            Placement::Shard(shard) => Err(SpawnError::NoSuchShard(shard)),
            Placement::Balanced => Ok(self.least_loaded_shard()),
        }
    }

    /// The shard with the fewest processes; this one on a tie.
    fn least_loaded_shard(&self) -> u8 {
        let load = |shard: usize| {
            self.shared.shards[shard]
                .processes
                .load(std::sync::atomic::Ordering::Relaxed)
        };
        let mut best = (load(usize::from(self.id)), self.id);
        for shard in 0..self.shared.shards.len() {
            if load(shard) < best.0 {
                best = (load(shard), shard as u8);
            }
        }
        best.1
    }

    /// Records the spawner's half of the link and monitor (the spawner is local).
    fn record_spawner_side(
        &mut self,
        child: Pid,
        options: &SpawnOptions,
        spawner: Option<Pid>,
    ) -> Origin {
        let mut origin = Origin {
            spawner,
            link: false,
            monitor: None,
        };
        let Some(spawner) = spawner else {
            return origin;
        };
        let Some(slot) = self.procs.get(spawner) else {
            return origin;
        };
        let monitor = options.monitor.then(|| MonitorRef(self.make_ref()));
        let relations = self.procs.relations(slot);
        if options.link {
            relations.links.insert(child);
            origin.link = true;
        }
        if let Some(monitor) = monitor {
            relations.monitors_out.insert(monitor, child);
            origin.monitor = Some(monitor);
        }
        origin
    }

    /// Creates the process `pid` here and runs its `init`.
    fn create<C: Process>(&mut self, pid: Pid, child: C, options: SpawnOptions, origin: Origin) {
        let kind = self.procs.kind_of::<C>();
        self.publish_kind_name(kind);
        // A mailbox takes at least one message (a bound of 0 would refuse everything).
        let mailbox_len_max = options
            .mailbox_len_max
            .unwrap_or(self.mailbox_len_max)
            .max(1);
        let mut mailbox = Mailbox::new(mailbox_len_max, options.overflow);
        if let Some(budget) = options.messages_per_run {
            mailbox.run_budget = budget.clamp(1, crate::config::MESSAGES_PER_RUN_MAX) as u16;
        }
        let relations = origin_relations(origin);
        let Some(index) = self.procs.create(pid, kind, child, relations, mailbox) else {
            self.refuse(pid, origin);
            return;
        };
        if options.priority == crate::Priority::High {
            self.procs.set_high(pid);
        }
        self.stats.spawns += 1;
        self.publish_process_count();
        super::init_process::<C>(self, pid, kind, index);
        self.release_early(pid);
    }

    /// Lets the watchdog name kinds in its reports.
    fn publish_kind_name(&self, kind: u16) {
        let mut names = self
            .watch
            .kind_names
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if names.len() <= usize::from(kind) {
            names.push(self.procs.kind_name(kind));
        }
    }

    /// A minted process could not be created (process limit): it is dead on arrival.
    fn refuse(&mut self, pid: Pid, origin: Origin) {
        let next_generation = self.procs.release(pid, false);
        self.slot_freed(pid, next_generation);
        if let Some(spawner) = origin.spawner {
            if origin.link {
                self.signal(spawner, Signal::exit_linked(pid, ExitReason::ProcessLimit));
            }
            if let Some(monitor) = origin.monitor {
                let reason = ExitReason::ProcessLimit;
                self.signal(
                    spawner,
                    Signal::Down {
                        monitor,
                        pid,
                        reason,
                    },
                );
            }
        }
        self.release_early(pid);
    }
}

fn origin_relations(origin: Origin) -> Option<Box<Relations>> {
    let spawner = origin.spawner?;
    if !origin.link && origin.monitor.is_none() {
        return None;
    }
    let mut relations = Relations::default();
    if origin.link {
        relations.links.insert(spawner);
        relations.parent = Some(spawner);
    }
    if let Some(monitor) = origin.monitor {
        relations.monitored_by.insert(monitor, spawner);
    }
    Some(Box::new(relations))
}
