//! Per-kind arenas: where a shard keeps the state and mailbox of every process of one
//! behaviour type.
//!
//! A *kind* is one `Process` type. Each kind gets a slab of [`Cell`]s the first time a
//! process of that type is spawned on the shard; spawning is then a slab insert, not an
//! allocation of its own. The shard reaches a cell through the type-erased [`AnyArena`]
//! for what does not depend on the type (system messages, relations, removal), through
//! [`Kinds::push`] for typed messages (it compares the message's `TypeId` with the kind's:
//! that *is* the check that a message has the type the process accepts), and through the
//! kind's monomorphised `run` function for handling.
//!
//! Invariants:
//! - A cell exists exactly while its process's slot is alive or exiting.
//! - A live cell's state is in `inline_states` (small `P`) or `boxed_states` (large `P`)
//!   at its index — never both; it is `None` only while the process's handler runs (the
//!   state is moved out so the handler can use the whole shard, including this arena) or
//!   after it died.

use std::any::TypeId;
use std::ptr::NonNull;

use hashbrown::{HashMap, HashSet};

use crate::config::Overflow;
use crate::mailbox::{Envelope, Mailbox};
use crate::pid::{MonitorRef, Name, Pid};
use crate::process::{Process, SystemMsg};
use crate::table::Slot;

/// Links, monitors and name of one process; allocated on first use, so a process that
/// has none costs one pointer.
#[derive(Default)]
pub(crate) struct Relations {
    pub(crate) links: HashSet<Pid>,
    pub(crate) monitors_out: HashMap<MonitorRef, Pid>,
    pub(crate) monitored_by: HashMap<MonitorRef, Pid>,
    pub(crate) name: Option<Name>,
    pub(crate) parent: Option<Pid>,
    /// The process registered cluster-wide names (released through the router at exit).
    pub(crate) global_names: bool,
}

impl Relations {
    pub(crate) fn count(&self) -> usize {
        self.links.len() + self.monitors_out.len() + self.monitored_by.len()
    }
}

/// States up to this size move out of and back into their arena by value for each run;
/// larger ones live in a box, so a run moves a pointer instead of the state (a Person is
/// hundreds of bytes).
const INLINE_STATE_BYTES_MAX: usize = 48;

/// Whether states of `P` are kept inline (small) or boxed.
const fn inline_state<P>() -> bool {
    std::mem::size_of::<P>() <= INLINE_STATE_BYTES_MAX
}

/// Where a process's state is kept, by size: `P` itself (small) or `Box<P>` (large). Each
/// arena has a store of each kind and uses the one its `P` calls for, so neither the
/// arena's memory nor a run pays for a large state's size (an enum of the two would be as
/// big as `P` even when boxed).
pub(crate) trait StateSlot<P: Process>: Sized {
    /// Takes the state of `cell` out for a run (`None` if it is out already).
    fn take(arena: &mut Arena<P>, cell: usize) -> Option<Self>;
    /// Puts the state of `cell` back after the run.
    fn put(arena: &mut Arena<P>, cell: usize, state: Self);
    /// The state.
    fn state(&mut self) -> &mut P;
}

impl<P: Process> StateSlot<P> for P {
    #[inline]
    fn take(arena: &mut Arena<P>, cell: usize) -> Option<Self> {
        arena.inline_states.get_mut(cell)?.take()
    }

    #[inline]
    fn put(arena: &mut Arena<P>, cell: usize, state: Self) {
        arena.inline_states[cell] = Some(state);
    }

    #[inline]
    fn state(&mut self) -> &mut P {
        self
    }
}

impl<P: Process> StateSlot<P> for Box<P> {
    #[inline]
    fn take(arena: &mut Arena<P>, cell: usize) -> Option<Self> {
        arena.boxed_states.get_mut(cell)?.take()
    }

    #[inline]
    fn put(arena: &mut Arena<P>, cell: usize, state: Self) {
        arena.boxed_states[cell] = Some(state);
    }

