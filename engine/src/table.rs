//! The process table of one shard: which pids are alive here, and where their cells are.
//!
//! The table has one sub-table per *minting* shard. Slots of sub-table `m` on shard `s`
//! are chosen by shard `m` alone — from its mint pool for `s` (see [`MintPool`]) — and
//! freed by `s` alone, which then tells `m` the slot's next generation. So any shard can
//! name a new process on any other shard synchronously (`spawn_on` returns the pid at
//! once) with no lock and no round trip, and two minters never pick the same slot.
//!
//! Invariants:
//! - A slot's `generation` is that of its current occupant or, when free, of the next
//!   one. It only grows; a pid whose generation is behind its slot's is gone for good.
//! - A free slot of a foreign sub-table whose generation equals a pid's is *not yet*
//!   occupied: the spawn parcel is on its way (parcels for it wait, see `transport.rs`).
//! - `live` counts slots that are not free and never exceeds `live_max`.

use crate::pid::Pid;

pub(crate) const STATE_FREE: u8 = 0;
pub(crate) const STATE_ALIVE: u8 = 1;
pub(crate) const STATE_EXITING: u8 = 2;

/// Exit signals become [`crate::SystemMsg::Exit`] messages.
pub(crate) const FLAG_TRAP_EXIT: u8 = 2;

/// [`Slot::flags`] bit: the process runs at `Priority::High`.
pub(crate) const FLAG_HIGH: u8 = 1;

/// One process-table entry (12 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Slot {
    pub(crate) generation: u32,
    pub(crate) cell: u32,
    pub(crate) kind: u16,
    pub(crate) state: u8,
    pub(crate) flags: u8,
}

impl Slot {
    const VACANT: Slot = Slot {
        generation: 0,
        cell: 0,
        kind: 0,
        state: STATE_FREE,
        flags: 0,
    };
}

/// Whether a pid names a process of this shard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Presence {
    /// Alive or exiting, at this slot.
    Present(Slot),
    /// Minted by another shard, spawn not arrived yet.
    NotYet,
    /// Dead, or never existed.
    Gone,
}

pub(crate) struct Table {
    me: u8,
    /// This shard's own sub-table, apart from the others so the common lookup (a pid
    /// this shard minted) is one indirection shorter.
    local: Vec<Slot>,
    /// Sub-tables of the other minters (`subs[me]` stays empty).
    subs: Vec<Vec<Slot>>,
    local_free: Vec<u32>,
    live: usize,
    live_max: usize,
}

impl Table {
    pub(crate) fn new(me: u8, shards: usize, live_max: usize) -> Self {
        Self {
            me,
            local: Vec::new(),
            subs: vec![Vec::new(); shards],
            local_free: Vec::new(),
            live: 0,
            live_max,
        }
    }

    pub(crate) fn live(&self) -> usize {
        self.live
    }

    pub(crate) fn has_room(&self) -> bool {
        self.live < self.live_max
    }

    pub(crate) fn presence(&self, pid: Pid) -> Presence {
        let foreign = pid.minter != self.me;
        let Some(slot) = self
            .sub(pid.minter)
            .and_then(|sub| sub.get(pid.slot as usize))
        else {
            return if foreign && usize::from(pid.minter) < self.subs.len() {
                Presence::NotYet
            } else {
                Presence::Gone
            };
        };
        match (slot.generation == pid.generation, slot.state) {
            (true, STATE_FREE) if foreign => Presence::NotYet,
            (true, STATE_ALIVE | STATE_EXITING) => Presence::Present(*slot),
            _ => Presence::Gone,
        }
    }

    fn sub(&self, minter: u8) -> Option<&Vec<Slot>> {
        if minter == self.me {
            Some(&self.local)
        } else {
            self.subs.get(usize::from(minter))
        }
    }

    fn sub_mut(&mut self, minter: u8) -> Option<&mut Vec<Slot>> {
        if minter == self.me {
            Some(&mut self.local)
        } else {
            self.subs.get_mut(usize::from(minter))
        }
    }

    /// The pids of the live processes at `cells` (`(kind, cell)` pairs), found in one
    /// pass over the table; `node` completes the pids.
    pub(crate) fn pids_at(
        &self,
        node: crate::pid::NodeId,
        cells: &[(u16, u32)],
    ) -> Vec<Option<Pid>> {
        let mut found = vec![None; cells.len()];
        let wanted: hashbrown::HashMap<(u16, u32), usize> = cells
            .iter()
            .enumerate()
            .map(|(at, &cell)| (cell, at))
            .collect();
        let subs = std::iter::once((self.me, &self.local)).chain(
            (0u8..)
                .zip(&self.subs)
                .filter(|(minter, _)| *minter != self.me),
        );
        for (minter, sub) in subs {
            for (index, slot) in sub.iter().enumerate() {
                if slot.state == STATE_FREE {
                    continue;
                }
                let Some(&at) = wanted.get(&(slot.kind, slot.cell)) else {
                    continue;
                };
                found[at] = Some(Pid {
                    node,
                    shard: self.me,
                    minter,
                    slot: index as u32,
                    generation: slot.generation,
                });
            }
        }
        found
    }

    /// The slot of a live (alive or exiting) process.
    #[inline]
    pub(crate) fn get(&self, pid: Pid) -> Option<&Slot> {
        let slot = self.sub(pid.minter)?.get(pid.slot as usize)?;
        (slot.generation == pid.generation && slot.state != STATE_FREE).then_some(slot)
    }

