//! The processes of one shard: the table that says which pids live here, the per-kind
//! arenas that hold their states, mailboxes and relations, the slots this shard names on
//! other shards (`table::MintPool`), and the roots (processes started from outside).
//!
//! Invariants (the table's and the arenas' own, kept together here):
//! - a slot is alive or exiting exactly while its cell exists in its kind's arena;
//! - a pid minted here for another shard is never minted again until that shard frees
//!   its slot and says so ([`Processes::slot_returned`]);
//! - the roots list holds every live root, and at most twice as many entries as live roots
//!   (ended ones are pruned as it grows).

use crate::kind::{Arena, Arrived, Kinds, Push, Relations, RunFn, SystemPush};
use crate::mailbox::{Envelope, Mailbox};
use crate::pid::{MonitorRef, Pid};
use crate::process::{Process, SystemMsg};
use crate::table::{FLAG_TRAP_EXIT, MintPool, Presence, STATE_ALIVE, Slot, Table};

/// Smallest length at which the roots list is pruned of ended processes: below it a
/// pruning pass would cost more than the list's memory (a shard with a root per client
/// connection prunes every few thousand connections).
const ROOTS_PRUNE_MIN: usize = 1024;

/// The processes of one shard; `H` is what their run functions run on (the shard).
pub(crate) struct Processes<H> {
    table: Table,
    kinds: Kinds<H>,
    /// `mint[s]`: the slots this shard may name on shard `s`.
    mint: Vec<MintPool>,
    roots: Vec<Pid>,
    roots_prune_at: usize,
}

impl<H> Processes<H> {
    pub(crate) fn new(me: u8, shards: usize, live_max: usize) -> Self {
        Self {
            table: Table::new(me, shards, live_max),
            kinds: Kinds::default(),
            mint: (0..shards).map(|_| MintPool::default()).collect(),
            roots: Vec::new(),
            roots_prune_at: ROOTS_PRUNE_MIN,
        }
    }

    // ----- the table -----------------------------------------------------------------

    /// The slot of a live (alive or exiting) process of this shard.
    #[inline]
    pub(crate) fn get(&self, pid: Pid) -> Option<Slot> {
        self.table.get(pid).copied()
    }

    /// The slot of a process that is alive (not exiting).
    #[inline]
    pub(crate) fn alive(&self, pid: Pid) -> Option<Slot> {
        self.get(pid).filter(|slot| slot.state == STATE_ALIVE)
    }

    pub(crate) fn presence(&self, pid: Pid) -> Presence {
        self.table.presence(pid)
    }

    /// Processes alive or exiting on this shard.
    pub(crate) fn live(&self) -> usize {
        self.table.live()
    }

    /// A free local slot for a new process: `(slot, generation)`; `None` at the limit.
    pub(crate) fn mint_local(&mut self) -> Option<(u32, u32)> {
        self.table.mint_local()
    }

    /// A slot on shard `shard` for a process this shard spawns there.
    pub(crate) fn mint_on(&mut self, shard: u8) -> (u32, u32) {
        self.mint[usize::from(shard)].mint()
    }

    /// Shard `home` freed `slot`, which this shard minted; its next occupant has
    /// `generation`.
    pub(crate) fn slot_returned(&mut self, home: u8, slot: u32, generation: u32) {
        self.mint[usize::from(home)].returned(slot, generation);
    }

    /// Marks the process `pid` as `High` priority.
    pub(crate) fn set_high(&mut self, pid: Pid) {
        self.table.set_high(pid);
    }

    /// Turns exit trapping on or off for `pid`.
    pub(crate) fn set_trap_exit(&mut self, pid: Pid, trap: bool) {
        if let Some(slot) = self.table.get_mut(pid) {
            if trap {
                slot.flags |= FLAG_TRAP_EXIT;
            } else {
                slot.flags &= !FLAG_TRAP_EXIT;
            }
        }
    }

    /// Marks an alive process exiting; `false` if it was not alive.
    pub(crate) fn mark_exiting(&mut self, pid: Pid) -> bool {
        match self.table.get_mut(pid) {
            Some(slot) if slot.state == STATE_ALIVE => {
                slot.state = crate::table::STATE_EXITING;
                true
            }
            _ => false,
        }
    }

    /// Frees `pid`'s slot (`was_live`: it held a process; false for a minted pid refused
    /// at arrival) and returns the slot's next generation.
    pub(crate) fn release(&mut self, pid: Pid, was_live: bool) -> u32 {
        self.table.release(pid, was_live)
    }

    // ----- kinds and arenas ----------------------------------------------------------

    /// The kind id of `P`, registering its arena on first use.
    pub(crate) fn kind_of<P: Process>(&mut self) -> u16
    where
        H: crate::kind::RunsKinds,
    {
        self.kinds.id_of::<P>()
    }

    /// Every kind's processes and mailboxes, counted now.
    pub(crate) fn census(&self) -> Vec<crate::stats::KindCensus> {
        self.kinds.census()
    }

    /// What the process at `slot` says of its state.
    pub(crate) fn status(&self, slot: Slot, status: &mut crate::inspect::Status) {
        self.kinds.arena_ref(slot.kind).status(slot.cell, status);
    }

    /// The length and bound of the mailbox at `slot`.
    pub(crate) fn mailbox_len(&self, slot: Slot) -> (usize, usize) {
        self.kinds.arena_ref(slot.kind).mailbox_len(slot.cell)
    }

