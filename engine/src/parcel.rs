//! Parcels: the 64-byte unit that crosses from one shard to another through a ring.
//!
//! A parcel is a destination pid, an *action* function monomorphised for the payload's
//! type, and 40 bytes of payload. A payload that fits (size ≤ 40, alignment ≤ 8) travels
//! inline — zero allocations for the common small message; a larger one is boxed and the
//! box pointer travels. The receiving shard calls the action, which moves the value out
//! and does what the parcel is for (queue a message, apply a signal, run a closure).
//!
//! Invariants:
//! - A parcel's payload is initialised from construction until its action runs, exactly
//!   once, either delivering it (`Some(core)`) or dropping it (`None`, when a parcel is
//!   discarded undelivered).

use std::mem::{ManuallyDrop, MaybeUninit};

use crate::core::ShardCore;
use crate::pid::Pid;

/// Inline payload bytes; 16 (pid) + 8 (action) + 40 = 64, one cache line.
pub(crate) const PAYLOAD_BYTES: usize = 40;

const _: () = assert!(
    std::mem::size_of::<Parcel>() == 64,
    "a parcel is one cache line"
);

/// What a parcel does on arrival: deliver (`Some(core)`) or just drop (`None`) the payload.
/// # Safety
/// `payload` must hold a value of the type the function was instantiated for.
pub(crate) type Action = unsafe fn(Option<&mut ShardCore>, Pid, &mut Payload);

#[repr(C, align(8))]
pub(crate) struct Payload([MaybeUninit<u8>; PAYLOAD_BYTES]);

const fn inline<T>() -> bool {
    std::mem::size_of::<T>() <= PAYLOAD_BYTES && std::mem::align_of::<T>() <= 8
}

impl Payload {
    fn new<T>(value: T) -> Self {
        let mut payload = Payload([MaybeUninit::uninit(); PAYLOAD_BYTES]);
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
    /// The payload holds an initialised `T` not taken before.
    pub(crate) unsafe fn take<T>(&mut self) -> T {
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

/// One shard-to-shard item (see the module docs).
pub(crate) struct Parcel {
    pub(crate) to: Pid,
    action: Action,
    payload: Payload,
}

impl Parcel {
    /// A parcel carrying `value` to `to`, handled on arrival by `action`, which must be
    /// instantiated for `T`.
    pub(crate) fn new<T: Send>(to: Pid, action: Action, value: T) -> Self {
        Self {
            to,
            action,
            payload: Payload::new(value),
        }
    }

    /// Runs the parcel's action on the receiving shard.
    pub(crate) fn deliver(self, core: &mut ShardCore) {
        let mut parcel = ManuallyDrop::new(self);
        let to = parcel.to;
        // SAFETY: the payload is initialised (construction) and this is the one call that
        // consumes it; ManuallyDrop keeps Drop from consuming it again.
        unsafe { (parcel.action)(Some(core), to, &mut parcel.payload) };
    }
}

impl Drop for Parcel {
    fn drop(&mut self) {
        // SAFETY: a parcel that is dropped was never delivered, so its payload is still
        // initialised; the action with `None` only drops it.
        unsafe { (self.action)(None, self.to, &mut self.payload) };
    }
}

// SAFETY: every constructor requires `T: Send` for the payload; the pid and the function
// pointer are Send.
unsafe impl Send for Parcel {}

/// A closure to run on another shard (spawns, slot notices, timer cancels, injections).
pub(crate) type Remote = Box<dyn FnOnce(&mut ShardCore) + Send>;

/// Builds a parcel that runs `job` on the destination shard.
pub(crate) fn remote_job(to_shard_pid: Pid, job: Remote) -> Parcel {
    Parcel::new(to_shard_pid, run_remote, job)
}

/// # Safety
/// `payload` holds a [`Remote`].
unsafe fn run_remote(core: Option<&mut ShardCore>, _to: Pid, payload: &mut Payload) {
    // SAFETY: built by `remote_job` with a Remote payload.
    let job: Remote = unsafe { payload.take() };
    if let Some(core) = core {
        job(core);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn undelivered_parcels_drop_inline_and_boxed_payloads() {
        let token = Arc::new(());
        let small = Parcel::new(
            Pid::from_bytes([0; 16]),
            drop_only::<Arc<()>>,
            Arc::clone(&token),
        );
        let big = [Arc::clone(&token), Arc::clone(&token), Arc::clone(&token)];
        let big = Parcel::new(
            Pid::from_bytes([0; 16]),
            drop_only::<([Arc<()>; 3], [u64; 4])>,
            (big, [0u64; 4]),
        );
        assert_eq!(Arc::strong_count(&token), 5);
        drop((small, big));
        assert_eq!(Arc::strong_count(&token), 1);
    }

    /// # Safety
    /// `payload` holds a `T`.
    unsafe fn drop_only<T>(_core: Option<&mut ShardCore>, _to: Pid, payload: &mut Payload) {
        // SAFETY: the test builds each parcel with a matching T.
        drop(unsafe { payload.take::<T>() });
    }
}