    #[inline]
    fn state(&mut self) -> &mut P {
        self
    }
}

/// Whether `P`'s states are kept inline (then run with the slot `P`) or boxed (`Box<P>`).
#[inline]
pub(crate) const fn is_inline<P: Process>() -> bool {
    inline_state::<P>()
}

/// What a push into the system lane did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SystemPush {
    /// Queued; `true` if the process must now be put in the run queue.
    Queued(bool),
    /// The system lane is full ([`crate::SYSTEM_LANE_LEN_MAX`]): nothing was queued.
    Full,
}

/// What the shard does with an arena without knowing its process type.
pub(crate) trait AnyArena {
    /// Queues a system message (see [`SystemPush`]).
    fn push_system(&mut self, cell: u32, message: Box<SystemMsg>) -> SystemPush;
    fn remove_down(&mut self, cell: u32, monitor: MonitorRef) -> bool;
    fn relations(&mut self, cell: u32) -> &mut Relations;
    fn relations_if_any(&mut self, cell: u32) -> Option<&mut Relations>;
    fn overflow(&self, cell: u32) -> Overflow;
    /// Drops the oldest queued user message; whether there was one.
    fn evict_oldest(&mut self, cell: u32) -> bool;

    /// Drops the process's state and queued messages; hands back its relations.
    fn remove(&mut self, cell: u32) -> Option<Box<Relations>>;

    /// The kind's processes and mailboxes, counted in one pass over its cells (the
    /// caller names the kind).
    fn census(&self) -> crate::stats::KindCensus;

    /// What the process at `cell` says of its state (nothing while its handler runs).
    fn status(&self, cell: u32, status: &mut crate::inspect::Status);

    /// The length and the bound of the mailbox at `cell`.
    fn mailbox_len(&self, cell: u32) -> (usize, usize);

    /// The `n` longest non-empty mailboxes of the kind, as `(cell, length)`, added to
    /// `out` (unordered).
    fn longest(&self, n: usize, out: &mut Vec<(u32, usize)>);
}

/// The processes of one kind: relations in the slab `cells` (which decides which indices
/// are live), states and mailboxes in vectors at the same index (a dead index holds no
/// state and an empty mailbox with no buffer). The mailboxes are apart so that a sender,
/// which knows only the message type, can reach them with a type check instead of a call
/// through the kind; the states are apart so that their store fits their size
/// ([`StateSlot`]).
pub(crate) struct Arena<P: Process> {
    pub(crate) cells: slab::Slab<Option<Box<Relations>>>,
    inline_states: Vec<Option<P>>,
    boxed_states: Vec<Option<Box<P>>>,
    pub(crate) mailboxes: Vec<Mailbox<P::Msg>>,
}

impl<P: Process> Arena<P> {
    fn new() -> Self {
        Self {
            cells: slab::Slab::new(),
            inline_states: Vec::new(),
            boxed_states: Vec::new(),
            mailboxes: Vec::new(),
        }
    }

    /// Adds a process; returns its cell index.
    pub(crate) fn insert(
        &mut self,
        state: P,
        relations: Option<Box<Relations>>,
        mailbox: Mailbox<P::Msg>,
    ) -> u32 {
        let index = self.cells.insert(relations);
        place(&mut self.mailboxes, index, mailbox, Mailbox::vacant);
        if inline_state::<P>() {
            place(&mut self.inline_states, index, Some(state), || None);
        } else {
            place(&mut self.boxed_states, index, Some(Box::new(state)), || {
                None
            });
        }
        u32::try_from(index).expect("cell index fits u32")
    }
}

/// Puts `value` at `index` of `items`, growing it with `vacant` as needed.
fn place<T>(items: &mut Vec<T>, index: usize, value: T, vacant: impl Fn() -> T) {
    while items.len() < index {
        items.push(vacant());
    }
    if index == items.len() {
        items.push(value);
    } else {
        items[index] = value;
    }
}

