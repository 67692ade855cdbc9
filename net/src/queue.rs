//! The per-peer send queue of one shard: records accumulate in frame bodies until the
//! writer task takes them, so many small messages go out in one write.
//!
//! Invariants:
//! - Bodies are at most about [`WRITE_FRAME_BYTES`] (a new body starts once one passes
//!   it); the writer sends each behind its frame header.
//! - User messages are refused once [`SEND_QUEUE_BYTES_MAX`] bytes wait (backpressure);
//!   signals, replies and control records are always taken (bounded by what produces
//!   them).
//! - Only the shard's thread touches a queue (it is `!Send`).

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use crate::frame::{RecordHead, append_record};
use crate::limits::{SEND_QUEUE_BYTES_MAX, WRITE_FRAME_BYTES};

/// A queue was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QueueError {
    /// Backpressure: too many bytes wait.
    Full,
    /// The link is closed.
    Closed,
    /// The payload could not be encoded or is too large.
    Encode,
}

#[derive(Default)]
pub(crate) struct SendQueue {
    bodies: RefCell<Vec<Vec<u8>>>,
    queued: Cell<usize>,
    waker: Cell<Option<Waker>>,
    closed: Cell<bool>,
}

impl SendQueue {
    /// Appends one record; `bounded` records are refused past the byte limit.
    pub(crate) fn push<E>(
        &self,
        head: RecordHead,
        bounded: bool,
        payload: impl FnOnce(&mut Vec<u8>) -> Result<(), E>,
    ) -> Result<(), QueueError> {
        if self.closed.get() {
            return Err(QueueError::Closed);
        }
        if bounded && self.queued.get() >= SEND_QUEUE_BYTES_MAX {
            return Err(QueueError::Full);
        }
        let mut bodies = self.bodies.borrow_mut();
        if bodies
            .last()
            .is_none_or(|body| body.len() >= WRITE_FRAME_BYTES)
        {
            bodies.push(Vec::new());
        }
        let body = bodies.last_mut().expect("ensured above");
        let before = body.len();
        append_record(body, head, payload).map_err(|_| QueueError::Encode)?;
        if body.len() > crate::limits::FRAME_BYTES_MAX {
            body.truncate(before);
            return Err(QueueError::Encode);
        }
        self.queued.set(self.queued.get() + body.len() - before);
        drop(bodies);
        if let Some(waker) = self.waker.take() {
            waker.wake();
        }
        Ok(())
    }

    /// Takes every waiting frame body (each goes out as one records frame).
    pub(crate) fn take(&self) -> Vec<Vec<u8>> {
        self.queued.set(0);
        std::mem::take(&mut *self.bodies.borrow_mut())
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.bodies.borrow().is_empty()
    }

    pub(crate) fn close(&self) {
        self.closed.set(true);
        if let Some(waker) = self.waker.take() {
            waker.wake();
        }
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.get()
    }

    /// Resolves when records are queued or the queue is closed.
    pub(crate) fn ready(&self) -> Ready<'_> {
        Ready { queue: self }
    }
}

pub(crate) struct Ready<'a> {
    queue: &'a SendQueue,
}

impl Future for Ready<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if !self.queue.is_empty() || self.queue.is_closed() {
            return Poll::Ready(());
        }
        self.queue.waker.set(Some(cx.waker().clone()));
        Poll::Pending
    }
}
