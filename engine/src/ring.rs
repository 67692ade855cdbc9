//! A bounded single-producer single-consumer ring: how one shard hands parcels to another.
//!
//! The producer writes slots privately and *publishes* its tail in batches; the consumer
//! reads published slots and releases its head in batches. Each side caches the other's
//! index and only reloads it when it seems to be out of room (producer) or out of items
//! (consumer), so a busy pair of shards touches each other's cache lines rarely.
//!
//! Invariants:
//! - `head <= tail <= head + capacity` at all times (indices grow without wrapping in
//!   practice: 2^64 parcels is centuries at a billion per second).
//! - Slots in `[head, tail)` hold initialised values owned by the ring; the producer only
//!   writes slots in `[tail, head + capacity)`, the consumer only reads `[head, tail)`.
//! - `tail` is stored with `Release` after the slot writes; the consumer loads it with
//!   `Acquire` before reading them (and symmetrically for `head`).
//!
//! Under `--cfg loom` the atomics, the shared `Arc` and the slot cells are loom's, so that
//! loom's model checker can run the protocol through every interleaving (the `loom` test
//! module below); a normal build uses `std`'s, with the same code.

use std::mem::MaybeUninit;

use sync::{Arc, AtomicUsize, Ordering, UnsafeCell};

/// `std`'s primitives, with loom's cell API so one body of code serves both builds.
#[cfg(not(loom))]
mod sync {
    pub(super) use std::sync::Arc;
    pub(super) use std::sync::atomic::{AtomicUsize, Ordering};

    /// `std::cell::UnsafeCell` with loom's `with_mut`.
    pub(super) struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

    impl<T> UnsafeCell<T> {
        pub(super) fn new(value: T) -> Self {
            Self(std::cell::UnsafeCell::new(value))
        }

        /// Calls `access` with a raw pointer to the contents.
        #[inline(always)]
        pub(super) fn with_mut<R>(&self, access: impl FnOnce(*mut T) -> R) -> R {
            access(self.0.get())
        }
    }
}

/// loom's primitives: they record every access so the model checker can explore them.
#[cfg(loom)]
mod sync {
    pub(super) use loom::cell::UnsafeCell;
    pub(super) use loom::sync::Arc;
    pub(super) use loom::sync::atomic::{AtomicUsize, Ordering};
}

/// Keeps each index on its own cache line pair so producer and consumer do not false-share.
#[repr(align(128))]
struct Padded(AtomicUsize);

struct Ring<T> {
    slots: Box<[UnsafeCell<MaybeUninit<T>>]>,
    mask: usize,
    head: Padded,
    tail: Padded,
}

// SAFETY: values move from the producer thread to the consumer thread, so `T: Send` is
// required; the slot discipline in the module docs ensures no slot is accessed by both
// sides at once.
unsafe impl<T: Send> Sync for Ring<T> {}
// SAFETY: as above; the ring owns `T`s and hands them to another thread.
unsafe impl<T: Send> Send for Ring<T> {}

impl<T> Drop for Ring<T> {
    fn drop(&mut self) {
        let head = self.head.0.load(Ordering::Acquire);
        let tail = self.tail.0.load(Ordering::Acquire);
        for index in head..tail {
            // SAFETY: slots in [head, tail) are initialised and owned by the ring; both
            // endpoints are gone (the ring is being dropped), so each is dropped once.
            self.slots[index & self.mask].with_mut(|slot| unsafe { (*slot).assume_init_drop() });
        }
    }
}

/// Creates a ring of `capacity` (a power of two) and its two endpoints.
pub(crate) fn ring<T>(capacity: usize) -> (Producer<T>, Consumer<T>) {
    assert!(
        capacity.is_power_of_two(),
        "ring capacity must be a power of two"
    );
    let slots = (0..capacity)
        .map(|_| UnsafeCell::new(MaybeUninit::uninit()))
        .collect();
    let ring = Arc::new(Ring {
        slots,
        mask: capacity - 1,
        head: Padded(AtomicUsize::new(0)),
        tail: Padded(AtomicUsize::new(0)),
    });
    let producer = Producer {
        ring: Arc::clone(&ring),
        tail: 0,
        published: 0,
        head_seen: 0,
    };
    let consumer = Consumer {
        ring,
        head: 0,
        released: 0,
        tail_seen: 0,
    };
    (producer, consumer)
}

/// The writing end.
pub(crate) struct Producer<T> {
    ring: Arc<Ring<T>>,
    tail: usize,
    published: usize,
    head_seen: usize,
}

