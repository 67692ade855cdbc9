//! Parcels: the 64-byte unit that crosses from one shard to another through a ring.
//!
//! A parcel is a destination pid, an *action* function, and 40 bytes of payload. A payload
//! that fits (size ≤ 40, alignment ≤ 8) travels inline — zero allocations for the common
//! small message; a larger one is boxed and the box pointer travels. The receiving shard
//! calls the action, which moves the value out and does what the parcel is for (queue a
//! message, apply a signal, run a closure).
//!
//! Type safety: a parcel is built from a value of a type that implements [`Arrival`], and
//! its action is *derived from that type* (`act::<T>`), so the action always matches the
//! payload — a mismatch cannot be written, and [`Parcel::new`] is safe without conditions.
//!
//! A parcel is generic over its *host* `H`, what it arrives at (the shard): this module
//! knows nothing of shards, only that a parcel's value acts on one.
//!
//! Invariants:
//! - A parcel's payload is initialised from construction until its action runs, exactly
//!   once, either delivering it (`Some`) or dropping it (`None`, when a parcel is
//!   discarded undelivered).

use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};

use crate::pid::Pid;

/// Inline payload bytes; 16 (pid) + 8 (action) + 40 = 64, one cache line.
pub(crate) const PAYLOAD_BYTES: usize = 40;

const _: () = assert!(
    std::mem::size_of::<Parcel<()>>() == 64,
    "a parcel is one cache line"
);

/// What a parcel carries, and what it does when it arrives at its host `H`.
pub(crate) trait Arrival<H>: Send + Sized + 'static {
    /// Does what the parcel is for on the receiving host; `to` is the parcel's
    /// destination and `from` the shard it came from.
    fn arrive(self, host: &mut H, to: Pid, from: u8);
}

/// The delivery of one payload type: deliver (`Some`) or just drop (`None`).
/// # Safety
/// `payload` must hold an initialised value of the type the function was instantiated
/// for, not taken before.
type Action<H> = unsafe fn(Option<(&mut H, u8)>, Pid, &mut Payload);

/// The payload's bytes; `!Send` and `!Sync` by themselves (the marker), so the one place
/// that says a parcel may cross threads is `Parcel`'s `unsafe impl Send`, which rests on
/// every payload type being `Arrival`, hence `Send`.
#[repr(C, align(8))]
struct Payload([MaybeUninit<u8>; PAYLOAD_BYTES], PhantomData<*mut ()>);

const fn inline<T>() -> bool {
    std::mem::size_of::<T>() <= PAYLOAD_BYTES && std::mem::align_of::<T>() <= 8
}

impl Payload {
    fn new<T>(value: T) -> Self {
        let mut payload = Payload([MaybeUninit::uninit(); PAYLOAD_BYTES], PhantomData);
        let at = payload.0.as_mut_ptr();
        if inline::<T>() {
            // SAFETY: T fits in the 40 bytes and needs at most 8-byte alignment, which the
            // repr(align(8)) buffer provides.
            unsafe { at.cast::<T>().write(value) };
        } else {
            // SAFETY: a pointer always fits and the buffer is 8-aligned.
            unsafe { at.cast::<*mut T>().write(Box::into_raw(Box::new(value))) };
        }
        payload
    }

    /// Moves the value out.
    /// # Safety
    /// The payload holds an initialised `T` (written by `new::<T>`) not taken before.
    unsafe fn take<T>(&mut self) -> T {
        let at = self.0.as_mut_ptr();
        if inline::<T>() {
            // SAFETY: the caller guarantees an initialised inline T.
            unsafe { at.cast::<T>().read() }
        } else {
            // SAFETY: the caller guarantees a live box pointer written by `new`.
            unsafe { *Box::from_raw(at.cast::<*mut T>().read()) }
        }
    }
}

/// # Safety
/// `payload` was written by `Payload::new::<T>` and not taken (the one caller pair,
/// `Parcel::new::<T>` storing `act::<T>`, guarantees it).
unsafe fn act<H, T: Arrival<H>>(host: Option<(&mut H, u8)>, to: Pid, payload: &mut Payload) {
    // SAFETY: see the function's contract.
    let value: T = unsafe { payload.take() };
    if let Some((host, from)) = host {
        value.arrive(host, to, from);
    }
}

/// One shard-to-shard item (see the module docs).
pub(crate) struct Parcel<H> {
    pub(crate) to: Pid,
    action: Action<H>,
    payload: Payload,
    host: PhantomData<fn(&mut H)>,
}

impl<H> Parcel<H> {
    /// A parcel carrying `value` to `to`; on arrival `value.arrive(..)` runs.
    pub(crate) fn new<T: Arrival<H>>(to: Pid, value: T) -> Self {
        Self {
            to,
            action: act::<H, T>,
            payload: Payload::new(value),
            host: PhantomData,
        }
    }

    /// Runs the parcel's arrival on the receiving host; `from` is the shard it came from.
    pub(crate) fn deliver(self, host: &mut H, from: u8) {
        let mut parcel = ManuallyDrop::new(self);
        let to = parcel.to;
        // SAFETY: the payload is initialised (construction, with the matching action) and
        // this is the one call that consumes it; ManuallyDrop keeps Drop from consuming
        // it again.
        unsafe { (parcel.action)(Some((host, from)), to, &mut parcel.payload) };
    }
}

impl<H> Drop for Parcel<H> {
    fn drop(&mut self) {
        // SAFETY: a parcel that is dropped was never delivered, so its payload is still
        // initialised and matches its action; `None` only drops it.
        unsafe { (self.action)(None, self.to, &mut self.payload) };
    }
}

// SAFETY: every payload type is `Arrival`, hence `Send`; the pid and the function pointer
// are Send, and `H` is only named by the action's signature (no `H` is held).
unsafe impl<H> Send for Parcel<H> {}

/// A closure to run on another shard (spawns, slot notices, timer cancels, injections).
pub(crate) type Remote<H> = Box<dyn FnOnce(&mut H) + Send>;

/// A job parcel's payload: runs the closure on the destination host.
pub(crate) struct Job<H>(pub(crate) Remote<H>);

impl<H: 'static> Arrival<H> for Job<H> {
    fn arrive(self, host: &mut H, _to: Pid, _from: u8) {
        (self.0)(host);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// A payload that is never delivered in these tests.
    struct Kept<T>(T);

    impl<T: Send + 'static> Arrival<()> for Kept<T> {
        fn arrive(self, _host: &mut (), _to: Pid, _from: u8) {
            unreachable!("the test only drops parcels");
        }
    }

    #[test]
    fn undelivered_parcels_drop_inline_and_boxed_payloads() {
        let token = Arc::new(());
        let small = Parcel::<()>::new(Pid::from_bytes([0; 16]), Kept(Arc::clone(&token)));
        let big = [Arc::clone(&token), Arc::clone(&token), Arc::clone(&token)];
        let big = Parcel::<()>::new(Pid::from_bytes([0; 16]), Kept((big, [0u64; 4])));
        assert!(
            !inline::<Kept<([Arc<()>; 3], [u64; 4])>>(),
            "the big one is boxed"
        );
        assert_eq!(Arc::strong_count(&token), 5);
        drop((small, big));
        assert_eq!(Arc::strong_count(&token), 1);
    }
}
