//! A growable FIFO ring buffer with power-of-two capacity: the mailbox queue and the run
//! queue. It does only what those need, with a mask instead of a modulo and no
//! per-operation capacity arithmetic, because it sits on the per-message path.
//!
//! Invariants:
//! - `buffer.len()` (the capacity) is zero or a power of two, and `mask == capacity - 1`;
//! - the live items are at `(head + i) & mask` for `i < len`, initialised; all other slots
//!   are uninitialised;
//! - an empty `Fifo` that never held anything owns no allocation.

use std::mem::MaybeUninit;

/// First allocation, in items.
const CAPACITY_MIN: usize = 4;

pub(crate) struct Fifo<T> {
    buffer: Box<[MaybeUninit<T>]>,
    head: u32,
    len: u32,
}

impl<T> Fifo<T> {
    pub(crate) fn new() -> Self {
        Self {
            buffer: Box::new_uninit_slice(0),
            head: 0,
            len: 0,
        }
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len as usize
    }

    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.buffer.len().wrapping_sub(1)
    }

    #[inline]
    pub(crate) fn push_back(&mut self, value: T) {
        if self.len as usize == self.buffer.len() {
            self.grow();
        }
        let at = (self.head as usize + self.len as usize) & self.mask();
        // SAFETY: `at` is masked below the capacity, and the slot is outside the live
        // range (len < capacity after growing), so it holds no value to overwrite.
        unsafe { self.buffer.get_unchecked_mut(at).write(value) };
        self.len += 1;
    }

    #[inline]
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let at = self.head as usize;
        // SAFETY: with len > 0 the head slot is live and initialised; advancing the head
        // makes it dead, so it is read exactly once.
        let value = unsafe { self.buffer.get_unchecked(at).assume_init_read() };
        self.head = ((at + 1) & self.mask()) as u32;
        self.len -= 1;
        Some(value)
    }

    /// The oldest item.
    #[inline]
    pub(crate) fn front(&self) -> Option<&T> {
        if self.len == 0 {
            return None;
        }
        // SAFETY: with len > 0 the head slot is live and initialised.
        Some(unsafe {
            self.buffer
                .get_unchecked(self.head as usize)
                .assume_init_ref()
        })
    }

    /// Keeps only the items `keep` accepts, in order.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        for _ in 0..self.len {
            let value = self.pop_front().expect("counted");
            if keep(&value) {
                self.push_back(value);
            }
        }
    }

    #[cold]
    fn grow(&mut self) {
        let capacity = (self.buffer.len() * 2).max(CAPACITY_MIN);
        assert!(capacity <= u32::MAX as usize, "fifo capacity overflow");
        let mut buffer = Box::new_uninit_slice(capacity);
        for (index, slot) in buffer.iter_mut().take(self.len as usize).enumerate() {
            let from = (self.head as usize + index) & self.mask();
            // SAFETY: `from` is a live slot; it is moved out once (the old buffer is
            // freed below without dropping its items).
            slot.write(unsafe { self.buffer.get_unchecked(from).assume_init_read() });
        }
        self.buffer = buffer;
        self.head = 0;
    }
}

impl<T> Drop for Fifo<T> {
    fn drop(&mut self) {
        while self.pop_front().is_some() {}
    }
}

impl<T> Default for Fifo<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::rc::Rc;

    use super::*;

    #[test]
    fn fifo_matches_a_vecdeque_model() {
        for seed in 0..500 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let mut fifo = Fifo::new();
            let mut model = VecDeque::new();
            for step in 0..400u32 {
                match rng.u8(0..10) {
                    0..=4 => {
                        fifo.push_back(step);
                        model.push_back(step);
                    }
                    5..=8 => assert_eq!(fifo.pop_front(), model.pop_front(), "seed {seed}"),
                    _ => {
                        let odd = rng.bool();
                        fifo.retain(|value| (value % 2 == 1) == odd);
                        model.retain(|value| (value % 2 == 1) == odd);
                    }
                }
                assert_eq!(fifo.len(), model.len());
            }
        }
    }

    #[test]
    fn leftovers_are_dropped() {
        let token = Rc::new(());
        let mut fifo = Fifo::new();
        for _ in 0..9 {
            fifo.push_back(Rc::clone(&token));
        }
        drop(fifo.pop_front());
        drop(fifo);
        assert_eq!(Rc::strong_count(&token), 1);
    }
}