impl<T> Producer<T> {
    /// Writes `value` into the next slot (not yet visible), or hands it back when full.
    pub(crate) fn push(&mut self, value: T) -> Result<(), T> {
        let capacity = self.ring.mask + 1;
        if self.tail - self.head_seen == capacity {
            self.head_seen = self.ring.head.0.load(Ordering::Acquire);
            if self.tail - self.head_seen == capacity {
                return Err(value);
            }
        }
        let slot = &self.ring.slots[self.tail & self.ring.mask];
        // SAFETY: `tail < head + capacity`, so this slot is outside [head, tail): the
        // consumer does not read it until the tail is published past it.
        slot.with_mut(|slot| unsafe { (*slot).write(value) });
        self.tail += 1;
        Ok(())
    }

    /// Written but not yet published values.
    pub(crate) fn unpublished(&self) -> usize {
        self.tail - self.published
    }

    /// Makes every written value visible to the consumer; whether there were any.
    pub(crate) fn publish(&mut self) -> bool {
        if self.tail == self.published {
            return false;
        }
        self.ring.tail.0.store(self.tail, Ordering::Release);
        self.published = self.tail;
        true
    }
}

impl<T> Drop for Producer<T> {
    fn drop(&mut self) {
        // Written values must be owned by the ring so that it drops them.
        self.publish();
    }
}

/// The reading end.
pub(crate) struct Consumer<T> {
    ring: Arc<Ring<T>>,
    head: usize,
    released: usize,
    tail_seen: usize,
}

impl<T> Consumer<T> {
    /// Takes the next published value.
    pub(crate) fn pop(&mut self) -> Option<T> {
        if self.head == self.tail_seen {
            self.tail_seen = self.ring.tail.0.load(Ordering::Acquire);
            if self.head == self.tail_seen {
                return None;
            }
        }
        let slot = &self.ring.slots[self.head & self.ring.mask];
        // SAFETY: `head < tail` (published, loaded with Acquire), so the slot holds an
        // initialised value that the producer will not touch until the head is released.
        let value = slot.with_mut(|slot| unsafe { (*slot).assume_init_read() });
        self.head += 1;
        Some(value)
    }

    /// Gives consumed slots back to the producer.
    pub(crate) fn release(&mut self) {
        if self.head != self.released {
            self.ring.head.0.store(self.head, Ordering::Release);
            self.released = self.head;
        }
    }

    /// Whether published values are waiting (reloads the producer's tail).
    pub(crate) fn has_pending(&self) -> bool {
        self.ring.tail.0.load(Ordering::Acquire) != self.head
    }
}

impl<T> Drop for Consumer<T> {
    fn drop(&mut self) {
        // Values read out were moved away; the ring drops only what is left unread.
        self.release();
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn values_cross_threads_in_order_with_batched_publication() {
        const COUNT: u64 = 200_000;
        let (mut producer, mut consumer) = ring::<u64>(64);
        let writer = std::thread::spawn(move || {
            let mut rng = fastrand::Rng::with_seed(3);
            let mut next = 0;
            while next < COUNT {
                match producer.push(next) {
                    Ok(()) => next += 1,
                    Err(_) => {
                        producer.publish();
                        std::thread::yield_now();
                    }
                }
                if rng.u8(0..8) == 0 {
                    producer.publish();
                }
            }
        });
        let mut expected = 0;
        while expected < COUNT {
            match consumer.pop() {
                Some(value) => {
                    assert_eq!(value, expected, "out of order");
                    expected += 1;
                }
                None => {
                    consumer.release();
                    std::thread::yield_now();
                }
            }
            if expected % 7 == 0 {
                consumer.release();
            }
        }
        writer.join().expect("writer");
        assert!(consumer.pop().is_none());
    }

    #[test]
    fn a_full_ring_hands_the_value_back_and_leftovers_are_dropped() {
        let token = Arc::new(());
        let (mut producer, consumer) = ring::<Arc<()>>(2);
        producer.push(Arc::clone(&token)).unwrap();
        producer.push(Arc::clone(&token)).unwrap();
        let refused = producer.push(Arc::clone(&token)).unwrap_err();
        drop(refused);
        drop(producer);
        drop(consumer);
        assert_eq!(
            Arc::strong_count(&token),
            1,
            "the ring dropped what it held"
        );
    }
}

/// The ring's protocol under loom's model checker: every interleaving of one producer and
/// one consumer thread, with the memory orderings the code asks for (a `Relaxed` where a
/// `Release` is needed lets the consumer read a slot the producer's write does not
/// happen-before, and loom reports it). Run with
///
/// ```text
/// RUSTFLAGS="--cfg loom" cargo test -p hearth-engine --profile ci --lib ring::loom
/// ```
///
/// (its own build of the dependency tree: `--cfg loom` changes every crate's flags).
#[cfg(all(test, loom))]
mod loom {
    use super::*;

