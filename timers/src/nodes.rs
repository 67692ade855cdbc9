//! Slab storage for timer nodes: generations for stale-handle safety, and the intrusive
//! links of the doubly linked lists that the wheel's slots are made of.
//!
//! Storage is a list of fixed-size chunks, so growing never moves or copies a node and an
//! index splits into `(chunk, offset)` with a shift and a mask.
//!
//! Invariants:
//! - A node is either *live* (`list != LIST_FREE`, `payload` initialised) or *free*
//!   (`list == LIST_FREE`, `payload` uninitialised, `next` chains the free list).
//! - A node's `generation` changes every time it is released, so a [`TimerHandle`] taken
//!   before the release can never match the node again (until the 32-bit counter wraps,
//!   after four billion reuses of the same node).
//! - Indices are `u32`; `NIL` is never a valid index because the arena is capped below it.

use std::mem::MaybeUninit;

use crate::TimerHandle;

/// The "no node" index in links and list heads.
pub(crate) const NIL: u32 = u32::MAX;
/// The list id a free node carries.
pub(crate) const LIST_FREE: u16 = u16::MAX;
/// The arena never grows past this many nodes, so `NIL` stays unused.
pub(crate) const NODES_MAX: usize = (u32::MAX - 1) as usize;
/// Nodes per chunk: 16 Ki nodes is 512 KiB with a `u64` payload, small enough that an idle
/// wheel costs little, large enough that the chunk table stays in L1.
const CHUNK_BITS: u32 = 14;
const CHUNK_NODES: usize = 1 << CHUNK_BITS;
const CHUNK_MASK: u32 = (1 << CHUNK_BITS) - 1;

pub(crate) struct Node<T> {
    pub(crate) deadline: u64,
    pub(crate) prev: u32,
    pub(crate) next: u32,
    pub(crate) generation: u32,
    pub(crate) list: u16,
    payload: MaybeUninit<T>,
}

pub(crate) struct Nodes<T> {
    chunks: Vec<Vec<Node<T>>>,
    free_head: u32,
    created: usize,
    live: usize,
}

impl<T> Nodes<T> {
    pub(crate) fn new() -> Self {
        Self {
            chunks: Vec::new(),
            free_head: NIL,
            created: 0,
            live: 0,
        }
    }

    pub(crate) fn live(&self) -> usize {
        self.live
    }

    /// Bytes of node storage reserved (whole chunks).
    pub(crate) fn bytes_reserved(&self) -> usize {
        self.chunks.len() * CHUNK_NODES * std::mem::size_of::<Node<T>>()
    }

    /// Creates free nodes until at least `total` exist, touching their memory now so that
    /// later inserts pay no page faults. New nodes are handed out in ascending order.
    pub(crate) fn reserve(&mut self, total: usize) {
        let total = total.min(NODES_MAX);
        if total <= self.created {
            return;
        }
        let first_new = self.created as u32;
        while self.created < total {
            let index = self.create_node();
            let next = if self.created < total {
                index + 1
            } else {
                self.free_head
            };
            self.get_mut(index).next = next;
        }
        self.free_head = first_new;
    }

    /// The handle the next [`Nodes::alloc`] will return.
    pub(crate) fn peek_next(&self) -> TimerHandle {
        if self.free_head != NIL {
            return TimerHandle {
                index: self.free_head,
                generation: self.get(self.free_head).generation,
            };
        }
        TimerHandle {
            index: self.created as u32,
            generation: 0,
        }
    }

    /// Takes a free node (creating one if none) holding `payload`; it is on no list yet.
    /// The caller has checked the live limit, which is below `NODES_MAX`.
    pub(crate) fn alloc(&mut self, deadline: u64, payload: T) -> TimerHandle {
        let index = if self.free_head != NIL {
            let index = self.free_head;
            self.free_head = self.get(index).next;
            index
        } else {
            self.create_node()
        };
        self.live += 1;
        let node = self.get_mut(index);
        debug_assert_eq!(node.list, LIST_FREE);
        node.deadline = deadline;
        node.prev = NIL;
        node.next = NIL;
        node.payload.write(payload);
        TimerHandle {
            index,
            generation: node.generation,
        }
    }

