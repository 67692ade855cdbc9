//! A connection's outbound bytes: filled by its gate process, drained by its writer task.
//!
//! Invariants: at most [`OUTBOX_BYTES_MAX`] bytes wait, plus at most as many in the
//! writer's hands; past that the client is a slow reader and is disconnected (never
//! allowed to grow the node's memory). Once closing, the writer has
//! [`CLOSE_FLUSH_TIMEOUT`] to flush before the connection is dropped. Same thread only.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// Bytes one connection may have waiting to be written.
pub const OUTBOX_BYTES_MAX: usize = 256 * 1024;
/// How long a closing connection may take to flush (a client that does not read its
/// goodbye is dropped).
pub const CLOSE_FLUSH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The outbox is over its limit: the client does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlowReader;

/// A connection's bounded outbound byte queue (see the module docs).
#[derive(Default)]
pub struct Outbox {
    bytes: RefCell<Vec<u8>>,
    waker: Cell<Option<Waker>>,
    close_waker: Cell<Option<Waker>>,
    closing: Cell<bool>,
}

impl Outbox {
    /// Queues complete frames.
    ///
    /// # Errors
    /// [`SlowReader`] when over the limit (nothing is queued).
    pub fn push(&self, frames: &[u8]) -> Result<(), SlowReader> {
        let mut bytes = self.bytes.borrow_mut();
        if bytes.len() + frames.len() > OUTBOX_BYTES_MAX {
            return Err(SlowReader);
        }
        bytes.extend_from_slice(frames);
        drop(bytes);
        self.wake();
        Ok(())
    }

    /// Queues complete frames without waking the writer (a [`crate::hub::Hub`]
    /// wakes it at the end of its flush window).
    ///
    /// # Errors
    /// [`SlowReader`] when over the limit (nothing is queued).
    pub fn push_quiet(&self, frames: &[u8]) -> Result<(), SlowReader> {
        let mut bytes = self.bytes.borrow_mut();
        if bytes.len() + frames.len() > OUTBOX_BYTES_MAX {
            return Err(SlowReader);
        }
        bytes.extend_from_slice(frames);
        Ok(())
    }

    /// Queues frames built in place by `build`, then checks the limit.
    ///
    /// # Errors
    /// [`SlowReader`] when over the limit (what `build` wrote is removed).
    pub fn push_with(&self, build: impl FnOnce(&mut Vec<u8>)) -> Result<(), SlowReader> {
        let mut bytes = self.bytes.borrow_mut();
        let before = bytes.len();
        build(&mut bytes);
        if bytes.len() > OUTBOX_BYTES_MAX {
            bytes.truncate(before);
            return Err(SlowReader);
        }
        drop(bytes);
        self.wake();
        Ok(())
    }

    /// Wakes the writer if it waits.
    pub fn wake(&self) {
        if let Some(waker) = self.waker.take() {
            waker.wake();
        }
    }

    /// Takes what waits, swapping in `spare` (a buffer to reuse).
    pub fn take(&self, spare: Vec<u8>) -> Vec<u8> {
        std::mem::replace(&mut *self.bytes.borrow_mut(), spare)
    }

    /// Queues a last frame (a goodbye) and closes. When the outbox is full, what waits is
    /// dropped to make room: a client that far behind would never read it in time.
    pub fn last_word(&self, build: impl Fn(&mut Vec<u8>)) {
        if self.push_with(&build).is_err() {
            self.bytes.borrow_mut().clear();
            let _ = self.push_with(&build);
        }
        self.close();
    }

    /// Asks the writer to finish what waits and close.
    pub fn close(&self) {
        self.closing.set(true);
        self.wake();
        if let Some(waker) = self.close_waker.take() {
            waker.wake();
        }
    }

    /// Resolves once the outbox is closing.
    pub fn closed(&self) -> Closed<'_> {
        Closed { outbox: self }
    }

    /// Whether no bytes wait.
    pub fn is_empty(&self) -> bool {
        self.bytes.borrow().is_empty()
    }

    /// Whether [`Outbox::close`] was called.
    pub fn is_closing(&self) -> bool {
        self.closing.get()
    }

    /// Resolves when bytes wait or the outbox is closing.
    pub fn ready(&self) -> Ready<'_> {
        Ready { outbox: self }
    }
}

/// The future of [`Outbox::ready`].
pub struct Ready<'a> {
    outbox: &'a Outbox,
}

impl Future for Ready<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if !self.outbox.bytes.borrow().is_empty() || self.outbox.closing.get() {
            return Poll::Ready(());
        }
        self.outbox.waker.set(Some(cx.waker().clone()));
        Poll::Pending
    }
}

/// The future of [`Outbox::closed`].
pub struct Closed<'a> {
    outbox: &'a Outbox,
}

impl Future for Closed<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.outbox.closing.get() {
            return Poll::Ready(());
        }
        self.outbox.close_waker.set(Some(cx.waker().clone()));
        Poll::Pending
    }
}