impl<P: Process> AnyArena for Arena<P> {
    fn push_system(&mut self, cell: u32, message: Box<SystemMsg>) -> SystemPush {
        let mailbox = &mut self.mailboxes[cell as usize];
        match mailbox.push_system(message) {
            Ok(()) => SystemPush::Queued(mailbox.mark_scheduled()),
            Err(_) => SystemPush::Full,
        }
    }

    fn evict_oldest(&mut self, cell: u32) -> bool {
        self.mailboxes[cell as usize].evict_oldest_user()
    }

    fn remove_down(&mut self, cell: u32, monitor: MonitorRef) -> bool {
        self.mailboxes[cell as usize].remove_down(monitor)
    }

    fn relations(&mut self, cell: u32) -> &mut Relations {
        self.cells[cell as usize].get_or_insert_with(Box::default)
    }

    fn relations_if_any(&mut self, cell: u32) -> Option<&mut Relations> {
        self.cells[cell as usize].as_deref_mut()
    }

    fn overflow(&self, cell: u32) -> Overflow {
        self.mailboxes[cell as usize].overflow
    }

    fn census(&self) -> crate::stats::KindCensus {
        let mut census = crate::stats::KindCensus {
            kind: "",
            processes: 0,
            queued: 0,
            mailbox_len_max: 0,
            mailbox_lens: Default::default(),
        };
        for (index, _) in &self.cells {
            census.mailbox(self.mailboxes[index].len());
        }
        census
    }

    fn status(&self, cell: u32, status: &mut crate::inspect::Status) {
        let index = cell as usize;
        let inline = self.inline_states.get(index).and_then(Option::as_ref);
        let boxed = self.boxed_states.get(index).and_then(Option::as_deref);
        if let Some(state) = inline.or(boxed) {
            state.status(status);
        }
    }

    fn mailbox_len(&self, cell: u32) -> (usize, usize) {
        let mailbox = &self.mailboxes[cell as usize];
        (mailbox.len(), mailbox.bound())
    }

    fn longest(&self, n: usize, out: &mut Vec<(u32, usize)>) {
        use std::cmp::Reverse;
        if n == 0 {
            return;
        }
        // The n longest so far, shortest on top: one comparison per mailbox.
        let mut kept = std::collections::BinaryHeap::with_capacity(n + 1);
        for (index, _) in &self.cells {
            let len = self.mailboxes[index].len();
            if len == 0 {
                continue;
            }
            if kept.len() == n
                && kept
                    .peek()
                    .is_some_and(|Reverse((shortest, _))| *shortest >= len)
            {
                continue;
            }
            kept.push(Reverse((len, index as u32)));
            if kept.len() > n {
                kept.pop();
            }
        }
        out.extend(kept.into_iter().map(|Reverse((len, cell))| (cell, len)));
    }

    fn remove(&mut self, cell: u32) -> Option<Box<Relations>> {
        let index = cell as usize;
        self.mailboxes[index] = Mailbox::vacant();
        if let Some(state) = self.inline_states.get_mut(index) {
            *state = None;
        }
        if let Some(state) = self.boxed_states.get_mut(index) {
            *state = None;
        }
        self.cells.remove(index)
    }
}

/// Handles a scheduled process of one kind on its host `H` (the shard's `run_process`,
/// monomorphised per kind); whether the run used the process's whole budget.
pub(crate) type RunFn<H> = fn(&mut H, Pid, Slot) -> bool;

/// What a host (the shard) must offer its kinds: how to run a process of any type. A kind
/// takes `run::<P>` for its own `P` when it is registered, so a kind's run function always
/// matches its arena's type (what makes [`Kinds::typed`] sound).
pub(crate) trait RunsKinds: Sized {
    /// Runs the scheduled process `pid` (of type `P`) at `slot`; whether it used its whole
    /// budget.
    fn run<P: Process>(host: &mut Self, pid: Pid, slot: Slot) -> bool;
}