    /// Values sent per model: more than the ring holds, so the producer finds it full and
    /// the indices wrap around it twice.
    const VALUES: usize = 5;
    /// A ring smaller than `VALUES`.
    const CAPACITY: usize = 2;
    /// The producer publishes after this many pushes (and whenever the ring is full).
    const PUBLISH_EVERY: usize = 2;

    /// A value that counts its drops, so loss and double drops show.
    struct Counted {
        value: usize,
        drops: Arc<AtomicUsize>,
    }

    impl Drop for Counted {
        fn drop(&mut self) {
            self.drops.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Pushes `0..VALUES` in order, publishing in batches; a full ring must hand back
    /// the very value offered.
    fn produce(mut producer: Producer<Counted>, drops: Arc<AtomicUsize>) -> bool {
        let mut found_full = false;
        for value in 0..VALUES {
            let mut offered = Counted {
                value,
                drops: Arc::clone(&drops),
            };
            loop {
                match producer.push(offered) {
                    Ok(()) => break,
                    Err(back) => {
                        assert_eq!(
                            back.value, value,
                            "a full ring hands back the value offered"
                        );
                        found_full = true;
                        offered = back;
                        producer.publish();
                        ::loom::thread::yield_now();
                    }
                }
            }
            if (value + 1) % PUBLISH_EVERY == 0 {
                producer.publish();
            }
        }
        producer.publish();
        found_full
    }

    /// Takes `taken` values; each must be the next in order.
    fn consume(consumer: &mut Consumer<Counted>, taken: usize) {
        let mut expected = 0;
        while expected < taken {
            match consumer.pop() {
                Some(counted) => {
                    assert_eq!(counted.value, expected, "values arrive once each, in order");
                    expected += 1;
                    if expected % PUBLISH_EVERY == 0 {
                        consumer.release();
                    }
                }
                None => {
                    consumer.release();
                    ::loom::thread::yield_now();
                }
            }
        }
    }

    #[test]
    fn values_arrive_in_order_once_each_and_a_full_ring_hands_them_back() {
        let found_full = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let seen_full = std::sync::Arc::clone(&found_full);
        ::loom::model(move || {
            let drops = Arc::new(AtomicUsize::new(0));
            let (producer, mut consumer) = ring::<Counted>(CAPACITY);
            let producer_drops = Arc::clone(&drops);
            let writer = ::loom::thread::spawn(move || produce(producer, producer_drops));
            consume(&mut consumer, VALUES);
            if writer.join().expect("producer") {
                seen_full.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            assert!(consumer.pop().is_none(), "nothing beyond what was sent");
            drop(consumer);
            assert_eq!(
                drops.load(Ordering::Relaxed),
                VALUES,
                "each value dropped once"
            );
        });
        assert!(
            found_full.load(std::sync::atomic::Ordering::Relaxed),
            "some interleaving found the ring full"
        );
    }

    /// The consumer takes one value and leaves while the producer pushes what fits and
    /// leaves too: the ring drops what it still holds, each value once, whichever
    /// endpoint goes last.
    #[test]
    fn leftovers_are_dropped_once_whoever_leaves_last() {
        ::loom::model(|| {
            let drops = Arc::new(AtomicUsize::new(0));
            let (mut producer, mut consumer) = ring::<Counted>(CAPACITY);
            let producer_drops = Arc::clone(&drops);
            let writer = ::loom::thread::spawn(move || {
                let mut created = 0;
                for value in 0..VALUES {
                    created += 1;
                    let counted = Counted {
                        value,
                        drops: Arc::clone(&producer_drops),
                    };
                    if producer.push(counted).is_err() {
                        break; // The refused value is handed back and dropped here.
                    }
                    producer.publish();
                }
                created
            });
            while consumer.pop().is_none() {
                ::loom::thread::yield_now();
            }
            drop(consumer);
            let created = writer.join().expect("producer");
            assert_eq!(
                drops.load(Ordering::Relaxed),
                created,
                "each value dropped once"
            );
        });
    }
}
