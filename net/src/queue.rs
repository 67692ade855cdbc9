//! The per-peer send queue of one shard: records accumulate in frames until the writer
//! task takes them, so many small messages go out in one write.
//!
//! Invariants:
//! - Frames are at most about [`WRITE_FRAME_BYTES`] (a new one starts once one passes
//!   it); each keeps [`FRAME_HEADER_BYTES`] in front for its header, filled in by
//!   [`SendQueue::take`], so a frame goes out in one write.
//! - User messages are refused once [`SEND_QUEUE_BYTES_MAX`] bytes wait (backpressure);
//!   signals, replies and control records are taken up to [`SEND_QUEUE_BYTES_HARD_MAX`],
//!   past which the queue closes (the peer reads nothing: the link is given up, and the
//!   node is treated as lost).
//! - Only the shard's thread touches a queue (it is `!Send`).
//! - A goodbye ([`SendQueue::say_goodbye`]) is the last frame: it goes out after what
//!   waits before it, and the queue takes nothing after it was said.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use std::time::Instant;

use crate::frame::{
    FRAME_HEADER_BYTES, Farewell, FrameKind, RecordHead, append_record_at, encode_header,
};
use crate::limits::{
    FRAME_BYTES_MAX, SEND_QUEUE_BYTES_HARD_MAX, SEND_QUEUE_BYTES_MAX, WRITE_FRAME_BYTES,
};

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

/// Where a queue is in saying goodbye.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
enum Goodbye {
    #[default]
    Unsaid,
    /// Said at this time; the writer takes it after what waits before it.
    Said(Farewell, Instant),
    /// Taken by the writer (said at this time), not yet written.
    Taken(Farewell, Instant),
    /// Written: the writer ends the connection.
    Written(Farewell),
}

#[derive(Default)]
pub(crate) struct SendQueue {
    frames: RefCell<Vec<Vec<u8>>>,
    queued: Cell<usize>,
    heartbeat: Cell<bool>,
    waker: Cell<Option<Waker>>,
    closed: Cell<bool>,
    /// The writer holds frames it has not finished writing.
    writing: Cell<bool>,
    goodbye: Cell<Goodbye>,
}

impl SendQueue {
    /// Appends one record; `bounded` records are refused past the byte limit.
    pub(crate) fn push<E>(
        &self,
        head: RecordHead,
        bounded: bool,
        payload: impl FnOnce(&mut Vec<u8>) -> Result<(), E>,
    ) -> Result<(), QueueError> {
        if self.closed.get() || self.goodbye.get() != Goodbye::Unsaid {
            return Err(QueueError::Closed);
        }
        if bounded && self.queued.get() >= SEND_QUEUE_BYTES_MAX {
            return Err(QueueError::Full);
        }
        if self.queued.get() >= SEND_QUEUE_BYTES_HARD_MAX {
            tracing::warn!(
                queued = self.queued.get(),
                "peer reads nothing while signals and replies pile up; giving the link up"
            );
            self.close();
            return Err(QueueError::Closed);
        }
        let mut frames = self.frames.borrow_mut();
        if frames
            .last()
            .is_none_or(|frame| frame.len() >= WRITE_FRAME_BYTES)
        {
            frames.push(vec![0; FRAME_HEADER_BYTES]);
        }
        let frame = frames.last_mut().expect("ensured above");
        let before = frame.len();
        append_record_at(frame, FRAME_HEADER_BYTES, head, payload)
            .map_err(|_| QueueError::Encode)?;
        if frame.len() - FRAME_HEADER_BYTES > FRAME_BYTES_MAX {
            frame.truncate(before);
            return Err(QueueError::Encode);
        }
        self.queued.set(self.queued.get() + frame.len() - before);
        drop(frames);
        self.wake();
        Ok(())
    }

    fn wake(&self) {
        if let Some(waker) = self.waker.take() {
            waker.wake();
        }
    }

    /// Asks the writer to end the connection with a goodbye saying `farewell`, after what
    /// waits; nothing is taken after it. A closed queue, or one that said goodbye
    /// already, stays as it is.
    pub(crate) fn say_goodbye(&self, farewell: Farewell) {
        if self.closed.get() || self.goodbye.get() != Goodbye::Unsaid {
            return;
        }
        self.goodbye.set(Goodbye::Said(farewell, Instant::now()));
        self.wake();
    }

    /// When the goodbye was said, while it is not yet written (the connection's pulse
    /// ends a connection that cannot write it in time).
    pub(crate) fn goodbye_pending_since(&self) -> Option<Instant> {
        match self.goodbye.get() {
            Goodbye::Said(_, since) | Goodbye::Taken(_, since) => Some(since),
            Goodbye::Unsaid | Goodbye::Written(_) => None,
        }
    }

    /// Whether a goodbye was said (written or not).
    pub(crate) fn is_saying_goodbye(&self) -> bool {
        self.goodbye.get() != Goodbye::Unsaid
    }

    /// The goodbye written, if it is: the writer is done.
    pub(crate) fn said_goodbye(&self) -> Option<Farewell> {
        match self.goodbye.get() {
            Goodbye::Written(farewell) => Some(farewell),
            _ => None,
        }
    }

    /// Asks the writer for a heartbeat frame (sent if nothing else goes out first).
    pub(crate) fn request_heartbeat(&self) {
        self.heartbeat.set(true);
        self.wake();
    }