/// What the arrival of a user message from another shard or node did.
pub(crate) enum Arrived<M> {
    /// Queued; `schedule`: the process must now be put in the run queue; `refusing`: the
    /// mailbox is at its bound and its senders must be told (`flow.rs`).
    Queued { schedule: bool, refusing: bool },
    /// No room even in the headroom: the receiver's overflow policy decides.
    Full(M, Overflow),
    /// The process does not take messages of type `M`.
    Misrouted,
}

/// What a typed push into a mailbox of unknown kind did.
pub(crate) enum Push<M> {
    /// Queued; `true` if the process must now be put in the run queue.
    Queued(bool),
    /// The bound (or the system lane) was reached; the message is handed back.
    Full(M),
    /// The process does not take messages of type `M`.
    Misrouted,
}

pub(crate) struct KindEntry<H> {
    /// The kind's `Arena<P>`, owned (made by `Box::into_raw`, freed in `Drop`). Raw so
    /// that typed and type-erased access share one provenance.
    arena: NonNull<dyn AnyArena>,
    /// The arena's `mailboxes`: a `Vec<Mailbox<P::Msg>>`.
    mailboxes: NonNull<()>,
    process_type: TypeId,
    message_type: TypeId,
    run: RunFn<H>,
    name: &'static str,
}

impl<H> Drop for KindEntry<H> {
    fn drop(&mut self) {
        // SAFETY: `arena` came from `Box::into_raw` in `Kinds::id_of` and is freed once.
        drop(unsafe { Box::from_raw(self.arena.as_ptr()) });
    }
}

/// Every kind this shard has seen; `H` is what their run functions run on.
pub(crate) struct Kinds<H> {
    ids: HashMap<TypeId, u16>,
    entries: Vec<KindEntry<H>>,
}

impl<H> Default for Kinds<H> {
    fn default() -> Self {
        Self {
            ids: HashMap::new(),
            entries: Vec::new(),
        }
    }
}

impl<H: RunsKinds> Kinds<H> {
    /// The kind id of `P`, registering it on first use with its arena and `H::run::<P>`.
    pub(crate) fn id_of<P: Process>(&mut self) -> u16 {
        if let Some(&id) = self.ids.get(&TypeId::of::<P>()) {
            return id;
        }
        let id = u16::try_from(self.entries.len()).expect("more than 65,535 process kinds");
        let arena = Box::into_raw(Box::new(Arena::<P>::new()));
        // SAFETY: `arena` is a fresh, valid allocation; taking a field's address does not
        // create a reference.
        let mailboxes = unsafe { &raw mut (*arena).mailboxes };
        let arena: *mut dyn AnyArena = arena;
        self.entries.push(KindEntry {
            arena: NonNull::new(arena).expect("Box is never null"),
            mailboxes: NonNull::new(mailboxes.cast::<()>()).expect("field of a live box"),
            process_type: TypeId::of::<P>(),
            message_type: TypeId::of::<P::Msg>(),
            run: H::run::<P>,
            name: std::any::type_name::<P>(),
        });
        self.ids.insert(TypeId::of::<P>(), id);
        id
    }
}

impl<H> Kinds<H> {
    pub(crate) fn arena(&mut self, kind: u16) -> &mut dyn AnyArena {
        // SAFETY: the arena lives as long as its entry; `&mut self` makes this the only
        // reference for its lifetime.
        unsafe { &mut *self.entries[usize::from(kind)].arena.as_ptr() }
    }

    /// Every kind's census, in kind order.
    pub(crate) fn census(&self) -> Vec<crate::stats::KindCensus> {
        self.entries
            .iter()
            .map(|entry| {
                // SAFETY: the arena lives as long as its entry; `&self` allows no `&mut`
                // to it meanwhile, and `census` only reads.
                let arena = unsafe { &*entry.arena.as_ptr() };
                crate::stats::KindCensus {
                    kind: entry.name,
                    ..arena.census()
                }
            })
            .collect()
    }

