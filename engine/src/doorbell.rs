//! How a sleeping shard is woken: a flag saying it sleeps, and a doorbell to ring.
//!
//! A cross-core wake costs tens of microseconds on the reference VM — the most expensive
//! thing the engine does — so it happens only when the peer really sleeps, and at most
//! once per sleep:
//! - the sleeper sets `sleeping` (SeqCst), then re-checks its inputs, then waits;
//! - a producer publishes its data, then (SeqCst fence) reads `sleeping`, and rings only
//!   if it is set; `ring` itself wakes only the first time per sleep.
//!
//! Either the sleeper's re-check sees the data, or the producer sees the flag: the two
//! SeqCst operations cannot both miss each other.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Waker};

#[derive(Default)]
pub(crate) struct Doorbell {
    sleeping: AtomicBool,
    rung: AtomicBool,
    waker: Mutex<Option<Waker>>,
}

impl Doorbell {
    /// Announces the intent to sleep; the caller must re-check its inputs afterwards.
    pub(crate) fn prepare_sleep(&self) {
        self.rung.store(false, Ordering::SeqCst);
        self.sleeping.store(true, Ordering::SeqCst);
    }

    pub(crate) fn cancel_sleep(&self) {
        self.sleeping.store(false, Ordering::SeqCst);
    }

    /// Wakes the owner if (and only if) it sleeps; called after publishing work for it.
    pub(crate) fn ring_if_sleeping(&self) {
        std::sync::atomic::fence(Ordering::SeqCst);
        if self.sleeping.load(Ordering::Relaxed) && !self.rung.swap(true, Ordering::SeqCst) {
            self.wake_owner();
        }
    }

    fn wake_owner(&self) {
        let waker = self
            .waker
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// Whether the owner has announced a sleep and not yet woken.
    pub(crate) fn is_sleeping(&self) -> bool {
        self.sleeping.load(Ordering::SeqCst)
    }

    /// Wakes the owner whether or not a ring is owed (the watchdog's backstop for a
    /// sleep that outlived its deadline).
    pub(crate) fn force_ring(&self) {
        self.rung.store(true, Ordering::SeqCst);
        self.wake_owner();
    }

    /// Whether a ring is pending (for tests).
    #[cfg(test)]
    pub(crate) fn was_rung(&self) -> bool {
        self.rung.load(Ordering::SeqCst)
    }

    /// Resolves once rung (the owner then clears `sleeping`).
    pub(crate) fn wait(&self) -> Ring<'_> {
        Ring { bell: self }
    }
}

pub(crate) struct Ring<'a> {
    bell: &'a Doorbell,
}

impl Future for Ring<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let bell = self.bell;
        if bell.rung.load(Ordering::SeqCst) {
            bell.sleeping.store(false, Ordering::SeqCst);
            return Poll::Ready(());
        }
        {
            let mut slot = bell
                .waker
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            match slot.as_ref() {
                Some(existing) if existing.will_wake(cx.waker()) => {}
                _ => *slot = Some(cx.waker().clone()),
            }
        }
        // A ring between the first check and the registration must not be lost.
        if bell.rung.load(Ordering::SeqCst) {
            bell.sleeping.store(false, Ordering::SeqCst);
            return Poll::Ready(());
        }
        Poll::Pending
    }
}