    /// Appends one free node, not on the free list, and returns its index.
    fn create_node(&mut self) -> u32 {
        assert!(
            self.created < NODES_MAX,
            "timer arena index space exhausted"
        );
        if self.created.is_multiple_of(CHUNK_NODES) {
            self.chunks.push(Vec::with_capacity(CHUNK_NODES));
        }
        let chunk = self
            .chunks
            .last_mut()
            .expect("a chunk with room was just ensured");
        debug_assert!(chunk.len() < chunk.capacity(), "chunks never reallocate");
        chunk.push(Node {
            deadline: 0,
            prev: NIL,
            next: NIL,
            generation: 0,
            list: LIST_FREE,
            payload: MaybeUninit::uninit(),
        });
        self.created += 1;
        (self.created - 1) as u32
    }

    /// Returns a node that is on no list to the free list, handing back its payload and
    /// retiring every handle to it.
    pub(crate) fn release(&mut self, index: u32) -> T {
        let free_head = self.free_head;
        let node = self.get_mut(index);
        assert_ne!(node.list, LIST_FREE, "released a free timer node");
        debug_assert_eq!(node.prev, NIL, "released node still linked");
        node.list = LIST_FREE;
        node.generation = node.generation.wrapping_add(1);
        node.next = free_head;
        // SAFETY: the node was live (checked above), and a live node's payload is
        // initialised; marking it free first means it is never read again.
        let payload = unsafe { node.payload.assume_init_read() };
        self.free_head = index;
        self.live -= 1;
        payload
    }

    /// The index behind `handle` if it still names a live timer.
    pub(crate) fn resolve(&self, handle: TimerHandle) -> Option<u32> {
        let chunk = self.chunks.get((handle.index >> CHUNK_BITS) as usize)?;
        let node = chunk.get((handle.index & CHUNK_MASK) as usize)?;
        let live = node.list != LIST_FREE && node.generation == handle.generation;
        live.then_some(handle.index)
    }

    pub(crate) fn payload(&self, index: u32) -> &T {
        let node = self.get(index);
        assert_ne!(node.list, LIST_FREE, "payload of a free timer node");
        // SAFETY: live nodes hold an initialised payload (checked above).
        unsafe { node.payload.assume_init_ref() }
    }

    /// The node at an index the arena handed out (never an index from outside: those go
    /// through [`Nodes::resolve`]).
    #[inline]
    pub(crate) fn get(&self, index: u32) -> &Node<T> {
        assert!(
            (index as usize) < self.created,
            "timer node index out of range"
        );
        let (chunk, offset) = (
            (index >> CHUNK_BITS) as usize,
            (index & CHUNK_MASK) as usize,
        );
        // SAFETY: index < created (asserted), and every node below `created` lives at
        // (index / CHUNK_NODES, index % CHUNK_NODES): chunks fill in order and never shrink.
        unsafe { self.chunks.get_unchecked(chunk).get_unchecked(offset) }
    }

    #[inline]
    pub(crate) fn get_mut(&mut self, index: u32) -> &mut Node<T> {
        assert!(
            (index as usize) < self.created,
            "timer node index out of range"
        );
        let (chunk, offset) = (
            (index >> CHUNK_BITS) as usize,
            (index & CHUNK_MASK) as usize,
        );
        // SAFETY: as in `get`.
        unsafe {
            self.chunks
                .get_unchecked_mut(chunk)
                .get_unchecked_mut(offset)
        }
    }
}

impl<T> Drop for Nodes<T> {
    fn drop(&mut self) {
        if !std::mem::needs_drop::<T>() {
            return;
        }
        for node in self.chunks.iter_mut().flatten() {
            if node.list != LIST_FREE {
                // SAFETY: live nodes hold an initialised payload, dropped exactly once
                // here because the arena itself is going away.
                unsafe { node.payload.assume_init_drop() };
            }
        }
    }
}