    /// The arena of kind `kind`, to read.
    pub(crate) fn arena_ref(&self, kind: u16) -> &dyn AnyArena {
        // SAFETY: the arena lives as long as its entry; `&self` allows no `&mut` to it
        // for the lifetime of the reference.
        unsafe { &*self.entries[usize::from(kind)].arena.as_ptr() }
    }

    /// The kind ids registered, with their names.
    pub(crate) fn ids(&self) -> impl Iterator<Item = (u16, &'static str)> + '_ {
        (0u16..).zip(self.entries.iter().map(|entry| entry.name))
    }

    pub(crate) fn run_fn(&self, kind: u16) -> RunFn<H> {
        self.entries[usize::from(kind)].run
    }

    pub(crate) fn name(&self, kind: u16) -> &'static str {
        self.entries[usize::from(kind)].name
    }

    /// The typed arena of kind `kind`, which must be `P`'s.
    ///
    /// The check is a debug assertion: a kind id only ever comes from `id_of::<P>()`
    /// (stored in the slot at spawn), which registers `H::run::<P>` beside it (the one
    /// caller of `typed` with a slot's kind, with `init_process::<P>` at spawn), so the
    /// types agree by construction.
    #[inline]
    pub(crate) fn typed<P: Process>(&mut self, kind: u16) -> &mut Arena<P> {
        let entry = &self.entries[usize::from(kind)];
        debug_assert!(
            entry.process_type == TypeId::of::<P>(),
            "kind id names another process type"
        );
        // SAFETY: kind ids and process types agree by construction (see above); `&mut
        // self` makes this the only reference.
        unsafe { &mut *entry.arena.as_ptr().cast::<Arena<P>>() }
    }

    /// The mailboxes of kind `kind` if its processes take messages of type `M`.
    #[inline]
    pub(crate) fn mailboxes<M: 'static>(&mut self, kind: u16) -> Option<&mut Vec<Mailbox<M>>> {
        let entry = &self.entries[usize::from(kind)];
        if entry.message_type != TypeId::of::<M>() {
            return None;
        }
        // SAFETY: `mailboxes` points to the arena's `Vec<Mailbox<P::Msg>>` and `P::Msg`
        // is `M` (checked above); `&mut self` makes this the only reference.
        Some(unsafe { &mut *entry.mailboxes.as_ptr().cast::<Vec<Mailbox<M>>>() })
    }

    /// Queues an envelope of message type `M` for `cell` of kind `kind`: a `User`
    /// message within the bound, an `Unbounded` one within the system lane.
    #[inline]
    pub(crate) fn push<M: 'static>(
        &mut self,
        kind: u16,
        cell: u32,
        envelope: Envelope<M>,
    ) -> Push<M> {
        let Some(mailboxes) = self.mailboxes::<M>(kind) else {
            return Push::Misrouted;
        };
        let mailbox = &mut mailboxes[cell as usize];
        let pushed = match envelope {
            Envelope::User(message) => mailbox.push_user(message),
            Envelope::Unbounded(message) => mailbox.push_reply(message),
            Envelope::System(_) => unreachable!("system messages go through push_system"),
        };
        match pushed {
            Ok(()) => Push::Queued(mailbox.mark_scheduled()),
            Err(message) => Push::Full(message),
        }
    }

    /// Queues a user message that arrived from another shard or node, within the bound
    /// plus the arrival headroom (`mailbox.rs`).
    #[inline]
    pub(crate) fn arrive<M: 'static>(&mut self, kind: u16, cell: u32, message: M) -> Arrived<M> {
        let Some(mailboxes) = self.mailboxes::<M>(kind) else {
            return Arrived::Misrouted;
        };
        let mailbox = &mut mailboxes[cell as usize];
        match mailbox.push_arrived(message) {
            Ok(refusing) => Arrived::Queued {
                schedule: mailbox.mark_scheduled(),
                refusing,
            },
            Err(message) => Arrived::Full(message, mailbox.overflow),
        }
    }
}