    /// The `n` longest non-empty mailboxes of the shard, longest first, with their
    /// processes' pids (`node` completes them) and kinds.
    pub(crate) fn longest_mailboxes(
        &self,
        node: crate::pid::NodeId,
        n: usize,
    ) -> Vec<(Pid, u16, usize)> {
        let mut longest: Vec<(u16, u32, usize)> = Vec::new();
        let mut cells = Vec::new();
        for (kind, _) in self.kinds.ids() {
            cells.clear();
            self.kinds.arena_ref(kind).longest(n, &mut cells);
            longest.extend(cells.iter().map(|&(cell, len)| (kind, cell, len)));
        }
        longest.sort_unstable_by_key(|entry| std::cmp::Reverse(entry.2));
        longest.truncate(n);
        if longest.is_empty() {
            return Vec::new();
        }
        let at: Vec<(u16, u32)> = longest
            .iter()
            .map(|&(kind, cell, _)| (kind, cell))
            .collect();
        let pids = self.table.pids_at(node, &at);
        longest
            .into_iter()
            .zip(pids)
            .filter_map(|((kind, _, len), pid)| Some((pid?, kind, len)))
            .collect()
    }

    pub(crate) fn kind_name(&self, kind: u16) -> &'static str {
        self.kinds.name(kind)
    }

    pub(crate) fn run_fn(&self, kind: u16) -> RunFn<H> {
        self.kinds.run_fn(kind)
    }

    /// The typed arena of kind `kind` (which must be `P`'s: see `Kinds::typed`).
    #[inline]
    pub(crate) fn typed<P: Process>(&mut self, kind: u16) -> &mut Arena<P> {
        self.kinds.typed::<P>(kind)
    }

    /// Adds a new process's state, relations and mailbox to its arena and occupies
    /// `pid`'s slot; `None` at the process limit (nothing is kept).
    pub(crate) fn create<P: Process>(
        &mut self,
        pid: Pid,
        kind: u16,
        state: P,
        relations: Option<Box<Relations>>,
        mailbox: Mailbox<P::Msg>,
    ) -> Option<u32> {
        let index = self
            .kinds
            .typed::<P>(kind)
            .insert(state, relations, mailbox);
        if self.table.occupy(pid, kind, index) {
            return Some(index);
        }
        drop(self.kinds.arena(kind).remove(index));
        None
    }

    /// Queues an envelope of message type `M` in the mailbox at `slot`.
    #[inline]
    pub(crate) fn push<M: 'static>(&mut self, slot: Slot, envelope: Envelope<M>) -> Push<M> {
        self.kinds.push(slot.kind, slot.cell, envelope)
    }

    /// Queues a user message that arrived from another shard or node (see
    /// `kind::Kinds::arrive`).
    #[inline]
    pub(crate) fn arrive<M: 'static>(&mut self, slot: Slot, message: M) -> Arrived<M> {
        self.kinds.arrive(slot.kind, slot.cell, message)
    }

    /// Queues a system message in the mailbox at `slot`.
    pub(crate) fn push_system(&mut self, slot: Slot, message: Box<SystemMsg>) -> SystemPush {
        self.kinds.arena(slot.kind).push_system(slot.cell, message)
    }

    /// Drops the oldest queued user message at `slot` (overflow policy `DropOldest`).
    pub(crate) fn evict_oldest(&mut self, slot: Slot) -> bool {
        self.kinds.arena(slot.kind).evict_oldest(slot.cell)
    }

    /// The overflow policy of the mailbox at `slot`.
    pub(crate) fn overflow(&mut self, slot: Slot) -> crate::Overflow {
        self.kinds.arena(slot.kind).overflow(slot.cell)
    }

    /// Removes a queued DOWN of `monitor` at `slot`; whether one was there.
    pub(crate) fn remove_down(&mut self, slot: Slot, monitor: MonitorRef) -> bool {
        self.kinds.arena(slot.kind).remove_down(slot.cell, monitor)
    }

    /// The relations of the process at `slot`, made on first use.
    pub(crate) fn relations(&mut self, slot: Slot) -> &mut Relations {
        self.kinds.arena(slot.kind).relations(slot.cell)
    }

    /// The relations of the process at `slot`, if it has any.
    pub(crate) fn relations_if_any(&mut self, slot: Slot) -> Option<&mut Relations> {
        self.kinds.arena(slot.kind).relations_if_any(slot.cell)
    }

    /// Drops the process at `slot` (state and queued messages); hands back its relations.
    pub(crate) fn remove(&mut self, slot: Slot) -> Option<Box<Relations>> {
        self.kinds.arena(slot.kind).remove(slot.cell)
    }

    // ----- roots ---------------------------------------------------------------------

    /// Records a root; prunes ended roots when the list has doubled since the last
    /// pruning (amortised O(1) per root, memory bounded by twice the live roots).
    pub(crate) fn add_root(&mut self, pid: Pid) {
        if self.roots.len() >= self.roots_prune_at {
            let table = &self.table;
            self.roots.retain(|&root| table.get(root).is_some());
            self.roots_prune_at = (self.roots.len() * 2).max(ROOTS_PRUNE_MIN);
        }
        self.roots.push(pid);
    }

    /// The roots, in start order (some may have ended).
    pub(crate) fn roots(&self) -> Vec<Pid> {
        self.roots.clone()
    }

    /// Whether every root has ended.
    pub(crate) fn roots_gone(&self) -> bool {
        self.roots
            .iter()
            .all(|&root| self.table.get(root).is_none())
    }
}