    /// Takes every waiting frame, header filled in, each ready to write as one buffer;
    /// a heartbeat frame if one was asked for and nothing else waits.
    pub(crate) fn take(&self) -> Vec<Vec<u8>> {
        self.queued.set(0);
        self.writing.set(true);
        let heartbeat = self.heartbeat.replace(false);
        let mut frames = std::mem::take(&mut *self.frames.borrow_mut());
        for frame in &mut frames {
            let header = encode_header(FrameKind::Records, frame.len() - FRAME_HEADER_BYTES);
            frame[..FRAME_HEADER_BYTES].copy_from_slice(&header);
        }
        if frames.is_empty() && heartbeat {
            frames.push(encode_header(FrameKind::Heartbeat, 0).to_vec());
        }
        if let Goodbye::Said(farewell, since) = self.goodbye.get() {
            frames.push(farewell.frame());
            self.goodbye.set(Goodbye::Taken(farewell, since));
        }
        frames
    }

    fn is_empty(&self) -> bool {
        self.frames.borrow().is_empty()
            && !self.heartbeat.get()
            && !matches!(self.goodbye.get(), Goodbye::Said(..))
    }

    /// The writer finished writing what it took.
    pub(crate) fn written(&self) {
        self.writing.set(false);
        if let Goodbye::Taken(farewell, _) = self.goodbye.get() {
            self.goodbye.set(Goodbye::Written(farewell));
        }
    }

    /// Whether nothing waits and nothing is being written (a closed queue counts as
    /// flushed: what it held will never be written).
    pub(crate) fn is_flushed(&self) -> bool {
        self.closed.get()
            || (self.frames.borrow().is_empty()
                && !self.writing.get()
                && !matches!(self.goodbye.get(), Goodbye::Said(..)))
    }

    pub(crate) fn close(&self) {
        self.closed.set(true);
        self.wake();
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.get()
    }

    /// Resolves when there is something to write or the queue is closed.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::{RecordKind, decode_header, records};

    fn head() -> RecordHead {
        RecordHead {
            kind: RecordKind::Message,
            code: 1,
            pid: [0; 16],
            extra: [0; 16],
        }
    }

    #[test]
    fn frames_come_out_whole_and_parseable() {
        let queue = SendQueue::default();
        for value in 0u8..10 {
            queue
                .push::<()>(head(), true, |out| {
                    out.push(value);
                    Ok(())
                })
                .unwrap();
        }
        let frames = queue.take();
        assert_eq!(frames.len(), 1);
        let header = decode_header(
            frames[0][..FRAME_HEADER_BYTES].try_into().unwrap(),
            FRAME_BYTES_MAX,
        )
        .unwrap();
        assert_eq!(header.body_len, frames[0].len() - FRAME_HEADER_BYTES);
        let mut body = rkyv::util::AlignedVec::<16>::new();
        body.extend_from_slice(&frames[0][FRAME_HEADER_BYTES..]);
        let payloads: Vec<u8> = records(&body)
            .map(|record| record.unwrap().payload[0])
            .collect();
        assert_eq!(payloads, (0..10).collect::<Vec<_>>());
    }

    #[test]
    fn user_messages_meet_backpressure_but_signals_do_not() {
        let queue = SendQueue::default();
        let big = |out: &mut Vec<u8>| -> Result<(), ()> {
            out.resize(out.len() + 64 * 1024, 7);
            Ok(())
        };
        while queue.push(head(), true, big).is_ok() {}
        assert_eq!(queue.push(head(), true, big), Err(QueueError::Full));
        assert_eq!(
            queue.push(head(), false, big),
            Ok(()),
            "signals always queue"
        );
        queue.take();
        assert_eq!(
            queue.push(head(), true, big),
            Ok(()),
            "room again once written"
        );
    }

    #[test]
    fn a_goodbye_goes_last_and_ends_what_the_queue_takes() {
        let queue = SendQueue::default();
        queue
            .push::<()>(head(), false, |out| {
                out.push(1);
                Ok(())
            })
            .unwrap();
        queue.say_goodbye(Farewell::NotHearing);
        assert!(!queue.is_flushed(), "the goodbye waits to be written");
        assert!(queue.goodbye_pending_since().is_some());
        assert_eq!(
            queue.push::<()>(head(), false, |_| Ok(())),
            Err(QueueError::Closed),
            "nothing after a goodbye"
        );
        queue.say_goodbye(Farewell::NotHearing);
        let frames = queue.take();
        assert_eq!(frames.len(), 2, "the records, then the goodbye");
        assert_eq!(frames[0][4], FrameKind::Records as u8);
        assert_eq!(
            frames[1],
            Farewell::NotHearing.frame(),
            "one goodbye, however often said"
        );
        assert_eq!(queue.said_goodbye(), None, "taken, not written yet");
        queue.written();
        assert_eq!(queue.said_goodbye(), Some(Farewell::NotHearing));
        assert!(queue.is_flushed());
        assert_eq!(queue.goodbye_pending_since(), None);
        assert!(queue.take().is_empty(), "nothing after it");
    }

    #[test]
    fn signals_past_the_hard_bound_close_the_queue() {
        let queue = SendQueue::default();
        let big = |out: &mut Vec<u8>| -> Result<(), ()> {
            out.resize(out.len() + 64 * 1024, 7);
            Ok(())
        };
        let mut pushed = 0;
        while queue.push(head(), false, big).is_ok() {
            pushed += 1;
            assert!(
                pushed <= SEND_QUEUE_BYTES_HARD_MAX / (64 * 1024) + 1,
                "bounded"
            );
        }
        assert!(queue.is_closed(), "the link is given up");
        assert_eq!(queue.push(head(), false, big), Err(QueueError::Closed));
    }
}
