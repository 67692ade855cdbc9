//! The wheel's slots: one intrusive doubly linked list per slot, plus one list of timers
//! that were already due when inserted, and an occupancy bitmap per level.
//!
//! Invariants:
//! - Bit `s` of `occupied[level]` is set exactly when the list of slot `s` of `level` is
//!   non-empty; the due list has no bit.
//! - A node's `list` field names the list it is on, so unlinking never searches.
//! - Lists are LIFO: order within a slot is not part of any contract (timers with equal
//!   deadlines fire in an unspecified order).

use crate::nodes::{NIL, Nodes};
use crate::{LEVELS, SLOTS_PER_LEVEL};

/// Id of the list of timers whose deadline had already passed when they were inserted.
pub(crate) const LIST_DUE: u16 = (LEVELS * SLOTS_PER_LEVEL) as u16;
const LISTS: usize = LEVELS * SLOTS_PER_LEVEL + 1;

const _: () = assert!(
    SLOTS_PER_LEVEL == u128::BITS as usize,
    "one bitmap word per level"
);
const _: () = assert!(
    LISTS < crate::nodes::LIST_FREE as usize,
    "list ids fit in u16"
);

pub(crate) struct Lists {
    heads: [u32; LISTS],
    occupied: [u128; LEVELS],
}

pub(crate) fn list_id(level: usize, slot: usize) -> u16 {
    debug_assert!(level < LEVELS && slot < SLOTS_PER_LEVEL);
    (level * SLOTS_PER_LEVEL + slot) as u16
}

impl Lists {
    pub(crate) fn new() -> Self {
        Self {
            heads: [NIL; LISTS],
            occupied: [0; LEVELS],
        }
    }

    pub(crate) fn occupied(&self, level: usize) -> u128 {
        self.occupied[level]
    }

    pub(crate) fn head(&self, list: u16) -> u32 {
        self.heads[list as usize]
    }

    /// Puts an unlinked node at the front of `list`.
    pub(crate) fn push<T>(&mut self, nodes: &mut Nodes<T>, list: u16, index: u32) {
        let old_head = self.heads[list as usize];
        {
            let node = nodes.get_mut(index);
            node.list = list;
            node.prev = NIL;
            node.next = old_head;
        }
        if old_head != NIL {
            nodes.get_mut(old_head).prev = index;
        } else if list != LIST_DUE {
            let (level, slot) = split(list);
            self.occupied[level] |= 1 << slot;
        }
        self.heads[list as usize] = index;
    }

    /// Takes a linked node off whatever list it is on; it stays live.
    pub(crate) fn unlink<T>(&mut self, nodes: &mut Nodes<T>, index: u32) {
        let (list, prev, next) = {
            let node = nodes.get_mut(index);
            let links = (node.list, node.prev, node.next);
            node.prev = NIL;
            node.next = NIL;
            links
        };
        if next != NIL {
            nodes.get_mut(next).prev = prev;
        }
        if prev != NIL {
            nodes.get_mut(prev).next = next;
            return;
        }
        debug_assert_eq!(self.heads[list as usize], index);
        self.heads[list as usize] = next;
        if next == NIL && list != LIST_DUE {
            let (level, slot) = split(list);
            self.occupied[level] &= !(1 << slot);
        }
    }

    /// Unlinks and returns the first node of `list`, if any.
    pub(crate) fn pop<T>(&mut self, nodes: &mut Nodes<T>, list: u16) -> Option<u32> {
        let head = self.heads[list as usize];
        if head == NIL {
            return None;
        }
        self.unlink(nodes, head);
        Some(head)
    }
}

fn split(list: u16) -> (usize, usize) {
    let list = list as usize;
    (list / SLOTS_PER_LEVEL, list % SLOTS_PER_LEVEL)
}