    /// Marks the live process `pid` as `High` priority (see [`FLAG_HIGH`]).
    pub(crate) fn set_high(&mut self, pid: Pid) {
        if let Some(slot) = self.get_mut(pid) {
            slot.flags |= FLAG_HIGH;
        }
    }

    #[inline]
    pub(crate) fn get_mut(&mut self, pid: Pid) -> Option<&mut Slot> {
        let slot = self.sub_mut(pid.minter)?.get_mut(pid.slot as usize)?;
        (slot.generation == pid.generation && slot.state != STATE_FREE).then_some(slot)
    }

    /// Picks a free local slot for a new process: `(slot, generation)`; `None` at the
    /// process limit. The slot stays free until [`Table::occupy`].
    pub(crate) fn mint_local(&mut self) -> Option<(u32, u32)> {
        if !self.has_room() {
            return None;
        }
        if let Some(slot) = self.local_free.pop() {
            return Some((slot, self.local[slot as usize].generation));
        }
        let slot = u32::try_from(self.local.len()).ok()?;
        self.local.push(Slot::VACANT);
        Some((slot, 0))
    }

    /// Marks `pid`'s slot alive with its cell. Foreign sub-tables grow to fit.
    /// `false` at the process limit (the caller treats the pid as dead on arrival).
    pub(crate) fn occupy(&mut self, pid: Pid, kind: u16, cell: u32) -> bool {
        if !self.has_room() {
            return false;
        }
        let me = self.me;
        let sub = self
            .sub_mut(pid.minter)
            .expect("minter is a shard of this node");
        if sub.len() <= pid.slot as usize {
            assert_ne!(pid.minter, me, "local slots are minted before use");
            sub.resize(pid.slot as usize + 1, Slot::VACANT);
        }
        let slot = &mut sub[pid.slot as usize];
        assert_eq!(slot.state, STATE_FREE, "minted slot already occupied");
        assert_eq!(
            slot.generation, pid.generation,
            "minted generation out of step"
        );
        *slot = Slot {
            generation: pid.generation,
            cell,
            kind,
            state: STATE_ALIVE,
            flags: 0,
        };
        self.live += 1;
        true
    }

    /// Frees a dead process's slot (or a minted slot refused at arrival, `was_live`
    /// false) and returns the slot's next generation, which a foreign minter must learn.
    pub(crate) fn release(&mut self, pid: Pid, was_live: bool) -> u32 {
        let sub = self
            .sub_mut(pid.minter)
            .expect("minter is a shard of this node");
        if sub.len() <= pid.slot as usize {
            sub.resize(pid.slot as usize + 1, Slot::VACANT);
        }
        let slot = &mut sub[pid.slot as usize];
        debug_assert_eq!(slot.generation, pid.generation);
        slot.state = STATE_FREE;
        slot.flags = 0;
        slot.generation = pid.generation.wrapping_add(1);
        let next_generation = slot.generation;
        if was_live {
            self.live -= 1;
        }
        if pid.minter == self.me {
            self.local_free.push(pid.slot);
        }
        next_generation
    }
}

/// A minter's view of the free slots of one *other* shard's sub-table for it.
#[derive(Default)]
pub(crate) struct MintPool {
    free: Vec<(u32, u32)>,
    fresh: u32,
}

impl MintPool {
    /// `(slot, generation)` for a new process on that shard.
    pub(crate) fn mint(&mut self) -> (u32, u32) {
        if let Some(slot) = self.free.pop() {
            return slot;
        }
        let slot = self.fresh;
        self.fresh = self
            .fresh
            .checked_add(1)
            .expect("minted slot space exhausted");
        (slot, 0)
    }

    /// The shard freed `slot`; its next occupant has `generation`.
    pub(crate) fn returned(&mut self, slot: u32, generation: u32) {
        self.free.push((slot, generation));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pid::NodeId;

    fn pid(minter: u8, (slot, generation): (u32, u32)) -> Pid {
        Pid {
            node: NodeId(1),
            shard: 0,
            minter,
            slot,
            generation,
        }
    }

    #[test]
    fn a_reused_slot_never_revives_an_old_pid() {
        let mut table = Table::new(0, 2, 10);
        let first = pid(0, table.mint_local().unwrap());
        assert!(table.occupy(first, 0, 0));
        assert_eq!(table.release(first, true), 1);
        let second = pid(0, table.mint_local().unwrap());
        assert!(table.occupy(second, 0, 0));
        assert_eq!(second.slot, first.slot);
        assert_eq!(table.presence(first), Presence::Gone);
        assert!(matches!(table.presence(second), Presence::Present(_)));
    }

    #[test]
    fn foreign_minted_pids_are_not_yet_until_their_spawn_arrives() {
        let mut table = Table::new(0, 2, 10);
        let mut pool = MintPool::default();
        let minted = pid(1, pool.mint());
        assert_eq!(table.presence(minted), Presence::NotYet);
        assert!(table.occupy(minted, 0, 0));
        let next_generation = table.release(minted, true);
        assert_eq!(table.presence(minted), Presence::Gone);
        pool.returned(minted.slot, next_generation);
        let again = pid(1, pool.mint());
        assert_eq!(
            (again.slot, again.generation),
            (minted.slot, minted.generation + 1)
        );
        assert_eq!(table.presence(again), Presence::NotYet);
    }

    #[test]
    fn the_process_limit_is_enforced() {
        let mut table = Table::new(0, 1, 1);
        let first = pid(0, table.mint_local().unwrap());
        assert!(table.occupy(first, 0, 0));
        assert!(table.mint_local().is_none());
    }
}
